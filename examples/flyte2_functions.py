"""Flyte 2 Python function tasks on Slurm: ``TaskEnvironment(plugin_config=SlurmRestFunction(...))``.

Each ``@slurm.task`` runs on the cluster under Flyte's own ``a0`` runtime; the connector moves its inputs,
code bundle and outputs by SFTP, so nothing on the cluster needs blob-store credentials. The cluster's Python
needs ``flyte`` (2.12) and this package: ``SLURM_REST_CLUSTER_PYTHONPATH`` names where they are there.

Against the local 22.05 testbed (its Python 3.11 is this one's):

    state=/var/lib/slurm-rest-testbed/bookworm/state
    export SLURM_REST_URL=http://127.0.0.1:16820 SLURM_REST_SSH_PORT=16822
    export SLURM_REST_KNOWN_HOSTS=$state/known_hosts
    export SLURM_REST_SSH_KEY="$(cat $state/id_ed25519)"      # local runs read secrets from env vars so named
    export SLURM_REST_JWT_KEY=$(base64 -w0 $state/../rootfs/var/spool/slurmctld/jwt_hs256.key)
    export SLURM_REST_CLUSTER_PYTHONPATH=/home/alice/flyte2-site:/opt/slurm-rest/flyte
    python examples/flyte2_functions.py --text 'a b; $(id) "c"'

Deployed, name one of the connector's clusters (``SLURM_REST_CLUSTER=hpc1``): it holds the credentials.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import tempfile
from pathlib import Path

import flyte
from flyte.io import File

from flyte_plugin.flyte2 import SlurmCluster, SlurmRestFunction, SSHTarget

cluster: str | SlurmCluster = os.environ.get("SLURM_REST_CLUSTER") or SlurmCluster(
    url=os.environ.get("SLURM_REST_URL", "http://127.0.0.1:16820"),
    user=os.environ.get("SLURM_REST_USER", "alice"),
    jwt_key_secret="SLURM_REST_JWT_KEY",
    work_root=os.environ.get("SLURM_REST_WORK_ROOT", "/tmp/slurm-rest-{user}"),
    container_runtime=os.environ.get("SLURM_REST_CONTAINER_RUNTIME"),  # with one, tasks run in the image below
    container_options=os.environ.get("SLURM_REST_CONTAINER_OPTIONS", "").split(),
    ssh=SSHTarget(
        host=os.environ.get("SLURM_REST_SSH_HOST", "127.0.0.1"),
        port=int(os.environ.get("SLURM_REST_SSH_PORT", "16822")),
        known_hosts=os.environ.get("SLURM_REST_KNOWN_HOSTS", "/var/lib/slurm-rest-testbed/bookworm/state/known_hosts"),
        key_secret="SLURM_REST_SSH_KEY",
    ),
)

slurm = flyte.TaskEnvironment(
    "slurm_rest2_functions",
    plugin_config=SlurmRestFunction(
        cluster=cluster,
        job={"time": "5", "mem": "500M"},
        python=os.environ.get("SLURM_REST_CLUSTER_PYTHON", "python3"),
        python_setup=[f"export PYTHONPATH={os.environ.get('SLURM_REST_CLUSTER_PYTHONPATH', '/opt/slurm-rest/flyte')}"],
        prerun=["echo prerun on $(hostname)"],
    ),
    env_vars={"GREETING": "hello from the task environment"},
    image=os.environ.get("SLURM_REST_TASK_IMAGE", "auto"),
)


@slurm.task
def count(listing: File, extra: int) -> tuple[int, File, str]:
    """Runs on the cluster: reads the staged input file, writes a report file that comes back."""
    with listing.open_sync("rb") as fh:
        lines = [line for line in fh.read().decode().splitlines() if line]
    report = os.path.join(tempfile.mkdtemp(), "report.txt")
    with open(report, "w") as out:
        out.write("\n".join(reversed(lines)) + "\n")
    where = (
        f"{socket.gethostname()} job {os.environ.get('SLURM_JOB_ID')} python {sys.version_info[:2]} "
        f"{os.environ.get('GREETING')}"
    )
    return len(lines) + extra, File.from_local_sync(report), where


@slurm.task
async def square(x: int) -> int:
    return x * x


@slurm.task
def boom(x: int) -> int:
    """Fails on the cluster: the task fails with this traceback."""
    raise ValueError(f"no good: {x}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--text", default="one two three")
    ns = parser.parse_args()
    flyte.init(root_dir=Path(__file__).resolve().parent)  # the code bundle: this file's directory's modules
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write(ns.text.replace(" ", "\n") + "\n")
    n, report, where = flyte.run(count, listing=File.from_local_sync(fh.name), extra=1).outputs()
    print("count:", n, "where:", where)
    with report.open_sync("rb") as got:
        print("report:", got.read().decode())
