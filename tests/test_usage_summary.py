"""The connector's usage summary for a finished task's custom info: read again while slurmdbd lags behind
the controller, and left out (None) rather than shown when it still contradicts the task's own job."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from flyte_plugin import _polling
from flyte_plugin._constants import USAGE_READS
from slurm_rest import APIError, JobInfo, JobState, JobUsage

INFO = JobInfo(job_id=7, state=JobState.COMPLETED, nodes="n[1-2]")
AGREES = JobUsage(job_id=7, state=JobState.COMPLETED, nodes=("n1", "n2"), node_count=2)
ONE_NODE = JobUsage(job_id=7, state=JobState.COMPLETED, nodes=("n1",), node_count=1)  # a step not recorded yet
RUNNING = JobUsage(job_id=7, state=JobState.RUNNING, nodes=("n1", "n2"), node_count=2)


@dataclass
class Client:
    answers: list[Any]
    asked: int = 0

    async def usage(self, job_id: int) -> JobUsage | None:
        answer = self.answers[min(self.asked, len(self.answers) - 1)]
        self.asked += 1
        if isinstance(answer, Exception):
            raise answer
        assert job_id == INFO.job_id
        return answer  # type: ignore[no-any-return]


@dataclass
class Found:
    client: Client


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(_polling.asyncio, "sleep", sleep)
    return slept


@pytest.mark.parametrize(
    "answers",
    [
        pytest.param([AGREES], id="at once"),
        pytest.param([ONE_NODE, None, RUNNING, AGREES], id="after lagging"),
        pytest.param([APIError("slurmdbd is down", status_code=502), AGREES], id="after an error"),
    ],
)
async def test_a_summary_that_agrees_with_the_controller_is_given(answers: list[Any], pauses: list[float]) -> None:
    found = Found(Client(answers))
    assert await _polling._usage(found, INFO) is AGREES  # type: ignore[arg-type]
    assert found.client.asked == len(answers) and pauses == [USAGE_READS[1]] * (len(answers) - 1)


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(ONE_NODE, id="fewer nodes"),
        pytest.param(RUNNING, id="another state"),
        pytest.param(None, id="no record"),
        pytest.param(APIError("slurmdbd is down", status_code=502), id="errors"),
    ],
)
async def test_a_summary_that_still_disagrees_after_the_last_read_is_left_out(answer: Any, pauses: list[float]) -> None:
    found = Found(Client([answer]))
    assert await _polling._usage(found, INFO) is None  # type: ignore[arg-type]
    assert found.client.asked == USAGE_READS[0] and len(pauses) == USAGE_READS[0] - 1
