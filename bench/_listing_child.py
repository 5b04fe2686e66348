"""Child process of the listing section: one job listing, its wall time and this process's peak RSS.

    _listing_child.py '{"url": ..., "user": ..., "jwt_key": ..., "api": ..., "how": "jobs" | "whole" | "raw"}'

``jobs``: ``SlurmClient.jobs()`` (read record by record); ``whole``: the same GET through the escape hatch
``client.request`` (decoded whole, as every listing was before); ``raw``: httpx reading the body and
dropping it (slurmrestd's own answer time, the floor; its records counted by their ``"job_id":`` key). Prints
one JSON line.
"""

from __future__ import annotations

import json
import sys
import time


def _hwm_kb() -> int:
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM"))


def main() -> None:
    cfg = json.loads(sys.argv[1])
    import httpx

    from slurm_rest import SlurmClient

    before = _hwm_kb()
    path = f"/slurm/{cfg['api']}/jobs/"
    with SlurmClient(url=cfg["url"], user=cfg["user"], jwt_key=cfg["jwt_key"], read_timeout=600) as client:
        client.ping()  # connected, version chosen, token minted: not part of the listing's time
        t0 = time.perf_counter()
        if cfg["how"] == "jobs":
            count = len(client.jobs())
            size = 0
        elif cfg["how"] == "whole":
            count = len(client.request("GET", path)["jobs"])
            size = 0
        else:
            headers = {"X-SLURM-USER-NAME": cfg["user"], "X-SLURM-USER-TOKEN": cfg["token"]}
            count, size, tail = 0, 0, b""
            with httpx.stream("GET", cfg["url"] + path, headers=headers, timeout=600) as r:
                r.raise_for_status()
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    count += (tail + chunk).count(b'"job_id":') - tail.count(b'"job_id":')  # records, roughly
                    tail = chunk[-16:]
        seconds = time.perf_counter() - t0
    print(
        json.dumps(
            {
                "how": cfg["how"],
                "jobs": count,
                "bytes": size,
                "seconds": seconds,
                "hwm_kb": _hwm_kb(),
                "hwm_before_kb": before,
            }
        )
    )


if __name__ == "__main__":
    main()
