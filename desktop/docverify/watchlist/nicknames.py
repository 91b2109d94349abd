"""Given names and their short forms (Chuy = Jesús, Sasha = Aleksandr, Mohd = Muhammad), loaded once."""

from __future__ import annotations

from functools import cache

from docverify.resources import resource_path

TABLE = ("data", "given_name_short_forms.txt")


@cache
def _table() -> dict[str, tuple[str, ...]]:
    """Per name part, the parts it may stand for: a full name's short forms; a short form's
    full names (every spelling listed) and the other short forms of those names."""
    full_of: dict[str, set[str]] = {}
    short_of: dict[str, set[str]] = {}
    text = resource_path(*TABLE).read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        left, _, right = line.partition("=")
        fulls = [w.strip() for w in left.split(",") if w.strip()]
        shorts = [w.strip() for w in right.split(",") if w.strip()]
        for f in fulls:
            short_of.setdefault(f, set()).update(shorts)
        for s in shorts:
            full_of.setdefault(s, set()).update(fulls)
    out: dict[str, set[str]] = {f: set(s) for f, s in short_of.items()}
    for s, fulls in full_of.items():
        mine = out.setdefault(s, set())
        mine.update(fulls)
        for f in fulls:
            mine.update(short_of.get(f, ()))
    return {p: tuple(sorted(v - {p})) for p, v in out.items()}


def short_form_readings(part: str) -> tuple[str, ...]:
    """The names a folded part may stand for as a full name or short form (none: not listed)."""
    return _table().get(part, ())


def is_short_form_pair(a: str, b: str) -> bool:
    """Whether `b` is one of the names `a` stands for (or is a short form of)."""
    return b in _table().get(a, ())
