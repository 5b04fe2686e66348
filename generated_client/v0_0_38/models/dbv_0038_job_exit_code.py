from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dbv_0038_job_exit_code_signal_type_0 import Dbv0038JobExitCodeSignalType0





T = TypeVar("T", bound="Dbv0038JobExitCode")



@_attrs_define
class Dbv0038JobExitCode:
    """ 
        Attributes:
            return_code (int | Unset): Return code from parent process
            signal (Dbv0038JobExitCodeSignalType0 | None | Unset): Signal details (if signaled)
            status (str | Unset): Job exit status
     """

    return_code: int | Unset = UNSET
    signal: Dbv0038JobExitCodeSignalType0 | None | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dbv_0038_job_exit_code_signal_type_0 import Dbv0038JobExitCodeSignalType0 # noqa: PLC0415
        return_code = self.return_code

        signal: dict[str, Any] | None | Unset
        if isinstance(self.signal, Unset):
            signal = UNSET
        elif isinstance(self.signal, Dbv0038JobExitCodeSignalType0):
            signal = self.signal.to_dict()
        else:
            signal = self.signal

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
        from ..models.dbv_0038_job_exit_code_signal_type_0 import Dbv0038JobExitCodeSignalType0 # noqa: PLC0415
        d = dict(src_dict)
        return_code = d.pop("return_code", UNSET)

        def _parse_signal(data: object) -> Dbv0038JobExitCodeSignalType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                signal_type_0 = Dbv0038JobExitCodeSignalType0.from_dict(data)



                return signal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobExitCodeSignalType0 | None | Unset, data)

        signal = _parse_signal(d.pop("signal", UNSET))


        status = d.pop("status", UNSET)

        dbv_0038_job_exit_code = cls(
            return_code=return_code,
            signal=signal,
            status=status,
        )


        dbv_0038_job_exit_code.additional_properties = d
        return dbv_0038_job_exit_code

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
