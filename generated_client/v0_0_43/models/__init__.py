""" Contains all the data models used in inputs/outputs """

from .v0043_acct_gather_energy import V0043AcctGatherEnergy
from .v0043_assoc_shares_obj_wrap import V0043AssocSharesObjWrap
from .v0043_assoc_shares_obj_wrap_fairshare_type_0 import V0043AssocSharesObjWrapFairshareType0
from .v0043_assoc_shares_obj_wrap_tres_type_0 import V0043AssocSharesObjWrapTresType0
from .v0043_bf_exit_fields import V0043BfExitFields
from .v0043_controller_ping import V0043ControllerPing
from .v0043_cron_entry import V0043CronEntry
from .v0043_cron_entry_line_type_0 import V0043CronEntryLineType0
from .v0043_float_64_no_val_struct import V0043Float64NoValStruct
from .v0043_job_alloc_req import V0043JobAllocReq
from .v0043_job_array_response_msg_entry import V0043JobArrayResponseMsgEntry
from .v0043_job_desc_msg import V0043JobDescMsg
from .v0043_job_desc_msg_rlimits_type_0 import V0043JobDescMsgRlimitsType0
from .v0043_job_info import V0043JobInfo
from .v0043_job_info_power_type_0 import V0043JobInfoPowerType0
from .v0043_job_res import V0043JobRes
from .v0043_job_res_core import V0043JobResCore
from .v0043_job_res_node import V0043JobResNode
from .v0043_job_res_node_cpus_type_0 import V0043JobResNodeCpusType0
from .v0043_job_res_node_memory_type_0 import V0043JobResNodeMemoryType0
from .v0043_job_res_nodes_type_0 import V0043JobResNodesType0
from .v0043_job_res_socket import V0043JobResSocket
from .v0043_job_state_resp_job import V0043JobStateRespJob
from .v0043_job_submit_req import V0043JobSubmitReq
from .v0043_kill_jobs_msg import V0043KillJobsMsg
from .v0043_kill_jobs_resp_job import V0043KillJobsRespJob
from .v0043_kill_jobs_resp_job_error_type_0 import V0043KillJobsRespJobErrorType0
from .v0043_kill_jobs_resp_job_federation_type_0 import V0043KillJobsRespJobFederationType0
from .v0043_license import V0043License
from .v0043_node import V0043Node
from .v0043_node_external_sensors_type_0 import V0043NodeExternalSensorsType0
from .v0043_node_power_type_0 import V0043NodePowerType0
from .v0043_openapi_diag_resp import V0043OpenapiDiagResp
from .v0043_openapi_error import V0043OpenapiError
from .v0043_openapi_job_alloc_resp import V0043OpenapiJobAllocResp
from .v0043_openapi_job_info_resp import V0043OpenapiJobInfoResp
from .v0043_openapi_job_post_response import V0043OpenapiJobPostResponse
from .v0043_openapi_job_state_resp import V0043OpenapiJobStateResp
from .v0043_openapi_job_submit_response import V0043OpenapiJobSubmitResponse
from .v0043_openapi_kill_job_resp import V0043OpenapiKillJobResp
from .v0043_openapi_kill_jobs_resp import V0043OpenapiKillJobsResp
from .v0043_openapi_licenses_resp import V0043OpenapiLicensesResp
from .v0043_openapi_meta import V0043OpenapiMeta
from .v0043_openapi_meta_client_type_0 import V0043OpenapiMetaClientType0
from .v0043_openapi_meta_plugin_type_0 import V0043OpenapiMetaPluginType0
from .v0043_openapi_meta_slurm_type_0 import V0043OpenapiMetaSlurmType0
from .v0043_openapi_meta_slurm_type_0_version_type_0 import V0043OpenapiMetaSlurmType0VersionType0
from .v0043_openapi_nodes_resp import V0043OpenapiNodesResp
from .v0043_openapi_partition_resp import V0043OpenapiPartitionResp
from .v0043_openapi_ping_array_resp import V0043OpenapiPingArrayResp
from .v0043_openapi_reservation_mod_resp import V0043OpenapiReservationModResp
from .v0043_openapi_reservation_resp import V0043OpenapiReservationResp
from .v0043_openapi_resp import V0043OpenapiResp
from .v0043_openapi_shares_resp import V0043OpenapiSharesResp
from .v0043_openapi_warning import V0043OpenapiWarning
from .v0043_part_prio import V0043PartPrio
from .v0043_partition_info import V0043PartitionInfo
from .v0043_partition_info_accounts_type_0 import V0043PartitionInfoAccountsType0
from .v0043_partition_info_cpus_type_0 import V0043PartitionInfoCpusType0
from .v0043_partition_info_defaults_type_0 import V0043PartitionInfoDefaultsType0
from .v0043_partition_info_groups_type_0 import V0043PartitionInfoGroupsType0
from .v0043_partition_info_maximums_type_0 import V0043PartitionInfoMaximumsType0
from .v0043_partition_info_maximums_type_0_oversubscribe_type_0 import V0043PartitionInfoMaximumsType0OversubscribeType0
from .v0043_partition_info_minimums_type_0 import V0043PartitionInfoMinimumsType0
from .v0043_partition_info_nodes_type_0 import V0043PartitionInfoNodesType0
from .v0043_partition_info_partition_type_0 import V0043PartitionInfoPartitionType0
from .v0043_partition_info_priority_type_0 import V0043PartitionInfoPriorityType0
from .v0043_partition_info_qos_type_0 import V0043PartitionInfoQosType0
from .v0043_partition_info_timeouts_type_0 import V0043PartitionInfoTimeoutsType0
from .v0043_partition_info_tres_type_0 import V0043PartitionInfoTresType0
from .v0043_process_exit_code_verbose import V0043ProcessExitCodeVerbose
from .v0043_process_exit_code_verbose_signal_type_0 import V0043ProcessExitCodeVerboseSignalType0
from .v0043_reservation_core_spec import V0043ReservationCoreSpec
from .v0043_reservation_desc_msg import V0043ReservationDescMsg
from .v0043_reservation_desc_msg_purge_completed_type_0 import V0043ReservationDescMsgPurgeCompletedType0
from .v0043_reservation_info import V0043ReservationInfo
from .v0043_reservation_info_purge_completed_type_0 import V0043ReservationInfoPurgeCompletedType0
from .v0043_reservation_mod_req import V0043ReservationModReq
from .v0043_schedule_exit_fields import V0043ScheduleExitFields
from .v0043_shares_float_128_tres import V0043SharesFloat128Tres
from .v0043_shares_resp_msg import V0043SharesRespMsg
from .v0043_shares_uint_64_tres import V0043SharesUint64Tres
from .v0043_stats_msg import V0043StatsMsg
from .v0043_stats_msg_rpc_dump import V0043StatsMsgRpcDump
from .v0043_stats_msg_rpc_queue import V0043StatsMsgRpcQueue
from .v0043_stats_msg_rpc_type import V0043StatsMsgRpcType
from .v0043_stats_msg_rpc_user import V0043StatsMsgRpcUser
from .v0043_tres import V0043Tres
from .v0043_uint_16_no_val_struct import V0043Uint16NoValStruct
from .v0043_uint_32_no_val_struct import V0043Uint32NoValStruct
from .v0043_uint_64_no_val_struct import V0043Uint64NoValStruct
from .v0043_update_node_msg import V0043UpdateNodeMsg

__all__ = (
    "V0043AcctGatherEnergy",
    "V0043AssocSharesObjWrap",
    "V0043AssocSharesObjWrapFairshareType0",
    "V0043AssocSharesObjWrapTresType0",
    "V0043BfExitFields",
    "V0043ControllerPing",
    "V0043CronEntry",
    "V0043CronEntryLineType0",
    "V0043Float64NoValStruct",
    "V0043JobAllocReq",
    "V0043JobArrayResponseMsgEntry",
    "V0043JobDescMsg",
    "V0043JobDescMsgRlimitsType0",
    "V0043JobInfo",
    "V0043JobInfoPowerType0",
    "V0043JobRes",
    "V0043JobResCore",
    "V0043JobResNode",
    "V0043JobResNodeCpusType0",
    "V0043JobResNodeMemoryType0",
    "V0043JobResNodesType0",
    "V0043JobResSocket",
    "V0043JobStateRespJob",
    "V0043JobSubmitReq",
    "V0043KillJobsMsg",
    "V0043KillJobsRespJob",
    "V0043KillJobsRespJobErrorType0",
    "V0043KillJobsRespJobFederationType0",
    "V0043License",
    "V0043Node",
    "V0043NodeExternalSensorsType0",
    "V0043NodePowerType0",
    "V0043OpenapiDiagResp",
    "V0043OpenapiError",
    "V0043OpenapiJobAllocResp",
    "V0043OpenapiJobInfoResp",
    "V0043OpenapiJobPostResponse",
    "V0043OpenapiJobStateResp",
    "V0043OpenapiJobSubmitResponse",
    "V0043OpenapiKillJobResp",
    "V0043OpenapiKillJobsResp",
    "V0043OpenapiLicensesResp",
    "V0043OpenapiMeta",
    "V0043OpenapiMetaClientType0",
    "V0043OpenapiMetaPluginType0",
    "V0043OpenapiMetaSlurmType0",
    "V0043OpenapiMetaSlurmType0VersionType0",
    "V0043OpenapiNodesResp",
    "V0043OpenapiPartitionResp",
    "V0043OpenapiPingArrayResp",
    "V0043OpenapiReservationModResp",
    "V0043OpenapiReservationResp",
    "V0043OpenapiResp",
    "V0043OpenapiSharesResp",
    "V0043OpenapiWarning",
    "V0043PartitionInfo",
    "V0043PartitionInfoAccountsType0",
    "V0043PartitionInfoCpusType0",
    "V0043PartitionInfoDefaultsType0",
    "V0043PartitionInfoGroupsType0",
    "V0043PartitionInfoMaximumsType0",
    "V0043PartitionInfoMaximumsType0OversubscribeType0",
    "V0043PartitionInfoMinimumsType0",
    "V0043PartitionInfoNodesType0",
    "V0043PartitionInfoPartitionType0",
    "V0043PartitionInfoPriorityType0",
    "V0043PartitionInfoQosType0",
    "V0043PartitionInfoTimeoutsType0",
    "V0043PartitionInfoTresType0",
    "V0043PartPrio",
    "V0043ProcessExitCodeVerbose",
    "V0043ProcessExitCodeVerboseSignalType0",
    "V0043ReservationCoreSpec",
    "V0043ReservationDescMsg",
    "V0043ReservationDescMsgPurgeCompletedType0",
    "V0043ReservationInfo",
    "V0043ReservationInfoPurgeCompletedType0",
    "V0043ReservationModReq",
    "V0043ScheduleExitFields",
    "V0043SharesFloat128Tres",
    "V0043SharesRespMsg",
    "V0043SharesUint64Tres",
    "V0043StatsMsg",
    "V0043StatsMsgRpcDump",
    "V0043StatsMsgRpcQueue",
    "V0043StatsMsgRpcType",
    "V0043StatsMsgRpcUser",
    "V0043Tres",
    "V0043Uint16NoValStruct",
    "V0043Uint32NoValStruct",
    "V0043Uint64NoValStruct",
    "V0043UpdateNodeMsg",
)
