"""Builds resources/data/name_trigrams.tsv (letter trigram counts of real personal names) and
resources/data/name_words.txt.gz (the words themselves).

The reader uses them to choose between two letters the recognizer hesitates over in a name,
which has no check digit (CHRTSTOPHE or CHRISTOPHE), and a known name word over a mere
name-like spelling (ALBERTINE over ALDERTINE). Sources, both public domain:
- the 1990 US Census name files (88,799 surnames, 5,494 given names) as packaged in the PyPI
  distribution `names` 0.3.0 (its data files are public domain, its code MIT; only the data
  is read): European, Hispanic and Asian-American names;
- the names of the individuals on OFAC's SDN list of July 2021 (../shared/fixtures/watchlists,
  a work of the US government), when that folder is there: Arabic, Korean, Russian, Chinese
  and Latin American transliterations.
Each distinct word counts once (a spelling, not a population), folded to MRZ letters A-Z;
"<" marks the start and end of a word. Nothing from docverify.synth (the synthetic documents'
names) is used, so the development sets stay unseen. Usage: `make name-prior`, or
    .venv/bin/pip download names==0.3.0 --no-deps --no-binary :all: -d build/names-sdist
    .venv/bin/python training/build_name_prior.py --census build/names-sdist/names-0.3.0.tar.gz
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
import sys
import tarfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data import ROOT  # noqa: E402

from docverify.watchlist.names import fold as fold_name  # noqa: E402

OUT = ROOT / "resources" / "data" / "name_trigrams.tsv"
WORDS_OUT = ROOT / "resources" / "data" / "name_words.txt.gz"
OFAC = ROOT.parent / "shared" / "fixtures" / "watchlists" / "ofac_sdn_2021-07"
CENSUS_FILES = ("dist.all.last", "dist.female.first", "dist.male.first")
_AKA = re.compile(r"a\.k\.a\. '([^']+)'")


def census_words(sdist: Path) -> set[str]:
    words: set[str] = set()
    with tarfile.open(sdist) as tar:
        for member in tar.getmembers():
            if member.name.rsplit("/", 1)[-1] in CENSUS_FILES:
                for line in tar.extractfile(member).read().decode("ascii").splitlines():
                    if line.strip():
                        words.add(line.split()[0])
    return words


def ofac_words(folder: Path) -> set[str]:
    if not (folder / "sdn.csv").is_file():
        return set()
    people: set[str] = set()
    names: list[str] = []
    with open(folder / "sdn.csv", encoding="latin-1", newline="") as f:
        for row in csv.reader(f):
            if len(row) > 11 and row[2].strip().lower() == "individual":
                people.add(row[0])
                names.append(row[1])
                names.extend(_AKA.findall(row[11]))
    alt = folder / "alt.csv"
    if alt.is_file():
        with open(alt, encoding="latin-1", newline="") as f:
            names.extend(row[3] for row in csv.reader(f) if len(row) > 3 and row[0] in people)
    return {w for n in names for w in re.split(r"[^A-Za-z]+", n) if w}


def fold(word: str) -> str:
    return "".join(c for c in fold_name(word).upper() if "A" <= c <= "Z")


def trigram_counts(words: set[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for w in words:
        padded = "<<" + w + "<"
        for i in range(len(padded) - 2):
            counts[padded[i : i + 3]] += 1
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--census", type=Path, required=True, help="names-0.3.0.tar.gz")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--words-out", type=Path, default=WORDS_OUT)
    args = ap.parse_args()
    census = {fold(w) for w in census_words(args.census)}
    ofac = {fold(w) for w in ofac_words(OFAC)}
    words = {w for w in census | ofac if len(w) >= 2}
    counts = trigram_counts(words)
    with open(args.out, "w", encoding="ascii", newline="\n") as f:
        f.write("# Letter trigram counts of personal names (training/build_name_prior.py):\n")
        f.write(f"# {len(census)} words of the 1990 US Census name files (public domain, via "
                f"PyPI names 0.3.0) and {len(ofac - census)} more of the OFAC SDN individuals "
                "of July 2021 (US government work).\n")
        f.write(f"# {len(words)} distinct words; '<' marks a word's start and end.\n")
        for gram, n in sorted(counts.items()):
            f.write(f"{gram}\t{n}\n")
    # mtime 0: the same lists give the same bytes.
    with open(args.words_out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(("# Name words of the same lists (training/build_name_prior.py), one a line.\n"
                  + "".join(f"{w}\n" for w in sorted(words))).encode("ascii"))
    print(f"{len(words)} words ({len(census)} census, {len(ofac - census)} more from OFAC), "
          f"{len(counts)} trigrams -> {args.out}, {args.words_out}")


if __name__ == "__main__":
    main()
