"""Checks of the printed visual zone against the MRZ."""
