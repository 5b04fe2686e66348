""" Contains all the data models used in inputs/outputs """

from .v0043_account import V0043Account
from .v0043_account_short import V0043AccountShort
from .v0043_accounting import V0043Accounting
from .v0043_accounting_allocated_type_0 import V0043AccountingAllocatedType0
from .v0043_accounts_add_cond import V0043AccountsAddCond
from .v0043_acct_gather_energy import V0043AcctGatherEnergy
from .v0043_assoc import V0043Assoc
from .v0043_assoc_default_type_0 import V0043AssocDefaultType0
from .v0043_assoc_max_type_0 import V0043AssocMaxType0
from .v0043_assoc_max_type_0_jobs_type_0 import V0043AssocMaxType0JobsType0
from .v0043_assoc_max_type_0_jobs_type_0_per_type_0 import V0043AssocMaxType0JobsType0PerType0
from .v0043_assoc_max_type_0_per_type_0 import V0043AssocMaxType0PerType0
from .v0043_assoc_max_type_0_per_type_0_account_type_0 import V0043AssocMaxType0PerType0AccountType0
from .v0043_assoc_max_type_0_tres_type_0 import V0043AssocMaxType0TresType0
from .v0043_assoc_max_type_0_tres_type_0_group_type_0 import V0043AssocMaxType0TresType0GroupType0
from .v0043_assoc_max_type_0_tres_type_0_minutes_type_0 import V0043AssocMaxType0TresType0MinutesType0
from .v0043_assoc_max_type_0_tres_type_0_minutes_type_0_per_type_0 import V0043AssocMaxType0TresType0MinutesType0PerType0
from .v0043_assoc_max_type_0_tres_type_0_per_type_0 import V0043AssocMaxType0TresType0PerType0
from .v0043_assoc_min_type_0 import V0043AssocMinType0
from .v0043_assoc_rec_set import V0043AssocRecSet
from .v0043_assoc_shares_obj_wrap import V0043AssocSharesObjWrap
from .v0043_assoc_shares_obj_wrap_fairshare_type_0 import V0043AssocSharesObjWrapFairshareType0
from .v0043_assoc_shares_obj_wrap_tres_type_0 import V0043AssocSharesObjWrapTresType0
from .v0043_assoc_short import V0043AssocShort
from .v0043_bf_exit_fields import V0043BfExitFields
from .v0043_cluster_rec import V0043ClusterRec
from .v0043_cluster_rec_associations_type_0 import V0043ClusterRecAssociationsType0
from .v0043_cluster_rec_controller_type_0 import V0043ClusterRecControllerType0
from .v0043_controller_ping import V0043ControllerPing
from .v0043_coord import V0043Coord
from .v0043_cron_entry import V0043CronEntry
from .v0043_cron_entry_line_type_0 import V0043CronEntryLineType0
from .v0043_float_64_no_val_struct import V0043Float64NoValStruct
from .v0043_instance import V0043Instance
from .v0043_instance_time_type_0 import V0043InstanceTimeType0
from .v0043_job import V0043Job
from .v0043_job_alloc_req import V0043JobAllocReq
from .v0043_job_array_response_msg_entry import V0043JobArrayResponseMsgEntry
from .v0043_job_array_type_0 import V0043JobArrayType0
from .v0043_job_array_type_0_limits_type_0 import V0043JobArrayType0LimitsType0
from .v0043_job_array_type_0_limits_type_0_max_type_0 import V0043JobArrayType0LimitsType0MaxType0
from .v0043_job_array_type_0_limits_type_0_max_type_0_running_type_0 import V0043JobArrayType0LimitsType0MaxType0RunningType0
from .v0043_job_comment_type_0 import V0043JobCommentType0
from .v0043_job_desc_msg import V0043JobDescMsg
from .v0043_job_desc_msg_rlimits_type_0 import V0043JobDescMsgRlimitsType0
from .v0043_job_het_type_0 import V0043JobHetType0
from .v0043_job_info import V0043JobInfo
from .v0043_job_info_power_type_0 import V0043JobInfoPowerType0
from .v0043_job_mcs_type_0 import V0043JobMcsType0
from .v0043_job_required_type_0 import V0043JobRequiredType0
from .v0043_job_res import V0043JobRes
from .v0043_job_res_core import V0043JobResCore
from .v0043_job_res_node import V0043JobResNode
from .v0043_job_res_node_cpus_type_0 import V0043JobResNodeCpusType0
from .v0043_job_res_node_memory_type_0 import V0043JobResNodeMemoryType0
from .v0043_job_res_nodes_type_0 import V0043JobResNodesType0
from .v0043_job_res_socket import V0043JobResSocket
from .v0043_job_reservation_type_0 import V0043JobReservationType0
from .v0043_job_state_resp_job import V0043JobStateRespJob
from .v0043_job_state_type_0 import V0043JobStateType0
from .v0043_job_submit_req import V0043JobSubmitReq
from .v0043_job_time_type_0 import V0043JobTimeType0
from .v0043_job_time_type_0_system_type_0 import V0043JobTimeType0SystemType0
from .v0043_job_time_type_0_total_type_0 import V0043JobTimeType0TotalType0
from .v0043_job_time_type_0_user_type_0 import V0043JobTimeType0UserType0
from .v0043_job_tres_type_0 import V0043JobTresType0
from .v0043_kill_jobs_msg import V0043KillJobsMsg
from .v0043_kill_jobs_resp_job import V0043KillJobsRespJob
from .v0043_kill_jobs_resp_job_error_type_0 import V0043KillJobsRespJobErrorType0
from .v0043_kill_jobs_resp_job_federation_type_0 import V0043KillJobsRespJobFederationType0
from .v0043_license import V0043License
from .v0043_node import V0043Node
from .v0043_node_external_sensors_type_0 import V0043NodeExternalSensorsType0
from .v0043_node_power_type_0 import V0043NodePowerType0
from .v0043_openapi_accounts_add_cond_resp import V0043OpenapiAccountsAddCondResp
from .v0043_openapi_accounts_add_cond_resp_str import V0043OpenapiAccountsAddCondRespStr
from .v0043_openapi_accounts_removed_resp import V0043OpenapiAccountsRemovedResp
from .v0043_openapi_accounts_resp import V0043OpenapiAccountsResp
from .v0043_openapi_assocs_removed_resp import V0043OpenapiAssocsRemovedResp
from .v0043_openapi_assocs_resp import V0043OpenapiAssocsResp
from .v0043_openapi_clusters_removed_resp import V0043OpenapiClustersRemovedResp
from .v0043_openapi_clusters_resp import V0043OpenapiClustersResp
from .v0043_openapi_diag_resp import V0043OpenapiDiagResp
from .v0043_openapi_error import V0043OpenapiError
from .v0043_openapi_instances_resp import V0043OpenapiInstancesResp
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
from .v0043_openapi_slurmdbd_config_resp import V0043OpenapiSlurmdbdConfigResp
from .v0043_openapi_slurmdbd_jobs_resp import V0043OpenapiSlurmdbdJobsResp
from .v0043_openapi_slurmdbd_ping_resp import V0043OpenapiSlurmdbdPingResp
from .v0043_openapi_slurmdbd_qos_removed_resp import V0043OpenapiSlurmdbdQosRemovedResp
from .v0043_openapi_slurmdbd_qos_resp import V0043OpenapiSlurmdbdQosResp
from .v0043_openapi_slurmdbd_stats_resp import V0043OpenapiSlurmdbdStatsResp
from .v0043_openapi_tres_resp import V0043OpenapiTresResp
from .v0043_openapi_users_add_cond_resp import V0043OpenapiUsersAddCondResp
from .v0043_openapi_users_add_cond_resp_str import V0043OpenapiUsersAddCondRespStr
from .v0043_openapi_users_resp import V0043OpenapiUsersResp
from .v0043_openapi_warning import V0043OpenapiWarning
from .v0043_openapi_wckey_removed_resp import V0043OpenapiWckeyRemovedResp
from .v0043_openapi_wckey_resp import V0043OpenapiWckeyResp
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
from .v0043_qos import V0043Qos
from .v0043_qos_limits_type_0 import V0043QosLimitsType0
from .v0043_qos_limits_type_0_max_type_0 import V0043QosLimitsType0MaxType0
from .v0043_qos_limits_type_0_max_type_0_accruing_type_0 import V0043QosLimitsType0MaxType0AccruingType0
from .v0043_qos_limits_type_0_max_type_0_accruing_type_0_per_type_0 import V0043QosLimitsType0MaxType0AccruingType0PerType0
from .v0043_qos_limits_type_0_max_type_0_active_jobs_type_0 import V0043QosLimitsType0MaxType0ActiveJobsType0
from .v0043_qos_limits_type_0_max_type_0_jobs_type_0 import V0043QosLimitsType0MaxType0JobsType0
from .v0043_qos_limits_type_0_max_type_0_jobs_type_0_active_jobs_type_0 import V0043QosLimitsType0MaxType0JobsType0ActiveJobsType0
from .v0043_qos_limits_type_0_max_type_0_jobs_type_0_active_jobs_type_0_per_type_0 import V0043QosLimitsType0MaxType0JobsType0ActiveJobsType0PerType0
from .v0043_qos_limits_type_0_max_type_0_jobs_type_0_per_type_0 import V0043QosLimitsType0MaxType0JobsType0PerType0
from .v0043_qos_limits_type_0_max_type_0_tres_type_0 import V0043QosLimitsType0MaxType0TresType0
from .v0043_qos_limits_type_0_max_type_0_tres_type_0_minutes_type_0 import V0043QosLimitsType0MaxType0TresType0MinutesType0
from .v0043_qos_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0 import V0043QosLimitsType0MaxType0TresType0MinutesType0PerType0
from .v0043_qos_limits_type_0_max_type_0_tres_type_0_per_type_0 import V0043QosLimitsType0MaxType0TresType0PerType0
from .v0043_qos_limits_type_0_max_type_0_wall_clock_type_0 import V0043QosLimitsType0MaxType0WallClockType0
from .v0043_qos_limits_type_0_max_type_0_wall_clock_type_0_per_type_0 import V0043QosLimitsType0MaxType0WallClockType0PerType0
from .v0043_qos_limits_type_0_min_type_0 import V0043QosLimitsType0MinType0
from .v0043_qos_limits_type_0_min_type_0_tres_type_0 import V0043QosLimitsType0MinType0TresType0
from .v0043_qos_limits_type_0_min_type_0_tres_type_0_per_type_0 import V0043QosLimitsType0MinType0TresType0PerType0
from .v0043_qos_preempt_type_0 import V0043QosPreemptType0
from .v0043_reservation_core_spec import V0043ReservationCoreSpec
from .v0043_reservation_desc_msg import V0043ReservationDescMsg
from .v0043_reservation_desc_msg_purge_completed_type_0 import V0043ReservationDescMsgPurgeCompletedType0
from .v0043_reservation_info import V0043ReservationInfo
from .v0043_reservation_info_purge_completed_type_0 import V0043ReservationInfoPurgeCompletedType0
from .v0043_reservation_mod_req import V0043ReservationModReq
from .v0043_rollup_stats import V0043RollupStats
from .v0043_rollup_stats_daily_type_0 import V0043RollupStatsDailyType0
from .v0043_rollup_stats_daily_type_0_duration_type_0 import V0043RollupStatsDailyType0DurationType0
from .v0043_rollup_stats_hourly_type_0 import V0043RollupStatsHourlyType0
from .v0043_rollup_stats_hourly_type_0_duration_type_0 import V0043RollupStatsHourlyType0DurationType0
from .v0043_rollup_stats_monthly_type_0 import V0043RollupStatsMonthlyType0
from .v0043_rollup_stats_monthly_type_0_duration_type_0 import V0043RollupStatsMonthlyType0DurationType0
from .v0043_schedule_exit_fields import V0043ScheduleExitFields
from .v0043_shares_float_128_tres import V0043SharesFloat128Tres
from .v0043_shares_resp_msg import V0043SharesRespMsg
from .v0043_shares_uint_64_tres import V0043SharesUint64Tres
from .v0043_slurmdbd_ping import V0043SlurmdbdPing
from .v0043_stats_msg import V0043StatsMsg
from .v0043_stats_msg_rpc_dump import V0043StatsMsgRpcDump
from .v0043_stats_msg_rpc_queue import V0043StatsMsgRpcQueue
from .v0043_stats_msg_rpc_type import V0043StatsMsgRpcType
from .v0043_stats_msg_rpc_user import V0043StatsMsgRpcUser
from .v0043_stats_rec import V0043StatsRec
from .v0043_stats_rpc import V0043StatsRpc
from .v0043_stats_rpc_time_type_0 import V0043StatsRpcTimeType0
from .v0043_stats_user import V0043StatsUser
from .v0043_stats_user_time_type_0 import V0043StatsUserTimeType0
from .v0043_step import V0043Step
from .v0043_step_cpu_type_0 import V0043StepCPUType0
from .v0043_step_cpu_type_0_requested_frequency_type_0 import V0043StepCPUType0RequestedFrequencyType0
from .v0043_step_nodes_type_0 import V0043StepNodesType0
from .v0043_step_statistics_type_0 import V0043StepStatisticsType0
from .v0043_step_statistics_type_0_energy_type_0 import V0043StepStatisticsType0EnergyType0
from .v0043_step_statistics_type_0cpu_type_0 import V0043StepStatisticsType0CPUType0
from .v0043_step_step_type_0 import V0043StepStepType0
from .v0043_step_task_type_0 import V0043StepTaskType0
from .v0043_step_tasks_type_0 import V0043StepTasksType0
from .v0043_step_time_type_0 import V0043StepTimeType0
from .v0043_step_time_type_0_system_type_0 import V0043StepTimeType0SystemType0
from .v0043_step_time_type_0_total_type_0 import V0043StepTimeType0TotalType0
from .v0043_step_time_type_0_user_type_0 import V0043StepTimeType0UserType0
from .v0043_step_tres_type_0 import V0043StepTresType0
from .v0043_step_tres_type_0_consumed_type_0 import V0043StepTresType0ConsumedType0
from .v0043_step_tres_type_0_requested_type_0 import V0043StepTresType0RequestedType0
from .v0043_tres import V0043Tres
from .v0043_uint_16_no_val_struct import V0043Uint16NoValStruct
from .v0043_uint_32_no_val_struct import V0043Uint32NoValStruct
from .v0043_uint_64_no_val_struct import V0043Uint64NoValStruct
from .v0043_update_node_msg import V0043UpdateNodeMsg
from .v0043_user import V0043User
from .v0043_user_default_type_0 import V0043UserDefaultType0
from .v0043_user_short import V0043UserShort
from .v0043_users_add_cond import V0043UsersAddCond
from .v0043_wckey import V0043Wckey
from .v0043_wckey_tag_struct import V0043WckeyTagStruct

__all__ = (
    "V0043Account",
    "V0043Accounting",
    "V0043AccountingAllocatedType0",
    "V0043AccountsAddCond",
    "V0043AccountShort",
    "V0043AcctGatherEnergy",
    "V0043Assoc",
    "V0043AssocDefaultType0",
    "V0043AssocMaxType0",
    "V0043AssocMaxType0JobsType0",
    "V0043AssocMaxType0JobsType0PerType0",
    "V0043AssocMaxType0PerType0",
    "V0043AssocMaxType0PerType0AccountType0",
    "V0043AssocMaxType0TresType0",
    "V0043AssocMaxType0TresType0GroupType0",
    "V0043AssocMaxType0TresType0MinutesType0",
    "V0043AssocMaxType0TresType0MinutesType0PerType0",
    "V0043AssocMaxType0TresType0PerType0",
    "V0043AssocMinType0",
    "V0043AssocRecSet",
    "V0043AssocSharesObjWrap",
    "V0043AssocSharesObjWrapFairshareType0",
    "V0043AssocSharesObjWrapTresType0",
    "V0043AssocShort",
    "V0043BfExitFields",
    "V0043ClusterRec",
    "V0043ClusterRecAssociationsType0",
    "V0043ClusterRecControllerType0",
    "V0043ControllerPing",
    "V0043Coord",
    "V0043CronEntry",
    "V0043CronEntryLineType0",
    "V0043Float64NoValStruct",
    "V0043Instance",
    "V0043InstanceTimeType0",
    "V0043Job",
    "V0043JobAllocReq",
    "V0043JobArrayResponseMsgEntry",
    "V0043JobArrayType0",
    "V0043JobArrayType0LimitsType0",
    "V0043JobArrayType0LimitsType0MaxType0",
    "V0043JobArrayType0LimitsType0MaxType0RunningType0",
    "V0043JobCommentType0",
    "V0043JobDescMsg",
    "V0043JobDescMsgRlimitsType0",
    "V0043JobHetType0",
    "V0043JobInfo",
    "V0043JobInfoPowerType0",
    "V0043JobMcsType0",
    "V0043JobRequiredType0",
    "V0043JobRes",
    "V0043JobResCore",
    "V0043JobReservationType0",
    "V0043JobResNode",
    "V0043JobResNodeCpusType0",
    "V0043JobResNodeMemoryType0",
    "V0043JobResNodesType0",
    "V0043JobResSocket",
    "V0043JobStateRespJob",
    "V0043JobStateType0",
    "V0043JobSubmitReq",
    "V0043JobTimeType0",
    "V0043JobTimeType0SystemType0",
    "V0043JobTimeType0TotalType0",
    "V0043JobTimeType0UserType0",
    "V0043JobTresType0",
    "V0043KillJobsMsg",
    "V0043KillJobsRespJob",
    "V0043KillJobsRespJobErrorType0",
    "V0043KillJobsRespJobFederationType0",
    "V0043License",
    "V0043Node",
    "V0043NodeExternalSensorsType0",
    "V0043NodePowerType0",
    "V0043OpenapiAccountsAddCondResp",
    "V0043OpenapiAccountsAddCondRespStr",
    "V0043OpenapiAccountsRemovedResp",
    "V0043OpenapiAccountsResp",
    "V0043OpenapiAssocsRemovedResp",
    "V0043OpenapiAssocsResp",
    "V0043OpenapiClustersRemovedResp",
    "V0043OpenapiClustersResp",
    "V0043OpenapiDiagResp",
    "V0043OpenapiError",
    "V0043OpenapiInstancesResp",
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
    "V0043OpenapiSlurmdbdConfigResp",
    "V0043OpenapiSlurmdbdJobsResp",
    "V0043OpenapiSlurmdbdPingResp",
    "V0043OpenapiSlurmdbdQosRemovedResp",
    "V0043OpenapiSlurmdbdQosResp",
    "V0043OpenapiSlurmdbdStatsResp",
    "V0043OpenapiTresResp",
    "V0043OpenapiUsersAddCondResp",
    "V0043OpenapiUsersAddCondRespStr",
    "V0043OpenapiUsersResp",
    "V0043OpenapiWarning",
    "V0043OpenapiWckeyRemovedResp",
    "V0043OpenapiWckeyResp",
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
    "V0043Qos",
    "V0043QosLimitsType0",
    "V0043QosLimitsType0MaxType0",
    "V0043QosLimitsType0MaxType0AccruingType0",
    "V0043QosLimitsType0MaxType0AccruingType0PerType0",
    "V0043QosLimitsType0MaxType0ActiveJobsType0",
    "V0043QosLimitsType0MaxType0JobsType0",
    "V0043QosLimitsType0MaxType0JobsType0ActiveJobsType0",
    "V0043QosLimitsType0MaxType0JobsType0ActiveJobsType0PerType0",
    "V0043QosLimitsType0MaxType0JobsType0PerType0",
    "V0043QosLimitsType0MaxType0TresType0",
    "V0043QosLimitsType0MaxType0TresType0MinutesType0",
    "V0043QosLimitsType0MaxType0TresType0MinutesType0PerType0",
    "V0043QosLimitsType0MaxType0TresType0PerType0",
    "V0043QosLimitsType0MaxType0WallClockType0",
    "V0043QosLimitsType0MaxType0WallClockType0PerType0",
    "V0043QosLimitsType0MinType0",
    "V0043QosLimitsType0MinType0TresType0",
    "V0043QosLimitsType0MinType0TresType0PerType0",
    "V0043QosPreemptType0",
    "V0043ReservationCoreSpec",
    "V0043ReservationDescMsg",
    "V0043ReservationDescMsgPurgeCompletedType0",
    "V0043ReservationInfo",
    "V0043ReservationInfoPurgeCompletedType0",
    "V0043ReservationModReq",
    "V0043RollupStats",
    "V0043RollupStatsDailyType0",
    "V0043RollupStatsDailyType0DurationType0",
    "V0043RollupStatsHourlyType0",
    "V0043RollupStatsHourlyType0DurationType0",
    "V0043RollupStatsMonthlyType0",
    "V0043RollupStatsMonthlyType0DurationType0",
    "V0043ScheduleExitFields",
    "V0043SharesFloat128Tres",
    "V0043SharesRespMsg",
    "V0043SharesUint64Tres",
    "V0043SlurmdbdPing",
    "V0043StatsMsg",
    "V0043StatsMsgRpcDump",
    "V0043StatsMsgRpcQueue",
    "V0043StatsMsgRpcType",
    "V0043StatsMsgRpcUser",
    "V0043StatsRec",
    "V0043StatsRpc",
    "V0043StatsRpcTimeType0",
    "V0043StatsUser",
    "V0043StatsUserTimeType0",
    "V0043Step",
    "V0043StepCPUType0",
    "V0043StepCPUType0RequestedFrequencyType0",
    "V0043StepNodesType0",
    "V0043StepStatisticsType0",
    "V0043StepStatisticsType0CPUType0",
    "V0043StepStatisticsType0EnergyType0",
    "V0043StepStepType0",
    "V0043StepTasksType0",
    "V0043StepTaskType0",
    "V0043StepTimeType0",
    "V0043StepTimeType0SystemType0",
    "V0043StepTimeType0TotalType0",
    "V0043StepTimeType0UserType0",
    "V0043StepTresType0",
    "V0043StepTresType0ConsumedType0",
    "V0043StepTresType0RequestedType0",
    "V0043Tres",
    "V0043Uint16NoValStruct",
    "V0043Uint32NoValStruct",
    "V0043Uint64NoValStruct",
    "V0043UpdateNodeMsg",
    "V0043User",
    "V0043UserDefaultType0",
    "V0043UsersAddCond",
    "V0043UserShort",
    "V0043Wckey",
    "V0043WckeyTagStruct",
)
