"""Flyte tasks that run on Slurm through slurmrestd, and the connector that drives them.

Task types ``slurm_rest_shell`` and ``slurm_rest_script`` (distinct from flytekitplugins-slurm's
``slurm``/``slurm_fn``, so both plugins can be installed). Importing this package registers the
connector; flytekit imports it through the ``flytekit.plugins`` entry point, so
``pyflyte serve connector`` serves these task types.
"""

from ._config import TASK_SCRIPT, TASK_SHELL, SlurmCluster
from ._connector import SlurmRestConnector, SlurmRestMeta
from ._phases import describe, phase_of
from ._tasks import SlurmRestScriptTask, SlurmRestShellTask

__all__ = ["TASK_SCRIPT", "TASK_SHELL", "SlurmCluster", "SlurmRestConnector", "SlurmRestMeta",
           "SlurmRestScriptTask", "SlurmRestShellTask", "describe", "phase_of"]
