"""The records' own data: a stored verification, the chain report, the repeat-use outcome."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, NewType

from docverify.model import Finding

RecordId = NewType("RecordId", int)

KIND_VERIFICATION = "verification"
KIND_SCREENING = "screening"  # a person or company screened by hand, with no document
# the kinds that hold personal fields (retention, purge and the chain check treat them alike)
PERSONAL_KINDS = (KIND_VERIFICATION, KIND_SCREENING)
KIND_REDACTION = "redaction"
KIND_PURGE = "purge"


# A record is read back from a file anyone with access could have edited (verify_chain says
# so): what is read is taken only in the shape it is written in.
def as_list(value: Any) -> list[Any]:
    """A stored list, or an empty one for anything else."""
    return value if isinstance(value, list) else []


def json_object(text: Any) -> dict[str, Any] | None:
    """A stored JSON object, or None when the text is not one (an altered record)."""
    try:
        value = json.loads(text)
    except (ValueError, TypeError):
        return None
    return value if isinstance(value, dict) else None


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One row of the audit trail as read back; ``personal`` is None once redacted."""

    id: RecordId
    time: str
    kind: str
    operator: str
    workstation: str
    image_sha256: str | None
    verdict: str | None
    body: dict[str, Any]
    personal: dict[str, Any] | None
    hash: str
    prev_hash: str
    redacted_at: str | None = None

    @property
    def document(self) -> dict[str, Any] | None:
        d = (self.personal or {}).get("document")
        return d if isinstance(d, dict) else None

    @property
    def query(self) -> dict[str, Any] | None:
        """What was screened by hand (a screening record): name, birth date, nationality,
        document number."""
        q = (self.personal or {}).get("query")
        return q if isinstance(q, dict) else None

    @property
    def subject(self) -> tuple[str, str]:
        """Who the record is about, as the history lists it: (name, document number)."""
        if self.kind == KIND_SCREENING:
            q = self.query or {}
            return str(q.get("name") or ""), str(q.get("document_number") or "")
        d = self.document or {}
        return (" ".join(str(p) for p in (d.get("surname"), d.get("given_names")) if p),
                str(d.get("document_number") or ""))

    def to_json(self) -> dict[str, Any]:
        """The record as exported; the keys the app's history view reads come first."""
        p = self.personal or {}
        return {
            "id": int(self.id),
            "time": self.time,
            "kind": self.kind,
            "operator": self.operator,
            "workstation": self.workstation,
            "source": p.get("source"),
            "sha256": self.image_sha256,
            "verdict": self.verdict,
            "document": self.document,
            "query": self.query,
            "findings": [f[0] for f in as_list(self.body.get("findings")) if isinstance(f, list) and f],
            "hits": [h for h in as_list(p.get("hits", self.body.get("hits"))) if isinstance(h, dict)],
            "list_versions": as_list(self.body.get("list_versions")),
            "corrections": as_list(p.get("corrections")),
            "body": self.body,
            "personal": self.personal,
            "redacted_at": self.redacted_at,
            "hash": self.hash,
            "prev_hash": self.prev_hash,
        }

    def text(self) -> str:
        """Everything searchable, folded to lower case."""
        return " ".join((self.time, self.operator, self.workstation, self.verdict or "",
                         self.image_sha256 or "", json.dumps(self.body, ensure_ascii=False),
                         json.dumps(self.personal or {}, ensure_ascii=False))).lower()


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The outcome of checking the whole chain: ``first_broken`` is the id of the first bad
    record (None when all are good) and ``reason`` says what is wrong with it."""

    ok: bool
    count: int
    first_broken: int | None = None
    reason: str | None = None
    head: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "count": self.count, "first_broken": self.first_broken,
                "reason": self.reason, "head": self.head}


@dataclass(frozen=True, slots=True)
class RepeatUse:
    """What the registry found for one document: its findings and the portrait hash to keep."""

    findings: tuple[Finding, ...] = ()
    portrait: str | None = None
    earlier: tuple[int, ...] = field(default=())

    @property
    def extras(self) -> tuple[tuple[str, Any], ...]:
        """What the pipeline carries on to ``record()`` through ``Result.extras``."""
        return (("portrait_hash", self.portrait),) if self.portrait else ()
