"""MRZ typography: every character measured against the fixed-pitch OCR-B line it sits in."""
