""" Contains all the data models used in inputs/outputs """

from .v0042_account import V0042Account
from .v0042_account_short import V0042AccountShort
from .v0042_accounting import V0042Accounting
from .v0042_accounting_allocated_type_0 import V0042AccountingAllocatedType0
from .v0042_accounts_add_cond import V0042AccountsAddCond
from .v0042_acct_gather_energy import V0042AcctGatherEnergy
from .v0042_assoc import V0042Assoc
from .v0042_assoc_default_type_0 import V0042AssocDefaultType0
from .v0042_assoc_max_type_0 import V0042AssocMaxType0
from .v0042_assoc_max_type_0_jobs_type_0 import V0042AssocMaxType0JobsType0
from .v0042_assoc_max_type_0_jobs_type_0_per_type_0 import V0042AssocMaxType0JobsType0PerType0
from .v0042_assoc_max_type_0_per_type_0 import V0042AssocMaxType0PerType0
from .v0042_assoc_max_type_0_per_type_0_account_type_0 import V0042AssocMaxType0PerType0AccountType0
from .v0042_assoc_max_type_0_tres_type_0 import V0042AssocMaxType0TresType0
from .v0042_assoc_max_type_0_tres_type_0_group_type_0 import V0042AssocMaxType0TresType0GroupType0
from .v0042_assoc_max_type_0_tres_type_0_minutes_type_0 import V0042AssocMaxType0TresType0MinutesType0
from .v0042_assoc_max_type_0_tres_type_0_minutes_type_0_per_type_0 import V0042AssocMaxType0TresType0MinutesType0PerType0
from .v0042_assoc_max_type_0_tres_type_0_per_type_0 import V0042AssocMaxType0TresType0PerType0
from .v0042_assoc_min_type_0 import V0042AssocMinType0
from .v0042_assoc_rec_set import V0042AssocRecSet
from .v0042_assoc_shares_obj_wrap import V0042AssocSharesObjWrap
from .v0042_assoc_shares_obj_wrap_fairshare_type_0 import V0042AssocSharesObjWrapFairshareType0
from .v0042_assoc_shares_obj_wrap_tres_type_0 import V0042AssocSharesObjWrapTresType0
from .v0042_assoc_short import V0042AssocShort
from .v0042_bf_exit_fields import V0042BfExitFields
from .v0042_cluster_rec import V0042ClusterRec
from .v0042_cluster_rec_associations_type_0 import V0042ClusterRecAssociationsType0
from .v0042_cluster_rec_controller_type_0 import V0042ClusterRecControllerType0
from .v0042_controller_ping import V0042ControllerPing
from .v0042_coord import V0042Coord
from .v0042_cron_entry import V0042CronEntry
from .v0042_cron_entry_line_type_0 import V0042CronEntryLineType0
from .v0042_float_64_no_val_struct import V0042Float64NoValStruct
from .v0042_instance import V0042Instance
from .v0042_instance_time_type_0 import V0042InstanceTimeType0
from .v0042_job import V0042Job
from .v0042_job_alloc_req import V0042JobAllocReq
from .v0042_job_array_response_msg_entry import V0042JobArrayResponseMsgEntry
from .v0042_job_array_type_0 import V0042JobArrayType0
from .v0042_job_array_type_0_limits_type_0 import V0042JobArrayType0LimitsType0
from .v0042_job_array_type_0_limits_type_0_max_type_0 import V0042JobArrayType0LimitsType0MaxType0
from .v0042_job_array_type_0_limits_type_0_max_type_0_running_type_0 import V0042JobArrayType0LimitsType0MaxType0RunningType0
from .v0042_job_comment_type_0 import V0042JobCommentType0
from .v0042_job_desc_msg import V0042JobDescMsg
from .v0042_job_desc_msg_rlimits_type_0 import V0042JobDescMsgRlimitsType0
from .v0042_job_het_type_0 import V0042JobHetType0
from .v0042_job_info import V0042JobInfo
from .v0042_job_info_power_type_0 import V0042JobInfoPowerType0
from .v0042_job_mcs_type_0 import V0042JobMcsType0
from .v0042_job_required_type_0 import V0042JobRequiredType0
from .v0042_job_res import V0042JobRes
from .v0042_job_res_core import V0042JobResCore
from .v0042_job_res_node import V0042JobResNode
from .v0042_job_res_node_cpus_type_0 import V0042JobResNodeCpusType0
from .v0042_job_res_node_memory_type_0 import V0042JobResNodeMemoryType0
from .v0042_job_res_nodes_type_0 import V0042JobResNodesType0
from .v0042_job_res_socket import V0042JobResSocket
from .v0042_job_reservation_type_0 import V0042JobReservationType0
from .v0042_job_state_resp_job import V0042JobStateRespJob
from .v0042_job_state_type_0 import V0042JobStateType0
from .v0042_job_submit_req import V0042JobSubmitReq
from .v0042_job_time_type_0 import V0042JobTimeType0
from .v0042_job_time_type_0_system_type_0 import V0042JobTimeType0SystemType0
from .v0042_job_time_type_0_total_type_0 import V0042JobTimeType0TotalType0
from .v0042_job_time_type_0_user_type_0 import V0042JobTimeType0UserType0
from .v0042_job_tres_type_0 import V0042JobTresType0
from .v0042_kill_jobs_msg import V0042KillJobsMsg
from .v0042_kill_jobs_resp_job import V0042KillJobsRespJob
from .v0042_kill_jobs_resp_job_error_type_0 import V0042KillJobsRespJobErrorType0
from .v0042_kill_jobs_resp_job_federation_type_0 import V0042KillJobsRespJobFederationType0
from .v0042_license import V0042License
from .v0042_node import V0042Node
from .v0042_node_external_sensors_type_0 import V0042NodeExternalSensorsType0
from .v0042_node_power_type_0 import V0042NodePowerType0
from .v0042_openapi_accounts_add_cond_resp import V0042OpenapiAccountsAddCondResp
from .v0042_openapi_accounts_add_cond_resp_str import V0042OpenapiAccountsAddCondRespStr
from .v0042_openapi_accounts_removed_resp import V0042OpenapiAccountsRemovedResp
from .v0042_openapi_accounts_resp import V0042OpenapiAccountsResp
from .v0042_openapi_assocs_removed_resp import V0042OpenapiAssocsRemovedResp
from .v0042_openapi_assocs_resp import V0042OpenapiAssocsResp
from .v0042_openapi_clusters_removed_resp import V0042OpenapiClustersRemovedResp
from .v0042_openapi_clusters_resp import V0042OpenapiClustersResp
from .v0042_openapi_diag_resp import V0042OpenapiDiagResp
from .v0042_openapi_error import V0042OpenapiError
from .v0042_openapi_instances_resp import V0042OpenapiInstancesResp
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
from .v0042_openapi_slurmdbd_config_resp import V0042OpenapiSlurmdbdConfigResp
from .v0042_openapi_slurmdbd_jobs_resp import V0042OpenapiSlurmdbdJobsResp
from .v0042_openapi_slurmdbd_ping_resp import V0042OpenapiSlurmdbdPingResp
from .v0042_openapi_slurmdbd_qos_removed_resp import V0042OpenapiSlurmdbdQosRemovedResp
from .v0042_openapi_slurmdbd_qos_resp import V0042OpenapiSlurmdbdQosResp
from .v0042_openapi_slurmdbd_stats_resp import V0042OpenapiSlurmdbdStatsResp
from .v0042_openapi_tres_resp import V0042OpenapiTresResp
from .v0042_openapi_users_add_cond_resp import V0042OpenapiUsersAddCondResp
from .v0042_openapi_users_add_cond_resp_str import V0042OpenapiUsersAddCondRespStr
from .v0042_openapi_users_resp import V0042OpenapiUsersResp
from .v0042_openapi_warning import V0042OpenapiWarning
from .v0042_openapi_wckey_removed_resp import V0042OpenapiWckeyRemovedResp
from .v0042_openapi_wckey_resp import V0042OpenapiWckeyResp
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
from .v0042_qos import V0042Qos
from .v0042_qos_limits_type_0 import V0042QosLimitsType0
from .v0042_qos_limits_type_0_max_type_0 import V0042QosLimitsType0MaxType0
from .v0042_qos_limits_type_0_max_type_0_accruing_type_0 import V0042QosLimitsType0MaxType0AccruingType0
from .v0042_qos_limits_type_0_max_type_0_accruing_type_0_per_type_0 import V0042QosLimitsType0MaxType0AccruingType0PerType0
from .v0042_qos_limits_type_0_max_type_0_active_jobs_type_0 import V0042QosLimitsType0MaxType0ActiveJobsType0
from .v0042_qos_limits_type_0_max_type_0_jobs_type_0 import V0042QosLimitsType0MaxType0JobsType0
from .v0042_qos_limits_type_0_max_type_0_jobs_type_0_active_jobs_type_0 import V0042QosLimitsType0MaxType0JobsType0ActiveJobsType0
from .v0042_qos_limits_type_0_max_type_0_jobs_type_0_active_jobs_type_0_per_type_0 import V0042QosLimitsType0MaxType0JobsType0ActiveJobsType0PerType0
from .v0042_qos_limits_type_0_max_type_0_jobs_type_0_per_type_0 import V0042QosLimitsType0MaxType0JobsType0PerType0
from .v0042_qos_limits_type_0_max_type_0_tres_type_0 import V0042QosLimitsType0MaxType0TresType0
from .v0042_qos_limits_type_0_max_type_0_tres_type_0_minutes_type_0 import V0042QosLimitsType0MaxType0TresType0MinutesType0
from .v0042_qos_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0 import V0042QosLimitsType0MaxType0TresType0MinutesType0PerType0
from .v0042_qos_limits_type_0_max_type_0_tres_type_0_per_type_0 import V0042QosLimitsType0MaxType0TresType0PerType0
from .v0042_qos_limits_type_0_max_type_0_wall_clock_type_0 import V0042QosLimitsType0MaxType0WallClockType0
from .v0042_qos_limits_type_0_max_type_0_wall_clock_type_0_per_type_0 import V0042QosLimitsType0MaxType0WallClockType0PerType0
from .v0042_qos_limits_type_0_min_type_0 import V0042QosLimitsType0MinType0
from .v0042_qos_limits_type_0_min_type_0_tres_type_0 import V0042QosLimitsType0MinType0TresType0
from .v0042_qos_limits_type_0_min_type_0_tres_type_0_per_type_0 import V0042QosLimitsType0MinType0TresType0PerType0
from .v0042_qos_preempt_type_0 import V0042QosPreemptType0
from .v0042_reservation_core_spec import V0042ReservationCoreSpec
from .v0042_reservation_info import V0042ReservationInfo
from .v0042_reservation_info_purge_completed_type_0 import V0042ReservationInfoPurgeCompletedType0
from .v0042_rollup_stats import V0042RollupStats
from .v0042_rollup_stats_daily_type_0 import V0042RollupStatsDailyType0
from .v0042_rollup_stats_daily_type_0_duration_type_0 import V0042RollupStatsDailyType0DurationType0
from .v0042_rollup_stats_hourly_type_0 import V0042RollupStatsHourlyType0
from .v0042_rollup_stats_hourly_type_0_duration_type_0 import V0042RollupStatsHourlyType0DurationType0
from .v0042_rollup_stats_monthly_type_0 import V0042RollupStatsMonthlyType0
from .v0042_rollup_stats_monthly_type_0_duration_type_0 import V0042RollupStatsMonthlyType0DurationType0
from .v0042_schedule_exit_fields import V0042ScheduleExitFields
from .v0042_shares_float_128_tres import V0042SharesFloat128Tres
from .v0042_shares_resp_msg import V0042SharesRespMsg
from .v0042_shares_uint_64_tres import V0042SharesUint64Tres
from .v0042_slurmdbd_ping import V0042SlurmdbdPing
from .v0042_stats_msg import V0042StatsMsg
from .v0042_stats_msg_rpc_dump import V0042StatsMsgRpcDump
from .v0042_stats_msg_rpc_queue import V0042StatsMsgRpcQueue
from .v0042_stats_msg_rpc_type import V0042StatsMsgRpcType
from .v0042_stats_msg_rpc_user import V0042StatsMsgRpcUser
from .v0042_stats_rec import V0042StatsRec
from .v0042_stats_rpc import V0042StatsRpc
from .v0042_stats_rpc_time_type_0 import V0042StatsRpcTimeType0
from .v0042_stats_user import V0042StatsUser
from .v0042_stats_user_time_type_0 import V0042StatsUserTimeType0
from .v0042_step import V0042Step
from .v0042_step_cpu_type_0 import V0042StepCPUType0
from .v0042_step_cpu_type_0_requested_frequency_type_0 import V0042StepCPUType0RequestedFrequencyType0
from .v0042_step_nodes_type_0 import V0042StepNodesType0
from .v0042_step_statistics_type_0 import V0042StepStatisticsType0
from .v0042_step_statistics_type_0_energy_type_0 import V0042StepStatisticsType0EnergyType0
from .v0042_step_statistics_type_0cpu_type_0 import V0042StepStatisticsType0CPUType0
from .v0042_step_step_type_0 import V0042StepStepType0
from .v0042_step_task_type_0 import V0042StepTaskType0
from .v0042_step_tasks_type_0 import V0042StepTasksType0
from .v0042_step_time_type_0 import V0042StepTimeType0
from .v0042_step_time_type_0_system_type_0 import V0042StepTimeType0SystemType0
from .v0042_step_time_type_0_total_type_0 import V0042StepTimeType0TotalType0
from .v0042_step_time_type_0_user_type_0 import V0042StepTimeType0UserType0
from .v0042_step_tres_type_0 import V0042StepTresType0
from .v0042_step_tres_type_0_consumed_type_0 import V0042StepTresType0ConsumedType0
from .v0042_step_tres_type_0_requested_type_0 import V0042StepTresType0RequestedType0
from .v0042_tres import V0042Tres
from .v0042_uint_16_no_val_struct import V0042Uint16NoValStruct
from .v0042_uint_32_no_val_struct import V0042Uint32NoValStruct
from .v0042_uint_64_no_val_struct import V0042Uint64NoValStruct
from .v0042_update_node_msg import V0042UpdateNodeMsg
from .v0042_user import V0042User
from .v0042_user_default_type_0 import V0042UserDefaultType0
from .v0042_user_short import V0042UserShort
from .v0042_users_add_cond import V0042UsersAddCond
from .v0042_wckey import V0042Wckey
from .v0042_wckey_tag_struct import V0042WckeyTagStruct

__all__ = (
    "V0042Account",
    "V0042Accounting",
    "V0042AccountingAllocatedType0",
    "V0042AccountsAddCond",
    "V0042AccountShort",
    "V0042AcctGatherEnergy",
    "V0042Assoc",
    "V0042AssocDefaultType0",
    "V0042AssocMaxType0",
    "V0042AssocMaxType0JobsType0",
    "V0042AssocMaxType0JobsType0PerType0",
    "V0042AssocMaxType0PerType0",
    "V0042AssocMaxType0PerType0AccountType0",
    "V0042AssocMaxType0TresType0",
    "V0042AssocMaxType0TresType0GroupType0",
    "V0042AssocMaxType0TresType0MinutesType0",
    "V0042AssocMaxType0TresType0MinutesType0PerType0",
    "V0042AssocMaxType0TresType0PerType0",
    "V0042AssocMinType0",
    "V0042AssocRecSet",
    "V0042AssocSharesObjWrap",
    "V0042AssocSharesObjWrapFairshareType0",
    "V0042AssocSharesObjWrapTresType0",
    "V0042AssocShort",
    "V0042BfExitFields",
    "V0042ClusterRec",
    "V0042ClusterRecAssociationsType0",
    "V0042ClusterRecControllerType0",
    "V0042ControllerPing",
    "V0042Coord",
    "V0042CronEntry",
    "V0042CronEntryLineType0",
    "V0042Float64NoValStruct",
    "V0042Instance",
    "V0042InstanceTimeType0",
    "V0042Job",
    "V0042JobAllocReq",
    "V0042JobArrayResponseMsgEntry",
    "V0042JobArrayType0",
    "V0042JobArrayType0LimitsType0",
    "V0042JobArrayType0LimitsType0MaxType0",
    "V0042JobArrayType0LimitsType0MaxType0RunningType0",
    "V0042JobCommentType0",
    "V0042JobDescMsg",
    "V0042JobDescMsgRlimitsType0",
    "V0042JobHetType0",
    "V0042JobInfo",
    "V0042JobInfoPowerType0",
    "V0042JobMcsType0",
    "V0042JobRequiredType0",
    "V0042JobRes",
    "V0042JobResCore",
    "V0042JobReservationType0",
    "V0042JobResNode",
    "V0042JobResNodeCpusType0",
    "V0042JobResNodeMemoryType0",
    "V0042JobResNodesType0",
    "V0042JobResSocket",
    "V0042JobStateRespJob",
    "V0042JobStateType0",
    "V0042JobSubmitReq",
    "V0042JobTimeType0",
    "V0042JobTimeType0SystemType0",
    "V0042JobTimeType0TotalType0",
    "V0042JobTimeType0UserType0",
    "V0042JobTresType0",
    "V0042KillJobsMsg",
    "V0042KillJobsRespJob",
    "V0042KillJobsRespJobErrorType0",
    "V0042KillJobsRespJobFederationType0",
    "V0042License",
    "V0042Node",
    "V0042NodeExternalSensorsType0",
    "V0042NodePowerType0",
    "V0042OpenapiAccountsAddCondResp",
    "V0042OpenapiAccountsAddCondRespStr",
    "V0042OpenapiAccountsRemovedResp",
    "V0042OpenapiAccountsResp",
    "V0042OpenapiAssocsRemovedResp",
    "V0042OpenapiAssocsResp",
    "V0042OpenapiClustersRemovedResp",
    "V0042OpenapiClustersResp",
    "V0042OpenapiDiagResp",
    "V0042OpenapiError",
    "V0042OpenapiInstancesResp",
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
    "V0042OpenapiSlurmdbdConfigResp",
    "V0042OpenapiSlurmdbdJobsResp",
    "V0042OpenapiSlurmdbdPingResp",
    "V0042OpenapiSlurmdbdQosRemovedResp",
    "V0042OpenapiSlurmdbdQosResp",
    "V0042OpenapiSlurmdbdStatsResp",
    "V0042OpenapiTresResp",
    "V0042OpenapiUsersAddCondResp",
    "V0042OpenapiUsersAddCondRespStr",
    "V0042OpenapiUsersResp",
    "V0042OpenapiWarning",
    "V0042OpenapiWckeyRemovedResp",
    "V0042OpenapiWckeyResp",
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
    "V0042Qos",
    "V0042QosLimitsType0",
    "V0042QosLimitsType0MaxType0",
    "V0042QosLimitsType0MaxType0AccruingType0",
    "V0042QosLimitsType0MaxType0AccruingType0PerType0",
    "V0042QosLimitsType0MaxType0ActiveJobsType0",
    "V0042QosLimitsType0MaxType0JobsType0",
    "V0042QosLimitsType0MaxType0JobsType0ActiveJobsType0",
    "V0042QosLimitsType0MaxType0JobsType0ActiveJobsType0PerType0",
    "V0042QosLimitsType0MaxType0JobsType0PerType0",
    "V0042QosLimitsType0MaxType0TresType0",
    "V0042QosLimitsType0MaxType0TresType0MinutesType0",
    "V0042QosLimitsType0MaxType0TresType0MinutesType0PerType0",
    "V0042QosLimitsType0MaxType0TresType0PerType0",
    "V0042QosLimitsType0MaxType0WallClockType0",
    "V0042QosLimitsType0MaxType0WallClockType0PerType0",
    "V0042QosLimitsType0MinType0",
    "V0042QosLimitsType0MinType0TresType0",
    "V0042QosLimitsType0MinType0TresType0PerType0",
    "V0042QosPreemptType0",
    "V0042ReservationCoreSpec",
    "V0042ReservationInfo",
    "V0042ReservationInfoPurgeCompletedType0",
    "V0042RollupStats",
    "V0042RollupStatsDailyType0",
    "V0042RollupStatsDailyType0DurationType0",
    "V0042RollupStatsHourlyType0",
    "V0042RollupStatsHourlyType0DurationType0",
    "V0042RollupStatsMonthlyType0",
    "V0042RollupStatsMonthlyType0DurationType0",
    "V0042ScheduleExitFields",
    "V0042SharesFloat128Tres",
    "V0042SharesRespMsg",
    "V0042SharesUint64Tres",
    "V0042SlurmdbdPing",
    "V0042StatsMsg",
    "V0042StatsMsgRpcDump",
    "V0042StatsMsgRpcQueue",
    "V0042StatsMsgRpcType",
    "V0042StatsMsgRpcUser",
    "V0042StatsRec",
    "V0042StatsRpc",
    "V0042StatsRpcTimeType0",
    "V0042StatsUser",
    "V0042StatsUserTimeType0",
    "V0042Step",
    "V0042StepCPUType0",
    "V0042StepCPUType0RequestedFrequencyType0",
    "V0042StepNodesType0",
    "V0042StepStatisticsType0",
    "V0042StepStatisticsType0CPUType0",
    "V0042StepStatisticsType0EnergyType0",
    "V0042StepStepType0",
    "V0042StepTasksType0",
    "V0042StepTaskType0",
    "V0042StepTimeType0",
    "V0042StepTimeType0SystemType0",
    "V0042StepTimeType0TotalType0",
    "V0042StepTimeType0UserType0",
    "V0042StepTresType0",
    "V0042StepTresType0ConsumedType0",
    "V0042StepTresType0RequestedType0",
    "V0042Tres",
    "V0042Uint16NoValStruct",
    "V0042Uint32NoValStruct",
    "V0042Uint64NoValStruct",
    "V0042UpdateNodeMsg",
    "V0042User",
    "V0042UserDefaultType0",
    "V0042UsersAddCond",
    "V0042UserShort",
    "V0042Wckey",
    "V0042WckeyTagStruct",
)
