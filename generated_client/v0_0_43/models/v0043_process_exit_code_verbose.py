from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0043_process_exit_code_verbose_signal import V0043ProcessExitCodeVerboseSignal
  from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct





T = TypeVar("T", bound="V0043ProcessExitCodeVerbose")



@_attrs_define
class V0043ProcessExitCodeVerbose:
    """ 
        Attributes:
            return_code (V0043Uint32NoValStruct | Unset):
            signal (V0043ProcessExitCodeVerboseSignal | Unset):
            status (list[str] | Unset): Status given by return code
     """

    return_code: V0043Uint32NoValStruct | Unset = UNSET
    signal: V0043ProcessExitCodeVerboseSignal | Unset = UNSET
    status: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0043_process_exit_code_verbose_signal import V0043ProcessExitCodeVerboseSignal # noqa: PLC0415
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        return_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.return_code, Unset):
            return_code = self.return_code.to_dict()

        signal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signal, Unset):
            signal = self.signal.to_dict()

        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if return_code is not UNSET:
            field_dict["return_code"] = return_code
        if signal is not UNSET:
            field_dict["signal"] = signal
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0043_process_exit_code_verbose_signal import V0043ProcessExitCodeVerboseSignal # noqa: PLC0415
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        _return_code = d.pop("return_code", UNSET)
        return_code: V0043Uint32NoValStruct | Unset
        if isinstance(_return_code,  Unset):
            return_code = UNSET
        else:
            return_code = V0043Uint32NoValStruct.from_dict(_return_code)




        _signal = d.pop("signal", UNSET)
        signal: V0043ProcessExitCodeVerboseSignal | Unset
        if isinstance(_signal,  Unset):
            signal = UNSET
        else:
            signal = V0043ProcessExitCodeVerboseSignal.from_dict(_signal)




        status = cast(list[str], d.pop("status", UNSET))


        v0043_process_exit_code_verbose = cls(
            return_code=return_code,
            signal=signal,
            status=status,
        )


        v0043_process_exit_code_verbose.additional_properties = d
        return v0043_process_exit_code_verbose

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
