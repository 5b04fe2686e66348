from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0044_uint_32_no_val_struct import V0044Uint32NoValStruct





T = TypeVar("T", bound="V0044UpdateNodeMsg")



@_attrs_define
class V0044UpdateNodeMsg:
    """ 
        Attributes:
            address (list[str] | Unset):
            comment (str | Unset): Arbitrary comment
            cpu_bind (int | Unset): Default method for binding tasks to allocated CPUs
            extra (str | Unset): Arbitrary string used for node filtering if extra constraints are enabled
            features (list[str] | Unset):
            features_act (list[str] | Unset):
            gres (str | Unset): Generic resources
            hostname (list[str] | Unset):
            name (list[str] | Unset):
            reason (str | Unset): Reason for node being DOWN or DRAINING
            reason_uid (str | Unset): User ID to associate with the reason (needed if user root is sending message)
            resume_after (None | Unset | V0044Uint32NoValStruct): Number of seconds after which to automatically resume DOWN
                or DRAINED node (32 bit integer number with flags)
            state (list[str] | Unset): New state to assign to the node
            topology_str (str | Unset): Topology
            weight (None | Unset | V0044Uint32NoValStruct): Weight of the node for scheduling purposes (32 bit integer
                number with flags)
     """

    address: list[str] | Unset = UNSET
    comment: str | Unset = UNSET
    cpu_bind: int | Unset = UNSET
    extra: str | Unset = UNSET
    features: list[str] | Unset = UNSET
    features_act: list[str] | Unset = UNSET
    gres: str | Unset = UNSET
    hostname: list[str] | Unset = UNSET
    name: list[str] | Unset = UNSET
    reason: str | Unset = UNSET
    reason_uid: str | Unset = UNSET
    resume_after: None | Unset | V0044Uint32NoValStruct = UNSET
    state: list[str] | Unset = UNSET
    topology_str: str | Unset = UNSET
    weight: None | Unset | V0044Uint32NoValStruct = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0044_uint_32_no_val_struct import V0044Uint32NoValStruct # noqa: PLC0415
        address: list[str] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address



        comment = self.comment

        cpu_bind = self.cpu_bind

        extra = self.extra

        features: list[str] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features



        features_act: list[str] | Unset = UNSET
        if not isinstance(self.features_act, Unset):
            features_act = self.features_act



        gres = self.gres

        hostname: list[str] | Unset = UNSET
        if not isinstance(self.hostname, Unset):
            hostname = self.hostname



        name: list[str] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name



        reason = self.reason

        reason_uid = self.reason_uid

        resume_after: dict[str, Any] | None | Unset
        if isinstance(self.resume_after, Unset):
            resume_after = UNSET
        elif isinstance(self.resume_after, V0044Uint32NoValStruct):
            resume_after = self.resume_after.to_dict()
        else:
            resume_after = self.resume_after

        state: list[str] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state



        topology_str = self.topology_str

        weight: dict[str, Any] | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        elif isinstance(self.weight, V0044Uint32NoValStruct):
            weight = self.weight.to_dict()
        else:
            weight = self.weight


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if address is not UNSET:
            field_dict["address"] = address
        if comment is not UNSET:
            field_dict["comment"] = comment
        if cpu_bind is not UNSET:
            field_dict["cpu_bind"] = cpu_bind
        if extra is not UNSET:
            field_dict["extra"] = extra
        if features is not UNSET:
            field_dict["features"] = features
        if features_act is not UNSET:
            field_dict["features_act"] = features_act
        if gres is not UNSET:
            field_dict["gres"] = gres
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if name is not UNSET:
            field_dict["name"] = name
        if reason is not UNSET:
            field_dict["reason"] = reason
        if reason_uid is not UNSET:
            field_dict["reason_uid"] = reason_uid
        if resume_after is not UNSET:
            field_dict["resume_after"] = resume_after
        if state is not UNSET:
            field_dict["state"] = state
        if topology_str is not UNSET:
            field_dict["topology_str"] = topology_str
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0044_uint_32_no_val_struct import V0044Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        address = cast(list[str], d.pop("address", UNSET))


        comment = d.pop("comment", UNSET)

        cpu_bind = d.pop("cpu_bind", UNSET)

        extra = d.pop("extra", UNSET)

        features = cast(list[str], d.pop("features", UNSET))


        features_act = cast(list[str], d.pop("features_act", UNSET))


        gres = d.pop("gres", UNSET)

        hostname = cast(list[str], d.pop("hostname", UNSET))


        name = cast(list[str], d.pop("name", UNSET))


        reason = d.pop("reason", UNSET)

        reason_uid = d.pop("reason_uid", UNSET)

        def _parse_resume_after(data: object) -> None | Unset | V0044Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resume_after_type_0 = V0044Uint32NoValStruct.from_dict(data)



                return resume_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint32NoValStruct, data)

        resume_after = _parse_resume_after(d.pop("resume_after", UNSET))


        state = cast(list[str], d.pop("state", UNSET))


        topology_str = d.pop("topology_str", UNSET)

        def _parse_weight(data: object) -> None | Unset | V0044Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                weight_type_0 = V0044Uint32NoValStruct.from_dict(data)



                return weight_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint32NoValStruct, data)

        weight = _parse_weight(d.pop("weight", UNSET))


        v0044_update_node_msg = cls(
            address=address,
            comment=comment,
            cpu_bind=cpu_bind,
            extra=extra,
            features=features,
            features_act=features_act,
            gres=gres,
            hostname=hostname,
            name=name,
            reason=reason,
            reason_uid=reason_uid,
            resume_after=resume_after,
            state=state,
            topology_str=topology_str,
            weight=weight,
        )


        v0044_update_node_msg.additional_properties = d
        return v0044_update_node_msg

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
