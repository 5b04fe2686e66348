"""Faults the testbeds cannot produce on demand, against the fake slurmrestd (``tests/fake_slurmrestd.py``).

Covered: read retries (connection errors, timeouts, gateway errors, Slurm's transient errnos) and where they
stop; submit's "never two jobs for one call" (lost answers are resolved by looking the job up by its tag);
a signal or an update that may have arrived is never resent, a plain cancel is; the JWT auth flow (headers,
re-mint and resend once, renewal before expiry, no token in reprs or logs); error classification; version
negotiation; configuration from the environment.

Clients are built as users build them, with the fake as their transport. Its answers are shaped after the
captured ones in ``tests/fixtures`` (24.11: v0.0.42, 22.05: v0.0.38, 26.05: v0.0.45). Retry and lookup pauses
are recorded instead of slept (the ``pauses`` fixture), so the module runs in seconds.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

from slurm_rest import (
    RETRY_READ,
    RETRY_UNSENT,
    APIError,
    AsyncSlurmClient,
    AuthError,
    ClientConfig,
    ConfigError,
    JobNotFoundError,
    JobSpec,
    JobState,
    Secret,
    SlurmClient,
    SlurmRestError,
    SubmissionError,
    TransportError,
    UnavailableError,
    UnsupportedVersionError,
    _auth,
    _constants,
    _requests,
)
from slurm_rest._auth import SlurmAuth, StaticToken
from slurm_rest._constants import URLS_KEPT
from slurm_rest._http import http_settings
from slurm_rest_testbed import _tls
from tests.fake_slurmrestd import FakeSlurmrestd, signed_with

pytestmark = pytest.mark.usefixtures("pauses")

URL = "http://slurm.test"
# Looks like a JWT and is easy to grep for in reprs and logs.
STATIC_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdW4iOiJhbGljZSJ9.STATIC-SECRET-SIGNATURE"
AUTH = SlurmAuth("alice", StaticToken(Secret(STATIC_TOKEN)))
SCRIPT = "#!/bin/sh\necho hello\n"
FAMILIES = [
    pytest.param("22.05", id="v0.0.38"),
    pytest.param("24.11", id="v0.0.42"),
    pytest.param("26.05", id="v0.0.45"),
]
SYNC = [pytest.param(True, id="sync"), pytest.param(False, id="async")]


# ---------------------------------------------------------------------------------------------- fixtures
@pytest.fixture
def fake() -> FakeSlurmrestd:
    """What 24.11 serves (v0.0.40 … v0.0.42): the client negotiates v0.0.42."""
    return FakeSlurmrestd("24.11")


@pytest.fixture
def fake_2205() -> FakeSlurmrestd:
    return FakeSlurmrestd("22.05")


def make_client(fake: FakeSlurmrestd, **settings: Any) -> SlurmClient:
    settings.setdefault("token", STATIC_TOKEN)
    return SlurmClient(url=URL, user="alice", transport=fake.transport(), **settings)


def make_async_client(fake: FakeSlurmrestd, **settings: Any) -> AsyncSlurmClient:
    settings.setdefault("token", STATIC_TOKEN)
    return AsyncSlurmClient(url=URL, user="alice", transport=fake.transport(), **settings)


def run(fake: FakeSlurmrestd, sync: bool, op: Callable[[Any], Any], **settings: Any) -> Any:
    """``op(client)`` on a fresh sync or async client (``op`` returns an awaitable for the async one)."""
    if sync:
        with make_client(fake, **settings) as c:
            return op(c)

    async def go() -> Any:
        async with make_async_client(fake, **settings) as c:
            return await op(c)

    return asyncio.run(go())


@pytest.fixture
def client(fake: FakeSlurmrestd) -> Iterator[SlurmClient]:
    with make_client(fake) as c:
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


def claims(token: str, key: bytes) -> dict[str, Any]:
    """The token's claims, signature checked; times not (the test clock is not the real one)."""
    decoded: dict[str, Any] = jwt.decode(
        token, key, algorithms=["HS256"], options={"verify_exp": False, "verify_iat": False}
    )
    return decoded


def reject_first(clock: Clock) -> Callable[[str], bool]:
    """A ``require_token`` predicate refusing the first token it sees (and time moves on, so that a token
    minted again differs), then accepting any other."""
    refused: list[str] = []

    def check(token: str) -> bool:
        if not refused:
            refused.append(token)
            clock.advance(5)
            return False
        return token not in refused

    return check


# --------------------------------------------------------------------------------------------- read retries
def transient(fake: FakeSlurmrestd, kind: str) -> Any:
    """A fake answer (or named exchange failure) for each transient fault of a read."""
    return {
        "connect": "drop_before_send",
        "connect_timeout": "connect_timeout",
        "read_timeout": "timeout",
        "read_error": "drop_after_send",
        "remote_protocol": "disconnect",
        "502": 502,
        "503": 503,
        "504": 504,
        # slurmctld communication failure, as 24.11 sends it
        "errno1001": (500, fake.error_body((1001, "Unable to contact slurm controller (connect failure)"))),
        # a transient errno on an otherwise successful answer
        "errno5004": (200, fake.error_body((5004, "Zero Bytes were transmitted or received"))),
        # a failover: the primary gone, the backup not in control yet (22.05 after 1.5 x SlurmctldTimeout)
        "standby": standby(fake),
    }[kind]


def standby(fake: FakeSlurmrestd) -> tuple[int, dict[str, Any]]:
    """slurmrestd's answer when only a standby controller answered libslurm (seen live on 22.05)."""
    return 500, fake.error_body((2027, "Slurm backup controller in standby mode"))


READ_FAULTS = [
    "connect",
    "connect_timeout",
    "read_timeout",
    "read_error",
    "remote_protocol",
    "502",
    "503",
    "504",
    "errno1001",
    "errno5004",
    "standby",
]


@dataclass
class ReadOp:
    name: str
    kind: str  # the fake's endpoint kind
    path: str
    setup: Callable[[FakeSlurmrestd], Any]
    call: Callable[[SlurmClient], Any]
    check: Callable[[Any], bool]


READ_OPS = [
    ReadOp(
        "ping", "ping", "/slurm/v0.0.42/ping/", lambda f: None, lambda c: c.ping(), lambda r: r.release == "24.11.5"
    ),
    ReadOp(
        "get_job",
        "job",
        "/slurm/v0.0.42/job/86",
        lambda f: f.finish(f.add_job(86).job_id, exit_code=3),
        lambda c: c.get_job(86),
        lambda r: (r.job_id, r.return_code, r.state) == (86, 3, JobState.FAILED),
    ),
    ReadOp(
        "jobs",
        "jobs",
        "/slurm/v0.0.42/jobs/",
        lambda f: (f.add_job(7), f.add_job(8)),
        lambda c: c.jobs(),
        lambda r: [j.job_id for j in r] == [7, 8],
    ),
]


@pytest.mark.parametrize("op", READ_OPS, ids=lambda o: o.name)
@pytest.mark.parametrize("kind", READ_FAULTS)
def test_read_retries_transient_faults_then_succeeds(
    fake: FakeSlurmrestd, client: SlurmClient, op: ReadOp, kind: str, pauses: list[float]
) -> None:
    op.setup(fake)
    fake.fault(op.kind, transient(fake, kind), times=2)
    result = op.call(client)
    assert op.check(result), f"{op.name} returned {result!r}"
    assert fake.count(op.kind) == 3
    assert len(pauses) == 2 and all(0 < p <= RETRY_READ.max_wait + 1 for p in pauses)


@pytest.mark.parametrize("op", READ_OPS, ids=lambda o: o.name)
@pytest.mark.parametrize(
    ("kind", "error", "sent"),
    [
        ("connect", TransportError, False),
        ("read_timeout", TransportError, True),
        ("503", UnavailableError, None),
        ("errno1001", UnavailableError, None),
    ],
)
def test_read_stops_at_attempt_limit(
    fake: FakeSlurmrestd, client: SlurmClient, op: ReadOp, kind: str, error: type[SlurmRestError], sent: bool | None
) -> None:
    op.setup(fake)
    fake.fault(op.kind, transient(fake, kind), times=None)
    with pytest.raises(error) as info:
        op.call(client)
    assert fake.count(op.kind) == RETRY_READ.attempts
    if sent is not None:
        assert isinstance(info.value, TransportError) and info.value.sent is sent
    assert op.path in str(info.value)


def test_read_stops_at_deadline(fake: FakeSlurmrestd, pauses: list[float]) -> None:
    """On the virtual clock of ``pauses``: each answer takes 1 s of it, so a loaded machine's real delays
    (tenths of a second) cannot end the retries before a second attempt."""

    def slow_503(request: httpx.Request) -> httpx.Response:
        time.sleep(1.0)
        return httpx.Response(503, text="busy")

    fake.fault("ping", slow_503, times=None)
    with make_client(fake, retry_deadline=5.0) as c, pytest.raises(UnavailableError) as info:
        c.ping()
    assert 2 <= fake.count("ping") < RETRY_READ.attempts  # the deadline, not the attempt limit, ended it
    assert sum(pauses) < 5.0 + RETRY_READ.max_wait + 1.0 + 1.0  # no wait past the deadline's last attempt
    assert info.value.status_code == 503


def test_retry_waits_grow_and_are_capped(fake: FakeSlurmrestd, client: SlurmClient, pauses: list[float]) -> None:
    fake.fault("ping", 503, times=None)
    with pytest.raises(UnavailableError):
        client.ping()
    assert len(pauses) == RETRY_READ.attempts - 1
    assert all(RETRY_READ.initial <= p <= RETRY_READ.max_wait + 1.0 for p in pauses)  # jitter adds up to 1 s
    assert max(pauses) >= RETRY_READ.max_wait  # the exponential reached its cap


@pytest.mark.parametrize("status", [400, 401, 403, 404, 500])
def test_non_transient_answers_are_not_retried(fake: FakeSlurmrestd, client: SlurmClient, status: int) -> None:
    fake.add_job(5)
    fake.fault("job", (status, {"errors": [{"error_number": 9000, "description": "x"}]}))
    with pytest.raises(APIError):
        client.get_job(5)
    assert fake.count("job") == 1  # an auth failure is resent only with a fresh token; a static one has none


@pytest.mark.parametrize("effect", [False, True], ids=["lost-before-slurmctld", "after-cancelling"])
def test_cancel_and_negotiation_are_retried(fake: FakeSlurmrestd, effect: bool) -> None:
    """A plain cancel is idempotent: resent after a timeout. Had the first one arrived, the resend finds the
    job ended and Slurm says "already completing or completed" (False); either way one cancellation."""
    fake.fault("openapi", 503)
    fake.fault("openapi", "drop_before_send")
    fake.add_job(9, state="RUNNING")
    fake.fault("cancel", "timeout", effect=effect)
    with make_client(fake) as c:
        assert c.cancel(9) is (not effect)
    assert fake.count("openapi") == 3 and fake.count("cancel") == 2
    assert fake.cancels == [9] and fake.jobs[9].state == "CANCELLED"


async def test_async_read_retries_then_succeeds(fake: FakeSlurmrestd) -> None:
    for kind in ("connect", "503", "errno5004"):
        fake.fault("ping", transient(fake, kind))
    async with make_async_client(fake) as c:
        assert (await c.ping()).release == "24.11.5"
    assert fake.count("ping") == 4


async def test_async_read_stops_at_attempt_limit(fake: FakeSlurmrestd) -> None:
    fake.add_job(3)
    fake.fault("job", "timeout", times=None)
    async with make_async_client(fake) as c:
        with pytest.raises(TransportError) as info:
            await c.get_job(3)
    assert info.value.sent is True and fake.count("job") == RETRY_READ.attempts


# ------------------------------------------------------------------------------------------------ watching
@pytest.mark.parametrize("sync", SYNC)
def test_2205_watcher_reads_304_as_nothing_changed(sync: bool) -> None:
    """v0.0.38's watcher asks ``/jobs?update_time=T``; 22.05 answers 304 when no job changed since T."""
    fake = FakeSlurmrestd("22.05")
    fake.clock = lambda: time.time() - 3600  # the job last changed an hour ago
    job = fake.add_job(state="RUNNING").job_id

    def finish() -> None:
        fake.clock = time.time
        fake.finish(job, exit_code=3)

    if sync:
        with make_client(fake) as c:
            w = c.watcher()
            w.track([job])
            changed = [w.poll(), w.poll()]
            finish()
            changed.append(w.poll())
            info = w.state.infos[job]
    else:

        async def go() -> tuple[list[list[int]], Any]:
            async with make_async_client(fake) as c:
                w = await c.watcher()
                w.track([job])
                seen = [await w.poll(), await w.poll()]
                finish()
                seen.append(await w.poll())
                return seen, w.state.infos[job]

        changed, info = asyncio.run(go())
    assert changed == [[job], [], [job]]  # a full listing, nothing changed (304), then the end
    assert fake.statuses("jobs") == [200, 304, 200]
    assert [r.url.params.get("update_time") is not None for r in fake.requests("jobs")] == [False, True, True]
    assert (info.state, info.return_code) == (JobState.FAILED, 3)


# ------------------------------------------------------------------------- signals and updates: never twice
@pytest.mark.parametrize("release", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_signal_that_may_have_arrived_is_not_resent(release: str, sync: bool) -> None:
    fake = FakeSlurmrestd(release)
    job = fake.add_job(state="RUNNING").job_id
    fake.fault("cancel", "drop_after_send")
    with pytest.raises(TransportError) as info:
        run(fake, sync, lambda c: c.cancel(job, signal="USR1"))
    assert info.value.sent is True
    assert fake.count("cancel") == 1 and fake.signals == [(job, "USR1")]  # one delivery, and only one
    assert fake.jobs[job].state == "RUNNING" and not fake.cancels


@pytest.mark.parametrize("release", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_signal_that_never_left_is_resent(release: str, sync: bool) -> None:
    fake = FakeSlurmrestd(release)
    job = fake.add_job(state="RUNNING").job_id
    fake.fault("cancel", "drop_before_send")
    assert run(fake, sync, lambda c: c.cancel(job, signal="USR1")) is True
    assert fake.count("cancel") == 2 and fake.signals == [(job, "USR1")]


@pytest.mark.parametrize("release", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_plain_cancel_that_may_have_arrived_is_resent(release: str, sync: bool) -> None:
    """Cancelling twice ends the job once: the resend's answer is Slurm's "already completing" (False)."""
    fake = FakeSlurmrestd(release)
    job = fake.add_job(state="RUNNING").job_id
    fake.fault("cancel", "drop_after_send")
    assert run(fake, sync, lambda c: c.cancel(job)) is False
    assert fake.count("cancel") == 2 and fake.cancels == [job] and not fake.signals
    assert fake.jobs[job].state == "CANCELLED"


@pytest.mark.parametrize("release", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_update_that_may_have_arrived_is_not_resent(release: str, sync: bool) -> None:
    fake = FakeSlurmrestd(release)
    job = fake.add_job(time_limit=10).job_id
    fake.fault("update", "drop_after_send")
    with pytest.raises(TransportError) as info:
        run(fake, sync, lambda c: c.update(job, time_limit="1:00:00"))
    assert info.value.sent is True
    assert fake.count("update") == 1 and len(fake.updates) == 1 and fake.jobs[job].time_limit == 60


@pytest.mark.parametrize("release", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_update_that_never_left_is_resent(release: str, sync: bool) -> None:
    fake = FakeSlurmrestd(release)
    job = fake.add_job(time_limit=10).job_id
    fake.fault("update", "drop_before_send", times=2)
    assert run(fake, sync, lambda c: c.update(job, time_limit=30, name="renamed")) is None
    assert fake.count("update") == 3 and len(fake.updates) == 1
    assert (fake.jobs[job].time_limit, fake.jobs[job].name) == (30, "renamed")


# A standby controller processes nothing: whatever it refused is sent again, a submit or a signal too.
@pytest.mark.parametrize("release", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_what_a_standby_controller_refused_is_sent_again(release: str, sync: bool) -> None:
    fake = FakeSlurmrestd(release)
    job = fake.add_job(state="RUNNING", time_limit=10).job_id
    for kind in ("submit", "cancel", "update"):
        fake.fault(kind, standby(fake), times=2)
    new = run(fake, sync, lambda c: c.submit(script=SCRIPT))
    assert run(fake, sync, lambda c: c.cancel(job, signal="USR1")) is True
    assert run(fake, sync, lambda c: c.update(job, time_limit=30)) is None
    assert [fake.count(k) for k in ("submit", "cancel", "update")] == [3, 3, 3]
    assert sorted(fake.jobs) == sorted([job, new]) and fake.count("jobs") == 0  # resent, not looked up
    assert fake.signals == [(job, "USR1")] and len(fake.updates) == 1 and fake.jobs[job].time_limit == 30


def test_a_refusal_naming_standby_and_another_error_is_not_resent(fake: FakeSlurmrestd, client: SlurmClient) -> None:
    job = fake.add_job(state="RUNNING").job_id
    both = (500, fake.error_body((2027, "Slurm backup controller in standby mode"), (2017, "Invalid job id")))
    fake.fault("cancel", both)
    with pytest.raises(SlurmRestError):
        client.cancel(job, signal="USR1")
    assert fake.count("cancel") == 1 and not fake.signals


# ----------------------------------------------------------------------------------------------- submit
# The old per-file names of the exchange failures around a POST, as the fake's answers. "lost_before" and
# "503" never reach slurmctld (a resend is needed); the others create the job and lose its answer.
SUBMIT_DROPS = {
    "connect": "drop_before_send",
    "lost_before": "lost_in_transit",
    "503": 503,
    "read_error": "drop_after_send",
    "remote_protocol": "disconnect",
    "read_timeout": "timeout",
}
LIST_DROPS = {"connect": "drop_before_send", "read_timeout": "timeout", "503": 503}


def inject(fake: FakeSlurmrestd, kind: str, *answers: Any) -> None:
    for answer in answers:
        fake.fault(kind, answer)


def tags(fake: FakeSlurmrestd) -> list[str]:
    """The comment (with its tag) of every submit that reached the server."""
    return [b["job"]["comment"] for b in fake.bodies("submit")]


def no_id_answer(fake: FakeSlurmrestd) -> tuple[int, dict[str, Any]]:
    """A submit's 200 answer with everything but the job id."""
    return 200, fake.error_body(step_id="batch", job_submit_user_msg="")


def test_submit_retries_unsent_connect_errors(fake: FakeSlurmrestd, client: SlurmClient) -> None:
    inject(fake, "submit", "drop_before_send", "drop_before_send")
    job_id = client.submit(JobSpec(script=SCRIPT))
    assert list(fake.jobs) == [job_id]
    assert fake.count("submit") == 3 and len(fake.bodies("submit")) == 1 and fake.count("jobs") == 0


def test_submit_gives_up_after_unsent_attempts(fake: FakeSlurmrestd, client: SlurmClient) -> None:
    fake.fault("submit", "drop_before_send", times=None)
    with pytest.raises(TransportError) as info:
        client.submit(script=SCRIPT)
    assert info.value.sent is False
    assert fake.count("submit") == RETRY_UNSENT.attempts and not fake.bodies("submit") and not fake.jobs
    assert fake.count("jobs") == 0


@pytest.mark.parametrize("release", FAMILIES)
@pytest.mark.parametrize("drop", ["drop_after_send", "disconnect", "timeout"])
def test_submit_lost_answer_is_found_by_tag_not_resent(release: str, drop: str) -> None:
    fake = FakeSlurmrestd(release)
    fake.fault("submit", drop)
    with make_client(fake) as client:
        job_id = client.submit(JobSpec(script=SCRIPT, name="lost", comment="user text"))
    assert fake.count("submit") == 1  # exactly one POST reached the server
    assert list(fake.jobs) == [job_id] and fake.jobs[job_id].name == "lost"
    assert fake.count("jobs") == 1
    assert tags(fake)[0].startswith("user text slurm-rest-tag=")
    assert [j.job_id for j in fake.tagged(tags(fake)[0].rsplit("=", 1)[1])] == [job_id]  # found by its tag


@pytest.mark.parametrize("release", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_a_job_submitted_once_is_found_by_its_key_among_its_users_own(release: str, sync: bool) -> None:
    """A caller replaying a call whose answer it lost finds the job by its key (one listing), never another
    user's job that copied the key's tag into its comment, nor the job of another key."""
    fake = FakeSlurmrestd(release)
    key = "flyte:ml/development/e1/n0#0"

    async def run(client: Any) -> tuple[Any, ...]:
        async def call(result: Any) -> Any:
            return await result if inspect.isawaitable(result) else result

        before = await call(client.find_submitted(key))
        job_id = await call(client.submit(JobSpec(script=SCRIPT, comment="mine"), once=key))
        tag = tags(fake)[0].rsplit("=", 1)[1]
        fake.add_job(user="mallory", comment=f"slurm-rest-tag={tag}")  # a copy of the tag by someone else
        return before, job_id, await call(client.find_submitted(key)), await call(client.find_submitted(key + "x"))

    if sync:
        with make_client(fake) as c:
            before, job_id, found, other = asyncio.run(run(c))
    else:

        async def main() -> tuple[Any, ...]:
            async with make_async_client(fake) as c:
                return await run(c)

        before, job_id, found, other = asyncio.run(main())
    assert (before, found, other) == (None, job_id, None)
    assert fake.count("submit") == 1 and fake.count("jobs") == 3
    assert tags(fake)[0] == f"mine slurm-rest-tag={_requests.key_tag(key)}"  # the key itself is not shown


def test_submit_lookup_waits_for_a_lagging_job_list(pauses: list[float]) -> None:
    fake = FakeSlurmrestd("24.11", list_lag=2)
    fake.fault("submit", "drop_after_send")
    with make_client(fake) as c:
        job_id = c.submit(script=SCRIPT)
    assert fake.count("submit") == 1 and fake.count("jobs") == 3 and list(fake.jobs) == [job_id]
    assert pauses == list(_constants.LOOKUP_DELAYS)


def test_submit_resends_with_same_tag_when_no_job_is_found(fake: FakeSlurmrestd, client: SlurmClient) -> None:
    inject(fake, "submit", "lost_in_transit", 503)
    job_id = client.submit(script=SCRIPT)
    assert fake.count("submit") == 3 and list(fake.jobs) == [job_id]
    assert len(set(tags(fake))) == 1  # every resend carries the same tag
    assert fake.count("jobs") == 2 * len(_constants.LOOKUP_DELAYS)


def test_submit_gives_up_after_rounds(fake: FakeSlurmrestd, client: SlurmClient) -> None:
    fake.fault("submit", "lost_in_transit", times=10)
    with pytest.raises(SubmissionError, match="no job carries its tag"):
        client.submit(script=SCRIPT)
    assert fake.count("submit") == _constants.SUBMIT_ROUNDS and not fake.jobs and len(set(tags(fake))) == 1
    assert fake.count("jobs") == _constants.SUBMIT_ROUNDS * len(_constants.LOOKUP_DELAYS)


@pytest.mark.parametrize("release", FAMILIES)
def test_submit_lost_answer_of_an_array_returns_the_array_job_id(release: str) -> None:
    fake = FakeSlurmrestd(release)
    fake.fault("submit", "drop_after_send")
    with make_client(fake) as c:
        array_id = c.submit(script=SCRIPT, array="0-1")
    assert fake.count("submit") == 1 and len(fake.jobs) == 2  # one array job of two tasks
    assert {j.array_job_id for j in fake.jobs.values()} == {array_id}


def test_submit_refusal_is_not_retried_or_looked_up(fake: FakeSlurmrestd, client: SlurmClient) -> None:
    with pytest.raises(SubmissionError) as info:
        client.submit(script=SCRIPT, partition="nosuchpart")
    assert fake.count("submit") == 1 and fake.count("jobs") == 0 and not fake.jobs
    (err,) = info.value.errors
    assert (err.error_number, err.description, err.error, err.source) == (
        2000,
        "Batch job submission failed",
        "Invalid partition name specified",
        "slurm_submit_batch_job()",
    )
    assert info.value.status_code == 500 and "Invalid partition name specified" in str(info.value)


async def test_async_submit_lost_answer_is_found_by_tag(fake: FakeSlurmrestd) -> None:
    inject(fake, "submit", "drop_before_send", "disconnect")
    fake.fault("jobs", 503)
    async with make_async_client(fake) as c:
        job_id = await c.submit(script=SCRIPT)
    assert list(fake.jobs) == [job_id] and len(fake.bodies("submit")) == 1 and fake.count("submit") == 2
    assert fake.count("jobs") == 2  # the 503 was retried by the read policy


async def test_async_submit_resends_when_not_found(fake: FakeSlurmrestd) -> None:
    inject(fake, "submit", "lost_in_transit", "lost_in_transit")
    async with make_async_client(fake) as c:
        job_id = await c.submit(script=SCRIPT)
    assert fake.count("submit") == 3 and list(fake.jobs) == [job_id] and len(set(tags(fake))) == 1


def _random_faults(rng: random.Random, fake: FakeSlurmrestd) -> tuple[list[str], list[str]]:
    """Up to four drops around one submit, bounded so that the call can always succeed, injected into ``fake``.

    A submit gets ``SUBMIT_ROUNDS`` sends, each followed by ``len(LOOKUP_DELAYS)`` lookups (each itself
    retried by the read policy): so at most ``SUBMIT_ROUNDS - 1`` sends may die before slurmctld sees them.
    """
    submit_faults: list[str] = []
    unseen = 0
    for _ in range(rng.randint(0, 3)):
        kind = rng.choice(list(SUBMIT_DROPS))
        if kind in ("lost_before", "503"):
            if unseen == _constants.SUBMIT_ROUNDS - 1:
                kind = "read_error"
            unseen += 1
        submit_faults.append(kind)
    list_faults = [rng.choice([*LIST_DROPS, "ok"]) for _ in range(rng.randint(0, 4))]
    fake.clear_faults()
    inject(fake, "submit", *(SUBMIT_DROPS[k] for k in submit_faults))
    inject(fake, "jobs", *(LIST_DROPS.get(k) for k in list_faults))  # None ("ok"): that listing is answered
    return submit_faults, list_faults


@pytest.mark.parametrize("seed", range(50))
def test_fifty_random_drops_around_submit_create_exactly_one_job(seed: int) -> None:
    rng = random.Random(seed)
    fake = FakeSlurmrestd("24.11", list_lag=0)
    plan = [_random_faults(rng, fake)]
    fake.list_lag = rng.randint(0, 1)
    submitted = []
    with make_client(fake) as c:
        for n in range(3):  # several submit calls through one client, each with its own drops
            if n:
                plan.append(_random_faults(rng, fake))
            submitted.append(c.submit(JobSpec(script=SCRIPT, name=f"job-{seed}-{n}")))
    # Exactly one job per submit call: each returned id is a distinct job, and no job went uncounted.
    assert sorted(submitted) == sorted(fake.jobs), plan
    assert len(fake.jobs) == 3, plan
    assert sorted(j.name for j in fake.jobs.values()) == [f"job-{seed}-{n}" for n in range(3)], plan


@pytest.mark.parametrize("seed", range(20))
async def test_async_random_drops_around_submit_create_exactly_one_job(seed: int) -> None:
    rng = random.Random(1000 + seed)
    fake = FakeSlurmrestd("24.11")
    _random_faults(rng, fake)
    fake.list_lag = rng.randint(0, 1)
    async with make_async_client(fake) as c:
        job_id = await c.submit(script=SCRIPT)
    assert list(fake.jobs) == [job_id]


async def test_concurrent_submits_with_drops_create_one_job_each(fake: FakeSlurmrestd) -> None:
    inject(fake, "submit", "drop_after_send", "lost_in_transit", "disconnect", "drop_before_send", "timeout")
    async with make_async_client(fake) as c:
        ids = await asyncio.gather(*(c.submit(script=SCRIPT, name=f"c{i}") for i in range(8)))
    assert sorted(ids) == sorted(fake.jobs) and len(set(ids)) == 8


# ------------------------------------------------------------------------------------------------- auth
def test_minted_token_is_sent_with_user_header(
    fake: FakeSlurmrestd, tmp_path: Path, jwt_key: bytes, clock: Clock
) -> None:
    with make_client(fake, token=None, jwt_key=tmp_path / "jwt_hs256.key") as c:
        c.ping()
    request = fake.requests("ping")[-1]
    assert request.headers["X-SLURM-USER-NAME"] == "alice"
    assert "authorization" not in request.headers  # 23.02+ refuse both forms at once
    assert claims(request.headers["X-SLURM-USER-TOKEN"], jwt_key) == {
        "iat": int(clock.now),
        "exp": int(clock.now) + 1800,
        "sun": "alice",
    }


def test_jwt_subject_can_differ_from_the_user(fake: FakeSlurmrestd, tmp_path: Path, jwt_key: bytes) -> None:
    fake.require_token(signed_with(jwt_key, subject="slurm"))
    with make_client(fake, token=None, jwt_key=str(tmp_path / "jwt_hs256.key"), jwt_subject="slurm") as c:
        c.ping()
    (request,) = fake.requests("ping")
    assert jwt.decode(request.headers["X-SLURM-USER-TOKEN"], jwt_key, algorithms=["HS256"])["sun"] == "slurm"
    assert request.headers["X-SLURM-USER-NAME"] == "alice"


@pytest.mark.parametrize("release", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_rejected_token_remints_and_resends_once(
    release: str, sync: bool, tmp_path: Path, jwt_key: bytes, clock: Clock
) -> None:
    """401 (v0.0.4x), or 22.05's HTTP 500 "slurmctld config is unable to load" on /ping."""
    fake = FakeSlurmrestd(release)
    fake.require_token(reject_first(clock))
    info = run(fake, sync, lambda c: c.ping(), token=None, jwt_key=tmp_path / "jwt_hs256.key")
    assert info.ok and info.api_version == fake.version and info.release.startswith(release)
    first, second = fake.tokens("ping")
    assert first != second
    assert claims(second, jwt_key)["iat"] == int(clock.now)


@pytest.mark.parametrize("release", FAMILIES)
def test_second_auth_failure_raises_auth_error(release: str, tmp_path: Path, jwt_key: bytes) -> None:
    fake = FakeSlurmrestd(release)
    fake.require_token(lambda token: False)
    with make_client(fake, token=None, jwt_key=tmp_path / "jwt_hs256.key") as c, pytest.raises(AuthError) as info:
        c.ping()
    assert fake.count("ping") == 2
    if fake.version == "v0.0.38":
        assert info.value.status_code == 500
        assert info.value.error_numbers == (-1,) and "unable to load" in str(info.value)
    else:
        assert info.value.status_code == 401


def test_2411_auth_errno_with_511_is_an_auth_error(fake: FakeSlurmrestd) -> None:
    fake.fault("jobs", (511, fake.error_body((1007, "Unable to query jobs"))))
    with make_client(fake) as c, pytest.raises(AuthError) as info:
        c.jobs()
    assert fake.count("jobs") == 1 and info.value.error_numbers == (1007,)  # a static token: nothing to resend with


def test_2205_submit_with_rejected_token_remints(
    fake_2205: FakeSlurmrestd, tmp_path: Path, jwt_key: bytes, clock: Clock
) -> None:
    """22.05 reports a rejected token on submit as ``error_code`` 5005 (not ``error_number``)."""
    fake_2205.require_token(reject_first(clock))
    with make_client(fake_2205, token=None, jwt_key=tmp_path / "jwt_hs256.key") as c:
        c.api_version()
        job_id = c.submit(script=SCRIPT)
    assert list(fake_2205.jobs) == [job_id] and fake_2205.count("submit") == 2


# A wrong token on the reads a wait is made of. 22.05 answers them with HTTP 500 and a generic error -1 ("Unable
# to find JobId=N", "Failed while looking for jobs"), which the client does not take for an auth failure.
AUTH_OPS: dict[str, tuple[Callable[[Any, int], Any], str]] = {
    "get_job": (lambda c, j: c.get_job(j), "job"),
    "jobs": (lambda c, j: c.jobs(), "jobs"),
    "wait": (lambda c, j: c.wait(j, timeout=60), "states"),
}
# 22.05 answers a rejected token on these with its generic error -1 ("Unable to find JobId=N", "Failed
# while looking for jobs"): the client settles it with a ping, which says "unable to load".
AUTH_CASES = [
    pytest.param(release, op, id=f"{op}-{release}") for release in ("22.05", "24.11", "26.05") for op in AUTH_OPS
]


@pytest.mark.parametrize(("release", "op"), AUTH_CASES)
@pytest.mark.parametrize("sync", SYNC)
def test_wrong_static_token_on_reads_is_an_auth_error(release: str, op: str, sync: bool) -> None:
    fake = FakeSlurmrestd(release)
    job = fake.add_job(state="COMPLETED").job_id
    call, kind = AUTH_OPS[op]
    kind = "jobs" if (kind == "states" and fake.version == "v0.0.38") else kind
    fake.require_token(lambda token: token == "the-right-one")
    with pytest.raises(AuthError):
        run(fake, sync, lambda c: call(c, job))
    assert fake.count(kind) == 1  # a static token is never resent: there is no other to send


@pytest.mark.parametrize(("release", "op"), AUTH_CASES)
@pytest.mark.parametrize("sync", SYNC)
def test_rotated_jwt_key_remints_once_on_reads(release: str, op: str, sync: bool, tmp_path: Path) -> None:
    """slurmctld's key changed (and the key file with it): the cached token is refused once, the client mints
    one from the new key, resends once and goes on."""
    fake = FakeSlurmrestd(release)
    job = fake.add_job(state="COMPLETED").job_id
    call, kind = AUTH_OPS[op]
    kind = "jobs" if (kind == "states" and fake.version == "v0.0.38") else kind
    key_file = tmp_path / "jwt_hs256.key"
    old, new = b"o" * 32, b"n" * 32
    key_file.write_bytes(old)
    fake.require_token(signed_with(old, "alice"))

    def rotate() -> None:
        key_file.write_bytes(new)
        fake.require_token(signed_with(new, "alice"))

    if sync:
        with make_client(fake, token=None, jwt_key=key_file) as c:
            assert c.ping().ok  # a token from the old key, cached
            rotate()
            result = call(c, job)
    else:

        async def go() -> Any:
            async with make_async_client(fake, token=None, jwt_key=key_file) as c:
                assert (await c.ping()).ok
                rotate()
                return await call(c, job)

        result = asyncio.run(go())
    assert (result.job_id if op != "jobs" else result[0].job_id) == job
    tokens = fake.tokens(kind)
    assert len(tokens) == 2, tokens  # refused once, resent once
    assert signed_with(old)(tokens[0]) and signed_with(new)(tokens[1])


def test_token_renewed_before_expiry(fake: FakeSlurmrestd, tmp_path: Path, jwt_key: bytes, clock: Clock) -> None:
    start = clock.now
    with make_client(fake, token=None, jwt_key=tmp_path / "jwt_hs256.key", token_lifespan=60) as c:
        c.ping()  # negotiation and ping: one token
        clock.advance(20)
        c.ping()
        clock.advance(15)  # 35 s into a 60 s token: inside the 30 s renewal margin
        c.ping()
        clock.advance(59)  # the renewed token is about to expire too
        c.ping()
    tokens = fake.tokens("ping")
    assert tokens[0] == tokens[1] != tokens[2] != tokens[3]
    sent_at = [start, start + 20, start + 35, start + 94]
    for token, at in zip(tokens, sent_at, strict=True):
        assert claims(token, jwt_key)["exp"] - at >= 25, "a token was sent with less than the renewal margin left"
    assert fake.count("ping") == 4  # renewals cost no failed request


def test_token_file_is_reread_when_renewing(fake: FakeSlurmrestd, tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "token"
    path.write_text("SLURM_JWT=first-token\n")
    with make_client(fake, token=None, token_file=path, token_lifespan=60) as c:
        c.ping()
        path.write_text("second-token")
        clock.advance(45)
        c.ping()
    assert fake.tokens("ping") == ["first-token", "second-token"]


def _secret_free(text: str, *secrets: str) -> bool:
    return not any(s and s in text for s in secrets)


def test_static_token_never_in_repr_str_exceptions_or_logs(
    fake: FakeSlurmrestd, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "slurm_rest", "tenacity"):
        caplog.set_level(logging.DEBUG, logger=name)
    fake.fault("ping", (401, "Authentication failure"), times=None)
    fake.add_job(1)
    fake.fault("job", "timeout", times=None)
    raised: list[BaseException] = []
    with make_client(fake, retry_deadline=1) as c:
        for action in (c.ping, lambda: c.get_job(1), lambda: c.submit(script=SCRIPT, partition="nosuchpart")):
            with pytest.raises(SlurmRestError) as info:
                action()
            raised.append(info.value)
        shown = [repr(c), str(c), repr(c.config), str(c.config), repr(c._http.auth), repr(vars(c.config))]
    assert set(fake.tokens()) == {STATIC_TOKEN}  # the token did go out ...
    for exc in raised:
        shown += [str(exc), repr(exc), repr(getattr(exc, "errors", ())), str(exc.__cause__), repr(exc.__cause__)]
    assert caplog.records, "httpx logged nothing: the log check would prove nothing"
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert _secret_free("\n".join(shown), STATIC_TOKEN)  # ... and shows up nowhere
    assert _secret_free(logged, STATIC_TOKEN)


def test_minted_token_not_in_httpcore_debug_logs(
    fake: FakeSlurmrestd, tmp_path: Path, jwt_key: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    """Over a real socket (``fake.http_server()``), so that httpcore's own DEBUG logging runs too."""
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "httpcore.http11", "httpcore.connection", "slurm_rest"):
        caplog.set_level(logging.DEBUG, logger=name)
    fake.add_job(5)
    fake.fault("job", (401, "Authentication failure"), times=None)
    key = tmp_path / "jwt_hs256.key"
    with fake.http_server() as url, SlurmClient(url=url, user="alice", jwt_key=key) as c:
        assert c.ping().ok
        with pytest.raises(AuthError) as info:
            c.get_job(5)
        shown = "\n".join([repr(c), repr(c.config), str(info.value), repr(info.value)])
    tokens = {t for t in fake.tokens() if t}
    assert tokens and all(t.count(".") == 2 for t in tokens)
    assert any(r.name.startswith("httpcore") for r in caplog.records)
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert _secret_free(logged, *tokens)
    assert _secret_free(shown, *tokens)
    assert _secret_free(repr(ClientConfig(url=url, user="alice", token=next(iter(tokens)))), *tokens)


def test_token_command_failure_does_not_echo_its_output(fake: FakeSlurmrestd) -> None:
    with (
        make_client(fake, token=None, token_command=("sh", "-c", f"echo {STATIC_TOKEN}; exit 3")) as c,
        pytest.raises(ConfigError) as info,
    ):
        c.ping()
    assert STATIC_TOKEN not in str(info.value) and "'sh'" in str(info.value)
    assert fake.count() == 0


# ----------------------------------------------------------------------------------------------- errors
@pytest.mark.parametrize("release", FAMILIES)
def test_missing_job_is_job_not_found(release: str) -> None:
    """404 (v0.0.4x) or 22.05's HTTP 500, with error 2017; accounting is asked and has no record either."""
    fake = FakeSlurmrestd(release)
    with make_client(fake) as c, pytest.raises(JobNotFoundError) as info:
        c.get_job(999999)
    assert fake.count("job") == 1 and fake.count("accounting") == 1
    assert "accounting has no record of it" in str(info.value)
    if fake.version == "v0.0.38":  # accounting's own "Nothing found" (9003) is kept beside it
        assert info.value.status_code == 500 and info.value.errors[0].description == "Unable to find JobId=999999"
        assert info.value.error_numbers == (2017, 9003)
    else:
        assert info.value.status_code == 404 and info.value.errors[0].source == "_handle_job_get"
        assert info.value.error_numbers == (2017,)


@pytest.mark.parametrize("release", FAMILIES)
def test_purged_job_is_read_from_accounting(release: str) -> None:
    fake = FakeSlurmrestd(release)
    job = fake.add_job(name="old", state="RUNNING").job_id
    fake.finish(job, exit_code=0)
    fake.purge(job)
    with make_client(fake) as c:
        info = c.get_job(job)
    assert (info.job_id, info.name, info.state, info.from_accounting) == (job, "old", JobState.COMPLETED, True)
    assert fake.count("job") == 1 and fake.count("accounting") == 1


@pytest.mark.parametrize("errno", [2011, 2000, 2016, 9000])
def test_submit_refusal_keeps_errors(fake: FakeSlurmrestd, client: SlurmClient, errno: int) -> None:
    body = fake.error_body()
    body["errors"] = [
        {
            "error_number": errno,
            "description": "Batch job submission failed",
            "error": "refused for a test",
            "source": "slurm_submit_batch_job()",
        }
    ]
    fake.fault("submit", (500, body))
    with pytest.raises(SubmissionError) as info:
        client.submit(script=SCRIPT)
    assert fake.count("submit") == 1
    (err,) = info.value.errors
    assert (err.error_number, err.description, err.source) == (
        errno,
        "Batch job submission failed",
        "slurm_submit_batch_job()",
    )
    assert info.value.error_numbers == (errno,)


def test_2205_submit_refusal_is_a_submission_error(fake_2205: FakeSlurmrestd) -> None:
    with make_client(fake_2205) as c, pytest.raises(SubmissionError) as info:
        c.submit(script=SCRIPT, partition="nosuchpart")
    assert fake_2205.count("submit") == 1 and "Invalid partition name specified" in str(info.value)
    assert info.value.error_numbers == (2000,)  # 22.05 says "error_code" in a submit answer


@pytest.mark.parametrize(
    ("status", "content", "expect"),
    [
        (200, b"<html>proxy login page</html>", "not a JSON object"),
        (200, b'{"jobs": [{"job_id": 1, "job_sta', "not a JSON object"),
        (200, b"", "not a JSON object"),
        (200, b"[1, 2]", "not a JSON object"),
        (500, b'{"meta": {}, "warnings": []}', "HTTP 500"),
        (500, b"Internal Server Error", "Internal Server Error"),
        (400, b'{"errors": [{"error_number": 9000, "description": "bad query"}]}', "bad query"),
    ],
)
def test_unreadable_or_error_answers_are_api_errors(
    fake: FakeSlurmrestd, client: SlurmClient, status: int, content: bytes, expect: str
) -> None:
    fake.fault("jobs", (status, content))
    with pytest.raises(APIError) as info:
        client.jobs()
    assert type(info.value) is APIError, type(info.value)
    assert expect in str(info.value) and "GET /slurm/v0.0.42/jobs/" in str(info.value)
    assert info.value.status_code == status and fake.count("jobs") == 1


def test_errors_on_a_200_are_an_api_error(fake: FakeSlurmrestd, client: SlurmClient) -> None:
    body = {"jobs": [fake.record(fake.add_job(3))], **fake.error_body((9001, "partial answer"))}
    body["errors"][0].update(source="x", error="boom")
    fake.fault("jobs", (200, body))
    with pytest.raises(APIError) as info:
        client.jobs()
    assert type(info.value) is APIError and info.value.status_code == 200
    assert info.value.error_numbers == (9001,) and "partial answer" in str(info.value)


def test_errors_on_a_200_submit_are_a_submission_error(fake: FakeSlurmrestd, client: SlurmClient) -> None:
    fake.fault("submit", (200, fake.error_body((2011, "Job violates accounting/QOS policy"), job_id=0)))
    with pytest.raises(SubmissionError) as info:
        client.submit(script=SCRIPT)
    assert fake.count("submit") == 1 and info.value.error_numbers == (2011,)


def test_submit_answer_without_job_id_is_an_error_and_never_resent(fake: FakeSlurmrestd, client: SlurmClient) -> None:
    fake.fault("submit", no_id_answer(fake))  # and no job was created: none carries the tag
    with pytest.raises(SubmissionError, match="no job id"):
        client.submit(script=SCRIPT)
    assert fake.count("submit") == 1 and fake.count("jobs") == len(_constants.LOOKUP_DELAYS) and not fake.jobs


@pytest.mark.parametrize("sync", SYNC)
def test_submit_answer_without_job_id_finds_the_job_by_tag(fake: FakeSlurmrestd, sync: bool) -> None:
    fake.fault("submit", no_id_answer(fake), effect=True)  # the job was created
    job_id = run(fake, sync, lambda c: c.submit(script=SCRIPT))
    assert fake.count("submit") == 1 and list(fake.jobs) == [job_id]


@pytest.mark.parametrize("version", ["v0.0.38", "v0.0.41", "v0.0.42", "v0.0.45"])
def test_cancel_of_a_finished_job_is_false(version: str) -> None:
    """Already finished: 24.11+ answer HTTP 200 with error 2021 in ``status[]``, older ones HTTP 500 with it in
    ``errors[]``; an unknown job is JobNotFoundError."""
    fake = FakeSlurmrestd(version)
    done = fake.add_job(state="COMPLETED").job_id
    running = fake.add_job(state="RUNNING").job_id
    with make_client(fake) as c:
        assert c.cancel(done) is False
        assert c.cancel(running) is True
        with pytest.raises(JobNotFoundError):
            c.cancel(5)
    assert fake.cancels == [running] and fake.count("cancel") == 3


def test_validation_fails_before_any_request(fake: FakeSlurmrestd, client: SlurmClient) -> None:
    with pytest.raises(SlurmRestError, match="time_limit"):
        client.submit(script=SCRIPT, time_limit="soon")
    assert fake.count() == 0


# ----------------------------------------------------------------------------------- version negotiation
@pytest.mark.parametrize(
    ("served", "chosen"),
    [
        (("v0.0.40", "v0.0.41", "v0.0.42"), "v0.0.42"),
        (("v0.0.42", "v0.0.43", "v0.0.44", "v0.0.45"), "v0.0.45"),
        (("v0.0.37", "v0.0.38"), "v0.0.38"),
        (("v0.0.41", "v0.0.42", "v0.0.46", "v0.1.0"), "v0.0.42"),  # newer than this client: ignored
    ],
)
def test_negotiation_picks_newest_supported(served: tuple[str, ...], chosen: str) -> None:
    fake = FakeSlurmrestd(served)
    with make_client(fake) as c:
        assert c.api_version() == chosen
        assert c.api_version() == chosen
    assert fake.count("openapi") == 1  # negotiated once per client


def test_negotiated_version_is_used_for_requests() -> None:
    fake = FakeSlurmrestd(("v0.0.41", "v0.0.42", "v0.0.43"))
    with make_client(fake) as c:
        c.ping()
    assert [r.url.path for r in fake.requests("ping")] == ["/slurm/v0.0.43/ping/"]


def test_pin_served_is_used(fake: FakeSlurmrestd) -> None:
    with make_client(fake, api_version="v0.0.41") as c:
        assert c.ping().api_version == "v0.0.41"
    assert [r.url.path for r in fake.requests("ping")] == ["/slurm/v0.0.41/ping/"]


@pytest.mark.parametrize(
    ("pin", "served", "match"),
    [
        ("v0.0.45", ("v0.0.40", "v0.0.41", "v0.0.42"), "does not serve v0.0.45"),
        ("v0.0.39", ("v0.0.39", "v0.0.40"), "does not speak v0.0.39"),
        (None, ("v0.0.36", "v0.0.37", "v0.0.39"), "no common API version"),
        (None, (), "no common API version"),
    ],
)
def test_unsupported_versions(pin: str | None, served: tuple[str, ...], match: str) -> None:
    fake = FakeSlurmrestd(served)
    with make_client(fake, api_version=pin) as c, pytest.raises(UnsupportedVersionError, match=match):
        c.ping()
    assert fake.count() == 1  # only the negotiation request


async def test_async_negotiation() -> None:
    fake = FakeSlurmrestd(("v0.0.42", "v0.0.43"))
    async with make_async_client(fake, api_version="v0.0.44") as c:
        with pytest.raises(UnsupportedVersionError):
            await c.api_version()
    async with make_async_client(fake) as c:
        assert await c.api_version() == "v0.0.43"


def test_openapi_document_that_is_not_json(fake: FakeSlurmrestd) -> None:
    fake.fault("openapi", (200, "<html>nope</html>"))
    with make_client(fake) as c, pytest.raises(APIError, match="not a JSON object"):
        c.ping()


# ------------------------------------------------------------------------------------------------ config
def test_from_env_reads_every_variable(tmp_path: Path) -> None:
    env = {
        "SLURM_REST_URL": "https://slurm.example:6820/",
        "SLURM_REST_USER": "bob",
        "SLURM_JWT": "s3cr3t-jwt",
        "SLURM_REST_API_VERSION": "v0.0.42",
        "SLURM_REST_TIMEOUT": "12.5",
        "SLURM_REST_CA_BUNDLE": str(tmp_path / "ca.pem"),
        "USER": "ignored",
    }
    cfg = ClientConfig.from_env(env)
    assert (cfg.url, cfg.user, cfg.api_version, cfg.read_timeout, cfg.verify) == (
        "https://slurm.example:6820",
        "bob",
        "v0.0.42",
        12.5,
        str(tmp_path / "ca.pem"),
    )
    assert cfg.token is not None and not isinstance(cfg.token, str) and cfg.token.get() == "s3cr3t-jwt"
    assert "s3cr3t-jwt" not in repr(cfg) + str(cfg)


@pytest.mark.parametrize(
    ("env", "field_", "value"),
    [
        ({"SLURM_JWT_KEY": "/k"}, "jwt_key", Path("/k")),
        ({"SLURM_REST_JWT_KEY": "/k2"}, "jwt_key", Path("/k2")),
        ({"SLURM_REST_TOKEN": "t"}, "token", "t"),
        ({"SLURM_REST_TOKEN_FILE": "/run/tok"}, "token_file", Path("/run/tok")),
        (
            {"SLURM_REST_TOKEN_COMMAND": "scontrol token lifespan=600"},
            "token_command",
            ("scontrol", "token", "lifespan=600"),
        ),
    ],
)
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


@pytest.mark.parametrize(
    ("env", "match"),
    [
        ({"SLURM_REST_USER": "bob", "SLURM_JWT": "t"}, "no URL"),
        ({"SLURM_REST_URL": "slurm:6820", "SLURM_REST_USER": "bob", "SLURM_JWT": "t"}, "http://"),
        (
            {"SLURM_REST_URL": "http://h:1", "SLURM_REST_USER": "bob", "SLURM_JWT": "t", "SLURM_JWT_KEY": "/k"},
            "exactly one",
        ),
        ({"SLURM_REST_URL": "http://h:1", "SLURM_REST_USER": "bob"}, "exactly one"),
        ({"SLURM_REST_URL": "http://h:1", "SLURM_JWT": "t"}, "no user"),
        ({"SLURM_REST_URL": "http://h:1", "SLURM_REST_USER": "", "USER": "", "SLURM_JWT": "t"}, "no user"),
        (
            {"SLURM_REST_URL": "http://h:1", "SLURM_REST_USER": "bob", "SLURM_JWT": "t", "SLURM_REST_TIMEOUT": "x"},
            "TIMEOUT",
        ),
        (
            {
                "SLURM_REST_URL": "http://h:1",
                "SLURM_REST_USER": "bob",
                "SLURM_JWT": "t",
                "SLURM_REST_API_VERSION": "42",
            },
            "api_version",
        ),
    ],
)
def test_from_env_errors(env: dict[str, str], match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        ClientConfig.from_env(env)


def test_empty_token_variable_is_not_a_token_source(fake: FakeSlurmrestd, tmp_path: Path, jwt_key: bytes) -> None:
    env = {
        "SLURM_REST_URL": URL,
        "SLURM_REST_USER": "alice",
        "SLURM_JWT": "",
        "SLURM_JWT_KEY": str(tmp_path / "jwt_hs256.key"),
    }
    cfg = ClientConfig.from_env(env)
    assert cfg.token is None and cfg.jwt_key == tmp_path / "jwt_hs256.key"
    with SlurmClient(cfg, transport=fake.transport()) as c:
        c.ping()
    token = fake.tokens("ping")[-1]
    assert jwt.decode(token, jwt_key, algorithms=["HS256"])["sun"] == "alice"


@pytest.mark.parametrize("empty", ["token", "token_file", "token_command"])
def test_empty_token_setting_is_not_a_token_source(
    fake: FakeSlurmrestd, tmp_path: Path, jwt_key: bytes, empty: str
) -> None:
    settings: dict[str, Any] = {empty: ""}
    cfg = ClientConfig(url=URL, user="alice", jwt_key=tmp_path / "jwt_hs256.key", **settings)
    assert getattr(cfg, empty) is None
    env = {
        "SLURM_REST_URL": URL,
        "SLURM_REST_USER": "alice",
        "SLURM_REST_TOKEN_FILE": "",
        "SLURM_REST_TOKEN_COMMAND": "",
        "SLURM_REST_JWT_KEY": str(tmp_path / "jwt_hs256.key"),
    }
    for config in (cfg, ClientConfig.from_env(env)):
        with SlurmClient(config, transport=fake.transport()) as c:
            c.ping()
    assert fake.count("ping") == 2 and all(claims(t, jwt_key)["sun"] == "alice" for t in fake.tokens("ping"))


def test_none_overrides_keep_the_environment() -> None:
    """What a CLI does with flags that were not given: ``from_env(url=None, user=None, ...)``."""
    env = {"SLURM_REST_URL": "http://h:1", "SLURM_REST_USER": "bob", "SLURM_JWT_KEY": "/key"}
    cfg = ClientConfig.from_env(env, url=None, user=None, token=None, jwt_key=None, api_version=None)
    assert (cfg.url, cfg.user, cfg.jwt_key, cfg.api_version) == ("http://h:1", "bob", Path("/key"), None)


def test_tls_verify_on_by_default_and_ca_bundle_passed_through(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    base = {"SLURM_REST_URL": "https://h:1", "SLURM_REST_USER": "bob", "SLURM_JWT": "t"}
    assert ClientConfig.from_env(base).verify is True
    assert http_settings(ClientConfig.from_env(base), AUTH)["verify"] is True
    assert ClientConfig.from_env({**base, "SLURM_REST_INSECURE": "1"}).verify is False
    pki = _tls.files_in(tmp_path)
    _tls.ensure_in(pki, "site CA")
    ca = str(pki.ca)
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
    # read into a context at once (httpx deprecates a path; an unreadable one must fail before any request)
    assert [[c["subject"] for c in kw["verify"].get_ca_certs()] for kw in captured] == [
        [((("commonName", "site CA"),),)]
    ] * 2
    assert all(kw["follow_redirects"] is False for kw in captured)  # a redirect must not carry the token away


def test_settings_reach_httpx() -> None:
    cfg = ClientConfig(
        url="http://h:1/",
        user="u",
        token="t",
        connect_timeout=2,
        read_timeout=7,
        max_connections=3,
        headers={"X-Trace": "1"},
    )
    settings = http_settings(cfg, AUTH)
    assert settings["base_url"] == "http://h:1"
    assert settings["timeout"] == httpx.Timeout(7, connect=2)
    assert settings["headers"]["X-Trace"] == "1"
    assert settings["limits"] == httpx.Limits(max_connections=3, max_keepalive_connections=3)


def test_a_client_keeps_eight_idle_connections_by_default() -> None:
    """Each idle keep-alive connection holds one of slurmrestd's --max-connections places (124 by default): a
    client keeps 8, enough for a burst of 8 to find them open, not its whole pool of 20 (tests/test_pool.py has
    what happens when those kept fill the cap)."""
    cfg = ClientConfig(url="http://h:1", user="u", token="t")
    assert http_settings(cfg, AUTH)["limits"] == httpx.Limits(max_connections=20, max_keepalive_connections=8)
    assert ClientConfig(url="http://h:1", user="u", token="t", idle_connections=0).idle_connections == 0


@pytest.mark.parametrize("idle", [-1, 21])
def test_idle_connections_outside_the_pool_are_refused(idle: int) -> None:
    with pytest.raises(
        ConfigError, match=rf"idle_connections must be between 0 and max_connections \(20\), got {idle}"
    ):
        ClientConfig(url="http://h:1", user="u", token="t", idle_connections=idle)


def test_the_url_store_stays_within_its_cap_on_a_client_built_as_users_build_it(fake: FakeSlurmrestd) -> None:
    """Distinct requests without end (a watcher whose tracked set keeps changing) never grow a client's
    kept URLs past URLS_KEPT; each answer still comes from the URL of its own request."""
    jobs = [fake.add_job(state="RUNNING").job_id for _ in range(3)]
    with make_client(fake) as c:
        for n in range(URLS_KEPT + 20):
            c.request("GET", f"/slurm/{fake.version}/jobs/state/", params={"job_id": [jobs[n % 3], 10_000 + n]})
            assert len(c._url._kept) <= URLS_KEPT
        sent = fake.requests()[-1].url.params.get_list("job_id")
    assert sent == [str(jobs[(URLS_KEPT + 19) % 3]), str(10_000 + URLS_KEPT + 19)]


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_a_cookie_a_proxy_sets_is_sent_back_and_answers_without_one_skip_the_cookie_jar(
    sync: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A proxy's sticky session (Set-Cookie) works as with httpx; an answer that sets none (slurmrestd's) is not
    taken through ``http.cookiejar`` (40-70 µs of client CPU a request: ``_http.quick_cookies``)."""
    import http.cookiejar

    fake = FakeSlurmrestd("24.11")
    fake.add_job(5)
    sent: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("cookie"))
        answer = fake.handle(request)
        if len(sent) == 2:  # the first job read (the first request asked for the API versions)
            answer.headers["set-cookie"] = "route=r2; Path=/"
        return answer

    jar_reads: list[int] = []
    extract = http.cookiejar.CookieJar.extract_cookies
    monkeypatch.setattr(
        http.cookiejar.CookieJar, "extract_cookies", lambda jar, *a: (jar_reads.append(1), extract(jar, *a))[1]
    )
    settings: dict[str, Any] = {"url": URL, "user": "alice", "token": STATIC_TOKEN}
    transport = httpx.MockTransport(handler)
    if sync:
        with SlurmClient(transport=transport, **settings) as c:
            states = [c.get_job(5).state for _ in range(3)]
    else:

        async def go() -> list[JobState]:
            async with AsyncSlurmClient(transport=transport, **settings) as c:
                return [(await c.get_job(5)).state for _ in range(3)]

        states = asyncio.run(go())
    assert states == [JobState.PENDING] * 3
    assert sent == [None, None, "route=r2", "route=r2"]
    assert jar_reads == [1]  # the one answer that set a cookie
