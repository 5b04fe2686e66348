from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_slurmdbd_config_resp_wckeys_item_accounting_item_allocated_type_0 import V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItemAllocatedType0
  from ..models.v0041_openapi_slurmdbd_config_resp_wckeys_item_accounting_item_tres_type_0 import V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItemTRESType0





T = TypeVar("T", bound="V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItem")



@_attrs_define
class V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItem:
    """ 
        Attributes:
            tres (None | Unset | V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItemTRESType0): Trackable resources
            allocated (None | Unset | V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItemAllocatedType0):
            id (int | Unset): Association ID or Workload characterization key ID
            start (int | Unset): When the record was started
     """

    tres: None | Unset | V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItemTRESType0 = UNSET
    allocated: None | Unset | V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItemAllocatedType0 = UNSET
    id: int | Unset = UNSET
    start: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_slurmdbd_config_resp_wckeys_item_accounting_item_allocated_type_0 import V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItemAllocatedType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_config_resp_wckeys_item_accounting_item_tres_type_0 import V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItemTRESType0 # noqa: PLC0415
        tres: dict[str, Any] | None | Unset
        if isinstance(self.tres, Unset):
            tres = UNSET
        elif isinstance(self.tres, V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItemTRESType0):
            tres = self.tres.to_dict()
        else:
            tres = self.tres

        allocated: dict[str, Any] | None | Unset
        if isinstance(self.allocated, Unset):
            allocated = UNSET
        elif isinstance(self.allocated, V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItemAllocatedType0):
            allocated = self.allocated.to_dict()
        else:
            allocated = self.allocated

        id = self.id

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
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_slurmdbd_config_resp_wckeys_item_accounting_item_allocated_type_0 import V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItemAllocatedType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_config_resp_wckeys_item_accounting_item_tres_type_0 import V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItemTRESType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_tres(data: object) -> None | Unset | V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItemTRESType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tres_type_0 = V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItemTRESType0.from_dict(data)



                return tres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItemTRESType0, data)

        tres = _parse_tres(d.pop("TRES", UNSET))


        def _parse_allocated(data: object) -> None | Unset | V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItemAllocatedType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allocated_type_0 = V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItemAllocatedType0.from_dict(data)



                return allocated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdConfigRespWckeysItemAccountingItemAllocatedType0, data)

        allocated = _parse_allocated(d.pop("allocated", UNSET))


        id = d.pop("id", UNSET)

        start = d.pop("start", UNSET)

        v0041_openapi_slurmdbd_config_resp_wckeys_item_accounting_item = cls(
            tres=tres,
            allocated=allocated,
            id=id,
            start=start,
        )


        v0041_openapi_slurmdbd_config_resp_wckeys_item_accounting_item.additional_properties = d
        return v0041_openapi_slurmdbd_config_resp_wckeys_item_accounting_item

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
