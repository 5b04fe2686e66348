"""The flytekit connector: create submits, get reads the shared watcher, delete cancels.

One ``AsyncSlurmClient`` and one ``AsyncJobWatcher`` per cluster (and event loop) serve every
task the connector tracks, so however many tasks Flyte polls, each cluster sees one state
request per poll cycle. Secrets are read from Flyte's secret store when a client is first made
and never leave this process: ResourceMeta keeps only secret *names*.
"""

from __future__ import annotations

import asyncio
import json
import posixpath
import uuid
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import flytekit
from flyteidl.core.execution_pb2 import TaskExecution, TaskLog
from flytekit.extend.backend.base_connector import AsyncConnectorBase, ConnectorRegistry, Resource, ResourceMeta
from flytekit.models.literals import LiteralMap
from flytekit.models.task import TaskTemplate
from flytekit.types.directory import FlyteDirectory
from flytekit.types.file import FlyteFile

from slurm_rest import AsyncJobWatcher, AsyncSlurmClient, ClientConfig, JobInfo, JobNotFoundError, JobSpec, Secret
from slurm_rest._core import DEFAULT_ENV

from ._config import TASK_SCRIPT, TASK_SHELL, SlurmCluster
from ._phases import describe, phase_of
from ._render import compose, render, wrapper_for_script

__all__ = ["SlurmRestConnector", "SlurmRestMeta"]

POLL_MAX_AGE = 1.0  # seconds a watched state may be reused by concurrent get() calls
STDERR_TAIL = 2048


@dataclass
class SlurmRestMeta(ResourceMeta):  # type: ignore[misc]
    """What Flyte stores between calls: JSON primitives, no secret values."""

    job_id: int
    cluster: dict[str, Any]
    outputs: dict[str, list[str]] = field(default_factory=dict)  # var -> [kind, cluster path]


# Per event loop (httpx pools and asyncio locks are loop-bound); a closed loop's entries go with it.
_Sessions = dict[str, tuple[AsyncSlurmClient, AsyncJobWatcher]]
_CLIENTS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, tuple[asyncio.Lock, _Sessions]] = (
    weakref.WeakKeyDictionary())


def _secret(cluster: SlurmCluster, name: str) -> Secret:
    value = flytekit.current_context().secrets.get(group=cluster.secret_group, key=name)
    return Secret(value)


async def _session(cluster: SlurmCluster) -> tuple[AsyncSlurmClient, AsyncJobWatcher]:
    """The shared client and watcher of a cluster (per event loop: httpx pools are loop-bound)."""
    lock, sessions = _CLIENTS.setdefault(asyncio.get_running_loop(), (asyncio.Lock(), {}))
    key = json.dumps(cluster.to_dict(), sort_keys=True)
    async with lock:
        if key not in sessions:
            auth: dict[str, Any] = ({"token": _secret(cluster, cluster.token_secret)} if cluster.token_secret else
                                    {"jwt_key_data": _secret(cluster, str(cluster.jwt_key_secret)),
                                     "jwt_subject": cluster.jwt_subject})
            client = AsyncSlurmClient(ClientConfig(url=cluster.url, user=cluster.user, api_version=cluster.api_version,
                                                   verify=cluster.verify, **auth))
            sessions[key] = (client, await client.watcher())
        return sessions[key]


def _input_strings(inputs: LiteralMap | None) -> dict[str, str]:
    """Primitive inputs as text, file/directory inputs as their URI."""
    out: dict[str, str] = {}
    for name, lit in (inputs.literals if inputs else {}).items():
        scalar = lit.scalar
        if scalar is not None and scalar.primitive is not None:
            value = scalar.primitive.value
            out[name] = str(value).lower() if isinstance(value, bool) else str(value)
        elif scalar is not None and scalar.blob is not None:
            out[name] = scalar.blob.uri
        elif scalar is not None and scalar.none_type is not None:
            out[name] = ""
        else:
            raise ValueError(f"input {name!r}: only primitive, file and directory inputs can be passed to Slurm")
    return out


def build_job(custom: dict[str, Any], inputs: dict[str, str], *, run_id: str, name: str) -> tuple[JobSpec, dict[str, list[str]]]:
    """The JobSpec for a task template's custom block, and where each output will be written."""
    cluster = SlurmCluster.from_dict(custom["cluster"])
    out_dir = f"{cluster.work_root}/slurm-rest/{run_id}"
    outputs: dict[str, list[str]] = {}
    for var, spec in custom.get("outputs", {}).items():
        location = render(spec["location"], inputs, {}, quote=False) if spec["location"] else f"{out_dir}/{var}"
        outputs[var] = [spec["kind"], location]
    dirs = [out_dir] + sorted({p if k == "dir" else posixpath.dirname(p) for k, p in outputs.values()} - {out_dir})
    env = {**DEFAULT_ENV, **custom.get("environment", {})}
    paths = {v: p for v, (_, p) in outputs.items()}
    if "script" in custom:
        body = render(custom["script"], inputs, paths)
    else:
        body = wrapper_for_script(custom["batch_script_path"], custom.get("args", []), inputs, paths)
        env.update(inputs)  # primitive inputs as environment variables too
    script = compose(body, prerun=custom.get("prerun", []), postrun=custom.get("postrun", []), make_dirs=dirs)
    # A dependency that can never be met ends the job (and the task) instead of leaving it queued.
    options = {"job-name": name, "chdir": cluster.work_root, "kill-on-invalid-dep": True, **custom.get("job", {})}
    return JobSpec.from_options(script, options).with_changes(environment=env), outputs


class SlurmRestConnector(AsyncConnectorBase):  # type: ignore[misc]
    name = "Slurm REST Connector"

    def __init__(self, task_type: str) -> None:
        super().__init__(task_type_name=task_type, metadata_type=SlurmRestMeta)

    async def create(self, task_template: TaskTemplate, output_prefix: str, inputs: LiteralMap | None = None,
                     task_execution_metadata: Any = None, **kwargs: Any) -> SlurmRestMeta:
        custom = dict(task_template.custom)
        cluster = SlurmCluster.from_dict(custom["cluster"])
        run_id = uuid.uuid4().hex
        name = (task_template.id.name or "flyte-task").rsplit(".", 1)[-1][:100]
        spec, outputs = build_job(custom, _input_strings(inputs), run_id=run_id, name=name)
        client, _ = await _session(cluster)
        job_id = await client.submit(spec)
        return SlurmRestMeta(job_id=job_id, cluster=cluster.to_dict(), outputs=outputs)

    async def get(self, resource_meta: SlurmRestMeta, **kwargs: Any) -> Resource:
        cluster = SlurmCluster.from_dict(resource_meta.cluster)
        _, watcher = await _session(cluster)
        try:
            info = await watcher.get(resource_meta.job_id, max_age=POLL_MAX_AGE)
        except JobNotFoundError:
            return Resource(phase=TaskExecution.FAILED,
                            message=f"job {resource_meta.job_id}: record purged from the controller (older than "
                                    "MinJobAge) and no accounting to ask; its final state is unknown")
        phase = phase_of(info)
        message = describe(info)
        if info.finished:
            watcher.untrack([info.job_id])  # final: a later get() re-reads it once; the watcher stays small
        if phase in (TaskExecution.FAILED, TaskExecution.RETRYABLE_FAILED):
            tail = _tail(cluster, info.stderr_path)
            message += f"\nstderr tail:\n{tail}" if tail else ""
        outputs = None
        if phase == TaskExecution.SUCCEEDED and resource_meta.outputs:
            outputs, missing = _outputs(cluster, resource_meta.outputs)
            if missing:
                phase, outputs = TaskExecution.FAILED, None
                message += "; the job finished but did not write " + ", ".join(missing)
        return Resource(phase=phase, message=message, log_links=_log_links(cluster, info), outputs=outputs,
                        custom_info=_custom_info(info))

    async def delete(self, resource_meta: SlurmRestMeta, **kwargs: Any) -> None:
        client, _ = await _session(SlurmCluster.from_dict(resource_meta.cluster))
        try:
            await client.cancel(resource_meta.job_id)  # False: already finished, which is fine
        except JobNotFoundError:
            pass  # purged: long finished


def _tail(cluster: SlurmCluster, cluster_path: str) -> str:
    local = cluster.local_path(cluster_path) if cluster_path else None
    if local is None:
        return ""
    try:
        with open(local, "rb") as fh:
            fh.seek(0, 2)
            fh.seek(max(0, fh.tell() - STDERR_TAIL))
            return fh.read().decode("utf-8", "replace").strip()
    except OSError:
        return ""


def _outputs(cluster: SlurmCluster, outputs: dict[str, list[str]]) -> tuple[dict[str, Any], list[str]]:
    """Output values (paths as this connector sees them) and the cluster paths that are missing."""
    result: dict[str, Any] = {}
    missing = []
    for var, (kind, path) in outputs.items():
        local = cluster.local_path(path) or path
        if not Path(local).exists():
            missing.append(f"{var} ({path})")
        result[var] = FlyteDirectory(local) if kind == "dir" else FlyteFile(local)
    return result, missing


def _log_links(cluster: SlurmCluster, info: JobInfo) -> list[TaskLog] | None:
    if not cluster.log_url_template:
        return None
    links = []
    for stream, path in (("stdout", info.stdout_path), ("stderr", info.stderr_path)):
        uri = cluster.log_url_template.format(job_id=info.job_id, stream=stream, path=path, user=info.user)
        links.append(TaskLog(uri=uri, name=f"Slurm {stream} (job {info.job_id})"))
    return links


def _custom_info(info: JobInfo) -> dict[str, Any]:
    def iso(t: Any) -> str | None:
        return t.isoformat() if t else None

    return {"job_id": info.job_id, "state": info.state.value, "flags": sorted(f.value for f in info.flags),
            "reason": info.reason, "nodes": info.nodes, "return_code": info.return_code, "signal": info.signal,
            "submit_time": iso(info.submit_time), "start_time": iso(info.start_time), "end_time": iso(info.end_time),
            "stdout": info.stdout_path, "stderr": info.stderr_path}


for _task_type in (TASK_SHELL, TASK_SCRIPT):
    ConnectorRegistry.register(SlurmRestConnector(_task_type))
