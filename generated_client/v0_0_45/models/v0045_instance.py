from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_instance_time_type_0 import V0045InstanceTimeType0





T = TypeVar("T", bound="V0045Instance")



@_attrs_define
class V0045Instance:
    """ 
        Attributes:
            cluster (str | Unset): Cluster name
            extra (str | Unset): Arbitrary string used for node filtering if extra constraints are enabled
            instance_id (str | Unset): Cloud instance ID
            instance_type (str | Unset): Cloud instance type
            node_name (str | Unset): NodeName
            time (None | Unset | V0045InstanceTimeType0):
     """

    cluster: str | Unset = UNSET
    extra: str | Unset = UNSET
    instance_id: str | Unset = UNSET
    instance_type: str | Unset = UNSET
    node_name: str | Unset = UNSET
    time: None | Unset | V0045InstanceTimeType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_instance_time_type_0 import V0045InstanceTimeType0 # noqa: PLC0415
        cluster = self.cluster

        extra = self.extra

        instance_id = self.instance_id

        instance_type = self.instance_type

        node_name = self.node_name

        time: dict[str, Any] | None | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        elif isinstance(self.time, V0045InstanceTimeType0):
            time = self.time.to_dict()
        else:
            time = self.time


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if extra is not UNSET:
            field_dict["extra"] = extra
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if instance_type is not UNSET:
            field_dict["instance_type"] = instance_type
        if node_name is not UNSET:
            field_dict["node_name"] = node_name
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_instance_time_type_0 import V0045InstanceTimeType0 # noqa: PLC0415
        d = dict(src_dict)
        cluster = d.pop("cluster", UNSET)

        extra = d.pop("extra", UNSET)

        instance_id = d.pop("instance_id", UNSET)

        instance_type = d.pop("instance_type", UNSET)

        node_name = d.pop("node_name", UNSET)

        def _parse_time(data: object) -> None | Unset | V0045InstanceTimeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_type_0 = V0045InstanceTimeType0.from_dict(data)



                return time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045InstanceTimeType0, data)

        time = _parse_time(d.pop("time", UNSET))


        v0045_instance = cls(
            cluster=cluster,
            extra=extra,
            instance_id=instance_id,
            instance_type=instance_type,
            node_name=node_name,
            time=time,
        )


        v0045_instance.additional_properties = d
        return v0045_instance

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
