from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0040_assoc_shares_obj_wrap_fairshare import V0040AssocSharesObjWrapFairshare
  from ..models.v0040_assoc_shares_obj_wrap_tres import V0040AssocSharesObjWrapTres
  from ..models.v0040_float_64_no_val import V0040Float64NoVal
  from ..models.v0040_uint_32_no_val import V0040Uint32NoVal





T = TypeVar("T", bound="V0040AssocSharesObjWrap")



@_attrs_define
class V0040AssocSharesObjWrap:
    """ 
        Attributes:
            cluster (str | Unset): Cluster name
            effective_usage (float | Unset): Effective, normalized usage
            fairshare (V0040AssocSharesObjWrapFairshare | Unset):
            id (int | Unset): Association ID
            name (str | Unset): Share name
            parent (str | Unset): Parent name
            partition (str | Unset): Partition name
            shares (V0040Uint32NoVal | Unset): Integer number with flags
            shares_normalized (V0040Float64NoVal | Unset): 64 bit floating point number with flags
            tres (V0040AssocSharesObjWrapTres | Unset):
            type_ (list[str] | Unset):
            usage (int | Unset): Measure of tresbillableunits usage
            usage_normalized (V0040Float64NoVal | Unset): 64 bit floating point number with flags
     """

    cluster: str | Unset = UNSET
    effective_usage: float | Unset = UNSET
    fairshare: V0040AssocSharesObjWrapFairshare | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    parent: str | Unset = UNSET
    partition: str | Unset = UNSET
    shares: V0040Uint32NoVal | Unset = UNSET
    shares_normalized: V0040Float64NoVal | Unset = UNSET
    tres: V0040AssocSharesObjWrapTres | Unset = UNSET
    type_: list[str] | Unset = UNSET
    usage: int | Unset = UNSET
    usage_normalized: V0040Float64NoVal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0040_assoc_shares_obj_wrap_fairshare import V0040AssocSharesObjWrapFairshare # noqa: PLC0415
        from ..models.v0040_assoc_shares_obj_wrap_tres import V0040AssocSharesObjWrapTres # noqa: PLC0415
        from ..models.v0040_float_64_no_val import V0040Float64NoVal # noqa: PLC0415
        from ..models.v0040_uint_32_no_val import V0040Uint32NoVal # noqa: PLC0415
        cluster = self.cluster

        effective_usage = self.effective_usage

        fairshare: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fairshare, Unset):
            fairshare = self.fairshare.to_dict()

        id = self.id

        name = self.name

        parent = self.parent

        partition = self.partition

        shares: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shares, Unset):
            shares = self.shares.to_dict()

        shares_normalized: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shares_normalized, Unset):
            shares_normalized = self.shares_normalized.to_dict()

        tres: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tres, Unset):
            tres = self.tres.to_dict()

        type_: list[str] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_



        usage = self.usage

        usage_normalized: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage_normalized, Unset):
            usage_normalized = self.usage_normalized.to_dict()


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
        from ..models.v0040_assoc_shares_obj_wrap_fairshare import V0040AssocSharesObjWrapFairshare # noqa: PLC0415
        from ..models.v0040_assoc_shares_obj_wrap_tres import V0040AssocSharesObjWrapTres # noqa: PLC0415
        from ..models.v0040_float_64_no_val import V0040Float64NoVal # noqa: PLC0415
        from ..models.v0040_uint_32_no_val import V0040Uint32NoVal # noqa: PLC0415
        d = dict(src_dict)
        cluster = d.pop("cluster", UNSET)

        effective_usage = d.pop("effective_usage", UNSET)

        _fairshare = d.pop("fairshare", UNSET)
        fairshare: V0040AssocSharesObjWrapFairshare | Unset
        if isinstance(_fairshare,  Unset):
            fairshare = UNSET
        else:
            fairshare = V0040AssocSharesObjWrapFairshare.from_dict(_fairshare)




        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        parent = d.pop("parent", UNSET)

        partition = d.pop("partition", UNSET)

        _shares = d.pop("shares", UNSET)
        shares: V0040Uint32NoVal | Unset
        if isinstance(_shares,  Unset):
            shares = UNSET
        else:
            shares = V0040Uint32NoVal.from_dict(_shares)




        _shares_normalized = d.pop("shares_normalized", UNSET)
        shares_normalized: V0040Float64NoVal | Unset
        if isinstance(_shares_normalized,  Unset):
            shares_normalized = UNSET
        else:
            shares_normalized = V0040Float64NoVal.from_dict(_shares_normalized)




        _tres = d.pop("tres", UNSET)
        tres: V0040AssocSharesObjWrapTres | Unset
        if isinstance(_tres,  Unset):
            tres = UNSET
        else:
            tres = V0040AssocSharesObjWrapTres.from_dict(_tres)




        type_ = cast(list[str], d.pop("type", UNSET))


        usage = d.pop("usage", UNSET)

        _usage_normalized = d.pop("usage_normalized", UNSET)
        usage_normalized: V0040Float64NoVal | Unset
        if isinstance(_usage_normalized,  Unset):
            usage_normalized = UNSET
        else:
            usage_normalized = V0040Float64NoVal.from_dict(_usage_normalized)




        v0040_assoc_shares_obj_wrap = cls(
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


        v0040_assoc_shares_obj_wrap.additional_properties = d
        return v0040_assoc_shares_obj_wrap

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
