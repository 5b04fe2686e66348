from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct





T = TypeVar("T", bound="V0043QosPreemptType0")



@_attrs_define
class V0043QosPreemptType0:
    """ 
        Attributes:
            exempt_time (None | Unset | V0043Uint32NoValStruct): PreemptExemptTime - Specifies a minimum run time for jobs
                before they are considered for preemption (32 bit integer number with flags)
            list_ (list[str] | Unset):
            mode (list[str] | Unset): PreemptMode - Mechanism used to preempt jobs or enable gang scheduling
     """

    exempt_time: None | Unset | V0043Uint32NoValStruct = UNSET
    list_: list[str] | Unset = UNSET
    mode: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        exempt_time: dict[str, Any] | None | Unset
        if isinstance(self.exempt_time, Unset):
            exempt_time = UNSET
        elif isinstance(self.exempt_time, V0043Uint32NoValStruct):
            exempt_time = self.exempt_time.to_dict()
        else:
            exempt_time = self.exempt_time

        list_: list[str] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = self.list_



        mode: list[str] | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if exempt_time is not UNSET:
            field_dict["exempt_time"] = exempt_time
        if list_ is not UNSET:
            field_dict["list"] = list_
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        def _parse_exempt_time(data: object) -> None | Unset | V0043Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exempt_time_type_0 = V0043Uint32NoValStruct.from_dict(data)



                return exempt_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint32NoValStruct, data)

        exempt_time = _parse_exempt_time(d.pop("exempt_time", UNSET))


        list_ = cast(list[str], d.pop("list", UNSET))


        mode = cast(list[str], d.pop("mode", UNSET))


        v0043_qos_preempt_type_0 = cls(
            exempt_time=exempt_time,
            list_=list_,
            mode=mode,
        )


        v0043_qos_preempt_type_0.additional_properties = d
        return v0043_qos_preempt_type_0

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
