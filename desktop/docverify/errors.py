"""Errors the user can act on: each carries a one-line message for the officer."""


class DocverifyError(Exception):
    """Base of errors shown to the user as a plain message, never as a traceback."""


class InputError(DocverifyError):
    """An input file that cannot be read: wrong type, truncated, too large, no pages."""


class NoMRZError(DocverifyError):
    """The image was read but no machine-readable zone was found in it."""
