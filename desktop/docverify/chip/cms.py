"""CMS SignedData as the chip PKI uses it: EF.SOD (LDS security object) and CSCA master lists."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from asn1crypto import cms, core, x509

from docverify.chip import signature
from docverify.errors import InputError
from docverify.model import make_text

log = logging.getLogger("docverify")

OID_LDS_SECURITY_OBJECT = "2.23.136.1.1.1"
OID_CSCA_MASTER_LIST = "2.23.136.1.1.2"
TAG_EF_SOD = 0x77


def why(exc: Exception) -> str:
    """The first line of a parser's error message (asn1crypto's run over several lines)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def not_a_sod(what: str, detail: object = None) -> InputError:
    """The error for a file that is not an EF.SOD: plain words for the officer; the parser's
    own words (``detail``) go to the log only."""
    if detail is not None:
        log.info("%s: not an EF.SOD: %s", what, why(detail) if isinstance(detail, Exception)
                 else detail)
    return InputError(make_text("{file}: not an EF.SOD file (damaged or another kind of file)",
                                {"file": what}))


def not_a_master_list(what: str, detail: object = None) -> InputError:
    """As not_a_sod, for a file given as a CSCA master list."""
    if detail is not None:
        log.info("%s: not a CSCA master list: %s", what, why(detail)
                 if isinstance(detail, Exception) else detail)
    return InputError(make_text("{file}: not a CSCA master list (damaged or another kind of"
                                " file)", {"file": what}))


class DataGroupHash(core.Sequence):
    _fields = [("data_group_number", core.Integer), ("data_group_hash_value", core.OctetString)]


class DataGroupHashValues(core.SequenceOf):
    _child_spec = DataGroupHash


class LDSVersionInfo(core.Sequence):
    _fields = [("lds_version", core.PrintableString), ("unicode_version", core.PrintableString)]


class LDSSecurityObject(core.Sequence):
    _fields = [
        ("version", core.Integer),
        ("hash_algorithm", cms.DigestAlgorithm),
        ("data_group_hash_values", DataGroupHashValues),
        ("lds_version_info", LDSVersionInfo, {"optional": True}),
    ]


class CertificateSet(core.SetOf):
    _child_spec = x509.Certificate


class CscaMasterList(core.Sequence):
    _fields = [("version", core.Integer), ("cert_list", CertificateSet)]


@dataclass(frozen=True)
class SignedObject:
    """One CMS SignedData with a single signer, its encapsulated content as bytes."""

    content_type: str
    content: bytes
    certificates: tuple[x509.Certificate, ...]
    signer: cms.SignerInfo

    @property
    def digest_algorithm(self) -> str:
        return self.signer["digest_algorithm"]["algorithm"].native

    def signing_time(self) -> dt.datetime | None:
        attrs = self.signer["signed_attrs"]
        if attrs.native is None:
            return None
        for a in attrs:
            if a["type"].native == "signing_time":
                return a["values"][0].native
        return None

    def signer_certificate(self) -> x509.Certificate | None:
        """The embedded certificate the SignerInfo names (issuer+serial or key identifier)."""
        sid = self.signer["sid"]
        for cert in self.certificates:
            if sid.name == "issuer_and_serial_number":
                ias = sid.chosen
                if (cert.serial_number == ias["serial_number"].native
                        and cert.issuer.hashable == ias["issuer"].hashable):
                    return cert
            elif cert.key_identifier == sid.chosen.native:
                return cert
        return self.certificates[0] if len(self.certificates) == 1 else None

    def verify(self, cert: x509.Certificate) -> tuple[bool, str]:
        """Check the signed attributes against the content and the signature with ``cert``.

        Returns (valid, reason); reason is empty when valid.
        """
        attrs = self.signer["signed_attrs"]
        digest = self.digest_algorithm
        if attrs.native is not None:
            values = {a["type"].native: a["values"][0] for a in attrs}
            ct = values.get("content_type")
            if ct is not None and ct.dotted != self.content_type:
                return False, "the signed content type differs from the content"
            md = values.get("message_digest")
            if md is None:
                return False, "no message digest among the signed attributes"
            if md.native != signature.hash_bytes(digest, self.content):
                return False, "the signed message digest does not match the content"
            # The signature covers the attributes DER-encoded as a SET (tag 0x31), not [0].
            raw = attrs.dump()
            signed = b"\x31" + raw[1:]
        else:
            signed = self.content
        ok = signature.verify(cert.public_key, self.signer["signature_algorithm"],
                              self.signer["signature"].native, signed, digest)
        return ok, "" if ok else "the signature does not verify with the signer's key"


def _load_signed(data: bytes) -> SignedObject:
    """Parse CMS SignedData (optionally inside the EF.SOD tag 0x77); raises ValueError (and the
    like) with the parser's words."""
    if data[:1] == bytes([TAG_EF_SOD]):
        data = core.Any.load(data).contents
    info = cms.ContentInfo.load(data)
    if info["content_type"].native != "signed_data":
        raise ValueError("not CMS SignedData")
    sd = info["content"]
    encap = sd["encap_content_info"]
    raw = encap["content"].contents  # the eContent OCTET STRING's value octets
    certs = tuple(c.chosen for c in (sd["certificates"] or []) if c.name == "certificate")
    signers = list(sd["signer_infos"])
    if not signers:
        raise ValueError("SignedData without a signer")
    return SignedObject(encap["content_type"].dotted, raw, certs, signers[0])


PARSE_ERRORS = (ValueError, TypeError, KeyError, IndexError)


def load_signed(data: bytes, what: str = "file", kind: str = "EF.SOD") -> SignedObject:
    """Parse CMS SignedData (optionally inside the EF.SOD tag 0x77). Raises InputError, in
    plain words for the ``kind`` of file expected ("EF.SOD" or "master list")."""
    try:
        return _load_signed(data)
    except PARSE_ERRORS as exc:
        raise (not_a_master_list(what, exc) if kind == "master list"
               else not_a_sod(what, exc)) from None


@dataclass(frozen=True)
class SecurityObject:
    """The content of EF.SOD: the hash algorithm and the hash of each data group."""

    hash_algorithm: str
    hashes: dict[int, bytes]
    lds_version: str | None


def parse_sod(data: bytes, what: str = "EF.SOD") -> tuple[SignedObject, SecurityObject]:
    signed = load_signed(data, what)
    if signed.content_type != OID_LDS_SECURITY_OBJECT:
        raise not_a_sod(what, f"content type {signed.content_type} is not an LDS security object")
    try:
        lds = LDSSecurityObject.load(signed.content)
        hashes = {int(h["data_group_number"].native): h["data_group_hash_value"].native
                  for h in lds["data_group_hash_values"]}
        info = lds["lds_version_info"]
        version = None if info.native is None else info["lds_version"].native
        return signed, SecurityObject(lds["hash_algorithm"]["algorithm"].native, hashes, version)
    except PARSE_ERRORS as exc:
        raise not_a_sod(what, exc) from None
