"""Adapters build request bodies that are exactly what the generated request models serialize to."""

from __future__ import annotations

import importlib

import pytest

from slurm_rest import Dependency, JobSpec
from slurm_rest._adapters import SUPPORTED, adapter_for
from slurm_rest._adapters._legacy import NO_REQUEUE

SPECS = [
    JobSpec(script="#!/bin/sh\ntrue\n"),
    JobSpec(
        script="#!/bin/bash\necho hi\n",
        name="n",
        partition="debug",
        account="a",
        qos="normal",
        time_limit="1:30:00",
        nodes="1-2",
        ntasks=4,
        ntasks_per_node=2,
        cpus_per_task=2,
        mem="2G",
        gpus=1,
        constraint="x",
        exclusive=True,
        array="0-5%2",
        dependency=Dependency.afterok(12, 13),
        kill_on_invalid_dependency=True,
        working_dir="/tmp",
        stdout="/tmp/o-%j",
        stderr="/tmp/e-%j",
        environment={"A": "1"},
        requeue=False,
        signal="B:USR1@30",
        comment="c",
        hold=True,
        nice=5,
        gpus_per_node="a100:2",
        distribution="cyclic:block",
    ),
    JobSpec(script="#!/bin/sh\n", mem_per_cpu="100M", time_limit="UNLIMITED", gres="gpu:1"),
]


@pytest.mark.parametrize("version", SUPPORTED)
@pytest.mark.parametrize("spec", SPECS, ids=["minimal", "everything", "per-cpu-unlimited"])
def test_submit_body_is_the_generated_models_serialization(version: str, spec: JobSpec) -> None:
    call = adapter_for(version).submit(spec, tag="f" * 32, default_env={"PATH": "/bin"})
    models = importlib.import_module(f"generated_client.{version.replace('.', '_')}.models")
    name = "V0038JobSubmission" if version == "v0.0.38" else f"V{version[1:].replace('.', '')}JobSubmitReq"
    model = getattr(models, name).from_dict(call.json)
    assert model.to_dict() == call.json
    assert not model.additional_properties, "every key must be one the spec declares"
    job = model.job
    # v0.0.38 reads job keys as sbatch options; "requeue": false is ignored there, so --no-requeue is sent.
    undeclared = set(job.additional_properties) - ({NO_REQUEUE} if version == "v0.0.38" else set())
    assert not undeclared, f"undeclared job fields: {sorted(undeclared)}"


@pytest.mark.parametrize(("nodes", "sent"), [(2, "2"), ("2-4", "2-4")])
def test_v0038_node_count_is_sent_as_sbatch_reads_it(nodes: int | str, sent: str) -> None:
    """22.05 reads ``nodes`` as sbatch's -N and silently drops the [min, max] list its spec declares."""
    call = adapter_for("v0.0.38").submit(JobSpec(script="#!/bin/sh\n", nodes=nodes), tag="t", default_env={})
    assert call.json["job"]["nodes"] == sent


def test_gpus_per_node_joins_the_per_node_tres_on_v004x() -> None:
    spec = JobSpec(script="#!/bin/sh\n", gres="mps:10", gpus_per_node=2, distribution="plane=2")
    job = adapter_for("v0.0.42").submit(spec, tag="t", default_env={}).json["job"]
    assert (job["tres_per_node"], job["distribution"]) == ("gres/mps:10,gres/gpu:2", "plane=2")
