""" Contains all the data models used in inputs/outputs """

from .v0040_account import V0040Account
from .v0040_account_short import V0040AccountShort
from .v0040_accounting import V0040Accounting
from .v0040_accounting_allocated_type_0 import V0040AccountingAllocatedType0
from .v0040_accounts_add_cond import V0040AccountsAddCond
from .v0040_acct_gather_energy import V0040AcctGatherEnergy
from .v0040_assoc import V0040Assoc
from .v0040_assoc_default_type_0 import V0040AssocDefaultType0
from .v0040_assoc_max_type_0 import V0040AssocMaxType0
from .v0040_assoc_max_type_0_jobs_type_0 import V0040AssocMaxType0JobsType0
from .v0040_assoc_max_type_0_jobs_type_0_per_type_0 import V0040AssocMaxType0JobsType0PerType0
from .v0040_assoc_max_type_0_per_type_0 import V0040AssocMaxType0PerType0
from .v0040_assoc_max_type_0_per_type_0_account_type_0 import V0040AssocMaxType0PerType0AccountType0
from .v0040_assoc_max_type_0_tres_type_0 import V0040AssocMaxType0TresType0
from .v0040_assoc_max_type_0_tres_type_0_group_type_0 import V0040AssocMaxType0TresType0GroupType0
from .v0040_assoc_max_type_0_tres_type_0_minutes_type_0 import V0040AssocMaxType0TresType0MinutesType0
from .v0040_assoc_max_type_0_tres_type_0_minutes_type_0_per_type_0 import V0040AssocMaxType0TresType0MinutesType0PerType0
from .v0040_assoc_max_type_0_tres_type_0_per_type_0 import V0040AssocMaxType0TresType0PerType0
from .v0040_assoc_min_type_0 import V0040AssocMinType0
from .v0040_assoc_rec_set import V0040AssocRecSet
from .v0040_assoc_shares_obj_wrap import V0040AssocSharesObjWrap
from .v0040_assoc_shares_obj_wrap_fairshare_type_0 import V0040AssocSharesObjWrapFairshareType0
from .v0040_assoc_shares_obj_wrap_tres_type_0 import V0040AssocSharesObjWrapTresType0
from .v0040_assoc_short import V0040AssocShort
from .v0040_bf_exit_fields import V0040BfExitFields
from .v0040_cluster_rec import V0040ClusterRec
from .v0040_cluster_rec_associations_type_0 import V0040ClusterRecAssociationsType0
from .v0040_cluster_rec_controller_type_0 import V0040ClusterRecControllerType0
from .v0040_controller_ping import V0040ControllerPing
from .v0040_coord import V0040Coord
from .v0040_cron_entry import V0040CronEntry
from .v0040_cron_entry_line_type_0 import V0040CronEntryLineType0
from .v0040_ext_sensors_data import V0040ExtSensorsData
from .v0040_float_64_no_val import V0040Float64NoVal
from .v0040_instance import V0040Instance
from .v0040_instance_time_type_0 import V0040InstanceTimeType0
from .v0040_job import V0040Job
from .v0040_job_array_response_msg_entry import V0040JobArrayResponseMsgEntry
from .v0040_job_array_type_0 import V0040JobArrayType0
from .v0040_job_array_type_0_limits_type_0 import V0040JobArrayType0LimitsType0
from .v0040_job_array_type_0_limits_type_0_max_type_0 import V0040JobArrayType0LimitsType0MaxType0
from .v0040_job_array_type_0_limits_type_0_max_type_0_running_type_0 import V0040JobArrayType0LimitsType0MaxType0RunningType0
from .v0040_job_comment_type_0 import V0040JobCommentType0
from .v0040_job_desc_msg import V0040JobDescMsg
from .v0040_job_desc_msg_rlimits_type_0 import V0040JobDescMsgRlimitsType0
from .v0040_job_het_type_0 import V0040JobHetType0
from .v0040_job_info import V0040JobInfo
from .v0040_job_info_power_type_0 import V0040JobInfoPowerType0
from .v0040_job_mcs_type_0 import V0040JobMcsType0
from .v0040_job_required_type_0 import V0040JobRequiredType0
from .v0040_job_res import V0040JobRes
from .v0040_job_reservation_type_0 import V0040JobReservationType0
from .v0040_job_state_resp_job import V0040JobStateRespJob
from .v0040_job_state_type_0 import V0040JobStateType0
from .v0040_job_submit_req import V0040JobSubmitReq
from .v0040_job_submit_response_msg import V0040JobSubmitResponseMsg
from .v0040_job_time_type_0 import V0040JobTimeType0
from .v0040_job_time_type_0_system_type_0 import V0040JobTimeType0SystemType0
from .v0040_job_time_type_0_total_type_0 import V0040JobTimeType0TotalType0
from .v0040_job_time_type_0_user_type_0 import V0040JobTimeType0UserType0
from .v0040_job_tres_type_0 import V0040JobTresType0
from .v0040_kill_jobs_msg import V0040KillJobsMsg
from .v0040_kill_jobs_resp_job import V0040KillJobsRespJob
from .v0040_kill_jobs_resp_job_error_type_0 import V0040KillJobsRespJobErrorType0
from .v0040_kill_jobs_resp_job_federation_type_0 import V0040KillJobsRespJobFederationType0
from .v0040_license import V0040License
from .v0040_node import V0040Node
from .v0040_openapi_accounts_add_cond_resp import V0040OpenapiAccountsAddCondResp
from .v0040_openapi_accounts_add_cond_resp_str import V0040OpenapiAccountsAddCondRespStr
from .v0040_openapi_accounts_removed_resp import V0040OpenapiAccountsRemovedResp
from .v0040_openapi_accounts_resp import V0040OpenapiAccountsResp
from .v0040_openapi_assocs_removed_resp import V0040OpenapiAssocsRemovedResp
from .v0040_openapi_assocs_resp import V0040OpenapiAssocsResp
from .v0040_openapi_clusters_removed_resp import V0040OpenapiClustersRemovedResp
from .v0040_openapi_clusters_resp import V0040OpenapiClustersResp
from .v0040_openapi_diag_resp import V0040OpenapiDiagResp
from .v0040_openapi_error import V0040OpenapiError
from .v0040_openapi_instances_resp import V0040OpenapiInstancesResp
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
from .v0040_openapi_slurmdbd_config_resp import V0040OpenapiSlurmdbdConfigResp
from .v0040_openapi_slurmdbd_jobs_resp import V0040OpenapiSlurmdbdJobsResp
from .v0040_openapi_slurmdbd_qos_removed_resp import V0040OpenapiSlurmdbdQosRemovedResp
from .v0040_openapi_slurmdbd_qos_resp import V0040OpenapiSlurmdbdQosResp
from .v0040_openapi_slurmdbd_stats_resp import V0040OpenapiSlurmdbdStatsResp
from .v0040_openapi_tres_resp import V0040OpenapiTresResp
from .v0040_openapi_users_add_cond_resp import V0040OpenapiUsersAddCondResp
from .v0040_openapi_users_add_cond_resp_str import V0040OpenapiUsersAddCondRespStr
from .v0040_openapi_users_resp import V0040OpenapiUsersResp
from .v0040_openapi_warning import V0040OpenapiWarning
from .v0040_openapi_wckey_removed_resp import V0040OpenapiWckeyRemovedResp
from .v0040_openapi_wckey_resp import V0040OpenapiWckeyResp
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
from .v0040_qos import V0040Qos
from .v0040_qos_limits_type_0 import V0040QosLimitsType0
from .v0040_qos_limits_type_0_max_type_0 import V0040QosLimitsType0MaxType0
from .v0040_qos_limits_type_0_max_type_0_accruing_type_0 import V0040QosLimitsType0MaxType0AccruingType0
from .v0040_qos_limits_type_0_max_type_0_accruing_type_0_per_type_0 import V0040QosLimitsType0MaxType0AccruingType0PerType0
from .v0040_qos_limits_type_0_max_type_0_active_jobs_type_0 import V0040QosLimitsType0MaxType0ActiveJobsType0
from .v0040_qos_limits_type_0_max_type_0_jobs_type_0 import V0040QosLimitsType0MaxType0JobsType0
from .v0040_qos_limits_type_0_max_type_0_jobs_type_0_active_jobs_type_0 import V0040QosLimitsType0MaxType0JobsType0ActiveJobsType0
from .v0040_qos_limits_type_0_max_type_0_jobs_type_0_active_jobs_type_0_per_type_0 import V0040QosLimitsType0MaxType0JobsType0ActiveJobsType0PerType0
from .v0040_qos_limits_type_0_max_type_0_jobs_type_0_per_type_0 import V0040QosLimitsType0MaxType0JobsType0PerType0
from .v0040_qos_limits_type_0_max_type_0_tres_type_0 import V0040QosLimitsType0MaxType0TresType0
from .v0040_qos_limits_type_0_max_type_0_tres_type_0_minutes_type_0 import V0040QosLimitsType0MaxType0TresType0MinutesType0
from .v0040_qos_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0 import V0040QosLimitsType0MaxType0TresType0MinutesType0PerType0
from .v0040_qos_limits_type_0_max_type_0_tres_type_0_per_type_0 import V0040QosLimitsType0MaxType0TresType0PerType0
from .v0040_qos_limits_type_0_max_type_0_wall_clock_type_0 import V0040QosLimitsType0MaxType0WallClockType0
from .v0040_qos_limits_type_0_max_type_0_wall_clock_type_0_per_type_0 import V0040QosLimitsType0MaxType0WallClockType0PerType0
from .v0040_qos_limits_type_0_min_type_0 import V0040QosLimitsType0MinType0
from .v0040_qos_limits_type_0_min_type_0_tres_type_0 import V0040QosLimitsType0MinType0TresType0
from .v0040_qos_limits_type_0_min_type_0_tres_type_0_per_type_0 import V0040QosLimitsType0MinType0TresType0PerType0
from .v0040_qos_preempt_type_0 import V0040QosPreemptType0
from .v0040_reservation_core_spec import V0040ReservationCoreSpec
from .v0040_reservation_info import V0040ReservationInfo
from .v0040_reservation_info_purge_completed_type_0 import V0040ReservationInfoPurgeCompletedType0
from .v0040_rollup_stats_item import V0040RollupStatsItem
from .v0040_schedule_exit_fields import V0040ScheduleExitFields
from .v0040_shares_float_128_tres import V0040SharesFloat128Tres
from .v0040_shares_resp_msg import V0040SharesRespMsg
from .v0040_shares_uint_64_tres import V0040SharesUint64Tres
from .v0040_stats_msg import V0040StatsMsg
from .v0040_stats_msg_rpcs_by_type_item import V0040StatsMsgRpcsByTypeItem
from .v0040_stats_msg_rpcs_by_user_item import V0040StatsMsgRpcsByUserItem
from .v0040_stats_rec import V0040StatsRec
from .v0040_stats_rpc import V0040StatsRpc
from .v0040_stats_rpc_time_type_0 import V0040StatsRpcTimeType0
from .v0040_stats_user import V0040StatsUser
from .v0040_stats_user_time_type_0 import V0040StatsUserTimeType0
from .v0040_step import V0040Step
from .v0040_step_cpu_type_0 import V0040StepCPUType0
from .v0040_step_cpu_type_0_requested_frequency_type_0 import V0040StepCPUType0RequestedFrequencyType0
from .v0040_step_nodes_type_0 import V0040StepNodesType0
from .v0040_step_statistics_type_0 import V0040StepStatisticsType0
from .v0040_step_statistics_type_0_energy_type_0 import V0040StepStatisticsType0EnergyType0
from .v0040_step_statistics_type_0cpu_type_0 import V0040StepStatisticsType0CPUType0
from .v0040_step_step_type_0 import V0040StepStepType0
from .v0040_step_task_type_0 import V0040StepTaskType0
from .v0040_step_tasks_type_0 import V0040StepTasksType0
from .v0040_step_time_type_0 import V0040StepTimeType0
from .v0040_step_time_type_0_system_type_0 import V0040StepTimeType0SystemType0
from .v0040_step_time_type_0_total_type_0 import V0040StepTimeType0TotalType0
from .v0040_step_time_type_0_user_type_0 import V0040StepTimeType0UserType0
from .v0040_step_tres_type_0 import V0040StepTresType0
from .v0040_step_tres_type_0_consumed_type_0 import V0040StepTresType0ConsumedType0
from .v0040_step_tres_type_0_requested_type_0 import V0040StepTresType0RequestedType0
from .v0040_tres import V0040Tres
from .v0040_uint_16_no_val import V0040Uint16NoVal
from .v0040_uint_32_no_val import V0040Uint32NoVal
from .v0040_uint_64_no_val import V0040Uint64NoVal
from .v0040_update_node_msg import V0040UpdateNodeMsg
from .v0040_user import V0040User
from .v0040_user_default_type_0 import V0040UserDefaultType0
from .v0040_user_short import V0040UserShort
from .v0040_users_add_cond import V0040UsersAddCond
from .v0040_wckey import V0040Wckey
from .v0040_wckey_tag_struct import V0040WckeyTagStruct

__all__ = (
    "V0040Account",
    "V0040Accounting",
    "V0040AccountingAllocatedType0",
    "V0040AccountsAddCond",
    "V0040AccountShort",
    "V0040AcctGatherEnergy",
    "V0040Assoc",
    "V0040AssocDefaultType0",
    "V0040AssocMaxType0",
    "V0040AssocMaxType0JobsType0",
    "V0040AssocMaxType0JobsType0PerType0",
    "V0040AssocMaxType0PerType0",
    "V0040AssocMaxType0PerType0AccountType0",
    "V0040AssocMaxType0TresType0",
    "V0040AssocMaxType0TresType0GroupType0",
    "V0040AssocMaxType0TresType0MinutesType0",
    "V0040AssocMaxType0TresType0MinutesType0PerType0",
    "V0040AssocMaxType0TresType0PerType0",
    "V0040AssocMinType0",
    "V0040AssocRecSet",
    "V0040AssocSharesObjWrap",
    "V0040AssocSharesObjWrapFairshareType0",
    "V0040AssocSharesObjWrapTresType0",
    "V0040AssocShort",
    "V0040BfExitFields",
    "V0040ClusterRec",
    "V0040ClusterRecAssociationsType0",
    "V0040ClusterRecControllerType0",
    "V0040ControllerPing",
    "V0040Coord",
    "V0040CronEntry",
    "V0040CronEntryLineType0",
    "V0040ExtSensorsData",
    "V0040Float64NoVal",
    "V0040Instance",
    "V0040InstanceTimeType0",
    "V0040Job",
    "V0040JobArrayResponseMsgEntry",
    "V0040JobArrayType0",
    "V0040JobArrayType0LimitsType0",
    "V0040JobArrayType0LimitsType0MaxType0",
    "V0040JobArrayType0LimitsType0MaxType0RunningType0",
    "V0040JobCommentType0",
    "V0040JobDescMsg",
    "V0040JobDescMsgRlimitsType0",
    "V0040JobHetType0",
    "V0040JobInfo",
    "V0040JobInfoPowerType0",
    "V0040JobMcsType0",
    "V0040JobRequiredType0",
    "V0040JobRes",
    "V0040JobReservationType0",
    "V0040JobStateRespJob",
    "V0040JobStateType0",
    "V0040JobSubmitReq",
    "V0040JobSubmitResponseMsg",
    "V0040JobTimeType0",
    "V0040JobTimeType0SystemType0",
    "V0040JobTimeType0TotalType0",
    "V0040JobTimeType0UserType0",
    "V0040JobTresType0",
    "V0040KillJobsMsg",
    "V0040KillJobsRespJob",
    "V0040KillJobsRespJobErrorType0",
    "V0040KillJobsRespJobFederationType0",
    "V0040License",
    "V0040Node",
    "V0040OpenapiAccountsAddCondResp",
    "V0040OpenapiAccountsAddCondRespStr",
    "V0040OpenapiAccountsRemovedResp",
    "V0040OpenapiAccountsResp",
    "V0040OpenapiAssocsRemovedResp",
    "V0040OpenapiAssocsResp",
    "V0040OpenapiClustersRemovedResp",
    "V0040OpenapiClustersResp",
    "V0040OpenapiDiagResp",
    "V0040OpenapiError",
    "V0040OpenapiInstancesResp",
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
    "V0040OpenapiSlurmdbdConfigResp",
    "V0040OpenapiSlurmdbdJobsResp",
    "V0040OpenapiSlurmdbdQosRemovedResp",
    "V0040OpenapiSlurmdbdQosResp",
    "V0040OpenapiSlurmdbdStatsResp",
    "V0040OpenapiTresResp",
    "V0040OpenapiUsersAddCondResp",
    "V0040OpenapiUsersAddCondRespStr",
    "V0040OpenapiUsersResp",
    "V0040OpenapiWarning",
    "V0040OpenapiWckeyRemovedResp",
    "V0040OpenapiWckeyResp",
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
    "V0040Qos",
    "V0040QosLimitsType0",
    "V0040QosLimitsType0MaxType0",
    "V0040QosLimitsType0MaxType0AccruingType0",
    "V0040QosLimitsType0MaxType0AccruingType0PerType0",
    "V0040QosLimitsType0MaxType0ActiveJobsType0",
    "V0040QosLimitsType0MaxType0JobsType0",
    "V0040QosLimitsType0MaxType0JobsType0ActiveJobsType0",
    "V0040QosLimitsType0MaxType0JobsType0ActiveJobsType0PerType0",
    "V0040QosLimitsType0MaxType0JobsType0PerType0",
    "V0040QosLimitsType0MaxType0TresType0",
    "V0040QosLimitsType0MaxType0TresType0MinutesType0",
    "V0040QosLimitsType0MaxType0TresType0MinutesType0PerType0",
    "V0040QosLimitsType0MaxType0TresType0PerType0",
    "V0040QosLimitsType0MaxType0WallClockType0",
    "V0040QosLimitsType0MaxType0WallClockType0PerType0",
    "V0040QosLimitsType0MinType0",
    "V0040QosLimitsType0MinType0TresType0",
    "V0040QosLimitsType0MinType0TresType0PerType0",
    "V0040QosPreemptType0",
    "V0040ReservationCoreSpec",
    "V0040ReservationInfo",
    "V0040ReservationInfoPurgeCompletedType0",
    "V0040RollupStatsItem",
    "V0040ScheduleExitFields",
    "V0040SharesFloat128Tres",
    "V0040SharesRespMsg",
    "V0040SharesUint64Tres",
    "V0040StatsMsg",
    "V0040StatsMsgRpcsByTypeItem",
    "V0040StatsMsgRpcsByUserItem",
    "V0040StatsRec",
    "V0040StatsRpc",
    "V0040StatsRpcTimeType0",
    "V0040StatsUser",
    "V0040StatsUserTimeType0",
    "V0040Step",
    "V0040StepCPUType0",
    "V0040StepCPUType0RequestedFrequencyType0",
    "V0040StepNodesType0",
    "V0040StepStatisticsType0",
    "V0040StepStatisticsType0CPUType0",
    "V0040StepStatisticsType0EnergyType0",
    "V0040StepStepType0",
    "V0040StepTasksType0",
    "V0040StepTaskType0",
    "V0040StepTimeType0",
    "V0040StepTimeType0SystemType0",
    "V0040StepTimeType0TotalType0",
    "V0040StepTimeType0UserType0",
    "V0040StepTresType0",
    "V0040StepTresType0ConsumedType0",
    "V0040StepTresType0RequestedType0",
    "V0040Tres",
    "V0040Uint16NoVal",
    "V0040Uint32NoVal",
    "V0040Uint64NoVal",
    "V0040UpdateNodeMsg",
    "V0040User",
    "V0040UserDefaultType0",
    "V0040UsersAddCond",
    "V0040UserShort",
    "V0040Wckey",
    "V0040WckeyTagStruct",
)
