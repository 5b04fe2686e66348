from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grpjobs_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpjobsType0
  from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grpjobsaccrue_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpjobsaccrueType0
  from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grpsubmitjobs_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpsubmitjobsType0
  from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grptres_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresItem
  from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grptresmins_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresminsItem
  from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grptresrunmins_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresrunminsItem
  from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grpwall_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpwallType0
  from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxjobs_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxjobsType0
  from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxjobsaccrue_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxjobsaccrueType0
  from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxsubmitjobs_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxsubmitjobsType0
  from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxtresminsperjob_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresminsperjobItem
  from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxtresperjob_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresperjobItem
  from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxtrespernode_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtrespernodeItem
  from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxtresrunmins_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresrunminsItem
  from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxwalldurationperjob_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxwalldurationperjobType0
  from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_minpriothresh_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MinpriothreshType0
  from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_priority_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0PriorityType0





T = TypeVar("T", bound="V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0")



@_attrs_define
class V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0:
    """ Association limits and options

        Attributes:
            comment (str | Unset): Arbitrary comment
            defaultqos (str | Unset): Default QOS
            fairshare (int | Unset): Allocated shares used for fairshare calculation
            grpjobs (None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpjobsType0):
                Maximum number of running jobs in this association and its children
            grpjobsaccrue (None | Unset |
                V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpjobsaccrueType0): Maximum number of
                pending jobs able to accrue age priority in this association and its children
            grpsubmitjobs (None | Unset |
                V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpsubmitjobsType0): Maximum number of
                jobs which can be in a pending or running state at any time in this association and its children
            grptres (list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresItem] | Unset):
                Maximum number of TRES able to be allocated by running jobs in this association and its children
            grptresmins (list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresminsItem] |
                Unset): Total number of TRES minutes that can possibly be used by past, present and future jobs in this
                association and its children
            grptresrunmins (list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresrunminsItem]
                | Unset): Maximum number of TRES minutes able to be allocated by running jobs in this association and its
                children
            grpwall (None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpwallType0):
                Maximum wall clock time in minutes able to be allocated by running jobs in this association and its children
            maxjobs (None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxjobsType0):
                Maximum number of running jobs per user in this association
            maxjobsaccrue (None | Unset |
                V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxjobsaccrueType0): Maximum number of
                pending jobs able to accrue age priority at any given time in this association
            maxsubmitjobs (None | Unset |
                V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxsubmitjobsType0): Maximum number of
                jobs which can be in a pending or running state at any time in this association
            maxtresminsperjob
                (list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresminsperjobItem] | Unset):
                Maximum number of TRES minutes each job is able to use in this association
            maxtresperjob (list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresperjobItem] |
                Unset): Maximum number of TRES each job is able to use in this association
            maxtrespernode (list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtrespernodeItem]
                | Unset): Maximum number of TRES each node is able to use
            maxtresrunmins (list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresrunminsItem]
                | Unset): Maximum number of TRES minutes able to be allocated by running jobs in this association
            maxwalldurationperjob (None | Unset |
                V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxwalldurationperjobType0): Maximum
                wall clock time each job is able to use in this association
            minpriothresh (None | Unset |
                V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MinpriothreshType0): Minimum priority
                required to reserve resources when scheduling
            parent (str | Unset): Name of parent account
            priority (None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0PriorityType0):
                Association priority factor
            qoslevel (list[str] | Unset): List of available QOS names
     """

    comment: str | Unset = UNSET
    defaultqos: str | Unset = UNSET
    fairshare: int | Unset = UNSET
    grpjobs: None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpjobsType0 = UNSET
    grpjobsaccrue: None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpjobsaccrueType0 = UNSET
    grpsubmitjobs: None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpsubmitjobsType0 = UNSET
    grptres: list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresItem] | Unset = UNSET
    grptresmins: list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresminsItem] | Unset = UNSET
    grptresrunmins: list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresrunminsItem] | Unset = UNSET
    grpwall: None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpwallType0 = UNSET
    maxjobs: None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxjobsType0 = UNSET
    maxjobsaccrue: None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxjobsaccrueType0 = UNSET
    maxsubmitjobs: None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxsubmitjobsType0 = UNSET
    maxtresminsperjob: list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresminsperjobItem] | Unset = UNSET
    maxtresperjob: list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresperjobItem] | Unset = UNSET
    maxtrespernode: list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtrespernodeItem] | Unset = UNSET
    maxtresrunmins: list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresrunminsItem] | Unset = UNSET
    maxwalldurationperjob: None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxwalldurationperjobType0 = UNSET
    minpriothresh: None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MinpriothreshType0 = UNSET
    parent: str | Unset = UNSET
    priority: None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0PriorityType0 = UNSET
    qoslevel: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grpjobs_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpjobsType0 # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grpjobsaccrue_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpjobsaccrueType0 # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grpsubmitjobs_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpsubmitjobsType0 # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grptres_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresItem # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grptresmins_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresminsItem # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grptresrunmins_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresrunminsItem # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grpwall_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpwallType0 # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxjobs_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxjobsType0 # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxjobsaccrue_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxjobsaccrueType0 # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxsubmitjobs_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxsubmitjobsType0 # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxtresminsperjob_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresminsperjobItem # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxtresperjob_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresperjobItem # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxtrespernode_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtrespernodeItem # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxtresrunmins_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresrunminsItem # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxwalldurationperjob_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxwalldurationperjobType0 # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_minpriothresh_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MinpriothreshType0 # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_priority_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0PriorityType0 # noqa: PLC0415
        comment = self.comment

        defaultqos = self.defaultqos

        fairshare = self.fairshare

        grpjobs: dict[str, Any] | None | Unset
        if isinstance(self.grpjobs, Unset):
            grpjobs = UNSET
        elif isinstance(self.grpjobs, V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpjobsType0):
            grpjobs = self.grpjobs.to_dict()
        else:
            grpjobs = self.grpjobs

        grpjobsaccrue: dict[str, Any] | None | Unset
        if isinstance(self.grpjobsaccrue, Unset):
            grpjobsaccrue = UNSET
        elif isinstance(self.grpjobsaccrue, V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpjobsaccrueType0):
            grpjobsaccrue = self.grpjobsaccrue.to_dict()
        else:
            grpjobsaccrue = self.grpjobsaccrue

        grpsubmitjobs: dict[str, Any] | None | Unset
        if isinstance(self.grpsubmitjobs, Unset):
            grpsubmitjobs = UNSET
        elif isinstance(self.grpsubmitjobs, V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpsubmitjobsType0):
            grpsubmitjobs = self.grpsubmitjobs.to_dict()
        else:
            grpsubmitjobs = self.grpsubmitjobs

        grptres: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.grptres, Unset):
            grptres = []
            for grptres_item_data in self.grptres:
                grptres_item = grptres_item_data.to_dict()
                grptres.append(grptres_item)



        grptresmins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.grptresmins, Unset):
            grptresmins = []
            for grptresmins_item_data in self.grptresmins:
                grptresmins_item = grptresmins_item_data.to_dict()
                grptresmins.append(grptresmins_item)



        grptresrunmins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.grptresrunmins, Unset):
            grptresrunmins = []
            for grptresrunmins_item_data in self.grptresrunmins:
                grptresrunmins_item = grptresrunmins_item_data.to_dict()
                grptresrunmins.append(grptresrunmins_item)



        grpwall: dict[str, Any] | None | Unset
        if isinstance(self.grpwall, Unset):
            grpwall = UNSET
        elif isinstance(self.grpwall, V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpwallType0):
            grpwall = self.grpwall.to_dict()
        else:
            grpwall = self.grpwall

        maxjobs: dict[str, Any] | None | Unset
        if isinstance(self.maxjobs, Unset):
            maxjobs = UNSET
        elif isinstance(self.maxjobs, V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxjobsType0):
            maxjobs = self.maxjobs.to_dict()
        else:
            maxjobs = self.maxjobs

        maxjobsaccrue: dict[str, Any] | None | Unset
        if isinstance(self.maxjobsaccrue, Unset):
            maxjobsaccrue = UNSET
        elif isinstance(self.maxjobsaccrue, V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxjobsaccrueType0):
            maxjobsaccrue = self.maxjobsaccrue.to_dict()
        else:
            maxjobsaccrue = self.maxjobsaccrue

        maxsubmitjobs: dict[str, Any] | None | Unset
        if isinstance(self.maxsubmitjobs, Unset):
            maxsubmitjobs = UNSET
        elif isinstance(self.maxsubmitjobs, V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxsubmitjobsType0):
            maxsubmitjobs = self.maxsubmitjobs.to_dict()
        else:
            maxsubmitjobs = self.maxsubmitjobs

        maxtresminsperjob: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.maxtresminsperjob, Unset):
            maxtresminsperjob = []
            for maxtresminsperjob_item_data in self.maxtresminsperjob:
                maxtresminsperjob_item = maxtresminsperjob_item_data.to_dict()
                maxtresminsperjob.append(maxtresminsperjob_item)



        maxtresperjob: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.maxtresperjob, Unset):
            maxtresperjob = []
            for maxtresperjob_item_data in self.maxtresperjob:
                maxtresperjob_item = maxtresperjob_item_data.to_dict()
                maxtresperjob.append(maxtresperjob_item)



        maxtrespernode: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.maxtrespernode, Unset):
            maxtrespernode = []
            for maxtrespernode_item_data in self.maxtrespernode:
                maxtrespernode_item = maxtrespernode_item_data.to_dict()
                maxtrespernode.append(maxtrespernode_item)



        maxtresrunmins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.maxtresrunmins, Unset):
            maxtresrunmins = []
            for maxtresrunmins_item_data in self.maxtresrunmins:
                maxtresrunmins_item = maxtresrunmins_item_data.to_dict()
                maxtresrunmins.append(maxtresrunmins_item)



        maxwalldurationperjob: dict[str, Any] | None | Unset
        if isinstance(self.maxwalldurationperjob, Unset):
            maxwalldurationperjob = UNSET
        elif isinstance(self.maxwalldurationperjob, V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxwalldurationperjobType0):
            maxwalldurationperjob = self.maxwalldurationperjob.to_dict()
        else:
            maxwalldurationperjob = self.maxwalldurationperjob

        minpriothresh: dict[str, Any] | None | Unset
        if isinstance(self.minpriothresh, Unset):
            minpriothresh = UNSET
        elif isinstance(self.minpriothresh, V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MinpriothreshType0):
            minpriothresh = self.minpriothresh.to_dict()
        else:
            minpriothresh = self.minpriothresh

        parent = self.parent

        priority: dict[str, Any] | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0PriorityType0):
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
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grpjobs_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpjobsType0 # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grpjobsaccrue_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpjobsaccrueType0 # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grpsubmitjobs_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpsubmitjobsType0 # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grptres_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresItem # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grptresmins_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresminsItem # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grptresrunmins_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresrunminsItem # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_grpwall_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpwallType0 # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxjobs_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxjobsType0 # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxjobsaccrue_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxjobsaccrueType0 # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxsubmitjobs_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxsubmitjobsType0 # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxtresminsperjob_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresminsperjobItem # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxtresperjob_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresperjobItem # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxtrespernode_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtrespernodeItem # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxtresrunmins_item import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresrunminsItem # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_maxwalldurationperjob_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxwalldurationperjobType0 # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_minpriothresh_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MinpriothreshType0 # noqa: PLC0415
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0_priority_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0PriorityType0 # noqa: PLC0415
        d = dict(src_dict)
        comment = d.pop("comment", UNSET)

        defaultqos = d.pop("defaultqos", UNSET)

        fairshare = d.pop("fairshare", UNSET)

        def _parse_grpjobs(data: object) -> None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpjobsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grpjobs_type_0 = V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpjobsType0.from_dict(data)



                return grpjobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpjobsType0, data)

        grpjobs = _parse_grpjobs(d.pop("grpjobs", UNSET))


        def _parse_grpjobsaccrue(data: object) -> None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpjobsaccrueType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grpjobsaccrue_type_0 = V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpjobsaccrueType0.from_dict(data)



                return grpjobsaccrue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpjobsaccrueType0, data)

        grpjobsaccrue = _parse_grpjobsaccrue(d.pop("grpjobsaccrue", UNSET))


        def _parse_grpsubmitjobs(data: object) -> None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpsubmitjobsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grpsubmitjobs_type_0 = V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpsubmitjobsType0.from_dict(data)



                return grpsubmitjobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpsubmitjobsType0, data)

        grpsubmitjobs = _parse_grpsubmitjobs(d.pop("grpsubmitjobs", UNSET))


        _grptres = d.pop("grptres", UNSET)
        grptres: list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresItem] | Unset = UNSET
        if _grptres is not UNSET:
            grptres = []
            for grptres_item_data in _grptres:
                grptres_item = V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresItem.from_dict(grptres_item_data)



                grptres.append(grptres_item)


        _grptresmins = d.pop("grptresmins", UNSET)
        grptresmins: list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresminsItem] | Unset = UNSET
        if _grptresmins is not UNSET:
            grptresmins = []
            for grptresmins_item_data in _grptresmins:
                grptresmins_item = V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresminsItem.from_dict(grptresmins_item_data)



                grptresmins.append(grptresmins_item)


        _grptresrunmins = d.pop("grptresrunmins", UNSET)
        grptresrunmins: list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresrunminsItem] | Unset = UNSET
        if _grptresrunmins is not UNSET:
            grptresrunmins = []
            for grptresrunmins_item_data in _grptresrunmins:
                grptresrunmins_item = V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrptresrunminsItem.from_dict(grptresrunmins_item_data)



                grptresrunmins.append(grptresrunmins_item)


        def _parse_grpwall(data: object) -> None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpwallType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grpwall_type_0 = V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpwallType0.from_dict(data)



                return grpwall_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0GrpwallType0, data)

        grpwall = _parse_grpwall(d.pop("grpwall", UNSET))


        def _parse_maxjobs(data: object) -> None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxjobsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                maxjobs_type_0 = V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxjobsType0.from_dict(data)



                return maxjobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxjobsType0, data)

        maxjobs = _parse_maxjobs(d.pop("maxjobs", UNSET))


        def _parse_maxjobsaccrue(data: object) -> None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxjobsaccrueType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                maxjobsaccrue_type_0 = V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxjobsaccrueType0.from_dict(data)



                return maxjobsaccrue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxjobsaccrueType0, data)

        maxjobsaccrue = _parse_maxjobsaccrue(d.pop("maxjobsaccrue", UNSET))


        def _parse_maxsubmitjobs(data: object) -> None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxsubmitjobsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                maxsubmitjobs_type_0 = V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxsubmitjobsType0.from_dict(data)



                return maxsubmitjobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxsubmitjobsType0, data)

        maxsubmitjobs = _parse_maxsubmitjobs(d.pop("maxsubmitjobs", UNSET))


        _maxtresminsperjob = d.pop("maxtresminsperjob", UNSET)
        maxtresminsperjob: list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresminsperjobItem] | Unset = UNSET
        if _maxtresminsperjob is not UNSET:
            maxtresminsperjob = []
            for maxtresminsperjob_item_data in _maxtresminsperjob:
                maxtresminsperjob_item = V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresminsperjobItem.from_dict(maxtresminsperjob_item_data)



                maxtresminsperjob.append(maxtresminsperjob_item)


        _maxtresperjob = d.pop("maxtresperjob", UNSET)
        maxtresperjob: list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresperjobItem] | Unset = UNSET
        if _maxtresperjob is not UNSET:
            maxtresperjob = []
            for maxtresperjob_item_data in _maxtresperjob:
                maxtresperjob_item = V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresperjobItem.from_dict(maxtresperjob_item_data)



                maxtresperjob.append(maxtresperjob_item)


        _maxtrespernode = d.pop("maxtrespernode", UNSET)
        maxtrespernode: list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtrespernodeItem] | Unset = UNSET
        if _maxtrespernode is not UNSET:
            maxtrespernode = []
            for maxtrespernode_item_data in _maxtrespernode:
                maxtrespernode_item = V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtrespernodeItem.from_dict(maxtrespernode_item_data)



                maxtrespernode.append(maxtrespernode_item)


        _maxtresrunmins = d.pop("maxtresrunmins", UNSET)
        maxtresrunmins: list[V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresrunminsItem] | Unset = UNSET
        if _maxtresrunmins is not UNSET:
            maxtresrunmins = []
            for maxtresrunmins_item_data in _maxtresrunmins:
                maxtresrunmins_item = V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxtresrunminsItem.from_dict(maxtresrunmins_item_data)



                maxtresrunmins.append(maxtresrunmins_item)


        def _parse_maxwalldurationperjob(data: object) -> None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxwalldurationperjobType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                maxwalldurationperjob_type_0 = V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxwalldurationperjobType0.from_dict(data)



                return maxwalldurationperjob_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MaxwalldurationperjobType0, data)

        maxwalldurationperjob = _parse_maxwalldurationperjob(d.pop("maxwalldurationperjob", UNSET))


        def _parse_minpriothresh(data: object) -> None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MinpriothreshType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                minpriothresh_type_0 = V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MinpriothreshType0.from_dict(data)



                return minpriothresh_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0MinpriothreshType0, data)

        minpriothresh = _parse_minpriothresh(d.pop("minpriothresh", UNSET))


        parent = d.pop("parent", UNSET)

        def _parse_priority(data: object) -> None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0PriorityType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                priority_type_0 = V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0PriorityType0.from_dict(data)



                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0PriorityType0, data)

        priority = _parse_priority(d.pop("priority", UNSET))


        qoslevel = cast(list[str], d.pop("qoslevel", UNSET))


        v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0 = cls(
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


        v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0.additional_properties = d
        return v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0

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
