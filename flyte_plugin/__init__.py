"""Flyte tasks that run on Slurm through slurmrestd, and the connector that drives them.

Task types ``slurm_rest_shell``, ``slurm_rest_script`` and ``slurm_rest_fn`` (distinct from
flytekitplugins-slurm's ``slurm``/``slurm_fn``, so both plugins can be installed). Importing this
package registers the connector and the ``@task(task_config=SlurmRestFunction(...))`` plugin;
flytekit imports it through the ``flytekit.plugins`` entry point, so ``pyflyte serve connector``
serves these task types.
"""

from ._config import TASK_FUNCTION, TASK_SCRIPT, TASK_SHELL, SlurmCluster, SSHTarget
from ._connector import SlurmRestConnector, SlurmRestMeta
from ._function import SlurmRestFunction, SlurmRestFunctionTask
from ._phases import describe, phase_of
from ._tasks import SlurmRestScriptTask, SlurmRestShellTask

__all__ = ["TASK_FUNCTION", "TASK_SCRIPT", "TASK_SHELL", "SSHTarget", "SlurmCluster", "SlurmRestConnector",
           "SlurmRestFunction", "SlurmRestFunctionTask", "SlurmRestMeta", "SlurmRestScriptTask",
           "SlurmRestShellTask", "describe", "phase_of"]
