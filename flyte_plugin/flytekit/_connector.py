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
import json
import logging
import tempfile
from dataclasses import dataclass
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

from slurm_rest import Container, JobInfo, JobNotFoundError, Stager, StagingError

from .._config import TASK_FUNCTION, TASK_SCRIPT, TASK_SHELL, SlurmCluster, plain
from .._constants import POLL_MAX_AGE
from .._jobs import build_job, custom_info, log_links, script_header
from .._lifecycle import Begun, StoredJob, begin, cluster_field, seal, submit, target_of
from .._phases import Phase, phase_name
from .._policy import SecretReader, Target, target_for
from .._polling import FinalCache, LastAnswers, Outcome, add_tail, finish_job, observe
from .._reported import reported
from .._sessions import Session, close_sessions, session

# Modules, not names: flytekit imports its plugins (this package) from inside its own __init__, which
# may run while one of these is half-imported (it imported flytekit first).
from . import _function, _function_job, _literals

__all__ = ["POLL_MAX_AGE", "SlurmRestConnector", "SlurmRestMeta", "close_sessions", "phase_of"]

log = logging.getLogger("flyte_plugin.connector")


def phase_of(info: JobInfo) -> int:
    """The flytekit (flyteidl) phase for a job record, from the shared table."""
    return int(TaskExecution.Phase.Value(phase_name(info).value))


@dataclass
class SlurmRestMeta(StoredJob, ResourceMeta):  # type: ignore[misc]
    """What Flyte stores between calls (``StoredJob``), and for a function task how to finish it."""

    function: bool = False  # a function task: outputs.pb in work_dir/outputs
    ranks: int = 1  # a function task run once per task: rank r > 0 writes to work_dir/outputs.rank<r>
    cleanup: str = "never"  # when to remove a function task's work_dir: always, on_success, never


class _Answer(Resource):  # type: ignore[misc]
    """A Resource whose protobuf flytekit's server makes once: an answer is given again (``LastAnswers``,
    ``FinalCache``), and turning its custom info into a protobuf Struct cost ~50 µs each time."""

    async def to_flyte_idl(self) -> Any:
        made = self.__dict__.get("_idl")
        if made is None:
            made = self.__dict__["_idl"] = await super().to_flyte_idl()
        return made


_FINAL = FinalCache()
_LAST: LastAnswers[Resource] = LastAnswers()


def _reader(cluster: SlurmCluster) -> SecretReader:
    """A task-defined cluster's secret values by role, from flytekit's secret store (local runs)."""
    names = cluster.secret_names()
    return lambda role: str(flytekit.current_context().secrets.get(group=cluster.secret_group, key=names[role]))


async def _session(cluster: SlurmCluster) -> Session:
    """The shared session of a task-defined cluster, as a local run's create makes it (tests hook its client)."""
    return await session(target_for(cluster.to_dict(), cluster.user, _reader(cluster)))


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


def _fields(meta: SlurmRestMeta) -> dict[str, Any]:
    return json.loads(meta.encode())  # type: ignore[no-any-return]


class SlurmRestConnector(AsyncConnectorBase):  # type: ignore[misc]
    """The flytekit connector for this package's task types: ``create`` submits a task's job (once per attempt),
    ``get`` reports its phase (and, once it ended, its outputs, usage and log tail), ``delete`` cancels it."""

    name = "Slurm REST Connector"

    def __init__(self, task_type: str) -> None:
        super().__init__(task_type_name=task_type, metadata_type=SlurmRestMeta)

    @reported
    async def create(
        self,
        task_template: TaskTemplate,
        output_prefix: str,
        inputs: LiteralMap | None = None,
        task_execution_metadata: Any = None,
        **kwargs: Any,
    ) -> SlurmRestMeta:
        """Check the task against the deployment's policy, stage its inputs and submit its job; the signed
        metadata Flyte keeps (job id, cluster, user, output paths: never a secret)."""
        custom = plain(dict(task_template.custom))  # numbers arrive as floats when it came over gRPC
        name = (task_template.id.name or "flyte-task").rsplit(".", 1)[-1][:100]
        begun = await begin(custom, task_execution_metadata, _reader)
        if task_template.type == TASK_FUNCTION:
            meta = await _create_function(begun, task_template, inputs, name=name)
        else:
            header = await script_header(begun.session, begun.target, custom)  # before anything is made
            premade = await begun.make_work_dir()  # by SFTP, in the user's private root, before any upload
            # File inputs become cluster paths: through a shared filesystem, else uploaded by SFTP.
            staged = await _literals.stage_inputs(
                inputs or LiteralMap({}),
                begun.session.stager,
                begun.work_dir + "/inputs",
                mapped=begun.target.cluster_path,
                write=begun.found is None,
            )
            spec, outputs, job_log = build_job(
                custom,
                _input_strings(staged),
                begun.target,
                run_id=begun.run_id,
                name=name,
                premade=premade,
                header=header,
            )
            meta = SlurmRestMeta(
                job_id=await submit(begun, spec),
                cluster=cluster_field(begun.target),
                user=begun.target.user,
                outputs=outputs,
                work_dir=begun.work_dir,
                log=job_log,
            )
        meta.output_prefix = output_prefix
        return seal(meta)

    @reported
    async def get(self, resource_meta: SlurmRestMeta, **kwargs: Any) -> Resource:
        """The job's phase now; once it ended, its outputs fetched into the output prefix (answered the same
        when asked again)."""
        final_key = resource_meta.encode()
        if final_key in _FINAL:
            return _FINAL[final_key]
        target = target_of(json.loads(final_key), _reader)
        outcome = await observe(target, resource_meta.job_id)
        if not outcome.finished:
            return _LAST.answer(final_key, target, outcome, lambda: _resource(target, outcome, resource_meta.log))
        _LAST.forget(final_key)
        assert outcome.session is not None
        if resource_meta.function:
            await _finish_function(outcome, resource_meta)
            await add_tail(outcome, target, resource_meta.work_dir)
        else:
            prefix = resource_meta.output_prefix

            async def put(local: str, var: str) -> str:
                return await _literals.put_local(local, prefix, var)

            await finish_job(outcome, target, resource_meta.work_dir, resource_meta.log, resource_meta.outputs, put)
        await _cleanup(outcome.session, resource_meta, outcome.phase is Phase.SUCCEEDED)
        result = _resource(target, outcome, resource_meta.log)
        _FINAL.keep(final_key, result)
        return result

    @reported
    async def delete(self, resource_meta: SlurmRestMeta, **kwargs: Any) -> None:
        """Cancel the job; one that already ended (or was purged) is fine."""
        _LAST.forget(resource_meta.encode())
        found = await session(target_of(_fields(resource_meta), _reader))
        with contextlib.suppress(JobNotFoundError):  # purged: long finished
            await found.client.cancel(resource_meta.job_id)  # False: already finished, which is fine


def _resource(target: Target, outcome: Outcome, job_log: str) -> Resource:
    """flytekit's Resource for a shared Outcome: a function job's outputs are already a LiteralMap."""
    info = outcome.info
    links = [TaskLog(uri=uri, name=name) for name, uri in log_links(target, info, job_log)] if info else []
    outputs: Any = (
        outcome.literals
        or {
            var: FlyteDirectory(where) if kind == "dir" else FlyteFile(where)
            for var, (kind, where) in outcome.outputs.items()
        }
        or None
    )
    return _Answer(
        phase=TaskExecution.Phase.Value(outcome.phase.value),
        message=outcome.message,
        log_links=links or None,
        outputs=outputs,
        custom_info=custom_info(info, outcome.usage, job_log) if info else None,
    )


async def _create_function(
    begun: Begun, template: TaskTemplate, inputs: LiteralMap | None, *, name: str
) -> SlurmRestMeta:
    """Stage inputs and code into a fresh private work directory by SFTP, then submit pyflyte-execute there."""
    fn = _function.SlurmRestFunction.from_dict(plain(dict(template.custom)))
    stager = begun.session.need_stager()
    work = begun.work_dir
    cmd = _function_job.parse_command(list(template.container.args), work)
    container = _image(begun.target, template.container.image)
    ranks = _function_job.ranks_of(fn)
    if cmd.distribution:
        _literals.check_input(cmd.distribution)  # the code bundle comes from the blob store too
    await begun.make_work_dir()
    try:
        job_id = begun.found  # a replay whose job exists: write nothing (that job may be reading it now)
        if job_id is None:
            staged = await _literals.stage_inputs(inputs or LiteralMap({}), stager, f"{work}/inputs")
            await stager.write_bytes(f"{work}/inputs.pb", staged.to_flyte_idl().SerializeToString())
            with tempfile.TemporaryDirectory(prefix="slurm-rest-code-") as tmp:
                bundle = await _function_job.code_bundle(cmd, Path(tmp)) if fn.stage_code else None
                if bundle is not None:
                    await stager.upload(bundle, f"{work}/code.tar.gz")
            job = _function_job.function_job(
                fn,
                cmd,
                work=work,
                name=name,
                code=bundle is not None,
                container=container,
                runtime=begun.target.client.container_runtime,
            )
            job_id = await submit(begun, job)
    except BaseException:
        if not begun.replay:  # nothing was submitted: leave nothing behind (a replay's may be its job's)
            await asyncio.shield(_remove(stager, work))
        raise
    return SlurmRestMeta(
        job_id=job_id,
        cluster=cluster_field(begun.target),
        user=begun.target.user,
        work_dir=work,
        function=True,
        cleanup=fn.cleanup,
        ranks=ranks,
    )


def _image(target: Target, image: str) -> Container | None:
    """The task's image where the cluster runs images; None runs the function on the cluster's own Python
    (no runtime, or the task named no image of its own)."""
    if image == _function.CLUSTER_IMAGE or target.client.container_runtime is None:
        return None
    return target.container(image)


async def _finish_function(outcome: Outcome, meta: SlurmRestMeta) -> None:
    """Outputs of a function job that succeeded (rank 0's); the task's own error of one that failed: the
    lowest rank's that wrote one (a rank ended because another failed writes none)."""
    assert outcome.session is not None
    stager = outcome.session.need_stager()
    out = f"{meta.work_dir}/outputs"
    for rank_out in [out, *(f"{out}.rank{r}" for r in range(1, meta.ranks))]:
        try:
            error = await stager.read_bytes(f"{rank_out}/error.pb")
        except StagingError:
            continue
        if not error:
            continue
        doc = errors_pb2.ErrorDocument()
        doc.ParseFromString(error)
        recoverable = doc.error.kind == errors_pb2.ContainerError.RECOVERABLE
        outcome.phase = Phase.RETRYABLE_FAILED if recoverable else Phase.FAILED
        rank = f" (rank {rank_out.rsplit('.rank', 1)[1]})" if rank_out != out else ""
        outcome.message += f"\n{doc.error.code}{rank}: {doc.error.message}"
        return
    if outcome.phase is not Phase.SUCCEEDED:
        return
    try:
        data = await stager.read_bytes(f"{out}/outputs.pb")
    except StagingError:
        outcome.phase = Phase.FAILED
        outcome.message += f"; the job finished but wrote no {out}/outputs.pb"
        return
    outcome.literals = await _literals.fetch_outputs(data, stager, meta.output_prefix, meta.work_dir)


async def _remove(stager: Stager, path: str) -> None:
    try:
        await stager.remove_tree(path)
    except StagingError as exc:
        log.warning("could not remove %s: %s", path, exc)


async def _cleanup(session: Session, meta: SlurmRestMeta, succeeded: bool) -> None:
    if meta.function and session.stager and (meta.cleanup == "always" or (meta.cleanup == "on_success" and succeeded)):
        await _remove(session.stager, meta.work_dir)


for _task_type in (TASK_SHELL, TASK_SCRIPT, TASK_FUNCTION):
    ConnectorRegistry.register(SlurmRestConnector(_task_type))
