""" Contains all the data models used in inputs/outputs """

from .v0043_acct_gather_energy import V0043AcctGatherEnergy
from .v0043_assoc_shares_obj_wrap import V0043AssocSharesObjWrap
from .v0043_assoc_shares_obj_wrap_fairshare import V0043AssocSharesObjWrapFairshare
from .v0043_assoc_shares_obj_wrap_tres import V0043AssocSharesObjWrapTres
from .v0043_bf_exit_fields import V0043BfExitFields
from .v0043_controller_ping import V0043ControllerPing
from .v0043_cron_entry import V0043CronEntry
from .v0043_cron_entry_line import V0043CronEntryLine
from .v0043_float_64_no_val_struct import V0043Float64NoValStruct
from .v0043_job_alloc_req import V0043JobAllocReq
from .v0043_job_array_response_msg_entry import V0043JobArrayResponseMsgEntry
from .v0043_job_desc_msg import V0043JobDescMsg
from .v0043_job_desc_msg_rlimits import V0043JobDescMsgRlimits
from .v0043_job_info import V0043JobInfo
from .v0043_job_info_power import V0043JobInfoPower
from .v0043_job_res import V0043JobRes
from .v0043_job_res_core import V0043JobResCore
from .v0043_job_res_node import V0043JobResNode
from .v0043_job_res_node_cpus import V0043JobResNodeCpus
from .v0043_job_res_node_memory import V0043JobResNodeMemory
from .v0043_job_res_nodes import V0043JobResNodes
from .v0043_job_res_socket import V0043JobResSocket
from .v0043_job_submit_req import V0043JobSubmitReq
from .v0043_kill_jobs_msg import V0043KillJobsMsg
from .v0043_kill_jobs_resp_job import V0043KillJobsRespJob
from .v0043_kill_jobs_resp_job_error import V0043KillJobsRespJobError
from .v0043_kill_jobs_resp_job_federation import V0043KillJobsRespJobFederation
from .v0043_license import V0043License
from .v0043_node import V0043Node
from .v0043_node_external_sensors import V0043NodeExternalSensors
from .v0043_node_power import V0043NodePower
from .v0043_openapi_diag_resp import V0043OpenapiDiagResp
from .v0043_openapi_error import V0043OpenapiError
from .v0043_openapi_job_alloc_resp import V0043OpenapiJobAllocResp
from .v0043_openapi_job_info_resp import V0043OpenapiJobInfoResp
from .v0043_openapi_job_post_response import V0043OpenapiJobPostResponse
from .v0043_openapi_job_submit_response import V0043OpenapiJobSubmitResponse
from .v0043_openapi_kill_job_resp import V0043OpenapiKillJobResp
from .v0043_openapi_kill_jobs_resp import V0043OpenapiKillJobsResp
from .v0043_openapi_licenses_resp import V0043OpenapiLicensesResp
from .v0043_openapi_meta import V0043OpenapiMeta
from .v0043_openapi_meta_client import V0043OpenapiMetaClient
from .v0043_openapi_meta_plugin import V0043OpenapiMetaPlugin
from .v0043_openapi_meta_slurm import V0043OpenapiMetaSlurm
from .v0043_openapi_meta_slurm_version import V0043OpenapiMetaSlurmVersion
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
from .v0043_partition_info_accounts import V0043PartitionInfoAccounts
from .v0043_partition_info_cpus import V0043PartitionInfoCpus
from .v0043_partition_info_defaults import V0043PartitionInfoDefaults
from .v0043_partition_info_groups import V0043PartitionInfoGroups
from .v0043_partition_info_maximums import V0043PartitionInfoMaximums
from .v0043_partition_info_maximums_oversubscribe import V0043PartitionInfoMaximumsOversubscribe
from .v0043_partition_info_minimums import V0043PartitionInfoMinimums
from .v0043_partition_info_nodes import V0043PartitionInfoNodes
from .v0043_partition_info_partition import V0043PartitionInfoPartition
from .v0043_partition_info_priority import V0043PartitionInfoPriority
from .v0043_partition_info_qos import V0043PartitionInfoQos
from .v0043_partition_info_timeouts import V0043PartitionInfoTimeouts
from .v0043_partition_info_tres import V0043PartitionInfoTres
from .v0043_process_exit_code_verbose import V0043ProcessExitCodeVerbose
from .v0043_process_exit_code_verbose_signal import V0043ProcessExitCodeVerboseSignal
from .v0043_reservation_core_spec import V0043ReservationCoreSpec
from .v0043_reservation_desc_msg import V0043ReservationDescMsg
from .v0043_reservation_desc_msg_purge_completed import V0043ReservationDescMsgPurgeCompleted
from .v0043_reservation_info import V0043ReservationInfo
from .v0043_reservation_info_purge_completed import V0043ReservationInfoPurgeCompleted
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
    "V0043AssocSharesObjWrapFairshare",
    "V0043AssocSharesObjWrapTres",
    "V0043BfExitFields",
    "V0043ControllerPing",
    "V0043CronEntry",
    "V0043CronEntryLine",
    "V0043Float64NoValStruct",
    "V0043JobAllocReq",
    "V0043JobArrayResponseMsgEntry",
    "V0043JobDescMsg",
    "V0043JobDescMsgRlimits",
    "V0043JobInfo",
    "V0043JobInfoPower",
    "V0043JobRes",
    "V0043JobResCore",
    "V0043JobResNode",
    "V0043JobResNodeCpus",
    "V0043JobResNodeMemory",
    "V0043JobResNodes",
    "V0043JobResSocket",
    "V0043JobSubmitReq",
    "V0043KillJobsMsg",
    "V0043KillJobsRespJob",
    "V0043KillJobsRespJobError",
    "V0043KillJobsRespJobFederation",
    "V0043License",
    "V0043Node",
    "V0043NodeExternalSensors",
    "V0043NodePower",
    "V0043OpenapiDiagResp",
    "V0043OpenapiError",
    "V0043OpenapiJobAllocResp",
    "V0043OpenapiJobInfoResp",
    "V0043OpenapiJobPostResponse",
    "V0043OpenapiJobSubmitResponse",
    "V0043OpenapiKillJobResp",
    "V0043OpenapiKillJobsResp",
    "V0043OpenapiLicensesResp",
    "V0043OpenapiMeta",
    "V0043OpenapiMetaClient",
    "V0043OpenapiMetaPlugin",
    "V0043OpenapiMetaSlurm",
    "V0043OpenapiMetaSlurmVersion",
    "V0043OpenapiNodesResp",
    "V0043OpenapiPartitionResp",
    "V0043OpenapiPingArrayResp",
    "V0043OpenapiReservationModResp",
    "V0043OpenapiReservationResp",
    "V0043OpenapiResp",
    "V0043OpenapiSharesResp",
    "V0043OpenapiWarning",
    "V0043PartitionInfo",
    "V0043PartitionInfoAccounts",
    "V0043PartitionInfoCpus",
    "V0043PartitionInfoDefaults",
    "V0043PartitionInfoGroups",
    "V0043PartitionInfoMaximums",
    "V0043PartitionInfoMaximumsOversubscribe",
    "V0043PartitionInfoMinimums",
    "V0043PartitionInfoNodes",
    "V0043PartitionInfoPartition",
    "V0043PartitionInfoPriority",
    "V0043PartitionInfoQos",
    "V0043PartitionInfoTimeouts",
    "V0043PartitionInfoTres",
    "V0043PartPrio",
    "V0043ProcessExitCodeVerbose",
    "V0043ProcessExitCodeVerboseSignal",
    "V0043ReservationCoreSpec",
    "V0043ReservationDescMsg",
    "V0043ReservationDescMsgPurgeCompleted",
    "V0043ReservationInfo",
    "V0043ReservationInfoPurgeCompleted",
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
