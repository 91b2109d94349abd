"""AAMVA (driving licence and ID card) PDF417 payloads: the header and the data elements."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Data element identifiers used here (AAMVA DL/ID Card Design Standard, 2016, D.12.5).
ELEMENTS = {
    "DCS": "surname", "DAC": "first_name", "DAD": "middle_names", "DBB": "birth_date",
    "DBA": "expiry_date", "DAQ": "document_number", "DBC": "sex", "DCG": "country",
    "DBD": "issue_date", "DAJ": "jurisdiction",
}
_SEX = {"1": "M", "2": "F", "9": "X"}
_HEADER = re.compile(rb"(ANSI |AAMVA)(\d{6})(\d{2})(\d{2})?")
_ELEMENT = re.compile(r"(?:^|[\n\r\x1e]|DL|ID)(D[A-Z]{2})([^\n\r\x1e]*)")


@dataclass(frozen=True, slots=True)
class AamvaRecord:
    """An AAMVA payload: the issuer's IIN, the standard's version and the elements by ID."""

    iin: str
    version: int
    elements: dict[str, str]

    @property
    def canadian(self) -> bool:
        return self.elements.get("DCG", "").upper() == "CAN" or self.iin.startswith("604")

    def date(self, element: str) -> dt.date | None:
        """A date element: MMDDCCYY in the US, CCYYMMDD in Canada (either tried if ambiguous)."""
        raw = re.sub(r"\D", "", self.elements.get(element, ""))
        if len(raw) != 8:
            return None
        orders = ((4, 0, 2), (0, 4, 6)) if not self.canadian else ((0, 4, 6), (4, 0, 2))
        for y, m, d in orders:
            try:
                return dt.date(int(raw[y:y + 4]), int(raw[m:m + 2]), int(raw[d:d + 2]))
            except ValueError:
                continue
        return None

    @property
    def sex(self) -> str:
        raw = self.elements.get("DBC", "").strip().upper()
        return _SEX.get(raw, raw[:1])

    @property
    def given_names(self) -> str:
        parts = [self.elements.get("DAC", ""), self.elements.get("DAD", "")]
        return " ".join(p.strip() for p in parts if p.strip() and p.strip().upper() != "NONE")


def parse(data: bytes) -> AamvaRecord | None:
    """The AAMVA record in a PDF417 payload, or None when it is not one."""
    head = _HEADER.search(data[:64])
    if head is None:
        return None
    text = data.decode("latin-1")
    elements: dict[str, str] = {}
    for m in _ELEMENT.finditer(text, head.end() - 1):
        if m.group(1) in ELEMENTS and m.group(1) not in elements:
            elements[m.group(1)] = m.group(2).strip()
    if not elements:
        return None
    return AamvaRecord(head.group(2).decode(), int(head.group(3)), elements)
