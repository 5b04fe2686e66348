""" Contains all the data models used in inputs/outputs """

from .v0044_acct_gather_energy import V0044AcctGatherEnergy
from .v0044_assoc_shares_obj_wrap import V0044AssocSharesObjWrap
from .v0044_assoc_shares_obj_wrap_fairshare_type_0 import V0044AssocSharesObjWrapFairshareType0
from .v0044_assoc_shares_obj_wrap_tres_type_0 import V0044AssocSharesObjWrapTresType0
from .v0044_bf_exit_fields import V0044BfExitFields
from .v0044_controller_ping import V0044ControllerPing
from .v0044_cron_entry import V0044CronEntry
from .v0044_cron_entry_line_type_0 import V0044CronEntryLineType0
from .v0044_float_64_no_val_struct import V0044Float64NoValStruct
from .v0044_job_alloc_req import V0044JobAllocReq
from .v0044_job_array_response_msg_entry import V0044JobArrayResponseMsgEntry
from .v0044_job_desc_msg import V0044JobDescMsg
from .v0044_job_desc_msg_rlimits_type_0 import V0044JobDescMsgRlimitsType0
from .v0044_job_info import V0044JobInfo
from .v0044_job_info_power_type_0 import V0044JobInfoPowerType0
from .v0044_job_res import V0044JobRes
from .v0044_job_res_core import V0044JobResCore
from .v0044_job_res_node import V0044JobResNode
from .v0044_job_res_node_cpus_type_0 import V0044JobResNodeCpusType0
from .v0044_job_res_node_memory_type_0 import V0044JobResNodeMemoryType0
from .v0044_job_res_nodes_type_0 import V0044JobResNodesType0
from .v0044_job_res_socket import V0044JobResSocket
from .v0044_job_state_resp_job import V0044JobStateRespJob
from .v0044_job_submit_req import V0044JobSubmitReq
from .v0044_kill_jobs_msg import V0044KillJobsMsg
from .v0044_kill_jobs_resp_job import V0044KillJobsRespJob
from .v0044_kill_jobs_resp_job_error_type_0 import V0044KillJobsRespJobErrorType0
from .v0044_kill_jobs_resp_job_federation_type_0 import V0044KillJobsRespJobFederationType0
from .v0044_license import V0044License
from .v0044_node import V0044Node
from .v0044_node_external_sensors_type_0 import V0044NodeExternalSensorsType0
from .v0044_node_gres_layout import V0044NodeGresLayout
from .v0044_node_power_type_0 import V0044NodePowerType0
from .v0044_node_resource_layout import V0044NodeResourceLayout
from .v0044_openapi_create_node_req import V0044OpenapiCreateNodeReq
from .v0044_openapi_diag_resp import V0044OpenapiDiagResp
from .v0044_openapi_error import V0044OpenapiError
from .v0044_openapi_job_alloc_resp import V0044OpenapiJobAllocResp
from .v0044_openapi_job_info_resp import V0044OpenapiJobInfoResp
from .v0044_openapi_job_post_response import V0044OpenapiJobPostResponse
from .v0044_openapi_job_state_resp import V0044OpenapiJobStateResp
from .v0044_openapi_job_submit_response import V0044OpenapiJobSubmitResponse
from .v0044_openapi_kill_job_resp import V0044OpenapiKillJobResp
from .v0044_openapi_kill_jobs_resp import V0044OpenapiKillJobsResp
from .v0044_openapi_licenses_resp import V0044OpenapiLicensesResp
from .v0044_openapi_meta import V0044OpenapiMeta
from .v0044_openapi_meta_client_type_0 import V0044OpenapiMetaClientType0
from .v0044_openapi_meta_plugin_type_0 import V0044OpenapiMetaPluginType0
from .v0044_openapi_meta_slurm_type_0 import V0044OpenapiMetaSlurmType0
from .v0044_openapi_meta_slurm_type_0_version_type_0 import V0044OpenapiMetaSlurmType0VersionType0
from .v0044_openapi_nodes_resp import V0044OpenapiNodesResp
from .v0044_openapi_partition_resp import V0044OpenapiPartitionResp
from .v0044_openapi_ping_array_resp import V0044OpenapiPingArrayResp
from .v0044_openapi_reservation_mod_resp import V0044OpenapiReservationModResp
from .v0044_openapi_reservation_resp import V0044OpenapiReservationResp
from .v0044_openapi_resource_layout_resp import V0044OpenapiResourceLayoutResp
from .v0044_openapi_resp import V0044OpenapiResp
from .v0044_openapi_shares_resp import V0044OpenapiSharesResp
from .v0044_openapi_warning import V0044OpenapiWarning
from .v0044_part_prio import V0044PartPrio
from .v0044_partition_info import V0044PartitionInfo
from .v0044_partition_info_accounts_type_0 import V0044PartitionInfoAccountsType0
from .v0044_partition_info_cpus_type_0 import V0044PartitionInfoCpusType0
from .v0044_partition_info_defaults_type_0 import V0044PartitionInfoDefaultsType0
from .v0044_partition_info_groups_type_0 import V0044PartitionInfoGroupsType0
from .v0044_partition_info_maximums_type_0 import V0044PartitionInfoMaximumsType0
from .v0044_partition_info_maximums_type_0_oversubscribe_type_0 import V0044PartitionInfoMaximumsType0OversubscribeType0
from .v0044_partition_info_minimums_type_0 import V0044PartitionInfoMinimumsType0
from .v0044_partition_info_nodes_type_0 import V0044PartitionInfoNodesType0
from .v0044_partition_info_partition_type_0 import V0044PartitionInfoPartitionType0
from .v0044_partition_info_priority_type_0 import V0044PartitionInfoPriorityType0
from .v0044_partition_info_qos_type_0 import V0044PartitionInfoQosType0
from .v0044_partition_info_timeouts_type_0 import V0044PartitionInfoTimeoutsType0
from .v0044_partition_info_tres_type_0 import V0044PartitionInfoTresType0
from .v0044_process_exit_code_verbose import V0044ProcessExitCodeVerbose
from .v0044_process_exit_code_verbose_signal_type_0 import V0044ProcessExitCodeVerboseSignalType0
from .v0044_reservation_core_spec import V0044ReservationCoreSpec
from .v0044_reservation_desc_msg import V0044ReservationDescMsg
from .v0044_reservation_desc_msg_purge_completed_type_0 import V0044ReservationDescMsgPurgeCompletedType0
from .v0044_reservation_info import V0044ReservationInfo
from .v0044_reservation_info_purge_completed_type_0 import V0044ReservationInfoPurgeCompletedType0
from .v0044_reservation_mod_req import V0044ReservationModReq
from .v0044_schedule_exit_fields import V0044ScheduleExitFields
from .v0044_shares_float_128_tres import V0044SharesFloat128Tres
from .v0044_shares_resp_msg import V0044SharesRespMsg
from .v0044_shares_uint_64_tres import V0044SharesUint64Tres
from .v0044_slurm_step_id import V0044SlurmStepId
from .v0044_stats_msg import V0044StatsMsg
from .v0044_stats_msg_rpc_dump import V0044StatsMsgRpcDump
from .v0044_stats_msg_rpc_queue import V0044StatsMsgRpcQueue
from .v0044_stats_msg_rpc_type import V0044StatsMsgRpcType
from .v0044_stats_msg_rpc_user import V0044StatsMsgRpcUser
from .v0044_tres import V0044Tres
from .v0044_uint_16_no_val_struct import V0044Uint16NoValStruct
from .v0044_uint_32_no_val_struct import V0044Uint32NoValStruct
from .v0044_uint_64_no_val_struct import V0044Uint64NoValStruct
from .v0044_update_node_msg import V0044UpdateNodeMsg

__all__ = (
    "V0044AcctGatherEnergy",
    "V0044AssocSharesObjWrap",
    "V0044AssocSharesObjWrapFairshareType0",
    "V0044AssocSharesObjWrapTresType0",
    "V0044BfExitFields",
    "V0044ControllerPing",
    "V0044CronEntry",
    "V0044CronEntryLineType0",
    "V0044Float64NoValStruct",
    "V0044JobAllocReq",
    "V0044JobArrayResponseMsgEntry",
    "V0044JobDescMsg",
    "V0044JobDescMsgRlimitsType0",
    "V0044JobInfo",
    "V0044JobInfoPowerType0",
    "V0044JobRes",
    "V0044JobResCore",
    "V0044JobResNode",
    "V0044JobResNodeCpusType0",
    "V0044JobResNodeMemoryType0",
    "V0044JobResNodesType0",
    "V0044JobResSocket",
    "V0044JobStateRespJob",
    "V0044JobSubmitReq",
    "V0044KillJobsMsg",
    "V0044KillJobsRespJob",
    "V0044KillJobsRespJobErrorType0",
    "V0044KillJobsRespJobFederationType0",
    "V0044License",
    "V0044Node",
    "V0044NodeExternalSensorsType0",
    "V0044NodeGresLayout",
    "V0044NodePowerType0",
    "V0044NodeResourceLayout",
    "V0044OpenapiCreateNodeReq",
    "V0044OpenapiDiagResp",
    "V0044OpenapiError",
    "V0044OpenapiJobAllocResp",
    "V0044OpenapiJobInfoResp",
    "V0044OpenapiJobPostResponse",
    "V0044OpenapiJobStateResp",
    "V0044OpenapiJobSubmitResponse",
    "V0044OpenapiKillJobResp",
    "V0044OpenapiKillJobsResp",
    "V0044OpenapiLicensesResp",
    "V0044OpenapiMeta",
    "V0044OpenapiMetaClientType0",
    "V0044OpenapiMetaPluginType0",
    "V0044OpenapiMetaSlurmType0",
    "V0044OpenapiMetaSlurmType0VersionType0",
    "V0044OpenapiNodesResp",
    "V0044OpenapiPartitionResp",
    "V0044OpenapiPingArrayResp",
    "V0044OpenapiReservationModResp",
    "V0044OpenapiReservationResp",
    "V0044OpenapiResourceLayoutResp",
    "V0044OpenapiResp",
    "V0044OpenapiSharesResp",
    "V0044OpenapiWarning",
    "V0044PartitionInfo",
    "V0044PartitionInfoAccountsType0",
    "V0044PartitionInfoCpusType0",
    "V0044PartitionInfoDefaultsType0",
    "V0044PartitionInfoGroupsType0",
    "V0044PartitionInfoMaximumsType0",
    "V0044PartitionInfoMaximumsType0OversubscribeType0",
    "V0044PartitionInfoMinimumsType0",
    "V0044PartitionInfoNodesType0",
    "V0044PartitionInfoPartitionType0",
    "V0044PartitionInfoPriorityType0",
    "V0044PartitionInfoQosType0",
    "V0044PartitionInfoTimeoutsType0",
    "V0044PartitionInfoTresType0",
    "V0044PartPrio",
    "V0044ProcessExitCodeVerbose",
    "V0044ProcessExitCodeVerboseSignalType0",
    "V0044ReservationCoreSpec",
    "V0044ReservationDescMsg",
    "V0044ReservationDescMsgPurgeCompletedType0",
    "V0044ReservationInfo",
    "V0044ReservationInfoPurgeCompletedType0",
    "V0044ReservationModReq",
    "V0044ScheduleExitFields",
    "V0044SharesFloat128Tres",
    "V0044SharesRespMsg",
    "V0044SharesUint64Tres",
    "V0044SlurmStepId",
    "V0044StatsMsg",
    "V0044StatsMsgRpcDump",
    "V0044StatsMsgRpcQueue",
    "V0044StatsMsgRpcType",
    "V0044StatsMsgRpcUser",
    "V0044Tres",
    "V0044Uint16NoValStruct",
    "V0044Uint32NoValStruct",
    "V0044Uint64NoValStruct",
    "V0044UpdateNodeMsg",
)
