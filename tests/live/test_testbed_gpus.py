"""GPU jobs on every testbed: each node advertises GPUs (``Gres=gpu:4``, gres.conf naming stand-in device
files: slurm_rest_testbed._build), so jobs that ask for them are accepted, run, and their steps too; a request
no node can meet is refused at submit, and GPUs are counted: jobs that together want more than a node has wait.

What Slurm reports of a job's GPUs: ``gres_detail`` (one ``gpu:N(IDX:...)`` per node, while the job runs, ``[]``
once it ended) and ``tres_per_node`` (what was asked). Its TRES strings (``tres_alloc_str``, accounting's
``tres``) name no GPUs here: the testbed's slurm.conf has no ``AccountingStorageTRES=gres/gpu``."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pytest

from slurm_rest import JobInfo, JobSpec, JobState, SlurmClient, SubmissionError, ValidationError
from slurm_rest_testbed._build import GPUS_PER_NODE

from ..conftest import Testbed
from .facade_support import client_for, job_file, sh

pytestmark = pytest.mark.live

# A step (srun inside the job) on each task, and what the job's GPUs are seen as.
SCRIPT = sh('srun hostname\necho "gpus=$SLURM_JOB_GPUS cuda=$CUDA_VISIBLE_DEVICES"')
# Jobs that hold their GPUs until cancelled (the client fixture cancels them; the limit is a backstop).
SLEEP = sh("sleep 120")
T = TypeVar("T")


@pytest.fixture
def client(testbed: Testbed) -> Iterator[SlurmClient]:
    yield from client_for(testbed)


def _output(client: SlurmClient, testbed: Testbed, job_id: int) -> list[str]:
    info = client.wait(job_id, timeout=90)
    assert info.state is JobState.COMPLETED and info.succeeded, (info.state, info.reason, info.return_code)
    assert info.stdout_path
    return job_file(testbed, info.stdout_path).splitlines()


def test_nodes_advertise_gpus(client: SlurmClient, testbed: Testbed) -> None:
    answer = client.request("GET", f"/slurm/{client.api_version()}/nodes")
    gres = {n["name"]: n.get("gres") for n in answer["nodes"]}
    assert gres == {n["name"]: f"gpu:{GPUS_PER_NODE}" for n in testbed.facts["nodes"]}, gres


def test_job_with_gpus_completes_and_its_step_runs(client: SlurmClient, testbed: Testbed, unique_name: str) -> None:
    job_id = client.submit(JobSpec(script=SCRIPT, name=unique_name, gpus=2))
    hostname, gpus = _output(client, testbed, job_id)
    assert hostname in {n["name"] for n in testbed.facts["nodes"]}
    assert gpus == "gpus=0,1 cuda=0,1", gpus


def test_tres_per_task_gpu_completes_where_the_api_has_it(
    client: SlurmClient, testbed: Testbed, unique_name: str
) -> None:
    spec = JobSpec(script=SCRIPT, name=unique_name, ntasks=2, tres_per_task="gres/gpu:1")
    if client.api_version() == "v0.0.38":  # no tres_* fields: refused before anything is sent
        with pytest.raises(ValidationError, match=r"tres_per_task need API v0\.0\.40"):
            client.submit(spec)
        return
    job_id = client.submit(spec)
    *hostnames, gpus = _output(client, testbed, job_id)
    assert len(hostnames) == 2 and set(hostnames) <= {n["name"] for n in testbed.facts["nodes"]}, hostnames
    assert gpus.startswith("gpus=") and gpus != "gpus= cuda=", gpus  # this node's share of the job's GPUs


def _until(what: Callable[[], T], done: Callable[[T], bool], timeout: float = 30.0) -> T:
    """``what()`` once ``done`` says so, else its last value once ``timeout`` s have passed."""
    deadline = time.monotonic() + timeout
    while not done(value := what()) and time.monotonic() < deadline:
        time.sleep(0.2)
    return value


def _running(client: SlurmClient, job_id: int) -> JobInfo:
    info = _until(lambda: client.get_job(job_id), lambda i: i.state is not JobState.PENDING)
    assert info.state is JobState.RUNNING, (info.state, info.reason)
    return info


def _raw_job(client: SlurmClient, job_id: int) -> dict[str, Any]:
    """slurmrestd's own record of a job (JobInfo carries no GPU fields)."""
    job: dict[str, Any] = client.request("GET", f"/slurm/{client.api_version()}/job/{job_id}")["jobs"][0]
    return job


# Slurm's answer to a GPU count no node (or no set of nodes) has: error 2014, ESLURM_REQUESTED_NODE_CONFIG_
# UNAVAILABLE, as HTTP 500 until 26.05 answers 422. The job record it made meanwhile is left FAILED, reason
# BadConstraints (listed until MinJobAge, and in accounting).
REFUSED_STATUS = {"22.05": 500, "24.11": 500, "26.05": 422}


@pytest.mark.parametrize(
    ("fits", "too_many"),
    [
        ({"gpus_per_node": GPUS_PER_NODE}, {"gpus_per_node": GPUS_PER_NODE + 1}),
        ({"gpus": 3 * GPUS_PER_NODE, "nodes": 3}, {"gpus": 3 * GPUS_PER_NODE + 1, "nodes": 3}),
    ],
    ids=["per-node", "per-job-on-3-nodes"],
)
def test_more_gpus_than_the_nodes_have_is_refused_at_submit(
    client: SlurmClient, testbed: Testbed, unique_name: str, fits: dict[str, int], too_many: dict[str, int]
) -> None:
    assert len(testbed.facts["nodes"]) == 3
    # As many as there are is accepted (held: nothing runs); one more is refused.
    held = client.submit(JobSpec(script=SLEEP, name=f"{unique_name}-fits", hold=True, time_limit=2, **fits))
    assert client.get_job(held).state is JobState.PENDING
    with pytest.raises(SubmissionError) as caught:
        client.submit(JobSpec(script=SLEEP, name=unique_name, time_limit=2, **too_many))
    error = caught.value
    assert error.error_numbers == (2014,), error
    assert "Requested node configuration is not available" in str(error), error
    assert error.status_code == REFUSED_STATUS[testbed.name], error
    # Nothing is queued, but the controller did make a job (its id is in no answer): failed at once, never ran.
    records = [(j.state, j.reason, j.start_time, j.return_code) for j in client.jobs(name=unique_name)]
    assert records == [(JobState.FAILED, "BadConstraints", None, None)], records


def test_gpus_per_node_on_two_nodes(client: SlurmClient, testbed: Testbed, unique_name: str) -> None:
    script = sh("""srun sh -c 'echo "$(hostname) cuda=$CUDA_VISIBLE_DEVICES step=$SLURM_STEP_GPUS"'\nsleep 120""")
    job_id = client.submit(JobSpec(script=script, name=unique_name, nodes=2, gpus_per_node=2, time_limit=2))
    info = _running(client, job_id)
    assert info.node_count == 2 and len(info.node_names) == 2, info
    # One task per node, each step seeing that node's two GPUs.
    out = _until(lambda: job_file(testbed, info.stdout_path), lambda text: text.count("\n") >= 2)
    assert sorted(out.splitlines()) == [f"{n} cuda=0,1 step=0,1" for n in sorted(info.node_names)], out
    # While it runs, Slurm says which GPUs each node gave it: 2 + 2. It counts them in no TRES string.
    job = _raw_job(client, job_id)
    assert job["gres_detail"] == ["gpu:2(IDX:0-1)"] * 2, job["gres_detail"]
    asked = "gres:gpu:2" if client.api_version() == "v0.0.38" else "gres/gpu:2"
    assert job["tres_per_node"] == asked, job["tres_per_node"]
    assert "gpu" not in job["tres_alloc_str"], (
        "the testbed now counts GPUs as TRES: assert gres/gpu=4 there",
        job["tres_alloc_str"],
    )
    assert job["tres_alloc_str"].startswith("cpu=2,") and "node=2" in job["tres_alloc_str"], job["tres_alloc_str"]


def test_gpus_are_counted_a_job_waits_for_them(client: SlurmClient, unique_name: str) -> None:
    def on_n1(gpus: int, tag: str) -> int:
        return client.submit(JobSpec(script=SLEEP, name=f"{unique_name}-{tag}", gpus=gpus, nodelist="n1", time_limit=2))

    first = on_n1(3, "first")
    _running(client, first)
    small = on_n1(1, "small")
    _running(client, small)  # 3 + 1 fit on n1's 4 GPUs
    # Submitted once both run: sent with the small one, it might be judged while that one still waited, and
    # keep reason Priority (22.05 did) until a later pass.
    second = on_n1(3, "second")
    waiting = _until(lambda: client.get_job(second), lambda i: i.reason not in ("", "None"))
    assert waiting.state is JobState.PENDING and waiting.reason == "Resources", waiting
    held = {j: _raw_job(client, j)["gres_detail"] for j in (first, small, second)}
    assert held == {first: ["gpu:3(IDX:0-2)"], small: ["gpu:1(IDX:3)"], second: []}, held
    # The first job's GPUs, freed, go to the waiting one (CPUs and memory never were short: 3 of 16, 192M of 8G).
    assert client.cancel(first)
    started = _running(client, second)
    ended = client.get_job(first)
    assert ended.end_time and started.start_time and started.start_time >= ended.end_time, (ended, started)
    assert _raw_job(client, second)["gres_detail"] == ["gpu:3(IDX:0-2)"]
