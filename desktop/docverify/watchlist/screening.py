"""The public screening API: open a store, import a list, screen a person or company."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from docverify.config import SCREENING
from docverify.errors import InputError, ListsChangedError
from docverify.model import make_text
from docverify.watchlist.countries import to_iso3
from docverify.watchlist.entry import KIND_PERSON, Entry, ImportSummary
from docverify.watchlist.gates import (
    BIRTH_CONFLICT,
    BIRTH_CONSISTENT,
    BIRTH_EXACT,
    BIRTH_UNKNOWN,
    BIRTH_YEAR,
    compare_birth,
    compare_nationality,
)
from docverify.watchlist.importers.base import ImportCancelled
from docverify.watchlist.importers.detect import detect, reader
from docverify.watchlist.index import JOIN_MAX_LEN
from docverify.watchlist.match import NameScore, score_name
from docverify.watchlist.names import joined_pairs, query_parts, surname_parts
from docverify.watchlist.store import Loaded, Store

BAND_ALERT, BAND_REVIEW, BAND_NAMESAKE = "alert", "review", "namesake"
WEAK_ALIAS = make_text("weak alias: the list marks this name low quality")
WEAK_HELD = make_text("a weak alias alone, no exact birth date or document number confirming it:"
                      " at most a review")
__all__ = ["Hit", "ImportSummary", "ScreeningQuery", "Store", "import_list", "open_store", "screen",
           "warm"]


@dataclass(frozen=True, slots=True)
class ScreeningQuery:
    """Who to screen: a name, and what else is known."""

    name: str
    birth_date: str | None = None  # YYYY-MM-DD or YYYY
    nationality: str | None = None  # ISO 3166 alpha-3
    document_number: str | None = None

    def to_json(self) -> dict:
        return {"name": self.name, "birth_date": self.birth_date,
                "nationality": self.nationality, "document_number": self.document_number}


@dataclass(frozen=True, slots=True)
class Hit:
    """A listed entry that may be the person screened, with the reasons why."""

    list: str
    list_version: str
    entry_id: str
    name: str
    score: float
    band: str  # alert | review | namesake
    reasons: tuple[str, ...]

    def to_json(self) -> dict:
        return {"list": self.list, "list_version": self.list_version, "entry_id": self.entry_id,
                "name": self.name, "score": round(self.score, 4), "band": self.band,
                "reasons": list(self.reasons)}


def default_store_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("docverify", appauthor=False)) / "docverify.sqlite3"


def open_store(path: str | Path | None = None, *, upgrade: bool = True,
               progress: Callable[[int, int], None] | None = None,
               cancel: Callable[[], bool] | None = None) -> Store:
    """The watchlist store, brought up to this version's format first when an older docverify
    wrote it (seconds for the official lists; ``progress(done, total)`` counts its entries, and
    a cancelled upgrade leaves each list not yet rebuilt as it was). ``upgrade=False`` opens it
    as it is, for short reads that must not wait (the UI thread's list view: an older store
    lists fine)."""
    store = Store(Path(path) if path is not None else default_store_path())
    if upgrade and store.outdated:
        store.rebuild(cancel, progress,
                      lambda fmt, source, file_hash: _reread(fmt, source, file_hash, cancel))
    return store


def _hashed_files(path: Path, fmt: str) -> list[Path]:
    """The files an import of `path` hashes: the OFAC CSV's alt.csv too."""
    if fmt != "ofac-csv":
        return [path]
    from docverify.watchlist.importers.ofac_csv import _sibling

    return [path, *(p for p in (_sibling(path, "alt"),) if p is not None)]


def _reread(fmt: str, source: str, file_hash: str,
            cancel: Callable[[], bool] | None) -> tuple[Entry, ...] | None:
    """The entries of the list file a version was imported from, read again by this version's
    importer, when the file is still there and unchanged; else None."""
    path = Path(source)
    try:
        if not path.is_file() or _file_hash(_hashed_files(path, fmt)) != file_hash:
            return None
        return reader(fmt)(path, None, cancel).entries or None
    except ImportCancelled:
        raise
    except (InputError, OSError, ValueError):
        return None


def _file_hash(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        with open(p, "rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
    return h.hexdigest()


def import_list(store: Store, path: str | Path, fmt: str | None = None,
                progress: Callable[[int, int], None] | None = None,
                cancel: Callable[[], bool] | None = None) -> ImportSummary:
    """Import a list file as a new version of its list; the same file twice changes nothing.

    Atomic: on any error, cancel or kill the previous version stays active and intact.
    """
    path = Path(path)
    fmt = fmt or detect(path)
    read = reader(fmt)
    parsed = read(path, progress, cancel)
    file_hash = _file_hash(_hashed_files(path, fmt))
    if store.active_hash(parsed.list_id) == file_hash:
        info = next(i for i in store.lists() if i.list_id == parsed.list_id)
        return ImportSummary(parsed.list_id, info.version, info.list_date, info.entries,
                             info.names, True)
    if not parsed.entries:
        raise InputError(f"{path.name}: no entries found; is it the right format?")
    return store.write_version(parsed, file_hash, str(path), cancel)


def valid_query(query: ScreeningQuery) -> ScreeningQuery:
    """The query trimmed, its nationality as ISO alpha-3; InputError saying what is wrong."""
    bd = (query.birth_date or "").strip() or None
    if bd is not None:
        ok = (len(bd) == 4 and bd.isdigit()) or (
            len(bd) == 10 and bd[4] == bd[7] == "-" and bd.replace("-", "").isdigit())
        if not ok:
            raise InputError(make_text("birth date '{value}': use YYYY-MM-DD or YYYY",
                                       {"value": bd}))
        if len(bd) == 10:
            try:
                dt.date.fromisoformat(bd)
            except ValueError:
                raise InputError(make_text("birth date '{value}' is not a calendar date",
                                           {"value": bd})) from None
    nat = (query.nationality or "").strip() or None
    if nat is not None:
        iso = to_iso3(nat)
        if iso is None:
            raise InputError(make_text(
                "nationality '{value}': use an ISO 3166 alpha-3 code such as PRK", {"value": nat}))
        nat = iso
    doc = (query.document_number or "").strip() or None
    if not query.name.strip() and not doc:
        raise InputError(make_text("give a name or a document number to screen"))
    return ScreeningQuery(query.name.strip(), bd, nat, doc)


def _entry_hit(loaded: Loaded, entry: Entry, name: str, ns: NameScore,
               reasons: list[str], query: ScreeningQuery, weak: bool = False) -> Hit | None:
    t = SCREENING
    person = entry.kind == KIND_PERSON
    if person:
        birth, why = compare_birth(query.birth_date, entry.birth_dates)
        name_score = ns.score
        need = {BIRTH_EXACT: t.subset_weight_exact_date, BIRTH_YEAR: t.subset_weight_year}
        subset = ns.subset_score(need.get(birth, 0.0)) if birth in need else 0.0
        if subset > name_score and (ns.unmatched_query or ns.unmatched_listed):
            name_score = subset
            reasons = [*reasons, make_text("the birth date agrees: the name parts in common"
                                           " count without the others")]
        if ns.chain_score > name_score and birth in (BIRTH_EXACT, BIRTH_YEAR, BIRTH_CONSISTENT):
            name_score = ns.chain_score
            reasons = [*reasons, make_text(
                "the birth date agrees and the name is the head of the listed one (given,"
                " father's, grandfather's names): the rest cost little")]
    else:
        birth, why = BIRTH_UNKNOWN, ""
        name_score = ns.score_all_parts
        reasons = [_company_wording(r) for r in reasons]
    nat, nat_why = compare_nationality(query.nationality, entry.nationalities)
    if query.birth_date and why:
        reasons = [*reasons, why]
    if nat_why:
        reasons = [*reasons, nat_why]
    if weak:
        reasons = [*reasons, WEAK_ALIAS]
    if birth == BIRTH_CONFLICT:
        if name_score < t.review_score:
            return None
        return Hit(loaded.list_id, loaded.version, entry.entry_id, name, name_score * 0.75,
                   BAND_NAMESAKE, tuple(reasons))
    score = name_score
    if birth == BIRTH_EXACT:
        score += t.birth_exact_bonus
    elif birth != BIRTH_UNKNOWN:
        score += t.birth_year_bonus
    score += t.nationality_bonus if nat > 0 else (-t.nationality_penalty if nat < 0 else 0.0)
    score = max(0.0, min(1.0, score))
    # a company has no birth date: its short name gates only when matched in part or loosely
    # (Li Wei ~ WEI TA LEE COMPANY, Zhang Yong ~ JANG GYONG), not whole and exactly (KOMID)
    complete = not ns.unmatched_listed and all(m.similarity >= 1.0 for m in ns.matches)
    gated = ns.short_parts_only and (person or not complete)
    if gated and birth in (BIRTH_UNKNOWN, BIRTH_CONFLICT) and score >= t.alert_score:
        score *= t.alert_score - 0.01  # below alert, still a review, order kept
        reasons = [*reasons, make_text("only one or two short name parts match and no birth date"
                                       " agrees: at most a review")]
    if weak and birth != BIRTH_EXACT and score >= t.alert_score:
        # OFAC FAQ 122-124: a weak alias helps confirm a hit, it is not screened on alone
        score = min(score, t.weak_alias_max_score)
        reasons = [*reasons, WEAK_HELD]
    if score >= t.alert_score:
        band = BAND_ALERT
    elif score >= t.review_score:
        band = BAND_REVIEW
    else:
        return None
    return Hit(loaded.list_id, loaded.version, entry.entry_id, name, score, band, tuple(reasons))


def _screen_version(store: Store, loaded: Loaded, query: ScreeningQuery,
                    parts: tuple[str, ...]) -> list[Hit]:
    index = loaded.index
    looked = index.lookup(parts)
    q_weights = [index.weight_of(ids, sims) for ids, sims in looked]
    pairs = joined_pairs(parts, JOIN_MAX_LEN)
    joined = [t for _, t in pairs]
    # a joined query unit only ever pairs with a single listed part, from joined_min_similarity
    looked_joined = index.lookup(joined, SCREENING.joined_min_similarity) if joined else []
    cand = index.candidates(looked, SCREENING.prefilter_names,
                            list(zip((i for i, _ in pairs), looked_joined, strict=True)))
    wanted = cand.tolist()
    if query.birth_date and len(query.birth_date) == 10:
        # the entries born that very day: the parts in common may suffice (see _entry_hit),
        # though they are too few to rank among the prefilter's best
        born = store.names_born_on(loaded.version_id, query.birth_date)
        wanted = list(dict.fromkeys(wanted + born[:SCREENING.prefilter_names]))
    if not wanted:
        return []
    rows = store.names(loaded.version_id, wanted)
    if len(rows) < len(set(wanted)):  # the index names rows this version no longer has
        raise _changed()
    query_surnames = surname_parts(query.name)
    listed_weight = index.part_weight
    # per entry, its best name by score and (a birth date given) by the parts in common alone,
    # among its strong names and among those the list marks weak
    need = SCREENING.subset_weight_exact_date if query.birth_date else 0.0
    best: dict[int, dict[tuple[str, int], tuple[float, str, NameScore, int]]] = {}
    for _idx, entry_idx, text, listed_parts, weak in rows:
        ns = score_name(parts, listed_parts.split(" "), q_weights.__getitem__, listed_weight,
                        text, query_surnames)
        subset = ns.subset_score(need)
        if max(ns.score, subset, ns.chain_score) < SCREENING.review_score:
            continue
        mine = best.setdefault(entry_idx, {})
        for kind, value in (("score", ns.score), ("subset", subset), ("chain", ns.chain_score)):
            if value > mine.get((kind, weak), (-1.0,))[0]:
                mine[(kind, weak)] = (value, text, ns, weak)
    entries = _entries(store, loaded.version_id, best)
    hits = []
    for entry_idx, mine in best.items():
        found = [_entry_hit(loaded, entries[entry_idx], text, ns, _reasons(text, ns), query,
                            bool(weak))
                 for _, text, ns, weak in {id(v[2]): v for v in mine.values()}.values()]
        found = [h for h in found if h]
        if found:
            hits.append(max(found, key=lambda h: h.score))
    return hits


# The reason naming the listed name and how each query part matched one of its parts; its
# params keep the parts as (query part, listed part, how, similarity) for the app to lay out.
NAME_REASON = "name {name!r}: {matches}"
_LISTED_CHEAP = "listed parts not in the query (cost little): {parts}"


def _reasons(text: str, ns: NameScore) -> list[str]:
    reasons = [make_text("name {name!r}: {matches}", {
        "name": text, "matches": "; ".join(m.describe() for m in ns.matches),
        "parts": tuple((m.query, m.listed, m.how, m.similarity) for m in ns.matches)})]
    if ns.unmatched_listed:
        reasons.append(make_text("listed parts not in the query (cost little): {parts}",
                                 {"parts": ", ".join(ns.unmatched_listed)}))
    if ns.unmatched_query:
        reasons.append(make_text("query parts not in this name: {parts}",
                                 {"parts": ", ".join(ns.unmatched_query)}))
    if ns.common_only:
        reasons.append(make_text("only a common name part matches: at most a review"))
    return reasons


def _company_wording(reason: str) -> str:
    """A company's name has no patronymic: its listed words not in the query are said to count
    in full (see score_name), not to cost little."""
    if getattr(reason, "template", None) != _LISTED_CHEAP:
        return reason
    return make_text("listed parts not in the query (a company's words count in full): {parts}",
                     dict(reason.params))  # type: ignore[attr-defined]


def warm(store: Store, names: list[str], most: int = 15000) -> None:
    """Look up the parts of these names (at most `most` distinct ones) in every loaded index,
    as screening them would: a batch's forked workers then inherit the lookups instead of each
    repeating them."""
    parts: dict[str, None] = {}
    joined: dict[str, None] = {}
    for name in names:
        p = query_parts(name)
        parts.update(dict.fromkeys(p))
        joined.update(dict.fromkeys(t for _, t in joined_pairs(p, JOIN_MAX_LEN)))
        if len(parts) + len(joined) >= most:
            break
    for loaded in store.loaded():
        loaded.index.lookup(list(parts))
        loaded.index.lookup(list(joined), SCREENING.joined_min_similarity)


def screen(store: Store, query: ScreeningQuery, *, limit: int = 20) -> tuple[Hit, ...]:
    """The listed entries that may be this person or company, best first.

    A list version replaced or removed while this store held its index (an import in another
    process drops the old version's rows) is noticed and the lists read again, once.
    """
    query = valid_query(query)
    try:
        return _screen(store, query, limit)
    except ListsChangedError:
        store.forget_indexes()
        return _screen(store, query, limit)


def _entries(store: Store, version_id: int, idxs: object) -> dict[int, Entry]:
    """The entries of a version, all of them or ListsChangedError (the version is gone)."""
    wanted = set(idxs)  # type: ignore[call-overload]
    found = store.entries(version_id, wanted)
    if len(found) < len(wanted):
        raise _changed()
    return found


def _changed() -> ListsChangedError:
    return ListsChangedError(make_text(
        "the watchlists changed during the screening (an import or a removal); screen again"))


def _screen(store: Store, query: ScreeningQuery, limit: int) -> tuple[Hit, ...]:
    parts = query_parts(query.name)
    hits: dict[tuple[str, str], Hit] = {}
    for loaded in store.loaded():
        for hit in _screen_version(store, loaded, query, parts) if parts else []:
            hits[(hit.list, hit.entry_id)] = hit
    if query.document_number:
        by_version = {lo.version_id: lo for lo in store.loaded()}
        for vid, entry_idx, raw in store.documents(query.document_number):
            loaded = by_version.get(vid)
            if loaded is None:
                continue
            entry = _entries(store, vid, [entry_idx])[entry_idx]
            prev = hits.get((loaded.list_id, entry.entry_id))
            reasons = (make_text("document number {number} matches the listed {listed} exactly:"
                                 " alert whatever the name",
                                 {"number": query.document_number, "listed": raw.strip()}),)
            if prev:
                reasons = reasons + tuple(r for r in prev.reasons if r != WEAK_HELD)
            hits[(loaded.list_id, entry.entry_id)] = Hit(
                loaded.list_id, loaded.version, entry.entry_id,
                prev.name if prev else entry.names[0], 1.0, BAND_ALERT, reasons)
    return tuple(sorted(hits.values(), key=lambda h: (-h.score, h.list, h.entry_id))[:limit])
