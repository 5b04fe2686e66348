from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.v0040_openapi_resp import V0040OpenapiResp
from ...models.v0040_openapi_slurmdbd_qos_resp import V0040OpenapiSlurmdbdQosResp
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: V0040OpenapiSlurmdbdQosResp | Unset = UNSET,
    description: str | Unset = UNSET,
    id: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    preempt_mode: str | Unset = UNSET,
    with_deleted: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    params: dict[str, Any] = {}

    params["description"] = description

    params["id"] = id

    params["format"] = format_

    params["name"] = name

    params["preempt_mode"] = preempt_mode

    params["with_deleted"] = with_deleted


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/slurmdb/v0.0.40/qos/",
        "params": params,
    }

    
    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V0040OpenapiResp:
    if response.status_code == 200:
        response_200 = V0040OpenapiResp.from_dict(response.json())



        return response_200

    response_default = V0040OpenapiResp.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[V0040OpenapiResp]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: V0040OpenapiSlurmdbdQosResp | Unset = UNSET,
    description: str | Unset = UNSET,
    id: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    preempt_mode: str | Unset = UNSET,
    with_deleted: str | Unset = UNSET,

) -> Response[V0040OpenapiResp]:
    """ Add or update QOSs

    Args:
        description (str | Unset):
        id (str | Unset):
        format_ (str | Unset):
        name (str | Unset):
        preempt_mode (str | Unset):
        with_deleted (str | Unset):
        body (V0040OpenapiSlurmdbdQosResp | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0040OpenapiResp]
     """


    kwargs = _get_kwargs(
        body=body,
description=description,
id=id,
format_=format_,
name=name,
preempt_mode=preempt_mode,
with_deleted=with_deleted,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    body: V0040OpenapiSlurmdbdQosResp | Unset = UNSET,
    description: str | Unset = UNSET,
    id: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    preempt_mode: str | Unset = UNSET,
    with_deleted: str | Unset = UNSET,

) -> V0040OpenapiResp | None:
    """ Add or update QOSs

    Args:
        description (str | Unset):
        id (str | Unset):
        format_ (str | Unset):
        name (str | Unset):
        preempt_mode (str | Unset):
        with_deleted (str | Unset):
        body (V0040OpenapiSlurmdbdQosResp | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0040OpenapiResp
     """


    return sync_detailed(
        client=client,
body=body,
description=description,
id=id,
format_=format_,
name=name,
preempt_mode=preempt_mode,
with_deleted=with_deleted,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: V0040OpenapiSlurmdbdQosResp | Unset = UNSET,
    description: str | Unset = UNSET,
    id: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    preempt_mode: str | Unset = UNSET,
    with_deleted: str | Unset = UNSET,

) -> Response[V0040OpenapiResp]:
    """ Add or update QOSs

    Args:
        description (str | Unset):
        id (str | Unset):
        format_ (str | Unset):
        name (str | Unset):
        preempt_mode (str | Unset):
        with_deleted (str | Unset):
        body (V0040OpenapiSlurmdbdQosResp | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0040OpenapiResp]
     """


    kwargs = _get_kwargs(
        body=body,
description=description,
id=id,
format_=format_,
name=name,
preempt_mode=preempt_mode,
with_deleted=with_deleted,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: V0040OpenapiSlurmdbdQosResp | Unset = UNSET,
    description: str | Unset = UNSET,
    id: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    preempt_mode: str | Unset = UNSET,
    with_deleted: str | Unset = UNSET,

) -> V0040OpenapiResp | None:
    """ Add or update QOSs

    Args:
        description (str | Unset):
        id (str | Unset):
        format_ (str | Unset):
        name (str | Unset):
        preempt_mode (str | Unset):
        with_deleted (str | Unset):
        body (V0040OpenapiSlurmdbdQosResp | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0040OpenapiResp
     """


    return (await asyncio_detailed(
        client=client,
body=body,
description=description,
id=id,
format_=format_,
name=name,
preempt_mode=preempt_mode,
with_deleted=with_deleted,

    )).parsed
