"""The sbatch options JobSpec takes beyond the basics, on every release: a job submitted through slurmrestd must be
recorded by Slurm exactly as the same job submitted with the release's own ``sbatch``.

Both jobs are submitted held (as alice; sbatch inside the release's chroot) and read back with the root
``scontrol show job -o``; every field must match except those that name the job itself. Options that ``scontrol``
does not show (``open_mode``, ``no_kill``) or that change the job's environment (``threads_per_core``) are
checked by running both jobs and comparing what they wrote; ``wckey`` is read from accounting.
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from slurm_rest import JobSpec, SlurmClient, ValidationError

from ..conftest import Testbed
from .facade_support import RequestLog, client_for, job_file, sh

pytestmark = pytest.mark.live

#: Fields that name the job rather than describe it. OOMKillStep: 24.11+ record 0 for any job submitted through
#: slurmrestd and nothing for sbatch's, whatever the options (so not a difference these options make).
_PER_JOB = frozenset(
    {
        "JobId",
        "SubmitTime",
        "LastSchedEval",
        "AccrueTime",
        "SubmitLine",
        "Command",
        "StdOut",
        "StdErr",
        "Comment",
        "AllocNode:Sid",
        "OOMKillStep",
    }
)
_KEY = re.compile(r"(?:^|\s)([A-Z][A-Za-z/:_]*)=")
_BASE = ["-t", "5", "-D", "/tmp"]


@pytest.fixture
def client(testbed: Testbed) -> Iterator[SlurmClient]:
    yield from client_for(testbed)


def _chroot(tb: Testbed, *argv: str, user: bool = False) -> subprocess.CompletedProcess[str]:
    who = ["--userspec=alice:alice"] if user else []
    return subprocess.run(
        ["chroot", *who, str(tb.facts["rootfs"]), "env", "PATH=/usr/bin:/bin", "HOME=/home/alice", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def scontrol_fields(tb: Testbed, job_id: int) -> dict[str, str]:
    """``scontrol show job -o`` as a dict (a value may hold spaces: it runs to the next ``Key=``)."""
    done = _chroot(tb, "scontrol", "show", "job", "-o", str(job_id))
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip()
    keys = list(_KEY.finditer(line))
    return {
        m[1]: line[m.end() : keys[i + 1].start() if i + 1 < len(keys) else len(line)].strip()
        for i, m in enumerate(keys)
    }


@contextlib.contextmanager
def sbatch_job(tb: Testbed, args: list[str], script: str = sh("true")) -> Iterator[int | str]:
    """A job sbatch submitted as alice (its id), or sbatch's error text; cancelled afterwards."""
    name = f"/tmp/job-options-{uuid.uuid4().hex}.sh"
    Path(str(tb.facts["rootfs"]) + name).write_text(script)
    done = _chroot(tb, "sbatch", "--parsable", *args, name, user=True)
    job_id = int(done.stdout.strip().split(";")[0]) if done.returncode == 0 else None
    try:
        yield job_id if job_id is not None else done.stderr.strip()
    finally:
        Path(str(tb.facts["rootfs"]) + name).unlink()
        if job_id is not None:
            _chroot(tb, "scancel", str(job_id))


def differences(ours: dict[str, str], theirs: dict[str, str]) -> dict[str, tuple[str | None, str | None]]:
    return {
        k: (ours.get(k), theirs.get(k))
        for k in sorted(set(ours) | set(theirs) - _PER_JOB)
        if k not in _PER_JOB and ours.get(k) != theirs.get(k)
    }


def _clock(hours_from_now: int) -> str:
    return f"{(datetime.now() + timedelta(hours=hours_from_now)).hour:02d}:17"


# (id, sbatch's options, the same as JobSpec fields)
CASES: list[tuple[str, list[str], dict[str, Any]]] = [
    (
        "mail",
        ["--mail-type=begin,END", "--mail-user=bob@example.org"],
        {"mail_type": "begin,END", "mail_user": "bob@example.org"},
    ),
    ("mail-all", ["--mail-type=ALL,time_limit_90,ARRAY_TASKS"], {"mail_type": ["all", "TIME_LIMIT_90", "array_tasks"]}),
    (
        "mail-every",
        ["--mail-type=FAIL,REQUEUE,INVALID_DEPEND,STAGE_OUT,TIME_LIMIT,TIME_LIMIT_80,TIME_LIMIT_50"],
        {"mail_type": "FAIL,REQUEUE,INVALID_DEPEND,STAGE_OUT,TIME_LIMIT,TIME_LIMIT_80,TIME_LIMIT_50"},
    ),
    (
        "mail-none",
        ["--mail-type=BEGIN,NONE", "--mail-user=bob@example.org"],
        {"mail_type": "BEGIN,NONE", "mail_user": "bob@example.org"},
    ),
    ("nodes", ["-w", "n3,n1,n1", "-x", "n2"], {"nodelist": "n3,n1,n1", "exclude": "n2"}),
    ("node-range", ["--nodelist=n[1-2]", "--exclude=n[3]"], {"nodelist": "n[1-2]", "exclude": "n[3]"}),
    (
        "reservation-licenses",
        ["--reservation=rest-test", "-L", "matlab:2"],
        {"reservation": "rest-test", "licenses": "matlab:2"},
    ),
    ("license-default-count", ["--licenses=matlab"], {"licenses": "matlab"}),
    ("time-min", ["--time-min=2:30"], {"time_min": "2:30"}),
    (
        "mode-wckey-no-kill",
        ["--open-mode=append", "--wckey=proj1", "-k"],
        {"open_mode": "append", "wckey": "proj1", "no_kill": True},
    ),
    (
        "cpus-tmp-threads",
        ["--mincpus=4", "--tmp=2G", "--threads-per-core=1", "-N", "2"],
        {"mincpus": 4, "tmp": "2G", "threads_per_core": 1, "nodes": 2},
    ),
    ("threads-nodelist", ["--threads-per-core=1", "-w", "n[1-2]"], {"threads_per_core": 1, "nodelist": "n[1-2]"}),
    ("begin-date", ["--begin=2030-03-17T17:46:40"], {"begin": "2030-03-17T17:46:40"}),
    ("begin-datetime", ["--begin=2030-03-17T17:46"], {"begin": datetime(2030, 3, 17, 17, 46)}),
    (
        "begin-day-deadline",
        ["--begin=2030-03-17", "--deadline=2031-01-02T03:04:05"],
        {"begin": "2030-03-17", "deadline": "2031-01-02T03:04:05"},
    ),
    ("begin-clock-later", [f"--begin={_clock(2)}"], {"begin": _clock(2)}),
    ("begin-clock-passed", [f"--begin={_clock(-2)}:30"], {"begin": f"{_clock(-2)}:30"}),
    ("deadline-clock", [f"--deadline={_clock(3)}"], {"deadline": _clock(3)}),
    ("overcommit", ["-O", "-n", "4"], {"overcommit": True, "ntasks": 4}),
    (
        "overcommit-cpus",
        ["-O", "-N", "2", "-n", "4", "-c", "2"],
        {"overcommit": True, "nodes": 2, "ntasks": 4, "cpus_per_task": 2},
    ),
    ("gpus-per-task", ["-n", "2", "--gpus-per-task=1"], {"ntasks": 2, "gpus_per_task": 1}),
    (
        "gpus-per-task-cpus",
        ["-n", "1", "-c", "2", "--gpus-per-task=2"],
        {"ntasks": 1, "cpus_per_task": 2, "gpus_per_task": "2"},
    ),
    ("gpus-per-task-nodes", ["-N", "2", "--gpus-per-task=1"], {"nodes": 2, "gpus_per_task": 1}),
    (
        "cpus-mem-per-gpu",
        ["--gpus=2", "--cpus-per-gpu=3", "--mem-per-gpu=1G"],
        {"gpus": 2, "cpus_per_gpu": 3, "mem_per_gpu": "1G"},
    ),
    ("tres-per-task-gpu", ["-n", "2", "--tres-per-task=gres/gpu:1"], {"ntasks": 2, "tres_per_task": "gres/gpu:1"}),
]


@pytest.mark.parametrize(("args", "fields"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_slurm_records_the_job_as_sbatch_does(
    client: SlurmClient, testbed: Testbed, unique_name: str, args: list[str], fields: dict[str, Any]
) -> None:
    spec = JobSpec(script=sh("true"), name=unique_name, time_limit=5, working_dir="/tmp", hold=True, **fields)
    if "tres_per_task" in fields and client.api_version() == "v0.0.38":  # 22.05's sbatch has no --tres-per-task
        log = RequestLog.attach(client)
        with pytest.raises(ValidationError, match=r"tres_per_task need API v0\.0\.40"):
            client.submit(spec)
        assert len(log) == 0  # refused before anything is sent
        return
    with sbatch_job(testbed, ["--hold", "-J", unique_name, *_BASE, *args]) as theirs:
        assert isinstance(theirs, int), f"sbatch refused {args}: {theirs}"
        if fields.get("overcommit") and client.api_version() == "v0.0.38":
            log = RequestLog.attach(client)
            with pytest.raises(ValidationError, match=r"overcommit needs API v0\.0\.40"):
                client.submit(spec)
            assert log.calls() == []  # refused before sending: 22.05's slurmrestd disables the key
            return
        ours = client.submit(spec)
        assert differences(scontrol_fields(testbed, ours), scontrol_fields(testbed, theirs)) == {}
        if "wckey" in fields:  # not in scontrol's record (no TrackWCKey): accounting has it
            assert _accounted_wckeys(testbed, ours, theirs) == [fields["wckey"]] * 2


def _accounted_wckeys(tb: Testbed, *job_ids: int) -> list[str]:
    """sacct's WCKey of each job, once slurmdbd has both records."""
    argv = ["sacct", "-n", "-P", "-X", "-j", ",".join(map(str, job_ids)), "-o", "JobID,WCKey"]
    for _ in range(40):
        rows = dict(line.split("|", 1) for line in _chroot(tb, *argv).stdout.split())
        if all(str(j) in rows for j in job_ids):
            return [rows[str(j)] for j in job_ids]
        time.sleep(0.5)
    raise AssertionError(f"sacct never listed jobs {job_ids}")


def test_relative_begin_counts_from_submission(client: SlurmClient, testbed: Testbed, unique_name: str) -> None:
    with sbatch_job(testbed, ["--hold", "-J", unique_name, *_BASE, "--begin=now+1hour"]) as theirs:
        assert isinstance(theirs, int), theirs
        ours = client.submit(
            JobSpec(script=sh("true"), name=unique_name, time_limit=5, working_dir="/tmp", hold=True, begin="now+1hour")
        )
        got, want = scontrol_fields(testbed, ours), scontrol_fields(testbed, theirs)
    begin = {k: datetime.fromisoformat(r["EligibleTime"]) for k, r in (("ours", got), ("sbatch", want))}
    assert abs(begin["ours"] - begin["sbatch"]) <= timedelta(seconds=5), begin
    assert differences(got, want).keys() <= {"EligibleTime", "StartTime", "EndTime"}


def test_the_job_environment_is_what_sbatch_gives(client: SlurmClient, testbed: Testbed, unique_name: str) -> None:
    """sbatch exports SLURM_THREADS_PER_CORE (srun in the job reads it) and, for an exact node count, asks for
    threads-per-core tasks per node (SLURM_NTASKS)."""
    script = sh("env | grep -E '^SLURM_(THREADS_PER_CORE|NTASKS|NPROCS|NNODES)=' | sort")
    for args, fields in ((["-N", "2"], {"nodes": 2}), (["-w", "n[1-2]"], {"nodelist": "n[1-2]"})):
        out = f"/tmp/{unique_name}-%j.out"
        with sbatch_job(
            testbed, ["--export=NONE", "-J", unique_name, *_BASE, "-o", out, "--threads-per-core=1", *args], script
        ) as theirs:
            assert isinstance(theirs, int), theirs
            ours = client.submit(
                JobSpec(
                    script=script,
                    name=unique_name,
                    time_limit=5,
                    working_dir="/tmp",
                    stdout=out,
                    threads_per_core=1,
                    environment={"PATH": "/usr/bin:/bin"},
                    **fields,
                )
            )
            client.wait_all([ours, theirs], timeout=90)
            paths = [out.replace("%j", str(j)) for j in (ours, theirs)]
            got, want = (job_file(testbed, p) for p in paths)
            for path in paths:
                Path(str(testbed.facts["rootfs"]) + path).unlink()
        assert "SLURM_THREADS_PER_CORE=1\n" in want and "SLURM_NTASKS=2\n" in want
        assert got == want


@pytest.mark.parametrize("mode", ["append", "truncate"])
def test_open_mode_decides_whether_output_is_kept(
    client: SlurmClient, testbed: Testbed, unique_name: str, mode: str
) -> None:
    """Not shown by scontrol: an existing output file is appended to, or truncated, as with sbatch."""
    rootfs = str(testbed.facts["rootfs"])
    paths = {who: f"/tmp/{unique_name}-{who}.out" for who in ("ours", "sbatch")}
    for path in paths.values():
        Path(rootfs + path).write_text("before\n")
        subprocess.run(["chroot", rootfs, "chown", "alice:alice", path], check=True)
    try:
        with sbatch_job(
            testbed, ["-J", unique_name, *_BASE, "-o", paths["sbatch"], f"--open-mode={mode}"], sh("echo after")
        ) as theirs:
            assert isinstance(theirs, int), theirs
            ours = client.submit(
                JobSpec(
                    script=sh("echo after"),
                    name=unique_name,
                    time_limit=5,
                    working_dir="/tmp",
                    stdout=paths["ours"],
                    open_mode=mode,
                )
            )
            client.wait_all([ours, theirs], timeout=90)
            time.sleep(0.5)
        got, want = (job_file(testbed, paths[who]) for who in ("ours", "sbatch"))
        assert want == ("before\nafter\n" if mode == "append" else "after\n")
        assert got == want
    finally:
        for path in paths.values():
            Path(rootfs + path).unlink(missing_ok=True)


def test_invalid_options_are_refused_before_sending(client: SlurmClient, unique_name: str) -> None:
    log = RequestLog.attach(client)
    for fields, match in (
        ({"mail_type": "BEGIN,SOMETIMES"}, "mail_type"),
        ({"nodelist": "n[1-"}, "nodelist"),
        ({"exclude": "/tmp/hosts"}, "exclude"),
        ({"licenses": "matlab:0"}, "licenses"),
        ({"time_min": "soon"}, "time_min"),
        ({"open_mode": "keep"}, "open_mode"),
        ({"begin": "teatime"}, "begin"),
        ({"deadline": "now+1hour"}, "deadline"),
    ):
        with pytest.raises(ValidationError, match=match):
            client.submit(script=sh("true"), name=unique_name, **fields)
    assert log.calls() == []
