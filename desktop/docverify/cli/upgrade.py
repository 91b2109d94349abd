"""What the command line says while it brings a watchlist store an older docverify wrote up to date."""

from __future__ import annotations

import sys
from collections.abc import Callable


def upgrade_progress() -> Callable[[int, int], None]:
    """A progress callback for ``open_store`` that tells, on standard error, why the command
    waits (a store of a million names takes about 40 s) and when it is done."""

    def report(done: int, total: int) -> None:
        if total == 0:
            return  # an empty store is brought up to date at once: nothing worth a word
        if done == 0:
            print(f"docverify: updating the watchlist store an older docverify wrote "
                  f"({total} entries; once only)...", file=sys.stderr, flush=True)
        elif done >= total:
            print("docverify: watchlist store updated", file=sys.stderr, flush=True)

    return report
