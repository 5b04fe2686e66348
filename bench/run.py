"""Benchmarks of slurm_rest against raw httpx, sbatch and flytekitplugins-slurm, on the 24.11 testbed.

    sudo .venv/bin/python bench/run.py [--out /tmp/slurm-rest-bench.json] [--sections submit,poll,overhead,memory]
    sudo .venv/bin/python bench/run.py --sections network --release 22.05   # the network section on another release

Needs root (sbatch/scancel run inside the testbed's chroot) and a running testbed
(``python -m slurm_rest_testbed up 24.11``, or the ``--release`` given). Every job it makes is held (never runs) and is
cancelled before it exits. Prints a table and writes every figure to ``--out`` as JSON.

1. submit: jobs/s for the facade (sync loop, async gather) against raw httpx posting the same
   body with the same headers (sync and async), ``sbatch`` in a loop, and flytekitplugins-slurm's
   connector ``create`` over SSH. All six run after the same untimed warm-up, in interleaved
   blocks (their order rotated, each facade method next to its raw httpx twin, each block's jobs
   cancelled at its end); a method's rate is its median block's, so that a busy moment on the
   shared testbed does not decide a comparison. The facade/raw targets come from paired runs that
   alternate facade and raw httpx one submit (sync) or one round of 8 (async) at a time and compare
   their median times (``submit_pairs``); the block-based ratios stay in the JSON.
2. poll: one cycle over N tracked jobs: slurmctld RPCs by message type (``/diag`` counters
   diffed around the cycle) and wall time, for the facade's ``JobWatcher`` (steady state), a
   ``GET /job/{id}`` per job, and ``scontrol --json show job`` per job over SSH; the raw
   ``GET /jobs/state/?job_id=…`` for the same ids is the floor.
3. overhead: ``get_job`` against the same GET with raw httpx, interleaved, medians.
4. memory: a fresh process that imports flyte_plugin and follows 1,000 (and 10,000) jobs through
   the connector's ``get`` (its shared watcher) for a few cycles: peak RSS, and what its first round
   (a connector restart meeting that many tasks in flight) costs slurmctld.
5. scale: a watcher over 1,000 … 20,000 tracked jobs, first and steady cycle, against the raw
   chunked ``/jobs/state`` requests (``_scale``).
6. network: submit, get_job, a watcher cycle over 1,000 jobs, the SSH tools' submit and per-job
   tracking, SFTP staging up and down and a Flyte shell task's create-to-final time, across links of RTT
   0, 10 and 50 ms (``_network``, ``_flyte_task``); with ``--tls``, the REST figures again through the
   testbed's TLS proxy (nginx) behind the same link.
7. capacity: one served connector replica per SDK with 1,000 and 10,000 tasks in flight, GetTask over
   gRPC paced as FlytePropeller polls and saturated: latency, calls a second per core, RSS (``_capacity``).
8. listing: the controller's whole job listing through ``jobs()`` (record by record) and decoded whole, each
   in a fresh process, against raw httpx reading the body (``_listing``); then the client alone reading
   100,000 records replayed by nginx, a size slurmrestd cannot build on this machine (``_replay``).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import platform
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _baselines import scontrol_cycle, ssh_connect
from _capacity import bench_capacity
from _harness import RELEASE, Table, Testbed, fmt_rpcs, measure, ms
from _listing import HELD, bench_listing
from _network import RTTS_MS, TRACKED, bench_network
from _replay import REPLAYED, bench_replay
from _scale import bench_scale
from _submit import bench_submit

from slurm_rest import JobWatcher
from slurm_rest._constants import FIRST_READS, PENDING_REFRESH, REFRESH_BATCH, STATE_CHUNK

REPO = Path(__file__).resolve().parent.parent
SECTIONS = ("submit", "poll", "overhead", "memory", "scale", "network", "capacity", "listing")

# Targets: (comparison, threshold).
T_POLL_RPCS = 1
T_POLL_VS_STATE = 2.0
T_OVERHEAD = 1.10
T_MEMORY_MB = {1000: 150.0, 10000: 200.0}


# -- 2. poll ----------------------------------------------------------------------------------


def bench_poll(tb: Testbed, table: Table, pool: list[int], sizes: list[int], repeats: int) -> dict[str, Any]:
    result: dict[str, Any] = {}
    raw = tb.raw()
    diag = tb.raw()
    loop = asyncio.new_event_loop()
    conn = loop.run_until_complete(ssh_connect(tb))
    for n in sizes:
        ids = pool[:n]
        client = tb.client()
        watcher = client.watcher()
        watcher.track(ids)
        cold = measure(tb, diag, watcher.poll, 1)  # first sight: state words, and the first reasons
        assert set(watcher.state.infos) == set(ids), "the watcher did not learn every job"
        while watcher.state._unreasoned:  # the remaining reasons, FIRST_READS per cycle: then steady
            watcher.poll()
        steady = measure(tb, diag, watcher.poll, repeats)
        # The watcher's periodic full refresh of pending jobs, made due now instead of waited for.
        refresh = measure(tb, diag, lambda: (due_refresh(watcher), watcher.poll()), 3)  # noqa: B023
        params = [("job_id", str(j)) for j in ids]
        state = measure(
            tb,
            diag,
            lambda: raw.get(f"/slurm/{tb.api}/jobs/state/", params=params).json(),  # noqa: B023
            repeats,
        )

        def per_job_get() -> None:
            for j in ids:  # noqa: B023 - called within this iteration
                raw.get(f"/slurm/{tb.api}/job/{j}").json()

        few = 3 if n <= 100 else 1
        per_job = measure(tb, diag, per_job_get, few)
        ssh = measure(
            tb,
            diag,
            lambda: loop.run_until_complete(scontrol_cycle(conn, ids)),  # noqa: B023
            3 if n <= 10 else 1,
        )
        client.close()
        r = steady.median / state.median
        rr = refresh.median / state.median
        result[str(n)] = {
            "watcher_first_cycle": cold.as_dict(),
            "watcher_steady_cycle": steady.as_dict(),
            "watcher_pending_refresh_cycle": refresh.as_dict(),
            "refresh/raw_jobs_state": rr,
            "raw_jobs_state": state.as_dict(),
            "per_job_get": per_job.as_dict(),
            "per_job_scontrol_ssh": ssh.as_dict(),
            "watcher/raw_jobs_state": r,
        }
        h = f"2 poll N={n}"
        table.add(
            f"{h}: JobWatcher.poll() RPCs",
            f"{steady.rpc_total} ({fmt_rpcs(steady.quietest)})",
            "",
            "",
            f"== {T_POLL_RPCS}",
            steady.rpc_total == T_POLL_RPCS,
        )
        table.add(f"{h}: raw GET /jobs/state/ wall", ms(state.median))
        table.add(
            f"{h}: JobWatcher.poll() wall",
            ms(steady.median),
            "raw /jobs/state/",
            f"{r:.2f}x",
            f"<= {T_POLL_VS_STATE:.1f}x" if n == max(sizes) else "",
            r <= T_POLL_VS_STATE if n == max(sizes) else None,
        )
        # Periodic re-read of up to REFRESH_BATCH pending records (2 RPCs each): bounded whatever N.
        bound = 1 + 2 * REFRESH_BATCH
        table.add(
            f"{h}: JobWatcher.poll(), pending refresh (every {PENDING_REFRESH:.0f} s)",
            f"{refresh.rpc_total} RPC ({fmt_rpcs(refresh.quietest)}), {ms(refresh.median)}",
            "raw /jobs/state/",
            f"{rr:.1f}x",
            f"<= {bound} RPCs",
            refresh.rpc_total <= bound,
        )
        table.add(
            f"{h}: GET /job/{{id}} per job",
            f"{per_job.rpc_total} RPCs ({fmt_rpcs(per_job.quietest)}), {ms(per_job.median)}",
            "JobWatcher.poll()",
            f"{per_job.median / steady.median:.0f}x slower",
        )
        table.add(
            f"{h}: scontrol --json per job (SSH)",
            f"{ssh.rpc_total} RPCs ({fmt_rpcs(ssh.quietest)}), {ms(ssh.median)}",
            "JobWatcher.poll()",
            f"{ssh.median / steady.median:.0f}x slower",
        )
    conn.close()
    loop.run_until_complete(conn.wait_closed())
    loop.close()
    raw.close()
    diag.close()
    return result


def due_refresh(watcher: JobWatcher) -> None:
    """Make the watcher's next cycle its periodic full refresh of pending jobs (slurm_rest._watching)."""
    if not hasattr(watcher.state, "_refreshed_at"):
        raise SystemExit("slurm_rest._watching changed: update bench/run.py's due_refresh()")
    watcher.state._refreshed_at = time.monotonic() - PENDING_REFRESH - 1


def controller_jobs(tb: Testbed) -> int:
    """Every job record slurmctld holds now (finished ones stay MinJobAge seconds): what a listing returns."""
    out = subprocess.run(
        ["chroot", tb.root, "squeue", "-h", "-t", "all", "-o", "%i"], capture_output=True, text=True, check=False
    ).stdout
    return len(out.split())


# -- 3. per-call overhead ---------------------------------------------------------------------


def bench_overhead(tb: Testbed, table: Table, job_id: int, calls: int) -> dict[str, Any]:
    client, raw = tb.client(), tb.raw()
    path = f"/slurm/{tb.api}/job/{job_id}"
    fns: dict[str, Callable[[], object]] = {
        "facade": lambda: client.get_job(job_id),
        "raw_httpx": lambda: raw.get(path).json(),
    }
    for fn in fns.values():  # warm-up: negotiation, pools, first-use imports
        for _ in range(20):
            fn()
    times: dict[str, list[float]] = {k: [] for k in fns}
    rng = random.Random(0)
    for _ in range(calls):
        order = list(fns)
        rng.shuffle(order)  # neither side always goes first
        for k in order:
            t0 = time.perf_counter()
            fns[k]()
            times[k].append(time.perf_counter() - t0)
    client.close()
    raw.close()
    med = {k: statistics.median(v) for k, v in times.items()}
    ratio = med["facade"] / med["raw_httpx"]
    table.add(
        f"3 overhead: get_job, median of {calls}",
        ms(med["facade"]),
        f"raw httpx GET {ms(med['raw_httpx'])}",
        f"{ratio:.2f}x",
        f"<= {T_OVERHEAD:.2f}x",
        ratio <= T_OVERHEAD,
    )
    return {
        "calls": calls,
        "median_s": med,
        "ratio": ratio,
        "p90_s": {k: statistics.quantiles(v, n=10)[-1] for k, v in times.items()},
    }


# -- 4. connector memory ----------------------------------------------------------------------


def bench_memory(tb: Testbed, table: Table, ids: list[int], seconds: float) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(ids, fh)
    env = {
        **os.environ,
        "_FSEC_SLURM_REST_JWT_KEY": base64.b64encode(Path(tb.facts["jwt_key_path"]).read_bytes()).decode(),
        "BENCH_TOKEN": tb.token,
    }
    cfg = {"url": tb.url, "user": tb.user, "ids_file": fh.name, "seconds": seconds, "api": tb.api}
    held_by_controller = controller_jobs(tb)
    try:
        out = subprocess.run(
            [sys.executable, str(Path(__file__).with_name("_memory_child.py")), json.dumps(cfg)],
            check=False,
            capture_output=True,
            text=True,
            env=env,
            cwd=str(REPO),
            timeout=600,
        )
    finally:
        os.unlink(fh.name)
    if out.returncode != 0:
        raise RuntimeError(f"memory child failed:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    mb = {k: result[k] * 1024 / 1e6 for k in ("rss_start_kb", "rss_imported_kb", "rss_end_kb", "hwm_kb")}
    result["mb"] = mb
    result["controller_jobs"] = held_by_controller
    rounds = result["cycles"]
    n = len(ids)
    limit = T_MEMORY_MB.get(n, max(T_MEMORY_MB.values()))
    h = f"4 memory N={n}"
    table.add(
        f"{h}: setup",
        f"{result['jobs']} held jobs via connector get(), {seconds:.0f} s; slurmctld holds {held_by_controller} jobs",
    )
    table.add(
        f"{h}: peak RSS (VmHWM) over {seconds:.0f} s",
        f"{mb['hwm_kb']:.0f} MB",
        f"after imports {mb['rss_imported_kb']:.0f} MB",
        "",
        f"<= {limit:.0f} MB",
        mb["hwm_kb"] <= limit,
    )
    # The first round is a fresh connector meeting N tasks in flight: about one cycle's worth of RPCs.
    chunks = -(-n // STATE_CHUNK)
    first = rounds[0]
    bound = chunks + 2 * FIRST_READS  # the first pending jobs read for their reason (see _scale)
    table.add(
        f"{h}: first round (first sight), get() x{n}",
        f"{ms(first['seconds'])}, {sum(first['rpcs'].values())} RPCs ({fmt_rpcs(first['rpcs'])})",
        f"{chunks} state chunk(s)",
        "",
        f"<= {bound} RPCs",
        sum(first["rpcs"].values()) <= bound,
    )
    kinds = {
        "steady": [r for r in rounds[1:] if set(r["rpcs"]) == {"REQUEST_JOB_STATE"}],
        "pending refresh": [r for r in rounds[1:] if r["rpcs"].get("REQUEST_JOB_INFO_SINGLE", 0) >= 1],
    }
    for kind, rs in kinds.items():
        if rs:
            worst = max(rs, key=lambda r: r["seconds"])
            table.add(
                f"{h}: {kind} round ({len(rs)} of {len(rounds)}), get() x{result['jobs']}",
                f"{ms(worst['seconds'])}, {sum(worst['rpcs'].values())} RPCs ({fmt_rpcs(worst['rpcs'])}), "
                f"RSS after {worst['rss_kb'] * 1024 / 1e6:.0f} MB",
            )
    return result


def _terminated(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="/tmp/slurm-rest-bench.json")
    ap.add_argument("--sections", default=",".join(SECTIONS))
    ap.add_argument("--submit-jobs", type=int, default=240)
    ap.add_argument("--submit-pairs", type=int, default=400, help="jobs per side in the paired facade/raw runs")
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument(
        "--blocks",
        type=int,
        default=8,
        help="interleaved blocks per submit method (8: each unit in each place, in both pair orders)",
    )
    ap.add_argument("--sizes", default="10,100,500")
    ap.add_argument("--repeats", type=int, default=7, help="repeats of each cheap poll cycle")
    ap.add_argument("--calls", type=int, default=200)
    ap.add_argument("--memory-jobs", default="1000,10000")
    ap.add_argument("--scale-sizes", default="1000,5000,10000,20000")
    ap.add_argument(
        "--memory-seconds",
        type=float,
        default=25.0,
        help="how long the connector follows the jobs (covers two periodic pending refreshes)",
    )
    ap.add_argument("--rtts", default=",".join(map(str, RTTS_MS)), help="round trips (ms) of the network section")
    ap.add_argument(
        "--listing-jobs",
        type=int,
        default=HELD,
        help="held jobs the listing section's controller holds at least (past 50,000 the testbed needs "
        "SLURM_REST_TESTBED_MAXJOBCOUNT raised when it is brought up)",
    )
    ap.add_argument(
        "--listing-replay",
        type=int,
        default=REPLAYED,
        help="listing section: records the client also reads from a replayed answer, a size slurmrestd cannot "
        "build here (0: none)",
    )
    ap.add_argument(
        "--tls", action="store_true", help="network section: the REST figures again through the testbed's TLS proxy"
    )
    ap.add_argument("--capacity-sizes", default="1000,10000", help="tasks in flight in the capacity section")
    ap.add_argument(
        "--release", default=RELEASE, help=f"the testbed's release (other than {RELEASE}: --sections network)"
    )
    ap.add_argument("--stage-mb", type=int, default=100, help="the file the network section stages, in MB")
    args = ap.parse_args()
    sections = [s for s in args.sections.split(",") if s]
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        ap.error(f"unknown sections {sorted(unknown)}; choose from {SECTIONS}")
    if os.geteuid() != 0:
        raise SystemExit(
            "run as root: sbatch and scancel run inside the testbed's chroot (sudo .venv/bin/python bench/run.py)"
        )
    if args.release != RELEASE and set(sections) - {"network"}:
        ap.error(f"--release {args.release}: only the network section runs on a release other than {RELEASE}")
    sizes = [int(s) for s in args.sizes.split(",")]
    memory_jobs = [int(s) for s in args.memory_jobs.split(",")]
    scale_sizes = [int(s) for s in args.scale_sizes.split(",")]
    capacity_sizes = [int(s) for s in args.capacity_sizes.split(",")]
    # SIGTERM (``timeout``, ``kill``) ends the run through the ``finally`` below, as Ctrl-C does: a run killed
    # mid-capacity once left 10,000 held jobs that later made every listing of the testbed 10,000 jobs long.
    signal.signal(signal.SIGTERM, _terminated)
    tb = Testbed.open(args.release)
    table = Table()
    started = time.time()
    results: dict[str, Any] = {
        "testbed": {"release": tb.release, "slurm": tb.facts.get("slurm_version"), "api": tb.api, "url": tb.url},
        "host": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "job_name": tb.name,
    }
    try:
        # The pool of held jobs first: the memory section's periodic listing returns every job the
        # controller holds, and the submit section leaves ~1,200 cancelled ones there for MinJobAge.
        need = max(
            [
                *(sizes if "poll" in sections else []),
                1 if "overhead" in sections else 0,
                *(memory_jobs if "memory" in sections else []),
                *(scale_sizes if "scale" in sections else []),
                TRACKED if "network" in sections else 0,
                *(capacity_sizes if "capacity" in sections else []),
                args.listing_jobs if "listing" in sections else 0,
            ]
        )
        print(f"[setup] {need} held jobs ...", file=sys.stderr, flush=True)
        pool = tb.submit_held(need) if need else []
        if "memory" in sections:
            results["memory"] = {}
            for n in memory_jobs:
                print(f"[memory] {n} jobs, {args.memory_seconds:.0f} s ...", file=sys.stderr, flush=True)
                results["memory"][str(n)] = bench_memory(tb, table, pool[:n], args.memory_seconds)
        if "scale" in sections:
            print(f"[scale] N = {scale_sizes} ...", file=sys.stderr, flush=True)
            results["scale"] = bench_scale(tb, table, pool, scale_sizes, args.repeats)
        if "poll" in sections:
            print(f"[poll] N = {sizes} ...", file=sys.stderr, flush=True)
            results["poll"] = bench_poll(tb, table, pool, sizes, args.repeats)
        if "overhead" in sections:
            print("[overhead] ...", file=sys.stderr, flush=True)
            results["overhead"] = bench_overhead(tb, table, pool[0], args.calls)
        if "listing" in sections:
            print("[listing] the controller's whole listing, three ways ...", file=sys.stderr, flush=True)
            results["listing"] = bench_listing(tb, table)
            if args.listing_replay:
                print(f"[listing] {args.listing_replay} records replayed ...", file=sys.stderr, flush=True)
                live_ms = results["listing"]["per_job_s"]["raw"] * 1e3  # slurmrestd's own time per job
                results["listing_replay"] = bench_replay(tb, table, args.listing_replay, live_ms)
        if "capacity" in sections:
            results["capacity"] = bench_capacity(tb, table, pool, capacity_sizes)
        if "network" in sections:
            rtts = tuple(int(r) for r in args.rtts.split(","))
            print(f"[network] RTT {rtts} ms ...", file=sys.stderr, flush=True)
            results["network"] = bench_network(tb, table, pool, args.stage_mb, rtts, tls=args.tls)
        tb.cancel(pool)
        if "submit" in sections:
            print(f"[submit] {args.submit_jobs} held jobs per method ...", file=sys.stderr, flush=True)
            results["submit"] = bench_submit(
                tb,
                table,
                jobs=args.submit_jobs,
                concurrency=args.concurrency,
                blocks=args.blocks,
                pairs=args.submit_pairs,
            )
    finally:  # what was measured is kept even when a later section fails
        tb.cancel_all()
        results["seconds"] = time.time() - started
        results["table"] = table.rows
        Path(args.out).write_text(json.dumps(results, indent=2) + "\n")
        print(table.render())
    failed = [r[0] for r in table.rows if r[5] == "FAIL"]
    print(
        f"\n{sum(r[5] == 'PASS' for r in table.rows)} PASS, {len(failed)} FAIL; "
        f"{results['seconds']:.0f} s; JSON: {args.out}"
    )


if __name__ == "__main__":
    main()
