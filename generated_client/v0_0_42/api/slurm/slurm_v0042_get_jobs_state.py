from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.v0042_openapi_job_state_resp import V0042OpenapiJobStateResp
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    job_id: list[str] | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_job_id: list[str] | Unset = UNSET
    if not isinstance(job_id, Unset):
        json_job_id = job_id


    params["job_id"] = json_job_id


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/slurm/v0.0.42/jobs/state/",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V0042OpenapiJobStateResp:
    if response.status_code == 200:
        response_200 = V0042OpenapiJobStateResp.from_dict(response.json())



        return response_200

    response_default = V0042OpenapiJobStateResp.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[V0042OpenapiJobStateResp]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: list[str] | Unset = UNSET,

) -> Response[V0042OpenapiJobStateResp]:
    """ get list of job states

    Args:
        job_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0042OpenapiJobStateResp]
     """


    kwargs = _get_kwargs(
        job_id=job_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    job_id: list[str] | Unset = UNSET,

) -> V0042OpenapiJobStateResp | None:
    """ get list of job states

    Args:
        job_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0042OpenapiJobStateResp
     """


    return sync_detailed(
        client=client,
job_id=job_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: list[str] | Unset = UNSET,

) -> Response[V0042OpenapiJobStateResp]:
    """ get list of job states

    Args:
        job_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0042OpenapiJobStateResp]
     """


    kwargs = _get_kwargs(
        job_id=job_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    job_id: list[str] | Unset = UNSET,

) -> V0042OpenapiJobStateResp | None:
    """ get list of job states

    Args:
        job_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0042OpenapiJobStateResp
     """


    return (await asyncio_detailed(
        client=client,
job_id=job_id,

    )).parsed
