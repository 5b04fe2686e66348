"""A Flyte 2 run with an inline shell task and an existing-script task, on Slurm via slurmrestd.

Against the local 24.11 testbed (see docs/testbed.md), outputs fetched back by SFTP:

    export SLURM_REST_URL=http://127.0.0.1:16920 SLURM_REST_USER=alice
    state=/var/lib/slurm-rest-testbed/trixie/state
    export SLURM_REST_SSH_PORT=16922 SLURM_REST_KNOWN_HOSTS=$state/known_hosts
    export SLURM_REST_SSH_KEY="$(cat $state/id_ed25519)"      # local runs read secrets from env vars so named
    export SLURM_REST_JWT_KEY=$(base64 -w0 /var/lib/slurm-rest-testbed/trixie/rootfs/var/spool/slurmctld/jwt_hs256.key)
    python examples/flyte2_workflow.py --message '; rm -rf ~ $(id) "quotes"'

Without SLURM_REST_SSH_PORT, SLURM_REST_LOCAL_ROOT (where this machine sees the cluster's "/") maps
paths instead. Deployed, Flyte resolves the secrets named below and hands them to the connector.
"""

from __future__ import annotations

import argparse
import asyncio
import os

import flyte
from flyte.io import File

from flyte_plugin.flyte2 import SlurmCluster, SlurmRestScriptTask, SlurmRestShellTask, SSHTarget

_local_root = os.environ.get("SLURM_REST_LOCAL_ROOT")
_ssh_port = os.environ.get("SLURM_REST_SSH_PORT")
# Deployed: the connector's deployment names the cluster (SLURM_REST_CLUSTER=hpc1) and holds its credentials,
# so the tasks declare no secrets. A local flyte.run may carry the whole cluster, its secrets from env vars.
cluster: str | SlurmCluster = os.environ.get("SLURM_REST_CLUSTER") or SlurmCluster(
    url=os.environ.get("SLURM_REST_URL", "http://127.0.0.1:16920"),
    user=os.environ.get("SLURM_REST_USER", "alice"),
    jwt_key_secret="SLURM_REST_JWT_KEY",
    path_map=[("/", _local_root)] if _local_root else [],
    ssh=SSHTarget(
        host="127.0.0.1",
        port=int(_ssh_port),
        key_secret="SLURM_REST_SSH_KEY",
        known_hosts=os.environ["SLURM_REST_KNOWN_HOSTS"],
    )
    if _ssh_port
    else None,
)

greet = SlurmRestShellTask(
    "greet",
    script="""#!/bin/bash
printf '%s\\n' {inputs.message} > {outputs.greeting}
echo "greeted on $(hostname) as $(id -un)"
""",
    cluster=cluster,
    job={"time": "5", "mem": "100M"},
    inputs={"message": str},
    outputs={"greeting": File},
)

repeat = SlurmRestScriptTask(
    "repeat",
    batch_script_path="/usr/local/share/slurm-rest/repeat.sh",
    args=["{inputs.message}", "{inputs.times}", "{outputs.copies}"],
    cluster=cluster,
    job={"time": "5"},
    inputs={"message": str, "times": int, "note": str},
    outputs={"copies": File},
)

slurm = flyte.TaskEnvironment.from_task("slurm_rest2_tasks", greet, repeat)
env = flyte.TaskEnvironment("slurm_rest2_example", depends_on=[slurm])


async def _text(f: File) -> str:
    async with f.open("rb") as fh:
        data: bytes = await fh.read()
    return data.decode()


@env.task
async def main(message: str = "hello from Flyte 2", times: int = 2) -> str:
    """Runs locally: the message must have arrived verbatim, once and ``times`` times."""
    greeting, copies = await asyncio.gather(
        greet(message=message), repeat(message=message, times=times, note="exported as $note")
    )
    got, repeated = await _text(greeting), await _text(copies)
    assert got == message + "\n", (got, message)
    assert repeated == (message + "\n") * times, repeated
    return f"verbatim: {got!r}, repeated {times}x"


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--message", default="hello from Flyte 2")
    parser.add_argument("--times", type=int, default=2)
    ns = parser.parse_args()
    flyte.init()
    run = flyte.run(main, message=ns.message, times=ns.times)
    print("result:", run.outputs()[0])
