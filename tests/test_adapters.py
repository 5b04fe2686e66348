"""Adapters build request bodies that are exactly what the generated request models serialize to."""

from __future__ import annotations

import importlib

import pytest

from slurm_rest import Dependency, JobSpec
from slurm_rest._adapters import SUPPORTED, adapter_for

SPECS = [
    JobSpec(script="#!/bin/sh\ntrue\n"),
    JobSpec(script="#!/bin/bash\necho hi\n", name="n", partition="debug", account="a", qos="normal", time_limit="1:30:00",
            nodes="1-2", ntasks=4, ntasks_per_node=2, cpus_per_task=2, mem="2G", gpus=1, constraint="x",
            exclusive=True, array="0-5%2", dependency=Dependency.afterok(12, 13), kill_on_invalid_dependency=True,
            working_dir="/tmp", stdout="/tmp/o-%j", stderr="/tmp/e-%j", environment={"A": "1"}, requeue=False,
            signal="B:USR1@30", comment="c", hold=True, nice=5),
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
    assert not job.additional_properties, f"undeclared job fields: {sorted(job.additional_properties)}"
