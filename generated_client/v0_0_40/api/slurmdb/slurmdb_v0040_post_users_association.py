from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.v0040_openapi_users_add_cond_resp import V0040OpenapiUsersAddCondResp
from ...models.v0040_openapi_users_add_cond_resp_str import V0040OpenapiUsersAddCondRespStr
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: V0040OpenapiUsersAddCondResp | Unset = UNSET,
    update_time: str | Unset = UNSET,
    flags: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    params: dict[str, Any] = {}

    params["update_time"] = update_time

    params["flags"] = flags


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/slurmdb/v0.0.40/users_association/",
        "params": params,
    }

    
    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V0040OpenapiUsersAddCondRespStr:
    if response.status_code == 200:
        response_200 = V0040OpenapiUsersAddCondRespStr.from_dict(response.json())



        return response_200

    response_default = V0040OpenapiUsersAddCondRespStr.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[V0040OpenapiUsersAddCondRespStr]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: V0040OpenapiUsersAddCondResp | Unset = UNSET,
    update_time: str | Unset = UNSET,
    flags: str | Unset = UNSET,

) -> Response[V0040OpenapiUsersAddCondRespStr]:
    """ Add users with conditional association

    Args:
        update_time (str | Unset):
        flags (str | Unset):
        body (V0040OpenapiUsersAddCondResp | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0040OpenapiUsersAddCondRespStr]
     """


    kwargs = _get_kwargs(
        body=body,
update_time=update_time,
flags=flags,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    body: V0040OpenapiUsersAddCondResp | Unset = UNSET,
    update_time: str | Unset = UNSET,
    flags: str | Unset = UNSET,

) -> V0040OpenapiUsersAddCondRespStr | None:
    """ Add users with conditional association

    Args:
        update_time (str | Unset):
        flags (str | Unset):
        body (V0040OpenapiUsersAddCondResp | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0040OpenapiUsersAddCondRespStr
     """


    return sync_detailed(
        client=client,
body=body,
update_time=update_time,
flags=flags,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: V0040OpenapiUsersAddCondResp | Unset = UNSET,
    update_time: str | Unset = UNSET,
    flags: str | Unset = UNSET,

) -> Response[V0040OpenapiUsersAddCondRespStr]:
    """ Add users with conditional association

    Args:
        update_time (str | Unset):
        flags (str | Unset):
        body (V0040OpenapiUsersAddCondResp | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0040OpenapiUsersAddCondRespStr]
     """


    kwargs = _get_kwargs(
        body=body,
update_time=update_time,
flags=flags,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: V0040OpenapiUsersAddCondResp | Unset = UNSET,
    update_time: str | Unset = UNSET,
    flags: str | Unset = UNSET,

) -> V0040OpenapiUsersAddCondRespStr | None:
    """ Add users with conditional association

    Args:
        update_time (str | Unset):
        flags (str | Unset):
        body (V0040OpenapiUsersAddCondResp | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0040OpenapiUsersAddCondRespStr
     """


    return (await asyncio_detailed(
        client=client,
body=body,
update_time=update_time,
flags=flags,

    )).parsed
