"""The chip work of the desktop app, Qt-free, run in the worker process (see pool.py)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from docverify.chip.files import read_capped, read_data_group
from docverify.errors import InputError
from docverify.model import Finding

# Why chip reading is unavailable (the window says it in words).
NO_PYSCARD = "no-pyscard"
NO_SERVICE = "no-service"
NO_READER = "no-reader"
ANCHOR_SUFFIXES = (".ml",)  # master lists; anything else is read as CSCA certificates


@dataclass(frozen=True, slots=True)
class ChipOutcome:
    """Passive Authentication of one document's chip data, and the face it holds."""

    passed: bool
    pa: dict[str, Any]  # PAResult.to_json(): signature, chain, data groups
    findings: tuple[Finding, ...]
    face: Any = None  # the DG2 face as a BGR array, or None
    face_type: str = ""  # its MIME type as stored on the chip
    mrz: tuple[str, ...] | None = None  # DG1
    access: str = "files"  # "files", or the chip's access control ("BAC", "PACE")
    notes: tuple[str, ...] = ()

    @property
    def compared(self) -> bool:
        """True when at least one data group was hashed and compared with EF.SOD."""
        return any(v in ("match", "mismatch") for v in self.pa["data_groups"].values())

    @property
    def signed_only(self) -> bool:
        """EF.SOD is validly signed by a trusted issuer, but no data group was compared: not a
        pass (the chip data were not checked), not a failure either."""
        return (not self.compared and bool(self.pa["signature_valid"])
                and bool(self.pa["chain_trusted"]))


def reader_status() -> str | None:
    """None when a PC/SC reader is connected; else NO_PYSCARD, NO_SERVICE or NO_READER."""
    try:
        from smartcard.System import readers
    except ImportError:
        return NO_PYSCARD
    try:
        found = readers()
    except Exception:  # noqa: BLE001 - pyscard raises its own and OS errors
        return NO_SERVICE
    return None if found else NO_READER


def _trust(anchors: Sequence[str], store_path: str | Path) -> tuple[Any, list[str]]:
    """Anchors from the master lists and CSCA files given, else those imported before."""
    from docverify.cli.chip import trust_store_for

    ml = [a for a in anchors if Path(a).suffix.lower() in ANCHOR_SUFFIXES]
    csca = [a for a in anchors if Path(a).suffix.lower() not in ANCHOR_SUFFIXES]
    return trust_store_for(argparse.Namespace(masterlist=ml, csca=csca, db=str(store_path)))


def _face(dg2: bytes | None) -> tuple[Any, str]:
    if dg2 is None:
        return None, ""
    import cv2
    import numpy as np

    from docverify.chip import lds

    found = lds.face_image(dg2)
    if found is None:
        return None, ""
    try:
        image = cv2.imdecode(np.frombuffer(found[1], np.uint8), cv2.IMREAD_COLOR)
    except cv2.error:  # a damaged image: no face shown
        return None, ""
    return image, found[0]


def _outcome(sod: bytes, dgs: dict[int, bytes], anchors: Sequence[str], store_path: str | Path,
             printed: Sequence[str] | None, at: dt.date | None, extra: Sequence[Finding] = (),
             access: str = "files", sod_name: str = "EF.SOD") -> ChipOutcome:
    from docverify.chip import cms, lds
    from docverify.chip.checks import dg1_against_printed, dg1_damaged, no_data_group_compared
    from docverify.chip.pa import passive_authentication

    trust, notes = _trust(anchors, store_path)
    try:
        result = passive_authentication(sod, dgs, trust, at)
    except cms.PARSE_ERRORS as exc:  # a part of EF.SOD parsed lazily, and damaged
        raise cms.not_a_sod(sod_name, exc) from None
    findings = [*result.findings, *extra]
    mrz = None
    if 1 in dgs:
        try:
            mrz = lds.parse_dg1(dgs[1])
        except tlv_errors() as exc:
            cms.log.info("DG1: %s", exc)
            findings.append(dg1_damaged())
    if printed and mrz and not any(f.code.startswith("chip.dg1.") for f in extra):
        findings += dg1_against_printed(mrz, printed)
    try:
        face, face_type = _face(dgs.get(2))
    except ValueError:  # a damaged DG2: no face shown (its hash says whether it was altered)
        face, face_type = None, ""
    out = ChipOutcome(result.passed, result.to_json(), tuple(findings), face, face_type, mrz,
                      access, tuple(notes))
    if not out.compared:
        out = replace(out, passed=False, pa={**out.pa, "passed": False},
                      findings=(*out.findings, no_data_group_compared()))
    return out


def tlv_errors() -> tuple[type[Exception], ...]:
    from docverify.chip.tlv import TLVError

    return (TLVError, UnicodeError)


def verify_files(sod: str | Path, data_groups: Sequence[str | Path], anchors: Sequence[str],
                 store_path: str | Path, printed: Sequence[str] | None = None,
                 at: dt.date | None = None) -> ChipOutcome:
    """EF.SOD and data-group files (numbered by their first tag) against the anchors given
    (master lists .ml, CSCA certificates) or, with none, the CSCAs imported before."""
    from docverify.chip import cms

    name = Path(sod).name
    data = read_capped(sod)
    cms.parse_sod(data, name)  # not an EF.SOD: said with the file's name
    dgs = dict(read_data_group(p) for p in data_groups)
    return _outcome(data, dgs, anchors, store_path, printed, at, sod_name=name)


def read_chip(printed: Sequence[str], store_path: str | Path,
              at: dt.date | None = None) -> ChipOutcome:
    """Open the chip on the first PC/SC reader with the printed MRZ, read it, verify it."""
    from docverify.chip import bac, pace
    from docverify.chip.checks import chip_findings
    from docverify.chip.cli_read import mrz_information_from_lines
    from docverify.chip.reader import read_document
    from docverify.chip.transport import ChipError, NoReaderError, PcscTransport

    info, lines = mrz_information_from_lines(list(printed))
    try:
        transport = PcscTransport()
        data = read_document(transport, info)
    except NoReaderError as exc:
        raise InputError(str(exc)) from None
    except (bac.AccessDenied, pace.PaceError) as exc:
        raise InputError(f"the chip refused access: {exc} (check the MRZ)") from None
    except ChipError as exc:
        raise InputError(f"reading the chip failed: {exc}") from None
    return _outcome(data.sod, data.data_groups, (), store_path, lines, at,
                    extra=chip_findings(data, lines), access=data.access)
