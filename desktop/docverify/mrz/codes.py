"""Country and organisation codes valid in an MRZ: ISO 3166-1 alpha-3 plus the ICAO-only codes."""

from __future__ import annotations

import json
from functools import cache

from docverify.resources import resource_path


@cache
def _tables() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    iso = json.loads(resource_path("data", "iso3166_alpha3.json").read_text(encoding="utf-8"))
    icao = json.loads(resource_path("data", "icao_special_codes.json").read_text(encoding="utf-8"))
    names: dict[str, str] = dict(iso["current"])
    historic = frozenset(iso["historic"]) | frozenset(icao.get("historic_still_seen", ()))
    for code, name in iso["historic"].items():
        names.setdefault(code, name)
    names.update(icao["non_iso_codes"])
    names.update(icao.get("specimen_only", {}))
    specimen = frozenset(icao.get("specimen_only", {}))
    return names, historic, specimen


def normalise_code(field: str) -> str:
    """The code as written without fillers: 'D<<' -> 'D', 'UTO' -> 'UTO'."""
    return field.replace("<", "")


def is_known_code(code: str) -> bool:
    """True for an ISO alpha-3 code (current or historic) or an ICAO-only code such as D or XXA."""
    return normalise_code(code) in _tables()[0]


def is_specimen_code(code: str) -> bool:
    """True for the fictional states used only on specimens (Utopia)."""
    return normalise_code(code) in _tables()[2]


def is_historic_code(code: str) -> bool:
    """True for codes of states that no longer exist but still appear on old documents."""
    return normalise_code(code) in _tables()[1]


def country_name(code: str) -> str | None:
    """The English name of a state or organisation code, or None when unknown."""
    return _tables()[0].get(normalise_code(code))


def all_codes() -> frozenset[str]:
    """Every code the reader accepts in an issuing-state or nationality field."""
    return frozenset(_tables()[0])


# ICAO-only codes that name a nationality of an ISO state.
_ISO_EQUIVALENT = {"D": "DEU", "GBD": "GBR", "GBN": "GBR", "GBO": "GBR", "GBP": "GBR", "GBS": "GBR"}


def iso_nationality(code: str) -> str | None:
    """The ISO 3166 alpha-3 state a nationality code stands for, or None (UTO, XXA, UNO, ...)."""
    code = normalise_code(code)
    code = _ISO_EQUIVALENT.get(code, code)
    return code if code in _iso_codes() else None


@cache
def _iso_codes() -> frozenset[str]:
    iso = json.loads(resource_path("data", "iso3166_alpha3.json").read_text(encoding="utf-8"))
    return frozenset(iso["current"]) | frozenset(iso["historic"])
