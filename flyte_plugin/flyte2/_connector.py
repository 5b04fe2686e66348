"""The Flyte 2 connector: create submits, get reads the shared watcher, delete cancels.

It shares the flytekit connector's sessions (one client, one watcher and one SFTP stager per cluster
and event loop: one state request per poll cycle for all tasks of a cluster), job building, phase table
and output fetching; this module adds Flyte 2's types. Flyte 2 passes secret values as keyword
arguments of create/get/delete, named by the task's ``custom["secrets"]`` (locally: read from the
environment variable named like the secret; served by ``c0``: from the request's connection). They go
into the session and nowhere else: ResourceMeta keeps only secret *names*.
"""

from __future__ import annotations

import contextlib
import tempfile
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import flyte.storage
from flyte.connectors import AsyncConnector, ConnectorRegistry, Resource, ResourceMeta
from flyte.io import Dir, File
from flyteidl2.core.execution_pb2 import TaskExecution, TaskLog
from google.protobuf import json_format

from slurm_rest import ConfigError, JobNotFoundError

from .._config import TASK2_SCRIPT, TASK2_SHELL, SlurmCluster, plain
from .._jobs import build_job, custom_info, log_links, work_dir
from .._phases import Phase
from .._polling import FinalCache, Outcome, finish_job, observe
from .._sessions import SecretReader, Session, session

__all__ = ["SlurmRestConnector", "SlurmRestMeta"]

_FINAL = FinalCache()


@dataclass
class SlurmRestMeta(ResourceMeta):  # type: ignore[misc]
    """What Flyte stores between calls: JSON primitives, no secret values."""

    job_id: int
    cluster: dict[str, Any]
    outputs: dict[str, list[str]] = field(default_factory=dict)  # var -> [kind, cluster path]
    output_prefix: str = ""  # where fetched outputs go in the blob store
    retries: bool = True  # False in a local flyte.run, whose poll loop never ends on RETRYABLE_FAILED


def _reader(cluster: SlurmCluster, secrets: Mapping[str, Any]) -> SecretReader:
    names = cluster.secret_names()

    def read(role: str) -> str:
        if role not in secrets:
            raise ConfigError(f"Flyte did not pass the connector the secret {names[role]!r} (keyword {role!r}); "
                               "locally, set an environment variable of that name")
        return str(secrets[role])

    return read


async def _input_strings(inputs: Mapping[str, Any], found: Session, cluster: SlurmCluster,
                         remote_dir: str) -> dict[str, str]:
    """Primitive inputs as text; File/Dir inputs as a cluster path: through a shared filesystem where
    ``path_map`` covers them, else fetched from the blob store and uploaded by SFTP into ``remote_dir``."""
    out: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="slurm-rest-in-") as tmp:
        for i, (name, value) in enumerate(sorted(inputs.items())):
            if isinstance(value, File | Dir):
                path = str(value.path).removeprefix("file://")
                mapped = cluster.cluster_path(path)
                if mapped is None and found.stager is not None:
                    local = Path(tmp, str(i), PurePosixPath(path.rstrip("/")).name or "data")
                    local.parent.mkdir()  # fsspec makes no parents
                    await flyte.storage.get(str(value.path), str(local), recursive=isinstance(value, Dir))
                    mapped = f"{remote_dir}/{i}/{local.name}"
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
    name = "Slurm REST Connector"
    metadata_type = SlurmRestMeta

    def __init__(self, task_type: str) -> None:
        self.task_type_name = task_type

    async def create(self, task_template: Any, output_prefix: str, inputs: dict[str, Any] | None = None,
                     task_execution_metadata: Any = None, **secrets: Any) -> SlurmRestMeta:
        custom = plain(json_format.MessageToDict(task_template.custom))
        cluster = SlurmCluster.from_dict(custom["cluster"])
        run_id = uuid.uuid4().hex
        name = (task_template.id.name or "flyte-task").rsplit(".", 1)[-1][:100]
        found = await session(cluster, _reader(cluster, secrets))
        strings = await _input_strings(inputs or {}, found, cluster, work_dir(cluster, run_id) + "/inputs")
        spec, outputs = build_job(custom, strings, run_id=run_id, name=name)
        job_id = await found.client.submit(spec)
        found.watcher.track([job_id])  # the next cycle answers for it (a burst of creates: one cycle)
        # flyte.run's local loop (2.12) passes no execution metadata and stops only on SUCCEEDED, FAILED or ABORTED.
        return SlurmRestMeta(job_id=job_id, cluster=cluster.to_dict(), outputs=outputs, output_prefix=output_prefix,
                             retries=task_execution_metadata is not None)

    async def get(self, resource_meta: SlurmRestMeta, **secrets: Any) -> Resource:
        final_key = resource_meta.encode()
        if final_key in _FINAL:
            return _FINAL[final_key]
        cluster = SlurmCluster.from_dict(resource_meta.cluster)
        outcome = await observe(cluster, resource_meta.job_id, _reader(cluster, secrets))
        if not outcome.finished:
            return _resource(cluster, outcome)
        if outcome.phase is Phase.RETRYABLE_FAILED and not resource_meta.retries:
            outcome.phase, outcome.message = Phase.FAILED, outcome.message + " (retryable, but this run has no retries)"
        stager = outcome.session.stager if outcome.session else None
        prefix = resource_meta.output_prefix

        async def put(path: str, var: str) -> str:
            """One output the job wrote on the cluster, by SFTP into the blob store under the output prefix."""
            assert stager is not None
            with tempfile.TemporaryDirectory(prefix="slurm-rest-out-") as tmp:
                local = Path(tmp, PurePosixPath(path.rstrip("/")).name or "data")
                await stager.download(path, local)
                return await _upload(local, prefix, var)

        outcome = await finish_job(outcome, cluster, resource_meta.outputs, put)
        if flyte.storage.is_remote(prefix):  # Flyte 2 passes File/Dir paths on as they are: a path only this
            for var, (kind, where) in outcome.outputs.items():  # connector sees (path_map) goes to the store
                if not flyte.storage.is_remote(where):
                    outcome.outputs[var] = (kind, await _upload(Path(where), prefix, var))
        result = _resource(cluster, outcome)
        _FINAL.keep(final_key, result)
        return result

    async def delete(self, resource_meta: SlurmRestMeta, **secrets: Any) -> None:
        cluster = SlurmCluster.from_dict(resource_meta.cluster)
        found = await session(cluster, _reader(cluster, secrets))
        with contextlib.suppress(JobNotFoundError):  # purged: long finished
            await found.client.cancel(resource_meta.job_id)  # False: already finished, which is fine


async def _upload(local: Path, prefix: str, var: str) -> str:
    """A local file or directory put into the blob store under ``prefix/slurm-rest-outputs/var/``; its URI."""
    target = f"{prefix.rstrip('/')}/slurm-rest-outputs/{var}/{local.name}"
    if not flyte.storage.is_remote(target):  # a local run's raw-data directory: fsspec makes no parents
        Path(target.removeprefix("file://")).parent.mkdir(parents=True, exist_ok=True)
    return str(await flyte.storage.put(str(local), target, recursive=local.is_dir()))


def _resource(cluster: SlurmCluster, outcome: Outcome) -> Resource:
    """Flyte 2's Resource for a shared Outcome (outputs as flyte.io File/Dir objects)."""
    info = outcome.info
    links = [TaskLog(uri=uri, name=name) for name, uri in log_links(cluster, info)] if info else []
    outputs = {var: Dir(path=where) if kind == "dir" else File(path=where)
               for var, (kind, where) in outcome.outputs.items()}
    return Resource(phase=TaskExecution.Phase.Value(outcome.phase.value), message=outcome.message,
                    log_links=links or None, outputs=outputs or None, custom_info=custom_info(info, outcome.usage) if info else None)


for _task_type in (TASK2_SHELL, TASK2_SCRIPT):
    ConnectorRegistry.register(SlurmRestConnector(_task_type))
