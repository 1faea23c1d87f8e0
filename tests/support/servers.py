"""Real servers for tests: an initialised office data dir, `nrm-central serve` as a subprocess, PG schemas."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

PASSPHRASE = "test passphrase, not secret"
ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def env(**extra: str) -> dict[str, str]:
    """Environment for central subprocesses: passphrase set, repo importable."""
    return {**os.environ, "NRM_CENTRAL_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT), **extra}


def free_port() -> int:
    """A port that was free a moment ago on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def init_office(data_dir: Path, *, db: str | None = None, office_name: str = "FIA HQ Islamabad") -> Path:
    """`nrm-central init` in-process (same code path as the console script)."""
    from central.cli import main

    os.environ.setdefault("NRM_CENTRAL_PASSPHRASE", PASSPHRASE)
    args = ["init", "--data-dir", str(data_dir), "--office-name", office_name] + (["--db", db] if db else [])
    assert main(args) == 0
    return data_dir


class CentralProcess:
    """`python -m central.cli serve` on 127.0.0.1:<free port>; stop() sends SIGTERM (graceful shutdown)."""

    def __init__(self, data_dir: Path, *, db: str | None = None, grace: int = 30, log_level: str = "info",
                 extra: tuple[str, ...] = ()) -> None:
        self.data_dir, self.db, self.grace, self.log_level, self.extra = data_dir, db, grace, log_level, extra
        self.port = free_port()
        self.log_path = data_dir / f"serve-{self.port}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """Base URL of the server."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> CentralProcess:
        """Start and wait until /v1/health answers (bounded by attempts, not a timing assertion)."""
        cmd = [sys.executable, "-m", "central.cli", "serve", "--data-dir", str(self.data_dir), "--port",
               str(self.port), "--grace", str(self.grace), "--log-level", self.log_level, *self.extra] + (["--db", self.db] if self.db else [])
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(cmd, env=env(), stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        for _ in range(600):
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.log()}")
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(self.url + "/v1/health", timeout=2).status_code == 200:
                    return self
            time.sleep(0.05)
        raise RuntimeError(f"server did not come up: {self.log()}")

    def stop(self) -> int:
        """SIGTERM and wait for exit; returns the exit code."""
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else 0
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=60)

    def wait_for_log(self, needle: str, *, count: int = 1) -> None:
        """Poll the server log until `needle` occurs `count` times (bounded by attempts, not timing)."""
        for _ in range(1200):
            if self.log().count(needle) >= count:
                return
            time.sleep(0.05)
        raise RuntimeError(f"{needle!r} never appeared in the server log")

    def log(self) -> str:
        """Everything the server wrote."""
        return self.log_path.read_text("utf-8", errors="replace") if self.log_path.exists() else ""

    def __enter__(self) -> CentralProcess:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def pg_base_url() -> str:
    """NRM_TEST_PG_URL or the local default."""
    return os.environ.get("NRM_TEST_PG_URL", DEFAULT_PG)


def pg_available() -> bool:
    """Whether PostgreSQL answers at the test URL."""
    engine = create_engine(pg_base_url())
    try:
        with engine.connect():
            return True
    except OperationalError:
        return False
    finally:
        engine.dispose()


@contextlib.contextmanager
def pg_schema() -> Iterator[str]:
    """A fresh schema for one test (so parallel runs do not clash); yields a URL whose search_path is it."""
    name = "nrm_t_" + uuid.uuid4().hex[:12]
    admin = create_engine(pg_base_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    sep = "&" if "?" in pg_base_url() else "?"
    try:
        yield f"{pg_base_url()}{sep}options=-csearch_path%3D{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
        admin.dispose()
