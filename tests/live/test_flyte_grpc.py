"""The connector behind ``pyflyte serve connector``, driven over gRPC as FlytePropeller drives it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from flyteidl.admin.agent_pb2 import CreateTaskRequest, DeleteTaskRequest, GetTaskRequest, TaskCategory
from flyteidl.core.execution_pb2 import TaskExecution
from flyteidl.service.agent_pb2_grpc import AsyncAgentServiceStub
from flytekit import kwtypes
from flytekit.extras.tasks.shell import OutputLocation
from flytekit.types.file import FlyteFile

from flyte_plugin import TASK_SHELL, SlurmCluster, SlurmRestShellTask
from slurm_rest.testbed import RELEASES

from ..conftest import Testbed, require_testbed
from ._flyte import HOSTILE, TERMINAL, key_b64, literals, phase_name, template_of

pytestmark = pytest.mark.live
RELEASE_NAMES = ["24.11", "26.05"]
PYFLYTE = Path(sys.executable).with_name("pyflyte")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def secret_key(rel: str) -> str:
    return "jwt_key_" + rel.replace(".", "")


class Server:
    def __init__(self, port: int, log: Path, secrets: list[str]) -> None:
        self.port, self.log, self.secrets = port, log, secrets
        self.channel = grpc.insecure_channel(f"127.0.0.1:{port}")
        self.stub = AsyncAgentServiceStub(self.channel)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One connector server for the module; each testbed's key under its own secret name."""
    beds = [require_testbed(next(r for r in RELEASES if r.name == n)) for n in RELEASE_NAMES]
    env = {k: v for k, v in os.environ.items() if not k.startswith("_FSEC_")}
    secrets = []
    for tb in beds:
        env[f"_FSEC_SLURM_REST_{secret_key(tb.name).upper()}"] = key_b64(tb)
        secrets.append(key_b64(tb))
    port = free_port()
    log = tmp_path_factory.mktemp("connector") / "server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([str(PYFLYTE), "serve", "connector", "--port", str(port),
                                 "--prometheus_port", str(free_port())],
                                env=env, stdout=out, stderr=subprocess.STDOUT, cwd=tmp_path_factory.getbasetemp())
    srv = Server(port, log, secrets)
    try:
        try:
            grpc.channel_ready_future(srv.channel).result(timeout=60)
        except grpc.FutureTimeoutError:
            pytest.fail(f"connector server not serving on {port} after 60s (exit {proc.poll()}):\n{log.read_text()}")
        yield srv
    finally:
        srv.channel.close()
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
    text = log.read_text()
    for secret in secrets:
        assert secret not in text, "the server logged a secret"


@pytest.fixture(params=RELEASE_NAMES, ids=[f"slurm-{n}" for n in RELEASE_NAMES])
def bed(request: pytest.FixtureRequest) -> Testbed:
    return require_testbed(next(r for r in RELEASES if r.name == request.param))


def cluster(tb: Testbed) -> SlurmCluster:
    return SlurmCluster(url=tb.url, user=tb.user, jwt_key_secret=secret_key(tb.name), secret_group="slurm_rest",
                        path_map=[("/", str(tb.facts["rootfs"]))], log_url_template="file://{path}")


def create(srv: Server, task: Any, tmp_path: Path, **inputs: Any) -> bytes:
    request = CreateTaskRequest(template=template_of(task).to_flyte_idl(), output_prefix=str(tmp_path),
                                inputs=literals(task, **inputs).to_flyte_idl() if inputs else None)
    meta = bytes(srv.stub.CreateTask(request, timeout=60).resource_meta)
    for secret in srv.secrets:
        assert secret.encode() not in meta
    assert b'"job_id": ' in meta
    return meta


def get(srv: Server, meta: bytes) -> Any:
    return srv.stub.GetTask(GetTaskRequest(task_category=TaskCategory(name=TASK_SHELL, version=0),
                                           resource_meta=meta), timeout=60).resource


def wait(srv: Server, meta: bytes, timeout: float = 60) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        resource = get(srv, meta)
        if resource.phase in TERMINAL:
            return resource
        if time.monotonic() > deadline:
            pytest.fail(f"not terminal after {timeout}s: {phase_name(resource.phase)} {resource.message}")
        time.sleep(0.5)


def test_create_get_over_grpc_succeeds(server: Server, bed: Testbed, tmp_path: Path) -> None:
    task = SlurmRestShellTask(
        name="flyte_grpc.greet", cluster=cluster(bed), job={"time": "2", "mem": "50M"}, inputs=kwtypes(message=str),
        script="#!/bin/bash\nprintf '%s' {inputs.message} > {outputs.greeting}\n",
        output_locs=[OutputLocation(var="greeting", var_type=FlyteFile, location="")])
    meta = create(server, task, tmp_path, message=HOSTILE)
    resource = wait(server, meta)
    assert phase_name(resource.phase) == "SUCCEEDED", resource.message
    assert resource.message.endswith("COMPLETED, exit code 0")
    uri = resource.outputs.literals["greeting"].scalar.blob.uri
    assert Path(uri.removeprefix("file://")).read_text() == HOSTILE
    assert [log.name.split(" (")[0] for log in resource.log_links] == ["Slurm stdout", "Slurm stderr"]
    assert resource.custom_info["state"] == "COMPLETED" and resource.custom_info["nodes"]
    text = resource.SerializeToString()
    for secret in server.secrets:
        assert secret.encode() not in text


def test_delete_over_grpc_aborts(server: Server, bed: Testbed, tmp_path: Path) -> None:
    task = SlurmRestShellTask(name="flyte_grpc.sleepy", cluster=cluster(bed), job={"time": "5"},
                              script="#!/bin/bash\nsleep 300\n")
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
