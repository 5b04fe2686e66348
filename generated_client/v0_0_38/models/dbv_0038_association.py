from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dbv_0038_association_default_type_0 import Dbv0038AssociationDefaultType0
  from ..models.dbv_0038_association_max_type_0 import Dbv0038AssociationMaxType0
  from ..models.dbv_0038_association_min_type_0 import Dbv0038AssociationMinType0
  from ..models.dbv_0038_association_usage_type_0 import Dbv0038AssociationUsageType0





T = TypeVar("T", bound="Dbv0038Association")



@_attrs_define
class Dbv0038Association:
    """ Association description

        Attributes:
            qos (list[str] | Unset): Assigned QOS
            account (str | Unset): Assigned account
            cluster (str | Unset): Assigned cluster
            default (Dbv0038AssociationDefaultType0 | None | Unset): Default settings
            flags (list[str] | Unset): List of properties of association
            max_ (Dbv0038AssociationMaxType0 | None | Unset): Max settings
            min_ (Dbv0038AssociationMinType0 | None | Unset): Min settings
            parent_account (str | Unset): Parent account name
            partition (str | Unset): Assigned partition
            priority (int | Unset): Assigned priority
            shares_raw (int | Unset): Raw fairshare shares
            usage (Dbv0038AssociationUsageType0 | None | Unset): Association usage
            user (str | Unset): Assigned user
     """

    qos: list[str] | Unset = UNSET
    account: str | Unset = UNSET
    cluster: str | Unset = UNSET
    default: Dbv0038AssociationDefaultType0 | None | Unset = UNSET
    flags: list[str] | Unset = UNSET
    max_: Dbv0038AssociationMaxType0 | None | Unset = UNSET
    min_: Dbv0038AssociationMinType0 | None | Unset = UNSET
    parent_account: str | Unset = UNSET
    partition: str | Unset = UNSET
    priority: int | Unset = UNSET
    shares_raw: int | Unset = UNSET
    usage: Dbv0038AssociationUsageType0 | None | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dbv_0038_association_default_type_0 import Dbv0038AssociationDefaultType0 # noqa: PLC0415
        from ..models.dbv_0038_association_max_type_0 import Dbv0038AssociationMaxType0 # noqa: PLC0415
        from ..models.dbv_0038_association_min_type_0 import Dbv0038AssociationMinType0 # noqa: PLC0415
        from ..models.dbv_0038_association_usage_type_0 import Dbv0038AssociationUsageType0 # noqa: PLC0415
        qos: list[str] | Unset = UNSET
        if not isinstance(self.qos, Unset):
            qos = self.qos



        account = self.account

        cluster = self.cluster

        default: dict[str, Any] | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        elif isinstance(self.default, Dbv0038AssociationDefaultType0):
            default = self.default.to_dict()
        else:
            default = self.default

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        max_: dict[str, Any] | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        elif isinstance(self.max_, Dbv0038AssociationMaxType0):
            max_ = self.max_.to_dict()
        else:
            max_ = self.max_

        min_: dict[str, Any] | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        elif isinstance(self.min_, Dbv0038AssociationMinType0):
            min_ = self.min_.to_dict()
        else:
            min_ = self.min_

        parent_account = self.parent_account

        partition = self.partition

        priority = self.priority

        shares_raw = self.shares_raw

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, Dbv0038AssociationUsageType0):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        user = self.user


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if qos is not UNSET:
            field_dict["QOS"] = qos
        if account is not UNSET:
            field_dict["account"] = account
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if default is not UNSET:
            field_dict["default"] = default
        if flags is not UNSET:
            field_dict["flags"] = flags
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
        if shares_raw is not UNSET:
            field_dict["shares_raw"] = shares_raw
        if usage is not UNSET:
            field_dict["usage"] = usage
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbv_0038_association_default_type_0 import Dbv0038AssociationDefaultType0 # noqa: PLC0415
        from ..models.dbv_0038_association_max_type_0 import Dbv0038AssociationMaxType0 # noqa: PLC0415
        from ..models.dbv_0038_association_min_type_0 import Dbv0038AssociationMinType0 # noqa: PLC0415
        from ..models.dbv_0038_association_usage_type_0 import Dbv0038AssociationUsageType0 # noqa: PLC0415
        d = dict(src_dict)
        qos = cast(list[str], d.pop("QOS", UNSET))


        account = d.pop("account", UNSET)

        cluster = d.pop("cluster", UNSET)

        def _parse_default(data: object) -> Dbv0038AssociationDefaultType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_type_0 = Dbv0038AssociationDefaultType0.from_dict(data)



                return default_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038AssociationDefaultType0 | None | Unset, data)

        default = _parse_default(d.pop("default", UNSET))


        flags = cast(list[str], d.pop("flags", UNSET))


        def _parse_max_(data: object) -> Dbv0038AssociationMaxType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                max_type_0 = Dbv0038AssociationMaxType0.from_dict(data)



                return max_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038AssociationMaxType0 | None | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))


        def _parse_min_(data: object) -> Dbv0038AssociationMinType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                min_type_0 = Dbv0038AssociationMinType0.from_dict(data)



                return min_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038AssociationMinType0 | None | Unset, data)

        min_ = _parse_min_(d.pop("min", UNSET))


        parent_account = d.pop("parent_account", UNSET)

        partition = d.pop("partition", UNSET)

        priority = d.pop("priority", UNSET)

        shares_raw = d.pop("shares_raw", UNSET)

        def _parse_usage(data: object) -> Dbv0038AssociationUsageType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = Dbv0038AssociationUsageType0.from_dict(data)



                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038AssociationUsageType0 | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))


        user = d.pop("user", UNSET)

        dbv_0038_association = cls(
            qos=qos,
            account=account,
            cluster=cluster,
            default=default,
            flags=flags,
            max_=max_,
            min_=min_,
            parent_account=parent_account,
            partition=partition,
            priority=priority,
            shares_raw=shares_raw,
            usage=usage,
            user=user,
        )


        dbv_0038_association.additional_properties = d
        return dbv_0038_association

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
