from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_slurmdb_purge_units import V0045SlurmdbPurgeUnits





T = TypeVar("T", bound="V0045SlurmdbdConf")



@_attrs_define
class V0045SlurmdbdConf:
    """ 
        Attributes:
            archive_dir (str | Unset): location to locally store data if not using a script
            archive_script (str | Unset): script to archive old data
            commit_delay (int | Unset): on busy systems, delay commits from slurmctld this many seconds
            dbd_addr (str | Unset): network address of Slurm DBD
            dbd_backup_host (str | Unset): hostname of Slurm DBD backup
            dbd_host (str | Unset): hostname of Slurm DBD
            dbd_port (int | Unset): port number for RPCs to DBD
            debug_level (str | Unset): debug level, default=3
            debug_level_syslog (str | Unset): output to both log file and syslog
            default_qos (str | Unset): default qos setting when adding clusters
            flags (list[str] | Unset): various flags, see DBD_CONF_FLAG_*
            log_file (str | Unset): fully qualified pathname of the slurmdbd log file (default unset; logs go to syslog)
            max_purge_limit (int | Unset): max number of records that are purged in a single query so that locks can be
                periodically released
            max_query_time_range (str | Unset): max time range for user queries (Time formatted as HH:MM:SS or D-HH:MM:SS)
            parameters (list[str] | Unset):
            persist_conn_flags (list[str] | Unset): flags to be sent back on any persist connection init
            pid_file (str | Unset): where to store current PID
            purge_event_after (None | Unset | V0045SlurmdbPurgeUnits): purge events older than this in hours, days, or
                months
            purge_job_after (None | Unset | V0045SlurmdbPurgeUnits): purge jobs older than this in hours, days, or months
            purge_job_env_after (None | Unset | V0045SlurmdbPurgeUnits): purge job environments older than this in hours,
                days, or months
            purge_job_script_after (None | Unset | V0045SlurmdbPurgeUnits): purge job scripts older than this in hours,
                days, or months
            purge_resv_after (None | Unset | V0045SlurmdbPurgeUnits): purge reservations older than this in hours, days, or
                months
            purge_step_after (None | Unset | V0045SlurmdbPurgeUnits): purge steps older than this in hours, days, or months
            purge_suspend_after (None | Unset | V0045SlurmdbPurgeUnits): purge suspend data older than this in hours, days,
                or months
            purge_txn_after (None | Unset | V0045SlurmdbPurgeUnits): purge transaction data older than this in hours, days,
                or months
            purge_usage_after (None | Unset | V0045SlurmdbPurgeUnits): purge usage data older than this in hours, days, or
                months
            storage_loc (str | Unset): name of the database where accounting records are written (default slurm_acct_db)
            storage_pass_script (str | Unset): path to executable script that emits ephemeral DB authentication tokens used
                in place of StoragePass
            storage_user (str | Unset): username used to connect to the accounting database (defaults to the user running
                slurmdbd)
            track_slurmctld_down (bool | Unset): whether or not to track when a slurmctld goes down
            track_wc_key (bool | Unset): whether or not to track WCKey
     """

    archive_dir: str | Unset = UNSET
    archive_script: str | Unset = UNSET
    commit_delay: int | Unset = UNSET
    dbd_addr: str | Unset = UNSET
    dbd_backup_host: str | Unset = UNSET
    dbd_host: str | Unset = UNSET
    dbd_port: int | Unset = UNSET
    debug_level: str | Unset = UNSET
    debug_level_syslog: str | Unset = UNSET
    default_qos: str | Unset = UNSET
    flags: list[str] | Unset = UNSET
    log_file: str | Unset = UNSET
    max_purge_limit: int | Unset = UNSET
    max_query_time_range: str | Unset = UNSET
    parameters: list[str] | Unset = UNSET
    persist_conn_flags: list[str] | Unset = UNSET
    pid_file: str | Unset = UNSET
    purge_event_after: None | Unset | V0045SlurmdbPurgeUnits = UNSET
    purge_job_after: None | Unset | V0045SlurmdbPurgeUnits = UNSET
    purge_job_env_after: None | Unset | V0045SlurmdbPurgeUnits = UNSET
    purge_job_script_after: None | Unset | V0045SlurmdbPurgeUnits = UNSET
    purge_resv_after: None | Unset | V0045SlurmdbPurgeUnits = UNSET
    purge_step_after: None | Unset | V0045SlurmdbPurgeUnits = UNSET
    purge_suspend_after: None | Unset | V0045SlurmdbPurgeUnits = UNSET
    purge_txn_after: None | Unset | V0045SlurmdbPurgeUnits = UNSET
    purge_usage_after: None | Unset | V0045SlurmdbPurgeUnits = UNSET
    storage_loc: str | Unset = UNSET
    storage_pass_script: str | Unset = UNSET
    storage_user: str | Unset = UNSET
    track_slurmctld_down: bool | Unset = UNSET
    track_wc_key: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_slurmdb_purge_units import V0045SlurmdbPurgeUnits # noqa: PLC0415
        archive_dir = self.archive_dir

        archive_script = self.archive_script

        commit_delay = self.commit_delay

        dbd_addr = self.dbd_addr

        dbd_backup_host = self.dbd_backup_host

        dbd_host = self.dbd_host

        dbd_port = self.dbd_port

        debug_level = self.debug_level

        debug_level_syslog = self.debug_level_syslog

        default_qos = self.default_qos

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        log_file = self.log_file

        max_purge_limit = self.max_purge_limit

        max_query_time_range = self.max_query_time_range

        parameters: list[str] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters



        persist_conn_flags: list[str] | Unset = UNSET
        if not isinstance(self.persist_conn_flags, Unset):
            persist_conn_flags = self.persist_conn_flags



        pid_file = self.pid_file

        purge_event_after: dict[str, Any] | None | Unset
        if isinstance(self.purge_event_after, Unset):
            purge_event_after = UNSET
        elif isinstance(self.purge_event_after, V0045SlurmdbPurgeUnits):
            purge_event_after = self.purge_event_after.to_dict()
        else:
            purge_event_after = self.purge_event_after

        purge_job_after: dict[str, Any] | None | Unset
        if isinstance(self.purge_job_after, Unset):
            purge_job_after = UNSET
        elif isinstance(self.purge_job_after, V0045SlurmdbPurgeUnits):
            purge_job_after = self.purge_job_after.to_dict()
        else:
            purge_job_after = self.purge_job_after

        purge_job_env_after: dict[str, Any] | None | Unset
        if isinstance(self.purge_job_env_after, Unset):
            purge_job_env_after = UNSET
        elif isinstance(self.purge_job_env_after, V0045SlurmdbPurgeUnits):
            purge_job_env_after = self.purge_job_env_after.to_dict()
        else:
            purge_job_env_after = self.purge_job_env_after

        purge_job_script_after: dict[str, Any] | None | Unset
        if isinstance(self.purge_job_script_after, Unset):
            purge_job_script_after = UNSET
        elif isinstance(self.purge_job_script_after, V0045SlurmdbPurgeUnits):
            purge_job_script_after = self.purge_job_script_after.to_dict()
        else:
            purge_job_script_after = self.purge_job_script_after

        purge_resv_after: dict[str, Any] | None | Unset
        if isinstance(self.purge_resv_after, Unset):
            purge_resv_after = UNSET
        elif isinstance(self.purge_resv_after, V0045SlurmdbPurgeUnits):
            purge_resv_after = self.purge_resv_after.to_dict()
        else:
            purge_resv_after = self.purge_resv_after

        purge_step_after: dict[str, Any] | None | Unset
        if isinstance(self.purge_step_after, Unset):
            purge_step_after = UNSET
        elif isinstance(self.purge_step_after, V0045SlurmdbPurgeUnits):
            purge_step_after = self.purge_step_after.to_dict()
        else:
            purge_step_after = self.purge_step_after

        purge_suspend_after: dict[str, Any] | None | Unset
        if isinstance(self.purge_suspend_after, Unset):
            purge_suspend_after = UNSET
        elif isinstance(self.purge_suspend_after, V0045SlurmdbPurgeUnits):
            purge_suspend_after = self.purge_suspend_after.to_dict()
        else:
            purge_suspend_after = self.purge_suspend_after

        purge_txn_after: dict[str, Any] | None | Unset
        if isinstance(self.purge_txn_after, Unset):
            purge_txn_after = UNSET
        elif isinstance(self.purge_txn_after, V0045SlurmdbPurgeUnits):
            purge_txn_after = self.purge_txn_after.to_dict()
        else:
            purge_txn_after = self.purge_txn_after

        purge_usage_after: dict[str, Any] | None | Unset
        if isinstance(self.purge_usage_after, Unset):
            purge_usage_after = UNSET
        elif isinstance(self.purge_usage_after, V0045SlurmdbPurgeUnits):
            purge_usage_after = self.purge_usage_after.to_dict()
        else:
            purge_usage_after = self.purge_usage_after

        storage_loc = self.storage_loc

        storage_pass_script = self.storage_pass_script

        storage_user = self.storage_user

        track_slurmctld_down = self.track_slurmctld_down

        track_wc_key = self.track_wc_key


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if archive_dir is not UNSET:
            field_dict["ArchiveDir"] = archive_dir
        if archive_script is not UNSET:
            field_dict["ArchiveScript"] = archive_script
        if commit_delay is not UNSET:
            field_dict["CommitDelay"] = commit_delay
        if dbd_addr is not UNSET:
            field_dict["DbdAddr"] = dbd_addr
        if dbd_backup_host is not UNSET:
            field_dict["DbdBackupHost"] = dbd_backup_host
        if dbd_host is not UNSET:
            field_dict["DbdHost"] = dbd_host
        if dbd_port is not UNSET:
            field_dict["DbdPort"] = dbd_port
        if debug_level is not UNSET:
            field_dict["DebugLevel"] = debug_level
        if debug_level_syslog is not UNSET:
            field_dict["DebugLevelSyslog"] = debug_level_syslog
        if default_qos is not UNSET:
            field_dict["DefaultQOS"] = default_qos
        if flags is not UNSET:
            field_dict["Flags"] = flags
        if log_file is not UNSET:
            field_dict["LogFile"] = log_file
        if max_purge_limit is not UNSET:
            field_dict["MaxPurgeLimit"] = max_purge_limit
        if max_query_time_range is not UNSET:
            field_dict["MaxQueryTimeRange"] = max_query_time_range
        if parameters is not UNSET:
            field_dict["Parameters"] = parameters
        if persist_conn_flags is not UNSET:
            field_dict["PersistConnFlags"] = persist_conn_flags
        if pid_file is not UNSET:
            field_dict["PidFile"] = pid_file
        if purge_event_after is not UNSET:
            field_dict["PurgeEventAfter"] = purge_event_after
        if purge_job_after is not UNSET:
            field_dict["PurgeJobAfter"] = purge_job_after
        if purge_job_env_after is not UNSET:
            field_dict["PurgeJobEnvAfter"] = purge_job_env_after
        if purge_job_script_after is not UNSET:
            field_dict["PurgeJobScriptAfter"] = purge_job_script_after
        if purge_resv_after is not UNSET:
            field_dict["PurgeResvAfter"] = purge_resv_after
        if purge_step_after is not UNSET:
            field_dict["PurgeStepAfter"] = purge_step_after
        if purge_suspend_after is not UNSET:
            field_dict["PurgeSuspendAfter"] = purge_suspend_after
        if purge_txn_after is not UNSET:
            field_dict["PurgeTXNAfter"] = purge_txn_after
        if purge_usage_after is not UNSET:
            field_dict["PurgeUsageAfter"] = purge_usage_after
        if storage_loc is not UNSET:
            field_dict["StorageLoc"] = storage_loc
        if storage_pass_script is not UNSET:
            field_dict["StoragePassScript"] = storage_pass_script
        if storage_user is not UNSET:
            field_dict["StorageUser"] = storage_user
        if track_slurmctld_down is not UNSET:
            field_dict["TrackSlurmctldDown"] = track_slurmctld_down
        if track_wc_key is not UNSET:
            field_dict["TrackWCKey"] = track_wc_key

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_slurmdb_purge_units import V0045SlurmdbPurgeUnits # noqa: PLC0415
        d = dict(src_dict)
        archive_dir = d.pop("ArchiveDir", UNSET)

        archive_script = d.pop("ArchiveScript", UNSET)

        commit_delay = d.pop("CommitDelay", UNSET)

        dbd_addr = d.pop("DbdAddr", UNSET)

        dbd_backup_host = d.pop("DbdBackupHost", UNSET)

        dbd_host = d.pop("DbdHost", UNSET)

        dbd_port = d.pop("DbdPort", UNSET)

        debug_level = d.pop("DebugLevel", UNSET)

        debug_level_syslog = d.pop("DebugLevelSyslog", UNSET)

        default_qos = d.pop("DefaultQOS", UNSET)

        flags = cast(list[str], d.pop("Flags", UNSET))


        log_file = d.pop("LogFile", UNSET)

        max_purge_limit = d.pop("MaxPurgeLimit", UNSET)

        max_query_time_range = d.pop("MaxQueryTimeRange", UNSET)

        parameters = cast(list[str], d.pop("Parameters", UNSET))


        persist_conn_flags = cast(list[str], d.pop("PersistConnFlags", UNSET))


        pid_file = d.pop("PidFile", UNSET)

        def _parse_purge_event_after(data: object) -> None | Unset | V0045SlurmdbPurgeUnits:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                purge_event_after_type_0 = V0045SlurmdbPurgeUnits.from_dict(data)



                return purge_event_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045SlurmdbPurgeUnits, data)

        purge_event_after = _parse_purge_event_after(d.pop("PurgeEventAfter", UNSET))


        def _parse_purge_job_after(data: object) -> None | Unset | V0045SlurmdbPurgeUnits:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                purge_job_after_type_0 = V0045SlurmdbPurgeUnits.from_dict(data)



                return purge_job_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045SlurmdbPurgeUnits, data)

        purge_job_after = _parse_purge_job_after(d.pop("PurgeJobAfter", UNSET))


        def _parse_purge_job_env_after(data: object) -> None | Unset | V0045SlurmdbPurgeUnits:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                purge_job_env_after_type_0 = V0045SlurmdbPurgeUnits.from_dict(data)



                return purge_job_env_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045SlurmdbPurgeUnits, data)

        purge_job_env_after = _parse_purge_job_env_after(d.pop("PurgeJobEnvAfter", UNSET))


        def _parse_purge_job_script_after(data: object) -> None | Unset | V0045SlurmdbPurgeUnits:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                purge_job_script_after_type_0 = V0045SlurmdbPurgeUnits.from_dict(data)



                return purge_job_script_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045SlurmdbPurgeUnits, data)

        purge_job_script_after = _parse_purge_job_script_after(d.pop("PurgeJobScriptAfter", UNSET))


        def _parse_purge_resv_after(data: object) -> None | Unset | V0045SlurmdbPurgeUnits:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                purge_resv_after_type_0 = V0045SlurmdbPurgeUnits.from_dict(data)



                return purge_resv_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045SlurmdbPurgeUnits, data)

        purge_resv_after = _parse_purge_resv_after(d.pop("PurgeResvAfter", UNSET))


        def _parse_purge_step_after(data: object) -> None | Unset | V0045SlurmdbPurgeUnits:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                purge_step_after_type_0 = V0045SlurmdbPurgeUnits.from_dict(data)



                return purge_step_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045SlurmdbPurgeUnits, data)

        purge_step_after = _parse_purge_step_after(d.pop("PurgeStepAfter", UNSET))


        def _parse_purge_suspend_after(data: object) -> None | Unset | V0045SlurmdbPurgeUnits:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                purge_suspend_after_type_0 = V0045SlurmdbPurgeUnits.from_dict(data)



                return purge_suspend_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045SlurmdbPurgeUnits, data)

        purge_suspend_after = _parse_purge_suspend_after(d.pop("PurgeSuspendAfter", UNSET))


        def _parse_purge_txn_after(data: object) -> None | Unset | V0045SlurmdbPurgeUnits:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                purge_txn_after_type_0 = V0045SlurmdbPurgeUnits.from_dict(data)



                return purge_txn_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045SlurmdbPurgeUnits, data)

        purge_txn_after = _parse_purge_txn_after(d.pop("PurgeTXNAfter", UNSET))


        def _parse_purge_usage_after(data: object) -> None | Unset | V0045SlurmdbPurgeUnits:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                purge_usage_after_type_0 = V0045SlurmdbPurgeUnits.from_dict(data)



                return purge_usage_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045SlurmdbPurgeUnits, data)

        purge_usage_after = _parse_purge_usage_after(d.pop("PurgeUsageAfter", UNSET))


        storage_loc = d.pop("StorageLoc", UNSET)

        storage_pass_script = d.pop("StoragePassScript", UNSET)

        storage_user = d.pop("StorageUser", UNSET)

        track_slurmctld_down = d.pop("TrackSlurmctldDown", UNSET)

        track_wc_key = d.pop("TrackWCKey", UNSET)

        v0045_slurmdbd_conf = cls(
            archive_dir=archive_dir,
            archive_script=archive_script,
            commit_delay=commit_delay,
            dbd_addr=dbd_addr,
            dbd_backup_host=dbd_backup_host,
            dbd_host=dbd_host,
            dbd_port=dbd_port,
            debug_level=debug_level,
            debug_level_syslog=debug_level_syslog,
            default_qos=default_qos,
            flags=flags,
            log_file=log_file,
            max_purge_limit=max_purge_limit,
            max_query_time_range=max_query_time_range,
            parameters=parameters,
            persist_conn_flags=persist_conn_flags,
            pid_file=pid_file,
            purge_event_after=purge_event_after,
            purge_job_after=purge_job_after,
            purge_job_env_after=purge_job_env_after,
            purge_job_script_after=purge_job_script_after,
            purge_resv_after=purge_resv_after,
            purge_step_after=purge_step_after,
            purge_suspend_after=purge_suspend_after,
            purge_txn_after=purge_txn_after,
            purge_usage_after=purge_usage_after,
            storage_loc=storage_loc,
            storage_pass_script=storage_pass_script,
            storage_user=storage_user,
            track_slurmctld_down=track_slurmctld_down,
            track_wc_key=track_wc_key,
        )


        v0045_slurmdbd_conf.additional_properties = d
        return v0045_slurmdbd_conf

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
