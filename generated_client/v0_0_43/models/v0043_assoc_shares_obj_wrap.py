from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0043_assoc_shares_obj_wrap_fairshare_type_0 import V0043AssocSharesObjWrapFairshareType0
  from ..models.v0043_assoc_shares_obj_wrap_tres_type_0 import V0043AssocSharesObjWrapTresType0
  from ..models.v0043_float_64_no_val_struct import V0043Float64NoValStruct
  from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct





T = TypeVar("T", bound="V0043AssocSharesObjWrap")



@_attrs_define
class V0043AssocSharesObjWrap:
    """ 
        Attributes:
            cluster (str | Unset): Cluster name
            effective_usage (None | Unset | V0043Float64NoValStruct): Effective, normalized usage (64 bit floating point
                number with flags)
            fairshare (None | Unset | V0043AssocSharesObjWrapFairshareType0):
            id (int | Unset): Association ID
            name (str | Unset): Share name
            parent (str | Unset): Parent name
            partition (str | Unset): Partition name
            shares (None | Unset | V0043Uint32NoValStruct): Number of shares allocated (32 bit integer number with flags)
            shares_normalized (None | Unset | V0043Float64NoValStruct): Normalized shares (64 bit floating point number with
                flags)
            tres (None | Unset | V0043AssocSharesObjWrapTresType0):
            type_ (list[str] | Unset): User or account association
            usage (int | Unset): Measure of tresbillableunits usage
            usage_normalized (None | Unset | V0043Float64NoValStruct): Normalized usage (64 bit floating point number with
                flags)
     """

    cluster: str | Unset = UNSET
    effective_usage: None | Unset | V0043Float64NoValStruct = UNSET
    fairshare: None | Unset | V0043AssocSharesObjWrapFairshareType0 = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    parent: str | Unset = UNSET
    partition: str | Unset = UNSET
    shares: None | Unset | V0043Uint32NoValStruct = UNSET
    shares_normalized: None | Unset | V0043Float64NoValStruct = UNSET
    tres: None | Unset | V0043AssocSharesObjWrapTresType0 = UNSET
    type_: list[str] | Unset = UNSET
    usage: int | Unset = UNSET
    usage_normalized: None | Unset | V0043Float64NoValStruct = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0043_assoc_shares_obj_wrap_fairshare_type_0 import V0043AssocSharesObjWrapFairshareType0 # noqa: PLC0415
        from ..models.v0043_assoc_shares_obj_wrap_tres_type_0 import V0043AssocSharesObjWrapTresType0 # noqa: PLC0415
        from ..models.v0043_float_64_no_val_struct import V0043Float64NoValStruct # noqa: PLC0415
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        cluster = self.cluster

        effective_usage: dict[str, Any] | None | Unset
        if isinstance(self.effective_usage, Unset):
            effective_usage = UNSET
        elif isinstance(self.effective_usage, V0043Float64NoValStruct):
            effective_usage = self.effective_usage.to_dict()
        else:
            effective_usage = self.effective_usage

        fairshare: dict[str, Any] | None | Unset
        if isinstance(self.fairshare, Unset):
            fairshare = UNSET
        elif isinstance(self.fairshare, V0043AssocSharesObjWrapFairshareType0):
            fairshare = self.fairshare.to_dict()
        else:
            fairshare = self.fairshare

        id = self.id

        name = self.name

        parent = self.parent

        partition = self.partition

        shares: dict[str, Any] | None | Unset
        if isinstance(self.shares, Unset):
            shares = UNSET
        elif isinstance(self.shares, V0043Uint32NoValStruct):
            shares = self.shares.to_dict()
        else:
            shares = self.shares

        shares_normalized: dict[str, Any] | None | Unset
        if isinstance(self.shares_normalized, Unset):
            shares_normalized = UNSET
        elif isinstance(self.shares_normalized, V0043Float64NoValStruct):
            shares_normalized = self.shares_normalized.to_dict()
        else:
            shares_normalized = self.shares_normalized

        tres: dict[str, Any] | None | Unset
        if isinstance(self.tres, Unset):
            tres = UNSET
        elif isinstance(self.tres, V0043AssocSharesObjWrapTresType0):
            tres = self.tres.to_dict()
        else:
            tres = self.tres

        type_: list[str] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_



        usage = self.usage

        usage_normalized: dict[str, Any] | None | Unset
        if isinstance(self.usage_normalized, Unset):
            usage_normalized = UNSET
        elif isinstance(self.usage_normalized, V0043Float64NoValStruct):
            usage_normalized = self.usage_normalized.to_dict()
        else:
            usage_normalized = self.usage_normalized


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if effective_usage is not UNSET:
            field_dict["effective_usage"] = effective_usage
        if fairshare is not UNSET:
            field_dict["fairshare"] = fairshare
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if parent is not UNSET:
            field_dict["parent"] = parent
        if partition is not UNSET:
            field_dict["partition"] = partition
        if shares is not UNSET:
            field_dict["shares"] = shares
        if shares_normalized is not UNSET:
            field_dict["shares_normalized"] = shares_normalized
        if tres is not UNSET:
            field_dict["tres"] = tres
        if type_ is not UNSET:
            field_dict["type"] = type_
        if usage is not UNSET:
            field_dict["usage"] = usage
        if usage_normalized is not UNSET:
            field_dict["usage_normalized"] = usage_normalized

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0043_assoc_shares_obj_wrap_fairshare_type_0 import V0043AssocSharesObjWrapFairshareType0 # noqa: PLC0415
        from ..models.v0043_assoc_shares_obj_wrap_tres_type_0 import V0043AssocSharesObjWrapTresType0 # noqa: PLC0415
        from ..models.v0043_float_64_no_val_struct import V0043Float64NoValStruct # noqa: PLC0415
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        cluster = d.pop("cluster", UNSET)

        def _parse_effective_usage(data: object) -> None | Unset | V0043Float64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                effective_usage_type_0 = V0043Float64NoValStruct.from_dict(data)



                return effective_usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Float64NoValStruct, data)

        effective_usage = _parse_effective_usage(d.pop("effective_usage", UNSET))


        def _parse_fairshare(data: object) -> None | Unset | V0043AssocSharesObjWrapFairshareType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fairshare_type_0 = V0043AssocSharesObjWrapFairshareType0.from_dict(data)



                return fairshare_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043AssocSharesObjWrapFairshareType0, data)

        fairshare = _parse_fairshare(d.pop("fairshare", UNSET))


        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        parent = d.pop("parent", UNSET)

        partition = d.pop("partition", UNSET)

        def _parse_shares(data: object) -> None | Unset | V0043Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shares_type_0 = V0043Uint32NoValStruct.from_dict(data)



                return shares_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint32NoValStruct, data)

        shares = _parse_shares(d.pop("shares", UNSET))


        def _parse_shares_normalized(data: object) -> None | Unset | V0043Float64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shares_normalized_type_0 = V0043Float64NoValStruct.from_dict(data)



                return shares_normalized_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Float64NoValStruct, data)

        shares_normalized = _parse_shares_normalized(d.pop("shares_normalized", UNSET))


        def _parse_tres(data: object) -> None | Unset | V0043AssocSharesObjWrapTresType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tres_type_0 = V0043AssocSharesObjWrapTresType0.from_dict(data)



                return tres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043AssocSharesObjWrapTresType0, data)

        tres = _parse_tres(d.pop("tres", UNSET))


        type_ = cast(list[str], d.pop("type", UNSET))


        usage = d.pop("usage", UNSET)

        def _parse_usage_normalized(data: object) -> None | Unset | V0043Float64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_normalized_type_0 = V0043Float64NoValStruct.from_dict(data)



                return usage_normalized_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Float64NoValStruct, data)

        usage_normalized = _parse_usage_normalized(d.pop("usage_normalized", UNSET))


        v0043_assoc_shares_obj_wrap = cls(
            cluster=cluster,
            effective_usage=effective_usage,
            fairshare=fairshare,
            id=id,
            name=name,
            parent=parent,
            partition=partition,
            shares=shares,
            shares_normalized=shares_normalized,
            tres=tres,
            type_=type_,
            usage=usage,
            usage_normalized=usage_normalized,
        )


        v0043_assoc_shares_obj_wrap.additional_properties = d
        return v0043_assoc_shares_obj_wrap

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
