"""8. listing: the controller's whole job listing (slurmrestd has no pagination), each way in a fresh process.

``SlurmClient.jobs()`` reads it record by record (``slurm_rest._records``); before, every listing was decoded
whole, as the escape hatch ``client.request`` still does; raw httpx reading and dropping the body is the
floor (slurmrestd's own answer time). Peak RSS is the child's VmHWM.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from _harness import Table, Testbed

HELD = 20000  # held jobs the controller lists at least (with whatever else it still holds)
T_RSS_MB = 200.0
T_VS_RAW = 1.2


def child(tb: Testbed, how: str, *, url: str | None = None) -> dict[str, Any]:
    """One listing in a fresh process (``_listing_child``), from ``url`` (default: the testbed's)."""
    cfg = {"url": url or tb.url, "user": tb.user, "jwt_key": tb.facts["jwt_key_path"], "api": tb.api, "how": how}
    cfg["token"] = tb.token
    out = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("_listing_child.py")), json.dumps(cfg)],
        check=False,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if out.returncode != 0:
        raise RuntimeError(f"listing child ({how}) failed:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def bench_listing(tb: Testbed, table: Table) -> dict[str, Any]:
    """Compared per job: the controller's population may change between runs (jobs purged MinJobAge after
    they end), so each run's time is divided by the jobs it listed."""
    # raw and jobs() twice each, in turn, each way's quicker run kept: slurmrestd's time for one listing moves
    # by 2x between runs here (slurmctld purging jobs beside it), and one slow run must not decide the ratio.
    tries: dict[str, list[dict[str, Any]]] = {"raw": [], "jobs": []}
    for how in ("raw", "jobs", "raw", "jobs"):
        tries[how].append(child(tb, how))
    runs = {how: min(rs, key=lambda r: r["seconds"] / max(1, r["jobs"])) for how, rs in tries.items()}
    runs["whole"] = child(tb, "whole")
    tried = {how: [round(r["seconds"], 2) for r in rs] for how, rs in tries.items()}  # into the JSON: the spread
    per_job = {how: r["seconds"] / max(1, r["jobs"]) for how, r in runs.items()}
    raw = runs["raw"]
    h = f"8 listing ({raw['bytes'] / 1e6:.0f} MB for {raw['jobs']} jobs)"
    table.add(f"{h}: raw httpx, body read and dropped", f"{raw['seconds']:.1f} s, {per_job['raw'] * 1e3:.2f} ms/job")
    for how, what in (("jobs", "SlurmClient.jobs(), record by record"), ("whole", "decoded whole (before)")):
        r = runs[how]
        mb, ratio = r["hwm_kb"] * 1024 / 1e6, per_job[how] / per_job["raw"]
        judged = how == "jobs"
        table.add(
            f"{h}: {what}",
            f"{r['jobs']} jobs in {r['seconds']:.1f} s ({per_job[how] * 1e3:.2f} ms/job), peak RSS {mb:.0f} MB",
            "raw httpx, per job",
            f"{ratio:.2f}x",
            f"<= {T_VS_RAW}x, < {T_RSS_MB:.0f} MB" if judged else "",
            (ratio <= T_VS_RAW and mb < T_RSS_MB) if judged else None,
        )
    return {"runs": runs, "per_job_s": per_job, "tried_s": tried}
