"""Barcode content against the MRZ and the printed fields: AAMVA PDF417 and ICAO VDS seals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from docverify.checks.barcode import aamva, vds
from docverify.checks.barcode.read import Symbol, symbols
from docverify.checks.context import Run, finding
from docverify.checks.registry import rule
from docverify.checks.viz import fields as F
from docverify.checks.viz.ocr import VizText
from docverify.model import FIELD_LABELS, Document, Finding, Severity
from docverify.mrz.layout import LAYOUTS

C, N = Severity.CRITICAL, Severity.INFO
FIELDS = ("surname", "given_names", "document_number", "birth_date", "expiry_date", "sex",
          "nationality", "issuing_state")
# A seal's MRZ is compared span by span with the printed MRZ.
_SPANS = {"issuing_state": "issuing_state", "names": "surname", "number": "document_number",
          "nationality": "nationality", "birth": "birth_date", "sex": "sex",
          "expiry": "expiry_date"}


def _names_differ(a: str, b: str) -> bool:
    a, b = F.fold(a), F.fold(b)
    if not a or not b:
        return False
    return not (a == b or a.startswith(b) or b.startswith(a))  # the MRZ truncates long names


def _aamva_values(rec: aamva.AamvaRecord) -> dict[str, str | dt.date | None]:
    return {"surname": rec.elements.get("DCS"), "given_names": rec.given_names or None,
            "document_number": rec.elements.get("DAQ"), "birth_date": rec.date("DBB"),
            "expiry_date": rec.date("DBA"), "sex": rec.sex or None}


def _differs(field: str, held: str | dt.date, other: str | dt.date | None) -> bool:
    if other in (None, ""):
        return False
    if field in ("surname", "given_names"):
        return _names_differ(str(held), str(other))
    if field == "document_number":
        return F.number_key(str(held)) != F.number_key(str(other))
    if field == "sex":
        return str(held).replace("<", "X")[:1] != str(other).replace("<", "X")[:1]
    return held != other


def _mrz_values(doc: Document) -> dict[str, str | dt.date | None]:
    return {f: getattr(doc, f) for f in FIELDS}


def _printed_values(run: Run) -> dict[str, tuple[str | dt.date, object]]:
    """Printed values the visual-zone rule read (its OCR is not started here): field ->
    (value, region)."""
    text = run.peek("viz_text")
    if not isinstance(text, VizText):
        return {}
    out: dict[str, tuple[str | dt.date, object]] = {}
    for line in text.lines:
        if not F.is_label_line(line):
            continue
        field = F.label_field(line)
        value = F.value_for(line, text.lines) if field in FIELDS else None
        if value is None or field in out:
            continue
        parsed = F.parse_date(value.text) if field.endswith("_date") else value.text
        if parsed:
            out[field] = (parsed, text.region(value))
    return out


def _mismatches(run: Run, sym: Symbol, held: dict) -> Iterator[Finding]:
    doc = run.document
    against = []
    if doc is not None:
        against.append(("MRZ", {k: (v, None) for k, v in _mrz_values(doc).items()}))
    against.append(("printed", _printed_values(run)))
    for where, values in against:
        for fld, value in held.items():
            if value in (None, "") or fld not in values:
                continue
            other, region = values[fld]
            if not _differs(fld, value, other):
                continue
            yield finding(
                f"barcode.mismatch.{fld}", C,
                "The barcode holds the {field_label} {value}, the MRZ {other}." if where == "MRZ"
                else "The barcode holds the {field_label} {value}, the printed {other}.",
                {"field_label": FIELD_LABELS[fld], "value": value, "other": other},
                field=fld,
                evidence={"barcode": value, where.lower(): other, "symbol": sym.kind,
                          **({"printed_region": region.to_json()} if region is not None else {})},
                region=sym.region,
            )


def _seal_held(seal: vds.Seal, doc: Document | None) -> dict[str, str]:
    """The seal's MRZ fields, as raw MRZ text, keyed like Document fields (names whole)."""
    lines = seal.mrz()
    if lines is None or doc is None or doc.format.name not in ("MRVA", "MRVB"):
        return {}
    layout = LAYOUTS[doc.format]
    held = {}
    for span_name, fld in _SPANS.items():
        span = getattr(layout, span_name)
        if span.end <= len(lines[span.line]):
            held[fld] = span.take(lines).replace("<", " ").strip()
    return held


def _doc_raw(doc: Document, held: dict[str, str]) -> dict[str, tuple[str, None]]:
    layout = LAYOUTS[doc.format]
    inverse = {v: k for k, v in _SPANS.items()}
    return {f: (getattr(layout, inverse[f]).take(doc.mrz).replace("<", " ").strip(), None)
            for f in held}


def _seal(run: Run, sym: Symbol, seal: vds.Seal) -> Iterator[Finding]:
    doc = run.document
    header = seal.header_json()
    yield finding("barcode.vds", N,
                  "ICAO Visible Digital Seal (visa) issued by {country} (signer {signer}, "
                  "certificate {certificate}); its signature is not verified." if seal.is_visa
                  else "ICAO Visible Digital Seal (document type {document_type}) issued by "
                  "{country} (signer {signer}, certificate {certificate}); its signature is "
                  "not verified.",
                  {"document_type": header["document_type"], "country": seal.country,
                   "signer": seal.signer, "certificate": seal.certificate},
                  evidence={**seal.header_json(), "signature_zone": seal.signed_zone},
                  region=sym.region)
    held = _seal_held(seal, doc)
    if not held or doc is None:
        return
    mrz = _doc_raw(doc, held)
    for fld, value in held.items():
        other = mrz[fld][0]
        if value != other:
            code = "surname" if fld == "surname" else fld
            yield finding(f"barcode.mismatch.{code}", C,
                          "The seal's MRZ holds the name field {value!r}, the printed MRZ "
                          "{other!r}." if fld == "surname"
                          else "The seal's MRZ holds the {field_label} {value!r}, the printed MRZ "
                          "{other!r}.",
                          {"field_label": FIELD_LABELS.get(fld, fld), "value": value,
                           "other": other},
                          field=fld,
                          evidence={"barcode": value, "mrz": other, "symbol": sym.kind},
                          region=sym.region)


@rule({
    **{f"barcode.mismatch.{f}": (C, f"The {f.replace('_', ' ')} held in a barcode (AAMVA "
                                    "PDF417, or a visa's digital seal) differs from the MRZ "
                                    "or the printed field.") for f in FIELDS},
    "barcode.unreadable": (N, "Information: a PDF417 or Data Matrix symbol was found but could "
                              "not be decoded, or holds neither AAMVA data nor a digital seal."),
    "barcode.aamva": (N, "Information: an AAMVA PDF417 was decoded (issuer, fields compared)."),
    "barcode.vds": (N, "Information: an ICAO Visible Digital Seal was decoded (issuing country, "
                       "signer, certificate, dates; the signature is not verified)."),
}, needs_image=True, needs_document=False, needs="image")
def barcodes(run: Run) -> Iterator[Finding]:
    for sym in symbols(run):
        if sym.error is not None:
            yield finding("barcode.unreadable", N,
                          "A {symbol} barcode was found but could not be decoded.",
                          {"symbol": sym.kind},
                          evidence={"symbol": sym.kind, "error": sym.error}, region=sym.region)
            continue
        rec = aamva.parse(sym.data) if sym.kind == "PDF417" else None
        if rec is not None:
            yield finding("barcode.aamva", N,
                          "AAMVA barcode decoded (issuer {iin}, version {version}).",
                          {"iin": rec.iin, "version": rec.version},
                          evidence={"iin": rec.iin, "version": rec.version,
                                    "elements": ",".join(sorted(rec.elements))},
                          region=sym.region)
            yield from _mismatches(run, sym, _aamva_values(rec))
            continue
        try:
            seal = vds.parse(sym.data) if sym.kind == "DataMatrix" else None
        except ValueError as exc:
            yield finding("barcode.unreadable", N,
                          "A digital seal was found but does not decode.",
                          evidence={"symbol": sym.kind, "error": str(exc)}, region=sym.region)
            continue
        if seal is not None:
            yield from _seal(run, sym, seal)
            continue
        yield finding("barcode.unreadable", N,
                      "A {symbol} barcode holds neither AAMVA data nor a digital seal.",
                      {"symbol": sym.kind},
                      evidence={"symbol": sym.kind, "bytes": len(sym.data)}, region=sym.region)
