"""A Flyte workflow with an inline shell task and an existing-script task, run on Slurm via slurmrestd.

Against the local 24.11 testbed (see docs/testbed.md):

    export SLURM_REST_URL=http://127.0.0.1:16920 SLURM_REST_USER=alice
    export SLURM_REST_LOCAL_ROOT=/var/lib/slurm-rest-testbed/trixie/rootfs   # cluster "/" seen from here
    export _FSEC_SLURM_REST_JWT_KEY=$(base64 -w0 $SLURM_REST_LOCAL_ROOT/var/spool/slurmctld/jwt_hs256.key)
    pyflyte run examples/flyte_workflow.py wf --message '; rm -rf ~ $(id) "quotes"'

Registered with a deployed connector, set SLURM_REST_CLUSTER to one of its clusters: the deployment's
configuration (docs/deployment.md) holds the URL and credentials, and its policy decides the user.
"""

from __future__ import annotations

import os

from flytekit import kwtypes, task, workflow
from flytekit.extras.tasks.shell import OutputLocation
from flytekit.types.file import FlyteFile

from flyte_plugin import SlurmCluster, SlurmRestScriptTask, SlurmRestShellTask

_local_root = os.environ.get("SLURM_REST_LOCAL_ROOT")
# Registered with a deployed connector: name one of its clusters (SLURM_REST_CLUSTER=hpc1); its configuration
# holds the URL and credentials and its policy picks the user. A local pyflyte run may carry the whole cluster.
cluster: str | SlurmCluster = os.environ.get("SLURM_REST_CLUSTER") or SlurmCluster(
    url=os.environ.get("SLURM_REST_URL", "http://127.0.0.1:16920"),
    user=os.environ.get("SLURM_REST_USER", "alice"),
    jwt_key_secret="jwt_key",
    secret_group="slurm_rest",
    path_map=[("/", _local_root)] if _local_root else [],
    log_url_template="file://{path}",
)

greet = SlurmRestShellTask(
    name="greet",
    script="""#!/bin/bash
printf '%s\\n' {inputs.message} > {outputs.greeting}
echo "greeted on $(hostname) as $(id -un)"
""",
    cluster=cluster,
    job={"time": "5", "mem": "100M"},
    inputs=kwtypes(message=str),
    output_locs=[OutputLocation(var="greeting", var_type=FlyteFile, location="")],
)

repeat = SlurmRestScriptTask(
    name="repeat",
    batch_script_path="/usr/local/share/slurm-rest/repeat.sh",
    args=["{inputs.message}", "{inputs.times}", "{outputs.copies}"],
    cluster=cluster,
    job={"time": "5"},
    inputs=kwtypes(message=str, times=int, note=str),
    output_locs=[OutputLocation(var="copies", var_type=FlyteFile, location="")],
)


@task
def check(greeting: FlyteFile, copies: FlyteFile, message: str, times: int) -> str:
    """Runs locally: the message must have arrived verbatim, once and ``times`` times."""
    with open(greeting) as fh:
        got = fh.read()
    with open(copies) as fh:
        repeated = fh.read()
    assert got == message + "\n", (got, message)
    assert repeated == (message + "\n") * times, repeated
    return f"verbatim: {got!r}, repeated {times}x"


@workflow
def wf(message: str = "hello from Flyte", times: int = 2) -> str:
    greeting = greet(message=message)
    copies = repeat(message=message, times=times, note="exported as $note")
    return check(greeting=greeting, copies=copies, message=message, times=times)
