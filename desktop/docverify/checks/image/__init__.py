"""Image forensics hints: recapture, photocopy, editing traces. Hints only, never an alert."""
