"""Connector servers as a deployment runs them, for the soak (``bench/soak.py``) and the crash tests: each
SDK's server command, stub and messages, and a replica of it on a fixed port, killed and restarted there,
its resident memory sampled."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import grpc
from flyteidl.admin import agent_pb2 as kit_pb
from flyteidl.core import identifier_pb2 as kit_id
from flyteidl.core.execution_pb2 import TaskExecution as KitExecution
from flyteidl.service.agent_pb2_grpc import AsyncAgentServiceStub
from flyteidl2.connector import connector_pb2 as c0_pb
from flyteidl2.connector.service_pb2_grpc import AsyncConnectorServiceStub
from flyteidl2.core import identifier_pb2 as c0_id
from flyteidl2.core.execution_pb2 import TaskExecution as C0Execution

from flyte_plugin import TASK_SHELL, SlurmRestShellTask, flyte2

from ._flyte import free_port, template_of
from ._flyte2 import template as template2

BIN = Path(sys.executable).parent
SERVE_TIMEOUT = 90.0  # seconds a (re)started replica has to serve gRPC


@dataclass(frozen=True)
class Sdk:
    """One SDK's side of the wire: its server command, stub, messages and phase names."""

    name: str
    argv: Callable[[int, int], list[str]]
    stub: Callable[[grpc.Channel], Any]
    pb: ModuleType
    ident: ModuleType
    phase: Any
    task_type: str


SDKS = (
    Sdk(
        "flytekit",
        lambda port, prom: [
            str(BIN / "pyflyte"),
            "serve",
            "connector",
            "--port",
            str(port),
            "--prometheus_port",
            str(prom),
        ],
        AsyncAgentServiceStub,
        kit_pb,
        kit_id,
        KitExecution,
        TASK_SHELL,
    ),
    Sdk(
        "flyte2",
        lambda port, prom: [str(BIN / "c0"), "--port", str(port), "--prometheus_port", str(prom)],
        AsyncConnectorServiceStub,
        c0_pb,
        c0_id,
        C0Execution,
        flyte2.TASK2_SHELL,
    ),
)


def deployment(
    directory: Path,
    facts: dict[str, Any],
    *,
    cluster: str,
    project: str,
    url: str | None = None,
    path_map: bool = False,
) -> tuple[str, list[bytes]]:
    """A deployment file in ``directory`` naming the testbed (``facts``) as ``cluster`` (reached at ``url``, by
    default its slurmrestd), with SFTP as each of its users (what tells a replayed create from a first one) and
    one policy: ``project`` runs as the testbed's job user. The file's path, and the keys it names (which no
    log may show)."""
    key = uuid.uuid4().hex * 2
    (directory / "signing_key").write_text(key)
    ssh, user = facts["ssh"], facts["job_user"]
    lines = [
        "[connector]",
        f'signing_key = {{ file = "{directory}/signing_key" }}',
        'blob_prefixes = ["file:///tmp/"]',
        f"[clusters.{cluster}]",
        f'url = "{url or facts["rest_url"]}"',
        f'jwt_key = {{ file = "{facts["jwt_key_path"]}" }}',
        'work_root = "/home/{user}/.slurm-rest"',
        *([f'path_map = [["/", "{facts["rootfs"]}"]]'] if path_map else []),
        f"[clusters.{cluster}.ssh]",
        f'host = "{ssh["host"]}"',
        f"port = {ssh['port']}",
        f'known_hosts = "{ssh["known_hosts"]}"',
        f"[clusters.{cluster}.ssh.keys]",
        *(f'{name} = {{ file = "{u["ssh_key_path"]}" }}' for name, u in facts["users"].items()),
        "[[policy]]",
        f'project = "{project}"',
        f'users = ["{user}"]',
        f'default_user = "{user}"',
        "",
    ]
    path = directory / "connector.toml"
    path.write_text("\n".join(lines))
    keys = [key.encode(), Path(facts["jwt_key_path"]).read_bytes()]
    return str(path), keys + [Path(u["ssh_key_path"]).read_bytes() for u in facts["users"].values()]


def task_request(
    sdk: Sdk, stem: str, script: str, *, cluster: str, project: str, execution: str, prefix: str, attempt: int = 0
) -> tuple[Any, str]:
    """A shell task's CreateTaskRequest as ``sdk``'s backend sends it for node n0 of ``execution`` (a task of
    a deployment's ``cluster``, 5 minutes), and the name its job gets."""
    if sdk.name == "flytekit":
        task: Any = SlurmRestShellTask(
            name=f"soak.{stem}", cluster=cluster, script=f"#!/bin/bash\n{script}\n", job={"time": "5"}
        )
        template = template_of(task).to_flyte_idl()
    else:
        task = flyte2.SlurmRestShellTask(stem, cluster=cluster, script=script, job={"time": "5"})
        template = template2(task)
    ident = sdk.ident
    task_execution = ident.TaskExecutionIdentifier(
        retry_attempt=attempt,
        node_execution_id=ident.NodeExecutionIdentifier(
            node_id="n0",
            execution_id=ident.WorkflowExecutionIdentifier(project=project, domain="development", name=execution),
        ),
    )
    request = sdk.pb.CreateTaskRequest(
        template=template,
        output_prefix=f"{prefix}/{stem}",
        task_execution_metadata=sdk.pb.TaskExecutionMetadata(task_execution_id=task_execution),
    )
    return request, task.name.rsplit(".", 1)[-1]


class Replica:
    """One connector server process on a fixed port: killed and restarted there, its RSS sampled."""

    def __init__(self, sdk: Sdk, index: int, env: dict[str, str], directory: Path) -> None:
        self.sdk, self.index, self.env, self.dir = sdk, index, env, directory
        self.port, self.prom = free_port(), free_port()
        self.log = directory / f"{sdk.name}-{index}.log"
        self.channel = grpc.insecure_channel(f"127.0.0.1:{self.port}")
        self.stub = sdk.stub(self.channel)
        self.proc: subprocess.Popen[bytes] | None = None
        self.peak_rss = 0
        self.starts = 0

    def start(self) -> None:
        if self.proc is not None:
            self.proc.poll()  # reap one killed from outside
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(
                self.sdk.argv(self.port, self.prom), env=self.env, cwd=self.dir, stdout=out, stderr=subprocess.STDOUT
            )
        self.starts += 1
        deadline = time.monotonic() + SERVE_TIMEOUT
        while True:
            try:
                grpc.channel_ready_future(self.channel).result(timeout=1)
                return
            except grpc.FutureTimeoutError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{self.sdk.name} replica {self.index} does not serve; see {self.log}") from None

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
        self.channel.close()

    def sample(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.peak_rss = max(self.peak_rss, _tree_rss(self.proc.pid))

    def create(self, request: Any, timeout: float = 60) -> bytes:
        """CreateTask: the resource meta Flyte would store."""
        return bytes(self.stub.CreateTask(request, timeout=timeout).resource_meta)

    def phase(self, meta: bytes, timeout: float = 60) -> tuple[str, str]:
        """GetTask: the task's phase name and message."""
        request = self.sdk.pb.GetTaskRequest(task_category=self._category(), resource_meta=meta)
        resource = self.stub.GetTask(request, timeout=timeout).resource
        return str(self.sdk.phase.Phase.Name(resource.phase)), str(resource.message)

    def delete(self, meta: bytes, timeout: float = 60) -> None:
        self.stub.DeleteTask(
            self.sdk.pb.DeleteTaskRequest(task_category=self._category(), resource_meta=meta), timeout=timeout
        )

    def _category(self) -> Any:
        return self.sdk.pb.TaskCategory(name=self.sdk.task_type, version=0)


def process_tree(pid: int) -> list[int]:
    """A process and its live descendants."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo.extend(children.get(p, []))
    return tree


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and its descendants."""
    total = 0
    for p in process_tree(pid):
        try:
            rss = next(line for line in Path(f"/proc/{p}/status").read_text().splitlines() if line.startswith("VmRSS"))
            total += int(rss.split()[1]) * 1024
        except (OSError, StopIteration):
            continue
    return total
