from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_accounting_allocated_type_0 import V0045AccountingAllocatedType0
  from ..models.v0045_tres import V0045Tres





T = TypeVar("T", bound="V0045Accounting")



@_attrs_define
class V0045Accounting:
    """ 
        Attributes:
            tres (None | Unset | V0045Tres): Trackable resources
            allocated (None | Unset | V0045AccountingAllocatedType0):
            id (int | Unset): Association ID or Workload characterization key ID
            id_alt (int | Unset): Alternate ID (not currently used)
            start (int | Unset): When the record was started (UNIX timestamp) (UNIX timestamp or time string recognized by
                Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
     """

    tres: None | Unset | V0045Tres = UNSET
    allocated: None | Unset | V0045AccountingAllocatedType0 = UNSET
    id: int | Unset = UNSET
    id_alt: int | Unset = UNSET
    start: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_accounting_allocated_type_0 import V0045AccountingAllocatedType0 # noqa: PLC0415
        from ..models.v0045_tres import V0045Tres # noqa: PLC0415
        tres: dict[str, Any] | None | Unset
        if isinstance(self.tres, Unset):
            tres = UNSET
        elif isinstance(self.tres, V0045Tres):
            tres = self.tres.to_dict()
        else:
            tres = self.tres

        allocated: dict[str, Any] | None | Unset
        if isinstance(self.allocated, Unset):
            allocated = UNSET
        elif isinstance(self.allocated, V0045AccountingAllocatedType0):
            allocated = self.allocated.to_dict()
        else:
            allocated = self.allocated

        id = self.id

        id_alt = self.id_alt

        start = self.start


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if tres is not UNSET:
            field_dict["TRES"] = tres
        if allocated is not UNSET:
            field_dict["allocated"] = allocated
        if id is not UNSET:
            field_dict["id"] = id
        if id_alt is not UNSET:
            field_dict["id_alt"] = id_alt
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_accounting_allocated_type_0 import V0045AccountingAllocatedType0 # noqa: PLC0415
        from ..models.v0045_tres import V0045Tres # noqa: PLC0415
        d = dict(src_dict)
        def _parse_tres(data: object) -> None | Unset | V0045Tres:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tres_type_0 = V0045Tres.from_dict(data)



                return tres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Tres, data)

        tres = _parse_tres(d.pop("TRES", UNSET))


        def _parse_allocated(data: object) -> None | Unset | V0045AccountingAllocatedType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allocated_type_0 = V0045AccountingAllocatedType0.from_dict(data)



                return allocated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045AccountingAllocatedType0, data)

        allocated = _parse_allocated(d.pop("allocated", UNSET))


        id = d.pop("id", UNSET)

        id_alt = d.pop("id_alt", UNSET)

        start = d.pop("start", UNSET)

        v0045_accounting = cls(
            tres=tres,
            allocated=allocated,
            id=id,
            id_alt=id_alt,
            start=start,
        )


        v0045_accounting.additional_properties = d
        return v0045_accounting

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
