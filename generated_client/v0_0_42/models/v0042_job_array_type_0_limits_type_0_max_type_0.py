from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0042_job_array_type_0_limits_type_0_max_type_0_running_type_0 import V0042JobArrayType0LimitsType0MaxType0RunningType0





T = TypeVar("T", bound="V0042JobArrayType0LimitsType0MaxType0")



@_attrs_define
class V0042JobArrayType0LimitsType0MaxType0:
    """ 
        Attributes:
            running (None | Unset | V0042JobArrayType0LimitsType0MaxType0RunningType0):
     """

    running: None | Unset | V0042JobArrayType0LimitsType0MaxType0RunningType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0042_job_array_type_0_limits_type_0_max_type_0_running_type_0 import V0042JobArrayType0LimitsType0MaxType0RunningType0 # noqa: PLC0415
        running: dict[str, Any] | None | Unset
        if isinstance(self.running, Unset):
            running = UNSET
        elif isinstance(self.running, V0042JobArrayType0LimitsType0MaxType0RunningType0):
            running = self.running.to_dict()
        else:
            running = self.running


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if running is not UNSET:
            field_dict["running"] = running

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0042_job_array_type_0_limits_type_0_max_type_0_running_type_0 import V0042JobArrayType0LimitsType0MaxType0RunningType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_running(data: object) -> None | Unset | V0042JobArrayType0LimitsType0MaxType0RunningType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                running_type_0 = V0042JobArrayType0LimitsType0MaxType0RunningType0.from_dict(data)



                return running_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042JobArrayType0LimitsType0MaxType0RunningType0, data)

        running = _parse_running(d.pop("running", UNSET))


        v0042_job_array_type_0_limits_type_0_max_type_0 = cls(
            running=running,
        )


        v0042_job_array_type_0_limits_type_0_max_type_0.additional_properties = d
        return v0042_job_array_type_0_limits_type_0_max_type_0

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
