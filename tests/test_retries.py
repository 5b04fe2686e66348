"""The user's own tenacity strategies over the client's policies, the public predicates, and back-off that shows
(logs and counters), against the fake slurmrestd; the retry examples of the docs' Retries section (docs/client.md) run here too.

The rule every user strategy keeps: a submit, a signal or an update that may have reached slurmrestd is never
sent again by the client's retrying, whatever the user's ``retry`` says; one that provably never left may be.
Pauses are recorded instead of slept (the ``pauses`` fixture).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
import tenacity

import slurm_rest
from slurm_rest import (
    RETRY_POLICIES,
    RETRY_READ,
    RETRY_UNSENT,
    AsyncSlurmClient,
    ClientConfig,
    ConfigError,
    JobSpec,
    JobState,
    RequestKind,
    RequestStats,
    RetryStrategies,
    SlurmClient,
    TLSError,
    TransportError,
    UnavailableError,
    _constants,
    is_transient,
    is_unsent,
)
from tests.fake_slurmrestd import FakeSlurmrestd

pytestmark = pytest.mark.usefixtures("pauses")

URL = "http://slurm.test"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdW4iOiJhbGljZSJ9.RETRY-SECRET-SIGNATURE"
SCRIPT = "#!/bin/sh\necho hello\n"
RETRIES_PAGE = Path(__file__).resolve().parent.parent / "docs" / "client.md"  # its "## Retries" section
# Retry everything, at once, many times: the most a user can ask for.
EVERYTHING = RetryStrategies(
    retry=tenacity.retry_if_exception_type(Exception), wait=tenacity.wait_fixed(0), stop=tenacity.stop_after_attempt(50)
)
SYNC = [pytest.param(True, id="sync"), pytest.param(False, id="async")]


def run(fake: FakeSlurmrestd, sync: bool, op: Callable[[Any], Any], **settings: Any) -> tuple[Any, RequestStats]:
    """``op(client)`` on a fresh sync or async client built as users build it; its result and final stats."""
    settings = {"url": URL, "user": "alice", "token": TOKEN, **settings}
    if sync:
        with SlurmClient(transport=fake.transport(), **settings) as c:
            return op(c), c.stats

    async def go() -> tuple[Any, RequestStats]:
        async with AsyncSlurmClient(transport=fake.transport(), **settings) as c:
            return await op(c), c.stats

    return asyncio.run(go())


def outcome(fake: FakeSlurmrestd, sync: bool, op: Callable[[Any], Any], **settings: Any) -> Any:
    try:
        return run(fake, sync, op, **settings)[0]
    except Exception as exc:
        return exc


# ------------------------------------------------------------------------------------- never resend what arrived
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("drop", ["drop_after_send", "disconnect", "timeout"])
def test_an_all_retrying_user_policy_never_resends_a_submit_that_may_have_arrived(sync: bool, drop: str) -> None:
    fake = FakeSlurmrestd("24.11")
    fake.fault("submit", drop)
    seen: list[int] = []
    strategies = RetryStrategies(
        retry=tenacity.retry_if_exception_type(Exception),
        wait=tenacity.wait_fixed(0),
        stop=tenacity.stop_after_attempt(50),
        before_sleep=lambda state: seen.append(state.attempt_number),
    )
    job_id, stats = run(fake, sync, lambda c: c.submit(JobSpec(script=SCRIPT)), retries={"submit": strategies})
    assert fake.count("submit") == 1  # one POST reached the server: the lost answer was found by its tag
    assert list(fake.jobs) == [job_id]
    assert seen == [] and stats.retries[RequestKind.SUBMIT] == 0


@pytest.mark.parametrize("sync", SYNC)
def test_an_all_retrying_user_policy_resends_a_submit_that_never_left(sync: bool, pauses: list[float]) -> None:
    fake = FakeSlurmrestd("24.11")
    fake.fault("submit", "drop_before_send", times=3)
    seen: list[str] = []
    strategies = RetryStrategies(
        retry=tenacity.retry_if_exception_type(Exception),
        wait=tenacity.wait_fixed(0.25),
        stop=tenacity.stop_after_attempt(50),
        before_sleep=lambda state: seen.append(type(state.outcome.exception()).__name__),
    )
    job_id, stats = run(fake, sync, lambda c: c.submit(JobSpec(script=SCRIPT)), retries=strategies)
    assert fake.count("submit") == 4 and len(fake.bodies("submit")) == 1 and list(fake.jobs) == [job_id]
    assert seen == ["TransportError"] * 3
    assert pauses == [0.25] * 3  # the user's wait, not the policy's
    assert stats.retries[RequestKind.SUBMIT] == 3 and stats.waited == pytest.approx(0.75)
    assert stats.requests == fake.count()  # every exchange counted: /openapi/v3 and the four submits


@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize(
    ("kind", "op"),
    [
        ("cancel", lambda c: c.cancel(5, signal="USR1")),
        ("update", lambda c: c.update(5, time_limit=30)),
    ],
    ids=["signal", "update"],
)
def test_an_all_retrying_user_policy_never_resends_a_signal_or_update_that_may_have_arrived(
    sync: bool, kind: str, op: Callable[[Any], Any]
) -> None:
    fake = FakeSlurmrestd("24.11")
    fake.add_job(5, state="RUNNING")
    fake.fault(kind, "drop_after_send")
    error = outcome(fake, sync, op, retries=EVERYTHING)
    assert isinstance(error, TransportError) and error.sent is True
    assert fake.count(kind) == 1


@pytest.mark.parametrize("sync", SYNC)
def test_an_all_retrying_user_policy_resends_a_signal_that_never_left(sync: bool) -> None:
    fake = FakeSlurmrestd("24.11")
    fake.add_job(5, state="RUNNING")
    fake.fault("cancel", "drop_before_send", times=2)
    assert outcome(fake, sync, lambda c: c.cancel(5, signal="USR1"), retries=EVERYTHING) is True
    assert fake.count("cancel") == 3


@pytest.mark.parametrize("kind", list(RequestKind))
def test_every_kind_retries_within_its_policy_whatever_the_user_asks(kind: RequestKind) -> None:
    """The structural guarantee: the predicate a client uses is the policy's AND the user's."""
    policy = RETRY_POLICIES[kind]
    assert (policy is RETRY_UNSENT) is (not kind.idempotent)
    sent = TransportError("dropped after sending", sent=True)
    fake = FakeSlurmrestd("24.11")
    with SlurmClient(url=URL, user="alice", token=TOKEN, transport=fake.transport(), retries=EVERYTHING) as c:
        retrying = c._retries.sync(kind)
    state = tenacity.RetryCallState(retrying, None, (), {})
    state.set_exception((TransportError, sent, None))
    assert retrying.retry(state) is kind.idempotent


# ------------------------------------------------------------------------------------------ the user's strategies
def test_user_wait_and_stop_replace_the_policy_s_and_a_give_up_is_counted(
    pauses: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    fake = FakeSlurmrestd("24.11")
    fake.fault("ping", 503, times=None)
    caplog.set_level(logging.WARNING, logger="slurm_rest.retries")
    strategies = RetryStrategies(wait=tenacity.wait_fixed(0.7), stop=tenacity.stop_after_attempt(3))
    with SlurmClient(
        url=URL, user="alice", token=TOKEN, transport=fake.transport(), retries={RequestKind.READ: strategies}
    ) as c:
        with pytest.raises(UnavailableError) as info:
            c.ping()
        stats = c.stats
    assert info.value.status_code == 503
    assert fake.count("ping") == 3 and pauses == [0.7, 0.7]
    assert stats.gave_up == {**dict.fromkeys(RequestKind, 0), RequestKind.READ: 1}
    assert stats.retries[RequestKind.READ] == 2 and stats.total_retries == 2
    assert stats.waited == pytest.approx(1.4)
    messages = [r.getMessage() for r in caplog.records if r.name == "slurm_rest.retries"]
    assert [m.split(" (")[0] for m in messages[:3]] == [
        "retrying read request in 0.70 s",
        "retrying read request in 0.70 s",
        "gave up on read request after 3 attempts in 1.4 s: UnavailableError: GET /slurm/v0.0.42/ping/: HTTP 503",
    ]
    assert "/slurm/v0.0.42/ping/" in messages[0]
    assert all(TOKEN not in r.getMessage() and "RETRY-SECRET" not in str(r.__dict__) for r in caplog.records)


def test_the_client_deadline_ends_a_user_stop_that_never_stops(pauses: list[float]) -> None:
    fake = FakeSlurmrestd("24.11")
    fake.fault("ping", "drop_before_send", times=None)
    strategies = RetryStrategies(wait=tenacity.wait_fixed(1), stop=tenacity.stop_never)
    error = outcome(fake, True, lambda c: c.ping(), retries=strategies, retry_deadline=5)
    assert isinstance(error, TransportError) and error.sent is False
    assert 5 <= fake.count("ping") <= 7 and sum(pauses) <= 6


@pytest.mark.parametrize("sync", SYNC)
def test_user_retry_narrows_the_read_policy(sync: bool) -> None:
    fake = FakeSlurmrestd("24.11")
    fake.fault("ping", 503, times=2)
    only_transport = RetryStrategies(retry=tenacity.retry_if_exception_type(TransportError))
    assert isinstance(outcome(fake, sync, lambda c: c.ping(), retries=only_transport), UnavailableError)
    assert fake.count("ping") == 1  # a 503 is transient, but the user's predicate says no


def test_a_tls_error_is_never_retried_even_when_the_user_asks(pauses: list[float]) -> None:
    refused = TLSError("TLS certificate verification failed for https://x: y")
    assert not is_transient(refused) and not is_unsent(refused)
    fake = FakeSlurmrestd("24.11")

    def tls(request: Any) -> Any:
        raise refused

    fake.fault("ping", tls, times=None)
    assert outcome(fake, True, lambda c: c.ping(), retries=EVERYTHING) is refused
    assert fake.count("ping") == 1 and pauses == []


def test_stats_count_every_request_without_failures() -> None:
    fake = FakeSlurmrestd("24.11")
    fake.add_job(5)
    _, stats = run(fake, True, lambda c: (c.ping(), c.get_job(5), c.jobs()))
    assert stats == RequestStats(
        fake.count(),
        dict.fromkeys(RequestKind, 0),
        0.0,
        dict.fromkeys(RequestKind, 0),
        slowdowns=0,
        pace=_constants.PACE_START + stats.requests,
    )  # all quick
    assert stats.requests == 4  # /openapi/v3, ping, job, jobs


# ----------------------------------------------------------------------------------------------- configuration
def test_retries_config_takes_one_strategy_set_or_a_table_of_kinds() -> None:
    one = RetryStrategies(wait=tenacity.wait_fixed(1))
    assert dict(ClientConfig(url=URL, user="a", token="t", retries=one).retries) == dict.fromkeys(RequestKind, one)
    table = ClientConfig(url=URL, user="a", token="t", retries={"submit": one, RequestKind.READ: one}).retries
    assert dict(table) == {RequestKind.SUBMIT: one, RequestKind.READ: one}
    assert dict(ClientConfig(url=URL, user="a", token="t").retries) == {}
    with pytest.raises(TypeError):
        table[RequestKind.CANCEL] = one  # type: ignore[index]
    with pytest.raises(ConfigError, match=r"no request kind 'sbatch'.*read, accounting, submit"):
        ClientConfig(url=URL, user="a", token="t", retries={"sbatch": one})
    with pytest.raises(ConfigError, match=r"retries\['read'\] must be RetryStrategies"):
        ClientConfig(url=URL, user="a", token="t", retries={"read": tenacity.wait_fixed(1)})  # type: ignore[dict-item]


def test_the_retry_surface_is_public() -> None:
    for name in (
        "RETRY_READ",
        "RETRY_UNSENT",
        "RETRY_ACCOUNTING",
        "RETRY_POLICIES",
        "RetryPolicy",
        "RetryStrategies",
        "RequestStats",
        "RequestKind",
        "is_transient",
        "is_unsent",
    ):
        assert name in slurm_rest.__all__
    kwargs = RETRY_READ.strategies(30)
    assert set(kwargs) == {"retry", "wait", "stop", "reraise"}
    attempts = 0
    for attempt in tenacity.Retrying(**{**kwargs, "wait": tenacity.wait_none()}):
        with attempt:
            attempts += 1
            if attempts < 3:
                raise UnavailableError("busy")
    assert attempts == 3


# ------------------------------------------------------------------------------- the docs' Retries examples
def retries_page_blocks() -> list[str]:
    section = RETRIES_PAGE.read_text().split("\n## Retries\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def test_retries_page_client_example_builds_the_strategies_it_shows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLURM_REST_URL", URL)
    monkeypatch.setenv("SLURM_REST_USER", "alice")
    monkeypatch.setenv("SLURM_JWT", TOKEN)
    namespace: dict[str, Any] = {}
    exec(retries_page_blocks()[0], namespace)
    slurm: SlurmClient = namespace["slurm"]
    slurm.close()
    retries = slurm.config.retries
    assert isinstance(retries, Mapping) and set(retries) == {RequestKind.READ, RequestKind.SUBMIT}
    assert isinstance(retries[RequestKind.READ].wait, tenacity.wait_fixed)
    assert slurm.config.retry_deadline == 120
    fake = FakeSlurmrestd("24.11")
    fake.fault("submit", "drop_after_send")
    with SlurmClient(slurm.config, transport=fake.transport()) as c:
        c.submit(JobSpec(script=SCRIPT))
    assert fake.count("submit") == 1  # its submit strategy retries "Exception": still never resent


def retries_page_pipeline() -> Callable[[SlurmClient, str], dict[int, Any]]:
    namespace: dict[str, Any] = {}
    exec(next(b for b in retries_page_blocks() if "def pipeline" in b), namespace)
    found: Callable[[SlurmClient, str], dict[int, Any]] = namespace["run_pipeline"]
    return found


def test_retries_page_pipeline_reruns_after_a_give_up_without_submitting_twice(
    pauses: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="pipeline")
    fake = FakeSlurmrestd("24.11")
    fake.auto_advance()
    fake.fault("jobs", None)  # the first step's look-up answers
    fake.fault("jobs", 503, times=RETRY_READ.attempts)  # the second's fails until the client gives up
    with SlurmClient(url=URL, user="alice", token=TOKEN, transport=fake.transport()) as c:
        infos = retries_page_pipeline()(c, "run-7")
        stats = c.stats
    assert [i.state for i in infos.values()] == [JobState.COMPLETED, JobState.COMPLETED]
    assert len(fake.bodies("submit")) == 2 and sorted(fake.jobs) == sorted(infos)  # prepare once, train once
    assert stats.gave_up[RequestKind.READ] == 1
    assert stats.retries[RequestKind.READ] == RETRY_READ.attempts - 1
    reruns = [r.getMessage() for r in caplog.records if r.name == "pipeline"]
    assert len(reruns) == 1 and "in 5 seconds" in reruns[0] and "UnavailableError" in reruns[0], reruns
