"""Benchmark plumbing: a testbed (24.11 unless ``--release`` says), raw clients, slurmctld RPC counters, job cleanup."""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import httpx

from slurm_rest import AsyncSlurmClient, JobSpec, SlurmClient, SlurmRestError
from slurm_rest._constants import DEFAULT_ENV
from slurm_rest_testbed import load_facts, mint_token, resolve

RELEASE = "24.11"  # the release every section runs on; the network section runs on any
# The diag request itself is one REQUEST_STATS_INFO: the measurement, not the thing measured.
MEASUREMENT_RPCS = frozenset({"REQUEST_STATS_INFO"})


@dataclass
class Testbed:
    """A running testbed and everything made on it (so that all of it is cancelled); ``api`` is the version
    the facade chose there, which the raw clients' paths use too."""

    facts: dict[str, Any]
    release: str = RELEASE
    api: str = ""
    name: str = field(default_factory=lambda: f"slurm-rest-bench-{uuid.uuid4().hex[:8]}")
    created: set[int] = field(default_factory=set)
    token: str = ""
    verify: bool | str = True  # the CA bundle of a TLS URL (the testbed's TLS proxy)

    @classmethod
    def open(cls, release: str = RELEASE) -> Testbed:
        rel = resolve([release])[0]
        facts = load_facts(rel)
        if facts is None:
            raise SystemExit(f"no facts for testbed {release}: run `python -m slurm_rest_testbed up {release}` first")
        tb = cls(facts, release=release)
        tb.token = mint_token(rel, lifespan=3600)
        try:
            with tb.client() as client:
                tb.api = client.api_version()
            httpx.get(f"{tb.url}/slurm/{tb.api}/ping/", headers=tb.headers, timeout=10).raise_for_status()
        except (httpx.HTTPError, SlurmRestError) as exc:
            raise SystemExit(f"testbed {release} does not answer at {tb.url}: {exc}") from None
        return tb

    @property
    def url(self) -> str:
        return str(self.facts["rest_url"])

    @property
    def user(self) -> str:
        return str(self.facts["job_user"])

    @property
    def root(self) -> str:
        return str(self.facts["rootfs"])

    @property
    def headers(self) -> dict[str, str]:
        return {"X-SLURM-USER-NAME": self.user, "X-SLURM-USER-TOKEN": self.token}

    # -- clients ------------------------------------------------------------------------------

    def client(self) -> SlurmClient:
        return SlurmClient(url=self.url, user=self.user, jwt_key=self.facts["jwt_key_path"], verify=self.verify)

    def async_client(self) -> AsyncSlurmClient:
        return AsyncSlurmClient(url=self.url, user=self.user, jwt_key=self.facts["jwt_key_path"], verify=self.verify)

    def raw(self) -> httpx.Client:
        """What a careful caller would write by hand: one pooled client, the two auth headers."""
        return httpx.Client(base_url=self.url, headers=self.headers, timeout=30, verify=self.verify)

    def raw_async(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=self.url,
            headers=self.headers,
            timeout=30,
            verify=self.verify,
            limits=httpx.Limits(max_connections=20, max_keepalive_connections=20),
        )

    def spec(self) -> JobSpec:
        """A job that never runs: held, one minute, `true`."""
        return JobSpec(script="#!/bin/sh\ntrue\n", name=self.name, hold=True, time_limit="1:00")

    def submit_body(self, client: SlurmClient) -> dict[str, Any]:
        """The exact JSON body the facade posts for ``spec()`` (for the raw-httpx comparison)."""
        body: dict[str, Any] = (
            client.adapter().submit(self.spec(), tag=uuid.uuid4().hex, default_env=dict(DEFAULT_ENV)).json
        )
        return body

    # -- slurmctld RPC counters ---------------------------------------------------------------

    def rpc_counts(self, raw: httpx.Client) -> dict[str, int]:
        r = raw.get(f"/slurm/{self.api}/diag/")
        r.raise_for_status()
        return {str(e["message_type"]): int(e["count"]) for e in r.json()["statistics"]["rpcs_by_message_type"]}

    # -- jobs ---------------------------------------------------------------------------------

    def submit_held(self, n: int, concurrency: int = 16) -> list[int]:
        """``n`` held jobs, fast (raw async POSTs), recorded for cleanup."""
        body = self.submit_body_static()

        async def go() -> list[int]:
            sem = asyncio.Semaphore(concurrency)
            async with self.raw_async() as http:

                async def one() -> int:
                    async with sem:
                        r = await http.post(f"/slurm/{self.api}/job/submit", json=body)
                        r.raise_for_status()
                        return int(r.json()["job_id"])

                return list(await asyncio.gather(*(one() for _ in range(n))))

        ids = asyncio.run(go())
        self.created.update(ids)
        return ids

    def submit_body_static(self) -> dict[str, Any]:
        with self.client() as c:
            return self.submit_body(c)

    def cancel(self, ids: Iterable[int]) -> None:
        """scancel (as root, inside the chroot): one REQUEST_KILL_JOBS per chunk of ids."""
        todo = sorted(set(ids))
        for i in range(0, len(todo), 1000):
            chunk = [str(j) for j in todo[i : i + 1000]]
            subprocess.run(["chroot", self.root, "scancel", *chunk], check=False, capture_output=True)
        self.created.difference_update(todo)

    def cancel_all(self) -> None:
        """Everything this run made, then anything left under its job name (lost submit answers)."""
        self.cancel(list(self.created))
        subprocess.run(
            ["chroot", self.root, "scancel", "--name", self.name, "--user", self.user], check=False, capture_output=True
        )


def rpc_delta(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    out = {k: after.get(k, 0) - before.get(k, 0) for k in set(before) | set(after)}
    return {k: v for k, v in sorted(out.items()) if v > 0 and k not in MEASUREMENT_RPCS}


@dataclass
class Sample:
    """Repeated runs of one cycle: median wall time, and the quietest run's RPCs.

    The testbed is shared: another client's RPCs can only *add* to a diff, so the run with the
    fewest RPCs is the one closest to what this cycle alone cost.
    """

    seconds: list[float]
    rpcs: list[dict[str, int]]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def quietest(self) -> dict[str, int]:
        return min(self.rpcs, key=lambda d: sum(d.values()))

    @property
    def rpc_total(self) -> int:
        return sum(self.quietest.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "median_s": self.median,
            "runs_s": self.seconds,
            "rpcs": self.quietest,
            "rpc_total": self.rpc_total,
            "rpcs_all_runs": self.rpcs,
        }


def measure(tb: Testbed, diag: httpx.Client, fn: Callable[[], object], repeats: int) -> Sample:
    seconds, rpcs = [], []
    for _ in range(repeats):
        before = tb.rpc_counts(diag)
        t0 = time.perf_counter()
        fn()
        seconds.append(time.perf_counter() - t0)
        rpcs.append(rpc_delta(before, tb.rpc_counts(diag)))
    return Sample(seconds, rpcs)


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str, str]] = []

    def add(
        self, what: str, value: str, against: str = "", ratio: str = "", target: str = "", ok: bool | None = None
    ) -> None:
        self.rows.append((what, value, against, ratio, target, "" if ok is None else ("PASS" if ok else "FAIL")))

    def render(self) -> str:
        head = ("measurement", "value", "compared with", "ratio", "target", "result")
        self.rows.sort(key=lambda r: r[0].split(" ", 1)[0])  # by section number; stable within one
        rows = [head, *self.rows]
        widths = [max(len(r[i]) for r in rows) for i in range(len(head))]

        def line(r: tuple[str, ...]) -> str:
            return "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)) + " |"

        return "\n".join(
            [line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *(line(r) for r in self.rows)]
        )


def fmt_rpcs(rpcs: dict[str, int]) -> str:
    return (
        ", ".join(f"{k.removeprefix('REQUEST_')} {v}" for k, v in sorted(rpcs.items(), key=lambda kv: -kv[1])) or "none"
    )


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"
