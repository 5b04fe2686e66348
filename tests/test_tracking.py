"""Job tracking that never lies, offline: the watcher's plan driven by hand (chunked state requests, first
sight from state words alone, full records only when needed) and every recorded shape of a failure read for
what it is (a rejected token in each release's form, a missing endpoint, 22.05's ambiguous error -1 settled
by a probe). The same behaviour is checked live in tests/live/test_tracking.py."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from slurm_rest import (
    APIError,
    AsyncSlurmClient,
    AuthError,
    JobNotFoundError,
    JobState,
    SlurmClient,
    TransportError,
    UnavailableError,
    UnservedEndpointError,
    _constants,
)
from slurm_rest._adapters import adapter_for
from slurm_rest._answers import Result
from slurm_rest._call import Call, Kind
from slurm_rest._classify import ambiguous, classify, probe_for
from slurm_rest._constants import FIRST_READS, LIST_ABOVE, REFRESH_BATCH, STATE_CHUNK, URLS_KEPT
from slurm_rest._exceptions import SlurmRestError
from slurm_rest._http import Urls
from slurm_rest._plans import Plan
from slurm_rest._records import RecordReader
from slurm_rest._requests import raw_call
from slurm_rest._watching import WatchState

from .fake_slurmrestd import FakeSlurmrestd

FIXTURES = Path(__file__).parent / "fixtures"
V42 = "/slurm/v0.0.42"


def fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text())
    return data


def states_body(states: dict[int, list[str]]) -> dict[str, Any]:
    return {"jobs": [{"job_id": str(j), "state": words} for j, words in states.items()], "errors": []}


def job_body(job_id: int, state: str) -> dict[str, Any]:
    body = fixture("v0042_job_failed.json")
    record = body["jobs"][0]
    record.update(job_id=job_id, job_state=[state])
    return body


def ids_of(call: Call) -> list[int]:
    return [int(v) for k, v in call.params if k == "job_id"]


def run_plan(plan: Plan[list[int]], answer: Any) -> tuple[list[int], list[list[Call]]]:
    """Drive a plan by hand, as the clients do: ``answer(call)`` gives each request's outcome, a body parsed
    when the call says how (``Call.parse``). Returns the result and every step."""

    def outcome(call: Call) -> Result:
        got = answer(call)
        return got if call.parse is None or isinstance(got, SlurmRestError) else call.parse(got)

    steps: list[list[Call]] = []
    try:
        calls = next(plan)
        while True:
            steps.append(list(calls))
            calls = plan.send([outcome(c) for c in calls])
    except StopIteration as done:
        return done.value, steps


# ---------------------------------------------------------------------------------- chunked state requests
def test_state_requests_are_chunked_below_every_limit() -> None:
    state = WatchState(adapter_for("v0.0.42"))
    ids = [4_294_967_000 - i for i in range(2 * STATE_CHUNK + 500)]  # the longest ids Slurm makes
    state.track(ids)
    calls = state.poll_calls()
    assert len(calls) == 3 and sorted(j for c in calls for j in ids_of(c)) == sorted(ids)
    for call in calls:
        query = str(httpx.QueryParams(list(call.params)))
        # httpx refuses a query over 65,536 characters; slurmrestd a request head over 80 KiB.
        assert len(ids_of(call)) <= STATE_CHUNK and len(query) <= 36_000


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_a_proxy_that_refuses_long_urls_halves_the_state_requests_from_then_on(sync: bool) -> None:
    """nginx before slurmrestd answers a request line over 8 KiB (its default) with 414 before slurmrestd sees
    it: 2,000 ids do not fit, ~500 do. The cycle asks again in halves and keeps that size; every job is
    answered, and the next cycle sends no refused request."""
    fake = FakeSlurmrestd("24.11")
    fake.max_request_line = 8192
    ids = [fake.add_job(state="RUNNING").job_id for _ in range(1500)]
    seen: dict[str, Any] = {}

    def check(watcher: Any) -> None:
        running = all(watcher.state.infos[j].state is JobState.RUNNING for j in ids)
        seen.update(chunk=watcher.state.chunk, refused=len(fake.too_long), states=fake.count("states"), all=running)

    if sync:
        with SlurmClient(url="http://fake", user="alice", token="t", transport=fake.transport()) as c:
            w = c.watcher()
            w.track(ids)
            w.poll()
            check(w)
            w.poll()
    else:

        async def go() -> None:
            async with AsyncSlurmClient(url="http://fake", user="alice", token="t", transport=fake.transport()) as c:
                w = await c.watcher()
                w.track(ids)
                await w.poll()
                check(w)
                await w.poll()

        asyncio.run(go())
    assert seen["refused"] == 2  # 1,500 ids in one request, then 1,000 (and 500 beside it); then 500 each
    assert seen["chunk"] == 500 and seen["all"]
    assert len(fake.too_long) == seen["refused"]  # the second cycle: three requests of 500, none refused
    assert fake.count("states") - seen["states"] == 3


def test_a_watchers_repeated_state_requests_reuse_their_urls() -> None:
    """Each cycle asks about the same jobs: their URLs are built once, as httpx builds any request's
    (base_url's path kept, query encoded), and a changing tracked set never grows the store past its cap."""
    state = WatchState(adapter_for("v0.0.42"))
    state.track(range(1, 2 * STATE_CHUNK + 1))
    with httpx.Client(base_url="http://slurm.example/proxy/") as http:
        urls = Urls(http)
        first, again = [urls(c) for c in state.poll_calls()], [urls(c) for c in state.poll_calls()]
        assert all(a is b for a, b in zip(first, again, strict=True))
        assert str(first[0]).startswith("http://slurm.example/proxy/slurm/v0.0.42/jobs/state/?job_id=1&job_id=2&")
        odd = raw_call("GET", "/slurm/v0.0.42/jobs/", {"name": "a b&c=/é"}, None)
        assert urls(odd) == http.build_request("GET", "/slurm/v0.0.42/jobs/", params={"name": "a b&c=/é"}).url
        for n in range(URLS_KEPT + 5):
            urls(state.adapter.job_states([n]))
        assert len(urls._kept) <= URLS_KEPT


@pytest.mark.parametrize("n", [1, STATE_CHUNK, 20_000])
def test_first_sight_of_running_and_pending_jobs_costs_only_state_requests(n: int) -> None:
    state = WatchState(adapter_for("v0.0.42"))
    state.track(range(1, n + 1))

    def answer(call: Call) -> Result:
        if call.path == f"{V42}/jobs/state/":
            return states_body({j: ["RUNNING"] if j % 2 else ["PENDING"] for j in ids_of(call)})
        job_id = int(call.path.rsplit("/", 1)[1])
        assert job_id % 2 == 0, "a running job is known from its words"
        return job_body(job_id, "PENDING")

    changed, steps = run_plan(state.cycle(), answer)
    assert len(steps[0]) == -(-n // STATE_CHUNK)
    # Pending jobs are read for their reason, at most FIRST_READS per cycle: the others in later cycles.
    reads = steps[1] if len(steps) > 1 else []
    assert len(reads) == min(FIRST_READS, n // 2)
    assert sorted(changed) == list(range(1, n + 1))
    info = state.infos[1]
    assert info.state is JobState.RUNNING and info.partial and not info.finished
    cycles = 1
    while any(state.infos[j].partial for j in range(2, n + 1, 2)):
        changed, steps = run_plan(state.cycle(), answer)
        assert len(steps[0]) == -(-n // STATE_CHUNK) and len(steps[1]) <= FIRST_READS
        cycles += 1
        if cycles > 3:
            break  # the rest follows the same way; enough for a 20,000-job test
    if n <= 2 * FIRST_READS * 3:
        changed, steps = run_plan(state.cycle(), answer)
        assert changed == [] and len(steps) == 1  # steady: the same words, nothing read


def test_reads_of_unchanged_jobs_never_list_the_changed_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    """First-sight reasons and the pending refresh read jobs whose state did not change: a listing of the jobs
    changed since the last cycle never holds them (and on a busy controller it can hold tens of thousands of
    others, seen in the bench: 19 s and 800 MB), so they are read one by one, however many."""
    monkeypatch.setattr(_constants, "PENDING_REFRESH", 0.0)  # the refresh is due in every cycle
    state = WatchState(adapter_for("v0.0.42"))
    state.track(range(1, 201))
    held = {j: ["PENDING"] for j in range(1, 201)}

    def answer(call: Call) -> Result:
        assert call.path != f"{V42}/jobs/", "listed the changed jobs"
        if call.path == f"{V42}/jobs/state/":
            return states_body({j: held[j] for j in ids_of(call)})
        return job_body(int(call.path.rsplit("/", 1)[1]), "PENDING")

    reads = []
    for _ in range(4):
        _changed, steps = run_plan(state.cycle(), answer)
        assert len(steps) == 2, [len(s) for s in steps]
        reads.append(len(steps[1]))
    assert max(reads) > LIST_ABOVE and max(reads) <= FIRST_READS + REFRESH_BATCH, reads


def test_finished_jobs_and_jobs_back_to_pending_are_read_in_full() -> None:
    state = WatchState(adapter_for("v0.0.42"))
    state.track([1, 2, 3])
    words = {1: ["RUNNING"], 2: ["RUNNING"], 3: ["PENDING"]}
    run_plan(state.cycle(), lambda c: states_body(words) if c.path.endswith("/jobs/state/") else job_body(3, "PENDING"))
    words = {1: ["FAILED"], 2: ["PENDING"], 3: ["RUNNING"]}  # 1 ended, 2 was requeued, 3 started
    full = {1: "FAILED", 2: "PENDING"}

    def answer(call: Call) -> Result:
        if call.path.endswith("/jobs/state/"):
            return states_body(words)
        job_id = int(call.path.rsplit("/", 1)[1])
        return job_body(job_id, full[job_id])

    changed, steps = run_plan(state.cycle(), answer)
    assert [c.path for c in steps[1]] == [f"{V42}/job/1", f"{V42}/job/2"]  # 3's words are enough
    assert sorted(changed) == [1, 2, 3]
    assert state.infos[1].finished and not state.infos[1].partial and state.infos[1].return_code == 3
    assert state.infos[3].state is JobState.RUNNING and state.infos[3].partial


def test_many_jobs_ending_together_are_read_from_one_listing_of_changes() -> None:
    """A map's tasks ending between two cycles: one listing of the jobs changed since the last cycle
    (update_time), not two RPCs per job; a job the listing lacks is read on its own."""
    n = LIST_ABOVE + 10
    state = WatchState(adapter_for("v0.0.42"))
    state.track(range(1, n + 1))
    run_plan(state.cycle(), lambda c: states_body({j: ["RUNNING"] for j in ids_of(c)}))
    listing = fixture("v0042_job_failed.json")
    template = listing["jobs"][0]
    listing["jobs"] = [{**template, "job_id": j} for j in range(2, n + 1)]  # job 1 is not listed: read alone

    def answer(call: Call) -> Result:
        if call.path.endswith("/jobs/state/"):
            return states_body({j: ["FAILED"] for j in ids_of(call)})
        if call.path == f"{V42}/jobs/":
            assert [k for k, _v in call.params] == ["update_time"]
            return listing
        return job_body(1, "FAILED")

    changed, steps = run_plan(state.cycle(), answer)
    assert [[c.path for c in step] for step in steps[1:]] == [[f"{V42}/jobs/"], [f"{V42}/job/1"]]
    assert len(changed) == n and not state.unfinished()


def _as_read(call: Call, body: dict[str, Any]) -> dict[str, Any]:
    """``body`` as the client hands it on for ``call``: its listing passed through ``call.records``."""
    assert call.records is not None
    if call.records.fresh is not None:
        call.records.fresh()
    kept = [k for record in body[call.records.key] if (k := call.records.each(record)) is not None]
    return {**body, call.records.key: kept}


def _ending_together(n: int, first: int) -> tuple[WatchState, Callable[[Call], Result], list[int]]:
    """A watcher that saw jobs ``first``..``first+n-1`` running, and a controller where they failed beside
    10,000 other jobs; the job ids each listing kept."""
    state = WatchState(adapter_for("v0.0.42"))
    state.track(range(first, first + n))
    run_plan(state.cycle(), lambda c: states_body({j: ["RUNNING"] for j in ids_of(c)}))
    template = fixture("v0042_job_failed.json")["jobs"][0]
    kept: list[int] = []

    def answer(call: Call) -> Result:
        if call.path.endswith("/jobs/state/"):
            return states_body({j: ["FAILED"] for j in ids_of(call)})
        if call.path == f"{V42}/jobs/":
            body = _as_read(call, {"jobs": [{**template, "job_id": j} for j in range(1, 10_001 + first + n)]})
            kept.extend(r["job_id"] for r in body["jobs"])
            return body
        return job_body(int(call.path.rsplit("/", 1)[1]), "FAILED")

    return state, answer, kept


def test_a_watcher_lists_no_more_once_the_controller_holds_too_many_jobs_per_record() -> None:
    """slurmctld answers a listing "since" with every job it holds: once one held more than LIST_SHARE jobs
    per record due, later cycles read their records one by one; a listing keeps the watched jobs alone."""
    n = LIST_ABOVE + 10
    state, answer, kept = _ending_together(n, 20_001)
    changed, steps = run_plan(state.cycle(), answer)
    assert [[c.path for c in step] for step in steps[1:]] == [[f"{V42}/jobs/"]] and len(changed) == n
    assert sorted(kept) == list(range(20_001, 20_001 + n))  # 10,000+ listed, the watched ones kept
    later = list(range(30_001, 30_001 + n))
    state.track(later)
    run_plan(state.cycle(), lambda c: states_body({j: ["RUNNING"] for j in ids_of(c)}))
    state._since = 1  # an answered cycle before: a listing "since" would be possible
    changed, steps = run_plan(state.cycle(), answer)
    assert all(c.path.startswith(f"{V42}/job/") for c in steps[1]) and len(steps[1]) == n, steps[1][:2]
    assert sorted(changed) == later


def test_a_failed_listing_falls_back_to_reading_records_one_by_one() -> None:
    """A listing that fails (too slow for the read timeout on a big controller) costs the cycle nothing: its
    records are read one by one, and this watcher never lists again."""
    n = LIST_ABOVE + 10
    state, answer, _kept = _ending_together(n, 1)

    def failing(call: Call) -> Result:
        if call.path == f"{V42}/jobs/":
            return TransportError("GET /jobs/: ReadTimeout", sent=True, pending=True)
        return answer(call)

    changed, steps = run_plan(state.cycle(), failing)
    assert [c.path for c in steps[1]] == [f"{V42}/jobs/"]
    assert all(c.path.startswith(f"{V42}/job/") for c in steps[2]) and len(steps[2]) == n
    assert len(changed) == n and not state.unfinished()
    assert state._listed == float("inf")


def test_a_retried_listing_counts_its_jobs_once() -> None:
    """A listing read in part, then again from its start (a retry reads a new answer), counts the answer's
    jobs once: the count that decides whether to list again starts over with each answer (``Records.fresh``)."""
    state = WatchState(adapter_for("v0.0.42"))
    call = state._listing(1, {5})
    template = fixture("v0042_job_failed.json")["jobs"][0]
    body = json.dumps({"jobs": [{**template, "job_id": j} for j in range(1, 101)]}).encode()
    partial = RecordReader(call, httpx.Response(200), 1 << 20)
    partial.feed(body[: len(body) // 2])
    assert 0 < state._listed < 100
    whole = RecordReader(call, httpx.Response(200), 1 << 20)
    whole.feed(body)
    whole.content()
    assert state._listed == 100 and [r["job_id"] for r in whole.kept] == [5]


def test_first_sight_of_many_finished_jobs_never_lists_every_job() -> None:
    """Without an earlier cycle there is no "changed since": the records are read one by one (a listing of
    every job the controller holds took a connector to 900 MB with 20,000 jobs)."""
    n = LIST_ABOVE + 10
    state = WatchState(adapter_for("v0.0.42"))
    state.track(range(1, n + 1))

    def answer(call: Call) -> Result:
        if call.path.endswith("/jobs/state/"):
            return states_body({j: ["COMPLETED"] for j in ids_of(call)})
        return job_body(int(call.path.rsplit("/", 1)[1]), "COMPLETED")

    _changed, steps = run_plan(state.cycle(), answer)
    assert len(steps) == 2 and all(c.path.startswith(f"{V42}/job/") for c in steps[1]) and len(steps[1]) == n


def test_a_job_tracked_while_a_cycle_runs_is_not_taken_for_purged() -> None:
    """The cycle's answer is about the jobs it asked about; one tracked meanwhile waits for the next cycle
    (it was once read as absent from the answer, so purged, and read in full)."""
    state = WatchState(adapter_for("v0.0.42"))
    state.track([1])
    plan = state.cycle()
    (call,) = next(plan)
    state.track(range(2, 100))
    try:
        assert call.parse is not None
        plan.send([call.parse(states_body({1: ["RUNNING"]}))])
    except StopIteration as done:
        assert done.value == [1]
    else:
        raise AssertionError("the cycle read full records for jobs it did not ask about")
    assert ids_of(call) == [1] and state.infos[1].partial and 2 not in state.infos


def test_a_job_absent_from_the_state_answer_is_read_from_accounting() -> None:
    state = WatchState(adapter_for("v0.0.42"))
    state.track([5])
    not_found = JobNotFoundError("gone", status_code=404)

    def answer(call: Call) -> Result:
        if call.path.endswith("/jobs/state/"):
            return states_body({})
        if call.kind is Kind.ACCOUNTING:
            kept = fixture("v0042_db_job_completed.json")
            kept["jobs"][0]["job_id"] = 5
            return kept
        return not_found

    _changed, steps = run_plan(state.cycle(), answer)
    assert [c.kind for c in steps[2]] == [Kind.ACCOUNTING]
    assert state.infos[5].from_accounting and state.infos[5].state is JobState.COMPLETED


# ------------------------------------------------------------------------------- failures for what they are
def legacy_errors(status: int, number: int, description: str) -> tuple[int, bytes]:
    body = fixture("v0038_job_not_found.json")
    body["errors"] = [{"description": description, "error_number": number, "error": "Unspecified error", "source": "x"}]
    return status, json.dumps(body).encode()


def modern_errors(status: int, number: int, description: str, source: str = "x") -> tuple[int, bytes]:
    return status, json.dumps(
        {"errors": [{"description": description, "error_number": number, "error": "e", "source": source}]}
    ).encode()


JOB = Call("GET", f"{V42}/job/7")
SHAPES: dict[str, tuple[tuple[int, bytes], type[SlurmRestError]]] = {
    # a controller outage says these too: a probe decides (test_an_ambiguous_failure_is_settled_by_a_probe)
    "22.05 ping: -1 unable to load": (legacy_errors(500, -1, "slurmctld config is unable to load"), APIError),
    "24.05 jobs: -1 Unable to query jobs": (modern_errors(500, -1, "Unable to query jobs"), APIError),
    "24.11 slurmdb: 7000, authentication error": (
        (502, json.dumps(fixture("v0042_db_qos_bad_token.json")).encode()),
        AuthError,
    ),
    "26.05 slurmdb: 7000, a wrong token or slurmdbd down": (
        (502, json.dumps(fixture("v0045_db_qos_bad_token.json")).encode()),
        UnavailableError,
    ),
    "22.05 slurmdb: 1007": ((500, json.dumps(fixture("v0038_db_qos_bad_token.json")).encode()), AuthError),
    "24.11/26.05 diag: 1007 with 511": ((511, json.dumps(fixture("v0045_diag_bad_token.json")).encode()), AuthError),
    "23.11: 7000 from the request context": (
        modern_errors(500, 7000, "Unable to connect to database", "wrap_openapi_ctxt_callback"),
        AuthError,
    ),
    "25.11: text/plain": ((500, b"Authentication does not apply to request"), AuthError),
    "401": ((401, b""), AuthError),
    "1007 with 511": (modern_errors(511, 1007, "Protocol authentication error"), AuthError),
    "404 text/plain: no such endpoint": ((404, b"Unable to find requested URL endpoint"), UnservedEndpointError),
    "404 json 2017: a missing job": (modern_errors(404, 2017, "Invalid job id specified"), JobNotFoundError),
    "22.05 500 2017: a missing job": (legacy_errors(500, 2017, "Unable to find JobId=7"), JobNotFoundError),
    "7000 from slurmdbd: accounting down": (
        modern_errors(500, 7000, "Failed to open slurmdbd connection", "openapi_get_db_conn"),
        APIError,
    ),
    "503": ((503, b"<html>busy</html>"), UnavailableError),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_each_recorded_failure_shape_is_read_for_what_it_is(shape: str) -> None:
    (status, content), kind = SHAPES[shape]
    with pytest.raises(SlurmRestError) as info:
        classify(JOB, status, content)
    assert type(info.value) is kind
    if shape.startswith("404 text/plain"):
        assert "does not serve the endpoint" in str(info.value) and f"GET {V42}/job/7" in str(info.value)


AMBIGUOUS = {
    "22.05 job": legacy_errors(500, -1, "Unable to find JobId=7"),
    "22.05 jobs": legacy_errors(500, -1, "Failed while looking for jobs"),
    "22.05 ping": (500, json.dumps(fixture("v0038_ping_bad_token.json")).encode()),
    "24.05 jobs": modern_errors(500, -1, "Unable to query jobs"),
    "26.05 slurmdb": (502, json.dumps(fixture("v0045_db_qos_bad_token.json")).encode()),
    "22.05 slurmdb down": (500, json.dumps(fixture("v0038_db_unreachable.json")).encode()),
}


@pytest.mark.parametrize("shape", AMBIGUOUS)
@pytest.mark.parametrize(
    ("version", "probe_path"),
    [("v0.0.38", "/slurmdb/v0.0.38/qos"), ("v0.0.41", "/slurm/v0.0.41/diag/"), ("v0.0.45", "/slurm/v0.0.45/diag/")],
)
def test_an_ambiguous_failure_is_settled_by_a_probe(shape: str, version: str, probe_path: str) -> None:
    """A rejected token or a failure behind slurmrestd: never an AuthError by itself; the probe asks a question
    whose refusal of a token is unmistakable (recorded: 22.05's slurmdb 1007, newer /diag 511 + 1007)."""
    with pytest.raises(APIError) as info:
        classify(JOB, *AMBIGUOUS[shape])
    assert not isinstance(info.value, AuthError)
    probe = probe_for(info.value, adapter_for(version))
    assert probe is not None and (probe.method, probe.path) == ("GET", probe_path)
    assert probe_for(info.value, None) is None  # before negotiation: nothing to ask


@pytest.mark.parametrize(
    "shape",
    [s for s, (_, kind) in SHAPES.items() if kind in (AuthError, JobNotFoundError) or s.startswith(("404", "503"))]
    + ["9000 beside -1", "-1 with 400"],
)
def test_an_answer_that_says_what_it_is_is_not_probed(shape: str) -> None:
    answer = {
        "9000 beside -1": (
            500,
            json.dumps(
                {"errors": [{"error_number": -1, "description": "x"}, {"error_number": 9000, "description": "y"}]}
            ).encode(),
        ),
        "-1 with 400": legacy_errors(400, -1, "bad request"),
    }.get(shape) or SHAPES[shape][0]
    with pytest.raises(SlurmRestError) as info:
        classify(JOB, *answer)
    assert isinstance(info.value, APIError) and not ambiguous(info.value)
    assert (
        probe_for(info.value, adapter_for("v0.0.38")) is None and probe_for(info.value, adapter_for("v0.0.45")) is None
    )


class Rejecting:
    """A 22.05 slurmrestd that rejects the first token (as for an expired one) until it is renewed: GET
    /job/N then says "Unable to find JobId=N" with error -1 (as for a controller outage), and the client's probe,
    /slurmdb/v0.0.38/qos, error 1007."""

    def __init__(self, *, renewable_fix: bool) -> None:
        self.renewable_fix = renewable_fix
        self.requests: list[str] = []
        self.rejecting = True

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.requests.append(path)
        if path == "/openapi/v3":
            return httpx.Response(200, json={"paths": {"/slurm/v0.0.38/ping": {}}})
        if path == "/slurmdb/v0.0.38/qos":  # the client's probe
            if self.rejecting:
                self.rejecting = not self.renewable_fix  # the client re-mints after this answer
                return httpx.Response(500, json=fixture("v0038_db_qos_bad_token.json"))
            return httpx.Response(200, json=fixture("v0038_db_qos.json"))
        if self.rejecting:
            status, content = legacy_errors(500, -1, "Unable to find JobId=5")
            return httpx.Response(status, content=content)
        body = fixture("v0038_job_not_found.json")
        body["errors"] = []
        body["jobs"] = [{"job_id": 5, "job_state": "RUNNING", "exit_code": 0}]
        return httpx.Response(200, json=body)


def _client(server: Rejecting, **token: Any) -> SlurmClient:
    return SlurmClient(url="http://slurm.test", user="alice", transport=httpx.MockTransport(server.handle), **token)


def test_2205_wrong_token_on_a_job_is_an_auth_error_not_a_missing_job() -> None:
    server = Rejecting(renewable_fix=False)
    with _client(server, token="not-a-valid-token") as client, pytest.raises(AuthError) as info:
        client.get_job(5)
    assert not isinstance(info.value, JobNotFoundError) and "token was rejected" in str(info.value)
    assert server.requests == ["/openapi/v3", "/slurm/v0.0.38/job/5", "/slurmdb/v0.0.38/qos"]  # static: no resend


def test_2205_expired_token_is_reminted_once_and_the_read_succeeds(tmp_path: Path) -> None:
    key = tmp_path / "jwt.key"
    key.write_bytes(b"k" * 32)
    server = Rejecting(renewable_fix=True)
    with _client(server, jwt_key=key) as client:
        assert client.get_job(5).state is JobState.RUNNING
    assert server.requests == ["/openapi/v3", "/slurm/v0.0.38/job/5", "/slurmdb/v0.0.38/qos", "/slurm/v0.0.38/job/5"]


def test_request_escape_hatch_checks_its_input_before_sending() -> None:
    sent: list[str] = []
    transport = httpx.MockTransport(lambda r: sent.append(r.url.path) or httpx.Response(200, json={"ok": 1}))
    with SlurmClient(url="http://slurm.test", user="alice", token="t", transport=transport) as client:
        for method, path in [("TRACE", "/x"), ("GET", "relative"), ("GET", "/a/../b"), ("GET", "//evil.example/")]:
            with pytest.raises(ValueError, match=r"method|path"):
                client.request(method, path)
        assert sent == []
        assert client.request("GET", "/slurm/v0.0.45/reservations/", params={"a": [1, 2]}) == {"ok": 1}
    assert sent == ["/slurm/v0.0.45/reservations/"]


@pytest.mark.parametrize(("method", "kind"), [("GET", Kind.READ), ("POST", Kind.UPDATE), ("DELETE", Kind.UPDATE)])
def test_only_a_raw_get_may_be_resent(method: str, kind: Kind) -> None:
    call = raw_call(method, "/slurm/v0.0.45/x", {"a": [1, 2], "b": "c"}, None)
    assert call.kind is kind and list(call.params) == [("a", "1"), ("a", "2"), ("b", "c")]
