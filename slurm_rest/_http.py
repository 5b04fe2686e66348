"""The HTTP layer under every request: httpx settings, transport errors, and the streaming body reader."""

from __future__ import annotations

from typing import Any

import httpx

from ._adapters import Call
from ._auth import SlurmAuth
from ._config import ClientConfig
from ._constants import URLS_KEPT, USER_AGENT
from ._exceptions import APIError, TransportError

__all__ = ["BodyReader", "Urls", "http_settings", "transport_error"]


def http_settings(config: ClientConfig, auth: SlurmAuth) -> dict[str, Any]:
    """Keyword arguments for httpx.Client / httpx.AsyncClient."""
    return {
        "base_url": config.url,
        "auth": auth,
        "timeout": httpx.Timeout(config.read_timeout, connect=config.connect_timeout),
        "verify": config.verify,
        "limits": httpx.Limits(max_connections=config.max_connections,
                               max_keepalive_connections=config.max_connections),
        "headers": {"User-Agent": USER_AGENT, "Accept": "application/json", **dict(config.headers)},
        "follow_redirects": False,
    }


def transport_error(exc: httpx.HTTPError, call: Call) -> TransportError:
    """Map an httpx failure; ``sent=False`` only when the request provably never left."""
    unsent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    return TransportError(f"{call.method} {call.path}: {type(exc).__name__}: {exc}", sent=not unsent)


class Urls:
    """Each call's absolute URL, kept: a watcher sends the same state requests every cycle, and httpx
    encodes and validates 2,000 query parameters in ~4 ms per request (~40 ms of a 20,000-job cycle)."""

    def __init__(self, http: httpx.Client | httpx.AsyncClient) -> None:
        self._http = http
        self._kept: dict[tuple[str, tuple[tuple[str, str], ...]], httpx.URL] = {}

    def __call__(self, call: Call) -> httpx.URL:
        key = (call.path, tuple(call.params))
        url = self._kept.get(key)
        if url is None:
            if len(self._kept) >= URLS_KEPT:  # the tracked set keeps changing: start over
                self._kept.clear()
            # httpx merges the path with base_url and encodes the query, exactly as for any request.
            url = self._kept[key] = self._http.build_request(call.method, call.path, params=key[1] or None).url
        return url


class BodyReader:
    """Collects an answer's bytes as they stream in, refusing one over ``limit`` as soon as its
    Content-Length says so, or once that many bytes have arrived: memory stays bounded."""

    def __init__(self, call: Call, response: httpx.Response, limit: int) -> None:
        self.call, self.status, self.limit = call, response.status_code, limit
        self.chunks: list[bytes] = []
        self.size = 0
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise self._too_big(f"{int(declared)} bytes")

    def feed(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise self._too_big(f"more than {self.limit} bytes")
        self.chunks.append(chunk)

    def content(self) -> bytes:
        return b"".join(self.chunks)

    def _too_big(self, size: str) -> APIError:
        return APIError(f"{self.call.method} {self.call.path}: HTTP {self.status} answer of {size} exceeds the "
                        f"client's {self.limit} byte limit (max_body)", status_code=self.status, path=self.call.path)
