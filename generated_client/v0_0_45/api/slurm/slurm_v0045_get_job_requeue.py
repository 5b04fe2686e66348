from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.v0045_openapi_job_requeue_resp import V0045OpenapiJobRequeueResp
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    job_id: str,
    *,
    incomplete: str | Unset = UNSET,
    hold: str | Unset = UNSET,
    special_exit: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["Incomplete"] = incomplete

    params["Hold"] = hold

    params["SpecialExit"] = special_exit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/slurm/v0.0.45/job/{job_id}/requeue".format(job_id=quote(str(job_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V0045OpenapiJobRequeueResp:
    if response.status_code == 200:
        response_200 = V0045OpenapiJobRequeueResp.from_dict(response.json())



        return response_200

    response_default = V0045OpenapiJobRequeueResp.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[V0045OpenapiJobRequeueResp]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    incomplete: str | Unset = UNSET,
    hold: str | Unset = UNSET,
    special_exit: str | Unset = UNSET,

) -> Response[V0045OpenapiJobRequeueResp]:
    """ request job requeue

    Args:
        job_id (str):
        incomplete (str | Unset):
        hold (str | Unset):
        special_exit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0045OpenapiJobRequeueResp]
     """


    kwargs = _get_kwargs(
        job_id=job_id,
incomplete=incomplete,
hold=hold,
special_exit=special_exit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    incomplete: str | Unset = UNSET,
    hold: str | Unset = UNSET,
    special_exit: str | Unset = UNSET,

) -> V0045OpenapiJobRequeueResp | None:
    """ request job requeue

    Args:
        job_id (str):
        incomplete (str | Unset):
        hold (str | Unset):
        special_exit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0045OpenapiJobRequeueResp
     """


    return sync_detailed(
        job_id=job_id,
client=client,
incomplete=incomplete,
hold=hold,
special_exit=special_exit,

    ).parsed

async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    incomplete: str | Unset = UNSET,
    hold: str | Unset = UNSET,
    special_exit: str | Unset = UNSET,

) -> Response[V0045OpenapiJobRequeueResp]:
    """ request job requeue

    Args:
        job_id (str):
        incomplete (str | Unset):
        hold (str | Unset):
        special_exit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0045OpenapiJobRequeueResp]
     """


    kwargs = _get_kwargs(
        job_id=job_id,
incomplete=incomplete,
hold=hold,
special_exit=special_exit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    incomplete: str | Unset = UNSET,
    hold: str | Unset = UNSET,
    special_exit: str | Unset = UNSET,

) -> V0045OpenapiJobRequeueResp | None:
    """ request job requeue

    Args:
        job_id (str):
        incomplete (str | Unset):
        hold (str | Unset):
        special_exit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0045OpenapiJobRequeueResp
     """


    return (await asyncio_detailed(
        job_id=job_id,
client=client,
incomplete=incomplete,
hold=hold,
special_exit=special_exit,

    )).parsed
