"""Errors the user can act on: each carries a one-line message for the officer."""


class DocverifyError(Exception):
    """Base of errors shown to the user as a plain message, never as a traceback."""


class InputError(DocverifyError):
    """An input file that cannot be read: wrong type, truncated, too large, no pages."""


class ListsChangedError(DocverifyError):
    """A list version being screened was replaced or removed meanwhile (an import elsewhere)."""


class NoMRZError(DocverifyError):
    """The image was read but no machine-readable zone was found in it."""


def message_of(exc: BaseException) -> str:
    """An error's message as the code that raised it made it: a model.Text (which the app says
    in its own language) where there is one, else the plain text."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
