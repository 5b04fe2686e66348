"""8, replayed: the client's side of a listing at sizes this machine's slurmrestd cannot build.

At 100,000 held jobs slurmrestd 24.11 grew to 22 GB of RSS building its answer (it builds the whole reply
before it sends a byte) and the kernel's OOM killer ended it. To measure the client at that size, a second
master of the testbed's nginx (on a free loopback port) answers ``GET /slurm/{api}/jobs/`` from a file of N
records, each a copy of a real record (one held job's, as slurmrestd sent it; ids and names renumbered),
and passes every other request to the real slurmrestd (ping, version). ``SlurmClient.jobs()`` reads it
record by record and raw httpx reads and drops it, each in a fresh process (``_listing``'s child): the
client's peak RSS, and its time per job beyond the transfer.
"""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _harness import Table, Testbed
from _listing import T_RSS_MB, child

from slurm_rest_testbed._proxy import NGINX, WORKER_USER

REPLAYED = 100_000  # records of the replayed answer (about 900 MB of JSON)


def _record(tb: Testbed) -> dict[str, Any]:
    """One held job's answer as slurmrestd sent it (its record and the answer's other members)."""
    job = tb.client().submit(tb.spec())
    tb.created.add(job)
    r = tb.raw().get(f"/slurm/{tb.api}/job/{job}")
    r.raise_for_status()
    body: dict[str, Any] = r.json()
    return body


def _write(path: Path, answer: dict[str, Any], n: int) -> None:
    """``answer`` with its one record copied ``n`` times, renumbered, pretty-printed as slurmrestd prints."""
    (record,) = answer["jobs"]
    rest = {k: v for k, v in answer.items() if k != "jobs"}
    with path.open("w") as fh:
        fh.write('{\n  "jobs": [\n')
        for i in range(n):
            record["job_id"], record["name"] = 10_000_000 + i, f"replay-{i}"
            fh.write(("" if i == 0 else ",\n") + json.dumps(record, indent=2))
        fh.write("\n  ],\n" + json.dumps(rest, indent=2)[1:].lstrip("\n"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def _replaying(tb: Testbed, answer: Path, port: int) -> Iterator[str]:
    """nginx on ``port``: the listing from ``answer``, everything else to the testbed's slurmrestd."""
    d = answer.parent
    temps = "\n".join(f"    {k}_temp_path {d}/{k};" for k in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    conf = d / "nginx.conf"
    conf.write_text(
        f"""user {WORKER_USER};
worker_processes 1;
daemon off;
pid {d}/nginx.pid;
error_log {d}/error.log;
events {{ worker_connections 64; }}
http {{
    access_log off;
{temps}
    server {{
        listen 127.0.0.1:{port};
        location = /slurm/{tb.api}/jobs/ {{
            default_type application/json;
            root {d};
            try_files /{answer.name} =404;
        }}
        location / {{
            proxy_pass {tb.url};
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }}
    }}
}}
"""
    )
    nginx = subprocess.Popen([NGINX, "-c", str(conf), "-p", f"{d}/", "-e", str(d / "error.log")])
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 10
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            if time.monotonic() > deadline or nginx.poll() is not None:
                raise RuntimeError(f"the replay's nginx did not start: {(d / 'error.log').read_text()[-2000:]}")
            time.sleep(0.1)
        yield url
    finally:
        nginx.terminate()
        nginx.wait(10)


def bench_replay(tb: Testbed, table: Table, n: int, live_ms_per_job: float | None) -> dict[str, Any]:
    """``n`` records replayed: ``jobs()`` against raw httpx reading the same bytes. With the live listing's
    time per job (slurmrestd's own, from the section's raw run), what the client's share would add to it."""
    with tempfile.TemporaryDirectory(prefix="slurm-rest-replay-") as tmp:
        d = Path(tmp)
        d.chmod(0o755)  # nginx's worker reads the answer as WORKER_USER
        answer = d / "jobs.json"
        _write(answer, _record(tb), n)
        answer.chmod(0o644)
        size = answer.stat().st_size
        with _replaying(tb, answer, _free_port()) as url:
            raw = min((child(tb, "raw", url=url) for _ in range(2)), key=lambda r: r["seconds"])
            jobs = child(tb, "jobs", url=url)
    if jobs["jobs"] != n or raw["jobs"] != n:
        raise RuntimeError(f"the replay listed {jobs['jobs']} (raw: {raw['jobs']}) jobs, not {n}")
    mb = jobs["hwm_kb"] * 1024 / 1e6
    extra_ms = (jobs["seconds"] - raw["seconds"]) / n * 1e3  # the client's own time per job
    h = f"8 listing replayed ({size / 1e6:.0f} MB for {n} jobs)"
    table.add(f"{h}: raw httpx from nginx, body read and dropped", f"{raw['seconds']:.1f} s")
    projected = (
        f"slurmrestd's {live_ms_per_job:.2f} ms/job (live run) + this: {(live_ms_per_job + extra_ms) / live_ms_per_job:.2f}x"
        if live_ms_per_job
        else ""
    )
    table.add(
        f"{h}: SlurmClient.jobs(), record by record",
        f"{n} jobs in {jobs['seconds']:.1f} s ({extra_ms:.2f} ms/job beyond the transfer), peak RSS {mb:.0f} MB",
        projected,
        "",
        f"< {T_RSS_MB:.0f} MB",
        mb < T_RSS_MB,
    )
    return {"jobs": n, "bytes": size, "raw": raw, "client": jobs, "client_ms_per_job": extra_ms}
