from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_job_desc_msg_rlimits_as import V0041JobDescMsgRlimitsAs
  from ..models.v0041_job_desc_msg_rlimits_core import V0041JobDescMsgRlimitsCore
  from ..models.v0041_job_desc_msg_rlimits_cpu import V0041JobDescMsgRlimitsCpu
  from ..models.v0041_job_desc_msg_rlimits_data import V0041JobDescMsgRlimitsData
  from ..models.v0041_job_desc_msg_rlimits_fsize import V0041JobDescMsgRlimitsFsize
  from ..models.v0041_job_desc_msg_rlimits_memlock import V0041JobDescMsgRlimitsMemlock
  from ..models.v0041_job_desc_msg_rlimits_nofile import V0041JobDescMsgRlimitsNofile
  from ..models.v0041_job_desc_msg_rlimits_nproc import V0041JobDescMsgRlimitsNproc
  from ..models.v0041_job_desc_msg_rlimits_rss import V0041JobDescMsgRlimitsRss
  from ..models.v0041_job_desc_msg_rlimits_stack import V0041JobDescMsgRlimitsStack





T = TypeVar("T", bound="V0041JobDescMsgRlimits")



@_attrs_define
class V0041JobDescMsgRlimits:
    """ 
        Attributes:
            as_ (V0041JobDescMsgRlimitsAs | Unset): Address space limit.
            core (V0041JobDescMsgRlimitsCore | Unset): Largest core file that can be created, in bytes.
            cpu (V0041JobDescMsgRlimitsCpu | Unset): Per-process CPU limit, in seconds.
            data (V0041JobDescMsgRlimitsData | Unset): Maximum size of data segment, in bytes.
            fsize (V0041JobDescMsgRlimitsFsize | Unset): Largest file that can be created, in bytes.
            memlock (V0041JobDescMsgRlimitsMemlock | Unset): Locked-in-memory address space
            nofile (V0041JobDescMsgRlimitsNofile | Unset): Number of open files.
            nproc (V0041JobDescMsgRlimitsNproc | Unset): Number of processes.
            rss (V0041JobDescMsgRlimitsRss | Unset): Largest resident set size, in bytes. This affects swapping; processes
                that are exceeding their resident set size will be more likely to have physical memory taken from them.
            stack (V0041JobDescMsgRlimitsStack | Unset): Maximum size of stack segment, in bytes.
     """

    as_: V0041JobDescMsgRlimitsAs | Unset = UNSET
    core: V0041JobDescMsgRlimitsCore | Unset = UNSET
    cpu: V0041JobDescMsgRlimitsCpu | Unset = UNSET
    data: V0041JobDescMsgRlimitsData | Unset = UNSET
    fsize: V0041JobDescMsgRlimitsFsize | Unset = UNSET
    memlock: V0041JobDescMsgRlimitsMemlock | Unset = UNSET
    nofile: V0041JobDescMsgRlimitsNofile | Unset = UNSET
    nproc: V0041JobDescMsgRlimitsNproc | Unset = UNSET
    rss: V0041JobDescMsgRlimitsRss | Unset = UNSET
    stack: V0041JobDescMsgRlimitsStack | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_job_desc_msg_rlimits_as import V0041JobDescMsgRlimitsAs # noqa: PLC0415
        from ..models.v0041_job_desc_msg_rlimits_core import V0041JobDescMsgRlimitsCore # noqa: PLC0415
        from ..models.v0041_job_desc_msg_rlimits_cpu import V0041JobDescMsgRlimitsCpu # noqa: PLC0415
        from ..models.v0041_job_desc_msg_rlimits_data import V0041JobDescMsgRlimitsData # noqa: PLC0415
        from ..models.v0041_job_desc_msg_rlimits_fsize import V0041JobDescMsgRlimitsFsize # noqa: PLC0415
        from ..models.v0041_job_desc_msg_rlimits_memlock import V0041JobDescMsgRlimitsMemlock # noqa: PLC0415
        from ..models.v0041_job_desc_msg_rlimits_nofile import V0041JobDescMsgRlimitsNofile # noqa: PLC0415
        from ..models.v0041_job_desc_msg_rlimits_nproc import V0041JobDescMsgRlimitsNproc # noqa: PLC0415
        from ..models.v0041_job_desc_msg_rlimits_rss import V0041JobDescMsgRlimitsRss # noqa: PLC0415
        from ..models.v0041_job_desc_msg_rlimits_stack import V0041JobDescMsgRlimitsStack # noqa: PLC0415
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
        from ..models.v0041_job_desc_msg_rlimits_as import V0041JobDescMsgRlimitsAs # noqa: PLC0415
        from ..models.v0041_job_desc_msg_rlimits_core import V0041JobDescMsgRlimitsCore # noqa: PLC0415
        from ..models.v0041_job_desc_msg_rlimits_cpu import V0041JobDescMsgRlimitsCpu # noqa: PLC0415
        from ..models.v0041_job_desc_msg_rlimits_data import V0041JobDescMsgRlimitsData # noqa: PLC0415
        from ..models.v0041_job_desc_msg_rlimits_fsize import V0041JobDescMsgRlimitsFsize # noqa: PLC0415
        from ..models.v0041_job_desc_msg_rlimits_memlock import V0041JobDescMsgRlimitsMemlock # noqa: PLC0415
        from ..models.v0041_job_desc_msg_rlimits_nofile import V0041JobDescMsgRlimitsNofile # noqa: PLC0415
        from ..models.v0041_job_desc_msg_rlimits_nproc import V0041JobDescMsgRlimitsNproc # noqa: PLC0415
        from ..models.v0041_job_desc_msg_rlimits_rss import V0041JobDescMsgRlimitsRss # noqa: PLC0415
        from ..models.v0041_job_desc_msg_rlimits_stack import V0041JobDescMsgRlimitsStack # noqa: PLC0415
        d = dict(src_dict)
        _as_ = d.pop("as", UNSET)
        as_: V0041JobDescMsgRlimitsAs | Unset
        if isinstance(_as_,  Unset):
            as_ = UNSET
        else:
            as_ = V0041JobDescMsgRlimitsAs.from_dict(_as_)




        _core = d.pop("core", UNSET)
        core: V0041JobDescMsgRlimitsCore | Unset
        if isinstance(_core,  Unset):
            core = UNSET
        else:
            core = V0041JobDescMsgRlimitsCore.from_dict(_core)




        _cpu = d.pop("cpu", UNSET)
        cpu: V0041JobDescMsgRlimitsCpu | Unset
        if isinstance(_cpu,  Unset):
            cpu = UNSET
        else:
            cpu = V0041JobDescMsgRlimitsCpu.from_dict(_cpu)




        _data = d.pop("data", UNSET)
        data: V0041JobDescMsgRlimitsData | Unset
        if isinstance(_data,  Unset):
            data = UNSET
        else:
            data = V0041JobDescMsgRlimitsData.from_dict(_data)




        _fsize = d.pop("fsize", UNSET)
        fsize: V0041JobDescMsgRlimitsFsize | Unset
        if isinstance(_fsize,  Unset):
            fsize = UNSET
        else:
            fsize = V0041JobDescMsgRlimitsFsize.from_dict(_fsize)




        _memlock = d.pop("memlock", UNSET)
        memlock: V0041JobDescMsgRlimitsMemlock | Unset
        if isinstance(_memlock,  Unset):
            memlock = UNSET
        else:
            memlock = V0041JobDescMsgRlimitsMemlock.from_dict(_memlock)




        _nofile = d.pop("nofile", UNSET)
        nofile: V0041JobDescMsgRlimitsNofile | Unset
        if isinstance(_nofile,  Unset):
            nofile = UNSET
        else:
            nofile = V0041JobDescMsgRlimitsNofile.from_dict(_nofile)




        _nproc = d.pop("nproc", UNSET)
        nproc: V0041JobDescMsgRlimitsNproc | Unset
        if isinstance(_nproc,  Unset):
            nproc = UNSET
        else:
            nproc = V0041JobDescMsgRlimitsNproc.from_dict(_nproc)




        _rss = d.pop("rss", UNSET)
        rss: V0041JobDescMsgRlimitsRss | Unset
        if isinstance(_rss,  Unset):
            rss = UNSET
        else:
            rss = V0041JobDescMsgRlimitsRss.from_dict(_rss)




        _stack = d.pop("stack", UNSET)
        stack: V0041JobDescMsgRlimitsStack | Unset
        if isinstance(_stack,  Unset):
            stack = UNSET
        else:
            stack = V0041JobDescMsgRlimitsStack.from_dict(_stack)




        v0041_job_desc_msg_rlimits = cls(
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


        v0041_job_desc_msg_rlimits.additional_properties = d
        return v0041_job_desc_msg_rlimits

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
