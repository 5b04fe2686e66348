""" Contains all the data models used in inputs/outputs """

from .v0040_acct_gather_energy import V0040AcctGatherEnergy
from .v0040_assoc_shares_obj_wrap import V0040AssocSharesObjWrap
from .v0040_assoc_shares_obj_wrap_fairshare import V0040AssocSharesObjWrapFairshare
from .v0040_assoc_shares_obj_wrap_tres import V0040AssocSharesObjWrapTres
from .v0040_bf_exit_fields import V0040BfExitFields
from .v0040_controller_ping import V0040ControllerPing
from .v0040_cron_entry import V0040CronEntry
from .v0040_cron_entry_line import V0040CronEntryLine
from .v0040_ext_sensors_data import V0040ExtSensorsData
from .v0040_float_64_no_val import V0040Float64NoVal
from .v0040_job_array_response_msg_entry import V0040JobArrayResponseMsgEntry
from .v0040_job_desc_msg import V0040JobDescMsg
from .v0040_job_desc_msg_rlimits import V0040JobDescMsgRlimits
from .v0040_job_info import V0040JobInfo
from .v0040_job_info_power import V0040JobInfoPower
from .v0040_job_res import V0040JobRes
from .v0040_job_submit_req import V0040JobSubmitReq
from .v0040_job_submit_response_msg import V0040JobSubmitResponseMsg
from .v0040_kill_jobs_msg import V0040KillJobsMsg
from .v0040_kill_jobs_resp_job import V0040KillJobsRespJob
from .v0040_kill_jobs_resp_job_error import V0040KillJobsRespJobError
from .v0040_kill_jobs_resp_job_federation import V0040KillJobsRespJobFederation
from .v0040_license import V0040License
from .v0040_node import V0040Node
from .v0040_openapi_diag_resp import V0040OpenapiDiagResp
from .v0040_openapi_error import V0040OpenapiError
from .v0040_openapi_job_info_resp import V0040OpenapiJobInfoResp
from .v0040_openapi_job_post_response import V0040OpenapiJobPostResponse
from .v0040_openapi_job_submit_response import V0040OpenapiJobSubmitResponse
from .v0040_openapi_kill_jobs_resp import V0040OpenapiKillJobsResp
from .v0040_openapi_licenses_resp import V0040OpenapiLicensesResp
from .v0040_openapi_meta import V0040OpenapiMeta
from .v0040_openapi_meta_client import V0040OpenapiMetaClient
from .v0040_openapi_meta_plugin import V0040OpenapiMetaPlugin
from .v0040_openapi_meta_slurm import V0040OpenapiMetaSlurm
from .v0040_openapi_meta_slurm_version import V0040OpenapiMetaSlurmVersion
from .v0040_openapi_nodes_resp import V0040OpenapiNodesResp
from .v0040_openapi_partition_resp import V0040OpenapiPartitionResp
from .v0040_openapi_ping_array_resp import V0040OpenapiPingArrayResp
from .v0040_openapi_reservation_resp import V0040OpenapiReservationResp
from .v0040_openapi_resp import V0040OpenapiResp
from .v0040_openapi_shares_resp import V0040OpenapiSharesResp
from .v0040_openapi_warning import V0040OpenapiWarning
from .v0040_partition_info import V0040PartitionInfo
from .v0040_partition_info_accounts import V0040PartitionInfoAccounts
from .v0040_partition_info_cpus import V0040PartitionInfoCpus
from .v0040_partition_info_defaults import V0040PartitionInfoDefaults
from .v0040_partition_info_groups import V0040PartitionInfoGroups
from .v0040_partition_info_maximums import V0040PartitionInfoMaximums
from .v0040_partition_info_maximums_oversubscribe import V0040PartitionInfoMaximumsOversubscribe
from .v0040_partition_info_minimums import V0040PartitionInfoMinimums
from .v0040_partition_info_nodes import V0040PartitionInfoNodes
from .v0040_partition_info_partition import V0040PartitionInfoPartition
from .v0040_partition_info_priority import V0040PartitionInfoPriority
from .v0040_partition_info_qos import V0040PartitionInfoQos
from .v0040_partition_info_timeouts import V0040PartitionInfoTimeouts
from .v0040_partition_info_tres import V0040PartitionInfoTres
from .v0040_power_mgmt_data import V0040PowerMgmtData
from .v0040_process_exit_code_verbose import V0040ProcessExitCodeVerbose
from .v0040_process_exit_code_verbose_signal import V0040ProcessExitCodeVerboseSignal
from .v0040_reservation_core_spec import V0040ReservationCoreSpec
from .v0040_reservation_info import V0040ReservationInfo
from .v0040_reservation_info_purge_completed import V0040ReservationInfoPurgeCompleted
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
    "V0040AssocSharesObjWrapFairshare",
    "V0040AssocSharesObjWrapTres",
    "V0040BfExitFields",
    "V0040ControllerPing",
    "V0040CronEntry",
    "V0040CronEntryLine",
    "V0040ExtSensorsData",
    "V0040Float64NoVal",
    "V0040JobArrayResponseMsgEntry",
    "V0040JobDescMsg",
    "V0040JobDescMsgRlimits",
    "V0040JobInfo",
    "V0040JobInfoPower",
    "V0040JobRes",
    "V0040JobSubmitReq",
    "V0040JobSubmitResponseMsg",
    "V0040KillJobsMsg",
    "V0040KillJobsRespJob",
    "V0040KillJobsRespJobError",
    "V0040KillJobsRespJobFederation",
    "V0040License",
    "V0040Node",
    "V0040OpenapiDiagResp",
    "V0040OpenapiError",
    "V0040OpenapiJobInfoResp",
    "V0040OpenapiJobPostResponse",
    "V0040OpenapiJobSubmitResponse",
    "V0040OpenapiKillJobsResp",
    "V0040OpenapiLicensesResp",
    "V0040OpenapiMeta",
    "V0040OpenapiMetaClient",
    "V0040OpenapiMetaPlugin",
    "V0040OpenapiMetaSlurm",
    "V0040OpenapiMetaSlurmVersion",
    "V0040OpenapiNodesResp",
    "V0040OpenapiPartitionResp",
    "V0040OpenapiPingArrayResp",
    "V0040OpenapiReservationResp",
    "V0040OpenapiResp",
    "V0040OpenapiSharesResp",
    "V0040OpenapiWarning",
    "V0040PartitionInfo",
    "V0040PartitionInfoAccounts",
    "V0040PartitionInfoCpus",
    "V0040PartitionInfoDefaults",
    "V0040PartitionInfoGroups",
    "V0040PartitionInfoMaximums",
    "V0040PartitionInfoMaximumsOversubscribe",
    "V0040PartitionInfoMinimums",
    "V0040PartitionInfoNodes",
    "V0040PartitionInfoPartition",
    "V0040PartitionInfoPriority",
    "V0040PartitionInfoQos",
    "V0040PartitionInfoTimeouts",
    "V0040PartitionInfoTres",
    "V0040PowerMgmtData",
    "V0040ProcessExitCodeVerbose",
    "V0040ProcessExitCodeVerboseSignal",
    "V0040ReservationCoreSpec",
    "V0040ReservationInfo",
    "V0040ReservationInfoPurgeCompleted",
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
