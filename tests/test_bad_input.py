"""Bad input, offline: malformed slurmrestd answers, broken specs for the generator, invalid and hostile user input.

- Malformed answers (injected into the fake slurmrestd, ``tests/fake_slurmrestd.py``) reach every public
  operation (submit, get_job, jobs, wait, cancel, ping, the watcher) of the sync and the async client, for both
  API families (v0.0.38 and v0.0.4x). Each gives a clear exception from the package's tree that names the
  endpoint, never a bare KeyError/TypeError/JSONDecodeError, and nothing hangs; unknown states and flags never
  raise (UNKNOWN keeps the words as sent).
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
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

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
    WaitTimeout,
    _constants,
)
from slurm_rest.cli import main as cli_main
from tests.fake_slurmrestd import Chunks, FakeSlurmrestd, fixture, gateway_page

pytestmark = pytest.mark.usefixtures("pauses")

URL = "http://slurm.test"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdW4iOiJhbGljZSJ9.BAD-INPUT-SIGNATURE"
ROOT = Path(__file__).resolve().parents[1]
SCRIPT = "#!/bin/sh\necho hello\n"
HOSTILE = "; rm -rf ~ $(id) `id` \"' \\ | & > /tmp/x * ? [a] {b} #"
UNICODE = "Jöb ünïcødé 名前 🚀 \u202e"


# --------------------------------------------------------------------------------------- the two families
FAMILIES = [pytest.param("v0.0.38", id="v0.0.38"), pytest.param("v0.0.42", id="v0.0.4x")]
SYNC = [pytest.param(True, id="sync"), pytest.param(False, id="async")]


@pytest.fixture
def fake(family: str) -> FakeSlurmrestd:
    """22.05 (serving v0.0.37/v0.0.38) or 24.11 (v0.0.40 … v0.0.42), by the test's ``family``."""
    return FakeSlurmrestd("22.05" if family == "v0.0.38" else "24.11")


def legacy(fake: FakeSlurmrestd) -> bool:
    return fake.version == "v0.0.38"


# ---------------------------------------------------------------------------------- operations, sync/async
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
ALL_OPS = list(OPS)


def target(fake: FakeSlurmrestd, op: str) -> str:
    """The endpoint kind whose answer an operation reads first; the one a test makes malformed."""
    if op in ("wait", "watcher"):
        return "jobs" if legacy(fake) else "states"
    return {"submit": "submit", "get_job": "job", "cancel": "cancel", "ping": "ping", "jobs": "jobs"}[op]


def run(fake: FakeSlurmrestd, op: str, sync: bool, **settings: Any) -> Any:
    """Run ``op`` on a fresh client (the fake as its transport); returns its result or raises what it raised."""
    sync_call, async_call = OPS[op]
    if sync:
        with SlurmClient(url=URL, user="alice", token=TOKEN, transport=fake.transport(), **settings) as c:
            return sync_call(c)

    async def go() -> Any:
        async with AsyncSlurmClient(url=URL, user="alice", token=TOKEN, transport=fake.transport(), **settings) as c:
            return await async_call(c)

    return asyncio.run(go())


def break_answers(fake: FakeSlurmrestd, op: str, answer: Any) -> str:
    """``answer`` for the operation's target, for ever; the rest of what it may ask answers the same (a broken
    server is broken for every request: submit's lookup, a watcher's refresh). Returns the target's kind."""
    kind = target(fake, op)
    for k in {kind, "jobs", "job"}:
        fake.fault(k, answer, times=None)
    return kind


def assert_clear(exc: BaseException, fake: FakeSlurmrestd) -> None:
    """A tree exception, not a ValidationError (the user's input was fine), naming the endpoint."""
    assert isinstance(exc, SlurmRestError), f"{type(exc).__name__}: {exc}"
    assert not isinstance(exc, ValidationError), f"a bad answer reported as bad input: {exc}"
    text = str(exc)
    assert f"/slurm/{fake.version}" in text, f"the message does not name the endpoint: {text!r}"
    assert "Traceback" not in text and len(text) < 2000, text[:300]


def expect_error(fake: FakeSlurmrestd, op: str, sync: bool, **settings: Any) -> SlurmRestError:
    with pytest.raises(SlurmRestError) as info:
        run(fake, op, sync, **settings)
    assert_clear(info.value, fake)
    return info.value


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
def test_unreadable_answer_is_a_clear_api_error(fake: FakeSlurmrestd, sync: bool, op: str, kind: str) -> None:
    status, content, ctype = UNREADABLE[kind]
    broken = break_answers(fake, op, (status, content, {"Content-Type": ctype}))
    exc = expect_error(fake, op, sync)
    assert isinstance(exc, APIError) and exc.status_code == 200
    assert "not a JSON object" in str(exc) or "malformed" in str(exc)
    assert fake.count(broken) >= 1


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("op", [o for o in ALL_OPS if o != "cancel"])
def test_empty_200_is_a_clear_error(fake: FakeSlurmrestd, sync: bool, op: str) -> None:
    break_answers(fake, op, (200, b""))
    exc = expect_error(fake, op, sync)
    # an empty 200 to a submit leaves the job id unknown: a SubmissionError that says so
    assert isinstance(exc, SubmissionError if op == "submit" else APIError)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_empty_200_to_a_cancel(fake: FakeSlurmrestd, sync: bool) -> None:
    """v0.0.38 answers a cancel with an empty body: that is how its success looks (the fake's own answer
    too). v0.0.4x always sends ``status[]``: an empty body there is malformed."""
    break_answers(fake, "cancel", (200, b""))
    if legacy(fake):
        assert run(fake, "cancel", sync) is True
    else:
        assert "malformed" in str(expect_error(fake, "cancel", sync))


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_cancel_answered_as_the_release_does(fake: FakeSlurmrestd, sync: bool) -> None:
    fake.add_job(7, state="RUNNING")
    assert run(fake, "cancel", sync) is True and fake.cancels == [7] and fake.count("cancel") == 1


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("op", ALL_OPS)
@pytest.mark.parametrize("with_errors", [True, False], ids=["errors", "no-errors"])
def test_http_500_with_and_without_errors(fake: FakeSlurmrestd, sync: bool, op: str, with_errors: bool) -> None:
    body: dict[str, Any] = {"meta": {}, "warnings": []}
    if with_errors:
        body["errors"] = [
            {"error_number": 9999, "error": "Unexpected", "description": "a test failure", "source": "test"}
        ]
    broken = break_answers(fake, op, (500, body))
    exc = expect_error(fake, op, sync)
    assert isinstance(exc, APIError) and exc.status_code == 500
    assert isinstance(exc, SubmissionError) == (op == "submit")
    assert exc.error_numbers == ((9999,) if with_errors else ())
    if with_errors:
        assert "a test failure" in str(exc)
    assert fake.count(broken) == 1  # not a transient error: never retried


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("op", ALL_OPS)
@pytest.mark.parametrize("status", [502, 503])
def test_gateway_html_pages_are_unavailable(
    fake: FakeSlurmrestd, sync: bool, op: str, status: int, pauses: list[float]
) -> None:
    assert "Bad Gateway" in gateway_page(status)
    break_answers(fake, op, status)  # the fake's gateway page, as nginx sends it
    exc = expect_error(fake, op, sync)
    if op == "submit":  # retried, then looked up by tag; no job carries it: a refusal that says why
        assert isinstance(exc, SubmissionError) and "no job carries its tag" in str(exc)
        assert isinstance(exc.__cause__, UnavailableError)
    else:
        assert isinstance(exc, UnavailableError) and exc.status_code == status
        assert "Bad Gateway" in str(exc)
    assert pauses, "a gateway error is retried (with pauses) before giving up"


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_huge_answer_does_not_hang(fake: FakeSlurmrestd, sync: bool) -> None:
    """A 50 MB answer that is not JSON: read, refused with a clear error, in seconds of CPU (this process's:
    a machine busy with the live tests beside this suite must not make it fail)."""
    break_answers(fake, "jobs", (200, b"x" * (50 * 1024 * 1024)))
    start = time.process_time()
    exc = expect_error(fake, "jobs", sync)
    assert "not a JSON object" in str(exc) and time.process_time() - start < 20


@pytest.mark.parametrize("family", FAMILIES)
def test_huge_valid_answer_is_parsed(fake: FakeSlurmrestd) -> None:
    """50 MB of well-formed job records (a big cluster's listing) is not refused: the cap is far above it.
    (Sync only: the async client reads and parses the same way, and each run costs seconds.)"""
    padding = "p" * 1000
    size = len(json.dumps(fake.record(fake.add_job(1, comment=padding, name="j1")), separators=(",", ":")))
    count = 50 * 1024 * 1024 // size + 1000
    for i in range(2, count + 1):
        fake.add_job(i, comment=padding, name=f"j{i}")
    answer = fake.handle(httpx.Request("GET", URL + fake.path("jobs")))  # what the client is about to read
    assert 50 * 1024 * 1024 < len(answer.content) < _constants.MAX_BODY
    start = time.process_time()  # CPU, not wall time (see test_huge_answer_does_not_hang)
    jobs = run(fake, "jobs", True)
    assert len(jobs) == count and time.process_time() - start < 60


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_a_listing_over_the_size_cap_is_read_record_by_record(fake: FakeSlurmrestd, sync: bool) -> None:
    """slurmrestd has no pagination: a job listing is read record by record, so the cap bounds one record,
    not the whole answer (3 MB here against a 1 MB cap); one record over the cap is refused."""
    for i in range(1, 3000):
        fake.add_job(i, comment="c" * 1000)
    jobs = run(fake, "jobs", sync, max_body=1024 * 1024)
    assert sorted(j.job_id for j in jobs) == list(range(1, 3000)) and {len(j.comment or "") for j in jobs} == {1000}
    fake.add_job(3000, comment="c" * 1024 * 1024)
    exc = expect_error(fake, "jobs", sync, max_body=1024 * 1024)
    assert f"GET {fake.path('jobs')}: one record of the answer is over the client's" in str(exc), str(exc)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("op", ["wait", "watcher"])
def test_a_watchers_listing_keeps_only_the_watched_jobs(fake: FakeSlurmrestd, sync: bool, op: str) -> None:
    """A watcher's listings (v0.0.38's every cycle; v0.0.4x's of many changed jobs) are read record by record
    too, keeping the watched jobs' records alone: 3 MB of other jobs under a 1 MB cap are no obstacle."""
    for i in range(1, 3000):
        fake.add_job(i, comment="c" * 1000)
    fake.finish(7)
    info = run(fake, op, sync, max_body=1024 * 1024)
    assert info.job_id == 7 and info.finished and info.comment == "c" * 1000
    if legacy(fake):
        assert fake.count("jobs") >= 1  # the cycle was a listing (the 1 MB cap held for each record)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_answer_over_the_size_cap_is_refused(fake: FakeSlurmrestd, sync: bool) -> None:
    fake.add_job(7, comment="c" * 2 * 1024 * 1024)
    exc = expect_error(fake, "get_job", sync, max_body=1024 * 1024)
    assert f"GET {fake.path('job', 7)}" in str(exc) and "byte limit" in str(exc), str(exc)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize(
    ("op", "head", "says"),
    [
        ("get_job", b"", "HTTP 200 answer of more than {cap} bytes exceeds"),  # read whole: the cap bounds it
        ("jobs", b'{"jobs": [{"comment": "', "one record of the answer is over the client's {cap} byte limit"),
    ],
    ids=["answer", "listing-record"],
)
def test_answer_is_cut_off_at_the_size_cap_while_it_streams(
    fake: FakeSlurmrestd, sync: bool, tmp_path: Path, op: str, head: bytes, says: str
) -> None:
    """The cap holds while bytes arrive, on a client built as users build it (JWT auth minted from a key):
    an endless chunked answer (no Content-Length) is refused after about ``max_body`` bytes, never read whole
    (a listing's endless record too)."""
    key = tmp_path / "jwt.key"
    key.write_bytes(b"k" * 32)
    cap = 1024 * 1024
    endless = Chunks(b"c" * 65536, 1024, head=head)  # 64 MB
    fake.add_job(7)
    break_answers(fake, op, httpx.Response(200, stream=endless))
    settings: dict[str, Any] = {
        "url": URL,
        "user": "alice",
        "jwt_key": key,
        "max_body": cap,
        "transport": fake.transport(),
    }
    with pytest.raises(SlurmRestError) as info:
        if sync:
            with SlurmClient(**settings) as c:
                OPS[op][0](c)
        else:

            async def go() -> None:
                async with AsyncSlurmClient(**settings) as c:
                    await OPS[op][1](c)

            asyncio.run(go())
    assert says.format(cap=cap) in str(info.value), str(info.value)
    assert endless.sent <= cap + 2 * len(endless.chunk) + len(head)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_an_endless_nesting_is_refused_at_once(fake: FakeSlurmrestd, sync: bool) -> None:
    """``[[[[…`` in a listing is no job record: refused in its first chunk, not read up to the cap."""
    endless = Chunks(b"[" * 65536, 1024, head=b'{"jobs": [')
    break_answers(fake, "jobs", httpx.Response(200, stream=endless))
    exc = expect_error(fake, "jobs", sync)
    assert "not a JSON object" in str(exc) and endless.sent <= 2 * len(endless.chunk) + 10, (endless.sent, str(exc))


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("op", ["get_job", "jobs"])
def test_declared_oversize_answer_is_refused_before_reading(fake: FakeSlurmrestd, sync: bool, op: str) -> None:
    """A Content-Length over the cap is refused before a byte is read, except for a listing (read record by
    record, its size is no reason to refuse it): there the body it declared must then be whole JSON."""
    huge = str(10 * _constants.MAX_BODY)
    fake.add_job(7)
    break_answers(fake, op, httpx.Response(200, headers={"Content-Length": huge}, content=b"{}"))
    if op == "jobs":
        assert run(fake, op, sync) == []
        return
    exc = expect_error(fake, op, sync)
    assert f"answer of {huge} bytes exceeds" in str(exc)


# -------------------------------------------------------------------------- JSON of the wrong shape, per op
def jobs_answers(fake: FakeSlurmrestd) -> dict[str, tuple[dict[str, Any], str]]:
    """Malformed job listings (/job/ID, /jobs, v0.0.38's watcher): body and a word the error must contain."""
    good = fake.record(fake.add_job(7, state="RUNNING"))
    no_id = {k: v for k, v in good.items() if k != "job_id"}
    no_state = {k: v for k, v in good.items() if k != "job_state"}

    def listing(*records: dict[str, Any]) -> dict[str, Any]:
        return fake.error_body(jobs=list(records))  # no errors: a well-formed envelope

    return {
        "jobs-is-a-string": ({"jobs": "all of them"}, "malformed"),
        "jobs-is-an-object": ({"jobs": {"7": good}}, "malformed"),
        "jobs-is-null": ({"jobs": None}, "malformed"),
        "job-is-a-string": ({"jobs": ["7"]}, "malformed"),
        "job-without-job_id": (listing(no_id), "job_id"),
        "job-without-job_state": (listing(no_state), "job_state"),
        "job_id-is-text": (listing({**good, "job_id": "seven"}), "job_id"),
        "job_id-is-a-list": (listing({**good, "job_id": [7]}), "job_id"),
        "job_id-is-negative": (listing({**good, "job_id": -7}), "job_id"),
    }


MALFORMED_JOBS = list(jobs_answers(FakeSlurmrestd("v0.0.38")))


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("op", ["get_job", "jobs", "wait", "watcher"])
@pytest.mark.parametrize("case", MALFORMED_JOBS)
def test_malformed_job_records(fake: FakeSlurmrestd, sync: bool, op: str, case: str) -> None:
    """The v0.0.4x watcher gets a sane state answer (the fake's: job 7 has ended, so its full record is read),
    then a malformed record."""
    body, word = jobs_answers(fake)[case]
    fake.finish(7)
    fake.fault("job", (200, body), times=None)
    fake.fault("jobs", (200, body), times=None)
    exc = expect_error(fake, op, sync)
    assert isinstance(exc, APIError) and word in str(exc), str(exc)
    assert exc.__cause__ is None or not isinstance(exc.__cause__, SlurmRestError) or word in str(exc)


@pytest.mark.parametrize("family", [pytest.param("v0.0.42", id="v0.0.4x")])
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize(
    ("body", "word"),
    [
        ({"jobs": "x"}, "malformed"),
        ({"jobs": [{"job_id": "7", "state": 3}], "x": 1}, None),  # a number for a state: kept as its text
        ({"jobs": ["7"]}, "malformed"),
    ],
)
def test_malformed_state_answers(fake: FakeSlurmrestd, sync: bool, body: dict[str, Any], word: str | None) -> None:
    fake.add_job(7, state="RUNNING")
    fake.fault("states", (200, body), times=None)
    if word is None:
        info = run(fake, "watcher", sync)
        assert info.state is JobState.RUNNING  # the full record was fetched, since the states said nothing usable
        assert fake.count("job") == 1
        return
    exc = expect_error(fake, "watcher", sync)
    assert word in str(exc) and fake.path("states") in str(exc)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize(
    ("job_id", "expect"),
    [
        (None, "no job id"),
        ("seven", "not a job id"),
        ([7], "not a job id"),
        ({"number": 7}, "not a job id"),
        (-7, "not a job id"),
        (7.5, "not a job id"),
        (True, "not a job id"),
        ("", "no job id"),
    ],
)
def test_submit_answer_without_a_usable_job_id(fake: FakeSlurmrestd, sync: bool, job_id: Any, expect: str) -> None:
    body: dict[str, Any] = {"errors": [], "warnings": []}
    if job_id is not None:
        body["job_id"] = job_id
    break_answers(fake, "submit", (200, body))
    with pytest.raises(SubmissionError, match=expect) as info:
        run(fake, "submit", sync)
    assert fake.count("submit") == 1  # never resent: the job may exist
    if expect == "not a job id":
        assert f"POST {fake.path('submit')}" in str(info.value)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_submit_answer_with_job_id_as_text_is_read(fake: FakeSlurmrestd, sync: bool) -> None:
    break_answers(fake, "submit", (200, {"job_id": "123", "errors": []}))
    assert run(fake, "submit", sync) == 123


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("pings", ["UP", ["UP"], [{"hostname": 5, "ping": 3, "pinged": 4}], {"a": 1}])
def test_malformed_ping(fake: FakeSlurmrestd, sync: bool, pings: Any) -> None:
    body = {**fixture("v0038_ping.json" if legacy(fake) else "v0042_ping.json"), "pings": pings}
    break_answers(fake, "ping", (200, body))
    try:
        info = run(fake, "ping", sync)
    except SlurmRestError as exc:
        assert_clear(exc, fake)
        assert "malformed" in str(exc)
    else:  # a shape the parser can still read is fine, as long as it reads as "not up"
        assert all(not up for _, up in info.controllers)


@pytest.mark.parametrize("family", [pytest.param("v0.0.42", id="v0.0.4x")])
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("status", ["x", ["x"], [{"error": {"code": "abc"}}], [{"error": "boom"}]])
def test_malformed_cancel_status(fake: FakeSlurmrestd, sync: bool, status: Any) -> None:
    break_answers(fake, "cancel", (200, {**fixture("v0042_cancel.json"), "status": status}))
    expect_error(fake, "cancel", sync)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_strings_where_numbers_belong_are_tolerated(fake: FakeSlurmrestd, sync: bool) -> None:
    """Times, limits, exit codes and array ids of the wrong type read as unset; names and comments as text."""
    junk = {
        "submit_time": "yesterday",
        "start_time": {"number": "x"},
        "end_time": [1],
        "time_limit": "ten",
        "exit_code": "boom",
        "array_job_id": "x",
        "array_task_id": {"a": 1},
        "name": 12345,
        "comment": ["not", "text"],
        "nodes": ["n1"],
    }
    fake.add_job(7, state="FAILED", fields=junk)
    info = run(fake, "get_job", sync)
    assert info.job_id == 7 and info.state is JobState.FAILED and info.name == "12345"
    assert info.submit_time is None and info.end_time is None and info.time_limit_minutes is None
    assert info.return_code is None and info.array_job_id is None


# --------------------------------------------------------------------------------- unknown states and flags
@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_unknown_state_never_raises_and_keeps_the_text(fake: FakeSlurmrestd, sync: bool) -> None:
    fake.add_job(7, state="HIBERNATING", flags=[] if legacy(fake) else ["QUANTUM_FLAG"])
    info = run(fake, "get_job", sync)
    assert info.state is JobState.UNKNOWN and not info.finished
    assert info.raw_state == (("HIBERNATING",) if legacy(fake) else ("HIBERNATING", "QUANTUM_FLAG"))


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_unknown_flag_beside_a_known_state(fake: FakeSlurmrestd, sync: bool) -> None:
    fake.add_job(7, state="RUNNING", flags=["NEWFLAG"])  # v0.0.38: "RUNNING,NEWFLAG"
    info = run(fake, "watcher", sync)
    assert info.state is JobState.RUNNING and "NEWFLAG" in ",".join(info.raw_state)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_wait_goes_on_through_unknown_states_to_the_end(fake: FakeSlurmrestd, sync: bool) -> None:
    fake.add_job(7, state="WARPING")
    fake.auto_advance("COMPLETED", polls_per_state=3)  # WARPING for three polls, then COMPLETED
    info = run(fake, "wait", sync)
    assert info.state is JobState.COMPLETED
    assert fake.count(target(fake, "wait")) == 4


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_wait_on_a_forever_unknown_state_ends_at_its_timeout(fake: FakeSlurmrestd, sync: bool) -> None:
    fake.add_job(7, state="WARPING")
    with pytest.raises(WaitTimeout):
        run(fake, "wait", sync)


# ---------------------------------------------------------------------------------------- invalid job ids
@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize(
    "job_id", ["1/../../openapi/v3", "7?x=1", "abc", "", "0", -3, 0, 7.0, None, "7 ; id", "\uff17", "1_2_3"]
)  # a fullwidth seven
def test_bad_job_ids_are_refused_before_sending(fake: FakeSlurmrestd, sync: bool, job_id: Any) -> None:
    for name in ("get_job", "cancel", "wait", "watcher"):
        if sync:
            with SlurmClient(url=URL, user="alice", token=TOKEN, transport=fake.transport()) as c:
                c.api_version()  # negotiate first, so only the operation's requests are counted
                before = fake.count()
                calls: dict[str, Callable[[Any], Any]] = {
                    "get_job": c.get_job,
                    "cancel": c.cancel,
                    "wait": c.wait,
                    "watcher": lambda j: c.watcher().get(j),
                }
                with pytest.raises(ValidationError, match="not a job id"):
                    calls[name](job_id)
                assert fake.count() == before, f"{name}({job_id!r}) sent a request"
        else:

            async def go(name: str = name) -> None:
                async with AsyncSlurmClient(url=URL, user="alice", token=TOKEN, transport=fake.transport()) as c:
                    await c.api_version()
                    before = fake.count()
                    with pytest.raises(ValidationError, match="not a job id"):
                        if name == "watcher":
                            await (await c.watcher()).get(job_id)
                        else:
                            await getattr(c, name)(job_id)
                    assert fake.count() == before, f"{name}({job_id!r}) sent a request"

            asyncio.run(go())


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("signal", ["", "; rm -rf ~", "USR1; id", "NOTASIGNAL", "99", "B:USR1@30", "USR 1", 9])
def test_bad_cancel_signals_are_refused_before_sending(fake: FakeSlurmrestd, signal: Any) -> None:
    with SlurmClient(url=URL, user="alice", token=TOKEN, transport=fake.transport()) as c:
        c.api_version()
        before = fake.count()
        with pytest.raises(ValidationError, match="signal"):
            c.cancel(7, signal=signal)
        assert fake.count() == before


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("signal", ["USR1", "SIGTERM", "10", "kill"])
def test_good_cancel_signals_are_sent_as_given(fake: FakeSlurmrestd, signal: str) -> None:
    fake.add_job(7, state="RUNNING")
    with SlurmClient(url=URL, user="alice", token=TOKEN, transport=fake.transport()) as c:
        assert c.cancel(7, signal=signal) is True
    assert fake.signals == [(7, signal)] and fake.jobs[7].state == "RUNNING"
    assert fake.requests("cancel")[-1].url.params["signal"] == signal


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
    "dependency": [
        "afterok",
        "afterok:",
        "afterok:0",
        "afterok:abc",
        "after:1+x",
        "nosuch:1",
        "afterok:1,afterany:2?3",
        "afterok:1;rm -rf ~",
        "",
        0,
        -1,
    ],
    "gpus": [0, -1, "0", "a100:0", "a100:", ":2", "two"],
    "gpus_per_node": [0, -1, "a100:0", "two", 1.5],
    "distribution": ["", "diagonal", "plane", "plane=0", "block:", "block:cyclic:cyclic:block", "cyclic,tight", 2],
    "nice": [2**40, "5", 1.5],
    "environment": [
        {"A=B": "1"},
        {"": "x"},
        {"1ABC": "x"},
        {"A B": "x"},
        {"A": 1},
        {"A": "a\x00b"},
        {"A\x00": "x"},
        {5: "x"},
        ["A=1"],
        "A=1",
    ],
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
def test_invalid_specs_send_nothing(fake: FakeSlurmrestd, sync: bool) -> None:
    cases = [{"script": SCRIPT, field: value} for field, values in INVALID.items() for value in values]
    if sync:
        with SlurmClient(url=URL, user="alice", token=TOKEN, transport=fake.transport()) as c:
            for fields in cases:
                with pytest.raises(ValidationError):
                    c.submit(**fields)
    else:

        async def submit_all() -> None:
            async with AsyncSlurmClient(url=URL, user="alice", token=TOKEN, transport=fake.transport()) as c:
                for fields in cases:
                    with pytest.raises(ValidationError):
                        await c.submit(**fields)

        asyncio.run(submit_all())
    assert fake.count() == 0 and not fake.jobs  # not even version negotiation: JobSpec fails first


def test_from_options_refuses_bad_and_unknown_options() -> None:
    for options in (
        {"time": "soon"},
        {"--mem": "lots"},
        {"ntasks": "two"},
        {"export": "ALL"},
        {"export": "A=1,JUNK"},
        {"--rm-rf": "~"},
        {"job-name": "a\x00b"},
        {"hold": "maybe"},
    ):
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
def test_legal_hostile_strings_reach_the_request_verbatim(fake: FakeSlurmrestd) -> None:
    fake.partitions = None  # this controller takes any partition name
    env = {"HOSTILE": HOSTILE + "\nsecond line", "UNICODE": UNICODE, "LONG": LONG, "EMPTY": ""}
    script = "#!/bin/bash\n# " + HOSTILE + "\necho " + UNICODE + "\n" + ": " + LONG + "\n"
    keys = {
        "name": "name",
        "comment": "comment",
        "working_dir": "current_working_directory",
        "stdout": "standard_output",
        "stderr": "standard_error",
        "partition": "partition",
        "account": "account",
    }
    with SlurmClient(url=URL, user="alice", token=TOKEN, transport=fake.transport()) as c:
        for field, values in LEGAL.items():
            for value in values:
                job_id = c.submit(script=script, environment=env, **{field: value})
                body = fake.bodies("submit")[-1]
                job = body["job"]
                sent = job[keys[field]]
                if field == "comment":
                    sent = sent.rsplit(" slurm-rest-tag=", 1)[0]
                    assert fake.jobs[job_id].comment == job["comment"]
                assert sent == value, field
                assert (body["script"] if legacy(fake) else job["script"]) == script
                sent_env = job["environment"]
                if legacy(fake):
                    assert sent_env == env
                else:
                    assert sent_env == [f"{k}={v}" for k, v in sorted(env.items())]
    assert fake.count("submit") == len(fake.jobs) == sum(len(v) for v in LEGAL.values())


@pytest.mark.parametrize(
    "field", ["name", "comment", "partition", "account", "working_dir", "stdout", "stderr", "qos", "constraint", "gres"]
)
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
def cli_fake(monkeypatch: pytest.MonkeyPatch) -> FakeSlurmrestd:
    """The CLI builds its client from its flags, as for users; its transport is the fake's."""
    fake = FakeSlurmrestd("24.11")
    fake.wire_cli(monkeypatch)
    return fake


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli_main(["--url", URL, "--user", "alice", "--token", TOKEN, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_hostile_option_values_reach_the_body_verbatim(
    cli_fake: FakeSlurmrestd, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = tmp_path / "job.sh"
    script.write_text("#!/bin/sh\necho '" + UNICODE + "'\n")
    marker = tmp_path / "pwned"
    hostile = f"$(touch {marker}); `touch {marker}` && touch {marker}"
    code, out, _ = run_cli(
        ["submit", str(script), "--job-name", hostile, "--comment", hostile, "--export", f"X={hostile}"], capsys
    )
    (job_id,) = cli_fake.jobs
    assert code == 0 and str(job_id) in out
    job = cli_fake.bodies("submit")[-1]["job"]
    assert job["name"] == hostile and job["comment"].startswith(hostile) and f"X={hostile}" in job["environment"]
    assert cli_fake.jobs[job_id].name == hostile
    assert not marker.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["cancel", "1;id"],
        ["cancel", "../../openapi"],
        ["status", "$(id)"],
        ["wait", "7 8"],
        ["cancel", "7", "-s", "; id"],
        ["submit", "-", "--time", "soon"],
        ["submit", "-", "--job-name", "a\nb"],
    ],
)
def test_cli_bad_arguments_exit_non_zero_without_a_request(
    cli_fake: FakeSlurmrestd, argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(SCRIPT))
    try:
        code, _, err = run_cli(argv, capsys)
    except SystemExit as exc:  # argparse refuses before main returns
        code, err = int(exc.code or 0), capsys.readouterr().err
    assert code != 0 and err.strip()
    assert "Traceback" not in err
    assert set(cli_fake.counts()) <= {"openapi"}, f"a job request was sent: {cli_fake.counts()}"


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
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=30, check=True, cwd=tmp_path)
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
        "openapi": "3.0.2",
        "info": {"title": "t", "version": "v0.0.42"},
        "paths": {
            "/slurm/v0.0.42/ping/": {
                "get": {
                    "operationId": "slurm_v0042_get_ping",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/v0.0.42_openapi_ping_array_resp"}
                                },
                                "application/yaml": {
                                    "schema": {"$ref": "#/components/schemas/v0.0.42_openapi_ping_array_resp"}
                                },
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "v0.0.42_openapi_ping_array_resp": {
                    "type": "object",
                    "properties": {"pings": {"type": "array", "items": {"type": "string"}}},
                }
            }
        },
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


@pytest.mark.parametrize(
    ("case", "expect"),
    [
        ("not-json", "not JSON"),
        ("json-list", "not an OpenAPI document"),
        ("no-paths", "paths"),
        ("paths-not-object", "paths"),
    ],
)
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
        op["parameters"] = [
            {"name": "a", "in": "header", "schema": {"type": "object", "properties": {"q": {"type": "string"}}}}
        ]
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
