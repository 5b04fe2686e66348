"""Flyte 2 (the ``flyte`` SDK) tasks that run on Slurm through slurmrestd, and their connector.

Task types ``slurm_rest2_shell``, ``slurm_rest2_script`` and ``slurm_rest2_fn`` (Python functions of a
``TaskEnvironment(plugin_config=SlurmRestFunction(...))``, run by Flyte's ``a0`` on the cluster; distinct from flyteplugins-slurm's
``slurm``/``slurm_script`` and from this package's flytekit types). Importing this package registers
the connector with ``flyte.connectors.ConnectorRegistry``; ``c0`` imports it through the
``flyte.connectors`` entry point. It imports no flytekit.
"""

from __future__ import annotations

from .._config import TASK2_SCRIPT, TASK2_SHELL, SlurmCluster, SSHTarget
from .._deployment import deployment as _deployment
from ._connector import SlurmRestConnector, SlurmRestMeta
from ._function import TASK2_FUNCTION, SlurmRestFunction, SlurmRestFunctionTask
from ._tasks import SlurmRestScriptTask, SlurmRestShellTask

_deployment()  # c0 checks the configuration ($SLURM_REST_CONNECTOR_CONFIG) at start: a bad one never serves

__all__ = [
    "TASK2_FUNCTION",
    "TASK2_SCRIPT",
    "TASK2_SHELL",
    "SSHTarget",
    "SlurmCluster",
    "SlurmRestConnector",
    "SlurmRestFunction",
    "SlurmRestFunctionTask",
    "SlurmRestMeta",
    "SlurmRestScriptTask",
    "SlurmRestShellTask",
]
