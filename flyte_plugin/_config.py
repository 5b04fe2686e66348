"""Task configuration: where the cluster is, who runs the job, and how the job is shaped.

Everything here is serialized into the task template's ``custom`` field and into ResourceMeta,
so it holds only JSON primitives and *names* of Flyte secrets, never their values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from slurm_rest import ContainerRuntime, JobSpec, ValidationError

__all__ = [
    "SECRET_JWT_KEY",
    "SECRET_SSH_KEY",
    "SECRET_TOKEN",
    "TASK2_SCRIPT",
    "TASK2_SHELL",
    "TASK_FUNCTION",
    "TASK_SCRIPT",
    "TASK_SHELL",
    "ClusterRef",
    "SSHTarget",
    "SlurmCluster",
    "check_environment",
    "cluster_ref",
    "job_options",
    "plain",
]

# Different from flytekitplugins-slurm's "slurm"/"slurm_fn", so both plugins can be installed.
TASK_SHELL = "slurm_rest_shell"
"""flytekit task type of ``SlurmRestShellTask``."""
TASK_SCRIPT = "slurm_rest_script"
"""flytekit task type of ``SlurmRestScriptTask``."""
TASK_FUNCTION = "slurm_rest_fn"
"""flytekit task type of ``@task(task_config=SlurmRestFunction(...))`` functions."""
# Flyte 2's: different from flyteplugins-slurm's "slurm"/"slurm_script" and from the flytekit ones above.
TASK2_SHELL = "slurm_rest2_shell"
"""Flyte 2 task type of ``flyte_plugin.flyte2.SlurmRestShellTask``."""
TASK2_SCRIPT = "slurm_rest2_script"
"""Flyte 2 task type of ``flyte_plugin.flyte2.SlurmRestScriptTask``."""

# The roles of a cluster's secrets: the keys of SlurmCluster.secret_names(), and the keyword arguments
# under which Flyte 2 hands their values to the connector.
SECRET_TOKEN = "slurm_token"
SECRET_JWT_KEY = "slurm_jwt_key"
SECRET_SSH_KEY = "slurm_ssh_key"


@dataclass(frozen=True, kw_only=True)
class SSHTarget:
    """The cluster's SSH server, used only to move files (inputs, outputs, code, log tails).

    ``key_secret`` names a Flyte secret holding the private key (None: the agent or default keys of
    the connector's user); the server is pinned by ``host_key`` (an OpenSSH public key line, not a
    secret) or a ``known_hosts`` file on the connector. ``user`` defaults to the cluster's user, who
    must own the files the job reads and writes.
    """

    host: str
    port: int = 22
    user: str | None = None
    key_secret: str | None = None
    host_key: str | None = None
    known_hosts: str | None = None
    insecure_skip_host_key_check: bool = False

    def __post_init__(self) -> None:
        if not self.host or not 0 < self.port < 65536:
            raise ValidationError(f"ssh host/port invalid: {self.host!r}:{self.port}")
        if not (self.host_key or self.known_hosts or self.insecure_skip_host_key_check):
            raise ValidationError(
                "ssh: pin the server with host_key or known_hosts (or, knowingly, insecure_skip_host_key_check=True)"
            )


_PROBE_SCRIPT = "#!/bin/sh\n"


@dataclass(frozen=True, kw_only=True)
class SlurmCluster:
    """A slurmrestd endpoint and the credentials to use, by Flyte secret name.

    ``token_secret`` names a secret holding a JWT for ``user``; ``jwt_key_secret`` names one
    holding slurmctld's HS256 key, base64-encoded, from which tokens are minted (for a service
    account ``jwt_subject`` acting for ``user``). ``path_map`` translates cluster path prefixes to
    where this connector sees the same files (a shared filesystem mounted elsewhere), so it can
    read stderr tails and return outputs; ``log_url_template`` makes log links, with ``{job_id}``,
    ``{stream}`` (stdout/stderr), ``{path}`` and ``{user}``. ``ssh`` lets files move by SFTP where no
    mapping covers them: function tasks need it, shell tasks use it for outputs and log tails.
    ``work_root`` is the user's private root (``{user}`` replaced; 0700, owned by the user).
    ``container_runtime`` (apptainer, oci, pyxis) is how the cluster runs a task's image, with
    ``container_options`` (``--nv``); without one a task runs on the cluster's own software.

    A task carrying a whole cluster runs only locally (``pyflyte run``, ``flyte.run``) or where a deployment
    allows it for development; a deployed connector's tasks name one of its clusters instead (``cluster="hpc1"``).
    """

    url: str
    user: str
    api_version: str | None = None
    token_secret: str | None = None
    jwt_key_secret: str | None = None
    secret_group: str | None = None
    jwt_subject: str | None = None
    verify: bool | str = True
    work_root: str = "/tmp/slurm-rest-{user}"
    slurm_user: str = "slurm"
    log_url_template: str | None = None
    path_map: Sequence[tuple[str, str]] = field(default_factory=tuple)
    ssh: SSHTarget | None = None
    container_runtime: str | None = None
    container_options: Sequence[str] = ()

    def __post_init__(self) -> None:
        if not self.url.startswith(("http://", "https://")):
            raise ValidationError(f"cluster url must start with http:// or https://, got {self.url!r}")
        if bool(self.token_secret) == bool(self.jwt_key_secret):
            raise ValidationError("give exactly one of token_secret or jwt_key_secret (Flyte secret names)")
        if not self.work_root.startswith("/"):
            raise ValidationError(f"work_root must be an absolute path on the cluster, got {self.work_root!r}")
        object.__setattr__(self, "path_map", tuple((str(a), str(b)) for a, b in self.path_map))
        object.__setattr__(self, "container_options", tuple(self.container_options))
        if self.ssh is not None and not isinstance(self.ssh, SSHTarget):
            raise ValidationError("ssh must be a flyte_plugin.SSHTarget")
        if self.container_runtime is not None and self.container_runtime not in set(ContainerRuntime):
            raise ValidationError(
                f"container_runtime must be one of {', '.join(ContainerRuntime)}, got {self.container_runtime!r}"
            )

    def to_dict(self) -> dict[str, Any]:
        """Plain data for a task's custom block (no secret values: only their names)."""
        out = asdict(self)
        out["path_map"] = [list(p) for p in self.path_map]
        out["container_options"] = list(self.container_options)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SlurmCluster:
        """The cluster a task's custom block describes; keys this version does not know are ignored."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["path_map"] = tuple(tuple(p) for p in known.get("path_map", ()))
        known["container_options"] = tuple(known.get("container_options", ()))
        if known.get("ssh") is not None:
            known["ssh"] = SSHTarget(**{k: v for k, v in known["ssh"].items() if k in SSHTarget.__dataclass_fields__})
        return cls(**known)

    def secret_names(self) -> dict[str, str]:
        """The Flyte secret *names* this cluster needs, by role (values are never stored anywhere)."""
        names = {
            SECRET_TOKEN: self.token_secret,
            SECRET_JWT_KEY: self.jwt_key_secret,
            SECRET_SSH_KEY: self.ssh.key_secret if self.ssh else None,
        }
        return {role: name for role, name in names.items() if name}


ClusterRef = str | SlurmCluster
"""A deployment's cluster by name (``"hpc1"``), or a whole cluster for local runs."""
_CLUSTER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_USER_NAME = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")


def cluster_ref(cluster: ClusterRef, run_as: str | None = None) -> tuple[str | dict[str, Any], str | None]:
    """What a task's template carries: the cluster's name (or, locally, its definition) and the user it asks for."""
    if run_as is not None and not _USER_NAME.match(run_as):
        raise ValidationError(f"run_as {run_as!r} is not a plain POSIX user name")
    if isinstance(cluster, SlurmCluster):
        return cluster.to_dict(), run_as
    if isinstance(cluster, str) and _CLUSTER_NAME.match(cluster):
        return cluster, run_as
    raise ValidationError(
        f"cluster must be a deployment's cluster name (like 'hpc1') or a SlurmCluster, got {cluster!r}"
    )


def job_options(options: Mapping[str, Any] | None) -> dict[str, Any]:
    """Validate sbatch-style options now (at task definition), keep them as plain JSON."""
    opts = dict(options or {})
    JobSpec.from_options(_PROBE_SCRIPT, opts)  # raises ValidationError with a clear message
    for key in ("script", "environment", "extra"):
        if key in opts:
            raise ValidationError(f"job option {key!r} is set by the task itself")
    return opts


_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def check_environment(environment: Mapping[str, str] | None) -> dict[str, str]:
    """A task's environment, its names checked now (at task definition), as a plain dict."""
    for key in environment or {}:
        if not _ENV_NAME.match(key):
            raise ValidationError(f"environment variable name {key!r} is not valid")
    return dict(environment or {})


def plain(value: Any) -> Any:
    """A task's custom block back from protobuf's Struct, whose numbers are all floats: 22.0 → 22."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value
