"""Who a task runs as, on which cluster, with which credentials: decided here, never by the task.

A task names a cluster of the deployment (``cluster="hpc1"``) and may ask for a user, account, partition
or QOS; the deployment's first ``[[policy]]`` rule matching the task's Flyte project and domain decides
(``_deployment``). Everything is checked before any token is minted or any request is sent: root, the
cluster's SlurmUser, a name that is not a plain POSIX user name and a user the rule does not list are
refused with a ``RefusedError`` that says why. The result is a ``Target``: the cluster resolved for one
user, which is all the shared core (sessions, jobs, polling) ever sees.

A task that carries a whole cluster definition (``SlurmCluster``, credentials by Flyte secret name) is
honoured only where nobody else's trust is at stake: a local run (``pyflyte run``, ``flyte.run``: the SDK
calls the connector in-process with no task execution metadata, which a call over gRPC always carries) in a
process without a deployment configuration, or a deployment that sets ``allow_task_clusters`` (development).
"""

from __future__ import annotations

import fnmatch
import json
import re
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from slurm_rest import ClientConfig, ConfigError, Container, JobSpec, RefusedError, Secret, SSHConfig, ValidationError

from ._config import SECRET_JWT_KEY, SECRET_SSH_KEY, SECRET_TOKEN, SlurmCluster
from ._constants import TARGETS_KEPT
from ._deployment import CONFIG_ENV, ClusterConfig, Deployment, deployment, user_template

__all__ = [
    "Execution",
    "SecretReader",
    "Target",
    "apply_policy",
    "check_user_name",
    "forget_targets",
    "target_for",
    "task_cluster_allowed",
]

SecretReader = Callable[[str], str]
"""A task-defined cluster's secret value by its role (``SECRET_TOKEN``, ``SECRET_JWT_KEY``, ``SECRET_SSH_KEY``)."""

_USER = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")


@dataclass(frozen=True)
class Execution:
    """The Flyte execution a task belongs to, from the task execution metadata (either SDK)."""

    project: str = ""
    domain: str = ""
    name: str = ""
    node: str = ""
    attempt: int = 0
    task: str = ""

    @classmethod
    def of(cls, metadata: Any, run_id: str) -> Execution:
        """From flytekit's TaskExecutionMetadata model or Flyte 2's protobuf; a local run gets its run id: no
        metadata, or an execution with no name (Flyte 2's protobuf has every message, empty ones included)."""
        ident = getattr(metadata, "task_execution_id", None)
        node = getattr(ident, "node_execution_id", None)
        run = getattr(node, "execution_id", None)
        if not getattr(run, "name", ""):
            return cls(name=f"local-{run_id}")
        task = getattr(ident, "task_id", None)
        return cls(
            project=str(getattr(run, "project", "")),
            domain=str(getattr(run, "domain", "")),
            name=str(getattr(run, "name", "")),
            node=str(getattr(node, "node_id", "")),
            attempt=int(getattr(ident, "retry_attempt", 0) or 0),
            task=str(getattr(task, "name", "")),
        )

    def label(self) -> str:
        """What the job's comment records, so an administrator can trace the job to its execution."""
        return (
            f"flyte:{self.project}/{self.domain}/{self.name}/{self.node}#{self.attempt}"
            if self.project
            else f"flyte:{self.name}"
        )


@dataclass(frozen=True)
class Target:
    """A cluster resolved for one user: how to reach it, with which credentials, where the user's work lives."""

    key: str  # the session key: one client, watcher and stager per target
    cluster: str  # the deployment's cluster name ("" for a task-defined cluster)
    user: str
    client: ClientConfig
    ssh: SSHConfig | None
    work_root: str  # this user's private root; each task works in <work_root>/<run id>
    path_map: tuple[tuple[str, str], ...] = ()
    log_url_template: str | None = None
    task_cluster: Mapping[str, Any] | None = None  # a task-defined cluster, kept in the (signed) metadata
    images: tuple[str, ...] | None = None  # the images tasks may name (glob patterns); None: any
    container_options: tuple[str, ...] = ()  # the runtime's options for every task of this cluster

    def container(self, image: str) -> Container:
        """A task's image as this cluster runs it; RefusedError when it has no runtime or the image is not allowed."""
        where = f"cluster {self.cluster!r}" if self.cluster else "the task's cluster"
        if self.client.container_runtime is None:
            raise RefusedError(
                f"the task runs in image {image!r}, but {where} has no container runtime "
                "(its container_runtime is not set)"
            )
        if not isinstance(image, str):  # a task template's custom block says what it likes
            raise RefusedError(f"the task's image must be a string, got {image!r}")
        if self.images is not None:
            # A glob's '*' matches '/' and '..' too: a path climbing out of an allowed directory would match it.
            if ".." in image.split("/"):
                raise RefusedError(
                    f"image {image!r} names a parent directory ('..'); {where} allows only images "
                    f"matching {', '.join(self.images)}"
                )
            if not any(fnmatch.fnmatchcase(image, p) for p in self.images):
                raise RefusedError(
                    f"image {image!r} is not among those {where} allows ({', '.join(self.images) or 'none'})"
                )
        try:
            return Container(image, options=self.container_options)
        except ValidationError as exc:
            raise RefusedError(f"image {image!r}: {exc}") from None

    def mapping(self, cluster_path: str) -> tuple[str, str] | None:
        """The local prefix of the mapping covering a cluster path and the rest of the path below it, or None."""
        return _longest(cluster_path, self.path_map)

    def cluster_path(self, local_path: str) -> str | None:
        """Where the cluster sees a path of the connector's, or None when no mapping covers it."""
        return _translate(local_path, [(b, a) for a, b in self.path_map])

    def work_dir(self, run_id: str) -> str:
        """A task's own directory, one level below the user's root: never the root itself, which every task
        of the user would share (their outputs, logs and job ids written over each other's)."""
        if not run_id or "/" in run_id or run_id in (".", ".."):
            raise ValueError(f"run id {run_id!r} is not one directory name")
        return f"{self.work_root}/{run_id}"


def _longest(path: str, pairs: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """The ``to`` of the longest ``from`` prefix covering ``path``, and what follows that prefix in it."""
    for src, dst in sorted(pairs, key=lambda p: -len(p[0])):
        prefix = src.rstrip("/") + "/"
        if path == src or path.startswith(prefix):
            return dst, path[len(prefix) :]
    return None


def _translate(path: str, pairs: Sequence[tuple[str, str]]) -> str | None:
    """``path`` with the longest matching ``from`` prefix replaced by its ``to``."""
    found = _longest(path, pairs)
    if found is None:
        return None
    dst, rest = found
    return dst.rstrip("/") + "/" + rest if rest else dst


def check_user_name(user: str, slurm_user: str) -> None:
    if not isinstance(user, str) or not _USER.match(user):
        raise RefusedError(f"user {user!r} is not a plain POSIX user name")
    if user in ("root", slurm_user):
        raise RefusedError(f"no task runs as {user!r} (root and the cluster's SlurmUser are never allowed)")


def task_cluster_allowed(dep: Deployment | None, *, local: bool) -> None:
    """A task-defined cluster is honoured in a local run, or where the deployment says so (development)."""
    if dep is not None and not dep.allow_task_clusters:
        raise RefusedError(
            "this connector's deployment does not accept clusters defined by tasks: name one of its "
            f'clusters ({", ".join(sorted(dep.clusters))}) with cluster="..."'
        )
    if dep is None and not local:
        raise RefusedError(
            f"this connector is served without a deployment configuration (${CONFIG_ENV}), so it "
            "runs nothing: clusters defined by tasks work only in local runs"
        )


def _deployment_target(cfg: ClusterConfig, user: str) -> Target:
    auth: dict[str, Any]
    if cfg.jwt_key is not None:
        auth = {"jwt_key_data": cfg.jwt_key_base64()}
    elif user in cfg.tokens:
        ref = cfg.tokens[user]
        auth = {"token_file": ref.file} if ref.file else {"token": Secret(ref.read())}
    else:
        raise RefusedError(f"cluster {cfg.name!r} holds no token for user {user!r}")
    ssh = None
    if cfg.ssh is not None and user in cfg.ssh.keys:
        ssh = SSHConfig(
            host=cfg.ssh.host,
            port=cfg.ssh.port,
            user=user,
            host_key=cfg.ssh.host_key,
            known_hosts=cfg.ssh.known_hosts,
            key_data=Secret(cfg.ssh.keys[user].read()),
        )
    return Target(
        key=f"{cfg.name}\x00{user}",
        cluster=cfg.name,
        user=user,
        client=ClientConfig(
            url=cfg.url,
            user=user,
            api_version=cfg.api_version,
            verify=cfg.verify,
            container_runtime=cfg.container_runtime,
            **auth,
        ),
        ssh=ssh,
        work_root=user_template(cfg.work_root, user),
        path_map=cfg.path_map,
        log_url_template=cfg.log_url_template,
        images=cfg.images,
        container_options=cfg.container_options,
    )


def _task_target(cluster: SlurmCluster, secret: SecretReader) -> Target:
    check_user_name(cluster.user, cluster.slurm_user)
    auth: dict[str, Any] = (
        {"token": Secret(secret(SECRET_TOKEN))}
        if cluster.token_secret
        else {"jwt_key_data": Secret(secret(SECRET_JWT_KEY)), "jwt_subject": cluster.jwt_subject}
    )
    ssh = None
    if (s := cluster.ssh) is not None:
        ssh = SSHConfig(
            host=s.host,
            port=s.port,
            user=s.user or cluster.user,
            host_key=s.host_key,
            known_hosts=s.known_hosts,
            insecure_skip_host_key_check=s.insecure_skip_host_key_check,
            key_data=Secret(secret(SECRET_SSH_KEY)) if s.key_secret else None,
        )
    data = cluster.to_dict()
    return Target(
        key="task\x00" + repr(sorted(data.items())),
        cluster="",
        user=cluster.user,
        client=ClientConfig(
            url=cluster.url,
            user=cluster.user,
            api_version=cluster.api_version,
            verify=cluster.verify,
            container_runtime=cluster.container_runtime,
            **auth,
        ),
        ssh=ssh,
        work_root=user_template(cluster.work_root, cluster.user),
        path_map=tuple(cluster.path_map),
        log_url_template=cluster.log_url_template,
        task_cluster=data,
        container_options=tuple(cluster.container_options),
    )


# Targets by (cluster, user), each with the deployment it was made under, the most recently used last:
# get() comes every few seconds for every task, and making a Target reads secrets and (a task-defined
# cluster) rebuilds its definition. A session is keyed by the target's key, which names no secret, so a
# cached target changes nothing a session would not have kept anyway.
_TARGETS: OrderedDict[tuple[str, str], tuple[Deployment | None, Target]] = OrderedDict()


def target_for(cluster: str | Mapping[str, Any], user: str, secret: SecretReader | None = None) -> Target:
    """The Target of a task's cluster (a deployment cluster's name, or a task-defined cluster) for ``user``:
    what a later get/delete uses, from metadata this deployment signed (the policy decided at create)."""
    dep = deployment()
    if isinstance(cluster, Mapping):
        task_cluster_allowed(dep, local=True)  # the metadata's signature proves a create allowed it

        def defined_target() -> Target:
            defined = SlurmCluster.from_dict(cluster)
            if defined.user != user:
                raise RefusedError("metadata names a user other than its cluster's")
            if secret is None:
                raise ConfigError("a task-defined cluster needs its secrets")
            return _task_target(defined, secret)

        return _kept(dep, ("task\x00" + json.dumps(cluster, sort_keys=True, default=str), user), defined_target)
    if dep is None:
        raise RefusedError(
            f"cluster {cluster!r}: this connector has no deployment configuration "
            "($SLURM_REST_CONNECTOR_CONFIG) naming clusters"
        )
    cfg = dep.cluster(cluster)
    check_user_name(user, cfg.slurm_user)
    return _kept(dep, (cluster, user), lambda: _deployment_target(cfg, user))


def forget_targets() -> None:
    """Drop every kept target (``close_sessions``): secrets are read again when one is next made."""
    _TARGETS.clear()


def _kept(dep: Deployment | None, key: tuple[str, str], make: Callable[[], Target]) -> Target:
    """The target kept for ``key`` under this very deployment (a replaced one's are made again), else made."""
    held = _TARGETS.get(key)
    if held is None or held[0] is not dep:
        held = _TARGETS[key] = (dep, make())
        while len(_TARGETS) > TARGETS_KEPT:
            _TARGETS.popitem(last=False)
    _TARGETS.move_to_end(key)
    return held[1]


def apply_policy(
    cluster: str | Mapping[str, Any],
    requested_user: str | None,
    spec: JobSpec,
    execution: Execution,
    secret: SecretReader | None = None,
    *,
    local: bool = False,
) -> tuple[Target, dict[str, Any]]:
    """The Target a task may use and the changes its job needs: the policy's account/partition/QOS and the
    execution's label as its comment; RefusedError (nothing sent, no token minted) for anything the
    deployment does not allow."""
    dep = deployment()
    if isinstance(cluster, Mapping):
        task_cluster_allowed(dep, local=local)
        own = str(cluster.get("user", ""))
        if requested_user not in (None, own):
            raise RefusedError("a task-defined cluster runs as its own user; run_as must match it or be left out")
        return target_for(cluster, own, secret), {"comment": execution.label()}
    if dep is None:
        return target_for(cluster, requested_user or "", secret), {}  # raises: no deployment
    cfg = dep.cluster(cluster)
    rule = dep.rule_for(execution.project, execution.domain, cluster)
    who = f"project {execution.project or '(none)'!r}, domain {execution.domain or '(none)'!r}"
    if rule is None:
        raise RefusedError(f"no policy rule lets {who} use cluster {cluster!r}")
    user = requested_user or rule.default_user
    if user is None:
        raise RefusedError(
            f"{rule.describe()} has no default_user: the task must name one of {', '.join(rule.users)} with run_as"
        )
    check_user_name(user, cfg.slurm_user)
    if user not in rule.users:
        raise RefusedError(f"{who} may not run as {user!r} on cluster {cluster!r} (allowed: {', '.join(rule.users)})")
    changes: dict[str, Any] = {"comment": execution.label()}
    for name in ("account", "partition", "qos"):
        value = getattr(spec, name) or rule.defaults[name]
        allowed = rule.allowed[name]
        if value is not None and allowed is not None and value not in allowed:
            raise RefusedError(f"{who} may not use {name} {value!r} (allowed: {', '.join(allowed) or 'none'})")
        if value is not None and allowed is None and not re.fullmatch(r"[A-Za-z0-9_.,-]+", value):
            raise RefusedError(f"{name} {value!r} is not a plain Slurm name")
        changes[name] = value
    return target_for(cluster, user), changes
