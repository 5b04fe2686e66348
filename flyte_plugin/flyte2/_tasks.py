"""Flyte 2 task classes that run as Slurm jobs through slurmrestd.

``SlurmRestShellTask`` runs an inline script template, ``SlurmRestScriptTask`` a batch script that
already exists on the cluster. Both serialize into the task template's ``custom`` block the same keys
the flytekit tasks use (the cluster with secret *names* only, job options, script pieces, outputs),
plus Flyte 2's ``secrets`` map (keyword-argument name → secret name), by which Flyte hands the
connector the secret values. Local ``flyte.run`` calls the same connector in-process.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping, Sequence
from typing import Any

from flyte.connectors import AsyncConnectorExecutorMixin
from flyte.extend import TaskTemplate
from flyte.io import Dir, File
from flyte.models import NativeInterface, SerializationContext

from slurm_rest import Container, ValidationError

from .._config import TASK2_SCRIPT, TASK2_SHELL, ClusterRef, SlurmCluster, check_environment, cluster_ref, job_options
from . import _connector  # noqa: F401  (registers the connector, so local runs find it)

__all__ = ["SlurmRestScriptTask", "SlurmRestShellTask"]

_KINDS: dict[type, str] = {File: "file", Dir: "dir"}
_INPUT_TYPES = (str, int, float, bool, File, Dir)


def _output_spec(outputs: Mapping[str, type], locations: Mapping[str, str]) -> dict[str, dict[str, str]]:
    unknown = sorted(set(locations) - set(outputs))
    if unknown:
        raise ValidationError(f"output_locations name outputs the task does not declare: {', '.join(unknown)}")
    spec = {}
    for var, kind in outputs.items():
        if kind not in _KINDS:
            raise ValidationError(f"output {var!r}: only flyte.io.File and flyte.io.Dir outputs are supported")
        if locations.get(var, "").startswith("/"):
            raise ValidationError(f"output {var!r}: locations are relative to the task's directory on the cluster")
        spec[var] = {"kind": _KINDS[kind], "location": locations.get(var, "")}
    return spec


class _SlurmRestTask(AsyncConnectorExecutorMixin, TaskTemplate):  # type: ignore[misc]
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
        outputs: Mapping[str, type] | None,
        output_locations: Mapping[str, str] | None,
        extra: Mapping[str, Any],
        run_as: str | None = None,
        container_image: str | None = None,
        **kwargs: Any,
    ) -> None:
        ref, run_as = cluster_ref(cluster, run_as)
        image = {} if container_image is None else {"image": Container(container_image).image}  # checked now
        for var, kind in (inputs or {}).items():
            if kind not in _INPUT_TYPES:
                raise ValidationError(f"input {var!r}: only str, int, float, bool, File and Dir inputs reach Slurm")
        custom = {
            "cluster": ref,
            "run_as": run_as,
            "job": job_options(job),
            "environment": check_environment(environment),
            "prerun": list(prerun),
            "postrun": list(postrun),
            "outputs": _output_spec(outputs or {}, output_locations or {}),
            **image,
            **extra,
        }
        interface = NativeInterface(
            {k: (v, inspect.Parameter.empty) for k, v in (inputs or {}).items()}, dict(outputs or {})
        )
        super().__init__(name=name, interface=interface, task_type=task_type, image=None, **kwargs)
        self.slurm_cluster = cluster
        self.slurm_custom = custom

    def custom_config(self, sctx: SerializationContext) -> dict[str, Any]:
        # A task-defined cluster (local runs) names its secrets: Flyte resolves each and passes its value to the
        # connector under the key. A deployment's cluster declares none: the deployment holds its credentials,
        # and a backend that resolves no secrets (self-hosted Flyte 2) would fail a task that declared some.
        cluster = self.slurm_cluster
        return {
            **self.slurm_custom,
            **({"secrets": cluster.secret_names()} if isinstance(cluster, SlurmCluster) else {}),
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
        outputs: Mapping[str, type] | None = None,
        output_locations: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> None:
        if not script.strip():
            raise ValidationError("script is empty")
        super().__init__(
            name=name,
            task_type=TASK2_SHELL,
            cluster=cluster,
            job=job,
            environment=environment,
            prerun=prerun,
            postrun=postrun,
            inputs=inputs,
            outputs=outputs,
            output_locations=output_locations,
            extra={"script": script},
            **kwargs,
        )


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
        outputs: Mapping[str, type] | None = None,
        output_locations: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> None:
        if not batch_script_path.startswith("/"):
            raise ValidationError(f"batch_script_path must be absolute on the cluster, got {batch_script_path!r}")
        super().__init__(
            name=name,
            task_type=TASK2_SCRIPT,
            cluster=cluster,
            job=job,
            environment=environment,
            prerun=prerun,
            postrun=postrun,
            inputs=inputs,
            outputs=outputs,
            output_locations=output_locations,
            extra={"batch_script_path": batch_script_path, "args": [str(a) for a in args]},
            **kwargs,
        )
