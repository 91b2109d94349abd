"""CSCA master lists (ICAO 9303-12: CMS SignedData of content type 2.23.136.1.1.2) and single CSCAs."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import pem, x509

from docverify.chip import cms, signature
from docverify.chip.cms import log, not_a_master_list, why
from docverify.errors import InputError
from docverify.model import make_text


def country_of(cert: x509.Certificate, where: str = "subject") -> str:
    """The country (C) of the certificate's subject or issuer, upper case; '' when absent."""
    name = cert.subject if where == "subject" else cert.issuer
    c = name.native.get("country_name", "")
    return (c[0] if isinstance(c, list) else c).upper()


def issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    """True when ``issuer``'s key verifies ``cert``'s signature."""
    try:
        return signature.verify(issuer.public_key, cert["signature_algorithm"],
                                cert["signature_value"].native, cert["tbs_certificate"].dump())
    except signature.UnsupportedKey:
        return False


def load_certificate(data: bytes, what: str = "certificate") -> x509.Certificate:
    """One X.509 certificate from DER or PEM bytes. Raises InputError."""
    try:
        if pem.detect(data):
            _, _, data = pem.unarmor(data)
        cert = x509.Certificate.load(data)
        cert.native  # noqa: B018 - parse now, so errors surface here
        return cert
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise not_a_certificate(what, exc) from None


def not_a_certificate(what: str, exc: Exception) -> InputError:
    """The error for a file that is not a certificate: plain words; the parser's in the log."""
    log.info("%s: not an X.509 certificate: %s", what, why(exc))
    return InputError(make_text("{file}: not an X.509 certificate (damaged or another kind of"
                                " file)", {"file": what}))


@dataclass(frozen=True)
class MasterList:
    """A parsed master list: its CSCAs and what is known about its own signature."""

    name: str
    sha256: str
    cscas: tuple[x509.Certificate, ...]
    signer: x509.Certificate | None
    signature_valid: bool
    signer_issued_by_list: bool
    signing_time: dt.datetime | None

    @property
    def list_date(self) -> dt.date | None:
        """When the list was issued: the signing time, else the signer certificate's start."""
        if self.signing_time is not None:
            return self.signing_time.date()
        if self.signer is not None:
            return self.signer.not_valid_before.date()
        return None

    @property
    def issuer_country(self) -> str:
        return country_of(self.signer) if self.signer is not None else ""

    def countries(self) -> list[str]:
        return sorted({country_of(c) for c in self.cscas} - {""})


def parse_master_list(data: bytes, name: str = "master list") -> MasterList:
    """Parse a `.ml` file and check its CMS signature. Raises InputError when it is not one."""
    signed = cms.load_signed(data, name, "master list")
    if signed.content_type != cms.OID_CSCA_MASTER_LIST:
        raise not_a_master_list(name, f"content type {signed.content_type}")
    try:
        ml = cms.CscaMasterList.load(signed.content)
        cscas = tuple(ml["cert_list"])
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise not_a_master_list(name, exc) from None
    signer = signed.signer_certificate()
    valid = False
    by_list = False
    if signer is not None:
        try:
            valid, _ = signed.verify(signer)
        except signature.UnsupportedKey:
            valid = False
        issuer_key = signer.authority_key_identifier
        by_list = any(issued_by(signer, c) for c in cscas
                      if (issuer_key is None or c.key_identifier == issuer_key)
                      and c.subject.hashable == signer.issuer.hashable)
    return MasterList(name, hashlib.sha256(data).hexdigest(), cscas, signer, valid, by_list,
                      signed.signing_time())


def read_master_list(path: Path) -> MasterList:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path.name}: cannot read ({exc.strerror})") from None
    return parse_master_list(data, path.name)


def read_certificates(path: Path) -> list[x509.Certificate]:
    """CSCA certificates from a DER or PEM file (a PEM file may hold several)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path.name}: cannot read ({exc.strerror})") from None
    if pem.detect(data):
        try:
            return [load_certificate(der, path.name) for _, _, der in pem.unarmor(data, multiple=True)]
        except ValueError as exc:
            raise not_a_certificate(path.name, exc) from None
    return [load_certificate(data, path.name)]
