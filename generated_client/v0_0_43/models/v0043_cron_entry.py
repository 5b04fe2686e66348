from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0043_cron_entry_line_type_0 import V0043CronEntryLineType0





T = TypeVar("T", bound="V0043CronEntry")



@_attrs_define
class V0043CronEntry:
    """ 
        Attributes:
            command (str | Unset): Command to run
            day_of_month (str | Unset): Ranged string specifying eligible day of month values (e.g. 0-10,29)
            day_of_week (str | Unset): Ranged string specifying eligible day of week values (e.g.0-3,7)
            flags (list[str] | Unset): Flags
            hour (str | Unset): Ranged string specifying eligible hour values (e.g. 0-5,23)
            line (None | Unset | V0043CronEntryLineType0):
            minute (str | Unset): Ranged string specifying eligible minute values (e.g. 0-10,50)
            month (str | Unset): Ranged string specifying eligible month values (e.g. 0-5,12)
            specification (str | Unset): Complete time specification (* means valid for all allowed values) - minute hour
                day_of_month month day_of_week
     """

    command: str | Unset = UNSET
    day_of_month: str | Unset = UNSET
    day_of_week: str | Unset = UNSET
    flags: list[str] | Unset = UNSET
    hour: str | Unset = UNSET
    line: None | Unset | V0043CronEntryLineType0 = UNSET
    minute: str | Unset = UNSET
    month: str | Unset = UNSET
    specification: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0043_cron_entry_line_type_0 import V0043CronEntryLineType0 # noqa: PLC0415
        command = self.command

        day_of_month = self.day_of_month

        day_of_week = self.day_of_week

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        hour = self.hour

        line: dict[str, Any] | None | Unset
        if isinstance(self.line, Unset):
            line = UNSET
        elif isinstance(self.line, V0043CronEntryLineType0):
            line = self.line.to_dict()
        else:
            line = self.line

        minute = self.minute

        month = self.month

        specification = self.specification


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if command is not UNSET:
            field_dict["command"] = command
        if day_of_month is not UNSET:
            field_dict["day_of_month"] = day_of_month
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week
        if flags is not UNSET:
            field_dict["flags"] = flags
        if hour is not UNSET:
            field_dict["hour"] = hour
        if line is not UNSET:
            field_dict["line"] = line
        if minute is not UNSET:
            field_dict["minute"] = minute
        if month is not UNSET:
            field_dict["month"] = month
        if specification is not UNSET:
            field_dict["specification"] = specification

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0043_cron_entry_line_type_0 import V0043CronEntryLineType0 # noqa: PLC0415
        d = dict(src_dict)
        command = d.pop("command", UNSET)

        day_of_month = d.pop("day_of_month", UNSET)

        day_of_week = d.pop("day_of_week", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))


        hour = d.pop("hour", UNSET)

        def _parse_line(data: object) -> None | Unset | V0043CronEntryLineType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                line_type_0 = V0043CronEntryLineType0.from_dict(data)



                return line_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043CronEntryLineType0, data)

        line = _parse_line(d.pop("line", UNSET))


        minute = d.pop("minute", UNSET)

        month = d.pop("month", UNSET)

        specification = d.pop("specification", UNSET)

        v0043_cron_entry = cls(
            command=command,
            day_of_month=day_of_month,
            day_of_week=day_of_week,
            flags=flags,
            hour=hour,
            line=line,
            minute=minute,
            month=month,
            specification=specification,
        )


        v0043_cron_entry.additional_properties = d
        return v0043_cron_entry

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
