from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.v0042_openapi_shares_resp import V0042OpenapiSharesResp
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    accounts: str | Unset = UNSET,
    users: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["accounts"] = accounts

    params["users"] = users


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/slurm/v0.0.42/shares",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V0042OpenapiSharesResp:
    if response.status_code == 200:
        response_200 = V0042OpenapiSharesResp.from_dict(response.json())



        return response_200

    response_default = V0042OpenapiSharesResp.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[V0042OpenapiSharesResp]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    accounts: str | Unset = UNSET,
    users: str | Unset = UNSET,

) -> Response[V0042OpenapiSharesResp]:
    """ get fairshare info

    Args:
        accounts (str | Unset):
        users (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0042OpenapiSharesResp]
     """


    kwargs = _get_kwargs(
        accounts=accounts,
users=users,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    accounts: str | Unset = UNSET,
    users: str | Unset = UNSET,

) -> V0042OpenapiSharesResp | None:
    """ get fairshare info

    Args:
        accounts (str | Unset):
        users (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0042OpenapiSharesResp
     """


    return sync_detailed(
        client=client,
accounts=accounts,
users=users,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    accounts: str | Unset = UNSET,
    users: str | Unset = UNSET,

) -> Response[V0042OpenapiSharesResp]:
    """ get fairshare info

    Args:
        accounts (str | Unset):
        users (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0042OpenapiSharesResp]
     """


    kwargs = _get_kwargs(
        accounts=accounts,
users=users,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    accounts: str | Unset = UNSET,
    users: str | Unset = UNSET,

) -> V0042OpenapiSharesResp | None:
    """ get fairshare info

    Args:
        accounts (str | Unset):
        users (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0042OpenapiSharesResp
     """


    return (await asyncio_detailed(
        client=client,
accounts=accounts,
users=users,

    )).parsed
