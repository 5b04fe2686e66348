"""7. capacity: how many GetTask calls one served connector replica answers, per SDK, with N tasks in flight.

One replica of each SDK's server (``pyflyte serve connector``, Flyte 2's ``c0``) runs under a deployment
naming the testbed; N held jobs stand for N tasks in flight, their metadata signed with the deployment's
key as the replica's own create would sign it. A driver stands for FlytePropeller over gRPC:

- first round: every task's GetTask once, as a restarted replica meets its tasks (the watcher learns N jobs);
- paced: each task polled every ``POLL_EVERY`` seconds (N / POLL_EVERY calls a second, open loop: a slow
  answer does not slow the caller), latency p50/p99;
- saturated: ``CONCURRENCY`` callers back to back (the peer: ``PEER_CALLERS``): the most calls a second it
  answers, and the replica's CPU seconds per call (``/proc``, the process tree), hence calls a second per core.

The replica's RSS is sampled throughout (its peak), and every answer must be QUEUED (the jobs are held).

The peer: flytekitplugins-slurm's connector, served by the same flytekit server (it is installed beside
this package, whose connector then idles), asked about the same held jobs by its own metadata. Its ``get``
runs ``scontrol --json show job`` over SSH and then reads the job's stdout file by SFTP, raising NameError
when that file is missing (it names ``SFTPNoSuchFile`` without importing it), as it is for every pending
job; so that it can run, each job's stdout file is made empty beforehand (in the chroot, at the path the
controller gives), the least a get of a started job would read. No first round (its ``get`` keeps no state);
a replica of its own started afresh for each N; the saturated round first, with FlytePropeller's 10 workers
as callers, then a shorter paced one. With each round the machine's CPU beside the driver's is read too
(``/proc/stat``): the peer's work is mostly on the cluster's side (sshd, scontrol, sftp-server per call),
where the replica's own CPU does not see it.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import math
import os
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import grpc
from _baselines import peer_home, peer_ssh_config
from _harness import Table, Testbed, ms

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from flyte_plugin import SlurmRestMeta  # noqa: E402
from flyte_plugin._deployment import load_deployment, use_deployment  # noqa: E402
from flyte_plugin._lifecycle import seal  # noqa: E402
from flyte_plugin.flyte2 import SlurmRestMeta as SlurmRestMeta2  # noqa: E402
from tests.live._replicas import SDKS, Replica, Sdk, deployment, process_tree  # noqa: E402

POLL_EVERY = 10.0  # seconds between two polls of one task (FlytePropeller re-evaluates a workflow every 10 s)
# The paced round: 12 of the watcher's cycles at 10,000 tasks (one per 5 s). Over 20 s (4 cycles) p99 went
# from 15 to 90 ms between runs of the same code: it counted how many of 4 cycles met a busy moment.
PACED_SECONDS = 60.0
SLOW_BUCKET = 0.25  # seconds: the paced round's calls over T_P99 counted by when they were sent
SATURATED_SECONDS = 15.0
CONCURRENCY = 16
CLUSTER = "bench"
TICK = 0.01  # seconds between the paced driver's bursts
# The driver's channel retries a restarted replica within a second (gRPC's default backoff grows to 120 s).
RECONNECT = [
    ("grpc.initial_reconnect_backoff_ms", 100),
    ("grpc.min_reconnect_backoff_ms", 100),
    ("grpc.max_reconnect_backoff_ms", 1000),
]
ROUNDS = ("first", "paced", "saturated")
PEER = "flytekitplugins-slurm"
PEER_TASK_TYPE = "slurm"
PEER_PACED_SECONDS = 20.0  # its calls queue up past what it answers: a longer round only lengthens the queue
# Its callers as FlytePropeller's connector plugin calls, with 10 workers (webApi.caching.workers): all the
# peer's gets share one SSH connection, where sshd lets 10 sessions be open at once (MaxSessions).
PEER_CALLERS = 10

# Targets (issue 23), with 10,000 tasks in flight
T_PER_CORE = 1000.0
T_P99 = 0.050
T_RSS_MB = 250.0


def bench_capacity(tb: Testbed, table: Table, pool: list[int], sizes: list[int]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    work = Path(tempfile.mkdtemp(prefix="slurm-rest-capacity-"))  # kept: the replicas' logs
    print(f"[capacity] replica logs in {work}", file=sys.stderr, flush=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("_FSEC_", "SLURM_REST_"))}
    env["SLURM_REST_CONNECTOR_CONFIG"], _ = deployment(work, tb.facts, cluster=CLUSTER, project="bench")
    use_deployment(load_deployment(env["SLURM_REST_CONNECTOR_CONFIG"]))  # metas signed with its key
    try:
        for sdk in SDKS:
            replica = Replica(sdk, 0, env, work)
            replica.start()
            try:
                for n in sizes:
                    print(f"[capacity] {sdk.name}: {n} tasks ...", file=sys.stderr, flush=True)
                    metas = [_meta(sdk, job, tb.user) for job in pool[:n]]
                    figures = asyncio.run(_drive(replica, sdk.task_type, metas))
                    result[f"{sdk.name} {n}"] = figures
                    _rows(table, sdk.name, n, figures)
            finally:
                replica.stop()
    finally:
        use_deployment(None)
    result.update(_peer(tb, table, pool, sizes, env, work))
    return result


def _peer(
    tb: Testbed, table: Table, pool: list[int], sizes: list[int], env: dict[str, str], work: Path
) -> dict[str, Any]:
    """The same rounds for flytekitplugins-slurm's connector (see the module's docstring)."""
    try:
        from flytekitplugins.slurm.script.connector import SlurmJobMetadata
    except ImportError:
        print(f"[capacity] {PEER} is not installed: its rows are left out", file=sys.stderr, flush=True)
        return {}
    home = peer_home(tb)
    with tb.client() as client:  # the held jobs' stdout path, as the peer's scontrol shows it
        stdout = client.get_job(pool[0]).stdout_path
    outputs = [Path(tb.root + stdout.replace(str(pool[0]), str(job))) for job in pool[: max(sizes)]]
    ssh_config = peer_ssh_config(tb)
    replica = Replica(SDKS[0], 1, {**env, "HOME": home.name}, work)
    result: dict[str, Any] = {}
    try:
        for path in outputs:
            path.touch()
        for n in sizes:
            replica.kill()  # a fresh replica: the round past its most leaves the last one swamped
            replica.start()
            print(f"[capacity] {PEER}: {n} tasks ...", file=sys.stderr, flush=True)
            metas = [SlurmJobMetadata(job_id=str(job), ssh_config=ssh_config, outputs={}).encode() for job in pool[:n]]
            figures = asyncio.run(
                _drive(
                    replica,
                    PEER_TASK_TYPE,
                    metas,
                    first=False,
                    order=("saturated", "paced"),  # its most before a round past it leaves it swamped
                    paced_s=PEER_PACED_SECONDS,
                    callers=PEER_CALLERS,
                )
            )
            result[f"{PEER} {n}"] = figures
            _rows(table, PEER, n, figures)
    finally:
        replica.stop()
        for path in outputs:
            path.unlink(missing_ok=True)
        home.cleanup()
    return result


def _meta(sdk: Sdk, job_id: int, user: str) -> bytes:
    cls: Any = SlurmRestMeta if sdk.name == "flytekit" else SlurmRestMeta2
    return bytes(seal(cls(job_id=job_id, cluster=CLUSTER, user=user)).encode())


async def _drive(
    replica: Replica,
    task_type: str,
    metas: list[bytes],
    *,
    first: bool = True,
    order: tuple[str, str] = ("paced", "saturated"),
    paced_s: float = PACED_SECONDS,
    callers: int = CONCURRENCY,
) -> dict[str, Any]:
    """The rounds over ``metas`` (tasks of ``task_type``): the first one only when ``first``, then the paced
    and saturated ones in ``order``. A replica that exits is started again at once, as a deployment's pod
    would be (counted by round), and calls wait for it to serve rather than fail at once (``wait_for_ready``)."""
    sdk = replica.sdk
    channel = grpc.aio.insecure_channel(f"127.0.0.1:{replica.port}", options=RECONNECT)
    stub = sdk.stub(channel)
    category = sdk.pb.TaskCategory(name=task_type, version=0)
    requests = [sdk.pb.GetTaskRequest(task_category=category, resource_meta=m) for m in metas]
    phases: dict[str, int] = {}
    failed: dict[str, dict[str, int]] = {r: {} for r in ROUNDS}  # by round, then code
    now = [ROUNDS[0]]  # the round under way
    said: dict[str, str] = {}  # the first failure's details by code
    restarts = dict.fromkeys(ROUNDS, 0)
    rss = _RssSampler(replica)

    async def get(request: Any) -> float:
        """One GetTask's seconds (NaN when it failed: counted by status code, never raised)."""
        t0 = time.perf_counter()
        try:
            answer = await stub.GetTask(request, timeout=60, wait_for_ready=True)
        except grpc.aio.AioRpcError as exc:
            counts = failed[now[0]]
            counts[exc.code().name] = counts.get(exc.code().name, 0) + 1
            said.setdefault(exc.code().name, (exc.details() or "")[-300:])  # a traceback ends with its error
            return math.nan
        name = str(sdk.phase.Phase.Name(answer.resource.phase))
        phases[name] = phases.get(name, 0) + 1
        return time.perf_counter() - t0

    rate = len(requests) / POLL_EVERY

    async def watchdog() -> None:
        while True:
            await asyncio.sleep(0.2)
            if replica.proc is not None and replica.proc.poll() is not None:
                restarts[now[0]] += 1
                print(f"[capacity] the replica exited ({replica.proc.returncode}): started again", file=sys.stderr)
                await asyncio.to_thread(replica.start)

    async def paced_round() -> tuple[list[float], float, list[float], dict[str, int]]:
        """N / POLL_EVERY calls a second, each task in turn, sent on time whatever the answers do; the driver's
        own loop lag (how late each of its ticks woke), which a call's latency may include; and the calls over
        T_P99 by the ``SLOW_BUCKET`` they were sent in (seconds into the round), to see when they cluster."""
        paced: list[asyncio.Task[float]] = []
        sent_at: list[float] = []
        lags: list[float] = []
        started, sent = time.perf_counter(), 0
        while (elapsed := time.perf_counter() - started) < paced_s:
            due = int(elapsed * rate)
            while sent < due:
                paced.append(asyncio.create_task(get(requests[sent % len(requests)])))
                sent_at.append(elapsed)
                sent += 1
            asleep = time.perf_counter()
            await asyncio.sleep(TICK)
            lags.append(time.perf_counter() - asleep - TICK)
        answered = await asyncio.gather(*paced)
        slow: dict[str, int] = {}
        for at, seconds in zip(sent_at, answered, strict=True):
            if seconds > T_P99:
                key = f"{at - at % SLOW_BUCKET:.2f}"
                slow[key] = slow.get(key, 0) + 1
        latencies = sorted(x for x in answered if not math.isnan(x))
        return latencies, time.perf_counter() - started, sorted(lags), slow

    async def saturated_round() -> tuple[int, float, float, float]:
        """``callers`` back to back: calls answered, wall seconds, the replica's CPU seconds, and the
        machine's CPU seconds but the driver's."""
        cpu0, machine0, t1, calls = (
            _replica_cpu(replica),
            _machine_cpu() - time.process_time(),
            time.perf_counter(),
            [0],
        )

        async def caller(offset: int) -> None:
            i = offset
            while time.perf_counter() - t1 < SATURATED_SECONDS:
                answered = not math.isnan(await get(requests[i % len(requests)]))
                i += callers
                calls[0] += answered  # a failed call (the peer's) is counted in ``failed``, not here

        await asyncio.gather(*(caller(k) for k in range(callers)))
        machine = _machine_cpu() - time.process_time() - machine0
        return calls[0], time.perf_counter() - t1, _replica_cpu(replica) - cpu0, machine

    reviving = asyncio.create_task(watchdog())
    with rss:
        t0 = time.perf_counter()
        answers = await _gather_bounded([get(r) for r in requests], 256) if first else []
        first_round = time.perf_counter() - t0
        rounds: dict[str, Callable[[], Awaitable[Any]]] = {"paced": paced_round, "saturated": saturated_round}
        done: dict[str, Any] = {}
        with _collector_off():
            for name in order:
                now[0] = name
                done[name] = await rounds[name]()
        paced_latencies, paced_seconds, lags, slow = done["paced"]
        calls, wall, cpu, machine = done["saturated"]
    reviving.cancel()
    await channel.close()
    return {
        "tasks": len(requests),
        "first_round_s": first_round if first else None,
        "first_round_p99_s": _quantile(sorted(x for x in answers if not math.isnan(x)), 0.99),
        "paced_rate": rate,
        "paced_achieved": len(paced_latencies) / paced_seconds,
        "paced_p50_s": _quantile(paced_latencies, 0.5),
        "paced_p99_s": _quantile(paced_latencies, 0.99),
        "paced_over_p99_target": sum(1 for x in paced_latencies if x > T_P99),
        "paced_over_by_time": slow,
        "driver_lag_p99_s": _quantile(lags, 0.99),
        "driver_lag_max_s": lags[-1] if lags else math.nan,
        "restarts": restarts,
        "callers": callers,
        "saturated_calls_per_s": calls / wall,
        "saturated_cpu_s_per_call": cpu / calls if calls else math.nan,
        "calls_per_core_s": calls / cpu if cpu else float("inf"),
        "saturated_machine_cpu_s_per_call": machine / calls if calls else math.nan,
        "peak_rss_mb": rss.peak / 1e6,
        "phases": phases,
        "failed": failed,
        "failed_said": said,
        "log": str(replica.log),
    }


@contextlib.contextmanager
def _collector_off() -> Iterator[None]:
    """The driver's own garbage collector stopped while it times calls: with N requests and answers alive,
    a full collection of the driver took 80-130 ms, and every call in flight then looked that much slower."""
    gc.collect()
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.unfreeze()


async def _gather_bounded(coros: list[Any], limit: int) -> list[float]:
    slots = asyncio.Semaphore(limit)

    async def one(coro: Any) -> float:
        async with slots:
            return float(await coro)

    return list(await asyncio.gather(*(one(c) for c in coros)))


def _quantile(ordered: list[float], q: float) -> float:
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def _replica_cpu(replica: Replica) -> float:
    """CPU seconds of the replica's process tree, with those of every child this process has reaped (so a
    replica that exited and was started again still counts)."""
    reaped = os.times()
    proc = replica.proc
    live = _tree_cpu(proc.pid) if proc is not None and proc.poll() is None else 0.0
    return live + reaped.children_user + reaped.children_system


def _machine_cpu() -> float:
    """CPU seconds every process of the machine has spent (``/proc/stat``: all but idle and iowait)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:8]]
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def _tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a process and its live descendants."""
    tick, total = os.sysconf("SC_CLK_TCK"), 0.0
    for p in process_tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


class _RssSampler:
    """The replica's peak RSS, sampled every half second while the block runs."""

    def __init__(self, replica: Replica) -> None:
        self.replica, self.peak = replica, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> _RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.replica.sample()
        self.peak = max(self.peak, self.replica.peak_rss)

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self.replica.sample()
            self.peak = max(self.peak, self.replica.peak_rss)


def _rows(table: Table, sdk: str, n: int, f: dict[str, Any]) -> None:
    h = f"7 capacity {sdk} N={n}"
    judged = n >= 10000 and sdk != PEER
    if f["first_round_s"] is not None:
        table.add(
            f"{h}: first round (every task once)", f"{f['first_round_s']:.1f} s, p99 {ms(f['first_round_p99_s'])}"
        )
    table.add(
        f"{h}: paced, {f['paced_rate']:.0f} calls/s offered",
        f"p50 {ms(f['paced_p50_s'])}, p99 {ms(f['paced_p99_s'])}",
        f"{f['paced_achieved']:.0f} calls/s answered, {f['paced_over_p99_target']} over {ms(T_P99)}, failed "
        f"{f['failed']['paced'] or 'none'}{_exit(f, 'paced')}; the driver's loop lag "
        f"p99 {ms(f['driver_lag_p99_s'])}, max {ms(f['driver_lag_max_s'])}",
        "",
        f"p99 < {ms(T_P99)}, none failed" if judged else "",
        (f["paced_p99_s"] < T_P99 and not any(f["failed"].values()) and not any(f["restarts"].values()))
        if judged
        else None,
    )
    table.add(
        f"{h}: saturated ({f['callers']} callers)",
        f"{f['saturated_calls_per_s']:.0f} calls/s, {f['calls_per_core_s']:.0f}/s per core",
        f"{f['saturated_cpu_s_per_call'] * 1e3:.2f} ms CPU/call; the machine's but the driver's "
        f"{f['saturated_machine_cpu_s_per_call'] * 1e3:.2f} ms/call; failed {f['failed']['saturated'] or 'none'}"
        f"{_exit(f, 'saturated')}",
        "",
        f">= {T_PER_CORE:.0f}/s per core" if judged else "",
        f["calls_per_core_s"] >= T_PER_CORE if judged else None,
    )
    table.add(
        f"{h}: replica peak RSS",
        f"{f['peak_rss_mb']:.0f} MB",
        f"phases {f['phases']}; failed in the first round {f['failed']['first'] or 'none'}",
        "",
        f"< {T_RSS_MB:.0f} MB" if judged else "",
        f["peak_rss_mb"] < T_RSS_MB if judged else None,
    )


def _exit(f: dict[str, Any], round_name: str) -> str:
    times = f["restarts"][round_name]
    return f"; the replica exited in this round and was started again: {times}x" if times else ""
