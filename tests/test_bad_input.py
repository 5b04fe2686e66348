"""Bad input, offline: malformed slurmrestd answers, broken specs for the generator, invalid and hostile user input.

- Malformed answers (respx) reach every public operation (submit, get_job, jobs, wait, cancel, ping, the
  watcher) of the sync and the async client, for both API families (v0.0.38 and v0.0.4x). Each gives a clear
  exception from the package's tree that names the endpoint, never a bare KeyError/TypeError/JSONDecodeError,
  and nothing hangs; unknown states and flags never raise (UNKNOWN keeps the words as sent).
- Broken specs given to ``openapi/codegen.py``'s normalize/generate (in a temp dir): a clear error and no
  partial output.
- Invalid JobSpec values and hostile strings: a ValidationError before any request; legal strings reach the
  request body verbatim (the live counterpart is ``tests/live/test_bad_input.py``).
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from slurm_rest import (
    APIError,
    AsyncSlurmClient,
    JobSpec,
    JobState,
    SlurmClient,
    SlurmRestError,
    SubmissionError,
    UnavailableError,
    ValidationError,
    _constants,
)
from slurm_rest.cli import main as cli_main

URL = "http://slurm.test"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdW4iOiJhbGljZSJ9.BAD-INPUT-SIGNATURE"
FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[1]
SCRIPT = "#!/bin/sh\necho hello\n"
HOSTILE = "; rm -rf ~ $(id) `id` \"' \\ | & > /tmp/x * ? [a] {b} #"
UNICODE = "Jöb ünïcødé 名前 🚀 \u202e"
# A job's wait loop must end within this many (faked) pauses; a hang would need many more.
MAX_PAUSES = 200


def fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text())
    return data


# --------------------------------------------------------------------------------------- the two families
@dataclass(frozen=True)
class Family:
    """What one API family serves, and a well-formed answer for each endpoint."""

    name: str
    served: tuple[str, ...]
    base: str
    jobs_path: str  # the listing (and v0.0.38's watcher)
    ping_path: str
    states_path: str | None  # the v0.0.4x watcher

    def job(self, job_id: int, state: str = "COMPLETED", **fields: Any) -> dict[str, Any]:
        record: dict[str, Any] = {"job_id": job_id, "name": "job", "user_name": "alice", "comment": "",
                                  "partition": "debug", "nodes": "n1", "current_working_directory": "/tmp"}
        if self.name == "v0.0.38":
            record.update(job_state=state, exit_code=0)
        else:
            record.update(job_state=[state], exit_code={"status": ["SUCCESS"],
                                                       "return_code": {"set": True, "infinite": False, "number": 0}})
        record.update(fields)
        return record

    def jobs_body(self, *records: dict[str, Any]) -> dict[str, Any]:
        return {"jobs": list(records), "errors": [], "warnings": []}

    def ping_body(self) -> dict[str, Any]:
        return fixture("v0038_ping.json" if self.name == "v0.0.38" else "v0042_ping.json")


LEGACY = Family("v0.0.38", ("v0.0.37", "v0.0.38"), "/slurm/v0.0.38", "/slurm/v0.0.38/jobs",
                "/slurm/v0.0.38/ping", None)
MODERN = Family("v0.0.42", ("v0.0.40", "v0.0.41", "v0.0.42"), "/slurm/v0.0.42", "/slurm/v0.0.42/jobs/",
                "/slurm/v0.0.42/ping/", "/slurm/v0.0.42/jobs/state/")
FAMILIES = [pytest.param(LEGACY, id="v0.0.38"), pytest.param(MODERN, id="v0.0.4x")]


def openapi(family: Family) -> dict[str, Any]:
    return {"openapi": "3.0.2", "paths": {f"/slurm/{v}/ping/": {} for v in family.served}}


@pytest.fixture(autouse=True)
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record retry, lookup and wait pauses instead of sleeping them; fail a loop that would never end."""
    slept: list[float] = []
    real_monotonic = time.monotonic

    def record(seconds: float) -> None:
        slept.append(seconds)  # and time moves on by as much (a wait's timeout must be reachable)
        if len(slept) > MAX_PAUSES:
            raise AssertionError(f"more than {MAX_PAUSES} pauses: the operation would hang")

    real_async_sleep = asyncio.sleep

    async def fake_async_sleep(seconds: float, result: Any = None) -> Any:
        record(seconds)
        await real_async_sleep(0)
        return result

    monkeypatch.setattr(time, "sleep", record)
    monkeypatch.setattr(time, "monotonic", lambda: real_monotonic() + sum(slept))
    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)
    return slept


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    """Every request must match a mocked route (nothing reaches a network)."""
    with respx.mock(base_url=URL, assert_all_called=False, assert_all_mocked=True) as router:
        yield router


def serve(api: respx.MockRouter, family: Family) -> None:
    api.get("/openapi/v3").respond(json=openapi(family))


# ---------------------------------------------------------------------------------- operations, sync/async
# Each operation: (the requests it makes, as (method, path) -> route name), a sync and an async call.
SyncCall = Callable[[SlurmClient], Any]
AsyncCall = Callable[[AsyncSlurmClient], Awaitable[Any]]


async def _async_watch(c: AsyncSlurmClient) -> Any:
    return await (await c.watcher()).get(7)


OPS: dict[str, tuple[SyncCall, AsyncCall]] = {
    "submit": (lambda c: c.submit(script=SCRIPT), lambda c: c.submit(script=SCRIPT)),
    "get_job": (lambda c: c.get_job(7), lambda c: c.get_job(7)),
    "jobs": (lambda c: c.jobs(), lambda c: c.jobs()),
    "wait": (lambda c: c.wait(7, timeout=30), lambda c: c.wait(7, timeout=30)),
    "cancel": (lambda c: c.cancel(7), lambda c: c.cancel(7)),
    "ping": (lambda c: c.ping(), lambda c: c.ping()),
    "watcher": (lambda c: c.watcher().get(7), _async_watch),
}


def target(family: Family, op: str) -> tuple[str, str]:
    """The (method, path) whose answer an operation reads first; the one a test makes malformed."""
    if op == "submit":
        return "POST", f"{family.base}/job/submit"
    if op == "get_job":
        return "GET", f"{family.base}/job/7"
    if op == "cancel":
        return "DELETE", f"{family.base}/job/7"
    if op == "ping":
        return "GET", family.ping_path
    if op in ("wait", "watcher") and family.states_path:
        return "GET", family.states_path
    return "GET", family.jobs_path


def run(op: str, sync: bool, **settings: Any) -> Any:
    """Run ``op`` on a fresh client; returns its result or raises what it raised."""
    sync_call, async_call = OPS[op]
    if sync:
        with SlurmClient(url=URL, user="alice", token=TOKEN, **settings) as c:
            return sync_call(c)

    async def go() -> Any:
        async with AsyncSlurmClient(url=URL, user="alice", token=TOKEN, **settings) as c:
            return await async_call(c)

    return asyncio.run(go())


def mock_answer(api: respx.MockRouter, family: Family, op: str, response: httpx.Response) -> respx.Route:
    """``response`` for the operation's target; the rest of what it may ask answers the same (a broken
    server is broken for every request: submit's lookup, a watcher's refresh)."""
    serve(api, family)
    method, path = target(family, op)
    route = api.route(method=method, path=path).mock(return_value=response)
    for other_method, other_path in {("GET", family.jobs_path), ("GET", f"{family.base}/job/7")} - {(method, path)}:
        api.route(method=other_method, path=other_path).mock(return_value=response)
    return route


def assert_clear(exc: BaseException, family: Family, op: str) -> None:
    """A tree exception, not a ValidationError (the user's input was fine), naming the endpoint."""
    assert isinstance(exc, SlurmRestError), f"{type(exc).__name__}: {exc}"
    assert not isinstance(exc, ValidationError), f"a bad answer reported as bad input: {exc}"
    _, path = target(family, op)
    text = str(exc)
    assert family.base in text, f"the message does not name the endpoint: {text!r}"
    assert "Traceback" not in text and len(text) < 2000, text[:300]
    del path


def expect_error(op: str, sync: bool, family: Family, **settings: Any) -> SlurmRestError:
    with pytest.raises(SlurmRestError) as info:
        run(op, sync, **settings)
    assert_clear(info.value, family, op)
    return info.value


SYNC = [pytest.param(True, id="sync"), pytest.param(False, id="async")]
ALL_OPS = list(OPS)


# ------------------------------------------------------------------------------ malformed bodies, any op
# (status, body bytes, content type): answers no endpoint may turn into anything but a clear error.
UNREADABLE = {
    "html-200": (200, b"<html><body>proxy login</body></html>", "text/html"),
    "truncated-json": (200, b'{"jobs": [{"job_id": 7, "job_sta', "application/json"),
    "json-list": (200, b"[1, 2, 3]", "application/json"),
    "json-string": (200, b'"ok"', "application/json"),
    "json-number": (200, b"42", "application/json"),
    "deeply-nested": (200, b"[" * 100_000, "application/json"),
    "binary": (200, bytes(range(256)) * 4, "application/octet-stream"),
}


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("op", ALL_OPS)
@pytest.mark.parametrize("kind", list(UNREADABLE))
def test_unreadable_answer_is_a_clear_api_error(api: respx.MockRouter, family: Family, sync: bool, op: str,
                                                kind: str) -> None:
    status, content, ctype = UNREADABLE[kind]
    route = mock_answer(api, family, op, httpx.Response(status, content=content, headers={"Content-Type": ctype}))
    exc = expect_error(op, sync, family)
    assert isinstance(exc, APIError) and exc.status_code == 200
    assert "not a JSON object" in str(exc) or "malformed" in str(exc)
    assert route.call_count >= 1


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("op", [o for o in ALL_OPS if o != "cancel"])
def test_empty_200_is_a_clear_error(api: respx.MockRouter, family: Family, sync: bool, op: str) -> None:
    mock_answer(api, family, op, httpx.Response(200, content=b""))
    exc = expect_error(op, sync, family)
    # an empty 200 to a submit leaves the job id unknown: a SubmissionError that says so
    assert isinstance(exc, SubmissionError if op == "submit" else APIError)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_empty_200_to_a_cancel(api: respx.MockRouter, family: Family, sync: bool) -> None:
    """v0.0.38 answers a cancel with an empty body: that is how its success looks. v0.0.4x always sends
    ``status[]``: an empty body there is malformed."""
    mock_answer(api, family, "cancel", httpx.Response(200, content=b""))
    if family is LEGACY:
        assert run("cancel", sync) is True
    else:
        assert "malformed" in str(expect_error("cancel", sync, family))


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("op", ALL_OPS)
@pytest.mark.parametrize("with_errors", [True, False], ids=["errors", "no-errors"])
def test_http_500_with_and_without_errors(api: respx.MockRouter, family: Family, sync: bool, op: str,
                                          with_errors: bool) -> None:
    body: dict[str, Any] = {"meta": {}, "warnings": []}
    if with_errors:
        body["errors"] = [{"error_number": 9999, "error": "Unexpected", "description": "a test failure",
                           "source": "test"}]
    route = mock_answer(api, family, op, httpx.Response(500, json=body))
    exc = expect_error(op, sync, family)
    assert isinstance(exc, APIError) and exc.status_code == 500
    assert isinstance(exc, SubmissionError) == (op == "submit")
    assert exc.error_numbers == ((9999,) if with_errors else ())
    if with_errors:
        assert "a test failure" in str(exc)
    assert route.call_count == 1  # not a transient error: never retried


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("op", ALL_OPS)
@pytest.mark.parametrize("status", [502, 503])
def test_gateway_html_pages_are_unavailable(api: respx.MockRouter, family: Family, sync: bool, op: str,
                                            status: int, pauses: list[float]) -> None:
    page = f"<html><head><title>{status} Bad Gateway</title></head><body><h1>nginx</h1></body></html>"
    mock_answer(api, family, op, httpx.Response(status, text=page, headers={"Content-Type": "text/html"}))
    exc = expect_error(op, sync, family)
    if op == "submit":  # retried, then looked up by tag; no job carries it: a refusal that says why
        assert isinstance(exc, SubmissionError) and "no job carries its tag" in str(exc)
        assert isinstance(exc.__cause__, UnavailableError)
    else:
        assert isinstance(exc, UnavailableError) and exc.status_code == status
        assert "Bad Gateway" in str(exc)
    assert pauses, "a gateway error is retried (with pauses) before giving up"


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_huge_answer_does_not_hang(api: respx.MockRouter, family: Family, sync: bool) -> None:
    """A 50 MB answer that is not JSON: read, refused with a clear error, in seconds."""
    mock_answer(api, family, "jobs", httpx.Response(200, content=b"x" * (50 * 1024 * 1024)))
    start = time.monotonic()
    exc = expect_error("jobs", sync, family)
    assert "not a JSON object" in str(exc) and time.monotonic() - start < 20


@pytest.mark.parametrize("family", FAMILIES)
def test_huge_valid_answer_is_parsed(api: respx.MockRouter, family: Family) -> None:
    """50 MB of well-formed job records (a big cluster's listing) is not refused: the cap is far above it.
    (Sync only: the async client reads and parses the same way, and each run costs seconds.)"""
    sync = True
    padding = "p" * 1000
    records = [family.job(i, comment=padding, name=f"j{i}") for i in range(1, 46_000)]
    body = json.dumps(family.jobs_body(*records)).encode()
    assert len(body) > 50 * 1024 * 1024 > 0 and len(body) < _constants.MAX_BODY
    mock_answer(api, family, "jobs", httpx.Response(200, content=body))
    start = time.monotonic()
    jobs = run("jobs", sync)
    assert len(jobs) == len(records) and time.monotonic() - start < 60


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_answer_over_the_size_cap_is_refused(api: respx.MockRouter, family: Family, sync: bool) -> None:
    body = json.dumps(family.jobs_body(*[family.job(i, comment="c" * 500) for i in range(1, 3000)])).encode()
    mock_answer(api, family, "jobs", httpx.Response(200, content=body))
    exc = expect_error("jobs", sync, family, max_body=1024 * 1024)
    assert f"GET {family.jobs_path}" in str(exc) and "byte limit" in str(exc)


class Endless:
    """A transport answering the openapi document, then a chunked answer (no Content-Length) of ``size``
    bytes of "[" that counts what it handed out. (httpx's own mock transport: respx reads a streamed
    answer whole before handing it over.)"""

    chunk = b"[" * 65536

    def __init__(self, family: Family, size: int) -> None:
        self.family, self.size, self.sent = family, size, 0

    def chunks(self) -> Iterator[bytes]:
        for _ in range(self.size // len(self.chunk)):
            self.sent += len(self.chunk)
            yield self.chunk

    async def achunks(self) -> AsyncIterator[bytes]:
        for part in self.chunks():
            yield part

    def transport(self, sync: bool) -> httpx.MockTransport:
        def handler(request: httpx.Request) -> httpx.Response:
            if request.url.path == "/openapi/v3":
                return httpx.Response(200, json=openapi(self.family))
            return httpx.Response(200, content=self.chunks() if sync else self.achunks())

        return httpx.MockTransport(handler)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_answer_is_cut_off_at_the_size_cap_while_it_streams(family: Family, sync: bool, tmp_path: Path) -> None:
    """The cap holds while bytes arrive, on a client built as users build it (JWT auth minted from a key):
    an endless answer is refused after about ``max_body`` bytes, never read whole."""
    key = tmp_path / "jwt.key"
    key.write_bytes(b"k" * 32)
    cap = 1024 * 1024
    endless = Endless(family, 64 * 1024 * 1024)
    settings: dict[str, Any] = {"url": URL, "user": "alice", "jwt_key": key, "max_body": cap}
    with pytest.raises(SlurmRestError) as info:
        if sync:
            with SlurmClient(transport=endless.transport(sync), **settings) as c:
                c.jobs()
        else:
            async def go() -> None:
                async with AsyncSlurmClient(transport=endless.transport(sync), **settings) as c:
                    await c.jobs()
            asyncio.run(go())
    assert f"GET {family.jobs_path}: HTTP 200 answer of more than {cap} bytes exceeds" in str(info.value)
    assert endless.sent <= cap + 2 * len(Endless.chunk)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_declared_oversize_answer_is_refused_before_reading(api: respx.MockRouter, family: Family, sync: bool) -> None:
    huge = str(10 * _constants.MAX_BODY)
    mock_answer(api, family, "jobs", httpx.Response(200, headers={"Content-Length": huge}, content=b"{}"))
    exc = expect_error("jobs", sync, family)
    assert f"answer of {huge} bytes exceeds" in str(exc)


# -------------------------------------------------------------------------- JSON of the wrong shape, per op
def jobs_answers(family: Family) -> dict[str, tuple[dict[str, Any], str]]:
    """Malformed job listings (/job/ID, /jobs, v0.0.38's watcher): body and a word the error must contain."""
    good = family.job(7)
    no_id = {k: v for k, v in good.items() if k != "job_id"}
    no_state = {k: v for k, v in good.items() if k != "job_state"}
    return {
        "jobs-is-a-string": ({"jobs": "all of them"}, "malformed"),
        "jobs-is-an-object": ({"jobs": {"7": good}}, "malformed"),
        "jobs-is-null": ({"jobs": None}, "malformed"),
        "job-is-a-string": ({"jobs": ["7"]}, "malformed"),
        "job-without-job_id": (family.jobs_body(no_id), "job_id"),
        "job-without-job_state": (family.jobs_body(no_state), "job_state"),
        "job_id-is-text": (family.jobs_body({**good, "job_id": "seven"}), "job_id"),
        "job_id-is-a-list": (family.jobs_body({**good, "job_id": [7]}), "job_id"),
        "job_id-is-negative": (family.jobs_body({**good, "job_id": -7}), "job_id"),
    }


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("op", ["get_job", "jobs", "wait", "watcher"])
@pytest.mark.parametrize("case", list(jobs_answers(LEGACY)))
def test_malformed_job_records(api: respx.MockRouter, family: Family, sync: bool, op: str, case: str) -> None:
    body, word = jobs_answers(family)[case]
    serve(api, family)
    api.get(f"{family.base}/job/7").respond(json=body)
    api.get(family.jobs_path).respond(json=body)
    if family.states_path:  # the v0.0.4x watcher: a sane state answer, then a malformed full record
        api.get(family.states_path).respond(json={"jobs": [{"job_id": "7", "state": ["RUNNING"]}]})
    exc = expect_error(op, sync, family)
    assert isinstance(exc, APIError) and word in str(exc), str(exc)
    assert exc.__cause__ is None or not isinstance(exc.__cause__, SlurmRestError) or word in str(exc)


@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize(("body", "word"), [
    ({"jobs": "x"}, "malformed"),
    ({"jobs": [{"job_id": "7", "state": 3}], "x": 1}, None),  # a number for a state: kept as its text
    ({"jobs": ["7"]}, "malformed"),
])
def test_malformed_state_answers(api: respx.MockRouter, sync: bool, body: dict[str, Any], word: str | None) -> None:
    serve(api, MODERN)
    api.get(MODERN.states_path or "").respond(json=body)
    api.get(f"{MODERN.base}/job/7").respond(json=MODERN.jobs_body(MODERN.job(7, "RUNNING")))
    if word is None:
        info = run("watcher", sync)
        assert info.state is JobState.RUNNING  # the full record was fetched, since the states said nothing usable
        return
    exc = expect_error("watcher", sync, MODERN)
    assert word in str(exc) and MODERN.states_path in str(exc)  # type: ignore[operator]


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize(("job_id", "expect"), [
    (None, "no job id"), ("seven", "not a job id"), ([7], "not a job id"), ({"number": 7}, "not a job id"),
    (-7, "not a job id"), (7.5, "not a job id"), (True, "not a job id"), ("", "no job id"),
])
def test_submit_answer_without_a_usable_job_id(api: respx.MockRouter, family: Family, sync: bool, job_id: Any,
                                               expect: str) -> None:
    body: dict[str, Any] = {"errors": [], "warnings": []}
    if job_id is not None:
        body["job_id"] = job_id
    route = mock_answer(api, family, "submit", httpx.Response(200, json=body))
    with pytest.raises(SubmissionError, match=expect) as info:
        run("submit", sync)
    assert route.call_count == 1  # never resent: the job may exist
    if expect == "not a job id":
        assert f"POST {family.base}/job/submit" in str(info.value)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_submit_answer_with_job_id_as_text_is_read(api: respx.MockRouter, family: Family, sync: bool) -> None:
    mock_answer(api, family, "submit", httpx.Response(200, json={"job_id": "123", "errors": []}))
    assert run("submit", sync) == 123


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("pings", ["UP", ["UP"], [{"hostname": 5, "ping": 3, "pinged": 4}], {"a": 1}])
def test_malformed_ping(api: respx.MockRouter, family: Family, sync: bool, pings: Any) -> None:
    body = {**family.ping_body(), "pings": pings}
    mock_answer(api, family, "ping", httpx.Response(200, json=body))
    try:
        info = run("ping", sync)
    except SlurmRestError as exc:
        assert_clear(exc, family, "ping")
        assert "malformed" in str(exc)
    else:  # a shape the parser can still read is fine, as long as it reads as "not up"
        assert all(not up for _, up in info.controllers)


@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("status", ["x", ["x"], [{"error": {"code": "abc"}}], [{"error": "boom"}]])
def test_malformed_cancel_status(api: respx.MockRouter, sync: bool, status: Any) -> None:
    mock_answer(api, MODERN, "cancel", httpx.Response(200, json={**fixture("v0042_cancel.json"), "status": status}))
    expect_error("cancel", sync, MODERN)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_strings_where_numbers_belong_are_tolerated(api: respx.MockRouter, family: Family, sync: bool) -> None:
    """Times, limits, exit codes and array ids of the wrong type read as unset; names and comments as text."""
    record = family.job(7, "FAILED", submit_time="yesterday", start_time={"number": "x"}, end_time=[1],
                        time_limit="ten", exit_code="boom", array_job_id="x", array_task_id={"a": 1},
                        name=12345, comment=["not", "text"], nodes=["n1"])
    mock_answer(api, family, "get_job", httpx.Response(200, json=family.jobs_body(record)))
    info = run("get_job", sync)
    assert info.job_id == 7 and info.state is JobState.FAILED and info.name == "12345"
    assert info.submit_time is None and info.end_time is None and info.time_limit_minutes is None
    assert info.return_code is None and info.array_job_id is None


# --------------------------------------------------------------------------------- unknown states and flags
@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_unknown_state_never_raises_and_keeps_the_text(api: respx.MockRouter, family: Family, sync: bool) -> None:
    words = "HIBERNATING" if family.name == "v0.0.38" else ["HIBERNATING", "QUANTUM_FLAG"]
    mock_answer(api, family, "get_job", httpx.Response(200, json=family.jobs_body(family.job(7, job_state=words))))
    info = run("get_job", sync)
    assert info.state is JobState.UNKNOWN and not info.finished
    assert info.raw_state == (("HIBERNATING",) if family.name == "v0.0.38" else ("HIBERNATING", "QUANTUM_FLAG"))


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_unknown_flag_beside_a_known_state(api: respx.MockRouter, family: Family, sync: bool) -> None:
    words = "RUNNING,NEWFLAG" if family.name == "v0.0.38" else ["RUNNING", "NEWFLAG"]
    mock_answer(api, family, "watcher", httpx.Response(200, json=family.jobs_body(family.job(7, job_state=words))))
    if family.states_path:
        api.get(family.states_path).respond(json={"jobs": [{"job_id": "7", "state": ["RUNNING", "NEWFLAG"]}]})
    info = run("watcher", sync)
    assert info.state is JobState.RUNNING and "NEWFLAG" in ",".join(info.raw_state)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_wait_goes_on_through_unknown_states_to_the_end(api: respx.MockRouter, family: Family, sync: bool) -> None:
    answers = iter([family.job(7, job_state="WARPING" if family.name == "v0.0.38" else ["WARPING"])] * 3
                   + [family.job(7, "COMPLETED")] * 10)

    def jobs(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=family.jobs_body(next(answers)))

    serve(api, family)
    api.get(family.jobs_path).mock(side_effect=jobs)
    api.get(f"{family.base}/job/7").mock(side_effect=jobs)
    if family.states_path:
        states = iter([["WARPING"]] * 3 + [["COMPLETED"]] * 10)
        api.get(family.states_path).mock(side_effect=lambda r: httpx.Response(
            200, json={"jobs": [{"job_id": "7", "state": next(states)}]}))
    info = run("wait", sync)
    assert info.state is JobState.COMPLETED


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_wait_on_a_forever_unknown_state_ends_at_its_timeout(api: respx.MockRouter, family: Family,
                                                             sync: bool) -> None:
    from slurm_rest import WaitTimeout

    state = "WARPING" if family.name == "v0.0.38" else ["WARPING"]
    mock_answer(api, family, "wait", httpx.Response(200, json=family.jobs_body(family.job(7, job_state=state))))
    if family.states_path:
        api.get(family.states_path).respond(json={"jobs": [{"job_id": "7", "state": ["WARPING"]}]})
        api.get(f"{family.base}/job/7").respond(json=family.jobs_body(family.job(7, job_state=state)))
    with pytest.raises(WaitTimeout):
        run("wait", sync)


# ---------------------------------------------------------------------------------------- invalid job ids
@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("job_id", ["1/../../openapi/v3", "7?x=1", "abc", "", "0", -3, 0, 7.0, None, "7 ; id",
                                    "７", "1_2_3"])
def test_bad_job_ids_are_refused_before_sending(api: respx.MockRouter, family: Family, sync: bool,
                                                job_id: Any) -> None:
    serve(api, family)
    for name in ("get_job", "cancel", "wait", "watcher"):
        call: Callable[[Any], Any]
        if sync:
            with SlurmClient(url=URL, user="alice", token=TOKEN) as c:
                c.api_version()  # noqa: B018 - negotiate first, so only the operation's requests are counted
                before = len(api.calls)
                calls: dict[str, Callable[[Any], Any]] = {"get_job": c.get_job, "cancel": c.cancel, "wait": c.wait,
                                                          "watcher": lambda j: c.watcher().get(j)}
                call = calls[name]
                with pytest.raises(ValidationError, match="not a job id"):
                    call(job_id)
                assert len(api.calls) == before, f"{name}({job_id!r}) sent a request"
        else:
            async def go(name: str = name) -> None:
                async with AsyncSlurmClient(url=URL, user="alice", token=TOKEN) as c:
                    await c.api_version()
                    before = len(api.calls)
                    with pytest.raises(ValidationError, match="not a job id"):
                        if name == "watcher":
                            await (await c.watcher()).get(job_id)
                        else:
                            await getattr(c, name)(job_id)
                    assert len(api.calls) == before, f"{name}({job_id!r}) sent a request"

            asyncio.run(go())


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("signal", ["", "; rm -rf ~", "USR1; id", "NOTASIGNAL", "99", "B:USR1@30", "USR 1", 9])
def test_bad_cancel_signals_are_refused_before_sending(api: respx.MockRouter, family: Family, signal: Any) -> None:
    serve(api, family)
    with SlurmClient(url=URL, user="alice", token=TOKEN) as c:
        c.api_version()  # noqa: B018
        before = len(api.calls)
        with pytest.raises(ValidationError, match="signal"):
            c.cancel(7, signal=signal)
        assert len(api.calls) == before


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("signal", ["USR1", "SIGTERM", "10", "kill"])
def test_good_cancel_signals_are_sent_as_given(api: respx.MockRouter, family: Family, signal: str) -> None:
    ok = httpx.Response(200, content=b"") if family is LEGACY else httpx.Response(200, json=fixture("v0042_cancel.json"))
    route = mock_answer(api, family, "cancel", ok)
    with SlurmClient(url=URL, user="alice", token=TOKEN) as c:
        assert c.cancel(7, signal=signal) is True
    assert route.calls.last.request.url.params["signal"] == signal


# ----------------------------------------------------------------------------- invalid JobSpec values
# field -> values sbatch refuses too (or that mean nothing over REST); each must fail in JobSpec, before sending.
INVALID: dict[str, list[Any]] = {
    "time_limit": [0, -5, "0", "-1", "soon", "1:2:3:4", "10m", "", "1.5", 1.5, [10], "5-", "::", True],
    "mem": [-1, "-1G", "4 GB", "4X", "G", "", "1.5G", 1.5, [1], True],
    "mem_per_cpu": [0, "0", -3, "lots"],
    "ntasks": [0, -1, "4", 2.0, True, None.__class__],
    "cpus_per_task": [0, -2, "two"],
    "nodes": [0, -1, "0", "4-2", "a-b", "1-", "", 1.5, True],
    "array": ["", "-1", "5-2", "0-9:0", "0-9%0", "a", "1,,2", "0-9%", "1;id", 3],
    "signal": ["", "USR1@", "X:USR1", "NOSUCHSIG", "99", "USR1@99999", "B:B:USR1", "USR1; id", 10],
    "dependency": ["afterok", "afterok:", "afterok:0", "afterok:abc", "after:1+x", "nosuch:1", "afterok:1,afterany:2?3",
                   "afterok:1;rm -rf ~", "", 0, -1],
    "gpus": [0, -1, "0", "a100:0", "a100:", ":2", "two"],
    "nice": [2**40, "5", 1.5],
    "environment": [{"A=B": "1"}, {"": "x"}, {"1ABC": "x"}, {"A B": "x"}, {"A": 1}, {"A": "a\x00b"}, {"A\x00": "x"},
                    {5: "x"}, ["A=1"], "A=1"],
    "working_dir": ["relative/dir", "", "   ", "/tmp/a\x00b", "/tmp/a\nb", 5],
    "script": ["echo no shebang\n", "", "  #!/bin/sh\n", "#!/bin/sh\necho \x00\n", b"#!/bin/sh\n", None],
    "name": ["", "   ", "a\nb", "a\rb", "a\x00b", 5],
    "comment": ["", "line1\nline2", "nul\x00here"],
    "partition": ["two words", "tab\there", "", "a\x00"],
    "account": ["a b", "a\x00"],
    "stdout": ["", "a\nb", "/tmp/\x00x"],
    "stderr": ["", "a\nb", "/tmp/\x00x"],
    "exclusive": ["yes", 1, None],
    "extra": [{"script": "#!/bin/sh\n"}, {"environment": {}}, {"": 1}, ["x"]],
}
INVALID_CASES = [pytest.param(f, v, id=f"{f}={v!r:.30}") for f, vs in INVALID.items() for v in vs]


@pytest.mark.parametrize(("field", "value"), INVALID_CASES)
def test_invalid_jobspec_values_are_refused(field: str, value: Any) -> None:
    fields = {"script": SCRIPT, field: value}
    with pytest.raises(ValidationError) as info:
        JobSpec(**fields)
    text = str(info.value)
    assert field.split("_")[0] in text or "job" in text or "dependency" in text, text
    assert len(text) < 600  # a 100 KB value is never echoed whole


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_invalid_specs_send_nothing(api: respx.MockRouter, family: Family, sync: bool) -> None:
    serve(api, family)
    post = api.post(f"{family.base}/job/submit").respond(json={"job_id": 1})

    async def submit_async(fields: dict[str, Any]) -> None:
        async with AsyncSlurmClient(url=URL, user="alice", token=TOKEN) as c:
            await c.submit(**fields)

    for field, values in INVALID.items():
        for value in values:
            fields = {"script": SCRIPT, field: value}
            with pytest.raises(ValidationError):
                if sync:
                    with SlurmClient(url=URL, user="alice", token=TOKEN) as c:
                        c.submit(**fields)
                else:
                    asyncio.run(submit_async(fields))
    assert not post.called and not api.calls  # not even version negotiation: JobSpec fails first


def test_from_options_refuses_bad_and_unknown_options() -> None:
    for options in ({"time": "soon"}, {"--mem": "lots"}, {"ntasks": "two"}, {"export": "ALL"},
                    {"export": "A=1,JUNK"}, {"--rm-rf": "~"}, {"job-name": "a\x00b"}, {"hold": "maybe"}):
        with pytest.raises(ValidationError):
            JobSpec.from_options(SCRIPT, options)


# --------------------------------------------------------------------------------------- hostile strings
LONG = "x" * 100_000
LEGAL_TEXT = [HOSTILE, UNICODE, LONG, "  leading and trailing  ", "%j %x %%", "tab\tinside", "back\\slash"]
# field -> legal hostile values (the single-line fields refuse \n and NUL; "names" refuse any whitespace)
LEGAL: dict[str, list[str]] = {
    "name": LEGAL_TEXT,
    "comment": LEGAL_TEXT,
    "working_dir": ["/tmp/" + HOSTILE.replace("/", "_"), "/tmp/" + UNICODE, "/tmp/" + "d" * 4000],
    "stdout": ["/tmp/" + HOSTILE.replace("/", "_") + ".out", "/tmp/ü-%j.out", "rel; $(id).out"],
    "stderr": ["/tmp/`id`.err"],
    "partition": ["p;rm-rf~$(id)`id`\"'", "pärtition", "p" * 10_000],
    "account": ["a$(id)`id`;|&", "äccount"],
}


@pytest.mark.parametrize("family", FAMILIES)
def test_legal_hostile_strings_reach_the_request_verbatim(api: respx.MockRouter, family: Family) -> None:
    serve(api, family)
    post = api.post(f"{family.base}/job/submit").respond(json={"job_id": 1, "errors": []})
    env = {"HOSTILE": HOSTILE + "\nsecond line", "UNICODE": UNICODE, "LONG": LONG, "EMPTY": ""}
    script = "#!/bin/bash\n# " + HOSTILE + "\necho " + UNICODE + "\n" + ": " + LONG + "\n"
    keys = {"name": "name", "comment": "comment", "working_dir": "current_working_directory",
            "stdout": "standard_output", "stderr": "standard_error", "partition": "partition", "account": "account"}
    with SlurmClient(url=URL, user="alice", token=TOKEN) as c:
        for field, values in LEGAL.items():
            for value in values:
                c.submit(script=script, environment=env, **{field: value})
                body = json.loads(post.calls.last.request.content)
                job = body["job"]
                sent = job[keys[field]]
                if field == "comment":
                    sent = sent.rsplit(" slurm-rest-tag=", 1)[0]
                assert sent == value, field
                assert (body["script"] if family is LEGACY else job["script"]) == script
                sent_env = job["environment"]
                if family is LEGACY:
                    assert sent_env == env
                else:
                    assert sent_env == [f"{k}={v}" for k, v in sorted(env.items())]


@pytest.mark.parametrize("field", ["name", "comment", "partition", "account", "working_dir", "stdout", "stderr",
                                   "qos", "constraint", "gres"])
@pytest.mark.parametrize("bad", ["a\x00b", "line\nbreak", "cr\rhere"])
def test_nul_and_newlines_in_single_line_fields_are_refused(field: str, bad: str) -> None:
    value = "/tmp/" + bad if field in ("working_dir",) else bad
    fields: dict[str, Any] = {field: value}
    with pytest.raises(ValidationError, match=field):
        JobSpec(script=SCRIPT, **fields)


def test_nul_in_script_or_environment_is_refused() -> None:
    with pytest.raises(ValidationError, match="script"):
        JobSpec(script="#!/bin/sh\necho a\x00b\n")
    with pytest.raises(ValidationError, match="environment"):
        JobSpec(script=SCRIPT, environment={"A": "x\x00"})
    with pytest.raises(ValidationError, match="environment"):
        JobSpec(script=SCRIPT, environment={"A=B": "x"})


# ------------------------------------------------------------------------------------------- the CLI
@pytest.fixture
def cli_api(api: respx.MockRouter) -> respx.MockRouter:
    serve(api, MODERN)
    return api


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli_main(["--url", URL, "--user", "alice", "--token", TOKEN, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_hostile_option_values_reach_the_body_verbatim(cli_api: respx.MockRouter, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    post = cli_api.post(f"{MODERN.base}/job/submit").respond(json={"job_id": 5, "errors": []})
    script = tmp_path / "job.sh"
    script.write_text("#!/bin/sh\necho '" + UNICODE + "'\n")
    marker = tmp_path / "pwned"
    hostile = f"$(touch {marker}); `touch {marker}` && touch {marker}"
    code, out, _ = run_cli(["submit", str(script), "--job-name", hostile, "--comment", hostile,
                            "--export", f"X={hostile}"], capsys)
    assert code == 0 and "5" in out
    job = json.loads(post.calls.last.request.content)["job"]
    assert job["name"] == hostile and job["comment"].startswith(hostile) and f"X={hostile}" in job["environment"]
    assert not marker.exists()


@pytest.mark.parametrize("argv", [
    ["cancel", "1;id"], ["cancel", "../../openapi"], ["status", "$(id)"], ["wait", "7 8"], ["cancel", "7", "-s", "; id"],
    ["submit", "-", "--time", "soon"], ["submit", "-", "--job-name", "a\nb"],
])
def test_cli_bad_arguments_exit_non_zero_without_a_request(cli_api: respx.MockRouter, argv: list[str],
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(SCRIPT))
    try:
        code, _, err = run_cli(argv, capsys)
    except SystemExit as exc:  # argparse refuses before main returns
        code, err = int(exc.code or 0), capsys.readouterr().err
    assert code != 0 and err.strip()
    assert "Traceback" not in err
    assert all(c.request.url.path == "/openapi/v3" for c in cli_api.calls), "a job request was sent"


# ---------------------------------------------------------------------------------------- Flyte inputs
@pytest.mark.parametrize("value", [HOSTILE, UNICODE, LONG, "new\nline", "'", '"', "$HOME", "-n", "", "a b"])
def test_flyte_inputs_render_as_one_inert_word(tmp_path: Path, value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rendered ``{inputs.x}`` runs nothing: bash prints exactly the value back."""
    import subprocess

    monkeypatch.undo()  # real time.sleep/monotonic for subprocess

    from flyte_plugin._render import compose, render

    marker = tmp_path / "pwned"
    value = value.replace("~", str(marker))  # "rm -rf ~" would aim at the marker, never at a home directory
    body = render("#!/bin/bash\nprintf '%s' {inputs.x}\n", {"x": value}, {})
    script = compose(body)
    JobSpec(script=script)  # legal for Slurm as well
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=30, check=True,
                          cwd=tmp_path)
    assert done.stdout == value and not marker.exists()


def test_flyte_input_with_nul_is_refused_before_sending() -> None:
    from flyte_plugin._render import compose, render

    script = compose(render("#!/bin/bash\necho {inputs.x}\n", {"x": "a\x00b"}, {}))
    with pytest.raises(ValidationError, match="NUL"):
        JobSpec(script=script)


# ------------------------------------------------------------------------------- broken specs, codegen
def _codegen() -> Any:
    spec = importlib.util.spec_from_file_location("codegen_bad_input", ROOT / "openapi" / "codegen.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def codegen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """codegen.py reading its specs from a temp dir and generating one version (never the real output)."""
    module = _codegen()
    specs = tmp_path / "specs"
    specs.mkdir()
    monkeypatch.setattr(module, "HERE", specs)
    monkeypatch.setattr(module, "GENERATED", ("v0.0.42",))
    monkeypatch.setattr(module, "OUT", tmp_path / "must-not-be-used")
    return module


def small_spec() -> dict[str, Any]:
    """A tiny, valid spec in slurmrestd's style: one GET answering a $ref'd object."""
    return {
        "openapi": "3.0.2", "info": {"title": "t", "version": "v0.0.42"},
        "paths": {"/slurm/v0.0.42/ping/": {"get": {
            "operationId": "slurm_v0042_get_ping",
            "responses": {"200": {"description": "ok", "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/v0.0.42_openapi_ping_array_resp"}},
                "application/yaml": {"schema": {"$ref": "#/components/schemas/v0.0.42_openapi_ping_array_resp"}}}}}}}},
        "components": {"schemas": {"v0.0.42_openapi_ping_array_resp": {
            "type": "object", "properties": {"pings": {"type": "array", "items": {"type": "string"}}}}}},
    }


def run_generate(codegen: Any, out: Path, text: str) -> BaseException:
    (codegen.HERE / "v0.0.42.json").write_text(text)
    before = sorted(p.name for p in out.iterdir()) if out.exists() else None
    with pytest.raises((SystemExit, ValueError)) as info:
        codegen.generate(out)
    after = sorted(p.name for p in out.iterdir()) if out.exists() else None
    assert after == before, f"generate left partial output in {out}: {after}"
    return info.value


def test_generate_accepts_the_small_spec(codegen: Any, tmp_path: Path) -> None:
    """The baseline the broken specs below depart from: it generates."""
    out = tmp_path / "out"
    (codegen.HERE / "v0.0.42.json").write_text(json.dumps(small_spec()))
    codegen.generate(out)
    assert (out / "v0_0_42" / "models").is_dir()


@pytest.mark.parametrize(("case", "expect"), [
    ("not-json", "not JSON"),
    ("json-list", "not an OpenAPI document"),
    ("no-paths", "paths"),
    ("paths-not-object", "paths"),
])
def test_generate_refuses_broken_documents_clearly(codegen: Any, tmp_path: Path, case: str, expect: str) -> None:
    spec = small_spec()
    text = {
        "not-json": "<html>this is not JSON</html>",
        "json-list": "[1, 2]",
        "no-paths": json.dumps({k: v for k, v in spec.items() if k != "paths"}),
        "paths-not-object": json.dumps({**spec, "paths": ["/x"]}),
    }[case]
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("an earlier generation")
    exc = run_generate(codegen, out, text)
    assert expect in str(exc) and "v0.0.42" in str(exc), str(exc)


@pytest.mark.parametrize("case", ["dangling-ref", "unsupported-construct"])
def test_generator_warnings_fail_without_partial_output(codegen: Any, tmp_path: Path, case: str) -> None:
    spec = small_spec()
    op = spec["paths"]["/slurm/v0.0.42/ping/"]["get"]
    if case == "dangling-ref":
        op["responses"]["200"]["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/nothing"}
    else:  # an object in a header: openapi-python-client warns and skips the endpoint
        op["parameters"] = [{"name": "a", "in": "header",
                             "schema": {"type": "object", "properties": {"q": {"type": "string"}}}}]
    out = tmp_path / "out"
    out.mkdir()
    (out / "v0_0_42").mkdir()
    (out / "v0_0_42" / "previous.py").write_text("# an earlier, good generation\n")
    exc = run_generate(codegen, out, json.dumps(spec))
    assert "v0.0.42" in str(exc) and "not clean" in str(exc)
    assert (out / "v0_0_42" / "previous.py").exists(), "a failed generation destroyed the previous output"


def test_normalize_refuses_a_document_without_paths_clearly() -> None:
    module = _codegen()
    with pytest.raises(ValueError, match="paths"):
        module.normalize({"openapi": "3.0.2", "info": {"version": "v0.0.42"}, "components": {"schemas": {}}})
