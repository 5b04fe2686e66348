"""Helpers for the Flyte 2 live tests: a ``c0`` server driven over gRPC as Flyte 2's backend drives it
(task templates and inputs serialized by the ``flyte`` SDK, the secrets' values in each request's
connection). The server itself is ``_flyte.serving`` with Flyte 2's stub."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest
from flyteidl2.connector.connector_pb2 import CreateTaskRequest, GetTaskRequest, TaskCategory
from flyteidl2.core.execution_pb2 import TaskExecution
from flyteidl2.core.security_pb2 import Connection
from grpc_health.v1 import health_pb2, health_pb2_grpc

from flyte_plugin._config import SECRET_JWT_KEY, SECRET_SSH_KEY
from flyte_plugin.flyte2 import TASK2_SHELL

from ..conftest import Testbed
from ._flyte import Server, key_b64

TERMINAL = {"SUCCEEDED", "FAILED", "ABORTED", "RETRYABLE_FAILED"}
SERVICE = "flyteidl2.connector.AsyncConnectorService"


def ssh_key(tb: Testbed) -> str:
    return Path(tb.facts["ssh"]["key_path"]).read_text()


def assert_healthy(srv: Server) -> None:
    """gRPC health answers SERVING for the server as a whole and for the connector service."""
    stub = health_pb2_grpc.HealthStub(srv.channel)
    for service in ("", SERVICE):
        answer = stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=30)
        assert answer.status == health_pb2.HealthCheckResponse.SERVING, service


def connection(srv: Server, tb: Testbed) -> Connection:
    """What Flyte 2's backend puts in each request: the named secrets' values, by the task's keys."""
    srv.secrets.update({key_b64(tb), ssh_key(tb).strip().splitlines()[1]})
    return Connection(secrets={SECRET_JWT_KEY: key_b64(tb), SECRET_SSH_KEY: ssh_key(tb)})


def template(task: Any) -> Any:
    import flyte
    from flyte._internal.runtime.task_serde import get_proto_task
    from flyte.models import SerializationContext

    flyte.TaskEnvironment.from_task(f"env_{task.name}_{time.monotonic_ns()}", task)
    return get_proto_task(task, SerializationContext(version="v1", project="p", domain="d", org="o"))


def create(srv: Server, tb: Testbed, task: Any, output_prefix: Path, **inputs: Any) -> bytes:
    """CreateTask; the resource meta Flyte would store (checked free of secrets)."""
    from flyte._internal.runtime.convert import convert_from_native_to_inputs

    proto_inputs = asyncio.run(convert_from_native_to_inputs(task.native_interface, **inputs)).proto_inputs
    request = CreateTaskRequest(
        template=template(task), output_prefix=str(output_prefix), inputs=proto_inputs, connection=connection(srv, tb)
    )
    meta = bytes(srv.stub.CreateTask(request, timeout=60).resource_meta)
    assert b'"job_id": ' in meta and not [s for s in srv.secrets if s.encode() in meta]
    return meta


def get(srv: Server, tb: Testbed, meta: bytes, task_type: str = TASK2_SHELL) -> Any:
    request = GetTaskRequest(
        task_category=TaskCategory(name=task_type, version=0), resource_meta=meta, connection=connection(srv, tb)
    )
    return srv.stub.GetTask(request, timeout=60).resource


def wait(
    srv: Server, tb: Testbed, meta: bytes, task_type: str = TASK2_SHELL, timeout: float = 90
) -> tuple[Any, list[str]]:
    """The final resource and the phases seen on the way (each once, in order)."""
    deadline, phases = time.monotonic() + timeout, []
    while True:
        resource = get(srv, tb, meta, task_type)
        name = TaskExecution.Phase.Name(resource.phase)
        if not phases or phases[-1] != name:
            phases.append(name)
        if name in TERMINAL:
            return resource, phases
        if time.monotonic() > deadline:
            pytest.fail(f"not terminal after {timeout}s: {phases} {resource.message}")
        time.sleep(0.3)
