"""#SBATCH lines: the same script submitted by the release's own ``sbatch`` and by ``slurm-rest submit`` makes
the same job, as Slurm records it (``scontrol show job``): name, time limit, partition, node/task/CPU/memory
requests (GPUs: the testbed's nodes have 4), output paths, comment, and the rest of the fields below. Both jobs are submitted held and cancelled.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from slurm_rest._adapters import split_tag

from ..conftest import Testbed
from .test_cli import as_json, cli, conn

pytestmark = pytest.mark.live

# The fields of ``scontrol show job`` that sbatch derives from a script's options.
FIELDS = (
    "JobName",
    "TimeLimit",
    "Partition",
    "NumNodes",
    "NumTasks",
    "CPUs/Task",
    "ReqTRES",
    "MinMemoryNode",
    "MinMemoryCPU",
    "TresPerJob",
    "TresPerNode",
    "TresPerTask",
    "StdOut",
    "StdErr",
    "Comment",
    "Nice",
    "Requeue",
    "OverSubscribe",
    "Account",
    "ArrayTaskId",
    "Features",
    "Dependency",
    "WorkDir",
)

# name -> (the script's header, the options given on the command line of both)
CASES: dict[str, tuple[str, tuple[str, ...]]] = {
    "long forms": (
        '#SBATCH --job-name=from-directive\n#SBATCH --time=3\n#SBATCH --comment="two words"\n'
        "#SBATCH --partition=low\n#SBATCH --mem=300M\n",
        (),
    ),
    "short forms": ("#SBATCH -J short -t 1:30 -N 2 -n 4\n#SBATCH -c2 --mem-per-cpu=100\n", ()),
    "attached and spaced values": ("#SBATCH -Jglued -t5 --ntasks-per-node 2 --nodes=1-2\n", ()),
    "output paths": ("#SBATCH -o /tmp/dir-%j.out -e /tmp/dir-%x-%j.err -J outputs\n", ()),
    "odd spacing and comments": (
        "#SBATCH\t--part=high\t--job=abbreviated  # a comment -t 9\n# SBATCH -J not-me\n"
        "  #SBATCH -J nor-me\n#sbatch -J nor-this\n\n# a plain comment\n"
        "#SBATCH --nice --requeue --exclusive\n",
        (),
    ),
    "the header ends at the first command": ("#SBATCH -J before -a 0-3%2\necho hi\n#SBATCH -J after\n", ()),
    "a later line over an earlier one": ("#SBATCH -J first --no-requeue --nice=7\n#SBATCH -J second\n", ()),
    "the command line over the script": (
        "#SBATCH -J script -t 4 --comment=from-script\n",
        ("-J", "cli", "--comment", "from-cli"),
    ),
    "GPUs per job": ("#SBATCH -G 2\n", ()),
    "GPUs per node": ("#SBATCH --gpus-per-node=2 -N 2\n", ()),
    "GPUs as GRES": ("#SBATCH --gres=gpu:1 --nodes 2\n", ()),
    "quoting": ("#SBATCH --comment='single quoted' -J \"double quoted\" --dependency=singleton\n", ()),
}


def scontrol(tb: Testbed, job_id: int) -> dict[str, str]:
    """The job's fields as Slurm recorded them."""
    out = subprocess.run(
        ["chroot", str(tb.release.rootfs), "env", "PATH=/usr/bin:/bin", "scontrol", "show", "job", "-o", str(job_id)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # One line of Key=Value pairs; a value may hold blanks ("two words"), a key never does.
    pairs = re.split(r" (?=[A-Za-z][\w/:]*=)", out)
    fields = {k: v.strip() for k, v in (p.split("=", 1) for p in pairs if "=" in p)}
    fields["Comment"] = split_tag(fields.get("Comment"))[0]  # without our submit tag
    for path in ("StdOut", "StdErr"):  # expanded with each job's own id
        fields[path] = re.sub(rf"-{job_id}([._])", r"-%j\1", fields.get(path, ""))
    return {k: fields.get(k, "") for k in FIELDS}


def cancel(tb: Testbed, job_id: int) -> None:
    subprocess.run(
        ["chroot", str(tb.release.rootfs), "env", "PATH=/usr/bin:/bin", "scancel", str(job_id)],
        check=False,
        capture_output=True,
    )


def by_sbatch(tb: Testbed, script: str, options: tuple[str, ...], name: str) -> int:
    """Submit ``script`` held with the release's sbatch, as the job user, from /tmp."""
    path = f"/tmp/{name}"
    (tb.release.rootfs / path.lstrip("/")).write_text(script)
    ran = subprocess.run(
        [
            "chroot",
            f"--userspec={tb.user}:{tb.user}",
            str(tb.release.rootfs),
            "env",
            "PATH=/usr/bin:/bin",
            f"HOME=/home/{tb.user}",
            "sh",
            "-c",
            'cd /tmp && exec sbatch --parsable -H "$@"',
            "sbatch",
            *options,
            path,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    return int(ran.stdout.strip().split(";")[0])


def by_cli(tb: Testbed, script: str, options: tuple[str, ...], tmp_path: Path, name: str) -> int:
    path = tmp_path / name
    path.write_text(script)
    result = cli("submit", str(path), "-H", "--json", *options, *conn(tb))
    assert result.returncode == 0, result.stderr
    return int(as_json(result)["job_id"])


@pytest.mark.parametrize("case", list(CASES))
def test_sbatch_and_slurm_rest_make_the_same_job(testbed: Testbed, case: str, tmp_path: Path) -> None:
    header, options = CASES[case]
    script = f"#!/bin/bash\n{header}true\n"
    name = f"directives-{abs(hash(case)) % 10**8}.sh"  # the same file name: a job without -J is named after it
    # The controller resolves a dependency in its own time: a singleton is cleared once no job of its name is
    # ahead of it. A held job of the same name submitted first keeps both compared jobs' singleton unfulfilled.
    ids = [by_sbatch(testbed, script, options, name)] if "singleton" in header else []
    try:
        ids.append(by_sbatch(testbed, script, options, name))
        ids.append(by_cli(testbed, script, options, tmp_path, name))
        theirs, ours = (scontrol(testbed, i) for i in ids[-2:])
    finally:
        for job_id in ids:
            cancel(testbed, job_id)
    assert ours == theirs
    assert theirs["JobName"] not in ("", "not-me", "nor-me", "nor-this", "after")  # the header was read
