"""The HTTP layer under every request: httpx settings, transport errors, and the streaming body reader."""

from __future__ import annotations

import functools
import os
import ssl
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from ._auth import SlurmAuth
from ._call import Call
from ._config import ClientConfig
from ._constants import TLS_NAME_MISMATCH, URLS_KEPT, USER_AGENT
from ._exceptions import APIError, ConfigError, TLSError, TransportError

__all__ = [
    "BodyReader",
    "Reply",
    "Urls",
    "http_settings",
    "quick_cookies",
    "timeout_for",
    "tls_verify",
    "transport_error",
]

_E = TypeVar("_E", bound=BaseException)
# SSL errors that are a connection dropped mid-handshake (a busy or restarting server): transient, not TLS.
_DROPPED = (ssl.SSLEOFError, ssl.SSLZeroReturnError, ssl.SSLSyscallError)


def http_settings(config: ClientConfig, auth: SlurmAuth) -> dict[str, Any]:
    """Keyword arguments for httpx.Client / httpx.AsyncClient."""
    return {
        "base_url": config.url,
        "auth": auth,
        "timeout": httpx.Timeout(config.read_timeout, connect=config.connect_timeout),  # see timeout_for
        "verify": tls_verify(config.verify),
        "limits": httpx.Limits(
            max_connections=config.max_connections, max_keepalive_connections=config.idle_connections
        ),
        "headers": {"User-Agent": USER_AGENT, "Accept": "application/json", **dict(config.headers)},
        "follow_redirects": False,
    }


_H = TypeVar("_H", httpx.Client, httpx.AsyncClient)


def quick_cookies(http: _H) -> _H:
    """``http``, reading cookies only from the answers that set one. httpx hands every answer to
    ``http.cookiejar`` (a urllib request and an email message built from both heads): 40-70 µs of client CPU
    a request, where slurmrestd sets no cookie, and about as much as the facade's own work on a request.
    An answer that sets one (a proxy's sticky session) is read as before, and sent back after."""
    if isinstance(getattr(http, "_cookies", None), httpx.Cookies):  # httpx 0.27, 0.28; otherwise as it is
        http._cookies = _Cookies(http.cookies)
    return http


class _Cookies(httpx.Cookies):
    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


def timeout_for(call: Call, config: ClientConfig) -> httpx.Timeout:
    """The request's timeouts: a listing of every job waits ``listing_timeout`` (when set) for an answer that
    slurmrestd sends only once it is built; every other request ``read_timeout``."""
    wait = config.listing_timeout if call.listing and config.listing_timeout is not None else config.read_timeout
    return _timeout(wait, config.connect_timeout)


@functools.lru_cache(maxsize=16)
def _timeout(read: float, connect: float) -> httpx.Timeout:
    """One immutable ``httpx.Timeout`` per pair, shared by every request that waits the same."""
    return httpx.Timeout(read, connect=connect)


def tls_verify(verify: bool | str) -> bool | ssl.SSLContext:
    """``ClientConfig.verify`` as httpx takes it: a CA bundle (a PEM file, or a directory of hashed
    certificates) is read now, so a missing or unreadable one is a ConfigError before anything is sent."""
    if isinstance(verify, bool):
        return verify
    try:
        if os.path.isdir(verify):
            return ssl.create_default_context(capath=verify)
        return ssl.create_default_context(cafile=verify)
    except (OSError, ValueError) as exc:  # ssl.SSLError is an OSError: a file without a certificate
        raise ConfigError(f"CA bundle {verify!r} cannot be used: {exc}") from None


def transport_error(exc: httpx.HTTPError, call: Call) -> TransportError:
    """Map an httpx failure; ``sent=False`` only when the request provably never left. A refused certificate
    or failed handshake is a TLSError: the request (and its token) was never sent, and no retry can help."""
    refused = _tls_failure(exc)
    if refused is not None:
        return refused
    unsent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    return TransportError(
        f"{call.method} {call.path}: {type(exc).__name__}: {exc}",
        sent=not unsent,
        pending=isinstance(exc, httpx.ReadTimeout),
    )


def _tls_failure(exc: httpx.HTTPError) -> TLSError | None:
    if not isinstance(exc, httpx.ConnectError):  # a handshake belongs to connecting
        return None
    failed = _cause(exc, ssl.SSLError)
    if failed is None or isinstance(failed, _DROPPED):
        return None
    where = _origin(exc)
    if isinstance(failed, ssl.SSLCertVerificationError):
        why = (failed.verify_message or failed.reason or str(failed)).rstrip(".")
        hint = (
            "the URL must use a host name the certificate names"
            if failed.verify_code in TLS_NAME_MISMATCH
            else "give the CA that signed it: verify=PATH, SLURM_REST_CA_BUNDLE or --ca-bundle"
        )
        return TLSError(f"TLS certificate verification failed for {where}: {why} ({hint})")
    return TLSError(
        f"TLS handshake with {where} failed: {failed.reason or failed} (is it a TLS server? "
        "a plain-HTTP one is reached with http://)"
    )


def _cause(exc: BaseException, kind: type[_E]) -> _E | None:
    """The first exception of ``kind`` in exc's chain of causes (httpx → httpcore → ssl)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _origin(exc: httpx.HTTPError) -> str:
    try:
        url = exc.request.url
    except RuntimeError:  # an exception raised outside a request has none
        return "the server"
    return f"{url.scheme}://{url.netloc.decode('ascii', 'replace')}"


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


# Headers that describe the bytes on the wire, not the (already decoded, already whole) content a Reply keeps.
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding", "connection"})


@dataclass(frozen=True)
class Reply:
    """A successful answer as it came (status, headers, bytes) and its decoded JSON body. The facade reads
    ``body``; the typed API hands the generated operation the real response (``response()``), so a
    ``*_detailed`` call sees slurmrestd's own status code and headers."""

    status: int
    headers: httpx.Headers
    content: bytes
    body: dict[str, Any]

    def response(self, request: httpx.Request) -> httpx.Response:
        headers = [(k, v) for k, v in self.headers.multi_items() if k.lower() not in _WIRE_HEADERS]
        return httpx.Response(self.status, headers=headers, content=self.content, request=request)


class BodyReader:
    """Collects an answer's bytes as they stream in, refusing one over ``limit`` as soon as its
    Content-Length says so, or once that many bytes have arrived: memory stays bounded."""

    def __init__(self, call: Call, response: httpx.Response, limit: int) -> None:
        self.call, self.status, self.headers, self.limit = call, response.status_code, response.headers, limit
        self.chunks: list[bytes] = []
        self.size = 0
        self.kept: list[Any] = []  # what a RecordReader kept of a listing's records
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit and not self.bounds_records():
            raise self._too_big(f"{int(declared)} bytes")

    def bounds_records(self) -> bool:
        """Whether ``limit`` bounds each record of the answer rather than the whole (a RecordReader's)."""
        return False

    def feed(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise self._too_big(f"more than {self.limit} bytes")
        self.chunks.append(chunk)

    def content(self) -> bytes:
        return b"".join(self.chunks)

    def _too_big(self, size: str) -> APIError:
        return self.refused(
            f"HTTP {self.status} answer of {size} exceeds the client's {self.limit} byte limit (max_body)"
        )

    def refused(self, why: str, prefix: str = "") -> APIError:
        """The APIError for this answer: ``prefix``, the request, then ``why``."""
        return APIError(
            f"{prefix}{self.call.method} {self.call.path}: {why}", status_code=self.status, path=self.call.path
        )
