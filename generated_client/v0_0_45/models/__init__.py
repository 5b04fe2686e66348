""" Contains all the data models used in inputs/outputs """

from .v0045_acct_gather_energy import V0045AcctGatherEnergy
from .v0045_assoc_shares_obj_wrap import V0045AssocSharesObjWrap
from .v0045_assoc_shares_obj_wrap_fairshare_type_0 import V0045AssocSharesObjWrapFairshareType0
from .v0045_assoc_shares_obj_wrap_tres_type_0 import V0045AssocSharesObjWrapTresType0
from .v0045_bf_exit_fields import V0045BfExitFields
from .v0045_controller import V0045Controller
from .v0045_controller_ping import V0045ControllerPing
from .v0045_cron_entry import V0045CronEntry
from .v0045_cron_entry_line_type_0 import V0045CronEntryLineType0
from .v0045_float_64_no_val_struct import V0045Float64NoValStruct
from .v0045_job_alloc_req import V0045JobAllocReq
from .v0045_job_array_response_msg_entry import V0045JobArrayResponseMsgEntry
from .v0045_job_defaults import V0045JobDefaults
from .v0045_job_desc_msg import V0045JobDescMsg
from .v0045_job_desc_msg_rlimits_type_0 import V0045JobDescMsgRlimitsType0
from .v0045_job_info import V0045JobInfo
from .v0045_job_res import V0045JobRes
from .v0045_job_res_core import V0045JobResCore
from .v0045_job_res_node import V0045JobResNode
from .v0045_job_res_node_cpus_type_0 import V0045JobResNodeCpusType0
from .v0045_job_res_node_memory_type_0 import V0045JobResNodeMemoryType0
from .v0045_job_res_nodes_type_0 import V0045JobResNodesType0
from .v0045_job_res_socket import V0045JobResSocket
from .v0045_job_state_resp_job import V0045JobStateRespJob
from .v0045_job_submit_req import V0045JobSubmitReq
from .v0045_kill_jobs_msg import V0045KillJobsMsg
from .v0045_kill_jobs_resp_job import V0045KillJobsRespJob
from .v0045_kill_jobs_resp_job_error_type_0 import V0045KillJobsRespJobErrorType0
from .v0045_kill_jobs_resp_job_federation_type_0 import V0045KillJobsRespJobFederationType0
from .v0045_license import V0045License
from .v0045_node import V0045Node
from .v0045_node_gres_layout import V0045NodeGresLayout
from .v0045_node_resource_layout import V0045NodeResourceLayout
from .v0045_openapi_conf_resp import V0045OpenapiConfResp
from .v0045_openapi_create_node_req import V0045OpenapiCreateNodeReq
from .v0045_openapi_diag_resp import V0045OpenapiDiagResp
from .v0045_openapi_error import V0045OpenapiError
from .v0045_openapi_job_alloc_resp import V0045OpenapiJobAllocResp
from .v0045_openapi_job_info_resp import V0045OpenapiJobInfoResp
from .v0045_openapi_job_post_response import V0045OpenapiJobPostResponse
from .v0045_openapi_job_requeue_resp import V0045OpenapiJobRequeueResp
from .v0045_openapi_job_state_resp import V0045OpenapiJobStateResp
from .v0045_openapi_job_submit_response import V0045OpenapiJobSubmitResponse
from .v0045_openapi_jobs_requeue_query import V0045OpenapiJobsRequeueQuery
from .v0045_openapi_jobs_requeue_resp import V0045OpenapiJobsRequeueResp
from .v0045_openapi_kill_job_resp import V0045OpenapiKillJobResp
from .v0045_openapi_kill_jobs_resp import V0045OpenapiKillJobsResp
from .v0045_openapi_licenses_resp import V0045OpenapiLicensesResp
from .v0045_openapi_meta import V0045OpenapiMeta
from .v0045_openapi_meta_client_type_0 import V0045OpenapiMetaClientType0
from .v0045_openapi_meta_plugin_type_0 import V0045OpenapiMetaPluginType0
from .v0045_openapi_meta_slurm_type_0 import V0045OpenapiMetaSlurmType0
from .v0045_openapi_meta_slurm_type_0_version_type_0 import V0045OpenapiMetaSlurmType0VersionType0
from .v0045_openapi_nodes_resp import V0045OpenapiNodesResp
from .v0045_openapi_partition_resp import V0045OpenapiPartitionResp
from .v0045_openapi_partitions_mod_req import V0045OpenapiPartitionsModReq
from .v0045_openapi_ping_array_resp import V0045OpenapiPingArrayResp
from .v0045_openapi_reservation_mod_resp import V0045OpenapiReservationModResp
from .v0045_openapi_reservation_resp import V0045OpenapiReservationResp
from .v0045_openapi_resource_layout_resp import V0045OpenapiResourceLayoutResp
from .v0045_openapi_resp import V0045OpenapiResp
from .v0045_openapi_shares_resp import V0045OpenapiSharesResp
from .v0045_openapi_warning import V0045OpenapiWarning
from .v0045_part_prio import V0045PartPrio
from .v0045_partition_info import V0045PartitionInfo
from .v0045_partition_info_accounts_type_0 import V0045PartitionInfoAccountsType0
from .v0045_partition_info_cpus_type_0 import V0045PartitionInfoCpusType0
from .v0045_partition_info_defaults_type_0 import V0045PartitionInfoDefaultsType0
from .v0045_partition_info_groups_type_0 import V0045PartitionInfoGroupsType0
from .v0045_partition_info_maximums_type_0 import V0045PartitionInfoMaximumsType0
from .v0045_partition_info_maximums_type_0_oversubscribe_type_0 import V0045PartitionInfoMaximumsType0OversubscribeType0
from .v0045_partition_info_minimums_type_0 import V0045PartitionInfoMinimumsType0
from .v0045_partition_info_nodes_type_0 import V0045PartitionInfoNodesType0
from .v0045_partition_info_partition_type_0 import V0045PartitionInfoPartitionType0
from .v0045_partition_info_priority_type_0 import V0045PartitionInfoPriorityType0
from .v0045_partition_info_qos_type_0 import V0045PartitionInfoQosType0
from .v0045_partition_info_timeouts_type_0 import V0045PartitionInfoTimeoutsType0
from .v0045_partition_info_tres_type_0 import V0045PartitionInfoTresType0
from .v0045_port_range import V0045PortRange
from .v0045_process_exit_code_verbose import V0045ProcessExitCodeVerbose
from .v0045_process_exit_code_verbose_signal_type_0 import V0045ProcessExitCodeVerboseSignalType0
from .v0045_reservation_core_spec import V0045ReservationCoreSpec
from .v0045_reservation_desc_msg import V0045ReservationDescMsg
from .v0045_reservation_desc_msg_purge_completed_type_0 import V0045ReservationDescMsgPurgeCompletedType0
from .v0045_reservation_info import V0045ReservationInfo
from .v0045_reservation_info_purge_completed_type_0 import V0045ReservationInfoPurgeCompletedType0
from .v0045_reservation_mod_req import V0045ReservationModReq
from .v0045_schedule_exit_fields import V0045ScheduleExitFields
from .v0045_shares_float_128_tres import V0045SharesFloat128Tres
from .v0045_shares_resp_msg import V0045SharesRespMsg
from .v0045_shares_uint_64_tres import V0045SharesUint64Tres
from .v0045_slurm_conf import V0045SlurmConf
from .v0045_slurm_conf_meta import V0045SlurmConfMeta
from .v0045_slurm_step_id import V0045SlurmStepId
from .v0045_stats_msg import V0045StatsMsg
from .v0045_stats_msg_rpc_dump import V0045StatsMsgRpcDump
from .v0045_stats_msg_rpc_queue import V0045StatsMsgRpcQueue
from .v0045_stats_msg_rpc_type import V0045StatsMsgRpcType
from .v0045_stats_msg_rpc_user import V0045StatsMsgRpcUser
from .v0045_tres import V0045Tres
from .v0045_uint_16_no_val_struct import V0045Uint16NoValStruct
from .v0045_uint_32_no_val_struct import V0045Uint32NoValStruct
from .v0045_uint_64_no_val_struct import V0045Uint64NoValStruct
from .v0045_update_node_msg import V0045UpdateNodeMsg

__all__ = (
    "V0045AcctGatherEnergy",
    "V0045AssocSharesObjWrap",
    "V0045AssocSharesObjWrapFairshareType0",
    "V0045AssocSharesObjWrapTresType0",
    "V0045BfExitFields",
    "V0045Controller",
    "V0045ControllerPing",
    "V0045CronEntry",
    "V0045CronEntryLineType0",
    "V0045Float64NoValStruct",
    "V0045JobAllocReq",
    "V0045JobArrayResponseMsgEntry",
    "V0045JobDefaults",
    "V0045JobDescMsg",
    "V0045JobDescMsgRlimitsType0",
    "V0045JobInfo",
    "V0045JobRes",
    "V0045JobResCore",
    "V0045JobResNode",
    "V0045JobResNodeCpusType0",
    "V0045JobResNodeMemoryType0",
    "V0045JobResNodesType0",
    "V0045JobResSocket",
    "V0045JobStateRespJob",
    "V0045JobSubmitReq",
    "V0045KillJobsMsg",
    "V0045KillJobsRespJob",
    "V0045KillJobsRespJobErrorType0",
    "V0045KillJobsRespJobFederationType0",
    "V0045License",
    "V0045Node",
    "V0045NodeGresLayout",
    "V0045NodeResourceLayout",
    "V0045OpenapiConfResp",
    "V0045OpenapiCreateNodeReq",
    "V0045OpenapiDiagResp",
    "V0045OpenapiError",
    "V0045OpenapiJobAllocResp",
    "V0045OpenapiJobInfoResp",
    "V0045OpenapiJobPostResponse",
    "V0045OpenapiJobRequeueResp",
    "V0045OpenapiJobsRequeueQuery",
    "V0045OpenapiJobsRequeueResp",
    "V0045OpenapiJobStateResp",
    "V0045OpenapiJobSubmitResponse",
    "V0045OpenapiKillJobResp",
    "V0045OpenapiKillJobsResp",
    "V0045OpenapiLicensesResp",
    "V0045OpenapiMeta",
    "V0045OpenapiMetaClientType0",
    "V0045OpenapiMetaPluginType0",
    "V0045OpenapiMetaSlurmType0",
    "V0045OpenapiMetaSlurmType0VersionType0",
    "V0045OpenapiNodesResp",
    "V0045OpenapiPartitionResp",
    "V0045OpenapiPartitionsModReq",
    "V0045OpenapiPingArrayResp",
    "V0045OpenapiReservationModResp",
    "V0045OpenapiReservationResp",
    "V0045OpenapiResourceLayoutResp",
    "V0045OpenapiResp",
    "V0045OpenapiSharesResp",
    "V0045OpenapiWarning",
    "V0045PartitionInfo",
    "V0045PartitionInfoAccountsType0",
    "V0045PartitionInfoCpusType0",
    "V0045PartitionInfoDefaultsType0",
    "V0045PartitionInfoGroupsType0",
    "V0045PartitionInfoMaximumsType0",
    "V0045PartitionInfoMaximumsType0OversubscribeType0",
    "V0045PartitionInfoMinimumsType0",
    "V0045PartitionInfoNodesType0",
    "V0045PartitionInfoPartitionType0",
    "V0045PartitionInfoPriorityType0",
    "V0045PartitionInfoQosType0",
    "V0045PartitionInfoTimeoutsType0",
    "V0045PartitionInfoTresType0",
    "V0045PartPrio",
    "V0045PortRange",
    "V0045ProcessExitCodeVerbose",
    "V0045ProcessExitCodeVerboseSignalType0",
    "V0045ReservationCoreSpec",
    "V0045ReservationDescMsg",
    "V0045ReservationDescMsgPurgeCompletedType0",
    "V0045ReservationInfo",
    "V0045ReservationInfoPurgeCompletedType0",
    "V0045ReservationModReq",
    "V0045ScheduleExitFields",
    "V0045SharesFloat128Tres",
    "V0045SharesRespMsg",
    "V0045SharesUint64Tres",
    "V0045SlurmConf",
    "V0045SlurmConfMeta",
    "V0045SlurmStepId",
    "V0045StatsMsg",
    "V0045StatsMsgRpcDump",
    "V0045StatsMsgRpcQueue",
    "V0045StatsMsgRpcType",
    "V0045StatsMsgRpcUser",
    "V0045Tres",
    "V0045Uint16NoValStruct",
    "V0045Uint32NoValStruct",
    "V0045Uint64NoValStruct",
    "V0045UpdateNodeMsg",
)
