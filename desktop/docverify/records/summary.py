"""What a verification record holds: the chained, non-personal body and the personal fields."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from docverify.model import Result
from docverify.records.texts import table_of


def hits_of(result: Result) -> list[dict[str, Any]]:
    screening = result.screening if isinstance(result.screening, dict) else {}
    return [h for h in screening.get("hits", []) if isinstance(h, dict)]


def body_of(result: Result, corrections: Iterable[Any]) -> dict[str, Any]:
    """What an auditor needs for good, holder data left out: codes, hits, lists, verdict.

    Finding messages and evidence can quote personal values, so only codes and severities are
    here; the full findings are among the personal fields.
    """
    reading = result.reading
    doc = result.document
    hits = hits_of(result)
    return {
        "findings": [[f.code, str(f.severity)] for f in result.findings],
        "hits": [{k: h.get(k) for k in ("list", "list_version", "entry_id", "score", "band")}
                 for h in hits],
        "list_versions": sorted({str(h.get("list_version")) for h in hits
                                 if h.get("list_version")}),
        "format": str(doc.format) if doc else None,
        "engine": reading.engine if reading else None,
        "error": result.error is not None,
        "corrections": len(list(corrections)),
    }


def personal_of(result: Result, corrections: Iterable[Any],
                extras: dict[str, Any]) -> dict[str, Any]:
    """The holder's data as recorded: document fields, full findings and reasons, source name;
    ``texts`` keeps how each English message was made (records.texts), for other languages."""
    doc = result.document
    hits = hits_of(result)
    return {
        "source": result.source,
        "document": doc.to_json() if doc else None,
        "findings": [f.to_json() for f in result.findings],
        "reasons": list(result.reasons),
        "hits": hits,
        "error": result.error,
        "texts": table_of([[f.message for f in result.findings], result.reasons, hits,
                           result.error]),
        "corrections": [c if isinstance(c, dict) else str(c) for c in corrections],
        **extras,
    }


def screening_body(query: dict[str, Any], hits: list[dict[str, Any]],
                   list_versions: Iterable[str]) -> dict[str, Any]:
    """A screening by hand as the chain keeps it: which lists were asked (every one screened
    against, a hit or not) and what they gave, no name (the query is a personal field)."""
    return {
        "hits": [{k: h.get(k) for k in ("list", "list_version", "entry_id", "score", "band")}
                 for h in hits],
        "list_versions": sorted(set(list_versions)),
        "asked": sorted(k for k, v in query.items() if v),  # which fields were given
    }


def screening_personal(query: dict[str, Any], hits: list[dict[str, Any]]) -> dict[str, Any]:
    """The query and the full hits with their reasons (and how each was made, for other
    languages)."""
    return {"query": dict(query), "hits": hits, "texts": table_of(hits)}
