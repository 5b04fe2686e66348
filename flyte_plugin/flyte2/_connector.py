"""The Flyte 2 connector: create submits, get reads the shared watcher, delete cancels.

It shares the flytekit connector's sessions (one client, one watcher and one SFTP stager per cluster
and user, per event loop), policy, job building, phase table and output fetching; this module adds Flyte
2's types. A deployment holds its clusters' credentials itself, so tasks naming one of its clusters
declare no secrets (self-hosted Flyte 2 resolves none). A task-defined cluster (local runs) names its
secrets in ``custom["secrets"]``, and Flyte 2 passes their values as keyword arguments of
create/get/delete (locally: from environment variables of those names); they go into the session and
nowhere else.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import flyte.storage
from flyte.connectors import AsyncConnector, ConnectorRegistry, Resource, ResourceMeta
from flyte.io import Dir, File
from flyteidl2.core.execution_pb2 import TaskExecution, TaskLog
from google.protobuf import json_format

from slurm_rest import ConfigError, JobNotFoundError

from .._config import TASK2_SCRIPT, TASK2_SHELL, SlurmCluster, plain
from .._files import check_input
from .._jobs import build_job, custom_info, log_links, script_header
from .._lifecycle import StoredJob, begin, cluster_field, seal, submit, target_of
from .._phases import Phase
from .._policy import SecretReader, Target
from .._polling import FinalCache, LastAnswers, Outcome, finish_job, observe
from .._reported import reported
from .._sessions import Session, session

__all__ = ["SlurmRestConnector", "SlurmRestMeta"]

_FINAL = FinalCache()
_LAST: LastAnswers[Resource] = LastAnswers()


@dataclass
class SlurmRestMeta(StoredJob, ResourceMeta):  # type: ignore[misc]
    """What Flyte stores between calls (``StoredJob``), and whether Flyte retries this run."""

    retries: bool = True  # False in a local flyte.run, whose poll loop never ends on RETRYABLE_FAILED


def _readers(secrets: Mapping[str, Any]) -> Any:
    """A task-defined cluster's secrets, from the keyword arguments Flyte 2 passes (local runs: env vars)."""

    def readers(cluster: SlurmCluster) -> SecretReader:
        names = cluster.secret_names()

        def read(role: str) -> str:
            if role not in secrets:
                raise ConfigError(
                    f"Flyte did not pass the connector the secret {names[role]!r} (keyword {role!r}); "
                    "locally, set an environment variable of that name"
                )
            return str(secrets[role])

        return read

    return readers


def _fields(meta: SlurmRestMeta) -> dict[str, Any]:
    return json.loads(meta.encode())  # type: ignore[no-any-return]


async def _input_strings(
    inputs: Mapping[str, Any], found: Session, target: Target, remote_dir: str, *, write: bool = True
) -> dict[str, str]:
    """Primitive inputs as text; File/Dir inputs (from the deployment's blob store only) as a cluster path:
    through a shared filesystem where ``path_map`` covers them, else fetched and uploaded by SFTP into
    ``remote_dir`` (``write`` False: the same paths, nothing fetched or uploaded: a replayed create whose job
    exists)."""
    out: dict[str, str] = {}
    for value in inputs.values():  # refused before anything is read
        if isinstance(value, File | Dir):
            check_input(str(value.path))
    with tempfile.TemporaryDirectory(prefix="slurm-rest-in-") as tmp:
        for i, (name, value) in enumerate(sorted(inputs.items())):
            if isinstance(value, File | Dir):
                path = str(value.path).removeprefix("file://")
                mapped = target.cluster_path(path)
                if mapped is None and found.stager is not None:
                    local = Path(tmp, str(i), PurePosixPath(path.rstrip("/")).name or "data")
                    mapped = f"{remote_dir}/{i}/{local.name}"
                    if write:
                        local.parent.mkdir()  # fsspec makes no parents
                        await flyte.storage.get(str(value.path), str(local), recursive=isinstance(value, Dir))
                        await found.stager.upload(local, mapped)
                out[name] = mapped or path
            elif isinstance(value, bool):
                out[name] = str(value).lower()
            elif isinstance(value, str | int | float):
                out[name] = str(value)
            elif value is None:
                out[name] = ""
            else:
                raise ValueError(f"input {name!r}: only str, int, float, bool, File and Dir inputs reach Slurm")
    return out


class SlurmRestConnector(AsyncConnector[SlurmRestMeta]):  # type: ignore[misc]
    """The Flyte 2 connector for this package's task types: ``create`` submits a task's job (once per attempt),
    ``get`` reports its phase (and, once it ended, its outputs, usage and log tail), ``delete`` cancels it."""

    name = "Slurm REST Connector"
    metadata_type = SlurmRestMeta

    def __init__(self, task_type: str) -> None:
        self.task_type_name = task_type

    @reported
    async def create(
        self,
        task_template: Any,
        output_prefix: str,
        inputs: dict[str, Any] | None = None,
        task_execution_metadata: Any = None,
        **secrets: Any,
    ) -> SlurmRestMeta:
        """Check the task against the deployment's policy, stage its inputs and submit its job; the signed
        metadata Flyte keeps (job id, cluster, user, output paths: never a secret)."""
        custom = plain(json_format.MessageToDict(task_template.custom))
        name = (task_template.id.name or "flyte-task").rsplit(".", 1)[-1][:100]
        begun = await begin(custom, task_execution_metadata, _readers(secrets))
        header = await script_header(begun.session, begun.target, custom)  # before anything is made
        premade = await begun.make_work_dir()  # by SFTP, in the user's private root, before any upload
        strings = await _input_strings(
            inputs or {}, begun.session, begun.target, begun.work_dir + "/inputs", write=begun.found is None
        )
        spec, outputs, job_log = build_job(
            custom, strings, begun.target, run_id=begun.run_id, name=name, premade=premade, header=header
        )
        job_id = await submit(begun, spec)
        # flyte.run's local loop (2.12) passes no execution metadata and stops only on SUCCEEDED, FAILED or ABORTED.
        meta = SlurmRestMeta(
            job_id=job_id,
            cluster=cluster_field(begun.target),
            user=begun.target.user,
            outputs=outputs,
            output_prefix=output_prefix,
            work_dir=begun.work_dir,
            log=job_log,
            retries=task_execution_metadata is not None,
        )
        return seal(meta)

    @reported
    async def get(self, resource_meta: SlurmRestMeta, **secrets: Any) -> Resource:
        """The job's phase now; once it ended, its outputs fetched into the output prefix (answered the same
        when asked again)."""
        final_key = resource_meta.encode()
        if final_key in _FINAL:
            return _FINAL[final_key]
        target = target_of(json.loads(final_key), _readers(secrets))
        outcome = await observe(target, resource_meta.job_id)
        if not outcome.finished:
            return _LAST.answer(final_key, target, outcome, lambda: _resource(target, outcome, resource_meta.log))
        _LAST.forget(final_key)
        outcome = await self._finish(outcome, resource_meta, target)
        if outcome.phase is Phase.RETRYABLE_FAILED and not resource_meta.retries:
            outcome.phase, outcome.message = Phase.FAILED, outcome.message + " (retryable, but this run has no retries)"
        result = _resource(target, outcome, resource_meta.log)
        _FINAL.keep(final_key, result)
        return result

    async def _finish(self, outcome: Outcome, meta: Any, target: Target) -> Outcome:
        """A finished job's outputs (or its error) brought back: a shell or script task's files."""
        prefix = meta.output_prefix

        async def put(local: str, var: str) -> str:
            return await _upload(Path(local), prefix, var)

        return await finish_job(outcome, target, meta.work_dir, meta.log, meta.outputs, put)

    @reported
    async def delete(self, resource_meta: SlurmRestMeta, **secrets: Any) -> None:
        """Cancel the job; one that already ended (or was purged) is fine."""
        _LAST.forget(resource_meta.encode())
        found = await session(target_of(_fields(resource_meta), _readers(secrets)))
        with contextlib.suppress(JobNotFoundError):  # purged: long finished
            await found.client.cancel(resource_meta.job_id)  # False: already finished, which is fine


async def _upload(local: Path, prefix: str, var: str) -> str:
    """A local file or directory put into the blob store under ``prefix/slurm-rest-outputs/var/``; its URI."""
    target = f"{prefix.rstrip('/')}/slurm-rest-outputs/{var}/{local.name}"
    if not flyte.storage.is_remote(target):  # a local run's raw-data directory: fsspec makes no parents
        Path(target.removeprefix("file://")).parent.mkdir(parents=True, exist_ok=True)
    return str(await flyte.storage.put(str(local), target, recursive=local.is_dir()))


def _resource(target: Target, outcome: Outcome, job_log: str) -> Resource:
    """Flyte 2's Resource for a shared Outcome (outputs as flyte.io File/Dir objects)."""
    info = outcome.info
    links = [TaskLog(uri=uri, name=name) for name, uri in log_links(target, info, job_log)] if info else []
    outputs = {
        var: Dir(path=where) if kind == "dir" else File(path=where) for var, (kind, where) in outcome.outputs.items()
    }
    return Resource(
        phase=TaskExecution.Phase.Value(outcome.phase.value),
        message=outcome.message,
        log_links=links or None,
        outputs=outputs or None,
        custom_info=custom_info(info, outcome.usage, job_log) if info else None,
    )


for _task_type in (TASK2_SHELL, TASK2_SCRIPT):
    ConnectorRegistry.register(SlurmRestConnector(_task_type))
