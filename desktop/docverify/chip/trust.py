"""Trust anchors for Passive Authentication: CSCAs from master lists or single certificates."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from asn1crypto import x509

from docverify.chip.masterlist import country_of, issued_by


@dataclass(frozen=True)
class Anchor:
    """One CSCA certificate and where it came from (a master list's name or a file)."""

    cert: x509.Certificate
    source: str


class TrustStore:
    """CSCAs indexed by subject key identifier, subject and country."""

    def __init__(self, anchors: Iterable[Anchor] = ()) -> None:
        self.anchors: list[Anchor] = []
        self._seen: set[bytes] = set()
        self._by_ski: dict[bytes, list[Anchor]] = {}
        self._by_subject: dict[bytes, list[Anchor]] = {}
        self._by_country: dict[str, list[Anchor]] = {}
        for a in anchors:
            self.add(a)

    def add(self, anchor: Anchor) -> None:
        der = anchor.cert.dump()
        if der in self._seen:
            return
        self._seen.add(der)
        self.anchors.append(anchor)
        ski = anchor.cert.key_identifier
        if ski:
            self._by_ski.setdefault(ski, []).append(anchor)
        self._by_subject.setdefault(anchor.cert.subject.hashable.encode(), []).append(anchor)
        self._by_country.setdefault(country_of(anchor.cert), []).append(anchor)

    def __len__(self) -> int:
        return len(self.anchors)

    def has_country(self, country: str) -> bool:
        return bool(self._by_country.get(country.upper()))

    def issuers_of(self, cert: x509.Certificate) -> list[Anchor]:
        """The anchors whose key verifies ``cert``'s signature, most likely candidates first."""
        seen: set[int] = set()
        candidates: list[Anchor] = []
        aki = cert.authority_key_identifier
        for group in (self._by_ski.get(aki, []) if aki else [],
                      self._by_subject.get(cert.issuer.hashable.encode(), []),
                      self._by_country.get(country_of(cert, "issuer"), [])):
            for a in group:
                if id(a) not in seen:
                    seen.add(id(a))
                    candidates.append(a)
        return [a for a in candidates if issued_by(cert, a.cert)]
