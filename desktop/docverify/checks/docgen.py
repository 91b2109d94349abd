"""Renders the catalogue of checks and the verdict policy as Markdown (docs/checks.md).

Regenerate with ``python -m docverify.checks.docgen > docs/checks.md``; a test fails when the
file and the catalogue disagree.
"""

from __future__ import annotations

import sys

from docverify.checks import catalogue, policy
from docverify.checks.registry import HINT_KINDS, KINDS

_KIND_TITLES = {
    "mrz": "MRZ structure (emitted by the MRZ parser)",
    "data": "Data consistency",
    "viz": "Visual zone against the MRZ",
    "photo": "Photo zone",
    "typography": "MRZ typography",
    "barcode": "Barcodes",
    "image": "Image forensics (hints)",
    "internal": "Engine",
}


def render() -> str:
    """The whole of docs/checks.md."""
    items = catalogue()
    doc = (policy.__doc__ or "").split("\n", 1)[1].strip()
    out = [
        "# Checks",
        "",
        "Every finding docverify can raise, generated from the catalogue "
        "(`docverify checks`, `docverify checks --json`). Do not edit by hand: run "
        "`python -m docverify.checks.docgen > docs/checks.md`.",
        "",
        "Severities: **critical** findings ask for an alert, **warning** findings for a "
        "review, **info** findings only inform.",
        "",
        "## Verdict policy",
        "",
        doc.replace(" (see docs/checks.md)", ""),
        "",
        f"Hint kinds (never an alert on their own): {', '.join(sorted(HINT_KINDS))}.",
        "",
        f"{len(items)} codes.",
    ]
    for kind in KINDS:
        rows = [i for i in items if i.kind == kind]
        if not rows:
            continue
        out += ["", f"## {_KIND_TITLES.get(kind, kind)}", "",
                "| code | severity | needs | what it catches |", "|---|---|---|---|"]
        for i in rows:
            out.append(f"| `{i.code}` | {i.severity} | {i.needs} | "
                       f"{i.description.replace('|', '/')} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
