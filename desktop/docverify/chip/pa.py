"""Passive Authentication (ICAO 9303-11 §5.1): SOD signature, DSC to CSCA chain, data-group hashes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from asn1crypto import x509

from docverify.chip import cms, signature
from docverify.chip.masterlist import country_of
from docverify.chip.trust import Anchor, TrustStore
from docverify.model import Finding, Severity, make_finding

MATCH = "match"
MISMATCH = "mismatch"
NOT_READ = "not read"


def _name(n: x509.Name) -> str:
    return n.human_friendly


def _valid_at(cert: x509.Certificate, at: dt.date) -> bool:
    return cert.not_valid_before.date() <= at <= cert.not_valid_after.date()


def certificate_summary(cert: x509.Certificate) -> dict[str, Any]:
    return {
        "subject": _name(cert.subject),
        "issuer": _name(cert.issuer),
        "serial": format(cert.serial_number, "x"),
        "country": country_of(cert),
        "not_before": cert.not_valid_before.date().isoformat(),
        "not_after": cert.not_valid_after.date().isoformat(),
        "signature_algorithm": cert["signature_algorithm"].signature_algo,
        "public_key": cert.public_key.algorithm,
    }


@dataclass(frozen=True)
class PAResult:
    """The outcome of Passive Authentication, as `docverify chip verify --json` prints it."""

    signature_valid: bool
    signer: dict[str, Any]
    chain_trusted: bool
    csca: str | None
    data_groups: dict[int, str]
    findings: tuple[Finding, ...]
    hash_algorithm: str = ""
    signature_algorithm: str = ""
    signing_time: str | None = None
    checked_at: str = ""
    csca_source: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return (self.signature_valid and self.chain_trusted
                and all(v != MISMATCH for v in self.data_groups.values()))

    def to_json(self) -> dict[str, Any]:
        return {
            "signature_valid": self.signature_valid,
            "signer": self.signer,
            "chain_trusted": self.chain_trusted,
            "csca": self.csca,
            "csca_source": self.csca_source,
            "data_groups": {str(k): v for k, v in sorted(self.data_groups.items())},
            "hash_algorithm": self.hash_algorithm,
            "signature_algorithm": self.signature_algorithm,
            "signing_time": self.signing_time,
            "checked_at": self.checked_at,
            "passed": self.passed,
            "findings": [f.to_json() for f in self.findings],
        }


def _finding(code: str, severity: Severity, template: str,
             params: dict[str, object] | None = None, *, fld: str | None = None,
             **evidence: object) -> Finding:
    """A finding (see model.make_finding) with its evidence given as keywords."""
    return make_finding(code, severity, template, params, field=fld,
                        evidence=tuple((k, str(v)) for k, v in evidence.items()))


def check_data_groups(lds: cms.SecurityObject, data_groups: Mapping[int, bytes]
                      ) -> tuple[dict[int, str], list[Finding]]:
    """Hash each data group read and compare it with the SOD's value."""
    out: dict[int, str] = {}
    findings: list[Finding] = []
    for n in sorted(lds.hashes):
        if n not in data_groups:
            out[n] = NOT_READ
            continue
        got = signature.hash_bytes(lds.hash_algorithm, data_groups[n])
        if got == lds.hashes[n]:
            out[n] = MATCH
        else:
            out[n] = MISMATCH
            findings.append(_finding("chip.pa.dg_mismatch", Severity.CRITICAL,
                                     "DG{group} does not match its hash in the signed EF.SOD:"
                                     " the data group was altered", {"group": n}, fld=f"DG{n}",
                                     expected=lds.hashes[n].hex(), found=got.hex()))
    for n in sorted(set(data_groups) - set(lds.hashes)):
        out[n] = MISMATCH
        findings.append(_finding("chip.pa.dg_unsigned", Severity.CRITICAL,
                                 "DG{group} was read but EF.SOD holds no hash for it",
                                 {"group": n}, fld=f"DG{n}"))
    return out, findings


def _chain(dsc: x509.Certificate, trust: TrustStore, at: dt.date
           ) -> tuple[Anchor | None, bool, list[Finding]]:
    findings: list[Finding] = []
    issuers = trust.issuers_of(dsc)
    country = country_of(dsc, "issuer") or country_of(dsc)
    if not issuers:
        if not len(trust):
            findings.append(_finding("chip.pa.untrusted", Severity.WARNING,
                                     "No CSCA certificates are loaded: the document signer"
                                     " cannot be traced to a state. Import a master list.",
                                     issuer=_name(dsc.issuer)))
        elif trust.has_country(country):
            findings.append(_finding("chip.pa.untrusted", Severity.CRITICAL,
                                     "The document signer was not issued by any known CSCA of"
                                     " {country}", {"country": country},
                                     issuer=_name(dsc.issuer)))
        else:
            findings.append(_finding("chip.pa.untrusted", Severity.WARNING,
                                     "No CSCA of {country} is loaded: the document signer is of"
                                     " an untrusted issuer" if country
                                     else "No CSCA of the issuing state is loaded: the document"
                                     " signer is of an untrusted issuer",
                                     {"country": country} if country else None,
                                     issuer=_name(dsc.issuer)))
        return None, False, findings
    # Prefer a CSCA valid at the date (several may share a key across link certificates).
    issuers.sort(key=lambda a: not _valid_at(a.cert, at))
    anchor = issuers[0]
    ok = True
    if not _valid_at(anchor.cert, at):
        ok = False
        findings.append(_finding("chip.pa.csca_expired", Severity.CRITICAL,
                                 "The CSCA is not valid on {date}", {"date": at.isoformat()},
                                 not_before=anchor.cert.not_valid_before.date(),
                                 not_after=anchor.cert.not_valid_after.date()))
    if country_of(anchor.cert) and country and country_of(anchor.cert) != country:
        findings.append(_finding("chip.pa.country_mismatch", Severity.WARNING,
                                 "The document signer's country differs from its CSCA's",
                                 dsc=country, csca=country_of(anchor.cert)))
    return anchor, ok, findings


def passive_authentication(sod: bytes, data_groups: Mapping[int, bytes], trust: TrustStore,
                           at: dt.date | None = None) -> PAResult:
    """Verify EF.SOD and the data groups read against the trust anchors, on date ``at``.

    Raises InputError when ``sod`` is not an EF.SOD at all; every other problem is a finding.
    """
    at = at or dt.datetime.now(dt.UTC).date()
    signed, lds = cms.parse_sod(sod)
    findings: list[Finding] = []
    dgs, dg_findings = check_data_groups(lds, data_groups)
    dsc = signed.signer_certificate()
    signing_time = signed.signing_time()
    common = {"data_groups": dgs, "hash_algorithm": lds.hash_algorithm,
              "signing_time": signing_time.isoformat() if signing_time else None,
              "checked_at": at.isoformat()}
    if dsc is None:
        findings.append(_finding("chip.pa.no_signer", Severity.CRITICAL,
                                 "EF.SOD carries no document signer certificate"))
        return PAResult(False, {}, False, None, findings=tuple(findings + dg_findings), **common)
    sig_name = signature.algorithm_name(signed.signer["signature_algorithm"],
                                        signed.digest_algorithm)
    try:
        valid, reason = signed.verify(dsc)
    except signature.UnsupportedKey as exc:
        valid, reason = False, f"unsupported algorithm: {exc}"
    if not valid:
        # `reason`: the verifier's own words (cms), passed on whole.
        findings.append(_finding("chip.pa.signature_invalid", Severity.CRITICAL,
                                 "The EF.SOD signature is not valid: {reason}",
                                 {"reason": reason}))
    if not _valid_at(dsc, at):
        findings.append(_finding("chip.pa.dsc_expired", Severity.CRITICAL,
                                 "The document signer certificate is not valid on {date}",
                                 {"date": at.isoformat()},
                                 not_before=dsc.not_valid_before.date(),
                                 not_after=dsc.not_valid_after.date()))
    anchor, chain_ok, chain_findings = _chain(dsc, trust, at)
    findings += chain_findings
    trusted = anchor is not None and chain_ok and _valid_at(dsc, at)
    findings += dg_findings
    return PAResult(
        signature_valid=valid,
        signer=certificate_summary(dsc),
        chain_trusted=trusted,
        csca=_name(anchor.cert.subject) if anchor else None,
        csca_source=anchor.source if anchor else None,
        findings=tuple(findings),
        signature_algorithm=sig_name,
        **common,
    )
