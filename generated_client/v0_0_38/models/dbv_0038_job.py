from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dbv_0038_association_short_info import Dbv0038AssociationShortInfo
  from ..models.dbv_0038_job_array_type_0 import Dbv0038JobArrayType0
  from ..models.dbv_0038_job_comment_type_0 import Dbv0038JobCommentType0
  from ..models.dbv_0038_job_exit_code import Dbv0038JobExitCode
  from ..models.dbv_0038_job_het_type_0 import Dbv0038JobHetType0
  from ..models.dbv_0038_job_mcs_type_0 import Dbv0038JobMcsType0
  from ..models.dbv_0038_job_required_type_0 import Dbv0038JobRequiredType0
  from ..models.dbv_0038_job_reservation_type_0 import Dbv0038JobReservationType0
  from ..models.dbv_0038_job_state_type_0 import Dbv0038JobStateType0
  from ..models.dbv_0038_job_step import Dbv0038JobStep
  from ..models.dbv_0038_job_time_type_0 import Dbv0038JobTimeType0
  from ..models.dbv_0038_job_tres_type_0 import Dbv0038JobTresType0
  from ..models.dbv_0038_job_wckey_type_0 import Dbv0038JobWckeyType0





T = TypeVar("T", bound="Dbv0038Job")



@_attrs_define
class Dbv0038Job:
    """ Single job description

        Attributes:
            account (str | Unset): Account charged by job
            allocation_nodes (str | Unset): Nodes allocated to job
            array (Dbv0038JobArrayType0 | None | Unset): Array properties (optional)
            association (Dbv0038AssociationShortInfo | None | Unset):
            cluster (str | Unset): Assigned cluster
            comment (Dbv0038JobCommentType0 | None | Unset): Job comments by type
            constraints (str | Unset): Constraints on job
            container (str | Unset): absolute path to OCI container bundle
            derived_exit_code (Dbv0038JobExitCode | None | Unset):
            exit_code (Dbv0038JobExitCode | None | Unset):
            flags (list[str] | Unset): List of properties of job
            group (str | Unset): User's group to run job
            het (Dbv0038JobHetType0 | None | Unset): Heterogeneous Job details (optional)
            job_id (int | Unset): Job id
            kill_request_user (str | Unset): User who requested job killed
            mcs (Dbv0038JobMcsType0 | None | Unset): Multi-Category Security
            name (str | Unset): Assigned job name
            nodes (str | Unset): List of nodes allocated for job
            partition (str | Unset): Assigned job's partition
            priority (int | Unset): Priority
            qos (str | Unset): Assigned qos name
            required (Dbv0038JobRequiredType0 | None | Unset): Job run requirements
            reservation (Dbv0038JobReservationType0 | None | Unset): Reservation usage details
            state (Dbv0038JobStateType0 | None | Unset): State properties of job
            steps (list[Dbv0038JobStep] | Unset): Job step description
            time (Dbv0038JobTimeType0 | None | Unset): Time properties
            tres (Dbv0038JobTresType0 | None | Unset): TRES settings
            user (str | Unset): Job user
            wckey (Dbv0038JobWckeyType0 | None | Unset): Job assigned wckey details
            working_directory (str | Unset): Directory where job was initially started
     """

    account: str | Unset = UNSET
    allocation_nodes: str | Unset = UNSET
    array: Dbv0038JobArrayType0 | None | Unset = UNSET
    association: Dbv0038AssociationShortInfo | None | Unset = UNSET
    cluster: str | Unset = UNSET
    comment: Dbv0038JobCommentType0 | None | Unset = UNSET
    constraints: str | Unset = UNSET
    container: str | Unset = UNSET
    derived_exit_code: Dbv0038JobExitCode | None | Unset = UNSET
    exit_code: Dbv0038JobExitCode | None | Unset = UNSET
    flags: list[str] | Unset = UNSET
    group: str | Unset = UNSET
    het: Dbv0038JobHetType0 | None | Unset = UNSET
    job_id: int | Unset = UNSET
    kill_request_user: str | Unset = UNSET
    mcs: Dbv0038JobMcsType0 | None | Unset = UNSET
    name: str | Unset = UNSET
    nodes: str | Unset = UNSET
    partition: str | Unset = UNSET
    priority: int | Unset = UNSET
    qos: str | Unset = UNSET
    required: Dbv0038JobRequiredType0 | None | Unset = UNSET
    reservation: Dbv0038JobReservationType0 | None | Unset = UNSET
    state: Dbv0038JobStateType0 | None | Unset = UNSET
    steps: list[Dbv0038JobStep] | Unset = UNSET
    time: Dbv0038JobTimeType0 | None | Unset = UNSET
    tres: Dbv0038JobTresType0 | None | Unset = UNSET
    user: str | Unset = UNSET
    wckey: Dbv0038JobWckeyType0 | None | Unset = UNSET
    working_directory: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dbv_0038_association_short_info import Dbv0038AssociationShortInfo # noqa: PLC0415
        from ..models.dbv_0038_job_array_type_0 import Dbv0038JobArrayType0 # noqa: PLC0415
        from ..models.dbv_0038_job_comment_type_0 import Dbv0038JobCommentType0 # noqa: PLC0415
        from ..models.dbv_0038_job_exit_code import Dbv0038JobExitCode # noqa: PLC0415
        from ..models.dbv_0038_job_het_type_0 import Dbv0038JobHetType0 # noqa: PLC0415
        from ..models.dbv_0038_job_mcs_type_0 import Dbv0038JobMcsType0 # noqa: PLC0415
        from ..models.dbv_0038_job_required_type_0 import Dbv0038JobRequiredType0 # noqa: PLC0415
        from ..models.dbv_0038_job_reservation_type_0 import Dbv0038JobReservationType0 # noqa: PLC0415
        from ..models.dbv_0038_job_state_type_0 import Dbv0038JobStateType0 # noqa: PLC0415
        from ..models.dbv_0038_job_step import Dbv0038JobStep # noqa: PLC0415
        from ..models.dbv_0038_job_time_type_0 import Dbv0038JobTimeType0 # noqa: PLC0415
        from ..models.dbv_0038_job_tres_type_0 import Dbv0038JobTresType0 # noqa: PLC0415
        from ..models.dbv_0038_job_wckey_type_0 import Dbv0038JobWckeyType0 # noqa: PLC0415
        account = self.account

        allocation_nodes = self.allocation_nodes

        array: dict[str, Any] | None | Unset
        if isinstance(self.array, Unset):
            array = UNSET
        elif isinstance(self.array, Dbv0038JobArrayType0):
            array = self.array.to_dict()
        else:
            array = self.array

        association: dict[str, Any] | None | Unset
        if isinstance(self.association, Unset):
            association = UNSET
        elif isinstance(self.association, Dbv0038AssociationShortInfo):
            association = self.association.to_dict()
        else:
            association = self.association

        cluster = self.cluster

        comment: dict[str, Any] | None | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        elif isinstance(self.comment, Dbv0038JobCommentType0):
            comment = self.comment.to_dict()
        else:
            comment = self.comment

        constraints = self.constraints

        container = self.container

        derived_exit_code: dict[str, Any] | None | Unset
        if isinstance(self.derived_exit_code, Unset):
            derived_exit_code = UNSET
        elif isinstance(self.derived_exit_code, Dbv0038JobExitCode):
            derived_exit_code = self.derived_exit_code.to_dict()
        else:
            derived_exit_code = self.derived_exit_code

        exit_code: dict[str, Any] | None | Unset
        if isinstance(self.exit_code, Unset):
            exit_code = UNSET
        elif isinstance(self.exit_code, Dbv0038JobExitCode):
            exit_code = self.exit_code.to_dict()
        else:
            exit_code = self.exit_code

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        group = self.group

        het: dict[str, Any] | None | Unset
        if isinstance(self.het, Unset):
            het = UNSET
        elif isinstance(self.het, Dbv0038JobHetType0):
            het = self.het.to_dict()
        else:
            het = self.het

        job_id = self.job_id

        kill_request_user = self.kill_request_user

        mcs: dict[str, Any] | None | Unset
        if isinstance(self.mcs, Unset):
            mcs = UNSET
        elif isinstance(self.mcs, Dbv0038JobMcsType0):
            mcs = self.mcs.to_dict()
        else:
            mcs = self.mcs

        name = self.name

        nodes = self.nodes

        partition = self.partition

        priority = self.priority

        qos = self.qos

        required: dict[str, Any] | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        elif isinstance(self.required, Dbv0038JobRequiredType0):
            required = self.required.to_dict()
        else:
            required = self.required

        reservation: dict[str, Any] | None | Unset
        if isinstance(self.reservation, Unset):
            reservation = UNSET
        elif isinstance(self.reservation, Dbv0038JobReservationType0):
            reservation = self.reservation.to_dict()
        else:
            reservation = self.reservation

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, Dbv0038JobStateType0):
            state = self.state.to_dict()
        else:
            state = self.state

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)



        time: dict[str, Any] | None | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        elif isinstance(self.time, Dbv0038JobTimeType0):
            time = self.time.to_dict()
        else:
            time = self.time

        tres: dict[str, Any] | None | Unset
        if isinstance(self.tres, Unset):
            tres = UNSET
        elif isinstance(self.tres, Dbv0038JobTresType0):
            tres = self.tres.to_dict()
        else:
            tres = self.tres

        user = self.user

        wckey: dict[str, Any] | None | Unset
        if isinstance(self.wckey, Unset):
            wckey = UNSET
        elif isinstance(self.wckey, Dbv0038JobWckeyType0):
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
        if flags is not UNSET:
            field_dict["flags"] = flags
        if group is not UNSET:
            field_dict["group"] = group
        if het is not UNSET:
            field_dict["het"] = het
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if kill_request_user is not UNSET:
            field_dict["kill_request_user"] = kill_request_user
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
        if state is not UNSET:
            field_dict["state"] = state
        if steps is not UNSET:
            field_dict["steps"] = steps
        if time is not UNSET:
            field_dict["time"] = time
        if tres is not UNSET:
            field_dict["tres"] = tres
        if user is not UNSET:
            field_dict["user"] = user
        if wckey is not UNSET:
            field_dict["wckey"] = wckey
        if working_directory is not UNSET:
            field_dict["working_directory"] = working_directory

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbv_0038_association_short_info import Dbv0038AssociationShortInfo # noqa: PLC0415
        from ..models.dbv_0038_job_array_type_0 import Dbv0038JobArrayType0 # noqa: PLC0415
        from ..models.dbv_0038_job_comment_type_0 import Dbv0038JobCommentType0 # noqa: PLC0415
        from ..models.dbv_0038_job_exit_code import Dbv0038JobExitCode # noqa: PLC0415
        from ..models.dbv_0038_job_het_type_0 import Dbv0038JobHetType0 # noqa: PLC0415
        from ..models.dbv_0038_job_mcs_type_0 import Dbv0038JobMcsType0 # noqa: PLC0415
        from ..models.dbv_0038_job_required_type_0 import Dbv0038JobRequiredType0 # noqa: PLC0415
        from ..models.dbv_0038_job_reservation_type_0 import Dbv0038JobReservationType0 # noqa: PLC0415
        from ..models.dbv_0038_job_state_type_0 import Dbv0038JobStateType0 # noqa: PLC0415
        from ..models.dbv_0038_job_step import Dbv0038JobStep # noqa: PLC0415
        from ..models.dbv_0038_job_time_type_0 import Dbv0038JobTimeType0 # noqa: PLC0415
        from ..models.dbv_0038_job_tres_type_0 import Dbv0038JobTresType0 # noqa: PLC0415
        from ..models.dbv_0038_job_wckey_type_0 import Dbv0038JobWckeyType0 # noqa: PLC0415
        d = dict(src_dict)
        account = d.pop("account", UNSET)

        allocation_nodes = d.pop("allocation_nodes", UNSET)

        def _parse_array(data: object) -> Dbv0038JobArrayType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                array_type_0 = Dbv0038JobArrayType0.from_dict(data)



                return array_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobArrayType0 | None | Unset, data)

        array = _parse_array(d.pop("array", UNSET))


        def _parse_association(data: object) -> Dbv0038AssociationShortInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                association_type_0 = Dbv0038AssociationShortInfo.from_dict(data)



                return association_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038AssociationShortInfo | None | Unset, data)

        association = _parse_association(d.pop("association", UNSET))


        cluster = d.pop("cluster", UNSET)

        def _parse_comment(data: object) -> Dbv0038JobCommentType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                comment_type_0 = Dbv0038JobCommentType0.from_dict(data)



                return comment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobCommentType0 | None | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))


        constraints = d.pop("constraints", UNSET)

        container = d.pop("container", UNSET)

        def _parse_derived_exit_code(data: object) -> Dbv0038JobExitCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                derived_exit_code_type_0 = Dbv0038JobExitCode.from_dict(data)



                return derived_exit_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobExitCode | None | Unset, data)

        derived_exit_code = _parse_derived_exit_code(d.pop("derived_exit_code", UNSET))


        def _parse_exit_code(data: object) -> Dbv0038JobExitCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exit_code_type_0 = Dbv0038JobExitCode.from_dict(data)



                return exit_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobExitCode | None | Unset, data)

        exit_code = _parse_exit_code(d.pop("exit_code", UNSET))


        flags = cast(list[str], d.pop("flags", UNSET))


        group = d.pop("group", UNSET)

        def _parse_het(data: object) -> Dbv0038JobHetType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                het_type_0 = Dbv0038JobHetType0.from_dict(data)



                return het_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobHetType0 | None | Unset, data)

        het = _parse_het(d.pop("het", UNSET))


        job_id = d.pop("job_id", UNSET)

        kill_request_user = d.pop("kill_request_user", UNSET)

        def _parse_mcs(data: object) -> Dbv0038JobMcsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mcs_type_0 = Dbv0038JobMcsType0.from_dict(data)



                return mcs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobMcsType0 | None | Unset, data)

        mcs = _parse_mcs(d.pop("mcs", UNSET))


        name = d.pop("name", UNSET)

        nodes = d.pop("nodes", UNSET)

        partition = d.pop("partition", UNSET)

        priority = d.pop("priority", UNSET)

        qos = d.pop("qos", UNSET)

        def _parse_required(data: object) -> Dbv0038JobRequiredType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                required_type_0 = Dbv0038JobRequiredType0.from_dict(data)



                return required_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobRequiredType0 | None | Unset, data)

        required = _parse_required(d.pop("required", UNSET))


        def _parse_reservation(data: object) -> Dbv0038JobReservationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reservation_type_0 = Dbv0038JobReservationType0.from_dict(data)



                return reservation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobReservationType0 | None | Unset, data)

        reservation = _parse_reservation(d.pop("reservation", UNSET))


        def _parse_state(data: object) -> Dbv0038JobStateType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_0 = Dbv0038JobStateType0.from_dict(data)



                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobStateType0 | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))


        _steps = d.pop("steps", UNSET)
        steps: list[Dbv0038JobStep] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = Dbv0038JobStep.from_dict(steps_item_data)



                steps.append(steps_item)


        def _parse_time(data: object) -> Dbv0038JobTimeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_type_0 = Dbv0038JobTimeType0.from_dict(data)



                return time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobTimeType0 | None | Unset, data)

        time = _parse_time(d.pop("time", UNSET))


        def _parse_tres(data: object) -> Dbv0038JobTresType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tres_type_0 = Dbv0038JobTresType0.from_dict(data)



                return tres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobTresType0 | None | Unset, data)

        tres = _parse_tres(d.pop("tres", UNSET))


        user = d.pop("user", UNSET)

        def _parse_wckey(data: object) -> Dbv0038JobWckeyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wckey_type_0 = Dbv0038JobWckeyType0.from_dict(data)



                return wckey_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobWckeyType0 | None | Unset, data)

        wckey = _parse_wckey(d.pop("wckey", UNSET))


        working_directory = d.pop("working_directory", UNSET)

        dbv_0038_job = cls(
            account=account,
            allocation_nodes=allocation_nodes,
            array=array,
            association=association,
            cluster=cluster,
            comment=comment,
            constraints=constraints,
            container=container,
            derived_exit_code=derived_exit_code,
            exit_code=exit_code,
            flags=flags,
            group=group,
            het=het,
            job_id=job_id,
            kill_request_user=kill_request_user,
            mcs=mcs,
            name=name,
            nodes=nodes,
            partition=partition,
            priority=priority,
            qos=qos,
            required=required,
            reservation=reservation,
            state=state,
            steps=steps,
            time=time,
            tres=tres,
            user=user,
            wckey=wckey,
            working_directory=working_directory,
        )


        dbv_0038_job.additional_properties = d
        return dbv_0038_job

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
