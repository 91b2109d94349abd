"""Barcodes written with zxing-cpp, pasted beside synthetic documents, decoded and compared."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
import zxingcpp
from checks_helpers import synth_context

from docverify.checks import run_checks
from docverify.checks.barcode import aamva, vds
from docverify.checks.barcode.rule import barcodes
from docverify.checks.context import Run
from docverify.checks.viz.ocr import tesseract_available
from docverify.model import Severity
from docverify.synth.document import generate

_C40 = {"<": 3, " ": 3, **{str(i): 4 + i for i in range(10)},
        **{chr(65 + i): 14 + i for i in range(26)}}


def c40(text: str) -> bytes:
    out = bytearray()
    for i in range(0, len(text) - len(text) % 3, 3):
        a, b, c = (_C40[ch] for ch in text[i:i + 3])
        v = 1600 * a + 40 * b + c + 1
        out += bytes((v >> 8, v & 0xFF))
    rest = text[len(text) - len(text) % 3:]
    if len(rest) == 2:
        v = 1600 * _C40[rest[0]] + 40 * _C40[rest[1]] + 1
        out += bytes((v >> 8, v & 0xFF))
    elif len(rest) == 1:
        out += bytes((0xFE, ord(rest) + 1))
    return bytes(out)


def vds_date(d: dt.date) -> bytes:
    return int(d.strftime("%m%d%Y")).to_bytes(3, "big")


def visa_seal(mrz: tuple[str, str], country: str = "UTO", fmt: str = "MRVA") -> bytes:
    """A version-4 visa seal (Doc 9303-13): header, the MRZ as stored (line 2 cut at 28) and a
    dummy signature zone."""
    tag = 1 if fmt == "MRVA" else 2
    stored = c40(mrz[0] + mrz[1][:28])
    head = bytes((0xDC, 0x03)) + c40(country) + c40("UTTS05") + c40("12345")
    head += vds_date(dt.date(2025, 3, 1)) + vds_date(dt.date(2025, 3, 2)) + bytes((0x5D, 0x01))
    body = bytes((tag, len(stored))) + stored + bytes((0x03, 1, 1))
    return head + body + bytes((0xFF, 64)) + bytes(64)


def aamva_payload(surname: str, first: str, number: str, birth: dt.date, expiry: dt.date,
                  sex: str) -> bytes:
    sub = (f"DLDAQ{number}\nDCS{surname}\nDAC{first}\nDADNONE\nDBB{birth:%m%d%Y}\n"
           f"DBA{expiry:%m%d%Y}\nDBC{ {'M': 1, 'F': 2}.get(sex, 9)}\nDCGUSA\r")
    header = f"@\n\x1e\rANSI 636014090001DL0031{len(sub):04d}"
    return (header + sub).encode("latin-1")


def paste(doc, data: bytes, fmt) -> np.ndarray:
    """The page with a white band on its right holding the symbol (the MRZ stays in place)."""
    sym = np.asarray(zxingcpp.write_barcode_to_image(zxingcpp.create_barcode(data, fmt), scale=3))
    h, w = doc.image.shape[:2]
    out = np.full((max(h, sym.shape[0] + 40), w + sym.shape[1] + 40, 3), 255, np.uint8)
    out[:h, :w] = doc.image
    out[20:20 + sym.shape[0], w + 20:w + 20 + sym.shape[1]] = sym[:, :, None]
    return out


def codes(found):
    return [(f.code, f.severity) for f in found if f.code.startswith("barcode.")]


def test_seal_headers_of_both_versions():
    # Version 4 (DETS, reference "32") and version 3 (UTO, DETS00027) headers.
    v4 = vds.parse(bytes.fromhex("dc036abc6d32c8a72cb18d7ad88d7ad8fb06"))
    assert (v4.version, v4.country, v4.signer, v4.certificate) == (4, "D<<", "DETS", "32")
    assert (v4.issued, v4.feature_ref, v4.category) == (dt.date(2024, 9, 27), 0xFB, 0x06)
    v3 = vds.parse(bytes.fromhex("DC02D9C56D32C8A519FC0F71346F1D67FC04"))
    assert (v3.version, v3.country, v3.signer, v3.certificate) == (3, "UTO", "DETS", "00027")
    assert v3.issued == dt.date(2020, 1, 1)
    assert vds.parse(b"hello") is None
    with pytest.raises(ValueError, match="VDS"):
        vds.parse(bytes((0xDC, 0x09, 1, 2)))


def test_aamva_fields_and_date_orders():
    rec = aamva.parse(aamva_payload("SMITH", "JOHN", "D1234567", dt.date(1985, 1, 31),
                                    dt.date(2030, 1, 31), "M"))
    assert rec is not None
    assert (rec.iin, rec.version) == ("636014", 9)
    assert rec.elements["DCS"] == "SMITH"
    assert rec.elements["DAQ"] == "D1234567"
    assert (rec.date("DBB"), rec.sex, rec.given_names) == (dt.date(1985, 1, 31), "M", "JOHN")
    canadian = aamva.AamvaRecord("604428", 8, {"DBB": "19850131", "DCG": "CAN"})
    assert canadian.date("DBB") == dt.date(1985, 1, 31)
    assert aamva.parse(b"not an aamva payload") is None


@pytest.fixture(scope="module")
def card():
    return generate("TD1", 12)


def _card_payload(doc, **change) -> bytes:
    d = run_fields(doc)
    d.update(change)
    return aamva_payload(**d)


def run_fields(doc) -> dict:
    parsed = synth_context(doc).document
    return {"surname": parsed.surname, "first": parsed.given_names.split()[0],
            "number": parsed.document_number, "birth": parsed.birth_date,
            "expiry": parsed.expiry_date, "sex": parsed.sex}


def test_aamva_matching_the_mrz_is_information(card):
    img = paste(card, _card_payload(card), zxingcpp.BarcodeFormat.PDF417)
    found = list(barcodes(Run(synth_context(card, image=img))))
    assert codes(found) == [("barcode.aamva", Severity.INFO)]
    assert found[0].region is not None
    assert found[0].region.x > card.image.shape[1]


def test_aamva_edited_birth_date_and_surname_are_critical(card):
    true = run_fields(card)
    forged = _card_payload(card, birth=true["birth"] + dt.timedelta(days=400), surname="MARTINEZ")
    img = paste(card, forged, zxingcpp.BarcodeFormat.PDF417)
    found = [f for f in barcodes(Run(synth_context(card, image=img)))
             if f.code.startswith("barcode.mismatch")]
    assert sorted((f.code, f.severity) for f in found) == [
        ("barcode.mismatch.birth_date", Severity.CRITICAL),
        ("barcode.mismatch.surname", Severity.CRITICAL)]
    ev = {f.code: dict(f.evidence) for f in found}
    assert ev["barcode.mismatch.birth_date"]["mrz"] == str(true["birth"])
    assert ev["barcode.mismatch.birth_date"]["barcode"] == str(
        true["birth"] + dt.timedelta(days=400))
    assert ev["barcode.mismatch.surname"]["barcode"] == "MARTINEZ"


@pytest.mark.parametrize("fmt", ["MRVA", "MRVB"])
def test_visa_seal_matching_the_mrz(fmt):
    doc = generate(fmt, 5)
    img = paste(doc, visa_seal(doc.mrz, doc.mrz[0][2:5], fmt), zxingcpp.BarcodeFormat.DataMatrix)
    found = list(barcodes(Run(synth_context(doc, image=img))))
    assert codes(found) == [("barcode.vds", Severity.INFO)]
    ev = dict(found[0].evidence)
    assert (ev["signer"], ev["certificate"], ev["document_type"]) == ("UTTS", "12345", "0x5D01")
    assert ev["issued"] == "2025-03-01"


def test_visa_seal_with_another_birth_date_and_number():
    doc = generate("MRVA", 6)
    line2 = doc.mrz[1]
    birth = "010101" if line2[13:19] != "010101" else "020202"
    forged = ("Z" + line2[1:13] + birth + line2[19:],)
    img = paste(doc, visa_seal((doc.mrz[0], forged[0])), zxingcpp.BarcodeFormat.DataMatrix)
    found = [f for f in barcodes(Run(synth_context(doc, image=img)))
             if f.code.startswith("barcode.mismatch")]
    assert sorted(f.code for f in found) == ["barcode.mismatch.birth_date",
                                             "barcode.mismatch.document_number"]
    assert all(f.severity is Severity.CRITICAL for f in found)
    birth_ev = dict(next(f for f in found if f.field == "birth_date").evidence)
    assert (birth_ev["barcode"], birth_ev["mrz"]) == (birth, line2[13:19])


def test_foreign_and_broken_symbols_are_information(card):
    img = paste(card, b"https://example.org/not-a-seal", zxingcpp.BarcodeFormat.DataMatrix)
    assert codes(barcodes(Run(synth_context(card, image=img)))) == [
        ("barcode.unreadable", Severity.INFO)]
    img = paste(card, bytes((0xDC, 0x03, 0x6A)), zxingcpp.BarcodeFormat.DataMatrix)
    found = list(barcodes(Run(synth_context(card, image=img))))
    assert codes(found) == [("barcode.unreadable", Severity.INFO)]
    assert "malformed" in dict(found[0].evidence)["error"]


def test_engine_compares_a_barcode_with_the_printed_field_too():
    # Through run_checks: the visual zone is read (tesseract) and the barcode's surname differs
    # from both the MRZ and the printed surname. (Seed 8: a card whose printed surname tesseract
    # reads; on several other synthetic cards it misses the label.)
    card = generate("TD1", 8)
    img = paste(card, _card_payload(card, surname="OTHERNAME"), zxingcpp.BarcodeFormat.PDF417)
    found = [f for f in run_checks(synth_context(card, image=img))
             if f.code == "barcode.mismatch.surname"]
    evidence = [dict(f.evidence) for f in found]
    assert {"barcode": "OTHERNAME", "mrz": "SINGH"}.items() <= evidence[0].items()
    if tesseract_available():
        assert len(evidence) == 2
        assert evidence[1]["printed"] == "SINGH"
        assert evidence[1]["printed_region"]
