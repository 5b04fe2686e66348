"""The connector image as deployed: built by scripts/image, run by podman with host networking, secrets
given as Flyte gives them, driven over gRPC as FlytePropeller drives it.

Secrets reach the container both ways flytekit's SecretsManager reads them: the 24.11 testbed's as
environment variables ``_FSEC_<GROUP>_<KEY>``, the 26.05 testbed's as files ``/etc/secrets/<group>/<key>``
(a mounted Kubernetes secret). Outputs and stderr tails come back by SFTP, as on a cluster that shares
no filesystem with the connector; the blob store here is a directory mounted at the same path on both
sides (output prefixes, and flytekit's local raw-data prefix through TMPDIR).

The same image runs ``c0`` (Flyte 2's connector server), driven as Flyte 2's backend drives it: no secret
reaches that container, their values come in each request's ``connection.secrets``.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import grpc
import pytest
from flyte.io import File
from flyteidl.admin.agent_pb2 import CreateTaskRequest, DeleteTaskRequest, GetTaskRequest, TaskCategory
from flyteidl.core.execution_pb2 import TaskExecution
from flyteidl.service.agent_pb2_grpc import AsyncAgentServiceStub
from flyteidl2.connector.connector_pb2 import DeleteTaskRequest as DeleteTaskRequest2
from flyteidl2.connector.connector_pb2 import GetTaskRequest as GetTaskRequest2
from flyteidl2.connector.connector_pb2 import TaskCategory as TaskCategory2
from flyteidl2.connector.service_pb2_grpc import AsyncConnectorServiceStub
from flytekit import kwtypes
from flytekit.extras.tasks.shell import OutputLocation
from flytekit.types.file import FlyteFile

from flyte_plugin import TASK_SHELL, SlurmCluster, SlurmRestShellTask, SSHTarget, flyte2
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
    template_of,
    wait,
)
from ._flyte2 import assert_healthy, connection
from ._flyte2 import create as create2
from ._flyte2 import wait as wait2
from ._images import connector_image
from .ssh_support import host_public_key

pytestmark = pytest.mark.live
ROOT = Path(__file__).resolve().parents[2]
PODMAN = str(ROOT / "scripts" / "podman")
BY_ENV, BY_FILE = "24.11", "26.05"  # how each testbed's secrets reach the container
GROUP = "slurm_rest"
SECRETS_DIR = "/etc/secrets"  # flytekit's SecretsConfig.default_dir


def ssh_secret_key(rel: str) -> str:
    return "ssh_key_" + rel.replace(".", "")


def beds() -> list[Testbed]:
    return shard_testbeds((BY_ENV, BY_FILE))


def secrets_of(tb: Testbed) -> dict[str, str]:
    """The Flyte secrets (key -> value) the connector needs for a testbed: its JWT key and SSH key."""
    return {secret_key(tb.name): key_b64(tb), ssh_secret_key(tb.name): Path(tb.facts["ssh"]["key_path"]).read_text()}


@pytest.fixture(scope="module")
def image() -> str:
    return connector_image()


@contextlib.contextmanager
def container(
    image: str,
    command: list[str],
    *,
    port: int,
    shared: Path,
    log: Path,
    options: Sequence[str] = (),
    secrets: Iterable[str] = (),
    stub: Callable[[grpc.Channel], Any] = AsyncAgentServiceStub,
) -> Iterator[Server]:
    """The image running ``command`` with host networking, ``shared`` mounted at the same path, under a
    development deployment (its file in ``shared``); the container is removed afterwards, whatever happened."""
    name = f"slurm-rest-test-{uuid.uuid4().hex[:12]}"
    deployment = [x for k, v in dev_deployment(shared).items() for x in ("-e", f"{k}={v}")]
    argv = [
        PODMAN,
        "run",
        "--rm",
        "--name",
        name,
        "--network",
        "host",
        "-v",
        f"{shared}:{shared}",
        "-e",
        f"TMPDIR={shared}",
        *deployment,
        *options,
    ]  # flytekit's local raw-data prefix lands in shared too
    try:
        with serving(
            [*argv, image, *command],
            port=port,
            log=log,
            secrets=secrets,
            stub=stub,
            stop=[PODMAN, "rm", "--force", "--time", "5", name],
        ) as srv:
            yield srv
    finally:
        gone = subprocess.run([PODMAN, "container", "exists", name], capture_output=True, timeout=60)
        assert gone.returncode == 1, f"container {name} was left behind"


def flytekit_secrets(files: Path) -> tuple[list[str], list[str]]:
    """podman options giving the testbeds' secrets as flytekit reads them (24.11's as _FSEC_ variables,
    26.05's as files under ``files``, mounted at /etc/secrets/<group>), and the values."""
    (files / GROUP).mkdir(parents=True)
    files.chmod(0o755)
    (files / GROUP).chmod(0o755)
    options, values = ["-v", f"{files / GROUP}:{SECRETS_DIR}/{GROUP}:ro"], []
    for tb in beds():
        for key, value in secrets_of(tb).items():
            values.append(value)
            if tb.name == BY_ENV:
                options += ["-e", f"_FSEC_{GROUP.upper()}_{key.upper()}={value}"]
            else:
                (files / GROUP / key).write_text(value)
                (files / GROUP / key).chmod(0o444)
    return options, values


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory at the same path in the container and here: the blob store of these tests."""
    path = tmp_path_factory.mktemp("image-shared")
    path.chmod(0o777)  # the container's user writes outputs here
    return path


@pytest.fixture(scope="module")
def flytekit_server(image: str, shared: Path) -> Iterator[Server]:
    port = free_port()
    command = ["pyflyte", "serve", "connector", "--port", str(port), "--prometheus_port", str(free_port())]
    options, values = flytekit_secrets(shared / "secrets")
    with container(
        image,
        command,
        port=port,
        shared=shared,
        log=shared.parent / "flytekit-server.log",
        options=options,
        secrets=values,
    ) as srv:
        yield srv


@pytest.fixture(scope="module")
def c0_server(image: str, shared: Path) -> Iterator[Server]:
    """Flyte 2's server in the same image, as ``flyte.app.ConnectorEnvironment`` runs it (no --modules:
    the flyte.connectors entry point), with no secrets of its own."""
    port = free_port()
    command = ["c0", "--port", str(port), "--prometheus_port", str(free_port())]
    with container(
        image, command, port=port, shared=shared, log=shared.parent / "c0-server.log", stub=AsyncConnectorServiceStub
    ) as srv:
        yield srv


@pytest.fixture(params=[BY_ENV, BY_FILE], ids=["slurm-24.11-secrets-env", "slurm-26.05-secrets-files"])
def bed(request: pytest.FixtureRequest) -> Testbed:
    return require_testbed(next(r for r in RELEASES if r.name == request.param))


def cluster(tb: Testbed, group: str | None = GROUP) -> SlurmCluster:
    """The testbed seen from the container: REST and SFTP only, no shared filesystem. Flyte 2 has no
    secret groups: its secrets are named by the task and sent in each request."""
    ssh = tb.facts["ssh"]
    return SlurmCluster(
        url=tb.url,
        user=tb.user,
        jwt_key_secret=secret_key(tb.name),
        secret_group=group,
        ssh=SSHTarget(
            host=ssh["host"], port=ssh["port"], key_secret=ssh_secret_key(tb.name), host_key=host_public_key(tb)
        ),
    )


def outputs_dir(shared: Path) -> Path:
    """A task's output prefix, writable by the container's user."""
    path = shared / uuid.uuid4().hex
    path.mkdir()
    path.chmod(0o777)
    return path


def test_shell_task_succeeds_with_outputs(flytekit_server: Server, bed: Testbed, shared: Path) -> None:
    task = SlurmRestShellTask(
        name="image.greet",
        cluster=cluster(bed),
        job={"time": "2", "mem": "50M"},
        inputs=kwtypes(message=str),
        script="#!/bin/bash\nprintf '%s' {inputs.message} > {outputs.greeting}\n",
        output_locs=[OutputLocation(var="greeting", var_type=FlyteFile, location="")],
    )
    meta = create(flytekit_server, task, outputs_dir(shared), message=HOSTILE)
    resource = wait(flytekit_server, meta)
    assert phase_name(resource.phase) == "SUCCEEDED", resource.message
    assert resource.message.endswith("COMPLETED, exit code 0")
    uri = resource.outputs.literals["greeting"].scalar.blob.uri
    assert Path(uri.removeprefix("file://")).read_text() == HOSTILE  # fetched by SFTP, put in the blob store


def test_failing_task_fails_with_stderr_tail(flytekit_server: Server, bed: Testbed, shared: Path) -> None:
    task = SlurmRestShellTask(
        name="image.fails",
        cluster=cluster(bed),
        job={"time": "2", "mem": "50M"},
        script="#!/bin/bash\necho 'no such input' >&2\nexit 3\n",
    )
    resource = wait(flytekit_server, create(flytekit_server, task, outputs_dir(shared)))
    assert phase_name(resource.phase) == "FAILED", resource.message
    assert "exit code 3" in resource.message and "no such input" in resource.message  # the tail, by SFTP


def test_delete_cancels(flytekit_server: Server, bed: Testbed, shared: Path) -> None:
    task = SlurmRestShellTask(
        name="image.sleepy", cluster=cluster(bed), job={"time": "5"}, script="#!/bin/bash\nsleep 300\n"
    )
    meta = create(flytekit_server, task, outputs_dir(shared))
    assert phase_name(get(flytekit_server, meta).phase) in {"QUEUED", "INITIALIZING", "RUNNING"}
    flytekit_server.stub.DeleteTask(
        DeleteTaskRequest(task_category=TaskCategory(name=TASK_SHELL, version=0), resource_meta=meta), timeout=60
    )
    resource = wait(flytekit_server, meta, timeout=30)
    assert resource.phase in (TaskExecution.ABORTED, TaskExecution.FAILED), resource.message
    assert "CANCELLED" in resource.message


# --- Flyte 2: c0 in the same image ------------------------------------------------------------------------


@pytest.fixture(params=[BY_ENV, BY_FILE], ids=["slurm-24.11", "slurm-26.05"])
def bed2(request: pytest.FixtureRequest) -> Testbed:
    return require_testbed(next(r for r in RELEASES if r.name == request.param))


def test_c0_serves_health(c0_server: Server) -> None:
    assert_healthy(c0_server)


def test_c0_shell_tasks_succeed_and_fail(c0_server: Server, bed2: Testbed, shared: Path) -> None:
    greet = flyte2.SlurmRestShellTask(
        "image2_greet",
        cluster=cluster(bed2, None),
        job={"time": "2", "mem": "50M"},
        inputs={"message": str},
        outputs={"greeting": File},
        script="#!/bin/bash\nprintf '%s' {inputs.message} > {outputs.greeting}\n",
    )
    fails = flyte2.SlurmRestShellTask(
        "image2_fails",
        cluster=cluster(bed2, None),
        job={"time": "2", "mem": "50M"},
        script="#!/bin/bash\necho 'no such input' >&2\nexit 3\n",
    )
    ok_meta = create2(c0_server, bed2, greet, outputs_dir(shared), message=HOSTILE)
    bad_meta = create2(c0_server, bed2, fails, outputs_dir(shared))  # both jobs run at once
    # c0's requests carry empty execution metadata: each task still has a directory (and a log) of its own
    dirs = [json.loads(m)["work_dir"] for m in (ok_meta, bad_meta)]
    assert dirs[0] != dirs[1] and all(d.startswith("/tmp/slurm-rest-alice/") for d in dirs), dirs
    resource, phases = wait2(c0_server, bed2, ok_meta)
    assert phases[-1] == "SUCCEEDED" and resource.message.endswith("COMPLETED, exit code 0"), resource.message
    assert Path(resource.outputs.literals[0].value.scalar.blob.uri).read_text() == HOSTILE  # by SFTP, into the store
    resource, phases = wait2(c0_server, bed2, bad_meta)
    assert phases[-1] == "FAILED", resource.message
    assert "exit code 3" in resource.message and "no such input" in resource.message  # the tail, by SFTP


def test_c0_delete_cancels(c0_server: Server, bed2: Testbed, shared: Path) -> None:
    task = flyte2.SlurmRestShellTask(
        "image2_sleepy", cluster=cluster(bed2, None), job={"time": "5"}, script="#!/bin/bash\nsleep 300\n"
    )
    meta = create2(c0_server, bed2, task, outputs_dir(shared))
    c0_server.stub.DeleteTask(
        DeleteTaskRequest2(
            task_category=TaskCategory2(name=flyte2.TASK2_SHELL, version=0),
            resource_meta=meta,
            connection=connection(c0_server, bed2),
        ),
        timeout=60,
    )
    resource, phases = wait2(c0_server, bed2, meta, timeout=30)
    assert phases[-1] == "ABORTED" and "CANCELLED" in resource.message, (phases, resource.message)


def test_the_image_refuses_root_and_forged_metadata(
    flytekit_server: Server, c0_server: Server, bed2: Testbed, shared: Path
) -> None:
    """The deployment's rules hold in the image too: no task runs as root, and metadata this deployment did
    not sign is refused before any token is minted."""
    rooted = SlurmCluster.from_dict({**cluster(bed2).to_dict(), "user": "root", "ssh": None})
    task = SlurmRestShellTask(name="image.root", cluster=rooted, script="#!/bin/bash\nid\n")
    with pytest.raises(grpc.RpcError) as caught:
        create(flytekit_server, task, outputs_dir(shared))
    assert "no task runs as 'root'" in str(caught.value.details())
    forged = json.dumps({"job_id": 1, "cluster": cluster(bed2).to_dict(), "user": "alice", "signature": "0" * 64})
    for srv, request in (
        (
            flytekit_server,
            GetTaskRequest(task_category=TaskCategory(name=TASK_SHELL, version=0), resource_meta=forged.encode()),
        ),
        (
            c0_server,
            GetTaskRequest2(
                task_category=TaskCategory2(name=flyte2.TASK2_SHELL, version=0), resource_meta=forged.encode()
            ),
        ),
    ):
        with pytest.raises(grpc.RpcError) as caught:
            srv.stub.GetTask(request, timeout=60)
        assert "not signed" in str(caught.value.details())


# --- the image under an organization's deployment ----------------------------------------------------------


def deployment_files(directory: Path) -> Path:
    """connector.toml naming the 24.11 and 26.05 testbeds with their keys (copies the container's user can
    read), and the policy: project ml runs as alice, project physics as bob."""
    directory.mkdir(mode=0o755)
    lines = ["[connector]", f'signing_key = {{ file = "{directory}/signing_key" }}', ""]
    (directory / "signing_key").write_text(uuid.uuid4().hex * 2)
    for tb in beds():
        name = "tb" + tb.name.replace(".", "")
        (directory / f"{name}.jwt").write_bytes(Path(tb.facts["jwt_key_path"]).read_bytes())
        ssh = tb.facts["ssh"]
        lines += [
            f"[clusters.{name}]",
            f'url = "{tb.url}"',
            f'jwt_key = {{ file = "{directory}/{name}.jwt" }}',
            f"[clusters.{name}.ssh]",
            f'host = "{ssh["host"]}"',
            f"port = {ssh['port']}",
            f'host_key = "{host_public_key(tb)}"',
            f"[clusters.{name}.ssh.keys]",
        ]
        for user, facts in tb.facts["users"].items():
            (directory / f"{name}.{user}").write_text(Path(facts["ssh_key_path"]).read_text())
            lines.append(f'{user} = {{ file = "{directory}/{name}.{user}" }}')
        lines.append("")
    lines += [
        "[[policy]]",
        'project = "ml"',
        'users = ["alice"]',
        'default_user = "alice"',
        "",
        "[[policy]]",
        'project = "physics"',
        'users = ["bob"]',
        'default_user = "bob"',
        "",
    ]
    (directory / "connector.toml").write_text("\n".join(lines))
    for path in directory.iterdir():
        path.chmod(0o644)  # the container runs as uid 10001; the directory is this test's alone
    return directory / "connector.toml"


@pytest.fixture(scope="module")
def deployed_server(image: str, shared: Path) -> Iterator[Server]:
    port = free_port()
    toml = deployment_files(shared / "deployment")
    command = ["pyflyte", "serve", "connector", "--port", str(port), "--prometheus_port", str(free_port())]
    with container(
        image,
        command,
        port=port,
        shared=shared,
        log=shared.parent / "deployed-server.log",
        options=["-e", f"SLURM_REST_CONNECTOR_CONFIG={toml}"],
    ) as srv:
        yield srv


def test_the_image_as_deployed_runs_each_project_as_its_user(
    deployed_server: Server, bed2: Testbed, shared: Path
) -> None:
    from .test_deployment import create1, execution, wait1

    name = "tb" + bed2.name.replace(".", "")
    task = SlurmRestShellTask(
        name=f"image.whoami_{uuid.uuid4().hex[:6]}",
        cluster=name,
        job={"time": "2"},
        script="#!/bin/bash\nid -un > {outputs.me}\n",
        output_locs=[OutputLocation(var="me", var_type=FlyteFile, location="")],
    )
    for project, user in (("ml", "alice"), ("physics", "bob")):
        resource = wait1(deployed_server, create1(deployed_server, task, execution(project)[0], outputs_dir(shared)))
        assert phase_name(resource.phase) == "SUCCEEDED", resource.message
        uri = resource.outputs.literals["me"].scalar.blob.uri
        assert Path(uri.removeprefix("file://")).read_text().strip() == user  # by SFTP as that user
    for run_as, says in (("root", "never allowed"), ("bob", "may not run as 'bob'")):
        template = template_of(task).to_flyte_idl()
        template.custom["run_as"] = run_as
        with pytest.raises(grpc.RpcError) as caught:
            deployed_server.stub.CreateTask(
                CreateTaskRequest(
                    template=template,
                    output_prefix=str(outputs_dir(shared)),
                    task_execution_metadata=execution("ml")[0],
                ),
                timeout=60,
            )
        assert says in str(caught.value.details())
