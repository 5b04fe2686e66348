""" Contains all the data models used in inputs/outputs """

from .v0042_acct_gather_energy import V0042AcctGatherEnergy
from .v0042_assoc_shares_obj_wrap import V0042AssocSharesObjWrap
from .v0042_assoc_shares_obj_wrap_fairshare_type_0 import V0042AssocSharesObjWrapFairshareType0
from .v0042_assoc_shares_obj_wrap_tres_type_0 import V0042AssocSharesObjWrapTresType0
from .v0042_bf_exit_fields import V0042BfExitFields
from .v0042_controller_ping import V0042ControllerPing
from .v0042_cron_entry import V0042CronEntry
from .v0042_cron_entry_line_type_0 import V0042CronEntryLineType0
from .v0042_float_64_no_val_struct import V0042Float64NoValStruct
from .v0042_job_alloc_req import V0042JobAllocReq
from .v0042_job_array_response_msg_entry import V0042JobArrayResponseMsgEntry
from .v0042_job_desc_msg import V0042JobDescMsg
from .v0042_job_desc_msg_rlimits_type_0 import V0042JobDescMsgRlimitsType0
from .v0042_job_info import V0042JobInfo
from .v0042_job_info_power_type_0 import V0042JobInfoPowerType0
from .v0042_job_res import V0042JobRes
from .v0042_job_res_core import V0042JobResCore
from .v0042_job_res_node import V0042JobResNode
from .v0042_job_res_node_cpus_type_0 import V0042JobResNodeCpusType0
from .v0042_job_res_node_memory_type_0 import V0042JobResNodeMemoryType0
from .v0042_job_res_nodes_type_0 import V0042JobResNodesType0
from .v0042_job_res_socket import V0042JobResSocket
from .v0042_job_state_resp_job import V0042JobStateRespJob
from .v0042_job_submit_req import V0042JobSubmitReq
from .v0042_kill_jobs_msg import V0042KillJobsMsg
from .v0042_kill_jobs_resp_job import V0042KillJobsRespJob
from .v0042_kill_jobs_resp_job_error_type_0 import V0042KillJobsRespJobErrorType0
from .v0042_kill_jobs_resp_job_federation_type_0 import V0042KillJobsRespJobFederationType0
from .v0042_license import V0042License
from .v0042_node import V0042Node
from .v0042_node_external_sensors_type_0 import V0042NodeExternalSensorsType0
from .v0042_node_power_type_0 import V0042NodePowerType0
from .v0042_openapi_diag_resp import V0042OpenapiDiagResp
from .v0042_openapi_error import V0042OpenapiError
from .v0042_openapi_job_alloc_resp import V0042OpenapiJobAllocResp
from .v0042_openapi_job_info_resp import V0042OpenapiJobInfoResp
from .v0042_openapi_job_post_response import V0042OpenapiJobPostResponse
from .v0042_openapi_job_state_resp import V0042OpenapiJobStateResp
from .v0042_openapi_job_submit_response import V0042OpenapiJobSubmitResponse
from .v0042_openapi_kill_job_resp import V0042OpenapiKillJobResp
from .v0042_openapi_kill_jobs_resp import V0042OpenapiKillJobsResp
from .v0042_openapi_licenses_resp import V0042OpenapiLicensesResp
from .v0042_openapi_meta import V0042OpenapiMeta
from .v0042_openapi_meta_client_type_0 import V0042OpenapiMetaClientType0
from .v0042_openapi_meta_plugin_type_0 import V0042OpenapiMetaPluginType0
from .v0042_openapi_meta_slurm_type_0 import V0042OpenapiMetaSlurmType0
from .v0042_openapi_meta_slurm_type_0_version_type_0 import V0042OpenapiMetaSlurmType0VersionType0
from .v0042_openapi_nodes_resp import V0042OpenapiNodesResp
from .v0042_openapi_partition_resp import V0042OpenapiPartitionResp
from .v0042_openapi_ping_array_resp import V0042OpenapiPingArrayResp
from .v0042_openapi_reservation_resp import V0042OpenapiReservationResp
from .v0042_openapi_resp import V0042OpenapiResp
from .v0042_openapi_shares_resp import V0042OpenapiSharesResp
from .v0042_openapi_warning import V0042OpenapiWarning
from .v0042_part_prio import V0042PartPrio
from .v0042_partition_info import V0042PartitionInfo
from .v0042_partition_info_accounts_type_0 import V0042PartitionInfoAccountsType0
from .v0042_partition_info_cpus_type_0 import V0042PartitionInfoCpusType0
from .v0042_partition_info_defaults_type_0 import V0042PartitionInfoDefaultsType0
from .v0042_partition_info_groups_type_0 import V0042PartitionInfoGroupsType0
from .v0042_partition_info_maximums_type_0 import V0042PartitionInfoMaximumsType0
from .v0042_partition_info_maximums_type_0_oversubscribe_type_0 import V0042PartitionInfoMaximumsType0OversubscribeType0
from .v0042_partition_info_minimums_type_0 import V0042PartitionInfoMinimumsType0
from .v0042_partition_info_nodes_type_0 import V0042PartitionInfoNodesType0
from .v0042_partition_info_partition_type_0 import V0042PartitionInfoPartitionType0
from .v0042_partition_info_priority_type_0 import V0042PartitionInfoPriorityType0
from .v0042_partition_info_qos_type_0 import V0042PartitionInfoQosType0
from .v0042_partition_info_timeouts_type_0 import V0042PartitionInfoTimeoutsType0
from .v0042_partition_info_tres_type_0 import V0042PartitionInfoTresType0
from .v0042_process_exit_code_verbose import V0042ProcessExitCodeVerbose
from .v0042_process_exit_code_verbose_signal_type_0 import V0042ProcessExitCodeVerboseSignalType0
from .v0042_reservation_core_spec import V0042ReservationCoreSpec
from .v0042_reservation_info import V0042ReservationInfo
from .v0042_reservation_info_purge_completed_type_0 import V0042ReservationInfoPurgeCompletedType0
from .v0042_schedule_exit_fields import V0042ScheduleExitFields
from .v0042_shares_float_128_tres import V0042SharesFloat128Tres
from .v0042_shares_resp_msg import V0042SharesRespMsg
from .v0042_shares_uint_64_tres import V0042SharesUint64Tres
from .v0042_stats_msg import V0042StatsMsg
from .v0042_stats_msg_rpc_dump import V0042StatsMsgRpcDump
from .v0042_stats_msg_rpc_queue import V0042StatsMsgRpcQueue
from .v0042_stats_msg_rpc_type import V0042StatsMsgRpcType
from .v0042_stats_msg_rpc_user import V0042StatsMsgRpcUser
from .v0042_uint_16_no_val_struct import V0042Uint16NoValStruct
from .v0042_uint_32_no_val_struct import V0042Uint32NoValStruct
from .v0042_uint_64_no_val_struct import V0042Uint64NoValStruct
from .v0042_update_node_msg import V0042UpdateNodeMsg

__all__ = (
    "V0042AcctGatherEnergy",
    "V0042AssocSharesObjWrap",
    "V0042AssocSharesObjWrapFairshareType0",
    "V0042AssocSharesObjWrapTresType0",
    "V0042BfExitFields",
    "V0042ControllerPing",
    "V0042CronEntry",
    "V0042CronEntryLineType0",
    "V0042Float64NoValStruct",
    "V0042JobAllocReq",
    "V0042JobArrayResponseMsgEntry",
    "V0042JobDescMsg",
    "V0042JobDescMsgRlimitsType0",
    "V0042JobInfo",
    "V0042JobInfoPowerType0",
    "V0042JobRes",
    "V0042JobResCore",
    "V0042JobResNode",
    "V0042JobResNodeCpusType0",
    "V0042JobResNodeMemoryType0",
    "V0042JobResNodesType0",
    "V0042JobResSocket",
    "V0042JobStateRespJob",
    "V0042JobSubmitReq",
    "V0042KillJobsMsg",
    "V0042KillJobsRespJob",
    "V0042KillJobsRespJobErrorType0",
    "V0042KillJobsRespJobFederationType0",
    "V0042License",
    "V0042Node",
    "V0042NodeExternalSensorsType0",
    "V0042NodePowerType0",
    "V0042OpenapiDiagResp",
    "V0042OpenapiError",
    "V0042OpenapiJobAllocResp",
    "V0042OpenapiJobInfoResp",
    "V0042OpenapiJobPostResponse",
    "V0042OpenapiJobStateResp",
    "V0042OpenapiJobSubmitResponse",
    "V0042OpenapiKillJobResp",
    "V0042OpenapiKillJobsResp",
    "V0042OpenapiLicensesResp",
    "V0042OpenapiMeta",
    "V0042OpenapiMetaClientType0",
    "V0042OpenapiMetaPluginType0",
    "V0042OpenapiMetaSlurmType0",
    "V0042OpenapiMetaSlurmType0VersionType0",
    "V0042OpenapiNodesResp",
    "V0042OpenapiPartitionResp",
    "V0042OpenapiPingArrayResp",
    "V0042OpenapiReservationResp",
    "V0042OpenapiResp",
    "V0042OpenapiSharesResp",
    "V0042OpenapiWarning",
    "V0042PartitionInfo",
    "V0042PartitionInfoAccountsType0",
    "V0042PartitionInfoCpusType0",
    "V0042PartitionInfoDefaultsType0",
    "V0042PartitionInfoGroupsType0",
    "V0042PartitionInfoMaximumsType0",
    "V0042PartitionInfoMaximumsType0OversubscribeType0",
    "V0042PartitionInfoMinimumsType0",
    "V0042PartitionInfoNodesType0",
    "V0042PartitionInfoPartitionType0",
    "V0042PartitionInfoPriorityType0",
    "V0042PartitionInfoQosType0",
    "V0042PartitionInfoTimeoutsType0",
    "V0042PartitionInfoTresType0",
    "V0042PartPrio",
    "V0042ProcessExitCodeVerbose",
    "V0042ProcessExitCodeVerboseSignalType0",
    "V0042ReservationCoreSpec",
    "V0042ReservationInfo",
    "V0042ReservationInfoPurgeCompletedType0",
    "V0042ScheduleExitFields",
    "V0042SharesFloat128Tres",
    "V0042SharesRespMsg",
    "V0042SharesUint64Tres",
    "V0042StatsMsg",
    "V0042StatsMsgRpcDump",
    "V0042StatsMsgRpcQueue",
    "V0042StatsMsgRpcType",
    "V0042StatsMsgRpcUser",
    "V0042Uint16NoValStruct",
    "V0042Uint32NoValStruct",
    "V0042Uint64NoValStruct",
    "V0042UpdateNodeMsg",
)
