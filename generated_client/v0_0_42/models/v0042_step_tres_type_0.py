from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0042_step_tres_type_0_consumed_type_0 import V0042StepTresType0ConsumedType0
  from ..models.v0042_step_tres_type_0_requested_type_0 import V0042StepTresType0RequestedType0
  from ..models.v0042_tres import V0042Tres





T = TypeVar("T", bound="V0042StepTresType0")



@_attrs_define
class V0042StepTresType0:
    """ 
        Attributes:
            allocated (list[V0042Tres] | Unset):
            consumed (None | Unset | V0042StepTresType0ConsumedType0):
            requested (None | Unset | V0042StepTresType0RequestedType0):
     """

    allocated: list[V0042Tres] | Unset = UNSET
    consumed: None | Unset | V0042StepTresType0ConsumedType0 = UNSET
    requested: None | Unset | V0042StepTresType0RequestedType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0042_step_tres_type_0_consumed_type_0 import V0042StepTresType0ConsumedType0 # noqa: PLC0415
        from ..models.v0042_step_tres_type_0_requested_type_0 import V0042StepTresType0RequestedType0 # noqa: PLC0415
        from ..models.v0042_tres import V0042Tres # noqa: PLC0415
        allocated: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocated, Unset):
            allocated = []
            for componentsschemasv0_0_42_tres_list_item_data in self.allocated:
                componentsschemasv0_0_42_tres_list_item = componentsschemasv0_0_42_tres_list_item_data.to_dict()
                allocated.append(componentsschemasv0_0_42_tres_list_item)



        consumed: dict[str, Any] | None | Unset
        if isinstance(self.consumed, Unset):
            consumed = UNSET
        elif isinstance(self.consumed, V0042StepTresType0ConsumedType0):
            consumed = self.consumed.to_dict()
        else:
            consumed = self.consumed

        requested: dict[str, Any] | None | Unset
        if isinstance(self.requested, Unset):
            requested = UNSET
        elif isinstance(self.requested, V0042StepTresType0RequestedType0):
            requested = self.requested.to_dict()
        else:
            requested = self.requested


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if allocated is not UNSET:
            field_dict["allocated"] = allocated
        if consumed is not UNSET:
            field_dict["consumed"] = consumed
        if requested is not UNSET:
            field_dict["requested"] = requested

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0042_step_tres_type_0_consumed_type_0 import V0042StepTresType0ConsumedType0 # noqa: PLC0415
        from ..models.v0042_step_tres_type_0_requested_type_0 import V0042StepTresType0RequestedType0 # noqa: PLC0415
        from ..models.v0042_tres import V0042Tres # noqa: PLC0415
        d = dict(src_dict)
        _allocated = d.pop("allocated", UNSET)
        allocated: list[V0042Tres] | Unset = UNSET
        if _allocated is not UNSET:
            allocated = []
            for componentsschemasv0_0_42_tres_list_item_data in _allocated:
                componentsschemasv0_0_42_tres_list_item = V0042Tres.from_dict(componentsschemasv0_0_42_tres_list_item_data)



                allocated.append(componentsschemasv0_0_42_tres_list_item)


        def _parse_consumed(data: object) -> None | Unset | V0042StepTresType0ConsumedType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consumed_type_0 = V0042StepTresType0ConsumedType0.from_dict(data)



                return consumed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042StepTresType0ConsumedType0, data)

        consumed = _parse_consumed(d.pop("consumed", UNSET))


        def _parse_requested(data: object) -> None | Unset | V0042StepTresType0RequestedType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                requested_type_0 = V0042StepTresType0RequestedType0.from_dict(data)



                return requested_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042StepTresType0RequestedType0, data)

        requested = _parse_requested(d.pop("requested", UNSET))


        v0042_step_tres_type_0 = cls(
            allocated=allocated,
            consumed=consumed,
            requested=requested,
        )


        v0042_step_tres_type_0.additional_properties = d
        return v0042_step_tres_type_0

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
