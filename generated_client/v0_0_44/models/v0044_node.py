from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0044_acct_gather_energy import V0044AcctGatherEnergy
  from ..models.v0044_node_external_sensors_type_0 import V0044NodeExternalSensorsType0
  from ..models.v0044_node_power_type_0 import V0044NodePowerType0
  from ..models.v0044_uint_64_no_val_struct import V0044Uint64NoValStruct





T = TypeVar("T", bound="V0044Node")



@_attrs_define
class V0044Node:
    """ 
        Attributes:
            active_features (list[str] | Unset):
            address (str | Unset): NodeAddr, used to establish a communication path
            alloc_cpus (int | Unset): Total number of CPUs currently allocated for jobs
            alloc_idle_cpus (int | Unset): Total number of idle CPUs
            alloc_memory (int | Unset): Total memory in MB currently allocated for jobs
            architecture (str | Unset): Computer architecture
            boards (int | Unset): Number of Baseboards in nodes with a baseboard controller
            boot_time (None | Unset | V0044Uint64NoValStruct): Time when the node booted (UNIX timestamp) (UNIX timestamp or
                time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit
                integer number with flags)
            burstbuffer_network_address (str | Unset): Alternate network path to be used for sbcast network traffic
            cert_flags (list[str] | Unset): Certmgr status flags
            cluster_name (str | Unset): Cluster name (only set in federated environments)
            comment (str | Unset): Arbitrary comment
            cores (int | Unset): Number of cores in a single physical processor socket
            cpu_binding (int | Unset): Default method for binding tasks to allocated CPUs
            cpu_load (int | Unset): CPU load as reported by the OS
            cpus (int | Unset): Total CPUs, including cores and threads
            effective_cpus (int | Unset): Number of effective CPUs (excluding specialized CPUs)
            energy (None | Unset | V0044AcctGatherEnergy): Energy usage data
            external_sensors (None | Unset | V0044NodeExternalSensorsType0):
            extra (str | Unset): Arbitrary string used for node filtering if extra constraints are enabled
            features (list[str] | Unset):
            free_mem (None | Unset | V0044Uint64NoValStruct): Total memory in MB currently free as reported by the OS (64
                bit integer number with flags)
            gpu_spec (str | Unset): CPU cores reserved for jobs that also use a GPU
            gres (str | Unset): Generic resources
            gres_drained (str | Unset): Drained generic resources
            gres_used (str | Unset): Generic resources currently in use
            hostname (str | Unset): NodeHostname
            instance_id (str | Unset): Cloud instance ID
            instance_type (str | Unset): Cloud instance type
            last_busy (None | Unset | V0044Uint64NoValStruct): Time when the node was last busy (UNIX timestamp) (UNIX
                timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset)
                (64 bit integer number with flags)
            mcs_label (str | Unset): Multi-Category Security label
            name (str | Unset): NodeName
            next_state_after_reboot (list[str] | Unset): The state the node will be assigned after rebooting
            operating_system (str | Unset): Operating system reported by the node
            owner (str | Unset): User allowed to run jobs on this node (unset if no restriction)
            partitions (list[str] | Unset):
            port (int | Unset): TCP port number of the slurmd
            power (None | Unset | V0044NodePowerType0):
            real_memory (int | Unset): Total memory in MB on the node
            reason (str | Unset): Describes why the node is in a "DOWN", "DRAINED", "DRAINING", "FAILING" or "FAIL" state
            reason_changed_at (None | Unset | V0044Uint64NoValStruct): When the reason changed (UNIX timestamp) (UNIX
                timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset)
                (64 bit integer number with flags)
            reason_set_by_user (str | Unset): User who set the reason
            res_cores_per_gpu (int | Unset): Number of CPU cores per GPU restricted to GPU jobs
            reservation (str | Unset): Name of reservation containing this node
            resume_after (None | Unset | V0044Uint64NoValStruct): Number of seconds after the node's state is updated to
                "DOWN" or "DRAIN" before scheduling a node state resume (UNIX timestamp or time string recognized by Slurm
                (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags)
            slurmd_start_time (None | Unset | V0044Uint64NoValStruct): Time when the slurmd started (UNIX timestamp) (UNIX
                timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset)
                (64 bit integer number with flags)
            sockets (int | Unset): Number of physical processor sockets/chips on the node
            specialized_cores (int | Unset): Number of cores reserved for system use
            specialized_cpus (str | Unset): Abstract CPU IDs on this node reserved for exclusive use by slurmd and
                slurmstepd
            specialized_memory (int | Unset): Combined memory limit, in MB, for Slurm compute node daemons
            state (list[str] | Unset): Node state(s) applicable to this node
            temporary_disk (int | Unset): Total size in MB of temporary disk storage in TmpFS
            threads (int | Unset): Number of logical threads in a single physical core
            tls_cert_last_renewal (None | Unset | V0044Uint64NoValStruct): Time when TLS certificate was created (UNIX
                timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset)
                (64 bit integer number with flags)
            topology (str | Unset): Topology
            tres (str | Unset): Configured trackable resources
            tres_used (str | Unset): Trackable resources currently allocated for jobs
            tres_weighted (float | Unset): Ignored. Was weighted number of billable trackable resources allocated
            version (str | Unset): Slurmd version
            weight (int | Unset): Weight of the node for scheduling purposes
     """

    active_features: list[str] | Unset = UNSET
    address: str | Unset = UNSET
    alloc_cpus: int | Unset = UNSET
    alloc_idle_cpus: int | Unset = UNSET
    alloc_memory: int | Unset = UNSET
    architecture: str | Unset = UNSET
    boards: int | Unset = UNSET
    boot_time: None | Unset | V0044Uint64NoValStruct = UNSET
    burstbuffer_network_address: str | Unset = UNSET
    cert_flags: list[str] | Unset = UNSET
    cluster_name: str | Unset = UNSET
    comment: str | Unset = UNSET
    cores: int | Unset = UNSET
    cpu_binding: int | Unset = UNSET
    cpu_load: int | Unset = UNSET
    cpus: int | Unset = UNSET
    effective_cpus: int | Unset = UNSET
    energy: None | Unset | V0044AcctGatherEnergy = UNSET
    external_sensors: None | Unset | V0044NodeExternalSensorsType0 = UNSET
    extra: str | Unset = UNSET
    features: list[str] | Unset = UNSET
    free_mem: None | Unset | V0044Uint64NoValStruct = UNSET
    gpu_spec: str | Unset = UNSET
    gres: str | Unset = UNSET
    gres_drained: str | Unset = UNSET
    gres_used: str | Unset = UNSET
    hostname: str | Unset = UNSET
    instance_id: str | Unset = UNSET
    instance_type: str | Unset = UNSET
    last_busy: None | Unset | V0044Uint64NoValStruct = UNSET
    mcs_label: str | Unset = UNSET
    name: str | Unset = UNSET
    next_state_after_reboot: list[str] | Unset = UNSET
    operating_system: str | Unset = UNSET
    owner: str | Unset = UNSET
    partitions: list[str] | Unset = UNSET
    port: int | Unset = UNSET
    power: None | Unset | V0044NodePowerType0 = UNSET
    real_memory: int | Unset = UNSET
    reason: str | Unset = UNSET
    reason_changed_at: None | Unset | V0044Uint64NoValStruct = UNSET
    reason_set_by_user: str | Unset = UNSET
    res_cores_per_gpu: int | Unset = UNSET
    reservation: str | Unset = UNSET
    resume_after: None | Unset | V0044Uint64NoValStruct = UNSET
    slurmd_start_time: None | Unset | V0044Uint64NoValStruct = UNSET
    sockets: int | Unset = UNSET
    specialized_cores: int | Unset = UNSET
    specialized_cpus: str | Unset = UNSET
    specialized_memory: int | Unset = UNSET
    state: list[str] | Unset = UNSET
    temporary_disk: int | Unset = UNSET
    threads: int | Unset = UNSET
    tls_cert_last_renewal: None | Unset | V0044Uint64NoValStruct = UNSET
    topology: str | Unset = UNSET
    tres: str | Unset = UNSET
    tres_used: str | Unset = UNSET
    tres_weighted: float | Unset = UNSET
    version: str | Unset = UNSET
    weight: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0044_acct_gather_energy import V0044AcctGatherEnergy # noqa: PLC0415
        from ..models.v0044_node_external_sensors_type_0 import V0044NodeExternalSensorsType0 # noqa: PLC0415
        from ..models.v0044_node_power_type_0 import V0044NodePowerType0 # noqa: PLC0415
        from ..models.v0044_uint_64_no_val_struct import V0044Uint64NoValStruct # noqa: PLC0415
        active_features: list[str] | Unset = UNSET
        if not isinstance(self.active_features, Unset):
            active_features = self.active_features



        address = self.address

        alloc_cpus = self.alloc_cpus

        alloc_idle_cpus = self.alloc_idle_cpus

        alloc_memory = self.alloc_memory

        architecture = self.architecture

        boards = self.boards

        boot_time: dict[str, Any] | None | Unset
        if isinstance(self.boot_time, Unset):
            boot_time = UNSET
        elif isinstance(self.boot_time, V0044Uint64NoValStruct):
            boot_time = self.boot_time.to_dict()
        else:
            boot_time = self.boot_time

        burstbuffer_network_address = self.burstbuffer_network_address

        cert_flags: list[str] | Unset = UNSET
        if not isinstance(self.cert_flags, Unset):
            cert_flags = self.cert_flags



        cluster_name = self.cluster_name

        comment = self.comment

        cores = self.cores

        cpu_binding = self.cpu_binding

        cpu_load = self.cpu_load

        cpus = self.cpus

        effective_cpus = self.effective_cpus

        energy: dict[str, Any] | None | Unset
        if isinstance(self.energy, Unset):
            energy = UNSET
        elif isinstance(self.energy, V0044AcctGatherEnergy):
            energy = self.energy.to_dict()
        else:
            energy = self.energy

        external_sensors: dict[str, Any] | None | Unset
        if isinstance(self.external_sensors, Unset):
            external_sensors = UNSET
        elif isinstance(self.external_sensors, V0044NodeExternalSensorsType0):
            external_sensors = self.external_sensors.to_dict()
        else:
            external_sensors = self.external_sensors

        extra = self.extra

        features: list[str] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features



        free_mem: dict[str, Any] | None | Unset
        if isinstance(self.free_mem, Unset):
            free_mem = UNSET
        elif isinstance(self.free_mem, V0044Uint64NoValStruct):
            free_mem = self.free_mem.to_dict()
        else:
            free_mem = self.free_mem

        gpu_spec = self.gpu_spec

        gres = self.gres

        gres_drained = self.gres_drained

        gres_used = self.gres_used

        hostname = self.hostname

        instance_id = self.instance_id

        instance_type = self.instance_type

        last_busy: dict[str, Any] | None | Unset
        if isinstance(self.last_busy, Unset):
            last_busy = UNSET
        elif isinstance(self.last_busy, V0044Uint64NoValStruct):
            last_busy = self.last_busy.to_dict()
        else:
            last_busy = self.last_busy

        mcs_label = self.mcs_label

        name = self.name

        next_state_after_reboot: list[str] | Unset = UNSET
        if not isinstance(self.next_state_after_reboot, Unset):
            next_state_after_reboot = self.next_state_after_reboot



        operating_system = self.operating_system

        owner = self.owner

        partitions: list[str] | Unset = UNSET
        if not isinstance(self.partitions, Unset):
            partitions = self.partitions



        port = self.port

        power: dict[str, Any] | None | Unset
        if isinstance(self.power, Unset):
            power = UNSET
        elif isinstance(self.power, V0044NodePowerType0):
            power = self.power.to_dict()
        else:
            power = self.power

        real_memory = self.real_memory

        reason = self.reason

        reason_changed_at: dict[str, Any] | None | Unset
        if isinstance(self.reason_changed_at, Unset):
            reason_changed_at = UNSET
        elif isinstance(self.reason_changed_at, V0044Uint64NoValStruct):
            reason_changed_at = self.reason_changed_at.to_dict()
        else:
            reason_changed_at = self.reason_changed_at

        reason_set_by_user = self.reason_set_by_user

        res_cores_per_gpu = self.res_cores_per_gpu

        reservation = self.reservation

        resume_after: dict[str, Any] | None | Unset
        if isinstance(self.resume_after, Unset):
            resume_after = UNSET
        elif isinstance(self.resume_after, V0044Uint64NoValStruct):
            resume_after = self.resume_after.to_dict()
        else:
            resume_after = self.resume_after

        slurmd_start_time: dict[str, Any] | None | Unset
        if isinstance(self.slurmd_start_time, Unset):
            slurmd_start_time = UNSET
        elif isinstance(self.slurmd_start_time, V0044Uint64NoValStruct):
            slurmd_start_time = self.slurmd_start_time.to_dict()
        else:
            slurmd_start_time = self.slurmd_start_time

        sockets = self.sockets

        specialized_cores = self.specialized_cores

        specialized_cpus = self.specialized_cpus

        specialized_memory = self.specialized_memory

        state: list[str] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state



        temporary_disk = self.temporary_disk

        threads = self.threads

        tls_cert_last_renewal: dict[str, Any] | None | Unset
        if isinstance(self.tls_cert_last_renewal, Unset):
            tls_cert_last_renewal = UNSET
        elif isinstance(self.tls_cert_last_renewal, V0044Uint64NoValStruct):
            tls_cert_last_renewal = self.tls_cert_last_renewal.to_dict()
        else:
            tls_cert_last_renewal = self.tls_cert_last_renewal

        topology = self.topology

        tres = self.tres

        tres_used = self.tres_used

        tres_weighted = self.tres_weighted

        version = self.version

        weight = self.weight


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if active_features is not UNSET:
            field_dict["active_features"] = active_features
        if address is not UNSET:
            field_dict["address"] = address
        if alloc_cpus is not UNSET:
            field_dict["alloc_cpus"] = alloc_cpus
        if alloc_idle_cpus is not UNSET:
            field_dict["alloc_idle_cpus"] = alloc_idle_cpus
        if alloc_memory is not UNSET:
            field_dict["alloc_memory"] = alloc_memory
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if boards is not UNSET:
            field_dict["boards"] = boards
        if boot_time is not UNSET:
            field_dict["boot_time"] = boot_time
        if burstbuffer_network_address is not UNSET:
            field_dict["burstbuffer_network_address"] = burstbuffer_network_address
        if cert_flags is not UNSET:
            field_dict["cert_flags"] = cert_flags
        if cluster_name is not UNSET:
            field_dict["cluster_name"] = cluster_name
        if comment is not UNSET:
            field_dict["comment"] = comment
        if cores is not UNSET:
            field_dict["cores"] = cores
        if cpu_binding is not UNSET:
            field_dict["cpu_binding"] = cpu_binding
        if cpu_load is not UNSET:
            field_dict["cpu_load"] = cpu_load
        if cpus is not UNSET:
            field_dict["cpus"] = cpus
        if effective_cpus is not UNSET:
            field_dict["effective_cpus"] = effective_cpus
        if energy is not UNSET:
            field_dict["energy"] = energy
        if external_sensors is not UNSET:
            field_dict["external_sensors"] = external_sensors
        if extra is not UNSET:
            field_dict["extra"] = extra
        if features is not UNSET:
            field_dict["features"] = features
        if free_mem is not UNSET:
            field_dict["free_mem"] = free_mem
        if gpu_spec is not UNSET:
            field_dict["gpu_spec"] = gpu_spec
        if gres is not UNSET:
            field_dict["gres"] = gres
        if gres_drained is not UNSET:
            field_dict["gres_drained"] = gres_drained
        if gres_used is not UNSET:
            field_dict["gres_used"] = gres_used
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if instance_type is not UNSET:
            field_dict["instance_type"] = instance_type
        if last_busy is not UNSET:
            field_dict["last_busy"] = last_busy
        if mcs_label is not UNSET:
            field_dict["mcs_label"] = mcs_label
        if name is not UNSET:
            field_dict["name"] = name
        if next_state_after_reboot is not UNSET:
            field_dict["next_state_after_reboot"] = next_state_after_reboot
        if operating_system is not UNSET:
            field_dict["operating_system"] = operating_system
        if owner is not UNSET:
            field_dict["owner"] = owner
        if partitions is not UNSET:
            field_dict["partitions"] = partitions
        if port is not UNSET:
            field_dict["port"] = port
        if power is not UNSET:
            field_dict["power"] = power
        if real_memory is not UNSET:
            field_dict["real_memory"] = real_memory
        if reason is not UNSET:
            field_dict["reason"] = reason
        if reason_changed_at is not UNSET:
            field_dict["reason_changed_at"] = reason_changed_at
        if reason_set_by_user is not UNSET:
            field_dict["reason_set_by_user"] = reason_set_by_user
        if res_cores_per_gpu is not UNSET:
            field_dict["res_cores_per_gpu"] = res_cores_per_gpu
        if reservation is not UNSET:
            field_dict["reservation"] = reservation
        if resume_after is not UNSET:
            field_dict["resume_after"] = resume_after
        if slurmd_start_time is not UNSET:
            field_dict["slurmd_start_time"] = slurmd_start_time
        if sockets is not UNSET:
            field_dict["sockets"] = sockets
        if specialized_cores is not UNSET:
            field_dict["specialized_cores"] = specialized_cores
        if specialized_cpus is not UNSET:
            field_dict["specialized_cpus"] = specialized_cpus
        if specialized_memory is not UNSET:
            field_dict["specialized_memory"] = specialized_memory
        if state is not UNSET:
            field_dict["state"] = state
        if temporary_disk is not UNSET:
            field_dict["temporary_disk"] = temporary_disk
        if threads is not UNSET:
            field_dict["threads"] = threads
        if tls_cert_last_renewal is not UNSET:
            field_dict["tls_cert_last_renewal"] = tls_cert_last_renewal
        if topology is not UNSET:
            field_dict["topology"] = topology
        if tres is not UNSET:
            field_dict["tres"] = tres
        if tres_used is not UNSET:
            field_dict["tres_used"] = tres_used
        if tres_weighted is not UNSET:
            field_dict["tres_weighted"] = tres_weighted
        if version is not UNSET:
            field_dict["version"] = version
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0044_acct_gather_energy import V0044AcctGatherEnergy # noqa: PLC0415
        from ..models.v0044_node_external_sensors_type_0 import V0044NodeExternalSensorsType0 # noqa: PLC0415
        from ..models.v0044_node_power_type_0 import V0044NodePowerType0 # noqa: PLC0415
        from ..models.v0044_uint_64_no_val_struct import V0044Uint64NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        active_features = cast(list[str], d.pop("active_features", UNSET))


        address = d.pop("address", UNSET)

        alloc_cpus = d.pop("alloc_cpus", UNSET)

        alloc_idle_cpus = d.pop("alloc_idle_cpus", UNSET)

        alloc_memory = d.pop("alloc_memory", UNSET)

        architecture = d.pop("architecture", UNSET)

        boards = d.pop("boards", UNSET)

        def _parse_boot_time(data: object) -> None | Unset | V0044Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                boot_time_type_0 = V0044Uint64NoValStruct.from_dict(data)



                return boot_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint64NoValStruct, data)

        boot_time = _parse_boot_time(d.pop("boot_time", UNSET))


        burstbuffer_network_address = d.pop("burstbuffer_network_address", UNSET)

        cert_flags = cast(list[str], d.pop("cert_flags", UNSET))


        cluster_name = d.pop("cluster_name", UNSET)

        comment = d.pop("comment", UNSET)

        cores = d.pop("cores", UNSET)

        cpu_binding = d.pop("cpu_binding", UNSET)

        cpu_load = d.pop("cpu_load", UNSET)

        cpus = d.pop("cpus", UNSET)

        effective_cpus = d.pop("effective_cpus", UNSET)

        def _parse_energy(data: object) -> None | Unset | V0044AcctGatherEnergy:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                energy_type_0 = V0044AcctGatherEnergy.from_dict(data)



                return energy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044AcctGatherEnergy, data)

        energy = _parse_energy(d.pop("energy", UNSET))


        def _parse_external_sensors(data: object) -> None | Unset | V0044NodeExternalSensorsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_sensors_type_0 = V0044NodeExternalSensorsType0.from_dict(data)



                return external_sensors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044NodeExternalSensorsType0, data)

        external_sensors = _parse_external_sensors(d.pop("external_sensors", UNSET))


        extra = d.pop("extra", UNSET)

        features = cast(list[str], d.pop("features", UNSET))


        def _parse_free_mem(data: object) -> None | Unset | V0044Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                free_mem_type_0 = V0044Uint64NoValStruct.from_dict(data)



                return free_mem_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint64NoValStruct, data)

        free_mem = _parse_free_mem(d.pop("free_mem", UNSET))


        gpu_spec = d.pop("gpu_spec", UNSET)

        gres = d.pop("gres", UNSET)

        gres_drained = d.pop("gres_drained", UNSET)

        gres_used = d.pop("gres_used", UNSET)

        hostname = d.pop("hostname", UNSET)

        instance_id = d.pop("instance_id", UNSET)

        instance_type = d.pop("instance_type", UNSET)

        def _parse_last_busy(data: object) -> None | Unset | V0044Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_busy_type_0 = V0044Uint64NoValStruct.from_dict(data)



                return last_busy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint64NoValStruct, data)

        last_busy = _parse_last_busy(d.pop("last_busy", UNSET))


        mcs_label = d.pop("mcs_label", UNSET)

        name = d.pop("name", UNSET)

        next_state_after_reboot = cast(list[str], d.pop("next_state_after_reboot", UNSET))


        operating_system = d.pop("operating_system", UNSET)

        owner = d.pop("owner", UNSET)

        partitions = cast(list[str], d.pop("partitions", UNSET))


        port = d.pop("port", UNSET)

        def _parse_power(data: object) -> None | Unset | V0044NodePowerType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                power_type_0 = V0044NodePowerType0.from_dict(data)



                return power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044NodePowerType0, data)

        power = _parse_power(d.pop("power", UNSET))


        real_memory = d.pop("real_memory", UNSET)

        reason = d.pop("reason", UNSET)

        def _parse_reason_changed_at(data: object) -> None | Unset | V0044Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reason_changed_at_type_0 = V0044Uint64NoValStruct.from_dict(data)



                return reason_changed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint64NoValStruct, data)

        reason_changed_at = _parse_reason_changed_at(d.pop("reason_changed_at", UNSET))


        reason_set_by_user = d.pop("reason_set_by_user", UNSET)

        res_cores_per_gpu = d.pop("res_cores_per_gpu", UNSET)

        reservation = d.pop("reservation", UNSET)

        def _parse_resume_after(data: object) -> None | Unset | V0044Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resume_after_type_0 = V0044Uint64NoValStruct.from_dict(data)



                return resume_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint64NoValStruct, data)

        resume_after = _parse_resume_after(d.pop("resume_after", UNSET))


        def _parse_slurmd_start_time(data: object) -> None | Unset | V0044Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                slurmd_start_time_type_0 = V0044Uint64NoValStruct.from_dict(data)



                return slurmd_start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint64NoValStruct, data)

        slurmd_start_time = _parse_slurmd_start_time(d.pop("slurmd_start_time", UNSET))


        sockets = d.pop("sockets", UNSET)

        specialized_cores = d.pop("specialized_cores", UNSET)

        specialized_cpus = d.pop("specialized_cpus", UNSET)

        specialized_memory = d.pop("specialized_memory", UNSET)

        state = cast(list[str], d.pop("state", UNSET))


        temporary_disk = d.pop("temporary_disk", UNSET)

        threads = d.pop("threads", UNSET)

        def _parse_tls_cert_last_renewal(data: object) -> None | Unset | V0044Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tls_cert_last_renewal_type_0 = V0044Uint64NoValStruct.from_dict(data)



                return tls_cert_last_renewal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint64NoValStruct, data)

        tls_cert_last_renewal = _parse_tls_cert_last_renewal(d.pop("tls_cert_last_renewal", UNSET))


        topology = d.pop("topology", UNSET)

        tres = d.pop("tres", UNSET)

        tres_used = d.pop("tres_used", UNSET)

        tres_weighted = d.pop("tres_weighted", UNSET)

        version = d.pop("version", UNSET)

        weight = d.pop("weight", UNSET)

        v0044_node = cls(
            active_features=active_features,
            address=address,
            alloc_cpus=alloc_cpus,
            alloc_idle_cpus=alloc_idle_cpus,
            alloc_memory=alloc_memory,
            architecture=architecture,
            boards=boards,
            boot_time=boot_time,
            burstbuffer_network_address=burstbuffer_network_address,
            cert_flags=cert_flags,
            cluster_name=cluster_name,
            comment=comment,
            cores=cores,
            cpu_binding=cpu_binding,
            cpu_load=cpu_load,
            cpus=cpus,
            effective_cpus=effective_cpus,
            energy=energy,
            external_sensors=external_sensors,
            extra=extra,
            features=features,
            free_mem=free_mem,
            gpu_spec=gpu_spec,
            gres=gres,
            gres_drained=gres_drained,
            gres_used=gres_used,
            hostname=hostname,
            instance_id=instance_id,
            instance_type=instance_type,
            last_busy=last_busy,
            mcs_label=mcs_label,
            name=name,
            next_state_after_reboot=next_state_after_reboot,
            operating_system=operating_system,
            owner=owner,
            partitions=partitions,
            port=port,
            power=power,
            real_memory=real_memory,
            reason=reason,
            reason_changed_at=reason_changed_at,
            reason_set_by_user=reason_set_by_user,
            res_cores_per_gpu=res_cores_per_gpu,
            reservation=reservation,
            resume_after=resume_after,
            slurmd_start_time=slurmd_start_time,
            sockets=sockets,
            specialized_cores=specialized_cores,
            specialized_cpus=specialized_cpus,
            specialized_memory=specialized_memory,
            state=state,
            temporary_disk=temporary_disk,
            threads=threads,
            tls_cert_last_renewal=tls_cert_last_renewal,
            topology=topology,
            tres=tres,
            tres_used=tres_used,
            tres_weighted=tres_weighted,
            version=version,
            weight=weight,
        )


        v0044_node.additional_properties = d
        return v0044_node

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
