"""A record's texts as the core made them: each English message's template and values, kept
beside it, so that a past verification can be shown in the interface's language."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from docverify.model import Text, make_text

NESTED = "text"  # the key of a value that is itself a Text ("about 1957" inside a reason)
# a format spec with a width of 1,000 or more: an edited record must not make a huge string
_WIDE = re.compile(r"\{[^{}]*:[^{}]*\d{4}")


def table_of(value: Any) -> dict[str, dict[str, Any]]:
    """Every Text found in ``value`` (nested dicts, lists, tuples), by its English string."""
    table: dict[str, dict[str, Any]] = {}
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, Text) and hasattr(v, "template"):
            table[str(v)] = _encode(v)
        elif isinstance(v, Mapping):
            stack.extend(v.values())
        elif isinstance(v, list | tuple):
            stack.extend(v)
    return table


def _encode(text: Text) -> dict[str, Any]:
    return {"template": text.template, "params": [[k, _value(v)] for k, v in text.params]}


def _value(v: Any) -> Any:
    if isinstance(v, Text) and hasattr(v, "template"):
        return {NESTED: _encode(v)}
    if isinstance(v, list | tuple):
        return [_value(x) for x in v]
    return v


def text_of(english: Any, table: Mapping[str, Any] | None) -> Any:
    """The stored English text as a Text again when the table holds how it was made; the text
    as it is otherwise (a record written before templates were kept, or an entry that does not
    make this text: a record is read back from a file anyone could have edited)."""
    if not isinstance(english, str) or not isinstance(table, Mapping):
        return english
    entry = table.get(english)
    try:
        text = _decode(entry)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        return english
    return text if text == english else english


def _decode(entry: Any) -> Text:
    template, params = entry["template"], entry["params"]
    if not isinstance(template, str) or not isinstance(params, list) or _WIDE.search(template):
        raise TypeError("not a stored text")
    return make_text(template, {str(k): _unvalue(v) for k, v in params})


def _unvalue(v: Any) -> Any:
    if isinstance(v, dict) and set(v) == {NESTED}:
        return _decode(v[NESTED])
    if isinstance(v, list):
        return tuple(_unvalue(x) for x in v)
    return v
