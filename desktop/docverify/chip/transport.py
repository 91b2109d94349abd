"""The one interface the reader talks through: send an APDU, get the response with its status word."""

from __future__ import annotations

from typing import Protocol


class Transport(Protocol):
    def transmit(self, apdu: bytes) -> bytes:
        """Send a command APDU; return the response data followed by SW1 SW2."""
        ...


class ChipError(Exception):
    """The chip answered a command with an error status word."""

    def __init__(self, what: str, sw: int) -> None:
        super().__init__(f"{what}: status {sw:04X}")
        self.sw = sw


class NoReaderError(Exception):
    """No PC/SC reader, no card on it, or pyscard is not installed."""

    def __init__(self, message: str, card_absent: bool = False) -> None:
        super().__init__(message)
        self.card_absent = card_absent  # a reader is there but no chip answered on it


class PcscTransport:
    """A PC/SC reader through pyscard (the optional 'chip' extra), imported only when used."""

    def __init__(self, index: int = 0) -> None:
        try:
            from smartcard.Exceptions import CardConnectionException, NoCardException
            from smartcard.System import readers
        except ImportError:
            raise NoReaderError("chip reading needs pyscard: pip install 'docverify[chip]' "
                                "(on Linux also pcscd and libpcsclite; see docs/chip.md)") from None
        try:
            found = readers()
        except Exception as exc:  # noqa: BLE001 - pyscard raises its own and OS errors
            raise NoReaderError(f"no PC/SC service ({exc}); is pcscd running?") from None
        if not found:
            raise NoReaderError("no card reader found")
        if index >= len(found):
            raise NoReaderError(f"reader {index} not found ({len(found)} present)")
        self.name = str(found[index])
        self.connection = found[index].createConnection()
        try:
            self.connection.connect()
        except (NoCardException, CardConnectionException) as exc:
            raise NoReaderError(f"{self.name}: no document on the reader ({exc})",
                                card_absent=True) from None

    def transmit(self, apdu: bytes) -> bytes:
        data, sw1, sw2 = self.connection.transmit(list(apdu))
        return bytes(data) + bytes([sw1, sw2])
