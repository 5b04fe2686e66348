from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_array_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemArrayType0
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_association_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemAssociationType0
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_comment_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemCommentType0
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_derived_exit_code_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_exit_code_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemExitCodeType0
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_het_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemHetType0
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_mcs_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemMcsType0
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_priority_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemPriorityType0
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_required_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemRequiredType0
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_reservation_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemReservationType0
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_state_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemStateType0
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_steps_item import V0041OpenapiSlurmdbdJobsRespJobsItemStepsItem
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_time_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemTimeType0
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_tres_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemTresType0
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_wckey_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemWckeyType0





T = TypeVar("T", bound="V0041OpenapiSlurmdbdJobsRespJobsItem")



@_attrs_define
class V0041OpenapiSlurmdbdJobsRespJobsItem:
    """ 
        Attributes:
            account (str | Unset): Account the job ran under
            allocation_nodes (int | Unset): List of nodes allocated to the job
            array (None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemArrayType0):
            association (None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemAssociationType0): Unique identifier for the
                association
            block (str | Unset): The name of the block to be used (used with Blue Gene systems)
            cluster (str | Unset): Cluster name
            comment (None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemCommentType0):
            constraints (str | Unset): Feature(s) the job requested as a constraint
            container (str | Unset): Absolute path to OCI container bundle
            derived_exit_code (None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0): Highest exit code
                of all job steps
            exit_code (None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemExitCodeType0): Exit code
            extra (str | Unset): Arbitrary string used for node filtering if extra constraints are enabled
            failed_node (str | Unset): Name of node that caused job failure
            flags (list[str] | Unset): Flags associated with the job
            group (str | Unset): Group ID of the user that owns the job
            het (None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemHetType0):
            hold (bool | Unset): Hold (true) or release (false) job
            job_id (int | Unset): Job ID
            kill_request_user (str | Unset): User ID that requested termination of the job
            licenses (str | Unset): License(s) required by the job
            mcs (None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemMcsType0):
            name (str | Unset): Job name
            nodes (str | Unset): Node(s) allocated to the job
            partition (str | Unset): Partition assigned to the job
            priority (None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemPriorityType0): Request specific job priority
            qos (str | Unset): Quality of Service assigned to the job
            required (None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemRequiredType0):
            reservation (None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemReservationType0):
            script (str | Unset): Job batch script; only the first component in a HetJob is populated or honored
            state (None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemStateType0):
            stderr (str | Unset): Path to stderr file
            stderr_expanded (str | Unset): Job stderr with expanded fields
            stdin (str | Unset): Path to stdin file
            stdin_expanded (str | Unset): Job stdin with expanded fields
            stdout (str | Unset): Path to stdout file
            stdout_expanded (str | Unset): Job stdout with expanded fields
            steps (list[V0041OpenapiSlurmdbdJobsRespJobsItemStepsItem] | Unset): Individual steps in the job
            submit_line (str | Unset): Command used to submit the job
            time (None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemTimeType0):
            tres (None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemTresType0):
            used_gres (str | Unset): Generic resources used by job
            user (str | Unset): User that owns the job
            wckey (None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemWckeyType0): Workload characterization key
            working_directory (str | Unset): Path to current working directory
     """

    account: str | Unset = UNSET
    allocation_nodes: int | Unset = UNSET
    array: None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemArrayType0 = UNSET
    association: None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemAssociationType0 = UNSET
    block: str | Unset = UNSET
    cluster: str | Unset = UNSET
    comment: None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemCommentType0 = UNSET
    constraints: str | Unset = UNSET
    container: str | Unset = UNSET
    derived_exit_code: None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0 = UNSET
    exit_code: None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemExitCodeType0 = UNSET
    extra: str | Unset = UNSET
    failed_node: str | Unset = UNSET
    flags: list[str] | Unset = UNSET
    group: str | Unset = UNSET
    het: None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemHetType0 = UNSET
    hold: bool | Unset = UNSET
    job_id: int | Unset = UNSET
    kill_request_user: str | Unset = UNSET
    licenses: str | Unset = UNSET
    mcs: None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemMcsType0 = UNSET
    name: str | Unset = UNSET
    nodes: str | Unset = UNSET
    partition: str | Unset = UNSET
    priority: None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemPriorityType0 = UNSET
    qos: str | Unset = UNSET
    required: None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemRequiredType0 = UNSET
    reservation: None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemReservationType0 = UNSET
    script: str | Unset = UNSET
    state: None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemStateType0 = UNSET
    stderr: str | Unset = UNSET
    stderr_expanded: str | Unset = UNSET
    stdin: str | Unset = UNSET
    stdin_expanded: str | Unset = UNSET
    stdout: str | Unset = UNSET
    stdout_expanded: str | Unset = UNSET
    steps: list[V0041OpenapiSlurmdbdJobsRespJobsItemStepsItem] | Unset = UNSET
    submit_line: str | Unset = UNSET
    time: None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemTimeType0 = UNSET
    tres: None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemTresType0 = UNSET
    used_gres: str | Unset = UNSET
    user: str | Unset = UNSET
    wckey: None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemWckeyType0 = UNSET
    working_directory: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_array_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemArrayType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_association_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemAssociationType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_comment_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemCommentType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_derived_exit_code_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_exit_code_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemExitCodeType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_het_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemHetType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_mcs_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemMcsType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_priority_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemPriorityType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_required_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemRequiredType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_reservation_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemReservationType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_state_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemStateType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_steps_item import V0041OpenapiSlurmdbdJobsRespJobsItemStepsItem # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_time_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemTimeType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_tres_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemTresType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_wckey_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemWckeyType0 # noqa: PLC0415
        account = self.account

        allocation_nodes = self.allocation_nodes

        array: dict[str, Any] | None | Unset
        if isinstance(self.array, Unset):
            array = UNSET
        elif isinstance(self.array, V0041OpenapiSlurmdbdJobsRespJobsItemArrayType0):
            array = self.array.to_dict()
        else:
            array = self.array

        association: dict[str, Any] | None | Unset
        if isinstance(self.association, Unset):
            association = UNSET
        elif isinstance(self.association, V0041OpenapiSlurmdbdJobsRespJobsItemAssociationType0):
            association = self.association.to_dict()
        else:
            association = self.association

        block = self.block

        cluster = self.cluster

        comment: dict[str, Any] | None | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        elif isinstance(self.comment, V0041OpenapiSlurmdbdJobsRespJobsItemCommentType0):
            comment = self.comment.to_dict()
        else:
            comment = self.comment

        constraints = self.constraints

        container = self.container

        derived_exit_code: dict[str, Any] | None | Unset
        if isinstance(self.derived_exit_code, Unset):
            derived_exit_code = UNSET
        elif isinstance(self.derived_exit_code, V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0):
            derived_exit_code = self.derived_exit_code.to_dict()
        else:
            derived_exit_code = self.derived_exit_code

        exit_code: dict[str, Any] | None | Unset
        if isinstance(self.exit_code, Unset):
            exit_code = UNSET
        elif isinstance(self.exit_code, V0041OpenapiSlurmdbdJobsRespJobsItemExitCodeType0):
            exit_code = self.exit_code.to_dict()
        else:
            exit_code = self.exit_code

        extra = self.extra

        failed_node = self.failed_node

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        group = self.group

        het: dict[str, Any] | None | Unset
        if isinstance(self.het, Unset):
            het = UNSET
        elif isinstance(self.het, V0041OpenapiSlurmdbdJobsRespJobsItemHetType0):
            het = self.het.to_dict()
        else:
            het = self.het

        hold = self.hold

        job_id = self.job_id

        kill_request_user = self.kill_request_user

        licenses = self.licenses

        mcs: dict[str, Any] | None | Unset
        if isinstance(self.mcs, Unset):
            mcs = UNSET
        elif isinstance(self.mcs, V0041OpenapiSlurmdbdJobsRespJobsItemMcsType0):
            mcs = self.mcs.to_dict()
        else:
            mcs = self.mcs

        name = self.name

        nodes = self.nodes

        partition = self.partition

        priority: dict[str, Any] | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, V0041OpenapiSlurmdbdJobsRespJobsItemPriorityType0):
            priority = self.priority.to_dict()
        else:
            priority = self.priority

        qos = self.qos

        required: dict[str, Any] | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        elif isinstance(self.required, V0041OpenapiSlurmdbdJobsRespJobsItemRequiredType0):
            required = self.required.to_dict()
        else:
            required = self.required

        reservation: dict[str, Any] | None | Unset
        if isinstance(self.reservation, Unset):
            reservation = UNSET
        elif isinstance(self.reservation, V0041OpenapiSlurmdbdJobsRespJobsItemReservationType0):
            reservation = self.reservation.to_dict()
        else:
            reservation = self.reservation

        script = self.script

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, V0041OpenapiSlurmdbdJobsRespJobsItemStateType0):
            state = self.state.to_dict()
        else:
            state = self.state

        stderr = self.stderr

        stderr_expanded = self.stderr_expanded

        stdin = self.stdin

        stdin_expanded = self.stdin_expanded

        stdout = self.stdout

        stdout_expanded = self.stdout_expanded

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)



        submit_line = self.submit_line

        time: dict[str, Any] | None | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        elif isinstance(self.time, V0041OpenapiSlurmdbdJobsRespJobsItemTimeType0):
            time = self.time.to_dict()
        else:
            time = self.time

        tres: dict[str, Any] | None | Unset
        if isinstance(self.tres, Unset):
            tres = UNSET
        elif isinstance(self.tres, V0041OpenapiSlurmdbdJobsRespJobsItemTresType0):
            tres = self.tres.to_dict()
        else:
            tres = self.tres

        used_gres = self.used_gres

        user = self.user

        wckey: dict[str, Any] | None | Unset
        if isinstance(self.wckey, Unset):
            wckey = UNSET
        elif isinstance(self.wckey, V0041OpenapiSlurmdbdJobsRespJobsItemWckeyType0):
            wckey = self.wckey.to_dict()
        else:
            wckey = self.wckey

        working_directory = self.working_directory


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if account is not UNSET:
            field_dict["account"] = account
        if allocation_nodes is not UNSET:
            field_dict["allocation_nodes"] = allocation_nodes
        if array is not UNSET:
            field_dict["array"] = array
        if association is not UNSET:
            field_dict["association"] = association
        if block is not UNSET:
            field_dict["block"] = block
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if comment is not UNSET:
            field_dict["comment"] = comment
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if container is not UNSET:
            field_dict["container"] = container
        if derived_exit_code is not UNSET:
            field_dict["derived_exit_code"] = derived_exit_code
        if exit_code is not UNSET:
            field_dict["exit_code"] = exit_code
        if extra is not UNSET:
            field_dict["extra"] = extra
        if failed_node is not UNSET:
            field_dict["failed_node"] = failed_node
        if flags is not UNSET:
            field_dict["flags"] = flags
        if group is not UNSET:
            field_dict["group"] = group
        if het is not UNSET:
            field_dict["het"] = het
        if hold is not UNSET:
            field_dict["hold"] = hold
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if kill_request_user is not UNSET:
            field_dict["kill_request_user"] = kill_request_user
        if licenses is not UNSET:
            field_dict["licenses"] = licenses
        if mcs is not UNSET:
            field_dict["mcs"] = mcs
        if name is not UNSET:
            field_dict["name"] = name
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if partition is not UNSET:
            field_dict["partition"] = partition
        if priority is not UNSET:
            field_dict["priority"] = priority
        if qos is not UNSET:
            field_dict["qos"] = qos
        if required is not UNSET:
            field_dict["required"] = required
        if reservation is not UNSET:
            field_dict["reservation"] = reservation
        if script is not UNSET:
            field_dict["script"] = script
        if state is not UNSET:
            field_dict["state"] = state
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if stderr_expanded is not UNSET:
            field_dict["stderr_expanded"] = stderr_expanded
        if stdin is not UNSET:
            field_dict["stdin"] = stdin
        if stdin_expanded is not UNSET:
            field_dict["stdin_expanded"] = stdin_expanded
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if stdout_expanded is not UNSET:
            field_dict["stdout_expanded"] = stdout_expanded
        if steps is not UNSET:
            field_dict["steps"] = steps
        if submit_line is not UNSET:
            field_dict["submit_line"] = submit_line
        if time is not UNSET:
            field_dict["time"] = time
        if tres is not UNSET:
            field_dict["tres"] = tres
        if used_gres is not UNSET:
            field_dict["used_gres"] = used_gres
        if user is not UNSET:
            field_dict["user"] = user
        if wckey is not UNSET:
            field_dict["wckey"] = wckey
        if working_directory is not UNSET:
            field_dict["working_directory"] = working_directory

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_array_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemArrayType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_association_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemAssociationType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_comment_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemCommentType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_derived_exit_code_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_exit_code_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemExitCodeType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_het_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemHetType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_mcs_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemMcsType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_priority_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemPriorityType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_required_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemRequiredType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_reservation_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemReservationType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_state_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemStateType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_steps_item import V0041OpenapiSlurmdbdJobsRespJobsItemStepsItem # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_time_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemTimeType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_tres_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemTresType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_wckey_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemWckeyType0 # noqa: PLC0415
        d = dict(src_dict)
        account = d.pop("account", UNSET)

        allocation_nodes = d.pop("allocation_nodes", UNSET)

        def _parse_array(data: object) -> None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemArrayType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                array_type_0 = V0041OpenapiSlurmdbdJobsRespJobsItemArrayType0.from_dict(data)



                return array_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemArrayType0, data)

        array = _parse_array(d.pop("array", UNSET))


        def _parse_association(data: object) -> None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemAssociationType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                association_type_0 = V0041OpenapiSlurmdbdJobsRespJobsItemAssociationType0.from_dict(data)



                return association_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemAssociationType0, data)

        association = _parse_association(d.pop("association", UNSET))


        block = d.pop("block", UNSET)

        cluster = d.pop("cluster", UNSET)

        def _parse_comment(data: object) -> None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemCommentType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                comment_type_0 = V0041OpenapiSlurmdbdJobsRespJobsItemCommentType0.from_dict(data)



                return comment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemCommentType0, data)

        comment = _parse_comment(d.pop("comment", UNSET))


        constraints = d.pop("constraints", UNSET)

        container = d.pop("container", UNSET)

        def _parse_derived_exit_code(data: object) -> None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                derived_exit_code_type_0 = V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0.from_dict(data)



                return derived_exit_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0, data)

        derived_exit_code = _parse_derived_exit_code(d.pop("derived_exit_code", UNSET))


        def _parse_exit_code(data: object) -> None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemExitCodeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exit_code_type_0 = V0041OpenapiSlurmdbdJobsRespJobsItemExitCodeType0.from_dict(data)



                return exit_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemExitCodeType0, data)

        exit_code = _parse_exit_code(d.pop("exit_code", UNSET))


        extra = d.pop("extra", UNSET)

        failed_node = d.pop("failed_node", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))


        group = d.pop("group", UNSET)

        def _parse_het(data: object) -> None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemHetType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                het_type_0 = V0041OpenapiSlurmdbdJobsRespJobsItemHetType0.from_dict(data)



                return het_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemHetType0, data)

        het = _parse_het(d.pop("het", UNSET))


        hold = d.pop("hold", UNSET)

        job_id = d.pop("job_id", UNSET)

        kill_request_user = d.pop("kill_request_user", UNSET)

        licenses = d.pop("licenses", UNSET)

        def _parse_mcs(data: object) -> None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemMcsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mcs_type_0 = V0041OpenapiSlurmdbdJobsRespJobsItemMcsType0.from_dict(data)



                return mcs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemMcsType0, data)

        mcs = _parse_mcs(d.pop("mcs", UNSET))


        name = d.pop("name", UNSET)

        nodes = d.pop("nodes", UNSET)

        partition = d.pop("partition", UNSET)

        def _parse_priority(data: object) -> None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemPriorityType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                priority_type_0 = V0041OpenapiSlurmdbdJobsRespJobsItemPriorityType0.from_dict(data)



                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemPriorityType0, data)

        priority = _parse_priority(d.pop("priority", UNSET))


        qos = d.pop("qos", UNSET)

        def _parse_required(data: object) -> None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemRequiredType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                required_type_0 = V0041OpenapiSlurmdbdJobsRespJobsItemRequiredType0.from_dict(data)



                return required_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemRequiredType0, data)

        required = _parse_required(d.pop("required", UNSET))


        def _parse_reservation(data: object) -> None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemReservationType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reservation_type_0 = V0041OpenapiSlurmdbdJobsRespJobsItemReservationType0.from_dict(data)



                return reservation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemReservationType0, data)

        reservation = _parse_reservation(d.pop("reservation", UNSET))


        script = d.pop("script", UNSET)

        def _parse_state(data: object) -> None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemStateType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_0 = V0041OpenapiSlurmdbdJobsRespJobsItemStateType0.from_dict(data)



                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemStateType0, data)

        state = _parse_state(d.pop("state", UNSET))


        stderr = d.pop("stderr", UNSET)

        stderr_expanded = d.pop("stderr_expanded", UNSET)

        stdin = d.pop("stdin", UNSET)

        stdin_expanded = d.pop("stdin_expanded", UNSET)

        stdout = d.pop("stdout", UNSET)

        stdout_expanded = d.pop("stdout_expanded", UNSET)

        _steps = d.pop("steps", UNSET)
        steps: list[V0041OpenapiSlurmdbdJobsRespJobsItemStepsItem] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = V0041OpenapiSlurmdbdJobsRespJobsItemStepsItem.from_dict(steps_item_data)



                steps.append(steps_item)


        submit_line = d.pop("submit_line", UNSET)

        def _parse_time(data: object) -> None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemTimeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_type_0 = V0041OpenapiSlurmdbdJobsRespJobsItemTimeType0.from_dict(data)



                return time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemTimeType0, data)

        time = _parse_time(d.pop("time", UNSET))


        def _parse_tres(data: object) -> None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemTresType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tres_type_0 = V0041OpenapiSlurmdbdJobsRespJobsItemTresType0.from_dict(data)



                return tres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemTresType0, data)

        tres = _parse_tres(d.pop("tres", UNSET))


        used_gres = d.pop("used_gres", UNSET)

        user = d.pop("user", UNSET)

        def _parse_wckey(data: object) -> None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemWckeyType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wckey_type_0 = V0041OpenapiSlurmdbdJobsRespJobsItemWckeyType0.from_dict(data)



                return wckey_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemWckeyType0, data)

        wckey = _parse_wckey(d.pop("wckey", UNSET))


        working_directory = d.pop("working_directory", UNSET)

        v0041_openapi_slurmdbd_jobs_resp_jobs_item = cls(
            account=account,
            allocation_nodes=allocation_nodes,
            array=array,
            association=association,
            block=block,
            cluster=cluster,
            comment=comment,
            constraints=constraints,
            container=container,
            derived_exit_code=derived_exit_code,
            exit_code=exit_code,
            extra=extra,
            failed_node=failed_node,
            flags=flags,
            group=group,
            het=het,
            hold=hold,
            job_id=job_id,
            kill_request_user=kill_request_user,
            licenses=licenses,
            mcs=mcs,
            name=name,
            nodes=nodes,
            partition=partition,
            priority=priority,
            qos=qos,
            required=required,
            reservation=reservation,
            script=script,
            state=state,
            stderr=stderr,
            stderr_expanded=stderr_expanded,
            stdin=stdin,
            stdin_expanded=stdin_expanded,
            stdout=stdout,
            stdout_expanded=stdout_expanded,
            steps=steps,
            submit_line=submit_line,
            time=time,
            tres=tres,
            used_gres=used_gres,
            user=user,
            wckey=wckey,
            working_directory=working_directory,
        )


        v0041_openapi_slurmdbd_jobs_resp_jobs_item.additional_properties = d
        return v0041_openapi_slurmdbd_jobs_resp_jobs_item

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
