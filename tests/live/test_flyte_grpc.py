"""The connector behind ``pyflyte serve connector``, driven over gRPC as FlytePropeller drives it."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest
from flyteidl.admin.agent_pb2 import DeleteTaskRequest, GetTaskRequest, TaskCategory
from flyteidl.core.execution_pb2 import TaskExecution
from flytekit import kwtypes
from flytekit.extras.tasks.shell import OutputLocation
from flytekit.types.file import FlyteFile

from flyte_plugin import TASK_SHELL, SlurmCluster, SlurmRestShellTask
from slurm_rest_testbed import RELEASES

from ..conftest import Testbed, require_testbed, shard_testbeds
from ._flyte import (
    HOSTILE,
    Server,
    create,
    dev_deployment,
    free_port,
    get,
    key_b64,
    phase_name,
    secret_key,
    serving,
    wait,
)

pytestmark = pytest.mark.live
RELEASE_NAMES = ["24.11", "26.05"]
PYFLYTE = Path(sys.executable).with_name("pyflyte")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One connector server for the module; each testbed's key under its own secret name."""
    beds = shard_testbeds(RELEASE_NAMES)
    env = {k: v for k, v in os.environ.items() if not k.startswith("_FSEC_")}
    env.update(dev_deployment(tmp_path_factory.mktemp("deployment")))
    for tb in beds:
        env[f"_FSEC_SLURM_REST_{secret_key(tb.name).upper()}"] = key_b64(tb)
    port = free_port()
    argv = [str(PYFLYTE), "serve", "connector", "--port", str(port), "--prometheus_port", str(free_port())]
    with serving(
        argv,
        port=port,
        log=tmp_path_factory.mktemp("connector") / "server.log",
        secrets=[key_b64(tb) for tb in beds],
        env=env,
        cwd=tmp_path_factory.getbasetemp(),
    ) as srv:
        yield srv


@pytest.fixture(params=RELEASE_NAMES, ids=[f"slurm-{n}" for n in RELEASE_NAMES])
def bed(request: pytest.FixtureRequest) -> Testbed:
    return require_testbed(next(r for r in RELEASES if r.name == request.param))


def cluster(tb: Testbed) -> SlurmCluster:
    return SlurmCluster(
        url=tb.url,
        user=tb.user,
        jwt_key_secret=secret_key(tb.name),
        secret_group="slurm_rest",
        path_map=[("/", str(tb.facts["rootfs"]))],
        log_url_template="file://{path}",
    )


def test_create_get_over_grpc_succeeds(server: Server, bed: Testbed, tmp_path: Path) -> None:
    task = SlurmRestShellTask(
        name="flyte_grpc.greet",
        cluster=cluster(bed),
        job={"time": "2", "mem": "50M"},
        inputs=kwtypes(message=str),
        script="#!/bin/bash\nprintf '%s' {inputs.message} > {outputs.greeting}\n",
        output_locs=[OutputLocation(var="greeting", var_type=FlyteFile, location="")],
    )
    meta = create(server, task, tmp_path, message=HOSTILE)
    resource = wait(server, meta)
    assert phase_name(resource.phase) == "SUCCEEDED", resource.message
    assert resource.message.endswith("COMPLETED, exit code 0")
    uri = resource.outputs.literals["greeting"].scalar.blob.uri
    assert Path(uri.removeprefix("file://")).read_text() == HOSTILE
    assert [log.name.split(" (")[0] for log in resource.log_links] == ["Slurm log"]
    assert resource.custom_info["state"] == "COMPLETED" and resource.custom_info["nodes"]
    text = resource.SerializeToString()
    for secret in server.secrets:
        assert secret.encode() not in text


def test_delete_over_grpc_aborts(server: Server, bed: Testbed, tmp_path: Path) -> None:
    task = SlurmRestShellTask(
        name="flyte_grpc.sleepy", cluster=cluster(bed), job={"time": "5"}, script="#!/bin/bash\nsleep 300\n"
    )
    meta = create(server, task, tmp_path)
    assert phase_name(get(server, meta).phase) in {"QUEUED", "INITIALIZING", "RUNNING"}
    delete = DeleteTaskRequest(task_category=TaskCategory(name=TASK_SHELL, version=0), resource_meta=meta)
    server.stub.DeleteTask(delete, timeout=60)
    resource = wait(server, meta, timeout=30)
    assert resource.phase in (TaskExecution.ABORTED, TaskExecution.FAILED), resource.message
    assert "CANCELLED" in resource.message
    server.stub.DeleteTask(delete, timeout=60)  # again, on a finished job: fine


def test_unknown_task_type_is_not_found(server: Server) -> None:
    request = GetTaskRequest(task_category=TaskCategory(name="no_such_type", version=0), resource_meta=b"{}")
    with pytest.raises(grpc.RpcError) as err:
        server.stub.GetTask(request, timeout=30)
    assert err.value.code() == grpc.StatusCode.NOT_FOUND
