"""Chip benchmark: Passive Authentication per document and a full BAC/PACE session + read.

Run: .venv/bin/python tests/benchmarks/bench_chip.py   (prints figures; asserts nothing on time)
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))

from docverify.chip import bac, issuer, lds, pa, pace, simulator  # noqa: E402
from docverify.chip.masterlist import read_certificates, read_master_list  # noqa: E402
from docverify.chip.reader import read_document  # noqa: E402
from docverify.chip.trust import Anchor, TrustStore  # noqa: E402

FIX = ROOT / "tests" / "fixtures" / "chip"
SHARED = ROOT.parent / "shared" / "fixtures" / "chip"
AT = dt.date(2026, 11, 1)


def _timeit(fn, n: int) -> tuple[float, float]:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), max(times)


def bench_master_lists() -> TrustStore:
    store = TrustStore()
    paths = {p.name: p for p in (*SHARED.glob("masterlists/*.ml"), *FIX.glob("masterlists/*.ml"))}
    for path in (paths[k] for k in sorted(paths)):
        t = time.perf_counter()
        ml = read_master_list(path)
        ms = (time.perf_counter() - t) * 1000
        print(f"master list {path.name}: {len(ml.cscas)} CSCAs, {len(ml.countries())} states, "
              f"signature {'valid' if ml.signature_valid else 'INVALID'}, parsed in {ms:.0f} ms")
        for c in ml.cscas:
            store.add(Anchor(c, path.name))
    for c in read_certificates(FIX / "masterlists" / "IDN_2020-10_CSCA.cer"):
        store.add(Anchor(c, "IDN"))
    print(f"trust store: {len(store)} distinct CSCAs")
    return store


def bench_passive_authentication(store: TrustStore) -> None:
    print("\nPassive Authentication per document (target < 100 ms), median / max of 20:")
    worst = 0.0
    for sod_path in sorted(FIX.glob("sod_real/*_EF.SOD.bin")):
        sod = sod_path.read_bytes()
        # The first run is cold (key parsing); the median is the steady state.
        t = time.perf_counter()
        r = pa.passive_authentication(sod, {}, store, AT)
        cold = (time.perf_counter() - t) * 1000
        med, mx = _timeit(lambda sod=sod: pa.passive_authentication(sod, {}, store, AT), 20)
        worst = max(worst, cold, mx)
        print(f"  {sod_path.name[:2]}  {r.signature_algorithm:<24} trusted={r.chain_trusted!s:<5} "
              f"cold {cold:6.1f} ms  median {med:6.1f} ms  max {mx:6.1f} ms")
    for folder in ("bsi_tr03105_5_reference", "etsi_tr103200_sample"):
        d = FIX / folder
        dgs = {int(p.stem[5:]): p.read_bytes() for p in d.glob("EF_DG*.bin")}
        sod = (d / "EF_SOD.bin").read_bytes()
        med, mx = _timeit(lambda sod=sod, dgs=dgs: pa.passive_authentication(sod, dgs, store, AT),
                          20)
        worst = max(worst, mx)
        print(f"  {folder:<26} with {len(dgs)} DGs hashed: median {med:6.1f} ms  max {mx:6.1f} ms")
    print(f"  worst single run: {worst:.1f} ms")


def bench_sessions() -> None:
    mrz = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
           "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
    info = bac.mrz_information("L898902C3", "740812", "120415")
    csca = issuer.make_csca()
    dsc = issuer.make_dsc(csca)
    face = b"\xff\xd8\xff\xe0" + bytes(20_000) + b"\xff\xd9"
    groups = {1: lds.build_dg1(mrz),
              2: lds.tlv.encode_tlv(0x75, lds.tlv.encode_tlv(0x5F2E, face))}
    sod = issuer.make_sod(groups, dsc)
    trust = TrustStore([Anchor(read_certificates_der(csca.der), "test")])
    print("\nFull session + read (EF.COM, EF.SOD, DG1, 20 kB DG2) against the simulator, "
          "median / max of 10:")
    import ecdsa

    from docverify.chip import ca

    def with_ca(protocol: str, curve) -> tuple[dict, bytes, int]:
        sk = ecdsa.SigningKey.generate(curve=curve)
        g = {**groups, 14: ca.build_dg14(protocol, sk.get_verifying_key().to_der())}
        return g, issuer.make_sod(g, dsc), sk.privkey.secret_multiplier

    plain = (groups, sod, None)
    rows = (("BAC", plain, None), ("PACE-GM brainpoolP256r1", plain, 13),
            ("PACE-GM NIST P-256", plain, 12), ("PACE-GM brainpoolP512r1", plain, 17),
            ("BAC + CA 3DES brainpoolP256r1",
             with_ca(ca.ID_CA_ECDH + ".1", ecdsa.curves.BRAINPOOLP256r1), None),
            ("PACE P-256 + CA AES-128 P-256",
             with_ca(ca.ID_CA_ECDH + ".2", ecdsa.curves.NIST256p), 12),
            ("PACE bp256 + CA AES-256 bp384",
             with_ca(ca.ID_CA_ECDH + ".4", ecdsa.curves.BRAINPOOLP384r1), 13))
    for label, (grp, signed, ca_key), param in rows:
        def one(grp=grp, signed=signed, ca_key=ca_key, param=param) -> None:
            extra: dict = {"ca_key": ca_key}
            if param:
                extra["card_access"] = pace.build_card_access(
                    [pace.PaceInfo(pace.PACE_ECDH_GM + ".2", param)])
            chip = simulator.personalise(grp, signed, info, **extra)
            data = read_document(chip, info)
            assert data.chip_auth is (True if ca_key else None)
            assert pa.passive_authentication(data.sod, data.data_groups, trust, AT).passed
            one.apdus = len(chip.commands)  # type: ignore[attr-defined]

        med, mx = _timeit(one, 10)
        print(f"  {label:<30} median {med:7.1f} ms  max {mx:7.1f} ms  "
              f"({one.apdus} APDUs, PA included; both sides' crypto in this process)")  # type: ignore[attr-defined]


def read_certificates_der(der: bytes):  # noqa: ANN201
    from docverify.chip.masterlist import load_certificate

    return load_certificate(der)


if __name__ == "__main__":
    trust = bench_master_lists()
    bench_passive_authentication(trust)
    bench_sessions()
