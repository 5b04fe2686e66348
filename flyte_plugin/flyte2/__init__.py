"""Flyte 2 (the ``flyte`` SDK) tasks that run on Slurm through slurmrestd, and their connector.

Task types ``slurm_rest2_shell`` and ``slurm_rest2_script`` (distinct from flyteplugins-slurm's
``slurm``/``slurm_script`` and from this package's flytekit types). Importing this package registers
the connector with ``flyte.connectors.ConnectorRegistry``; ``c0`` imports it through the
``flyte.connectors`` entry point. It imports no flytekit.
"""

from __future__ import annotations

from .._config import TASK2_SCRIPT, TASK2_SHELL, SlurmCluster, SSHTarget
from .._deployment import deployment as _deployment
from ._connector import SlurmRestConnector, SlurmRestMeta
from ._tasks import SlurmRestScriptTask, SlurmRestShellTask

_deployment()  # c0 checks the configuration ($SLURM_REST_CONNECTOR_CONFIG) at start: a bad one never serves

__all__ = ["TASK2_SCRIPT", "TASK2_SHELL", "SSHTarget", "SlurmCluster", "SlurmRestConnector", "SlurmRestMeta",
           "SlurmRestScriptTask", "SlurmRestShellTask"]
