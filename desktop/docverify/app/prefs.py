"""The officer's settings: a frozen snapshot, read from and written to QSettings (no Qt import)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt-free at run time: the worker process imports Prefs too
    from PySide6.QtCore import QSettings

ENGINES = ("docverify", "tesseract")


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("docverify", appauthor=False))


MAX_OPERATOR_CHARS = 80  # an operator is a name; a longer one was a paste gone wrong


@dataclass(frozen=True, slots=True)
class Prefs:
    """What the officer can set; a copy travels with every job (workers never read QSettings)."""

    operator: str = ""
    engine: str = "docverify"
    data_dir: str = ""
    list_age_days: int = 30
    screen: bool = True
    image_checks: bool = True
    language: str = ""  # "" follows the system; "en" or "fr"

    @property
    def data_path(self) -> Path:
        # "~/cases" is the home folder's, and a relative path is not left to the folder the
        # app happened to start in
        return (Path(self.data_dir).expanduser().absolute() if self.data_dir
                else default_data_dir())

    @property
    def store_path(self) -> Path:
        return self.data_path / "docverify.sqlite3"

    def with_(self, **changes: object) -> Prefs:
        return replace(self, **changes)


_TRUE = ("true", "1", "yes", "on")
_FALSE = ("false", "0", "no", "off")


def _boolean(raw: object, default: bool) -> bool:
    """A yes/no setting in any of its usual spellings; ``default`` for anything else."""
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    return True if text in _TRUE else False if text in _FALSE else default


def load_prefs(qs: QSettings) -> Prefs:
    """Read the settings, falling back to defaults for anything missing or malformed."""
    base = Prefs()
    values = {}
    for f in fields(Prefs):
        default = getattr(base, f.name)
        raw = qs.value(f.name, default)
        try:
            if isinstance(default, bool):
                value = _boolean(raw, default)
            elif isinstance(default, int):
                value = int(raw)
                if value < 0:  # 0 means "never warn": a negative number is no such choice
                    value = default
            else:
                value = str(raw)
        except (TypeError, ValueError):
            value = default
        values[f.name] = value
    if values["engine"] not in ENGINES:
        values["engine"] = base.engine
    values["operator"] = values["operator"].strip()[:MAX_OPERATOR_CHARS]
    return Prefs(**values)


def save_prefs(qs: QSettings, prefs: Prefs) -> None:
    for key, value in asdict(prefs).items():
        qs.setValue(key, value)
    qs.sync()
