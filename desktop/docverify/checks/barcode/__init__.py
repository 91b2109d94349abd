"""Barcodes on the document: AAMVA PDF417 and ICAO Visible Digital Seals, against MRZ and print."""
