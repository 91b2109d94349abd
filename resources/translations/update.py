"""Rebuilds the translations: extract strings (lupdate), fill them from fr.json, compile (lrelease).

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


def main() -> int:
    french = json.loads((HERE / "fr.json").read_text(encoding="utf-8"))
    for lang in ("fr", "en"):
        ts = HERE / f"docverify_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *map(str, SOURCES), "-ts",
                        str(ts)], check=True, capture_output=True)
        missing = fill(ts, lang, french)
        for m in missing:
            print(f"{lang}: untranslated: {m!r}")
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm",
                        str(HERE / f"docverify_{lang}.qm")], check=True, capture_output=True)
        print(f"{lang}: {ts.name} and docverify_{lang}.qm written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
