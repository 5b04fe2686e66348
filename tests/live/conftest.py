"""Session fixtures of the live tests: work that takes minutes (a scenario that waits on Slurm, the connector
image's build, the wheel's) gets a head start when the live run begins; what reads it runs later (the time-limit record's
module sorts late), by when it is done or nearly."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from concurrent.futures import Future

import pytest

from slurm_rest import JobState
from slurm_rest_testbed import Release

from ..conftest import require_testbed
from ._every_release import in_background
from ._images import USERS, start_connector_image
from .facade_support import make_client, sh

HEAD_STARTED = "test_time_limit_record.py"  # the module that reads the head start below


@dataclasses.dataclass(frozen=True)
class TimedOut:
    job_id: int
    controller: tuple[int | None, int | None]  # (return code, signal) the controller reported


def run_into_time_limit(rel: Release) -> TimedOut:
    """A job that runs into its one-minute limit: Slurm enforces it 60-90 s after the start."""
    with make_client(require_testbed(rel)) as client:
        job = client.submit(script=sh("exec sleep 300"), name="acct-timeout", time_limit=1)
        info = client.wait(job, timeout=240)
    assert info.state is JobState.TIMEOUT and not info.from_accounting, info
    return TimedOut(job_id=job, controller=(info.return_code, info.signal))


@pytest.fixture(scope="session", autouse=True)
def timed_out(request: pytest.FixtureRequest) -> Iterator[Future[dict[str, TimedOut | BaseException]] | None]:
    """Started with the first live test, only when the session will read it (else nothing is submitted)."""
    wanted = any(item.path.name == HEAD_STARTED for item in request.session.items)
    yield in_background(run_into_time_limit) if wanted else None


@pytest.fixture(scope="session", autouse=True)
def connector_image_head_start(request: pytest.FixtureRequest) -> None:
    """scripts/image starts building with the first live test when a module that runs the image is in the
    session (the build takes a minute or two and mostly does not wait on the testbeds)."""
    if any(item.path.name in USERS for item in request.session.items):
        start_connector_image()


@pytest.fixture(scope="session", autouse=True)
def wheel_head_start(request: pytest.FixtureRequest) -> None:
    """The wheel's build and clean venv (test_wheel.py) start with the first live test when that module runs."""
    if any(item.path.name == "test_wheel.py" for item in request.session.items):
        from .test_wheel import start_wheel

        start_wheel()
