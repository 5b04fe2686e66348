"""Child process of the memory benchmark: import flyte_plugin, follow many jobs through connector.get().

Run by ``run.py`` with one JSON argument ``{"url", "user", "ids_file", "seconds", "api"}``; the
JWT key arrives as the Flyte secret the connector reads (``_FSEC_SLURM_REST_JWT_KEY``) and a
token for the diag request as ``BENCH_TOKEN``. Rounds of ``get()`` for every job, one per
``POLL_MAX_AGE``, go on for ``seconds`` (long enough for the watcher's periodic full refresh of
pending jobs to happen, see ``slurm_rest._watching``). Prints one JSON line: RSS figures (kB)
and every round (wall time, slurmctld RPCs, RSS after it).
"""

from __future__ import annotations

import json
import os
import sys
import time


def _status() -> dict[str, int]:
    out = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0])
    return out


def main() -> None:
    cfg = json.loads(sys.argv[1])
    start = _status()
    # Imported here, after the baseline, so that their cost shows as "after imports".
    import asyncio
    from collections import Counter

    import httpx
    from flytekit.extend.backend.base_connector import ConnectorRegistry

    import flyte_plugin
    from flyte_plugin._lifecycle import seal
    from flyte_plugin.flytekit._connector import POLL_MAX_AGE, SlurmRestMeta

    imported = _status()
    with open(cfg["ids_file"]) as fh:
        ids = [int(j) for j in json.load(fh)]
    cluster = flyte_plugin.SlurmCluster(
        url=cfg["url"], user=cfg["user"], jwt_key_secret="jwt_key", secret_group="slurm_rest"
    )
    connector = ConnectorRegistry.get_connector(flyte_plugin.TASK_SHELL)
    # signed as the connector's create signs what Flyte stores
    metas = [seal(SlurmRestMeta(job_id=j, cluster=cluster.to_dict(), user=cfg["user"])) for j in ids]
    diag = httpx.Client(
        base_url=cfg["url"], headers={"X-SLURM-USER-NAME": cfg["user"], "X-SLURM-USER-TOKEN": os.environ["BENCH_TOKEN"]}
    )

    def rpcs() -> dict[str, int]:
        stats = diag.get(f"/slurm/{cfg['api']}/diag/").json()["statistics"]["rpcs_by_message_type"]
        return {str(e["message_type"]): int(e["count"]) for e in stats}

    async def follow() -> list[dict[str, object]]:
        cycles = []
        started = time.perf_counter()
        while time.perf_counter() - started < cfg["seconds"]:
            before = rpcs()
            t0 = time.perf_counter()
            results = await asyncio.gather(*(connector.get(m) for m in metas))
            seconds = time.perf_counter() - t0
            after = rpcs()
            delta = {k: after.get(k, 0) - before.get(k, 0) for k in after}
            cycles.append(
                {
                    "at": t0 - started,
                    "seconds": seconds,
                    "rss_kb": _status()["VmRSS"],
                    "phases": dict(Counter(str(r.phase) for r in results)),
                    "rpcs": {k: v for k, v in sorted(delta.items()) if v > 0 and k != "REQUEST_STATS_INFO"},
                }
            )
            await asyncio.sleep(POLL_MAX_AGE + 0.1)  # the next round of get() calls needs a fresh cycle
        return cycles

    cycles = asyncio.run(follow())
    end = _status()
    print(
        json.dumps(
            {
                "jobs": len(ids),
                "rss_start_kb": start["VmRSS"],
                "rss_imported_kb": imported["VmRSS"],
                "rss_end_kb": end["VmRSS"],
                "hwm_kb": end["VmHWM"],
                "cycles": cycles,
            }
        )
    )


if __name__ == "__main__":
    main()
