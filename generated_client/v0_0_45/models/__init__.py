""" Contains all the data models used in inputs/outputs """

from .v0045_account import V0045Account
from .v0045_account_short import V0045AccountShort
from .v0045_accounting import V0045Accounting
from .v0045_accounting_allocated_type_0 import V0045AccountingAllocatedType0
from .v0045_accounts_add_cond import V0045AccountsAddCond
from .v0045_acct_gather_energy import V0045AcctGatherEnergy
from .v0045_assoc import V0045Assoc
from .v0045_assoc_default_type_0 import V0045AssocDefaultType0
from .v0045_assoc_max_type_0 import V0045AssocMaxType0
from .v0045_assoc_max_type_0_jobs_type_0 import V0045AssocMaxType0JobsType0
from .v0045_assoc_max_type_0_jobs_type_0_per_type_0 import V0045AssocMaxType0JobsType0PerType0
from .v0045_assoc_max_type_0_per_type_0 import V0045AssocMaxType0PerType0
from .v0045_assoc_max_type_0_per_type_0_account_type_0 import V0045AssocMaxType0PerType0AccountType0
from .v0045_assoc_max_type_0_tres_type_0 import V0045AssocMaxType0TresType0
from .v0045_assoc_max_type_0_tres_type_0_group_type_0 import V0045AssocMaxType0TresType0GroupType0
from .v0045_assoc_max_type_0_tres_type_0_minutes_type_0 import V0045AssocMaxType0TresType0MinutesType0
from .v0045_assoc_max_type_0_tres_type_0_minutes_type_0_per_type_0 import V0045AssocMaxType0TresType0MinutesType0PerType0
from .v0045_assoc_max_type_0_tres_type_0_per_type_0 import V0045AssocMaxType0TresType0PerType0
from .v0045_assoc_min_type_0 import V0045AssocMinType0
from .v0045_assoc_rec_set import V0045AssocRecSet
from .v0045_assoc_shares_obj_wrap import V0045AssocSharesObjWrap
from .v0045_assoc_shares_obj_wrap_fairshare_type_0 import V0045AssocSharesObjWrapFairshareType0
from .v0045_assoc_shares_obj_wrap_tres_type_0 import V0045AssocSharesObjWrapTresType0
from .v0045_assoc_short import V0045AssocShort
from .v0045_bf_exit_fields import V0045BfExitFields
from .v0045_cluster_rec import V0045ClusterRec
from .v0045_cluster_rec_associations_type_0 import V0045ClusterRecAssociationsType0
from .v0045_cluster_rec_controller_type_0 import V0045ClusterRecControllerType0
from .v0045_controller import V0045Controller
from .v0045_controller_ping import V0045ControllerPing
from .v0045_coord import V0045Coord
from .v0045_cron_entry import V0045CronEntry
from .v0045_cron_entry_line_type_0 import V0045CronEntryLineType0
from .v0045_float_64_no_val_struct import V0045Float64NoValStruct
from .v0045_instance import V0045Instance
from .v0045_instance_time_type_0 import V0045InstanceTimeType0
from .v0045_job import V0045Job
from .v0045_job_alloc_req import V0045JobAllocReq
from .v0045_job_array_response_msg_entry import V0045JobArrayResponseMsgEntry
from .v0045_job_array_type_0 import V0045JobArrayType0
from .v0045_job_array_type_0_limits_type_0 import V0045JobArrayType0LimitsType0
from .v0045_job_array_type_0_limits_type_0_max_type_0 import V0045JobArrayType0LimitsType0MaxType0
from .v0045_job_array_type_0_limits_type_0_max_type_0_running_type_0 import V0045JobArrayType0LimitsType0MaxType0RunningType0
from .v0045_job_comment_type_0 import V0045JobCommentType0
from .v0045_job_defaults import V0045JobDefaults
from .v0045_job_desc_msg import V0045JobDescMsg
from .v0045_job_desc_msg_rlimits_type_0 import V0045JobDescMsgRlimitsType0
from .v0045_job_het_type_0 import V0045JobHetType0
from .v0045_job_info import V0045JobInfo
from .v0045_job_mcs_type_0 import V0045JobMcsType0
from .v0045_job_modify import V0045JobModify
from .v0045_job_modify_comment_type_0 import V0045JobModifyCommentType0
from .v0045_job_modify_tres_type_0 import V0045JobModifyTresType0
from .v0045_job_required_type_0 import V0045JobRequiredType0
from .v0045_job_res import V0045JobRes
from .v0045_job_res_core import V0045JobResCore
from .v0045_job_res_node import V0045JobResNode
from .v0045_job_res_node_cpus_type_0 import V0045JobResNodeCpusType0
from .v0045_job_res_node_memory_type_0 import V0045JobResNodeMemoryType0
from .v0045_job_res_nodes_type_0 import V0045JobResNodesType0
from .v0045_job_res_socket import V0045JobResSocket
from .v0045_job_reservation_type_0 import V0045JobReservationType0
from .v0045_job_state_resp_job import V0045JobStateRespJob
from .v0045_job_state_type_0 import V0045JobStateType0
from .v0045_job_submit_req import V0045JobSubmitReq
from .v0045_job_time_type_0 import V0045JobTimeType0
from .v0045_job_time_type_0_system_type_0 import V0045JobTimeType0SystemType0
from .v0045_job_time_type_0_total_type_0 import V0045JobTimeType0TotalType0
from .v0045_job_time_type_0_user_type_0 import V0045JobTimeType0UserType0
from .v0045_job_tres_type_0 import V0045JobTresType0
from .v0045_kill_jobs_msg import V0045KillJobsMsg
from .v0045_kill_jobs_resp_job import V0045KillJobsRespJob
from .v0045_kill_jobs_resp_job_error_type_0 import V0045KillJobsRespJobErrorType0
from .v0045_kill_jobs_resp_job_federation_type_0 import V0045KillJobsRespJobFederationType0
from .v0045_license import V0045License
from .v0045_node import V0045Node
from .v0045_node_gres_layout import V0045NodeGresLayout
from .v0045_node_resource_layout import V0045NodeResourceLayout
from .v0045_openapi_accounts_add_cond_resp import V0045OpenapiAccountsAddCondResp
from .v0045_openapi_accounts_add_cond_resp_str import V0045OpenapiAccountsAddCondRespStr
from .v0045_openapi_accounts_removed_resp import V0045OpenapiAccountsRemovedResp
from .v0045_openapi_accounts_resp import V0045OpenapiAccountsResp
from .v0045_openapi_assocs_removed_resp import V0045OpenapiAssocsRemovedResp
from .v0045_openapi_assocs_resp import V0045OpenapiAssocsResp
from .v0045_openapi_clusters_removed_resp import V0045OpenapiClustersRemovedResp
from .v0045_openapi_clusters_resp import V0045OpenapiClustersResp
from .v0045_openapi_conf_resp import V0045OpenapiConfResp
from .v0045_openapi_create_node_req import V0045OpenapiCreateNodeReq
from .v0045_openapi_diag_resp import V0045OpenapiDiagResp
from .v0045_openapi_error import V0045OpenapiError
from .v0045_openapi_instances_resp import V0045OpenapiInstancesResp
from .v0045_openapi_job_alloc_resp import V0045OpenapiJobAllocResp
from .v0045_openapi_job_info_resp import V0045OpenapiJobInfoResp
from .v0045_openapi_job_modify_req import V0045OpenapiJobModifyReq
from .v0045_openapi_job_modify_resp import V0045OpenapiJobModifyResp
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
from .v0045_openapi_slurmdbd_conf_resp import V0045OpenapiSlurmdbdConfResp
from .v0045_openapi_slurmdbd_config_resp import V0045OpenapiSlurmdbdConfigResp
from .v0045_openapi_slurmdbd_jobs_resp import V0045OpenapiSlurmdbdJobsResp
from .v0045_openapi_slurmdbd_ping_resp import V0045OpenapiSlurmdbdPingResp
from .v0045_openapi_slurmdbd_qos_removed_resp import V0045OpenapiSlurmdbdQosRemovedResp
from .v0045_openapi_slurmdbd_qos_resp import V0045OpenapiSlurmdbdQosResp
from .v0045_openapi_slurmdbd_stats_resp import V0045OpenapiSlurmdbdStatsResp
from .v0045_openapi_tres_resp import V0045OpenapiTresResp
from .v0045_openapi_users_add_cond_resp import V0045OpenapiUsersAddCondResp
from .v0045_openapi_users_add_cond_resp_str import V0045OpenapiUsersAddCondRespStr
from .v0045_openapi_users_resp import V0045OpenapiUsersResp
from .v0045_openapi_warning import V0045OpenapiWarning
from .v0045_openapi_wckey_removed_resp import V0045OpenapiWckeyRemovedResp
from .v0045_openapi_wckey_resp import V0045OpenapiWckeyResp
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
from .v0045_qos import V0045Qos
from .v0045_qos_limits_type_0 import V0045QosLimitsType0
from .v0045_qos_limits_type_0_max_type_0 import V0045QosLimitsType0MaxType0
from .v0045_qos_limits_type_0_max_type_0_accruing_type_0 import V0045QosLimitsType0MaxType0AccruingType0
from .v0045_qos_limits_type_0_max_type_0_accruing_type_0_per_type_0 import V0045QosLimitsType0MaxType0AccruingType0PerType0
from .v0045_qos_limits_type_0_max_type_0_active_jobs_type_0 import V0045QosLimitsType0MaxType0ActiveJobsType0
from .v0045_qos_limits_type_0_max_type_0_jobs_type_0 import V0045QosLimitsType0MaxType0JobsType0
from .v0045_qos_limits_type_0_max_type_0_jobs_type_0_active_jobs_type_0 import V0045QosLimitsType0MaxType0JobsType0ActiveJobsType0
from .v0045_qos_limits_type_0_max_type_0_jobs_type_0_active_jobs_type_0_per_type_0 import V0045QosLimitsType0MaxType0JobsType0ActiveJobsType0PerType0
from .v0045_qos_limits_type_0_max_type_0_jobs_type_0_per_type_0 import V0045QosLimitsType0MaxType0JobsType0PerType0
from .v0045_qos_limits_type_0_max_type_0_tres_type_0 import V0045QosLimitsType0MaxType0TresType0
from .v0045_qos_limits_type_0_max_type_0_tres_type_0_minutes_type_0 import V0045QosLimitsType0MaxType0TresType0MinutesType0
from .v0045_qos_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0 import V0045QosLimitsType0MaxType0TresType0MinutesType0PerType0
from .v0045_qos_limits_type_0_max_type_0_tres_type_0_per_type_0 import V0045QosLimitsType0MaxType0TresType0PerType0
from .v0045_qos_limits_type_0_max_type_0_wall_clock_type_0 import V0045QosLimitsType0MaxType0WallClockType0
from .v0045_qos_limits_type_0_max_type_0_wall_clock_type_0_per_type_0 import V0045QosLimitsType0MaxType0WallClockType0PerType0
from .v0045_qos_limits_type_0_min_type_0 import V0045QosLimitsType0MinType0
from .v0045_qos_limits_type_0_min_type_0_tres_type_0 import V0045QosLimitsType0MinType0TresType0
from .v0045_qos_limits_type_0_min_type_0_tres_type_0_per_type_0 import V0045QosLimitsType0MinType0TresType0PerType0
from .v0045_qos_preempt_type_0 import V0045QosPreemptType0
from .v0045_reservation_core_spec import V0045ReservationCoreSpec
from .v0045_reservation_desc_msg import V0045ReservationDescMsg
from .v0045_reservation_desc_msg_purge_completed_type_0 import V0045ReservationDescMsgPurgeCompletedType0
from .v0045_reservation_info import V0045ReservationInfo
from .v0045_reservation_info_purge_completed_type_0 import V0045ReservationInfoPurgeCompletedType0
from .v0045_reservation_mod_req import V0045ReservationModReq
from .v0045_rollup_stats import V0045RollupStats
from .v0045_rollup_stats_daily_type_0 import V0045RollupStatsDailyType0
from .v0045_rollup_stats_daily_type_0_duration_type_0 import V0045RollupStatsDailyType0DurationType0
from .v0045_rollup_stats_hourly_type_0 import V0045RollupStatsHourlyType0
from .v0045_rollup_stats_hourly_type_0_duration_type_0 import V0045RollupStatsHourlyType0DurationType0
from .v0045_rollup_stats_monthly_type_0 import V0045RollupStatsMonthlyType0
from .v0045_rollup_stats_monthly_type_0_duration_type_0 import V0045RollupStatsMonthlyType0DurationType0
from .v0045_schedule_exit_fields import V0045ScheduleExitFields
from .v0045_shares_float_128_tres import V0045SharesFloat128Tres
from .v0045_shares_resp_msg import V0045SharesRespMsg
from .v0045_shares_uint_64_tres import V0045SharesUint64Tres
from .v0045_slurm_conf import V0045SlurmConf
from .v0045_slurm_conf_meta import V0045SlurmConfMeta
from .v0045_slurm_step_id import V0045SlurmStepId
from .v0045_slurmdb_purge_units import V0045SlurmdbPurgeUnits
from .v0045_slurmdbd_conf import V0045SlurmdbdConf
from .v0045_slurmdbd_ping import V0045SlurmdbdPing
from .v0045_stats_msg import V0045StatsMsg
from .v0045_stats_msg_rpc_dump import V0045StatsMsgRpcDump
from .v0045_stats_msg_rpc_queue import V0045StatsMsgRpcQueue
from .v0045_stats_msg_rpc_type import V0045StatsMsgRpcType
from .v0045_stats_msg_rpc_user import V0045StatsMsgRpcUser
from .v0045_stats_rec import V0045StatsRec
from .v0045_stats_rpc import V0045StatsRpc
from .v0045_stats_rpc_time_type_0 import V0045StatsRpcTimeType0
from .v0045_stats_user import V0045StatsUser
from .v0045_stats_user_time_type_0 import V0045StatsUserTimeType0
from .v0045_step import V0045Step
from .v0045_step_cpu_type_0 import V0045StepCPUType0
from .v0045_step_cpu_type_0_requested_frequency_type_0 import V0045StepCPUType0RequestedFrequencyType0
from .v0045_step_nodes_type_0 import V0045StepNodesType0
from .v0045_step_statistics_type_0 import V0045StepStatisticsType0
from .v0045_step_statistics_type_0_energy_type_0 import V0045StepStatisticsType0EnergyType0
from .v0045_step_statistics_type_0cpu_type_0 import V0045StepStatisticsType0CPUType0
from .v0045_step_step_type_0 import V0045StepStepType0
from .v0045_step_task_type_0 import V0045StepTaskType0
from .v0045_step_tasks_type_0 import V0045StepTasksType0
from .v0045_step_time_type_0 import V0045StepTimeType0
from .v0045_step_time_type_0_system_type_0 import V0045StepTimeType0SystemType0
from .v0045_step_time_type_0_total_type_0 import V0045StepTimeType0TotalType0
from .v0045_step_time_type_0_user_type_0 import V0045StepTimeType0UserType0
from .v0045_step_tres_type_0 import V0045StepTresType0
from .v0045_step_tres_type_0_consumed_type_0 import V0045StepTresType0ConsumedType0
from .v0045_step_tres_type_0_requested_type_0 import V0045StepTresType0RequestedType0
from .v0045_tres import V0045Tres
from .v0045_uint_16_no_val_struct import V0045Uint16NoValStruct
from .v0045_uint_32_no_val_struct import V0045Uint32NoValStruct
from .v0045_uint_64_no_val_struct import V0045Uint64NoValStruct
from .v0045_update_node_msg import V0045UpdateNodeMsg
from .v0045_user import V0045User
from .v0045_user_default_type_0 import V0045UserDefaultType0
from .v0045_user_short import V0045UserShort
from .v0045_users_add_cond import V0045UsersAddCond
from .v0045_wckey import V0045Wckey
from .v0045_wckey_tag_struct import V0045WckeyTagStruct

__all__ = (
    "V0045Account",
    "V0045Accounting",
    "V0045AccountingAllocatedType0",
    "V0045AccountsAddCond",
    "V0045AccountShort",
    "V0045AcctGatherEnergy",
    "V0045Assoc",
    "V0045AssocDefaultType0",
    "V0045AssocMaxType0",
    "V0045AssocMaxType0JobsType0",
    "V0045AssocMaxType0JobsType0PerType0",
    "V0045AssocMaxType0PerType0",
    "V0045AssocMaxType0PerType0AccountType0",
    "V0045AssocMaxType0TresType0",
    "V0045AssocMaxType0TresType0GroupType0",
    "V0045AssocMaxType0TresType0MinutesType0",
    "V0045AssocMaxType0TresType0MinutesType0PerType0",
    "V0045AssocMaxType0TresType0PerType0",
    "V0045AssocMinType0",
    "V0045AssocRecSet",
    "V0045AssocSharesObjWrap",
    "V0045AssocSharesObjWrapFairshareType0",
    "V0045AssocSharesObjWrapTresType0",
    "V0045AssocShort",
    "V0045BfExitFields",
    "V0045ClusterRec",
    "V0045ClusterRecAssociationsType0",
    "V0045ClusterRecControllerType0",
    "V0045Controller",
    "V0045ControllerPing",
    "V0045Coord",
    "V0045CronEntry",
    "V0045CronEntryLineType0",
    "V0045Float64NoValStruct",
    "V0045Instance",
    "V0045InstanceTimeType0",
    "V0045Job",
    "V0045JobAllocReq",
    "V0045JobArrayResponseMsgEntry",
    "V0045JobArrayType0",
    "V0045JobArrayType0LimitsType0",
    "V0045JobArrayType0LimitsType0MaxType0",
    "V0045JobArrayType0LimitsType0MaxType0RunningType0",
    "V0045JobCommentType0",
    "V0045JobDefaults",
    "V0045JobDescMsg",
    "V0045JobDescMsgRlimitsType0",
    "V0045JobHetType0",
    "V0045JobInfo",
    "V0045JobMcsType0",
    "V0045JobModify",
    "V0045JobModifyCommentType0",
    "V0045JobModifyTresType0",
    "V0045JobRequiredType0",
    "V0045JobRes",
    "V0045JobResCore",
    "V0045JobReservationType0",
    "V0045JobResNode",
    "V0045JobResNodeCpusType0",
    "V0045JobResNodeMemoryType0",
    "V0045JobResNodesType0",
    "V0045JobResSocket",
    "V0045JobStateRespJob",
    "V0045JobStateType0",
    "V0045JobSubmitReq",
    "V0045JobTimeType0",
    "V0045JobTimeType0SystemType0",
    "V0045JobTimeType0TotalType0",
    "V0045JobTimeType0UserType0",
    "V0045JobTresType0",
    "V0045KillJobsMsg",
    "V0045KillJobsRespJob",
    "V0045KillJobsRespJobErrorType0",
    "V0045KillJobsRespJobFederationType0",
    "V0045License",
    "V0045Node",
    "V0045NodeGresLayout",
    "V0045NodeResourceLayout",
    "V0045OpenapiAccountsAddCondResp",
    "V0045OpenapiAccountsAddCondRespStr",
    "V0045OpenapiAccountsRemovedResp",
    "V0045OpenapiAccountsResp",
    "V0045OpenapiAssocsRemovedResp",
    "V0045OpenapiAssocsResp",
    "V0045OpenapiClustersRemovedResp",
    "V0045OpenapiClustersResp",
    "V0045OpenapiConfResp",
    "V0045OpenapiCreateNodeReq",
    "V0045OpenapiDiagResp",
    "V0045OpenapiError",
    "V0045OpenapiInstancesResp",
    "V0045OpenapiJobAllocResp",
    "V0045OpenapiJobInfoResp",
    "V0045OpenapiJobModifyReq",
    "V0045OpenapiJobModifyResp",
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
    "V0045OpenapiSlurmdbdConfigResp",
    "V0045OpenapiSlurmdbdConfResp",
    "V0045OpenapiSlurmdbdJobsResp",
    "V0045OpenapiSlurmdbdPingResp",
    "V0045OpenapiSlurmdbdQosRemovedResp",
    "V0045OpenapiSlurmdbdQosResp",
    "V0045OpenapiSlurmdbdStatsResp",
    "V0045OpenapiTresResp",
    "V0045OpenapiUsersAddCondResp",
    "V0045OpenapiUsersAddCondRespStr",
    "V0045OpenapiUsersResp",
    "V0045OpenapiWarning",
    "V0045OpenapiWckeyRemovedResp",
    "V0045OpenapiWckeyResp",
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
    "V0045Qos",
    "V0045QosLimitsType0",
    "V0045QosLimitsType0MaxType0",
    "V0045QosLimitsType0MaxType0AccruingType0",
    "V0045QosLimitsType0MaxType0AccruingType0PerType0",
    "V0045QosLimitsType0MaxType0ActiveJobsType0",
    "V0045QosLimitsType0MaxType0JobsType0",
    "V0045QosLimitsType0MaxType0JobsType0ActiveJobsType0",
    "V0045QosLimitsType0MaxType0JobsType0ActiveJobsType0PerType0",
    "V0045QosLimitsType0MaxType0JobsType0PerType0",
    "V0045QosLimitsType0MaxType0TresType0",
    "V0045QosLimitsType0MaxType0TresType0MinutesType0",
    "V0045QosLimitsType0MaxType0TresType0MinutesType0PerType0",
    "V0045QosLimitsType0MaxType0TresType0PerType0",
    "V0045QosLimitsType0MaxType0WallClockType0",
    "V0045QosLimitsType0MaxType0WallClockType0PerType0",
    "V0045QosLimitsType0MinType0",
    "V0045QosLimitsType0MinType0TresType0",
    "V0045QosLimitsType0MinType0TresType0PerType0",
    "V0045QosPreemptType0",
    "V0045ReservationCoreSpec",
    "V0045ReservationDescMsg",
    "V0045ReservationDescMsgPurgeCompletedType0",
    "V0045ReservationInfo",
    "V0045ReservationInfoPurgeCompletedType0",
    "V0045ReservationModReq",
    "V0045RollupStats",
    "V0045RollupStatsDailyType0",
    "V0045RollupStatsDailyType0DurationType0",
    "V0045RollupStatsHourlyType0",
    "V0045RollupStatsHourlyType0DurationType0",
    "V0045RollupStatsMonthlyType0",
    "V0045RollupStatsMonthlyType0DurationType0",
    "V0045ScheduleExitFields",
    "V0045SharesFloat128Tres",
    "V0045SharesRespMsg",
    "V0045SharesUint64Tres",
    "V0045SlurmConf",
    "V0045SlurmConfMeta",
    "V0045SlurmdbdConf",
    "V0045SlurmdbdPing",
    "V0045SlurmdbPurgeUnits",
    "V0045SlurmStepId",
    "V0045StatsMsg",
    "V0045StatsMsgRpcDump",
    "V0045StatsMsgRpcQueue",
    "V0045StatsMsgRpcType",
    "V0045StatsMsgRpcUser",
    "V0045StatsRec",
    "V0045StatsRpc",
    "V0045StatsRpcTimeType0",
    "V0045StatsUser",
    "V0045StatsUserTimeType0",
    "V0045Step",
    "V0045StepCPUType0",
    "V0045StepCPUType0RequestedFrequencyType0",
    "V0045StepNodesType0",
    "V0045StepStatisticsType0",
    "V0045StepStatisticsType0CPUType0",
    "V0045StepStatisticsType0EnergyType0",
    "V0045StepStepType0",
    "V0045StepTasksType0",
    "V0045StepTaskType0",
    "V0045StepTimeType0",
    "V0045StepTimeType0SystemType0",
    "V0045StepTimeType0TotalType0",
    "V0045StepTimeType0UserType0",
    "V0045StepTresType0",
    "V0045StepTresType0ConsumedType0",
    "V0045StepTresType0RequestedType0",
    "V0045Tres",
    "V0045Uint16NoValStruct",
    "V0045Uint32NoValStruct",
    "V0045Uint64NoValStruct",
    "V0045UpdateNodeMsg",
    "V0045User",
    "V0045UserDefaultType0",
    "V0045UsersAddCond",
    "V0045UserShort",
    "V0045Wckey",
    "V0045WckeyTagStruct",
)
