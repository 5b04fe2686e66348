"""One ``get`` of either connector, Flyte-free: the job's phase from the shared watcher, and for a
finished shell or script job its outputs (or why it failed), as an ``Outcome`` each SDK turns into its
own ``Resource``.

A failure to *ask* (auth, a missing endpoint, slurmrestd unreachable) is never reported as the job's
own: the task keeps the last phase the watcher saw. A job purged from the controller and absent from
accounting ends FAILED with that said, never a hang.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from slurm_rest import JobInfo, JobNotFoundError, JobUsage, SlurmRestError

from ._constants import FINAL_CACHE, LAST_ANSWERS, POLL_AGE_CAP, POLL_AGE_STEP, POLL_MAX_AGE, USAGE_READS
from ._jobs import Put, fetch_outputs, stderr_tail
from ._phases import Phase, describe, phase_name
from ._policy import Target
from ._sessions import Session, last_seen, session

__all__ = ["FinalCache", "LastAnswers", "Outcome", "add_tail", "finish_job", "observe", "poll_age", "unknown_for_now"]

log = logging.getLogger("flyte_plugin.connector")
A = TypeVar("A")


@dataclass
class Outcome:
    """A job's phase and message now; ``info``/``session`` are None when its state could not be read."""

    phase: Phase
    message: str
    info: JobInfo | None = None
    session: Session | None = None
    usage: JobUsage | None = None  # a finished job's, from accounting, when it had a record already
    outputs: dict[str, tuple[str, str]] = field(default_factory=dict)  # var -> (kind, where the SDK finds it)
    literals: object = None  # outputs an SDK made itself (a flytekit function job's LiteralMap)

    @property
    def finished(self) -> bool:
        return self.info is not None and self.info.finished


def unknown_for_now(last: JobInfo | None, job_id: int, exc: SlurmRestError) -> Outcome:
    """The last phase the watcher saw (QUEUED before any), and why there is nothing newer: a failure to
    ask is never reported as the job's own (a rejected token must not fail a running task)."""
    log.warning("job %s: state not available: %s", job_id, exc)
    phase = phase_name(last) if last is not None and not last.finished else Phase.QUEUED
    return Outcome(
        phase,
        f"job {job_id}: state not available now ({type(exc).__name__}: {exc}); "
        f"last seen: {describe(last) if last is not None else 'submitted'}",
    )


def poll_age(tracked: int) -> float:
    """How old a watched state may be: ``POLL_MAX_AGE`` per ``POLL_AGE_STEP`` tracked tasks, at most
    ``POLL_AGE_CAP``, so that the watcher's cycles cost a replica about one state request a second."""
    return min(POLL_AGE_CAP, POLL_MAX_AGE * max(1, math.ceil(tracked / POLL_AGE_STEP)))


async def observe(target: Target, job_id: int) -> Outcome:
    """The job's phase from the cluster's shared watcher; a finished job is untracked (the watcher stays small)."""
    try:
        found = await session(target)
        info = await found.watcher.get(job_id, max_age=poll_age(len(found.watcher.state.tracked)))
    except JobNotFoundError:
        return Outcome(
            Phase.FAILED,
            f"job {job_id}: record purged from the controller (older than MinJobAge) "
            "and not in accounting (none, or unreachable); its final state is unknown",
        )
    except SlurmRestError as exc:  # auth, a missing endpoint, slurmrestd unreachable: the job is not lost
        return unknown_for_now(last_seen(target, job_id), job_id, exc)
    if not info.finished:
        return Outcome(phase_name(info), describe(info), info, found)
    found.watcher.untrack([info.job_id])
    return Outcome(phase_name(info), describe(info), info, found, usage=await _usage(found, info))


async def _usage(found: Session, info: JobInfo) -> JobUsage | None:
    """The finished job's usage summary for custom info (slurmdbd reads, once per task: the final result is
    cached), read again while accounting has not caught up with the controller (its state, its nodes);
    None when accounting cannot tell, or still disagrees after the last read: a summary whose nodes or state
    contradict the task's own would mislead. A summary is never worth failing a task over."""
    reads, pause = USAGE_READS
    for attempt in range(reads):
        try:
            usage = await found.client.usage(info.job_id)
        except SlurmRestError as exc:
            log.info("job %s: no usage summary yet: %s", info.job_id, exc)
            usage = None
        if usage is not None and usage.state is info.state and set(usage.nodes) == set(info.node_names):
            return usage
        if attempt + 1 < reads:
            await asyncio.sleep(pause)
    log.info("job %s: no usage summary: accounting did not agree with the controller in %d reads", info.job_id, reads)
    return None


async def finish_job(
    outcome: Outcome, target: Target, work_dir: str, log: str, outputs: Mapping[str, list[str]], put: Put
) -> Outcome:
    """A finished shell or script job: its outputs when it succeeded (a missing or refused one fails it), its
    log tail in the message when it failed."""
    assert outcome.info is not None and outcome.session is not None
    if outcome.phase is Phase.SUCCEEDED and outputs:
        outcome.outputs, missing = await fetch_outputs(outcome.session, target, work_dir, outputs, put)
        if missing:
            outcome.phase, outcome.outputs = Phase.FAILED, {}
            outcome.message += "; the job finished but did not write " + ", ".join(missing)
    await add_tail(outcome, target, work_dir, log)
    return outcome


async def add_tail(outcome: Outcome, target: Target, work_dir: str, log: str = "") -> None:
    """The failed job's log tail (from inside its work directory only), appended to the message."""
    if outcome.phase in (Phase.FAILED, Phase.RETRYABLE_FAILED) and outcome.info and outcome.session:
        tail = await stderr_tail(outcome.session, target, work_dir, log or outcome.info.stderr_path)
        outcome.message += f"\nstderr tail:\n{tail}" if tail else ""


class FinalCache(OrderedDict[bytes, object]):
    """Terminal results by the whole encoded meta (job ids repeat across clusters), the oldest dropped
    past FINAL_CACHE: a repeated get() after cleanup answers the same."""

    def keep(self, key: bytes, value: object) -> None:
        self[key] = value
        while len(self) > FINAL_CACHE:
            self.popitem(last=False)


class LastAnswers(Generic[A]):
    """A running job's last answer by its encoded meta, given again while it would be built from the very same
    record and target: a watcher cycle that saw no change keeps the record object, and Flyte asks about every
    task every few seconds mostly to hear the same. Building that answer again (the message, custom info, log
    links, and flytekit's protobuf of them) was most of this package's CPU per get. At most ``LAST_ANSWERS``
    are kept, the least recently asked dropped; a get that could not read the state keeps nothing."""

    def __init__(self) -> None:
        self._kept: OrderedDict[bytes, tuple[JobInfo, Target, A]] = OrderedDict()

    def answer(self, key: bytes, target: Target, outcome: Outcome, build: Callable[[], A]) -> A:
        held, info = self._kept.get(key), outcome.info
        if held is not None and held[0] is info and held[1] is target:
            self._kept.move_to_end(key)
            return held[2]
        made = build()
        if info is None:  # the state could not be read: nothing worth giving again
            self._kept.pop(key, None)
            return made
        self._kept[key] = (info, target, made)
        self._kept.move_to_end(key)
        while len(self._kept) > LAST_ANSWERS:
            self._kept.popitem(last=False)
        return made

    def forget(self, key: bytes) -> None:
        """The job ended: its final answer is kept elsewhere (``FinalCache``)."""
        self._kept.pop(key, None)

    def __len__(self) -> int:
        return len(self._kept)
