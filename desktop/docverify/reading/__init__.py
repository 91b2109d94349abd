"""From an image to MRZ text: loading, locating the MRZ, recognising its lines, correcting."""
