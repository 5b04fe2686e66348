"""flyte_plugin.flyte2 without a testbed: what a task serializes to, the job built from it, the shared phase
table, secrets kept out of ResourceMeta, and imports that need only one of the two Flyte SDKs.

The connector runs for real against the fake slurmrestd on a socket (``fake.http_server()``)."""

from __future__ import annotations

import asyncio
import base64
import importlib.metadata
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from flyte.io import Dir, File
from flyte.models import SerializationContext
from flyteidl2.core.execution_pb2 import TaskExecution
from google.protobuf import json_format, struct_pb2

from flyte_plugin import _phases
from flyte_plugin._config import SECRET_JWT_KEY, SECRET_SSH_KEY, plain
from flyte_plugin._constants import POLL_MAX_AGE
from flyte_plugin._jobs import build_job
from flyte_plugin._lifecycle import seal
from flyte_plugin._policy import target_for
from flyte_plugin._polling import Outcome
from flyte_plugin._sessions import close_sessions
from flyte_plugin.flyte2 import (
    TASK2_SCRIPT,
    TASK2_SHELL,
    SlurmCluster,
    SlurmRestConnector,
    SlurmRestMeta,
    SlurmRestScriptTask,
    SlurmRestShellTask,
    SSHTarget,
)
from flyte_plugin.flyte2._connector import _resource
from slurm_rest import ConfigError, JobInfo, JobState, ValidationError

from .fake_slurmrestd import FakeSlurmrestd, signed_with

HOSTILE = "; rm -rf ~ $(id) \"quotes\" `id` 'single'\nsecond line"
KEY = b"k" * 32
KEY_B64 = base64.b64encode(KEY).decode()
SSH_KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\nnot-a-real-key-but-secret\n-----END OPENSSH PRIVATE KEY-----\n"


def cluster(url: str = "http://127.0.0.1:1", **kw: Any) -> SlurmCluster:
    return SlurmCluster(url=url, user="alice", jwt_key_secret="SLURM_REST_JWT_KEY", **kw)


def shell_task(c: SlurmCluster | None = None) -> SlurmRestShellTask:
    return SlurmRestShellTask(
        "greet",
        cluster=c or cluster(),
        job={"time": "2", "nodes": 1},
        inputs={"message": str},
        outputs={"greeting": File},
        environment={"MODE": "test"},
        script="#!/bin/bash\nprintf '%s' {inputs.message} > {outputs.greeting}\n",
    )


def wire_custom(task: Any) -> dict[str, Any]:
    """The custom block as the connector gets it: through protobuf's Struct (numbers become floats)."""
    struct = struct_pb2.Struct()
    struct.update(task.custom_config(SerializationContext(version="v1")))
    return plain(json_format.MessageToDict(struct))


def test_shell_task_serializes_cluster_secret_names_and_script() -> None:
    ssh = SSHTarget(host="login", key_secret="SLURM_REST_SSH_KEY", host_key="login ssh-ed25519 AAAA")
    task = shell_task(cluster(ssh=ssh))
    assert task.task_type == TASK2_SHELL
    custom = wire_custom(task)
    assert custom["secrets"] == {SECRET_JWT_KEY: "SLURM_REST_JWT_KEY", SECRET_SSH_KEY: "SLURM_REST_SSH_KEY"}
    assert custom["outputs"] == {"greeting": {"kind": "file", "location": ""}}
    assert custom["job"] == {"time": "2", "nodes": 1} and custom["environment"] == {"MODE": "test"}
    assert SlurmCluster.from_dict(custom["cluster"]) == task.slurm_cluster  # port 22 back as an int
    assert "script" in custom and "batch_script_path" not in custom


def test_script_task_serializes_path_and_args() -> None:
    task = SlurmRestScriptTask(
        "repeat",
        cluster=cluster(),
        batch_script_path="/opt/repeat.sh",
        args=["{inputs.text}", 2],
        inputs={"text": str},
        outputs={"out": Dir},
        output_locations={"out": "scratch/{inputs.text}"},
    )
    assert task.task_type == TASK2_SCRIPT
    custom = wire_custom(task)
    assert custom["batch_script_path"] == "/opt/repeat.sh" and custom["args"] == ["{inputs.text}", "2"]
    assert custom["outputs"] == {"out": {"kind": "dir", "location": "scratch/{inputs.text}"}}


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"outputs": {"n": int}}, "only flyte.io.File and flyte.io.Dir"),
        ({"inputs": {"d": dict}}, "only str, int, float, bool, File and Dir"),
        ({"outputs": {"f": File}, "output_locations": {"g": "x"}}, "does not declare: g"),
        ({"outputs": {"f": File}, "output_locations": {"f": "/etc/x"}}, "relative to the task's directory"),
        ({"job": {"script": "x"}}, "unknown sbatch option"),
        ({"environment": {"1BAD": "x"}}, "not valid"),
    ],
)
def test_bad_task_definitions_fail_at_definition(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        SlurmRestShellTask("bad", cluster=cluster(), script="true", **kwargs)


def test_the_job_built_from_the_wire_custom_quotes_inputs() -> None:
    target = target_for(cluster().to_dict(), "alice", lambda role: KEY_B64)
    spec, outputs, _ = build_job(wire_custom(shell_task()), {"message": HOSTILE}, target, run_id="r1", name="greet")
    assert outputs == {"greeting": ["file", "/tmp/slurm-rest-alice/r1/greeting"]}
    assert (
        "printf '%s' '; rm -rf ~ $(id) \"quotes\" `id` '\"'\"'single'\"'\"'\nsecond line' > "
        "/tmp/slurm-rest-alice/r1/greeting" in spec.script
    )
    body = spec.script[spec.script.index("printf '%s'") :]  # the task's own lines, without the work directory setup
    done = subprocess.run(
        ["bash", "-c", body.replace("/tmp/slurm-rest-alice/r1", "$D"), "_"],
        check=False,
        capture_output=True,
        text=True,
        env={"D": "/dev/null/x", "PATH": "/usr/bin:/bin"},
    )
    assert "uid=" not in done.stdout + done.stderr  # no substitution ran
    assert spec.environment is not None and spec.environment["MODE"] == "test"


def test_every_shared_phase_is_a_flyte2_phase_and_resources_use_the_table() -> None:
    for phase in _phases.Phase:
        assert TaskExecution.Phase.Value(phase.value) in TaskExecution.Phase.values()
    for state in JobState:
        info = JobInfo(job_id=1, state=state, return_code=0)
        resource = _resource(
            target_for(cluster().to_dict(), "alice", lambda role: KEY_B64),
            Outcome(_phases.phase_name(info), "m", info),
            "",
        )
        assert TaskExecution.Phase.Name(resource.phase) == _phases.BASE_PHASE[state].value
        assert resource.custom_info is not None and resource.custom_info["state"] == state.value


def test_both_entry_points_name_importable_modules() -> None:
    eps = {
        (group, ep.name): ep.value
        for group in ("flyte.connectors", "flytekit.plugins")
        for ep in importlib.metadata.entry_points(group=group)
        if ep.name == "slurm_rest"
    }
    assert eps == {
        ("flyte.connectors", "slurm_rest"): "flyte_plugin.flyte2",
        ("flytekit.plugins", "slurm_rest"): "flyte_plugin.flytekit",
    }


BLOCK = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {blocked!r}:
            raise ImportError('blocked: ' + name)
sys.meta_path.insert(0, Block())
"""


def run_blocked(blocked: set[str], code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCK.format(blocked=blocked) + code],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_flyte2_connector_imports_without_flytekit() -> None:
    done = run_blocked(
        {"flytekit", "flyteidl"},
        """
import flyte_plugin.flyte2 as f2
from flyte.connectors import ConnectorRegistry
assert ConnectorRegistry.get_connector('slurm_rest2_shell').task_type_name == 'slurm_rest2_shell'
assert not any(m.split('.')[0] in ('flytekit', 'flyteidl') for m in sys.modules), 'flytekit imported'
print('ok', f2.SlurmRestShellTask.__name__)
""",
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok SlurmRestShellTask", done.stderr


def test_flytekit_connector_imports_without_flyte2() -> None:
    done = run_blocked(
        {"flyte", "flyteidl2"},
        """
import flyte_plugin
from flytekit.extend.backend.base_connector import ConnectorRegistry
task = flyte_plugin.SlurmRestShellTask('t', cluster=flyte_plugin.SlurmCluster(url='http://x', user='a', token_secret='t'),
                                       script='true')
assert ConnectorRegistry.get_connector('slurm_rest_shell').task_category.name == 'slurm_rest_shell'
assert not any(m.split('.')[0] in ('flyte', 'flyteidl2') for m in sys.modules), 'flyte 2 imported'
print('ok', task.task_type)
""",
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok slurm_rest_shell", done.stderr


def test_missing_secret_is_named_not_guessed() -> None:
    async def go() -> None:
        meta = SlurmRestMeta(job_id=1, cluster=cluster().to_dict(), user="alice")
        seal(meta)
        with pytest.raises(ConfigError, match="did not pass the connector the secret 'SLURM_REST_JWT_KEY'"):
            await SlurmRestConnector(TASK2_SHELL).delete(meta)
        await close_sessions()

    asyncio.run(go())


@pytest.mark.parametrize(
    ("final", "exit_code", "cancel", "phases", "says"),
    [
        ("COMPLETED", 0, False, ["QUEUED", "RUNNING", "SUCCEEDED"], "COMPLETED, exit code 0"),
        ("FAILED", 3, False, ["QUEUED", "RUNNING", "FAILED"], "exit code 3"),
        ("COMPLETED", 0, True, ["QUEUED", "ABORTED"], "CANCELLED"),
    ],
    ids=["succeeds", "fails", "deleted"],
)
def test_connector_phases_against_the_fake_keep_secrets_out(
    final: str, exit_code: int, cancel: bool, phases: list[str], says: str
) -> None:
    fake = FakeSlurmrestd("24.11")
    fake.require_token(signed_with(KEY))
    connector = SlurmRestConnector(TASK2_SHELL)
    secrets = {SECRET_JWT_KEY: KEY_B64}

    async def go(url: str) -> tuple[list[str], str]:
        task = SlurmRestShellTask("sleepy", cluster=cluster(url), job={"time": "2"}, script="sleep 1")
        meta = await connector.create(_template(task), "/tmp/out", inputs={}, **secrets)
        encoded = meta.encode()
        assert KEY_B64.encode() not in encoded and b"SLURM_REST_JWT_KEY" in encoded and b'"signature": "' in encoded
        assert SlurmRestMeta.decode(encoded) == meta
        seen, message = [], ""
        for _ in range(20):
            resource = await connector.get(SlurmRestMeta.decode(encoded), **secrets)
            seen.append(TaskExecution.Phase.Name(resource.phase))
            message = resource.message or ""
            assert KEY_B64 not in json.dumps(resource.custom_info) + message
            if seen[-1] in {"SUCCEEDED", "FAILED", "ABORTED"}:
                break
            if cancel:
                await connector.delete(meta, **secrets)
            else:
                fake.auto_advance(final, exit_code=exit_code)
            await asyncio.sleep(POLL_MAX_AGE + 0.05)  # a newer state than the watcher's last cycle
        await connector.delete(meta, **secrets)  # finished: fine
        await close_sessions()
        return seen, message

    with fake.http_server() as url:
        seen, message = asyncio.run(go(url))
    assert [p for i, p in enumerate(seen) if i == 0 or seen[i - 1] != p] == phases
    assert says in message
    assert fake.count("submit") == 1


def _template(task: Any) -> Any:
    """The TaskTemplate proto Flyte 2 sends the connector (a task needs an environment to serialize)."""
    import flyte
    from flyte._internal.runtime.task_serde import get_proto_task

    flyte.TaskEnvironment.from_task(f"env_{task.name}", task)
    return get_proto_task(task, SerializationContext(version="v1", project="p", domain="d", org="o"))


@pytest.mark.parametrize(
    "first",
    [
        "flyte_plugin.flytekit._connector",
        "flyte_plugin.flytekit._function",
        "flyte_plugin.flytekit._function_job",
        "flyte_plugin.flytekit._literals",
        "flyte_plugin.flytekit._tasks",
        "flyte_plugin",
        "flytekit",
    ],
)
def test_flytekit_side_registers_whichever_module_is_imported_first(first: str) -> None:
    """flytekit loads its plugins from inside its own __init__, possibly while one of ours is half-imported."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            f"""
import {first}
import flyte_plugin
from flytekit.extend import TaskPlugins
from flytekit.extend.backend.base_connector import ConnectorRegistry
for t in ('slurm_rest_shell', 'slurm_rest_script', 'slurm_rest_fn'):
    assert ConnectorRegistry.get_connector(t).task_category.name == t
assert TaskPlugins.find_pythontask_plugin(flyte_plugin.SlurmRestFunction) is flyte_plugin.SlurmRestFunctionTask
print('ok')
""",
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


def test_an_output_on_a_mapped_path_goes_to_a_remote_output_prefix(tmp_path: Path) -> None:
    """Flyte 2 passes a File's path on as it is: one only the connector sees must go to the blob store."""
    import fsspec

    fake = FakeSlurmrestd("26.05")
    fake.require_token(signed_with(KEY))
    connector = SlurmRestConnector(TASK2_SHELL)
    secrets = {SECRET_JWT_KEY: KEY_B64}

    async def go(url: str) -> Any:
        task = shell_task(cluster(url, path_map=[("/", str(tmp_path))]))
        meta = await connector.create(_template(task), "memory://bucket/run1", inputs={"message": HOSTILE}, **secrets)
        written = tmp_path / meta.outputs["greeting"][1].lstrip("/")
        written.parent.mkdir(parents=True)
        written.write_text(HOSTILE)  # what the job would have written (the fake runs no script)
        fake.finish(meta.job_id)
        resource = None
        for _ in range(10):
            resource = await connector.get(meta, **secrets)
            if resource.phase == TaskExecution.SUCCEEDED:
                break
            await asyncio.sleep(POLL_MAX_AGE + 0.05)
        await close_sessions()
        return resource

    with fake.http_server() as url:
        resource = asyncio.run(go(url))
    assert resource is not None and resource.phase == TaskExecution.SUCCEEDED, resource
    uri = resource.outputs["greeting"].path
    assert uri == "memory://bucket/run1/slurm-rest-outputs/greeting/greeting"
    assert fsspec.filesystem("memory").cat(uri.removeprefix("memory://")).decode() == HOSTILE


@pytest.mark.parametrize(("metadata", "phase"), [(None, "FAILED"), ("deployed", "RETRYABLE_FAILED")])
def test_node_fail_is_retryable_only_where_flyte_retries(
    metadata: str | None, phase: str, deployed: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """flyte.run's local loop (no execution metadata) ends only on SUCCEEDED/FAILED/ABORTED: never leave it polling."""
    from flyteidl2.connector.connector_pb2 import TaskExecutionMetadata

    fake = FakeSlurmrestd("24.11")
    fake.require_token(signed_with(KEY))
    connector = SlurmRestConnector(TASK2_SHELL)
    secrets = {SECRET_JWT_KEY: KEY_B64}

    async def go(url: str) -> Any:
        if metadata:  # served: the deployment's cluster, by name
            monkeypatch.setenv("FAKE_JWT_KEY", KEY_B64)
            deployed(
                allow_task_clusters=False,
                clusters={"fake": {"url": url, "jwt_key": {"env": "FAKE_JWT_KEY"}}},
                policy=[{"project": "*", "users": ["alice"], "default_user": "alice"}],
            )
        task = SlurmRestShellTask("node_fail", cluster="fake" if metadata else cluster(url), script="true")
        meta = await connector.create(
            _template(task),
            "/tmp/out",
            inputs={},
            **secrets,
            task_execution_metadata=TaskExecutionMetadata() if metadata else None,
        )
        fake.finish(meta.job_id, "NODE_FAIL")
        resource = await connector.get(meta, **secrets)
        await close_sessions()
        return resource

    with fake.http_server() as url:
        resource = asyncio.run(go(url))
    assert TaskExecution.Phase.Name(resource.phase) == phase, resource.message
    assert "NODE_FAIL" in resource.message


def test_the_meta_encodes_byte_for_byte_as_flyte2_would() -> None:
    """StoredJob.encode skips asdict's deep copy (every get() encodes its meta); Flyte 2 must see no change."""
    from flyte.connectors import ResourceMeta

    from flyte_plugin._lifecycle import StoredJob
    from flyte_plugin.flyte2._function_connector import SlurmRestFunctionMeta

    cluster = {"url": "http://x:1", "user": "alice", "jwt_key_secret": "k", "path_map": [["/a", "/b"]]}
    for meta in (
        SlurmRestMeta(job_id=42, cluster=cluster, user="alice", outputs={"o": ["file", "/x"]}, retries=False),
        SlurmRestFunctionMeta(job_id=43, cluster="hpc1", user="bob"),
    ):
        assert type(meta).encode is StoredJob.encode and meta.encode() == ResourceMeta.encode(meta)
