"""A Flyte workflow mixing a Python function task on Slurm, a shell task whose FlyteFile output comes
back by SFTP, and a plain local task. Nothing on the cluster needs blob-store credentials: the connector
moves inputs, the task's code and outputs by SFTP and controls the jobs through slurmrestd.

Against the local 22.05 testbed (its Python 3.11 matches flytekit's < 3.13; see docs/testbed.md):

    state=/var/lib/slurm-rest-testbed/bookworm/state
    export SLURM_REST_URL=http://127.0.0.1:16820 SLURM_REST_SSH_PORT=16822
    export SLURM_REST_KNOWN_HOSTS=$state/known_hosts
    export _FSEC_SLURM_REST_SSH_KEY="$(cat $state/id_ed25519)"
    export _FSEC_SLURM_REST_JWT_KEY=$(base64 -w0 $state/../rootfs/var/spool/slurmctld/jwt_hs256.key)
    pyflyte run examples/flyte_functions.py wf --text 'a b; $(id) "c"'

On a real cluster, point ``python``/``python_setup`` at an environment with flytekit and this package
(``module load python/3.11``, ``source /opt/venvs/flyte/bin/activate``), pin the SSH host key with
``host_key=`` and keep the key and JWT in Flyte secrets.
"""

from __future__ import annotations

import os
import socket
import sys
from typing import NamedTuple

from flytekit import kwtypes, task, workflow
from flytekit.extras.tasks.shell import OutputLocation
from flytekit.types.file import FlyteFile

from flyte_plugin import SlurmCluster, SlurmRestFunction, SlurmRestShellTask, SSHTarget

# Registered with a deployed connector: name one of its clusters (SLURM_REST_CLUSTER=hpc1); its configuration
# holds the URL and credentials and its policy picks the user. A local pyflyte run may carry the whole cluster.
cluster: str | SlurmCluster = os.environ.get("SLURM_REST_CLUSTER") or SlurmCluster(
    url=os.environ.get("SLURM_REST_URL", "http://127.0.0.1:16820"),
    user=os.environ.get("SLURM_REST_USER", "alice"),
    jwt_key_secret="jwt_key",
    secret_group="slurm_rest",
    ssh=SSHTarget(
        host=os.environ.get("SLURM_REST_SSH_HOST", "127.0.0.1"),
        port=int(os.environ.get("SLURM_REST_SSH_PORT", "16822")),
        known_hosts=os.environ.get("SLURM_REST_KNOWN_HOSTS", "/var/lib/slurm-rest-testbed/bookworm/state/known_hosts"),
        key_secret="ssh_key",
    ),
)
on_slurm = SlurmRestFunction(
    cluster=cluster,
    job={"time": "5", "mem": "500M"},
    python_setup=[f"export PYTHONPATH={os.environ.get('SLURM_REST_CLUSTER_PYTHONPATH', '/opt/slurm-rest/flyte')}"],
    prerun=["echo prerun: $(hostname)"],
    srun=True,
    srun_options={"ntasks": 1},
)

words = SlurmRestShellTask(
    name="words",
    script="""#!/bin/bash
printf '%s\\n' {inputs.text} | tr ' ' '\\n' > {outputs.listing}
""",
    cluster=cluster,
    job={"time": "5", "mem": "100M"},
    inputs=kwtypes(text=str),
    output_locs=[OutputLocation(var="listing", var_type=FlyteFile, location="")],
)


class Counted(NamedTuple):
    n: int
    report: FlyteFile
    where: str


@task(task_config=on_slurm)
def count(listing: FlyteFile, extra: int) -> Counted:
    """Runs on the cluster: reads the staged input file, writes a report file that comes back."""
    with open(listing) as fh:
        lines = [line for line in fh.read().splitlines() if line]
    with open("report.txt", "w") as fh:
        fh.write("\n".join(reversed(lines)) + "\n")
    where = f"{socket.gethostname()} job {os.environ.get('SLURM_JOB_ID')} python {sys.version_info[:2]}"
    return Counted(n=len(lines) + extra, report=FlyteFile("report.txt"), where=where)


@task(task_config=on_slurm)
def explode(reason: str) -> int:
    """Runs on the cluster and raises: the error and its text come back to Flyte."""
    if reason:
        raise ValueError(f"exploded on purpose: {reason}")
    return 0


@task
def check(n: int, report: FlyteFile, where: str, text: str, extra: int) -> str:
    """Runs locally: the count and the reversed report must match the text."""
    expected = text.split(" ")
    with open(report) as fh:
        got = fh.read().splitlines()
    assert n == len(expected) + extra, (n, expected, extra)
    assert got == list(reversed(expected)), (got, expected)
    assert "job" in where, where
    return f"{n} words counted on {where}"


@workflow
def wf(text: str = "hello from Flyte", extra: int = 1) -> str:
    listing = words(text=text)
    counted = count(listing=listing, extra=extra)
    return check(n=counted.n, report=counted.report, where=counted.where, text=text, extra=extra)
