"""A job's node for offline tests: fake ``srun``, ``scontrol`` and ``apptainer`` (small shell scripts) first on
PATH, so that a batch script runs for real under /bin/sh as slurmd would run it. srun runs its command once per
task, all at once, with Slurm's task variables; apptainer runs the command after the image on the host. What
each fake was told is logged (``Cluster.lines``)."""

from __future__ import annotations

import os
import shlex
import subprocess
from dataclasses import dataclass
from pathlib import Path

__all__ = ["FAKE_APPTAINER", "FAKE_SCONTROL", "FAKE_SRUN", "JOB_ID", "NODES", "Cluster", "Ran", "split_launcher"]

JOB_ID = 1234
NODES = ("node-a", "node-b")

FAKE_SRUN = r"""#!/bin/sh
# srun: records its options (one a line), then runs the command once per task, all at once, and exits with
# the highest task status, as srun does. Run in a task it fails: an image has no srun, and on the host a step inside
# the job's only step would wait for the CPUs that step holds.
if [ -n "${SLURM_STEP_ID+set}" ]; then
    echo "srun: error: srun inside step $SLURM_STEP_ID" >&2
    exit 1
fi
: >"$FAKE_LOG/srun"
while [ $# -gt 0 ]; do
    case "$1" in
        -*) printf '%s\n' "$1" >>"$FAKE_LOG/srun"; shift ;;
        *) break ;;
    esac
done
n="${FAKE_NTASKS:-2}"
i=0
pids=
while [ "$i" -lt "$n" ]; do
    SLURM_STEP_ID=0 SLURM_PROCID=$i SLURM_NTASKS=$n SLURM_LOCALID=$((i % 2)) "$@" &
    pids="$pids $!"
    i=$((i + 1))
done
rc=0
for p in $pids; do
    wait "$p" || { s=$?; [ "$s" -le "$rc" ] || rc=$s; }
done
exit "$rc"
"""

FAKE_SCONTROL = r"""#!/bin/sh
# scontrol show hostnames LIST: two nodes, whatever the list; the list asked for is recorded.
[ "$1 $2" = "show hostnames" ] || exit 64
printf '%s\n' "$3" >"$FAKE_LOG/scontrol"
printf 'node-a\nnode-b\n'
"""

FAKE_APPTAINER = r"""#!/bin/sh
# apptainer exec [OPTIONS] IMAGE COMMAND...: records its arguments (one a line, per task), goes to --pwd and
# runs COMMAND on the host; --cleanenv runs it with an empty environment, as Apptainer does.
printf '%s\n' "$@" >"$FAKE_LOG/apptainer.$SLURM_PROCID"
[ "$1" = exec ] || exit 64
shift
clean=
while [ $# -gt 0 ]; do
    case "$1" in
        --bind|-B) shift 2 ;;
        --pwd) cd "$2" || exit 65; shift 2 ;;
        --cleanenv|-e|--containall|-C) clean=1; shift ;;
        -*) shift ;;
        *) shift; break ;;
    esac
done
[ -z "$clean" ] || exec env -i "$@"
exec "$@"
"""


@dataclass
class Ran:
    """How a launcher ended: its exit status and what it printed."""

    rc: int
    stdout: str
    stderr: str


class Cluster:
    """A job's node: the fakes on PATH, the job's working directory, a TMPDIR of its own (to see that every
    task's copy of the script is removed) and a log directory for what the fakes were told."""

    def __init__(self, root: Path) -> None:
        self.bin, self.work, self.tmp, self.log = (root / d for d in ("bin", "work", "tmp", "log"))
        for d in (self.bin, self.work, self.tmp, self.log):
            d.mkdir(parents=True)
        self.work = Path(os.path.realpath(self.work))
        for name, text in (("srun", FAKE_SRUN), ("scontrol", FAKE_SCONTROL), ("apptainer", FAKE_APPTAINER)):
            (self.bin / name).write_text(text)
            (self.bin / name).chmod(0o755)

    def run(self, launcher: str, ntasks: int = 2, cwd: Path | None = None) -> Ran:
        """Run the launcher as slurmd runs a batch script: executed (its own #! line), in the working directory
        (``cwd``, else ``work``)."""
        path = self.log / "launcher"
        path.write_text(launcher)
        path.chmod(0o755)
        env = {
            "PATH": f"{self.bin}:/usr/local/bin:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "TMPDIR": str(self.tmp),
            "HOME": str(self.work),
            "SLURM_JOB_ID": str(JOB_ID),
            "SLURM_JOB_NODELIST": "node-[a-b]",
            "FAKE_LOG": str(self.log),
            "FAKE_NTASKS": str(ntasks),
        }
        done = subprocess.run([str(path)], cwd=cwd or self.work, env=env, capture_output=True, timeout=60, check=False)
        return Ran(done.returncode, done.stdout.decode(), done.stderr.decode())

    def lines(self, name: str) -> list[str]:
        return (self.log / name).read_text().splitlines()

    def srun_options(self) -> list[str]:
        return self.lines("srun")

    def outputs(self, prefix: str) -> dict[int, bytes]:
        """Files ``prefix.RANK`` the tasks wrote in the working directory, by rank."""
        return {int(p.name.rsplit(".", 1)[1]): p.read_bytes() for p in self.work.glob(f"{prefix}.*")}


def split_launcher(script: str) -> tuple[str, str, str]:
    """A launcher's (``per_task_script``) text before the task script, the task script it hands each task,
    and its srun line."""
    marker = "export SLURM_REST_SCRIPT="
    start = script.index(marker)
    lexer = shlex.shlex(script[start + len(marker) :], posix=True)
    lexer.whitespace_split = True
    task = lexer.get_token()
    assert task is not None
    (srun,) = [line for line in script.splitlines() if line.startswith("srun ")]
    return script[:start], task, srun
