from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0044_uint_16_no_val_struct import V0044Uint16NoValStruct





T = TypeVar("T", bound="V0044PartitionInfoTimeoutsType0")



@_attrs_define
class V0044PartitionInfoTimeoutsType0:
    """ 
        Attributes:
            resume (None | Unset | V0044Uint16NoValStruct): ResumeTimeout - Resumed nodes which fail to respond in this time
                frame will be marked DOWN (GLOBAL if both set and infinite are false) (16 bit integer number with flags)
            suspend (None | Unset | V0044Uint16NoValStruct): SuspendTimeout - Maximum time permitted (in seconds) between
                when a node suspend request is issued and when the node is shutdown (GLOBAL if both set and infinite are false)
                (16 bit integer number with flags)
     """

    resume: None | Unset | V0044Uint16NoValStruct = UNSET
    suspend: None | Unset | V0044Uint16NoValStruct = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0044_uint_16_no_val_struct import V0044Uint16NoValStruct # noqa: PLC0415
        resume: dict[str, Any] | None | Unset
        if isinstance(self.resume, Unset):
            resume = UNSET
        elif isinstance(self.resume, V0044Uint16NoValStruct):
            resume = self.resume.to_dict()
        else:
            resume = self.resume

        suspend: dict[str, Any] | None | Unset
        if isinstance(self.suspend, Unset):
            suspend = UNSET
        elif isinstance(self.suspend, V0044Uint16NoValStruct):
            suspend = self.suspend.to_dict()
        else:
            suspend = self.suspend


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if resume is not UNSET:
            field_dict["resume"] = resume
        if suspend is not UNSET:
            field_dict["suspend"] = suspend

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0044_uint_16_no_val_struct import V0044Uint16NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        def _parse_resume(data: object) -> None | Unset | V0044Uint16NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resume_type_0 = V0044Uint16NoValStruct.from_dict(data)



                return resume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint16NoValStruct, data)

        resume = _parse_resume(d.pop("resume", UNSET))


        def _parse_suspend(data: object) -> None | Unset | V0044Uint16NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                suspend_type_0 = V0044Uint16NoValStruct.from_dict(data)



                return suspend_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint16NoValStruct, data)

        suspend = _parse_suspend(d.pop("suspend", UNSET))


        v0044_partition_info_timeouts_type_0 = cls(
            resume=resume,
            suspend=suspend,
        )


        v0044_partition_info_timeouts_type_0.additional_properties = d
        return v0044_partition_info_timeouts_type_0

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
