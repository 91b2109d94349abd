"""Checks of the decoded data against itself, the calendar and reference tables."""
