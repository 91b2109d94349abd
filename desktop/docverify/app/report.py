"""The report of one verification: a one-page PDF (QPdfWriter + QTextDocument) and JSON."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from docverify.app.finding_text import core_text, finding_text, reason_text, reason_texts
from docverify.app.jobs import Verification
from docverify.app.style import VERDICT_COLOUR, severity_word, verdict_advice, verdict_word
from docverify.model import Verdict

MAX_FINDINGS_ON_PAGE = 14


def report_json(v: Verification, operator: str) -> dict[str, Any]:
    out = v.result.to_json()
    out["report"] = {"generated": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                     "operator": operator, "sha256": v.sha256, "engine": v.engine,
                     "list_versions": list(v.list_versions),
                     "corrections": list(v.corrections)}
    return out


def write_json(v: Verification, operator: str, path: Path) -> None:
    path.write_text(json.dumps(report_json(v, operator), ensure_ascii=False, indent=2),
                    encoding="utf-8")


@dataclass(frozen=True, slots=True)
class Report:
    """What a report shows, its texts already in the interface's language: made from the
    verification on screen (`of_verification`) or from a record of the history (record_report)."""

    verdict: Verdict
    reasons: Sequence[str]
    source: str
    sha256: str
    operator: str
    date: str
    engine: str
    list_versions: Sequence[str]
    document: Mapping[str, Any]
    mrz: Sequence[str]
    findings: Sequence[tuple[str, str, str]]  # (severity word, message, code)
    hits: Sequence[str]  # one line per hit
    corrections: Sequence[Mapping[str, Any]] = ()
    error: str = ""
    note: str = ""  # said under the verdict (a redacted record)
    title: str = ""


def of_verification(v: Verification, operator: str) -> Report:
    r = v.result
    return Report(
        verdict=r.verdict, reasons=reason_texts(r.reasons), source=r.source or "",
        sha256=v.sha256, operator=operator,
        date=dt.datetime.now().astimezone().isoformat(timespec="seconds"), engine=v.engine,
        list_versions=v.list_versions, document=r.document.to_json() if r.document else {},
        mrz=r.reading.lines if r.reading else (),
        findings=[(severity_word(f.severity), finding_text(f), f.code) for f in r.findings],
        hits=[hit_line(h) for h in (r.screening or {}).get("hits", [])],
        corrections=v.corrections, error=core_text(r.error) if r.error else "")


def hit_line(h: Mapping[str, Any], reason: Callable[[str], str] = reason_text) -> str:
    """One watchlist hit as the report lists it: name, list, score, band and reasons."""
    try:
        score = f"{float(h.get('score') or 0):.2f}"
    except (TypeError, ValueError):
        score = "?"
    reasons = h.get("reasons")
    reasons = reasons if isinstance(reasons, list) else []
    return (f"{h.get('name')}: {h.get('list')} {score} ({h.get('band')}); "
            f"{'; '.join(reason(x) for x in reasons if isinstance(x, str))}")


def report_html(v: Verification, operator: str) -> str:
    return html_of(of_verification(v, operator))


def html_of(rep: Report) -> str:
    """The report as rich text (QTextDocument's HTML subset), every value escaped."""
    bg, fg = VERDICT_COLOUR[rep.verdict]
    e = escape
    rows = []
    labels = (("document_code", QCoreApplication.translate("report", "Document type")),
              ("issuing_state", QCoreApplication.translate("report", "Issuing state")),
              ("document_number", QCoreApplication.translate("report", "Document number")),
              ("surname", QCoreApplication.translate("report", "Surname")),
              ("given_names", QCoreApplication.translate("report", "Given names")),
              ("nationality", QCoreApplication.translate("report", "Nationality")),
              ("birth_date", QCoreApplication.translate("report", "Date of birth")),
              ("sex", QCoreApplication.translate("report", "Sex")),
              ("expiry_date", QCoreApplication.translate("report", "Date of expiry")))
    for key, label in labels:
        value = rep.document.get(key) or "—"
        rows.append(f"<tr><td><b>{e(label)}</b></td><td>{e(str(value))}</td></tr>")
    mrz = "<br>".join(e(str(line)) for line in rep.mrz)
    findings = [f"<li>[{e(sev)}] {e(text)} <i>({e(code)})</i></li>"
                for sev, text, code in rep.findings[:MAX_FINDINGS_ON_PAGE]]
    if len(rep.findings) > MAX_FINDINGS_ON_PAGE:
        more = QCoreApplication.translate("report", "more in the JSON report")
        findings.append(f"<li>… {len(rep.findings) - MAX_FINDINGS_ON_PAGE} {e(more)}</li>")
    hits = [f"<li>{e(line)}</li>" for line in rep.hits]
    corrections = ", ".join(f"{c.get('line')}:{c.get('column') or '*'} {c.get('from')}→{c.get('to')}"
                            for c in rep.corrections if isinstance(c, Mapping))
    reasons = "".join(f"<li>{e(x)}</li>" for x in rep.reasons)
    note = f"<p><i>{e(rep.note)}</i></p>" if rep.note else ""
    t = {
        "docverify verification report": QCoreApplication.translate("report", "docverify verification report"),
        "File": QCoreApplication.translate("report", "File"),
        "Operator": QCoreApplication.translate("report", "Operator"),
        "Date": QCoreApplication.translate("report", "Date"),
        "OCR engine": QCoreApplication.translate("report", "OCR engine"),
        "Watchlists": QCoreApplication.translate("report", "Watchlists"),
        "Corrected by hand": QCoreApplication.translate("report", "Corrected by hand"),
        "Findings": QCoreApplication.translate("report", "Findings"),
        "Watchlist hits": QCoreApplication.translate("report", "Watchlist hits"),
        "Reading problem": QCoreApplication.translate("report", "Reading problem"),
    }
    return f"""
<h2>{e(rep.title or t['docverify verification report'])}</h2>
<table width="100%" cellpadding="8" style="background:{bg}; color:{fg};">
<tr><td><span style="font-size:18pt; font-weight:bold;">{e(verdict_word(rep.verdict))}</span>
&nbsp; {e(verdict_advice(rep.verdict))}<ul>{reasons}</ul></td></tr></table>
{note}<p>{e(t['File'])}: {e(rep.source or '—')}<br>SHA-256: <tt>{e(rep.sha256 or '—')}</tt><br>
{e(t['Operator'])}: {e(rep.operator or '—')} &nbsp; {e(t['Date'])}: {e(rep.date)}<br>
{e(t['OCR engine'])}: {e(rep.engine or '—')} &nbsp; {e(t['Watchlists'])}: {e(', '.join(rep.list_versions) or '—')}</p>
<table cellpadding="2">{''.join(rows)}</table>
<p><tt>{mrz}</tt></p>
{f"<p><b>{e(t['Corrected by hand'])}:</b> {e(corrections)}</p>" if corrections else ''}
<h3>{e(t['Findings'])}</h3><ul>{''.join(findings) or '<li>—</li>'}</ul>
<h3>{e(t['Watchlist hits'])}</h3><ul>{''.join(hits) or '<li>—</li>'}</ul>
{f"<p>{e(t['Reading problem'])}: {e(rep.error)}</p>" if rep.error else ''}
"""


def report_document(rep: Report, image: QImage | None, device: Any) -> QTextDocument:
    """The report laid out for ``device`` (a QPdfWriter or QPrinter), shrunk to one page."""
    doc = QTextDocument()
    html = html_of(rep)
    if image is not None and not image.isNull():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("doc://image"),
                        image.scaledToWidth(min(900, image.width())))
        html = html.replace("<table cellpadding=\"2\">",
                            '<p><img src="doc://image" width="420"></p><table cellpadding="2">', 1)
    doc.setHtml(html)
    layout = device.pageLayout().paintRectPixels(device.resolution())
    doc.setPageSize(QSizeF(layout.width(), layout.height()))
    font = doc.defaultFont()
    size = 10.0
    while True:  # one page: shrink the text until it fits
        font.setPointSizeF(size)
        doc.setDefaultFont(font)
        if doc.pageCount() <= 1 or size <= 6:
            break
        size -= 1
    return doc


def write_pdf(v: Verification | Report, operator: str, path: Path) -> None:
    """Render the report (of a verification, or a Report made otherwise) on one A4 page;
    OSError when the file cannot be written (QPdfWriter itself only logs a warning)."""
    rep, image = _report_and_image(v, operator)
    with path.open("wb"):  # a missing folder, no permission: said now, as an OSError
        pass
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    writer.setTitle(QCoreApplication.translate("report", "docverify verification report"))
    writer.setCreator("docverify")
    report_document(rep, image, writer).print_(writer)
    del writer  # the file is complete once the writer is gone
    if path.stat().st_size == 0:
        raise OSError(f"{path}: the PDF could not be written")


def _report_and_image(v: Verification | Report, operator: str) -> tuple[Report, QImage | None]:
    if isinstance(v, Report):
        return v, None
    return of_verification(v, operator), v.image


def print_report(v: Verification | Report, operator: str, parent: Any = None) -> bool:
    """Ask for a printer and print the report; False when the officer cancels."""
    rep, image = _report_and_image(v, operator)
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    report_document(rep, image, printer).print_(printer)
    return True
