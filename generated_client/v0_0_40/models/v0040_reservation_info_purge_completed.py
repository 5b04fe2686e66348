from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0040_uint_32_no_val import V0040Uint32NoVal





T = TypeVar("T", bound="V0040ReservationInfoPurgeCompleted")



@_attrs_define
class V0040ReservationInfoPurgeCompleted:
    """ 
        Attributes:
            time (V0040Uint32NoVal | Unset): Integer number with flags
     """

    time: V0040Uint32NoVal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0040_uint_32_no_val import V0040Uint32NoVal # noqa: PLC0415
        time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0040_uint_32_no_val import V0040Uint32NoVal # noqa: PLC0415
        d = dict(src_dict)
        _time = d.pop("time", UNSET)
        time: V0040Uint32NoVal | Unset
        if isinstance(_time,  Unset):
            time = UNSET
        else:
            time = V0040Uint32NoVal.from_dict(_time)




        v0040_reservation_info_purge_completed = cls(
            time=time,
        )


        v0040_reservation_info_purge_completed.additional_properties = d
        return v0040_reservation_info_purge_completed

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
