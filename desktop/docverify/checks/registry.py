"""The rule registry: each check is a small function registered with the codes it can emit."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from docverify.model import Severity

# Kinds of check, in the order `docverify checks` lists them.
KINDS = ("mrz", "data", "viz", "photo", "typography", "barcode", "image", "internal")
# Kinds whose findings are hints: they can ask for a review, never raise an alert on their own.
HINT_KINDS = frozenset({"image"})


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """One finding code as the catalogue lists it.

    ``severity`` is the worst the code is raised with; ``source`` is the module that emits it;
    ``needs`` says what the check needs to run ("mrz", "image", "image+tesseract", ...).
    """

    code: str
    severity: Severity
    description: str
    kind: str
    source: str
    needs: str = "mrz"

    def to_json(self) -> dict[str, str]:
        return {
            "code": self.code,
            "severity": str(self.severity),
            "description": self.description,
            "kind": self.kind,
            "source": self.source,
            "needs": self.needs,
        }


RuleFn = Callable[..., Iterable[object]]


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered check: its function, the codes it may emit and what it needs to run."""

    name: str
    fn: RuleFn
    infos: tuple[RuleInfo, ...]
    needs_document: bool
    needs_image: bool
    prepare: Callable[..., None] | None = None

    @property
    def kind(self) -> str:
        return self.infos[0].kind if self.infos else "internal"


_RULES: dict[str, Rule] = {}
_DECLARED: dict[str, RuleInfo] = {}


def kind_of(code: str) -> str:
    """The kind of a finding code, from its first part ("image.recapture" -> "image")."""
    head = code.split(".", 1)[0]
    if head in KINDS:
        return head
    return "data"


def _kind_from_module(module: str) -> str:
    parts = module.split(".")
    if "checks" in parts:
        rest = parts[parts.index("checks") + 1 :]
        if rest and rest[0] in KINDS:
            return rest[0]
    return "data"


def rule(
    codes: dict[str, tuple[Severity, str]],
    *,
    needs_document: bool = True,
    needs_image: bool = False,
    needs: str | None = None,
    prepare: Callable[..., None] | None = None,
) -> Callable[[RuleFn], RuleFn]:
    """Register a check function ``fn(run) -> Iterable[Finding]`` with the codes it emits.

    Args:
        codes: code -> (worst severity, what it catches, in words for the catalogue).
        needs_document: skip the rule when no MRZ was decoded.
        needs_image: skip the rule when there is no image or image checks are off.
        needs: what the catalogue says the rule needs; derived from the flags when omitted.
        prepare: ``prepare(run)``, called before any rule runs, to start slow work (an OCR
            process) in the background while the other rules run.
    """

    def register(fn: RuleFn) -> RuleFn:
        name = f"{fn.__module__}.{fn.__name__}"
        kind = _kind_from_module(fn.__module__)
        label = needs or ("image" if needs_image else "mrz" if needs_document else "-")
        infos = tuple(
            RuleInfo(code, sev, text, kind, fn.__module__, label)
            for code, (sev, text) in codes.items()
        )
        _RULES[name] = Rule(name, fn, infos, needs_document, needs_image, prepare)
        return fn

    return register


def declare(source: str, codes: dict[str, tuple[Severity, str]], needs: str = "mrz") -> None:
    """List codes that are emitted outside the rule engine (the MRZ parser, the engine itself)."""
    for code, (sev, text) in codes.items():
        _DECLARED[code] = RuleInfo(code, sev, text, kind_of(code), source, needs)


def rules() -> tuple[Rule, ...]:
    """Every registered rule, in registration order."""
    return tuple(_RULES.values())


def infos() -> list[RuleInfo]:
    """Every code known: declared ones and those of registered rules, sorted by kind and code."""
    out: dict[str, RuleInfo] = dict(_DECLARED)
    for r in _RULES.values():
        for info in r.infos:
            out.setdefault(info.code, info)
    order = {k: i for i, k in enumerate(KINDS)}
    return sorted(out.values(), key=lambda i: (order.get(i.kind, 99), i.code))
