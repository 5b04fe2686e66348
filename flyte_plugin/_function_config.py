"""What both SDKs' function tasks share: how the function runs on the cluster, checked at task definition.

flytekit's ``SlurmRestFunction`` (task config) and Flyte 2's (an environment's ``plugin_config``) are this,
each with what only its SDK needs; this module imports neither SDK.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, TypeVar

from slurm_rest import ValidationError

from ._config import ClusterRef, SlurmCluster, check_environment, cluster_ref, job_options
from ._constants import FN_PLACEHOLDER

__all__ = ["FunctionConfig"]

_SRUN_OPTION = re.compile(r"^[a-z][a-z0-9-]*$")
_CLEANUP = ("always", "on_success", "never")
_LINES = ("python_setup", "prerun", "postrun")
_F = TypeVar("_F", bound="FunctionConfig")


@dataclass(frozen=True, kw_only=True)
class FunctionConfig:
    """How a function task runs on the cluster.

    ``python`` is the cluster's interpreter (a path or a name on PATH; in a task's image, the image's) and
    ``python_setup`` the shell lines that make it and the SDK importable (``module load python/3.11``,
    ``source /opt/venvs/flyte/bin/activate``, ``export PYTHONPATH=...``). ``script`` is an optional
    batch-script template in which ``{task.fn}`` stands for the task's command (as in flytekitplugins-slurm).
    ``prerun``/``postrun`` run before and after it; postrun cannot change the job's exit status. With
    ``srun=True`` (implied by ``srun_options`` or ``srun_append``) the command runs as
    ``srun --opt=value ... <srun_append> <command>`` (as Covalent's Slurm executor does), e.g.
    ``srun_append="nsys profile"``. ``environment`` is added to the job's. The work directory is removed
    after the outputs are fetched, as ``cleanup`` says. ``cluster`` names a cluster of the connector's
    deployment (a whole ``SlurmCluster`` with ``ssh`` only in local runs); ``run_as`` asks for a user, which
    the deployment's policy allows or refuses.
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
    cleanup: Literal["always", "on_success", "never"] = "on_success"

    def __post_init__(self) -> None:
        cluster_ref(self.cluster, self.run_as)  # a name or a SlurmCluster, and a plain user name
        if isinstance(self.cluster, SlurmCluster) and self.cluster.ssh is None:
            raise ValidationError(
                "function tasks move inputs, code and outputs by SFTP: give the cluster an ssh=SSHTarget(...)"
            )
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
        for name in _LINES:
            object.__setattr__(self, name, tuple(str(line) for line in getattr(self, name)))

    @property
    def uses_srun(self) -> bool:
        return self.srun or bool(self.srun_options) or bool(self.srun_append)

    def srun_prefix(self) -> str:
        """``srun --opt=value ... <srun_append> `` in front of the command, or "" without srun."""
        if not self.uses_srun:
            return ""
        words = ["srun"]
        for key, value in self.srun_options.items():
            if value is True:
                words.append(f"--{key}")
            elif value is not False:
                words.append(shlex.quote(f"--{key}={value}"))
        return " ".join(words + ([self.srun_append] if self.srun_append else [])) + " "

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["cluster"], out["run_as"] = cluster_ref(self.cluster, self.run_as)
        for name in _LINES:
            out[name] = list(out[name])
        out["srun_options"] = dict(out["srun_options"])
        out["environment"] = dict(out["environment"])
        return out

    @classmethod
    def from_dict(cls: type[_F], data: Mapping[str, Any]) -> _F:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if isinstance(known["cluster"], Mapping):
            known["cluster"] = SlurmCluster.from_dict(known["cluster"])
        return cls(**known)
