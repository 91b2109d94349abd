"""One reader per watchlist file format, each yielding docverify.watchlist.entry.Entry records."""
