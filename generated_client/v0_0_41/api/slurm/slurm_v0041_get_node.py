from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.v0041_openapi_nodes_resp import V0041OpenapiNodesResp
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    node_name: str,
    *,
    update_time: str | Unset = UNSET,
    flags: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["update_time"] = update_time

    params["flags"] = flags


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/slurm/v0.0.41/node/{node_name}".format(node_name=quote(str(node_name), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V0041OpenapiNodesResp:
    if response.status_code == 200:
        response_200 = V0041OpenapiNodesResp.from_dict(response.json())



        return response_200

    response_default = V0041OpenapiNodesResp.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[V0041OpenapiNodesResp]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    node_name: str,
    *,
    client: AuthenticatedClient | Client,
    update_time: str | Unset = UNSET,
    flags: str | Unset = UNSET,

) -> Response[V0041OpenapiNodesResp]:
    """ get node info

    Args:
        node_name (str):
        update_time (str | Unset):
        flags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0041OpenapiNodesResp]
     """


    kwargs = _get_kwargs(
        node_name=node_name,
update_time=update_time,
flags=flags,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    node_name: str,
    *,
    client: AuthenticatedClient | Client,
    update_time: str | Unset = UNSET,
    flags: str | Unset = UNSET,

) -> V0041OpenapiNodesResp | None:
    """ get node info

    Args:
        node_name (str):
        update_time (str | Unset):
        flags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0041OpenapiNodesResp
     """


    return sync_detailed(
        node_name=node_name,
client=client,
update_time=update_time,
flags=flags,

    ).parsed

async def asyncio_detailed(
    node_name: str,
    *,
    client: AuthenticatedClient | Client,
    update_time: str | Unset = UNSET,
    flags: str | Unset = UNSET,

) -> Response[V0041OpenapiNodesResp]:
    """ get node info

    Args:
        node_name (str):
        update_time (str | Unset):
        flags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0041OpenapiNodesResp]
     """


    kwargs = _get_kwargs(
        node_name=node_name,
update_time=update_time,
flags=flags,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    node_name: str,
    *,
    client: AuthenticatedClient | Client,
    update_time: str | Unset = UNSET,
    flags: str | Unset = UNSET,

) -> V0041OpenapiNodesResp | None:
    """ get node info

    Args:
        node_name (str):
        update_time (str | Unset):
        flags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0041OpenapiNodesResp
     """


    return (await asyncio_detailed(
        node_name=node_name,
client=client,
update_time=update_time,
flags=flags,

    )).parsed
