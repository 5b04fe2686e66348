from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dbv_0038_association_max_type_0_jobs_type_0 import Dbv0038AssociationMaxType0JobsType0
  from ..models.dbv_0038_association_max_type_0_per_type_0 import Dbv0038AssociationMaxType0PerType0
  from ..models.dbv_0038_association_max_type_0_tres_type_0 import Dbv0038AssociationMaxType0TresType0





T = TypeVar("T", bound="Dbv0038AssociationMaxType0")



@_attrs_define
class Dbv0038AssociationMaxType0:
    """ Max settings

        Attributes:
            jobs (Dbv0038AssociationMaxType0JobsType0 | None | Unset): Max jobs settings
            per (Dbv0038AssociationMaxType0PerType0 | None | Unset): Max per settings
            tres (Dbv0038AssociationMaxType0TresType0 | None | Unset): Max TRES settings
     """

    jobs: Dbv0038AssociationMaxType0JobsType0 | None | Unset = UNSET
    per: Dbv0038AssociationMaxType0PerType0 | None | Unset = UNSET
    tres: Dbv0038AssociationMaxType0TresType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dbv_0038_association_max_type_0_jobs_type_0 import Dbv0038AssociationMaxType0JobsType0 # noqa: PLC0415
        from ..models.dbv_0038_association_max_type_0_per_type_0 import Dbv0038AssociationMaxType0PerType0 # noqa: PLC0415
        from ..models.dbv_0038_association_max_type_0_tres_type_0 import Dbv0038AssociationMaxType0TresType0 # noqa: PLC0415
        jobs: dict[str, Any] | None | Unset
        if isinstance(self.jobs, Unset):
            jobs = UNSET
        elif isinstance(self.jobs, Dbv0038AssociationMaxType0JobsType0):
            jobs = self.jobs.to_dict()
        else:
            jobs = self.jobs

        per: dict[str, Any] | None | Unset
        if isinstance(self.per, Unset):
            per = UNSET
        elif isinstance(self.per, Dbv0038AssociationMaxType0PerType0):
            per = self.per.to_dict()
        else:
            per = self.per

        tres: dict[str, Any] | None | Unset
        if isinstance(self.tres, Unset):
            tres = UNSET
        elif isinstance(self.tres, Dbv0038AssociationMaxType0TresType0):
            tres = self.tres.to_dict()
        else:
            tres = self.tres


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if per is not UNSET:
            field_dict["per"] = per
        if tres is not UNSET:
            field_dict["tres"] = tres

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbv_0038_association_max_type_0_jobs_type_0 import Dbv0038AssociationMaxType0JobsType0 # noqa: PLC0415
        from ..models.dbv_0038_association_max_type_0_per_type_0 import Dbv0038AssociationMaxType0PerType0 # noqa: PLC0415
        from ..models.dbv_0038_association_max_type_0_tres_type_0 import Dbv0038AssociationMaxType0TresType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_jobs(data: object) -> Dbv0038AssociationMaxType0JobsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                jobs_type_0 = Dbv0038AssociationMaxType0JobsType0.from_dict(data)



                return jobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038AssociationMaxType0JobsType0 | None | Unset, data)

        jobs = _parse_jobs(d.pop("jobs", UNSET))


        def _parse_per(data: object) -> Dbv0038AssociationMaxType0PerType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                per_type_0 = Dbv0038AssociationMaxType0PerType0.from_dict(data)



                return per_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038AssociationMaxType0PerType0 | None | Unset, data)

        per = _parse_per(d.pop("per", UNSET))


        def _parse_tres(data: object) -> Dbv0038AssociationMaxType0TresType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tres_type_0 = Dbv0038AssociationMaxType0TresType0.from_dict(data)



                return tres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038AssociationMaxType0TresType0 | None | Unset, data)

        tres = _parse_tres(d.pop("tres", UNSET))


        dbv_0038_association_max_type_0 = cls(
            jobs=jobs,
            per=per,
            tres=tres,
        )


        dbv_0038_association_max_type_0.additional_properties = d
        return dbv_0038_association_max_type_0

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
