"""Fuzz the MRZ parser, the image loader and the watchlist importers with atheris.

Runs a fixed number of inputs per target and prints the counts; any exception other than the
clear refusal (InputError) is a crash and stops the run with the input saved.

    .venv/bin/python tests/benchmarks/fuzz_inputs.py [--runs N] [--target parser|loader|importers]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from docverify.errors import InputError
    from docverify.mrz.parser import parse
    from docverify.reading.loader import load_pages
    from docverify.watchlist.importers.detect import FORMATS, detect, reader

TMP = Path(tempfile.mkdtemp(prefix="docverify-fuzz-"))
COUNTS: dict[str, int] = {}
# Unexpected exceptions seen with --keep-going: (type, where) -> (count, first input saved).
UNEXPECTED: dict[tuple[str, str], list] = {}
RUNS = [0]
KEEP_GOING = [False]


def _counted(name, fn):
    """Count each input; with --keep-going, tally crashes instead of stopping at the first."""

    def target(data: bytes) -> None:
        COUNTS[name] = COUNTS.get(name, 0) + 1
        try:
            fn(data)
        except Exception as exc:
            if not KEEP_GOING[0]:
                raise
            import traceback

            frames = traceback.extract_tb(exc.__traceback__)
            ours = [f for f in frames if "/docverify/" in f.filename] or frames
            key = (type(exc).__name__, f"{ours[-1].filename}:{ours[-1].lineno}")
            if key not in UNEXPECTED:
                saved = TMP / f"unexpected-{len(UNEXPECTED)}"
                saved.write_bytes(data)
                UNEXPECTED[key] = [0, str(saved)]
            UNEXPECTED[key][0] += 1
        if COUNTS[name] == RUNS[0]:
            _report(name)

    return target


def _report(name: str) -> None:
    print(f"fuzz {name}: {COUNTS.get(name, 0)} inputs run, {sum(v[0] for v in UNEXPECTED.values())}"
          f" unexpected exceptions", flush=True)
    for (what, where), (n, saved) in UNEXPECTED.items():
        print(f"  {n} x {what} at {where} (first input: {saved})", flush=True)
SEEDS = Path(__file__).parents[1] / "fixtures"


def fuzz_parser(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    lines = [fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 60))
             for _ in range(fdp.ConsumeIntInRange(0, 4))]
    result = parse(lines)
    if result.document is None and not result.findings:
        raise AssertionError(f"no document and no finding for {lines!r}")


def fuzz_loader(data: bytes) -> None:
    path = TMP / "input.bin"
    path.write_bytes(data)
    try:
        load_pages(path)
    except InputError:
        pass


_FORMATS = sorted(FORMATS)


def fuzz_importers(data: bytes) -> None:
    if not data:
        return
    fmt = _FORMATS[data[0] % len(_FORMATS)]
    path = TMP / "list.dat"
    path.write_bytes(data[1:])
    try:
        detect(path)
    except InputError:
        pass
    try:
        reader(fmt)(path, None, None)
    except InputError:
        pass


TARGETS = {"parser": fuzz_parser, "loader": fuzz_loader, "importers": fuzz_importers}


def _corpus(target: str) -> Path:
    out = TMP / f"corpus-{target}"
    out.mkdir(exist_ok=True)
    if target == "loader":
        import numpy as np
        from PIL import Image

        for fmt in ("PNG", "JPEG", "TIFF", "BMP"):
            Image.fromarray(np.full((20, 24, 3), 90, np.uint8)).save(out / f"seed.{fmt}", fmt)
    elif target == "importers":
        for p in sorted((SEEDS / "watchlists").glob("*fixture*"))[:2]:
            (out / p.name).write_bytes(b"\x01" + p.read_bytes()[:4000])
        un = SEEDS / "watchlists" / "un_consolidated_dprk.xml"
        if un.exists():
            (out / "un.xml").write_bytes(bytes([_FORMATS.index("un")]) + un.read_bytes()[:4000])
    else:
        (out / "td3").write_bytes(b"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<")
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3000)
    ap.add_argument("--target", choices=sorted(TARGETS), default="parser")
    ap.add_argument("--keep-going", action="store_true",
                    help="tally unexpected exceptions instead of stopping at the first")
    args, rest = ap.parse_known_args()
    RUNS[0], KEEP_GOING[0] = args.runs, args.keep_going
    corpus = _corpus(args.target)
    argv = [sys.argv[0], f"-runs={args.runs}", "-max_len=8192", "-rss_limit_mb=2048",
            "-timeout=20", f"-artifact_prefix={TMP}/", *rest, str(corpus)]
    # libFuzzer ends the process itself after the last run: the target reports at run N.
    atheris.Setup(argv, _counted(args.target, TARGETS[args.target]))
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
