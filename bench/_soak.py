"""A chaos soak: Flyte tasks through both connectors served over gRPC, while everything under them is killed.

Two replicas of ``pyflyte serve connector`` and two of Flyte 2's ``c0`` run under one deployment file (one
signing key, the testbed as cluster ``soak``, one policy). A driver stands for FlytePropeller: it sends each
task's create, get and delete to its SDK's two replicas alternately (as gRPC's ``round_robin`` spreads
calls), replays a call whose answer it did not get (the same task execution: a lost create is replayed,
never turned into a new attempt) and polls each task until its phase is terminal. Meanwhile faults arrive
at random moments, their kinds in shuffled turns:

- ``connector``: one replica SIGKILLed, restarted on its port 1-4 s later;
- ``slurmrestd``: SIGKILLed, restarted 1-4 s later (its port may stay taken up to a minute: TIME_WAIT);
- ``slurmctld``: stopped (SIGTERM) and restarted 1-4 s later. Not SIGKILL: slurmctld saves its state at
  most every 5 s, so a kill forgets the jobs it accepted since (``tests/live/test_failover.py`` saw it) —
  Slurm's loss, which no client can undo;
- ``node``: a compute node running jobs: its slurmd and every process in its network namespace (its jobs)
  SIGKILLed, the node left down past SlurmdTimeout, then its slurmd restarted (Slurm requeues its batch
  jobs, or ends them NODE_FAIL).

Afterwards accounting judges: the job each create returned is the only job with its name, its final state's
phase is the phase the connector reported last, and every task has a job and a final phase. The replicas'
RSS is sampled throughout; their logs must not hold a key.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import grpc

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: tests.live's helpers, beside bench's own
    sys.path.insert(0, str(REPO))

from flyte_plugin._phases import BASE_PHASE  # noqa: E402
from flyte_plugin._phases import TERMINAL as TERMINAL_PHASES  # noqa: E402
from slurm_rest import ClientConfig, JobState, SlurmClient  # noqa: E402
from slurm_rest_testbed import RELEASES, Release, _daemons, _facts, _network, load_facts  # noqa: E402
from tests.live._replicas import SDKS, Replica, Sdk, deployment, task_request  # noqa: E402

T = TypeVar("T")
FAULTS = ("connector", "slurmrestd", "slurmctld", "node")
TERMINAL = frozenset(p.value for p in TERMINAL_PHASES)
KINDS = {"ok": "sleep {s}", "fail": "sleep {s}; exit 3", "cancel": "sleep 300"}  # a task's script; cancel: deleted
CALL_TIMEOUT = 30.0  # seconds a driver waits for one gRPC answer before replaying the call
DRAIN = 300.0  # seconds after the last fault for every task to end
RESTART_AFTER = (1.0, 4.0)
NODE_DOWN = (12.0, 20.0)  # seconds, past the testbed's SlurmdTimeout (10 s)


@dataclass(frozen=True)
class SoakConfig:
    release: str = "26.05"
    tasks: int = 300
    minutes: float = 10.0  # faults and new tasks keep coming this long
    fault_every: float = 30.0  # mean seconds between faults
    poll_every: float = 3.0  # seconds between a task's GetTask calls
    seed: int | None = None


@dataclass
class Task:
    """One Flyte task execution as the driver sees it."""

    index: int
    sdk: Sdk
    kind: str
    script: str
    name: str = ""  # its job's name (the task's name after its last dot)
    create: Any = None
    job_id: int | None = None
    phases: list[str] = field(default_factory=list)
    message: str = ""

    @property
    def final(self) -> str | None:
        return self.phases[-1] if self.phases and self.phases[-1] in TERMINAL else None


@dataclass
class Figures:
    """What the soak found; ``defects`` empty is a pass."""

    release: str
    seconds: float
    tasks: Counter[str]
    faults: Counter[str]
    replayed: Counter[str]
    phases: Counter[str]
    states: Counter[str]
    requeued: int  # jobs Slurm requeued (a node fault): accounting holds a record per run
    seen_requeued: int  # tasks the connector reported running, then queued again
    peak_rss_mb: dict[str, float]
    replica_starts: dict[str, int]
    defects: list[str]

    def table(self) -> list[tuple[str, str]]:
        return [
            ("release", self.release),
            ("wall time", f"{self.seconds:.0f} s"),
            ("tasks", _fmt(self.tasks)),
            ("faults injected", _fmt(self.faults)),
            ("calls replayed (by code)", _fmt(self.replayed) or "0"),
            ("final phases", _fmt(self.phases)),
            ("accounting's final states", _fmt(self.states)),
            ("jobs requeued by Slurm (accounting)", str(self.requeued)),
            ("tasks reported running, then queued again", str(self.seen_requeued)),
            ("replica starts", ", ".join(f"{k} {v}" for k, v in self.replica_starts.items())),
            ("peak RSS per replica", ", ".join(f"{k} {v:.0f} MB" for k, v in self.peak_rss_mb.items())),
            ("defects (lost, duplicated, disagreeing, leaked)", str(len(self.defects))),
        ]


def _fmt(c: Counter[str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(c.items()))


class Soak:
    def __init__(self, config: SoakConfig, workdir: Path) -> None:
        self.cfg = config
        self.rng = random.Random(config.seed)
        self.rel: Release = next(r for r in RELEASES if r.name == config.release)
        facts = load_facts(self.rel)
        if facts is None:
            raise SystemExit(f"testbed {config.release} is not up: python -m slurm_rest_testbed up {config.release}")
        self.facts = facts
        self.dir = workdir
        self.run = uuid.uuid4().hex[:6]
        env = {k: v for k, v in os.environ.items() if not k.startswith(("_FSEC_", "SLURM_REST_"))}
        env["SLURM_REST_CONNECTOR_CONFIG"], self.secrets = deployment(
            workdir, facts, cluster="soak", project="soak", path_map=True
        )
        self.replicas = {s.name: [Replica(s, i, env, workdir) for i in range(2)] for s in SDKS}
        self.turns = {s.name: itertools.count() for s in SDKS}
        self.lock = threading.Lock()
        self.replayed: Counter[str] = Counter()
        self.faults: Counter[str] = Counter()
        self.defects: list[str] = []
        self.stopping = threading.Event()
        self.drain_deadline = float("inf")

    # -- the driver (FlytePropeller's part) ------------------------------------------------------------

    def _call(self, sdk: Sdk, method: str, call: Callable[[Replica], T]) -> T:
        """``call`` on the SDK's replicas in turn until one answers; every replay counted by method and code."""
        while True:
            replica = self.replicas[sdk.name][next(self.turns[sdk.name]) % 2]
            try:
                return call(replica)
            except grpc.RpcError as exc:
                with self.lock:
                    self.replayed[f"{method} {exc.code().name}"] += 1
                if time.monotonic() > self.drain_deadline:
                    raise
                time.sleep(1.0)

    def _make(self, index: int) -> Task:
        sdk = SDKS[index % 2]
        kind = self.rng.choice(["ok", "ok", "fail", "cancel"])
        t = Task(index, sdk, kind, KINDS[kind].format(s=self.rng.randint(2, 20)))
        t.create, t.name = task_request(
            sdk,
            f"soak{self.run}_{index}",
            t.script,
            cluster="soak",
            project="soak",
            execution=f"e{self.run}{index}",
            prefix=str(self.dir / "out"),
        )
        return t

    def _drive(self, t: Task) -> None:
        sdk = t.sdk
        try:
            meta = self._call(sdk, "CreateTask", lambda r: r.create(t.create, CALL_TIMEOUT))
        except grpc.RpcError:
            return
        t.job_id = int(json.loads(meta)["job_id"])
        cancel_at = time.monotonic() + self.rng.uniform(3, 15) if t.kind == "cancel" else None
        while t.final is None and time.monotonic() < self.drain_deadline:
            try:
                phase, t.message = self._call(sdk, "GetTask", lambda r: r.phase(meta, CALL_TIMEOUT))
            except grpc.RpcError:
                return
            if not t.phases or t.phases[-1] != phase:
                t.phases.append(phase)
            if cancel_at is not None and phase not in TERMINAL and (phase == "RUNNING" or time.monotonic() > cancel_at):
                self._call(sdk, "DeleteTask", lambda r: r.delete(meta, CALL_TIMEOUT))
                cancel_at = None
            if t.final is None:
                time.sleep(self.cfg.poll_every * self.rng.uniform(0.7, 1.3))

    # -- faults ----------------------------------------------------------------------------------------

    def _fault(self, kind: str) -> None:
        rel, pause = self.rel, self.rng.uniform(*RESTART_AFTER)
        if kind == "connector":
            replica = self.rng.choice([r for rs in self.replicas.values() for r in rs])
            replica.kill()
            time.sleep(pause)
            replica.start()
            return
        if kind == "slurmrestd":
            self._kill(next(d for d in _daemons.DAEMONS if d.name == "slurmrestd"))
        elif kind == "slurmctld":
            _daemons.stop(rel, ("slurmctld",))
        else:
            node = self.rng.choice(self._busy_nodes() or _network.nodes(rel))
            pids = subprocess.run(["ip", "netns", "pids", node.netns], capture_output=True, text=True).stdout.split()
            for pid in pids:
                try:
                    os.kill(int(pid), signal.SIGKILL)
                except ProcessLookupError:
                    continue
            pause = self.rng.uniform(*NODE_DOWN)
        time.sleep(pause)
        _daemons.start(rel)

    def _busy_nodes(self) -> list[_network.Node]:
        """The nodes running jobs now: Slurm packs a light load onto one node, so a random pick would mostly
        kill an idle one."""
        with SlurmClient(self._client_config()) as c:
            busy = {n.name for n in c.nodes() if {"MIXED", "ALLOCATED"} & set(n.state)}
        return [n for n in _network.nodes(self.rel) if n.name in busy]

    def _client_config(self) -> ClientConfig:
        return ClientConfig(
            url=self.facts["rest_url"],
            user=self.facts["job_user"],
            jwt_key=self.facts["jwt_key_path"],
            retry_deadline=120,
        )

    def _kill(self, daemon: _daemons.Daemon) -> None:
        pid = _daemons.pid_of(self.rel, daemon)
        if pid is not None:
            os.kill(pid, signal.SIGKILL)
            deadline = time.monotonic() + 10
            while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
                time.sleep(0.05)

    def _chaos(self, until: float) -> None:
        turn: list[str] = []
        while not self.stopping.wait(self.rng.uniform(0.5, 1.5) * self.cfg.fault_every):
            if time.monotonic() > until and not turn:  # whole turns: every kind struck as often as the others
                return
            if not turn:
                turn = self.rng.sample(FAULTS, len(FAULTS))
            kind = turn.pop()
            self._fault(kind)
            with self.lock:
                self.faults[kind] += 1

    def _sample(self) -> None:
        while not self.stopping.wait(2.0):
            for rs in self.replicas.values():
                for r in rs:
                    r.sample()

    # -- the run ---------------------------------------------------------------------------------------

    def run_soak(self) -> Figures:
        began, wall = time.monotonic(), time.time()
        tasks = [self._make(i) for i in range(self.cfg.tasks)]
        for rs in self.replicas.values():
            for r in rs:
                r.start()
        span = self.cfg.minutes * 60
        sampler = threading.Thread(target=self._sample, daemon=True)
        chaos = threading.Thread(target=self._chaos, args=(began + span,), daemon=True)
        sampler.start()
        chaos.start()
        drivers = []
        try:
            for t in tasks:  # arrivals spread over the first 80 % of the span
                time.sleep(self.rng.expovariate(self.cfg.tasks / (0.8 * span)))
                drivers.append(threading.Thread(target=self._drive, args=(t,), daemon=True))
                drivers[-1].start()
            chaos.join()
            self.drain_deadline = time.monotonic() + DRAIN
            _daemons.start(self.rel)
            _facts.wait_ready(self.rel, timeout=120)
            for rs in self.replicas.values():
                for r in rs:
                    if r.proc is None or r.proc.poll() is not None:
                        r.start()
            for d in drivers:
                d.join(max(0.0, self.drain_deadline - time.monotonic()) + CALL_TIMEOUT)
        finally:
            self.stopping.set()
            for rs in self.replicas.values():
                for r in rs:
                    r.stop()
            _daemons.start(self.rel)
            _facts.wait_ready(self.rel, timeout=120)
        states, requeued = self._judge(tasks, wall)
        self._check_logs()
        return Figures(
            release=self.rel.name,
            seconds=time.monotonic() - began,
            tasks=Counter(f"{t.sdk.name} {t.kind}" for t in tasks),
            faults=self.faults,
            replayed=self.replayed,
            phases=Counter(t.final or "none" for t in tasks),
            states=states,
            requeued=requeued,
            seen_requeued=sum(
                "QUEUED" in t.phases[t.phases.index("RUNNING") :] for t in tasks if "RUNNING" in t.phases
            ),
            peak_rss_mb={f"{r.sdk.name}-{r.index}": r.peak_rss / 2**20 for rs in self.replicas.values() for r in rs},
            replica_starts={f"{r.sdk.name}-{r.index}": r.starts for rs in self.replicas.values() for r in rs},
            defects=self.defects,
        )

    def _judge(self, tasks: list[Task], since: float) -> tuple[Counter[str], int]:
        """Accounting's word on every task: one job per execution, and its final state's phase."""
        states: Counter[str] = Counter()
        with SlurmClient(self._client_config()) as c:
            listing = c.request(
                "GET",
                f"/slurmdb/{c.api_version()}/jobs",
                params={"users": self.facts["job_user"], "start_time": str(int(since) - 60)},
            )
            by_name: dict[str, set[int]] = {}
            requeued: set[int] = set()
            for job in listing.get("jobs") or []:
                if f"soak{self.run}_" in str(job.get("name")):
                    by_name.setdefault(str(job["name"]), set()).add(int(job["job_id"]))
                    if job.get("restart_cnt"):
                        requeued.add(int(job["job_id"]))
            for t in tasks:
                label = f"task {t.index} ({t.sdk.name} {t.kind}, job {t.job_id})"
                if t.job_id is None or t.final is None:
                    self.defects.append(f"{label}: lost (phases {t.phases})")
                    continue
                if by_name.get(t.name, set()) != {t.job_id}:
                    self.defects.append(
                        f"{label}: jobs named {t.name} in accounting: {sorted(by_name.get(t.name, ()))}"
                    )
                state = self._final_state(c, t.job_id)
                states[state.value if state else "unfinished"] += 1
                expected = BASE_PHASE[state].value if state else None
                if t.final != expected:
                    self.defects.append(f"{label}: phase {t.final} ({t.message}), accounting {state} -> {expected}")
            known = {t.name for t in tasks}
            self.defects += [
                f"job(s) {sorted(ids)} named {name}: no task of this run"
                for name, ids in by_name.items()
                if name not in known
            ]
        return states, len(requeued)

    @staticmethod
    def _final_state(c: SlurmClient, job_id: int) -> JobState | None:
        """Accounting's final state for the job, waiting for slurmdbd to catch up after restarts."""
        deadline = time.monotonic() + 120
        while True:
            usage = c.usage(job_id)
            if usage.complete or time.monotonic() > deadline:
                return usage.state if usage.complete else None
            time.sleep(2)

    def _check_logs(self) -> None:
        for rs in self.replicas.values():
            for r in rs:
                text = r.log.read_bytes()
                for secret in self.secrets:  # a key whole, base64-encoded, or any line of a PEM body
                    lines = [ln for ln in secret.splitlines() if len(ln) >= 16 and not ln.startswith(b"-----")]
                    if any(piece in text for piece in [secret.strip(), base64.b64encode(secret), *lines]):
                        self.defects.append(f"{r.log.name} holds a key")


def run(config: SoakConfig, workdir: Path) -> Figures:
    return Soak(config, workdir).run_soak()
