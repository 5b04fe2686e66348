"""A Flyte shell task's create-to-final time across the network section's link (section 6, issue 23).

Ours: one served replica (``pyflyte serve connector``) under a deployment naming the testbed as it is seen
across the link (slurmrestd and sshd behind the delay proxies), called over gRPC as FlytePropeller calls
it: CreateTask, then GetTask every ``POLL`` seconds until a terminal phase. The peer: flytekitplugins-slurm's
connector in process, ``create`` (sbatch over its kept SSH connection) then ``get`` (``scontrol --json show
job``) on the same schedule. The task is the same one-line job either way; its run on the cluster costs both
the same. Polled this often, the peer sees the end sooner: each of its gets asks the controller, where ours
answers from the replica's watcher, whose state may be ``POLL_MAX_AGE`` (1 s) old; FlytePropeller polls a
task every few seconds, where that difference vanishes and the cost of each get remains.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import asyncssh
from _baselines import FlytekitSlurm
from _harness import Testbed

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.live._replicas import SDKS, Replica, deployment, task_request  # noqa: E402

TASKS = 5  # tasks per connector and RTT, one after another: the medians are reported
POLL = 0.1  # seconds between two GetTask calls of one task (fine enough to see a round trip)
DEADLINE = 60.0  # seconds a task may take to reach a terminal phase (a one-line job: 2-3 s here)
CLUSTER = "bench"
TERMINAL = {"SUCCEEDED", "FAILED", "ABORTED", "TIMED_OUT", "PERMANENT_FAILURE", "RETRYABLE_FAILURE"}


def flyte_task_times(net: Testbed) -> dict[str, float | None]:
    """Median seconds of a shell task's create and create-to-final, ``ours`` (served, over gRPC) and the
    ``peer``'s (None: its task never ended, ``peer_stuck`` says in which phase), and the peer's ``get`` calls
    that raised (``peer_failed_gets``)."""
    (peer_create, peer), failed, stuck = asyncio.run(_peer(net))
    ours_create, ours = _ours(net)
    return {
        "ours": ours,
        "ours_create": ours_create,
        "peer": peer,
        "peer_create": peer_create,
        "peer_failed_gets": failed,
        "peer_stuck": stuck,
    }


def _ours(net: Testbed) -> tuple[float, float]:
    sdk = SDKS[0]  # flytekit's server: the peer is a flytekit connector too
    with tempfile.TemporaryDirectory(prefix="slurm-rest-flyte-task-") as work:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("_FSEC_", "SLURM_REST_"))}
        env["SLURM_REST_CONNECTOR_CONFIG"], _ = deployment(Path(work), net.facts, cluster=CLUSTER, project="bench")
        replica = Replica(sdk, 0, env, Path(work))
        replica.start()
        try:
            creates, seconds = [], []
            for i in range(TASKS + 1):  # the first warms the replica's client and SFTP connection
                request, _ = task_request(
                    sdk,
                    f"net{i}",
                    "true",
                    cluster=CLUSTER,
                    project="bench",
                    execution=f"b{uuid.uuid4().hex[:12]}",
                    prefix=f"file://{work}",
                )
                t0 = time.perf_counter()
                meta = replica.create(request)
                creates.append(time.perf_counter() - t0)
                phase, message = replica.phase(meta)
                while phase not in TERMINAL:
                    _not_late(t0, phase)
                    time.sleep(POLL)
                    phase, message = replica.phase(meta)
                assert phase == "SUCCEEDED", f"our task ended {phase}: {message}"
                seconds.append(time.perf_counter() - t0)
        finally:
            replica.stop()
    return statistics.median(creates[1:]), statistics.median(seconds[1:])


async def _peer(net: Testbed) -> tuple[tuple[float, float | None], int, str | None]:
    """Median seconds, how many ``get`` calls raised, and the phase a task never left (None: all ended).

    Its ``get`` names ``SFTPNoSuchFile`` without importing it (flytekitplugins-slurm 1.16), so it raises
    NameError whenever the job's stdout file cannot be read: while a job is pending, and on 26.05 always,
    whose ``scontrol --json`` gives ``standard_output`` unexpanded ("slurm-%j.out", relative), so the task
    never leaves RUNNING. On 22.05, whose scontrol has no ``--json``, every get raises ProcessError.
    Flyte's engine would retry such calls, and so does this driver, until ``DEADLINE``; then the peer's
    time is None and its create is timed on more tasks, not waited for."""
    from flyteidl.core.execution_pb2 import TaskExecution

    peer = FlytekitSlurm(net, hold=False)
    failed = 0

    async def get(meta: Any) -> str:
        nonlocal failed
        try:
            resource = await peer.get(meta)
        except (NameError, asyncssh.ProcessError) as exc:  # the latter: 22.05's scontrol has no --json
            failed += 1
            return f"RUNNING (its get raised {type(exc).__name__})"
        return str(TaskExecution.Phase.Name(resource.phase))

    try:
        creates, seconds = [], []
        for _ in range(TASKS + 1):  # the first opens its kept SSH connection
            t0 = time.perf_counter()
            meta = await peer.create()
            creates.append(time.perf_counter() - t0)
            while (phase := await get(meta)) not in TERMINAL:
                if time.perf_counter() - t0 > DEADLINE:
                    return (await _creates(peer, TASKS), None), failed, phase
                await asyncio.sleep(POLL)
            assert phase == "SUCCEEDED", f"flytekitplugins-slurm's task ended {phase}"
            seconds.append(time.perf_counter() - t0)
    finally:
        peer.close()
    return (statistics.median(creates[1:]), statistics.median(seconds[1:])), failed, None


async def _creates(peer: FlytekitSlurm, n: int) -> float:
    """Median seconds of ``n`` more creates on the peer's open connection (their jobs run and end)."""
    seconds = []
    for _ in range(n):
        t0 = time.perf_counter()
        await peer.create()
        seconds.append(time.perf_counter() - t0)
    return statistics.median(seconds)


def _not_late(t0: float, phase: str) -> None:
    if time.perf_counter() - t0 > DEADLINE:
        raise TimeoutError(f"a task is still {phase} after {DEADLINE:.0f} s")
