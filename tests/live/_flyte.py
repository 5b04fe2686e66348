"""Helpers for the flyte_plugin live tests: a SlurmCluster, its secret, task templates and literal inputs,
and a connector server (a process or a container) driven over gRPC as FlytePropeller drives it."""

from __future__ import annotations

import base64
import contextlib
import secrets
import socket
import subprocess
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from flyteidl.admin.agent_pb2 import CreateTaskRequest, GetTaskRequest, TaskCategory
from flyteidl.core.execution_pb2 import TaskExecution
from flyteidl.service.agent_pb2_grpc import AsyncAgentServiceStub
from flytekit.configuration import ImageConfig, SerializationSettings
from flytekit.core.context_manager import FlyteContextManager
from flytekit.core.type_engine import TypeEngine
from flytekit.models.literals import LiteralMap
from flytekit.models.task import TaskTemplate
from flytekit.tools.translator import get_serializable

from flyte_plugin import TASK_SHELL, SlurmCluster

from ..conftest import Testbed

SECRET_ENV = "_FSEC_SLURM_REST_JWT_KEY"
REPEAT_SH = "/usr/local/share/slurm-rest/repeat.sh"
HOSTILE = "; rm -rf ~ $(id) \"quotes\" `id` 'single'\nsecond line"
TERMINAL = {TaskExecution.SUCCEEDED, TaskExecution.FAILED, TaskExecution.ABORTED, TaskExecution.RETRYABLE_FAILED}


DEV_CONFIG = """# A development deployment: tasks may carry their own cluster (the tests of everything but the policy).
[connector]
signing_key = { env = "SLURM_REST_SIGNING_KEY" }
allow_task_clusters = true
blob_prefixes = ["file:///"]
"""


def dev_deployment(directory: Path) -> dict[str, str]:
    """The environment of a served connector under a development deployment (a served connector without
    one runs nothing): the configuration file in ``directory`` and a fresh signing key."""
    path = directory / "dev-connector.toml"
    path.write_text(DEV_CONFIG)
    path.chmod(0o644)
    return {"SLURM_REST_CONNECTOR_CONFIG": str(path), "SLURM_REST_SIGNING_KEY": secrets.token_hex(32)}


def stored(meta: Any) -> Any:
    """``meta`` signed as this process's create signs it: metadata of a job the test made another way."""
    from flyte_plugin._lifecycle import seal

    return seal(meta)


def key_b64(tb: Testbed) -> str:
    """The testbed's slurmctld JWT key as the connector's Flyte secret holds it (base64)."""
    return base64.b64encode(Path(tb.facts["jwt_key_path"]).read_bytes()).decode()


def cluster_for(tb: Testbed, **kw: Any) -> SlurmCluster:
    return SlurmCluster(
        url=tb.url,
        user=tb.user,
        jwt_key_secret="jwt_key",
        secret_group="slurm_rest",
        path_map=[("/", str(tb.facts["rootfs"]))],
        **kw,
    )


def template_of(task: Any) -> TaskTemplate:
    return get_serializable(OrderedDict(), SerializationSettings(ImageConfig()), task).template


def literals(task: Any, **values: Any) -> LiteralMap:
    ctx = FlyteContextManager.current_context()
    return TypeEngine.dict_to_literal_map(ctx, values, task.get_input_types())


def phase_name(phase: int) -> str:
    return str(TaskExecution.Phase.Name(phase))


def secret_key(rel: str) -> str:
    """The Flyte secret key holding a release's JWT key, so one server can serve several testbeds."""
    return "jwt_key_" + rel.replace(".", "")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """A serving connector: its gRPC stub (flytekit's AsyncAgentService, or ``stub``: Flyte 2's
    AsyncConnectorService), its log, and the secret values it must never show (tests may add some)."""

    def __init__(self, port: int, log: Path, secrets: Iterable[str], stub: Callable[[grpc.Channel], Any]) -> None:
        self.port, self.log, self.secrets = port, log, set(secrets)
        self.channel = grpc.insecure_channel(f"127.0.0.1:{port}")
        self.stub = stub(self.channel)


@contextlib.contextmanager
def serving(
    argv: list[str],
    *,
    port: int,
    log: Path,
    secrets: Iterable[str] = (),
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    stop: list[str] | None = None,
    stub: Callable[[grpc.Channel], Any] = AsyncAgentServiceStub,
) -> Iterator[Server]:
    """Run a connector server (``argv``) for the block: fail unless it serves gRPC on ``port`` within 60 s,
    stop it after (``stop`` first: a command that ends it for sure, e.g. removing its container), and fail
    if its log shows a secret."""
    with open(log, "wb") as out:
        proc = subprocess.Popen(argv, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=cwd)
    srv = Server(port, log, secrets, stub)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                grpc.channel_ready_future(srv.channel).result(timeout=1)
                break
            except grpc.FutureTimeoutError:
                if proc.poll() is not None or time.monotonic() > deadline:  # an exited server never serves
                    pytest.fail(f"connector server not serving on {port} (exit {proc.poll()}):\n{log.read_text()}")
        yield srv
    finally:
        srv.channel.close()
        if stop:
            subprocess.run(stop, capture_output=True, timeout=120)
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
    text = log.read_text()
    for secret in srv.secrets:
        assert secret not in text, "the server logged a secret"


def create(srv: Server, task: Any, output_prefix: Path, **inputs: Any) -> bytes:
    """CreateTask; the resource meta Flyte would store (checked free of secrets)."""
    request = CreateTaskRequest(
        template=template_of(task).to_flyte_idl(),
        output_prefix=str(output_prefix),
        inputs=literals(task, **inputs).to_flyte_idl() if inputs else None,
    )
    meta = bytes(srv.stub.CreateTask(request, timeout=60).resource_meta)
    for secret in srv.secrets:
        assert secret.encode() not in meta
    assert b'"job_id": ' in meta
    return meta


def get(srv: Server, meta: bytes, task_type: str = TASK_SHELL) -> Any:
    return srv.stub.GetTask(
        GetTaskRequest(task_category=TaskCategory(name=task_type, version=0), resource_meta=meta), timeout=60
    ).resource


def wait(srv: Server, meta: bytes, timeout: float = 60) -> Any:
    """GetTask about twice a second until the phase is terminal; the final resource."""
    deadline = time.monotonic() + timeout
    while True:
        resource = get(srv, meta)
        if resource.phase in TERMINAL:
            return resource
        if time.monotonic() > deadline:
            pytest.fail(f"not terminal after {timeout}s: {phase_name(resource.phase)} {resource.message}")
        time.sleep(0.5)
