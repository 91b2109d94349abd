"""Every store test runs twice: on a SQLite file and on a real PostgreSQL server started here."""

from __future__ import annotations

import os

import pytest
from pg_server import NO_POSTGRES, ServerUnavailable, start_server

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_server():
    """One throwaway PostgreSQL cluster for the session, started on first use. Missing server
    binaries fail the PostgreSQL tests (a skip would hide it) unless DOCVERIFY_NO_POSTGRES=1."""
    if os.environ.get(NO_POSTGRES) == "1":
        pytest.skip(f"{NO_POSTGRES}=1: the PostgreSQL store tests are left out")
    try:
        server = start_server()
    except ServerUnavailable as exc:
        problem = str(exc)
    else:
        problem = None
    if problem is not None:
        pytest.fail(f"no PostgreSQL server for the store tests: {problem}", pytrace=False)
    yield server
    server.stop()


@pytest.fixture(params=BACKENDS)
def target(request, tmp_path):
    """Where a test's store lives: a SQLite file path, or the URL of a fresh, empty store on the
    test server."""
    if request.param == "sqlite":
        return tmp_path / "store.sqlite3"
    return request.getfixturevalue("pg_server").new_store()


@pytest.fixture
def raw(target):
    """Another connection to the test's store, autocommit, for tampering with it directly."""
    from docverify.records.backend import open_backend

    db = open_backend(target)
    yield db
    db.close()
