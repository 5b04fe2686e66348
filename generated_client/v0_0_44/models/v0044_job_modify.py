from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0044_job_modify_comment_type_0 import V0044JobModifyCommentType0
  from ..models.v0044_job_modify_tres_type_0 import V0044JobModifyTresType0
  from ..models.v0044_process_exit_code_verbose import V0044ProcessExitCodeVerbose





T = TypeVar("T", bound="V0044JobModify")



@_attrs_define
class V0044JobModify:
    """ 
        Attributes:
            comment (None | Unset | V0044JobModifyCommentType0):
            derived_exit_code (None | Unset | V0044ProcessExitCodeVerbose): Highest exit code of all job steps (return code
                returned by process)
            extra (str | Unset): Arbitrary string used for node filtering if extra constraints are enabled
            tres (None | Unset | V0044JobModifyTresType0):
            wckey (str | Unset): Workload characterization key
     """

    comment: None | Unset | V0044JobModifyCommentType0 = UNSET
    derived_exit_code: None | Unset | V0044ProcessExitCodeVerbose = UNSET
    extra: str | Unset = UNSET
    tres: None | Unset | V0044JobModifyTresType0 = UNSET
    wckey: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0044_job_modify_comment_type_0 import V0044JobModifyCommentType0 # noqa: PLC0415
        from ..models.v0044_job_modify_tres_type_0 import V0044JobModifyTresType0 # noqa: PLC0415
        from ..models.v0044_process_exit_code_verbose import V0044ProcessExitCodeVerbose # noqa: PLC0415
        comment: dict[str, Any] | None | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        elif isinstance(self.comment, V0044JobModifyCommentType0):
            comment = self.comment.to_dict()
        else:
            comment = self.comment

        derived_exit_code: dict[str, Any] | None | Unset
        if isinstance(self.derived_exit_code, Unset):
            derived_exit_code = UNSET
        elif isinstance(self.derived_exit_code, V0044ProcessExitCodeVerbose):
            derived_exit_code = self.derived_exit_code.to_dict()
        else:
            derived_exit_code = self.derived_exit_code

        extra = self.extra

        tres: dict[str, Any] | None | Unset
        if isinstance(self.tres, Unset):
            tres = UNSET
        elif isinstance(self.tres, V0044JobModifyTresType0):
            tres = self.tres.to_dict()
        else:
            tres = self.tres

        wckey = self.wckey


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if comment is not UNSET:
            field_dict["comment"] = comment
        if derived_exit_code is not UNSET:
            field_dict["derived_exit_code"] = derived_exit_code
        if extra is not UNSET:
            field_dict["extra"] = extra
        if tres is not UNSET:
            field_dict["tres"] = tres
        if wckey is not UNSET:
            field_dict["wckey"] = wckey

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0044_job_modify_comment_type_0 import V0044JobModifyCommentType0 # noqa: PLC0415
        from ..models.v0044_job_modify_tres_type_0 import V0044JobModifyTresType0 # noqa: PLC0415
        from ..models.v0044_process_exit_code_verbose import V0044ProcessExitCodeVerbose # noqa: PLC0415
        d = dict(src_dict)
        def _parse_comment(data: object) -> None | Unset | V0044JobModifyCommentType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                comment_type_0 = V0044JobModifyCommentType0.from_dict(data)



                return comment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044JobModifyCommentType0, data)

        comment = _parse_comment(d.pop("comment", UNSET))


        def _parse_derived_exit_code(data: object) -> None | Unset | V0044ProcessExitCodeVerbose:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                derived_exit_code_type_0 = V0044ProcessExitCodeVerbose.from_dict(data)



                return derived_exit_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044ProcessExitCodeVerbose, data)

        derived_exit_code = _parse_derived_exit_code(d.pop("derived_exit_code", UNSET))


        extra = d.pop("extra", UNSET)

        def _parse_tres(data: object) -> None | Unset | V0044JobModifyTresType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tres_type_0 = V0044JobModifyTresType0.from_dict(data)



                return tres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044JobModifyTresType0, data)

        tres = _parse_tres(d.pop("tres", UNSET))


        wckey = d.pop("wckey", UNSET)

        v0044_job_modify = cls(
            comment=comment,
            derived_exit_code=derived_exit_code,
            extra=extra,
            tres=tres,
            wckey=wckey,
        )


        v0044_job_modify.additional_properties = d
        return v0044_job_modify

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
