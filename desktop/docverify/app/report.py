"""The report of one verification: a one-page PDF (QPdfWriter + QTextDocument) and JSON."""

from __future__ import annotations

import datetime as dt
import json
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from docverify.app.finding_text import core_text, finding_text, reason_text, reason_texts
from docverify.app.jobs import Verification
from docverify.app.style import VERDICT_COLOUR, severity_word, verdict_advice, verdict_word

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


def report_html(v: Verification, operator: str) -> str:
    r = v.result
    bg, fg = VERDICT_COLOUR[r.verdict]
    e = escape
    rows = []
    doc = r.document.to_json() if r.document else {}
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
        rows.append(f"<tr><td><b>{e(label)}</b></td><td>{e(str(doc.get(key) or '—'))}</td></tr>")
    mrz = "<br>".join(e(line) for line in (r.reading.lines if r.reading else ()))
    findings = [f"<li>[{e(severity_word(f.severity))}] {e(finding_text(f))} <i>({e(f.code)})</i></li>"
                for f in r.findings[:MAX_FINDINGS_ON_PAGE]]
    if len(r.findings) > MAX_FINDINGS_ON_PAGE:
        more = QCoreApplication.translate("report", "more in the JSON report")
        findings.append(f"<li>… {len(r.findings) - MAX_FINDINGS_ON_PAGE} {e(more)}</li>")
    hits = [f"<li>{e(str(h.get('name')))}: {e(str(h.get('list')))} "
            f"{float(h.get('score', 0)):.2f} ({e(str(h.get('band')))}); "
            f"{e('; '.join(map(reason_text, h.get('reasons', []))))}</li>"
            for h in (r.screening or {}).get("hits", [])]
    corrections = ", ".join(f"{c['line']}:{c.get('column') or '*'} {c['from']}→{c['to']}"
                            for c in v.corrections)
    reasons = "".join(f"<li>{e(x)}</li>" for x in reason_texts(r.reasons))
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
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
<h2>{e(t['docverify verification report'])}</h2>
<table width="100%" cellpadding="8" style="background:{bg}; color:{fg};">
<tr><td><span style="font-size:18pt; font-weight:bold;">{e(verdict_word(r.verdict))}</span>
&nbsp; {e(verdict_advice(r.verdict))}<ul>{reasons}</ul></td></tr></table>
<p>{e(t['File'])}: {e(r.source or '—')}<br>SHA-256: <tt>{e(v.sha256 or '—')}</tt><br>
{e(t['Operator'])}: {e(operator or '—')} &nbsp; {e(t['Date'])}: {e(now)}<br>
{e(t['OCR engine'])}: {e(v.engine)} &nbsp; {e(t['Watchlists'])}: {e(', '.join(v.list_versions) or '—')}</p>
<table cellpadding="2">{''.join(rows)}</table>
<p><tt>{mrz}</tt></p>
{f"<p><b>{e(t['Corrected by hand'])}:</b> {e(corrections)}</p>" if corrections else ''}
<h3>{e(t['Findings'])}</h3><ul>{''.join(findings) or '<li>—</li>'}</ul>
<h3>{e(t['Watchlist hits'])}</h3><ul>{''.join(hits) or '<li>—</li>'}</ul>
{f"<p>{e(t['Reading problem'])}: {e(core_text(r.error))}</p>" if r.error else ''}
"""


def report_document(v: Verification, operator: str, device: Any) -> QTextDocument:
    """The report laid out for ``device`` (a QPdfWriter or QPrinter), shrunk to one page."""
    doc = QTextDocument()
    html = report_html(v, operator)
    if v.image is not None and not v.image.isNull():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("doc://image"),
                        v.image.scaledToWidth(min(900, v.image.width())))
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


def write_pdf(v: Verification, operator: str, path: Path) -> None:
    """Render the report on one A4 page."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    writer.setTitle(QCoreApplication.translate("report", "docverify verification report"))
    writer.setCreator("docverify")
    report_document(v, operator, writer).print_(writer)


def print_report(v: Verification, operator: str, parent: Any = None) -> bool:
    """Ask for a printer and print the report; False when the officer cancels."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    report_document(v, operator, printer).print_(printer)
    return True
