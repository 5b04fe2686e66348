from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_tres import V0045Tres
  from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct





T = TypeVar("T", bound="V0045AssocRecSet")



@_attrs_define
class V0045AssocRecSet:
    """ 
        Attributes:
            comment (str | Unset): Arbitrary comment
            defaultqos (str | Unset): Default QOS
            fairshare (int | Unset): Allocated shares used for fairshare calculation
            grpjobs (None | Unset | V0045Uint32NoValStruct): GrpJobs - Maximum number of running jobs in this association
                and its children (32 bit integer number with flags)
            grpjobsaccrue (None | Unset | V0045Uint32NoValStruct): GrpJobsAccrue - Maximum number of pending jobs able to
                accrue age priority in this association and its children (32 bit integer number with flags)
            grpsubmitjobs (None | Unset | V0045Uint32NoValStruct): GrpSubmitJobs - Maximum number of jobs in a pending or
                running state at any time in this association and its children (32 bit integer number with flags)
            grptres (list[V0045Tres] | Unset):
            grptresmins (list[V0045Tres] | Unset):
            grptresrunmins (list[V0045Tres] | Unset):
            grpwall (None | Unset | V0045Uint32NoValStruct): GrpWall - Maximum wall clock time in minutes able to be
                allocated by running jobs in this association and its children (32 bit integer number with flags)
            maxjobs (None | Unset | V0045Uint32NoValStruct): MaxJobs - Maximum number of running jobs per user in this
                association (32 bit integer number with flags)
            maxjobsaccrue (None | Unset | V0045Uint32NoValStruct): MaxJobsAccrue - Maximum number of pending jobs able to
                accrue age priority at any given time in this association (32 bit integer number with flags)
            maxsubmitjobs (None | Unset | V0045Uint32NoValStruct): MaxSubmitJobs - Maximum number of jobs in a pending or
                running state at any time in this association (32 bit integer number with flags)
            maxtresminsperjob (list[V0045Tres] | Unset):
            maxtresperjob (list[V0045Tres] | Unset):
            maxtrespernode (list[V0045Tres] | Unset):
            maxtresrunmins (list[V0045Tres] | Unset):
            maxwalldurationperjob (None | Unset | V0045Uint32NoValStruct): MaxWallDurationPerJob - Maximum wall clock time
                in minutes each job can use in this association (32 bit integer number with flags)
            minpriothresh (None | Unset | V0045Uint32NoValStruct): MinPrioThreshold - Minimum priority required to reserve
                resources when scheduling (32 bit integer number with flags)
            parent (str | Unset): Name of parent account
            priority (None | Unset | V0045Uint32NoValStruct): Association priority factor (32 bit integer number with flags)
            qoslevel (list[str] | Unset): List of QOS names
     """

    comment: str | Unset = UNSET
    defaultqos: str | Unset = UNSET
    fairshare: int | Unset = UNSET
    grpjobs: None | Unset | V0045Uint32NoValStruct = UNSET
    grpjobsaccrue: None | Unset | V0045Uint32NoValStruct = UNSET
    grpsubmitjobs: None | Unset | V0045Uint32NoValStruct = UNSET
    grptres: list[V0045Tres] | Unset = UNSET
    grptresmins: list[V0045Tres] | Unset = UNSET
    grptresrunmins: list[V0045Tres] | Unset = UNSET
    grpwall: None | Unset | V0045Uint32NoValStruct = UNSET
    maxjobs: None | Unset | V0045Uint32NoValStruct = UNSET
    maxjobsaccrue: None | Unset | V0045Uint32NoValStruct = UNSET
    maxsubmitjobs: None | Unset | V0045Uint32NoValStruct = UNSET
    maxtresminsperjob: list[V0045Tres] | Unset = UNSET
    maxtresperjob: list[V0045Tres] | Unset = UNSET
    maxtrespernode: list[V0045Tres] | Unset = UNSET
    maxtresrunmins: list[V0045Tres] | Unset = UNSET
    maxwalldurationperjob: None | Unset | V0045Uint32NoValStruct = UNSET
    minpriothresh: None | Unset | V0045Uint32NoValStruct = UNSET
    parent: str | Unset = UNSET
    priority: None | Unset | V0045Uint32NoValStruct = UNSET
    qoslevel: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_tres import V0045Tres # noqa: PLC0415
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        comment = self.comment

        defaultqos = self.defaultqos

        fairshare = self.fairshare

        grpjobs: dict[str, Any] | None | Unset
        if isinstance(self.grpjobs, Unset):
            grpjobs = UNSET
        elif isinstance(self.grpjobs, V0045Uint32NoValStruct):
            grpjobs = self.grpjobs.to_dict()
        else:
            grpjobs = self.grpjobs

        grpjobsaccrue: dict[str, Any] | None | Unset
        if isinstance(self.grpjobsaccrue, Unset):
            grpjobsaccrue = UNSET
        elif isinstance(self.grpjobsaccrue, V0045Uint32NoValStruct):
            grpjobsaccrue = self.grpjobsaccrue.to_dict()
        else:
            grpjobsaccrue = self.grpjobsaccrue

        grpsubmitjobs: dict[str, Any] | None | Unset
        if isinstance(self.grpsubmitjobs, Unset):
            grpsubmitjobs = UNSET
        elif isinstance(self.grpsubmitjobs, V0045Uint32NoValStruct):
            grpsubmitjobs = self.grpsubmitjobs.to_dict()
        else:
            grpsubmitjobs = self.grpsubmitjobs

        grptres: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.grptres, Unset):
            grptres = []
            for componentsschemasv0_0_45_tres_list_item_data in self.grptres:
                componentsschemasv0_0_45_tres_list_item = componentsschemasv0_0_45_tres_list_item_data.to_dict()
                grptres.append(componentsschemasv0_0_45_tres_list_item)



        grptresmins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.grptresmins, Unset):
            grptresmins = []
            for componentsschemasv0_0_45_tres_list_item_data in self.grptresmins:
                componentsschemasv0_0_45_tres_list_item = componentsschemasv0_0_45_tres_list_item_data.to_dict()
                grptresmins.append(componentsschemasv0_0_45_tres_list_item)



        grptresrunmins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.grptresrunmins, Unset):
            grptresrunmins = []
            for componentsschemasv0_0_45_tres_list_item_data in self.grptresrunmins:
                componentsschemasv0_0_45_tres_list_item = componentsschemasv0_0_45_tres_list_item_data.to_dict()
                grptresrunmins.append(componentsschemasv0_0_45_tres_list_item)



        grpwall: dict[str, Any] | None | Unset
        if isinstance(self.grpwall, Unset):
            grpwall = UNSET
        elif isinstance(self.grpwall, V0045Uint32NoValStruct):
            grpwall = self.grpwall.to_dict()
        else:
            grpwall = self.grpwall

        maxjobs: dict[str, Any] | None | Unset
        if isinstance(self.maxjobs, Unset):
            maxjobs = UNSET
        elif isinstance(self.maxjobs, V0045Uint32NoValStruct):
            maxjobs = self.maxjobs.to_dict()
        else:
            maxjobs = self.maxjobs

        maxjobsaccrue: dict[str, Any] | None | Unset
        if isinstance(self.maxjobsaccrue, Unset):
            maxjobsaccrue = UNSET
        elif isinstance(self.maxjobsaccrue, V0045Uint32NoValStruct):
            maxjobsaccrue = self.maxjobsaccrue.to_dict()
        else:
            maxjobsaccrue = self.maxjobsaccrue

        maxsubmitjobs: dict[str, Any] | None | Unset
        if isinstance(self.maxsubmitjobs, Unset):
            maxsubmitjobs = UNSET
        elif isinstance(self.maxsubmitjobs, V0045Uint32NoValStruct):
            maxsubmitjobs = self.maxsubmitjobs.to_dict()
        else:
            maxsubmitjobs = self.maxsubmitjobs

        maxtresminsperjob: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.maxtresminsperjob, Unset):
            maxtresminsperjob = []
            for componentsschemasv0_0_45_tres_list_item_data in self.maxtresminsperjob:
                componentsschemasv0_0_45_tres_list_item = componentsschemasv0_0_45_tres_list_item_data.to_dict()
                maxtresminsperjob.append(componentsschemasv0_0_45_tres_list_item)



        maxtresperjob: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.maxtresperjob, Unset):
            maxtresperjob = []
            for componentsschemasv0_0_45_tres_list_item_data in self.maxtresperjob:
                componentsschemasv0_0_45_tres_list_item = componentsschemasv0_0_45_tres_list_item_data.to_dict()
                maxtresperjob.append(componentsschemasv0_0_45_tres_list_item)



        maxtrespernode: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.maxtrespernode, Unset):
            maxtrespernode = []
            for componentsschemasv0_0_45_tres_list_item_data in self.maxtrespernode:
                componentsschemasv0_0_45_tres_list_item = componentsschemasv0_0_45_tres_list_item_data.to_dict()
                maxtrespernode.append(componentsschemasv0_0_45_tres_list_item)



        maxtresrunmins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.maxtresrunmins, Unset):
            maxtresrunmins = []
            for componentsschemasv0_0_45_tres_list_item_data in self.maxtresrunmins:
                componentsschemasv0_0_45_tres_list_item = componentsschemasv0_0_45_tres_list_item_data.to_dict()
                maxtresrunmins.append(componentsschemasv0_0_45_tres_list_item)



        maxwalldurationperjob: dict[str, Any] | None | Unset
        if isinstance(self.maxwalldurationperjob, Unset):
            maxwalldurationperjob = UNSET
        elif isinstance(self.maxwalldurationperjob, V0045Uint32NoValStruct):
            maxwalldurationperjob = self.maxwalldurationperjob.to_dict()
        else:
            maxwalldurationperjob = self.maxwalldurationperjob

        minpriothresh: dict[str, Any] | None | Unset
        if isinstance(self.minpriothresh, Unset):
            minpriothresh = UNSET
        elif isinstance(self.minpriothresh, V0045Uint32NoValStruct):
            minpriothresh = self.minpriothresh.to_dict()
        else:
            minpriothresh = self.minpriothresh

        parent = self.parent

        priority: dict[str, Any] | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, V0045Uint32NoValStruct):
            priority = self.priority.to_dict()
        else:
            priority = self.priority

        qoslevel: list[str] | Unset = UNSET
        if not isinstance(self.qoslevel, Unset):
            qoslevel = self.qoslevel




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if comment is not UNSET:
            field_dict["comment"] = comment
        if defaultqos is not UNSET:
            field_dict["defaultqos"] = defaultqos
        if fairshare is not UNSET:
            field_dict["fairshare"] = fairshare
        if grpjobs is not UNSET:
            field_dict["grpjobs"] = grpjobs
        if grpjobsaccrue is not UNSET:
            field_dict["grpjobsaccrue"] = grpjobsaccrue
        if grpsubmitjobs is not UNSET:
            field_dict["grpsubmitjobs"] = grpsubmitjobs
        if grptres is not UNSET:
            field_dict["grptres"] = grptres
        if grptresmins is not UNSET:
            field_dict["grptresmins"] = grptresmins
        if grptresrunmins is not UNSET:
            field_dict["grptresrunmins"] = grptresrunmins
        if grpwall is not UNSET:
            field_dict["grpwall"] = grpwall
        if maxjobs is not UNSET:
            field_dict["maxjobs"] = maxjobs
        if maxjobsaccrue is not UNSET:
            field_dict["maxjobsaccrue"] = maxjobsaccrue
        if maxsubmitjobs is not UNSET:
            field_dict["maxsubmitjobs"] = maxsubmitjobs
        if maxtresminsperjob is not UNSET:
            field_dict["maxtresminsperjob"] = maxtresminsperjob
        if maxtresperjob is not UNSET:
            field_dict["maxtresperjob"] = maxtresperjob
        if maxtrespernode is not UNSET:
            field_dict["maxtrespernode"] = maxtrespernode
        if maxtresrunmins is not UNSET:
            field_dict["maxtresrunmins"] = maxtresrunmins
        if maxwalldurationperjob is not UNSET:
            field_dict["maxwalldurationperjob"] = maxwalldurationperjob
        if minpriothresh is not UNSET:
            field_dict["minpriothresh"] = minpriothresh
        if parent is not UNSET:
            field_dict["parent"] = parent
        if priority is not UNSET:
            field_dict["priority"] = priority
        if qoslevel is not UNSET:
            field_dict["qoslevel"] = qoslevel

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_tres import V0045Tres # noqa: PLC0415
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        comment = d.pop("comment", UNSET)

        defaultqos = d.pop("defaultqos", UNSET)

        fairshare = d.pop("fairshare", UNSET)

        def _parse_grpjobs(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grpjobs_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return grpjobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        grpjobs = _parse_grpjobs(d.pop("grpjobs", UNSET))


        def _parse_grpjobsaccrue(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grpjobsaccrue_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return grpjobsaccrue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        grpjobsaccrue = _parse_grpjobsaccrue(d.pop("grpjobsaccrue", UNSET))


        def _parse_grpsubmitjobs(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grpsubmitjobs_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return grpsubmitjobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        grpsubmitjobs = _parse_grpsubmitjobs(d.pop("grpsubmitjobs", UNSET))


        _grptres = d.pop("grptres", UNSET)
        grptres: list[V0045Tres] | Unset = UNSET
        if _grptres is not UNSET:
            grptres = []
            for componentsschemasv0_0_45_tres_list_item_data in _grptres:
                componentsschemasv0_0_45_tres_list_item = V0045Tres.from_dict(componentsschemasv0_0_45_tres_list_item_data)



                grptres.append(componentsschemasv0_0_45_tres_list_item)


        _grptresmins = d.pop("grptresmins", UNSET)
        grptresmins: list[V0045Tres] | Unset = UNSET
        if _grptresmins is not UNSET:
            grptresmins = []
            for componentsschemasv0_0_45_tres_list_item_data in _grptresmins:
                componentsschemasv0_0_45_tres_list_item = V0045Tres.from_dict(componentsschemasv0_0_45_tres_list_item_data)



                grptresmins.append(componentsschemasv0_0_45_tres_list_item)


        _grptresrunmins = d.pop("grptresrunmins", UNSET)
        grptresrunmins: list[V0045Tres] | Unset = UNSET
        if _grptresrunmins is not UNSET:
            grptresrunmins = []
            for componentsschemasv0_0_45_tres_list_item_data in _grptresrunmins:
                componentsschemasv0_0_45_tres_list_item = V0045Tres.from_dict(componentsschemasv0_0_45_tres_list_item_data)



                grptresrunmins.append(componentsschemasv0_0_45_tres_list_item)


        def _parse_grpwall(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grpwall_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return grpwall_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        grpwall = _parse_grpwall(d.pop("grpwall", UNSET))


        def _parse_maxjobs(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                maxjobs_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return maxjobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        maxjobs = _parse_maxjobs(d.pop("maxjobs", UNSET))


        def _parse_maxjobsaccrue(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                maxjobsaccrue_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return maxjobsaccrue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        maxjobsaccrue = _parse_maxjobsaccrue(d.pop("maxjobsaccrue", UNSET))


        def _parse_maxsubmitjobs(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                maxsubmitjobs_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return maxsubmitjobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        maxsubmitjobs = _parse_maxsubmitjobs(d.pop("maxsubmitjobs", UNSET))


        _maxtresminsperjob = d.pop("maxtresminsperjob", UNSET)
        maxtresminsperjob: list[V0045Tres] | Unset = UNSET
        if _maxtresminsperjob is not UNSET:
            maxtresminsperjob = []
            for componentsschemasv0_0_45_tres_list_item_data in _maxtresminsperjob:
                componentsschemasv0_0_45_tres_list_item = V0045Tres.from_dict(componentsschemasv0_0_45_tres_list_item_data)



                maxtresminsperjob.append(componentsschemasv0_0_45_tres_list_item)


        _maxtresperjob = d.pop("maxtresperjob", UNSET)
        maxtresperjob: list[V0045Tres] | Unset = UNSET
        if _maxtresperjob is not UNSET:
            maxtresperjob = []
            for componentsschemasv0_0_45_tres_list_item_data in _maxtresperjob:
                componentsschemasv0_0_45_tres_list_item = V0045Tres.from_dict(componentsschemasv0_0_45_tres_list_item_data)



                maxtresperjob.append(componentsschemasv0_0_45_tres_list_item)


        _maxtrespernode = d.pop("maxtrespernode", UNSET)
        maxtrespernode: list[V0045Tres] | Unset = UNSET
        if _maxtrespernode is not UNSET:
            maxtrespernode = []
            for componentsschemasv0_0_45_tres_list_item_data in _maxtrespernode:
                componentsschemasv0_0_45_tres_list_item = V0045Tres.from_dict(componentsschemasv0_0_45_tres_list_item_data)



                maxtrespernode.append(componentsschemasv0_0_45_tres_list_item)


        _maxtresrunmins = d.pop("maxtresrunmins", UNSET)
        maxtresrunmins: list[V0045Tres] | Unset = UNSET
        if _maxtresrunmins is not UNSET:
            maxtresrunmins = []
            for componentsschemasv0_0_45_tres_list_item_data in _maxtresrunmins:
                componentsschemasv0_0_45_tres_list_item = V0045Tres.from_dict(componentsschemasv0_0_45_tres_list_item_data)



                maxtresrunmins.append(componentsschemasv0_0_45_tres_list_item)


        def _parse_maxwalldurationperjob(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                maxwalldurationperjob_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return maxwalldurationperjob_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        maxwalldurationperjob = _parse_maxwalldurationperjob(d.pop("maxwalldurationperjob", UNSET))


        def _parse_minpriothresh(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                minpriothresh_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return minpriothresh_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        minpriothresh = _parse_minpriothresh(d.pop("minpriothresh", UNSET))


        parent = d.pop("parent", UNSET)

        def _parse_priority(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                priority_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        priority = _parse_priority(d.pop("priority", UNSET))


        qoslevel = cast(list[str], d.pop("qoslevel", UNSET))


        v0045_assoc_rec_set = cls(
            comment=comment,
            defaultqos=defaultqos,
            fairshare=fairshare,
            grpjobs=grpjobs,
            grpjobsaccrue=grpjobsaccrue,
            grpsubmitjobs=grpsubmitjobs,
            grptres=grptres,
            grptresmins=grptresmins,
            grptresrunmins=grptresrunmins,
            grpwall=grpwall,
            maxjobs=maxjobs,
            maxjobsaccrue=maxjobsaccrue,
            maxsubmitjobs=maxsubmitjobs,
            maxtresminsperjob=maxtresminsperjob,
            maxtresperjob=maxtresperjob,
            maxtrespernode=maxtrespernode,
            maxtresrunmins=maxtresrunmins,
            maxwalldurationperjob=maxwalldurationperjob,
            minpriothresh=minpriothresh,
            parent=parent,
            priority=priority,
            qoslevel=qoslevel,
        )


        v0045_assoc_rec_set.additional_properties = d
        return v0045_assoc_rec_set

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
