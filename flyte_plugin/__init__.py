"""Flyte tasks that run on Slurm through slurmrestd, and the connectors that drive them.

flytekit: task types ``slurm_rest_shell``, ``slurm_rest_script`` and ``slurm_rest_fn`` (distinct from
flytekitplugins-slurm's ``slurm``/``slurm_fn``, so both plugins can be installed). Their names below
load flytekit on first use (this package itself imports no Flyte SDK, so ``flyte_plugin.flyte2`` works
without flytekit); flytekit imports ``flyte_plugin.flytekit`` through the ``flytekit.plugins`` entry
point, which registers the connector and the ``@task(task_config=SlurmRestFunction(...))`` plugin, so
``pyflyte serve connector`` serves these task types. Flyte 2: see ``flyte_plugin.flyte2``.

A deployed connector takes its clusters, credentials and policy from the file named by
``$SLURM_REST_CONNECTOR_CONFIG`` (``load_deployment``; format: ``examples/deploy/connector.toml``), checked
when the connector starts; tasks name one of its clusters (``cluster="hpc1"``).
"""

from __future__ import annotations

import importlib
import typing

from ._config import TASK_FUNCTION, TASK_SCRIPT, TASK_SHELL, ClusterRef, SlurmCluster, SSHTarget
from ._deployment import CONFIG_ENV, Deployment, load_deployment
from ._phases import describe

if typing.TYPE_CHECKING:
    from .flytekit._connector import SlurmRestConnector, SlurmRestMeta, phase_of
    from .flytekit._function import SlurmRestFunction, SlurmRestFunctionTask
    from .flytekit._tasks import SlurmRestScriptTask, SlurmRestShellTask

__all__ = [
    "CONFIG_ENV",
    "TASK_FUNCTION",
    "TASK_SCRIPT",
    "TASK_SHELL",
    "ClusterRef",
    "Deployment",
    "SSHTarget",
    "SlurmCluster",
    "SlurmRestConnector",
    "SlurmRestFunction",
    "SlurmRestFunctionTask",
    "SlurmRestMeta",
    "SlurmRestScriptTask",
    "SlurmRestShellTask",
    "describe",
    "load_deployment",
    "phase_of",
]

_FLYTEKIT_NAMES = {
    "SlurmRestConnector": ".flytekit._connector",
    "SlurmRestMeta": ".flytekit._connector",
    "phase_of": ".flytekit._connector",
    "SlurmRestFunction": ".flytekit._function",
    "SlurmRestFunctionTask": ".flytekit._function",
    "SlurmRestScriptTask": ".flytekit._tasks",
    "SlurmRestShellTask": ".flytekit._tasks",
}


def __getattr__(name: str) -> typing.Any:
    """The flytekit names, imported (and everything registered with flytekit) on first use."""
    if name in _FLYTEKIT_NAMES:
        importlib.import_module(".flytekit", __name__)
        return getattr(importlib.import_module(_FLYTEKIT_NAMES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
