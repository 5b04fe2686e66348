"""Python functions as Flyte tasks that run on Slurm: ``@task(task_config=SlurmRestFunction(...))``.

The task runs on the cluster through flytekit's own ``pyflyte-execute``, so every Flyte type works as
it does in a container. The connector moves the inputs, the task's code and the outputs by SFTP
(see ``_function_job``); the cluster needs a Python with flytekit and the modules the task imports,
but no blob-store credentials.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flytekit import FlyteContextManager, PythonFunctionTask
from flytekit.configuration import SerializationSettings
from flytekit.extend import TaskPlugins
from flytekit.extend.backend.base_connector import AsyncConnectorExecutorMixin

from .._config import TASK_FUNCTION
from .._function_config import FunctionConfig

__all__ = ["SlurmRestFunction", "SlurmRestFunctionTask"]

CLUSTER_IMAGE = "slurm-rest/cluster-python"  # a placeholder: nothing pulls it


@dataclass(frozen=True, kw_only=True)
class SlurmRestFunction(FunctionConfig):
    """How a flytekit function task runs on the cluster (``FunctionConfig``'s fields). ``stage_code`` uploads
    the task's code when the cluster cannot import it: the fast-registration bundle of a remote run, or the
    loaded modules of a local ``pyflyte run``."""

    stage_code: bool = True


class SlurmRestFunctionTask(AsyncConnectorExecutorMixin, PythonFunctionTask[SlurmRestFunction]):  # type: ignore[misc]
    """A Python function task that the connector runs on Slurm (task type ``slurm_rest_fn``)."""

    _TASK_TYPE = TASK_FUNCTION

    def __init__(self, task_config: SlurmRestFunction, task_function: Any, **kwargs: Any) -> None:
        # Flyte's container model wants an image; the job runs on the cluster's own Python instead.
        kwargs["container_image"] = kwargs.get("container_image") or CLUSTER_IMAGE
        super().__init__(task_config=task_config, task_type=self._TASK_TYPE, task_function=task_function, **kwargs)

    def get_custom(self, settings: SerializationSettings) -> dict[str, Any]:
        """The task's ``SlurmRestFunction`` settings, as the connector reads them from the task template."""
        config: SlurmRestFunction = self.task_config
        return config.to_dict()

    def execute(self, **kwargs: Any) -> Any:
        """Locally: hand the task to the connector (a Slurm job). On the cluster: call the function."""
        # A local run hands the task to the connector; on the cluster, pyflyte-execute calls the function.
        ctx = FlyteContextManager.current_context()
        if ctx.execution_state and ctx.execution_state.is_local_execution():
            return AsyncConnectorExecutorMixin.execute(self, **kwargs)
        return PythonFunctionTask.execute(self, **kwargs)


TaskPlugins.register_pythontask_plugin(SlurmRestFunction, SlurmRestFunctionTask)
