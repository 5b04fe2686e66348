"""The cluster-inventory reads of both API-version families: reservations, QOS, associations,
licenses, fair-share and ``diag``.

Every supported version answers these in one shape, except for what a ``Family`` table says: the
paths (v0.0.4x end most with a slash), the key of the QOS list (``QOS`` in dbv0.0.38) and the
endpoints a version lacks (v0.0.38 has no ``/shares``: it came with v0.0.40, Slurm 23.11), which raise
``UnsupportedVersionError`` before anything is sent. Numbers come plain (v0.0.38) or wrapped as
``{set, infinite, number}`` (v0.0.40+): both read the same.

Answers are read from decoded JSON and checked field by field: a field of the wrong type is
``Malformed`` (``parser`` turns that into an APIError naming the endpoint); a missing optional field
reads as unknown (None, "" or empty).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .._call import Call
from .._exceptions import UnsupportedVersionError, ValidationError
from .._inventory_models import (
    AssociationInfo,
    BackfillStats,
    DiagInfo,
    LicenseInfo,
    QosInfo,
    ReservationInfo,
    RpcStat,
    SchedulerStats,
    ShareInfo,
)
from .._models import timestamp_to_datetime, unwrap_number
from .._values import show
from ._common import Malformed, parser, state_words

__all__ = ["LEGACY", "MODERN", "Family", "Inventory"]


@dataclass(frozen=True)
class Family:
    """Where one family serves the inventory reads ("{v}": the API version) and what it lacks."""

    paths: Mapping[str, str]
    qos_key: str
    #: operation this family lacks -> (the first API version with it, the Slurm release that added it)
    added: Mapping[str, tuple[str, str]]


LEGACY = Family(
    paths={
        "reservations": "/slurm/{v}/reservations",
        "licenses": "/slurm/{v}/licenses",
        "diag": "/slurm/{v}/diag",
        "qos": "/slurmdb/{v}/qos",
        "associations": "/slurmdb/{v}/associations",
    },
    qos_key="QOS",
    added={"shares": ("v0.0.40", "23.11")},
)
MODERN = Family(
    paths={
        "reservations": "/slurm/{v}/reservations/",
        "licenses": "/slurm/{v}/licenses/",
        "diag": "/slurm/{v}/diag/",
        "shares": "/slurm/{v}/shares",
        "qos": "/slurmdb/{v}/qos/",
        "associations": "/slurmdb/{v}/associations/",
    },
    qos_key="qos",
    added={},
)

_WRAPPED = frozenset({"set", "infinite", "number"})


class Inventory:
    """The inventory half of an adapter: ``LegacyAdapter`` and ``ModernAdapter`` inherit it and set ``_family``."""

    version: str
    _base: str
    _family: Family

    # -- requests ---------------------------------------------------------------------------

    def _read(self, what: str, params: list[tuple[str, str]] | None = None) -> Call:
        path = self._family.paths.get(what)
        if path is None:
            raise self._unsupported(what)
        return Call("GET", path.format(v=self.version), params=params or ())

    def _unsupported(self, what: str) -> UnsupportedVersionError:
        first, release = self._family.added[what]
        return UnsupportedVersionError(
            f"{what}() needs API {first} or newer (Slurm {release}+); this client talks to this slurmrestd in "
            f"{self.version}, which has no {what} endpoint (nothing was sent)"
        )

    def reservations(self) -> Call:
        return self._read("reservations")

    def qos(self) -> Call:
        return self._read("qos")

    def associations(self, *, user: str | None = None, account: str | None = None) -> Call:
        params = []
        for name, value in (("user", user), ("account", account)):
            if value is None:
                continue
            if not isinstance(value, str) or not value.strip() or "," in value:
                raise ValidationError(f"{name} must be one {name} name, got {show(value)}")
            params.append((name, value.strip()))
        return self._read("associations", params)

    def licenses(self) -> Call:
        return self._read("licenses")

    def shares(self) -> Call:
        return self._read("shares")

    def diag(self) -> Call:
        return self._read("diag")

    # -- responses --------------------------------------------------------------------------

    @parser("GET {base}/reservations")
    def parse_reservations(self, body: dict[str, Any]) -> list[ReservationInfo]:
        return [
            ReservationInfo(
                name=_name(r),
                partition=_text(r, "partition"),
                nodes=_text(r, "node_list"),
                node_count=_int(r, "node_count"),
                core_count=_int(r, "core_count"),
                start_time=_time(r, "start_time"),
                end_time=_time(r, "end_time"),
                users=_words(r, "users"),
                accounts=_words(r, "accounts"),
                flags=_words(r, "flags"),
                licenses=_text(r, "licenses"),
                tres=_text(r, "tres"),
            )
            for r in _records(body, "reservations")
        ]

    @parser("GET /slurmdb/{version}/qos")
    def parse_qos(self, body: dict[str, Any]) -> list[QosInfo]:
        return [
            QosInfo(
                name=_name(q),
                description=_text(q, "description"),
                priority=_int(q, "priority"),
                flags=_words(q, "flags"),
                max_wall_minutes=_int(q, "limits.max.wall_clock.per.job"),
                max_jobs_per_user=_int(q, "limits.max.jobs.active_jobs.per.user"),
                max_submit_jobs_per_user=_int(q, "limits.max.jobs.per.user"),
                max_jobs_per_account=_int(q, "limits.max.jobs.active_jobs.per.account"),
                max_submit_jobs_per_account=_int(q, "limits.max.jobs.per.account"),
                usage_factor=_real(q, "usage_factor"),
            )
            for q in _records(body, self._family.qos_key)
        ]

    @parser("GET /slurmdb/{version}/associations")
    def parse_associations(self, body: dict[str, Any]) -> list[AssociationInfo]:
        return [
            AssociationInfo(
                cluster=_text(a, "cluster"),
                account=_text(a, "account", required=True),
                user=_text(a, "user"),
                partition=_text(a, "partition"),
                parent_account=_text(a, "parent_account"),
                qos=_words(a, "qos"),
                default_qos=_text(a, "default.qos"),
                is_default=_flag(a, "is_default"),
                shares_raw=_int(a, "shares_raw"),
            )
            for a in _records(body, "associations")
        ]

    @parser("GET {base}/licenses")
    def parse_licenses(self, body: dict[str, Any]) -> list[LicenseInfo]:
        return [
            LicenseInfo(
                name=_text(lic, "LicenseName", required=True),
                total=_count(lic, "Total"),
                used=_count(lic, "Used"),
                free=_count(lic, "Free"),
                reserved=_int(lic, "Reserved"),
                remote=_flag(lic, "Remote"),
            )
            for lic in _records(body, "licenses")
        ]

    def parse_shares(self, body: dict[str, Any]) -> list[ShareInfo]:
        if "shares" not in self._family.paths:
            raise self._unsupported("shares")
        return self._parse_shares(body)

    @parser("GET {base}/shares")
    def _parse_shares(self, body: dict[str, Any]) -> list[ShareInfo]:
        out = []
        for s in _records(_object(body, "shares"), "shares", where="shares.shares"):
            name, parent = _text(s, "name", required=True), _text(s, "parent")
            user_row = "USER" in _words(s, "type")
            out.append(
                ShareInfo(
                    cluster=_text(s, "cluster"),
                    account=parent if user_row else name,
                    user=name if user_row else "",
                    parent=parent,
                    partition=_text(s, "partition"),
                    raw_shares=_int(s, "shares"),
                    normalized_shares=_real(s, "shares_normalized"),
                    raw_usage=_int(s, "usage"),
                    normalized_usage=_real(s, "usage_normalized"),
                    effective_usage=_real(s, "effective_usage"),
                    fairshare_factor=_real(s, "fairshare.factor"),
                )
            )
        return out

    @parser("GET {base}/diag")
    def parse_diag(self, body: dict[str, Any]) -> DiagInfo:
        s = _object(body, "statistics")
        return DiagInfo(
            collected_at=_time(s, "req_time"),
            since=_time(s, "req_time_start"),
            server_threads=_int(s, "server_thread_count"),
            agent_queue_size=_int(s, "agent_queue_size"),
            dbd_agent_queue_size=_int(s, "dbd_agent_queue_size"),
            jobs_submitted=_int(s, "jobs_submitted"),
            jobs_started=_int(s, "jobs_started"),
            jobs_completed=_int(s, "jobs_completed"),
            jobs_canceled=_int(s, "jobs_canceled"),
            jobs_failed=_int(s, "jobs_failed"),
            jobs_pending=_int(s, "jobs_pending"),
            jobs_running=_int(s, "jobs_running"),
            scheduler=SchedulerStats(
                cycles=_int(s, "schedule_cycle_total"),
                last_cycle_us=_int(s, "schedule_cycle_last"),
                max_cycle_us=_int(s, "schedule_cycle_max"),
                mean_cycle_us=_int(s, "schedule_cycle_mean"),
                cycles_per_minute=_int(s, "schedule_cycle_per_minute"),
                mean_depth=_int(s, "schedule_cycle_mean_depth"),
                queue_length=_int(s, "schedule_queue_length"),
            ),
            backfill=BackfillStats(
                active=_flag(s, "bf_active"),
                cycles=_int(s, "bf_cycle_counter"),
                last_cycle_us=_int(s, "bf_cycle_last"),
                max_cycle_us=_int(s, "bf_cycle_max"),
                mean_cycle_us=_int(s, "bf_cycle_mean"),
                backfilled_jobs=_int(s, "bf_backfilled_jobs"),
                last_backfilled_jobs=_int(s, "bf_last_backfilled_jobs"),
                backfilled_het_jobs=_int(s, "bf_backfilled_het_jobs"),
                last_cycle_at=_time(s, "bf_when_last_cycle"),
                mean_depth=_int(s, "bf_depth_mean"),
                queue_length=_int(s, "bf_queue_len"),
            ),
            rpcs_by_type=tuple(
                _rpc(r, "message_type", "type_id")
                for r in _records(s, "rpcs_by_message_type", where="statistics.rpcs_by_message_type")
            ),
            rpcs_by_user=tuple(
                _rpc(r, "user", "user_id") for r in _records(s, "rpcs_by_user", where="statistics.rpcs_by_user")
            ),
        )


# -- reading decoded JSON, checked ------------------------------------------------------------------------


def _object(body: Any, key: str) -> dict[str, Any]:
    value = body.get(key) if isinstance(body, dict) else None
    if not isinstance(value, dict):
        raise Malformed(f"{key!r} must be an object, got {show(value)}")
    return value


def _records(body: dict[str, Any], key: str, *, where: str = "") -> list[dict[str, Any]]:
    value = body.get(key)
    if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
        raise Malformed(f"{where or key!r} must be a list of objects, got {show(value)}")
    return value


def _get(record: dict[str, Any], path: str) -> Any:
    """``record["a"]["b"]`` for "a.b"; None when a key is missing or null; Malformed when a step is no object."""
    value: Any = record
    keys = path.split(".")
    for i, key in enumerate(keys):
        if value is None:
            return None
        if not isinstance(value, dict):
            raise Malformed(f"{'.'.join(keys[:i])} must be an object, got {show(value)}")
        value = value.get(key)
    return value


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _number(record: dict[str, Any], path: str) -> Any:
    """The field as sent if it is a number (plain or ``{set, infinite, number}``) or absent; else Malformed."""
    value = _get(record, path)
    if value is None or _is_number(value):
        return value
    if (
        isinstance(value, dict)
        and set(value) <= _WRAPPED
        and (value.get("number") is None or _is_number(value["number"]))
    ):
        return value
    raise Malformed(f"{path} must be a number, got {show(value)}")


def _int(record: dict[str, Any], path: str) -> int | None:
    """An int; None when absent, unset, infinite or one of Slurm's NO_VAL/INFINITE sentinels."""
    return unwrap_number(_number(record, path))


def _count(record: dict[str, Any], path: str) -> int:
    value = _int(record, path)
    if value is None:
        raise Malformed(f"{path} is missing (record keys: {show(sorted(record))})")
    return value


def _real(record: dict[str, Any], path: str) -> float | None:
    value = _number(record, path)
    if isinstance(value, dict):
        if value.get("infinite") or value.get("set", True) is False:
            return None
        value = value.get("number")
    return None if value is None else float(value)


def _time(record: dict[str, Any], path: str) -> datetime | None:
    return timestamp_to_datetime(_int(record, path))


def _text(record: dict[str, Any], path: str, *, required: bool = False) -> str:
    value = _get(record, path)
    if value is None or value == "":
        if required:
            raise Malformed(f"record without {path} (record keys: {show(sorted(record))})")
        return ""
    if isinstance(value, str) or _is_number(value):
        return str(value)
    raise Malformed(f"{path} must be a string, got {show(value)}")


def _name(record: dict[str, Any]) -> str:
    return _text(record, "name", required=True)


def _words(record: dict[str, Any], path: str) -> tuple[str, ...]:
    """A list of words, sent as a list or as one comma-separated string."""
    value = _get(record, path)
    if value is None:
        return ()
    if not isinstance(value, (str, list)) or (isinstance(value, list) and not all(isinstance(w, str) for w in value)):
        raise Malformed(f"{path} must be a list of strings, got {show(value)}")
    return state_words(value)


def _flag(record: dict[str, Any], path: str) -> bool:
    value = _get(record, path)
    if value is None or isinstance(value, bool) or (isinstance(value, int) and value in (0, 1)):
        return bool(value)
    raise Malformed(f"{path} must be true or false, got {show(value)}")


def _rpc(record: dict[str, Any], name_key: str, id_key: str) -> RpcStat:
    return RpcStat(
        name=_text(record, name_key),
        id=_int(record, id_key),
        count=_count(record, "count"),
        total_time_us=_int(record, "total_time"),
        average_time_us=_int(record, "average_time"),
    )
