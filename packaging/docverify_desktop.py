"""PyInstaller entry point: starts the desktop app (and, frozen, its worker process)."""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from docverify.app.main import main

    sys.exit(main())
