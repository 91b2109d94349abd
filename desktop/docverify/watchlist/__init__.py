"""Sanctions and watchlist screening: import official lists, store them, match names (no Qt)."""
