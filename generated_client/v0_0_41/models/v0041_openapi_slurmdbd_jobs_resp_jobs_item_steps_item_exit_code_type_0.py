from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_steps_item_exit_code_type_0_return_code_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0ReturnCodeType0
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_steps_item_exit_code_type_0_signal_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0SignalType0





T = TypeVar("T", bound="V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0")



@_attrs_define
class V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0:
    """ Exit code

        Attributes:
            return_code (None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0ReturnCodeType0): Process
                return code (numeric)
            signal (None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0SignalType0):
            status (list[str] | Unset): Status given by return code
     """

    return_code: None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0ReturnCodeType0 = UNSET
    signal: None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0SignalType0 = UNSET
    status: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_steps_item_exit_code_type_0_return_code_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0ReturnCodeType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_steps_item_exit_code_type_0_signal_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0SignalType0 # noqa: PLC0415
        return_code: dict[str, Any] | None | Unset
        if isinstance(self.return_code, Unset):
            return_code = UNSET
        elif isinstance(self.return_code, V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0ReturnCodeType0):
            return_code = self.return_code.to_dict()
        else:
            return_code = self.return_code

        signal: dict[str, Any] | None | Unset
        if isinstance(self.signal, Unset):
            signal = UNSET
        elif isinstance(self.signal, V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0SignalType0):
            signal = self.signal.to_dict()
        else:
            signal = self.signal

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
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_steps_item_exit_code_type_0_return_code_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0ReturnCodeType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_steps_item_exit_code_type_0_signal_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0SignalType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_return_code(data: object) -> None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0ReturnCodeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                return_code_type_0 = V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0ReturnCodeType0.from_dict(data)



                return return_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0ReturnCodeType0, data)

        return_code = _parse_return_code(d.pop("return_code", UNSET))


        def _parse_signal(data: object) -> None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0SignalType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                signal_type_0 = V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0SignalType0.from_dict(data)



                return signal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemStepsItemExitCodeType0SignalType0, data)

        signal = _parse_signal(d.pop("signal", UNSET))


        status = cast(list[str], d.pop("status", UNSET))


        v0041_openapi_slurmdbd_jobs_resp_jobs_item_steps_item_exit_code_type_0 = cls(
            return_code=return_code,
            signal=signal,
            status=status,
        )


        v0041_openapi_slurmdbd_jobs_resp_jobs_item_steps_item_exit_code_type_0.additional_properties = d
        return v0041_openapi_slurmdbd_jobs_resp_jobs_item_steps_item_exit_code_type_0

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
