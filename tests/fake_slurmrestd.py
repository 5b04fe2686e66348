"""One fake slurmrestd for the offline tests: a small stateful app in the spirit of submitit's fake scheduler.

Its endpoints are respx routes (``fake.router``, one per endpoint kind and API family, see ``_routes``);
``fake.transport()`` is an ``httpx.MockTransport`` over that router for ``SlurmClient`` and
``AsyncSlurmClient`` alike; ``fake.http_server()`` serves it on a real socket when a test needs httpx's and
httpcore's whole stack. Nothing is routed by hand in a test: the fake knows both API families' paths and shapes (copied from the answers captured in ``tests/fixtures`` and from what
``slurm_rest/_adapters`` parse):

- v0.0.38 (Slurm 22.05): ``/slurm/v0.0.38/...`` without trailing slashes; ``job_state`` one string;
  ``exit_code`` the raw wait status; a missing job is HTTP 500 with error 2017; ``/jobs?update_time=T``
  answers 304 when no job changed since T; cancel and update answer an empty 200; a submit's errors say
  ``error_code``.
- v0.0.40 … v0.0.45 (v0.0.42 by default): trailing slashes; ``job_state`` a list; numbers wrapped as
  ``{set, infinite, number}``; ``exit_code`` ``{status, return_code, signal}``; a missing job is 404 with
  error 2017; ``/jobs/state/?job_id=1&job_id=2`` answers ``{"jobs": [{"job_id": "1", "state": [...]}]}``.

State: jobs move PENDING → RUNNING → their final state, driven by the test (``advance``, ``finish``,
``purge``) or, after ``auto_advance()``, one step per state poll that asks about them (the first poll
that sees a job leaves it as it is). A purged job is known to accounting (``/slurmdb/vX/job/{id}``) only.

Faults, per endpoint kind (``KINDS``), consumed in order: ``fault("submit", "drop_after_send")``; a status,
``(status, body)`` or ``httpx.Response`` answer; a callable ``(request) -> Response``; ``times=N`` (None:
for ever). Named faults (``NAMED_FAULTS``) say whether the request took effect before the exchange died.
``require_token(pred)`` answers a token ``pred`` refuses with the release's own auth-failure shape.

Every request is counted by kind (``count("cancel")``); ``requests(kind)`` are the requests themselves,
``bodies(kind)`` the JSON bodies that reached the server; ``signals``, ``cancels`` and ``updates`` record
each effect once per delivery.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import http.server
import json
import re
import signal as signals_
import ssl
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import jwt
import respx

__all__ = ["KINDS", "NAMED_FAULTS", "RELEASES", "Chunks", "FakeSlurmrestd", "Job", "fixture", "signed_with"]

FIXTURES = Path(__file__).parent / "fixtures"

#: Endpoint kinds a fault or a count names.
KINDS = (
    "openapi",
    "ping",
    "submit",
    "job",
    "jobs",
    "states",
    "cancel",
    "update",
    "nodes",
    "partitions",
    "accounting",
    "probe",
    "unknown",
)

#: API versions each release's slurmrestd names in /openapi/v3 (what the testbeds serve).
RELEASES = {
    "22.05": ("v0.0.37", "v0.0.38"),
    "24.11": ("v0.0.40", "v0.0.41", "v0.0.42"),
    "26.05": ("v0.0.42", "v0.0.43", "v0.0.44", "v0.0.45"),
}
_SHAPES = frozenset({"v0.0.38", "v0.0.40", "v0.0.41", "v0.0.42", "v0.0.43", "v0.0.44", "v0.0.45"})
FINAL_STATES = frozenset(
    {"COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "PREEMPTED", "BOOT_FAIL", "DEADLINE", "OUT_OF_MEMORY"}
)
TAG = re.compile(r"slurm-rest-tag=([0-9a-f]{32})$")


def fixture(name: str) -> dict[str, Any]:
    """A captured answer from ``tests/fixtures`` (a fresh copy)."""
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text())
    return data


_F = {
    name: fixture(f"{name}.json")
    for name in (
        "v0038_ping",
        "v0038_ping_bad_token",
        "v0038_job_not_found",
        "v0038_submit_refused",
        "v0038_db_job_missing",
        "v0038_db_job_completed",
        "v0042_ping",
        "v0042_submit",
        "v0042_submit_refused",
        "v0042_job_failed",
        "v0042_job_not_found",
        "v0042_jobs_state",
        "v0042_cancel",
        "v0042_cancel_already_done",
        "v0042_db_job_missing",
        "v0042_db_job_completed",
        "v0045_db_job_completed",
        "v0038_db_qos",
        "v0038_db_qos_bad_token",
        "v0042_diag",
    )
}
_JOB_TEMPLATE: dict[str, Any] = _F["v0042_job_failed"]["jobs"][0]


def num(number: int | None, *, infinite: bool = False) -> dict[str, Any]:
    """A v0.0.40+ ``{set, infinite, number}``."""
    return {"set": number is not None and not infinite, "infinite": infinite, "number": number or 0}


def signed_with(key: bytes, subject: str | None = None) -> Callable[[str], bool]:
    """A ``require_token`` predicate: an HS256 token signed with ``key`` (and for ``subject``, if given)."""

    def check(token: str) -> bool:
        try:
            claims = jwt.decode(token, key, algorithms=["HS256"], options={"verify_exp": False, "verify_iat": False})
        except jwt.PyJWTError:
            return False
        return subject is None or claims.get("sun") == subject

    return check


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A chunked answer body (no Content-Length) for either client, counting the bytes it handed out:
    ``fake.fault("jobs", httpx.Response(200, stream=Chunks(b"c" * 65536, 1024, head=b'{"jobs": [{"x": "')))``."""

    def __init__(self, chunk: bytes, count: int, head: bytes = b"") -> None:
        self.chunk, self.count, self.head, self.sent = chunk, count, head, 0

    def __iter__(self) -> Iterator[bytes]:
        if self.head:
            self.sent += len(self.head)
            yield self.head
        for _ in range(self.count):
            self.sent += len(self.chunk)
            yield self.chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self:
            yield part


# ------------------------------------------------------------------------------------------------ jobs
@dataclass
class Job:
    """One job as the fake controller keeps it; rendered into each family's record shape on demand."""

    job_id: int
    name: str = "job"
    user: str = "alice"
    comment: str = ""
    state: str = "PENDING"
    flags: list[str] = field(default_factory=list)
    reason: str = "None"
    return_code: int | None = 0
    signal: int | None = None
    partition: str = "debug"
    nodes: str = ""
    working_dir: str = "/tmp"
    stdout: str = ""
    stderr: str = ""
    time_limit: int | None = None  # minutes; None: UNLIMITED
    array_job_id: int = 0
    array_task_id: int | None = None
    array_task_string: str = ""
    submit_time: int = 0
    start_time: int = 0
    end_time: int = 0
    changed_at: float = 0.0
    held: bool = False
    purged: bool = False  # the controller forgot it (MinJobAge): accounting only
    accounted: bool = True  # accounting has its record
    final: tuple[str, int | None, int | None] | None = None  # where auto-advance ends (state, rc, signal)
    polls: int = 0  # state polls that asked about it in its current state
    fields: dict[str, Any] = field(default_factory=dict)  # raw overrides of the rendered record
    body: dict[str, Any] | None = None  # the submit request that created it

    @property
    def finished(self) -> bool:
        return self.state in FINAL_STATES

    @property
    def tag(self) -> str | None:
        m = TAG.search(self.comment)
        return m.group(1) if m else None


def _wait_status(rc: int | None, sig: int | None) -> int:
    return (sig & 0x7F) if sig else ((rc or 0) & 0xFF) << 8


def _modern_exit(rc: int | None, sig: int | None) -> dict[str, Any]:
    status = ["SIGNALED"] if sig else ["SUCCESS"] if not rc else ["ERROR"]
    return {
        "status": status,
        "return_code": num(None if sig else rc or 0),
        "signal": {"id": num(sig or None), "name": signals_.Signals(sig).name.removeprefix("SIG") if sig else ""},
    }


def _array_tasks(spec: str) -> list[int]:
    """Task ids of an ``--array`` spec (``0-9%2``, ``1,3,5-7``, ``0-15:4``)."""
    tasks: list[int] = []
    for part in spec.split("%")[0].split(","):
        bounds, _, step = part.partition(":")
        first, _, last = bounds.partition("-")
        tasks.extend(range(int(first), int(last or first) + 1, int(step or 1)))
    return tasks


# ---------------------------------------------------------------------------------------------- faults
@dataclass(frozen=True)
class _Named:
    error: type[httpx.TransportError]
    message: str
    effect: bool  # the request reached slurmctld and took effect before the exchange died


#: Named faults: which exception the client sees, and whether the server acted on the request first.
NAMED_FAULTS = {
    "drop_before_send": _Named(httpx.ConnectError, "[Errno 111] Connection refused", False),
    "connect_timeout": _Named(httpx.ConnectTimeout, "timed out", False),
    "lost_in_transit": _Named(httpx.ReadError, "[Errno 104] Connection reset by peer", False),
    "drop_after_send": _Named(httpx.ReadError, "[Errno 104] Connection reset by peer", True),
    "disconnect": _Named(httpx.RemoteProtocolError, "Server disconnected without sending a response.", True),
    "timeout": _Named(httpx.ReadTimeout, "The read operation timed out", True),
}

_REAL_SLEEP = time.sleep  # FakeSlurmrestd.delays are slept even where the ``pauses`` fixture records sleeps

# str (NAMED_FAULTS), int, (status, body[, headers]), httpx.Response, (request) -> Response, or None: this one
# request is answered as usual (a slot in a sequence of faults)
Answer = Any


@dataclass
class _Fault:
    answer: Answer
    times: int | None
    effect: bool


def _response(status: int, body: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
    if isinstance(body, (bytes, bytearray)):
        return httpx.Response(status, content=bytes(body), headers=headers)
    if isinstance(body, str):
        return httpx.Response(status, text=body, headers=headers)
    if body is None:
        return httpx.Response(status, headers=headers)
    return httpx.Response(status, json=body, headers=headers)


def gateway_page(status: int) -> str:
    return f"<html><head><title>{status} Bad Gateway</title></head><body><h1>nginx</h1></body></html>"


# -------------------------------------------------------------------------------------------- the fake
_VERSION = r"(?P<version>v\d+\.\d+\.\d+)"
_LEGACY = r"(?P<version>v0\.0\.38)"
_MODERN = r"(?P<version>v0\.0\.(?!38$)\d+)"
_JOB = r"job/(?P<job_id>[1-9][0-9]*)(?:_(?P<task_id>[0-9]+))?"
_LEGACY_PATHS = {"ping": "ping", "job/submit": "submit", "jobs": "jobs", "nodes": "nodes", "partitions": "partitions"}
_MODERN_PATHS = {
    "ping/": "ping",
    "job/submit": "submit",
    "jobs/": "jobs",
    "jobs/state/": "states",
    "nodes/": "nodes",
    "partitions/": "partitions",
    "diag/": "probe",
}
_JOB_METHODS = {"GET": "job", "DELETE": "cancel", "POST": "update"}


def _routes(answer: Callable[..., httpx.Response | None]) -> respx.Router:
    """The fake's endpoints, declared as respx routes named ``kind[:family]``; each route's side effect is
    ``answer(kind, request, version=..., job_id=..., task_id=...)``, which returns None (no match: on to the
    next route) for a version the fake does not serve. Whatever no route takes is the ``unknown`` route's."""
    router = respx.Router(assert_all_called=False, assert_all_mocked=True)

    def add(name: str, method: str, pattern: str) -> None:
        router.route(method=method, path__regex=f"^{pattern}$", name=name).mock(
            side_effect=functools.partial(answer, name.partition(":")[0])
        )

    add("openapi", "GET", "/openapi/v3")
    add("probe:legacy", "GET", f"/slurmdb/{_LEGACY}/qos")  # the client's auth probe on 22.05 (Adapter.auth_probe)
    add("accounting", "GET", f"/slurmdb/{_VERSION}/{_JOB}")
    for method, kind in _JOB_METHODS.items():
        add(kind, method, f"/slurm/{_VERSION}/{_JOB}")
    for family, version, paths in (("legacy", _LEGACY, _LEGACY_PATHS), ("modern", _MODERN, _MODERN_PATHS)):
        for path, kind in paths.items():
            add(f"{kind}:{family}", "POST" if kind == "submit" else "GET", f"/slurm/{version}/{re.escape(path)}")
    router.route(name="unknown").mock(side_effect=functools.partial(answer, "unknown"))
    return router


@dataclass(frozen=True)
class _Route:
    kind: str
    version: str = ""
    job_id: int | None = None
    task_id: int | None = None

    @property
    def legacy(self) -> bool:
        return self.version == "v0.0.38"


class FakeSlurmrestd:
    """A stateful slurmrestd for one cluster. ``versions``: a release ("22.05", "24.11", "26.05"), one API
    version, or the versions ``/openapi/v3`` names; requests are answered in the shapes of their path's version.
    ``partitions``: the partitions a submit may name (None: any). ``list_lag``: how many job listings leave a
    new job out (slurmrestd lagging behind a submit)."""

    def __init__(
        self,
        versions: str | Sequence[str] = "v0.0.42",
        *,
        user: str = "alice",
        partitions: Sequence[str] | None = ("debug",),
        list_lag: int = 0,
        first_job_id: int = 1000,
    ) -> None:
        if isinstance(versions, str):
            versions = RELEASES.get(versions, (versions,))
        self.versions = tuple(versions)
        self.user = user
        self.partitions = None if partitions is None else tuple(partitions)
        self.list_lag = list_lag
        self.jobs: dict[int, Job] = {}
        self.signals: list[tuple[int, str]] = []  # (job id, signal) per delivery
        self.cancels: list[int] = []  # job ids, per plain cancel that reached the controller
        self.updates: list[tuple[int, dict[str, Any]]] = []  # (job id, body) per update applied
        self.log: list[tuple[str, httpx.Request, bool]] = []  # (kind, request, reached the server)
        self.answered: list[tuple[str, int]] = []  # (kind, HTTP status) of each answer sent (not raised)
        self.auto = False
        self.polls_per_state = 1
        self.final: tuple[str, int | None, int | None] = ("COMPLETED", 0, None)
        self.clock: Callable[[], float] = time.time
        # Seconds a request of a kind waits before its answer starts (slurmrestd building a listing sends nothing
        # until it is done); only a real socket (``http_server``) lets a client's timeouts measure it.
        self.delays: dict[str, float] = {}
        self.connections = 0  # connections ``http_server`` accepted, a refused TLS handshake's included
        # A proxy's request-line limit (nginx's large_client_header_buffers: 8 KiB by default): a longer
        # request line is answered 414 with the proxy's HTML page, before the fake sees it.
        self.max_request_line: int | None = None
        self.too_long: list[httpx.Request] = []
        self._next_id = first_job_id
        self._hidden: dict[int, int] = {}
        self._faults: dict[str, list[_Fault]] = {}
        self._token_ok: Callable[[str], bool] | None = None
        self._lock = threading.RLock()
        self.router = _routes(self._answer)

    # -- what tests use -------------------------------------------------------------------------------
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.router.handler)

    def wire_cli(self, monkeypatch: Any) -> None:
        """Give the client ``slurm_rest.cli.main`` builds (from its flags and the environment, as for users) this
        fake as its transport; nothing else about the client changes."""
        from slurm_rest import cli

        fake, real = self, cli.SlurmClient

        class Wired(real):
            def __init__(self, config: Any = None, *, transport: Any = None, **settings: Any) -> None:
                super().__init__(config, transport=transport or fake.transport(), **settings)

        monkeypatch.setattr(cli, "SlurmClient", Wired)

    @property
    def version(self) -> str:
        """The version a client negotiates: the newest this fake has shapes for."""
        known = [v for v in self.versions if v in _SHAPES]
        return max(known, key=lambda v: tuple(int(x) for x in v[1:].split("."))) if known else ""

    def path(self, kind: str, job_id: int | str | None = None, version: str | None = None) -> str:
        """The path of an endpoint kind in ``version`` (the negotiated one by default)."""
        v = version or self.version
        slash = "" if v == "v0.0.38" else "/"
        return {
            "openapi": "/openapi/v3",
            "ping": f"/slurm/{v}/ping{slash}",
            "submit": f"/slurm/{v}/job/submit",
            "job": f"/slurm/{v}/job/{job_id}",
            "cancel": f"/slurm/{v}/job/{job_id}",
            "update": f"/slurm/{v}/job/{job_id}",
            "jobs": f"/slurm/{v}/jobs{slash}",
            "states": f"/slurm/{v}/jobs/state/",
            "nodes": f"/slurm/{v}/nodes{slash}",
            "partitions": f"/slurm/{v}/partitions{slash}",
            "accounting": f"/slurmdb/{v}/job/{job_id}",
        }[kind]

    def fault(self, kind: str, answer: Answer, *, times: int | None = 1, effect: bool | None = None) -> None:
        """The next ``times`` requests of ``kind`` (None: all) fail with ``answer`` (see the module docstring).
        ``effect`` (default: the named fault's, else False) makes the server act on the request first."""
        assert kind in KINDS, kind
        if answer is None and times is None:
            raise ValueError("a fault of None answers as usual; it needs a number of times")
        if isinstance(answer, str):
            assert answer in NAMED_FAULTS, answer
            effect = NAMED_FAULTS[answer].effect if effect is None else effect
        with self._lock:
            self._faults.setdefault(kind, []).append(_Fault(answer, times, bool(effect)))

    def clear_faults(self, kind: str | None = None) -> None:
        with self._lock:
            if kind is None:
                self._faults.clear()
            else:
                self._faults.pop(kind, None)

    def require_token(self, pred: Callable[[str], bool] | None) -> None:
        """Refuse a request whose token ``pred`` rejects, the way the request's release does (None: accept all)."""
        self._token_ok = pred

    def count(self, kind: str | None = None) -> int:
        """Requests of ``kind`` (all kinds: None) that reached the fake, faulted or not."""
        return len(self.requests(kind))

    def counts(self) -> Counter[str]:
        return Counter(k for k, _, _ in self.log)

    def requests(self, kind: str | None = None) -> list[httpx.Request]:
        return [r for k, r, _ in self.log if kind is None or k == kind]

    def bodies(self, kind: str = "submit") -> list[dict[str, Any]]:
        """JSON bodies of the ``kind`` requests that reached the server (not those refused on connect)."""
        return [json.loads(r.content) for k, r, reached in self.log if k == kind and reached and r.content]

    def statuses(self, kind: str) -> list[int]:
        """HTTP statuses of the answers to ``kind`` requests (an exchange that died has none)."""
        return [status for k, status in self.answered if k == kind]

    def tokens(self, kind: str | None = None) -> list[str]:
        return [r.headers.get("X-SLURM-USER-TOKEN", "") for r in self.requests(kind)]

    def add_job(self, job_id: int | None = None, *, state: str = "PENDING", **attrs: Any) -> Job:
        """A job the controller knows without a submit (``attrs``: any ``Job`` field)."""
        with self._lock:
            if job_id is None:
                job_id = self._new_id()
            self._next_id = max(self._next_id, job_id + 1)
            now = int(self.clock())
            job = Job(
                job_id,
                user=attrs.pop("user", self.user),
                state=state,
                submit_time=now,
                changed_at=self.clock(),
                **attrs,
            )
            if state != "PENDING":
                job.start_time = job.start_time or now
                job.nodes = job.nodes or "vm"
            if state in FINAL_STATES:
                job.end_time = job.end_time or now
            self.jobs[job_id] = job
            return job

    def advance(
        self,
        job_id: int,
        state: str | None = None,
        *,
        reason: str | None = None,
        flags: Iterable[str] | None = None,
        exit_code: int | None = None,
        signal: int | None = None,
    ) -> None:
        """Move a job (every task of an array, for its id) to ``state``, or one step on (PENDING → RUNNING →
        its final state) without one."""
        with self._lock:
            for job in self._targets(job_id):
                self._move(job, state, reason=reason, flags=flags, exit_code=exit_code, signal=signal)

    def finish(
        self,
        job_id: int,
        state: str | None = None,
        *,
        exit_code: int = 0,
        signal: int | None = None,
        reason: str | None = None,
    ) -> None:
        """End a job: COMPLETED for exit code 0, FAILED otherwise, unless ``state`` says."""
        state = state or ("COMPLETED" if exit_code == 0 and not signal else "FAILED")
        self.advance(
            job_id,
            state,
            exit_code=exit_code,
            signal=signal,
            reason=reason if reason is not None else ("None" if state == "COMPLETED" else "NonZeroExitCode"),
        )

    def purge(self, job_id: int, *, accounted: bool = True) -> None:
        """The controller forgets the job (MinJobAge); accounting keeps its record unless ``accounted=False``."""
        with self._lock:
            for job in self._targets(job_id):
                job.purged, job.accounted = True, accounted

    def auto_advance(
        self, final: str = "COMPLETED", *, exit_code: int = 0, signal: int | None = None, polls_per_state: int = 1
    ) -> None:
        """From now on a job stays in each state for ``polls_per_state`` state polls that ask about it, then the
        next poll moves it one step on (PENDING → RUNNING → final), ending in ``final`` with ``exit_code`` and
        ``signal`` (a job's own ``final`` wins). A state poll: ``/jobs/state/`` (v0.0.4x), ``/jobs`` (v0.0.38)."""
        self.auto = True
        self.final = (final, exit_code, signal)
        self.polls_per_state = polls_per_state

    def tagged(self, tag: str) -> list[Job]:
        """The jobs (an array's tasks) whose comment carries the client's submit ``tag``."""
        return [j for j in self.jobs.values() if j.tag == tag]

    def error_body(self, *errors: tuple[int, str], version: str | None = None, **extra: Any) -> dict[str, Any]:
        """An answer carrying Slurm's ``errors[]`` in ``version``'s shape (the negotiated one by default)."""
        v = version or self.version
        body = {
            **self._meta(v),
            **extra,
            "errors": [{"error_number": n, "description": d, "error": "", "source": "fake"} for n, d in errors],
        }
        return body if v == "v0.0.38" else {**body, "warnings": []}

    @contextlib.contextmanager
    def http_server(
        self,
        tls: ssl.SSLContext | None = None,
        *,
        keep_alive: bool = False,
        max_connections: int | None = None,
        idle_close: float | None = None,
    ) -> Iterator[str]:
        """Serve the fake on 127.0.0.1 (a real socket, so httpcore's own code and logging run): yields its URL.
        With ``tls`` (a server context) it is ``https://localhost:PORT``; a handshake the client refuses
        never reaches the fake (nothing is counted). ``keep_alive``: HTTP/1.1, a connection kept between
        requests as slurmrestd keeps it (else HTTP/1.0, one request a connection). ``max_connections``: as
        slurmrestd's ``--max-connections``, a connection past it is left unaccepted (in the kernel's backlog,
        its request unread) until one of those open closes. ``idle_close``: a kept connection with no request
        for that many seconds is closed by the server, with nothing sent (as a server's idle timeout does)."""
        fake = self
        places = threading.BoundedSemaphore(max_connections or 1)
        stopping = threading.Event()

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1" if keep_alive else "HTTP/1.0"
            timeout = idle_close  # the socket's: a next request line not come by then closes the connection

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                request = httpx.Request(
                    self.command,
                    f"http://{self.headers.get('Host', 'fake')}{self.path}",
                    headers=list(self.headers.items()),
                    content=self.rfile.read(length),
                )
                try:
                    response = fake.handle(request)
                except httpx.HTTPError:
                    self.close_connection = True
                    return
                content = response.read()
                self.send_response(response.status_code)
                for key, value in response.headers.items():
                    if key.lower() not in ("content-length", "transfer-encoding", "connection"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # a client that gave up waiting
                    self.wfile.write(content)

            do_GET = do_POST = do_DELETE = _any

            def log_message(self, format: str, *args: Any) -> None:
                pass

        class Server(http.server.ThreadingHTTPServer):
            request_queue_size = 128  # the backlog unaccepted connections wait in (socketserver's own is 5)

            def get_request(self) -> tuple[Any, Any]:
                while max_connections and not places.acquire(timeout=0.05):  # a place, before accept()
                    if stopping.is_set():
                        raise OSError("stopping")
                fake.connections += 1  # before the handshake (TLS) that may fail
                try:
                    return super().get_request()
                except BaseException:
                    if max_connections:
                        places.release()
                    raise

            def close_request(self, request: Any) -> None:
                super().close_request(request)
                if max_connections:
                    places.release()

        server = Server(("127.0.0.1", 0), Handler)
        if tls is not None:  # the handshake runs in accept(); a failed one is an OSError the server ignores
            server.socket = tls.wrap_socket(server.socket, server_side=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield (
                f"https://localhost:{server.server_address[1]}"
                if tls is not None
                else f"http://127.0.0.1:{server.server_address[1]}"
            )
        finally:
            stopping.set()
            server.shutdown()
            server.server_close()

    # -- the transport's handler ---------------------------------------------------------------------
    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (or raise the transport error a fault names), as its route says."""
        return self.router.handler(request)

    def _answer(
        self,
        kind: str,
        request: httpx.Request,
        version: str = "",
        job_id: str | None = None,
        task_id: str | None = None,
    ) -> httpx.Response | None:
        if version and (version not in self.versions or version not in _SHAPES):
            return None  # a version this fake does not serve: the unknown route's
        route = _Route(kind, version, _int(job_id), _int(task_id))
        line = len(request.method) + len(request.url.raw_path) + len(" HTTP/1.1") + 1
        if self.max_request_line is not None and line > self.max_request_line:
            with self._lock:
                self.too_long.append(request)
            page = "<html><head><title>414 Request-URI Too Large</title></head></html>"
            return httpx.Response(414, text=page, headers={"content-type": "text/html"})
        _REAL_SLEEP(self.delays.get(kind, 0.0))  # real even where a test records pauses instead
        with self._lock:
            fault = self._take_fault(route.kind)
            if fault is not None and fault.answer is None:  # a slot answered as usual
                fault = None
            reached = (
                fault is None
                or fault.effect
                or not (
                    isinstance(fault.answer, str)
                    and NAMED_FAULTS[fault.answer].error in (httpx.ConnectError, httpx.ConnectTimeout)
                )
            )
            self.log.append((route.kind, request, reached))
            if fault is not None and not fault.effect:
                response = self._fail(fault, request)
            else:
                response = self._serve(route, request)
                if fault is not None:
                    response = self._fail(fault, request)
            self.answered.append((route.kind, response.status_code))
            return response

    def _take_fault(self, kind: str) -> _Fault | None:
        queue = self._faults.get(kind)
        if not queue:
            return None
        fault = queue[0]
        if fault.times is not None:
            fault.times -= 1
            if fault.times <= 0:
                queue.pop(0)
        return fault

    def _fail(self, fault: _Fault, request: httpx.Request) -> httpx.Response:
        answer = fault.answer
        if isinstance(answer, str):
            named = NAMED_FAULTS[answer]
            raise named.error(named.message, request=request)
        if callable(answer):
            result: httpx.Response = answer(request)
            return result
        if isinstance(answer, httpx.Response):  # a fresh copy: httpx keeps state on the one it is handed
            return httpx.Response(answer.status_code, headers=answer.headers, stream=answer.stream)
        if isinstance(answer, int):
            return _response(
                answer,
                gateway_page(answer) if answer in (502, 503, 504) else None,
                {"Content-Type": "text/html"} if answer in (502, 503, 504) else None,
            )
        return _response(*answer)

    def _serve(self, route: _Route, request: httpx.Request) -> httpx.Response:
        if route.kind == "unknown":
            return httpx.Response(404, text="Unable find requested URL")
        if route.kind == "openapi":
            paths = {
                self.path(k, "{job_id}", v): {}
                for v in self.versions
                for k in ("ping", "submit", "job", "jobs", "nodes", "partitions")
            }
            return httpx.Response(200, json={"openapi": "3.0.2", "info": {"title": "Slurm REST API"}, "paths": paths})
        token = request.headers.get("X-SLURM-USER-TOKEN", "")
        if self._token_ok is not None and not self._token_ok(token):
            return self._auth_failure(route)
        params = parse_qsl(request.url.query.decode(), keep_blank_values=True)
        return getattr(self, f"_{route.kind}")(route, request, params)

    # -- answers -------------------------------------------------------------------------------------
    def _meta(self, v: str) -> dict[str, Any]:
        if v == "v0.0.38":
            return {"meta": copy.deepcopy(_F["v0038_ping"]["meta"])}
        meta = copy.deepcopy(_F["v0042_ping"]["meta"])
        meta["plugin"]["data_parser"] = f"data_parser/{v}"
        if v >= "v0.0.43":
            meta["slurm"].update(
                version={"major": "26", "micro": "5", "minor": "05"}, release="26.05.5", cluster="tb2605"
            )
        return {"meta": meta}

    def _ok(self, v: str, **body: Any) -> httpx.Response:
        extra = {} if v == "v0.0.38" else {"warnings": []}
        return httpx.Response(200, json={**body, **self._meta(v), "errors": [], **extra})

    def _auth_failure(self, route: _Route) -> httpx.Response:
        if not route.legacy:
            return httpx.Response(401, text="Authentication failure")
        if route.kind == "ping":
            return httpx.Response(500, json=_F["v0038_ping_bad_token"])
        if route.kind == "probe":  # slurmdb says it plainly: 1007
            return httpx.Response(500, json=_F["v0038_db_qos_bad_token"])
        if route.kind == "submit":  # 22.05 says error_code, not error_number, in a submit answer
            return httpx.Response(
                500,
                json={
                    **self._meta("v0.0.38"),
                    "errors": [{"error_code": 5005, "error": "Zero Bytes were transmitted or received"}],
                },
            )
        description = {"job": f"Unable to find JobId={route.job_id}", "jobs": "Failed while looking for jobs"}.get(
            route.kind, "Unspecified error"
        )
        return httpx.Response(
            500,
            json={
                **self._meta("v0.0.38"),
                "errors": [
                    {"description": description, "error_number": -1, "error": "Unspecified error", "source": "fake"}
                ],
            },
        )

    def _not_found(self, route: _Route) -> httpx.Response:
        if route.legacy:
            body = copy.deepcopy(_F["v0038_job_not_found"])
            body["errors"][0]["description"] = f"Unable to find JobId={route.job_id}"
            return httpx.Response(500, json=body)
        body = copy.deepcopy(_F["v0042_job_not_found"])
        body["errors"][0]["description"] = f"Unable to query JobId={route.job_id}"
        return httpx.Response(404, json=body)

    def _probe(self, route: _Route, request: httpx.Request, params: list[tuple[str, str]]) -> httpx.Response:
        """The auth probe's endpoint: 22.05's slurmdb QOS list, or /diag."""
        if route.legacy:
            return httpx.Response(200, json=_F["v0038_db_qos"])
        return self._ok(route.version, statistics=copy.deepcopy(_F["v0042_diag"]["statistics"]))

    def _ping(self, route: _Route, request: httpx.Request, params: list[tuple[str, str]]) -> httpx.Response:
        if route.legacy:
            return httpx.Response(200, json=_F["v0038_ping"])
        pings = copy.deepcopy(_F["v0042_ping"]["pings"])
        if route.version in ("v0.0.40", "v0.0.41"):  # no "responding" yet
            for p in pings:
                p.pop("responding", None)
        return self._ok(route.version, pings=pings)

    def _submit(self, route: _Route, request: httpx.Request, params: list[tuple[str, str]]) -> httpx.Response:
        body = json.loads(request.content)
        desc = body.get("job") or {}
        script = body.get("script") if route.legacy else desc.get("script")
        partition = desc.get("partition") or "debug"
        if self.partitions is not None and partition not in self.partitions:
            return httpx.Response(500, json=_F["v0038_submit_refused" if route.legacy else "v0042_submit_refused"])
        if not script or desc.get("environment") is None:
            if route.legacy:
                return httpx.Response(
                    500,
                    json={
                        **self._meta("v0.0.38"),
                        "errors": [
                            {"error_code": 2000 if not script else 9001, "error": "script or environment missing"}
                        ],
                    },
                )
            return httpx.Response(
                500, json=self.error_body((9001, "script or environment missing"), version=route.version)
            )
        limit = desc.get("time_limit")
        minutes = (
            (None if limit == 0xFFFFFFFF else limit)
            if route.legacy
            else (None if limit is None or limit.get("infinite") else limit.get("number"))
        )
        attrs: dict[str, Any] = {
            "name": desc.get("name", ""),
            "comment": desc.get("comment", ""),
            "partition": partition,
            "working_dir": desc.get("current_working_directory", "/tmp"),
            "stdout": desc.get("standard_output", ""),
            "stderr": desc.get("standard_error", ""),
            "time_limit": minutes,
            "held": bool(desc.get("hold")),
            "reason": "JobHeldUser" if desc.get("hold") else "None",
            "body": body,
        }
        with self._lock:
            array = desc.get("array")
            if array:
                tasks = _array_tasks(array)
                first = self._new_id()
                # The array's own record (its job id) is its last task to start; the others get new ids.
                ids = [*range(first + 1, first + len(tasks)), first]
                self._next_id = first + len(tasks)
                jobs = [
                    self.add_job(i, array_job_id=first, array_task_id=t, array_task_string="", **attrs)
                    for i, t in zip(ids, tasks, strict=True)
                ]
            else:
                jobs = [self.add_job(self._new_id(), **attrs)]
            for job in jobs:
                self._hidden[job.job_id] = self.list_lag
            job_id = jobs[-1].array_job_id or jobs[-1].job_id
        if route.legacy:
            return httpx.Response(
                200,
                json={
                    **self._meta("v0.0.38"),
                    "errors": [],
                    "job_id": job_id,
                    "step_id": "BATCH",
                    "job_submit_user_msg": "",
                },
            )
        return self._ok(route.version, job_id=job_id, step_id="batch", job_submit_user_msg="")

    def _job(self, route: _Route, request: httpx.Request, params: list[tuple[str, str]]) -> httpx.Response:
        jobs = self._lookup(route)
        if not jobs:
            return self._not_found(route)
        return self._jobs_answer(route.version, jobs)

    def _jobs(self, route: _Route, request: httpx.Request, params: list[tuple[str, str]]) -> httpx.Response:
        since = dict(params).get("update_time")
        listed = []
        for job in self._live():
            if self._hidden.get(job.job_id, 0) > 0:
                self._hidden[job.job_id] -= 1
                continue
            listed.append(job)
        if route.legacy:  # v0.0.38's watcher reads this listing: a state poll
            self._polled(listed)
        if since:
            listed = [j for j in listed if j.changed_at >= int(since)]
            if route.legacy and not listed:
                return httpx.Response(304)
        return self._jobs_answer(route.version, listed)

    def _states(self, route: _Route, request: httpx.Request, params: list[tuple[str, str]]) -> httpx.Response:
        asked = [int(v) for k, v in params if k == "job_id" and v.isdigit()]
        items = []
        for job_id in asked:
            jobs = self._lookup(_Route("states", route.version, job_id))
            self._polled(jobs)
            items += [
                {
                    "job_id": f"{j.job_id}_{j.array_task_id}" if j.array_job_id else str(j.job_id),
                    "state": [j.state, *j.flags],
                }
                for j in jobs
            ]
        return self._ok(route.version, jobs=items)

    def _cancel(self, route: _Route, request: httpx.Request, params: list[tuple[str, str]]) -> httpx.Response:
        jobs = self._lookup(route)
        if not jobs:
            return self._not_found(route)
        signal = dict(params).get("signal")
        if all(j.finished for j in jobs):
            return self._already_done(route)
        assert route.job_id is not None
        if signal is not None:
            self.signals.append((route.job_id, signal))
        else:
            self.cancels.append(route.job_id)
            for job in jobs:
                if not job.finished:
                    ran = job.state != "PENDING"
                    self._move(job, "CANCELLED", reason="None", exit_code=0, signal=15 if ran else None)
        if route.legacy:
            return httpx.Response(200)
        return self._ok(route.version, status=[])

    def _already_done(self, route: _Route) -> httpx.Response:
        text = "Job/step already completing or completed"
        if route.version in ("v0.0.38", "v0.0.40", "v0.0.41"):
            return httpx.Response(500, json={**self.error_body((2021, text), version=route.version)})
        body = copy.deepcopy(_F["v0042_cancel_already_done"])
        body["status"][0].update(step_id=str(route.job_id), job_id=num(route.job_id))
        body.update(self._meta(route.version))
        return httpx.Response(200, json=body)

    def _update(self, route: _Route, request: httpx.Request, params: list[tuple[str, str]]) -> httpx.Response:
        jobs = self._lookup(route)
        if not jobs:
            return self._not_found(route)
        assert route.job_id is not None
        body = json.loads(request.content or b"{}")
        self.updates.append((route.job_id, body))
        for job in jobs:
            if "time_limit" in body:
                limit = body["time_limit"]
                job.time_limit = limit if route.legacy else (None if limit.get("infinite") else limit.get("number"))
            if "hold" in body:
                job.held = bool(body["hold"])
                job.reason = "JobHeldUser" if job.held else "None"
            job.name = body.get("name", job.name)
            job.comment = body.get("comment", job.comment)
            job.changed_at = self.clock()
        if route.legacy:
            return httpx.Response(200)
        return self._ok(
            route.version,
            job_id=str(route.job_id),
            step_id="",
            job_submit_user_msg="",
            results=[{"job_id": route.job_id, "step_id": "", "error": "", "error_code": 0, "why_pending": ""}],
        )

    def _nodes(self, route: _Route, request: httpx.Request, params: list[tuple[str, str]]) -> httpx.Response:
        if route.legacy:
            return self._ok(
                "v0.0.38",
                nodes=[
                    {
                        "name": "vm",
                        "state": "idle",
                        "state_flags": [],
                        "cpus": 2,
                        "real_memory": 1000,
                        "partitions": ["debug"],
                        "reason": "",
                    }
                ],
            )
        return self._ok(
            route.version,
            last_update=num(int(self.clock())),
            nodes=[
                {"name": "vm", "state": ["IDLE"], "cpus": 2, "real_memory": 1000, "partitions": ["debug"], "reason": ""}
            ],
        )

    def _partitions(self, route: _Route, request: httpx.Request, params: list[tuple[str, str]]) -> httpx.Response:
        names = self.partitions or ("debug",)
        if route.legacy:
            return self._ok(
                "v0.0.38",
                partitions=[
                    {
                        "name": n,
                        "nodes": "vm",
                        "total_cpus": 2,
                        "total_nodes": 1,
                        "max_time_limit": -1,
                        "flags": ["default"] if i == 0 else [],
                        "state": "UP",
                    }
                    for i, n in enumerate(names)
                ],
            )
        return self._ok(
            route.version,
            last_update=num(int(self.clock())),
            partitions=[
                {
                    "name": n,
                    "nodes": {"configured": "vm", "total": 1},
                    "cpus": {"total": 2},
                    "maximums": {"time": num(None, infinite=True)},
                    "partition": {"state": ["UP", "DEFAULT"] if i == 0 else ["UP"]},
                }
                for i, n in enumerate(names)
            ],
        )

    def _accounting(self, route: _Route, request: httpx.Request, params: list[tuple[str, str]]) -> httpx.Response:
        jobs = [j for j in self._lookup(route, purged=True) if j.accounted]
        if not jobs:
            if route.legacy:
                return httpx.Response(200, json=_F["v0038_db_job_missing"])
            body = copy.deepcopy(_F["v0042_db_job_missing"])
            body["meta"]["plugin"]["data_parser"] = f"data_parser/{route.version}"
            return httpx.Response(200, json=body)
        template = _F[
            "v0038_db_job_completed"
            if route.legacy
            else "v0045_db_job_completed"
            if route.version == "v0.0.45"
            else "v0042_db_job_completed"
        ]
        body = {k: v for k, v in template.items() if k != "jobs"}
        body["jobs"] = [self._accounted(route, j, template["jobs"][0]) for j in jobs]
        return httpx.Response(200, json=body)

    # -- records -------------------------------------------------------------------------------------
    def _jobs_answer(self, v: str, jobs: Iterable[Job]) -> httpx.Response:
        records = [self.record(j, v) for j in jobs]
        if v == "v0.0.38":
            return self._ok(v, jobs=records)
        return self._ok(v, jobs=records, last_backfill=num(0), last_update=num(int(self.clock())))

    def record(self, job: Job, version: str | None = None) -> dict[str, Any]:
        """The controller's record of ``job`` in ``version``'s shape (``GET /job/{id}``, ``GET /jobs``)."""
        v = version or self.version
        if v == "v0.0.38":
            record: dict[str, Any] = {
                "account": "",
                "array_job_id": job.array_job_id,
                "array_task_string": job.array_task_string,
                "batch_host": job.nodes,
                "comment": job.comment,
                "current_working_directory": job.working_dir,
                "end_time": job.end_time,
                "exit_code": _wait_status(job.return_code, job.signal),
                "flags": [],
                "job_id": job.job_id,
                "job_state": ",".join([job.state, *job.flags]),
                "name": job.name,
                "nodes": job.nodes,
                "partition": job.partition,
                "standard_error": job.stderr,
                "standard_output": job.stdout,
                "start_time": job.start_time,
                "state_reason": job.reason,
                "submit_time": job.submit_time,
                "time_limit": 0xFFFFFFFF if job.time_limit is None else job.time_limit,
                "user_name": job.user,
            }
            if job.array_task_id is not None:
                record["array_task_id"] = job.array_task_id
        else:
            record = dict(_JOB_TEMPLATE)
            record.update(
                array_job_id=num(job.array_job_id),
                array_task_id=num(job.array_task_id),
                array_task_string=job.array_task_string,
                batch_host=job.nodes,
                comment=job.comment,
                current_working_directory=job.working_dir,
                end_time=num(job.end_time),
                exit_code=_modern_exit(job.return_code, job.signal),
                job_id=job.job_id,
                job_state=[job.state, *job.flags],
                name=job.name,
                nodes=job.nodes,
                partition=job.partition,
                standard_error=job.stderr,
                standard_output=job.stdout,
                start_time=num(job.start_time),
                state_reason=job.reason,
                submit_time=num(job.submit_time),
                time_limit=num(job.time_limit, infinite=job.time_limit is None),
                user_name=job.user,
            )
        record.update(job.fields)
        return record

    def _accounted(self, route: _Route, job: Job, template: dict[str, Any]) -> dict[str, Any]:
        record = copy.deepcopy(template)
        times = {
            "submission": job.submit_time,
            "start": job.start_time,
            "end": job.end_time,
            "eligible": job.submit_time,
        }
        record["time"].update(times, limit=(job.time_limit or 0) if route.legacy else num(job.time_limit or 0))
        record.update(
            job_id=job.job_id,
            name=job.name,
            user=job.user,
            partition=job.partition,
            nodes=job.nodes or "None assigned",
            working_directory=job.working_dir,
        )
        record["comment"]["job"] = job.comment
        if route.legacy:  # 22.05 writes exit code 0 for every job and step; a signal it does keep
            code: dict[str, Any] = (
                {"status": "SIGNALED", "return_code": 0, "signal": {"signal_id": job.signal, "name": ""}}
                if job.signal
                else {"status": "SUCCESS", "return_code": 0}
            )
            record["state"] = {"current": job.state, "reason": job.reason}
            record["array"].update(job_id=job.array_job_id, task_id=job.array_task_id)
        else:
            code = _modern_exit(job.return_code, job.signal)
            record["state"] = {"current": [job.state], "reason": job.reason}
            record["array"].update(job_id=job.array_job_id, task_id=num(job.array_task_id))
            record.update(
                stdout=job.stdout,
                stdout_expanded=job.stdout.replace("%j", str(job.job_id)),
                stderr=job.stderr,
                stderr_expanded=job.stderr.replace("%j", str(job.job_id)),
            )
        record["exit_code"] = code
        steps = record.get("steps") or []
        for step in steps[:1]:
            step["exit_code"] = copy.deepcopy(code)
            step["state"] = job.state if route.legacy else [job.state]
            step["step"]["id"] = "batch" if route.legacy else f"{job.job_id}.batch"
        record["steps"] = steps[:1] if job.start_time else []
        return record

    # -- state ---------------------------------------------------------------------------------------
    def _new_id(self) -> int:
        job_id = self._next_id
        self._next_id += 1
        return job_id

    def _live(self) -> list[Job]:
        return [j for j in self.jobs.values() if not j.purged]

    def _targets(self, job_id: int) -> list[Job]:
        job = self.jobs[job_id]
        if job.array_job_id == job_id:
            return [j for j in self.jobs.values() if j.array_job_id == job_id]
        return [job]

    def _lookup(self, route: _Route, *, purged: bool = False) -> list[Job]:
        """The records a request for ``route.job_id`` answers with: an array's every task, for its id."""
        job = self.jobs.get(route.job_id or 0)
        if job is None or job.purged != purged:
            return []
        if route.task_id is not None:
            return [j for j in self._targets(job.job_id) if j.array_task_id == route.task_id]
        return self._targets(job.job_id) if job.array_job_id == job.job_id else [job]

    def _polled(self, jobs: Iterable[Job]) -> None:
        for job in jobs:
            if self.auto and job.polls >= self.polls_per_state and not job.finished and not job.held:
                self._move(job, None)
            job.polls += 1

    def _move(
        self,
        job: Job,
        state: str | None,
        *,
        reason: str | None = None,
        flags: Iterable[str] | None = None,
        exit_code: int | None = None,
        signal: int | None = None,
    ) -> None:
        now = self.clock()
        if state is None:  # one step on
            if job.finished:
                return
            if job.state == "PENDING":
                state = "RUNNING"
            else:
                state, rc, sig = job.final or self.final
                exit_code = rc if exit_code is None else exit_code
                signal = sig if signal is None else signal
                reason = reason or ("None" if state == "COMPLETED" else "NonZeroExitCode")
        job.state, job.polls = state, 0
        if flags is not None:
            job.flags = list(flags)
        if reason is not None:
            job.reason = reason
        elif state == "RUNNING":
            job.reason = "None"
        if state != "PENDING" and not job.start_time and state != "CANCELLED":
            job.start_time, job.nodes = int(now), job.nodes or "vm"
        if state in FINAL_STATES:
            job.end_time = int(now)
            job.return_code = exit_code if exit_code is not None else job.return_code
            job.signal = signal
        job.changed_at = now


def _int(text: str | None) -> int | None:
    return None if text is None else int(text)
