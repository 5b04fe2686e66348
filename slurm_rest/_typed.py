"""The generated clients as the typed API: any generated operation, sent through the facade's request path.

A generated ``Client`` gets an httpx client whose transport hands each request to the facade
(``_send``): the operation's own code builds the request and parses the answer, while the facade adds
its connection, JWT auth and its one re-mint, the retry policy of the request's kind (a GET may be
resent; nothing else once it may have arrived), the size cap and the exception tree::

    from generated_client.v0_0_42.api.slurm import slurm_v0042_get_diag
    from generated_client.v0_0_42.client import Client
    diag = slurm_v0042_get_diag.sync(client=slurm.api(Client))   # a typed V0042OpenapiDiagResp
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypeVar

import httpx

from ._call import Call
from ._exceptions import UnsupportedVersionError, ValidationError
from ._http import Reply
from ._requests import raw_call

__all__ = ["AsyncFacadeTransport", "FacadeTransport", "GeneratedClient", "client_class", "request_call"]


class GeneratedClient(Protocol):
    """What every generated version's ``Client`` offers (``generated_client.vX.client.Client``)."""

    def __init__(self, base_url: str) -> None: ...
    def set_httpx_client(self, client: httpx.Client) -> Any: ...
    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Any: ...


_C = TypeVar("_C", bound=GeneratedClient)


def client_class(version: str, wanted: type[_C] | None) -> type[_C] | type[GeneratedClient]:
    """The generated ``Client`` class of ``version`` (imported now, on first use), or ``wanted`` once it is
    known to be that version's: an operation of another version would ask for paths this server lacks."""
    package = "generated_client." + version.replace(".", "_")
    if wanted is None:
        found: type[GeneratedClient] = importlib.import_module(package + ".client").Client
        return found
    if wanted.__module__.rpartition(".")[0] != package:
        raise UnsupportedVersionError(
            f"{wanted.__module__}.{wanted.__qualname__} is not the generated client of "
            f"{version}, the version negotiated with this server (pin api_version= to "
            "choose another the server serves)"
        )
    return wanted


def request_call(request: httpx.Request) -> Call:
    """A generated operation's request as the facade's ``Call`` (``raw_call``: only a GET may be resent)."""
    content = request.content
    try:
        body = json.loads(content) if content else None
    except ValueError:
        raise ValidationError(f"{request.method} {request.url.path}: the facade sends JSON bodies only") from None
    return raw_call(request.method, request.url.path, request.url.params.multi_items(), body)


class FacadeTransport(httpx.BaseTransport):
    """Hands each request to a facade's ``_reply`` and answers with slurmrestd's own response (its status,
    headers and bytes); a failure is the facade's exception, raised through the generated call."""

    def __init__(self, reply: Callable[[Call], Reply]) -> None:
        self._reply = reply

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._reply(request_call(request)).response(request)


class AsyncFacadeTransport(httpx.AsyncBaseTransport):
    """The async ``FacadeTransport``."""

    def __init__(self, reply: Callable[[Call], Awaitable[Reply]]) -> None:
        self._reply = reply

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return (await self._reply(request_call(request))).response(request)
