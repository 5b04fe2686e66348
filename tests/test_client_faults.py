"""Faults the testbeds cannot produce on demand, against a respx-mocked slurmrestd (no live daemon).

Covered: read retries (connection errors, timeouts, gateway errors, Slurm's transient errnos) and where they
stop; submit's "never two jobs for one call" (lost answers are resolved by looking the job up by its tag);
the JWT auth flow (headers, re-mint and resend once, renewal before expiry, no token in reprs or logs);
error classification; version negotiation; configuration from the environment.

Response bodies in ``tests/fixtures`` were captured from the live testbeds (24.11: v0.0.42, 22.05: v0.0.38).
Retry and lookup pauses are recorded instead of slept (``pauses`` fixture), so the module runs in seconds.
"""

from __future__ import annotations

import asyncio
import copy
import http.server
import json
import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import httpx
import jwt
import pytest
import respx

from slurm_rest import (
    APIError,
    AsyncSlurmClient,
    AuthError,
    ClientConfig,
    ConfigError,
    JobNotFoundError,
    JobSpec,
    Secret,
    SlurmClient,
    SlurmRestError,
    SubmissionError,
    TransportError,
    UnavailableError,
    UnsupportedVersionError,
    _auth,
    _constants,
)
from slurm_rest._auth import SlurmAuth, StaticToken
from slurm_rest._http import http_settings
from slurm_rest._retry import READ, UNSENT

URL = "http://slurm.test"
V42 = "/slurm/v0.0.42"
V38 = "/slurm/v0.0.38"
FIXTURES = Path(__file__).parent / "fixtures"
# Looks like a JWT and is easy to grep for in reprs and logs.
STATIC_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdW4iOiJhbGljZSJ9.STATIC-SECRET-SIGNATURE"
REAL_SLEEP = time.sleep
AUTH = SlurmAuth("alice", StaticToken(Secret(STATIC_TOKEN)))
SCRIPT = "#!/bin/sh\necho hello\n"

Handler = Callable[[httpx.Request], httpx.Response]


def fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text())
    return data


def openapi(*versions: str) -> dict[str, Any]:
    """A minimal ``/openapi/v3`` document naming the given versions (paths are all negotiation reads)."""
    paths: dict[str, Any] = {}
    for v in versions:
        paths[f"/slurm/{v}/ping/"] = {}
        paths[f"/slurm/{v}/jobs/"] = {}
    paths["/openapi/v3"] = {}
    return {"openapi": "3.0.2", "paths": paths}


def slurm_errors(status: int, *errors: tuple[int, str], legacy: bool = False) -> httpx.Response:
    body = fixture("v0038_ping.json" if legacy else "v0042_ping.json")
    body.pop("pings", None)
    body["errors"] = [{"error_number": n, "description": d, "error": "", "source": "test"} for n, d in errors]
    return httpx.Response(status, json=body)


def ping_ok() -> httpx.Response:
    return httpx.Response(200, json=fixture("v0042_ping.json"))


def job_record(job_id: int, *, comment: str = "", state: str = "PENDING", name: str = "job") -> dict[str, Any]:
    """A v0.0.42 job record: the captured 24.11 one with a few fields replaced."""
    record: dict[str, Any] = copy.deepcopy(_JOB_TEMPLATE)
    record.update(job_id=job_id, comment=comment, name=name, job_state=[state])
    return record


def jobs_body(*records: dict[str, Any]) -> dict[str, Any]:
    body = copy.deepcopy(_JOBS_BODY)
    body["jobs"] = list(records)
    return body


_JOBS_BODY = fixture("v0042_job_failed.json")
_JOB_TEMPLATE = _JOBS_BODY["jobs"][0]


# ---------------------------------------------------------------------------------------------- fixtures
@pytest.fixture(autouse=True)
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record every pause (tenacity's waits, submit's lookup delays) instead of sleeping it."""
    slept: list[float] = []

    def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    real_async_sleep = asyncio.sleep

    async def fake_async_sleep(seconds: float, result: Any = None) -> Any:
        slept.append(seconds)
        await real_async_sleep(0)
        return result

    monkeypatch.setattr(time, "sleep", fake_sleep)
    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)
    return slept


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    """A mocked slurmrestd serving what 24.11 serves; routes not mocked raise (nothing reaches the network)."""
    with respx.mock(base_url=URL, assert_all_called=False, assert_all_mocked=True) as router:
        router.get("/openapi/v3", name="openapi").respond(json=openapi("v0.0.40", "v0.0.41", "v0.0.42"))
        # Accounting, which get_job asks about a job the controller does not know, has no record of any job
        # here (the daemons' captured answers: 24.11 an empty list, 22.05 HTTP 200 with error 9003).
        router.get(path__regex=r"^/slurmdb/v0\.0\.4\d/job/\d+$", name="accounting").respond(
            json=fixture("v0042_db_job_missing.json"))
        router.get(path__regex=r"^/slurmdb/v0\.0\.38/job/\d+$", name="accounting_2205").respond(
            json=fixture("v0038_db_job_missing.json"))
        yield router


def make_client(**settings: Any) -> SlurmClient:
    settings.setdefault("token", STATIC_TOKEN)
    return SlurmClient(url=URL, user="alice", **settings)


def make_async_client(**settings: Any) -> AsyncSlurmClient:
    settings.setdefault("token", STATIC_TOKEN)
    return AsyncSlurmClient(url=URL, user="alice", **settings)


@pytest.fixture
def client(api: respx.MockRouter) -> Iterator[SlurmClient]:
    with make_client() as c:
        yield c


class Clock:
    """A settable ``time`` stand-in for the token cache (``slurm_rest._auth.time``)."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def time(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(_auth, "time", c)
    return c


@pytest.fixture
def jwt_key(tmp_path: Path) -> bytes:
    key = b"k" * 32
    (tmp_path / "jwt_hs256.key").write_bytes(key)
    return key


def sent_tokens(route: respx.Route) -> list[str]:
    return [c.request.headers["X-SLURM-USER-TOKEN"] for c in route.calls]


def claims(token: str, key: bytes) -> dict[str, Any]:
    """The token's claims, signature checked; times not (the test clock is not the real one)."""
    decoded: dict[str, Any] = jwt.decode(token, key, algorithms=["HS256"],
                                         options={"verify_exp": False, "verify_iat": False})
    return decoded


# --------------------------------------------------------------------------------------------- read retries
def fault(kind: str) -> Handler:
    """One failed answer (or failed exchange) of the given kind."""

    def handler(request: httpx.Request) -> httpx.Response:
        if kind == "connect":
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        if kind == "connect_timeout":
            raise httpx.ConnectTimeout("timed out", request=request)
        if kind == "read_timeout":
            raise httpx.ReadTimeout("timed out", request=request)
        if kind == "read_error":
            raise httpx.ReadError("[Errno 104] Connection reset by peer", request=request)
        if kind == "remote_protocol":
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        if kind in ("502", "503", "504"):
            return httpx.Response(int(kind), text=f"<html><body>{kind} gateway</body></html>")
        if kind == "errno1001":  # ESLURM_... slurmctld communication failure, as 24.11 sends it
            return slurm_errors(500, (1001, "Unable to contact slurm controller (connect failure)"))
        if kind == "errno5004":  # a transient errno on an otherwise successful answer
            return slurm_errors(200, (5004, "Zero Bytes were transmitted or received"))
        raise AssertionError(kind)

    return handler


def sequence(*steps: Handler | httpx.Response) -> Handler:
    """Answer with each step in turn; the last one repeats."""
    remaining = list(steps)

    def handler(request: httpx.Request) -> httpx.Response:
        step = remaining.pop(0) if len(remaining) > 1 else remaining[0]
        return step(request) if callable(step) else step

    return handler


READ_FAULTS = ["connect", "connect_timeout", "read_timeout", "read_error", "remote_protocol", "502", "503", "504",
               "errno1001", "errno5004"]


@dataclass
class ReadOp:
    name: str
    method: str
    path: str
    ok: Callable[[], httpx.Response]
    call: Callable[[SlurmClient], Any]
    check: Callable[[Any], bool]


READ_OPS = [
    ReadOp("ping", "GET", f"{V42}/ping/", ping_ok, lambda c: c.ping(), lambda r: r.release == "24.11.5"),
    ReadOp("get_job", "GET", f"{V42}/job/86", lambda: httpx.Response(200, json=fixture("v0042_job_failed.json")),
           lambda c: c.get_job(86), lambda r: (r.job_id, r.return_code) == (86, 3)),
    ReadOp("jobs", "GET", f"{V42}/jobs/", lambda: httpx.Response(200, json=jobs_body(job_record(7), job_record(8))),
           lambda c: c.jobs(), lambda r: [j.job_id for j in r] == [7, 8]),
]


def _check(op: ReadOp, result: Any) -> None:
    assert op.check(result), f"{op.name} returned {result!r}"


@pytest.mark.parametrize("op", READ_OPS, ids=lambda o: o.name)
@pytest.mark.parametrize("kind", READ_FAULTS)
def test_read_retries_transient_faults_then_succeeds(api: respx.MockRouter, client: SlurmClient, op: ReadOp,
                                                    kind: str, pauses: list[float]) -> None:
    route = api.route(method=op.method, path=op.path).mock(side_effect=sequence(fault(kind), fault(kind), op.ok()))
    _check(op, op.call(client))
    assert route.call_count == 3
    assert len(pauses) == 2 and all(0 < p <= READ.max_wait + 1 for p in pauses)


@pytest.mark.parametrize("op", READ_OPS, ids=lambda o: o.name)
@pytest.mark.parametrize(("kind", "error", "sent"), [
    ("connect", TransportError, False), ("read_timeout", TransportError, True), ("503", UnavailableError, None),
    ("errno1001", UnavailableError, None),
])
def test_read_stops_at_attempt_limit(api: respx.MockRouter, client: SlurmClient, op: ReadOp, kind: str,
                                     error: type[SlurmRestError], sent: bool | None) -> None:
    route = api.route(method=op.method, path=op.path).mock(side_effect=fault(kind))
    with pytest.raises(error) as info:
        op.call(client)
    assert route.call_count == READ.attempts
    if sent is not None:
        assert isinstance(info.value, TransportError) and info.value.sent is sent
    assert op.path in str(info.value)


def test_read_stops_at_deadline(api: respx.MockRouter) -> None:
    def slow_503(request: httpx.Request) -> httpx.Response:
        REAL_SLEEP(0.06)
        return httpx.Response(503, text="busy")

    route = api.get(f"{V42}/ping/").mock(side_effect=slow_503)
    started = time.monotonic()
    with make_client(retry_deadline=0.2) as c, pytest.raises(UnavailableError) as info:
        c.ping()
    assert 2 <= route.call_count < READ.attempts  # the deadline, not the attempt limit, ended it
    assert time.monotonic() - started < 2.0
    assert info.value.status_code == 503


def test_retry_waits_grow_and_are_capped(api: respx.MockRouter, client: SlurmClient, pauses: list[float]) -> None:
    api.get(f"{V42}/ping/").mock(side_effect=fault("503"))
    with pytest.raises(UnavailableError):
        client.ping()
    assert len(pauses) == READ.attempts - 1
    assert all(READ.initial <= p <= READ.max_wait + 1.0 for p in pauses)  # jitter adds up to 1 s
    assert max(pauses) >= READ.max_wait  # the exponential reached its cap


@pytest.mark.parametrize("status", [400, 401, 403, 404, 500])
def test_non_transient_answers_are_not_retried(api: respx.MockRouter, client: SlurmClient, status: int) -> None:
    route = api.get(f"{V42}/job/5").respond(status, json={"errors": [{"error_number": 9000, "description": "x"}]})
    with pytest.raises(APIError):
        client.get_job(5)
    assert route.call_count == 1  # an auth failure is resent only with a fresh token; a static one has none


def test_cancel_and_negotiation_are_retried(api: respx.MockRouter) -> None:
    api.routes["openapi"].mock(side_effect=sequence(fault("503"), fault("connect"),
                                                    httpx.Response(200, json=openapi("v0.0.42"))))
    cancel = api.delete(f"{V42}/job/9").mock(side_effect=sequence(
        fault("read_timeout"), httpx.Response(200, json=fixture("v0042_cancel.json"))))
    with make_client() as c:
        assert c.cancel(9) is True
    assert api.routes["openapi"].call_count == 3 and cancel.call_count == 2


async def test_async_read_retries_then_succeeds(api: respx.MockRouter) -> None:
    route = api.get(f"{V42}/ping/").mock(side_effect=sequence(fault("connect"), fault("503"), fault("errno5004"),
                                                              ping_ok()))
    async with make_async_client() as c:
        assert (await c.ping()).release == "24.11.5"
    assert route.call_count == 4


async def test_async_read_stops_at_attempt_limit(api: respx.MockRouter) -> None:
    route = api.get(f"{V42}/job/3").mock(side_effect=fault("read_timeout"))
    async with make_async_client() as c:
        with pytest.raises(TransportError) as info:
            await c.get_job(3)
    assert info.value.sent is True and route.call_count == READ.attempts


# ----------------------------------------------------------------------------------------------- submit
@dataclass
class FakeSlurm:
    """slurmrestd's submit and job list, with faults injected in the order requests arrive.

    ``submit_faults`` (consumed one per POST):
      connect                 refused before anything was sent (provably unsent)
      lost_before             the request went out and the exchange died before slurmctld saw it
      503                     a proxy answered 503; slurmctld never saw the request
      read_error / remote_protocol / read_timeout
                              the job WAS created, then the answer was lost
      no_id                   the job WAS created; the 200 answer carries no job id
    ``list_faults`` (consumed one per GET /jobs/): connect, read_timeout, 503.
    ``hidden_lists``: how many job lists still omit a just-created job (slurmrestd lagging).
    """

    submit_faults: list[str] = field(default_factory=list)
    list_faults: list[str] = field(default_factory=list)
    hidden_lists: int = 0
    jobs: list[dict[str, Any]] = field(default_factory=list)
    bodies: list[dict[str, Any]] = field(default_factory=list)  # POST bodies that reached the server
    next_id: int = 1000
    _hidden: dict[int, int] = field(default_factory=dict)

    def install(self, router: respx.MockRouter, base: str = V42) -> tuple[respx.Route, respx.Route]:
        return (router.post(f"{base}/job/submit").mock(side_effect=self.submit),
                router.get(f"{base}/jobs/").mock(side_effect=self.list_jobs))

    def submit(self, request: httpx.Request) -> httpx.Response:
        kind = self.submit_faults.pop(0) if self.submit_faults else "ok"
        if kind == "connect":
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        body = json.loads(request.content)
        self.bodies.append(body)
        if kind == "lost_before":
            raise httpx.ReadError("[Errno 104] Connection reset by peer", request=request)
        if kind == "503":
            return httpx.Response(503, text="<html>503 Service Unavailable</html>")
        job_id = self.next_id
        self.next_id += 1
        self.jobs.append(job_record(job_id, comment=body["job"]["comment"], name=body["job"].get("name", "")))
        self._hidden[job_id] = self.hidden_lists
        if kind == "read_error":
            raise httpx.ReadError("[Errno 104] Connection reset by peer", request=request)
        if kind == "remote_protocol":
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        if kind == "read_timeout":
            raise httpx.ReadTimeout("The read operation timed out", request=request)
        if kind == "no_id":
            return httpx.Response(200, json={k: v for k, v in fixture("v0042_submit.json").items() if k != "job_id"})
        assert kind == "ok", kind
        return httpx.Response(200, json={**fixture("v0042_submit.json"), "job_id": job_id})

    def list_jobs(self, request: httpx.Request) -> httpx.Response:
        kind = self.list_faults.pop(0) if self.list_faults else "ok"
        if kind != "ok":
            return fault(kind)(request)
        visible = []
        for job in self.jobs:
            if self._hidden[job["job_id"]] > 0:
                self._hidden[job["job_id"]] -= 1
            else:
                visible.append(job)
        return httpx.Response(200, json=jobs_body(*visible))

    def tags(self) -> list[str]:
        return [b["job"]["comment"] for b in self.bodies]


def test_submit_retries_unsent_connect_errors(api: respx.MockRouter, client: SlurmClient) -> None:
    fake = FakeSlurm(submit_faults=["connect", "connect"])
    post, listing = fake.install(api)
    job_id = client.submit(JobSpec(script=SCRIPT))
    assert [j["job_id"] for j in fake.jobs] == [job_id]
    assert post.call_count == 3 and len(fake.bodies) == 1 and listing.call_count == 0


def test_submit_gives_up_after_unsent_attempts(api: respx.MockRouter, client: SlurmClient) -> None:
    fake = FakeSlurm(submit_faults=["connect"] * 100)
    post, listing = fake.install(api)
    with pytest.raises(TransportError) as info:
        client.submit(script=SCRIPT)
    assert info.value.sent is False
    assert post.call_count == UNSENT.attempts and not fake.bodies and not fake.jobs and listing.call_count == 0


@pytest.mark.parametrize("drop", ["read_error", "remote_protocol", "read_timeout"])
def test_submit_lost_answer_is_found_by_tag_not_resent(api: respx.MockRouter, client: SlurmClient,
                                                      drop: str) -> None:
    fake = FakeSlurm(submit_faults=[drop])
    post, listing = fake.install(api)
    job_id = client.submit(JobSpec(script=SCRIPT, name="lost", comment="user text"))
    assert post.call_count == 1  # exactly one POST reached the server
    assert [j["job_id"] for j in fake.jobs] == [job_id]
    assert listing.call_count == 1
    assert fake.bodies[0]["job"]["comment"].startswith("user text slurm-rest-tag=")


def test_submit_lookup_waits_for_a_lagging_job_list(api: respx.MockRouter, client: SlurmClient,
                                                    pauses: list[float]) -> None:
    fake = FakeSlurm(submit_faults=["read_error"], hidden_lists=2)
    post, listing = fake.install(api)
    job_id = client.submit(script=SCRIPT)
    assert post.call_count == 1 and listing.call_count == 3 and [j["job_id"] for j in fake.jobs] == [job_id]
    assert pauses == list(_constants.LOOKUP_DELAYS)


def test_submit_resends_with_same_tag_when_no_job_is_found(api: respx.MockRouter, client: SlurmClient) -> None:
    fake = FakeSlurm(submit_faults=["lost_before", "503"])
    post, listing = fake.install(api)
    job_id = client.submit(script=SCRIPT)
    assert post.call_count == 3 and [j["job_id"] for j in fake.jobs] == [job_id]
    assert len(set(fake.tags())) == 1  # every resend carries the same tag
    assert listing.call_count == 2 * len(_constants.LOOKUP_DELAYS)


def test_submit_gives_up_after_rounds(api: respx.MockRouter, client: SlurmClient) -> None:
    fake = FakeSlurm(submit_faults=["lost_before"] * 10)
    post, listing = fake.install(api)
    with pytest.raises(SubmissionError, match="no job carries its tag"):
        client.submit(script=SCRIPT)
    assert post.call_count == _constants.SUBMIT_ROUNDS and not fake.jobs and len(set(fake.tags())) == 1
    assert listing.call_count == _constants.SUBMIT_ROUNDS * len(_constants.LOOKUP_DELAYS)


def test_submit_lost_answer_of_an_array_returns_the_array_job_id(api: respx.MockRouter, client: SlurmClient) -> None:
    def submit(request: httpx.Request) -> httpx.Response:
        comment = json.loads(request.content)["job"]["comment"]
        tasks = []
        for task, job_id in ((0, 2000), (1, 2001)):  # the array job's own record is task 0
            record = job_record(job_id, comment=comment, state="RUNNING")
            record["array_job_id"] = {"set": True, "infinite": False, "number": 2000}
            record["array_task_id"] = {"set": True, "infinite": False, "number": task}
            tasks.append(record)
        api.get(f"{V42}/jobs/").respond(200, json=jobs_body(*tasks))
        raise httpx.ReadError("[Errno 104] Connection reset by peer", request=request)

    api.post(f"{V42}/job/submit").mock(side_effect=submit)
    assert client.submit(script=SCRIPT, array="0-1") == 2000


def test_submit_refusal_is_not_retried_or_looked_up(api: respx.MockRouter, client: SlurmClient) -> None:
    post = api.post(f"{V42}/job/submit").respond(500, json=fixture("v0042_submit_refused.json"))
    listing = api.get(f"{V42}/jobs/").respond(200, json=jobs_body())
    with pytest.raises(SubmissionError) as info:
        client.submit(script=SCRIPT, partition="nosuchpart")
    assert post.call_count == 1 and listing.call_count == 0
    (err,) = info.value.errors
    assert (err.error_number, err.description, err.error, err.source) == (
        2000, "Batch job submission failed", "Invalid partition name specified", "slurm_submit_batch_job()")
    assert info.value.status_code == 500 and "Invalid partition name specified" in str(info.value)


async def test_async_submit_lost_answer_is_found_by_tag(api: respx.MockRouter) -> None:
    fake = FakeSlurm(submit_faults=["connect", "remote_protocol"], list_faults=["503"])
    post, listing = fake.install(api)
    async with make_async_client() as c:
        job_id = await c.submit(script=SCRIPT)
    assert [j["job_id"] for j in fake.jobs] == [job_id] and len(fake.bodies) == 1 and post.call_count == 2
    assert listing.call_count == 2  # the 503 was retried by the read policy


async def test_async_submit_resends_when_not_found(api: respx.MockRouter) -> None:
    fake = FakeSlurm(submit_faults=["lost_before", "lost_before"])
    post, _ = fake.install(api)
    async with make_async_client() as c:
        job_id = await c.submit(script=SCRIPT)
    assert post.call_count == 3 and [j["job_id"] for j in fake.jobs] == [job_id] and len(set(fake.tags())) == 1


# Drops that may hit a POST; "lost_before" and "503" mean slurmctld never saw it (a resend is needed).
_POST_DROPS = ["connect", "lost_before", "503", "read_error", "remote_protocol", "read_timeout"]
_LIST_DROPS = ["connect", "read_timeout", "503"]


def _random_faults(rng: random.Random) -> FakeSlurm:
    """Up to four drops around one submit, bounded so that the call can always succeed.

    A submit gets ``SUBMIT_ROUNDS`` sends, each followed by ``len(LOOKUP_DELAYS)`` lookups (each itself
    retried by the read policy): so at most ``SUBMIT_ROUNDS - 1`` sends may die before slurmctld sees them.
    """
    submit_faults: list[str] = []
    unseen = 0
    for _ in range(rng.randint(0, 3)):
        kind = rng.choice(_POST_DROPS)
        if kind in ("lost_before", "503"):
            if unseen == _constants.SUBMIT_ROUNDS - 1:
                kind = "read_error"
            unseen += 1
        submit_faults.append(kind)
    list_faults = [rng.choice(_LIST_DROPS + ["ok"]) for _ in range(rng.randint(0, 4))]
    return FakeSlurm(submit_faults=submit_faults, list_faults=list_faults, hidden_lists=rng.randint(0, 1))


@pytest.mark.parametrize("seed", range(50))
def test_fifty_random_drops_around_submit_create_exactly_one_job(api: respx.MockRouter, seed: int) -> None:
    rng = random.Random(seed)
    fake = _random_faults(rng)
    plan = (list(fake.submit_faults), list(fake.list_faults), fake.hidden_lists)
    fake.install(api)
    submitted = []
    with make_client() as c:
        for n in range(3):  # several submit calls through one client, each with its own drops
            if n:
                extra = _random_faults(rng)
                fake.submit_faults, fake.list_faults = extra.submit_faults, extra.list_faults
            submitted.append(c.submit(JobSpec(script=SCRIPT, name=f"job-{seed}-{n}")))
    # Exactly one job per submit call: each returned id is a distinct job, and no job went uncounted.
    assert sorted(submitted) == sorted(j["job_id"] for j in fake.jobs), plan
    assert len(fake.jobs) == 3, plan
    names = [j["name"] for j in fake.jobs]
    assert sorted(names) == [f"job-{seed}-{n}" for n in range(3)], plan


@pytest.mark.parametrize("seed", range(20))
async def test_async_random_drops_around_submit_create_exactly_one_job(api: respx.MockRouter, seed: int) -> None:
    fake = _random_faults(random.Random(1000 + seed))
    fake.install(api)
    async with make_async_client() as c:
        job_id = await c.submit(script=SCRIPT)
    assert [j["job_id"] for j in fake.jobs] == [job_id]


async def test_concurrent_submits_with_drops_create_one_job_each(api: respx.MockRouter) -> None:
    fake = FakeSlurm(submit_faults=["read_error", "lost_before", "remote_protocol", "connect", "read_timeout"])
    fake.install(api)
    async with make_async_client() as c:
        ids = await asyncio.gather(*(c.submit(script=SCRIPT, name=f"c{i}") for i in range(8)))
    assert sorted(ids) == sorted(j["job_id"] for j in fake.jobs) and len(set(ids)) == 8


# ------------------------------------------------------------------------------------------------- auth
def test_minted_token_is_sent_with_user_header(api: respx.MockRouter, tmp_path: Path, jwt_key: bytes,
                                               clock: Clock) -> None:
    ping = api.get(f"{V42}/ping/").mock(return_value=ping_ok())
    with make_client(token=None, jwt_key=tmp_path / "jwt_hs256.key") as c:
        c.ping()
    request = ping.calls.last.request
    assert request.headers["X-SLURM-USER-NAME"] == "alice"
    assert "authorization" not in request.headers  # 23.02+ refuse both forms at once
    assert claims(request.headers["X-SLURM-USER-TOKEN"], jwt_key) == {
        "iat": int(clock.now), "exp": int(clock.now) + 1800, "sun": "alice"}


def test_jwt_subject_can_differ_from_the_user(api: respx.MockRouter, tmp_path: Path, jwt_key: bytes) -> None:
    ping = api.get(f"{V42}/ping/").mock(return_value=ping_ok())
    with make_client(token=None, jwt_key=str(tmp_path / "jwt_hs256.key"), jwt_subject="slurm") as c:
        c.ping()
    token = ping.calls.last.request.headers["X-SLURM-USER-TOKEN"]
    assert jwt.decode(token, jwt_key, algorithms=["HS256"])["sun"] == "slurm"
    assert ping.calls.last.request.headers["X-SLURM-USER-NAME"] == "alice"


def test_401_remints_and_resends_once(api: respx.MockRouter, tmp_path: Path, jwt_key: bytes, clock: Clock) -> None:
    def rejected(request: httpx.Request) -> httpx.Response:
        clock.advance(5)  # so that the re-minted token differs
        return httpx.Response(401, text="Authentication failure")

    ping = api.get(f"{V42}/ping/").mock(side_effect=sequence(rejected, ping_ok()))
    with make_client(token=None, jwt_key=tmp_path / "jwt_hs256.key") as c:
        assert c.ping().ok
    first, second = sent_tokens(ping)
    assert first != second
    assert claims(second, jwt_key)["iat"] == int(clock.now)


def test_second_auth_failure_raises_auth_error(api: respx.MockRouter, tmp_path: Path, jwt_key: bytes) -> None:
    ping = api.get(f"{V42}/ping/").respond(401, text="Authentication failure")
    with make_client(token=None, jwt_key=tmp_path / "jwt_hs256.key") as c, pytest.raises(AuthError) as info:
        c.ping()
    assert ping.call_count == 2 and info.value.status_code == 401


def test_2411_auth_errno_with_511_is_an_auth_error(api: respx.MockRouter) -> None:
    jobs = api.get(f"{V42}/jobs/").mock(return_value=slurm_errors(511, (1007, "Unable to query jobs")))
    with make_client() as c, pytest.raises(AuthError) as info:
        c.jobs()
    assert jobs.call_count == 1 and info.value.error_numbers == (1007,)  # a static token: nothing to resend with


@pytest.fixture
def api_2205(api: respx.MockRouter) -> respx.MockRouter:
    api.routes["openapi"].respond(json=openapi("v0.0.37", "v0.0.38"))
    return api


def test_2205_unable_to_load_remints_once(api_2205: respx.MockRouter, tmp_path: Path, jwt_key: bytes,
                                          clock: Clock) -> None:
    def expired(request: httpx.Request) -> httpx.Response:
        clock.advance(5)
        return httpx.Response(500, json=fixture("v0038_ping_bad_token.json"))

    ping = api_2205.get(f"{V38}/ping").mock(side_effect=sequence(
        expired, httpx.Response(200, json=fixture("v0038_ping.json"))))
    with make_client(token=None, jwt_key=tmp_path / "jwt_hs256.key") as c:
        info = c.ping()
    assert info.release == "22.05.8" and info.api_version == "v0.0.38"
    assert ping.call_count == 2 and len(set(sent_tokens(ping))) == 2


def test_2205_second_failure_raises_auth_error(api_2205: respx.MockRouter, tmp_path: Path, jwt_key: bytes) -> None:
    ping = api_2205.get(f"{V38}/ping").respond(500, json=fixture("v0038_ping_bad_token.json"))
    with make_client(token=None, jwt_key=tmp_path / "jwt_hs256.key") as c, pytest.raises(AuthError) as info:
        c.ping()
    assert ping.call_count == 2
    assert info.value.error_numbers == (-1,) and "unable to load" in str(info.value)


def test_2205_submit_with_rejected_token_remints(api_2205: respx.MockRouter, tmp_path: Path, jwt_key: bytes) -> None:
    """22.05 reports a rejected token on submit as ``error_code`` 5005 (not ``error_number``)."""
    rejected = {**fixture("v0038_submit_refused.json"),
                "errors": [{"error_code": 5005, "error": "Zero Bytes were transmitted or received"}]}
    post = api_2205.post(f"{V38}/job/submit").mock(side_effect=sequence(
        httpx.Response(500, json=rejected), httpx.Response(200, json={"job_id": 41, "errors": []})))
    with make_client(token=None, jwt_key=tmp_path / "jwt_hs256.key") as c:
        assert c.submit(script=SCRIPT) == 41
    assert post.call_count == 2


def test_token_renewed_before_expiry(api: respx.MockRouter, tmp_path: Path, jwt_key: bytes, clock: Clock) -> None:
    ping = api.get(f"{V42}/ping/").mock(return_value=ping_ok())
    start = clock.now
    with make_client(token=None, jwt_key=tmp_path / "jwt_hs256.key", token_lifespan=60) as c:
        c.ping()  # negotiation and ping: one token
        clock.advance(20)
        c.ping()
        clock.advance(15)  # 35 s into a 60 s token: inside the 30 s renewal margin
        c.ping()
        clock.advance(59)  # the renewed token is about to expire too
        c.ping()
    tokens = sent_tokens(ping)
    assert tokens[0] == tokens[1] != tokens[2] != tokens[3]
    sent_at = [start, start + 20, start + 35, start + 94]
    for token, at in zip(tokens, sent_at):
        assert claims(token, jwt_key)["exp"] - at >= 25, "a token was sent with less than the renewal margin left"
    assert ping.call_count == 4  # renewals cost no failed request


def test_token_file_is_reread_when_renewing(api: respx.MockRouter, tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "token"
    path.write_text("SLURM_JWT=first-token\n")
    ping = api.get(f"{V42}/ping/").mock(return_value=ping_ok())
    with make_client(token=None, token_file=path, token_lifespan=60) as c:
        c.ping()
        path.write_text("second-token")
        clock.advance(45)
        c.ping()
    assert sent_tokens(ping) == ["first-token", "second-token"]


def _secret_free(text: str, *secrets: str) -> bool:
    return not any(s and s in text for s in secrets)


def test_static_token_never_in_repr_str_exceptions_or_logs(api: respx.MockRouter,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "slurm_rest", "tenacity"):
        caplog.set_level(logging.DEBUG, logger=name)
    api.get(f"{V42}/ping/").respond(401, text="Authentication failure")
    api.get(f"{V42}/job/1").mock(side_effect=fault("read_timeout"))
    api.post(f"{V42}/job/submit").respond(500, json=fixture("v0042_submit_refused.json"))
    raised: list[BaseException] = []
    with make_client(retry_deadline=1) as c:
        for action in (c.ping, lambda: c.get_job(1), lambda: c.submit(script=SCRIPT)):
            with pytest.raises(SlurmRestError) as info:
                action()
            raised.append(info.value)
        shown = [repr(c), str(c), repr(c.config), str(c.config), repr(c._http.auth), repr(vars(c.config))]
    sent = {call.request.headers["X-SLURM-USER-TOKEN"] for call in api.calls}
    assert sent == {STATIC_TOKEN}  # the token did go out ...
    for exc in raised:
        shown += [str(exc), repr(exc), repr(getattr(exc, "errors", ())), str(exc.__cause__), repr(exc.__cause__)]
    assert caplog.records, "httpx logged nothing: the log check would prove nothing"
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert _secret_free("\n".join(shown), STATIC_TOKEN)  # ... and shows up nowhere
    assert _secret_free(logged, STATIC_TOKEN)


class _Recorder(http.server.BaseHTTPRequestHandler):
    """A real HTTP server, so that httpcore's own DEBUG logging runs too (respx bypasses it)."""

    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen.append(self.headers.get("X-SLURM-USER-TOKEN", ""))
        body = json.dumps(openapi("v0.0.42") if self.path == "/openapi/v3" else fixture("v0042_ping.json"))
        if self.path.startswith(f"{V42}/job/"):
            self.send_response(401)
            body = "Authentication failure"
        else:
            self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_minted_token_not_in_httpcore_debug_logs(tmp_path: Path, jwt_key: bytes,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "httpcore.http11", "httpcore.connection", "slurm_rest"):
        caplog.set_level(logging.DEBUG, logger=name)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    _Recorder.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        with SlurmClient(url=url, user="alice", jwt_key=tmp_path / "jwt_hs256.key") as c:
            assert c.ping().ok
            with pytest.raises(AuthError) as info:
                c.get_job(5)
            shown = "\n".join([repr(c), repr(c.config), str(info.value), repr(info.value)])
    finally:
        server.shutdown()
        server.server_close()
    tokens = {t for t in _Recorder.seen if t}
    assert tokens and all(t.count(".") == 2 for t in tokens)
    assert any(r.name.startswith("httpcore") for r in caplog.records)
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert _secret_free(logged, *tokens)
    assert _secret_free(shown, *tokens)
    assert _secret_free(repr(ClientConfig(url=url, user="alice", token=next(iter(tokens)))), *tokens)


def test_token_command_failure_does_not_echo_its_output(api: respx.MockRouter) -> None:
    with make_client(token=None, token_command=("sh", "-c", f"echo {STATIC_TOKEN}; exit 3")) as c, \
            pytest.raises(ConfigError) as info:
        c.ping()
    assert STATIC_TOKEN not in str(info.value) and "'sh'" in str(info.value)


async def test_async_401_remints_and_resends_once(api: respx.MockRouter, tmp_path: Path, jwt_key: bytes,
                                                 clock: Clock) -> None:
    def rejected(request: httpx.Request) -> httpx.Response:
        clock.advance(5)
        return httpx.Response(401, text="Authentication failure")

    ping = api.get(f"{V42}/ping/").mock(side_effect=sequence(rejected, ping_ok()))
    async with make_async_client(token=None, jwt_key=tmp_path / "jwt_hs256.key") as c:
        assert (await c.ping()).ok
    assert ping.call_count == 2 and len(set(sent_tokens(ping))) == 2


# ----------------------------------------------------------------------------------------------- errors
def test_404_is_job_not_found(api: respx.MockRouter, client: SlurmClient) -> None:
    route = api.get(f"{V42}/job/999999").respond(404, json=fixture("v0042_job_not_found.json"))
    with pytest.raises(JobNotFoundError) as info:
        client.get_job(999999)
    assert route.call_count == 1 and api.routes["accounting"].call_count == 1
    assert info.value.status_code == 404 and info.value.error_numbers == (2017,)
    assert info.value.errors[0].source == "_handle_job_get" and "accounting has no record of it" in str(info.value)


def test_2205_500_with_2017_is_job_not_found(api_2205: respx.MockRouter) -> None:
    route = api_2205.get(f"{V38}/job/999999").respond(500, json=fixture("v0038_job_not_found.json"))
    with make_client() as c, pytest.raises(JobNotFoundError) as info:
        c.get_job(999999)
    assert route.call_count == 1 and info.value.status_code == 500
    assert info.value.errors[0].description == "Unable to find JobId=999999"


@pytest.mark.parametrize("errno", [2011, 2000, 2016, 9000])
def test_submit_refusal_keeps_errors(api: respx.MockRouter, client: SlurmClient, errno: int) -> None:
    body = fixture("v0042_submit_refused.json")
    body["errors"] = [{"error_number": errno, "description": "Batch job submission failed",
                       "error": "refused for a test", "source": "slurm_submit_batch_job()"}]
    post = api.post(f"{V42}/job/submit").respond(500, json=body)
    with pytest.raises(SubmissionError) as info:
        client.submit(script=SCRIPT)
    assert post.call_count == 1
    (err,) = info.value.errors
    assert (err.error_number, err.description, err.source) == (errno, "Batch job submission failed",
                                                               "slurm_submit_batch_job()")
    assert info.value.error_numbers == (errno,)


def test_2205_submit_refusal_is_a_submission_error(api_2205: respx.MockRouter) -> None:
    post = api_2205.post(f"{V38}/job/submit").respond(500, json=fixture("v0038_submit_refused.json"))
    with make_client() as c, pytest.raises(SubmissionError) as info:
        c.submit(script=SCRIPT, partition="nosuchpart")
    assert post.call_count == 1 and "Invalid partition name specified" in str(info.value)


def test_2205_submit_refusal_keeps_its_error_number(api_2205: respx.MockRouter) -> None:
    api_2205.post(f"{V38}/job/submit").respond(500, json=fixture("v0038_submit_refused.json"))
    with make_client() as c, pytest.raises(SubmissionError) as info:
        c.submit(script=SCRIPT, partition="nosuchpart")
    assert info.value.error_numbers == (2000,)


@pytest.mark.parametrize(("status", "content", "expect"), [
    (200, b"<html>proxy login page</html>", "not a JSON object"),
    (200, b'{"jobs": [{"job_id": 1, "job_sta', "not a JSON object"),
    (200, b"", "not a JSON object"),
    (200, b"[1, 2]", "not a JSON object"),
    (500, b'{"meta": {}, "warnings": []}', "HTTP 500"),
    (500, b"Internal Server Error", "Internal Server Error"),
    (400, b'{"errors": [{"error_number": 9000, "description": "bad query"}]}', "bad query"),
])
def test_unreadable_or_error_answers_are_api_errors(api: respx.MockRouter, client: SlurmClient, status: int,
                                                    content: bytes, expect: str) -> None:
    route = api.get(f"{V42}/jobs/").respond(status, content=content)
    with pytest.raises(APIError) as info:
        client.jobs()
    assert type(info.value) is APIError, type(info.value)
    assert expect in str(info.value) and f"GET {V42}/jobs/" in str(info.value)
    assert info.value.status_code == status and route.call_count == 1


def test_errors_on_a_200_are_an_api_error(api: respx.MockRouter, client: SlurmClient) -> None:
    body = jobs_body(job_record(3))
    body["errors"] = [{"error_number": 9001, "description": "partial answer", "source": "x", "error": "boom"}]
    api.get(f"{V42}/jobs/").respond(200, json=body)
    with pytest.raises(APIError) as info:
        client.jobs()
    assert type(info.value) is APIError and info.value.status_code == 200
    assert info.value.error_numbers == (9001,) and "partial answer" in str(info.value)


def test_errors_on_a_200_submit_are_a_submission_error(api: respx.MockRouter, client: SlurmClient) -> None:
    body = {**fixture("v0042_submit.json"), "job_id": 0,
            "errors": [{"error_number": 2011, "description": "Job violates accounting/QOS policy"}]}
    post = api.post(f"{V42}/job/submit").respond(200, json=body)
    with pytest.raises(SubmissionError) as info:
        client.submit(script=SCRIPT)
    assert post.call_count == 1 and info.value.error_numbers == (2011,)


def test_submit_answer_without_job_id_is_an_error_and_never_resent(api: respx.MockRouter, client: SlurmClient,
                                                                     pauses: list[float]) -> None:
    body = {k: v for k, v in fixture("v0042_submit.json").items() if k != "job_id"}
    post = api.post(f"{V42}/job/submit").respond(200, json=body)
    listing = api.get(f"{V42}/jobs/").respond(200, json=jobs_body())  # no job carries the tag
    with pytest.raises(SubmissionError, match="no job id"):
        client.submit(script=SCRIPT)
    assert post.call_count == 1 and listing.call_count == len(_constants.LOOKUP_DELAYS)


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_submit_answer_without_job_id_finds_the_job_by_tag(api: respx.MockRouter, pauses: list[float],
                                                           sync: bool) -> None:
    fake = FakeSlurm(submit_faults=["no_id"])
    post, _ = fake.install(api)
    if sync:
        with make_client() as c:
            job_id = c.submit(script=SCRIPT)
    else:
        async def go() -> int:
            async with make_async_client() as c:
                return await c.submit(script=SCRIPT)
        job_id = asyncio.run(go())
    assert post.call_count == 1 and [j["job_id"] for j in fake.jobs] == [job_id]


def test_cancel_of_a_finished_job_is_false(api: respx.MockRouter, client: SlurmClient) -> None:
    api.delete(f"{V42}/job/86").respond(200, json=fixture("v0042_cancel_already_done.json"))  # 24.11's answer
    assert client.cancel(86) is False
    already = "Job/step already completing or completed"
    api.delete(f"{V42}/job/4").mock(return_value=slurm_errors(500, (2021, already)))
    assert client.cancel(4) is False
    api.delete(f"{V42}/job/5").respond(404, json=fixture("v0042_job_not_found.json"))
    with pytest.raises(JobNotFoundError):
        client.cancel(5)


def test_validation_fails_before_any_request(api: respx.MockRouter, client: SlurmClient) -> None:
    with pytest.raises(SlurmRestError, match="time_limit"):
        client.submit(script=SCRIPT, time_limit="soon")
    assert not api.calls


# ----------------------------------------------------------------------------------- version negotiation
@pytest.mark.parametrize(("served", "chosen"), [
    (("v0.0.40", "v0.0.41", "v0.0.42"), "v0.0.42"),
    (("v0.0.42", "v0.0.43", "v0.0.44", "v0.0.45"), "v0.0.45"),
    (("v0.0.37", "v0.0.38"), "v0.0.38"),
    (("v0.0.41", "v0.0.42", "v0.0.46", "v0.1.0"), "v0.0.42"),  # newer than this client: ignored
])
def test_negotiation_picks_newest_supported(api: respx.MockRouter, served: tuple[str, ...], chosen: str) -> None:
    api.routes["openapi"].respond(json=openapi(*served))
    with make_client() as c:
        assert c.api_version() == chosen
        assert c.api_version() == chosen
    assert api.routes["openapi"].call_count == 1  # negotiated once per client


def test_negotiated_version_is_used_for_requests(api: respx.MockRouter) -> None:
    api.routes["openapi"].respond(json=openapi("v0.0.41", "v0.0.42", "v0.0.43"))
    ping = api.get("/slurm/v0.0.43/ping/").mock(return_value=ping_ok())
    with make_client() as c:
        c.ping()
    assert ping.call_count == 1


def test_pin_served_is_used(api: respx.MockRouter) -> None:
    ping = api.get("/slurm/v0.0.41/ping/").mock(return_value=ping_ok())
    with make_client(api_version="v0.0.41") as c:
        assert c.ping().api_version == "v0.0.41"
    assert ping.call_count == 1


@pytest.mark.parametrize(("pin", "served", "match"), [
    ("v0.0.45", ("v0.0.40", "v0.0.41", "v0.0.42"), "does not serve v0.0.45"),
    ("v0.0.39", ("v0.0.39", "v0.0.40"), "does not speak v0.0.39"),
    (None, ("v0.0.36", "v0.0.37", "v0.0.39"), "no common API version"),
    (None, (), "no common API version"),
])
def test_unsupported_versions(api: respx.MockRouter, pin: str | None, served: tuple[str, ...], match: str) -> None:
    api.routes["openapi"].respond(json=openapi(*served))
    with make_client(api_version=pin) as c, pytest.raises(UnsupportedVersionError, match=match):
        c.ping()
    assert len(api.calls) == 1  # only the negotiation request


async def test_async_negotiation(api: respx.MockRouter) -> None:
    api.routes["openapi"].respond(json=openapi("v0.0.42", "v0.0.43"))
    async with make_async_client(api_version="v0.0.44") as c:
        with pytest.raises(UnsupportedVersionError):
            await c.api_version()
    async with make_async_client() as c:
        assert await c.api_version() == "v0.0.43"


def test_openapi_document_that_is_not_json(api: respx.MockRouter) -> None:
    api.routes["openapi"].respond(200, text="<html>nope</html>")
    with make_client() as c, pytest.raises(APIError, match="not a JSON object"):
        c.ping()


# ------------------------------------------------------------------------------------------------ config
def test_from_env_reads_every_variable(tmp_path: Path) -> None:
    env = {"SLURM_REST_URL": "https://slurm.example:6820/", "SLURM_REST_USER": "bob", "SLURM_JWT": "s3cr3t-jwt",
           "SLURM_REST_API_VERSION": "v0.0.42", "SLURM_REST_TIMEOUT": "12.5",
           "SLURM_REST_CA_BUNDLE": str(tmp_path / "ca.pem"), "USER": "ignored"}
    cfg = ClientConfig.from_env(env)
    assert (cfg.url, cfg.user, cfg.api_version, cfg.read_timeout, cfg.verify) == (
        "https://slurm.example:6820", "bob", "v0.0.42", 12.5, str(tmp_path / "ca.pem"))
    assert cfg.token is not None and not isinstance(cfg.token, str) and cfg.token.get() == "s3cr3t-jwt"
    assert "s3cr3t-jwt" not in repr(cfg) + str(cfg)


@pytest.mark.parametrize(("env", "field_", "value"), [
    ({"SLURM_JWT_KEY": "/k"}, "jwt_key", Path("/k")),
    ({"SLURM_REST_JWT_KEY": "/k2"}, "jwt_key", Path("/k2")),
    ({"SLURM_REST_TOKEN": "t"}, "token", "t"),
    ({"SLURM_REST_TOKEN_FILE": "/run/tok"}, "token_file", Path("/run/tok")),
    ({"SLURM_REST_TOKEN_COMMAND": "scontrol token lifespan=600"}, "token_command",
     ("scontrol", "token", "lifespan=600")),
])
def test_from_env_token_sources(env: dict[str, str], field_: str, value: object) -> None:
    cfg = ClientConfig.from_env({"SLURM_REST_URL": "http://h:1", "USER": "carol", **env})
    got = getattr(cfg, field_)
    assert (got.get() if field_ == "token" else got) == value
    assert cfg.user == "carol"  # SLURM_REST_USER unset: $USER


def test_from_env_overrides_win_and_replace_the_token_source() -> None:
    env = {"SLURM_REST_URL": "http://h:1", "SLURM_REST_USER": "bob", "SLURM_JWT_KEY": "/key"}
    cfg = ClientConfig.from_env(env, url="http://other:2", token="explicit", user=None)
    assert (cfg.url, cfg.user, cfg.jwt_key) == ("http://other:2", "bob", None)
    assert cfg.token is not None and not isinstance(cfg.token, str) and cfg.token.get() == "explicit"


@pytest.mark.parametrize(("env", "match"), [
    ({"SLURM_REST_USER": "bob", "SLURM_JWT": "t"}, "no URL"),
    ({"SLURM_REST_URL": "slurm:6820", "SLURM_REST_USER": "bob", "SLURM_JWT": "t"}, "http://"),
    ({"SLURM_REST_URL": "http://h:1", "SLURM_REST_USER": "bob", "SLURM_JWT": "t", "SLURM_JWT_KEY": "/k"},
     "exactly one"),
    ({"SLURM_REST_URL": "http://h:1", "SLURM_REST_USER": "bob"}, "exactly one"),
    ({"SLURM_REST_URL": "http://h:1", "SLURM_JWT": "t"}, "no user"),
    ({"SLURM_REST_URL": "http://h:1", "SLURM_REST_USER": "", "USER": "", "SLURM_JWT": "t"}, "no user"),
    ({"SLURM_REST_URL": "http://h:1", "SLURM_REST_USER": "bob", "SLURM_JWT": "t", "SLURM_REST_TIMEOUT": "x"},
     "TIMEOUT"),
    ({"SLURM_REST_URL": "http://h:1", "SLURM_REST_USER": "bob", "SLURM_JWT": "t",
      "SLURM_REST_API_VERSION": "42"}, "api_version"),
])
def test_from_env_errors(env: dict[str, str], match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        ClientConfig.from_env(env)


def test_empty_token_variable_is_not_a_token_source(api: respx.MockRouter, tmp_path: Path, jwt_key: bytes) -> None:
    env = {"SLURM_REST_URL": URL, "SLURM_REST_USER": "alice", "SLURM_JWT": "",
           "SLURM_JWT_KEY": str(tmp_path / "jwt_hs256.key")}
    cfg = ClientConfig.from_env(env)
    assert cfg.token is None and cfg.jwt_key == tmp_path / "jwt_hs256.key"
    ping = api.get(f"{V42}/ping/").mock(return_value=ping_ok())
    with SlurmClient(cfg) as c:
        c.ping()
    token = ping.calls.last.request.headers["X-SLURM-USER-TOKEN"]
    assert jwt.decode(token, jwt_key, algorithms=["HS256"])["sun"] == "alice"


@pytest.mark.parametrize("empty", ["token", "token_file", "token_command"])
def test_empty_token_setting_is_not_a_token_source(api: respx.MockRouter, tmp_path: Path, jwt_key: bytes,
                                                   empty: str) -> None:
    settings: dict[str, Any] = {empty: ""}
    cfg = ClientConfig(url=URL, user="alice", jwt_key=tmp_path / "jwt_hs256.key", **settings)
    assert getattr(cfg, empty) is None
    env = {"SLURM_REST_URL": URL, "SLURM_REST_USER": "alice", "SLURM_REST_TOKEN_FILE": "",
           "SLURM_REST_TOKEN_COMMAND": "", "SLURM_REST_JWT_KEY": str(tmp_path / "jwt_hs256.key")}
    ping = api.get(f"{V42}/ping/").mock(return_value=ping_ok())
    for config in (cfg, ClientConfig.from_env(env)):
        with SlurmClient(config) as c:
            c.ping()
    assert all(claims(t, jwt_key)["sun"] == "alice" for t in sent_tokens(ping))


def test_none_overrides_keep_the_environment() -> None:
    """What a CLI does with flags that were not given: ``from_env(url=None, user=None, ...)``."""
    env = {"SLURM_REST_URL": "http://h:1", "SLURM_REST_USER": "bob", "SLURM_JWT_KEY": "/key"}
    cfg = ClientConfig.from_env(env, url=None, user=None, token=None, jwt_key=None, api_version=None)
    assert (cfg.url, cfg.user, cfg.jwt_key, cfg.api_version) == ("http://h:1", "bob", Path("/key"), None)


def test_tls_verify_on_by_default_and_ca_bundle_passed_through(monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    base = {"SLURM_REST_URL": "https://h:1", "SLURM_REST_USER": "bob", "SLURM_JWT": "t"}
    assert ClientConfig.from_env(base).verify is True
    assert http_settings(ClientConfig.from_env(base), AUTH)["verify"] is True
    assert ClientConfig.from_env({**base, "SLURM_REST_INSECURE": "1"}).verify is False
    ca = str(tmp_path / "site-ca.pem")
    captured: list[dict[str, Any]] = []

    class Capture(httpx.Client):
        def __init__(self, **kwargs: Any) -> None:
            captured.append(kwargs)
            super().__init__(**{**kwargs, "verify": True})

    monkeypatch.setattr(httpx, "Client", Capture)
    with SlurmClient(ClientConfig.from_env({**base, "SLURM_REST_CA_BUNDLE": ca})):
        pass
    with SlurmClient(url="https://h:1", user="bob", token="t", verify=ca):
        pass
    assert [kw["verify"] for kw in captured] == [ca, ca]
    assert all(kw["follow_redirects"] is False for kw in captured)  # a redirect must not carry the token away


def test_settings_reach_httpx() -> None:
    cfg = ClientConfig(url="http://h:1/", user="u", token="t", connect_timeout=2, read_timeout=7,
                       max_connections=3, headers={"X-Trace": "1"})
    settings = http_settings(cfg, AUTH)
    assert settings["base_url"] == "http://h:1"
    assert settings["timeout"] == httpx.Timeout(7, connect=2)
    assert settings["headers"]["X-Trace"] == "1"
