"""Jobs across the testbed's nodes: tasks and steps on several nodes, a node that dies, a job preempted.

Every release's testbed has three compute nodes (n1..n3, each its own slurmd in its own network
namespace) and the partitions debug (default), low and high (``partition_prio``, ``REQUEUE``).
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from slurm_rest import Backoff, JobInfo, JobSpec, JobState, SlurmClient
from slurm_rest_testbed import Release, _daemons, _facts

from ..conftest import Testbed, require_testbed
from ._every_release import on_every_release, result_for
from .facade_support import client_for, job_file, make_client, sh

pytestmark = pytest.mark.live


@pytest.fixture
def client(testbed: Testbed) -> Iterator[SlurmClient]:
    yield from client_for(testbed)


def node_names(testbed: Testbed) -> list[str]:
    return [n["name"] for n in testbed.facts["nodes"]]


def running(client: SlurmClient, job_id: int, timeout: float = 60.0) -> JobInfo:
    deadline = time.monotonic() + timeout
    while True:
        info = client.get_job(job_id)
        if info.state is JobState.RUNNING or time.monotonic() > deadline:
            assert info.state is JobState.RUNNING, info
            return info
        time.sleep(0.5)


def test_tasks_on_two_nodes_report_distinct_hosts_and_ranks(client: SlurmClient, testbed: Testbed) -> None:
    out = f"/tmp/multinode-{os.getpid()}-%j.out"
    job = client.submit(
        JobSpec(
            script=sh(
                'srun sh -c \'echo rank "$(hostname)" "$SLURM_PROCID" "$SLURM_LOCALID"\'\n'
                "srun --ntasks=2 --ntasks-per-node=1 sh -c 'echo node $(hostname)'"
            ),
            nodes=2,
            ntasks_per_node=2,
            distribution="block",
            stdout=out,
            time_limit=5,
        )
    )
    info = client.wait(job, timeout=120)
    assert info.state is JobState.COMPLETED, info
    assert (info.node_count, info.tasks) == (2, 4) and info.cpus is not None and info.cpus >= 4
    assert len(set(info.node_names)) == 2 and set(info.node_names) <= set(node_names(testbed))
    lines = [line.split() for line in job_file(testbed, out.replace("%j", str(job))).splitlines()]
    ranks = sorted((int(rank), host, int(local)) for kind, host, rank, local in (w for w in lines if w[0] == "rank"))
    # block distribution: ranks 0-1 on the first node, 2-3 on the second, local ids 0 and 1 on each
    assert [r[0] for r in ranks] == [0, 1, 2, 3] and [r[2] for r in ranks] == [0, 1, 0, 1], lines
    assert [r[1] for r in ranks] == [info.node_names[0]] * 2 + [info.node_names[1]] * 2
    assert sorted(w[1] for w in lines if w[0] == "node") == sorted(info.node_names)  # one step-1 task per node


def test_job_options_for_several_nodes_reach_slurm(client: SlurmClient) -> None:
    job = client.submit(
        JobSpec(script=sh("sleep 60"), nodes="2-3", ntasks=3, distribution="cyclic", exclusive=True, hold=True)
    )
    info = client.get_job(job)
    client.cancel(job)
    assert info.state is JobState.PENDING and info.tasks == 3 and info.node_count in (2, 3), info


def _kill_slurmd(testbed: Testbed, node: str) -> None:
    pid_file = Path(next(n["slurmd_pid_file"] for n in testbed.facts["nodes"] if n["name"] == node))
    os.kill(int(pid_file.read_text().split()[0]), signal.SIGKILL)


@dataclass(frozen=True)
class DeadNode:
    """What the dead-node scenario saw on one release."""

    lost: JobInfo  # final record of the job that may not requeue
    saved: JobInfo  # final record of the job that may
    hosts: set[str]  # the nodes killed (where the two ran)
    seen: list[JobInfo]  # every update the wait reported for the requeued job


def _dead_node(rel: Release) -> DeadNode:
    """Two jobs running, the slurmd of each one's node killed: one may not requeue, the other may (its first run
    sleeps; its second, SLURM_RESTART_COUNT=1, succeeds after 6 s). The killed nodes come back afterwards."""
    testbed = require_testbed(rel)
    again = sh('[ "${SLURM_RESTART_COUNT:-0}" -ge 1 ] && sleep 6 && exit 0\nsleep 300')
    killed: list[str] = []
    jobs: list[int] = []
    with make_client(testbed) as c:
        try:
            jobs += [c.submit(JobSpec(script=sh("sleep 300"), requeue=False, time_limit=10))]
            jobs += [c.submit(JobSpec(script=again, requeue=True, time_limit=10))]
            lost, saved = jobs
            hosts = {running(c, lost).nodes, running(c, saved).nodes}
            assert len(hosts) <= 2 < len(node_names(testbed)), hosts  # a node stays up for the requeued job
            for node in hosts:
                _kill_slurmd(testbed, node)
                killed.append(node)
            seen: list[JobInfo] = []
            # Polls at most 2 s apart: the requeued job's pending spell (about 5 s) is seen, whatever the backoff
            # had grown to while the dead node was being noticed (a 10 s poll could miss it: seen on 24.11).
            final = c.wait_all(jobs, timeout=240, on_update=seen.append, backoff=Backoff(maximum=2.0))
            mine = [i for i in seen if i.job_id == saved]
            return DeadNode(final[lost], final[saved], hosts, mine)
        finally:
            for job_id in jobs:
                with contextlib.suppress(Exception):
                    c.cancel(job_id)
            if killed:
                _daemons.start(testbed.release)
                _facts.wait_ready(testbed.release, timeout=120)


@pytest.fixture(scope="module")
def dead_nodes() -> dict[str, DeadNode | BaseException]:
    """Every release at once: the minute each takes to notice a dead node is waited once."""
    return on_every_release(_dead_node)


def test_a_dead_node_fails_its_job_or_requeues_it_to_completion(
    testbed: Testbed, dead_nodes: dict[str, DeadNode | BaseException]
) -> None:
    seen = result_for(dead_nodes, testbed)
    assert seen.lost.state is JobState.NODE_FAIL, seen.lost
    assert seen.saved.state is JobState.COMPLETED and seen.saved.return_code == 0, seen.saved
    assert seen.saved.restart_count == 1 and seen.saved.nodes not in seen.hosts
    # On its way the requeued job was seen unfinished again after its requeue (pending, or running its second
    # time: the pending spell lasts about 5 s, less than a backed-off poll may wait), never reported finished before.
    assert any(not i.finished and (i.state is JobState.PENDING or (i.restart_count or 0) >= 1) for i in seen.seen), (
        seen.seen
    )
    assert not any(i.finished for i in seen.seen[:-1]), seen.seen


def test_a_preempted_low_priority_job_is_requeued_and_completes(client: SlurmClient, testbed: Testbed) -> None:
    parts = testbed.facts["partitions"]
    again = sh('[ "${SLURM_RESTART_COUNT:-0}" -ge 1 ] && exit 0\nsleep 300')
    low = client.submit(
        JobSpec(
            script=again,
            partition=parts["preemptible"],
            nodes=len(node_names(testbed)),
            exclusive=True,
            requeue=True,
            time_limit=10,
        )
    )
    running(client, low)
    high = client.submit(
        JobSpec(script=sh("sleep 2"), partition=parts["preempting"], nodes=1, exclusive=True, time_limit=5)
    )
    seen: list[JobInfo] = []
    final = client.wait_all([high, low], timeout=240, on_update=seen.append)
    assert final[high].state is JobState.COMPLETED, final[high]
    assert final[low].state is JobState.COMPLETED and final[low].restart_count == 1, final[low]
    # Each transition was reported: it ran, went back to pending when preempted, ran again.
    states = [i.state for i in seen if i.job_id == low]
    assert JobState.PENDING in states[states.index(JobState.RUNNING) :], states


def test_a_preempted_job_that_may_not_requeue_ends_preempted(client: SlurmClient, testbed: Testbed) -> None:
    parts = testbed.facts["partitions"]
    low = client.submit(
        JobSpec(
            script=sh("sleep 300"),
            partition=parts["preemptible"],
            nodes=len(node_names(testbed)),
            exclusive=True,
            requeue=False,
            time_limit=10,
        )
    )
    running(client, low)
    high = client.submit(
        JobSpec(script=sh("sleep 1"), partition=parts["preempting"], nodes=1, exclusive=True, time_limit=5)
    )
    final = client.wait_all([high, low], timeout=180)
    assert final[low].state is JobState.PREEMPTED, final[low]
    assert final[high].state is JobState.COMPLETED, final[high]
