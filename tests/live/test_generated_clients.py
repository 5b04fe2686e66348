"""The generated clients, used directly (no facade), against every testbed and every served version."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

import pytest

from slurm_rest_testbed import RELEASES

from ..conftest import Testbed, poll, require_testbed

GENERATED = importlib.import_module("generated_client").VERSIONS
TERMINAL = {
    "COMPLETED",
    "FAILED",
    "CANCELLED",
    "TIMEOUT",
    "NODE_FAIL",
    "OUT_OF_MEMORY",
    "BOOT_FAIL",
    "DEADLINE",
    "PREEMPTED",
}
# What each release serves (checked against the live daemon in the fixture).
SERVED = {
    "22.05": ("v0.0.37", "v0.0.38"),
    "24.11": ("v0.0.40", "v0.0.41", "v0.0.42"),
    "26.05": ("v0.0.42", "v0.0.43", "v0.0.44", "v0.0.45"),
}
CASES = [(rel, v) for rel in RELEASES for v in GENERATED if v in SERVED[rel.name]]

pytestmark = pytest.mark.live


@dataclass
class Gen:
    """One generated package bound to one testbed, with the few family differences in one place."""

    tb: Testbed
    version: str

    def __post_init__(self) -> None:
        pkg = f"generated_client.{self.version.replace('.', '_')}"
        self.models = importlib.import_module(f"{pkg}.models")
        self.legacy = self.version == "v0.0.38"
        self.prefix = "V" + self.version[1:].replace(".", "")
        self.op_prefix = "slurm_v0_0_38_" if self.legacy else f"slurm_{self.version.replace('.', '')}_"
        self.pkg = pkg
        auth = importlib.import_module(f"{pkg}.client").AuthenticatedClient
        # Header auth works on every release (22.05 requires it).
        self.client = auth(
            base_url=self.tb.url,
            token=self.tb.token(),
            prefix="",
            auth_header_name="X-SLURM-USER-TOKEN",
            headers={"X-SLURM-USER-NAME": self.tb.user},
            raise_on_unexpected_status=True,
        )

    def op(self, legacy: str, modern: str) -> Any:
        name = self.op_prefix + (legacy if self.legacy else modern)
        return importlib.import_module(f"{self.pkg}.api.slurm.{name}")

    def model(self, suffix: str) -> Any:
        return getattr(self.models, self.prefix + suffix)

    def submit(self, script: str, name: str) -> int:
        job = {"name": name, "current_working_directory": "/tmp"}
        if self.legacy:
            body = self.model("JobSubmission").from_dict(
                {"script": script, "job": {**job, "environment": {"PATH": "/usr/bin:/bin"}}}
            )
        else:
            body = self.model("JobSubmitReq").from_dict(
                {"job": {**job, "script": script, "environment": ["PATH=/usr/bin:/bin"]}}
            )
        resp = self.op("submit_job", "post_job_submit").sync_detailed(client=self.client, body=body)
        assert resp.status_code == 200, resp.content
        parsed = resp.parsed
        assert not parsed.errors, parsed.errors
        assert isinstance(parsed.job_id, int) and parsed.job_id > 0
        return int(parsed.job_id)

    def state(self, job_id: int) -> tuple[str, int | None]:
        """(base state, return code) as this version reports them."""
        resp = self.op("get_job", "get_job").sync_detailed(str(job_id), client=self.client)
        assert resp.status_code == 200, resp.content
        (job,) = resp.parsed.jobs
        if self.legacy:
            return str(job.job_state), int(job.exit_code) >> 8  # raw wait status
        rc = job.exit_code.return_code
        return str(job.job_state[0]), (rc.number if rc.set_ else None)

    def cancel(self, job_id: int) -> None:
        resp = self.op("cancel_job", "delete_job").sync_detailed(str(job_id), client=self.client)
        assert resp.status_code == 200, resp.content

    def wait(self, job_id: int, timeout: float = 90) -> tuple[str, int | None]:
        return poll(lambda: self.state(job_id), until=lambda s: s[0] in TERMINAL, timeout=timeout)  # type: ignore[no-any-return]


def _gen(param: tuple[object, str]) -> Gen:
    rel, version = param
    tb = require_testbed(rel)  # type: ignore[arg-type]
    assert tb.api_versions == list(SERVED[rel.name]), f"{rel.name} serves {tb.api_versions}"
    return Gen(tb, version)


@pytest.fixture(params=CASES, ids=[f"slurm-{r.name}-{v}" for r, v in CASES])
def gen(request: pytest.FixtureRequest) -> Gen:
    return _gen(request.param)


MODERN = [c for c in CASES if c[1] != "v0.0.38"]


@pytest.fixture(params=MODERN, ids=[f"slurm-{r.name}-{v}" for r, v in MODERN])
def modern_gen(request: pytest.FixtureRequest) -> Gen:
    """v0.0.40+ only: v0.0.38 has no /jobs/state (the facade uses /jobs?update_time= there)."""
    return _gen(request.param)


def test_ping(gen: Gen) -> None:
    resp = gen.op("ping", "get_ping").sync_detailed(client=gen.client)
    assert resp.status_code == 200
    pings = resp.parsed.pings
    assert pings and pings[0].hostname
    assert not resp.parsed.errors


def test_submit_runs_to_completed(gen: Gen, unique_name: str) -> None:
    job_id = gen.submit("#!/bin/sh\necho hello\n", unique_name)
    assert gen.wait(job_id) == ("COMPLETED", 0)


def test_exit_code_3_is_failed_with_return_code_3(gen: Gen, unique_name: str) -> None:
    job_id = gen.submit("#!/bin/sh\nexit 3\n", unique_name)
    assert gen.wait(job_id) == ("FAILED", 3)


def test_cancel_long_sleeping_job_is_cancelled(gen: Gen, unique_name: str) -> None:
    job_id = gen.submit("#!/bin/sh\nsleep 600\n", unique_name)
    poll(lambda: gen.state(job_id)[0], until=lambda s: s in ("PENDING", "RUNNING"))
    gen.cancel(job_id)
    state, _ = gen.wait(job_id, timeout=60)
    assert state == "CANCELLED"


def test_job_runs_as_the_token_user(gen: Gen, unique_name: str) -> None:
    job_id = gen.submit("#!/bin/sh\ntrue\n", unique_name)
    resp = gen.op("get_job", "get_job").sync_detailed(str(job_id), client=gen.client)
    (job,) = resp.parsed.jobs
    assert job.user_name == gen.tb.user
    assert job.name == unique_name
    gen.wait(job_id)


def test_jobs_state_batches_many_ids_in_one_request(modern_gen: Gen, unique_name: str) -> None:
    gen = modern_gen
    ids = [gen.submit("#!/bin/sh\ntrue\n", f"{unique_name}-{i}") for i in range(3)]
    op = gen.op("", "get_jobs_state")
    resp = op.sync_detailed(client=gen.client, job_id=[str(i) for i in ids])
    assert resp.status_code == 200, resp.content
    got = {int(j.job_id): j.state for j in resp.parsed.jobs}
    assert sorted(got) == sorted(ids)
    assert all(s and isinstance(s[0], str) for s in got.values())
    for i in ids:
        gen.wait(i)
