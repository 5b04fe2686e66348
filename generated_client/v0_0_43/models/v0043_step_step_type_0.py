from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0043StepStepType0")



@_attrs_define
class V0043StepStepType0:
    """ 
        Attributes:
            id (str | Unset): Step ID (Slurm job step ID)
            name (str | Unset): Step name
            stderr (str | Unset): Path to stderr file
            stderr_expanded (str | Unset): Step stderr with expanded fields
            stdin (str | Unset): Path to stdin file
            stdin_expanded (str | Unset): Step stdin with expanded fields
            stdout (str | Unset): Path to stdout file
            stdout_expanded (str | Unset): Step stdout with expanded fields
     """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    stderr: str | Unset = UNSET
    stderr_expanded: str | Unset = UNSET
    stdin: str | Unset = UNSET
    stdin_expanded: str | Unset = UNSET
    stdout: str | Unset = UNSET
    stdout_expanded: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        stderr = self.stderr

        stderr_expanded = self.stderr_expanded

        stdin = self.stdin

        stdin_expanded = self.stdin_expanded

        stdout = self.stdout

        stdout_expanded = self.stdout_expanded


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if stderr_expanded is not UNSET:
            field_dict["stderr_expanded"] = stderr_expanded
        if stdin is not UNSET:
            field_dict["stdin"] = stdin
        if stdin_expanded is not UNSET:
            field_dict["stdin_expanded"] = stdin_expanded
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if stdout_expanded is not UNSET:
            field_dict["stdout_expanded"] = stdout_expanded

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        stderr = d.pop("stderr", UNSET)

        stderr_expanded = d.pop("stderr_expanded", UNSET)

        stdin = d.pop("stdin", UNSET)

        stdin_expanded = d.pop("stdin_expanded", UNSET)

        stdout = d.pop("stdout", UNSET)

        stdout_expanded = d.pop("stdout_expanded", UNSET)

        v0043_step_step_type_0 = cls(
            id=id,
            name=name,
            stderr=stderr,
            stderr_expanded=stderr_expanded,
            stdin=stdin,
            stdin_expanded=stdin_expanded,
            stdout=stdout,
            stdout_expanded=stdout_expanded,
        )


        v0043_step_step_type_0.additional_properties = d
        return v0043_step_step_type_0

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
