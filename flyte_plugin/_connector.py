"""The flytekit connector: create submits, get reads the shared watcher, delete cancels.

Sessions (one client, watcher and stager per cluster), job building, the phase table and output
fetching are shared with the Flyte 2 connector (``_sessions``, ``_jobs``, ``_polling``, ``_phases``);
this module adds flytekit's types. Secrets are read from flytekit's secret store when a session is
first made and never leave this process: ResourceMeta keeps only secret *names*. Function tasks
(``slurm_rest_fn``) stage inputs, code and outputs by SFTP.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import tempfile
import uuid
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

from slurm_rest import JobInfo, JobNotFoundError, Stager, StagingError

# Modules, not names: flytekit imports its plugins (this package) from inside its own __init__, which
# may run while one of these is half-imported (it imported flytekit first).
from . import _function, _function_job, _literals
from ._config import TASK_FUNCTION, TASK_SCRIPT, TASK_SHELL, SlurmCluster, plain
from ._constants import POLL_MAX_AGE
from ._jobs import build_job, custom_info, log_links, work_dir
from ._phases import Phase, phase_name
from ._polling import FinalCache, Outcome, add_tail, finish_job, observe
from ._sessions import SecretReader, Session, close_sessions
from ._sessions import session as _shared_session

__all__ = ["POLL_MAX_AGE", "SlurmRestConnector", "SlurmRestMeta", "close_sessions", "phase_of"]

log = logging.getLogger("flyte_plugin.connector")


def phase_of(info: JobInfo) -> int:
    """The flytekit (flyteidl) phase for a job record, from the shared table."""
    return int(TaskExecution.Phase.Value(phase_name(info).value))


@dataclass
class SlurmRestMeta(ResourceMeta):  # type: ignore[misc]
    """What Flyte stores between calls: JSON primitives, no secret values."""

    job_id: int
    cluster: dict[str, Any]
    outputs: dict[str, list[str]] = field(default_factory=dict)  # var -> [kind, cluster path]
    output_prefix: str = ""  # where fetched outputs go in the blob store
    work_dir: str = ""  # a function task's work directory on the cluster
    cleanup: str = "never"  # when to remove work_dir: always, on_success, never


_FINAL = FinalCache()


def _reader(cluster: SlurmCluster) -> SecretReader:
    """Secret values by role, from flytekit's secret store (by the names the cluster gives)."""
    names = cluster.secret_names()
    return lambda role: str(flytekit.current_context().secrets.get(group=cluster.secret_group, key=names[role]))


async def _session(cluster: SlurmCluster) -> Session:
    return await _shared_session(cluster, _reader(cluster))


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


class SlurmRestConnector(AsyncConnectorBase):  # type: ignore[misc]
    name = "Slurm REST Connector"

    def __init__(self, task_type: str) -> None:
        super().__init__(task_type_name=task_type, metadata_type=SlurmRestMeta)

    async def create(self, task_template: TaskTemplate, output_prefix: str, inputs: LiteralMap | None = None,
                     task_execution_metadata: Any = None, **kwargs: Any) -> SlurmRestMeta:
        custom = plain(dict(task_template.custom))  # numbers arrive as floats when it came over gRPC
        cluster = SlurmCluster.from_dict(custom["cluster"])
        run_id = uuid.uuid4().hex
        name = (task_template.id.name or "flyte-task").rsplit(".", 1)[-1][:100]
        session = await _session(cluster)
        if task_template.type == TASK_FUNCTION:
            meta = await _create_function(session, task_template, inputs, run_id=run_id, name=name)
        else:
            # File inputs become cluster paths: through a shared filesystem, else uploaded by SFTP.
            staged = await _literals.stage_inputs(inputs or LiteralMap({}), session.stager, work_dir(cluster, run_id) + "/inputs",
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
        outcome = await observe(cluster, resource_meta.job_id, _reader(cluster))
        if not outcome.finished:
            return _resource(cluster, outcome)
        assert outcome.session is not None
        if resource_meta.work_dir:
            await _finish_function(outcome, resource_meta)
            await add_tail(outcome, cluster)
        else:
            stager = outcome.session.stager

            async def put(path: str, var: str) -> str:
                assert stager is not None
                return await _literals.put_file(stager, path, resource_meta.output_prefix, var)

            await finish_job(outcome, cluster, resource_meta.outputs, put)
        await _cleanup(outcome.session, resource_meta, outcome.phase is Phase.SUCCEEDED)
        result = _resource(cluster, outcome)
        _FINAL.keep(final_key, result)
        return result

    async def delete(self, resource_meta: SlurmRestMeta, **kwargs: Any) -> None:
        session = await _session(SlurmCluster.from_dict(resource_meta.cluster))
        with contextlib.suppress(JobNotFoundError):  # purged: long finished
            await session.client.cancel(resource_meta.job_id)  # False: already finished, which is fine


def _resource(cluster: SlurmCluster, outcome: Outcome) -> Resource:
    """flytekit's Resource for a shared Outcome: a function job's outputs are already a LiteralMap."""
    info = outcome.info
    links = [TaskLog(uri=uri, name=name) for name, uri in log_links(cluster, info)] if info else []
    outputs: Any = outcome.literals or {var: FlyteDirectory(where) if kind == "dir" else FlyteFile(where)
                                        for var, (kind, where) in outcome.outputs.items()} or None
    return Resource(phase=TaskExecution.Phase.Value(outcome.phase.value), message=outcome.message,
                    log_links=links or None, outputs=outputs, custom_info=custom_info(info, outcome.usage) if info else None)


async def _create_function(session: Session, template: TaskTemplate, inputs: LiteralMap | None, *, run_id: str,
                           name: str) -> SlurmRestMeta:
    """Stage inputs and code into a fresh work directory by SFTP, then submit pyflyte-execute there."""
    fn = _function.SlurmRestFunction.from_dict(template.custom)
    stager = session.need_stager()
    work = work_dir(fn.cluster, run_id)
    cmd = _function_job.parse_command(list(template.container.args), work)
    try:
        staged = await _literals.stage_inputs(inputs or LiteralMap({}), stager, f"{work}/inputs")
        await stager.write_bytes(f"{work}/inputs.pb", staged.to_flyte_idl().SerializeToString())
        with tempfile.TemporaryDirectory(prefix="slurm-rest-code-") as tmp:
            bundle = await _function_job.code_bundle(cmd, Path(tmp)) if fn.stage_code else None
            if bundle is not None:
                await stager.upload(bundle, f"{work}/code.tar.gz")
        job_id = await session.client.submit(_function_job.function_job(fn, cmd, work=work, name=name, code=bundle is not None))
    except BaseException:
        await asyncio.shield(_remove(stager, work))  # nothing was submitted: leave nothing behind
        raise
    return SlurmRestMeta(job_id=job_id, cluster=fn.cluster.to_dict(), work_dir=work, cleanup=fn.cleanup)


async def _finish_function(outcome: Outcome, meta: SlurmRestMeta) -> None:
    """Outputs of a function job that succeeded; the task's own error of one that failed."""
    assert outcome.session is not None
    stager = outcome.session.need_stager()
    out = f"{meta.work_dir}/outputs"
    try:
        error = await stager.read_bytes(f"{out}/error.pb")
    except StagingError:
        error = b""
    if error:
        doc = errors_pb2.ErrorDocument()
        doc.ParseFromString(error)
        recoverable = doc.error.kind == errors_pb2.ContainerError.RECOVERABLE
        outcome.phase = Phase.RETRYABLE_FAILED if recoverable else Phase.FAILED
        outcome.message += f"\n{doc.error.code}: {doc.error.message}"
        return
    if outcome.phase is not Phase.SUCCEEDED:
        return
    try:
        data = await stager.read_bytes(f"{out}/outputs.pb")
    except StagingError:
        outcome.phase = Phase.FAILED
        outcome.message += f"; the job finished but wrote no {out}/outputs.pb"
        return
    outcome.literals = await _literals.fetch_outputs(data, stager, meta.output_prefix)


async def _remove(stager: Stager, path: str) -> None:
    try:
        await stager.remove_tree(path)
    except StagingError as exc:
        log.warning("could not remove %s: %s", path, exc)


async def _cleanup(session: Session, meta: SlurmRestMeta, succeeded: bool) -> None:
    if meta.work_dir and session.stager and (meta.cleanup == "always" or (meta.cleanup == "on_success" and succeeded)):
        await _remove(session.stager, meta.work_dir)


for _task_type in (TASK_SHELL, TASK_SCRIPT, TASK_FUNCTION):
    ConnectorRegistry.register(SlurmRestConnector(_task_type))
