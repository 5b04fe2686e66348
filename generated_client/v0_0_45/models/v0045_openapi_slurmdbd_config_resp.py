from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_account import V0045Account
  from ..models.v0045_assoc import V0045Assoc
  from ..models.v0045_cluster_rec import V0045ClusterRec
  from ..models.v0045_openapi_error import V0045OpenapiError
  from ..models.v0045_openapi_meta import V0045OpenapiMeta
  from ..models.v0045_openapi_warning import V0045OpenapiWarning
  from ..models.v0045_qos import V0045Qos
  from ..models.v0045_tres import V0045Tres
  from ..models.v0045_user import V0045User
  from ..models.v0045_wckey import V0045Wckey





T = TypeVar("T", bound="V0045OpenapiSlurmdbdConfigResp")



@_attrs_define
class V0045OpenapiSlurmdbdConfigResp:
    """ 
        Attributes:
            accounts (list[V0045Account] | Unset):
            associations (list[V0045Assoc] | Unset):
            clusters (list[V0045ClusterRec] | Unset):
            errors (list[V0045OpenapiError] | Unset):
            meta (None | Unset | V0045OpenapiMeta): Slurm meta values
            qos (list[V0045Qos] | Unset):
            tres (list[V0045Tres] | Unset):
            users (list[V0045User] | Unset):
            warnings (list[V0045OpenapiWarning] | Unset):
            wckeys (list[V0045Wckey] | Unset):
     """

    accounts: list[V0045Account] | Unset = UNSET
    associations: list[V0045Assoc] | Unset = UNSET
    clusters: list[V0045ClusterRec] | Unset = UNSET
    errors: list[V0045OpenapiError] | Unset = UNSET
    meta: None | Unset | V0045OpenapiMeta = UNSET
    qos: list[V0045Qos] | Unset = UNSET
    tres: list[V0045Tres] | Unset = UNSET
    users: list[V0045User] | Unset = UNSET
    warnings: list[V0045OpenapiWarning] | Unset = UNSET
    wckeys: list[V0045Wckey] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_account import V0045Account # noqa: PLC0415
        from ..models.v0045_assoc import V0045Assoc # noqa: PLC0415
        from ..models.v0045_cluster_rec import V0045ClusterRec # noqa: PLC0415
        from ..models.v0045_openapi_error import V0045OpenapiError # noqa: PLC0415
        from ..models.v0045_openapi_meta import V0045OpenapiMeta # noqa: PLC0415
        from ..models.v0045_openapi_warning import V0045OpenapiWarning # noqa: PLC0415
        from ..models.v0045_qos import V0045Qos # noqa: PLC0415
        from ..models.v0045_tres import V0045Tres # noqa: PLC0415
        from ..models.v0045_user import V0045User # noqa: PLC0415
        from ..models.v0045_wckey import V0045Wckey # noqa: PLC0415
        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for componentsschemasv0_0_45_account_list_item_data in self.accounts:
                componentsschemasv0_0_45_account_list_item = componentsschemasv0_0_45_account_list_item_data.to_dict()
                accounts.append(componentsschemasv0_0_45_account_list_item)



        associations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.associations, Unset):
            associations = []
            for componentsschemasv0_0_45_assoc_list_item_data in self.associations:
                componentsschemasv0_0_45_assoc_list_item = componentsschemasv0_0_45_assoc_list_item_data.to_dict()
                associations.append(componentsschemasv0_0_45_assoc_list_item)



        clusters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clusters, Unset):
            clusters = []
            for componentsschemasv0_0_45_cluster_rec_list_item_data in self.clusters:
                componentsschemasv0_0_45_cluster_rec_list_item = componentsschemasv0_0_45_cluster_rec_list_item_data.to_dict()
                clusters.append(componentsschemasv0_0_45_cluster_rec_list_item)



        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for componentsschemasv0_0_45_openapi_errors_item_data in self.errors:
                componentsschemasv0_0_45_openapi_errors_item = componentsschemasv0_0_45_openapi_errors_item_data.to_dict()
                errors.append(componentsschemasv0_0_45_openapi_errors_item)



        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, V0045OpenapiMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        qos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.qos, Unset):
            qos = []
            for componentsschemasv0_0_45_qos_list_item_data in self.qos:
                componentsschemasv0_0_45_qos_list_item = componentsschemasv0_0_45_qos_list_item_data.to_dict()
                qos.append(componentsschemasv0_0_45_qos_list_item)



        tres: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tres, Unset):
            tres = []
            for componentsschemasv0_0_45_tres_list_item_data in self.tres:
                componentsschemasv0_0_45_tres_list_item = componentsschemasv0_0_45_tres_list_item_data.to_dict()
                tres.append(componentsschemasv0_0_45_tres_list_item)



        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for componentsschemasv0_0_45_user_list_item_data in self.users:
                componentsschemasv0_0_45_user_list_item = componentsschemasv0_0_45_user_list_item_data.to_dict()
                users.append(componentsschemasv0_0_45_user_list_item)



        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for componentsschemasv0_0_45_openapi_warnings_item_data in self.warnings:
                componentsschemasv0_0_45_openapi_warnings_item = componentsschemasv0_0_45_openapi_warnings_item_data.to_dict()
                warnings.append(componentsschemasv0_0_45_openapi_warnings_item)



        wckeys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wckeys, Unset):
            wckeys = []
            for componentsschemasv0_0_45_wckey_list_item_data in self.wckeys:
                componentsschemasv0_0_45_wckey_list_item = componentsschemasv0_0_45_wckey_list_item_data.to_dict()
                wckeys.append(componentsschemasv0_0_45_wckey_list_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if associations is not UNSET:
            field_dict["associations"] = associations
        if clusters is not UNSET:
            field_dict["clusters"] = clusters
        if errors is not UNSET:
            field_dict["errors"] = errors
        if meta is not UNSET:
            field_dict["meta"] = meta
        if qos is not UNSET:
            field_dict["qos"] = qos
        if tres is not UNSET:
            field_dict["tres"] = tres
        if users is not UNSET:
            field_dict["users"] = users
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if wckeys is not UNSET:
            field_dict["wckeys"] = wckeys

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_account import V0045Account # noqa: PLC0415
        from ..models.v0045_assoc import V0045Assoc # noqa: PLC0415
        from ..models.v0045_cluster_rec import V0045ClusterRec # noqa: PLC0415
        from ..models.v0045_openapi_error import V0045OpenapiError # noqa: PLC0415
        from ..models.v0045_openapi_meta import V0045OpenapiMeta # noqa: PLC0415
        from ..models.v0045_openapi_warning import V0045OpenapiWarning # noqa: PLC0415
        from ..models.v0045_qos import V0045Qos # noqa: PLC0415
        from ..models.v0045_tres import V0045Tres # noqa: PLC0415
        from ..models.v0045_user import V0045User # noqa: PLC0415
        from ..models.v0045_wckey import V0045Wckey # noqa: PLC0415
        d = dict(src_dict)
        _accounts = d.pop("accounts", UNSET)
        accounts: list[V0045Account] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = []
            for componentsschemasv0_0_45_account_list_item_data in _accounts:
                componentsschemasv0_0_45_account_list_item = V0045Account.from_dict(componentsschemasv0_0_45_account_list_item_data)



                accounts.append(componentsschemasv0_0_45_account_list_item)


        _associations = d.pop("associations", UNSET)
        associations: list[V0045Assoc] | Unset = UNSET
        if _associations is not UNSET:
            associations = []
            for componentsschemasv0_0_45_assoc_list_item_data in _associations:
                componentsschemasv0_0_45_assoc_list_item = V0045Assoc.from_dict(componentsschemasv0_0_45_assoc_list_item_data)



                associations.append(componentsschemasv0_0_45_assoc_list_item)


        _clusters = d.pop("clusters", UNSET)
        clusters: list[V0045ClusterRec] | Unset = UNSET
        if _clusters is not UNSET:
            clusters = []
            for componentsschemasv0_0_45_cluster_rec_list_item_data in _clusters:
                componentsschemasv0_0_45_cluster_rec_list_item = V0045ClusterRec.from_dict(componentsschemasv0_0_45_cluster_rec_list_item_data)



                clusters.append(componentsschemasv0_0_45_cluster_rec_list_item)


        _errors = d.pop("errors", UNSET)
        errors: list[V0045OpenapiError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for componentsschemasv0_0_45_openapi_errors_item_data in _errors:
                componentsschemasv0_0_45_openapi_errors_item = V0045OpenapiError.from_dict(componentsschemasv0_0_45_openapi_errors_item_data)



                errors.append(componentsschemasv0_0_45_openapi_errors_item)


        def _parse_meta(data: object) -> None | Unset | V0045OpenapiMeta:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = V0045OpenapiMeta.from_dict(data)



                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045OpenapiMeta, data)

        meta = _parse_meta(d.pop("meta", UNSET))


        _qos = d.pop("qos", UNSET)
        qos: list[V0045Qos] | Unset = UNSET
        if _qos is not UNSET:
            qos = []
            for componentsschemasv0_0_45_qos_list_item_data in _qos:
                componentsschemasv0_0_45_qos_list_item = V0045Qos.from_dict(componentsschemasv0_0_45_qos_list_item_data)



                qos.append(componentsschemasv0_0_45_qos_list_item)


        _tres = d.pop("tres", UNSET)
        tres: list[V0045Tres] | Unset = UNSET
        if _tres is not UNSET:
            tres = []
            for componentsschemasv0_0_45_tres_list_item_data in _tres:
                componentsschemasv0_0_45_tres_list_item = V0045Tres.from_dict(componentsschemasv0_0_45_tres_list_item_data)



                tres.append(componentsschemasv0_0_45_tres_list_item)


        _users = d.pop("users", UNSET)
        users: list[V0045User] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for componentsschemasv0_0_45_user_list_item_data in _users:
                componentsschemasv0_0_45_user_list_item = V0045User.from_dict(componentsschemasv0_0_45_user_list_item_data)



                users.append(componentsschemasv0_0_45_user_list_item)


        _warnings = d.pop("warnings", UNSET)
        warnings: list[V0045OpenapiWarning] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for componentsschemasv0_0_45_openapi_warnings_item_data in _warnings:
                componentsschemasv0_0_45_openapi_warnings_item = V0045OpenapiWarning.from_dict(componentsschemasv0_0_45_openapi_warnings_item_data)



                warnings.append(componentsschemasv0_0_45_openapi_warnings_item)


        _wckeys = d.pop("wckeys", UNSET)
        wckeys: list[V0045Wckey] | Unset = UNSET
        if _wckeys is not UNSET:
            wckeys = []
            for componentsschemasv0_0_45_wckey_list_item_data in _wckeys:
                componentsschemasv0_0_45_wckey_list_item = V0045Wckey.from_dict(componentsschemasv0_0_45_wckey_list_item_data)



                wckeys.append(componentsschemasv0_0_45_wckey_list_item)


        v0045_openapi_slurmdbd_config_resp = cls(
            accounts=accounts,
            associations=associations,
            clusters=clusters,
            errors=errors,
            meta=meta,
            qos=qos,
            tres=tres,
            users=users,
            warnings=warnings,
            wckeys=wckeys,
        )


        v0045_openapi_slurmdbd_config_resp.additional_properties = d
        return v0045_openapi_slurmdbd_config_resp

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
