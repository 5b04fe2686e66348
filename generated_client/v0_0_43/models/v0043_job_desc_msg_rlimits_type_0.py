from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0043_uint_64_no_val_struct import V0043Uint64NoValStruct





T = TypeVar("T", bound="V0043JobDescMsgRlimitsType0")



@_attrs_define
class V0043JobDescMsgRlimitsType0:
    """ 
        Attributes:
            as_ (None | Unset | V0043Uint64NoValStruct): Address space limit (Address space limit.) (64 bit integer number
                with flags)
            core (None | Unset | V0043Uint64NoValStruct): Largest core file that can be created, in bytes (Largest core file
                that can be created, in bytes.) (64 bit integer number with flags)
            cpu (None | Unset | V0043Uint64NoValStruct): Per-process CPU limit, in seconds (Per-process CPU limit, in
                seconds.) (64 bit integer number with flags)
            data (None | Unset | V0043Uint64NoValStruct): Maximum size of data segment, in bytes (Maximum size of data
                segment, in bytes. ) (64 bit integer number with flags)
            fsize (None | Unset | V0043Uint64NoValStruct): Largest file that can be created, in bytes (Largest file that can
                be created, in bytes.) (64 bit integer number with flags)
            memlock (None | Unset | V0043Uint64NoValStruct): Locked-in-memory address space (Locked-in-memory address space)
                (64 bit integer number with flags)
            nofile (None | Unset | V0043Uint64NoValStruct): Number of open files (Number of open files.) (64 bit integer
                number with flags)
            nproc (None | Unset | V0043Uint64NoValStruct): Number of processes (Number of processes.) (64 bit integer number
                with flags)
            rss (None | Unset | V0043Uint64NoValStruct): Largest resident set size, in bytes. This affects swapping;
                processes that are exceeding their resident set size will be more likely to have physical memory taken from them
                (Largest resident set size, in bytes. This affects swapping; processes that are exceeding their resident set
                size will be more likely to have physical memory taken from them.) (64 bit integer number with flags)
            stack (None | Unset | V0043Uint64NoValStruct): Maximum size of stack segment, in bytes (Maximum size of stack
                segment, in bytes.) (64 bit integer number with flags)
     """

    as_: None | Unset | V0043Uint64NoValStruct = UNSET
    core: None | Unset | V0043Uint64NoValStruct = UNSET
    cpu: None | Unset | V0043Uint64NoValStruct = UNSET
    data: None | Unset | V0043Uint64NoValStruct = UNSET
    fsize: None | Unset | V0043Uint64NoValStruct = UNSET
    memlock: None | Unset | V0043Uint64NoValStruct = UNSET
    nofile: None | Unset | V0043Uint64NoValStruct = UNSET
    nproc: None | Unset | V0043Uint64NoValStruct = UNSET
    rss: None | Unset | V0043Uint64NoValStruct = UNSET
    stack: None | Unset | V0043Uint64NoValStruct = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0043_uint_64_no_val_struct import V0043Uint64NoValStruct # noqa: PLC0415
        as_: dict[str, Any] | None | Unset
        if isinstance(self.as_, Unset):
            as_ = UNSET
        elif isinstance(self.as_, V0043Uint64NoValStruct):
            as_ = self.as_.to_dict()
        else:
            as_ = self.as_

        core: dict[str, Any] | None | Unset
        if isinstance(self.core, Unset):
            core = UNSET
        elif isinstance(self.core, V0043Uint64NoValStruct):
            core = self.core.to_dict()
        else:
            core = self.core

        cpu: dict[str, Any] | None | Unset
        if isinstance(self.cpu, Unset):
            cpu = UNSET
        elif isinstance(self.cpu, V0043Uint64NoValStruct):
            cpu = self.cpu.to_dict()
        else:
            cpu = self.cpu

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, V0043Uint64NoValStruct):
            data = self.data.to_dict()
        else:
            data = self.data

        fsize: dict[str, Any] | None | Unset
        if isinstance(self.fsize, Unset):
            fsize = UNSET
        elif isinstance(self.fsize, V0043Uint64NoValStruct):
            fsize = self.fsize.to_dict()
        else:
            fsize = self.fsize

        memlock: dict[str, Any] | None | Unset
        if isinstance(self.memlock, Unset):
            memlock = UNSET
        elif isinstance(self.memlock, V0043Uint64NoValStruct):
            memlock = self.memlock.to_dict()
        else:
            memlock = self.memlock

        nofile: dict[str, Any] | None | Unset
        if isinstance(self.nofile, Unset):
            nofile = UNSET
        elif isinstance(self.nofile, V0043Uint64NoValStruct):
            nofile = self.nofile.to_dict()
        else:
            nofile = self.nofile

        nproc: dict[str, Any] | None | Unset
        if isinstance(self.nproc, Unset):
            nproc = UNSET
        elif isinstance(self.nproc, V0043Uint64NoValStruct):
            nproc = self.nproc.to_dict()
        else:
            nproc = self.nproc

        rss: dict[str, Any] | None | Unset
        if isinstance(self.rss, Unset):
            rss = UNSET
        elif isinstance(self.rss, V0043Uint64NoValStruct):
            rss = self.rss.to_dict()
        else:
            rss = self.rss

        stack: dict[str, Any] | None | Unset
        if isinstance(self.stack, Unset):
            stack = UNSET
        elif isinstance(self.stack, V0043Uint64NoValStruct):
            stack = self.stack.to_dict()
        else:
            stack = self.stack


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if as_ is not UNSET:
            field_dict["as"] = as_
        if core is not UNSET:
            field_dict["core"] = core
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if data is not UNSET:
            field_dict["data"] = data
        if fsize is not UNSET:
            field_dict["fsize"] = fsize
        if memlock is not UNSET:
            field_dict["memlock"] = memlock
        if nofile is not UNSET:
            field_dict["nofile"] = nofile
        if nproc is not UNSET:
            field_dict["nproc"] = nproc
        if rss is not UNSET:
            field_dict["rss"] = rss
        if stack is not UNSET:
            field_dict["stack"] = stack

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0043_uint_64_no_val_struct import V0043Uint64NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        def _parse_as_(data: object) -> None | Unset | V0043Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                as_type_0 = V0043Uint64NoValStruct.from_dict(data)



                return as_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint64NoValStruct, data)

        as_ = _parse_as_(d.pop("as", UNSET))


        def _parse_core(data: object) -> None | Unset | V0043Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                core_type_0 = V0043Uint64NoValStruct.from_dict(data)



                return core_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint64NoValStruct, data)

        core = _parse_core(d.pop("core", UNSET))


        def _parse_cpu(data: object) -> None | Unset | V0043Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cpu_type_0 = V0043Uint64NoValStruct.from_dict(data)



                return cpu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint64NoValStruct, data)

        cpu = _parse_cpu(d.pop("cpu", UNSET))


        def _parse_data(data: object) -> None | Unset | V0043Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = V0043Uint64NoValStruct.from_dict(data)



                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint64NoValStruct, data)

        data = _parse_data(d.pop("data", UNSET))


        def _parse_fsize(data: object) -> None | Unset | V0043Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fsize_type_0 = V0043Uint64NoValStruct.from_dict(data)



                return fsize_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint64NoValStruct, data)

        fsize = _parse_fsize(d.pop("fsize", UNSET))


        def _parse_memlock(data: object) -> None | Unset | V0043Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                memlock_type_0 = V0043Uint64NoValStruct.from_dict(data)



                return memlock_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint64NoValStruct, data)

        memlock = _parse_memlock(d.pop("memlock", UNSET))


        def _parse_nofile(data: object) -> None | Unset | V0043Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                nofile_type_0 = V0043Uint64NoValStruct.from_dict(data)



                return nofile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint64NoValStruct, data)

        nofile = _parse_nofile(d.pop("nofile", UNSET))


        def _parse_nproc(data: object) -> None | Unset | V0043Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                nproc_type_0 = V0043Uint64NoValStruct.from_dict(data)



                return nproc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint64NoValStruct, data)

        nproc = _parse_nproc(d.pop("nproc", UNSET))


        def _parse_rss(data: object) -> None | Unset | V0043Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rss_type_0 = V0043Uint64NoValStruct.from_dict(data)



                return rss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint64NoValStruct, data)

        rss = _parse_rss(d.pop("rss", UNSET))


        def _parse_stack(data: object) -> None | Unset | V0043Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stack_type_0 = V0043Uint64NoValStruct.from_dict(data)



                return stack_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint64NoValStruct, data)

        stack = _parse_stack(d.pop("stack", UNSET))


        v0043_job_desc_msg_rlimits_type_0 = cls(
            as_=as_,
            core=core,
            cpu=cpu,
            data=data,
            fsize=fsize,
            memlock=memlock,
            nofile=nofile,
            nproc=nproc,
            rss=rss,
            stack=stack,
        )


        v0043_job_desc_msg_rlimits_type_0.additional_properties = d
        return v0043_job_desc_msg_rlimits_type_0

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
