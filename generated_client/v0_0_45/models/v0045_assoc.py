from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_accounting import V0045Accounting
  from ..models.v0045_assoc_default_type_0 import V0045AssocDefaultType0
  from ..models.v0045_assoc_max_type_0 import V0045AssocMaxType0
  from ..models.v0045_assoc_min_type_0 import V0045AssocMinType0
  from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct





T = TypeVar("T", bound="V0045Assoc")



@_attrs_define
class V0045Assoc:
    """ 
        Attributes:
            user (str): User name
            account (str | Unset): Account name
            accounting (list[V0045Accounting] | Unset):
            cluster (str | Unset): Cluster name
            comment (str | Unset): Arbitrary comment
            default (None | Unset | V0045AssocDefaultType0):
            flags (list[str] | Unset): Flags on the association
            id (int | Unset): Unique ID (Association ID)
            is_default (bool | Unset): Is default association for user
            lineage (str | Unset): Complete path up the hierarchy to the root association
            max_ (None | Unset | V0045AssocMaxType0):
            min_ (None | Unset | V0045AssocMinType0):
            parent_account (str | Unset): Name of parent account
            partition (str | Unset): Partition name
            priority (None | Unset | V0045Uint32NoValStruct): Association priority factor (32 bit integer number with flags)
            qos (list[str] | Unset): List of QOS names
            shares_raw (int | Unset): Allocated shares used for fairshare calculation
     """

    user: str
    account: str | Unset = UNSET
    accounting: list[V0045Accounting] | Unset = UNSET
    cluster: str | Unset = UNSET
    comment: str | Unset = UNSET
    default: None | Unset | V0045AssocDefaultType0 = UNSET
    flags: list[str] | Unset = UNSET
    id: int | Unset = UNSET
    is_default: bool | Unset = UNSET
    lineage: str | Unset = UNSET
    max_: None | Unset | V0045AssocMaxType0 = UNSET
    min_: None | Unset | V0045AssocMinType0 = UNSET
    parent_account: str | Unset = UNSET
    partition: str | Unset = UNSET
    priority: None | Unset | V0045Uint32NoValStruct = UNSET
    qos: list[str] | Unset = UNSET
    shares_raw: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_accounting import V0045Accounting # noqa: PLC0415
        from ..models.v0045_assoc_default_type_0 import V0045AssocDefaultType0 # noqa: PLC0415
        from ..models.v0045_assoc_max_type_0 import V0045AssocMaxType0 # noqa: PLC0415
        from ..models.v0045_assoc_min_type_0 import V0045AssocMinType0 # noqa: PLC0415
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        user = self.user

        account = self.account

        accounting: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounting, Unset):
            accounting = []
            for componentsschemasv0_0_45_accounting_list_item_data in self.accounting:
                componentsschemasv0_0_45_accounting_list_item = componentsschemasv0_0_45_accounting_list_item_data.to_dict()
                accounting.append(componentsschemasv0_0_45_accounting_list_item)



        cluster = self.cluster

        comment = self.comment

        default: dict[str, Any] | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        elif isinstance(self.default, V0045AssocDefaultType0):
            default = self.default.to_dict()
        else:
            default = self.default

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        id = self.id

        is_default = self.is_default

        lineage = self.lineage

        max_: dict[str, Any] | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        elif isinstance(self.max_, V0045AssocMaxType0):
            max_ = self.max_.to_dict()
        else:
            max_ = self.max_

        min_: dict[str, Any] | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        elif isinstance(self.min_, V0045AssocMinType0):
            min_ = self.min_.to_dict()
        else:
            min_ = self.min_

        parent_account = self.parent_account

        partition = self.partition

        priority: dict[str, Any] | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, V0045Uint32NoValStruct):
            priority = self.priority.to_dict()
        else:
            priority = self.priority

        qos: list[str] | Unset = UNSET
        if not isinstance(self.qos, Unset):
            qos = self.qos



        shares_raw = self.shares_raw


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "user": user,
        })
        if account is not UNSET:
            field_dict["account"] = account
        if accounting is not UNSET:
            field_dict["accounting"] = accounting
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if comment is not UNSET:
            field_dict["comment"] = comment
        if default is not UNSET:
            field_dict["default"] = default
        if flags is not UNSET:
            field_dict["flags"] = flags
        if id is not UNSET:
            field_dict["id"] = id
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if lineage is not UNSET:
            field_dict["lineage"] = lineage
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_
        if parent_account is not UNSET:
            field_dict["parent_account"] = parent_account
        if partition is not UNSET:
            field_dict["partition"] = partition
        if priority is not UNSET:
            field_dict["priority"] = priority
        if qos is not UNSET:
            field_dict["qos"] = qos
        if shares_raw is not UNSET:
            field_dict["shares_raw"] = shares_raw

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_accounting import V0045Accounting # noqa: PLC0415
        from ..models.v0045_assoc_default_type_0 import V0045AssocDefaultType0 # noqa: PLC0415
        from ..models.v0045_assoc_max_type_0 import V0045AssocMaxType0 # noqa: PLC0415
        from ..models.v0045_assoc_min_type_0 import V0045AssocMinType0 # noqa: PLC0415
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        user = d.pop("user")

        account = d.pop("account", UNSET)

        _accounting = d.pop("accounting", UNSET)
        accounting: list[V0045Accounting] | Unset = UNSET
        if _accounting is not UNSET:
            accounting = []
            for componentsschemasv0_0_45_accounting_list_item_data in _accounting:
                componentsschemasv0_0_45_accounting_list_item = V0045Accounting.from_dict(componentsschemasv0_0_45_accounting_list_item_data)



                accounting.append(componentsschemasv0_0_45_accounting_list_item)


        cluster = d.pop("cluster", UNSET)

        comment = d.pop("comment", UNSET)

        def _parse_default(data: object) -> None | Unset | V0045AssocDefaultType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_type_0 = V0045AssocDefaultType0.from_dict(data)



                return default_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045AssocDefaultType0, data)

        default = _parse_default(d.pop("default", UNSET))


        flags = cast(list[str], d.pop("flags", UNSET))


        id = d.pop("id", UNSET)

        is_default = d.pop("is_default", UNSET)

        lineage = d.pop("lineage", UNSET)

        def _parse_max_(data: object) -> None | Unset | V0045AssocMaxType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                max_type_0 = V0045AssocMaxType0.from_dict(data)



                return max_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045AssocMaxType0, data)

        max_ = _parse_max_(d.pop("max", UNSET))


        def _parse_min_(data: object) -> None | Unset | V0045AssocMinType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                min_type_0 = V0045AssocMinType0.from_dict(data)



                return min_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045AssocMinType0, data)

        min_ = _parse_min_(d.pop("min", UNSET))


        parent_account = d.pop("parent_account", UNSET)

        partition = d.pop("partition", UNSET)

        def _parse_priority(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                priority_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        priority = _parse_priority(d.pop("priority", UNSET))


        qos = cast(list[str], d.pop("qos", UNSET))


        shares_raw = d.pop("shares_raw", UNSET)

        v0045_assoc = cls(
            user=user,
            account=account,
            accounting=accounting,
            cluster=cluster,
            comment=comment,
            default=default,
            flags=flags,
            id=id,
            is_default=is_default,
            lineage=lineage,
            max_=max_,
            min_=min_,
            parent_account=parent_account,
            partition=partition,
            priority=priority,
            qos=qos,
            shares_raw=shares_raw,
        )


        v0045_assoc.additional_properties = d
        return v0045_assoc

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
