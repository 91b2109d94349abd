"""Rebuilds the translations: extract strings (lupdate), fill them from fr.json, compile (lrelease).

The core has no Qt, so lupdate cannot see its finding templates: templates.py collects them
from the source and they join the "findings" context here, with the field words they name.

    .venv/bin/python resources/translations/update.py

fr.json maps each English source text to its French text (a [singular, plural] pair for
"%n" messages). English .ts only carries the plural forms of "%n …(s)" messages.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCES = sorted((ROOT / "desktop" / "docverify" / "app").glob("*.py"))


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        sys.exit(f"{name} not found: install PySide6-Essentials")
    return found


def english_plural(text: str) -> list[str]:
    return [re.sub(r"\((s)\)", "", text), re.sub(r"\((s)\)", "s", text)]


def fill(ts: Path, lang: str, table: dict[str, object]) -> list[str]:
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", lang)
    missing = []
    for msg in root.iter("message"):
        source = msg.find("source").text or ""
        tr = msg.find("translation")
        numerus = msg.get("numerus") == "yes"
        value = table.get(source) if lang != "en" else (english_plural(source) if numerus
                                                         else None)
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if value is None:
            tr.set("type", "unfinished")
            if lang != "en":
                missing.append(source)
            continue
        tr.attrib.pop("type", None)
        if numerus:
            forms = value if isinstance(value, list) else [value, value]
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value if isinstance(value, str) else value[0]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def add_core_templates(ts: Path) -> None:
    """Put the core's finding templates and field words into the "findings" context."""
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(ROOT / "desktop"))
    from templates import collect

    from docverify.model import FIELD_LABELS

    found, problems = collect()
    if problems:
        sys.exit("finding messages not built from a literal template: " + ", ".join(problems))
    tree = ET.parse(ts)
    root = tree.getroot()
    ctx = next((c for c in root.iter("context") if c.findtext("name") == "findings"), None)
    if ctx is None:
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = "findings"
    have = {m.findtext("source") for m in ctx.iter("message")}
    for text in [*sorted(found), *sorted(set(FIELD_LABELS.values()))]:
        if text in have:
            continue
        have.add(text)
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = text
        ET.SubElement(msg, "translation", type="unfinished")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    french = json.loads((HERE / "fr.json").read_text(encoding="utf-8"))
    for lang in ("fr", "en"):
        ts = HERE / f"docverify_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *map(str, SOURCES), "-ts",
                        str(ts)], check=True, capture_output=True)
        add_core_templates(ts)
        missing = fill(ts, lang, french)
        for m in missing:
            print(f"{lang}: untranslated: {m!r}")
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm",
                        str(HERE / f"docverify_{lang}.qm")], check=True, capture_output=True)
        print(f"{lang}: {ts.name} and docverify_{lang}.qm written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
