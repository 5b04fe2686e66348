from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.v0041_openapi_clusters_resp import V0041OpenapiClustersResp
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    update_time: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["update_time"] = update_time


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/slurmdb/v0.0.41/clusters/",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V0041OpenapiClustersResp:
    if response.status_code == 200:
        response_200 = V0041OpenapiClustersResp.from_dict(response.json())



        return response_200

    response_default = V0041OpenapiClustersResp.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[V0041OpenapiClustersResp]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    update_time: str | Unset = UNSET,

) -> Response[V0041OpenapiClustersResp]:
    """ Get cluster list

    Args:
        update_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0041OpenapiClustersResp]
     """


    kwargs = _get_kwargs(
        update_time=update_time,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    update_time: str | Unset = UNSET,

) -> V0041OpenapiClustersResp | None:
    """ Get cluster list

    Args:
        update_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0041OpenapiClustersResp
     """


    return sync_detailed(
        client=client,
update_time=update_time,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    update_time: str | Unset = UNSET,

) -> Response[V0041OpenapiClustersResp]:
    """ Get cluster list

    Args:
        update_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0041OpenapiClustersResp]
     """


    kwargs = _get_kwargs(
        update_time=update_time,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    update_time: str | Unset = UNSET,

) -> V0041OpenapiClustersResp | None:
    """ Get cluster list

    Args:
        update_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0041OpenapiClustersResp
     """


    return (await asyncio_detailed(
        client=client,
update_time=update_time,

    )).parsed
