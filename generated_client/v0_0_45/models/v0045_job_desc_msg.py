from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_cron_entry import V0045CronEntry
  from ..models.v0045_job_desc_msg_rlimits_type_0 import V0045JobDescMsgRlimitsType0
  from ..models.v0045_slurm_step_id import V0045SlurmStepId
  from ..models.v0045_uint_16_no_val_struct import V0045Uint16NoValStruct
  from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct
  from ..models.v0045_uint_64_no_val_struct import V0045Uint64NoValStruct





T = TypeVar("T", bound="V0045JobDescMsg")



@_attrs_define
class V0045JobDescMsg:
    """ 
        Attributes:
            account (str | Unset): Account associated with the job
            account_gather_frequency (str | Unset): Job accounting and profiling sampling intervals in seconds
            admin_comment (str | Unset): Arbitrary comment made by administrator
            allocation_node_list (str | Unset): Local node making the resource allocation
            allocation_node_port (int | Unset): Port to send allocation confirmation to
            argv (list[str] | Unset):
            array (str | Unset): Job array index value specification
            batch_features (str | Unset): Features required for batch script's node
            begin_time (None | Unset | V0045Uint64NoValStruct): Defer the allocation of the job until the specified time
                (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also
                be infinite or unset) (64 bit integer number with flags)
            burst_buffer (str | Unset): Burst buffer specifications
            cluster_constraint (str | Unset): Required features that a federated cluster must have to have a sibling job
                submitted to it
            clusters (str | Unset): Clusters that a federated job can run on
            comment (str | Unset): Arbitrary comment made by user
            constraints (str | Unset): Comma-separated list of features that are required
            container (str | Unset): Absolute path to OCI container bundle
            container_id (str | Unset): OCI container ID
            container_type (str | Unset): Job container type
            contiguous (bool | Unset): True if job requires contiguous nodes
            core_specification (int | Unset): Specialized core count
            cores_per_socket (int | Unset): Cores per sockets required
            cpu_binding (str | Unset): Method for binding tasks to allocated CPUs
            cpu_binding_flags (list[str] | Unset): Flags for CPU binding
            cpu_frequency (str | Unset): Requested CPU frequency range <p1>[-p2][:p3]
            cpus_per_task (int | Unset): Number of CPUs required by each task
            cpus_per_tres (str | Unset): Semicolon delimited list of TRES=# values values indicating how many CPUs should be
                allocated for each specified TRES (currently only used for gres/gpu)
            crontab (None | Unset | V0045CronEntry): Specification for scrontab job (crontab entry)
            current_working_directory (str | Unset): Working directory to use for the job
            deadline (int | Unset): Latest time that the job may start (UNIX timestamp) (UNIX timestamp or time string
                recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
            delay_boot (int | Unset): Number of seconds after job eligible start that nodes will be rebooted to satisfy
                feature specification
            dependency (str | Unset): Other jobs that must meet certain criteria before this job can start
            distribution (str | Unset): Layout
            distribution_plane_size (None | Unset | V0045Uint16NoValStruct): Plane size specification when distribution
                specifies plane (16 bit integer number with flags)
            end_time (int | Unset): Expected end time (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm
                (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
            environment (list[str] | Unset):
            excluded_nodes (list[str] | Unset):
            extra (str | Unset): Arbitrary string used for node filtering if extra constraints are enabled
            flags (list[str] | Unset): Job flags
            group_id (str | Unset): Group ID of the user that owns the job
            hetjob_group (int | Unset): Unique sequence number applied to this component of the heterogeneous job
            hold (bool | Unset): Hold (true) or release (false) job (Job held)
            immediate (bool | Unset): If true, exit if resources are not available within the time period specified
            job_id (int | Unset): Job ID
            kill_on_node_fail (bool | Unset): If true, kill job on node failure
            kill_warning_delay (None | Unset | V0045Uint16NoValStruct): Number of seconds before end time to send the
                warning signal (16 bit integer number with flags)
            kill_warning_flags (list[str] | Unset): Flags related to job signals
            kill_warning_signal (str | Unset): Signal to send when approaching end time (e.g. "10" or "USR1")
            licenses (str | Unset): License(s) required by the job
            mail_type (list[str] | Unset): Mail event type(s)
            mail_user (str | Unset): User to receive email notifications
            maximum_cpus (int | Unset): Maximum number of CPUs required
            maximum_nodes (int | Unset): Maximum node count
            mcs_label (str | Unset): Multi-Category Security label on the job
            memory_binding (str | Unset): Binding map for map/mask_cpu
            memory_binding_type (list[str] | Unset): Method for binding tasks to memory
            memory_per_cpu (None | Unset | V0045Uint64NoValStruct): Minimum memory in megabytes per allocated CPU (64 bit
                integer number with flags)
            memory_per_node (None | Unset | V0045Uint64NoValStruct): Minimum memory in megabytes per allocated node (64 bit
                integer number with flags)
            memory_per_tres (str | Unset): Semicolon delimited list of TRES=# values indicating how much memory in megabytes
                should be allocated for each specified TRES (currently only used for gres/gpu)
            memory_update_delay (int | Unset): Auto-reduce memory delay in minutes
            memory_update_margin (int | Unset): Auto-reduce memory margin percent
            minimum_boards_per_node (int | Unset): Boards per node required
            minimum_cpus (int | Unset): Minimum number of CPUs required
            minimum_cpus_per_node (int | Unset): Minimum number of CPUs per node
            minimum_nodes (int | Unset): Minimum node count
            minimum_sockets_per_board (int | Unset): Sockets per board required
            name (str | Unset): Job name
            network (str | Unset): Network specs for job step
            nice (int | Unset): Requested job priority change
            nodes (str | Unset): Node count range specification (e.g. 1-15:4)
            ntasks_per_tres (int | Unset): Number of tasks that can access each GPU
            oom_kill_step (int | Unset): Kill whole step in case of OOM in one of the tasks
            open_mode (list[str] | Unset): Open mode used for stdout and stderr files
            overcommit (bool | Unset): Overcommit resources
            partition (str | Unset): Partition assigned to the job
            prefer (str | Unset): Comma-separated list of features that are preferred but not required
            priority (None | Unset | V0045Uint32NoValStruct): Request specific job priority (32 bit integer number with
                flags)
            profile (list[str] | Unset): Profile used by the acct_gather_profile plugin
            qos (str | Unset): Quality of Service assigned to the job
            reboot (bool | Unset): Node reboot requested before start
            requeue (bool | Unset): Determines whether the job may be requeued
            required_nodes (list[str] | Unset):
            required_switches (None | Unset | V0045Uint32NoValStruct): Maximum number of switches (32 bit integer number
                with flags)
            reservation (str | Unset): Name of reservation to use
            reserve_ports (int | Unset): Port to send various notification msg to
            rlimits (None | Unset | V0045JobDescMsgRlimitsType0):
            script (str | Unset): Job batch script contents; only the first component in a HetJob is populated or honored
            segment_size (None | Unset | V0045Uint16NoValStruct): Segment size for topology/block (16 bit integer number
                with flags)
            selinux_context (str | Unset): SELinux context
            shared (list[str] | Unset): How the job can share resources with other jobs, if at all
            site_factor (int | Unset): Site-specific priority factor
            sockets_per_node (int | Unset): Sockets per node required
            spank_environment (list[str] | Unset):
            standard_error (str | Unset): Path to stderr file
            standard_input (str | Unset): Path to stdin file
            standard_output (str | Unset): Path to stdout file
            step_id (None | Unset | V0045SlurmStepId): Job step ID
            tasks (int | Unset): Number of tasks
            tasks_per_board (int | Unset): Number of tasks to invoke on each board
            tasks_per_core (int | Unset): Number of tasks to invoke on each core
            tasks_per_node (int | Unset): Number of tasks to invoke on each node
            tasks_per_socket (int | Unset): Number of tasks to invoke on each socket
            temporary_disk_per_node (int | Unset): Minimum tmp disk space required per node
            thread_specification (int | Unset): Specialized thread count
            threads_per_core (int | Unset): Threads per core required
            time_limit (None | Unset | V0045Uint32NoValStruct): Maximum run time in minutes (32 bit integer number with
                flags)
            time_minimum (None | Unset | V0045Uint32NoValStruct): Minimum run time in minutes (32 bit integer number with
                flags)
            tres_bind (str | Unset): Task to TRES binding directives
            tres_freq (str | Unset): TRES frequency directives
            tres_per_job (str | Unset): Comma-separated list of TRES=# values to be allocated for every job
            tres_per_node (str | Unset): Comma-separated list of TRES=# values to be allocated for every node
            tres_per_socket (str | Unset): Comma-separated list of TRES=# values to be allocated for every socket
            tres_per_task (str | Unset): Comma-separated list of TRES=# values to be allocated for every task
            user_id (str | Unset): User ID that owns the job
            wait_all_nodes (bool | Unset): If true, wait to start until after all nodes have booted
            wait_for_switch (int | Unset): Maximum time to wait for switches in seconds
            wckey (str | Unset): Workload characterization key
            x11 (list[str] | Unset): X11 forwarding options
            x11_magic_cookie (str | Unset): Magic cookie for X11 forwarding
            x11_target_host (str | Unset): Hostname or UNIX socket if x11_target_port=0
            x11_target_port (int | Unset): TCP port
     """

    account: str | Unset = UNSET
    account_gather_frequency: str | Unset = UNSET
    admin_comment: str | Unset = UNSET
    allocation_node_list: str | Unset = UNSET
    allocation_node_port: int | Unset = UNSET
    argv: list[str] | Unset = UNSET
    array: str | Unset = UNSET
    batch_features: str | Unset = UNSET
    begin_time: None | Unset | V0045Uint64NoValStruct = UNSET
    burst_buffer: str | Unset = UNSET
    cluster_constraint: str | Unset = UNSET
    clusters: str | Unset = UNSET
    comment: str | Unset = UNSET
    constraints: str | Unset = UNSET
    container: str | Unset = UNSET
    container_id: str | Unset = UNSET
    container_type: str | Unset = UNSET
    contiguous: bool | Unset = UNSET
    core_specification: int | Unset = UNSET
    cores_per_socket: int | Unset = UNSET
    cpu_binding: str | Unset = UNSET
    cpu_binding_flags: list[str] | Unset = UNSET
    cpu_frequency: str | Unset = UNSET
    cpus_per_task: int | Unset = UNSET
    cpus_per_tres: str | Unset = UNSET
    crontab: None | Unset | V0045CronEntry = UNSET
    current_working_directory: str | Unset = UNSET
    deadline: int | Unset = UNSET
    delay_boot: int | Unset = UNSET
    dependency: str | Unset = UNSET
    distribution: str | Unset = UNSET
    distribution_plane_size: None | Unset | V0045Uint16NoValStruct = UNSET
    end_time: int | Unset = UNSET
    environment: list[str] | Unset = UNSET
    excluded_nodes: list[str] | Unset = UNSET
    extra: str | Unset = UNSET
    flags: list[str] | Unset = UNSET
    group_id: str | Unset = UNSET
    hetjob_group: int | Unset = UNSET
    hold: bool | Unset = UNSET
    immediate: bool | Unset = UNSET
    job_id: int | Unset = UNSET
    kill_on_node_fail: bool | Unset = UNSET
    kill_warning_delay: None | Unset | V0045Uint16NoValStruct = UNSET
    kill_warning_flags: list[str] | Unset = UNSET
    kill_warning_signal: str | Unset = UNSET
    licenses: str | Unset = UNSET
    mail_type: list[str] | Unset = UNSET
    mail_user: str | Unset = UNSET
    maximum_cpus: int | Unset = UNSET
    maximum_nodes: int | Unset = UNSET
    mcs_label: str | Unset = UNSET
    memory_binding: str | Unset = UNSET
    memory_binding_type: list[str] | Unset = UNSET
    memory_per_cpu: None | Unset | V0045Uint64NoValStruct = UNSET
    memory_per_node: None | Unset | V0045Uint64NoValStruct = UNSET
    memory_per_tres: str | Unset = UNSET
    memory_update_delay: int | Unset = UNSET
    memory_update_margin: int | Unset = UNSET
    minimum_boards_per_node: int | Unset = UNSET
    minimum_cpus: int | Unset = UNSET
    minimum_cpus_per_node: int | Unset = UNSET
    minimum_nodes: int | Unset = UNSET
    minimum_sockets_per_board: int | Unset = UNSET
    name: str | Unset = UNSET
    network: str | Unset = UNSET
    nice: int | Unset = UNSET
    nodes: str | Unset = UNSET
    ntasks_per_tres: int | Unset = UNSET
    oom_kill_step: int | Unset = UNSET
    open_mode: list[str] | Unset = UNSET
    overcommit: bool | Unset = UNSET
    partition: str | Unset = UNSET
    prefer: str | Unset = UNSET
    priority: None | Unset | V0045Uint32NoValStruct = UNSET
    profile: list[str] | Unset = UNSET
    qos: str | Unset = UNSET
    reboot: bool | Unset = UNSET
    requeue: bool | Unset = UNSET
    required_nodes: list[str] | Unset = UNSET
    required_switches: None | Unset | V0045Uint32NoValStruct = UNSET
    reservation: str | Unset = UNSET
    reserve_ports: int | Unset = UNSET
    rlimits: None | Unset | V0045JobDescMsgRlimitsType0 = UNSET
    script: str | Unset = UNSET
    segment_size: None | Unset | V0045Uint16NoValStruct = UNSET
    selinux_context: str | Unset = UNSET
    shared: list[str] | Unset = UNSET
    site_factor: int | Unset = UNSET
    sockets_per_node: int | Unset = UNSET
    spank_environment: list[str] | Unset = UNSET
    standard_error: str | Unset = UNSET
    standard_input: str | Unset = UNSET
    standard_output: str | Unset = UNSET
    step_id: None | Unset | V0045SlurmStepId = UNSET
    tasks: int | Unset = UNSET
    tasks_per_board: int | Unset = UNSET
    tasks_per_core: int | Unset = UNSET
    tasks_per_node: int | Unset = UNSET
    tasks_per_socket: int | Unset = UNSET
    temporary_disk_per_node: int | Unset = UNSET
    thread_specification: int | Unset = UNSET
    threads_per_core: int | Unset = UNSET
    time_limit: None | Unset | V0045Uint32NoValStruct = UNSET
    time_minimum: None | Unset | V0045Uint32NoValStruct = UNSET
    tres_bind: str | Unset = UNSET
    tres_freq: str | Unset = UNSET
    tres_per_job: str | Unset = UNSET
    tres_per_node: str | Unset = UNSET
    tres_per_socket: str | Unset = UNSET
    tres_per_task: str | Unset = UNSET
    user_id: str | Unset = UNSET
    wait_all_nodes: bool | Unset = UNSET
    wait_for_switch: int | Unset = UNSET
    wckey: str | Unset = UNSET
    x11: list[str] | Unset = UNSET
    x11_magic_cookie: str | Unset = UNSET
    x11_target_host: str | Unset = UNSET
    x11_target_port: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_cron_entry import V0045CronEntry # noqa: PLC0415
        from ..models.v0045_job_desc_msg_rlimits_type_0 import V0045JobDescMsgRlimitsType0 # noqa: PLC0415
        from ..models.v0045_slurm_step_id import V0045SlurmStepId # noqa: PLC0415
        from ..models.v0045_uint_16_no_val_struct import V0045Uint16NoValStruct # noqa: PLC0415
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        from ..models.v0045_uint_64_no_val_struct import V0045Uint64NoValStruct # noqa: PLC0415
        account = self.account

        account_gather_frequency = self.account_gather_frequency

        admin_comment = self.admin_comment

        allocation_node_list = self.allocation_node_list

        allocation_node_port = self.allocation_node_port

        argv: list[str] | Unset = UNSET
        if not isinstance(self.argv, Unset):
            argv = self.argv



        array = self.array

        batch_features = self.batch_features

        begin_time: dict[str, Any] | None | Unset
        if isinstance(self.begin_time, Unset):
            begin_time = UNSET
        elif isinstance(self.begin_time, V0045Uint64NoValStruct):
            begin_time = self.begin_time.to_dict()
        else:
            begin_time = self.begin_time

        burst_buffer = self.burst_buffer

        cluster_constraint = self.cluster_constraint

        clusters = self.clusters

        comment = self.comment

        constraints = self.constraints

        container = self.container

        container_id = self.container_id

        container_type = self.container_type

        contiguous = self.contiguous

        core_specification = self.core_specification

        cores_per_socket = self.cores_per_socket

        cpu_binding = self.cpu_binding

        cpu_binding_flags: list[str] | Unset = UNSET
        if not isinstance(self.cpu_binding_flags, Unset):
            cpu_binding_flags = self.cpu_binding_flags



        cpu_frequency = self.cpu_frequency

        cpus_per_task = self.cpus_per_task

        cpus_per_tres = self.cpus_per_tres

        crontab: dict[str, Any] | None | Unset
        if isinstance(self.crontab, Unset):
            crontab = UNSET
        elif isinstance(self.crontab, V0045CronEntry):
            crontab = self.crontab.to_dict()
        else:
            crontab = self.crontab

        current_working_directory = self.current_working_directory

        deadline = self.deadline

        delay_boot = self.delay_boot

        dependency = self.dependency

        distribution = self.distribution

        distribution_plane_size: dict[str, Any] | None | Unset
        if isinstance(self.distribution_plane_size, Unset):
            distribution_plane_size = UNSET
        elif isinstance(self.distribution_plane_size, V0045Uint16NoValStruct):
            distribution_plane_size = self.distribution_plane_size.to_dict()
        else:
            distribution_plane_size = self.distribution_plane_size

        end_time = self.end_time

        environment: list[str] | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment



        excluded_nodes: list[str] | Unset = UNSET
        if not isinstance(self.excluded_nodes, Unset):
            excluded_nodes = self.excluded_nodes



        extra = self.extra

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        group_id = self.group_id

        hetjob_group = self.hetjob_group

        hold = self.hold

        immediate = self.immediate

        job_id = self.job_id

        kill_on_node_fail = self.kill_on_node_fail

        kill_warning_delay: dict[str, Any] | None | Unset
        if isinstance(self.kill_warning_delay, Unset):
            kill_warning_delay = UNSET
        elif isinstance(self.kill_warning_delay, V0045Uint16NoValStruct):
            kill_warning_delay = self.kill_warning_delay.to_dict()
        else:
            kill_warning_delay = self.kill_warning_delay

        kill_warning_flags: list[str] | Unset = UNSET
        if not isinstance(self.kill_warning_flags, Unset):
            kill_warning_flags = self.kill_warning_flags



        kill_warning_signal = self.kill_warning_signal

        licenses = self.licenses

        mail_type: list[str] | Unset = UNSET
        if not isinstance(self.mail_type, Unset):
            mail_type = self.mail_type



        mail_user = self.mail_user

        maximum_cpus = self.maximum_cpus

        maximum_nodes = self.maximum_nodes

        mcs_label = self.mcs_label

        memory_binding = self.memory_binding

        memory_binding_type: list[str] | Unset = UNSET
        if not isinstance(self.memory_binding_type, Unset):
            memory_binding_type = self.memory_binding_type



        memory_per_cpu: dict[str, Any] | None | Unset
        if isinstance(self.memory_per_cpu, Unset):
            memory_per_cpu = UNSET
        elif isinstance(self.memory_per_cpu, V0045Uint64NoValStruct):
            memory_per_cpu = self.memory_per_cpu.to_dict()
        else:
            memory_per_cpu = self.memory_per_cpu

        memory_per_node: dict[str, Any] | None | Unset
        if isinstance(self.memory_per_node, Unset):
            memory_per_node = UNSET
        elif isinstance(self.memory_per_node, V0045Uint64NoValStruct):
            memory_per_node = self.memory_per_node.to_dict()
        else:
            memory_per_node = self.memory_per_node

        memory_per_tres = self.memory_per_tres

        memory_update_delay = self.memory_update_delay

        memory_update_margin = self.memory_update_margin

        minimum_boards_per_node = self.minimum_boards_per_node

        minimum_cpus = self.minimum_cpus

        minimum_cpus_per_node = self.minimum_cpus_per_node

        minimum_nodes = self.minimum_nodes

        minimum_sockets_per_board = self.minimum_sockets_per_board

        name = self.name

        network = self.network

        nice = self.nice

        nodes = self.nodes

        ntasks_per_tres = self.ntasks_per_tres

        oom_kill_step = self.oom_kill_step

        open_mode: list[str] | Unset = UNSET
        if not isinstance(self.open_mode, Unset):
            open_mode = self.open_mode



        overcommit = self.overcommit

        partition = self.partition

        prefer = self.prefer

        priority: dict[str, Any] | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, V0045Uint32NoValStruct):
            priority = self.priority.to_dict()
        else:
            priority = self.priority

        profile: list[str] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile



        qos = self.qos

        reboot = self.reboot

        requeue = self.requeue

        required_nodes: list[str] | Unset = UNSET
        if not isinstance(self.required_nodes, Unset):
            required_nodes = self.required_nodes



        required_switches: dict[str, Any] | None | Unset
        if isinstance(self.required_switches, Unset):
            required_switches = UNSET
        elif isinstance(self.required_switches, V0045Uint32NoValStruct):
            required_switches = self.required_switches.to_dict()
        else:
            required_switches = self.required_switches

        reservation = self.reservation

        reserve_ports = self.reserve_ports

        rlimits: dict[str, Any] | None | Unset
        if isinstance(self.rlimits, Unset):
            rlimits = UNSET
        elif isinstance(self.rlimits, V0045JobDescMsgRlimitsType0):
            rlimits = self.rlimits.to_dict()
        else:
            rlimits = self.rlimits

        script = self.script

        segment_size: dict[str, Any] | None | Unset
        if isinstance(self.segment_size, Unset):
            segment_size = UNSET
        elif isinstance(self.segment_size, V0045Uint16NoValStruct):
            segment_size = self.segment_size.to_dict()
        else:
            segment_size = self.segment_size

        selinux_context = self.selinux_context

        shared: list[str] | Unset = UNSET
        if not isinstance(self.shared, Unset):
            shared = self.shared



        site_factor = self.site_factor

        sockets_per_node = self.sockets_per_node

        spank_environment: list[str] | Unset = UNSET
        if not isinstance(self.spank_environment, Unset):
            spank_environment = self.spank_environment



        standard_error = self.standard_error

        standard_input = self.standard_input

        standard_output = self.standard_output

        step_id: dict[str, Any] | None | Unset
        if isinstance(self.step_id, Unset):
            step_id = UNSET
        elif isinstance(self.step_id, V0045SlurmStepId):
            step_id = self.step_id.to_dict()
        else:
            step_id = self.step_id

        tasks = self.tasks

        tasks_per_board = self.tasks_per_board

        tasks_per_core = self.tasks_per_core

        tasks_per_node = self.tasks_per_node

        tasks_per_socket = self.tasks_per_socket

        temporary_disk_per_node = self.temporary_disk_per_node

        thread_specification = self.thread_specification

        threads_per_core = self.threads_per_core

        time_limit: dict[str, Any] | None | Unset
        if isinstance(self.time_limit, Unset):
            time_limit = UNSET
        elif isinstance(self.time_limit, V0045Uint32NoValStruct):
            time_limit = self.time_limit.to_dict()
        else:
            time_limit = self.time_limit

        time_minimum: dict[str, Any] | None | Unset
        if isinstance(self.time_minimum, Unset):
            time_minimum = UNSET
        elif isinstance(self.time_minimum, V0045Uint32NoValStruct):
            time_minimum = self.time_minimum.to_dict()
        else:
            time_minimum = self.time_minimum

        tres_bind = self.tres_bind

        tres_freq = self.tres_freq

        tres_per_job = self.tres_per_job

        tres_per_node = self.tres_per_node

        tres_per_socket = self.tres_per_socket

        tres_per_task = self.tres_per_task

        user_id = self.user_id

        wait_all_nodes = self.wait_all_nodes

        wait_for_switch = self.wait_for_switch

        wckey = self.wckey

        x11: list[str] | Unset = UNSET
        if not isinstance(self.x11, Unset):
            x11 = self.x11



        x11_magic_cookie = self.x11_magic_cookie

        x11_target_host = self.x11_target_host

        x11_target_port = self.x11_target_port


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if account is not UNSET:
            field_dict["account"] = account
        if account_gather_frequency is not UNSET:
            field_dict["account_gather_frequency"] = account_gather_frequency
        if admin_comment is not UNSET:
            field_dict["admin_comment"] = admin_comment
        if allocation_node_list is not UNSET:
            field_dict["allocation_node_list"] = allocation_node_list
        if allocation_node_port is not UNSET:
            field_dict["allocation_node_port"] = allocation_node_port
        if argv is not UNSET:
            field_dict["argv"] = argv
        if array is not UNSET:
            field_dict["array"] = array
        if batch_features is not UNSET:
            field_dict["batch_features"] = batch_features
        if begin_time is not UNSET:
            field_dict["begin_time"] = begin_time
        if burst_buffer is not UNSET:
            field_dict["burst_buffer"] = burst_buffer
        if cluster_constraint is not UNSET:
            field_dict["cluster_constraint"] = cluster_constraint
        if clusters is not UNSET:
            field_dict["clusters"] = clusters
        if comment is not UNSET:
            field_dict["comment"] = comment
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if container is not UNSET:
            field_dict["container"] = container
        if container_id is not UNSET:
            field_dict["container_id"] = container_id
        if container_type is not UNSET:
            field_dict["container_type"] = container_type
        if contiguous is not UNSET:
            field_dict["contiguous"] = contiguous
        if core_specification is not UNSET:
            field_dict["core_specification"] = core_specification
        if cores_per_socket is not UNSET:
            field_dict["cores_per_socket"] = cores_per_socket
        if cpu_binding is not UNSET:
            field_dict["cpu_binding"] = cpu_binding
        if cpu_binding_flags is not UNSET:
            field_dict["cpu_binding_flags"] = cpu_binding_flags
        if cpu_frequency is not UNSET:
            field_dict["cpu_frequency"] = cpu_frequency
        if cpus_per_task is not UNSET:
            field_dict["cpus_per_task"] = cpus_per_task
        if cpus_per_tres is not UNSET:
            field_dict["cpus_per_tres"] = cpus_per_tres
        if crontab is not UNSET:
            field_dict["crontab"] = crontab
        if current_working_directory is not UNSET:
            field_dict["current_working_directory"] = current_working_directory
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if delay_boot is not UNSET:
            field_dict["delay_boot"] = delay_boot
        if dependency is not UNSET:
            field_dict["dependency"] = dependency
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if distribution_plane_size is not UNSET:
            field_dict["distribution_plane_size"] = distribution_plane_size
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if environment is not UNSET:
            field_dict["environment"] = environment
        if excluded_nodes is not UNSET:
            field_dict["excluded_nodes"] = excluded_nodes
        if extra is not UNSET:
            field_dict["extra"] = extra
        if flags is not UNSET:
            field_dict["flags"] = flags
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if hetjob_group is not UNSET:
            field_dict["hetjob_group"] = hetjob_group
        if hold is not UNSET:
            field_dict["hold"] = hold
        if immediate is not UNSET:
            field_dict["immediate"] = immediate
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if kill_on_node_fail is not UNSET:
            field_dict["kill_on_node_fail"] = kill_on_node_fail
        if kill_warning_delay is not UNSET:
            field_dict["kill_warning_delay"] = kill_warning_delay
        if kill_warning_flags is not UNSET:
            field_dict["kill_warning_flags"] = kill_warning_flags
        if kill_warning_signal is not UNSET:
            field_dict["kill_warning_signal"] = kill_warning_signal
        if licenses is not UNSET:
            field_dict["licenses"] = licenses
        if mail_type is not UNSET:
            field_dict["mail_type"] = mail_type
        if mail_user is not UNSET:
            field_dict["mail_user"] = mail_user
        if maximum_cpus is not UNSET:
            field_dict["maximum_cpus"] = maximum_cpus
        if maximum_nodes is not UNSET:
            field_dict["maximum_nodes"] = maximum_nodes
        if mcs_label is not UNSET:
            field_dict["mcs_label"] = mcs_label
        if memory_binding is not UNSET:
            field_dict["memory_binding"] = memory_binding
        if memory_binding_type is not UNSET:
            field_dict["memory_binding_type"] = memory_binding_type
        if memory_per_cpu is not UNSET:
            field_dict["memory_per_cpu"] = memory_per_cpu
        if memory_per_node is not UNSET:
            field_dict["memory_per_node"] = memory_per_node
        if memory_per_tres is not UNSET:
            field_dict["memory_per_tres"] = memory_per_tres
        if memory_update_delay is not UNSET:
            field_dict["memory_update_delay"] = memory_update_delay
        if memory_update_margin is not UNSET:
            field_dict["memory_update_margin"] = memory_update_margin
        if minimum_boards_per_node is not UNSET:
            field_dict["minimum_boards_per_node"] = minimum_boards_per_node
        if minimum_cpus is not UNSET:
            field_dict["minimum_cpus"] = minimum_cpus
        if minimum_cpus_per_node is not UNSET:
            field_dict["minimum_cpus_per_node"] = minimum_cpus_per_node
        if minimum_nodes is not UNSET:
            field_dict["minimum_nodes"] = minimum_nodes
        if minimum_sockets_per_board is not UNSET:
            field_dict["minimum_sockets_per_board"] = minimum_sockets_per_board
        if name is not UNSET:
            field_dict["name"] = name
        if network is not UNSET:
            field_dict["network"] = network
        if nice is not UNSET:
            field_dict["nice"] = nice
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if ntasks_per_tres is not UNSET:
            field_dict["ntasks_per_tres"] = ntasks_per_tres
        if oom_kill_step is not UNSET:
            field_dict["oom_kill_step"] = oom_kill_step
        if open_mode is not UNSET:
            field_dict["open_mode"] = open_mode
        if overcommit is not UNSET:
            field_dict["overcommit"] = overcommit
        if partition is not UNSET:
            field_dict["partition"] = partition
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
        if required_switches is not UNSET:
            field_dict["required_switches"] = required_switches
        if reservation is not UNSET:
            field_dict["reservation"] = reservation
        if reserve_ports is not UNSET:
            field_dict["reserve_ports"] = reserve_ports
        if rlimits is not UNSET:
            field_dict["rlimits"] = rlimits
        if script is not UNSET:
            field_dict["script"] = script
        if segment_size is not UNSET:
            field_dict["segment_size"] = segment_size
        if selinux_context is not UNSET:
            field_dict["selinux_context"] = selinux_context
        if shared is not UNSET:
            field_dict["shared"] = shared
        if site_factor is not UNSET:
            field_dict["site_factor"] = site_factor
        if sockets_per_node is not UNSET:
            field_dict["sockets_per_node"] = sockets_per_node
        if spank_environment is not UNSET:
            field_dict["spank_environment"] = spank_environment
        if standard_error is not UNSET:
            field_dict["standard_error"] = standard_error
        if standard_input is not UNSET:
            field_dict["standard_input"] = standard_input
        if standard_output is not UNSET:
            field_dict["standard_output"] = standard_output
        if step_id is not UNSET:
            field_dict["step_id"] = step_id
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
        if temporary_disk_per_node is not UNSET:
            field_dict["temporary_disk_per_node"] = temporary_disk_per_node
        if thread_specification is not UNSET:
            field_dict["thread_specification"] = thread_specification
        if threads_per_core is not UNSET:
            field_dict["threads_per_core"] = threads_per_core
        if time_limit is not UNSET:
            field_dict["time_limit"] = time_limit
        if time_minimum is not UNSET:
            field_dict["time_minimum"] = time_minimum
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
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if wait_all_nodes is not UNSET:
            field_dict["wait_all_nodes"] = wait_all_nodes
        if wait_for_switch is not UNSET:
            field_dict["wait_for_switch"] = wait_for_switch
        if wckey is not UNSET:
            field_dict["wckey"] = wckey
        if x11 is not UNSET:
            field_dict["x11"] = x11
        if x11_magic_cookie is not UNSET:
            field_dict["x11_magic_cookie"] = x11_magic_cookie
        if x11_target_host is not UNSET:
            field_dict["x11_target_host"] = x11_target_host
        if x11_target_port is not UNSET:
            field_dict["x11_target_port"] = x11_target_port

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_cron_entry import V0045CronEntry # noqa: PLC0415
        from ..models.v0045_job_desc_msg_rlimits_type_0 import V0045JobDescMsgRlimitsType0 # noqa: PLC0415
        from ..models.v0045_slurm_step_id import V0045SlurmStepId # noqa: PLC0415
        from ..models.v0045_uint_16_no_val_struct import V0045Uint16NoValStruct # noqa: PLC0415
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        from ..models.v0045_uint_64_no_val_struct import V0045Uint64NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        account = d.pop("account", UNSET)

        account_gather_frequency = d.pop("account_gather_frequency", UNSET)

        admin_comment = d.pop("admin_comment", UNSET)

        allocation_node_list = d.pop("allocation_node_list", UNSET)

        allocation_node_port = d.pop("allocation_node_port", UNSET)

        argv = cast(list[str], d.pop("argv", UNSET))


        array = d.pop("array", UNSET)

        batch_features = d.pop("batch_features", UNSET)

        def _parse_begin_time(data: object) -> None | Unset | V0045Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                begin_time_type_0 = V0045Uint64NoValStruct.from_dict(data)



                return begin_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint64NoValStruct, data)

        begin_time = _parse_begin_time(d.pop("begin_time", UNSET))


        burst_buffer = d.pop("burst_buffer", UNSET)

        cluster_constraint = d.pop("cluster_constraint", UNSET)

        clusters = d.pop("clusters", UNSET)

        comment = d.pop("comment", UNSET)

        constraints = d.pop("constraints", UNSET)

        container = d.pop("container", UNSET)

        container_id = d.pop("container_id", UNSET)

        container_type = d.pop("container_type", UNSET)

        contiguous = d.pop("contiguous", UNSET)

        core_specification = d.pop("core_specification", UNSET)

        cores_per_socket = d.pop("cores_per_socket", UNSET)

        cpu_binding = d.pop("cpu_binding", UNSET)

        cpu_binding_flags = cast(list[str], d.pop("cpu_binding_flags", UNSET))


        cpu_frequency = d.pop("cpu_frequency", UNSET)

        cpus_per_task = d.pop("cpus_per_task", UNSET)

        cpus_per_tres = d.pop("cpus_per_tres", UNSET)

        def _parse_crontab(data: object) -> None | Unset | V0045CronEntry:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                crontab_type_0 = V0045CronEntry.from_dict(data)



                return crontab_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045CronEntry, data)

        crontab = _parse_crontab(d.pop("crontab", UNSET))


        current_working_directory = d.pop("current_working_directory", UNSET)

        deadline = d.pop("deadline", UNSET)

        delay_boot = d.pop("delay_boot", UNSET)

        dependency = d.pop("dependency", UNSET)

        distribution = d.pop("distribution", UNSET)

        def _parse_distribution_plane_size(data: object) -> None | Unset | V0045Uint16NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                distribution_plane_size_type_0 = V0045Uint16NoValStruct.from_dict(data)



                return distribution_plane_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint16NoValStruct, data)

        distribution_plane_size = _parse_distribution_plane_size(d.pop("distribution_plane_size", UNSET))


        end_time = d.pop("end_time", UNSET)

        environment = cast(list[str], d.pop("environment", UNSET))


        excluded_nodes = cast(list[str], d.pop("excluded_nodes", UNSET))


        extra = d.pop("extra", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))


        group_id = d.pop("group_id", UNSET)

        hetjob_group = d.pop("hetjob_group", UNSET)

        hold = d.pop("hold", UNSET)

        immediate = d.pop("immediate", UNSET)

        job_id = d.pop("job_id", UNSET)

        kill_on_node_fail = d.pop("kill_on_node_fail", UNSET)

        def _parse_kill_warning_delay(data: object) -> None | Unset | V0045Uint16NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                kill_warning_delay_type_0 = V0045Uint16NoValStruct.from_dict(data)



                return kill_warning_delay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint16NoValStruct, data)

        kill_warning_delay = _parse_kill_warning_delay(d.pop("kill_warning_delay", UNSET))


        kill_warning_flags = cast(list[str], d.pop("kill_warning_flags", UNSET))


        kill_warning_signal = d.pop("kill_warning_signal", UNSET)

        licenses = d.pop("licenses", UNSET)

        mail_type = cast(list[str], d.pop("mail_type", UNSET))


        mail_user = d.pop("mail_user", UNSET)

        maximum_cpus = d.pop("maximum_cpus", UNSET)

        maximum_nodes = d.pop("maximum_nodes", UNSET)

        mcs_label = d.pop("mcs_label", UNSET)

        memory_binding = d.pop("memory_binding", UNSET)

        memory_binding_type = cast(list[str], d.pop("memory_binding_type", UNSET))


        def _parse_memory_per_cpu(data: object) -> None | Unset | V0045Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                memory_per_cpu_type_0 = V0045Uint64NoValStruct.from_dict(data)



                return memory_per_cpu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint64NoValStruct, data)

        memory_per_cpu = _parse_memory_per_cpu(d.pop("memory_per_cpu", UNSET))


        def _parse_memory_per_node(data: object) -> None | Unset | V0045Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                memory_per_node_type_0 = V0045Uint64NoValStruct.from_dict(data)



                return memory_per_node_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint64NoValStruct, data)

        memory_per_node = _parse_memory_per_node(d.pop("memory_per_node", UNSET))


        memory_per_tres = d.pop("memory_per_tres", UNSET)

        memory_update_delay = d.pop("memory_update_delay", UNSET)

        memory_update_margin = d.pop("memory_update_margin", UNSET)

        minimum_boards_per_node = d.pop("minimum_boards_per_node", UNSET)

        minimum_cpus = d.pop("minimum_cpus", UNSET)

        minimum_cpus_per_node = d.pop("minimum_cpus_per_node", UNSET)

        minimum_nodes = d.pop("minimum_nodes", UNSET)

        minimum_sockets_per_board = d.pop("minimum_sockets_per_board", UNSET)

        name = d.pop("name", UNSET)

        network = d.pop("network", UNSET)

        nice = d.pop("nice", UNSET)

        nodes = d.pop("nodes", UNSET)

        ntasks_per_tres = d.pop("ntasks_per_tres", UNSET)

        oom_kill_step = d.pop("oom_kill_step", UNSET)

        open_mode = cast(list[str], d.pop("open_mode", UNSET))


        overcommit = d.pop("overcommit", UNSET)

        partition = d.pop("partition", UNSET)

        prefer = d.pop("prefer", UNSET)

        def _parse_priority(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                priority_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        priority = _parse_priority(d.pop("priority", UNSET))


        profile = cast(list[str], d.pop("profile", UNSET))


        qos = d.pop("qos", UNSET)

        reboot = d.pop("reboot", UNSET)

        requeue = d.pop("requeue", UNSET)

        required_nodes = cast(list[str], d.pop("required_nodes", UNSET))


        def _parse_required_switches(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                required_switches_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return required_switches_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        required_switches = _parse_required_switches(d.pop("required_switches", UNSET))


        reservation = d.pop("reservation", UNSET)

        reserve_ports = d.pop("reserve_ports", UNSET)

        def _parse_rlimits(data: object) -> None | Unset | V0045JobDescMsgRlimitsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rlimits_type_0 = V0045JobDescMsgRlimitsType0.from_dict(data)



                return rlimits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045JobDescMsgRlimitsType0, data)

        rlimits = _parse_rlimits(d.pop("rlimits", UNSET))


        script = d.pop("script", UNSET)

        def _parse_segment_size(data: object) -> None | Unset | V0045Uint16NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                segment_size_type_0 = V0045Uint16NoValStruct.from_dict(data)



                return segment_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint16NoValStruct, data)

        segment_size = _parse_segment_size(d.pop("segment_size", UNSET))


        selinux_context = d.pop("selinux_context", UNSET)

        shared = cast(list[str], d.pop("shared", UNSET))


        site_factor = d.pop("site_factor", UNSET)

        sockets_per_node = d.pop("sockets_per_node", UNSET)

        spank_environment = cast(list[str], d.pop("spank_environment", UNSET))


        standard_error = d.pop("standard_error", UNSET)

        standard_input = d.pop("standard_input", UNSET)

        standard_output = d.pop("standard_output", UNSET)

        def _parse_step_id(data: object) -> None | Unset | V0045SlurmStepId:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                step_id_type_0 = V0045SlurmStepId.from_dict(data)



                return step_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045SlurmStepId, data)

        step_id = _parse_step_id(d.pop("step_id", UNSET))


        tasks = d.pop("tasks", UNSET)

        tasks_per_board = d.pop("tasks_per_board", UNSET)

        tasks_per_core = d.pop("tasks_per_core", UNSET)

        tasks_per_node = d.pop("tasks_per_node", UNSET)

        tasks_per_socket = d.pop("tasks_per_socket", UNSET)

        temporary_disk_per_node = d.pop("temporary_disk_per_node", UNSET)

        thread_specification = d.pop("thread_specification", UNSET)

        threads_per_core = d.pop("threads_per_core", UNSET)

        def _parse_time_limit(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_limit_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return time_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        time_limit = _parse_time_limit(d.pop("time_limit", UNSET))


        def _parse_time_minimum(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_minimum_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return time_minimum_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        time_minimum = _parse_time_minimum(d.pop("time_minimum", UNSET))


        tres_bind = d.pop("tres_bind", UNSET)

        tres_freq = d.pop("tres_freq", UNSET)

        tres_per_job = d.pop("tres_per_job", UNSET)

        tres_per_node = d.pop("tres_per_node", UNSET)

        tres_per_socket = d.pop("tres_per_socket", UNSET)

        tres_per_task = d.pop("tres_per_task", UNSET)

        user_id = d.pop("user_id", UNSET)

        wait_all_nodes = d.pop("wait_all_nodes", UNSET)

        wait_for_switch = d.pop("wait_for_switch", UNSET)

        wckey = d.pop("wckey", UNSET)

        x11 = cast(list[str], d.pop("x11", UNSET))


        x11_magic_cookie = d.pop("x11_magic_cookie", UNSET)

        x11_target_host = d.pop("x11_target_host", UNSET)

        x11_target_port = d.pop("x11_target_port", UNSET)

        v0045_job_desc_msg = cls(
            account=account,
            account_gather_frequency=account_gather_frequency,
            admin_comment=admin_comment,
            allocation_node_list=allocation_node_list,
            allocation_node_port=allocation_node_port,
            argv=argv,
            array=array,
            batch_features=batch_features,
            begin_time=begin_time,
            burst_buffer=burst_buffer,
            cluster_constraint=cluster_constraint,
            clusters=clusters,
            comment=comment,
            constraints=constraints,
            container=container,
            container_id=container_id,
            container_type=container_type,
            contiguous=contiguous,
            core_specification=core_specification,
            cores_per_socket=cores_per_socket,
            cpu_binding=cpu_binding,
            cpu_binding_flags=cpu_binding_flags,
            cpu_frequency=cpu_frequency,
            cpus_per_task=cpus_per_task,
            cpus_per_tres=cpus_per_tres,
            crontab=crontab,
            current_working_directory=current_working_directory,
            deadline=deadline,
            delay_boot=delay_boot,
            dependency=dependency,
            distribution=distribution,
            distribution_plane_size=distribution_plane_size,
            end_time=end_time,
            environment=environment,
            excluded_nodes=excluded_nodes,
            extra=extra,
            flags=flags,
            group_id=group_id,
            hetjob_group=hetjob_group,
            hold=hold,
            immediate=immediate,
            job_id=job_id,
            kill_on_node_fail=kill_on_node_fail,
            kill_warning_delay=kill_warning_delay,
            kill_warning_flags=kill_warning_flags,
            kill_warning_signal=kill_warning_signal,
            licenses=licenses,
            mail_type=mail_type,
            mail_user=mail_user,
            maximum_cpus=maximum_cpus,
            maximum_nodes=maximum_nodes,
            mcs_label=mcs_label,
            memory_binding=memory_binding,
            memory_binding_type=memory_binding_type,
            memory_per_cpu=memory_per_cpu,
            memory_per_node=memory_per_node,
            memory_per_tres=memory_per_tres,
            memory_update_delay=memory_update_delay,
            memory_update_margin=memory_update_margin,
            minimum_boards_per_node=minimum_boards_per_node,
            minimum_cpus=minimum_cpus,
            minimum_cpus_per_node=minimum_cpus_per_node,
            minimum_nodes=minimum_nodes,
            minimum_sockets_per_board=minimum_sockets_per_board,
            name=name,
            network=network,
            nice=nice,
            nodes=nodes,
            ntasks_per_tres=ntasks_per_tres,
            oom_kill_step=oom_kill_step,
            open_mode=open_mode,
            overcommit=overcommit,
            partition=partition,
            prefer=prefer,
            priority=priority,
            profile=profile,
            qos=qos,
            reboot=reboot,
            requeue=requeue,
            required_nodes=required_nodes,
            required_switches=required_switches,
            reservation=reservation,
            reserve_ports=reserve_ports,
            rlimits=rlimits,
            script=script,
            segment_size=segment_size,
            selinux_context=selinux_context,
            shared=shared,
            site_factor=site_factor,
            sockets_per_node=sockets_per_node,
            spank_environment=spank_environment,
            standard_error=standard_error,
            standard_input=standard_input,
            standard_output=standard_output,
            step_id=step_id,
            tasks=tasks,
            tasks_per_board=tasks_per_board,
            tasks_per_core=tasks_per_core,
            tasks_per_node=tasks_per_node,
            tasks_per_socket=tasks_per_socket,
            temporary_disk_per_node=temporary_disk_per_node,
            thread_specification=thread_specification,
            threads_per_core=threads_per_core,
            time_limit=time_limit,
            time_minimum=time_minimum,
            tres_bind=tres_bind,
            tres_freq=tres_freq,
            tres_per_job=tres_per_job,
            tres_per_node=tres_per_node,
            tres_per_socket=tres_per_socket,
            tres_per_task=tres_per_task,
            user_id=user_id,
            wait_all_nodes=wait_all_nodes,
            wait_for_switch=wait_for_switch,
            wckey=wckey,
            x11=x11,
            x11_magic_cookie=x11_magic_cookie,
            x11_target_host=x11_target_host,
            x11_target_port=x11_target_port,
        )


        v0045_job_desc_msg.additional_properties = d
        return v0045_job_desc_msg

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
