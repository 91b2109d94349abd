"""A test issuing authority: CSCA, document signer and a signed EF.SOD, for the simulator and tests.

Nothing here is used to verify real documents; it makes the keys and objects a state would.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from asn1crypto import algos, cms, core
from asn1crypto import x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from docverify.chip.cms import OID_LDS_SECURITY_OBJECT, LDSSecurityObject

PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


@dataclass(frozen=True)
class Issued:
    key: PrivateKey
    cert: x509.Certificate

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)


def new_key(kind: str = "ec") -> PrivateKey:
    if kind == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return ec.generate_private_key(ec.SECP256R1() if kind == "ec" else ec.BrainpoolP256R1())


def _name(country: str, cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, country),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _build(subject: x509.Name, issuer: x509.Name, key: PrivateKey, signer: PrivateKey,
           start: dt.date, end: dt.date, ca: bool, issuer_key: PrivateKey) -> x509.Certificate:
    b = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
         .public_key(key.public_key()).serial_number(x509.random_serial_number())
         .not_valid_before(dt.datetime.combine(start, dt.time(), dt.UTC))
         .not_valid_after(dt.datetime.combine(end, dt.time(23, 59), dt.UTC))
         .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), True)
         .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
         .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
             issuer_key.public_key()), False))
    return b.sign(signer, hashes.SHA256())


def make_csca(country: str = "UT", kind: str = "ec", start: dt.date = dt.date(2020, 1, 1),
              end: dt.date = dt.date(2035, 1, 1)) -> Issued:
    key = new_key(kind)
    name = _name(country, f"CSCA {country} test")
    return Issued(key, _build(name, name, key, key, start, end, True, key))


def make_dsc(csca: Issued, country: str = "UT", kind: str = "ec",
             start: dt.date = dt.date(2024, 1, 1), end: dt.date = dt.date(2034, 1, 1)) -> Issued:
    key = new_key(kind)
    cert = _build(_name(country, f"DS {country} test"), csca.cert.subject, key, csca.key,
                  start, end, False, csca.key)
    return Issued(key, cert)


def make_sod(data_groups: dict[int, bytes], dsc: Issued, hash_name: str = "sha256",
             embed: Issued | None = None) -> bytes:
    """EF.SOD (tag 0x77) over the data groups, signed by ``dsc``.

    ``embed`` puts another certificate in the SOD than the signer's (a forgery, for tests).
    """
    lds = LDSSecurityObject({
        "version": 0,
        "hash_algorithm": {"algorithm": hash_name},
        "data_group_hash_values": [
            {"data_group_number": n, "data_group_hash_value": hashlib.new(hash_name, v).digest()}
            for n, v in sorted(data_groups.items())],
    })
    content = lds.dump()
    attrs = cms.CMSAttributes([
        {"type": "content_type", "values": [OID_LDS_SECURITY_OBJECT]},
        {"type": "message_digest", "values": [hashlib.new(hash_name, content).digest()]},
    ])
    to_sign = attrs.dump()
    h = {"sha256": hashes.SHA256(), "sha384": hashes.SHA384(), "sha512": hashes.SHA512(),
         "sha1": hashes.SHA1()}[hash_name]
    if isinstance(dsc.key, rsa.RSAPrivateKey):
        sig = dsc.key.sign(to_sign, padding.PKCS1v15(), h)
        sig_algo = f"{hash_name}_rsa"
    else:
        sig = dsc.key.sign(to_sign, ec.ECDSA(h))
        sig_algo = f"{hash_name}_ecdsa"
    cert = ax509.Certificate.load((embed or dsc).der)
    signer = cms.SignerInfo({
        "version": "v1",
        "sid": cms.SignerIdentifier({"issuer_and_serial_number": cms.IssuerAndSerialNumber(
            {"issuer": cert.issuer, "serial_number": cert.serial_number})}),
        "digest_algorithm": algos.DigestAlgorithm({"algorithm": hash_name}),
        "signed_attrs": attrs,
        "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": sig_algo}),
        "signature": sig,
    })
    sd = cms.SignedData({
        "version": "v3",
        "digest_algorithms": [algos.DigestAlgorithm({"algorithm": hash_name})],
        "encap_content_info": {"content_type": OID_LDS_SECURITY_OBJECT,
                               "content": core.ParsableOctetString(content)},
        "certificates": [cert],
        "signer_infos": [signer],
    })
    info = cms.ContentInfo({"content_type": "signed_data", "content": sd}).dump()
    return bytes([0x77]) + _len(len(info)) + info


def _len(n: int) -> bytes:
    from docverify.chip.tlv import encode_length

    return encode_length(n)
