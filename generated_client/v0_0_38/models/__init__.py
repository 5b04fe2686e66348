""" Contains all the data models used in inputs/outputs """

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
