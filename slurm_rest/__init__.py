"""slurm-rest: one typed client for slurmrestd across Slurm releases 22.05 … 26.05.

    from slurm_rest import SlurmClient, JobSpec
    with SlurmClient.from_env() as slurm:
        job_id = slurm.submit(JobSpec(script="#!/bin/sh\\necho hi\\n", time_limit="5:00"))
        info = slurm.wait(job_id)

Its warnings (retries, slowdowns: loggers ``slurm_rest.*``) reach whatever logging the application sets
up; without any, they stay silent (a ``NullHandler``, as libraries do), so the CLI's one line stays one.
"""

import logging

from ._async_client import AsyncJobWatcher, AsyncSlurmClient
from ._call import Kind as RequestKind
from ._client import JobWatcher, SlurmClient
from ._config import ClientConfig, Secret
from ._constants import DEFAULT_ENV as DEFAULT_JOB_ENV
from ._containers import Container, ContainerRuntime, per_task_script
from ._directives import Directive, header_of, read_directives
from ._exceptions import (
    APIError,
    AuthError,
    ConfigError,
    JobNotFoundError,
    RefusedError,
    RemoteError,
    SlurmMessage,
    SlurmRestError,
    StagingError,
    SubmissionError,
    SubmitUnknownError,
    TLSError,
    TransportError,
    UnavailableError,
    UnservedEndpointError,
    UnsupportedVersionError,
    ValidationError,
    WaitTimeout,
)
from ._functions import FunctionExecutor, FunctionJob
from ._functions_sync import SyncFunctionExecutor, SyncFunctionJob
from ._hostlist import expand_hostlist
from ._inventory_models import (
    AssociationInfo,
    BackfillStats,
    DiagInfo,
    LicenseInfo,
    QosInfo,
    ReservationInfo,
    RpcStat,
    SchedulerStats,
    ShareInfo,
)
from ._jobspec import Dependency, JobSpec
from ._models import JobFlag, JobInfo, JobState
from ._resources import NodeInfo, PartitionInfo, PingInfo
from ._retry import (
    RETRY_ACCOUNTING,
    RETRY_POLICIES,
    RETRY_READ,
    RETRY_UNSENT,
    RequestStats,
    RetryPolicy,
    RetryStrategies,
    is_transient,
    is_unsent,
)
from ._staging import SSHConfig, Stager
from ._steps import JobUsage, StepInfo
from ._watching import Backoff

__all__ = [
    "DEFAULT_JOB_ENV",
    "RETRY_ACCOUNTING",
    "RETRY_POLICIES",
    "RETRY_READ",
    "RETRY_UNSENT",
    "APIError",
    "AssociationInfo",
    "AsyncJobWatcher",
    "AsyncSlurmClient",
    "AuthError",
    "BackfillStats",
    "Backoff",
    "ClientConfig",
    "ConfigError",
    "Container",
    "ContainerRuntime",
    "Dependency",
    "DiagInfo",
    "Directive",
    "FunctionExecutor",
    "FunctionJob",
    "JobFlag",
    "JobInfo",
    "JobNotFoundError",
    "JobSpec",
    "JobState",
    "JobUsage",
    "JobWatcher",
    "LicenseInfo",
    "NodeInfo",
    "PartitionInfo",
    "PingInfo",
    "QosInfo",
    "RefusedError",
    "RemoteError",
    "RequestKind",
    "RequestStats",
    "ReservationInfo",
    "RetryPolicy",
    "RetryStrategies",
    "RpcStat",
    "SSHConfig",
    "SchedulerStats",
    "Secret",
    "ShareInfo",
    "SlurmClient",
    "SlurmMessage",
    "SlurmRestError",
    "Stager",
    "StagingError",
    "StepInfo",
    "SubmissionError",
    "SubmitUnknownError",
    "SyncFunctionExecutor",
    "SyncFunctionJob",
    "TLSError",
    "TransportError",
    "UnavailableError",
    "UnservedEndpointError",
    "UnsupportedVersionError",
    "ValidationError",
    "WaitTimeout",
    "expand_hostlist",
    "header_of",
    "is_transient",
    "is_unsent",
    "per_task_script",
    "read_directives",
]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
