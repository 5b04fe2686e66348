""" Contains all the data models used in inputs/outputs """

from .v0044_account import V0044Account
from .v0044_account_short import V0044AccountShort
from .v0044_accounting import V0044Accounting
from .v0044_accounting_allocated_type_0 import V0044AccountingAllocatedType0
from .v0044_accounts_add_cond import V0044AccountsAddCond
from .v0044_acct_gather_energy import V0044AcctGatherEnergy
from .v0044_assoc import V0044Assoc
from .v0044_assoc_default_type_0 import V0044AssocDefaultType0
from .v0044_assoc_max_type_0 import V0044AssocMaxType0
from .v0044_assoc_max_type_0_jobs_type_0 import V0044AssocMaxType0JobsType0
from .v0044_assoc_max_type_0_jobs_type_0_per_type_0 import V0044AssocMaxType0JobsType0PerType0
from .v0044_assoc_max_type_0_per_type_0 import V0044AssocMaxType0PerType0
from .v0044_assoc_max_type_0_per_type_0_account_type_0 import V0044AssocMaxType0PerType0AccountType0
from .v0044_assoc_max_type_0_tres_type_0 import V0044AssocMaxType0TresType0
from .v0044_assoc_max_type_0_tres_type_0_group_type_0 import V0044AssocMaxType0TresType0GroupType0
from .v0044_assoc_max_type_0_tres_type_0_minutes_type_0 import V0044AssocMaxType0TresType0MinutesType0
from .v0044_assoc_max_type_0_tres_type_0_minutes_type_0_per_type_0 import V0044AssocMaxType0TresType0MinutesType0PerType0
from .v0044_assoc_max_type_0_tres_type_0_per_type_0 import V0044AssocMaxType0TresType0PerType0
from .v0044_assoc_min_type_0 import V0044AssocMinType0
from .v0044_assoc_rec_set import V0044AssocRecSet
from .v0044_assoc_shares_obj_wrap import V0044AssocSharesObjWrap
from .v0044_assoc_shares_obj_wrap_fairshare_type_0 import V0044AssocSharesObjWrapFairshareType0
from .v0044_assoc_shares_obj_wrap_tres_type_0 import V0044AssocSharesObjWrapTresType0
from .v0044_assoc_short import V0044AssocShort
from .v0044_bf_exit_fields import V0044BfExitFields
from .v0044_cluster_rec import V0044ClusterRec
from .v0044_cluster_rec_associations_type_0 import V0044ClusterRecAssociationsType0
from .v0044_cluster_rec_controller_type_0 import V0044ClusterRecControllerType0
from .v0044_controller_ping import V0044ControllerPing
from .v0044_coord import V0044Coord
from .v0044_cron_entry import V0044CronEntry
from .v0044_cron_entry_line_type_0 import V0044CronEntryLineType0
from .v0044_float_64_no_val_struct import V0044Float64NoValStruct
from .v0044_instance import V0044Instance
from .v0044_instance_time_type_0 import V0044InstanceTimeType0
from .v0044_job import V0044Job
from .v0044_job_alloc_req import V0044JobAllocReq
from .v0044_job_array_response_msg_entry import V0044JobArrayResponseMsgEntry
from .v0044_job_array_type_0 import V0044JobArrayType0
from .v0044_job_array_type_0_limits_type_0 import V0044JobArrayType0LimitsType0
from .v0044_job_array_type_0_limits_type_0_max_type_0 import V0044JobArrayType0LimitsType0MaxType0
from .v0044_job_array_type_0_limits_type_0_max_type_0_running_type_0 import V0044JobArrayType0LimitsType0MaxType0RunningType0
from .v0044_job_comment_type_0 import V0044JobCommentType0
from .v0044_job_desc_msg import V0044JobDescMsg
from .v0044_job_desc_msg_rlimits_type_0 import V0044JobDescMsgRlimitsType0
from .v0044_job_het_type_0 import V0044JobHetType0
from .v0044_job_info import V0044JobInfo
from .v0044_job_info_power_type_0 import V0044JobInfoPowerType0
from .v0044_job_mcs_type_0 import V0044JobMcsType0
from .v0044_job_modify import V0044JobModify
from .v0044_job_modify_comment_type_0 import V0044JobModifyCommentType0
from .v0044_job_modify_tres_type_0 import V0044JobModifyTresType0
from .v0044_job_required_type_0 import V0044JobRequiredType0
from .v0044_job_res import V0044JobRes
from .v0044_job_res_core import V0044JobResCore
from .v0044_job_res_node import V0044JobResNode
from .v0044_job_res_node_cpus_type_0 import V0044JobResNodeCpusType0
from .v0044_job_res_node_memory_type_0 import V0044JobResNodeMemoryType0
from .v0044_job_res_nodes_type_0 import V0044JobResNodesType0
from .v0044_job_res_socket import V0044JobResSocket
from .v0044_job_reservation_type_0 import V0044JobReservationType0
from .v0044_job_state_resp_job import V0044JobStateRespJob
from .v0044_job_state_type_0 import V0044JobStateType0
from .v0044_job_submit_req import V0044JobSubmitReq
from .v0044_job_time_type_0 import V0044JobTimeType0
from .v0044_job_time_type_0_system_type_0 import V0044JobTimeType0SystemType0
from .v0044_job_time_type_0_total_type_0 import V0044JobTimeType0TotalType0
from .v0044_job_time_type_0_user_type_0 import V0044JobTimeType0UserType0
from .v0044_job_tres_type_0 import V0044JobTresType0
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
from .v0044_openapi_accounts_add_cond_resp import V0044OpenapiAccountsAddCondResp
from .v0044_openapi_accounts_add_cond_resp_str import V0044OpenapiAccountsAddCondRespStr
from .v0044_openapi_accounts_removed_resp import V0044OpenapiAccountsRemovedResp
from .v0044_openapi_accounts_resp import V0044OpenapiAccountsResp
from .v0044_openapi_assocs_removed_resp import V0044OpenapiAssocsRemovedResp
from .v0044_openapi_assocs_resp import V0044OpenapiAssocsResp
from .v0044_openapi_clusters_removed_resp import V0044OpenapiClustersRemovedResp
from .v0044_openapi_clusters_resp import V0044OpenapiClustersResp
from .v0044_openapi_create_node_req import V0044OpenapiCreateNodeReq
from .v0044_openapi_diag_resp import V0044OpenapiDiagResp
from .v0044_openapi_error import V0044OpenapiError
from .v0044_openapi_instances_resp import V0044OpenapiInstancesResp
from .v0044_openapi_job_alloc_resp import V0044OpenapiJobAllocResp
from .v0044_openapi_job_info_resp import V0044OpenapiJobInfoResp
from .v0044_openapi_job_modify_req import V0044OpenapiJobModifyReq
from .v0044_openapi_job_modify_resp import V0044OpenapiJobModifyResp
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
from .v0044_openapi_slurmdbd_config_resp import V0044OpenapiSlurmdbdConfigResp
from .v0044_openapi_slurmdbd_jobs_resp import V0044OpenapiSlurmdbdJobsResp
from .v0044_openapi_slurmdbd_ping_resp import V0044OpenapiSlurmdbdPingResp
from .v0044_openapi_slurmdbd_qos_removed_resp import V0044OpenapiSlurmdbdQosRemovedResp
from .v0044_openapi_slurmdbd_qos_resp import V0044OpenapiSlurmdbdQosResp
from .v0044_openapi_slurmdbd_stats_resp import V0044OpenapiSlurmdbdStatsResp
from .v0044_openapi_tres_resp import V0044OpenapiTresResp
from .v0044_openapi_users_add_cond_resp import V0044OpenapiUsersAddCondResp
from .v0044_openapi_users_add_cond_resp_str import V0044OpenapiUsersAddCondRespStr
from .v0044_openapi_users_resp import V0044OpenapiUsersResp
from .v0044_openapi_warning import V0044OpenapiWarning
from .v0044_openapi_wckey_removed_resp import V0044OpenapiWckeyRemovedResp
from .v0044_openapi_wckey_resp import V0044OpenapiWckeyResp
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
from .v0044_qos import V0044Qos
from .v0044_qos_limits_type_0 import V0044QosLimitsType0
from .v0044_qos_limits_type_0_max_type_0 import V0044QosLimitsType0MaxType0
from .v0044_qos_limits_type_0_max_type_0_accruing_type_0 import V0044QosLimitsType0MaxType0AccruingType0
from .v0044_qos_limits_type_0_max_type_0_accruing_type_0_per_type_0 import V0044QosLimitsType0MaxType0AccruingType0PerType0
from .v0044_qos_limits_type_0_max_type_0_active_jobs_type_0 import V0044QosLimitsType0MaxType0ActiveJobsType0
from .v0044_qos_limits_type_0_max_type_0_jobs_type_0 import V0044QosLimitsType0MaxType0JobsType0
from .v0044_qos_limits_type_0_max_type_0_jobs_type_0_active_jobs_type_0 import V0044QosLimitsType0MaxType0JobsType0ActiveJobsType0
from .v0044_qos_limits_type_0_max_type_0_jobs_type_0_active_jobs_type_0_per_type_0 import V0044QosLimitsType0MaxType0JobsType0ActiveJobsType0PerType0
from .v0044_qos_limits_type_0_max_type_0_jobs_type_0_per_type_0 import V0044QosLimitsType0MaxType0JobsType0PerType0
from .v0044_qos_limits_type_0_max_type_0_tres_type_0 import V0044QosLimitsType0MaxType0TresType0
from .v0044_qos_limits_type_0_max_type_0_tres_type_0_minutes_type_0 import V0044QosLimitsType0MaxType0TresType0MinutesType0
from .v0044_qos_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0 import V0044QosLimitsType0MaxType0TresType0MinutesType0PerType0
from .v0044_qos_limits_type_0_max_type_0_tres_type_0_per_type_0 import V0044QosLimitsType0MaxType0TresType0PerType0
from .v0044_qos_limits_type_0_max_type_0_wall_clock_type_0 import V0044QosLimitsType0MaxType0WallClockType0
from .v0044_qos_limits_type_0_max_type_0_wall_clock_type_0_per_type_0 import V0044QosLimitsType0MaxType0WallClockType0PerType0
from .v0044_qos_limits_type_0_min_type_0 import V0044QosLimitsType0MinType0
from .v0044_qos_limits_type_0_min_type_0_tres_type_0 import V0044QosLimitsType0MinType0TresType0
from .v0044_qos_limits_type_0_min_type_0_tres_type_0_per_type_0 import V0044QosLimitsType0MinType0TresType0PerType0
from .v0044_qos_preempt_type_0 import V0044QosPreemptType0
from .v0044_reservation_core_spec import V0044ReservationCoreSpec
from .v0044_reservation_desc_msg import V0044ReservationDescMsg
from .v0044_reservation_desc_msg_purge_completed_type_0 import V0044ReservationDescMsgPurgeCompletedType0
from .v0044_reservation_info import V0044ReservationInfo
from .v0044_reservation_info_purge_completed_type_0 import V0044ReservationInfoPurgeCompletedType0
from .v0044_reservation_mod_req import V0044ReservationModReq
from .v0044_rollup_stats import V0044RollupStats
from .v0044_rollup_stats_daily_type_0 import V0044RollupStatsDailyType0
from .v0044_rollup_stats_daily_type_0_duration_type_0 import V0044RollupStatsDailyType0DurationType0
from .v0044_rollup_stats_hourly_type_0 import V0044RollupStatsHourlyType0
from .v0044_rollup_stats_hourly_type_0_duration_type_0 import V0044RollupStatsHourlyType0DurationType0
from .v0044_rollup_stats_monthly_type_0 import V0044RollupStatsMonthlyType0
from .v0044_rollup_stats_monthly_type_0_duration_type_0 import V0044RollupStatsMonthlyType0DurationType0
from .v0044_schedule_exit_fields import V0044ScheduleExitFields
from .v0044_shares_float_128_tres import V0044SharesFloat128Tres
from .v0044_shares_resp_msg import V0044SharesRespMsg
from .v0044_shares_uint_64_tres import V0044SharesUint64Tres
from .v0044_slurm_step_id import V0044SlurmStepId
from .v0044_slurmdbd_ping import V0044SlurmdbdPing
from .v0044_stats_msg import V0044StatsMsg
from .v0044_stats_msg_rpc_dump import V0044StatsMsgRpcDump
from .v0044_stats_msg_rpc_queue import V0044StatsMsgRpcQueue
from .v0044_stats_msg_rpc_type import V0044StatsMsgRpcType
from .v0044_stats_msg_rpc_user import V0044StatsMsgRpcUser
from .v0044_stats_rec import V0044StatsRec
from .v0044_stats_rpc import V0044StatsRpc
from .v0044_stats_rpc_time_type_0 import V0044StatsRpcTimeType0
from .v0044_stats_user import V0044StatsUser
from .v0044_stats_user_time_type_0 import V0044StatsUserTimeType0
from .v0044_step import V0044Step
from .v0044_step_cpu_type_0 import V0044StepCPUType0
from .v0044_step_cpu_type_0_requested_frequency_type_0 import V0044StepCPUType0RequestedFrequencyType0
from .v0044_step_nodes_type_0 import V0044StepNodesType0
from .v0044_step_statistics_type_0 import V0044StepStatisticsType0
from .v0044_step_statistics_type_0_energy_type_0 import V0044StepStatisticsType0EnergyType0
from .v0044_step_statistics_type_0cpu_type_0 import V0044StepStatisticsType0CPUType0
from .v0044_step_step_type_0 import V0044StepStepType0
from .v0044_step_task_type_0 import V0044StepTaskType0
from .v0044_step_tasks_type_0 import V0044StepTasksType0
from .v0044_step_time_type_0 import V0044StepTimeType0
from .v0044_step_time_type_0_system_type_0 import V0044StepTimeType0SystemType0
from .v0044_step_time_type_0_total_type_0 import V0044StepTimeType0TotalType0
from .v0044_step_time_type_0_user_type_0 import V0044StepTimeType0UserType0
from .v0044_step_tres_type_0 import V0044StepTresType0
from .v0044_step_tres_type_0_consumed_type_0 import V0044StepTresType0ConsumedType0
from .v0044_step_tres_type_0_requested_type_0 import V0044StepTresType0RequestedType0
from .v0044_tres import V0044Tres
from .v0044_uint_16_no_val_struct import V0044Uint16NoValStruct
from .v0044_uint_32_no_val_struct import V0044Uint32NoValStruct
from .v0044_uint_64_no_val_struct import V0044Uint64NoValStruct
from .v0044_update_node_msg import V0044UpdateNodeMsg
from .v0044_user import V0044User
from .v0044_user_default_type_0 import V0044UserDefaultType0
from .v0044_user_short import V0044UserShort
from .v0044_users_add_cond import V0044UsersAddCond
from .v0044_wckey import V0044Wckey
from .v0044_wckey_tag_struct import V0044WckeyTagStruct

__all__ = (
    "V0044Account",
    "V0044Accounting",
    "V0044AccountingAllocatedType0",
    "V0044AccountsAddCond",
    "V0044AccountShort",
    "V0044AcctGatherEnergy",
    "V0044Assoc",
    "V0044AssocDefaultType0",
    "V0044AssocMaxType0",
    "V0044AssocMaxType0JobsType0",
    "V0044AssocMaxType0JobsType0PerType0",
    "V0044AssocMaxType0PerType0",
    "V0044AssocMaxType0PerType0AccountType0",
    "V0044AssocMaxType0TresType0",
    "V0044AssocMaxType0TresType0GroupType0",
    "V0044AssocMaxType0TresType0MinutesType0",
    "V0044AssocMaxType0TresType0MinutesType0PerType0",
    "V0044AssocMaxType0TresType0PerType0",
    "V0044AssocMinType0",
    "V0044AssocRecSet",
    "V0044AssocSharesObjWrap",
    "V0044AssocSharesObjWrapFairshareType0",
    "V0044AssocSharesObjWrapTresType0",
    "V0044AssocShort",
    "V0044BfExitFields",
    "V0044ClusterRec",
    "V0044ClusterRecAssociationsType0",
    "V0044ClusterRecControllerType0",
    "V0044ControllerPing",
    "V0044Coord",
    "V0044CronEntry",
    "V0044CronEntryLineType0",
    "V0044Float64NoValStruct",
    "V0044Instance",
    "V0044InstanceTimeType0",
    "V0044Job",
    "V0044JobAllocReq",
    "V0044JobArrayResponseMsgEntry",
    "V0044JobArrayType0",
    "V0044JobArrayType0LimitsType0",
    "V0044JobArrayType0LimitsType0MaxType0",
    "V0044JobArrayType0LimitsType0MaxType0RunningType0",
    "V0044JobCommentType0",
    "V0044JobDescMsg",
    "V0044JobDescMsgRlimitsType0",
    "V0044JobHetType0",
    "V0044JobInfo",
    "V0044JobInfoPowerType0",
    "V0044JobMcsType0",
    "V0044JobModify",
    "V0044JobModifyCommentType0",
    "V0044JobModifyTresType0",
    "V0044JobRequiredType0",
    "V0044JobRes",
    "V0044JobResCore",
    "V0044JobReservationType0",
    "V0044JobResNode",
    "V0044JobResNodeCpusType0",
    "V0044JobResNodeMemoryType0",
    "V0044JobResNodesType0",
    "V0044JobResSocket",
    "V0044JobStateRespJob",
    "V0044JobStateType0",
    "V0044JobSubmitReq",
    "V0044JobTimeType0",
    "V0044JobTimeType0SystemType0",
    "V0044JobTimeType0TotalType0",
    "V0044JobTimeType0UserType0",
    "V0044JobTresType0",
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
    "V0044OpenapiAccountsAddCondResp",
    "V0044OpenapiAccountsAddCondRespStr",
    "V0044OpenapiAccountsRemovedResp",
    "V0044OpenapiAccountsResp",
    "V0044OpenapiAssocsRemovedResp",
    "V0044OpenapiAssocsResp",
    "V0044OpenapiClustersRemovedResp",
    "V0044OpenapiClustersResp",
    "V0044OpenapiCreateNodeReq",
    "V0044OpenapiDiagResp",
    "V0044OpenapiError",
    "V0044OpenapiInstancesResp",
    "V0044OpenapiJobAllocResp",
    "V0044OpenapiJobInfoResp",
    "V0044OpenapiJobModifyReq",
    "V0044OpenapiJobModifyResp",
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
    "V0044OpenapiSlurmdbdConfigResp",
    "V0044OpenapiSlurmdbdJobsResp",
    "V0044OpenapiSlurmdbdPingResp",
    "V0044OpenapiSlurmdbdQosRemovedResp",
    "V0044OpenapiSlurmdbdQosResp",
    "V0044OpenapiSlurmdbdStatsResp",
    "V0044OpenapiTresResp",
    "V0044OpenapiUsersAddCondResp",
    "V0044OpenapiUsersAddCondRespStr",
    "V0044OpenapiUsersResp",
    "V0044OpenapiWarning",
    "V0044OpenapiWckeyRemovedResp",
    "V0044OpenapiWckeyResp",
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
    "V0044Qos",
    "V0044QosLimitsType0",
    "V0044QosLimitsType0MaxType0",
    "V0044QosLimitsType0MaxType0AccruingType0",
    "V0044QosLimitsType0MaxType0AccruingType0PerType0",
    "V0044QosLimitsType0MaxType0ActiveJobsType0",
    "V0044QosLimitsType0MaxType0JobsType0",
    "V0044QosLimitsType0MaxType0JobsType0ActiveJobsType0",
    "V0044QosLimitsType0MaxType0JobsType0ActiveJobsType0PerType0",
    "V0044QosLimitsType0MaxType0JobsType0PerType0",
    "V0044QosLimitsType0MaxType0TresType0",
    "V0044QosLimitsType0MaxType0TresType0MinutesType0",
    "V0044QosLimitsType0MaxType0TresType0MinutesType0PerType0",
    "V0044QosLimitsType0MaxType0TresType0PerType0",
    "V0044QosLimitsType0MaxType0WallClockType0",
    "V0044QosLimitsType0MaxType0WallClockType0PerType0",
    "V0044QosLimitsType0MinType0",
    "V0044QosLimitsType0MinType0TresType0",
    "V0044QosLimitsType0MinType0TresType0PerType0",
    "V0044QosPreemptType0",
    "V0044ReservationCoreSpec",
    "V0044ReservationDescMsg",
    "V0044ReservationDescMsgPurgeCompletedType0",
    "V0044ReservationInfo",
    "V0044ReservationInfoPurgeCompletedType0",
    "V0044ReservationModReq",
    "V0044RollupStats",
    "V0044RollupStatsDailyType0",
    "V0044RollupStatsDailyType0DurationType0",
    "V0044RollupStatsHourlyType0",
    "V0044RollupStatsHourlyType0DurationType0",
    "V0044RollupStatsMonthlyType0",
    "V0044RollupStatsMonthlyType0DurationType0",
    "V0044ScheduleExitFields",
    "V0044SharesFloat128Tres",
    "V0044SharesRespMsg",
    "V0044SharesUint64Tres",
    "V0044SlurmdbdPing",
    "V0044SlurmStepId",
    "V0044StatsMsg",
    "V0044StatsMsgRpcDump",
    "V0044StatsMsgRpcQueue",
    "V0044StatsMsgRpcType",
    "V0044StatsMsgRpcUser",
    "V0044StatsRec",
    "V0044StatsRpc",
    "V0044StatsRpcTimeType0",
    "V0044StatsUser",
    "V0044StatsUserTimeType0",
    "V0044Step",
    "V0044StepCPUType0",
    "V0044StepCPUType0RequestedFrequencyType0",
    "V0044StepNodesType0",
    "V0044StepStatisticsType0",
    "V0044StepStatisticsType0CPUType0",
    "V0044StepStatisticsType0EnergyType0",
    "V0044StepStepType0",
    "V0044StepTasksType0",
    "V0044StepTaskType0",
    "V0044StepTimeType0",
    "V0044StepTimeType0SystemType0",
    "V0044StepTimeType0TotalType0",
    "V0044StepTimeType0UserType0",
    "V0044StepTresType0",
    "V0044StepTresType0ConsumedType0",
    "V0044StepTresType0RequestedType0",
    "V0044Tres",
    "V0044Uint16NoValStruct",
    "V0044Uint32NoValStruct",
    "V0044Uint64NoValStruct",
    "V0044UpdateNodeMsg",
    "V0044User",
    "V0044UserDefaultType0",
    "V0044UsersAddCond",
    "V0044UserShort",
    "V0044Wckey",
    "V0044WckeyTagStruct",
)
