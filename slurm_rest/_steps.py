"""Job steps and a usage summary in the spirit of ``seff``, the same for every release.

slurmdbd is where steps live: slurmrestd has no step endpoint on the controller side in any API version
(v0.0.38 … v0.0.45), and ``GET /slurmdb/vX/job/{id}`` lists a job's steps (batch, extern, 0, 1, …) while
it runs too, with their usage once each step ends. The version adapters build ``StepInfo`` and the
job's ``Allocation`` from that record; ``summarize`` turns them into ``JobUsage``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from ._hostlist import expand_hostlist
from ._models import JobInfo, JobState

__all__ = ["Allocation", "JobUsage", "StepInfo", "summarize"]


@dataclass(frozen=True, kw_only=True, slots=True)
class StepInfo:
    """One step of a job as accounting reports it.

    ``step_id`` is Slurm's name for it: ``"batch"``, ``"extern"``, ``"interactive"``, ``"0"``, ``"1"`` …
    (``id`` adds the job: ``"123.0"``). Usage figures are None while the step runs (slurmdbd gets them
    when it ends) and when the cluster gathers none (``JobAcctGatherType=jobacct_gather/none``).
    The RSS peaks are per *task*: accounting keeps the largest and the smallest task peak of a step with
    the node and task each was on (``max_rss_node``/``min_rss_node``), and their sum over the step's tasks.
    Exit codes follow ``JobInfo``'s rules: unknown is None, never a placeholder 0 (22.05 reports 0 for every
    step, so only a COMPLETED step's 0 is believed there).
    """

    job_id: int
    step_id: str
    name: str = ""
    state: JobState
    raw_state: tuple[str, ...] = ()
    return_code: int | None = None
    signal: int | None = None
    hosts: str = ""  #: Slurm's host list, e.g. "n[1-2]"
    nodes: tuple[str, ...] = ()  #: the host list expanded
    tasks: int | None = None
    cpus: int | None = None  #: CPUs allocated to the step
    elapsed_seconds: int | None = None
    cpu_seconds: float | None = None  #: user + system, summed over the step's tasks on every node
    user_cpu_seconds: float | None = None
    system_cpu_seconds: float | None = None
    max_rss_bytes: int | None = None
    max_rss_node: str = ""
    max_rss_task: int | None = None
    min_rss_bytes: int | None = None
    min_rss_node: str = ""
    total_rss_bytes: int | None = None  #: the sum of every task's peak (what seff calls memory utilized)
    start_time: datetime | None = None
    end_time: datetime | None = None

    @property
    def id(self) -> str:
        """``"<job>.<step>"``, as sacct names it: ``"123.batch"``, ``"123.0"``."""
        return f"{self.job_id}.{self.step_id}"

    @property
    def rss_by_node(self) -> dict[str, int]:
        """The largest task peak this step's record ties to each node.

        The record names the node of its largest and of its smallest task peak. When the two are equal every
        task peaked there, so every node of the step did; Slurm then names one node for both (the first it
        aggregated), which alone would drop the others.
        """
        if self.max_rss_bytes is not None and self.max_rss_bytes == self.min_rss_bytes and self.nodes:
            return dict.fromkeys(self.nodes, self.max_rss_bytes)
        seen: dict[str, int] = {}
        for node, rss in ((self.max_rss_node, self.max_rss_bytes), (self.min_rss_node, self.min_rss_bytes)):
            if node and rss is not None:
                seen[node] = max(rss, seen.get(node, 0))
        return seen


@dataclass(frozen=True, kw_only=True, slots=True)
class Allocation:
    """What a job was given, from its accounting record: the denominators of ``JobUsage``."""

    job: JobInfo
    cpus: int | None = None
    node_count: int | None = None
    memory_bytes: int | None = None  #: the job's allocated memory TRES, all nodes together
    memory_per_node_bytes: int | None = None  #: ``--mem``, else allocated memory / nodes (mem_per_cpu * CPUs)
    elapsed_seconds: int | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class JobUsage:
    """What a job used against what it was given, like ``seff``, correct for jobs over several nodes.

    - ``cpu_seconds`` = Σ over the job's steps of (user + system CPU time); each step's figure already sums
      its tasks on every node, and the job-level record (which only repeats that sum) is never added.
      seff's "CPU Utilized" is the same sum.
    - ``cpu_efficiency`` = cpu_seconds / (elapsed_seconds * cpus), cpus the job's allocated CPUs over all
      nodes: seff's "CPU Efficiency" ("of core-walltime"), as a fraction (0.5, not 50 %).
    - ``peak_memory_by_node``: per node, the largest task RSS peak any step's record ties to that node
      (accounting keeps each step's largest and smallest task peak with their nodes, so every node is there
      for a step on two nodes with one task each, or whose task peaks are equal; of a step on more nodes only
      those two nodes are). ``peak_memory_bytes`` is the largest of them.
    - ``memory_efficiency`` = peak_memory_bytes / memory_per_node_bytes: the fullest node against what each
      node was given (``--mem``, or ``--mem-per-cpu`` * the node's CPUs, from the job's allocated TRES).
    - seff's own memory figures, for comparison: ``memory_used_bytes`` = the largest over steps of the sum of
      all task peaks (TRESUsageInTot mem), against ``memory_bytes`` = the job's allocated memory on all nodes:
      ``seff_memory_efficiency`` = memory_used_bytes / memory_bytes.

    While the job runs (``complete`` False) running steps have no usage yet: the figures cover ended steps only.
    Every ratio is None when a term is unknown or zero.
    """

    job_id: int
    state: JobState
    return_code: int | None = None
    signal: int | None = None
    complete: bool = False
    elapsed_seconds: int | None = None
    cpus: int | None = None
    node_count: int | None = None
    nodes: tuple[str, ...] = ()
    cpu_seconds: float | None = None
    cpu_efficiency: float | None = None
    memory_per_node_bytes: int | None = None
    peak_memory_by_node: tuple[tuple[str, int], ...] = ()
    peak_memory_bytes: int | None = None
    memory_efficiency: float | None = None
    memory_bytes: int | None = None
    memory_used_bytes: int | None = None
    seff_memory_efficiency: float | None = None
    steps: tuple[StepInfo, ...] = ()


def _ratio(used: float | None, given: float | None) -> float | None:
    return used / given if used is not None and given else None


def summarize(allocation: Allocation, steps: Sequence[StepInfo]) -> JobUsage:
    """``JobUsage`` from a job's allocation and its steps (formulas: ``JobUsage``)."""
    job = allocation.job
    measured = [s for s in steps if s.cpu_seconds is not None]
    cpu = sum(s.cpu_seconds or 0.0 for s in measured) if measured else None
    core_walltime = (
        allocation.elapsed_seconds * allocation.cpus
        if allocation.elapsed_seconds is not None and allocation.cpus is not None
        else None
    )
    by_node: dict[str, int] = {}
    for step in steps:
        for node, rss in step.rss_by_node.items():
            by_node[node] = max(rss, by_node.get(node, 0))
    peak = max(by_node.values(), default=None)
    used = max((s.total_rss_bytes for s in steps if s.total_rss_bytes is not None), default=None)
    return JobUsage(
        job_id=job.job_id,
        state=job.state,
        return_code=job.return_code,
        signal=job.signal,
        complete=job.finished,
        elapsed_seconds=allocation.elapsed_seconds,
        cpus=allocation.cpus,
        node_count=allocation.node_count,
        nodes=expand_hostlist(job.nodes),
        cpu_seconds=cpu,
        cpu_efficiency=_ratio(cpu, core_walltime),
        memory_per_node_bytes=allocation.memory_per_node_bytes,
        peak_memory_by_node=tuple(sorted(by_node.items())),
        peak_memory_bytes=peak,
        memory_efficiency=_ratio(peak, allocation.memory_per_node_bytes),
        memory_bytes=allocation.memory_bytes,
        memory_used_bytes=used,
        seff_memory_efficiency=_ratio(used, allocation.memory_bytes),
        steps=tuple(steps),
    )
