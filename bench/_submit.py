"""Section 1 of bench/run.py: submit throughput of the facade against raw httpx, sbatch and
flytekitplugins-slurm (see run.py's docstring for the method)."""

from __future__ import annotations

import asyncio
import shutil
import statistics
import subprocess
import time
from collections.abc import Awaitable, Callable
from typing import Any

from _baselines import FlytekitSlurm
from _harness import Table, Testbed

T_SUBMIT_VS_RAW = 0.90
T_SUBMIT_VS_FLYTEKIT = 6.0
SUBMIT_WARMUP = 20  # untimed jobs per submit method before the blocks
SUBMIT_SETTLE = 0.05  # seconds between submit blocks, after each block's cancel


# -- 1. submit --------------------------------------------------------------------------------


def submit_pairs(
    tb: Testbed, n: int, kinds: dict[str, tuple[Callable[[], list[int]], Callable[[], list[int]]]]
) -> dict[str, Any]:
    """Facade and raw httpx alternating round by round (which one goes first alternates too), every
    round timed on its own: both meet the same moments of the shared testbed, and the ratio of
    their median round times is their throughput ratio without the other tenants' bursts."""
    result: dict[str, Any] = {}
    for kind, (facade, raw) in kinds.items():
        times: dict[str, list[float]] = {"facade": [], "raw": []}
        made = facade()  # untimed, and tells how many jobs a round makes
        per_round = len(made)
        made += raw()
        cancels = 0
        for i in range(n // per_round):
            # who goes first alternates, and flips again after each cancel (its aftermath hits the next round)
            for name in ("facade", "raw") if (i + cancels) % 2 == 0 else ("raw", "facade"):
                t0 = time.perf_counter()
                made += facade() if name == "facade" else raw()
                times[name].append(time.perf_counter() - t0)
            if len(made) >= 200:  # keep the queue short
                tb.created.update(made)
                tb.cancel(made)
                made = []
                cancels += 1
                time.sleep(SUBMIT_SETTLE)
        tb.created.update(made)
        tb.cancel(made)
        median = {k: statistics.median(v) for k, v in times.items()}
        result[kind] = {
            "rounds": len(times["facade"]),
            "jobs_per_round": per_round,
            "median_round_s": median,
            "mean_round_s": {k: statistics.fmean(v) for k, v in times.items()},
            "ratio": median["raw"] / median["facade"],
        }
    return result


def bench_submit(tb: Testbed, table: Table, *, jobs: int, concurrency: int, blocks: int, pairs: int) -> dict[str, Any]:
    loop = asyncio.new_event_loop()
    client, aclient, raw, araw = tb.client(), tb.async_client(), tb.raw(), tb.raw_async()
    flytekit = FlytekitSlurm(tb)
    spec = tb.spec()
    body = tb.submit_body(client)
    path = f"/slurm/{tb.api}/job/submit"

    async def bounded(n: int, one: Callable[[], Awaitable[int]]) -> list[int]:
        sem = asyncio.Semaphore(concurrency)

        async def run() -> int:
            async with sem:
                return await one()

        return list(await asyncio.gather(*(run() for _ in range(n))))

    def raw_one() -> int:
        r = raw.post(path, json=body)
        r.raise_for_status()
        return int(r.json()["job_id"])

    async def araw_one() -> int:
        r = await araw.post(path, json=body)
        r.raise_for_status()
        return int(r.json()["job_id"])

    # sbatch, locally inside the testbed, as the job user (HOME as for a login of that user).
    sbatch = [
        shutil.which("chroot") or "/usr/sbin/chroot",
        "--userspec",
        f"{tb.user}:{tb.user}",
        tb.root,
        "sbatch",
        "-H",
        "--parsable",
        "-J",
        tb.name,
        "-t",
        "1",
        "--wrap",
        "true",
    ]
    sbatch_env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": f"/home/{tb.user}",
        "USER": tb.user,
        "LANG": "C.UTF-8",
    }

    def sbatch_one() -> int:
        out = subprocess.run(sbatch, capture_output=True, text=True, check=True, env=sbatch_env).stdout
        return int(out.strip().split(";")[0])

    methods: dict[str, Callable[[int], list[int]]] = {
        "facade_sync": lambda n: [client.submit(spec) for _ in range(n)],
        "facade_async": lambda n: loop.run_until_complete(bounded(n, lambda: aclient.submit(spec))),
        "raw_httpx_sync": lambda n: [raw_one() for _ in range(n)],
        "raw_httpx_async": lambda n: loop.run_until_complete(bounded(n, araw_one)),
        "sbatch_local": lambda n: [sbatch_one() for _ in range(n)],
        "flytekitplugins_slurm": lambda n: loop.run_until_complete(flytekit.submit(n)),
    }
    result: dict[str, Any] = {
        "jobs_per_method": jobs,
        "concurrency": concurrency,
        "blocks": blocks,
        "warmup_jobs": SUBMIT_WARMUP,
    }
    # Warm-up (not timed), the same for every method: negotiation, connection pools, the SSH
    # connection, token minting, and the first runs of every code path.
    for fn in methods.values():
        warm = fn(SUBMIT_WARMUP)
        tb.created.update(warm)
        tb.cancel(warm)
    block_rates: dict[str, list[float]] = {k: [] for k in methods}
    seconds = dict.fromkeys(methods, 0.0)
    cpu = dict.fromkeys(methods, 0.0)  # this process's CPU: what the client side costs, whatever the server does
    per_block = [jobs // blocks + (1 if i < jobs % blocks else 0) for i in range(blocks)]
    # Each facade method runs right next to the raw httpx loop it is compared with, so both see the
    # same moment of the shared testbed; which of the two goes first alternates every block, and the
    # units rotate every two blocks so that each unit takes each place in the order equally often.
    units = [
        ["facade_sync", "raw_httpx_sync"],
        ["facade_async", "raw_httpx_async"],
        ["sbatch_local"],
        ["flytekitplugins_slurm"],
    ]
    try:
        for b, n in enumerate(per_block):
            turn = (b // 2) % len(units)
            order = [name for unit in units[turn:] + units[:turn] for name in (unit if b % 2 == 0 else unit[::-1])]
            for name in order:
                t0, c0 = time.perf_counter(), time.process_time()
                ids = methods[name](n)
                dt = time.perf_counter() - t0
                cpu[name] += time.process_time() - c0
                seconds[name] += dt
                block_rates[name].append(n / dt)
                tb.created.update(ids)
                assert len(set(ids)) == n, f"{name}: {n} submits gave {len(set(ids))} distinct job ids"
                tb.cancel(ids)  # the end of this method's block: nothing it made stays queued
                time.sleep(SUBMIT_SETTLE)  # slurmctld ends the cancelled jobs before the next block starts
        result["paired"] = paired = submit_pairs(
            tb,
            pairs,
            {
                "sync": (lambda: [client.submit(spec)], lambda: [raw_one()]),
                "async": (
                    lambda: loop.run_until_complete(bounded(concurrency, lambda: aclient.submit(spec))),
                    lambda: loop.run_until_complete(bounded(concurrency, araw_one)),
                ),
            },
        )
    finally:
        client.close()
        raw.close()
        flytekit.close()
        loop.run_until_complete(aclient.aclose())
        loop.run_until_complete(araw.aclose())
        loop.close()

    # A block's rate is its jobs over its wall time; the median block speaks for the method, so that
    # a burst of other clients' work on the shared testbed during one block does not decide it. The
    # facade/raw targets use the paired runs (submit_pairs), which compare them moment by moment.
    rate = {k: statistics.median(v) for k, v in block_rates.items()}
    result["seconds"] = seconds
    result["jobs_per_s"] = rate
    result["jobs_per_s_overall"] = {k: jobs / v for k, v in seconds.items()}
    result["block_jobs_per_s"] = block_rates
    result["client_cpu_ms_per_job"] = {k: v / jobs * 1e3 for k, v in cpu.items() if k != "sbatch_local"}
    cpu_ms = result["client_cpu_ms_per_job"]

    def value(k: str) -> str:
        return f"{rate[k]:.0f} jobs/s" + (f", client CPU {cpu_ms[k]:.2f} ms/job" if k in cpu_ms else "")

    sync_raw, async_raw = paired["sync"]["ratio"], paired["async"]["ratio"]
    vs_fk = rate["facade_sync"] / rate["flytekitplugins_slurm"]
    result["ratios"] = {
        "facade_sync/raw_httpx_sync": sync_raw,
        "facade_async/raw_httpx_async": async_raw,
        "facade_sync/raw_httpx_sync_blocks": rate["facade_sync"] / rate["raw_httpx_sync"],
        "facade_async/raw_httpx_async_blocks": rate["facade_async"] / rate["raw_httpx_async"],
        "facade_sync/flytekitplugins_slurm": vs_fk,
        "facade_async/flytekitplugins_slurm": rate["facade_async"] / rate["flytekitplugins_slurm"],
        "facade_sync/sbatch_local": rate["facade_sync"] / rate["sbatch_local"],
    }
    hdr = "1 submit"
    table.add(
        f"{hdr}: setup",
        f"{jobs} held jobs per method after {SUBMIT_WARMUP} warm-up, {blocks} interleaved blocks; median block's rate",
    )
    table.add(
        f"{hdr}: facade vs raw, paired",
        f"sync: {pairs} submits each, alternating one by one; async: "
        f"{pairs // concurrency} alternating rounds of {concurrency}; ratio of median times",
    )
    table.add(f"{hdr}: raw httpx, sync loop", value("raw_httpx_sync"))
    table.add(f"{hdr}: raw httpx, async x{concurrency}", value("raw_httpx_async"))
    table.add(
        f"{hdr}: SlurmClient.submit loop",
        value("facade_sync"),
        "raw httpx sync",
        f"{sync_raw:.2f}x",
        f">= {T_SUBMIT_VS_RAW:.2f}x",
        sync_raw >= T_SUBMIT_VS_RAW,
    )
    table.add(
        f"{hdr}: AsyncSlurmClient.submit x{concurrency}",
        value("facade_async"),
        "raw httpx async",
        f"{async_raw:.2f}x",
        f">= {T_SUBMIT_VS_RAW:.2f}x",
        async_raw >= T_SUBMIT_VS_RAW,
    )
    table.add(
        f"{hdr}: local sbatch loop",
        value("sbatch_local"),
        "SlurmClient loop",
        f"{rate['facade_sync'] / rate['sbatch_local']:.1f}x faster",
    )
    table.add(
        f"{hdr}: flytekitplugins-slurm create (SSH)",
        value("flytekitplugins_slurm"),
        "SlurmClient loop",
        f"{vs_fk:.1f}x faster",
        f">= {T_SUBMIT_VS_FLYTEKIT:.0f}x",
        vs_fk >= T_SUBMIT_VS_FLYTEKIT,
    )
    return result
