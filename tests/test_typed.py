"""The typed API offline, on the fake slurmrestd: generated operations sent through the facade keep its retries
(a GET is resent after a dropped answer; an update never once it may have arrived), its errors (Slurm's errors[]
kept), its auth headers and slurmrestd's own response, and a class of another version is refused before anything is sent."""

from __future__ import annotations

import asyncio
import gzip
import json
from http import HTTPStatus

import httpx
import pytest

from generated_client.v0_0_38.api.slurm import slurm_v0_0_38_get_job
from generated_client.v0_0_38.client import Client as Client38
from generated_client.v0_0_42.api.slurm import slurm_v0042_get_job, slurm_v0042_post_job
from generated_client.v0_0_42.client import Client as Client42
from generated_client.v0_0_42.models.v0042_job_desc_msg import V0042JobDescMsg
from slurm_rest import (
    APIError,
    AsyncSlurmClient,
    JobNotFoundError,
    SlurmClient,
    TransportError,
    UnavailableError,
    UnsupportedVersionError,
)

from .fake_slurmrestd import FakeSlurmrestd

pytestmark = pytest.mark.usefixtures("pauses")
URL = "http://slurm.test"


def client(fake: FakeSlurmrestd) -> SlurmClient:
    return SlurmClient(url=URL, user="alice", token="t0ken", transport=fake.transport())


def test_a_generated_read_goes_through_the_facade_and_is_retried() -> None:
    fake = FakeSlurmrestd("24.11")
    job = fake.add_job(state="RUNNING").job_id
    fake.fault("job", "drop_after_send")  # a dropped answer: a read may be sent again
    with client(fake) as slurm:
        answer = slurm_v0042_get_job.sync(str(job), client=slurm.api(Client42))
    assert answer is not None and answer.jobs[0].job_id == job
    assert fake.count("job") == 2 and set(fake.tokens("job")) == {"t0ken"}
    assert all(r.headers["X-SLURM-USER-NAME"] == "alice" for r in fake.requests("job"))


def test_a_generated_update_is_never_resent_once_it_may_have_arrived() -> None:
    fake = FakeSlurmrestd("24.11")
    job = fake.add_job(state="PENDING").job_id
    fake.fault("update", "drop_after_send")
    with client(fake) as slurm, pytest.raises(TransportError):
        slurm_v0042_post_job.sync(str(job), client=slurm.api(Client42), body=V0042JobDescMsg(comment="x"))
    assert fake.count("update") == 1


def test_generated_errors_are_the_facades_exceptions_with_errors_kept() -> None:
    fake = FakeSlurmrestd("24.11")
    with client(fake) as slurm:
        with pytest.raises(JobNotFoundError) as missing:
            slurm_v0042_get_job.sync("999", client=slurm.api(Client42))
        assert 2017 in missing.value.error_numbers
        fake.fault("job", (503, "<html>busy</html>"), times=None)
        with pytest.raises(UnavailableError):
            slurm_v0042_get_job.sync("1", client=slurm.api(Client42))


def test_a_client_class_of_another_version_is_refused_before_sending() -> None:
    fake = FakeSlurmrestd("24.11")
    with client(fake) as slurm:
        slurm.api_version()
        before = fake.count()
        with pytest.raises(UnsupportedVersionError, match=r"v0\.0\.42"):
            slurm_v0_0_38_get_job.sync("1", client=slurm.api(Client38))
        assert fake.count() == before


def test_the_async_typed_api() -> None:
    fake = FakeSlurmrestd("24.11")
    job = fake.add_job(state="COMPLETED").job_id

    async def go() -> int:
        async with AsyncSlurmClient(url=URL, user="alice", token="t", transport=fake.transport()) as slurm:
            typed = await slurm.api(Client42)
            answer = await slurm_v0042_get_job.asyncio(str(job), client=typed)
            assert answer is not None
            with pytest.raises(APIError):
                await slurm_v0042_get_job.asyncio("999", client=typed)
            return int(answer.jobs[0].job_id)

    assert asyncio.run(go()) == job


class _Gzipping(httpx.BaseTransport):
    """slurmrestd behind a proxy that compresses answers and adds a header of its own."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self.inner.handle_request(request)
        answer.read()
        return httpx.Response(
            answer.status_code,
            content=gzip.compress(answer.content),
            headers={"Content-Type": "application/json", "Content-Encoding": "gzip", "X-Served-By": "slurmrestd-7"},
        )


def test_a_detailed_generated_call_sees_the_real_response() -> None:
    """Not a made-up 200 with re-encoded JSON: slurmrestd's own status, headers and bytes (decoded once)."""
    fake = FakeSlurmrestd("24.11")
    job = fake.add_job(state="RUNNING").job_id
    with SlurmClient(url=URL, user="alice", token="t", transport=_Gzipping(fake.transport())) as slurm:
        detailed = slurm_v0042_get_job.sync_detailed(str(job), client=slurm.api(Client42))
    assert detailed.status_code == HTTPStatus.OK and detailed.headers["x-served-by"] == "slurmrestd-7"
    assert "content-encoding" not in detailed.headers  # the bytes handed on are already decoded
    assert json.loads(detailed.content)["jobs"][0]["job_id"] == job
    assert detailed.parsed is not None and detailed.parsed.jobs[0].job_id == job
