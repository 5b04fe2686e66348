from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_controller import V0045Controller
  from ..models.v0045_job_defaults import V0045JobDefaults
  from ..models.v0045_port_range import V0045PortRange
  from ..models.v0045_uint_16_no_val_struct import V0045Uint16NoValStruct
  from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct
  from ..models.v0045_uint_64_no_val_struct import V0045Uint64NoValStruct





T = TypeVar("T", bound="V0045SlurmConf")



@_attrs_define
class V0045SlurmConf:
    """ 
        Attributes:
            accounting_storage_backup_host (str | Unset): Accounting storage backup host
            accounting_storage_enforce (list[str] | Unset): Controls what level of association-based enforcement to impose
                on job submissions
            accounting_storage_external_host (str | Unset): Accounting storage ext host
            accounting_storage_host (str | Unset): Accounting storage host
            accounting_storage_parameters (list[str] | Unset):
            accounting_storage_port (int | Unset): Node accounting storage port
            accounting_storage_tres (list[str] | Unset):
            accounting_storage_type (str | Unset): Accounting storage type
            accounting_store_flags (list[str] | Unset): AccountingStoreFlags specific CONF_FLAG_* flags
            acct_gather_energy_type (list[str] | Unset):
            acct_gather_filesystem_type (str | Unset): Filesystem accounting type
            acct_gather_interconnect_type (str | Unset): Interconnect accounting type
            acct_gather_node_freq (int | Unset): Secs between node acct request
            acct_gather_profile_type (str | Unset): Profile accounting type
            auth_alt_parameters (str | Unset): Alternate authentication parameters
            auth_alt_types (list[str] | Unset):
            auth_info (str | Unset): Authentication info
            auth_type (str | Unset): Authentication type
            batch_start_timeout (int | Unset): Maximum seconds for batch job to start
            bcast_exclude (list[str] | Unset):
            bcast_parameters (list[str] | Unset):
            burst_buffer_type (str | Unset): Burst buffer plugin type
            certgen_parameters (list[str] | Unset):
            certgen_type (str | Unset): Certgen type
            certmgr_parameters (str | Unset): Certmgr parameters
            certmgr_type (str | Unset): Certmgr type
            cli_filter_parameters (list[str] | Unset):
            cli_filter_plugins (list[str] | Unset):
            cluster_name (str | Unset): General name of the entire cluster
            communication_parameters (list[str] | Unset):
            communication_parameters_flags (list[str] | Unset): CommunicationParameters specific CONF_FLAG_* flags
            complete_wait (int | Unset): Seconds to wait for job completion before scheduling another job
            conf_flags (list[str] | Unset): General configuration flags (DisableRootJobs, AllowSpecResourcesUsage, UsePAM,
                TrackWCKey)
            cpu_freq_def (str | Unset): Default CPU frequency or governor for job steps if not set via --cpu-freq
            cpu_freq_governors (list[str] | Unset): CPU frequency governors allowed via --cpu-freq
            cred_type (str | Unset): Credential signature plugin
            data_parser_parameters (str | Unset): Data parser parameters
            debug_flags (list[str] | Unset): Subsystems which provide more detailed event logging
            def_mem_per_cpu (None | Unset | V0045Uint64NoValStruct): Default MB memory per allocated CPU (64 bit integer
                number with flags)
            dependency_parameters (list[str] | Unset):
            eio_timeout (int | Unset): Seconds srun waits for slurmstepd to close the TCP/IP connection
            enforce_part_limits (list[str] | Unset): Controls whether partition limits are enforced at job submission time
            epilog (list[str] | Unset):
            epilog_msg_time (int | Unset): Usecs for slurmctld to process an epilog complete message
            epilog_slurmctld (list[str] | Unset):
            epilog_timeout (None | Unset | V0045Uint16NoValStruct): Epilog timeout in seconds (16 bit integer number with
                flags)
            fair_share_dampening_factor (int | Unset): Dampening factor for the effect of exceeding fair share of resources
            federation_parameters (list[str] | Unset):
            first_job_id (int | Unset): First slurm generated job_id to assign
            get_name_info_cache_timeout (int | Unset): For getnameinfo() cache
            gpu_freq_def (str | Unset): Default GPU frequency for job steps if not set via --gpu-freq
            gres_types (list[str] | Unset):
            group_update_force (bool | Unset): Update group/partition info even if no change detected
            group_update_time (int | Unset): Interval in seconds between updates of user/group partition membership
            hash_plugin (str | Unset): Hash plugin type
            health_check_interval (int | Unset): Secs between health checks
            health_check_node_state (list[str] | Unset): Node states on which to execute the HealthCheckProgram
            health_check_program (str | Unset): Pathname of health check program
            health_check_timeout (int | Unset): Timeout for health check program
            host_unreach_retry_count (int | Unset): Times to retry connecting if rc=EHOSTUNREACH
            http_parser_type (str | Unset): Http_parser plugin type
            inactive_limit (int | Unset): Seconds of inactivity before a inactive resource allocation is released
            interactive_step_options (str | Unset): Options for srun when using LaunchParameters=use_interactive_step with
                salloc
            job_acct_gather_frequency (list[str] | Unset):
            job_acct_gather_params (list[str] | Unset):
            job_acct_gather_type (str | Unset): Job accounting gather type
            job_acct_oom_kill (bool | Unset): Enforce mem limit at runtime y|n
            job_comp_host (str | Unset): Job completion logging host
            job_comp_loc (str | Unset): Job completion logging location
            job_comp_params (str | Unset): Job completion parameters for plugin
            job_comp_port (int | Unset): Job completion storage port
            job_comp_type (str | Unset): Job completion storage type
            job_comp_user (str | Unset): Job completion storage user
            job_defaults (list[V0045JobDefaults] | Unset):
            job_file_append (bool | Unset): If set, append to stdout/err file
            job_requeue (bool | Unset): If set, jobs get requeued on node failure
            job_submit_plugins (list[str] | Unset):
            keepalive_interval (int | Unset): Interval between keepalive probes
            keepalive_probes (int | Unset): Number of keepalive probe attempts
            keepalive_time (int | Unset): Keep alive time for srun I/O sockets
            kill_on_bad_exit (bool | Unset): If set, the job will be terminated immediately when one of the processes is
                aborted or crashed
            kill_wait (int | Unset): Seconds between SIGTERM and SIGKILL when a job reaches its time limit
            launch_parameters (list[str] | Unset):
            license_parameters (list[str] | Unset):
            licenses (list[str] | Unset):
            log_time_format (str | Unset): Format of the timestamp in slurmctld and slurmd log files
            mcs_parameters (list[str] | Unset):
            mcs_plugin (str | Unset): Mcs plugin type
            mail_domain (str | Unset): Default domain to append to usernames
            mail_prog (str | Unset): Pathname of mail program
            max_array_size (int | Unset): Maximum job array size
            max_batch_requeue (int | Unset): Max times a batch job may be auto-requeued before being held
            max_dbd_msgs (int | Unset): Maximum number of messages queued while DBD is not connected
            max_job_count (int | Unset): Maximum number of active jobs
            max_job_id (int | Unset): Maximum job id before wrapping back to FirstJobId
            max_mem_per_cpu (None | Unset | V0045Uint64NoValStruct): Maximum MB memory per allocated CPU (64 bit integer
                number with flags)
            max_node_count (int | Unset): Max number of static + dynamic nodes
            max_step_count (int | Unset): Maximum number of steps per job
            max_tasks_per_node (int | Unset): Maximum tasks per node
            message_timeout (int | Unset): Seconds permitted for a round-trip communication to complete
            metrics_auth_users (list[str] | Unset):
            metrics_parameters (list[str] | Unset):
            metrics_type (str | Unset): Metrics plugin type
            min_job_age (int | Unset): COMPLETED jobs over this age (secs) purged from in memory records
            mpi_default (str | Unset): Default type of MPI to be used
            mpi_params (list[str] | Unset):
            namespace_type (str | Unset): Namespace plugin type
            node_features_plugins (list[str] | Unset):
            over_time_limit (int | Unset): Minutes by which a job can exceed its time limit before being canceled
            plug_stack_config (str | Unset): Pathname to plugin stack config file
            plugin_dir (str | Unset): Pathname to plugins
            pr_ep_parameters (str | Unset): PrEp parameters
            pr_ep_plugins (list[str] | Unset):
            preempt_exempt_time (None | Unset | V0045Uint32NoValStruct): Minimum run time for all jobs before they can be
                considered for preemption (32 bit integer number with flags)
            preempt_mode (list[str] | Unset): Mechanism used to preempt jobs or enable gang scheduling
            preempt_parameters (list[str] | Unset):
            preempt_type (str | Unset): Job preemption selection plugin
            priority_calc_period (str | Unset): Period in minutes between half-life decay recalculations (Time formatted as
                HH:MM:SS or D-HH:MM:SS)
            priority_decay_half_life (str | Unset): How long prior resource use is considered in determining job priority
                (Time formatted as HH:MM:SS or D-HH:MM:SS)
            priority_favor_small (bool | Unset): If set, give small jobs preferential scheduling priority
            priority_flags (list[str] | Unset): Flags controlling priority calculation behavior
            priority_max_age (str | Unset): Job age at which the maximum age priority factor is assigned (Time formatted as
                HH:MM:SS or D-HH:MM:SS)
            priority_parameters (str | Unset): Priority plugin parameters
            priority_site_factor_parameters (str | Unset): Parameters for the site-specific priority factor plugin
            priority_site_factor_plugin (str | Unset): Plugin for computing site-specific priority factors
            priority_type (str | Unset): Priority type plugin
            priority_usage_reset_period (str | Unset): Interval at which association usage is reset to zero
            priority_weight_age (int | Unset): Degree to which queue wait time contributes to job priority
            priority_weight_assoc (int | Unset): Degree to which association contributes to job priority
            priority_weight_fairshare (int | Unset): Degree to which fair-share contributes to job priority
            priority_weight_job_size (int | Unset): Degree to which job size contributes to job priority
            priority_weight_partition (int | Unset): Degree to which partition contributes to job priority
            priority_weight_qos (int | Unset): Degree to which QOS contributes to job priority
            priority_weight_tres (str | Unset): TRES types and weights controlling their contribution to job priority
            private_data (list[str] | Unset): Controls what information is hidden from regular users
            proctrack_type (str | Unset): Process tracking plugin type
            prolog (list[str] | Unset):
            prolog_flags (list[str] | Unset): Flags controlling Prolog and Epilog behavior
            prolog_slurmctld (list[str] | Unset):
            prolog_timeout (None | Unset | V0045Uint16NoValStruct): Prolog timeout in seconds (16 bit integer number with
                flags)
            propagate_prio_process (str | Unset): Controls scheduling priority (nice value) of user spawned tasks
            propagate_resource_limits (list[str] | Unset):
            propagate_resource_limits_except (list[str] | Unset):
            reboot_program (str | Unset): Program to reboot the node
            reconfig_flags (list[str] | Unset): Flags controlling actions taken on scontrol reconfig
            requeue_exit (list[str] | Unset):
            requeue_exit_hold (list[str] | Unset):
            resume_fail_program (str | Unset): Program executed when nodes fail to resume by ResumeTimeout
            resume_program (str | Unset): Program to bring nodes out of power save mode when assigned work
            resume_rate (int | Unset): Rate at which nodes are resumed from power save mode per minute
            resume_timeout (int | Unset): Max seconds between a resume request and node availability
            resv_epilog (str | Unset): Path of reservation epilog run by slurmctld
            resv_over_run (int | Unset): Minutes a running job can continue after its reservation ends
            resv_prolog (str | Unset): Path of reservation prolog run by slurmctld
            return_to_service (str | Unset): Controls when a DOWN node is returned to service
            scheduler_parameters (list[str] | Unset):
            scheduler_time_slice (int | Unset): Time slice in seconds for gang scheduling
            scheduler_type (str | Unset): Type of scheduler to use
            scron_parameters (list[str] | Unset):
            select_type (str | Unset): Type of node selector to use
            select_type_parameters (list[str] | Unset): Scheduler consumable resource selection type
            slurm_sched_log_file (str | Unset): Where slurm Scheduler log gets written
            slurm_sched_log_level (int | Unset): Configured level of slurm Scheduler log
            slurm_user (str | Unset): User that slurmctld runs as
            slurm_user_id (int | Unset): Uid of slurm_user_name
            slurmctld_addr (str | Unset): Address used for communications to the currently active slurmctld daemon
            slurmctld_debug (str | Unset): Slurmctld logging level
            slurmctld_http_auth_params (list[str] | Unset):
            slurmctld_log_file (str | Unset): Where slurmctld error log gets written
            slurmctld_parameters (list[str] | Unset):
            slurmctld_pid_file (str | Unset): Where to put slurmctld pidfile
            slurmctld_port (int | Unset): Default communications port to slurmctld
            slurmctld_port_count (int | Unset): Number of slurmctld comm ports
            slurmctld_primary_off_prog (str | Unset): Run when becomes slurmctld backup
            slurmctld_primary_on_prog (str | Unset): Run when becomes slurmctld primary
            slurmctld_syslog_debug (str | Unset): Slurmctld output to local logfile and syslog
            slurmctld_timeout (int | Unset): Seconds the backup controller waits for the primary before taking over
            slurmd_debug (str | Unset): Slurmd logging level
            slurmd_http_auth_params (list[str] | Unset):
            slurmd_log_file (str | Unset): Where slurmd error log gets written
            slurmd_parameters (list[str] | Unset):
            slurmd_parameters_flags (list[str] | Unset): SlurmdParameters specific CONF_FLAG_* flags
            slurmd_pid_file (str | Unset): Where to put slurmd pidfile
            slurmd_port (int | Unset): Default communications port to slurmd
            slurmd_spool_dir (str | Unset): Where slurmd put temporary state info
            slurmd_syslog_debug (str | Unset): Slurmd output to local logfile and syslog
            slurmd_timeout (int | Unset): Seconds slurmctld waits for slurmd before marking node DOWN
            slurmd_user (str | Unset): User that slurmd runs as
            slurmd_user_id (int | Unset): Uid of slurmd_user_name
            srun_epilog (str | Unset): Srun epilog program
            srun_port_range (None | Unset | V0045PortRange): Port range for srun communications (Port range)
            srun_prolog (str | Unset): Srun prolog program
            state_save_location (str | Unset): Pathname of slurmctld state save directory
            suspend_exc_nodes (list[str] | Unset):
            suspend_exc_parts (list[str] | Unset):
            suspend_exc_states (list[str] | Unset):
            suspend_program (str | Unset): Program to place idle nodes into power save mode
            suspend_rate (int | Unset): Rate at which nodes are placed into power save mode per minute
            suspend_time (None | Unset | V0045Uint32NoValStruct): Seconds a node must be idle before being placed in power
                save mode (32 bit integer number with flags)
            suspend_timeout (int | Unset): Max seconds between a suspend request and node shutdown
            switch_parameters (list[str] | Unset):
            switch_type (str | Unset): Switch or interconnect type
            tcp_timeout (int | Unset): Seconds permitted for a TCP connection to be established
            tls_parameters (list[str] | Unset):
            tls_type (str | Unset): Tls plugin type
            task_epilog (str | Unset): Pathname of task launch epilog
            task_plugin (list[str] | Unset):
            task_plugin_param (list[str] | Unset): Default task binding and distribution options
            task_prolog (str | Unset): Pathname of task launch prolog
            tmp_fs (str | Unset): Pathname of temporary file system
            topology_param (list[str] | Unset):
            topology_plugin (str | Unset): Network topology plugin
            tree_width (int | Unset): Fanout of the slurmd communication tree
            unkillable_step_program (str | Unset): Program run by the slurmstepd when processes in a job step are unkillable
            unkillable_step_timeout (int | Unset): Time in seconds, after processes in a job step have been signaled, before
                they are considered "unkillable".
            url_parser_type (str | Unset): Url_parser plugin type
            v_size_factor (int | Unset): Job virtual memory limit as a percentage of its real memory limit
            wait_time (int | Unset): Default seconds srun waits after first task exits before terminating all
            x11_parameters (list[str] | Unset):
            controllers (list[V0045Controller] | Unset):
     """

    accounting_storage_backup_host: str | Unset = UNSET
    accounting_storage_enforce: list[str] | Unset = UNSET
    accounting_storage_external_host: str | Unset = UNSET
    accounting_storage_host: str | Unset = UNSET
    accounting_storage_parameters: list[str] | Unset = UNSET
    accounting_storage_port: int | Unset = UNSET
    accounting_storage_tres: list[str] | Unset = UNSET
    accounting_storage_type: str | Unset = UNSET
    accounting_store_flags: list[str] | Unset = UNSET
    acct_gather_energy_type: list[str] | Unset = UNSET
    acct_gather_filesystem_type: str | Unset = UNSET
    acct_gather_interconnect_type: str | Unset = UNSET
    acct_gather_node_freq: int | Unset = UNSET
    acct_gather_profile_type: str | Unset = UNSET
    auth_alt_parameters: str | Unset = UNSET
    auth_alt_types: list[str] | Unset = UNSET
    auth_info: str | Unset = UNSET
    auth_type: str | Unset = UNSET
    batch_start_timeout: int | Unset = UNSET
    bcast_exclude: list[str] | Unset = UNSET
    bcast_parameters: list[str] | Unset = UNSET
    burst_buffer_type: str | Unset = UNSET
    certgen_parameters: list[str] | Unset = UNSET
    certgen_type: str | Unset = UNSET
    certmgr_parameters: str | Unset = UNSET
    certmgr_type: str | Unset = UNSET
    cli_filter_parameters: list[str] | Unset = UNSET
    cli_filter_plugins: list[str] | Unset = UNSET
    cluster_name: str | Unset = UNSET
    communication_parameters: list[str] | Unset = UNSET
    communication_parameters_flags: list[str] | Unset = UNSET
    complete_wait: int | Unset = UNSET
    conf_flags: list[str] | Unset = UNSET
    cpu_freq_def: str | Unset = UNSET
    cpu_freq_governors: list[str] | Unset = UNSET
    cred_type: str | Unset = UNSET
    data_parser_parameters: str | Unset = UNSET
    debug_flags: list[str] | Unset = UNSET
    def_mem_per_cpu: None | Unset | V0045Uint64NoValStruct = UNSET
    dependency_parameters: list[str] | Unset = UNSET
    eio_timeout: int | Unset = UNSET
    enforce_part_limits: list[str] | Unset = UNSET
    epilog: list[str] | Unset = UNSET
    epilog_msg_time: int | Unset = UNSET
    epilog_slurmctld: list[str] | Unset = UNSET
    epilog_timeout: None | Unset | V0045Uint16NoValStruct = UNSET
    fair_share_dampening_factor: int | Unset = UNSET
    federation_parameters: list[str] | Unset = UNSET
    first_job_id: int | Unset = UNSET
    get_name_info_cache_timeout: int | Unset = UNSET
    gpu_freq_def: str | Unset = UNSET
    gres_types: list[str] | Unset = UNSET
    group_update_force: bool | Unset = UNSET
    group_update_time: int | Unset = UNSET
    hash_plugin: str | Unset = UNSET
    health_check_interval: int | Unset = UNSET
    health_check_node_state: list[str] | Unset = UNSET
    health_check_program: str | Unset = UNSET
    health_check_timeout: int | Unset = UNSET
    host_unreach_retry_count: int | Unset = UNSET
    http_parser_type: str | Unset = UNSET
    inactive_limit: int | Unset = UNSET
    interactive_step_options: str | Unset = UNSET
    job_acct_gather_frequency: list[str] | Unset = UNSET
    job_acct_gather_params: list[str] | Unset = UNSET
    job_acct_gather_type: str | Unset = UNSET
    job_acct_oom_kill: bool | Unset = UNSET
    job_comp_host: str | Unset = UNSET
    job_comp_loc: str | Unset = UNSET
    job_comp_params: str | Unset = UNSET
    job_comp_port: int | Unset = UNSET
    job_comp_type: str | Unset = UNSET
    job_comp_user: str | Unset = UNSET
    job_defaults: list[V0045JobDefaults] | Unset = UNSET
    job_file_append: bool | Unset = UNSET
    job_requeue: bool | Unset = UNSET
    job_submit_plugins: list[str] | Unset = UNSET
    keepalive_interval: int | Unset = UNSET
    keepalive_probes: int | Unset = UNSET
    keepalive_time: int | Unset = UNSET
    kill_on_bad_exit: bool | Unset = UNSET
    kill_wait: int | Unset = UNSET
    launch_parameters: list[str] | Unset = UNSET
    license_parameters: list[str] | Unset = UNSET
    licenses: list[str] | Unset = UNSET
    log_time_format: str | Unset = UNSET
    mcs_parameters: list[str] | Unset = UNSET
    mcs_plugin: str | Unset = UNSET
    mail_domain: str | Unset = UNSET
    mail_prog: str | Unset = UNSET
    max_array_size: int | Unset = UNSET
    max_batch_requeue: int | Unset = UNSET
    max_dbd_msgs: int | Unset = UNSET
    max_job_count: int | Unset = UNSET
    max_job_id: int | Unset = UNSET
    max_mem_per_cpu: None | Unset | V0045Uint64NoValStruct = UNSET
    max_node_count: int | Unset = UNSET
    max_step_count: int | Unset = UNSET
    max_tasks_per_node: int | Unset = UNSET
    message_timeout: int | Unset = UNSET
    metrics_auth_users: list[str] | Unset = UNSET
    metrics_parameters: list[str] | Unset = UNSET
    metrics_type: str | Unset = UNSET
    min_job_age: int | Unset = UNSET
    mpi_default: str | Unset = UNSET
    mpi_params: list[str] | Unset = UNSET
    namespace_type: str | Unset = UNSET
    node_features_plugins: list[str] | Unset = UNSET
    over_time_limit: int | Unset = UNSET
    plug_stack_config: str | Unset = UNSET
    plugin_dir: str | Unset = UNSET
    pr_ep_parameters: str | Unset = UNSET
    pr_ep_plugins: list[str] | Unset = UNSET
    preempt_exempt_time: None | Unset | V0045Uint32NoValStruct = UNSET
    preempt_mode: list[str] | Unset = UNSET
    preempt_parameters: list[str] | Unset = UNSET
    preempt_type: str | Unset = UNSET
    priority_calc_period: str | Unset = UNSET
    priority_decay_half_life: str | Unset = UNSET
    priority_favor_small: bool | Unset = UNSET
    priority_flags: list[str] | Unset = UNSET
    priority_max_age: str | Unset = UNSET
    priority_parameters: str | Unset = UNSET
    priority_site_factor_parameters: str | Unset = UNSET
    priority_site_factor_plugin: str | Unset = UNSET
    priority_type: str | Unset = UNSET
    priority_usage_reset_period: str | Unset = UNSET
    priority_weight_age: int | Unset = UNSET
    priority_weight_assoc: int | Unset = UNSET
    priority_weight_fairshare: int | Unset = UNSET
    priority_weight_job_size: int | Unset = UNSET
    priority_weight_partition: int | Unset = UNSET
    priority_weight_qos: int | Unset = UNSET
    priority_weight_tres: str | Unset = UNSET
    private_data: list[str] | Unset = UNSET
    proctrack_type: str | Unset = UNSET
    prolog: list[str] | Unset = UNSET
    prolog_flags: list[str] | Unset = UNSET
    prolog_slurmctld: list[str] | Unset = UNSET
    prolog_timeout: None | Unset | V0045Uint16NoValStruct = UNSET
    propagate_prio_process: str | Unset = UNSET
    propagate_resource_limits: list[str] | Unset = UNSET
    propagate_resource_limits_except: list[str] | Unset = UNSET
    reboot_program: str | Unset = UNSET
    reconfig_flags: list[str] | Unset = UNSET
    requeue_exit: list[str] | Unset = UNSET
    requeue_exit_hold: list[str] | Unset = UNSET
    resume_fail_program: str | Unset = UNSET
    resume_program: str | Unset = UNSET
    resume_rate: int | Unset = UNSET
    resume_timeout: int | Unset = UNSET
    resv_epilog: str | Unset = UNSET
    resv_over_run: int | Unset = UNSET
    resv_prolog: str | Unset = UNSET
    return_to_service: str | Unset = UNSET
    scheduler_parameters: list[str] | Unset = UNSET
    scheduler_time_slice: int | Unset = UNSET
    scheduler_type: str | Unset = UNSET
    scron_parameters: list[str] | Unset = UNSET
    select_type: str | Unset = UNSET
    select_type_parameters: list[str] | Unset = UNSET
    slurm_sched_log_file: str | Unset = UNSET
    slurm_sched_log_level: int | Unset = UNSET
    slurm_user: str | Unset = UNSET
    slurm_user_id: int | Unset = UNSET
    slurmctld_addr: str | Unset = UNSET
    slurmctld_debug: str | Unset = UNSET
    slurmctld_http_auth_params: list[str] | Unset = UNSET
    slurmctld_log_file: str | Unset = UNSET
    slurmctld_parameters: list[str] | Unset = UNSET
    slurmctld_pid_file: str | Unset = UNSET
    slurmctld_port: int | Unset = UNSET
    slurmctld_port_count: int | Unset = UNSET
    slurmctld_primary_off_prog: str | Unset = UNSET
    slurmctld_primary_on_prog: str | Unset = UNSET
    slurmctld_syslog_debug: str | Unset = UNSET
    slurmctld_timeout: int | Unset = UNSET
    slurmd_debug: str | Unset = UNSET
    slurmd_http_auth_params: list[str] | Unset = UNSET
    slurmd_log_file: str | Unset = UNSET
    slurmd_parameters: list[str] | Unset = UNSET
    slurmd_parameters_flags: list[str] | Unset = UNSET
    slurmd_pid_file: str | Unset = UNSET
    slurmd_port: int | Unset = UNSET
    slurmd_spool_dir: str | Unset = UNSET
    slurmd_syslog_debug: str | Unset = UNSET
    slurmd_timeout: int | Unset = UNSET
    slurmd_user: str | Unset = UNSET
    slurmd_user_id: int | Unset = UNSET
    srun_epilog: str | Unset = UNSET
    srun_port_range: None | Unset | V0045PortRange = UNSET
    srun_prolog: str | Unset = UNSET
    state_save_location: str | Unset = UNSET
    suspend_exc_nodes: list[str] | Unset = UNSET
    suspend_exc_parts: list[str] | Unset = UNSET
    suspend_exc_states: list[str] | Unset = UNSET
    suspend_program: str | Unset = UNSET
    suspend_rate: int | Unset = UNSET
    suspend_time: None | Unset | V0045Uint32NoValStruct = UNSET
    suspend_timeout: int | Unset = UNSET
    switch_parameters: list[str] | Unset = UNSET
    switch_type: str | Unset = UNSET
    tcp_timeout: int | Unset = UNSET
    tls_parameters: list[str] | Unset = UNSET
    tls_type: str | Unset = UNSET
    task_epilog: str | Unset = UNSET
    task_plugin: list[str] | Unset = UNSET
    task_plugin_param: list[str] | Unset = UNSET
    task_prolog: str | Unset = UNSET
    tmp_fs: str | Unset = UNSET
    topology_param: list[str] | Unset = UNSET
    topology_plugin: str | Unset = UNSET
    tree_width: int | Unset = UNSET
    unkillable_step_program: str | Unset = UNSET
    unkillable_step_timeout: int | Unset = UNSET
    url_parser_type: str | Unset = UNSET
    v_size_factor: int | Unset = UNSET
    wait_time: int | Unset = UNSET
    x11_parameters: list[str] | Unset = UNSET
    controllers: list[V0045Controller] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_controller import V0045Controller # noqa: PLC0415
        from ..models.v0045_job_defaults import V0045JobDefaults # noqa: PLC0415
        from ..models.v0045_port_range import V0045PortRange # noqa: PLC0415
        from ..models.v0045_uint_16_no_val_struct import V0045Uint16NoValStruct # noqa: PLC0415
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        from ..models.v0045_uint_64_no_val_struct import V0045Uint64NoValStruct # noqa: PLC0415
        accounting_storage_backup_host = self.accounting_storage_backup_host

        accounting_storage_enforce: list[str] | Unset = UNSET
        if not isinstance(self.accounting_storage_enforce, Unset):
            accounting_storage_enforce = self.accounting_storage_enforce



        accounting_storage_external_host = self.accounting_storage_external_host

        accounting_storage_host = self.accounting_storage_host

        accounting_storage_parameters: list[str] | Unset = UNSET
        if not isinstance(self.accounting_storage_parameters, Unset):
            accounting_storage_parameters = self.accounting_storage_parameters



        accounting_storage_port = self.accounting_storage_port

        accounting_storage_tres: list[str] | Unset = UNSET
        if not isinstance(self.accounting_storage_tres, Unset):
            accounting_storage_tres = self.accounting_storage_tres



        accounting_storage_type = self.accounting_storage_type

        accounting_store_flags: list[str] | Unset = UNSET
        if not isinstance(self.accounting_store_flags, Unset):
            accounting_store_flags = self.accounting_store_flags



        acct_gather_energy_type: list[str] | Unset = UNSET
        if not isinstance(self.acct_gather_energy_type, Unset):
            acct_gather_energy_type = self.acct_gather_energy_type



        acct_gather_filesystem_type = self.acct_gather_filesystem_type

        acct_gather_interconnect_type = self.acct_gather_interconnect_type

        acct_gather_node_freq = self.acct_gather_node_freq

        acct_gather_profile_type = self.acct_gather_profile_type

        auth_alt_parameters = self.auth_alt_parameters

        auth_alt_types: list[str] | Unset = UNSET
        if not isinstance(self.auth_alt_types, Unset):
            auth_alt_types = self.auth_alt_types



        auth_info = self.auth_info

        auth_type = self.auth_type

        batch_start_timeout = self.batch_start_timeout

        bcast_exclude: list[str] | Unset = UNSET
        if not isinstance(self.bcast_exclude, Unset):
            bcast_exclude = self.bcast_exclude



        bcast_parameters: list[str] | Unset = UNSET
        if not isinstance(self.bcast_parameters, Unset):
            bcast_parameters = self.bcast_parameters



        burst_buffer_type = self.burst_buffer_type

        certgen_parameters: list[str] | Unset = UNSET
        if not isinstance(self.certgen_parameters, Unset):
            certgen_parameters = self.certgen_parameters



        certgen_type = self.certgen_type

        certmgr_parameters = self.certmgr_parameters

        certmgr_type = self.certmgr_type

        cli_filter_parameters: list[str] | Unset = UNSET
        if not isinstance(self.cli_filter_parameters, Unset):
            cli_filter_parameters = self.cli_filter_parameters



        cli_filter_plugins: list[str] | Unset = UNSET
        if not isinstance(self.cli_filter_plugins, Unset):
            cli_filter_plugins = self.cli_filter_plugins



        cluster_name = self.cluster_name

        communication_parameters: list[str] | Unset = UNSET
        if not isinstance(self.communication_parameters, Unset):
            communication_parameters = self.communication_parameters



        communication_parameters_flags: list[str] | Unset = UNSET
        if not isinstance(self.communication_parameters_flags, Unset):
            communication_parameters_flags = self.communication_parameters_flags



        complete_wait = self.complete_wait

        conf_flags: list[str] | Unset = UNSET
        if not isinstance(self.conf_flags, Unset):
            conf_flags = self.conf_flags



        cpu_freq_def = self.cpu_freq_def

        cpu_freq_governors: list[str] | Unset = UNSET
        if not isinstance(self.cpu_freq_governors, Unset):
            cpu_freq_governors = self.cpu_freq_governors



        cred_type = self.cred_type

        data_parser_parameters = self.data_parser_parameters

        debug_flags: list[str] | Unset = UNSET
        if not isinstance(self.debug_flags, Unset):
            debug_flags = self.debug_flags



        def_mem_per_cpu: dict[str, Any] | None | Unset
        if isinstance(self.def_mem_per_cpu, Unset):
            def_mem_per_cpu = UNSET
        elif isinstance(self.def_mem_per_cpu, V0045Uint64NoValStruct):
            def_mem_per_cpu = self.def_mem_per_cpu.to_dict()
        else:
            def_mem_per_cpu = self.def_mem_per_cpu

        dependency_parameters: list[str] | Unset = UNSET
        if not isinstance(self.dependency_parameters, Unset):
            dependency_parameters = self.dependency_parameters



        eio_timeout = self.eio_timeout

        enforce_part_limits: list[str] | Unset = UNSET
        if not isinstance(self.enforce_part_limits, Unset):
            enforce_part_limits = self.enforce_part_limits



        epilog: list[str] | Unset = UNSET
        if not isinstance(self.epilog, Unset):
            epilog = self.epilog



        epilog_msg_time = self.epilog_msg_time

        epilog_slurmctld: list[str] | Unset = UNSET
        if not isinstance(self.epilog_slurmctld, Unset):
            epilog_slurmctld = self.epilog_slurmctld



        epilog_timeout: dict[str, Any] | None | Unset
        if isinstance(self.epilog_timeout, Unset):
            epilog_timeout = UNSET
        elif isinstance(self.epilog_timeout, V0045Uint16NoValStruct):
            epilog_timeout = self.epilog_timeout.to_dict()
        else:
            epilog_timeout = self.epilog_timeout

        fair_share_dampening_factor = self.fair_share_dampening_factor

        federation_parameters: list[str] | Unset = UNSET
        if not isinstance(self.federation_parameters, Unset):
            federation_parameters = self.federation_parameters



        first_job_id = self.first_job_id

        get_name_info_cache_timeout = self.get_name_info_cache_timeout

        gpu_freq_def = self.gpu_freq_def

        gres_types: list[str] | Unset = UNSET
        if not isinstance(self.gres_types, Unset):
            gres_types = self.gres_types



        group_update_force = self.group_update_force

        group_update_time = self.group_update_time

        hash_plugin = self.hash_plugin

        health_check_interval = self.health_check_interval

        health_check_node_state: list[str] | Unset = UNSET
        if not isinstance(self.health_check_node_state, Unset):
            health_check_node_state = self.health_check_node_state



        health_check_program = self.health_check_program

        health_check_timeout = self.health_check_timeout

        host_unreach_retry_count = self.host_unreach_retry_count

        http_parser_type = self.http_parser_type

        inactive_limit = self.inactive_limit

        interactive_step_options = self.interactive_step_options

        job_acct_gather_frequency: list[str] | Unset = UNSET
        if not isinstance(self.job_acct_gather_frequency, Unset):
            job_acct_gather_frequency = self.job_acct_gather_frequency



        job_acct_gather_params: list[str] | Unset = UNSET
        if not isinstance(self.job_acct_gather_params, Unset):
            job_acct_gather_params = self.job_acct_gather_params



        job_acct_gather_type = self.job_acct_gather_type

        job_acct_oom_kill = self.job_acct_oom_kill

        job_comp_host = self.job_comp_host

        job_comp_loc = self.job_comp_loc

        job_comp_params = self.job_comp_params

        job_comp_port = self.job_comp_port

        job_comp_type = self.job_comp_type

        job_comp_user = self.job_comp_user

        job_defaults: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.job_defaults, Unset):
            job_defaults = []
            for componentsschemasv0_0_45_job_defaults_list_item_data in self.job_defaults:
                componentsschemasv0_0_45_job_defaults_list_item = componentsschemasv0_0_45_job_defaults_list_item_data.to_dict()
                job_defaults.append(componentsschemasv0_0_45_job_defaults_list_item)



        job_file_append = self.job_file_append

        job_requeue = self.job_requeue

        job_submit_plugins: list[str] | Unset = UNSET
        if not isinstance(self.job_submit_plugins, Unset):
            job_submit_plugins = self.job_submit_plugins



        keepalive_interval = self.keepalive_interval

        keepalive_probes = self.keepalive_probes

        keepalive_time = self.keepalive_time

        kill_on_bad_exit = self.kill_on_bad_exit

        kill_wait = self.kill_wait

        launch_parameters: list[str] | Unset = UNSET
        if not isinstance(self.launch_parameters, Unset):
            launch_parameters = self.launch_parameters



        license_parameters: list[str] | Unset = UNSET
        if not isinstance(self.license_parameters, Unset):
            license_parameters = self.license_parameters



        licenses: list[str] | Unset = UNSET
        if not isinstance(self.licenses, Unset):
            licenses = self.licenses



        log_time_format = self.log_time_format

        mcs_parameters: list[str] | Unset = UNSET
        if not isinstance(self.mcs_parameters, Unset):
            mcs_parameters = self.mcs_parameters



        mcs_plugin = self.mcs_plugin

        mail_domain = self.mail_domain

        mail_prog = self.mail_prog

        max_array_size = self.max_array_size

        max_batch_requeue = self.max_batch_requeue

        max_dbd_msgs = self.max_dbd_msgs

        max_job_count = self.max_job_count

        max_job_id = self.max_job_id

        max_mem_per_cpu: dict[str, Any] | None | Unset
        if isinstance(self.max_mem_per_cpu, Unset):
            max_mem_per_cpu = UNSET
        elif isinstance(self.max_mem_per_cpu, V0045Uint64NoValStruct):
            max_mem_per_cpu = self.max_mem_per_cpu.to_dict()
        else:
            max_mem_per_cpu = self.max_mem_per_cpu

        max_node_count = self.max_node_count

        max_step_count = self.max_step_count

        max_tasks_per_node = self.max_tasks_per_node

        message_timeout = self.message_timeout

        metrics_auth_users: list[str] | Unset = UNSET
        if not isinstance(self.metrics_auth_users, Unset):
            metrics_auth_users = self.metrics_auth_users



        metrics_parameters: list[str] | Unset = UNSET
        if not isinstance(self.metrics_parameters, Unset):
            metrics_parameters = self.metrics_parameters



        metrics_type = self.metrics_type

        min_job_age = self.min_job_age

        mpi_default = self.mpi_default

        mpi_params: list[str] | Unset = UNSET
        if not isinstance(self.mpi_params, Unset):
            mpi_params = self.mpi_params



        namespace_type = self.namespace_type

        node_features_plugins: list[str] | Unset = UNSET
        if not isinstance(self.node_features_plugins, Unset):
            node_features_plugins = self.node_features_plugins



        over_time_limit = self.over_time_limit

        plug_stack_config = self.plug_stack_config

        plugin_dir = self.plugin_dir

        pr_ep_parameters = self.pr_ep_parameters

        pr_ep_plugins: list[str] | Unset = UNSET
        if not isinstance(self.pr_ep_plugins, Unset):
            pr_ep_plugins = self.pr_ep_plugins



        preempt_exempt_time: dict[str, Any] | None | Unset
        if isinstance(self.preempt_exempt_time, Unset):
            preempt_exempt_time = UNSET
        elif isinstance(self.preempt_exempt_time, V0045Uint32NoValStruct):
            preempt_exempt_time = self.preempt_exempt_time.to_dict()
        else:
            preempt_exempt_time = self.preempt_exempt_time

        preempt_mode: list[str] | Unset = UNSET
        if not isinstance(self.preempt_mode, Unset):
            preempt_mode = self.preempt_mode



        preempt_parameters: list[str] | Unset = UNSET
        if not isinstance(self.preempt_parameters, Unset):
            preempt_parameters = self.preempt_parameters



        preempt_type = self.preempt_type

        priority_calc_period = self.priority_calc_period

        priority_decay_half_life = self.priority_decay_half_life

        priority_favor_small = self.priority_favor_small

        priority_flags: list[str] | Unset = UNSET
        if not isinstance(self.priority_flags, Unset):
            priority_flags = self.priority_flags



        priority_max_age = self.priority_max_age

        priority_parameters = self.priority_parameters

        priority_site_factor_parameters = self.priority_site_factor_parameters

        priority_site_factor_plugin = self.priority_site_factor_plugin

        priority_type = self.priority_type

        priority_usage_reset_period = self.priority_usage_reset_period

        priority_weight_age = self.priority_weight_age

        priority_weight_assoc = self.priority_weight_assoc

        priority_weight_fairshare = self.priority_weight_fairshare

        priority_weight_job_size = self.priority_weight_job_size

        priority_weight_partition = self.priority_weight_partition

        priority_weight_qos = self.priority_weight_qos

        priority_weight_tres = self.priority_weight_tres

        private_data: list[str] | Unset = UNSET
        if not isinstance(self.private_data, Unset):
            private_data = self.private_data



        proctrack_type = self.proctrack_type

        prolog: list[str] | Unset = UNSET
        if not isinstance(self.prolog, Unset):
            prolog = self.prolog



        prolog_flags: list[str] | Unset = UNSET
        if not isinstance(self.prolog_flags, Unset):
            prolog_flags = self.prolog_flags



        prolog_slurmctld: list[str] | Unset = UNSET
        if not isinstance(self.prolog_slurmctld, Unset):
            prolog_slurmctld = self.prolog_slurmctld



        prolog_timeout: dict[str, Any] | None | Unset
        if isinstance(self.prolog_timeout, Unset):
            prolog_timeout = UNSET
        elif isinstance(self.prolog_timeout, V0045Uint16NoValStruct):
            prolog_timeout = self.prolog_timeout.to_dict()
        else:
            prolog_timeout = self.prolog_timeout

        propagate_prio_process = self.propagate_prio_process

        propagate_resource_limits: list[str] | Unset = UNSET
        if not isinstance(self.propagate_resource_limits, Unset):
            propagate_resource_limits = self.propagate_resource_limits



        propagate_resource_limits_except: list[str] | Unset = UNSET
        if not isinstance(self.propagate_resource_limits_except, Unset):
            propagate_resource_limits_except = self.propagate_resource_limits_except



        reboot_program = self.reboot_program

        reconfig_flags: list[str] | Unset = UNSET
        if not isinstance(self.reconfig_flags, Unset):
            reconfig_flags = self.reconfig_flags



        requeue_exit: list[str] | Unset = UNSET
        if not isinstance(self.requeue_exit, Unset):
            requeue_exit = self.requeue_exit



        requeue_exit_hold: list[str] | Unset = UNSET
        if not isinstance(self.requeue_exit_hold, Unset):
            requeue_exit_hold = self.requeue_exit_hold



        resume_fail_program = self.resume_fail_program

        resume_program = self.resume_program

        resume_rate = self.resume_rate

        resume_timeout = self.resume_timeout

        resv_epilog = self.resv_epilog

        resv_over_run = self.resv_over_run

        resv_prolog = self.resv_prolog

        return_to_service = self.return_to_service

        scheduler_parameters: list[str] | Unset = UNSET
        if not isinstance(self.scheduler_parameters, Unset):
            scheduler_parameters = self.scheduler_parameters



        scheduler_time_slice = self.scheduler_time_slice

        scheduler_type = self.scheduler_type

        scron_parameters: list[str] | Unset = UNSET
        if not isinstance(self.scron_parameters, Unset):
            scron_parameters = self.scron_parameters



        select_type = self.select_type

        select_type_parameters: list[str] | Unset = UNSET
        if not isinstance(self.select_type_parameters, Unset):
            select_type_parameters = self.select_type_parameters



        slurm_sched_log_file = self.slurm_sched_log_file

        slurm_sched_log_level = self.slurm_sched_log_level

        slurm_user = self.slurm_user

        slurm_user_id = self.slurm_user_id

        slurmctld_addr = self.slurmctld_addr

        slurmctld_debug = self.slurmctld_debug

        slurmctld_http_auth_params: list[str] | Unset = UNSET
        if not isinstance(self.slurmctld_http_auth_params, Unset):
            slurmctld_http_auth_params = self.slurmctld_http_auth_params



        slurmctld_log_file = self.slurmctld_log_file

        slurmctld_parameters: list[str] | Unset = UNSET
        if not isinstance(self.slurmctld_parameters, Unset):
            slurmctld_parameters = self.slurmctld_parameters



        slurmctld_pid_file = self.slurmctld_pid_file

        slurmctld_port = self.slurmctld_port

        slurmctld_port_count = self.slurmctld_port_count

        slurmctld_primary_off_prog = self.slurmctld_primary_off_prog

        slurmctld_primary_on_prog = self.slurmctld_primary_on_prog

        slurmctld_syslog_debug = self.slurmctld_syslog_debug

        slurmctld_timeout = self.slurmctld_timeout

        slurmd_debug = self.slurmd_debug

        slurmd_http_auth_params: list[str] | Unset = UNSET
        if not isinstance(self.slurmd_http_auth_params, Unset):
            slurmd_http_auth_params = self.slurmd_http_auth_params



        slurmd_log_file = self.slurmd_log_file

        slurmd_parameters: list[str] | Unset = UNSET
        if not isinstance(self.slurmd_parameters, Unset):
            slurmd_parameters = self.slurmd_parameters



        slurmd_parameters_flags: list[str] | Unset = UNSET
        if not isinstance(self.slurmd_parameters_flags, Unset):
            slurmd_parameters_flags = self.slurmd_parameters_flags



        slurmd_pid_file = self.slurmd_pid_file

        slurmd_port = self.slurmd_port

        slurmd_spool_dir = self.slurmd_spool_dir

        slurmd_syslog_debug = self.slurmd_syslog_debug

        slurmd_timeout = self.slurmd_timeout

        slurmd_user = self.slurmd_user

        slurmd_user_id = self.slurmd_user_id

        srun_epilog = self.srun_epilog

        srun_port_range: dict[str, Any] | None | Unset
        if isinstance(self.srun_port_range, Unset):
            srun_port_range = UNSET
        elif isinstance(self.srun_port_range, V0045PortRange):
            srun_port_range = self.srun_port_range.to_dict()
        else:
            srun_port_range = self.srun_port_range

        srun_prolog = self.srun_prolog

        state_save_location = self.state_save_location

        suspend_exc_nodes: list[str] | Unset = UNSET
        if not isinstance(self.suspend_exc_nodes, Unset):
            suspend_exc_nodes = self.suspend_exc_nodes



        suspend_exc_parts: list[str] | Unset = UNSET
        if not isinstance(self.suspend_exc_parts, Unset):
            suspend_exc_parts = self.suspend_exc_parts



        suspend_exc_states: list[str] | Unset = UNSET
        if not isinstance(self.suspend_exc_states, Unset):
            suspend_exc_states = self.suspend_exc_states



        suspend_program = self.suspend_program

        suspend_rate = self.suspend_rate

        suspend_time: dict[str, Any] | None | Unset
        if isinstance(self.suspend_time, Unset):
            suspend_time = UNSET
        elif isinstance(self.suspend_time, V0045Uint32NoValStruct):
            suspend_time = self.suspend_time.to_dict()
        else:
            suspend_time = self.suspend_time

        suspend_timeout = self.suspend_timeout

        switch_parameters: list[str] | Unset = UNSET
        if not isinstance(self.switch_parameters, Unset):
            switch_parameters = self.switch_parameters



        switch_type = self.switch_type

        tcp_timeout = self.tcp_timeout

        tls_parameters: list[str] | Unset = UNSET
        if not isinstance(self.tls_parameters, Unset):
            tls_parameters = self.tls_parameters



        tls_type = self.tls_type

        task_epilog = self.task_epilog

        task_plugin: list[str] | Unset = UNSET
        if not isinstance(self.task_plugin, Unset):
            task_plugin = self.task_plugin



        task_plugin_param: list[str] | Unset = UNSET
        if not isinstance(self.task_plugin_param, Unset):
            task_plugin_param = self.task_plugin_param



        task_prolog = self.task_prolog

        tmp_fs = self.tmp_fs

        topology_param: list[str] | Unset = UNSET
        if not isinstance(self.topology_param, Unset):
            topology_param = self.topology_param



        topology_plugin = self.topology_plugin

        tree_width = self.tree_width

        unkillable_step_program = self.unkillable_step_program

        unkillable_step_timeout = self.unkillable_step_timeout

        url_parser_type = self.url_parser_type

        v_size_factor = self.v_size_factor

        wait_time = self.wait_time

        x11_parameters: list[str] | Unset = UNSET
        if not isinstance(self.x11_parameters, Unset):
            x11_parameters = self.x11_parameters



        controllers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.controllers, Unset):
            controllers = []
            for componentsschemasv0_0_45_controllers_array_item_data in self.controllers:
                componentsschemasv0_0_45_controllers_array_item = componentsschemasv0_0_45_controllers_array_item_data.to_dict()
                controllers.append(componentsschemasv0_0_45_controllers_array_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if accounting_storage_backup_host is not UNSET:
            field_dict["AccountingStorageBackupHost"] = accounting_storage_backup_host
        if accounting_storage_enforce is not UNSET:
            field_dict["AccountingStorageEnforce"] = accounting_storage_enforce
        if accounting_storage_external_host is not UNSET:
            field_dict["AccountingStorageExternalHost"] = accounting_storage_external_host
        if accounting_storage_host is not UNSET:
            field_dict["AccountingStorageHost"] = accounting_storage_host
        if accounting_storage_parameters is not UNSET:
            field_dict["AccountingStorageParameters"] = accounting_storage_parameters
        if accounting_storage_port is not UNSET:
            field_dict["AccountingStoragePort"] = accounting_storage_port
        if accounting_storage_tres is not UNSET:
            field_dict["AccountingStorageTRES"] = accounting_storage_tres
        if accounting_storage_type is not UNSET:
            field_dict["AccountingStorageType"] = accounting_storage_type
        if accounting_store_flags is not UNSET:
            field_dict["AccountingStoreFlags"] = accounting_store_flags
        if acct_gather_energy_type is not UNSET:
            field_dict["AcctGatherEnergyType"] = acct_gather_energy_type
        if acct_gather_filesystem_type is not UNSET:
            field_dict["AcctGatherFilesystemType"] = acct_gather_filesystem_type
        if acct_gather_interconnect_type is not UNSET:
            field_dict["AcctGatherInterconnectType"] = acct_gather_interconnect_type
        if acct_gather_node_freq is not UNSET:
            field_dict["AcctGatherNodeFreq"] = acct_gather_node_freq
        if acct_gather_profile_type is not UNSET:
            field_dict["AcctGatherProfileType"] = acct_gather_profile_type
        if auth_alt_parameters is not UNSET:
            field_dict["AuthAltParameters"] = auth_alt_parameters
        if auth_alt_types is not UNSET:
            field_dict["AuthAltTypes"] = auth_alt_types
        if auth_info is not UNSET:
            field_dict["AuthInfo"] = auth_info
        if auth_type is not UNSET:
            field_dict["AuthType"] = auth_type
        if batch_start_timeout is not UNSET:
            field_dict["BatchStartTimeout"] = batch_start_timeout
        if bcast_exclude is not UNSET:
            field_dict["BcastExclude"] = bcast_exclude
        if bcast_parameters is not UNSET:
            field_dict["BcastParameters"] = bcast_parameters
        if burst_buffer_type is not UNSET:
            field_dict["BurstBufferType"] = burst_buffer_type
        if certgen_parameters is not UNSET:
            field_dict["CertgenParameters"] = certgen_parameters
        if certgen_type is not UNSET:
            field_dict["CertgenType"] = certgen_type
        if certmgr_parameters is not UNSET:
            field_dict["CertmgrParameters"] = certmgr_parameters
        if certmgr_type is not UNSET:
            field_dict["CertmgrType"] = certmgr_type
        if cli_filter_parameters is not UNSET:
            field_dict["CliFilterParameters"] = cli_filter_parameters
        if cli_filter_plugins is not UNSET:
            field_dict["CliFilterPlugins"] = cli_filter_plugins
        if cluster_name is not UNSET:
            field_dict["ClusterName"] = cluster_name
        if communication_parameters is not UNSET:
            field_dict["CommunicationParameters"] = communication_parameters
        if communication_parameters_flags is not UNSET:
            field_dict["CommunicationParametersFlags"] = communication_parameters_flags
        if complete_wait is not UNSET:
            field_dict["CompleteWait"] = complete_wait
        if conf_flags is not UNSET:
            field_dict["ConfFlags"] = conf_flags
        if cpu_freq_def is not UNSET:
            field_dict["CpuFreqDef"] = cpu_freq_def
        if cpu_freq_governors is not UNSET:
            field_dict["CpuFreqGovernors"] = cpu_freq_governors
        if cred_type is not UNSET:
            field_dict["CredType"] = cred_type
        if data_parser_parameters is not UNSET:
            field_dict["DataParserParameters"] = data_parser_parameters
        if debug_flags is not UNSET:
            field_dict["DebugFlags"] = debug_flags
        if def_mem_per_cpu is not UNSET:
            field_dict["DefMemPerCPU"] = def_mem_per_cpu
        if dependency_parameters is not UNSET:
            field_dict["DependencyParameters"] = dependency_parameters
        if eio_timeout is not UNSET:
            field_dict["EioTimeout"] = eio_timeout
        if enforce_part_limits is not UNSET:
            field_dict["EnforcePartLimits"] = enforce_part_limits
        if epilog is not UNSET:
            field_dict["Epilog"] = epilog
        if epilog_msg_time is not UNSET:
            field_dict["EpilogMsgTime"] = epilog_msg_time
        if epilog_slurmctld is not UNSET:
            field_dict["EpilogSlurmctld"] = epilog_slurmctld
        if epilog_timeout is not UNSET:
            field_dict["EpilogTimeout"] = epilog_timeout
        if fair_share_dampening_factor is not UNSET:
            field_dict["FairShareDampeningFactor"] = fair_share_dampening_factor
        if federation_parameters is not UNSET:
            field_dict["FederationParameters"] = federation_parameters
        if first_job_id is not UNSET:
            field_dict["FirstJobId"] = first_job_id
        if get_name_info_cache_timeout is not UNSET:
            field_dict["GetNameInfoCacheTimeout"] = get_name_info_cache_timeout
        if gpu_freq_def is not UNSET:
            field_dict["GpuFreqDef"] = gpu_freq_def
        if gres_types is not UNSET:
            field_dict["GresTypes"] = gres_types
        if group_update_force is not UNSET:
            field_dict["GroupUpdateForce"] = group_update_force
        if group_update_time is not UNSET:
            field_dict["GroupUpdateTime"] = group_update_time
        if hash_plugin is not UNSET:
            field_dict["HashPlugin"] = hash_plugin
        if health_check_interval is not UNSET:
            field_dict["HealthCheckInterval"] = health_check_interval
        if health_check_node_state is not UNSET:
            field_dict["HealthCheckNodeState"] = health_check_node_state
        if health_check_program is not UNSET:
            field_dict["HealthCheckProgram"] = health_check_program
        if health_check_timeout is not UNSET:
            field_dict["HealthCheckTimeout"] = health_check_timeout
        if host_unreach_retry_count is not UNSET:
            field_dict["HostUnreachRetryCount"] = host_unreach_retry_count
        if http_parser_type is not UNSET:
            field_dict["HttpParserType"] = http_parser_type
        if inactive_limit is not UNSET:
            field_dict["InactiveLimit"] = inactive_limit
        if interactive_step_options is not UNSET:
            field_dict["InteractiveStepOptions"] = interactive_step_options
        if job_acct_gather_frequency is not UNSET:
            field_dict["JobAcctGatherFrequency"] = job_acct_gather_frequency
        if job_acct_gather_params is not UNSET:
            field_dict["JobAcctGatherParams"] = job_acct_gather_params
        if job_acct_gather_type is not UNSET:
            field_dict["JobAcctGatherType"] = job_acct_gather_type
        if job_acct_oom_kill is not UNSET:
            field_dict["JobAcctOomKill"] = job_acct_oom_kill
        if job_comp_host is not UNSET:
            field_dict["JobCompHost"] = job_comp_host
        if job_comp_loc is not UNSET:
            field_dict["JobCompLoc"] = job_comp_loc
        if job_comp_params is not UNSET:
            field_dict["JobCompParams"] = job_comp_params
        if job_comp_port is not UNSET:
            field_dict["JobCompPort"] = job_comp_port
        if job_comp_type is not UNSET:
            field_dict["JobCompType"] = job_comp_type
        if job_comp_user is not UNSET:
            field_dict["JobCompUser"] = job_comp_user
        if job_defaults is not UNSET:
            field_dict["JobDefaults"] = job_defaults
        if job_file_append is not UNSET:
            field_dict["JobFileAppend"] = job_file_append
        if job_requeue is not UNSET:
            field_dict["JobRequeue"] = job_requeue
        if job_submit_plugins is not UNSET:
            field_dict["JobSubmitPlugins"] = job_submit_plugins
        if keepalive_interval is not UNSET:
            field_dict["KeepaliveInterval"] = keepalive_interval
        if keepalive_probes is not UNSET:
            field_dict["KeepaliveProbes"] = keepalive_probes
        if keepalive_time is not UNSET:
            field_dict["KeepaliveTime"] = keepalive_time
        if kill_on_bad_exit is not UNSET:
            field_dict["KillOnBadExit"] = kill_on_bad_exit
        if kill_wait is not UNSET:
            field_dict["KillWait"] = kill_wait
        if launch_parameters is not UNSET:
            field_dict["LaunchParameters"] = launch_parameters
        if license_parameters is not UNSET:
            field_dict["LicenseParameters"] = license_parameters
        if licenses is not UNSET:
            field_dict["Licenses"] = licenses
        if log_time_format is not UNSET:
            field_dict["LogTimeFormat"] = log_time_format
        if mcs_parameters is not UNSET:
            field_dict["MCSParameters"] = mcs_parameters
        if mcs_plugin is not UNSET:
            field_dict["MCSPlugin"] = mcs_plugin
        if mail_domain is not UNSET:
            field_dict["MailDomain"] = mail_domain
        if mail_prog is not UNSET:
            field_dict["MailProg"] = mail_prog
        if max_array_size is not UNSET:
            field_dict["MaxArraySize"] = max_array_size
        if max_batch_requeue is not UNSET:
            field_dict["MaxBatchRequeue"] = max_batch_requeue
        if max_dbd_msgs is not UNSET:
            field_dict["MaxDBDMsgs"] = max_dbd_msgs
        if max_job_count is not UNSET:
            field_dict["MaxJobCount"] = max_job_count
        if max_job_id is not UNSET:
            field_dict["MaxJobId"] = max_job_id
        if max_mem_per_cpu is not UNSET:
            field_dict["MaxMemPerCPU"] = max_mem_per_cpu
        if max_node_count is not UNSET:
            field_dict["MaxNodeCount"] = max_node_count
        if max_step_count is not UNSET:
            field_dict["MaxStepCount"] = max_step_count
        if max_tasks_per_node is not UNSET:
            field_dict["MaxTasksPerNode"] = max_tasks_per_node
        if message_timeout is not UNSET:
            field_dict["MessageTimeout"] = message_timeout
        if metrics_auth_users is not UNSET:
            field_dict["MetricsAuthUsers"] = metrics_auth_users
        if metrics_parameters is not UNSET:
            field_dict["MetricsParameters"] = metrics_parameters
        if metrics_type is not UNSET:
            field_dict["MetricsType"] = metrics_type
        if min_job_age is not UNSET:
            field_dict["MinJobAge"] = min_job_age
        if mpi_default is not UNSET:
            field_dict["MpiDefault"] = mpi_default
        if mpi_params is not UNSET:
            field_dict["MpiParams"] = mpi_params
        if namespace_type is not UNSET:
            field_dict["NamespaceType"] = namespace_type
        if node_features_plugins is not UNSET:
            field_dict["NodeFeaturesPlugins"] = node_features_plugins
        if over_time_limit is not UNSET:
            field_dict["OverTimeLimit"] = over_time_limit
        if plug_stack_config is not UNSET:
            field_dict["PlugStackConfig"] = plug_stack_config
        if plugin_dir is not UNSET:
            field_dict["PluginDir"] = plugin_dir
        if pr_ep_parameters is not UNSET:
            field_dict["PrEpParameters"] = pr_ep_parameters
        if pr_ep_plugins is not UNSET:
            field_dict["PrEpPlugins"] = pr_ep_plugins
        if preempt_exempt_time is not UNSET:
            field_dict["PreemptExemptTime"] = preempt_exempt_time
        if preempt_mode is not UNSET:
            field_dict["PreemptMode"] = preempt_mode
        if preempt_parameters is not UNSET:
            field_dict["PreemptParameters"] = preempt_parameters
        if preempt_type is not UNSET:
            field_dict["PreemptType"] = preempt_type
        if priority_calc_period is not UNSET:
            field_dict["PriorityCalcPeriod"] = priority_calc_period
        if priority_decay_half_life is not UNSET:
            field_dict["PriorityDecayHalfLife"] = priority_decay_half_life
        if priority_favor_small is not UNSET:
            field_dict["PriorityFavorSmall"] = priority_favor_small
        if priority_flags is not UNSET:
            field_dict["PriorityFlags"] = priority_flags
        if priority_max_age is not UNSET:
            field_dict["PriorityMaxAge"] = priority_max_age
        if priority_parameters is not UNSET:
            field_dict["PriorityParameters"] = priority_parameters
        if priority_site_factor_parameters is not UNSET:
            field_dict["PrioritySiteFactorParameters"] = priority_site_factor_parameters
        if priority_site_factor_plugin is not UNSET:
            field_dict["PrioritySiteFactorPlugin"] = priority_site_factor_plugin
        if priority_type is not UNSET:
            field_dict["PriorityType"] = priority_type
        if priority_usage_reset_period is not UNSET:
            field_dict["PriorityUsageResetPeriod"] = priority_usage_reset_period
        if priority_weight_age is not UNSET:
            field_dict["PriorityWeightAge"] = priority_weight_age
        if priority_weight_assoc is not UNSET:
            field_dict["PriorityWeightAssoc"] = priority_weight_assoc
        if priority_weight_fairshare is not UNSET:
            field_dict["PriorityWeightFairshare"] = priority_weight_fairshare
        if priority_weight_job_size is not UNSET:
            field_dict["PriorityWeightJobSize"] = priority_weight_job_size
        if priority_weight_partition is not UNSET:
            field_dict["PriorityWeightPartition"] = priority_weight_partition
        if priority_weight_qos is not UNSET:
            field_dict["PriorityWeightQOS"] = priority_weight_qos
        if priority_weight_tres is not UNSET:
            field_dict["PriorityWeightTRES"] = priority_weight_tres
        if private_data is not UNSET:
            field_dict["PrivateData"] = private_data
        if proctrack_type is not UNSET:
            field_dict["ProctrackType"] = proctrack_type
        if prolog is not UNSET:
            field_dict["Prolog"] = prolog
        if prolog_flags is not UNSET:
            field_dict["PrologFlags"] = prolog_flags
        if prolog_slurmctld is not UNSET:
            field_dict["PrologSlurmctld"] = prolog_slurmctld
        if prolog_timeout is not UNSET:
            field_dict["PrologTimeout"] = prolog_timeout
        if propagate_prio_process is not UNSET:
            field_dict["PropagatePrioProcess"] = propagate_prio_process
        if propagate_resource_limits is not UNSET:
            field_dict["PropagateResourceLimits"] = propagate_resource_limits
        if propagate_resource_limits_except is not UNSET:
            field_dict["PropagateResourceLimitsExcept"] = propagate_resource_limits_except
        if reboot_program is not UNSET:
            field_dict["RebootProgram"] = reboot_program
        if reconfig_flags is not UNSET:
            field_dict["ReconfigFlags"] = reconfig_flags
        if requeue_exit is not UNSET:
            field_dict["RequeueExit"] = requeue_exit
        if requeue_exit_hold is not UNSET:
            field_dict["RequeueExitHold"] = requeue_exit_hold
        if resume_fail_program is not UNSET:
            field_dict["ResumeFailProgram"] = resume_fail_program
        if resume_program is not UNSET:
            field_dict["ResumeProgram"] = resume_program
        if resume_rate is not UNSET:
            field_dict["ResumeRate"] = resume_rate
        if resume_timeout is not UNSET:
            field_dict["ResumeTimeout"] = resume_timeout
        if resv_epilog is not UNSET:
            field_dict["ResvEpilog"] = resv_epilog
        if resv_over_run is not UNSET:
            field_dict["ResvOverRun"] = resv_over_run
        if resv_prolog is not UNSET:
            field_dict["ResvProlog"] = resv_prolog
        if return_to_service is not UNSET:
            field_dict["ReturnToService"] = return_to_service
        if scheduler_parameters is not UNSET:
            field_dict["SchedulerParameters"] = scheduler_parameters
        if scheduler_time_slice is not UNSET:
            field_dict["SchedulerTimeSlice"] = scheduler_time_slice
        if scheduler_type is not UNSET:
            field_dict["SchedulerType"] = scheduler_type
        if scron_parameters is not UNSET:
            field_dict["ScronParameters"] = scron_parameters
        if select_type is not UNSET:
            field_dict["SelectType"] = select_type
        if select_type_parameters is not UNSET:
            field_dict["SelectTypeParameters"] = select_type_parameters
        if slurm_sched_log_file is not UNSET:
            field_dict["SlurmSchedLogFile"] = slurm_sched_log_file
        if slurm_sched_log_level is not UNSET:
            field_dict["SlurmSchedLogLevel"] = slurm_sched_log_level
        if slurm_user is not UNSET:
            field_dict["SlurmUser"] = slurm_user
        if slurm_user_id is not UNSET:
            field_dict["SlurmUserId"] = slurm_user_id
        if slurmctld_addr is not UNSET:
            field_dict["SlurmctldAddr"] = slurmctld_addr
        if slurmctld_debug is not UNSET:
            field_dict["SlurmctldDebug"] = slurmctld_debug
        if slurmctld_http_auth_params is not UNSET:
            field_dict["SlurmctldHttpAuthParams"] = slurmctld_http_auth_params
        if slurmctld_log_file is not UNSET:
            field_dict["SlurmctldLogFile"] = slurmctld_log_file
        if slurmctld_parameters is not UNSET:
            field_dict["SlurmctldParameters"] = slurmctld_parameters
        if slurmctld_pid_file is not UNSET:
            field_dict["SlurmctldPidFile"] = slurmctld_pid_file
        if slurmctld_port is not UNSET:
            field_dict["SlurmctldPort"] = slurmctld_port
        if slurmctld_port_count is not UNSET:
            field_dict["SlurmctldPortCount"] = slurmctld_port_count
        if slurmctld_primary_off_prog is not UNSET:
            field_dict["SlurmctldPrimaryOffProg"] = slurmctld_primary_off_prog
        if slurmctld_primary_on_prog is not UNSET:
            field_dict["SlurmctldPrimaryOnProg"] = slurmctld_primary_on_prog
        if slurmctld_syslog_debug is not UNSET:
            field_dict["SlurmctldSyslogDebug"] = slurmctld_syslog_debug
        if slurmctld_timeout is not UNSET:
            field_dict["SlurmctldTimeout"] = slurmctld_timeout
        if slurmd_debug is not UNSET:
            field_dict["SlurmdDebug"] = slurmd_debug
        if slurmd_http_auth_params is not UNSET:
            field_dict["SlurmdHttpAuthParams"] = slurmd_http_auth_params
        if slurmd_log_file is not UNSET:
            field_dict["SlurmdLogFile"] = slurmd_log_file
        if slurmd_parameters is not UNSET:
            field_dict["SlurmdParameters"] = slurmd_parameters
        if slurmd_parameters_flags is not UNSET:
            field_dict["SlurmdParametersFlags"] = slurmd_parameters_flags
        if slurmd_pid_file is not UNSET:
            field_dict["SlurmdPidFile"] = slurmd_pid_file
        if slurmd_port is not UNSET:
            field_dict["SlurmdPort"] = slurmd_port
        if slurmd_spool_dir is not UNSET:
            field_dict["SlurmdSpoolDir"] = slurmd_spool_dir
        if slurmd_syslog_debug is not UNSET:
            field_dict["SlurmdSyslogDebug"] = slurmd_syslog_debug
        if slurmd_timeout is not UNSET:
            field_dict["SlurmdTimeout"] = slurmd_timeout
        if slurmd_user is not UNSET:
            field_dict["SlurmdUser"] = slurmd_user
        if slurmd_user_id is not UNSET:
            field_dict["SlurmdUserId"] = slurmd_user_id
        if srun_epilog is not UNSET:
            field_dict["SrunEpilog"] = srun_epilog
        if srun_port_range is not UNSET:
            field_dict["SrunPortRange"] = srun_port_range
        if srun_prolog is not UNSET:
            field_dict["SrunProlog"] = srun_prolog
        if state_save_location is not UNSET:
            field_dict["StateSaveLocation"] = state_save_location
        if suspend_exc_nodes is not UNSET:
            field_dict["SuspendExcNodes"] = suspend_exc_nodes
        if suspend_exc_parts is not UNSET:
            field_dict["SuspendExcParts"] = suspend_exc_parts
        if suspend_exc_states is not UNSET:
            field_dict["SuspendExcStates"] = suspend_exc_states
        if suspend_program is not UNSET:
            field_dict["SuspendProgram"] = suspend_program
        if suspend_rate is not UNSET:
            field_dict["SuspendRate"] = suspend_rate
        if suspend_time is not UNSET:
            field_dict["SuspendTime"] = suspend_time
        if suspend_timeout is not UNSET:
            field_dict["SuspendTimeout"] = suspend_timeout
        if switch_parameters is not UNSET:
            field_dict["SwitchParameters"] = switch_parameters
        if switch_type is not UNSET:
            field_dict["SwitchType"] = switch_type
        if tcp_timeout is not UNSET:
            field_dict["TCPTimeout"] = tcp_timeout
        if tls_parameters is not UNSET:
            field_dict["TLSParameters"] = tls_parameters
        if tls_type is not UNSET:
            field_dict["TLSType"] = tls_type
        if task_epilog is not UNSET:
            field_dict["TaskEpilog"] = task_epilog
        if task_plugin is not UNSET:
            field_dict["TaskPlugin"] = task_plugin
        if task_plugin_param is not UNSET:
            field_dict["TaskPluginParam"] = task_plugin_param
        if task_prolog is not UNSET:
            field_dict["TaskProlog"] = task_prolog
        if tmp_fs is not UNSET:
            field_dict["TmpFS"] = tmp_fs
        if topology_param is not UNSET:
            field_dict["TopologyParam"] = topology_param
        if topology_plugin is not UNSET:
            field_dict["TopologyPlugin"] = topology_plugin
        if tree_width is not UNSET:
            field_dict["TreeWidth"] = tree_width
        if unkillable_step_program is not UNSET:
            field_dict["UnkillableStepProgram"] = unkillable_step_program
        if unkillable_step_timeout is not UNSET:
            field_dict["UnkillableStepTimeout"] = unkillable_step_timeout
        if url_parser_type is not UNSET:
            field_dict["UrlParserType"] = url_parser_type
        if v_size_factor is not UNSET:
            field_dict["VSizeFactor"] = v_size_factor
        if wait_time is not UNSET:
            field_dict["WaitTime"] = wait_time
        if x11_parameters is not UNSET:
            field_dict["X11Parameters"] = x11_parameters
        if controllers is not UNSET:
            field_dict["controllers"] = controllers

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_controller import V0045Controller # noqa: PLC0415
        from ..models.v0045_job_defaults import V0045JobDefaults # noqa: PLC0415
        from ..models.v0045_port_range import V0045PortRange # noqa: PLC0415
        from ..models.v0045_uint_16_no_val_struct import V0045Uint16NoValStruct # noqa: PLC0415
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        from ..models.v0045_uint_64_no_val_struct import V0045Uint64NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        accounting_storage_backup_host = d.pop("AccountingStorageBackupHost", UNSET)

        accounting_storage_enforce = cast(list[str], d.pop("AccountingStorageEnforce", UNSET))


        accounting_storage_external_host = d.pop("AccountingStorageExternalHost", UNSET)

        accounting_storage_host = d.pop("AccountingStorageHost", UNSET)

        accounting_storage_parameters = cast(list[str], d.pop("AccountingStorageParameters", UNSET))


        accounting_storage_port = d.pop("AccountingStoragePort", UNSET)

        accounting_storage_tres = cast(list[str], d.pop("AccountingStorageTRES", UNSET))


        accounting_storage_type = d.pop("AccountingStorageType", UNSET)

        accounting_store_flags = cast(list[str], d.pop("AccountingStoreFlags", UNSET))


        acct_gather_energy_type = cast(list[str], d.pop("AcctGatherEnergyType", UNSET))


        acct_gather_filesystem_type = d.pop("AcctGatherFilesystemType", UNSET)

        acct_gather_interconnect_type = d.pop("AcctGatherInterconnectType", UNSET)

        acct_gather_node_freq = d.pop("AcctGatherNodeFreq", UNSET)

        acct_gather_profile_type = d.pop("AcctGatherProfileType", UNSET)

        auth_alt_parameters = d.pop("AuthAltParameters", UNSET)

        auth_alt_types = cast(list[str], d.pop("AuthAltTypes", UNSET))


        auth_info = d.pop("AuthInfo", UNSET)

        auth_type = d.pop("AuthType", UNSET)

        batch_start_timeout = d.pop("BatchStartTimeout", UNSET)

        bcast_exclude = cast(list[str], d.pop("BcastExclude", UNSET))


        bcast_parameters = cast(list[str], d.pop("BcastParameters", UNSET))


        burst_buffer_type = d.pop("BurstBufferType", UNSET)

        certgen_parameters = cast(list[str], d.pop("CertgenParameters", UNSET))


        certgen_type = d.pop("CertgenType", UNSET)

        certmgr_parameters = d.pop("CertmgrParameters", UNSET)

        certmgr_type = d.pop("CertmgrType", UNSET)

        cli_filter_parameters = cast(list[str], d.pop("CliFilterParameters", UNSET))


        cli_filter_plugins = cast(list[str], d.pop("CliFilterPlugins", UNSET))


        cluster_name = d.pop("ClusterName", UNSET)

        communication_parameters = cast(list[str], d.pop("CommunicationParameters", UNSET))


        communication_parameters_flags = cast(list[str], d.pop("CommunicationParametersFlags", UNSET))


        complete_wait = d.pop("CompleteWait", UNSET)

        conf_flags = cast(list[str], d.pop("ConfFlags", UNSET))


        cpu_freq_def = d.pop("CpuFreqDef", UNSET)

        cpu_freq_governors = cast(list[str], d.pop("CpuFreqGovernors", UNSET))


        cred_type = d.pop("CredType", UNSET)

        data_parser_parameters = d.pop("DataParserParameters", UNSET)

        debug_flags = cast(list[str], d.pop("DebugFlags", UNSET))


        def _parse_def_mem_per_cpu(data: object) -> None | Unset | V0045Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                def_mem_per_cpu_type_0 = V0045Uint64NoValStruct.from_dict(data)



                return def_mem_per_cpu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint64NoValStruct, data)

        def_mem_per_cpu = _parse_def_mem_per_cpu(d.pop("DefMemPerCPU", UNSET))


        dependency_parameters = cast(list[str], d.pop("DependencyParameters", UNSET))


        eio_timeout = d.pop("EioTimeout", UNSET)

        enforce_part_limits = cast(list[str], d.pop("EnforcePartLimits", UNSET))


        epilog = cast(list[str], d.pop("Epilog", UNSET))


        epilog_msg_time = d.pop("EpilogMsgTime", UNSET)

        epilog_slurmctld = cast(list[str], d.pop("EpilogSlurmctld", UNSET))


        def _parse_epilog_timeout(data: object) -> None | Unset | V0045Uint16NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                epilog_timeout_type_0 = V0045Uint16NoValStruct.from_dict(data)



                return epilog_timeout_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint16NoValStruct, data)

        epilog_timeout = _parse_epilog_timeout(d.pop("EpilogTimeout", UNSET))


        fair_share_dampening_factor = d.pop("FairShareDampeningFactor", UNSET)

        federation_parameters = cast(list[str], d.pop("FederationParameters", UNSET))


        first_job_id = d.pop("FirstJobId", UNSET)

        get_name_info_cache_timeout = d.pop("GetNameInfoCacheTimeout", UNSET)

        gpu_freq_def = d.pop("GpuFreqDef", UNSET)

        gres_types = cast(list[str], d.pop("GresTypes", UNSET))


        group_update_force = d.pop("GroupUpdateForce", UNSET)

        group_update_time = d.pop("GroupUpdateTime", UNSET)

        hash_plugin = d.pop("HashPlugin", UNSET)

        health_check_interval = d.pop("HealthCheckInterval", UNSET)

        health_check_node_state = cast(list[str], d.pop("HealthCheckNodeState", UNSET))


        health_check_program = d.pop("HealthCheckProgram", UNSET)

        health_check_timeout = d.pop("HealthCheckTimeout", UNSET)

        host_unreach_retry_count = d.pop("HostUnreachRetryCount", UNSET)

        http_parser_type = d.pop("HttpParserType", UNSET)

        inactive_limit = d.pop("InactiveLimit", UNSET)

        interactive_step_options = d.pop("InteractiveStepOptions", UNSET)

        job_acct_gather_frequency = cast(list[str], d.pop("JobAcctGatherFrequency", UNSET))


        job_acct_gather_params = cast(list[str], d.pop("JobAcctGatherParams", UNSET))


        job_acct_gather_type = d.pop("JobAcctGatherType", UNSET)

        job_acct_oom_kill = d.pop("JobAcctOomKill", UNSET)

        job_comp_host = d.pop("JobCompHost", UNSET)

        job_comp_loc = d.pop("JobCompLoc", UNSET)

        job_comp_params = d.pop("JobCompParams", UNSET)

        job_comp_port = d.pop("JobCompPort", UNSET)

        job_comp_type = d.pop("JobCompType", UNSET)

        job_comp_user = d.pop("JobCompUser", UNSET)

        _job_defaults = d.pop("JobDefaults", UNSET)
        job_defaults: list[V0045JobDefaults] | Unset = UNSET
        if _job_defaults is not UNSET:
            job_defaults = []
            for componentsschemasv0_0_45_job_defaults_list_item_data in _job_defaults:
                componentsschemasv0_0_45_job_defaults_list_item = V0045JobDefaults.from_dict(componentsschemasv0_0_45_job_defaults_list_item_data)



                job_defaults.append(componentsschemasv0_0_45_job_defaults_list_item)


        job_file_append = d.pop("JobFileAppend", UNSET)

        job_requeue = d.pop("JobRequeue", UNSET)

        job_submit_plugins = cast(list[str], d.pop("JobSubmitPlugins", UNSET))


        keepalive_interval = d.pop("KeepaliveInterval", UNSET)

        keepalive_probes = d.pop("KeepaliveProbes", UNSET)

        keepalive_time = d.pop("KeepaliveTime", UNSET)

        kill_on_bad_exit = d.pop("KillOnBadExit", UNSET)

        kill_wait = d.pop("KillWait", UNSET)

        launch_parameters = cast(list[str], d.pop("LaunchParameters", UNSET))


        license_parameters = cast(list[str], d.pop("LicenseParameters", UNSET))


        licenses = cast(list[str], d.pop("Licenses", UNSET))


        log_time_format = d.pop("LogTimeFormat", UNSET)

        mcs_parameters = cast(list[str], d.pop("MCSParameters", UNSET))


        mcs_plugin = d.pop("MCSPlugin", UNSET)

        mail_domain = d.pop("MailDomain", UNSET)

        mail_prog = d.pop("MailProg", UNSET)

        max_array_size = d.pop("MaxArraySize", UNSET)

        max_batch_requeue = d.pop("MaxBatchRequeue", UNSET)

        max_dbd_msgs = d.pop("MaxDBDMsgs", UNSET)

        max_job_count = d.pop("MaxJobCount", UNSET)

        max_job_id = d.pop("MaxJobId", UNSET)

        def _parse_max_mem_per_cpu(data: object) -> None | Unset | V0045Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                max_mem_per_cpu_type_0 = V0045Uint64NoValStruct.from_dict(data)



                return max_mem_per_cpu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint64NoValStruct, data)

        max_mem_per_cpu = _parse_max_mem_per_cpu(d.pop("MaxMemPerCPU", UNSET))


        max_node_count = d.pop("MaxNodeCount", UNSET)

        max_step_count = d.pop("MaxStepCount", UNSET)

        max_tasks_per_node = d.pop("MaxTasksPerNode", UNSET)

        message_timeout = d.pop("MessageTimeout", UNSET)

        metrics_auth_users = cast(list[str], d.pop("MetricsAuthUsers", UNSET))


        metrics_parameters = cast(list[str], d.pop("MetricsParameters", UNSET))


        metrics_type = d.pop("MetricsType", UNSET)

        min_job_age = d.pop("MinJobAge", UNSET)

        mpi_default = d.pop("MpiDefault", UNSET)

        mpi_params = cast(list[str], d.pop("MpiParams", UNSET))


        namespace_type = d.pop("NamespaceType", UNSET)

        node_features_plugins = cast(list[str], d.pop("NodeFeaturesPlugins", UNSET))


        over_time_limit = d.pop("OverTimeLimit", UNSET)

        plug_stack_config = d.pop("PlugStackConfig", UNSET)

        plugin_dir = d.pop("PluginDir", UNSET)

        pr_ep_parameters = d.pop("PrEpParameters", UNSET)

        pr_ep_plugins = cast(list[str], d.pop("PrEpPlugins", UNSET))


        def _parse_preempt_exempt_time(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preempt_exempt_time_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return preempt_exempt_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        preempt_exempt_time = _parse_preempt_exempt_time(d.pop("PreemptExemptTime", UNSET))


        preempt_mode = cast(list[str], d.pop("PreemptMode", UNSET))


        preempt_parameters = cast(list[str], d.pop("PreemptParameters", UNSET))


        preempt_type = d.pop("PreemptType", UNSET)

        priority_calc_period = d.pop("PriorityCalcPeriod", UNSET)

        priority_decay_half_life = d.pop("PriorityDecayHalfLife", UNSET)

        priority_favor_small = d.pop("PriorityFavorSmall", UNSET)

        priority_flags = cast(list[str], d.pop("PriorityFlags", UNSET))


        priority_max_age = d.pop("PriorityMaxAge", UNSET)

        priority_parameters = d.pop("PriorityParameters", UNSET)

        priority_site_factor_parameters = d.pop("PrioritySiteFactorParameters", UNSET)

        priority_site_factor_plugin = d.pop("PrioritySiteFactorPlugin", UNSET)

        priority_type = d.pop("PriorityType", UNSET)

        priority_usage_reset_period = d.pop("PriorityUsageResetPeriod", UNSET)

        priority_weight_age = d.pop("PriorityWeightAge", UNSET)

        priority_weight_assoc = d.pop("PriorityWeightAssoc", UNSET)

        priority_weight_fairshare = d.pop("PriorityWeightFairshare", UNSET)

        priority_weight_job_size = d.pop("PriorityWeightJobSize", UNSET)

        priority_weight_partition = d.pop("PriorityWeightPartition", UNSET)

        priority_weight_qos = d.pop("PriorityWeightQOS", UNSET)

        priority_weight_tres = d.pop("PriorityWeightTRES", UNSET)

        private_data = cast(list[str], d.pop("PrivateData", UNSET))


        proctrack_type = d.pop("ProctrackType", UNSET)

        prolog = cast(list[str], d.pop("Prolog", UNSET))


        prolog_flags = cast(list[str], d.pop("PrologFlags", UNSET))


        prolog_slurmctld = cast(list[str], d.pop("PrologSlurmctld", UNSET))


        def _parse_prolog_timeout(data: object) -> None | Unset | V0045Uint16NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prolog_timeout_type_0 = V0045Uint16NoValStruct.from_dict(data)



                return prolog_timeout_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint16NoValStruct, data)

        prolog_timeout = _parse_prolog_timeout(d.pop("PrologTimeout", UNSET))


        propagate_prio_process = d.pop("PropagatePrioProcess", UNSET)

        propagate_resource_limits = cast(list[str], d.pop("PropagateResourceLimits", UNSET))


        propagate_resource_limits_except = cast(list[str], d.pop("PropagateResourceLimitsExcept", UNSET))


        reboot_program = d.pop("RebootProgram", UNSET)

        reconfig_flags = cast(list[str], d.pop("ReconfigFlags", UNSET))


        requeue_exit = cast(list[str], d.pop("RequeueExit", UNSET))


        requeue_exit_hold = cast(list[str], d.pop("RequeueExitHold", UNSET))


        resume_fail_program = d.pop("ResumeFailProgram", UNSET)

        resume_program = d.pop("ResumeProgram", UNSET)

        resume_rate = d.pop("ResumeRate", UNSET)

        resume_timeout = d.pop("ResumeTimeout", UNSET)

        resv_epilog = d.pop("ResvEpilog", UNSET)

        resv_over_run = d.pop("ResvOverRun", UNSET)

        resv_prolog = d.pop("ResvProlog", UNSET)

        return_to_service = d.pop("ReturnToService", UNSET)

        scheduler_parameters = cast(list[str], d.pop("SchedulerParameters", UNSET))


        scheduler_time_slice = d.pop("SchedulerTimeSlice", UNSET)

        scheduler_type = d.pop("SchedulerType", UNSET)

        scron_parameters = cast(list[str], d.pop("ScronParameters", UNSET))


        select_type = d.pop("SelectType", UNSET)

        select_type_parameters = cast(list[str], d.pop("SelectTypeParameters", UNSET))


        slurm_sched_log_file = d.pop("SlurmSchedLogFile", UNSET)

        slurm_sched_log_level = d.pop("SlurmSchedLogLevel", UNSET)

        slurm_user = d.pop("SlurmUser", UNSET)

        slurm_user_id = d.pop("SlurmUserId", UNSET)

        slurmctld_addr = d.pop("SlurmctldAddr", UNSET)

        slurmctld_debug = d.pop("SlurmctldDebug", UNSET)

        slurmctld_http_auth_params = cast(list[str], d.pop("SlurmctldHttpAuthParams", UNSET))


        slurmctld_log_file = d.pop("SlurmctldLogFile", UNSET)

        slurmctld_parameters = cast(list[str], d.pop("SlurmctldParameters", UNSET))


        slurmctld_pid_file = d.pop("SlurmctldPidFile", UNSET)

        slurmctld_port = d.pop("SlurmctldPort", UNSET)

        slurmctld_port_count = d.pop("SlurmctldPortCount", UNSET)

        slurmctld_primary_off_prog = d.pop("SlurmctldPrimaryOffProg", UNSET)

        slurmctld_primary_on_prog = d.pop("SlurmctldPrimaryOnProg", UNSET)

        slurmctld_syslog_debug = d.pop("SlurmctldSyslogDebug", UNSET)

        slurmctld_timeout = d.pop("SlurmctldTimeout", UNSET)

        slurmd_debug = d.pop("SlurmdDebug", UNSET)

        slurmd_http_auth_params = cast(list[str], d.pop("SlurmdHttpAuthParams", UNSET))


        slurmd_log_file = d.pop("SlurmdLogFile", UNSET)

        slurmd_parameters = cast(list[str], d.pop("SlurmdParameters", UNSET))


        slurmd_parameters_flags = cast(list[str], d.pop("SlurmdParametersFlags", UNSET))


        slurmd_pid_file = d.pop("SlurmdPidFile", UNSET)

        slurmd_port = d.pop("SlurmdPort", UNSET)

        slurmd_spool_dir = d.pop("SlurmdSpoolDir", UNSET)

        slurmd_syslog_debug = d.pop("SlurmdSyslogDebug", UNSET)

        slurmd_timeout = d.pop("SlurmdTimeout", UNSET)

        slurmd_user = d.pop("SlurmdUser", UNSET)

        slurmd_user_id = d.pop("SlurmdUserId", UNSET)

        srun_epilog = d.pop("SrunEpilog", UNSET)

        def _parse_srun_port_range(data: object) -> None | Unset | V0045PortRange:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                srun_port_range_type_0 = V0045PortRange.from_dict(data)



                return srun_port_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045PortRange, data)

        srun_port_range = _parse_srun_port_range(d.pop("SrunPortRange", UNSET))


        srun_prolog = d.pop("SrunProlog", UNSET)

        state_save_location = d.pop("StateSaveLocation", UNSET)

        suspend_exc_nodes = cast(list[str], d.pop("SuspendExcNodes", UNSET))


        suspend_exc_parts = cast(list[str], d.pop("SuspendExcParts", UNSET))


        suspend_exc_states = cast(list[str], d.pop("SuspendExcStates", UNSET))


        suspend_program = d.pop("SuspendProgram", UNSET)

        suspend_rate = d.pop("SuspendRate", UNSET)

        def _parse_suspend_time(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                suspend_time_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return suspend_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        suspend_time = _parse_suspend_time(d.pop("SuspendTime", UNSET))


        suspend_timeout = d.pop("SuspendTimeout", UNSET)

        switch_parameters = cast(list[str], d.pop("SwitchParameters", UNSET))


        switch_type = d.pop("SwitchType", UNSET)

        tcp_timeout = d.pop("TCPTimeout", UNSET)

        tls_parameters = cast(list[str], d.pop("TLSParameters", UNSET))


        tls_type = d.pop("TLSType", UNSET)

        task_epilog = d.pop("TaskEpilog", UNSET)

        task_plugin = cast(list[str], d.pop("TaskPlugin", UNSET))


        task_plugin_param = cast(list[str], d.pop("TaskPluginParam", UNSET))


        task_prolog = d.pop("TaskProlog", UNSET)

        tmp_fs = d.pop("TmpFS", UNSET)

        topology_param = cast(list[str], d.pop("TopologyParam", UNSET))


        topology_plugin = d.pop("TopologyPlugin", UNSET)

        tree_width = d.pop("TreeWidth", UNSET)

        unkillable_step_program = d.pop("UnkillableStepProgram", UNSET)

        unkillable_step_timeout = d.pop("UnkillableStepTimeout", UNSET)

        url_parser_type = d.pop("UrlParserType", UNSET)

        v_size_factor = d.pop("VSizeFactor", UNSET)

        wait_time = d.pop("WaitTime", UNSET)

        x11_parameters = cast(list[str], d.pop("X11Parameters", UNSET))


        _controllers = d.pop("controllers", UNSET)
        controllers: list[V0045Controller] | Unset = UNSET
        if _controllers is not UNSET:
            controllers = []
            for componentsschemasv0_0_45_controllers_array_item_data in _controllers:
                componentsschemasv0_0_45_controllers_array_item = V0045Controller.from_dict(componentsschemasv0_0_45_controllers_array_item_data)



                controllers.append(componentsschemasv0_0_45_controllers_array_item)


        v0045_slurm_conf = cls(
            accounting_storage_backup_host=accounting_storage_backup_host,
            accounting_storage_enforce=accounting_storage_enforce,
            accounting_storage_external_host=accounting_storage_external_host,
            accounting_storage_host=accounting_storage_host,
            accounting_storage_parameters=accounting_storage_parameters,
            accounting_storage_port=accounting_storage_port,
            accounting_storage_tres=accounting_storage_tres,
            accounting_storage_type=accounting_storage_type,
            accounting_store_flags=accounting_store_flags,
            acct_gather_energy_type=acct_gather_energy_type,
            acct_gather_filesystem_type=acct_gather_filesystem_type,
            acct_gather_interconnect_type=acct_gather_interconnect_type,
            acct_gather_node_freq=acct_gather_node_freq,
            acct_gather_profile_type=acct_gather_profile_type,
            auth_alt_parameters=auth_alt_parameters,
            auth_alt_types=auth_alt_types,
            auth_info=auth_info,
            auth_type=auth_type,
            batch_start_timeout=batch_start_timeout,
            bcast_exclude=bcast_exclude,
            bcast_parameters=bcast_parameters,
            burst_buffer_type=burst_buffer_type,
            certgen_parameters=certgen_parameters,
            certgen_type=certgen_type,
            certmgr_parameters=certmgr_parameters,
            certmgr_type=certmgr_type,
            cli_filter_parameters=cli_filter_parameters,
            cli_filter_plugins=cli_filter_plugins,
            cluster_name=cluster_name,
            communication_parameters=communication_parameters,
            communication_parameters_flags=communication_parameters_flags,
            complete_wait=complete_wait,
            conf_flags=conf_flags,
            cpu_freq_def=cpu_freq_def,
            cpu_freq_governors=cpu_freq_governors,
            cred_type=cred_type,
            data_parser_parameters=data_parser_parameters,
            debug_flags=debug_flags,
            def_mem_per_cpu=def_mem_per_cpu,
            dependency_parameters=dependency_parameters,
            eio_timeout=eio_timeout,
            enforce_part_limits=enforce_part_limits,
            epilog=epilog,
            epilog_msg_time=epilog_msg_time,
            epilog_slurmctld=epilog_slurmctld,
            epilog_timeout=epilog_timeout,
            fair_share_dampening_factor=fair_share_dampening_factor,
            federation_parameters=federation_parameters,
            first_job_id=first_job_id,
            get_name_info_cache_timeout=get_name_info_cache_timeout,
            gpu_freq_def=gpu_freq_def,
            gres_types=gres_types,
            group_update_force=group_update_force,
            group_update_time=group_update_time,
            hash_plugin=hash_plugin,
            health_check_interval=health_check_interval,
            health_check_node_state=health_check_node_state,
            health_check_program=health_check_program,
            health_check_timeout=health_check_timeout,
            host_unreach_retry_count=host_unreach_retry_count,
            http_parser_type=http_parser_type,
            inactive_limit=inactive_limit,
            interactive_step_options=interactive_step_options,
            job_acct_gather_frequency=job_acct_gather_frequency,
            job_acct_gather_params=job_acct_gather_params,
            job_acct_gather_type=job_acct_gather_type,
            job_acct_oom_kill=job_acct_oom_kill,
            job_comp_host=job_comp_host,
            job_comp_loc=job_comp_loc,
            job_comp_params=job_comp_params,
            job_comp_port=job_comp_port,
            job_comp_type=job_comp_type,
            job_comp_user=job_comp_user,
            job_defaults=job_defaults,
            job_file_append=job_file_append,
            job_requeue=job_requeue,
            job_submit_plugins=job_submit_plugins,
            keepalive_interval=keepalive_interval,
            keepalive_probes=keepalive_probes,
            keepalive_time=keepalive_time,
            kill_on_bad_exit=kill_on_bad_exit,
            kill_wait=kill_wait,
            launch_parameters=launch_parameters,
            license_parameters=license_parameters,
            licenses=licenses,
            log_time_format=log_time_format,
            mcs_parameters=mcs_parameters,
            mcs_plugin=mcs_plugin,
            mail_domain=mail_domain,
            mail_prog=mail_prog,
            max_array_size=max_array_size,
            max_batch_requeue=max_batch_requeue,
            max_dbd_msgs=max_dbd_msgs,
            max_job_count=max_job_count,
            max_job_id=max_job_id,
            max_mem_per_cpu=max_mem_per_cpu,
            max_node_count=max_node_count,
            max_step_count=max_step_count,
            max_tasks_per_node=max_tasks_per_node,
            message_timeout=message_timeout,
            metrics_auth_users=metrics_auth_users,
            metrics_parameters=metrics_parameters,
            metrics_type=metrics_type,
            min_job_age=min_job_age,
            mpi_default=mpi_default,
            mpi_params=mpi_params,
            namespace_type=namespace_type,
            node_features_plugins=node_features_plugins,
            over_time_limit=over_time_limit,
            plug_stack_config=plug_stack_config,
            plugin_dir=plugin_dir,
            pr_ep_parameters=pr_ep_parameters,
            pr_ep_plugins=pr_ep_plugins,
            preempt_exempt_time=preempt_exempt_time,
            preempt_mode=preempt_mode,
            preempt_parameters=preempt_parameters,
            preempt_type=preempt_type,
            priority_calc_period=priority_calc_period,
            priority_decay_half_life=priority_decay_half_life,
            priority_favor_small=priority_favor_small,
            priority_flags=priority_flags,
            priority_max_age=priority_max_age,
            priority_parameters=priority_parameters,
            priority_site_factor_parameters=priority_site_factor_parameters,
            priority_site_factor_plugin=priority_site_factor_plugin,
            priority_type=priority_type,
            priority_usage_reset_period=priority_usage_reset_period,
            priority_weight_age=priority_weight_age,
            priority_weight_assoc=priority_weight_assoc,
            priority_weight_fairshare=priority_weight_fairshare,
            priority_weight_job_size=priority_weight_job_size,
            priority_weight_partition=priority_weight_partition,
            priority_weight_qos=priority_weight_qos,
            priority_weight_tres=priority_weight_tres,
            private_data=private_data,
            proctrack_type=proctrack_type,
            prolog=prolog,
            prolog_flags=prolog_flags,
            prolog_slurmctld=prolog_slurmctld,
            prolog_timeout=prolog_timeout,
            propagate_prio_process=propagate_prio_process,
            propagate_resource_limits=propagate_resource_limits,
            propagate_resource_limits_except=propagate_resource_limits_except,
            reboot_program=reboot_program,
            reconfig_flags=reconfig_flags,
            requeue_exit=requeue_exit,
            requeue_exit_hold=requeue_exit_hold,
            resume_fail_program=resume_fail_program,
            resume_program=resume_program,
            resume_rate=resume_rate,
            resume_timeout=resume_timeout,
            resv_epilog=resv_epilog,
            resv_over_run=resv_over_run,
            resv_prolog=resv_prolog,
            return_to_service=return_to_service,
            scheduler_parameters=scheduler_parameters,
            scheduler_time_slice=scheduler_time_slice,
            scheduler_type=scheduler_type,
            scron_parameters=scron_parameters,
            select_type=select_type,
            select_type_parameters=select_type_parameters,
            slurm_sched_log_file=slurm_sched_log_file,
            slurm_sched_log_level=slurm_sched_log_level,
            slurm_user=slurm_user,
            slurm_user_id=slurm_user_id,
            slurmctld_addr=slurmctld_addr,
            slurmctld_debug=slurmctld_debug,
            slurmctld_http_auth_params=slurmctld_http_auth_params,
            slurmctld_log_file=slurmctld_log_file,
            slurmctld_parameters=slurmctld_parameters,
            slurmctld_pid_file=slurmctld_pid_file,
            slurmctld_port=slurmctld_port,
            slurmctld_port_count=slurmctld_port_count,
            slurmctld_primary_off_prog=slurmctld_primary_off_prog,
            slurmctld_primary_on_prog=slurmctld_primary_on_prog,
            slurmctld_syslog_debug=slurmctld_syslog_debug,
            slurmctld_timeout=slurmctld_timeout,
            slurmd_debug=slurmd_debug,
            slurmd_http_auth_params=slurmd_http_auth_params,
            slurmd_log_file=slurmd_log_file,
            slurmd_parameters=slurmd_parameters,
            slurmd_parameters_flags=slurmd_parameters_flags,
            slurmd_pid_file=slurmd_pid_file,
            slurmd_port=slurmd_port,
            slurmd_spool_dir=slurmd_spool_dir,
            slurmd_syslog_debug=slurmd_syslog_debug,
            slurmd_timeout=slurmd_timeout,
            slurmd_user=slurmd_user,
            slurmd_user_id=slurmd_user_id,
            srun_epilog=srun_epilog,
            srun_port_range=srun_port_range,
            srun_prolog=srun_prolog,
            state_save_location=state_save_location,
            suspend_exc_nodes=suspend_exc_nodes,
            suspend_exc_parts=suspend_exc_parts,
            suspend_exc_states=suspend_exc_states,
            suspend_program=suspend_program,
            suspend_rate=suspend_rate,
            suspend_time=suspend_time,
            suspend_timeout=suspend_timeout,
            switch_parameters=switch_parameters,
            switch_type=switch_type,
            tcp_timeout=tcp_timeout,
            tls_parameters=tls_parameters,
            tls_type=tls_type,
            task_epilog=task_epilog,
            task_plugin=task_plugin,
            task_plugin_param=task_plugin_param,
            task_prolog=task_prolog,
            tmp_fs=tmp_fs,
            topology_param=topology_param,
            topology_plugin=topology_plugin,
            tree_width=tree_width,
            unkillable_step_program=unkillable_step_program,
            unkillable_step_timeout=unkillable_step_timeout,
            url_parser_type=url_parser_type,
            v_size_factor=v_size_factor,
            wait_time=wait_time,
            x11_parameters=x11_parameters,
            controllers=controllers,
        )


        v0045_slurm_conf.additional_properties = d
        return v0045_slurm_conf

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
