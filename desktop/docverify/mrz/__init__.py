"""ICAO Doc 9303 machine-readable zones: check digits, formats, codes and the parser."""
