"""The Slurm releases the testbed can run, one row per Debian suite.

Every release gets its own port block so that all of them run side by side on one
machine (the chroots share one network and one PID namespace).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["RELEASES", "Release", "base_dir", "resolve"]


@dataclass(frozen=True, kw_only=True)
class Release:
    """One single-node cluster: a Debian suite, its Slurm release and its ports."""

    name: str
    suite: str
    cluster: str
    port_base: int
    rest_plugins: str
    needs_cgroup_conf: bool
    has_limits: bool  # slurmctld's rl_enable (23.02+) and slurmrestd's --max-connections: ``_limits``
    runtimes: tuple[str, ...] = ()  # container runtimes for jobs (``slurm_rest.ContainerRuntime`` values): _containers

    @property
    def ctld_port(self) -> int:
        return self.port_base + 17

    @property
    def slurmd_port(self) -> int:
        return self.port_base + 18

    @property
    def dbd_port(self) -> int:
        return self.port_base + 19

    @property
    def rest_port(self) -> int:
        return self.port_base + 20

    @property
    def ssh_port(self) -> int:
        return self.port_base + 22

    @property
    def tls_port(self) -> int:
        """nginx's TLS port before slurmrestd (``_proxy``)."""
        return self.port_base + 43

    @property
    def stock_tls_port(self) -> int:
        """The same nginx with its default request-head buffers (8 KiB), as an unmodified site proxy."""
        return self.port_base + 44

    @property
    def home(self) -> Path:
        return base_dir() / self.suite

    @property
    def rootfs(self) -> Path:
        return self.home / "rootfs"

    @property
    def state(self) -> Path:
        """Host-side files: client ssh key, known_hosts, logs, facts."""
        return self.home / "state"

    @property
    def rest_url(self) -> str:
        return f"http://127.0.0.1:{self.rest_port}"

    @property
    def tls_url(self) -> str:
        """slurmrestd through the TLS proxy, by the one name its certificate holds."""
        return f"https://localhost:{self.tls_port}"

    @property
    def stock_tls_url(self) -> str:
        """slurmrestd through the proxy's server left at nginx's default buffers (``stock_tls_port``)."""
        return f"https://localhost:{self.stock_tls_port}"

    @property
    def tls_wrong_host_url(self) -> str:
        """The same proxy by an address its certificate does not name: clients must refuse it."""
        return f"https://127.0.0.1:{self.tls_port}"


RELEASES: tuple[Release, ...] = (
    # The dbv0.0.38 and openapi/slurmdbd plugins (the /slurmdb/ paths) need slurmdbd (_accounting.py).
    Release(
        name="22.05",
        suite="bookworm",
        cluster="tb2205",
        port_base=16800,
        rest_plugins="openapi/v0.0.38,openapi/dbv0.0.38,openapi/v0.0.37",
        needs_cgroup_conf=False,
        has_limits=False,
        runtimes=("oci",),
    ),
    Release(
        name="24.11",
        suite="trixie",
        cluster="tb2411",
        port_base=16900,
        rest_plugins="openapi/slurmctld,openapi/slurmdbd",
        needs_cgroup_conf=True,
        has_limits=True,
        runtimes=("oci",),
    ),
    # Apptainer is packaged in sid only (1.4.x); it runs unprivileged (user namespaces: see _daemons.rooted).
    Release(
        name="26.05",
        suite="sid",
        cluster="tb2605",
        port_base=17000,
        rest_plugins="openapi/slurmctld,openapi/slurmdbd",
        needs_cgroup_conf=True,
        has_limits=True,
        runtimes=("apptainer", "oci"),
    ),
)

_BY_KEY = {key: r for r in RELEASES for key in (r.name, r.suite, r.cluster)}


def base_dir() -> Path:
    """Where chroots and state live; outside the source tree so nothing is committed."""
    return Path(os.environ.get("SLURM_REST_TESTBED_DIR", "/var/lib/slurm-rest-testbed"))


def resolve(names: list[str]) -> list[Release]:
    """Map CLI words ("22.05", "trixie", "all") to releases, rejecting unknown ones."""
    if not names or names == ["all"]:
        return list(RELEASES)
    unknown = [n for n in names if n not in _BY_KEY]
    if unknown:
        known = ", ".join(f"{r.name}/{r.suite}" for r in RELEASES)
        raise SystemExit(f"unknown release {', '.join(unknown)}; known: {known}, all")
    return [_BY_KEY[n] for n in names]
