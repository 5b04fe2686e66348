"""Small read-only summaries of the cluster: ping, nodes, partitions."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["NodeInfo", "PartitionInfo", "PingInfo"]


@dataclass(frozen=True, kw_only=True)
class PingInfo:
    """Who answered: the Slurm release, the API version in use and the controllers' health."""

    release: str
    api_version: str
    cluster: str
    controllers: tuple[tuple[str, bool], ...]  # (hostname, responding)

    @property
    def ok(self) -> bool:
        """Every controller responds (and slurmrestd named at least one)."""
        return bool(self.controllers) and all(up for _, up in self.controllers)


@dataclass(frozen=True, kw_only=True)
class NodeInfo:
    """One node as the controller sees it (``slurm.nodes()``); None where the API version does not say."""

    name: str
    state: tuple[str, ...]
    cpus: int | None
    real_memory_mb: int | None
    partitions: tuple[str, ...]
    reason: str = ""


@dataclass(frozen=True, kw_only=True)
class PartitionInfo:
    """One partition (``slurm.partitions()``): its host list, totals and limit; None for unset or unlimited."""

    name: str
    nodes: str
    total_cpus: int | None
    total_nodes: int | None
    max_time_minutes: int | None  # None: unlimited
    default: bool | None  # None: this API version does not say
    state: str
