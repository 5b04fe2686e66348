"""The deployment's configuration: the clusters, their credentials, and who may run as whom.

A connector is deployed once for a whole organization; its configuration file (TOML, path in
``$SLURM_REST_CONNECTOR_CONFIG``, the format is ``examples/deploy/connector.toml``) is the only place
cluster URLs, TLS settings and credentials come from. Tasks name a cluster; the ``[[policy]]`` rules
decide which users, accounts, partitions and QOS a Flyte project/domain may use (``_policy``). The file is
validated as a whole when the connector starts, every error naming its key; secrets are read from files
or environment variables only when a session needs them, and are never logged or stored.
"""

from __future__ import annotations

import base64
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 (the tomli backport is a dependency there)
    import tomli as tomllib

from slurm_rest import ConfigError, ContainerRuntime, Secret

__all__ = [
    "CONFIG_ENV",
    "ClusterConfig",
    "Deployment",
    "PolicyRule",
    "SSHSettings",
    "SecretRef",
    "deployment",
    "load_deployment",
    "parse_deployment",
    "signing_key_bytes",
    "use_deployment",
    "user_template",
]

CONFIG_ENV = "SLURM_REST_CONNECTOR_CONFIG"
"""The environment variable naming the deployment's configuration file (TOML)."""
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_TOP = {"connector", "clusters", "policy"}
_CONNECTOR = {"signing_key", "blob_prefixes", "allow_task_clusters"}
_CLUSTER = {
    "url",
    "ca_bundle",
    "verify",
    "api_version",
    "slurm_user",
    "jwt_key",
    "tokens",
    "work_root",
    "path_map",
    "log_url_template",
    "ssh",
    "container_runtime",
    "images",
    "container_options",
}
_SSH = {"host", "port", "host_key", "known_hosts", "keys"}
_RULE = {
    "project",
    "domain",
    "clusters",
    "users",
    "default_user",
    "accounts",
    "default_account",
    "partitions",
    "default_partition",
    "qos",
    "default_qos",
}


@dataclass(frozen=True)
class SecretRef:
    """Where a secret's value is: a file (``file``) or an environment variable (``env``)."""

    file: str | None = None
    env: str | None = None

    def read(self) -> str:
        if self.file is not None:
            try:
                return Path(self.file).read_text().strip()
            except OSError as exc:
                raise ConfigError(f"secret file {self.file}: {exc.strerror or exc}") from None
        value = os.environ.get(self.env or "")
        if not value:
            raise ConfigError(f"secret environment variable {self.env} is not set")
        return value

    def check(self) -> None:
        """Readable now (at start), so a deployment with a missing secret fails before it serves."""
        if self.file is not None and not os.access(self.file, os.R_OK):
            raise ConfigError(f"secret file {self.file} is missing or not readable")
        if self.env is not None and not os.environ.get(self.env):
            raise ConfigError(f"secret environment variable {self.env} is not set")

    def __str__(self) -> str:
        return f"file {self.file}" if self.file else f"env {self.env}"


@dataclass(frozen=True)
class SSHSettings:
    """The cluster's SFTP server; files move as the user the job runs as, with that user's key."""

    host: str
    port: int
    host_key: str | None
    known_hosts: str | None
    keys: Mapping[str, SecretRef]


@dataclass(frozen=True)
class ClusterConfig:
    name: str
    url: str
    verify: bool | str
    api_version: str | None
    slurm_user: str
    jwt_key: SecretRef | None
    tokens: Mapping[str, SecretRef]
    work_root: str
    path_map: tuple[tuple[str, str], ...]
    log_url_template: str | None
    ssh: SSHSettings | None
    container_runtime: ContainerRuntime | None = None  # how the cluster runs a task's image (None: it does not)
    images: tuple[str, ...] | None = None  # the images tasks may name (glob patterns); None: any
    container_options: tuple[str, ...] = ()  # the runtime's options for every task (--nv, --no-https ...)

    def jwt_key_base64(self) -> Secret:
        """The HS256 key as ``ClientConfig.jwt_key_data`` takes it: a file holds the raw key, an env var base64."""
        assert self.jwt_key is not None
        if self.jwt_key.file is not None:
            try:
                raw = Path(self.jwt_key.file).read_bytes()
            except OSError as exc:
                raise ConfigError(f"cluster {self.name}: jwt_key {self.jwt_key}: {exc.strerror or exc}") from None
            return Secret(base64.b64encode(raw).decode())
        return Secret(self.jwt_key.read())


@dataclass(frozen=True)
class PolicyRule:
    project: str
    domain: str
    clusters: tuple[str, ...] | None
    users: tuple[str, ...]
    default_user: str | None
    allowed: Mapping[str, tuple[str, ...] | None]  # account, partition, qos -> allowed (None: any)
    defaults: Mapping[str, str | None]

    def matches(self, project: str, domain: str, cluster: str) -> bool:
        return (
            self.project in ("*", project)
            and self.domain in ("*", domain)
            and (self.clusters is None or cluster in self.clusters)
        )

    def describe(self) -> str:
        return f"policy rule project={self.project!r} domain={self.domain!r}"


@dataclass(frozen=True)
class Deployment:
    """The connector's configuration file, checked: its clusters (credentials by reference), the key that signs
    task metadata, where inputs may come from, and the ``[[policy]]`` rules deciding who runs as whom."""

    signing_key: SecretRef
    blob_prefixes: tuple[str, ...]
    allow_task_clusters: bool
    clusters: Mapping[str, ClusterConfig]
    policy: tuple[PolicyRule, ...]
    source: str = field(default="", compare=False)

    def cluster(self, name: str) -> ClusterConfig:
        """The cluster named ``name``; a ConfigError naming the clusters there are when the file has none so."""
        if name not in self.clusters:
            raise ConfigError(
                f"cluster {name!r} is not in this deployment's configuration "
                f"(it has: {', '.join(sorted(self.clusters)) or 'none'})"
            )
        return self.clusters[name]

    def rule_for(self, project: str, domain: str, cluster: str) -> PolicyRule | None:
        """The first rule matching the execution's project and domain and the cluster; None: the task is refused."""
        return next((r for r in self.policy if r.matches(project, domain, cluster)), None)


# --- parsing: every error names where it is -----------------------------------------------------------


def _fail(where: str, message: str) -> ConfigError:
    return ConfigError(f"connector configuration: {where}: {message}")


def _table(data: Any, where: str, known: set[str]) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise _fail(where, "must be a table")
    unknown = sorted(set(data) - known)
    if unknown:
        raise _fail(where, f"unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    return data


def _str(
    data: Mapping[str, Any], key: str, where: str, default: str | None = None, *, required: bool = False
) -> str | None:
    value = data.get(key, default)
    if value is None:
        if required:
            raise _fail(where, f"{key} is required")
        return None
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, f"{key} must be a non-empty string")
    return value


def _names(data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...] | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(where, f"{key} must be a list of names")
    return tuple(value)


def _secret(value: Any, where: str) -> SecretRef:
    if not isinstance(value, Mapping) or len(value) != 1 or not set(value) <= {"file", "env"}:
        raise _fail(where, 'a secret is written { file = "/path" } or { env = "NAME" }, never its value')
    ((kind, ref),) = value.items()
    if not isinstance(ref, str) or not ref:
        raise _fail(where, f"{kind} must be a non-empty string")
    if kind == "file" and not ref.startswith("/"):
        raise _fail(where, f"secret file must be an absolute path, got {ref!r}")
    return SecretRef(**{kind: ref})


def _ssh(data: Any, where: str) -> SSHSettings:
    table = _table(data, where, _SSH)
    port = table.get("port", 22)
    if not isinstance(port, int) or not 0 < port < 65536:
        raise _fail(where, f"port must be 1..65535, got {port!r}")
    host_key, known_hosts = _str(table, "host_key", where), _str(table, "known_hosts", where)
    if not (host_key or known_hosts):
        raise _fail(where, "pin the server with host_key or known_hosts")
    keys = _table(table.get("keys", {}), f"{where}.keys", set(table.get("keys", {})))
    return SSHSettings(
        host=str(_str(table, "host", where, required=True)),
        port=port,
        host_key=host_key,
        known_hosts=known_hosts,
        keys={u: _secret(v, f"{where}.keys.{u}") for u, v in keys.items()},
    )


def _cluster(name: str, data: Any) -> ClusterConfig:
    where = f"clusters.{name}"
    if not _NAME.match(name):
        raise _fail(where, "a cluster name is letters, digits, '_', '.', '-' (at most 64)")
    table = _table(data, where, _CLUSTER)
    url = str(_str(table, "url", where, required=True))
    if not url.startswith(("http://", "https://")):
        raise _fail(where, f"url must start with https:// or http://, got {url!r}")
    ca_bundle, verify = _str(table, "ca_bundle", where), table.get("verify", True)
    if not isinstance(verify, bool):
        raise _fail(where, "verify must be true or false (a CA bundle goes in ca_bundle)")
    if ca_bundle is not None and verify is False:
        raise _fail(where, "ca_bundle contradicts verify = false")
    jwt_key = _secret(table["jwt_key"], f"{where}.jwt_key") if "jwt_key" in table else None
    tokens_table = table.get("tokens", {})
    tokens = {
        u: _secret(v, f"{where}.tokens.{u}")
        for u, v in _table(tokens_table, f"{where}.tokens", set(tokens_table)).items()
    }
    if (jwt_key is None) == (not tokens):
        raise _fail(where, "give exactly one of jwt_key (tokens minted per user) or tokens (one per user)")
    api_version = _str(table, "api_version", where)
    if api_version is not None and not re.fullmatch(r"v0\.0\.\d+", api_version):
        raise _fail(where, f"api_version looks like v0.0.42, got {api_version!r}")
    work_root = str(_str(table, "work_root", where, "/tmp/slurm-rest-{user}"))
    if not work_root.startswith("/") or "{user}" not in work_root or ".." in work_root.split("/"):
        raise _fail(where, f"work_root must be an absolute path template with {{user}} in it, got {work_root!r}")
    path_map = table.get("path_map", [])
    if not isinstance(path_map, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) and x.startswith("/") for x in p)
        for p in path_map
    ):
        raise _fail(where, 'path_map is a list of ["/cluster/prefix", "/local/prefix"] pairs')
    runtime = _str(table, "container_runtime", where)
    if runtime is not None and runtime not in set(ContainerRuntime):
        raise _fail(where, f"container_runtime must be one of {', '.join(ContainerRuntime)}, got {runtime!r}")
    images = _names(table, "images", where)
    options = _names(table, "container_options", where) or ()
    if (images is not None or options) and runtime is None:
        raise _fail(where, "images and container_options apply to a container_runtime; give the cluster one too")
    return ClusterConfig(
        name=name,
        url=url,
        verify=ca_bundle if ca_bundle is not None else verify,
        api_version=api_version,
        slurm_user=str(_str(table, "slurm_user", where, "slurm")),
        jwt_key=jwt_key,
        tokens=tokens,
        work_root=work_root,
        path_map=tuple((a, b) for a, b in path_map),
        log_url_template=_str(table, "log_url_template", where),
        ssh=_ssh(table["ssh"], f"{where}.ssh") if "ssh" in table else None,
        container_runtime=None if runtime is None else ContainerRuntime(runtime),
        images=images,
        container_options=options,
    )


def _rule(i: int, data: Any, clusters: Mapping[str, ClusterConfig]) -> PolicyRule:
    where = f"policy[{i}]"
    table = _table(data, where, _RULE)
    users = _names(table, "users", where)
    if not users:
        raise _fail(where, "users must name at least one Slurm user")
    default_user = _str(table, "default_user", where)
    if default_user is not None and default_user not in users:
        raise _fail(where, f"default_user {default_user!r} is not in users")
    rule_clusters = _names(table, "clusters", where)
    for name in rule_clusters or ():
        if name not in clusters:
            raise _fail(where, f"clusters names {name!r}, which is not under [clusters]")
    allowed = {
        k: _names(table, {"account": "accounts", "partition": "partitions"}.get(k, k), where)
        for k in ("account", "partition", "qos")
    }
    defaults = {k: _str(table, f"default_{k}", where) for k in ("account", "partition", "qos")}
    for k, value in defaults.items():
        if value is not None and allowed[k] is not None and value not in (allowed[k] or ()):
            raise _fail(where, f"default_{k} {value!r} is not among the allowed values")
    return PolicyRule(
        project=str(_str(table, "project", where, required=True)),
        domain=str(_str(table, "domain", where, "*")),
        clusters=rule_clusters,
        users=users,
        default_user=default_user,
        allowed=allowed,
        defaults=defaults,
    )


def parse_deployment(data: Mapping[str, Any], *, source: str = "", read_secrets: bool = True) -> Deployment:
    """A Deployment from the file's parsed contents; ``read_secrets``: check every secret is readable now."""
    top = _table(data, "top level", _TOP)
    conn = _table(top.get("connector", {}), "connector", _CONNECTOR)
    if "signing_key" not in conn:
        raise _fail("connector", "signing_key is required (it signs the metadata Flyte stores)")
    signing_key = _secret(conn["signing_key"], "connector.signing_key")
    prefixes = _names(conn, "blob_prefixes", "connector") or ()
    for prefix in prefixes:
        if "://" not in prefix or not prefix.endswith("/"):
            raise _fail("connector", f"blob_prefixes are blob-store URIs ending in '/', got {prefix!r}")
    allow = conn.get("allow_task_clusters", False)
    if not isinstance(allow, bool):
        raise _fail("connector", "allow_task_clusters must be true or false")
    clusters_table = _table(top.get("clusters", {}), "clusters", set(top.get("clusters", {})))
    clusters = {name: _cluster(name, body) for name, body in clusters_table.items()}
    if not clusters and not allow:
        raise _fail("clusters", "no cluster is configured")
    rules = top.get("policy", [])
    if not isinstance(rules, list):
        raise _fail("policy", "write each rule as a [[policy]] table")
    result = Deployment(
        signing_key=signing_key,
        blob_prefixes=prefixes,
        allow_task_clusters=allow,
        clusters=clusters,
        policy=tuple(_rule(i, r, clusters) for i, r in enumerate(rules)),
        source=source,
    )
    if read_secrets:
        for ref in _secret_refs(result):
            ref.check()
    return result


def _secret_refs(dep: Deployment) -> list[SecretRef]:
    refs = [dep.signing_key]
    for c in dep.clusters.values():
        refs += [*([c.jwt_key] if c.jwt_key else []), *c.tokens.values(), *(c.ssh.keys.values() if c.ssh else ())]
    return refs


def load_deployment(path: str | os.PathLike[str], *, read_secrets: bool = True) -> Deployment:
    """The configuration file at ``path``, validated; ConfigError naming the file and key otherwise."""
    try:
        data = tomllib.loads(Path(path).read_text())
    except OSError as exc:
        raise ConfigError(f"connector configuration {path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"connector configuration {path}: not valid TOML: {exc}") from None
    try:
        return parse_deployment(data, source=str(path), read_secrets=read_secrets)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None


_LOADED: list[Deployment | None] = []


def deployment() -> Deployment | None:
    """This process's deployment (loaded once from ``$SLURM_REST_CONNECTOR_CONFIG``), None when unset."""
    if not _LOADED:
        path = os.environ.get(CONFIG_ENV)
        _LOADED.append(load_deployment(path) if path else None)
    return _LOADED[0]


def use_deployment(dep: Deployment | None) -> None:
    """Replace this process's deployment (tests; a reload): sessions already open keep theirs."""
    _LOADED[:] = [dep]


def signing_key_bytes(dep: Deployment) -> bytes:
    text = dep.signing_key.read()
    if len(text) < 32:
        raise ConfigError("connector.signing_key must hold at least 32 characters (e.g. openssl rand -hex 32)")
    return text.encode()


def user_template(root: str, user: str) -> str:
    """A work root for ``user``: ``{user}`` replaced; a template without it gets ``/slurm-rest-<user>``."""
    return root.replace("{user}", user) if "{user}" in root else f"{root.rstrip('/')}/slurm-rest-{user}"
