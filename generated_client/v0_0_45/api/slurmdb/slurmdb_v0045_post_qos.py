from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.v0045_openapi_resp import V0045OpenapiResp
from ...models.v0045_openapi_slurmdbd_qos_resp import V0045OpenapiSlurmdbdQosResp
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: V0045OpenapiSlurmdbdQosResp | Unset = UNSET,
    description: str | Unset = UNSET,
    include_deleted_qos: str | Unset = UNSET,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    preempt_mode: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    params: dict[str, Any] = {}

    params["description"] = description

    params["Include deleted QOS"] = include_deleted_qos

    params["id"] = id

    params["name"] = name

    params["preempt_mode"] = preempt_mode


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/slurmdb/v0.0.45/qos/",
        "params": params,
    }

    
    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V0045OpenapiResp:
    if response.status_code == 200:
        response_200 = V0045OpenapiResp.from_dict(response.json())



        return response_200

    response_default = V0045OpenapiResp.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[V0045OpenapiResp]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: V0045OpenapiSlurmdbdQosResp | Unset = UNSET,
    description: str | Unset = UNSET,
    include_deleted_qos: str | Unset = UNSET,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    preempt_mode: str | Unset = UNSET,

) -> Response[V0045OpenapiResp]:
    """ Add or update QOSs

    Args:
        description (str | Unset):
        include_deleted_qos (str | Unset):
        id (str | Unset):
        name (str | Unset):
        preempt_mode (str | Unset):
        body (V0045OpenapiSlurmdbdQosResp | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0045OpenapiResp]
     """


    kwargs = _get_kwargs(
        body=body,
description=description,
include_deleted_qos=include_deleted_qos,
id=id,
name=name,
preempt_mode=preempt_mode,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    body: V0045OpenapiSlurmdbdQosResp | Unset = UNSET,
    description: str | Unset = UNSET,
    include_deleted_qos: str | Unset = UNSET,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    preempt_mode: str | Unset = UNSET,

) -> V0045OpenapiResp | None:
    """ Add or update QOSs

    Args:
        description (str | Unset):
        include_deleted_qos (str | Unset):
        id (str | Unset):
        name (str | Unset):
        preempt_mode (str | Unset):
        body (V0045OpenapiSlurmdbdQosResp | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0045OpenapiResp
     """


    return sync_detailed(
        client=client,
body=body,
description=description,
include_deleted_qos=include_deleted_qos,
id=id,
name=name,
preempt_mode=preempt_mode,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: V0045OpenapiSlurmdbdQosResp | Unset = UNSET,
    description: str | Unset = UNSET,
    include_deleted_qos: str | Unset = UNSET,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    preempt_mode: str | Unset = UNSET,

) -> Response[V0045OpenapiResp]:
    """ Add or update QOSs

    Args:
        description (str | Unset):
        include_deleted_qos (str | Unset):
        id (str | Unset):
        name (str | Unset):
        preempt_mode (str | Unset):
        body (V0045OpenapiSlurmdbdQosResp | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0045OpenapiResp]
     """


    kwargs = _get_kwargs(
        body=body,
description=description,
include_deleted_qos=include_deleted_qos,
id=id,
name=name,
preempt_mode=preempt_mode,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: V0045OpenapiSlurmdbdQosResp | Unset = UNSET,
    description: str | Unset = UNSET,
    include_deleted_qos: str | Unset = UNSET,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    preempt_mode: str | Unset = UNSET,

) -> V0045OpenapiResp | None:
    """ Add or update QOSs

    Args:
        description (str | Unset):
        include_deleted_qos (str | Unset):
        id (str | Unset):
        name (str | Unset):
        preempt_mode (str | Unset):
        body (V0045OpenapiSlurmdbdQosResp | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0045OpenapiResp
     """


    return (await asyncio_detailed(
        client=client,
body=body,
description=description,
include_deleted_qos=include_deleted_qos,
id=id,
name=name,
preempt_mode=preempt_mode,

    )).parsed
