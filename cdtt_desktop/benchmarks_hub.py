"""Hub load: `python -m cdtt_desktop.benchmarks_hub [--units 200] [--pg URL]`.

Starts a real hub (`cdtt hub serve`, one uvicorn process) on 127.0.0.1, registers the units, then lets every
unit sync at once, each from its own thread through the desktop's HubClient: who-am-I, two photos (HEAD,
then PUT of 200 KB each), three items, and a pull of its decisions — what a district's sync does. It prints
the throughput, the latency percentiles and the errors, for SQLite and (with --pg, a PostgreSQL URL whose
user may create databases) for PostgreSQL. It asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

PHOTO_BYTES = 200 * 1024
ITEMS_PER_UNIT = 3


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tokens(db_url: str, units: int) -> list[str]:
    from cdtt_desktop.hub import auth, database

    engine = database.make_engine(db_url)
    try:
        database.upgrade(engine)
        auth.add_unit(engine, code="LDLD", name="Liên đoàn Lao động tỉnh", parent=None, reviewer=True)
        return [auth.add_unit(engine, code=f"CD{n:03d}", name=f"Công đoàn số {n}", parent="LDLD",
                              reviewer=False).token for n in range(units)]
    finally:
        engine.dispose()


def _unit_sync(base: str, token: str, number: int, timings: list[float], errors: list[str]) -> None:
    from cdtt_desktop.services.hub_client import HubClient
    from cdtt_desktop.services.hub_items import content_sha256

    def timed(call: Callable[[], Any]) -> Any:
        started = time.perf_counter()
        try:
            return call()
        except Exception as exc:  # a benchmark counts every failure, whatever it is
            errors.append(f"unit {number}: {type(exc).__name__}: {exc}")
            return None
        finally:
            timings.append(time.perf_counter() - started)

    with HubClient(base, token, timeout=120) as client:
        timed(client.whoami)
        files = []
        for photo in range(2):
            data = os.urandom(PHOTO_BYTES)
            sha = hashlib.sha256(data).hexdigest()
            if not timed(lambda sha=sha: client.has_attachment(sha)):
                timed(lambda sha=sha, data=data: client.put_attachment(sha, data, len(data)))
            files.append({"sha256": sha, "name": f"anh-{photo}.jpg", "caption": "", "role": "photo"})
        for item in range(ITEMS_PER_UNIT):
            body: dict[str, Any] = {"type": "story", "kind": "practice", "title": f"Mô hình {number}-{item}",
                                    "period": "", "number_text": "", "issued_on": "", "pdf": None,
                                    "files": files, "data": {"content": {"practice_name": f"Mô hình {item}"}}}
            body["content_sha256"] = content_sha256(body)
            timed(lambda body=body: client.put_item(str(uuid.uuid4()), 1, body))
        timed(client.decisions)


def _wait_ready(base: str, process: subprocess.Popen[bytes]) -> None:
    import httpx

    for _ in range(200):
        if process.poll() is not None:
            raise RuntimeError("the hub stopped at start")
        try:
            if httpx.get(f"{base}/api/v1/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError("the hub did not answer within 20 s")


def run_load(db_url: str, storage: Path, units: int) -> dict[str, Any]:
    tokens = _tokens(db_url, units)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen([sys.executable, "-m", "cdtt_desktop.cli", "hub", "serve", "--db", db_url,
                                "--storage", str(storage), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_ready(base, process)
        timings: list[float] = []
        errors: list[str] = []
        threads = [threading.Thread(target=_unit_sync, args=(base, t, n, timings, errors))
                   for n, t in enumerate(tokens)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - started
    finally:
        process.terminate()
        process.wait(timeout=30)
    ordered = sorted(timings)
    return {"units": units, "requests": len(timings), "seconds": wall, "per_second": len(timings) / wall,
            "p50_ms": statistics.median(ordered) * 1000, "p95_ms": ordered[int(len(ordered) * 0.95) - 1] * 1000,
            "max_ms": ordered[-1] * 1000, "errors": errors}


def _pg_database(admin_url: str) -> tuple[str, Callable[[], None]]:
    """A fresh database on the server of `admin_url`, and how to drop it."""
    import psycopg

    name = f"cdtt_bench_{os.getpid()}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, query = admin_url.partition("?")
    url = base.rsplit("/", 1)[0] + "/" + name + (f"?{query}" if query else "")

    def drop() -> None:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return url, drop


def _line(backend: str, r: dict[str, Any]) -> str:
    return (f"{backend:<10} {r['units']} units, {r['requests']:,} requests in {r['seconds']:.1f} s: "
            f"{r['per_second']:.0f} requests/s; latency p50 {r['p50_ms']:.0f} ms, p95 {r['p95_ms']:.0f} ms, "
            f"max {r['max_ms']:.0f} ms; errors: {len(r['errors'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cdtt_desktop.benchmarks_hub", description=__doc__)
    parser.add_argument("--units", type=int, default=200)
    parser.add_argument("--pg", metavar="URL", default=os.environ.get("CDTT_TEST_PG_URL", ""),
                        help="a PostgreSQL server to measure too (default: $CDTT_TEST_PG_URL)")
    args = parser.parse_args(argv)
    print(f"Hub load: {args.units} units syncing at once, each: who-am-I, 2 photos of {PHOTO_BYTES // 1024} KB, "
          f"{ITEMS_PER_UNIT} items, a pull of decisions · {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="cdtt-hub-bench-") as scratch:
        result = run_load(f"sqlite:///{scratch}/hub.sqlite3", Path(scratch) / "sqlite-files", args.units)
        print(_line("SQLite", result))
        for error in result["errors"][:5]:
            print(f"  {error}")
        if args.pg:
            url, drop = _pg_database(args.pg)
            try:
                result = run_load(url, Path(scratch) / "pg-files", args.units)
            finally:
                drop()
            print(_line("PostgreSQL", result))
            for error in result["errors"][:5]:
                print(f"  {error}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
