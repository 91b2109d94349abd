"""The repeat-use registry: one document number or one portrait seen under several identities."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from docverify.config import RECORDS
from docverify.model import (
    FIELD_LABELS,
    Document,
    Finding,
    Reading,
    Severity,
    Text,
    make_finding,
    make_text,
    template,
)
from docverify.records.model import RepeatUse
from docverify.records.portrait import portrait_hash, same_photo

if TYPE_CHECKING:
    from docverify.records.backend import Backend

CODE = "registry.repeat_use"
_MAX_FINDINGS = 3  # per kind (number, portrait): the most recent earlier verifications


def _fold(text: str | None) -> str:
    return re.sub(r"[^0-9A-Z]", "", (text or "").upper())


def _name(doc: Document) -> str:
    return f"{doc.surname} {doc.given_names}".strip().upper()


def _identity(doc: Document) -> tuple[str, str | None, str]:
    return _name(doc), doc.birth_date.isoformat() if doc.birth_date else None, doc.nationality


def _differences(doc: Document, name: str, birth: str | None, nationality: str) -> list[str]:
    from rapidfuzz import fuzz

    mine_name, mine_birth, mine_nat = _identity(doc)
    out = []  # FIELD_LABELS' words: the app translates them
    if fuzz.ratio(_fold(mine_name), _fold(name)) < RECORDS.same_name_similarity:
        out.append(FIELD_LABELS["names"])
    if mine_birth and birth and mine_birth != birth:
        out.append(FIELD_LABELS["birth_date"])
    if mine_nat and nationality and mine_nat != nationality:
        out.append(FIELD_LABELS["nationality"])
    return out


# How many identity fields differ -> what the message says of them (FIELD_LABELS' words, see
# _differences), a Text within the finding's sentence.
_DIFFER = {
    1: template("the {first_label} differs"),
    2: template("the {first_label}, {second_label} differ"),
    3: template("the {first_label}, {second_label}, {third_label} differ"),
}
_SLOTS = ("first_label", "second_label", "third_label")


def _differ(template: str, differs: list[str]) -> Text:
    return make_text(template, dict(zip(_SLOTS, differs, strict=False)))


def _repeat_use(what: str, rid: int, time: str, name: str, birth: str | None,
                nationality: str, differs: list[str]) -> Finding:
    """``what`` is the field seen before: "document_number" or "portrait"."""
    return make_finding(
        CODE, Severity.WARNING,
        "The same {what_label} was verified before (record #{record}, {date}) as {name}, born"
        " {birth}, {nationality}: {differ}.",
        {"what_label": FIELD_LABELS[what], "record": rid, "date": time[:10], "name": name,
         "birth": birth or "?", "nationality": nationality or "?",
         "differ": _differ(_DIFFER[len(differs)], differs)},
        field=what,
        evidence=(("earlier_record", str(rid)), ("earlier_time", time), ("earlier_name", name),
                  ("earlier_birth_date", birth or ""),
                  ("earlier_nationality", nationality or ""), ("differs", ", ".join(differs))))


def lookup(db: Backend, reading: Reading | None, image: Any) -> RepeatUse:
    """Findings for earlier verifications of this document number or portrait under another
    identity, and this document's portrait signature (to be recorded with it)."""
    doc = reading.document if reading is not None else None
    if doc is None:
        return RepeatUse()
    portrait = portrait_hash(image, reading.region, str(doc.format)) if image is not None else None
    findings: list[Finding] = []
    earlier: list[int] = []
    number = _fold(doc.document_number)
    if len(number) >= 4:
        rows = db.fetchall("SELECT record_id, time, name, birth_date, nationality FROM"
                           " registry_documents WHERE number = ? ORDER BY record_id DESC",
                           (number,))
        for rid, time, name, birth, nat in rows:
            differs = _differences(doc, name, birth, nat)
            if differs and len(earlier) < _MAX_FINDINGS:
                findings.append(_repeat_use("document_number", rid, time, name, birth, nat,
                                            differs))
                earlier.append(rid)
    if portrait is not None:
        count = 0
        for rid, time, sig, name, birth, nat in db.fetchall(
                "SELECT record_id, time, hash, name, birth_date, nationality FROM"
                " registry_portraits ORDER BY record_id DESC"):
            if count >= _MAX_FINDINGS or not same_photo(portrait, sig):
                continue
            differs = _differences(doc, name, birth, nat)
            if differs:
                findings.append(_repeat_use("portrait", rid, time, name, birth, nat, differs))
                earlier.append(rid)
                count += 1
    return RepeatUse(tuple(findings), portrait, tuple(earlier))


def register(db: Backend, record_id: int, time: str, doc: Document | None,
             portrait: str | None) -> None:
    """Add a recorded verification's document number and portrait to the registry."""
    if doc is None:
        return
    name, birth, nationality = _identity(doc)
    number = _fold(doc.document_number)
    if len(number) >= 4:
        db.execute("INSERT INTO registry_documents VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (record_id, number, doc.issuing_state, name, birth, nationality, time))
    if portrait:
        db.execute("INSERT INTO registry_portraits VALUES (?, ?, ?, ?, ?, ?)",
                   (record_id, portrait, name, birth, nationality, time))
