"""The connector as an organization deploys it: its configuration names every testbed as a cluster, holds
their keys (the JWT key, each user's SSH key), and its policy decides who runs as whom. Driven over gRPC as
Flyte drives it, through flytekit's ``pyflyte serve connector`` and Flyte 2's ``c0``, on every release.

Each refusal is an error that says why, makes no job, and sends nothing anywhere: a listener standing for
an attacker's URL counts the connections it gets. Two projects' tasks run as two users, each in a
directory only that user can open."""

from __future__ import annotations

import json
import os
import socket
import stat
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from flyteidl.admin.agent_pb2 import CreateTaskRequest, GetTaskRequest, TaskCategory
from flyteidl.admin.agent_pb2 import TaskExecutionMetadata as Meta1
from flyteidl.core.execution_pb2 import TaskExecution
from flyteidl.core.identifier_pb2 import NodeExecutionIdentifier, TaskExecutionIdentifier, WorkflowExecutionIdentifier
from flyteidl2.connector.connector_pb2 import CreateTaskRequest as CreateTaskRequest2
from flyteidl2.connector.connector_pb2 import GetTaskRequest as GetTaskRequest2
from flyteidl2.connector.connector_pb2 import TaskCategory as TaskCategory2
from flyteidl2.connector.connector_pb2 import TaskExecutionMetadata as Meta2
from flyteidl2.connector.service_pb2_grpc import AsyncConnectorServiceStub
from flyteidl2.core import identifier_pb2 as id2
from flytekit import kwtypes
from flytekit.extras.tasks.shell import OutputLocation
from flytekit.types.file import FlyteFile

from flyte_plugin import TASK_SHELL, SlurmCluster, SlurmRestScriptTask, SlurmRestShellTask, flyte2
from slurm_rest import ClientConfig, SlurmClient
from slurm_rest_testbed import RELEASES

from ..conftest import Testbed, require_testbed, shard_testbeds
from ._flyte import Server, free_port, literals, phase_name, serving, template_of
from ._flyte2 import template as template2

pytestmark = pytest.mark.live
NAMES = [r.name for r in RELEASES]
BIN = Path(sys.executable).parent
TERMINAL = {"SUCCEEDED", "FAILED", "ABORTED", "RETRYABLE_FAILED"}


def cluster_name(tb: Testbed) -> str:
    return "tb" + tb.name.replace(".", "")


def config(directory: Path, beds: list[Testbed], blob: Path) -> str:
    """The deployment's file: every testbed twice (by SFTP, and through the shared filesystem), two projects."""
    (directory / "signing_key").write_text(uuid.uuid4().hex * 2)
    lines = [
        "[connector]",
        f'signing_key = {{ file = "{directory}/signing_key" }}',
        f'blob_prefixes = ["file://{blob}/"]',
        "",
    ]
    for tb in beds:
        ssh = tb.facts["ssh"]
        for suffix, extra in (("", ""), ("-shared", f'path_map = [["/", "{tb.facts["rootfs"]}"]]')):
            lines += [
                f"[clusters.{cluster_name(tb)}{suffix}]",
                f'url = "{tb.url}"',
                f'jwt_key = {{ file = "{tb.facts["jwt_key_path"]}" }}',
                'work_root = "/home/{user}/.slurm-rest"',
                extra,
                f"[clusters.{cluster_name(tb)}{suffix}.ssh]",
                f'host = "{ssh["host"]}"',
                f"port = {ssh['port']}",
                f'known_hosts = "{ssh["known_hosts"]}"',
                f"[clusters.{cluster_name(tb)}{suffix}.ssh.keys]",
                *(f'{user} = {{ file = "{u["ssh_key_path"]}" }}' for user, u in tb.facts["users"].items()),
                "",
            ]
        tls = tb.facts["tls"]
        for suffix, url in (("-tls", tls["url"]), ("-wronghost", tls["wrong_host_url"])):
            lines += [
                f"[clusters.{cluster_name(tb)}{suffix}]",
                f'url = "{url}"',
                f'ca_bundle = "{tls["ca_path"]}"',
                f'jwt_key = {{ file = "{tb.facts["jwt_key_path"]}" }}',
                "",
            ]
    lines += [
        "[[policy]]",
        'project = "ml"',
        'users = ["alice"]',
        'default_user = "alice"',
        'partitions = ["debug", "low"]',
        'default_partition = "low"',
        "",
        "[[policy]]",
        'project = "physics"',
        'domain = "production"',
        'users = ["bob"]',
        'default_user = "bob"',
        "",
    ]
    path = directory / "connector.toml"
    path.write_text("\n".join(lines))
    return str(path)


class Listener:
    """A TCP listener standing for wherever an attacker would have the credentials sent: counts connections."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()


@pytest.fixture(scope="module")
def beds() -> list[Testbed]:
    return shard_testbeds(NAMES)


@pytest.fixture(scope="module")
def blob(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("blob")


@pytest.fixture(scope="module")
def listener() -> Listener:
    return Listener()


def _env(tmp_path_factory: pytest.TempPathFactory, beds: list[Testbed], blob: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("_FSEC_", "SLURM_REST_"))}
    env["SLURM_REST_CONNECTOR_CONFIG"] = config(tmp_path_factory.mktemp("deployment"), beds, blob)
    return env


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory, beds: list[Testbed], blob: Path) -> Iterator[Server]:
    port = free_port()
    argv = [str(BIN / "pyflyte"), "serve", "connector", "--port", str(port), "--prometheus_port", str(free_port())]
    with serving(
        argv,
        port=port,
        log=tmp_path_factory.mktemp("kit") / "server.log",
        env=_env(tmp_path_factory, beds, blob),
        cwd=tmp_path_factory.getbasetemp(),
    ) as srv:
        yield srv


@pytest.fixture(scope="module")
def c0(tmp_path_factory: pytest.TempPathFactory, beds: list[Testbed], blob: Path) -> Iterator[Server]:
    port = free_port()
    argv = [str(BIN / "c0"), "--port", str(port), "--prometheus_port", str(free_port())]
    with serving(
        argv,
        port=port,
        log=tmp_path_factory.mktemp("c0") / "server.log",
        stub=AsyncConnectorServiceStub,
        env=_env(tmp_path_factory, beds, blob),
        cwd=tmp_path_factory.getbasetemp(),
    ) as srv:
        yield srv


@pytest.fixture(params=NAMES, ids=[f"slurm-{n}" for n in NAMES])
def bed(request: pytest.FixtureRequest) -> Testbed:
    return require_testbed(next(r for r in RELEASES if r.name == request.param))


def execution(project: str, domain: str = "development") -> tuple[Meta1, Meta2]:
    """The task execution metadata each backend sends, for a fresh execution of ``project``/``domain``."""
    name = "e" + uuid.uuid4().hex[:12]
    one = Meta1(
        task_execution_id=TaskExecutionIdentifier(
            node_execution_id=NodeExecutionIdentifier(
                node_id="n0", execution_id=WorkflowExecutionIdentifier(project=project, domain=domain, name=name)
            )
        )
    )
    two = Meta2(
        task_execution_id=id2.TaskExecutionIdentifier(
            node_execution_id=id2.NodeExecutionIdentifier(
                node_id="n0", execution_id=id2.WorkflowExecutionIdentifier(project=project, domain=domain, name=name)
            )
        )
    )
    return one, two


def shell(cluster: str | SlurmCluster, script: str, *, output: bool = True) -> SlurmRestShellTask:
    return SlurmRestShellTask(
        name=f"dep.{uuid.uuid4().hex[:8]}",
        cluster=cluster,
        script=script,
        output_locs=[OutputLocation(var="out", var_type=FlyteFile, location="")] if output else [],
        job={"time": "2"},
    )


def create1(srv: Server, task: Any, meta: Meta1, prefix: Path, **inputs: Any) -> bytes:
    request = CreateTaskRequest(
        template=template_of(task).to_flyte_idl(),
        output_prefix=str(prefix),
        inputs=literals(task, **inputs).to_flyte_idl() if inputs else None,
        task_execution_metadata=meta,
    )
    return bytes(srv.stub.CreateTask(request, timeout=60).resource_meta)


def wait1(srv: Server, meta: bytes, timeout: float = 90) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        resource = srv.stub.GetTask(
            GetTaskRequest(task_category=TaskCategory(name=TASK_SHELL, version=0), resource_meta=meta), timeout=60
        ).resource
        if phase_name(resource.phase) in TERMINAL or time.monotonic() > deadline:
            return resource
        time.sleep(0.5)


def jobs_named(tb: Testbed, name: str) -> list[Any]:
    with SlurmClient(ClientConfig(url=tb.url, user=tb.user, jwt_key=tb.facts["jwt_key_path"])) as client:
        return list(client.jobs(name=name))


def job(tb: Testbed, job_id: int) -> Any:
    with SlurmClient(ClientConfig(url=tb.url, user=tb.user, jwt_key=tb.facts["jwt_key_path"])) as client:
        return client.get_job(job_id)


def on_host(tb: Testbed, path: str) -> Path:
    return Path(str(tb.facts["rootfs"]) + path)


# --- allowed: each project as its own user, in a private directory -----------------------------------------


@pytest.mark.parametrize(
    ("project", "domain", "user"), [("ml", "development", "alice"), ("physics", "production", "bob")]
)
def test_each_project_runs_as_its_user_in_a_private_directory(
    kit: Server, bed: Testbed, tmp_path: Path, project: str, domain: str, user: str
) -> None:
    task = shell(cluster_name(bed), "#!/bin/bash\nid -un > {outputs.out}\n")
    meta1, _ = execution(project, domain)
    meta = create1(kit, task, meta1, tmp_path)
    fields = json.loads(meta)
    assert fields["cluster"] == cluster_name(bed) and fields["user"] == user and len(fields["signature"]) == 64
    assert "url" not in meta.decode() and "jwt" not in meta.decode()
    resource = wait1(kit, meta)
    assert phase_name(resource.phase) == "SUCCEEDED", resource.message
    uri = resource.outputs.literals["out"].scalar.blob.uri
    assert Path(uri.removeprefix("file://")).read_text().strip() == user
    info = job(bed, fields["job_id"])
    ex = meta1.task_execution_id.node_execution_id.execution_id
    assert info.user == user
    root = on_host(bed, f"/home/{user}/.slurm-rest")
    st = root.stat()
    assert stat.S_IMODE(st.st_mode) == 0o700 and st.st_uid == bed.facts["users"][user]["uid"]
    assert info.comment == f"flyte:{project}/{domain}/{ex.name}/n0#0"  # an administrator traces it back
    assert (info.partition == "low") == (project == "ml")  # the policy's default partition


def test_connector_logs_one_line_per_create(kit: Server) -> None:
    text = kit.log.read_text()
    assert "created job" in text and "project=ml domain=development" in text


# --- refused: an error that says why, no job, no token anywhere ----------------------------------------------

REFUSALS = [
    ({"run_as": "root"}, "ml", "root"),
    ({"run_as": "slurm"}, "ml", "SlurmUser"),
    ({"run_as": "bob"}, "ml", "may not run as 'bob'"),
    ({}, "nobody", "no policy rule"),
    ({"job": {"partition": "high", "time": "2"}}, "ml", "may not use partition 'high'"),
]


@pytest.mark.parametrize(
    ("changes", "project", "says"), REFUSALS, ids=["root", "slurmuser", "other-user", "no-rule", "partition"]
)
def test_refusals_make_no_job(
    kit: Server, bed: Testbed, tmp_path: Path, changes: dict[str, Any], project: str, says: str
) -> None:
    task = shell(cluster_name(bed), "#!/bin/bash\nid -un > {outputs.out}\n")
    template = template_of(task).to_flyte_idl()
    for key, value in changes.items():  # written straight into the template: what an attacker can send
        template.custom[key] = value
    request = CreateTaskRequest(
        template=template, output_prefix=str(tmp_path), task_execution_metadata=execution(project)[0]
    )
    with pytest.raises(grpc.RpcError) as caught:
        kit.stub.CreateTask(request, timeout=60)
    assert says in str(caught.value.details())
    assert jobs_named(bed, task.name.rsplit(".", 1)[-1]) == []


def test_a_task_defined_cluster_is_refused_and_its_url_gets_nothing(
    kit: Server, c0: Server, bed: Testbed, listener: Listener, tmp_path: Path
) -> None:
    rogue = SlurmCluster(url=listener.url, user="alice", jwt_key_secret="k")
    with pytest.raises(grpc.RpcError) as caught:
        create1(kit, shell(rogue, "true"), execution("ml")[0], tmp_path)
    assert "does not accept clusters defined by tasks" in str(caught.value.details())
    task2 = flyte2.SlurmRestShellTask(f"dep2_{uuid.uuid4().hex[:8]}", cluster=rogue, script="true")
    request = CreateTaskRequest2(
        template=template2(task2), output_prefix=str(tmp_path), task_execution_metadata=execution("ml")[1]
    )
    with pytest.raises(grpc.RpcError) as caught:
        c0.stub.CreateTask(request, timeout=60)
    assert "does not accept clusters defined by tasks" in str(caught.value.details())
    assert listener.connections == 0


@pytest.mark.parametrize("forged", ["unsigned", "re-signed"])
def test_forged_metadata_is_refused_and_sends_nothing(kit: Server, c0: Server, listener: Listener, forged: str) -> None:
    """Metadata sent straight to GetTask naming root and a listener's URL: no token is minted or sent."""
    fields = {
        "job_id": 1,
        "user": "root",
        "outputs": {},
        "output_prefix": "",
        "work_dir": "/",
        "log": "",
        "cluster": {"url": listener.url, "user": "root", "jwt_key_secret": "k"},
        "signature": "0" * 64 if forged == "re-signed" else "",
    }
    meta = json.dumps(fields).encode()
    with pytest.raises(grpc.RpcError) as caught:
        kit.stub.GetTask(
            GetTaskRequest(task_category=TaskCategory(name=TASK_SHELL, version=0), resource_meta=meta), timeout=60
        )
    assert "not signed by this connector's deployment" in str(caught.value.details())
    with pytest.raises(grpc.RpcError) as caught:
        c0.stub.GetTask(
            GetTaskRequest2(task_category=TaskCategory2(name=flyte2.TASK2_SHELL, version=0), resource_meta=meta),
            timeout=60,
        )
    assert "not signed" in str(caught.value.details())
    assert listener.connections == 0


def test_an_input_outside_the_blob_store_is_not_read(kit: Server, bed: Testbed, tmp_path: Path) -> None:
    secret = tmp_path / "connector-only"
    secret.write_text("the connector's own file")
    task = SlurmRestShellTask(
        name=f"dep.{uuid.uuid4().hex[:8]}",
        cluster=cluster_name(bed),
        inputs=kwtypes(f=FlyteFile),
        script="#!/bin/bash\ncat {inputs.f}\n",
        job={"time": "2"},
    )
    with pytest.raises(grpc.RpcError) as caught:
        create1(kit, task, execution("ml")[0], tmp_path, f=FlyteFile(str(secret)))
    assert "is not in this deployment's blob store" in str(caught.value.details())
    assert jobs_named(bed, task.name.rsplit(".", 1)[-1]) == []


@pytest.mark.parametrize("shared", ["", "-shared"], ids=["sftp", "path-map"])
def test_a_linked_output_is_refused(kit: Server, bed: Testbed, tmp_path: Path, shared: str) -> None:
    """An output that is a symbolic link to a file only the connector's side can read fails the task; its
    content never reaches the output."""
    planted = on_host(bed, "/root/connector-only")
    planted.write_text("root's secret")
    planted.chmod(0o600)
    task = shell(cluster_name(bed) + shared, "#!/bin/bash\nln -s /root/connector-only {outputs.out}\n")
    resource = wait1(kit, create1(kit, task, execution("ml")[0], tmp_path))
    assert phase_name(resource.phase) == "FAILED"
    assert "symbolic link" in resource.message
    assert "root's secret" not in resource.message and not list(tmp_path.rglob("*"))


def test_flyte2_deployed_task_declares_no_secrets_and_runs_as_policy_says(
    c0: Server, bed: Testbed, tmp_path: Path
) -> None:
    task = flyte2.SlurmRestShellTask(
        f"dep2_{uuid.uuid4().hex[:8]}", cluster=cluster_name(bed), script="id -un", job={"time": "2"}
    )
    template = template2(task)
    assert "secrets" not in template.custom  # a self-hosted backend resolves none: declaring any would fail it
    meta = bytes(
        c0.stub.CreateTask(
            CreateTaskRequest2(
                template=template,
                output_prefix=str(tmp_path),
                task_execution_metadata=execution("physics", "production")[1],
            ),
            timeout=60,
        ).resource_meta
    )
    assert json.loads(meta)["user"] == "bob"
    deadline = time.monotonic() + 90
    while True:
        resource = c0.stub.GetTask(
            GetTaskRequest2(task_category=TaskCategory2(name=flyte2.TASK2_SHELL, version=0), resource_meta=meta),
            timeout=60,
        ).resource
        if TaskExecution.Phase.Name(resource.phase) in TERMINAL or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert TaskExecution.Phase.Name(resource.phase) == "SUCCEEDED", resource.message
    assert job(bed, json.loads(meta)["job_id"]).user == "bob"
    template.custom["run_as"] = "root"
    with pytest.raises(grpc.RpcError) as caught:
        c0.stub.CreateTask(
            CreateTaskRequest2(
                template=template,
                output_prefix=str(tmp_path),
                task_execution_metadata=execution("physics", "production")[1],
            ),
            timeout=60,
        )
    assert "'root'" in str(caught.value.details())


def test_tls_with_the_deployments_ca_bundle(kit: Server, c0: Server, bed: Testbed, tmp_path: Path) -> None:
    """Both connectors reach slurmrestd through the testbed's TLS proxy with the cluster's ``ca_bundle``; a
    URL whose host name the certificate does not hold is refused before any request (no job)."""
    task = shell(cluster_name(bed) + "-tls", "#!/bin/bash\necho over tls\n", output=False)  # it moves no files
    meta = create1(kit, task, execution("ml")[0], tmp_path)
    assert phase_name(wait1(kit, meta).phase) == "SUCCEEDED"
    task2 = flyte2.SlurmRestShellTask(
        f"dep2_{uuid.uuid4().hex[:8]}", cluster=cluster_name(bed) + "-tls", script="echo over tls", job={"time": "2"}
    )
    meta2 = bytes(
        c0.stub.CreateTask(
            CreateTaskRequest2(
                template=template2(task2), output_prefix=str(tmp_path), task_execution_metadata=execution("ml")[1]
            ),
            timeout=60,
        ).resource_meta
    )
    assert job(bed, json.loads(meta2)["job_id"]).user == "alice"
    wrong = shell(cluster_name(bed) + "-wronghost", "#!/bin/bash\ntrue\n", output=False)
    with pytest.raises(grpc.RpcError) as caught:
        create1(kit, wrong, execution("ml")[0], tmp_path)
    assert "TLS" in str(caught.value.details()) and "host name" in str(caught.value.details())
    assert jobs_named(bed, wrong.name.rsplit(".", 1)[-1]) == []


# --- #SBATCH lines: a script's directives apply, under the task's own options, held to the same policy ------

DIRECTED = (
    "#!/bin/bash\n#SBATCH --job-name={name} -t 3\n#SBATCH --comment='from the script' -p {partition}\n"
    "#SBATCH --nice=7  # ignored: -- after a comment\n\nid -un\n"
)


def cluster_script(bed: Testbed, user: str, text: str) -> str:
    """A batch script in ``user``'s home on the cluster, owned by them (read by SFTP as that user)."""
    path = f"/home/{user}/directed-{uuid.uuid4().hex[:8]}.sh"
    host = on_host(bed, path)
    host.write_text(text)
    os.chown(host, bed.facts["users"][user]["uid"], bed.facts["users"][user]["uid"])
    host.chmod(0o600)  # only its user (and SFTP as them) can read it
    return path


def test_a_script_tasks_directives_reach_slurm(kit: Server, c0: Server, bed: Testbed, tmp_path: Path) -> None:
    name = f"directed-{uuid.uuid4().hex[:8]}"
    path = cluster_script(bed, "alice", DIRECTED.format(name=name, partition="debug"))
    one = SlurmRestScriptTask(
        name=f"dep.{uuid.uuid4().hex[:8]}", cluster=cluster_name(bed), batch_script_path=path, job={"time": "2"}
    )  # the task's own option over the script's -t 3
    two = flyte2.SlurmRestScriptTask(
        f"dep2_{uuid.uuid4().hex[:8]}", cluster=cluster_name(bed), batch_script_path=path, job={"time": "2"}
    )
    ids = [
        json.loads(create1(kit, one, execution("ml")[0], tmp_path))["job_id"],
        json.loads(
            bytes(
                c0.stub.CreateTask(
                    CreateTaskRequest2(
                        template=template2(two), output_prefix=str(tmp_path), task_execution_metadata=execution("ml")[1]
                    ),
                    timeout=60,
                ).resource_meta
            )
        )["job_id"],
    ]
    for job_id in ids:
        info = job(bed, job_id)
        assert (info.name, info.time_limit_minutes, info.partition) == (name, 2, "debug")  # not the policy's "low"
        assert info.comment.startswith("from the script flyte:ml/development/")  # the execution's label after it


def test_an_inline_scripts_directives_reach_slurm(c0: Server, bed: Testbed, tmp_path: Path) -> None:
    name = f"inline-{uuid.uuid4().hex[:8]}"
    task = flyte2.SlurmRestShellTask(
        f"dep2_{uuid.uuid4().hex[:8]}",
        cluster=cluster_name(bed),
        script=DIRECTED.format(name=name, partition="debug"),
        job={"nice": 3},
    )
    meta = bytes(
        c0.stub.CreateTask(
            CreateTaskRequest2(
                template=template2(task), output_prefix=str(tmp_path), task_execution_metadata=execution("ml")[1]
            ),
            timeout=60,
        ).resource_meta
    )
    info = job(bed, json.loads(meta)["job_id"])
    assert (info.name, info.time_limit_minutes, info.partition) == (name, 3, "debug")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (DIRECTED.format(name="x", partition="high"), "may not use partition 'high'"),  # the policy, as for job options
        ("#!/bin/bash\n#SBATCH --uid=0\nid\n", "line 2 ('#SBATCH --uid=0'): sbatch's --uid is not supported"),
        ("#!/bin/bash\n#SBATCH hetjob\nid\n", "heterogeneous jobs"),
    ],
    ids=["partition", "uid", "hetjob"],
)
def test_a_script_whose_directives_are_refused_makes_no_job(
    kit: Server, bed: Testbed, tmp_path: Path, text: str, says: str
) -> None:
    task = SlurmRestScriptTask(
        name=f"dep.{uuid.uuid4().hex[:8]}",
        cluster=cluster_name(bed),
        batch_script_path=cluster_script(bed, "alice", text),
        job={"time": "2"},
    )
    with pytest.raises(grpc.RpcError) as caught:
        create1(kit, task, execution("ml")[0], tmp_path)
    assert says in str(caught.value.details())
    assert jobs_named(bed, task.name.rsplit(".", 1)[-1]) == []


def test_a_script_its_user_cannot_read_is_refused(kit: Server, bed: Testbed, tmp_path: Path) -> None:
    """bob's script, readable by bob only: alice's task (SFTP as alice) cannot read its header, so no job."""
    task = SlurmRestScriptTask(
        name=f"dep.{uuid.uuid4().hex[:8]}",
        cluster=cluster_name(bed) + "-shared",
        batch_script_path=cluster_script(bed, "bob", "#!/bin/bash\n#SBATCH -J secret\nid\n"),
        job={"time": "2"},
    )
    with pytest.raises(grpc.RpcError) as caught:
        create1(kit, task, execution("ml")[0], tmp_path)
    assert "cannot read the #SBATCH lines" in str(caught.value.details())
    assert "secret" not in str(caught.value.details())
    assert jobs_named(bed, task.name.rsplit(".", 1)[-1]) == []


# --- a create replayed (its answer never reached Flyte) finds its job: one job per attempt -------------------


def replay_task(sdk: str, bed: Testbed) -> tuple[Any, Any]:
    """A task of ``sdk`` and a fresh execution's metadata for it."""
    if sdk == "flytekit":
        return shell(cluster_name(bed), "#!/bin/bash\nsleep 1\n", output=False), execution("ml")[0]
    task = flyte2.SlurmRestShellTask(
        f"dep2_{uuid.uuid4().hex[:8]}", cluster=cluster_name(bed), script="sleep 1", job={"time": "2"}
    )
    task.template = template2(task)  # made once: a Flyte 2 task joins one environment
    return task, execution("ml")[1]


def create_any(srv: Server, sdk: str, task: Any, meta: Any, prefix: Path, timeout: float = 60) -> int:
    if sdk == "flytekit":
        request = CreateTaskRequest(
            template=template_of(task).to_flyte_idl(), output_prefix=str(prefix), task_execution_metadata=meta
        )
        return int(json.loads(bytes(srv.stub.CreateTask(request, timeout=timeout).resource_meta))["job_id"])
    request = CreateTaskRequest2(template=task.template, output_prefix=str(prefix), task_execution_metadata=meta)
    return int(json.loads(bytes(srv.stub.CreateTask(request, timeout=timeout).resource_meta))["job_id"])


@pytest.mark.parametrize("sdk", ["flytekit", "flyte2"])
def test_a_replayed_create_finds_its_job_and_a_new_attempt_gets_a_new_one(
    kit: Server, c0: Server, bed: Testbed, tmp_path: Path, sdk: str
) -> None:
    """Flyte calls create again when its answer was lost: the caller here gives up early (at several moments,
    before or after the submit), the server's call is cancelled or finishes, then the same create is replayed."""
    srv = kit if sdk == "flytekit" else c0
    for cut in (0.2, 0.6, 1.2, 3.0):
        task, meta = replay_task(sdk, bed)
        try:
            create_any(srv, sdk, task, meta, tmp_path, timeout=cut)
        except grpc.RpcError as exc:
            assert exc.code() == grpc.StatusCode.DEADLINE_EXCEEDED
        first = create_any(srv, sdk, task, meta, tmp_path)
        assert create_any(srv, sdk, task, meta, tmp_path) == first  # and again: the same job
        name = task.name.rsplit(".", 1)[-1]
        assert [j.job_id for j in jobs_named(bed, name)] == [first], f"cut at {cut}s"
    retry = type(meta)()
    retry.CopyFrom(meta)
    retry.task_execution_id.retry_attempt = 1  # Flyte retries the task: a new attempt, a new job
    assert create_any(srv, sdk, task, retry, tmp_path) != first
    assert len(jobs_named(bed, name)) == 2
