""" Contains all the data models used in inputs/outputs """

from .v0045_acct_gather_energy import V0045AcctGatherEnergy
from .v0045_assoc_shares_obj_wrap import V0045AssocSharesObjWrap
from .v0045_assoc_shares_obj_wrap_fairshare import V0045AssocSharesObjWrapFairshare
from .v0045_assoc_shares_obj_wrap_tres import V0045AssocSharesObjWrapTres
from .v0045_bf_exit_fields import V0045BfExitFields
from .v0045_controller import V0045Controller
from .v0045_controller_ping import V0045ControllerPing
from .v0045_cron_entry import V0045CronEntry
from .v0045_cron_entry_line import V0045CronEntryLine
from .v0045_float_64_no_val_struct import V0045Float64NoValStruct
from .v0045_job_alloc_req import V0045JobAllocReq
from .v0045_job_array_response_msg_entry import V0045JobArrayResponseMsgEntry
from .v0045_job_defaults import V0045JobDefaults
from .v0045_job_desc_msg import V0045JobDescMsg
from .v0045_job_desc_msg_rlimits import V0045JobDescMsgRlimits
from .v0045_job_info import V0045JobInfo
from .v0045_job_res import V0045JobRes
from .v0045_job_res_core import V0045JobResCore
from .v0045_job_res_node import V0045JobResNode
from .v0045_job_res_node_cpus import V0045JobResNodeCpus
from .v0045_job_res_node_memory import V0045JobResNodeMemory
from .v0045_job_res_nodes import V0045JobResNodes
from .v0045_job_res_socket import V0045JobResSocket
from .v0045_job_submit_req import V0045JobSubmitReq
from .v0045_kill_jobs_msg import V0045KillJobsMsg
from .v0045_kill_jobs_resp_job import V0045KillJobsRespJob
from .v0045_kill_jobs_resp_job_error import V0045KillJobsRespJobError
from .v0045_kill_jobs_resp_job_federation import V0045KillJobsRespJobFederation
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
from .v0045_openapi_job_submit_response import V0045OpenapiJobSubmitResponse
from .v0045_openapi_jobs_requeue_query import V0045OpenapiJobsRequeueQuery
from .v0045_openapi_jobs_requeue_resp import V0045OpenapiJobsRequeueResp
from .v0045_openapi_kill_job_resp import V0045OpenapiKillJobResp
from .v0045_openapi_kill_jobs_resp import V0045OpenapiKillJobsResp
from .v0045_openapi_licenses_resp import V0045OpenapiLicensesResp
from .v0045_openapi_meta import V0045OpenapiMeta
from .v0045_openapi_meta_client import V0045OpenapiMetaClient
from .v0045_openapi_meta_plugin import V0045OpenapiMetaPlugin
from .v0045_openapi_meta_slurm import V0045OpenapiMetaSlurm
from .v0045_openapi_meta_slurm_version import V0045OpenapiMetaSlurmVersion
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
from .v0045_partition_info_accounts import V0045PartitionInfoAccounts
from .v0045_partition_info_cpus import V0045PartitionInfoCpus
from .v0045_partition_info_defaults import V0045PartitionInfoDefaults
from .v0045_partition_info_groups import V0045PartitionInfoGroups
from .v0045_partition_info_maximums import V0045PartitionInfoMaximums
from .v0045_partition_info_maximums_oversubscribe import V0045PartitionInfoMaximumsOversubscribe
from .v0045_partition_info_minimums import V0045PartitionInfoMinimums
from .v0045_partition_info_nodes import V0045PartitionInfoNodes
from .v0045_partition_info_partition import V0045PartitionInfoPartition
from .v0045_partition_info_priority import V0045PartitionInfoPriority
from .v0045_partition_info_qos import V0045PartitionInfoQos
from .v0045_partition_info_timeouts import V0045PartitionInfoTimeouts
from .v0045_partition_info_tres import V0045PartitionInfoTres
from .v0045_port_range import V0045PortRange
from .v0045_process_exit_code_verbose import V0045ProcessExitCodeVerbose
from .v0045_process_exit_code_verbose_signal import V0045ProcessExitCodeVerboseSignal
from .v0045_reservation_core_spec import V0045ReservationCoreSpec
from .v0045_reservation_desc_msg import V0045ReservationDescMsg
from .v0045_reservation_desc_msg_purge_completed import V0045ReservationDescMsgPurgeCompleted
from .v0045_reservation_info import V0045ReservationInfo
from .v0045_reservation_info_purge_completed import V0045ReservationInfoPurgeCompleted
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
    "V0045AssocSharesObjWrapFairshare",
    "V0045AssocSharesObjWrapTres",
    "V0045BfExitFields",
    "V0045Controller",
    "V0045ControllerPing",
    "V0045CronEntry",
    "V0045CronEntryLine",
    "V0045Float64NoValStruct",
    "V0045JobAllocReq",
    "V0045JobArrayResponseMsgEntry",
    "V0045JobDefaults",
    "V0045JobDescMsg",
    "V0045JobDescMsgRlimits",
    "V0045JobInfo",
    "V0045JobRes",
    "V0045JobResCore",
    "V0045JobResNode",
    "V0045JobResNodeCpus",
    "V0045JobResNodeMemory",
    "V0045JobResNodes",
    "V0045JobResSocket",
    "V0045JobSubmitReq",
    "V0045KillJobsMsg",
    "V0045KillJobsRespJob",
    "V0045KillJobsRespJobError",
    "V0045KillJobsRespJobFederation",
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
    "V0045OpenapiJobSubmitResponse",
    "V0045OpenapiKillJobResp",
    "V0045OpenapiKillJobsResp",
    "V0045OpenapiLicensesResp",
    "V0045OpenapiMeta",
    "V0045OpenapiMetaClient",
    "V0045OpenapiMetaPlugin",
    "V0045OpenapiMetaSlurm",
    "V0045OpenapiMetaSlurmVersion",
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
    "V0045PartitionInfoAccounts",
    "V0045PartitionInfoCpus",
    "V0045PartitionInfoDefaults",
    "V0045PartitionInfoGroups",
    "V0045PartitionInfoMaximums",
    "V0045PartitionInfoMaximumsOversubscribe",
    "V0045PartitionInfoMinimums",
    "V0045PartitionInfoNodes",
    "V0045PartitionInfoPartition",
    "V0045PartitionInfoPriority",
    "V0045PartitionInfoQos",
    "V0045PartitionInfoTimeouts",
    "V0045PartitionInfoTres",
    "V0045PartPrio",
    "V0045PortRange",
    "V0045ProcessExitCodeVerbose",
    "V0045ProcessExitCodeVerboseSignal",
    "V0045ReservationCoreSpec",
    "V0045ReservationDescMsg",
    "V0045ReservationDescMsgPurgeCompleted",
    "V0045ReservationInfo",
    "V0045ReservationInfoPurgeCompleted",
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
