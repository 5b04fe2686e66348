"""Bench section 5: a watcher over 1,000 … 20,000 tracked jobs, against the raw chunked ``/jobs/state`` requests.

For each N: a fresh ``JobWatcher`` tracking N held jobs runs its first cycle (first sight: nothing known)
and then steady cycles; the floor is the same chunked ``GET /jobs/state/`` requests sent by hand with one
raw httpx client, side by side as the watcher sends them. slurmctld's RPCs come from ``/diag``.
"""

from __future__ import annotations

import asyncio
import math
from typing import Any

from _harness import Sample, Table, Testbed, fmt_rpcs, measure, ms

from slurm_rest._constants import FIRST_READS, STATE_CHUNK

__all__ = ["T_FIRST_EXTRA", "T_STEADY_VS_RAW", "bench_scale"]

T_STEADY_VS_RAW = 1.3
# First cycle: ⌈N/chunk⌉ JOB_STATE RPCs, plus the first FIRST_READS pending jobs read for their reason
# (FED_INFO + JOB_INFO_SINGLE each; the bench's jobs are held, so pending); none has finished.
T_FIRST_EXTRA = 2 * FIRST_READS


def _raw_chunked(tb: Testbed, ids: list[int], repeats: int) -> Sample:
    """The floor: the same chunked requests, side by side, from one warm raw httpx client."""
    chunks = [ids[i : i + STATE_CHUNK] for i in range(0, len(ids), STATE_CHUNK)]
    loop = asyncio.new_event_loop()
    http = tb.raw_async()

    async def cycle() -> None:
        responses = await asyncio.gather(
            *(http.get(f"/slurm/{tb.api}/jobs/state/", params=[("job_id", str(j)) for j in chunk]) for chunk in chunks)
        )
        for r in responses:
            r.raise_for_status()
            r.json()

    diag = tb.raw()
    try:
        loop.run_until_complete(cycle())  # warm: connections open, as the watcher's are
        return measure(tb, diag, lambda: loop.run_until_complete(cycle()), repeats)
    finally:
        diag.close()
        loop.run_until_complete(http.aclose())
        loop.close()


def bench_scale(tb: Testbed, table: Table, pool: list[int], sizes: list[int], repeats: int) -> dict[str, Any]:
    result: dict[str, Any] = {}
    diag = tb.raw()
    for n in sizes:
        ids = pool[:n]
        chunks = math.ceil(n / STATE_CHUNK)
        with tb.client() as client:
            watcher = client.watcher()
            watcher.track(ids)
            first = measure(tb, diag, watcher.poll, 1)
            assert set(watcher.state.infos) == set(ids), "the watcher did not learn every job"
            watcher.state._unreasoned.clear()  # steady: the reasons of held jobs are known (bench only)
            steady = measure(tb, diag, watcher.poll, repeats)
        raw = _raw_chunked(tb, ids, repeats)
        ratio = steady.median / raw.median
        result[str(n)] = {
            "chunks": chunks,
            "first_cycle": first.as_dict(),
            "steady_cycle": steady.as_dict(),
            "raw_chunked": raw.as_dict(),
            "steady/raw": ratio,
        }
        h = f"5 scale N={n}"
        table.add(
            f"{h}: first cycle (first sight)",
            f"{first.rpc_total} RPCs ({fmt_rpcs(first.quietest)}), {ms(first.median)}",
            f"{chunks} chunk(s) of {STATE_CHUNK}",
            "",
            f"<= {chunks + T_FIRST_EXTRA} RPCs",
            first.rpc_total <= chunks + T_FIRST_EXTRA,
        )
        table.add(
            f"{h}: steady cycle",
            f"{steady.rpc_total} RPCs ({fmt_rpcs(steady.quietest)}), {ms(steady.median)}",
            f"raw chunked /jobs/state/ {ms(raw.median)}",
            f"{ratio:.2f}x",
            f"<= {T_STEADY_VS_RAW}x",
            ratio <= T_STEADY_VS_RAW and steady.rpc_total == chunks,
        )
    # A replayed connector create (issue: idempotent create) looks its job up in one listing of every job the
    # controller holds: what that costs with the whole pool held.
    with tb.client() as client:
        lookup = measure(tb, diag, lambda: client.find_submitted("flyte:bench/none/e/n#0"), 3)
    result["find_submitted"] = lookup.as_dict()
    table.add(
        f"5 scale: find_submitted with {len(pool)} jobs held",
        f"{lookup.rpc_total} RPCs ({fmt_rpcs(lookup.quietest)}), {ms(lookup.median)}",
        "one GET /jobs listing",
        "",
        "",
        True,
    )
    diag.close()
    return result
