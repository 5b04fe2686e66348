"""The flytekit connector: create submits, get reads the shared watcher, delete cancels.

One ``AsyncSlurmClient``, one ``AsyncJobWatcher`` and (with ``ssh``) one SFTP ``Stager`` per cluster
(and event loop) serve every task the connector tracks, so however many tasks Flyte polls, each
cluster sees one state request per poll cycle and one SSH connection. Secrets are read from Flyte's
secret store when a session is first made and never leave this process: ResourceMeta keeps only
secret *names*. Function tasks (``slurm_rest_fn``) stage inputs, code and outputs by SFTP.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import posixpath
import tempfile
import uuid
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import flytekit
from flyteidl.core import errors_pb2
from flyteidl.core.execution_pb2 import TaskExecution, TaskLog
from flytekit.extend.backend.base_connector import AsyncConnectorBase, ConnectorRegistry, Resource, ResourceMeta
from flytekit.models.literals import LiteralMap
from flytekit.models.task import TaskTemplate
from flytekit.types.directory import FlyteDirectory
from flytekit.types.file import FlyteFile

from slurm_rest import (
    AsyncJobWatcher,
    AsyncSlurmClient,
    ClientConfig,
    JobInfo,
    JobNotFoundError,
    JobSpec,
    Secret,
    SlurmRestError,
    SSHConfig,
    Stager,
    StagingError,
)
from slurm_rest._constants import DEFAULT_ENV

from ._config import TASK_FUNCTION, TASK_SCRIPT, TASK_SHELL, SlurmCluster
from ._function import SlurmRestFunction
from ._function_job import code_bundle, function_job, parse_command
from ._literals import fetch_outputs, put_file, stage_inputs
from ._phases import describe, phase_of
from ._render import compose, render, wrapper_for_script

__all__ = ["SlurmRestConnector", "SlurmRestMeta", "build_job", "close_sessions"]

log = logging.getLogger("flyte_plugin.connector")

POLL_MAX_AGE = 1.0  # seconds a watched state may be reused by concurrent get() calls
STDERR_TAIL = 2048
FINAL_CACHE = 4096  # terminal results kept, so a repeated get() after cleanup answers the same


@dataclass
class SlurmRestMeta(ResourceMeta):  # type: ignore[misc]
    """What Flyte stores between calls: JSON primitives, no secret values."""

    job_id: int
    cluster: dict[str, Any]
    outputs: dict[str, list[str]] = field(default_factory=dict)  # var -> [kind, cluster path]
    output_prefix: str = ""  # where fetched outputs go in the blob store
    work_dir: str = ""  # a function task's work directory on the cluster
    cleanup: str = "never"  # when to remove work_dir: always, on_success, never


@dataclass
class _Session:
    client: AsyncSlurmClient
    watcher: AsyncJobWatcher
    stager: Stager | None

    def need_stager(self) -> Stager:
        if self.stager is None:
            raise StagingError("this task moves files by SFTP: give its SlurmCluster an ssh=SSHTarget(...)")
        return self.stager


# Per event loop (httpx pools and asyncio locks are loop-bound); a closed loop's entries go with it.
_CLIENTS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop,
                                    tuple[dict[str, asyncio.Future[_Session]], dict[str, _Session]]] = (
    weakref.WeakKeyDictionary())
_FINAL: OrderedDict[bytes, Resource] = OrderedDict()  # by the whole meta: job ids repeat across clusters


def _secret(cluster: SlurmCluster, name: str) -> Secret:
    value = flytekit.current_context().secrets.get(group=cluster.secret_group, key=name)
    return Secret(value)


def _stager(cluster: SlurmCluster) -> Stager | None:
    ssh = cluster.ssh
    if ssh is None:
        return None
    return Stager(SSHConfig(host=ssh.host, port=ssh.port, user=ssh.user or cluster.user, host_key=ssh.host_key,
                            known_hosts=ssh.known_hosts, insecure_skip_host_key_check=ssh.insecure_skip_host_key_check,
                            key_data=_secret(cluster, ssh.key_secret) if ssh.key_secret else None))


async def _session(cluster: SlurmCluster) -> _Session:
    """The shared client, watcher and stager of a cluster (per event loop: pools are loop-bound)."""
    loop = asyncio.get_running_loop()
    opening, sessions = _CLIENTS.setdefault(loop, ({}, {}))
    key = _session_key(cluster)
    if key in sessions:
        return sessions[key]
    if key in opening:  # callers arriving while it opens all wake at once (so their jobs share a cycle)
        return await asyncio.shield(opening[key])
    opening[key] = done = loop.create_future()
    try:
        sessions[key] = await _open(cluster)
        done.set_result(sessions[key])
        return sessions[key]
    except BaseException as exc:
        done.set_exception(exc)
        done.exception()  # retrieved: nobody else may be waiting
        raise
    finally:
        del opening[key]


async def _open(cluster: SlurmCluster) -> _Session:
    auth: dict[str, Any] = ({"token": _secret(cluster, cluster.token_secret)} if cluster.token_secret else
                            {"jwt_key_data": _secret(cluster, str(cluster.jwt_key_secret)),
                             "jwt_subject": cluster.jwt_subject})
    client = AsyncSlurmClient(ClientConfig(url=cluster.url, user=cluster.user, api_version=cluster.api_version,
                                           verify=cluster.verify, **auth))
    try:
        watcher = await client.watcher()  # negotiates the API version: the first request
    except BaseException:
        await client.aclose()
        raise
    return _Session(client, watcher, _stager(cluster))


def _session_key(cluster: SlurmCluster) -> str:
    return json.dumps(cluster.to_dict(), sort_keys=True)


def _last_seen(cluster: SlurmCluster, job_id: int) -> JobInfo | None:
    """What this loop's session of ``cluster`` last knew of a job, without making a session."""
    _opening, sessions = _CLIENTS.get(asyncio.get_running_loop(), ({}, {}))
    session = sessions.get(_session_key(cluster))
    return session.watcher.state.infos.get(job_id) if session is not None else None


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


def _work_dir(cluster: SlurmCluster, run_id: str) -> str:
    return f"{cluster.work_root}/slurm-rest/{run_id}"


def build_job(custom: dict[str, Any], inputs: dict[str, str], *, run_id: str, name: str) -> tuple[JobSpec, dict[str, list[str]]]:
    """The JobSpec for a task template's custom block, and where each output will be written."""
    cluster = SlurmCluster.from_dict(custom["cluster"])
    out_dir = _work_dir(cluster, run_id)
    outputs: dict[str, list[str]] = {}
    for var, spec in custom.get("outputs", {}).items():
        location = render(spec["location"], inputs, {}, quote=False) if spec["location"] else f"{out_dir}/{var}"
        outputs[var] = [spec["kind"], location]
    dirs = [out_dir, *sorted({p if k == "dir" else posixpath.dirname(p) for k, p in outputs.values()} - {out_dir})]
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


async def close_sessions() -> None:
    """Close and forget this event loop's clients and SSH connections (tests, orderly shutdown)."""
    _, sessions = _CLIENTS.pop(asyncio.get_running_loop(), (None, {}))
    for session in sessions.values():
        await session.client.aclose()
        if session.stager is not None:
            await session.stager.close()


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
        session = await _session(cluster)
        if task_template.type == TASK_FUNCTION:
            meta = await _create_function(session, task_template, inputs, run_id=run_id, name=name)
        else:
            # File inputs become cluster paths: through a shared filesystem, else uploaded by SFTP.
            staged = await stage_inputs(inputs or LiteralMap({}), session.stager, _work_dir(cluster, run_id) + "/inputs",
                                        mapped=cluster.cluster_path)
            spec, outputs = build_job(custom, _input_strings(staged), run_id=run_id, name=name)
            meta = SlurmRestMeta(job_id=await session.client.submit(spec), cluster=cluster.to_dict(), outputs=outputs)
        # Tracked now, so the next cycle answers for it: a burst of creates then costs one cycle at
        # the first get(), not one cycle per job whose first get() finds it unseen.
        session.watcher.track([meta.job_id])
        meta.output_prefix = output_prefix
        return meta

    async def get(self, resource_meta: SlurmRestMeta, **kwargs: Any) -> Resource:
        cluster = SlurmCluster.from_dict(resource_meta.cluster)
        final_key = resource_meta.encode()
        if final_key in _FINAL:
            return _FINAL[final_key]
        try:
            session = await _session(cluster)
            info = await session.watcher.get(resource_meta.job_id, max_age=POLL_MAX_AGE)
        except JobNotFoundError:
            return Resource(phase=TaskExecution.FAILED,
                            message=f"job {resource_meta.job_id}: record purged from the controller (older than "
                                    "MinJobAge) and not in accounting (none, or unreachable); its final state is unknown")
        except SlurmRestError as exc:  # auth, a missing endpoint, slurmrestd unreachable: the job is not lost
            return _unknown_for_now(_last_seen(cluster, resource_meta.job_id), resource_meta.job_id, exc)
        phase, message, outputs = phase_of(info), describe(info), None
        if not info.finished:
            return Resource(phase=phase, message=message, log_links=_log_links(cluster, info),
                            custom_info=_custom_info(info))
        session.watcher.untrack([info.job_id])  # final: the watcher stays small
        if resource_meta.work_dir:
            phase, message, outputs = await _finish_function(session, resource_meta, phase, message)
        elif phase == TaskExecution.SUCCEEDED and resource_meta.outputs:
            outputs, missing = await _outputs(session, cluster, resource_meta)
            if missing:
                phase, outputs = TaskExecution.FAILED, None
                message += "; the job finished but did not write " + ", ".join(missing)
        if phase in (TaskExecution.FAILED, TaskExecution.RETRYABLE_FAILED):
            tail = await _tail(session, cluster, info.stderr_path)
            message += f"\nstderr tail:\n{tail}" if tail else ""
        await _cleanup(session, resource_meta, phase == TaskExecution.SUCCEEDED)
        result = Resource(phase=phase, message=message, log_links=_log_links(cluster, info), outputs=outputs,
                          custom_info=_custom_info(info))
        _FINAL[final_key] = result
        while len(_FINAL) > FINAL_CACHE:
            _FINAL.popitem(last=False)
        return result

    async def delete(self, resource_meta: SlurmRestMeta, **kwargs: Any) -> None:
        session = await _session(SlurmCluster.from_dict(resource_meta.cluster))
        with contextlib.suppress(JobNotFoundError):  # purged: long finished
            await session.client.cancel(resource_meta.job_id)  # False: already finished, which is fine


def _unknown_for_now(last: JobInfo | None, job_id: int, exc: SlurmRestError) -> Resource:
    """The last phase the watcher saw (QUEUED before any), and why there is nothing newer: a failure to
    ask is never reported as the job's own (a rejected token must not fail a running task)."""
    log.warning("job %s: state not available: %s", job_id, exc)
    phase = phase_of(last) if last is not None and not last.finished else TaskExecution.QUEUED
    return Resource(phase=phase, message=f"job {job_id}: state not available now ({type(exc).__name__}: {exc}); "
                                         f"last seen: {describe(last) if last is not None else 'submitted'}")


async def _create_function(session: _Session, template: TaskTemplate, inputs: LiteralMap | None, *, run_id: str,
                           name: str) -> SlurmRestMeta:
    """Stage inputs and code into a fresh work directory by SFTP, then submit pyflyte-execute there."""
    fn = SlurmRestFunction.from_dict(template.custom)
    stager = session.need_stager()
    work = _work_dir(fn.cluster, run_id)
    cmd = parse_command(list(template.container.args), work)
    try:
        staged = await stage_inputs(inputs or LiteralMap({}), stager, f"{work}/inputs")
        await stager.write_bytes(f"{work}/inputs.pb", staged.to_flyte_idl().SerializeToString())
        with tempfile.TemporaryDirectory(prefix="slurm-rest-code-") as tmp:
            bundle = await code_bundle(cmd, Path(tmp)) if fn.stage_code else None
            if bundle is not None:
                await stager.upload(bundle, f"{work}/code.tar.gz")
        job_id = await session.client.submit(function_job(fn, cmd, work=work, name=name, code=bundle is not None))
    except BaseException:
        await asyncio.shield(_remove(stager, work))  # nothing was submitted: leave nothing behind
        raise
    return SlurmRestMeta(job_id=job_id, cluster=fn.cluster.to_dict(), work_dir=work, cleanup=fn.cleanup)


async def _finish_function(session: _Session, meta: SlurmRestMeta, phase: int,
                           message: str) -> tuple[int, str, LiteralMap | None]:
    """Outputs of a function job that succeeded; the task's own error of one that failed."""
    stager = session.need_stager()
    out = f"{meta.work_dir}/outputs"
    try:
        error = await stager.read_bytes(f"{out}/error.pb")
    except StagingError:
        error = b""
    if error:
        doc = errors_pb2.ErrorDocument()
        doc.ParseFromString(error)
        recoverable = doc.error.kind == errors_pb2.ContainerError.RECOVERABLE
        phase = TaskExecution.RETRYABLE_FAILED if recoverable else TaskExecution.FAILED
        return phase, f"{message}\n{doc.error.code}: {doc.error.message}", None
    if phase != TaskExecution.SUCCEEDED:
        return phase, message, None
    try:
        data = await stager.read_bytes(f"{out}/outputs.pb")
    except StagingError:
        return TaskExecution.FAILED, f"{message}; the job finished but wrote no {out}/outputs.pb", None
    return phase, message, await fetch_outputs(data, stager, meta.output_prefix)


async def _remove(stager: Stager, path: str) -> None:
    try:
        await stager.remove_tree(path)
    except StagingError as exc:
        log.warning("could not remove %s: %s", path, exc)


async def _cleanup(session: _Session, meta: SlurmRestMeta, succeeded: bool) -> None:
    if meta.work_dir and session.stager and (meta.cleanup == "always" or (meta.cleanup == "on_success" and succeeded)):
        await _remove(session.stager, meta.work_dir)


async def _tail(session: _Session, cluster: SlurmCluster, cluster_path: str) -> str:
    """The end of the job's stderr: from a shared filesystem when mapped, else by SFTP."""
    if not cluster_path:
        return ""
    local = cluster.local_path(cluster_path)
    if local is None:
        if session.stager is None:
            return ""
        try:
            return (await session.stager.tail(cluster_path, STDERR_TAIL)).strip()
        except StagingError:
            return ""
    return await asyncio.to_thread(_local_tail, local)


def _local_tail(local: str) -> str:
    try:
        with open(local, "rb") as fh:
            fh.seek(0, 2)
            fh.seek(max(0, fh.tell() - STDERR_TAIL))
            return fh.read().decode("utf-8", "replace").strip()
    except OSError:
        return ""


async def _outputs(session: _Session, cluster: SlurmCluster, meta: SlurmRestMeta) -> tuple[dict[str, Any], list[str]]:
    """Output values and the cluster paths that are missing. A path on a shared filesystem is used where
    this connector sees it; any other comes back by SFTP into the blob store under the output prefix."""
    result: dict[str, Any] = {}
    missing = []
    for var, (kind, path) in meta.outputs.items():
        local = cluster.local_path(path)
        if local is None and session.stager is not None:
            try:
                local = await put_file(session.stager, path, meta.output_prefix, var)
            except StagingError:
                missing.append(f"{var} ({path})")
                continue
        elif not Path(local or path).exists():
            missing.append(f"{var} ({path})")
        local = local or path
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


for _task_type in (TASK_SHELL, TASK_SCRIPT, TASK_FUNCTION):
    ConnectorRegistry.register(SlurmRestConnector(_task_type))
