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





T = TypeVar("T", bound="V0044ReservationDescMsgPurgeCompletedType0")



@_attrs_define
class V0044ReservationDescMsgPurgeCompletedType0:
    """ 
        Attributes:
            time (None | Unset | V0044Uint32NoValStruct): If PURGE_COMP flag is set, the number of seconds this reservation
                will sit idle until it is revoked (32 bit integer number with flags)
     """

    time: None | Unset | V0044Uint32NoValStruct = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0044_uint_32_no_val_struct import V0044Uint32NoValStruct # noqa: PLC0415
        time: dict[str, Any] | None | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        elif isinstance(self.time, V0044Uint32NoValStruct):
            time = self.time.to_dict()
        else:
            time = self.time


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0044_uint_32_no_val_struct import V0044Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        def _parse_time(data: object) -> None | Unset | V0044Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_type_0 = V0044Uint32NoValStruct.from_dict(data)



                return time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint32NoValStruct, data)

        time = _parse_time(d.pop("time", UNSET))


        v0044_reservation_desc_msg_purge_completed_type_0 = cls(
            time=time,
        )


        v0044_reservation_desc_msg_purge_completed_type_0.additional_properties = d
        return v0044_reservation_desc_msg_purge_completed_type_0

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
