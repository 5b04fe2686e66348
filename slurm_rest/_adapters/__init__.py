"""One adapter per API-version family; the only code that touches generated models.

``SUPPORTED`` lists the versions this client speaks, newest first; ``choose`` picks the newest
one the server also serves (or checks a pin), and ``adapter_for`` builds its adapter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Protocol

from .._call import Call
from .._exceptions import SlurmMessage, UnsupportedVersionError
from .._inventory_models import AssociationInfo, DiagInfo, LicenseInfo, QosInfo, ReservationInfo, ShareInfo
from .._jobspec import JobSpec
from .._models import JobInfo
from .._resources import NodeInfo, PartitionInfo, PingInfo
from .._steps import Allocation, StepInfo
from ._common import errors_of, split_tag, tagged_comment

__all__ = [
    "SUPPORTED",
    "Adapter",
    "adapter_for",
    "choose",
    "errors_of",
    "served_versions",
    "split_tag",
    "tagged_comment",
]

SUPPORTED = ("v0.0.45", "v0.0.44", "v0.0.43", "v0.0.42", "v0.0.41", "v0.0.40", "v0.0.38")
_VERSION = re.compile(r"^/slurm/(v\d+\.\d+\.\d+)/")


class Adapter(Protocol):
    version: str

    def ping(self) -> Call: ...
    def auth_probe(self) -> Call: ...
    def submit(self, spec: JobSpec, *, tag: str, default_env: dict[str, str]) -> Call: ...
    def get_job(self, job_id: int | str) -> Call: ...
    def list_jobs(self, *, since: int | None = None) -> Call: ...
    def job_states(self, job_ids: Iterable[int]) -> Call | None: ...
    def cancel(self, job_id: int | str, *, signal: str | None = None) -> Call: ...
    def update(self, job_id: int | str, changes: dict[str, Any]) -> Call: ...
    def nodes(self) -> Call: ...
    def partitions(self) -> Call: ...
    def parse_ping(self, body: dict[str, Any]) -> PingInfo: ...
    def parse_submit(self, body: dict[str, Any]) -> int | None: ...
    def parse_jobs(self, body: dict[str, Any]) -> list[JobInfo]: ...
    def job_record(self, record: dict[str, Any]) -> JobInfo: ...  # one element of a listing's "jobs"
    def parse_states(self, body: dict[str, Any]) -> dict[int, tuple[str, ...]]: ...
    def parse_cancel(self, body: dict[str, Any]) -> tuple[SlurmMessage, ...]: ...
    def parse_nodes(self, body: dict[str, Any]) -> list[NodeInfo]: ...
    def parse_partitions(self, body: dict[str, Any]) -> list[PartitionInfo]: ...
    def accounting_job(self, job_id: int | str) -> Call: ...
    def parse_accounting_jobs(self, body: dict[str, Any]) -> list[JobInfo]: ...
    def parse_accounting_usage(self, body: dict[str, Any]) -> list[tuple[Allocation, list[StepInfo]]]: ...
    # cluster inventory (_inventory): a request a version lacks raises UnsupportedVersionError
    def reservations(self) -> Call: ...
    def qos(self) -> Call: ...
    def associations(self, *, user: str | None = None, account: str | None = None) -> Call: ...
    def licenses(self) -> Call: ...
    def shares(self) -> Call: ...
    def diag(self) -> Call: ...
    def parse_reservations(self, body: dict[str, Any]) -> list[ReservationInfo]: ...
    def parse_qos(self, body: dict[str, Any]) -> list[QosInfo]: ...
    def parse_associations(self, body: dict[str, Any]) -> list[AssociationInfo]: ...
    def parse_licenses(self, body: dict[str, Any]) -> list[LicenseInfo]: ...
    def parse_shares(self, body: dict[str, Any]) -> list[ShareInfo]: ...
    def parse_diag(self, body: dict[str, Any]) -> DiagInfo: ...


def served_versions(spec: Any) -> list[str]:
    """API versions named by the paths of the server's ``/openapi/v3`` document."""
    paths = spec.get("paths", {}) if isinstance(spec, dict) else {}
    return sorted({m.group(1) for p in paths if (m := _VERSION.match(p))})


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(x) for x in version.lstrip("v").split("."))


def choose(served: Iterable[str], pin: str | None = None) -> str:
    """The newest version both sides speak, or the pin if the server serves it."""
    served = sorted(set(served), key=_key, reverse=True)
    if pin is not None:
        if pin not in SUPPORTED:
            raise UnsupportedVersionError(f"this client does not speak {pin}; it speaks {', '.join(SUPPORTED)}")
        if pin not in served:
            raise UnsupportedVersionError(f"the server does not serve {pin}; it serves {', '.join(served) or 'none'}")
        return pin
    for version in served:
        if version in SUPPORTED:
            return version
    raise UnsupportedVersionError(
        f"no common API version: server serves {', '.join(served) or 'none'}, client speaks {', '.join(SUPPORTED)}"
    )


def adapter_for(version: str) -> Adapter:
    """The adapter of ``version``. Imported here, on first use: each family's module imports that
    version's generated models, which ``import slurm_rest`` should not pay for."""
    if version not in SUPPORTED:
        raise UnsupportedVersionError(f"this client does not speak {version}")
    if version == "v0.0.38":
        from ._legacy import LegacyAdapter

        return LegacyAdapter()
    from ._modern import ModernAdapter

    return ModernAdapter(version)
