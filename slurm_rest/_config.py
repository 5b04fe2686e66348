"""Client settings: one frozen dataclass, built from keyword arguments or the environment."""

from __future__ import annotations

import os
import shlex
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ._call import Kind
from ._constants import IDLE_CONNECTIONS, MAX_BODY
from ._containers import ContainerRuntime
from ._exceptions import ConfigError
from ._retry import RetryStrategies, strategies_by_kind

__all__ = ["ClientConfig", "Secret"]

ENV_PREFIX = "SLURM_REST_"


class Secret:
    """A string that never shows itself in reprs, logs or exception messages."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        """The value itself, for the one place that must send it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True, kw_only=True)
class ClientConfig:
    """Where slurmrestd is, who we are, and how patient to be.

    Exactly one token source: ``token`` (static), ``token_file`` (re-read when it changes),
    ``jwt_key`` (an HS256 key file: tokens minted locally, e.g. for a service account acting for
    ``user``; ``jwt_key_data`` is the same key base64-encoded, e.g. from a secret store), or
    ``token_command`` (prints a token, e.g. ``scontrol token``). ``read_timeout``: how long an
    answer may keep the client waiting; ``listing_timeout`` (default: ``read_timeout``): the same for
    ``jobs()`` and ``find_submitted()``, whose listing of every job slurmrestd sends only once it is built
    (20 s for 20,000 jobs on an idle 24.11 controller, ~50 s on a busy one). ``max_body``:
    the largest answer (bytes) read into memory, or for a listing the largest job record in it; a larger one
    is refused while it streams in. ``max_connections``: requests in flight at most (the pace allows fewer
    while slurmrestd is slow); ``idle_connections`` (default 8, at most ``max_connections``): connections
    kept open between bursts (within one, every connection opened is reused), each holding one of
    slurmrestd's ``--max-connections`` places while idle; the clients of a process free theirs when a new
    connection of one waits unaccepted, but not other processes': keep the sum over the processes sharing
    one slurmrestd below its cap. ``retries``: the user's own tenacity strategies over the built-in policies (see
    ``RetryStrategies``), one for every kind of request or a mapping from kinds (``RequestKind.SUBMIT`` or
    ``"submit"``) to theirs; read-only ``{kind: strategies}`` once built. ``container_runtime``: how this
    cluster runs a job's ``container`` (``ContainerRuntime``).
    """

    url: str
    user: str
    token: Secret | str | None = None
    token_file: Path | str | None = None
    jwt_key: Path | str | None = None
    jwt_key_data: Secret | None = None
    jwt_subject: str | None = None
    token_command: tuple[str, ...] | str | None = None
    token_lifespan: int = 1800
    api_version: str | None = None
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    listing_timeout: float | None = None
    verify: bool | str = True
    retry_deadline: float = 60.0
    retries: RetryStrategies | Mapping[Kind | str, RetryStrategies] = field(default_factory=dict)
    max_connections: int = 20
    idle_connections: int | None = None
    max_body: int = MAX_BODY
    headers: Mapping[str, str] = field(default_factory=dict)
    container_runtime: ContainerRuntime | str | None = None

    def __post_init__(self) -> None:
        if not self.url.startswith(("http://", "https://")):
            raise ConfigError(f"url must start with http:// or https://, got {self.url!r}")
        object.__setattr__(self, "url", self.url.rstrip("/"))
        if not self.user:
            raise ConfigError("user is required (the Slurm user jobs run as)")
        for name in ("token", "token_file", "jwt_key", "token_command"):
            if getattr(self, name) == "":  # an empty setting (e.g. SLURM_JWT=) is no token source
                object.__setattr__(self, name, None)
        sources = [n for n in ("token", "token_file", "jwt_key", "jwt_key_data", "token_command") if getattr(self, n)]
        if len(sources) != 1:
            raise ConfigError(
                "give exactly one of token, token_file, jwt_key, jwt_key_data, token_command"
                + (f" (got {', '.join(sources)})" if sources else "")
            )
        if isinstance(self.token, str):
            object.__setattr__(self, "token", Secret(self.token))
        for name in ("token_file", "jwt_key"):
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, Path(value))
        if isinstance(self.token_command, str):
            object.__setattr__(self, "token_command", tuple(shlex.split(self.token_command)))
        if self.token_lifespan < 60:
            raise ConfigError(f"token_lifespan must be at least 60 seconds, got {self.token_lifespan}")
        if self.api_version is not None and not self.api_version.startswith("v0.0."):
            raise ConfigError(f"api_version looks like v0.0.42, got {self.api_version!r}")
        object.__setattr__(self, "retries", strategies_by_kind(self.retries))
        if self.container_runtime is not None:
            try:
                object.__setattr__(self, "container_runtime", ContainerRuntime(self.container_runtime))
            except ValueError:
                raise ConfigError(
                    f"container_runtime must be one of {', '.join(ContainerRuntime)}, got {self.container_runtime!r}"
                ) from None
        for name in (
            "connect_timeout",
            "read_timeout",
            "listing_timeout",
            "retry_deadline",
            "max_connections",
            "max_body",
        ):
            value = getattr(self, name)
            if value is not None and value <= 0:  # None: listing_timeout unset (read_timeout then)
                raise ConfigError(f"{name} must be positive")
        if self.idle_connections is None:
            object.__setattr__(self, "idle_connections", min(IDLE_CONNECTIONS, self.max_connections))
        elif not 0 <= self.idle_connections <= self.max_connections:
            raise ConfigError(
                f"idle_connections must be between 0 and max_connections ({self.max_connections}), "
                f"got {self.idle_connections}"
            )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> ClientConfig:
        """Read ``SLURM_REST_*`` (and Slurm's own ``SLURM_JWT``); keyword overrides win.

        SLURM_REST_URL, SLURM_REST_USER (default: $USER), SLURM_JWT or SLURM_REST_TOKEN,
        SLURM_REST_TOKEN_FILE, SLURM_JWT_KEY or SLURM_REST_JWT_KEY, SLURM_REST_TOKEN_COMMAND,
        SLURM_REST_API_VERSION, SLURM_REST_CONTAINER_RUNTIME, SLURM_REST_TIMEOUT,
        SLURM_REST_LISTING_TIMEOUT, SLURM_REST_RETRY_DEADLINE, SLURM_REST_CA_BUNDLE,
        SLURM_REST_INSECURE=1.
        """
        env = os.environ if env is None else env
        overrides = {k: v for k, v in overrides.items() if v is not None}  # None: not given, keep the env's
        found: dict[str, Any] = {
            "url": env.get(f"{ENV_PREFIX}URL"),
            "user": env.get(f"{ENV_PREFIX}USER") or env.get("USER"),
            "token": env.get("SLURM_JWT") or env.get(f"{ENV_PREFIX}TOKEN"),
            "token_file": env.get(f"{ENV_PREFIX}TOKEN_FILE"),
            "jwt_key": env.get("SLURM_JWT_KEY") or env.get(f"{ENV_PREFIX}JWT_KEY"),
            "token_command": env.get(f"{ENV_PREFIX}TOKEN_COMMAND"),
            "api_version": env.get(f"{ENV_PREFIX}API_VERSION"),
            "container_runtime": env.get(f"{ENV_PREFIX}CONTAINER_RUNTIME") or None,
        }
        for var, name in (
            ("TIMEOUT", "read_timeout"),
            ("LISTING_TIMEOUT", "listing_timeout"),
            ("RETRY_DEADLINE", "retry_deadline"),
        ):
            if text := env.get(f"{ENV_PREFIX}{var}"):
                try:
                    found[name] = float(text)
                except ValueError:
                    raise ConfigError(f"{ENV_PREFIX}{var} must be a number of seconds, got {text!r}") from None
        if ca := env.get(f"{ENV_PREFIX}CA_BUNDLE"):
            found["verify"] = ca
        if env.get(f"{ENV_PREFIX}INSECURE", "") in ("1", "true", "yes"):
            found["verify"] = False
        sources = ("token", "token_file", "jwt_key", "jwt_key_data", "token_command")
        explicit_source = any(overrides.get(k) for k in sources)
        if explicit_source:  # an explicit token source replaces whatever the environment offered
            for k in sources:
                found.pop(k, None)
        merged = {k: v for k, v in {**found, **overrides}.items() if v is not None}
        if "url" not in merged:
            raise ConfigError(f"no URL: pass url= or set {ENV_PREFIX}URL")
        if not merged.get("user"):
            raise ConfigError(f"no user: pass user= or set {ENV_PREFIX}USER")
        return cls(**merged)

    def with_changes(self, **changes: Any) -> ClientConfig:
        """A copy with these fields changed (the config is frozen, so clients may share one)."""
        return replace(self, **changes)
