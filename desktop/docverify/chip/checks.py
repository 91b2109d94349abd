"""Chip cross-checks as findings: DG1 vs the printed MRZ, Active/Chip Authentication, read errors."""

from __future__ import annotations

from collections.abc import Sequence

from docverify.chip.reader import ChipData
from docverify.model import Finding, Severity


def _clean(lines: Sequence[str]) -> tuple[str, ...]:
    return tuple(line.strip().upper().replace(" ", "") for line in lines)


def dg1_against_printed(chip_mrz: Sequence[str] | None, printed: Sequence[str] | None
                        ) -> list[Finding]:
    """DG1's MRZ must equal the MRZ printed on the data page, character for character."""
    if chip_mrz is None or not printed:
        return []
    a, b = _clean(chip_mrz), _clean(printed)
    if a == b:
        return [Finding("chip.dg1.match", Severity.INFO, "The chip's MRZ (DG1) equals the printed MRZ")]
    for li, (x, y) in enumerate(zip(a, b, strict=False)):
        for ci, (p, q) in enumerate(zip(x, y, strict=False)):
            if p != q:
                return [Finding("chip.dg1.mismatch", Severity.CRITICAL,
                                "The chip's MRZ (DG1) differs from the printed MRZ",
                                field="mrz", evidence=(("chip", x), ("printed", y)),
                                position=(li, ci))]
    return [Finding("chip.dg1.mismatch", Severity.CRITICAL,
                    "The chip's MRZ (DG1) differs in length from the printed MRZ",
                    field="mrz", evidence=(("chip", "/".join(a)), ("printed", "/".join(b))))]


def chip_findings(data: ChipData, printed: Sequence[str] | None = None) -> list[Finding]:
    out = dg1_against_printed(data.mrz, printed)
    if data.active_auth is True:
        out.append(Finding("chip.aa.passed", Severity.INFO,
                           "Active Authentication passed: the chip holds the key of DG15"))
    elif data.active_auth is False:
        out.append(Finding("chip.aa.failed", Severity.CRITICAL,
                           "Active Authentication failed: the chip may be a clone"))
    if data.chip_auth is True:
        out.append(Finding("chip.ca.passed", Severity.INFO,
                           "Chip Authentication passed: the chip holds the key of DG14 "
                           f"({data.chip_auth_detail})"))
    elif data.chip_auth is False:
        out.append(Finding("chip.ca.failed", Severity.CRITICAL,
                           "Chip Authentication failed: the chip may be a clone "
                           f"({data.chip_auth_detail})", field="DG14"))
    elif 14 in data.data_groups and data.chip_auth_detail:
        out.append(Finding("chip.ca.not_run", Severity.INFO,
                           f"Chip Authentication not run: {data.chip_auth_detail}", field="DG14"))
    for n, why in sorted(data.errors.items()):
        out.append(Finding("chip.read.error", Severity.WARNING, f"DG{n} could not be read: {why}",
                           field=f"DG{n}"))
    return out
