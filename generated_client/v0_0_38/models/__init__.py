""" Contains all the data models used in inputs/outputs """

from .dbv_0038_account import Dbv0038Account
from .dbv_0038_account_info import Dbv0038AccountInfo
from .dbv_0038_account_response import Dbv0038AccountResponse
from .dbv_0038_accounting import Dbv0038Accounting
from .dbv_0038_association import Dbv0038Association
from .dbv_0038_association_default_type_0 import Dbv0038AssociationDefaultType0
from .dbv_0038_association_max_type_0 import Dbv0038AssociationMaxType0
from .dbv_0038_association_max_type_0_jobs_type_0 import Dbv0038AssociationMaxType0JobsType0
from .dbv_0038_association_max_type_0_jobs_type_0_per_type_0 import Dbv0038AssociationMaxType0JobsType0PerType0
from .dbv_0038_association_max_type_0_per_type_0 import Dbv0038AssociationMaxType0PerType0
from .dbv_0038_association_max_type_0_per_type_0_account_type_0 import Dbv0038AssociationMaxType0PerType0AccountType0
from .dbv_0038_association_max_type_0_tres_type_0 import Dbv0038AssociationMaxType0TresType0
from .dbv_0038_association_max_type_0_tres_type_0_minutes_type_0 import Dbv0038AssociationMaxType0TresType0MinutesType0
from .dbv_0038_association_max_type_0_tres_type_0_minutes_type_0_per_type_0 import Dbv0038AssociationMaxType0TresType0MinutesType0PerType0
from .dbv_0038_association_max_type_0_tres_type_0_per_type_0 import Dbv0038AssociationMaxType0TresType0PerType0
from .dbv_0038_association_min_type_0 import Dbv0038AssociationMinType0
from .dbv_0038_association_short_info import Dbv0038AssociationShortInfo
from .dbv_0038_association_usage_type_0 import Dbv0038AssociationUsageType0
from .dbv_0038_associations_info import Dbv0038AssociationsInfo
from .dbv_0038_cluster_info import Dbv0038ClusterInfo
from .dbv_0038_cluster_info_associations_type_0 import Dbv0038ClusterInfoAssociationsType0
from .dbv_0038_cluster_info_controller_type_0 import Dbv0038ClusterInfoControllerType0
from .dbv_0038_clusters_properties import Dbv0038ClustersProperties
from .dbv_0038_config_info import Dbv0038ConfigInfo
from .dbv_0038_config_response import Dbv0038ConfigResponse
from .dbv_0038_coordinator_info import Dbv0038CoordinatorInfo
from .dbv_0038_diag import Dbv0038Diag
from .dbv_0038_diag_statistics_type_0 import Dbv0038DiagStatisticsType0
from .dbv_0038_diag_statistics_type_0_rollups_item import Dbv0038DiagStatisticsType0RollupsItem
from .dbv_0038_diag_statistics_type_0_users_item import Dbv0038DiagStatisticsType0UsersItem
from .dbv_0038_diag_statistics_type_0_users_item_time_type_0 import Dbv0038DiagStatisticsType0UsersItemTimeType0
from .dbv_0038_diag_statistics_type_0rp_cs_item import Dbv0038DiagStatisticsType0RPCsItem
from .dbv_0038_diag_statistics_type_0rp_cs_item_time_type_0 import Dbv0038DiagStatisticsType0RPCsItemTimeType0
from .dbv_0038_error import Dbv0038Error
from .dbv_0038_job import Dbv0038Job
from .dbv_0038_job_array_type_0 import Dbv0038JobArrayType0
from .dbv_0038_job_array_type_0_limits_type_0 import Dbv0038JobArrayType0LimitsType0
from .dbv_0038_job_array_type_0_limits_type_0_max_type_0 import Dbv0038JobArrayType0LimitsType0MaxType0
from .dbv_0038_job_array_type_0_limits_type_0_max_type_0_running_type_0 import Dbv0038JobArrayType0LimitsType0MaxType0RunningType0
from .dbv_0038_job_comment_type_0 import Dbv0038JobCommentType0
from .dbv_0038_job_exit_code import Dbv0038JobExitCode
from .dbv_0038_job_exit_code_signal_type_0 import Dbv0038JobExitCodeSignalType0
from .dbv_0038_job_het_type_0 import Dbv0038JobHetType0
from .dbv_0038_job_info import Dbv0038JobInfo
from .dbv_0038_job_mcs_type_0 import Dbv0038JobMcsType0
from .dbv_0038_job_required_type_0 import Dbv0038JobRequiredType0
from .dbv_0038_job_reservation_type_0 import Dbv0038JobReservationType0
from .dbv_0038_job_state_type_0 import Dbv0038JobStateType0
from .dbv_0038_job_step import Dbv0038JobStep
from .dbv_0038_job_step_cpu_type_0 import Dbv0038JobStepCPUType0
from .dbv_0038_job_step_cpu_type_0_requested_frequency_type_0 import Dbv0038JobStepCPUType0RequestedFrequencyType0
from .dbv_0038_job_step_nodes_type_0 import Dbv0038JobStepNodesType0
from .dbv_0038_job_step_statistics_type_0 import Dbv0038JobStepStatisticsType0
from .dbv_0038_job_step_statistics_type_0_energy_type_0 import Dbv0038JobStepStatisticsType0EnergyType0
from .dbv_0038_job_step_statistics_type_0cpu_type_0 import Dbv0038JobStepStatisticsType0CPUType0
from .dbv_0038_job_step_step_type_0 import Dbv0038JobStepStepType0
from .dbv_0038_job_step_step_type_0_het_type_0 import Dbv0038JobStepStepType0HetType0
from .dbv_0038_job_step_tasks_type_0 import Dbv0038JobStepTasksType0
from .dbv_0038_job_step_time_type_0 import Dbv0038JobStepTimeType0
from .dbv_0038_job_step_time_type_0_system_type_0 import Dbv0038JobStepTimeType0SystemType0
from .dbv_0038_job_step_time_type_0_total_type_0 import Dbv0038JobStepTimeType0TotalType0
from .dbv_0038_job_step_time_type_0_user_type_0 import Dbv0038JobStepTimeType0UserType0
from .dbv_0038_job_step_tres_type_0 import Dbv0038JobStepTresType0
from .dbv_0038_job_step_tres_type_0_consumed_type_0 import Dbv0038JobStepTresType0ConsumedType0
from .dbv_0038_job_step_tres_type_0_requested_type_0 import Dbv0038JobStepTresType0RequestedType0
from .dbv_0038_job_time_type_0 import Dbv0038JobTimeType0
from .dbv_0038_job_time_type_0_system_type_0 import Dbv0038JobTimeType0SystemType0
from .dbv_0038_job_time_type_0_total_type_0 import Dbv0038JobTimeType0TotalType0
from .dbv_0038_job_time_type_0_user_type_0 import Dbv0038JobTimeType0UserType0
from .dbv_0038_job_tres_type_0 import Dbv0038JobTresType0
from .dbv_0038_job_wckey_type_0 import Dbv0038JobWckeyType0
from .dbv_0038_qos import Dbv0038Qos
from .dbv_0038_qos_info import Dbv0038QosInfo
from .dbv_0038_qos_limits_type_0 import Dbv0038QosLimitsType0
from .dbv_0038_qos_limits_type_0_max_type_0 import Dbv0038QosLimitsType0MaxType0
from .dbv_0038_qos_limits_type_0_max_type_0_accruing_type_0 import Dbv0038QosLimitsType0MaxType0AccruingType0
from .dbv_0038_qos_limits_type_0_max_type_0_accruing_type_0_per_type_0 import Dbv0038QosLimitsType0MaxType0AccruingType0PerType0
from .dbv_0038_qos_limits_type_0_max_type_0_jobs_type_0 import Dbv0038QosLimitsType0MaxType0JobsType0
from .dbv_0038_qos_limits_type_0_max_type_0_jobs_type_0_active_jobs_type_0 import Dbv0038QosLimitsType0MaxType0JobsType0ActiveJobsType0
from .dbv_0038_qos_limits_type_0_max_type_0_jobs_type_0_active_jobs_type_0_per_type_0 import Dbv0038QosLimitsType0MaxType0JobsType0ActiveJobsType0PerType0
from .dbv_0038_qos_limits_type_0_max_type_0_tres_type_0 import Dbv0038QosLimitsType0MaxType0TresType0
from .dbv_0038_qos_limits_type_0_max_type_0_tres_type_0_minutes_type_0 import Dbv0038QosLimitsType0MaxType0TresType0MinutesType0
from .dbv_0038_qos_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0 import Dbv0038QosLimitsType0MaxType0TresType0MinutesType0PerType0
from .dbv_0038_qos_limits_type_0_max_type_0_tres_type_0_per_type_0 import Dbv0038QosLimitsType0MaxType0TresType0PerType0
from .dbv_0038_qos_limits_type_0_max_type_0_wall_clock_type_0 import Dbv0038QosLimitsType0MaxType0WallClockType0
from .dbv_0038_qos_limits_type_0_max_type_0_wall_clock_type_0_per_type_0 import Dbv0038QosLimitsType0MaxType0WallClockType0PerType0
from .dbv_0038_qos_limits_type_0_min_type_0 import Dbv0038QosLimitsType0MinType0
from .dbv_0038_qos_limits_type_0_min_type_0_tres_type_0 import Dbv0038QosLimitsType0MinType0TresType0
from .dbv_0038_qos_limits_type_0_min_type_0_tres_type_0_per_type_0 import Dbv0038QosLimitsType0MinType0TresType0PerType0
from .dbv_0038_qos_preempt_type_0 import Dbv0038QosPreemptType0
from .dbv_0038_response_account_delete import Dbv0038ResponseAccountDelete
from .dbv_0038_response_associations import Dbv0038ResponseAssociations
from .dbv_0038_response_associations_delete import Dbv0038ResponseAssociationsDelete
from .dbv_0038_response_cluster_add import Dbv0038ResponseClusterAdd
from .dbv_0038_response_cluster_delete import Dbv0038ResponseClusterDelete
from .dbv_0038_response_qos import Dbv0038ResponseQos
from .dbv_0038_response_qos_delete import Dbv0038ResponseQosDelete
from .dbv_0038_response_tres import Dbv0038ResponseTres
from .dbv_0038_response_user_delete import Dbv0038ResponseUserDelete
from .dbv_0038_response_user_update import Dbv0038ResponseUserUpdate
from .dbv_0038_response_wckey_add import Dbv0038ResponseWckeyAdd
from .dbv_0038_response_wckey_delete import Dbv0038ResponseWckeyDelete
from .dbv_0038_set_config import Dbv0038SetConfig
from .dbv_0038_tres_info import Dbv0038TresInfo
from .dbv_0038_tres_list_item import Dbv0038TresListItem
from .dbv_0038_tres_update import Dbv0038TresUpdate
from .dbv_0038_update_account import Dbv0038UpdateAccount
from .dbv_0038_update_qos import Dbv0038UpdateQos
from .dbv_0038_update_users import Dbv0038UpdateUsers
from .dbv_0038_user import Dbv0038User
from .dbv_0038_user_default_type_0 import Dbv0038UserDefaultType0
from .dbv_0038_user_info import Dbv0038UserInfo
from .dbv_0038_wckey import Dbv0038Wckey
from .dbv_0038_wckey_info import Dbv0038WckeyInfo
from .v0038_diag import V0038Diag
from .v0038_diag_rpcm import V0038DiagRpcm
from .v0038_diag_rpcu import V0038DiagRpcu
from .v0038_diag_statistics_type_0 import V0038DiagStatisticsType0
from .v0038_error import V0038Error
from .v0038_job_properties import V0038JobProperties
from .v0038_job_properties_environment import V0038JobPropertiesEnvironment
from .v0038_job_resources import V0038JobResources
from .v0038_job_response_properties import V0038JobResponseProperties
from .v0038_job_submission import V0038JobSubmission
from .v0038_job_submission_response import V0038JobSubmissionResponse
from .v0038_jobs_response import V0038JobsResponse
from .v0038_license import V0038License
from .v0038_licenses import V0038Licenses
from .v0038_meta import V0038Meta
from .v0038_meta_plugin_type_0 import V0038MetaPluginType0
from .v0038_meta_slurm_type_0 import V0038MetaSlurmType0
from .v0038_meta_slurm_type_0_version_type_0 import V0038MetaSlurmType0VersionType0
from .v0038_node import V0038Node
from .v0038_node_allocation import V0038NodeAllocation
from .v0038_node_allocation_sockets_type_0 import V0038NodeAllocationSocketsType0
from .v0038_node_allocation_sockets_type_0_cores import V0038NodeAllocationSocketsType0Cores
from .v0038_nodes_response import V0038NodesResponse
from .v0038_partition import V0038Partition
from .v0038_partitions_response import V0038PartitionsResponse
from .v0038_ping import V0038Ping
from .v0038_pings import V0038Pings
from .v0038_reservation import V0038Reservation
from .v0038_reservation_purge_completed_type_0 import V0038ReservationPurgeCompletedType0
from .v0038_reservations_response import V0038ReservationsResponse

__all__ = (
    "Dbv0038Account",
    "Dbv0038AccountInfo",
    "Dbv0038Accounting",
    "Dbv0038AccountResponse",
    "Dbv0038Association",
    "Dbv0038AssociationDefaultType0",
    "Dbv0038AssociationMaxType0",
    "Dbv0038AssociationMaxType0JobsType0",
    "Dbv0038AssociationMaxType0JobsType0PerType0",
    "Dbv0038AssociationMaxType0PerType0",
    "Dbv0038AssociationMaxType0PerType0AccountType0",
    "Dbv0038AssociationMaxType0TresType0",
    "Dbv0038AssociationMaxType0TresType0MinutesType0",
    "Dbv0038AssociationMaxType0TresType0MinutesType0PerType0",
    "Dbv0038AssociationMaxType0TresType0PerType0",
    "Dbv0038AssociationMinType0",
    "Dbv0038AssociationShortInfo",
    "Dbv0038AssociationsInfo",
    "Dbv0038AssociationUsageType0",
    "Dbv0038ClusterInfo",
    "Dbv0038ClusterInfoAssociationsType0",
    "Dbv0038ClusterInfoControllerType0",
    "Dbv0038ClustersProperties",
    "Dbv0038ConfigInfo",
    "Dbv0038ConfigResponse",
    "Dbv0038CoordinatorInfo",
    "Dbv0038Diag",
    "Dbv0038DiagStatisticsType0",
    "Dbv0038DiagStatisticsType0RollupsItem",
    "Dbv0038DiagStatisticsType0RPCsItem",
    "Dbv0038DiagStatisticsType0RPCsItemTimeType0",
    "Dbv0038DiagStatisticsType0UsersItem",
    "Dbv0038DiagStatisticsType0UsersItemTimeType0",
    "Dbv0038Error",
    "Dbv0038Job",
    "Dbv0038JobArrayType0",
    "Dbv0038JobArrayType0LimitsType0",
    "Dbv0038JobArrayType0LimitsType0MaxType0",
    "Dbv0038JobArrayType0LimitsType0MaxType0RunningType0",
    "Dbv0038JobCommentType0",
    "Dbv0038JobExitCode",
    "Dbv0038JobExitCodeSignalType0",
    "Dbv0038JobHetType0",
    "Dbv0038JobInfo",
    "Dbv0038JobMcsType0",
    "Dbv0038JobRequiredType0",
    "Dbv0038JobReservationType0",
    "Dbv0038JobStateType0",
    "Dbv0038JobStep",
    "Dbv0038JobStepCPUType0",
    "Dbv0038JobStepCPUType0RequestedFrequencyType0",
    "Dbv0038JobStepNodesType0",
    "Dbv0038JobStepStatisticsType0",
    "Dbv0038JobStepStatisticsType0CPUType0",
    "Dbv0038JobStepStatisticsType0EnergyType0",
    "Dbv0038JobStepStepType0",
    "Dbv0038JobStepStepType0HetType0",
    "Dbv0038JobStepTasksType0",
    "Dbv0038JobStepTimeType0",
    "Dbv0038JobStepTimeType0SystemType0",
    "Dbv0038JobStepTimeType0TotalType0",
    "Dbv0038JobStepTimeType0UserType0",
    "Dbv0038JobStepTresType0",
    "Dbv0038JobStepTresType0ConsumedType0",
    "Dbv0038JobStepTresType0RequestedType0",
    "Dbv0038JobTimeType0",
    "Dbv0038JobTimeType0SystemType0",
    "Dbv0038JobTimeType0TotalType0",
    "Dbv0038JobTimeType0UserType0",
    "Dbv0038JobTresType0",
    "Dbv0038JobWckeyType0",
    "Dbv0038Qos",
    "Dbv0038QosInfo",
    "Dbv0038QosLimitsType0",
    "Dbv0038QosLimitsType0MaxType0",
    "Dbv0038QosLimitsType0MaxType0AccruingType0",
    "Dbv0038QosLimitsType0MaxType0AccruingType0PerType0",
    "Dbv0038QosLimitsType0MaxType0JobsType0",
    "Dbv0038QosLimitsType0MaxType0JobsType0ActiveJobsType0",
    "Dbv0038QosLimitsType0MaxType0JobsType0ActiveJobsType0PerType0",
    "Dbv0038QosLimitsType0MaxType0TresType0",
    "Dbv0038QosLimitsType0MaxType0TresType0MinutesType0",
    "Dbv0038QosLimitsType0MaxType0TresType0MinutesType0PerType0",
    "Dbv0038QosLimitsType0MaxType0TresType0PerType0",
    "Dbv0038QosLimitsType0MaxType0WallClockType0",
    "Dbv0038QosLimitsType0MaxType0WallClockType0PerType0",
    "Dbv0038QosLimitsType0MinType0",
    "Dbv0038QosLimitsType0MinType0TresType0",
    "Dbv0038QosLimitsType0MinType0TresType0PerType0",
    "Dbv0038QosPreemptType0",
    "Dbv0038ResponseAccountDelete",
    "Dbv0038ResponseAssociations",
    "Dbv0038ResponseAssociationsDelete",
    "Dbv0038ResponseClusterAdd",
    "Dbv0038ResponseClusterDelete",
    "Dbv0038ResponseQos",
    "Dbv0038ResponseQosDelete",
    "Dbv0038ResponseTres",
    "Dbv0038ResponseUserDelete",
    "Dbv0038ResponseUserUpdate",
    "Dbv0038ResponseWckeyAdd",
    "Dbv0038ResponseWckeyDelete",
    "Dbv0038SetConfig",
    "Dbv0038TresInfo",
    "Dbv0038TresListItem",
    "Dbv0038TresUpdate",
    "Dbv0038UpdateAccount",
    "Dbv0038UpdateQos",
    "Dbv0038UpdateUsers",
    "Dbv0038User",
    "Dbv0038UserDefaultType0",
    "Dbv0038UserInfo",
    "Dbv0038Wckey",
    "Dbv0038WckeyInfo",
    "V0038Diag",
    "V0038DiagRpcm",
    "V0038DiagRpcu",
    "V0038DiagStatisticsType0",
    "V0038Error",
    "V0038JobProperties",
    "V0038JobPropertiesEnvironment",
    "V0038JobResources",
    "V0038JobResponseProperties",
    "V0038JobsResponse",
    "V0038JobSubmission",
    "V0038JobSubmissionResponse",
    "V0038License",
    "V0038Licenses",
    "V0038Meta",
    "V0038MetaPluginType0",
    "V0038MetaSlurmType0",
    "V0038MetaSlurmType0VersionType0",
    "V0038Node",
    "V0038NodeAllocation",
    "V0038NodeAllocationSocketsType0",
    "V0038NodeAllocationSocketsType0Cores",
    "V0038NodesResponse",
    "V0038Partition",
    "V0038PartitionsResponse",
    "V0038Ping",
    "V0038Pings",
    "V0038Reservation",
    "V0038ReservationPurgeCompletedType0",
    "V0038ReservationsResponse",
)
