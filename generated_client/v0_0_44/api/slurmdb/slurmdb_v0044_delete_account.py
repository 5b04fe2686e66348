from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.v0044_openapi_accounts_removed_resp import V0044OpenapiAccountsRemovedResp
from typing import cast



def _get_kwargs(
    account_name: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/slurmdb/v0.0.44/account/{account_name}".format(account_name=quote(str(account_name), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V0044OpenapiAccountsRemovedResp:
    if response.status_code == 200:
        response_200 = V0044OpenapiAccountsRemovedResp.from_dict(response.json())



        return response_200

    response_default = V0044OpenapiAccountsRemovedResp.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[V0044OpenapiAccountsRemovedResp]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_name: str,
    *,
    client: AuthenticatedClient | Client,

) -> Response[V0044OpenapiAccountsRemovedResp]:
    """ Delete account

    Args:
        account_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0044OpenapiAccountsRemovedResp]
     """


    kwargs = _get_kwargs(
        account_name=account_name,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    account_name: str,
    *,
    client: AuthenticatedClient | Client,

) -> V0044OpenapiAccountsRemovedResp | None:
    """ Delete account

    Args:
        account_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0044OpenapiAccountsRemovedResp
     """


    return sync_detailed(
        account_name=account_name,
client=client,

    ).parsed

async def asyncio_detailed(
    account_name: str,
    *,
    client: AuthenticatedClient | Client,

) -> Response[V0044OpenapiAccountsRemovedResp]:
    """ Delete account

    Args:
        account_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0044OpenapiAccountsRemovedResp]
     """


    kwargs = _get_kwargs(
        account_name=account_name,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    account_name: str,
    *,
    client: AuthenticatedClient | Client,

) -> V0044OpenapiAccountsRemovedResp | None:
    """ Delete account

    Args:
        account_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0044OpenapiAccountsRemovedResp
     """


    return (await asyncio_detailed(
        account_name=account_name,
client=client,

    )).parsed
