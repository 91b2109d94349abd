"""Active Authentication (ICAO 9303-11 §6.1): the chip proves it holds the private key of DG15."""

from __future__ import annotations

import hashlib
import hmac

from asn1crypto import keys
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from docverify.chip import signature, tlv

# ISO/IEC 10118-3 hash identifiers in the two-byte trailer XX CC (0xBC alone means SHA-1).
_ISO9796_TRAILERS = {0x33: "sha1", 0x34: "sha256", 0x35: "sha512", 0x36: "sha384",
                     0x38: "sha224"}


def dg15_public_key(dg15: bytes) -> keys.PublicKeyInfo:
    raw = tlv.find(dg15, 0x6F)
    if raw is None:
        raise tlv.TLVError("DG15 without a public key")
    return keys.PublicKeyInfo.load(raw)


def _iso9796_2_block(f: bytes, challenge: bytes) -> bool:
    """One recovered block F = header || M1 || H(M1 || challenge) || trailer."""
    if f[-1] == 0xBC:
        algo, t = "sha1", 1
    elif f[-1] == 0xCC and f[-2] in _ISO9796_TRAILERS:
        algo, t = _ISO9796_TRAILERS[f[-2]], 2
    else:
        return False
    hlen = hashlib.new(algo).digest_size
    if f[0] & 0xC0 != 0x40 or len(f) < hlen + t + 2:
        return False
    recovered = f[1:-(hlen + t)]
    digest = f[-(hlen + t):-t]
    return hmac.compare_digest(hashlib.new(algo, recovered + challenge).digest(), digest)


def _iso9796_2(info: keys.PublicKeyInfo, challenge: bytes, sig: bytes) -> bool:
    """RSA with ISO/IEC 9796-2 scheme 1 (partial message recovery), as RSA chips answer."""
    pk = info["public_key"].parsed
    n, e = pk["modulus"].native, pk["public_exponent"].native
    s = int.from_bytes(sig, "big")
    if not 0 < s < n:
        return False
    m = pow(s, e, n)
    k = (n.bit_length() + 7) // 8
    # The signer may have sent min(s, n - s): then n - m is the block.
    return any(_iso9796_2_block(x.to_bytes(k, "big"), challenge) for x in (m, n - m))


def verify(dg15: bytes, challenge: bytes, answer: bytes) -> bool:
    """True when ``answer`` to INTERNAL AUTHENTICATE ``challenge`` verifies with DG15's key."""
    info = dg15_public_key(dg15)
    if info.algorithm == "rsa":
        return _iso9796_2(info, challenge, answer)
    if info.algorithm != "ec":
        return False
    kind, key = signature._load_key(info.dump())  # noqa: SLF001 - shared key cache
    half = len(answer) // 2
    r, s = int.from_bytes(answer[:half], "big"), int.from_bytes(answer[half:], "big")
    der = encode_dss_signature(r, s)
    for h in (hashes.SHA256(), hashes.SHA1(), hashes.SHA384(), hashes.SHA512(), hashes.SHA224()):
        if kind == "ec":
            try:
                key.verify(der, challenge, ec.ECDSA(h))  # type: ignore[union-attr]
                return True
            except InvalidSignature:
                continue
        elif signature.verify_pure_ecdsa(key, der, challenge, h.name):  # type: ignore[arg-type]
            return True
    return False
