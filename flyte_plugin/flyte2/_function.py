"""Flyte 2 Python function tasks that run on Slurm: ``TaskEnvironment(plugin_config=SlurmRestFunction(...))``.

Every ``@env.task`` of such an environment has task type ``slurm_rest2_fn``. Flyte renders it as a container
running the ``a0`` runtime; instead of a pod, the connector runs that same ``a0`` command as a Slurm job in
a private work directory, having moved its inputs and code bundle there by SFTP (``_function_connector``),
and after the job puts the outputs ``a0`` wrote into the blob store where Flyte reads them. So every Flyte
type works as in a container, and the cluster needs a Python with ``flyte`` (and the task's imports) but
no blob-store credentials.

A local ``flyte.run`` calls the connector in-process. Flyte's own ``AsyncConnectorExecutorMixin`` cannot
serve it: with a local raw-data path (the default) it calls the abstract ``TaskTemplate.execute``, which
raises NotImplementedError (flyte 2.12.1, connectors/_connector.py:250-251 → _task.py:243). ``execute``
here does what the mixin does for a remote raw-data path (code bundle, ``inputs.pb``, rendered ``a0``
arguments, create/get) for a local and a remote raw-data path alike, then reads ``outputs.pb``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import flyte.errors
import flyte.storage
from flyte._context import internal_ctx
from flyte._initialize import get_init_config
from flyte._internal.runtime import io
from flyte._internal.runtime.convert import convert_from_native_to_inputs, convert_outputs_to_native
from flyte._internal.runtime.task_serde import get_proto_task
from flyte.connectors import ConnectorRegistry
from flyte.extend import AsyncFunctionTaskTemplate, TaskPluginRegistry
from flyte.models import CodeBundle, SerializationContext
from flyteidl2.core.execution_pb2 import TaskExecution
from google.protobuf import json_format

from .._config import SlurmCluster
from .._function_config import FunctionConfig
from . import _function_connector
from ._function_connector import TASK2_FUNCTION

__all__ = ["TASK2_FUNCTION", "SlurmRestFunction", "SlurmRestFunctionTask", "render_args", "run_on_slurm"]

log = logging.getLogger("flyte_plugin.flyte2")

_TERMINAL = {TaskExecution.SUCCEEDED, TaskExecution.FAILED, TaskExecution.ABORTED, TaskExecution.RETRYABLE_FAILED}
POLL_INTERVAL = 1.0  # seconds between a local run's get() calls (the watcher answers them from one cycle)


@dataclass(frozen=True, kw_only=True)
class SlurmRestFunction(FunctionConfig):
    """How an environment's function tasks run on the cluster (``FunctionConfig``'s fields): ``python`` and
    ``python_setup`` make ``flyte`` importable there; ``environment`` comes after the environment's
    ``env_vars``; the code bundle always goes along."""


class SlurmRestFunctionTask(AsyncFunctionTaskTemplate):  # type: ignore[misc]
    """A function task of an environment whose ``plugin_config`` is a ``SlurmRestFunction``."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.task_type = TASK2_FUNCTION

    def custom_config(self, sctx: SerializationContext) -> dict[str, Any]:
        """The environment's ``SlurmRestFunction`` settings (and a task-defined cluster's secret names)."""
        # A task-defined cluster (local runs) names its secrets, which Flyte passes the connector by these keys.
        config: SlurmRestFunction = self.plugin_config
        secrets = config.cluster.secret_names() if isinstance(config.cluster, SlurmCluster) else None
        return {**config.to_dict(), **({"secrets": secrets} if secrets else {})}

    async def execute(self, *args: Any, **kwargs: Any) -> Any:
        """Under ``a0`` on the cluster: call the function. Anywhere else: run it on Slurm through the connector."""
        # Under a0 on the cluster the function itself runs; anywhere else the connector runs it on Slurm.
        tctx = internal_ctx().data.task_context
        if tctx is not None and tctx.mode == "remote":
            return await AsyncFunctionTaskTemplate.execute(self, *args, **kwargs)
        return await run_on_slurm(self, **kwargs)


def render_args(args: Sequence[str], prefix: str, *, run_name: str, action: str, start: str) -> list[str]:
    """The ``a0`` arguments as Flyte's backend renders them for a task whose data lives under ``prefix``, with
    the names and the run base directory a local run knows (a served one's connector fills them)."""
    subs = {
        "{{.input}}": io.inputs_path(prefix),
        "{{.outputPrefix}}": prefix,
        "{{.rawOutputDataPrefix}}": f"{prefix}/raw_output",
        "{{.checkpointOutputPrefix}}": f"{prefix}/checkpoint",
        "{{.prevCheckpointPrefix}}": "",
        "{{.runName}}": run_name,
        "{{.actionName}}": action,
        "{{.runStartTime}}": start,
    }
    out = [subs.get(a, a) for a in args]
    return [out[0], "--run-base-dir", f"{prefix}/base", *out[1:]]


def _secrets(custom: Mapping[str, Any]) -> dict[str, str]:
    """A task-defined cluster's secret values, from environment variables of their names (as Flyte's mixin)."""
    out = {}
    for key, name in (custom.get("secrets") or {}).items():
        value = os.environ.get(name)
        if value is None:
            raise ValueError(f"Secret {name} not found in environment.")
        out[key] = value
    return out


async def run_on_slurm(task: SlurmRestFunctionTask, **kwargs: Any) -> Any:
    """A local run of ``task``: its code bundle and inputs under a fresh raw-data prefix, the connector's create
    and get until the job ends, then the outputs ``a0`` wrote (now in the blob store) as Python values."""
    ctx = internal_ctx()
    tctx = ctx.data.task_context
    if tctx is None:
        raise RuntimeError("Task context is not set.")
    cfg = get_init_config()
    prefix = tctx.raw_data_path.get_random_remote_path()
    if not flyte.storage.is_remote(prefix):
        Path(prefix).mkdir(parents=True, exist_ok=True)  # fsspec's local puts make no parents
    bundle = await _code_bundle(cfg.root_dir, prefix)
    sc = SerializationContext(
        project=tctx.action.project,
        domain=tctx.action.domain,
        org=tctx.action.org,
        code_bundle=bundle,
        version=tctx.version,
        root_dir=cfg.root_dir,
    )
    template = get_proto_task(task, sc, tctx)
    start = tctx.run_start_time.isoformat() if tctx.run_start_time else "1970-01-01T00:00:00+00:00"
    rendered = render_args(
        list(template.container.args),
        prefix,
        run_name=tctx.action.run_name or "local",
        action=tctx.action.name or "a0",
        start=start,
    )
    del template.container.args[:]
    template.container.args.extend(rendered)
    inputs = await convert_from_native_to_inputs(task.native_interface, **kwargs)
    await io.upload_inputs(inputs, io.inputs_path(prefix))

    connector = ConnectorRegistry.get_connector(TASK2_FUNCTION)
    secrets = _secrets(json_format.MessageToDict(template.custom))
    meta = await connector.create(task_template=template, output_prefix=prefix, inputs=kwargs, **secrets)
    try:
        while True:
            resource = await connector.get(resource_meta=meta, **secrets)
            if resource.phase in _TERMINAL:
                break
            await asyncio.sleep(POLL_INTERVAL)
    except BaseException:  # interrupted (Ctrl-C, a cancelled run): the job must not run on unwatched
        await asyncio.shield(connector.delete(resource_meta=meta, **secrets))
        raise
    for link in resource.log_links or ():
        log.info("%s: %s", link.name, link.uri)
    if resource.phase != TaskExecution.SUCCEEDED:
        raise flyte.errors.RuntimeUserError("SlurmJobFailed", f"task {task.name} failed on Slurm: {resource.message}")
    if not task.interface.outputs:
        return None
    outputs = await io.load_outputs(io.outputs_path(prefix))
    return await convert_outputs_to_native(task.interface, outputs)


async def _code_bundle(root: Path, prefix: str) -> CodeBundle:
    """The modules a local run loaded from ``root`` (Flyte's "loaded_modules" bundle), put under ``prefix``."""
    from flyte._code_bundle.bundle import build_code_bundle

    with tempfile.TemporaryDirectory(prefix="slurm-rest-bundle-") as tmp:
        built = await build_code_bundle(from_dir=root, dryrun=True, copy_bundle_to=Path(tmp))
        if built.tgz is None:
            raise RuntimeError("flyte built no code bundle")
        name = os.path.basename(built.tgz)
        if not flyte.storage.is_remote(prefix):
            Path(prefix, "code_bundle").mkdir(parents=True, exist_ok=True)
        uri = await flyte.storage.put(built.tgz, f"{prefix}/code_bundle/{name}")
    return CodeBundle(tgz=uri, computed_version=built.computed_version, destination=".")


TaskPluginRegistry.register(SlurmRestFunction, SlurmRestFunctionTask)
_ = _function_connector  # imported for its registration: a local run finds the connector by task type
