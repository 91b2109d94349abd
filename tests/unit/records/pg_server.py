"""A throwaway PostgreSQL server for the tests: initdb in a temp folder, unix socket only, stopped
at the end. As root (CI), the server runs as the ``postgres`` account Debian's package creates,
since initdb and postgres refuse to run as root."""

from __future__ import annotations

import itertools
import os
import pwd
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

NO_POSTGRES = "DOCVERIFY_NO_POSTGRES"  # =1: leave the PostgreSQL runs out (they skip, loudly)
PG_BIN = "DOCVERIFY_PG_BIN"  # a folder holding initdb, pg_ctl and postgres, to pick one
SUPERUSER = "docverify"


class ServerUnavailable(RuntimeError):
    """The server could not be started; the message says what to install or set."""


def _version(bindir: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", bindir))


def find_bin_dir() -> Path:
    """The newest server binaries: $DOCVERIFY_PG_BIN, /usr/lib/postgresql/*/bin, or the PATH."""
    candidates = [os.environ[PG_BIN]] if os.environ.get(PG_BIN) else []
    candidates += sorted((str(p) for p in Path("/usr/lib/postgresql").glob("*/bin")),
                         key=_version, reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).parent))
    for c in candidates:
        if all((Path(c) / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return Path(c)
    raise ServerUnavailable(
        "the PostgreSQL server binaries were not found (looked in $DOCVERIFY_PG_BIN, "
        "/usr/lib/postgresql/*/bin and the PATH for initdb, pg_ctl and postgres): install the "
        "Debian package 'postgresql' (`make test` does; in a .venv made before it was listed, "
        "remove .venv/.apt-done first), or set DOCVERIFY_NO_POSTGRES=1 to leave the "
        "PostgreSQL store tests out")


class Server:
    """One cluster: ``start()``, ``new_store()`` per test, ``stop()``."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.dir: Path | None = None
        self._names = itertools.count(1)
        self._as: list[str] = []

    def _run(self, *args: str, timeout: float = 60) -> None:
        proc = subprocess.run([*self._as, *args], capture_output=True, text=True,
                              timeout=timeout, cwd=self.dir, stdin=subprocess.DEVNULL)
        if proc.returncode != 0:
            log = self.dir / "server.log" if self.dir else None
            tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            raise ServerUnavailable(f"{Path(args[0]).name} failed ({proc.returncode}): "
                                    f"{proc.stderr.strip() or proc.stdout.strip()}\n{tail}")

    def start(self) -> None:
        # A short folder of its own: the socket path must stay under ~100 bytes.
        self.dir = Path(tempfile.mkdtemp(prefix="dvpg-", dir="/tmp"))
        if os.geteuid() == 0:
            try:
                account = pwd.getpwnam("postgres")
            except KeyError:
                raise ServerUnavailable(
                    "running as root, and there is no 'postgres' account to run the test "
                    "server as (initdb refuses root): install the Debian package 'postgresql', "
                    "which creates it") from None
            os.chown(self.dir, account.pw_uid, account.pw_gid)
            runuser = shutil.which("runuser") or "/usr/sbin/runuser"
            self._as = [runuser, "-u", "postgres", "--"]
        data = self.dir / "data"
        self._run(str(self.bindir / "initdb"), "-D", str(data), "-U", SUPERUSER,
                  "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync")
        self.port = 20000 + os.getpid() % 40000  # names the socket file only: no TCP listener
        options = (f"-k {self.dir} -p {self.port} -c listen_addresses='' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=40")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(data), "-l",
                  str(self.dir / "server.log"), "-w", "-t", "60", "-o", options, "start")
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as db:
            db.execute("CREATE DATABASE docverify")

    def url(self, database: str, schema: str | None = None) -> str:
        url = f"postgresql://{SUPERUSER}@/{database}?host={self.dir}&port={self.port}"
        return url + (f"&options=-csearch_path%3D{schema}" if schema else "")

    def new_store(self) -> str:
        """The URL of a fresh empty store: a schema of its own in the one test database (a
        schema takes 1 ms, a database 0.4 s), the connection's search_path set to it."""
        import psycopg

        name = f"t{next(self._names)}"
        with psycopg.connect(self.url("docverify"), autocommit=True) as db:
            db.execute(f"CREATE SCHEMA {name}")
        return self.url("docverify", name)

    def stop(self) -> None:
        if self.dir is None:
            return
        try:
            if (self.dir / "data" / "postmaster.pid").exists():
                self._run(str(self.bindir / "pg_ctl"), "-D", str(self.dir / "data"),
                          "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None


def start_server() -> Server:
    """A started server, or ServerUnavailable with what to do about it."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise ServerUnavailable("psycopg is not installed: pip install 'docverify[postgres]' "
                                "(`make test` does), or set DOCVERIFY_NO_POSTGRES=1") from None
    server = Server(find_bin_dir())
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    return server
