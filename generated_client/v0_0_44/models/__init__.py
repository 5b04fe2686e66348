""" Contains all the data models used in inputs/outputs """

from .v0044_acct_gather_energy import V0044AcctGatherEnergy
from .v0044_assoc_shares_obj_wrap import V0044AssocSharesObjWrap
from .v0044_assoc_shares_obj_wrap_fairshare import V0044AssocSharesObjWrapFairshare
from .v0044_assoc_shares_obj_wrap_tres import V0044AssocSharesObjWrapTres
from .v0044_bf_exit_fields import V0044BfExitFields
from .v0044_controller_ping import V0044ControllerPing
from .v0044_cron_entry import V0044CronEntry
from .v0044_cron_entry_line import V0044CronEntryLine
from .v0044_float_64_no_val_struct import V0044Float64NoValStruct
from .v0044_job_alloc_req import V0044JobAllocReq
from .v0044_job_array_response_msg_entry import V0044JobArrayResponseMsgEntry
from .v0044_job_desc_msg import V0044JobDescMsg
from .v0044_job_desc_msg_rlimits import V0044JobDescMsgRlimits
from .v0044_job_info import V0044JobInfo
from .v0044_job_info_power import V0044JobInfoPower
from .v0044_job_res import V0044JobRes
from .v0044_job_res_core import V0044JobResCore
from .v0044_job_res_node import V0044JobResNode
from .v0044_job_res_node_cpus import V0044JobResNodeCpus
from .v0044_job_res_node_memory import V0044JobResNodeMemory
from .v0044_job_res_nodes import V0044JobResNodes
from .v0044_job_res_socket import V0044JobResSocket
from .v0044_job_submit_req import V0044JobSubmitReq
from .v0044_kill_jobs_msg import V0044KillJobsMsg
from .v0044_kill_jobs_resp_job import V0044KillJobsRespJob
from .v0044_kill_jobs_resp_job_error import V0044KillJobsRespJobError
from .v0044_kill_jobs_resp_job_federation import V0044KillJobsRespJobFederation
from .v0044_license import V0044License
from .v0044_node import V0044Node
from .v0044_node_external_sensors import V0044NodeExternalSensors
from .v0044_node_gres_layout import V0044NodeGresLayout
from .v0044_node_power import V0044NodePower
from .v0044_node_resource_layout import V0044NodeResourceLayout
from .v0044_openapi_create_node_req import V0044OpenapiCreateNodeReq
from .v0044_openapi_diag_resp import V0044OpenapiDiagResp
from .v0044_openapi_error import V0044OpenapiError
from .v0044_openapi_job_alloc_resp import V0044OpenapiJobAllocResp
from .v0044_openapi_job_info_resp import V0044OpenapiJobInfoResp
from .v0044_openapi_job_post_response import V0044OpenapiJobPostResponse
from .v0044_openapi_job_submit_response import V0044OpenapiJobSubmitResponse
from .v0044_openapi_kill_job_resp import V0044OpenapiKillJobResp
from .v0044_openapi_kill_jobs_resp import V0044OpenapiKillJobsResp
from .v0044_openapi_licenses_resp import V0044OpenapiLicensesResp
from .v0044_openapi_meta import V0044OpenapiMeta
from .v0044_openapi_meta_client import V0044OpenapiMetaClient
from .v0044_openapi_meta_plugin import V0044OpenapiMetaPlugin
from .v0044_openapi_meta_slurm import V0044OpenapiMetaSlurm
from .v0044_openapi_meta_slurm_version import V0044OpenapiMetaSlurmVersion
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
from .v0044_partition_info_accounts import V0044PartitionInfoAccounts
from .v0044_partition_info_cpus import V0044PartitionInfoCpus
from .v0044_partition_info_defaults import V0044PartitionInfoDefaults
from .v0044_partition_info_groups import V0044PartitionInfoGroups
from .v0044_partition_info_maximums import V0044PartitionInfoMaximums
from .v0044_partition_info_maximums_oversubscribe import V0044PartitionInfoMaximumsOversubscribe
from .v0044_partition_info_minimums import V0044PartitionInfoMinimums
from .v0044_partition_info_nodes import V0044PartitionInfoNodes
from .v0044_partition_info_partition import V0044PartitionInfoPartition
from .v0044_partition_info_priority import V0044PartitionInfoPriority
from .v0044_partition_info_qos import V0044PartitionInfoQos
from .v0044_partition_info_timeouts import V0044PartitionInfoTimeouts
from .v0044_partition_info_tres import V0044PartitionInfoTres
from .v0044_process_exit_code_verbose import V0044ProcessExitCodeVerbose
from .v0044_process_exit_code_verbose_signal import V0044ProcessExitCodeVerboseSignal
from .v0044_reservation_core_spec import V0044ReservationCoreSpec
from .v0044_reservation_desc_msg import V0044ReservationDescMsg
from .v0044_reservation_desc_msg_purge_completed import V0044ReservationDescMsgPurgeCompleted
from .v0044_reservation_info import V0044ReservationInfo
from .v0044_reservation_info_purge_completed import V0044ReservationInfoPurgeCompleted
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
    "V0044AssocSharesObjWrapFairshare",
    "V0044AssocSharesObjWrapTres",
    "V0044BfExitFields",
    "V0044ControllerPing",
    "V0044CronEntry",
    "V0044CronEntryLine",
    "V0044Float64NoValStruct",
    "V0044JobAllocReq",
    "V0044JobArrayResponseMsgEntry",
    "V0044JobDescMsg",
    "V0044JobDescMsgRlimits",
    "V0044JobInfo",
    "V0044JobInfoPower",
    "V0044JobRes",
    "V0044JobResCore",
    "V0044JobResNode",
    "V0044JobResNodeCpus",
    "V0044JobResNodeMemory",
    "V0044JobResNodes",
    "V0044JobResSocket",
    "V0044JobSubmitReq",
    "V0044KillJobsMsg",
    "V0044KillJobsRespJob",
    "V0044KillJobsRespJobError",
    "V0044KillJobsRespJobFederation",
    "V0044License",
    "V0044Node",
    "V0044NodeExternalSensors",
    "V0044NodeGresLayout",
    "V0044NodePower",
    "V0044NodeResourceLayout",
    "V0044OpenapiCreateNodeReq",
    "V0044OpenapiDiagResp",
    "V0044OpenapiError",
    "V0044OpenapiJobAllocResp",
    "V0044OpenapiJobInfoResp",
    "V0044OpenapiJobPostResponse",
    "V0044OpenapiJobSubmitResponse",
    "V0044OpenapiKillJobResp",
    "V0044OpenapiKillJobsResp",
    "V0044OpenapiLicensesResp",
    "V0044OpenapiMeta",
    "V0044OpenapiMetaClient",
    "V0044OpenapiMetaPlugin",
    "V0044OpenapiMetaSlurm",
    "V0044OpenapiMetaSlurmVersion",
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
    "V0044PartitionInfoAccounts",
    "V0044PartitionInfoCpus",
    "V0044PartitionInfoDefaults",
    "V0044PartitionInfoGroups",
    "V0044PartitionInfoMaximums",
    "V0044PartitionInfoMaximumsOversubscribe",
    "V0044PartitionInfoMinimums",
    "V0044PartitionInfoNodes",
    "V0044PartitionInfoPartition",
    "V0044PartitionInfoPriority",
    "V0044PartitionInfoQos",
    "V0044PartitionInfoTimeouts",
    "V0044PartitionInfoTres",
    "V0044PartPrio",
    "V0044ProcessExitCodeVerbose",
    "V0044ProcessExitCodeVerboseSignal",
    "V0044ReservationCoreSpec",
    "V0044ReservationDescMsg",
    "V0044ReservationDescMsgPurgeCompleted",
    "V0044ReservationInfo",
    "V0044ReservationInfoPurgeCompleted",
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
