"""Allows `python -m docverify`."""

from docverify.cli.main import main

raise SystemExit(main())
