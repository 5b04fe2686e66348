from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_uint_64_no_val_struct import V0045Uint64NoValStruct





T = TypeVar("T", bound="V0045JobDescMsgRlimits")



@_attrs_define
class V0045JobDescMsgRlimits:
    """ 
        Attributes:
            as_ (V0045Uint64NoValStruct | Unset):
            core (V0045Uint64NoValStruct | Unset):
            cpu (V0045Uint64NoValStruct | Unset):
            data (V0045Uint64NoValStruct | Unset):
            fsize (V0045Uint64NoValStruct | Unset):
            memlock (V0045Uint64NoValStruct | Unset):
            nofile (V0045Uint64NoValStruct | Unset):
            nproc (V0045Uint64NoValStruct | Unset):
            rss (V0045Uint64NoValStruct | Unset):
            stack (V0045Uint64NoValStruct | Unset):
     """

    as_: V0045Uint64NoValStruct | Unset = UNSET
    core: V0045Uint64NoValStruct | Unset = UNSET
    cpu: V0045Uint64NoValStruct | Unset = UNSET
    data: V0045Uint64NoValStruct | Unset = UNSET
    fsize: V0045Uint64NoValStruct | Unset = UNSET
    memlock: V0045Uint64NoValStruct | Unset = UNSET
    nofile: V0045Uint64NoValStruct | Unset = UNSET
    nproc: V0045Uint64NoValStruct | Unset = UNSET
    rss: V0045Uint64NoValStruct | Unset = UNSET
    stack: V0045Uint64NoValStruct | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_uint_64_no_val_struct import V0045Uint64NoValStruct # noqa: PLC0415
        as_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.as_, Unset):
            as_ = self.as_.to_dict()

        core: dict[str, Any] | Unset = UNSET
        if not isinstance(self.core, Unset):
            core = self.core.to_dict()

        cpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        fsize: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fsize, Unset):
            fsize = self.fsize.to_dict()

        memlock: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memlock, Unset):
            memlock = self.memlock.to_dict()

        nofile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nofile, Unset):
            nofile = self.nofile.to_dict()

        nproc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nproc, Unset):
            nproc = self.nproc.to_dict()

        rss: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rss, Unset):
            rss = self.rss.to_dict()

        stack: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stack, Unset):
            stack = self.stack.to_dict()


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
        from ..models.v0045_uint_64_no_val_struct import V0045Uint64NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        _as_ = d.pop("as", UNSET)
        as_: V0045Uint64NoValStruct | Unset
        if isinstance(_as_,  Unset):
            as_ = UNSET
        else:
            as_ = V0045Uint64NoValStruct.from_dict(_as_)




        _core = d.pop("core", UNSET)
        core: V0045Uint64NoValStruct | Unset
        if isinstance(_core,  Unset):
            core = UNSET
        else:
            core = V0045Uint64NoValStruct.from_dict(_core)




        _cpu = d.pop("cpu", UNSET)
        cpu: V0045Uint64NoValStruct | Unset
        if isinstance(_cpu,  Unset):
            cpu = UNSET
        else:
            cpu = V0045Uint64NoValStruct.from_dict(_cpu)




        _data = d.pop("data", UNSET)
        data: V0045Uint64NoValStruct | Unset
        if isinstance(_data,  Unset):
            data = UNSET
        else:
            data = V0045Uint64NoValStruct.from_dict(_data)




        _fsize = d.pop("fsize", UNSET)
        fsize: V0045Uint64NoValStruct | Unset
        if isinstance(_fsize,  Unset):
            fsize = UNSET
        else:
            fsize = V0045Uint64NoValStruct.from_dict(_fsize)




        _memlock = d.pop("memlock", UNSET)
        memlock: V0045Uint64NoValStruct | Unset
        if isinstance(_memlock,  Unset):
            memlock = UNSET
        else:
            memlock = V0045Uint64NoValStruct.from_dict(_memlock)




        _nofile = d.pop("nofile", UNSET)
        nofile: V0045Uint64NoValStruct | Unset
        if isinstance(_nofile,  Unset):
            nofile = UNSET
        else:
            nofile = V0045Uint64NoValStruct.from_dict(_nofile)




        _nproc = d.pop("nproc", UNSET)
        nproc: V0045Uint64NoValStruct | Unset
        if isinstance(_nproc,  Unset):
            nproc = UNSET
        else:
            nproc = V0045Uint64NoValStruct.from_dict(_nproc)




        _rss = d.pop("rss", UNSET)
        rss: V0045Uint64NoValStruct | Unset
        if isinstance(_rss,  Unset):
            rss = UNSET
        else:
            rss = V0045Uint64NoValStruct.from_dict(_rss)




        _stack = d.pop("stack", UNSET)
        stack: V0045Uint64NoValStruct | Unset
        if isinstance(_stack,  Unset):
            stack = UNSET
        else:
            stack = V0045Uint64NoValStruct.from_dict(_stack)




        v0045_job_desc_msg_rlimits = cls(
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


        v0045_job_desc_msg_rlimits.additional_properties = d
        return v0045_job_desc_msg_rlimits

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
