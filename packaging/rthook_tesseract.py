"""PyInstaller runtime hook: use the tesseract and trained data bundled with the app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
_exe = _bundle / "tesseract" / ("tesseract.exe" if os.name == "nt" else "tesseract")
if _exe.exists():
    os.environ["TESSDATA_PREFIX"] = str(_bundle / "tessdata")
    os.environ["PATH"] = str(_exe.parent) + os.pathsep + os.environ.get("PATH", "")
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = str(_exe)
