from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.v0044_openapi_accounts_add_cond_resp import V0044OpenapiAccountsAddCondResp
from ...models.v0044_openapi_accounts_add_cond_resp_str import V0044OpenapiAccountsAddCondRespStr
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: V0044OpenapiAccountsAddCondResp | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/slurmdb/v0.0.44/accounts_association/",
    }

    
    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V0044OpenapiAccountsAddCondRespStr:
    if response.status_code == 200:
        response_200 = V0044OpenapiAccountsAddCondRespStr.from_dict(response.json())



        return response_200

    response_default = V0044OpenapiAccountsAddCondRespStr.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[V0044OpenapiAccountsAddCondRespStr]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: V0044OpenapiAccountsAddCondResp | Unset = UNSET,

) -> Response[V0044OpenapiAccountsAddCondRespStr]:
    """ Add accounts with conditional association

    Args:
        body (V0044OpenapiAccountsAddCondResp | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0044OpenapiAccountsAddCondRespStr]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    body: V0044OpenapiAccountsAddCondResp | Unset = UNSET,

) -> V0044OpenapiAccountsAddCondRespStr | None:
    """ Add accounts with conditional association

    Args:
        body (V0044OpenapiAccountsAddCondResp | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0044OpenapiAccountsAddCondRespStr
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: V0044OpenapiAccountsAddCondResp | Unset = UNSET,

) -> Response[V0044OpenapiAccountsAddCondRespStr]:
    """ Add accounts with conditional association

    Args:
        body (V0044OpenapiAccountsAddCondResp | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0044OpenapiAccountsAddCondRespStr]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: V0044OpenapiAccountsAddCondResp | Unset = UNSET,

) -> V0044OpenapiAccountsAddCondRespStr | None:
    """ Add accounts with conditional association

    Args:
        body (V0044OpenapiAccountsAddCondResp | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0044OpenapiAccountsAddCondRespStr
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
