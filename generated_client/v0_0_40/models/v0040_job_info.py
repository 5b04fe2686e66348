from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0040_float_64_no_val import V0040Float64NoVal
  from ..models.v0040_job_info_power_type_0 import V0040JobInfoPowerType0
  from ..models.v0040_job_res import V0040JobRes
  from ..models.v0040_process_exit_code_verbose import V0040ProcessExitCodeVerbose
  from ..models.v0040_uint_16_no_val import V0040Uint16NoVal
  from ..models.v0040_uint_32_no_val import V0040Uint32NoVal
  from ..models.v0040_uint_64_no_val import V0040Uint64NoVal





T = TypeVar("T", bound="V0040JobInfo")



@_attrs_define
class V0040JobInfo:
    """ 
        Attributes:
            account (str | Unset): Account associated with the job
            accrue_time (None | Unset | V0040Uint64NoVal): When the job started accruing age priority (UNIX timestamp)
            admin_comment (str | Unset): Arbitrary comment made by administrator
            allocating_node (str | Unset): Local node making the resource allocation
            array_job_id (None | Unset | V0040Uint32NoVal): Job ID of job array, or 0 if N/A
            array_max_tasks (None | Unset | V0040Uint32NoVal): Maximum number of simultaneously running tasks, 0 if no limit
            array_task_id (None | Unset | V0040Uint32NoVal): Task ID of this task in job array
            array_task_string (str | Unset): String expression of task IDs in this record
            association_id (int | Unset): Unique identifier for the association
            batch_features (str | Unset): Features required for batch script's node
            batch_flag (bool | Unset): True if batch job
            batch_host (str | Unset): Name of host running batch script
            billable_tres (None | Unset | V0040Float64NoVal): Billable TRES
            burst_buffer (str | Unset): Burst buffer specifications
            burst_buffer_state (str | Unset): Burst buffer state details
            cluster (str | Unset): Cluster name
            cluster_features (str | Unset): List of required cluster features
            command (str | Unset): Executed command
            comment (str | Unset): Arbitrary comment
            container (str | Unset): Absolute path to OCI container bundle
            container_id (str | Unset): OCI container ID
            contiguous (bool | Unset): True if job requires contiguous nodes
            core_spec (int | Unset): Specialized core count
            cores_per_socket (None | Unset | V0040Uint16NoVal): Cores per socket required
            cpu_frequency_governor (None | Unset | V0040Uint32NoVal): CPU frequency governor
            cpu_frequency_maximum (None | Unset | V0040Uint32NoVal): Maximum CPU frequency
            cpu_frequency_minimum (None | Unset | V0040Uint32NoVal): Minimum CPU frequency
            cpus (None | Unset | V0040Uint32NoVal): Minimum number of CPUs required
            cpus_per_task (None | Unset | V0040Uint16NoVal): Number of CPUs required by each task
            cpus_per_tres (str | Unset): Semicolon delimited list of TRES=# values indicating how many CPUs should be
                allocated for each specified TRES (currently only used for gres/gpu)
            cron (str | Unset): Time specification for scrontab job
            current_working_directory (str | Unset): Working directory to use for the job
            deadline (None | Unset | V0040Uint64NoVal): Latest time that the job may start (UNIX timestamp)
            delay_boot (None | Unset | V0040Uint32NoVal): Number of seconds after job eligible start that nodes will be
                rebooted to satisfy feature specification
            dependency (str | Unset): Other jobs that must meet certain criteria before this job can start
            derived_exit_code (None | Unset | V0040ProcessExitCodeVerbose): return code returned by process
            eligible_time (None | Unset | V0040Uint64NoVal): Time when the job became eligible to run (UNIX timestamp)
            end_time (None | Unset | V0040Uint64NoVal): End time, real or expected (UNIX timestamp)
            excluded_nodes (str | Unset): Comma separated list of nodes that may not be used
            exclusive (list[str] | Unset):
            exit_code (None | Unset | V0040ProcessExitCodeVerbose): return code returned by process
            extra (str | Unset): Arbitrary string used for node filtering if extra constraints are enabled
            failed_node (str | Unset): Name of node that caused job failure
            features (str | Unset): Comma separated list of features that are required
            federation_origin (str | Unset): Origin cluster's name (when using federation)
            federation_siblings_active (str | Unset): Active sibling job names
            federation_siblings_viable (str | Unset): Viable sibling job names
            flags (list[str] | Unset):
            gres_detail (list[str] | Unset):
            group_id (int | Unset): Group ID of the user that owns the job
            group_name (str | Unset): Group name of the user that owns the job
            het_job_id (None | Unset | V0040Uint32NoVal): Heterogeneous job ID, if applicable
            het_job_id_set (str | Unset): Job ID range for all heterogeneous job components
            het_job_offset (None | Unset | V0040Uint32NoVal): Unique sequence number applied to this component of the
                heterogeneous job
            hold (bool | Unset): Job held
            job_id (int | Unset): Job ID
            job_resources (None | Unset | V0040JobRes): Resources used by the job
            job_size_str (list[str] | Unset):
            job_state (list[str] | Unset):
            last_sched_evaluation (None | Unset | V0040Uint64NoVal): Last time job was evaluated for scheduling (UNIX
                timestamp)
            licenses (str | Unset): License(s) required by the job
            mail_type (list[str] | Unset):
            mail_user (str | Unset): User to receive email notifications
            max_cpus (None | Unset | V0040Uint32NoVal): Maximum number of CPUs usable by the job
            max_nodes (None | Unset | V0040Uint32NoVal): Maximum number of nodes usable by the job
            maximum_switch_wait_time (int | Unset): Maximum time to wait for switches in seconds
            mcs_label (str | Unset): Multi-Category Security label on the job
            memory_per_cpu (None | Unset | V0040Uint64NoVal): Minimum memory in megabytes per allocated CPU
            memory_per_node (None | Unset | V0040Uint64NoVal): Minimum memory in megabytes per allocated node
            memory_per_tres (str | Unset): Semicolon delimited list of TRES=# values indicating how much memory in megabytes
                should be allocated for each specified TRES (currently only used for gres/gpu)
            minimum_cpus_per_node (None | Unset | V0040Uint16NoVal): Minimum number of CPUs per node
            minimum_switches (int | Unset): Maximum number of switches (the 'minimum' in the key is incorrect)
            minimum_tmp_disk_per_node (None | Unset | V0040Uint32NoVal): Minimum tmp disk space required per node
            name (str | Unset): Job name
            network (str | Unset): Network specs for the job
            nice (int | Unset): Requested job priority change
            node_count (None | Unset | V0040Uint32NoVal): Minimum number of nodes required
            nodes (str | Unset): Node(s) allocated to the job
            oversubscribe (bool | Unset):
            partition (str | Unset): Partition assigned to the job
            power (None | Unset | V0040JobInfoPowerType0):
            pre_sus_time (None | Unset | V0040Uint64NoVal): Total run time prior to last suspend in seconds
            preempt_time (None | Unset | V0040Uint64NoVal): Time job received preemption signal (UNIX timestamp)
            preemptable_time (None | Unset | V0040Uint64NoVal): Time job becomes eligible for preemption (UNIX timestamp)
            prefer (str | Unset): Feature(s) the job requested but that are not required
            priority (None | Unset | V0040Uint32NoVal): Request specific job priority
            profile (list[str] | Unset):
            qos (str | Unset): Quality of Service assigned to the job, if pending the QOS requested
            reboot (bool | Unset): Node reboot requested before start
            requeue (bool | Unset): Determines whether the job may be requeued
            required_nodes (str | Unset): Comma separated list of required nodes
            resize_time (None | Unset | V0040Uint64NoVal): Time of last size change (UNIX timestamp)
            restart_cnt (int | Unset): Number of job restarts
            resv_name (str | Unset): Name of reservation to use
            scheduled_nodes (str | Unset): List of nodes scheduled to be used for the job
            selinux_context (str | Unset): SELinux context
            shared (list[str] | Unset):
            show_flags (list[str] | Unset):
            sockets_per_board (int | Unset): Number of sockets per board required
            sockets_per_node (None | Unset | V0040Uint16NoVal): Number of sockets per node required
            standard_error (str | Unset): Path to stderr file
            standard_input (str | Unset): Path to stdin file
            standard_output (str | Unset): Path to stdout file
            start_time (None | Unset | V0040Uint64NoVal): Time execution began, or is expected to begin (UNIX timestamp)
            state_description (str | Unset): Optional details for state_reason
            state_reason (str | Unset): Reason for current Pending or Failed state
            submit_time (None | Unset | V0040Uint64NoVal): Time when the job was submitted (UNIX timestamp)
            suspend_time (None | Unset | V0040Uint64NoVal): Time the job was last suspended or resumed (UNIX timestamp)
            system_comment (str | Unset): Arbitrary comment from slurmctld
            tasks (None | Unset | V0040Uint32NoVal): Number of tasks
            tasks_per_board (None | Unset | V0040Uint16NoVal): Number of tasks invoked on each board
            tasks_per_core (None | Unset | V0040Uint16NoVal): Number of tasks invoked on each core
            tasks_per_node (None | Unset | V0040Uint16NoVal): Number of tasks invoked on each node
            tasks_per_socket (None | Unset | V0040Uint16NoVal): Number of tasks invoked on each socket
            tasks_per_tres (None | Unset | V0040Uint16NoVal): Number of tasks that can assess each GPU
            thread_spec (int | Unset): Specialized thread count
            threads_per_core (None | Unset | V0040Uint16NoVal): Number of threads per core required
            time_limit (None | Unset | V0040Uint32NoVal): Maximum run time in minutes
            time_minimum (None | Unset | V0040Uint32NoVal): Minimum run time in minutes
            tres_alloc_str (str | Unset): TRES used by the job
            tres_bind (str | Unset): Task to TRES binding directives
            tres_freq (str | Unset): TRES frequency directives
            tres_per_job (str | Unset): Comma separated list of TRES=# values to be allocated per job
            tres_per_node (str | Unset): Comma separated list of TRES=# values to be allocated per node
            tres_per_socket (str | Unset): Comma separated list of TRES=# values to be allocated per socket
            tres_per_task (str | Unset): Comma separated list of TRES=# values to be allocated per task
            tres_req_str (str | Unset): TRES requested by the job
            user_id (int | Unset): User ID that owns the job
            user_name (str | Unset): User name that owns the job
            wckey (str | Unset): Workload characterization key
     """

    account: str | Unset = UNSET
    accrue_time: None | Unset | V0040Uint64NoVal = UNSET
    admin_comment: str | Unset = UNSET
    allocating_node: str | Unset = UNSET
    array_job_id: None | Unset | V0040Uint32NoVal = UNSET
    array_max_tasks: None | Unset | V0040Uint32NoVal = UNSET
    array_task_id: None | Unset | V0040Uint32NoVal = UNSET
    array_task_string: str | Unset = UNSET
    association_id: int | Unset = UNSET
    batch_features: str | Unset = UNSET
    batch_flag: bool | Unset = UNSET
    batch_host: str | Unset = UNSET
    billable_tres: None | Unset | V0040Float64NoVal = UNSET
    burst_buffer: str | Unset = UNSET
    burst_buffer_state: str | Unset = UNSET
    cluster: str | Unset = UNSET
    cluster_features: str | Unset = UNSET
    command: str | Unset = UNSET
    comment: str | Unset = UNSET
    container: str | Unset = UNSET
    container_id: str | Unset = UNSET
    contiguous: bool | Unset = UNSET
    core_spec: int | Unset = UNSET
    cores_per_socket: None | Unset | V0040Uint16NoVal = UNSET
    cpu_frequency_governor: None | Unset | V0040Uint32NoVal = UNSET
    cpu_frequency_maximum: None | Unset | V0040Uint32NoVal = UNSET
    cpu_frequency_minimum: None | Unset | V0040Uint32NoVal = UNSET
    cpus: None | Unset | V0040Uint32NoVal = UNSET
    cpus_per_task: None | Unset | V0040Uint16NoVal = UNSET
    cpus_per_tres: str | Unset = UNSET
    cron: str | Unset = UNSET
    current_working_directory: str | Unset = UNSET
    deadline: None | Unset | V0040Uint64NoVal = UNSET
    delay_boot: None | Unset | V0040Uint32NoVal = UNSET
    dependency: str | Unset = UNSET
    derived_exit_code: None | Unset | V0040ProcessExitCodeVerbose = UNSET
    eligible_time: None | Unset | V0040Uint64NoVal = UNSET
    end_time: None | Unset | V0040Uint64NoVal = UNSET
    excluded_nodes: str | Unset = UNSET
    exclusive: list[str] | Unset = UNSET
    exit_code: None | Unset | V0040ProcessExitCodeVerbose = UNSET
    extra: str | Unset = UNSET
    failed_node: str | Unset = UNSET
    features: str | Unset = UNSET
    federation_origin: str | Unset = UNSET
    federation_siblings_active: str | Unset = UNSET
    federation_siblings_viable: str | Unset = UNSET
    flags: list[str] | Unset = UNSET
    gres_detail: list[str] | Unset = UNSET
    group_id: int | Unset = UNSET
    group_name: str | Unset = UNSET
    het_job_id: None | Unset | V0040Uint32NoVal = UNSET
    het_job_id_set: str | Unset = UNSET
    het_job_offset: None | Unset | V0040Uint32NoVal = UNSET
    hold: bool | Unset = UNSET
    job_id: int | Unset = UNSET
    job_resources: None | Unset | V0040JobRes = UNSET
    job_size_str: list[str] | Unset = UNSET
    job_state: list[str] | Unset = UNSET
    last_sched_evaluation: None | Unset | V0040Uint64NoVal = UNSET
    licenses: str | Unset = UNSET
    mail_type: list[str] | Unset = UNSET
    mail_user: str | Unset = UNSET
    max_cpus: None | Unset | V0040Uint32NoVal = UNSET
    max_nodes: None | Unset | V0040Uint32NoVal = UNSET
    maximum_switch_wait_time: int | Unset = UNSET
    mcs_label: str | Unset = UNSET
    memory_per_cpu: None | Unset | V0040Uint64NoVal = UNSET
    memory_per_node: None | Unset | V0040Uint64NoVal = UNSET
    memory_per_tres: str | Unset = UNSET
    minimum_cpus_per_node: None | Unset | V0040Uint16NoVal = UNSET
    minimum_switches: int | Unset = UNSET
    minimum_tmp_disk_per_node: None | Unset | V0040Uint32NoVal = UNSET
    name: str | Unset = UNSET
    network: str | Unset = UNSET
    nice: int | Unset = UNSET
    node_count: None | Unset | V0040Uint32NoVal = UNSET
    nodes: str | Unset = UNSET
    oversubscribe: bool | Unset = UNSET
    partition: str | Unset = UNSET
    power: None | Unset | V0040JobInfoPowerType0 = UNSET
    pre_sus_time: None | Unset | V0040Uint64NoVal = UNSET
    preempt_time: None | Unset | V0040Uint64NoVal = UNSET
    preemptable_time: None | Unset | V0040Uint64NoVal = UNSET
    prefer: str | Unset = UNSET
    priority: None | Unset | V0040Uint32NoVal = UNSET
    profile: list[str] | Unset = UNSET
    qos: str | Unset = UNSET
    reboot: bool | Unset = UNSET
    requeue: bool | Unset = UNSET
    required_nodes: str | Unset = UNSET
    resize_time: None | Unset | V0040Uint64NoVal = UNSET
    restart_cnt: int | Unset = UNSET
    resv_name: str | Unset = UNSET
    scheduled_nodes: str | Unset = UNSET
    selinux_context: str | Unset = UNSET
    shared: list[str] | Unset = UNSET
    show_flags: list[str] | Unset = UNSET
    sockets_per_board: int | Unset = UNSET
    sockets_per_node: None | Unset | V0040Uint16NoVal = UNSET
    standard_error: str | Unset = UNSET
    standard_input: str | Unset = UNSET
    standard_output: str | Unset = UNSET
    start_time: None | Unset | V0040Uint64NoVal = UNSET
    state_description: str | Unset = UNSET
    state_reason: str | Unset = UNSET
    submit_time: None | Unset | V0040Uint64NoVal = UNSET
    suspend_time: None | Unset | V0040Uint64NoVal = UNSET
    system_comment: str | Unset = UNSET
    tasks: None | Unset | V0040Uint32NoVal = UNSET
    tasks_per_board: None | Unset | V0040Uint16NoVal = UNSET
    tasks_per_core: None | Unset | V0040Uint16NoVal = UNSET
    tasks_per_node: None | Unset | V0040Uint16NoVal = UNSET
    tasks_per_socket: None | Unset | V0040Uint16NoVal = UNSET
    tasks_per_tres: None | Unset | V0040Uint16NoVal = UNSET
    thread_spec: int | Unset = UNSET
    threads_per_core: None | Unset | V0040Uint16NoVal = UNSET
    time_limit: None | Unset | V0040Uint32NoVal = UNSET
    time_minimum: None | Unset | V0040Uint32NoVal = UNSET
    tres_alloc_str: str | Unset = UNSET
    tres_bind: str | Unset = UNSET
    tres_freq: str | Unset = UNSET
    tres_per_job: str | Unset = UNSET
    tres_per_node: str | Unset = UNSET
    tres_per_socket: str | Unset = UNSET
    tres_per_task: str | Unset = UNSET
    tres_req_str: str | Unset = UNSET
    user_id: int | Unset = UNSET
    user_name: str | Unset = UNSET
    wckey: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0040_float_64_no_val import V0040Float64NoVal # noqa: PLC0415
        from ..models.v0040_job_info_power_type_0 import V0040JobInfoPowerType0 # noqa: PLC0415
        from ..models.v0040_job_res import V0040JobRes # noqa: PLC0415
        from ..models.v0040_process_exit_code_verbose import V0040ProcessExitCodeVerbose # noqa: PLC0415
        from ..models.v0040_uint_16_no_val import V0040Uint16NoVal # noqa: PLC0415
        from ..models.v0040_uint_32_no_val import V0040Uint32NoVal # noqa: PLC0415
        from ..models.v0040_uint_64_no_val import V0040Uint64NoVal # noqa: PLC0415
        account = self.account

        accrue_time: dict[str, Any] | None | Unset
        if isinstance(self.accrue_time, Unset):
            accrue_time = UNSET
        elif isinstance(self.accrue_time, V0040Uint64NoVal):
            accrue_time = self.accrue_time.to_dict()
        else:
            accrue_time = self.accrue_time

        admin_comment = self.admin_comment

        allocating_node = self.allocating_node

        array_job_id: dict[str, Any] | None | Unset
        if isinstance(self.array_job_id, Unset):
            array_job_id = UNSET
        elif isinstance(self.array_job_id, V0040Uint32NoVal):
            array_job_id = self.array_job_id.to_dict()
        else:
            array_job_id = self.array_job_id

        array_max_tasks: dict[str, Any] | None | Unset
        if isinstance(self.array_max_tasks, Unset):
            array_max_tasks = UNSET
        elif isinstance(self.array_max_tasks, V0040Uint32NoVal):
            array_max_tasks = self.array_max_tasks.to_dict()
        else:
            array_max_tasks = self.array_max_tasks

        array_task_id: dict[str, Any] | None | Unset
        if isinstance(self.array_task_id, Unset):
            array_task_id = UNSET
        elif isinstance(self.array_task_id, V0040Uint32NoVal):
            array_task_id = self.array_task_id.to_dict()
        else:
            array_task_id = self.array_task_id

        array_task_string = self.array_task_string

        association_id = self.association_id

        batch_features = self.batch_features

        batch_flag = self.batch_flag

        batch_host = self.batch_host

        billable_tres: dict[str, Any] | None | Unset
        if isinstance(self.billable_tres, Unset):
            billable_tres = UNSET
        elif isinstance(self.billable_tres, V0040Float64NoVal):
            billable_tres = self.billable_tres.to_dict()
        else:
            billable_tres = self.billable_tres

        burst_buffer = self.burst_buffer

        burst_buffer_state = self.burst_buffer_state

        cluster = self.cluster

        cluster_features = self.cluster_features

        command = self.command

        comment = self.comment

        container = self.container

        container_id = self.container_id

        contiguous = self.contiguous

        core_spec = self.core_spec

        cores_per_socket: dict[str, Any] | None | Unset
        if isinstance(self.cores_per_socket, Unset):
            cores_per_socket = UNSET
        elif isinstance(self.cores_per_socket, V0040Uint16NoVal):
            cores_per_socket = self.cores_per_socket.to_dict()
        else:
            cores_per_socket = self.cores_per_socket

        cpu_frequency_governor: dict[str, Any] | None | Unset
        if isinstance(self.cpu_frequency_governor, Unset):
            cpu_frequency_governor = UNSET
        elif isinstance(self.cpu_frequency_governor, V0040Uint32NoVal):
            cpu_frequency_governor = self.cpu_frequency_governor.to_dict()
        else:
            cpu_frequency_governor = self.cpu_frequency_governor

        cpu_frequency_maximum: dict[str, Any] | None | Unset
        if isinstance(self.cpu_frequency_maximum, Unset):
            cpu_frequency_maximum = UNSET
        elif isinstance(self.cpu_frequency_maximum, V0040Uint32NoVal):
            cpu_frequency_maximum = self.cpu_frequency_maximum.to_dict()
        else:
            cpu_frequency_maximum = self.cpu_frequency_maximum

        cpu_frequency_minimum: dict[str, Any] | None | Unset
        if isinstance(self.cpu_frequency_minimum, Unset):
            cpu_frequency_minimum = UNSET
        elif isinstance(self.cpu_frequency_minimum, V0040Uint32NoVal):
            cpu_frequency_minimum = self.cpu_frequency_minimum.to_dict()
        else:
            cpu_frequency_minimum = self.cpu_frequency_minimum

        cpus: dict[str, Any] | None | Unset
        if isinstance(self.cpus, Unset):
            cpus = UNSET
        elif isinstance(self.cpus, V0040Uint32NoVal):
            cpus = self.cpus.to_dict()
        else:
            cpus = self.cpus

        cpus_per_task: dict[str, Any] | None | Unset
        if isinstance(self.cpus_per_task, Unset):
            cpus_per_task = UNSET
        elif isinstance(self.cpus_per_task, V0040Uint16NoVal):
            cpus_per_task = self.cpus_per_task.to_dict()
        else:
            cpus_per_task = self.cpus_per_task

        cpus_per_tres = self.cpus_per_tres

        cron = self.cron

        current_working_directory = self.current_working_directory

        deadline: dict[str, Any] | None | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, V0040Uint64NoVal):
            deadline = self.deadline.to_dict()
        else:
            deadline = self.deadline

        delay_boot: dict[str, Any] | None | Unset
        if isinstance(self.delay_boot, Unset):
            delay_boot = UNSET
        elif isinstance(self.delay_boot, V0040Uint32NoVal):
            delay_boot = self.delay_boot.to_dict()
        else:
            delay_boot = self.delay_boot

        dependency = self.dependency

        derived_exit_code: dict[str, Any] | None | Unset
        if isinstance(self.derived_exit_code, Unset):
            derived_exit_code = UNSET
        elif isinstance(self.derived_exit_code, V0040ProcessExitCodeVerbose):
            derived_exit_code = self.derived_exit_code.to_dict()
        else:
            derived_exit_code = self.derived_exit_code

        eligible_time: dict[str, Any] | None | Unset
        if isinstance(self.eligible_time, Unset):
            eligible_time = UNSET
        elif isinstance(self.eligible_time, V0040Uint64NoVal):
            eligible_time = self.eligible_time.to_dict()
        else:
            eligible_time = self.eligible_time

        end_time: dict[str, Any] | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, V0040Uint64NoVal):
            end_time = self.end_time.to_dict()
        else:
            end_time = self.end_time

        excluded_nodes = self.excluded_nodes

        exclusive: list[str] | Unset = UNSET
        if not isinstance(self.exclusive, Unset):
            exclusive = self.exclusive



        exit_code: dict[str, Any] | None | Unset
        if isinstance(self.exit_code, Unset):
            exit_code = UNSET
        elif isinstance(self.exit_code, V0040ProcessExitCodeVerbose):
            exit_code = self.exit_code.to_dict()
        else:
            exit_code = self.exit_code

        extra = self.extra

        failed_node = self.failed_node

        features = self.features

        federation_origin = self.federation_origin

        federation_siblings_active = self.federation_siblings_active

        federation_siblings_viable = self.federation_siblings_viable

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        gres_detail: list[str] | Unset = UNSET
        if not isinstance(self.gres_detail, Unset):
            gres_detail = self.gres_detail



        group_id = self.group_id

        group_name = self.group_name

        het_job_id: dict[str, Any] | None | Unset
        if isinstance(self.het_job_id, Unset):
            het_job_id = UNSET
        elif isinstance(self.het_job_id, V0040Uint32NoVal):
            het_job_id = self.het_job_id.to_dict()
        else:
            het_job_id = self.het_job_id

        het_job_id_set = self.het_job_id_set

        het_job_offset: dict[str, Any] | None | Unset
        if isinstance(self.het_job_offset, Unset):
            het_job_offset = UNSET
        elif isinstance(self.het_job_offset, V0040Uint32NoVal):
            het_job_offset = self.het_job_offset.to_dict()
        else:
            het_job_offset = self.het_job_offset

        hold = self.hold

        job_id = self.job_id

        job_resources: dict[str, Any] | None | Unset
        if isinstance(self.job_resources, Unset):
            job_resources = UNSET
        elif isinstance(self.job_resources, V0040JobRes):
            job_resources = self.job_resources.to_dict()
        else:
            job_resources = self.job_resources

        job_size_str: list[str] | Unset = UNSET
        if not isinstance(self.job_size_str, Unset):
            job_size_str = self.job_size_str



        job_state: list[str] | Unset = UNSET
        if not isinstance(self.job_state, Unset):
            job_state = self.job_state



        last_sched_evaluation: dict[str, Any] | None | Unset
        if isinstance(self.last_sched_evaluation, Unset):
            last_sched_evaluation = UNSET
        elif isinstance(self.last_sched_evaluation, V0040Uint64NoVal):
            last_sched_evaluation = self.last_sched_evaluation.to_dict()
        else:
            last_sched_evaluation = self.last_sched_evaluation

        licenses = self.licenses

        mail_type: list[str] | Unset = UNSET
        if not isinstance(self.mail_type, Unset):
            mail_type = self.mail_type



        mail_user = self.mail_user

        max_cpus: dict[str, Any] | None | Unset
        if isinstance(self.max_cpus, Unset):
            max_cpus = UNSET
        elif isinstance(self.max_cpus, V0040Uint32NoVal):
            max_cpus = self.max_cpus.to_dict()
        else:
            max_cpus = self.max_cpus

        max_nodes: dict[str, Any] | None | Unset
        if isinstance(self.max_nodes, Unset):
            max_nodes = UNSET
        elif isinstance(self.max_nodes, V0040Uint32NoVal):
            max_nodes = self.max_nodes.to_dict()
        else:
            max_nodes = self.max_nodes

        maximum_switch_wait_time = self.maximum_switch_wait_time

        mcs_label = self.mcs_label

        memory_per_cpu: dict[str, Any] | None | Unset
        if isinstance(self.memory_per_cpu, Unset):
            memory_per_cpu = UNSET
        elif isinstance(self.memory_per_cpu, V0040Uint64NoVal):
            memory_per_cpu = self.memory_per_cpu.to_dict()
        else:
            memory_per_cpu = self.memory_per_cpu

        memory_per_node: dict[str, Any] | None | Unset
        if isinstance(self.memory_per_node, Unset):
            memory_per_node = UNSET
        elif isinstance(self.memory_per_node, V0040Uint64NoVal):
            memory_per_node = self.memory_per_node.to_dict()
        else:
            memory_per_node = self.memory_per_node

        memory_per_tres = self.memory_per_tres

        minimum_cpus_per_node: dict[str, Any] | None | Unset
        if isinstance(self.minimum_cpus_per_node, Unset):
            minimum_cpus_per_node = UNSET
        elif isinstance(self.minimum_cpus_per_node, V0040Uint16NoVal):
            minimum_cpus_per_node = self.minimum_cpus_per_node.to_dict()
        else:
            minimum_cpus_per_node = self.minimum_cpus_per_node

        minimum_switches = self.minimum_switches

        minimum_tmp_disk_per_node: dict[str, Any] | None | Unset
        if isinstance(self.minimum_tmp_disk_per_node, Unset):
            minimum_tmp_disk_per_node = UNSET
        elif isinstance(self.minimum_tmp_disk_per_node, V0040Uint32NoVal):
            minimum_tmp_disk_per_node = self.minimum_tmp_disk_per_node.to_dict()
        else:
            minimum_tmp_disk_per_node = self.minimum_tmp_disk_per_node

        name = self.name

        network = self.network

        nice = self.nice

        node_count: dict[str, Any] | None | Unset
        if isinstance(self.node_count, Unset):
            node_count = UNSET
        elif isinstance(self.node_count, V0040Uint32NoVal):
            node_count = self.node_count.to_dict()
        else:
            node_count = self.node_count

        nodes = self.nodes

        oversubscribe = self.oversubscribe

        partition = self.partition

        power: dict[str, Any] | None | Unset
        if isinstance(self.power, Unset):
            power = UNSET
        elif isinstance(self.power, V0040JobInfoPowerType0):
            power = self.power.to_dict()
        else:
            power = self.power

        pre_sus_time: dict[str, Any] | None | Unset
        if isinstance(self.pre_sus_time, Unset):
            pre_sus_time = UNSET
        elif isinstance(self.pre_sus_time, V0040Uint64NoVal):
            pre_sus_time = self.pre_sus_time.to_dict()
        else:
            pre_sus_time = self.pre_sus_time

        preempt_time: dict[str, Any] | None | Unset
        if isinstance(self.preempt_time, Unset):
            preempt_time = UNSET
        elif isinstance(self.preempt_time, V0040Uint64NoVal):
            preempt_time = self.preempt_time.to_dict()
        else:
            preempt_time = self.preempt_time

        preemptable_time: dict[str, Any] | None | Unset
        if isinstance(self.preemptable_time, Unset):
            preemptable_time = UNSET
        elif isinstance(self.preemptable_time, V0040Uint64NoVal):
            preemptable_time = self.preemptable_time.to_dict()
        else:
            preemptable_time = self.preemptable_time

        prefer = self.prefer

        priority: dict[str, Any] | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, V0040Uint32NoVal):
            priority = self.priority.to_dict()
        else:
            priority = self.priority

        profile: list[str] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile



        qos = self.qos

        reboot = self.reboot

        requeue = self.requeue

        required_nodes = self.required_nodes

        resize_time: dict[str, Any] | None | Unset
        if isinstance(self.resize_time, Unset):
            resize_time = UNSET
        elif isinstance(self.resize_time, V0040Uint64NoVal):
            resize_time = self.resize_time.to_dict()
        else:
            resize_time = self.resize_time

        restart_cnt = self.restart_cnt

        resv_name = self.resv_name

        scheduled_nodes = self.scheduled_nodes

        selinux_context = self.selinux_context

        shared: list[str] | Unset = UNSET
        if not isinstance(self.shared, Unset):
            shared = self.shared



        show_flags: list[str] | Unset = UNSET
        if not isinstance(self.show_flags, Unset):
            show_flags = self.show_flags



        sockets_per_board = self.sockets_per_board

        sockets_per_node: dict[str, Any] | None | Unset
        if isinstance(self.sockets_per_node, Unset):
            sockets_per_node = UNSET
        elif isinstance(self.sockets_per_node, V0040Uint16NoVal):
            sockets_per_node = self.sockets_per_node.to_dict()
        else:
            sockets_per_node = self.sockets_per_node

        standard_error = self.standard_error

        standard_input = self.standard_input

        standard_output = self.standard_output

        start_time: dict[str, Any] | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, V0040Uint64NoVal):
            start_time = self.start_time.to_dict()
        else:
            start_time = self.start_time

        state_description = self.state_description

        state_reason = self.state_reason

        submit_time: dict[str, Any] | None | Unset
        if isinstance(self.submit_time, Unset):
            submit_time = UNSET
        elif isinstance(self.submit_time, V0040Uint64NoVal):
            submit_time = self.submit_time.to_dict()
        else:
            submit_time = self.submit_time

        suspend_time: dict[str, Any] | None | Unset
        if isinstance(self.suspend_time, Unset):
            suspend_time = UNSET
        elif isinstance(self.suspend_time, V0040Uint64NoVal):
            suspend_time = self.suspend_time.to_dict()
        else:
            suspend_time = self.suspend_time

        system_comment = self.system_comment

        tasks: dict[str, Any] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, V0040Uint32NoVal):
            tasks = self.tasks.to_dict()
        else:
            tasks = self.tasks

        tasks_per_board: dict[str, Any] | None | Unset
        if isinstance(self.tasks_per_board, Unset):
            tasks_per_board = UNSET
        elif isinstance(self.tasks_per_board, V0040Uint16NoVal):
            tasks_per_board = self.tasks_per_board.to_dict()
        else:
            tasks_per_board = self.tasks_per_board

        tasks_per_core: dict[str, Any] | None | Unset
        if isinstance(self.tasks_per_core, Unset):
            tasks_per_core = UNSET
        elif isinstance(self.tasks_per_core, V0040Uint16NoVal):
            tasks_per_core = self.tasks_per_core.to_dict()
        else:
            tasks_per_core = self.tasks_per_core

        tasks_per_node: dict[str, Any] | None | Unset
        if isinstance(self.tasks_per_node, Unset):
            tasks_per_node = UNSET
        elif isinstance(self.tasks_per_node, V0040Uint16NoVal):
            tasks_per_node = self.tasks_per_node.to_dict()
        else:
            tasks_per_node = self.tasks_per_node

        tasks_per_socket: dict[str, Any] | None | Unset
        if isinstance(self.tasks_per_socket, Unset):
            tasks_per_socket = UNSET
        elif isinstance(self.tasks_per_socket, V0040Uint16NoVal):
            tasks_per_socket = self.tasks_per_socket.to_dict()
        else:
            tasks_per_socket = self.tasks_per_socket

        tasks_per_tres: dict[str, Any] | None | Unset
        if isinstance(self.tasks_per_tres, Unset):
            tasks_per_tres = UNSET
        elif isinstance(self.tasks_per_tres, V0040Uint16NoVal):
            tasks_per_tres = self.tasks_per_tres.to_dict()
        else:
            tasks_per_tres = self.tasks_per_tres

        thread_spec = self.thread_spec

        threads_per_core: dict[str, Any] | None | Unset
        if isinstance(self.threads_per_core, Unset):
            threads_per_core = UNSET
        elif isinstance(self.threads_per_core, V0040Uint16NoVal):
            threads_per_core = self.threads_per_core.to_dict()
        else:
            threads_per_core = self.threads_per_core

        time_limit: dict[str, Any] | None | Unset
        if isinstance(self.time_limit, Unset):
            time_limit = UNSET
        elif isinstance(self.time_limit, V0040Uint32NoVal):
            time_limit = self.time_limit.to_dict()
        else:
            time_limit = self.time_limit

        time_minimum: dict[str, Any] | None | Unset
        if isinstance(self.time_minimum, Unset):
            time_minimum = UNSET
        elif isinstance(self.time_minimum, V0040Uint32NoVal):
            time_minimum = self.time_minimum.to_dict()
        else:
            time_minimum = self.time_minimum

        tres_alloc_str = self.tres_alloc_str

        tres_bind = self.tres_bind

        tres_freq = self.tres_freq

        tres_per_job = self.tres_per_job

        tres_per_node = self.tres_per_node

        tres_per_socket = self.tres_per_socket

        tres_per_task = self.tres_per_task

        tres_req_str = self.tres_req_str

        user_id = self.user_id

        user_name = self.user_name

        wckey = self.wckey


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if account is not UNSET:
            field_dict["account"] = account
        if accrue_time is not UNSET:
            field_dict["accrue_time"] = accrue_time
        if admin_comment is not UNSET:
            field_dict["admin_comment"] = admin_comment
        if allocating_node is not UNSET:
            field_dict["allocating_node"] = allocating_node
        if array_job_id is not UNSET:
            field_dict["array_job_id"] = array_job_id
        if array_max_tasks is not UNSET:
            field_dict["array_max_tasks"] = array_max_tasks
        if array_task_id is not UNSET:
            field_dict["array_task_id"] = array_task_id
        if array_task_string is not UNSET:
            field_dict["array_task_string"] = array_task_string
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if batch_features is not UNSET:
            field_dict["batch_features"] = batch_features
        if batch_flag is not UNSET:
            field_dict["batch_flag"] = batch_flag
        if batch_host is not UNSET:
            field_dict["batch_host"] = batch_host
        if billable_tres is not UNSET:
            field_dict["billable_tres"] = billable_tres
        if burst_buffer is not UNSET:
            field_dict["burst_buffer"] = burst_buffer
        if burst_buffer_state is not UNSET:
            field_dict["burst_buffer_state"] = burst_buffer_state
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if cluster_features is not UNSET:
            field_dict["cluster_features"] = cluster_features
        if command is not UNSET:
            field_dict["command"] = command
        if comment is not UNSET:
            field_dict["comment"] = comment
        if container is not UNSET:
            field_dict["container"] = container
        if container_id is not UNSET:
            field_dict["container_id"] = container_id
        if contiguous is not UNSET:
            field_dict["contiguous"] = contiguous
        if core_spec is not UNSET:
            field_dict["core_spec"] = core_spec
        if cores_per_socket is not UNSET:
            field_dict["cores_per_socket"] = cores_per_socket
        if cpu_frequency_governor is not UNSET:
            field_dict["cpu_frequency_governor"] = cpu_frequency_governor
        if cpu_frequency_maximum is not UNSET:
            field_dict["cpu_frequency_maximum"] = cpu_frequency_maximum
        if cpu_frequency_minimum is not UNSET:
            field_dict["cpu_frequency_minimum"] = cpu_frequency_minimum
        if cpus is not UNSET:
            field_dict["cpus"] = cpus
        if cpus_per_task is not UNSET:
            field_dict["cpus_per_task"] = cpus_per_task
        if cpus_per_tres is not UNSET:
            field_dict["cpus_per_tres"] = cpus_per_tres
        if cron is not UNSET:
            field_dict["cron"] = cron
        if current_working_directory is not UNSET:
            field_dict["current_working_directory"] = current_working_directory
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if delay_boot is not UNSET:
            field_dict["delay_boot"] = delay_boot
        if dependency is not UNSET:
            field_dict["dependency"] = dependency
        if derived_exit_code is not UNSET:
            field_dict["derived_exit_code"] = derived_exit_code
        if eligible_time is not UNSET:
            field_dict["eligible_time"] = eligible_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if excluded_nodes is not UNSET:
            field_dict["excluded_nodes"] = excluded_nodes
        if exclusive is not UNSET:
            field_dict["exclusive"] = exclusive
        if exit_code is not UNSET:
            field_dict["exit_code"] = exit_code
        if extra is not UNSET:
            field_dict["extra"] = extra
        if failed_node is not UNSET:
            field_dict["failed_node"] = failed_node
        if features is not UNSET:
            field_dict["features"] = features
        if federation_origin is not UNSET:
            field_dict["federation_origin"] = federation_origin
        if federation_siblings_active is not UNSET:
            field_dict["federation_siblings_active"] = federation_siblings_active
        if federation_siblings_viable is not UNSET:
            field_dict["federation_siblings_viable"] = federation_siblings_viable
        if flags is not UNSET:
            field_dict["flags"] = flags
        if gres_detail is not UNSET:
            field_dict["gres_detail"] = gres_detail
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if het_job_id is not UNSET:
            field_dict["het_job_id"] = het_job_id
        if het_job_id_set is not UNSET:
            field_dict["het_job_id_set"] = het_job_id_set
        if het_job_offset is not UNSET:
            field_dict["het_job_offset"] = het_job_offset
        if hold is not UNSET:
            field_dict["hold"] = hold
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_resources is not UNSET:
            field_dict["job_resources"] = job_resources
        if job_size_str is not UNSET:
            field_dict["job_size_str"] = job_size_str
        if job_state is not UNSET:
            field_dict["job_state"] = job_state
        if last_sched_evaluation is not UNSET:
            field_dict["last_sched_evaluation"] = last_sched_evaluation
        if licenses is not UNSET:
            field_dict["licenses"] = licenses
        if mail_type is not UNSET:
            field_dict["mail_type"] = mail_type
        if mail_user is not UNSET:
            field_dict["mail_user"] = mail_user
        if max_cpus is not UNSET:
            field_dict["max_cpus"] = max_cpus
        if max_nodes is not UNSET:
            field_dict["max_nodes"] = max_nodes
        if maximum_switch_wait_time is not UNSET:
            field_dict["maximum_switch_wait_time"] = maximum_switch_wait_time
        if mcs_label is not UNSET:
            field_dict["mcs_label"] = mcs_label
        if memory_per_cpu is not UNSET:
            field_dict["memory_per_cpu"] = memory_per_cpu
        if memory_per_node is not UNSET:
            field_dict["memory_per_node"] = memory_per_node
        if memory_per_tres is not UNSET:
            field_dict["memory_per_tres"] = memory_per_tres
        if minimum_cpus_per_node is not UNSET:
            field_dict["minimum_cpus_per_node"] = minimum_cpus_per_node
        if minimum_switches is not UNSET:
            field_dict["minimum_switches"] = minimum_switches
        if minimum_tmp_disk_per_node is not UNSET:
            field_dict["minimum_tmp_disk_per_node"] = minimum_tmp_disk_per_node
        if name is not UNSET:
            field_dict["name"] = name
        if network is not UNSET:
            field_dict["network"] = network
        if nice is not UNSET:
            field_dict["nice"] = nice
        if node_count is not UNSET:
            field_dict["node_count"] = node_count
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if oversubscribe is not UNSET:
            field_dict["oversubscribe"] = oversubscribe
        if partition is not UNSET:
            field_dict["partition"] = partition
        if power is not UNSET:
            field_dict["power"] = power
        if pre_sus_time is not UNSET:
            field_dict["pre_sus_time"] = pre_sus_time
        if preempt_time is not UNSET:
            field_dict["preempt_time"] = preempt_time
        if preemptable_time is not UNSET:
            field_dict["preemptable_time"] = preemptable_time
        if prefer is not UNSET:
            field_dict["prefer"] = prefer
        if priority is not UNSET:
            field_dict["priority"] = priority
        if profile is not UNSET:
            field_dict["profile"] = profile
        if qos is not UNSET:
            field_dict["qos"] = qos
        if reboot is not UNSET:
            field_dict["reboot"] = reboot
        if requeue is not UNSET:
            field_dict["requeue"] = requeue
        if required_nodes is not UNSET:
            field_dict["required_nodes"] = required_nodes
        if resize_time is not UNSET:
            field_dict["resize_time"] = resize_time
        if restart_cnt is not UNSET:
            field_dict["restart_cnt"] = restart_cnt
        if resv_name is not UNSET:
            field_dict["resv_name"] = resv_name
        if scheduled_nodes is not UNSET:
            field_dict["scheduled_nodes"] = scheduled_nodes
        if selinux_context is not UNSET:
            field_dict["selinux_context"] = selinux_context
        if shared is not UNSET:
            field_dict["shared"] = shared
        if show_flags is not UNSET:
            field_dict["show_flags"] = show_flags
        if sockets_per_board is not UNSET:
            field_dict["sockets_per_board"] = sockets_per_board
        if sockets_per_node is not UNSET:
            field_dict["sockets_per_node"] = sockets_per_node
        if standard_error is not UNSET:
            field_dict["standard_error"] = standard_error
        if standard_input is not UNSET:
            field_dict["standard_input"] = standard_input
        if standard_output is not UNSET:
            field_dict["standard_output"] = standard_output
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if state_description is not UNSET:
            field_dict["state_description"] = state_description
        if state_reason is not UNSET:
            field_dict["state_reason"] = state_reason
        if submit_time is not UNSET:
            field_dict["submit_time"] = submit_time
        if suspend_time is not UNSET:
            field_dict["suspend_time"] = suspend_time
        if system_comment is not UNSET:
            field_dict["system_comment"] = system_comment
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if tasks_per_board is not UNSET:
            field_dict["tasks_per_board"] = tasks_per_board
        if tasks_per_core is not UNSET:
            field_dict["tasks_per_core"] = tasks_per_core
        if tasks_per_node is not UNSET:
            field_dict["tasks_per_node"] = tasks_per_node
        if tasks_per_socket is not UNSET:
            field_dict["tasks_per_socket"] = tasks_per_socket
        if tasks_per_tres is not UNSET:
            field_dict["tasks_per_tres"] = tasks_per_tres
        if thread_spec is not UNSET:
            field_dict["thread_spec"] = thread_spec
        if threads_per_core is not UNSET:
            field_dict["threads_per_core"] = threads_per_core
        if time_limit is not UNSET:
            field_dict["time_limit"] = time_limit
        if time_minimum is not UNSET:
            field_dict["time_minimum"] = time_minimum
        if tres_alloc_str is not UNSET:
            field_dict["tres_alloc_str"] = tres_alloc_str
        if tres_bind is not UNSET:
            field_dict["tres_bind"] = tres_bind
        if tres_freq is not UNSET:
            field_dict["tres_freq"] = tres_freq
        if tres_per_job is not UNSET:
            field_dict["tres_per_job"] = tres_per_job
        if tres_per_node is not UNSET:
            field_dict["tres_per_node"] = tres_per_node
        if tres_per_socket is not UNSET:
            field_dict["tres_per_socket"] = tres_per_socket
        if tres_per_task is not UNSET:
            field_dict["tres_per_task"] = tres_per_task
        if tres_req_str is not UNSET:
            field_dict["tres_req_str"] = tres_req_str
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if wckey is not UNSET:
            field_dict["wckey"] = wckey

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0040_float_64_no_val import V0040Float64NoVal # noqa: PLC0415
        from ..models.v0040_job_info_power_type_0 import V0040JobInfoPowerType0 # noqa: PLC0415
        from ..models.v0040_job_res import V0040JobRes # noqa: PLC0415
        from ..models.v0040_process_exit_code_verbose import V0040ProcessExitCodeVerbose # noqa: PLC0415
        from ..models.v0040_uint_16_no_val import V0040Uint16NoVal # noqa: PLC0415
        from ..models.v0040_uint_32_no_val import V0040Uint32NoVal # noqa: PLC0415
        from ..models.v0040_uint_64_no_val import V0040Uint64NoVal # noqa: PLC0415
        d = dict(src_dict)
        account = d.pop("account", UNSET)

        def _parse_accrue_time(data: object) -> None | Unset | V0040Uint64NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accrue_time_type_0 = V0040Uint64NoVal.from_dict(data)



                return accrue_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint64NoVal, data)

        accrue_time = _parse_accrue_time(d.pop("accrue_time", UNSET))


        admin_comment = d.pop("admin_comment", UNSET)

        allocating_node = d.pop("allocating_node", UNSET)

        def _parse_array_job_id(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                array_job_id_type_0 = V0040Uint32NoVal.from_dict(data)



                return array_job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        array_job_id = _parse_array_job_id(d.pop("array_job_id", UNSET))


        def _parse_array_max_tasks(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                array_max_tasks_type_0 = V0040Uint32NoVal.from_dict(data)



                return array_max_tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        array_max_tasks = _parse_array_max_tasks(d.pop("array_max_tasks", UNSET))


        def _parse_array_task_id(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                array_task_id_type_0 = V0040Uint32NoVal.from_dict(data)



                return array_task_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        array_task_id = _parse_array_task_id(d.pop("array_task_id", UNSET))


        array_task_string = d.pop("array_task_string", UNSET)

        association_id = d.pop("association_id", UNSET)

        batch_features = d.pop("batch_features", UNSET)

        batch_flag = d.pop("batch_flag", UNSET)

        batch_host = d.pop("batch_host", UNSET)

        def _parse_billable_tres(data: object) -> None | Unset | V0040Float64NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billable_tres_type_0 = V0040Float64NoVal.from_dict(data)



                return billable_tres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Float64NoVal, data)

        billable_tres = _parse_billable_tres(d.pop("billable_tres", UNSET))


        burst_buffer = d.pop("burst_buffer", UNSET)

        burst_buffer_state = d.pop("burst_buffer_state", UNSET)

        cluster = d.pop("cluster", UNSET)

        cluster_features = d.pop("cluster_features", UNSET)

        command = d.pop("command", UNSET)

        comment = d.pop("comment", UNSET)

        container = d.pop("container", UNSET)

        container_id = d.pop("container_id", UNSET)

        contiguous = d.pop("contiguous", UNSET)

        core_spec = d.pop("core_spec", UNSET)

        def _parse_cores_per_socket(data: object) -> None | Unset | V0040Uint16NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cores_per_socket_type_0 = V0040Uint16NoVal.from_dict(data)



                return cores_per_socket_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint16NoVal, data)

        cores_per_socket = _parse_cores_per_socket(d.pop("cores_per_socket", UNSET))


        def _parse_cpu_frequency_governor(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cpu_frequency_governor_type_0 = V0040Uint32NoVal.from_dict(data)



                return cpu_frequency_governor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        cpu_frequency_governor = _parse_cpu_frequency_governor(d.pop("cpu_frequency_governor", UNSET))


        def _parse_cpu_frequency_maximum(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cpu_frequency_maximum_type_0 = V0040Uint32NoVal.from_dict(data)



                return cpu_frequency_maximum_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        cpu_frequency_maximum = _parse_cpu_frequency_maximum(d.pop("cpu_frequency_maximum", UNSET))


        def _parse_cpu_frequency_minimum(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cpu_frequency_minimum_type_0 = V0040Uint32NoVal.from_dict(data)



                return cpu_frequency_minimum_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        cpu_frequency_minimum = _parse_cpu_frequency_minimum(d.pop("cpu_frequency_minimum", UNSET))


        def _parse_cpus(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cpus_type_0 = V0040Uint32NoVal.from_dict(data)



                return cpus_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        cpus = _parse_cpus(d.pop("cpus", UNSET))


        def _parse_cpus_per_task(data: object) -> None | Unset | V0040Uint16NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cpus_per_task_type_0 = V0040Uint16NoVal.from_dict(data)



                return cpus_per_task_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint16NoVal, data)

        cpus_per_task = _parse_cpus_per_task(d.pop("cpus_per_task", UNSET))


        cpus_per_tres = d.pop("cpus_per_tres", UNSET)

        cron = d.pop("cron", UNSET)

        current_working_directory = d.pop("current_working_directory", UNSET)

        def _parse_deadline(data: object) -> None | Unset | V0040Uint64NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deadline_type_0 = V0040Uint64NoVal.from_dict(data)



                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint64NoVal, data)

        deadline = _parse_deadline(d.pop("deadline", UNSET))


        def _parse_delay_boot(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delay_boot_type_0 = V0040Uint32NoVal.from_dict(data)



                return delay_boot_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        delay_boot = _parse_delay_boot(d.pop("delay_boot", UNSET))


        dependency = d.pop("dependency", UNSET)

        def _parse_derived_exit_code(data: object) -> None | Unset | V0040ProcessExitCodeVerbose:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                derived_exit_code_type_0 = V0040ProcessExitCodeVerbose.from_dict(data)



                return derived_exit_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040ProcessExitCodeVerbose, data)

        derived_exit_code = _parse_derived_exit_code(d.pop("derived_exit_code", UNSET))


        def _parse_eligible_time(data: object) -> None | Unset | V0040Uint64NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eligible_time_type_0 = V0040Uint64NoVal.from_dict(data)



                return eligible_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint64NoVal, data)

        eligible_time = _parse_eligible_time(d.pop("eligible_time", UNSET))


        def _parse_end_time(data: object) -> None | Unset | V0040Uint64NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_time_type_0 = V0040Uint64NoVal.from_dict(data)



                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint64NoVal, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))


        excluded_nodes = d.pop("excluded_nodes", UNSET)

        exclusive = cast(list[str], d.pop("exclusive", UNSET))


        def _parse_exit_code(data: object) -> None | Unset | V0040ProcessExitCodeVerbose:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exit_code_type_0 = V0040ProcessExitCodeVerbose.from_dict(data)



                return exit_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040ProcessExitCodeVerbose, data)

        exit_code = _parse_exit_code(d.pop("exit_code", UNSET))


        extra = d.pop("extra", UNSET)

        failed_node = d.pop("failed_node", UNSET)

        features = d.pop("features", UNSET)

        federation_origin = d.pop("federation_origin", UNSET)

        federation_siblings_active = d.pop("federation_siblings_active", UNSET)

        federation_siblings_viable = d.pop("federation_siblings_viable", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))


        gres_detail = cast(list[str], d.pop("gres_detail", UNSET))


        group_id = d.pop("group_id", UNSET)

        group_name = d.pop("group_name", UNSET)

        def _parse_het_job_id(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                het_job_id_type_0 = V0040Uint32NoVal.from_dict(data)



                return het_job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        het_job_id = _parse_het_job_id(d.pop("het_job_id", UNSET))


        het_job_id_set = d.pop("het_job_id_set", UNSET)

        def _parse_het_job_offset(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                het_job_offset_type_0 = V0040Uint32NoVal.from_dict(data)



                return het_job_offset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        het_job_offset = _parse_het_job_offset(d.pop("het_job_offset", UNSET))


        hold = d.pop("hold", UNSET)

        job_id = d.pop("job_id", UNSET)

        def _parse_job_resources(data: object) -> None | Unset | V0040JobRes:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_resources_type_0 = V0040JobRes.from_dict(data)



                return job_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040JobRes, data)

        job_resources = _parse_job_resources(d.pop("job_resources", UNSET))


        job_size_str = cast(list[str], d.pop("job_size_str", UNSET))


        job_state = cast(list[str], d.pop("job_state", UNSET))


        def _parse_last_sched_evaluation(data: object) -> None | Unset | V0040Uint64NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_sched_evaluation_type_0 = V0040Uint64NoVal.from_dict(data)



                return last_sched_evaluation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint64NoVal, data)

        last_sched_evaluation = _parse_last_sched_evaluation(d.pop("last_sched_evaluation", UNSET))


        licenses = d.pop("licenses", UNSET)

        mail_type = cast(list[str], d.pop("mail_type", UNSET))


        mail_user = d.pop("mail_user", UNSET)

        def _parse_max_cpus(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                max_cpus_type_0 = V0040Uint32NoVal.from_dict(data)



                return max_cpus_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        max_cpus = _parse_max_cpus(d.pop("max_cpus", UNSET))


        def _parse_max_nodes(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                max_nodes_type_0 = V0040Uint32NoVal.from_dict(data)



                return max_nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        max_nodes = _parse_max_nodes(d.pop("max_nodes", UNSET))


        maximum_switch_wait_time = d.pop("maximum_switch_wait_time", UNSET)

        mcs_label = d.pop("mcs_label", UNSET)

        def _parse_memory_per_cpu(data: object) -> None | Unset | V0040Uint64NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                memory_per_cpu_type_0 = V0040Uint64NoVal.from_dict(data)



                return memory_per_cpu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint64NoVal, data)

        memory_per_cpu = _parse_memory_per_cpu(d.pop("memory_per_cpu", UNSET))


        def _parse_memory_per_node(data: object) -> None | Unset | V0040Uint64NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                memory_per_node_type_0 = V0040Uint64NoVal.from_dict(data)



                return memory_per_node_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint64NoVal, data)

        memory_per_node = _parse_memory_per_node(d.pop("memory_per_node", UNSET))


        memory_per_tres = d.pop("memory_per_tres", UNSET)

        def _parse_minimum_cpus_per_node(data: object) -> None | Unset | V0040Uint16NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                minimum_cpus_per_node_type_0 = V0040Uint16NoVal.from_dict(data)



                return minimum_cpus_per_node_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint16NoVal, data)

        minimum_cpus_per_node = _parse_minimum_cpus_per_node(d.pop("minimum_cpus_per_node", UNSET))


        minimum_switches = d.pop("minimum_switches", UNSET)

        def _parse_minimum_tmp_disk_per_node(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                minimum_tmp_disk_per_node_type_0 = V0040Uint32NoVal.from_dict(data)



                return minimum_tmp_disk_per_node_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        minimum_tmp_disk_per_node = _parse_minimum_tmp_disk_per_node(d.pop("minimum_tmp_disk_per_node", UNSET))


        name = d.pop("name", UNSET)

        network = d.pop("network", UNSET)

        nice = d.pop("nice", UNSET)

        def _parse_node_count(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                node_count_type_0 = V0040Uint32NoVal.from_dict(data)



                return node_count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        node_count = _parse_node_count(d.pop("node_count", UNSET))


        nodes = d.pop("nodes", UNSET)

        oversubscribe = d.pop("oversubscribe", UNSET)

        partition = d.pop("partition", UNSET)

        def _parse_power(data: object) -> None | Unset | V0040JobInfoPowerType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                power_type_0 = V0040JobInfoPowerType0.from_dict(data)



                return power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040JobInfoPowerType0, data)

        power = _parse_power(d.pop("power", UNSET))


        def _parse_pre_sus_time(data: object) -> None | Unset | V0040Uint64NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pre_sus_time_type_0 = V0040Uint64NoVal.from_dict(data)



                return pre_sus_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint64NoVal, data)

        pre_sus_time = _parse_pre_sus_time(d.pop("pre_sus_time", UNSET))


        def _parse_preempt_time(data: object) -> None | Unset | V0040Uint64NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preempt_time_type_0 = V0040Uint64NoVal.from_dict(data)



                return preempt_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint64NoVal, data)

        preempt_time = _parse_preempt_time(d.pop("preempt_time", UNSET))


        def _parse_preemptable_time(data: object) -> None | Unset | V0040Uint64NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preemptable_time_type_0 = V0040Uint64NoVal.from_dict(data)



                return preemptable_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint64NoVal, data)

        preemptable_time = _parse_preemptable_time(d.pop("preemptable_time", UNSET))


        prefer = d.pop("prefer", UNSET)

        def _parse_priority(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                priority_type_0 = V0040Uint32NoVal.from_dict(data)



                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        priority = _parse_priority(d.pop("priority", UNSET))


        profile = cast(list[str], d.pop("profile", UNSET))


        qos = d.pop("qos", UNSET)

        reboot = d.pop("reboot", UNSET)

        requeue = d.pop("requeue", UNSET)

        required_nodes = d.pop("required_nodes", UNSET)

        def _parse_resize_time(data: object) -> None | Unset | V0040Uint64NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resize_time_type_0 = V0040Uint64NoVal.from_dict(data)



                return resize_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint64NoVal, data)

        resize_time = _parse_resize_time(d.pop("resize_time", UNSET))


        restart_cnt = d.pop("restart_cnt", UNSET)

        resv_name = d.pop("resv_name", UNSET)

        scheduled_nodes = d.pop("scheduled_nodes", UNSET)

        selinux_context = d.pop("selinux_context", UNSET)

        shared = cast(list[str], d.pop("shared", UNSET))


        show_flags = cast(list[str], d.pop("show_flags", UNSET))


        sockets_per_board = d.pop("sockets_per_board", UNSET)

        def _parse_sockets_per_node(data: object) -> None | Unset | V0040Uint16NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sockets_per_node_type_0 = V0040Uint16NoVal.from_dict(data)



                return sockets_per_node_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint16NoVal, data)

        sockets_per_node = _parse_sockets_per_node(d.pop("sockets_per_node", UNSET))


        standard_error = d.pop("standard_error", UNSET)

        standard_input = d.pop("standard_input", UNSET)

        standard_output = d.pop("standard_output", UNSET)

        def _parse_start_time(data: object) -> None | Unset | V0040Uint64NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_time_type_0 = V0040Uint64NoVal.from_dict(data)



                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint64NoVal, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))


        state_description = d.pop("state_description", UNSET)

        state_reason = d.pop("state_reason", UNSET)

        def _parse_submit_time(data: object) -> None | Unset | V0040Uint64NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                submit_time_type_0 = V0040Uint64NoVal.from_dict(data)



                return submit_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint64NoVal, data)

        submit_time = _parse_submit_time(d.pop("submit_time", UNSET))


        def _parse_suspend_time(data: object) -> None | Unset | V0040Uint64NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                suspend_time_type_0 = V0040Uint64NoVal.from_dict(data)



                return suspend_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint64NoVal, data)

        suspend_time = _parse_suspend_time(d.pop("suspend_time", UNSET))


        system_comment = d.pop("system_comment", UNSET)

        def _parse_tasks(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tasks_type_0 = V0040Uint32NoVal.from_dict(data)



                return tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        tasks = _parse_tasks(d.pop("tasks", UNSET))


        def _parse_tasks_per_board(data: object) -> None | Unset | V0040Uint16NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tasks_per_board_type_0 = V0040Uint16NoVal.from_dict(data)



                return tasks_per_board_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint16NoVal, data)

        tasks_per_board = _parse_tasks_per_board(d.pop("tasks_per_board", UNSET))


        def _parse_tasks_per_core(data: object) -> None | Unset | V0040Uint16NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tasks_per_core_type_0 = V0040Uint16NoVal.from_dict(data)



                return tasks_per_core_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint16NoVal, data)

        tasks_per_core = _parse_tasks_per_core(d.pop("tasks_per_core", UNSET))


        def _parse_tasks_per_node(data: object) -> None | Unset | V0040Uint16NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tasks_per_node_type_0 = V0040Uint16NoVal.from_dict(data)



                return tasks_per_node_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint16NoVal, data)

        tasks_per_node = _parse_tasks_per_node(d.pop("tasks_per_node", UNSET))


        def _parse_tasks_per_socket(data: object) -> None | Unset | V0040Uint16NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tasks_per_socket_type_0 = V0040Uint16NoVal.from_dict(data)



                return tasks_per_socket_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint16NoVal, data)

        tasks_per_socket = _parse_tasks_per_socket(d.pop("tasks_per_socket", UNSET))


        def _parse_tasks_per_tres(data: object) -> None | Unset | V0040Uint16NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tasks_per_tres_type_0 = V0040Uint16NoVal.from_dict(data)



                return tasks_per_tres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint16NoVal, data)

        tasks_per_tres = _parse_tasks_per_tres(d.pop("tasks_per_tres", UNSET))


        thread_spec = d.pop("thread_spec", UNSET)

        def _parse_threads_per_core(data: object) -> None | Unset | V0040Uint16NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                threads_per_core_type_0 = V0040Uint16NoVal.from_dict(data)



                return threads_per_core_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint16NoVal, data)

        threads_per_core = _parse_threads_per_core(d.pop("threads_per_core", UNSET))


        def _parse_time_limit(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_limit_type_0 = V0040Uint32NoVal.from_dict(data)



                return time_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        time_limit = _parse_time_limit(d.pop("time_limit", UNSET))


        def _parse_time_minimum(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_minimum_type_0 = V0040Uint32NoVal.from_dict(data)



                return time_minimum_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        time_minimum = _parse_time_minimum(d.pop("time_minimum", UNSET))


        tres_alloc_str = d.pop("tres_alloc_str", UNSET)

        tres_bind = d.pop("tres_bind", UNSET)

        tres_freq = d.pop("tres_freq", UNSET)

        tres_per_job = d.pop("tres_per_job", UNSET)

        tres_per_node = d.pop("tres_per_node", UNSET)

        tres_per_socket = d.pop("tres_per_socket", UNSET)

        tres_per_task = d.pop("tres_per_task", UNSET)

        tres_req_str = d.pop("tres_req_str", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        wckey = d.pop("wckey", UNSET)

        v0040_job_info = cls(
            account=account,
            accrue_time=accrue_time,
            admin_comment=admin_comment,
            allocating_node=allocating_node,
            array_job_id=array_job_id,
            array_max_tasks=array_max_tasks,
            array_task_id=array_task_id,
            array_task_string=array_task_string,
            association_id=association_id,
            batch_features=batch_features,
            batch_flag=batch_flag,
            batch_host=batch_host,
            billable_tres=billable_tres,
            burst_buffer=burst_buffer,
            burst_buffer_state=burst_buffer_state,
            cluster=cluster,
            cluster_features=cluster_features,
            command=command,
            comment=comment,
            container=container,
            container_id=container_id,
            contiguous=contiguous,
            core_spec=core_spec,
            cores_per_socket=cores_per_socket,
            cpu_frequency_governor=cpu_frequency_governor,
            cpu_frequency_maximum=cpu_frequency_maximum,
            cpu_frequency_minimum=cpu_frequency_minimum,
            cpus=cpus,
            cpus_per_task=cpus_per_task,
            cpus_per_tres=cpus_per_tres,
            cron=cron,
            current_working_directory=current_working_directory,
            deadline=deadline,
            delay_boot=delay_boot,
            dependency=dependency,
            derived_exit_code=derived_exit_code,
            eligible_time=eligible_time,
            end_time=end_time,
            excluded_nodes=excluded_nodes,
            exclusive=exclusive,
            exit_code=exit_code,
            extra=extra,
            failed_node=failed_node,
            features=features,
            federation_origin=federation_origin,
            federation_siblings_active=federation_siblings_active,
            federation_siblings_viable=federation_siblings_viable,
            flags=flags,
            gres_detail=gres_detail,
            group_id=group_id,
            group_name=group_name,
            het_job_id=het_job_id,
            het_job_id_set=het_job_id_set,
            het_job_offset=het_job_offset,
            hold=hold,
            job_id=job_id,
            job_resources=job_resources,
            job_size_str=job_size_str,
            job_state=job_state,
            last_sched_evaluation=last_sched_evaluation,
            licenses=licenses,
            mail_type=mail_type,
            mail_user=mail_user,
            max_cpus=max_cpus,
            max_nodes=max_nodes,
            maximum_switch_wait_time=maximum_switch_wait_time,
            mcs_label=mcs_label,
            memory_per_cpu=memory_per_cpu,
            memory_per_node=memory_per_node,
            memory_per_tres=memory_per_tres,
            minimum_cpus_per_node=minimum_cpus_per_node,
            minimum_switches=minimum_switches,
            minimum_tmp_disk_per_node=minimum_tmp_disk_per_node,
            name=name,
            network=network,
            nice=nice,
            node_count=node_count,
            nodes=nodes,
            oversubscribe=oversubscribe,
            partition=partition,
            power=power,
            pre_sus_time=pre_sus_time,
            preempt_time=preempt_time,
            preemptable_time=preemptable_time,
            prefer=prefer,
            priority=priority,
            profile=profile,
            qos=qos,
            reboot=reboot,
            requeue=requeue,
            required_nodes=required_nodes,
            resize_time=resize_time,
            restart_cnt=restart_cnt,
            resv_name=resv_name,
            scheduled_nodes=scheduled_nodes,
            selinux_context=selinux_context,
            shared=shared,
            show_flags=show_flags,
            sockets_per_board=sockets_per_board,
            sockets_per_node=sockets_per_node,
            standard_error=standard_error,
            standard_input=standard_input,
            standard_output=standard_output,
            start_time=start_time,
            state_description=state_description,
            state_reason=state_reason,
            submit_time=submit_time,
            suspend_time=suspend_time,
            system_comment=system_comment,
            tasks=tasks,
            tasks_per_board=tasks_per_board,
            tasks_per_core=tasks_per_core,
            tasks_per_node=tasks_per_node,
            tasks_per_socket=tasks_per_socket,
            tasks_per_tres=tasks_per_tres,
            thread_spec=thread_spec,
            threads_per_core=threads_per_core,
            time_limit=time_limit,
            time_minimum=time_minimum,
            tres_alloc_str=tres_alloc_str,
            tres_bind=tres_bind,
            tres_freq=tres_freq,
            tres_per_job=tres_per_job,
            tres_per_node=tres_per_node,
            tres_per_socket=tres_per_socket,
            tres_per_task=tres_per_task,
            tres_req_str=tres_req_str,
            user_id=user_id,
            user_name=user_name,
            wckey=wckey,
        )


        v0040_job_info.additional_properties = d
        return v0040_job_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
