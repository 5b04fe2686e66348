"""Flyte task types that run as Slurm jobs through slurmrestd.

``SlurmRestShellTask`` runs an inline script template; ``SlurmRestScriptTask`` runs a batch
script that already exists on the cluster. Both serialize to a task template whose ``custom``
holds the cluster (a deployment's cluster name, or locally a whole cluster with secret *names* only), the
user asked for (``run_as``; the deployment's policy decides), the job options and the script pieces; the
connector does the rest, and local ``pyflyte run`` calls the same connector in-process. Output locations
are relative to the task's own directory on the cluster. ``container_image`` runs the script in that image
(once per task of the job) where the cluster has a container runtime; the deployment may limit the images.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from flytekit.configuration import SerializationSettings
from flytekit.core.base_task import PythonTask
from flytekit.core.interface import Interface
from flytekit.extend.backend.base_connector import AsyncConnectorExecutorMixin
from flytekit.extras.tasks.shell import OutputLocation
from flytekit.types.directory import FlyteDirectory
from flytekit.types.file import FlyteFile

from slurm_rest import Container, ValidationError

from .._config import TASK_SCRIPT, TASK_SHELL, ClusterRef, check_environment, cluster_ref, job_options

__all__ = ["SlurmRestScriptTask", "SlurmRestShellTask"]


def _outputs(locs: Sequence[OutputLocation]) -> tuple[dict[str, type], dict[str, dict[str, str]]]:
    types: dict[str, type] = {}
    spec: dict[str, dict[str, str]] = {}
    for loc in locs:
        if not isinstance(loc, OutputLocation):
            raise ValidationError("outputs are given as flytekit OutputLocation(var, var_type, location)")
        if issubclass(loc.var_type, FlyteDirectory):
            kind = "dir"
        elif issubclass(loc.var_type, FlyteFile):
            kind = "file"
        else:
            raise ValidationError(f"output {loc.var!r}: only FlyteFile and FlyteDirectory outputs are supported")
        if (loc.location or "").startswith("/"):
            raise ValidationError(f"output {loc.var!r}: locations are relative to the task's directory on the cluster")
        types[loc.var] = loc.var_type
        spec[loc.var] = {"kind": kind, "location": loc.location or ""}
    return types, spec


class _SlurmRestTask(AsyncConnectorExecutorMixin, PythonTask[ClusterRef]):  # type: ignore[misc]
    def __init__(
        self,
        *,
        name: str,
        task_type: str,
        cluster: ClusterRef,
        job: Mapping[str, Any] | None,
        environment: Mapping[str, str] | None,
        prerun: Sequence[str],
        postrun: Sequence[str],
        inputs: Mapping[str, type] | None,
        output_locs: Sequence[OutputLocation] | None,
        run_as: str | None = None,
        container_image: str | None = None,
        **kwargs: Any,
    ) -> None:
        self._cluster, self._run_as = cluster_ref(cluster, run_as)
        self._image = None if container_image is None else Container(container_image).image  # checked now
        self._environment = check_environment(environment)
        out_types, self._output_spec = _outputs(output_locs or ())
        self._job = job_options(job)
        self._prerun, self._postrun = list(prerun), list(postrun)
        super().__init__(
            name=name,
            task_type=task_type,
            task_config=cluster,
            interface=Interface(inputs=dict(inputs or {}), outputs=out_types),
            **kwargs,
        )

    def _custom(self) -> dict[str, Any]:
        return {
            "cluster": self._cluster,
            "run_as": self._run_as,
            "job": self._job,
            "environment": self._environment,
            "prerun": self._prerun,
            "postrun": self._postrun,
            "outputs": self._output_spec,
            **({"image": self._image} if self._image else {}),
        }


class SlurmRestShellTask(_SlurmRestTask):
    """An inline shell script; ``{inputs.x}`` are quoted values, ``{outputs.y}`` output paths."""

    def __init__(
        self,
        name: str,
        *,
        script: str,
        cluster: ClusterRef,
        job: Mapping[str, Any] | None = None,
        environment: Mapping[str, str] | None = None,
        prerun: Sequence[str] = (),
        postrun: Sequence[str] = (),
        inputs: Mapping[str, type] | None = None,
        output_locs: Sequence[OutputLocation] | None = None,
        **kwargs: Any,
    ) -> None:
        if not script.strip():
            raise ValidationError("script is empty")
        self._script = script
        super().__init__(
            name=name,
            task_type=TASK_SHELL,
            cluster=cluster,
            job=job,
            environment=environment,
            prerun=prerun,
            postrun=postrun,
            inputs=inputs,
            output_locs=output_locs,
            **kwargs,
        )

    def get_custom(self, settings: SerializationSettings) -> dict[str, Any]:
        """The cluster reference, job options and script, as the connector reads them from the task template."""
        return {**self._custom(), "script": self._script}


class SlurmRestScriptTask(_SlurmRestTask):
    """A batch script already on the cluster, run with ``args`` (``{inputs.x}`` allowed, each arg one
    word); primitive inputs are also exported as environment variables of the same name."""

    def __init__(
        self,
        name: str,
        *,
        batch_script_path: str,
        cluster: ClusterRef,
        args: Sequence[str] = (),
        job: Mapping[str, Any] | None = None,
        environment: Mapping[str, str] | None = None,
        prerun: Sequence[str] = (),
        postrun: Sequence[str] = (),
        inputs: Mapping[str, type] | None = None,
        output_locs: Sequence[OutputLocation] | None = None,
        **kwargs: Any,
    ) -> None:
        if not batch_script_path.startswith("/"):
            raise ValidationError(f"batch_script_path must be absolute on the cluster, got {batch_script_path!r}")
        self._path, self._args = batch_script_path, [str(a) for a in args]
        super().__init__(
            name=name,
            task_type=TASK_SCRIPT,
            cluster=cluster,
            job=job,
            environment=environment,
            prerun=prerun,
            postrun=postrun,
            inputs=inputs,
            output_locs=output_locs,
            **kwargs,
        )

    def get_custom(self, settings: SerializationSettings) -> dict[str, Any]:
        """The cluster reference, job options, script path and arguments, as the connector reads them."""
        return {**self._custom(), "batch_script_path": self._path, "args": self._args}
