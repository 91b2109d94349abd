"""The typed, immutable records that flow through the pipeline: reading, document, findings, verdict."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """How much a finding weighs on the verdict."""

    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


class Verdict(StrEnum):
    """What the officer is told to do."""

    CLEAR = "clear"
    REVIEW = "review"
    ALERT = "alert"


class DocFormat(StrEnum):
    """ICAO Doc 9303 MRZ formats."""

    TD1 = "TD1"
    TD2 = "TD2"
    TD3 = "TD3"
    MRVA = "MRVA"
    MRVB = "MRVB"


@dataclass(frozen=True, slots=True)
class Region:
    """An axis-aligned box in image pixels (of the image as loaded, before any rotation)."""

    x: int
    y: int
    width: int
    height: int

    def to_json(self) -> dict[str, int]:
        return {"x": self.x, "y": self.y, "width": self.width, "height": self.height}


@dataclass(frozen=True, slots=True)
class Finding:
    """One named observation about a document, with the evidence behind it.

    ``field`` names the document field concerned; ``evidence`` holds the values compared
    (e.g. expected and found); ``region`` is where it is in the image, when known;
    ``position`` is the (line, column) of the MRZ character concerned, when one is.
    ``message`` made by `make_finding` is a `Text`: the app can say it in its own language.
    """

    code: str
    severity: Severity
    message: str
    field: str | None = None
    evidence: tuple[tuple[str, str], ...] = ()
    region: Region | None = None
    position: tuple[int, int] | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "severity": str(self.severity),
            "message": self.message,
        }
        if self.field is not None:
            out["field"] = self.field
        if self.evidence:
            out["evidence"] = dict(self.evidence)
        if self.region is not None:
            out["region"] = self.region.to_json()
        if self.position is not None:
            out["position"] = list(self.position)
        return out


# The words a finding's message may name a field by (a param ending in _label), in English;
# the app translates them as it does the templates.
FIELD_LABELS = {
    "document_code": "document code",
    "issuing_state": "issuing state",
    "document_number": "document number",
    "nationality": "nationality",
    "birth_date": "date of birth",
    "sex": "sex",
    "expiry_date": "date of expiry",
    "optional_data": "optional data",
    "composite": "composite",
    "surname": "surname",
    "given_names": "given names",
    "names": "name",
    "issue_date": "date of issue",
    "portrait": "portrait",
}


def make_finding(code: str, severity: Severity, template: str,
                 params: dict[str, object] | None = None, **kw: Any) -> Finding:
    """A Finding whose message is ``template`` with ``params`` put in (`make_text`).

    Templates are plain literals at the call site (`resources/translations/update.py` collects
    them for translators); a param named ``*_label`` holds one of `FIELD_LABELS`' words.
    """
    return Finding(code, severity, make_text(template, params), **kw)


class Text(str):
    """An English message that keeps the template and values it was made from (`make_text`):
    anywhere else (JSON, the command line, comparisons) it is the plain string, while the app
    can fill the translated template with the same values."""

    template: str
    params: tuple[tuple[str, object], ...]


def make_text(template: str, params: dict[str, object] | None = None) -> Text:
    """``template`` with ``params`` put in (`str.format`), as a Text; like make_finding, the
    template is a literal at the call (collected for translators)."""
    values = dict(params or {})
    out = Text(template.format(**values))
    out.template, out.params = template, tuple(values.items())
    return out


def template(text: str) -> str:
    """Marks a finding's template written away from its make_finding call (in a table, a
    constant), so that `resources/translations/templates.py` collects it for translators."""
    return text


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


@dataclass(frozen=True, slots=True)
class Document:
    """The holder and document data decoded from an MRZ (fields as printed, fillers removed)."""

    format: DocFormat
    mrz: tuple[str, ...]
    document_code: str
    issuing_state: str
    document_number: str
    nationality: str
    birth_date: dt.date | None
    sex: str
    expiry_date: dt.date | None
    surname: str
    given_names: str
    optional_data: str
    optional_data_2: str = ""
    names_truncated: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "format": str(self.format),
            "mrz": list(self.mrz),
            "document_code": self.document_code,
            "issuing_state": self.issuing_state,
            "document_number": self.document_number,
            "nationality": self.nationality,
            "birth_date": _iso(self.birth_date),
            "sex": self.sex,
            "expiry_date": _iso(self.expiry_date),
            "surname": self.surname,
            "given_names": self.given_names,
            "optional_data": self.optional_data,
        }


@dataclass(frozen=True, slots=True)
class MRZParse:
    """A parsed MRZ: the document (None when the text is not an MRZ at all) and its findings."""

    document: Document | None
    findings: tuple[Finding, ...]

    @property
    def valid(self) -> bool:
        """True when no finding is worse than info."""
        return all(f.severity is Severity.INFO for f in self.findings)


@dataclass(frozen=True, slots=True)
class CharReading:
    """One MRZ character as recognised, with the recogniser's confidence (0..1)."""

    char: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Reading:
    """What was read from one image: the MRZ lines with per-character confidence and where."""

    source: str | None
    lines: tuple[str, ...]
    confidences: tuple[tuple[float, ...], ...]
    parse: MRZParse | None
    region: Region | None = None
    rotation: float = 0.0
    page: int = 0
    engine: str = ""
    corrections: tuple[Finding, ...] = ()
    elapsed: float = 0.0
    image_size: tuple[int, int] | None = None

    @property
    def document(self) -> Document | None:
        return self.parse.document if self.parse else None


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of verifying one input: reading, findings, screening, verdict, or an error."""

    source: str | None
    reading: Reading | None
    findings: tuple[Finding, ...]
    verdict: Verdict
    reasons: tuple[str, ...] = ()
    screening: Any = None
    error: str | None = None
    extras: tuple[tuple[str, Any], ...] = field(default=())

    @property
    def document(self) -> Document | None:
        return self.reading.document if self.reading else None

    def to_json(self) -> dict[str, Any]:
        doc = self.document
        out: dict[str, Any] = {
            "source": self.source,
            "document": doc.to_json() if doc else None,
            "findings": [f.to_json() for f in self.findings],
            "verdict": str(self.verdict),
            "reasons": list(self.reasons),
            "error": self.error,
        }
        if self.screening is not None:
            out["screening"] = self.screening
        return out
