"""PyInstaller entry point: starts the desktop app."""

from __future__ import annotations

import sys

from docverify.app.main import main

if __name__ == "__main__":
    sys.exit(main())
