"""Signature checks for the chip PKI: RSA PKCS#1 v1.5 and PSS, ECDSA (named or explicit curves)."""

from __future__ import annotations

import hashlib
from functools import lru_cache

import ecdsa
import ecdsa.curves
from asn1crypto import algos, keys
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.hazmat.primitives.serialization import load_der_public_key
from ecdsa.util import sigdecode_der

HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1,
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}

# Curves pyca/cryptography knows, by the name python-ecdsa gives the same parameters.
_NAMED = {
    "NIST256p": ec.SECP256R1,
    "NIST384p": ec.SECP384R1,
    "NIST521p": ec.SECP521R1,
    "NIST224p": ec.SECP224R1,
    "NIST192p": ec.SECP192R1,
    "BRAINPOOLP256r1": ec.BrainpoolP256R1,
    "BRAINPOOLP384r1": ec.BrainpoolP384R1,
    "BRAINPOOLP512r1": ec.BrainpoolP512R1,
}


class UnsupportedKey(Exception):
    """A key or algorithm this module cannot verify with."""


def hash_bytes(algo: str, data: bytes) -> bytes:
    """Digest ``data`` with the hash named as asn1crypto names it (sha1, sha256, ...)."""
    if algo not in HASHES:
        raise UnsupportedKey(f"hash algorithm {algo}")
    return hashlib.new(algo, data).digest()


def algorithm_name(algorithm: algos.SignedDigestAlgorithm, digest_algo: str | None = None) -> str:
    """A short human name, e.g. 'sha256 rsassa_pss'."""
    try:
        sig = algorithm.signature_algo
    except ValueError:
        sig = algorithm["algorithm"].dotted
    return f"{_hash_of(algorithm, digest_algo)} {sig}"


def _hash_of(algorithm: algos.SignedDigestAlgorithm, digest_algo: str | None) -> str:
    if algorithm["algorithm"].native == "rsassa_pss":
        return algorithm["parameters"]["hash_algorithm"]["algorithm"].native
    try:
        return algorithm.hash_algo
    except ValueError:
        if digest_algo is None:
            raise UnsupportedKey("no hash algorithm for the signature") from None
        return digest_algo


@lru_cache(maxsize=4096)
def _ec_curve_by_params(p: int, a: int, b: int, n: int) -> str | None:
    for c in ecdsa.curves.curves:
        cv = getattr(c.curve, "p", None)
        if cv is None or c.name not in _NAMED:
            continue
        if c.curve.p() == p and c.curve.a() % p == a % p and c.curve.b() % p == b % p and c.order == n:
            return c.name
    return None


@lru_cache(maxsize=4096)
def _load_key(der: bytes) -> tuple[str, object]:
    """('rsa'|'ec'|'ecdsa', key) from a DER SubjectPublicKeyInfo; cached by its bytes."""
    info = keys.PublicKeyInfo.load(der)
    kind = info["algorithm"]["algorithm"].native
    if kind in ("rsa", "rsassa_pss"):
        pk = info["public_key"].parsed
        nums = rsa.RSAPublicNumbers(pk["public_exponent"].native, pk["modulus"].native)
        return "rsa", nums.public_key()
    if kind == "ec":
        params = info["algorithm"]["parameters"]
        point = info["public_key"].native
        if params.name == "specified":
            spec = params.chosen
            p = spec["field_id"]["parameters"].native
            a = int.from_bytes(spec["curve"]["a"].native, "big")
            b = int.from_bytes(spec["curve"]["b"].native, "big")
            name = _ec_curve_by_params(p, a, b, spec["order"].native)
            if name is not None:
                return "ec", ec.EllipticCurvePublicKey.from_encoded_point(_NAMED[name](), point)
            # A curve pyca/cryptography does not know: pure-Python verification.
            return "ecdsa", load_ecdsa_key(der)
        try:
            return "ec", load_der_public_key(der)
        except (ValueError, UnsupportedAlgorithm) as exc:
            raise UnsupportedKey(f"EC key: {exc}") from None
    raise UnsupportedKey(f"public key algorithm {kind}")


def _der_ecdsa(signature: bytes) -> bytes:
    """ECDSA signatures are DER in CMS and X.509; a few signers write plain r||s."""
    if signature[:1] == b"\x30" and len(signature) >= 8 and signature[1] + 2 == len(signature):
        return signature
    if signature[:1] == b"\x30" and signature[1] == 0x81 and signature[2] + 3 == len(signature):
        return signature
    half = len(signature) // 2
    return encode_dss_signature(int.from_bytes(signature[:half], "big"),
                                int.from_bytes(signature[half:], "big"))


def verify(public_key: keys.PublicKeyInfo | bytes, algorithm: algos.SignedDigestAlgorithm,
           signature: bytes, data: bytes, digest_algo: str | None = None) -> bool:
    """True when ``signature`` over ``data`` verifies with the key; False when it does not.

    ``digest_algo`` names the hash when the algorithm identifier carries none (rsaEncryption
    or bare id-ecPublicKey in a CMS SignerInfo). Raises UnsupportedKey for what cannot be checked.
    """
    der = public_key if isinstance(public_key, bytes) else public_key.dump()
    kind, key = _load_key(der)
    hname = _hash_of(algorithm, digest_algo)
    if hname not in HASHES:
        raise UnsupportedKey(f"hash algorithm {hname}")
    h = HASHES[hname]()
    try:
        if kind == "rsa":
            assert isinstance(key, rsa.RSAPublicKey)
            if algorithm["algorithm"].native == "rsassa_pss":
                params = algorithm["parameters"]
                mgf_hash = params["mask_gen_algorithm"]["parameters"]["algorithm"].native
                pad: padding.AsymmetricPadding = padding.PSS(
                    mgf=padding.MGF1(HASHES[mgf_hash]()), salt_length=params["salt_length"].native)
            else:
                pad = padding.PKCS1v15()
            key.verify(signature, data, pad, h)
            return True
        if kind == "ec":
            assert isinstance(key, ec.EllipticCurvePublicKey)
            key.verify(_der_ecdsa(signature), data, ec.ECDSA(h))
            return True
        return verify_pure_ecdsa(key, signature, data, hname)  # type: ignore[arg-type]
    except (InvalidSignature, ValueError, ecdsa.BadSignatureError, ecdsa.BadDigestError):
        return False


def load_ecdsa_key(der: bytes) -> ecdsa.VerifyingKey:
    """A python-ecdsa key from a SubjectPublicKeyInfo, accepting explicit curve parameters."""
    return ecdsa.VerifyingKey.from_der(der, valid_curve_encodings=("named_curve", "explicit"))


def verify_pure_ecdsa(key: ecdsa.VerifyingKey, signature: bytes, data: bytes, hname: str) -> bool:
    """ECDSA verification in pure Python (any curve python-ecdsa can build from parameters)."""
    try:
        return bool(key.verify(_der_ecdsa(signature), data, hashfunc=getattr(hashlib, hname),
                               sigdecode=sigdecode_der))
    except (ValueError, ecdsa.BadSignatureError, ecdsa.BadDigestError):
        return False
