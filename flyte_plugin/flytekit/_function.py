"""Python functions as Flyte tasks that run on Slurm: ``@task(task_config=SlurmRestFunction(...))``.

The task runs on the cluster through flytekit's own ``pyflyte-execute``, so every Flyte type works as
it does in a container. The connector moves the inputs, the task's code and the outputs by SFTP
(see ``_function_job``); the cluster needs a Python with flytekit and the modules the task imports,
but no blob-store credentials.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from flytekit import FlyteContextManager, PythonFunctionTask
from flytekit.configuration import SerializationSettings
from flytekit.extend import TaskPlugins
from flytekit.extend.backend.base_connector import AsyncConnectorExecutorMixin

from slurm_rest import ValidationError

from .._config import TASK_FUNCTION, ClusterRef, SlurmCluster, check_environment, cluster_ref, job_options
from .._constants import FN_PLACEHOLDER

__all__ = ["SlurmRestFunction", "SlurmRestFunctionTask"]

_SRUN_OPTION = re.compile(r"^[a-z][a-z0-9-]*$")
_CLEANUP = ("always", "on_success", "never")
CLUSTER_IMAGE = "slurm-rest/cluster-python"  # a placeholder: nothing pulls it


@dataclass(frozen=True, kw_only=True)
class SlurmRestFunction:
    """How a function task runs on the cluster.

    ``python`` is the cluster's interpreter (a path or a name on PATH) and ``python_setup`` the shell
    lines that make it and flytekit available (``module load python/3.11``,
    ``source /opt/venvs/flyte/bin/activate``, ``export PYTHONPATH=...``). ``script`` is an optional
    batch-script template in which ``{task.fn}`` stands for the task's command (as in
    flytekitplugins-slurm). ``prerun``/``postrun`` run before and after it; postrun cannot change the
    job's exit status. With ``srun=True`` (implied by ``srun_options`` or ``srun_append``) the command
    runs as ``srun --opt=value ... <srun_append> <command>`` (as Covalent's Slurm executor does), e.g.
    ``srun_append="nsys profile"``. ``stage_code`` uploads the task's code when the cluster cannot import
    it: the fast-registration bundle of a remote run, or the loaded modules of a local ``pyflyte run``.
    The work directory is removed after the outputs are fetched, as ``cleanup`` says. ``cluster`` names a
    cluster of the connector's deployment (a whole ``SlurmCluster`` only in local runs); ``run_as`` asks for
    a user, which the deployment's policy allows or refuses.
    """

    cluster: ClusterRef
    run_as: str | None = None
    job: Mapping[str, Any] | None = None
    python: str = "python3"
    python_setup: Sequence[str] = ()
    script: str | None = None
    prerun: Sequence[str] = ()
    postrun: Sequence[str] = ()
    srun: bool = False
    srun_options: Mapping[str, str | int | bool] = field(default_factory=dict)
    srun_append: str = ""
    environment: Mapping[str, str] = field(default_factory=dict)
    stage_code: bool = True
    cleanup: Literal["always", "on_success", "never"] = "on_success"

    def __post_init__(self) -> None:
        cluster_ref(self.cluster, self.run_as)  # a name or a SlurmCluster, and a plain user name
        if isinstance(self.cluster, SlurmCluster) and self.cluster.ssh is None:
            raise ValidationError("function tasks move inputs, code and outputs by SFTP: give the cluster an "
                                  "ssh=SSHTarget(...)")
        if not self.python.strip() or "\n" in self.python:
            raise ValidationError(f"python must be one command (a path or a name), got {self.python!r}")
        if self.script is not None and FN_PLACEHOLDER not in self.script:
            raise ValidationError(f"script must contain {FN_PLACEHOLDER} where the task's command goes")
        check_environment(self.environment)
        for key, value in self.srun_options.items():
            if not _SRUN_OPTION.match(key):
                raise ValidationError(f"srun option {key!r}: give long option names without dashes, e.g. 'gpus'")
            if not isinstance(value, (str, int, bool)):
                raise ValidationError(f"srun option {key!r}: value must be str, int or bool")
        if "\n" in self.srun_append:
            raise ValidationError("srun_append must be one line")
        if self.cleanup not in _CLEANUP:
            raise ValidationError(f"cleanup must be one of {', '.join(_CLEANUP)}, got {self.cleanup!r}")
        object.__setattr__(self, "job", job_options(self.job))
        for name in ("python_setup", "prerun", "postrun"):
            object.__setattr__(self, name, tuple(str(line) for line in getattr(self, name)))

    @property
    def uses_srun(self) -> bool:
        return self.srun or bool(self.srun_options) or bool(self.srun_append)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["cluster"], out["run_as"] = cluster_ref(self.cluster, self.run_as)
        for name in ("python_setup", "prerun", "postrun"):
            out[name] = list(out[name])
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SlurmRestFunction:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if isinstance(known["cluster"], Mapping):
            known["cluster"] = SlurmCluster.from_dict(known["cluster"])
        return cls(**known)


class SlurmRestFunctionTask(AsyncConnectorExecutorMixin, PythonFunctionTask[SlurmRestFunction]):  # type: ignore[misc]
    """A Python function task that the connector runs on Slurm (task type ``slurm_rest_fn``)."""

    _TASK_TYPE = TASK_FUNCTION

    def __init__(self, task_config: SlurmRestFunction, task_function: Any, **kwargs: Any) -> None:
        # Flyte's container model wants an image; the job runs on the cluster's own Python instead.
        kwargs["container_image"] = kwargs.get("container_image") or CLUSTER_IMAGE
        super().__init__(task_config=task_config, task_type=self._TASK_TYPE, task_function=task_function, **kwargs)

    def get_custom(self, settings: SerializationSettings) -> dict[str, Any]:
        config: SlurmRestFunction = self.task_config
        return config.to_dict()

    def execute(self, **kwargs: Any) -> Any:
        # A local run hands the task to the connector; on the cluster, pyflyte-execute calls the function.
        ctx = FlyteContextManager.current_context()
        if ctx.execution_state and ctx.execution_state.is_local_execution():
            return AsyncConnectorExecutorMixin.execute(self, **kwargs)
        return PythonFunctionTask.execute(self, **kwargs)


TaskPlugins.register_pythontask_plugin(SlurmRestFunction, SlurmRestFunctionTask)
