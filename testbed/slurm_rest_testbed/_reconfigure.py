"""Make a running release reread slurm.conf, and return only once every daemon is back.

24.11+ re-exec slurmctld and every slurmd on ``scontrol reconfigure``: for tens of milliseconds after the
command returns, a pid file names no live process (measured: gaps of 10-50 ms, slurmds last), and the
controller takes up to ~0.2 s to answer again. Whoever looked at ``status`` in that window saw a testbed
that was not up (CI stop 28: the accounting tests' purge on 26.05), so ``reconfigure`` waits it out.

A controller busy with a backlog (1,000 held jobs on 24.11) may answer ``scontrol reconfigure`` with
"Socket timed out" although it rereads the file and re-execs anyway: that answer is waited out and the
command sent again (rereading twice is harmless), instead of failing the caller.
"""

from __future__ import annotations

import re
import time

from ._build import captured
from ._daemons import alive
from ._releases import Release

__all__ = ["reconfigure", "set_min_job_age"]

SETTLED = 0.5  # seconds every daemon must stay alive, with the same pid, before reconfigure returns
PATIENCE = 60.0  # seconds for the whole re-exec (24.11+ have been seen to take ~9 s under load)
ATTEMPTS = 3  # scontrol reconfigure sent at most this often when the controller's answer timed out
_MIN_JOB_AGE = re.compile(r"^MinJobAge=(\d+)$", re.MULTILINE)


def reconfigure(rel: Release) -> None:
    """``scontrol reconfigure``, then wait until every daemon has stayed alive for ``SETTLED`` seconds and
    the controller answers a ping."""
    for attempt in range(1, ATTEMPTS + 1):
        proc = captured(rel, "scontrol", "reconfigure", timeout=PATIENCE)
        said = (proc.stdout + proc.stderr).strip()
        if proc.returncode != 0 and ("timed out" not in said.lower() or attempt == ATTEMPTS):
            raise SystemExit(f"[{rel.name}] scontrol reconfigure: {said}")
        _settle(rel)
        if proc.returncode == 0:
            return


def _settle(rel: Release) -> None:
    deadline = time.monotonic() + PATIENCE
    seen, since = alive(rel), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.05)
        now = alive(rel)
        if now != seen or not all(now.values()):
            seen, since = now, time.monotonic()
        elif (
            time.monotonic() - since >= SETTLED and captured(rel, "scontrol", "ping", timeout=PATIENCE).returncode == 0
        ):
            return
    down = sorted(name for name, pid in alive(rel).items() if not pid)
    raise SystemExit(f"[{rel.name}] not back {PATIENCE:.0f} s after scontrol reconfigure; down: {down}")


def set_min_job_age(rel: Release, seconds: int) -> int:
    """Set MinJobAge in the running release's slurm.conf, make slurmctld reread it, return the old value.

    For tests that need purged jobs (restore the old value in a ``finally``; the next ``up`` writes the
    configured one anyway). Measured: a finished job leaves the controller 4-7 s after it ended with
    MinJobAge=2 (the minimum).
    """
    conf = rel.rootfs / "etc/slurm/slurm.conf"
    text = conf.read_text()
    found = _MIN_JOB_AGE.search(text)
    if found is None:
        raise SystemExit(f"[{rel.name}] no MinJobAge line in {conf}")
    conf.write_text(_MIN_JOB_AGE.sub(f"MinJobAge={seconds}", text))
    reconfigure(rel)
    return int(found.group(1))
