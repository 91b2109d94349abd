"""A record of the history as a report: what was decided and why, in the interface's language
where the record kept how its texts were made, read defensively (a record file can be edited)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from docverify.app.finding_text import core_text, reason_text
from docverify.app.report import Report, hit_line
from docverify.app.style import severity_word
from docverify.model import Severity, Verdict
from docverify.records.model import KIND_SCREENING, as_list
from docverify.records.texts import text_of


def _severity(value: Any) -> str:
    try:
        return severity_word(Severity(value))
    except ValueError:
        return str(value)


def record_report(r: Any, local_time: str = "") -> Report:
    """The report of an AuditRecord (records.model) as it was recorded: its verdict, reasons,
    findings and hits; a redacted record says so and shows only what the chain keeps."""
    body = r.body if isinstance(r.body, Mapping) else {}
    personal = r.personal if isinstance(r.personal, Mapping) else None
    texts = personal.get("texts") if personal else None

    def said(text: Any) -> str:
        return core_text(text_of(text, texts)) if isinstance(text, str) else str(text)

    try:
        verdict = Verdict(r.verdict)
    except ValueError:
        verdict = Verdict.REVIEW  # an unknown verdict in a record is for a person to look at
    screening = r.kind == KIND_SCREENING
    title = (QCoreApplication.translate("history", "Screening record #%1") if screening else
             QCoreApplication.translate("history", "Verification record #%1")).replace(
        "%1", str(int(r.id)))
    common = {"verdict": verdict, "sha256": r.image_sha256 or "", "operator": r.operator,
              "date": local_time or r.time, "engine": str(body.get("engine") or ""),
              "list_versions": [str(x) for x in as_list(body.get("list_versions"))],
              "title": title}
    if personal is None:
        note = QCoreApplication.translate(
            "history", "Personal data redacted on %1; the record keeps only codes.").replace(
            "%1", str(r.redacted_at or "?"))
        findings = [(_severity(f[1]), "", str(f[0])) for f in as_list(body.get("findings"))
                    if isinstance(f, list) and len(f) == 2]
        hits = [f"{h.get('list')} {h.get('entry_id')} ({h.get('band')})"
                for h in as_list(body.get("hits")) if isinstance(h, Mapping)]
        return Report(reasons=(), source="", document={}, mrz=(), findings=findings, hits=hits,
                      note=note, **common)
    document = personal.get("document")
    document = document if isinstance(document, Mapping) else {}
    note = ""
    if "damaged" in personal or "damaged" in body:  # records.store keeps unreadable JSON so
        note = QCoreApplication.translate(
            "history", "This record was altered: some of its fields cannot be read (the audit"
            " trail's status below the list names the first broken record).")
    elif screening:
        q = personal.get("query") if isinstance(personal.get("query"), Mapping) else {}
        asked = ", ".join(str(v) for v in (q.get("name"), q.get("birth_date"),
                                           q.get("nationality"), q.get("document_number")) if v)
        note = QCoreApplication.translate("history", "Screened by hand: %1").replace("%1", asked)
        document = {"nationality": q.get("nationality"), "birth_date": q.get("birth_date"),
                    "document_number": q.get("document_number")}
    findings = [(_severity(f.get("severity")), said(f.get("message", "")), str(f.get("code")))
                for f in as_list(personal.get("findings")) if isinstance(f, Mapping)]
    hits = [hit_line(h, lambda x: reason_text(text_of(x, texts)))
            for h in as_list(personal.get("hits")) if isinstance(h, Mapping)]
    error = personal.get("error")
    return Report(
        reasons=[said(x) for x in as_list(personal.get("reasons"))],
        source=str(personal.get("source") or ""), document=document,
        mrz=[str(x) for x in as_list(document.get("mrz"))], findings=findings, hits=hits,
        corrections=[c for c in as_list(personal.get("corrections")) if isinstance(c, Mapping)],
        error=said(error) if error else "", note=note, **common)
