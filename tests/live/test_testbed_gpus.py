"""GPU jobs on every testbed: each node advertises GPUs (``Gres=gpu:4``, gres.conf naming stand-in device
files: slurm_rest.testbed._build), so jobs that ask for them are accepted, run, and their steps too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from slurm_rest import JobSpec, JobState, SlurmClient, ValidationError
from slurm_rest.testbed._build import GPUS_PER_NODE

from ..conftest import Testbed
from .facade_support import client_for, job_file, sh

pytestmark = pytest.mark.live

# A step (srun inside the job) on each task, and what the job's GPUs are seen as.
SCRIPT = sh('srun hostname\necho "gpus=$SLURM_JOB_GPUS cuda=$CUDA_VISIBLE_DEVICES"')


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


def test_tres_per_task_gpu_completes_where_the_api_has_it(client: SlurmClient, testbed: Testbed,
                                                          unique_name: str) -> None:
    spec = JobSpec(script=SCRIPT, name=unique_name, ntasks=2, tres_per_task="gres/gpu:1")
    if client.api_version() == "v0.0.38":  # no tres_* fields: refused before anything is sent
        with pytest.raises(ValidationError, match=r"tres_per_task need API v0\.0\.40"):
            client.submit(spec)
        return
    job_id = client.submit(spec)
    *hostnames, gpus = _output(client, testbed, job_id)
    assert len(hostnames) == 2 and set(hostnames) <= {n["name"] for n in testbed.facts["nodes"]}, hostnames
    assert gpus.startswith("gpus=") and gpus != "gpus= cuda=", gpus  # this node's share of the job's GPUs
