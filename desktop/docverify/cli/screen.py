"""`docverify screen`: screen a name (or a CSV batch of names) against the loaded lists."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from docverify.cli.upgrade import upgrade_progress
from docverify.errors import InputError

BATCH_COLUMNS = ("name", "birth_date", "nationality", "document_number")


def _render(query, hits, as_json: bool) -> str:  # noqa: ANN001
    if as_json:
        return json.dumps({"query": query.to_json(), "hits": [h.to_json() for h in hits]},
                          ensure_ascii=False)
    if not hits:
        return f"{query.name}: no hits"
    lines = []
    for h in hits:
        lines.append(f"{h.band.upper():<8} {h.score:.2f}  {h.list}:{h.entry_id}  {h.name}")
        lines += [f"           - {r}" for r in h.reasons]
    return "\n".join(lines)


def _print_hits(query, hits, as_json: bool) -> None:  # noqa: ANN001
    print(_render(query, hits, as_json))


# --- a batch on several processes: each opens the store once and screens chunks of rows; the
# output comes back in row order, as from one process
_worker: dict = {}


def _worker_start(db: str | None, limit: int, as_json: bool, forked: bool = True) -> None:
    from docverify.watchlist.screening import open_store

    if forked:  # see _screen_batch: Ctrl+C is the parent's
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    warmed = _worker.get("warmed")  # the parent's store, its lookups done (forked workers)
    store = warmed.reopen() if warmed is not None else open_store(db)  # the parent upgraded it
    _worker.update(store=store, limit=limit, as_json=as_json)


def _screen_chunk(queries: list) -> list[tuple[bool, str]]:
    """(ok, rendered output) per query; for a query that cannot be screened (a birth date
    that is no date), (False, the reason): the other rows are screened all the same."""
    from docverify.watchlist.screening import screen

    out = []
    for q in queries:
        try:
            hits = screen(_worker["store"], q, limit=_worker["limit"])
        except InputError as exc:
            out.append((False, str(exc)))
            continue
        out.append((True, _render(q, hits, _worker["as_json"])))
    return out


def _pool_context():  # noqa: ANN202
    """fork where it is safe and cheap (Linux); elsewhere no pool: spawned workers would import
    everything again, and a frozen app would need freeze_support in its entry point."""
    import multiprocessing

    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


def _screen_batch(args: argparse.Namespace, queries: list) -> int:
    """Screen every row, in row order; returns how many rows could not be screened."""
    from docverify.config import SCREENING

    workers = min(SCREENING.batch_workers, os.cpu_count() or 1)
    ctx = _pool_context() if len(queries) >= SCREENING.batch_pool_min_rows else None
    if workers < 2 or ctx is None:
        _worker.pop("warmed", None)
        _worker_start(args.db, args.limit, args.json, forked=False)
        return _emit(args, queries, (_screen_chunk([q]) for q in queries))
    from docverify.watchlist.screening import open_store, warm

    # the parts' lookups once, here: the forked workers inherit them rather than each
    # repeating them (about half the work of a batch)
    warmed = open_store(args.db, progress=upgrade_progress())
    warm(warmed, [q.name for q in queries])
    _worker["warmed"] = warmed
    sys.stdout.flush()  # a forked worker must not inherit (and flush again) unwritten output
    size = SCREENING.batch_chunk_rows
    chunks = [queries[i:i + size] for i in range(0, len(queries), size)]
    import signal

    # Ctrl+C is the parent's alone: the workers are forked with SIGINT blocked and ignore it
    # from their first step (a Ctrl+C meanwhile waits, blocked, for the parent), and on Ctrl+C
    # the parent kills them. A multiprocessing.Pool, not ProcessPoolExecutor, whose shutdown
    # after an interrupt can wait for ever on Python 3.11 (its manager thread dies on a
    # cancelled future); a worker killed from outside is noticed by _watched.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pool = ctx.Pool(workers, initializer=_worker_start,
                        initargs=(args.db, args.limit, args.json))
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        bad = _emit(args, queries, _watched(pool, pool.imap(_screen_chunk, chunks)))
        pool.close()
        pool.join()
        return bad
    except KeyboardInterrupt:
        _stop(pool, "interrupted", 130)
    except _WorkerLost:
        _stop(pool, "a screening worker process stopped (killed, or out of memory?): the rows"
              " after those printed were not screened", 1)
    except BaseException:
        pool.terminate()
        raise
    finally:
        _worker.pop("warmed").close()


class _WorkerLost(Exception):
    """A worker of the batch's pool died: the Pool replaces it, and would wait for its chunk
    for ever."""


def _watched(pool, results):  # noqa: ANN001, ANN202
    """The pool's results in order, its workers checked whenever one is slow to come."""
    import multiprocessing

    workers = {p.pid for p in pool._pool}  # the Pool's own list of processes
    while True:
        try:
            yield results.next(timeout=1.0)
        except StopIteration:
            return
        except multiprocessing.TimeoutError:
            if {p.pid for p in pool._pool} != workers:  # one died and was replaced
                raise _WorkerLost from None


def _stop(pool, message: str, status: int) -> None:  # noqa: ANN001
    """End the command now: its workers killed, its output flushed. Pool.terminate() itself
    can hang when interrupted mid-batch (seen 4 times in 30)."""
    for process in list(pool._pool):
        process.kill()
    print(f"docverify: {message}", file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def _emit(args: argparse.Namespace, queries: list, results) -> int:  # noqa: ANN001
    """Print each row's output in row order; a row that could not be screened gets its JSON
    object with ``error`` set (or a message on stderr). Returns how many such rows."""
    row, bad = 0, 0
    for chunk in results:
        for ok, text in chunk:
            query = queries[row]
            row += 1
            if ok:
                print(text)
                continue
            bad += 1
            if args.json:
                print(json.dumps({"query": query.to_json(), "hits": [], "error": text},
                                 ensure_ascii=False))
            else:
                print(f"docverify: {args.batch} row {row} ({query.name or query.document_number or '—'}):"
                      f" {text}", file=sys.stderr)
    return bad


def _batch_rows(path: Path) -> list[dict[str, str]]:
    """The batch file's rows, read as an own list is (comma, semicolon or tab separated,
    spreadsheet headers such as Date of birth understood, a row of the wrong width refused)."""
    from docverify.watchlist.importers.simple_csv import column
    from docverify.watchlist.importers.tabular import MissingColumnError, read_rows

    try:
        return read_rows(path, ("name",), rename=column)
    except MissingColumnError as exc:
        raise InputError(f"{exc}; a CSV with a header naming the columns "
                         f"{','.join(BATCH_COLUMNS)} is expected") from None


def _screen(args: argparse.Namespace) -> int:
    from docverify.watchlist.screening import ScreeningQuery, open_store, screen, valid_query

    if bool(args.batch) == bool(args.name or args.document_number):
        print("docverify screen: give --name (or --document-number) or --batch FILE.csv",
              file=sys.stderr)
        return 2
    if not args.batch:  # a wrong birth date or nationality is said before a missing list
        valid_query(ScreeningQuery(args.name or "", args.birth_date, args.nationality,
                                   args.document_number))
    store = open_store(args.db, progress=upgrade_progress())
    if not store.lists():
        raise InputError("no lists loaded; import one with `docverify lists import FILE`")
    if not store.loaded():  # every list disabled: "no hits" would read as a clear result
        raise InputError("every list is disabled; enable one with `docverify lists enable ID`")
    if args.batch:
        rows = _batch_rows(Path(args.batch))
        queries = [ScreeningQuery(r.get("name", ""), r.get("birth_date") or None,
                                  r.get("nationality") or None, r.get("document_number") or None)
                   for r in rows]
        store.close()
        return 1 if _screen_batch(args, queries) else 0
    query = ScreeningQuery(args.name or "", args.birth_date, args.nationality,
                           args.document_number)
    _print_hits(query, screen(store, query, limit=args.limit), args.json)
    return 0


def _at_least_one(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("screen", help="screen a person or company against the lists")
    p.add_argument("--json", action="store_true", help="one JSON object per query")
    p.add_argument("--name", help="the name, in any script and order")
    p.add_argument("--birth-date", metavar="YYYY-MM-DD|YYYY", help="date or year of birth")
    p.add_argument("--nationality", metavar="ISO3", help="nationality, ISO 3166 alpha-3")
    p.add_argument("--document-number", metavar="N", help="passport or ID number")
    p.add_argument("--batch", metavar="FILE.csv",
                   help=f"screen every row of a CSV with columns {','.join(BATCH_COLUMNS)}")
    p.add_argument("--limit", type=_at_least_one, default=20,
                   help="at most this many hits per query")
    p.set_defaults(func=_screen)
