"""Hostile and invalid input against the real daemons (the offline matrix is ``tests/test_bad_input.py``).

Legal hostile strings reach Slurm verbatim (read back through get_job and the job's own output) and run
nothing; illegal ones fail with ValidationError before sending and leave no job behind. No test leaves a
pending or running job: everything it submits is cancelled in ``finally``, and each test ends by listing
the jobs of its unique name.
"""

from __future__ import annotations

import contextlib
import os
import posixpath

import pytest

from slurm_rest import JobSpec, JobState, SlurmClient, ValidationError

from ..conftest import Testbed
from .facade_support import job_file, make_client

pytestmark = pytest.mark.live

HOSTILE = "; rm -rf $HOME/none $(touch {m}) `touch {m}` \"' | & > {m}.2 * ? [a] {{b}} # \\ ünï 名前 🚀"
_LIVE = frozenset({JobState.PENDING, JobState.RUNNING, JobState.SUSPENDED, JobState.UNKNOWN})


def assert_no_live_job(c: SlurmClient, name: str) -> None:
    left = [j for j in c.jobs(name=name) if j.state in _LIVE or not j.finished]
    assert not left, f"jobs of {name!r} left pending/running: {[(j.job_id, j.state) for j in left]}"


def test_hostile_strings_reach_slurm_verbatim_and_run_nothing(testbed: Testbed, unique_name: str) -> None:
    marker = f"/tmp/{unique_name}.pwned"
    hostile = HOSTILE.format(m=marker)
    name = unique_name + hostile[:60]  # Slurm keeps names whole; the rest goes in comment/env/script
    workdir = "/tmp"
    out = posixpath.join(workdir, f"{unique_name}.out")
    script = "#!/bin/sh\n# " + hostile + "\nprintf '%s|%s' \"$HOSTILE\" \"$LONG\" >&2\nprintf 'done\\n'\n"
    env = {"PATH": "/usr/bin:/bin", "HOSTILE": hostile, "LONG": "L" * 20_000}
    job_ids: list[int] = []
    with make_client(testbed) as c:
        try:
            job_id = c.submit(
                script=script,
                name=name,
                comment=hostile,
                environment=env,
                working_dir=workdir,
                stdout=out,
                stderr=out + ".err",
                time_limit=2,
            )
            job_ids.append(job_id)
            info = c.wait(job_id, timeout=60)
            assert info.state is JobState.COMPLETED, info
            assert info.name == name and info.comment == hostile
            assert job_file(testbed, out) == "done\n"
            assert job_file(testbed, out + ".err") == f"{hostile}|{'L' * 20_000}"
            rootfs = str(testbed.facts["rootfs"])
            assert not os.path.exists(rootfs + marker) and not os.path.exists(rootfs + marker + ".2")
        finally:
            for j in job_ids:
                with contextlib.suppress(Exception):
                    c.cancel(j)
        assert_no_live_job(c, name)


@pytest.mark.parametrize(
    "bad",
    [
        {"name": "nul\x00name"},
        {"comment": "two\nlines"},
        {"script": "echo no shebang\n"},
        {"environment": {"A=B": "x"}},
        {"environment": {"A": "nul\x00"}},
        {"time_limit": 0},
        {"mem": "-1G"},
        {"array": "5-2"},
        {"signal": "USR1; id"},
        {"dependency": "afterok:1;id"},
        {"working_dir": "relative"},
    ],
)
def test_illegal_input_creates_no_job(testbed: Testbed, unique_name: str, bad: dict[str, object]) -> None:
    fields: dict[str, object] = {"script": "#!/bin/sh\ntrue\n", "name": unique_name, "hold": True, **bad}
    with make_client(testbed) as c:
        try:
            with pytest.raises(ValidationError):
                c.submit(**fields)
        finally:
            for j in c.jobs(name=unique_name):
                with contextlib.suppress(Exception):
                    c.cancel(j.job_id)
        assert c.jobs(name=unique_name) == [], "a refused submit created a job"


def test_bad_job_ids_and_signals_send_nothing_harmful(testbed: Testbed, unique_name: str) -> None:
    with make_client(testbed) as c:
        job_id = c.submit(JobSpec(script="#!/bin/sh\nsleep 30\n", name=unique_name, hold=True))
        try:
            for bad in ("1/../../openapi/v3", f"{job_id};id", "", "0"):
                with pytest.raises(ValidationError):
                    c.cancel(bad)
            with pytest.raises(ValidationError):
                c.cancel(job_id, signal="")  # must never turn into a plain cancel
            assert c.get_job(job_id).state is JobState.PENDING  # untouched by any of the above
        finally:
            c.cancel(job_id)
        assert_no_live_job(c, unique_name)
