""" Contains all the data models used in inputs/outputs """

from .v0040_acct_gather_energy import V0040AcctGatherEnergy
from .v0040_assoc_shares_obj_wrap import V0040AssocSharesObjWrap
from .v0040_assoc_shares_obj_wrap_fairshare_type_0 import V0040AssocSharesObjWrapFairshareType0
from .v0040_assoc_shares_obj_wrap_tres_type_0 import V0040AssocSharesObjWrapTresType0
from .v0040_bf_exit_fields import V0040BfExitFields
from .v0040_controller_ping import V0040ControllerPing
from .v0040_cron_entry import V0040CronEntry
from .v0040_cron_entry_line_type_0 import V0040CronEntryLineType0
from .v0040_ext_sensors_data import V0040ExtSensorsData
from .v0040_float_64_no_val import V0040Float64NoVal
from .v0040_job_array_response_msg_entry import V0040JobArrayResponseMsgEntry
from .v0040_job_desc_msg import V0040JobDescMsg
from .v0040_job_desc_msg_rlimits_type_0 import V0040JobDescMsgRlimitsType0
from .v0040_job_info import V0040JobInfo
from .v0040_job_info_power_type_0 import V0040JobInfoPowerType0
from .v0040_job_res import V0040JobRes
from .v0040_job_state_resp_job import V0040JobStateRespJob
from .v0040_job_submit_req import V0040JobSubmitReq
from .v0040_job_submit_response_msg import V0040JobSubmitResponseMsg
from .v0040_kill_jobs_msg import V0040KillJobsMsg
from .v0040_kill_jobs_resp_job import V0040KillJobsRespJob
from .v0040_kill_jobs_resp_job_error_type_0 import V0040KillJobsRespJobErrorType0
from .v0040_kill_jobs_resp_job_federation_type_0 import V0040KillJobsRespJobFederationType0
from .v0040_license import V0040License
from .v0040_node import V0040Node
from .v0040_openapi_diag_resp import V0040OpenapiDiagResp
from .v0040_openapi_error import V0040OpenapiError
from .v0040_openapi_job_info_resp import V0040OpenapiJobInfoResp
from .v0040_openapi_job_post_response import V0040OpenapiJobPostResponse
from .v0040_openapi_job_state_resp import V0040OpenapiJobStateResp
from .v0040_openapi_job_submit_response import V0040OpenapiJobSubmitResponse
from .v0040_openapi_kill_jobs_resp import V0040OpenapiKillJobsResp
from .v0040_openapi_licenses_resp import V0040OpenapiLicensesResp
from .v0040_openapi_meta import V0040OpenapiMeta
from .v0040_openapi_meta_client_type_0 import V0040OpenapiMetaClientType0
from .v0040_openapi_meta_plugin_type_0 import V0040OpenapiMetaPluginType0
from .v0040_openapi_meta_slurm_type_0 import V0040OpenapiMetaSlurmType0
from .v0040_openapi_meta_slurm_type_0_version_type_0 import V0040OpenapiMetaSlurmType0VersionType0
from .v0040_openapi_nodes_resp import V0040OpenapiNodesResp
from .v0040_openapi_partition_resp import V0040OpenapiPartitionResp
from .v0040_openapi_ping_array_resp import V0040OpenapiPingArrayResp
from .v0040_openapi_reservation_resp import V0040OpenapiReservationResp
from .v0040_openapi_resp import V0040OpenapiResp
from .v0040_openapi_shares_resp import V0040OpenapiSharesResp
from .v0040_openapi_warning import V0040OpenapiWarning
from .v0040_partition_info import V0040PartitionInfo
from .v0040_partition_info_accounts_type_0 import V0040PartitionInfoAccountsType0
from .v0040_partition_info_cpus_type_0 import V0040PartitionInfoCpusType0
from .v0040_partition_info_defaults_type_0 import V0040PartitionInfoDefaultsType0
from .v0040_partition_info_groups_type_0 import V0040PartitionInfoGroupsType0
from .v0040_partition_info_maximums_type_0 import V0040PartitionInfoMaximumsType0
from .v0040_partition_info_maximums_type_0_oversubscribe_type_0 import V0040PartitionInfoMaximumsType0OversubscribeType0
from .v0040_partition_info_minimums_type_0 import V0040PartitionInfoMinimumsType0
from .v0040_partition_info_nodes_type_0 import V0040PartitionInfoNodesType0
from .v0040_partition_info_partition_type_0 import V0040PartitionInfoPartitionType0
from .v0040_partition_info_priority_type_0 import V0040PartitionInfoPriorityType0
from .v0040_partition_info_qos_type_0 import V0040PartitionInfoQosType0
from .v0040_partition_info_timeouts_type_0 import V0040PartitionInfoTimeoutsType0
from .v0040_partition_info_tres_type_0 import V0040PartitionInfoTresType0
from .v0040_power_mgmt_data import V0040PowerMgmtData
from .v0040_process_exit_code_verbose import V0040ProcessExitCodeVerbose
from .v0040_process_exit_code_verbose_signal_type_0 import V0040ProcessExitCodeVerboseSignalType0
from .v0040_reservation_core_spec import V0040ReservationCoreSpec
from .v0040_reservation_info import V0040ReservationInfo
from .v0040_reservation_info_purge_completed_type_0 import V0040ReservationInfoPurgeCompletedType0
from .v0040_schedule_exit_fields import V0040ScheduleExitFields
from .v0040_shares_float_128_tres import V0040SharesFloat128Tres
from .v0040_shares_resp_msg import V0040SharesRespMsg
from .v0040_shares_uint_64_tres import V0040SharesUint64Tres
from .v0040_stats_msg import V0040StatsMsg
from .v0040_stats_msg_rpcs_by_type_item import V0040StatsMsgRpcsByTypeItem
from .v0040_stats_msg_rpcs_by_user_item import V0040StatsMsgRpcsByUserItem
from .v0040_uint_16_no_val import V0040Uint16NoVal
from .v0040_uint_32_no_val import V0040Uint32NoVal
from .v0040_uint_64_no_val import V0040Uint64NoVal
from .v0040_update_node_msg import V0040UpdateNodeMsg

__all__ = (
    "V0040AcctGatherEnergy",
    "V0040AssocSharesObjWrap",
    "V0040AssocSharesObjWrapFairshareType0",
    "V0040AssocSharesObjWrapTresType0",
    "V0040BfExitFields",
    "V0040ControllerPing",
    "V0040CronEntry",
    "V0040CronEntryLineType0",
    "V0040ExtSensorsData",
    "V0040Float64NoVal",
    "V0040JobArrayResponseMsgEntry",
    "V0040JobDescMsg",
    "V0040JobDescMsgRlimitsType0",
    "V0040JobInfo",
    "V0040JobInfoPowerType0",
    "V0040JobRes",
    "V0040JobStateRespJob",
    "V0040JobSubmitReq",
    "V0040JobSubmitResponseMsg",
    "V0040KillJobsMsg",
    "V0040KillJobsRespJob",
    "V0040KillJobsRespJobErrorType0",
    "V0040KillJobsRespJobFederationType0",
    "V0040License",
    "V0040Node",
    "V0040OpenapiDiagResp",
    "V0040OpenapiError",
    "V0040OpenapiJobInfoResp",
    "V0040OpenapiJobPostResponse",
    "V0040OpenapiJobStateResp",
    "V0040OpenapiJobSubmitResponse",
    "V0040OpenapiKillJobsResp",
    "V0040OpenapiLicensesResp",
    "V0040OpenapiMeta",
    "V0040OpenapiMetaClientType0",
    "V0040OpenapiMetaPluginType0",
    "V0040OpenapiMetaSlurmType0",
    "V0040OpenapiMetaSlurmType0VersionType0",
    "V0040OpenapiNodesResp",
    "V0040OpenapiPartitionResp",
    "V0040OpenapiPingArrayResp",
    "V0040OpenapiReservationResp",
    "V0040OpenapiResp",
    "V0040OpenapiSharesResp",
    "V0040OpenapiWarning",
    "V0040PartitionInfo",
    "V0040PartitionInfoAccountsType0",
    "V0040PartitionInfoCpusType0",
    "V0040PartitionInfoDefaultsType0",
    "V0040PartitionInfoGroupsType0",
    "V0040PartitionInfoMaximumsType0",
    "V0040PartitionInfoMaximumsType0OversubscribeType0",
    "V0040PartitionInfoMinimumsType0",
    "V0040PartitionInfoNodesType0",
    "V0040PartitionInfoPartitionType0",
    "V0040PartitionInfoPriorityType0",
    "V0040PartitionInfoQosType0",
    "V0040PartitionInfoTimeoutsType0",
    "V0040PartitionInfoTresType0",
    "V0040PowerMgmtData",
    "V0040ProcessExitCodeVerbose",
    "V0040ProcessExitCodeVerboseSignalType0",
    "V0040ReservationCoreSpec",
    "V0040ReservationInfo",
    "V0040ReservationInfoPurgeCompletedType0",
    "V0040ScheduleExitFields",
    "V0040SharesFloat128Tres",
    "V0040SharesRespMsg",
    "V0040SharesUint64Tres",
    "V0040StatsMsg",
    "V0040StatsMsgRpcsByTypeItem",
    "V0040StatsMsgRpcsByUserItem",
    "V0040Uint16NoVal",
    "V0040Uint32NoVal",
    "V0040Uint64NoVal",
    "V0040UpdateNodeMsg",
)
