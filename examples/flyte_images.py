"""Flyte function tasks that run in their own image on Slurm, once or as ranks on several nodes.

The task names its image as any Flyte task does (``container_image=``); the cluster runs it with the
container runtime its configuration names (Apptainer, Slurm's OCI support, or Pyxis), so the cluster needs
no Python of its own. A task whose job asks for several tasks runs once per rank under ``srun``, with
``RANK``, ``WORLD_SIZE``, ``LOCAL_RANK``, ``MASTER_ADDR`` and ``MASTER_PORT`` set as torch.distributed's
``env://`` reads them; rank 0's return value is the task's output, and any rank's exception fails the task.

Against a local testbed (26.05 has Apptainer; every release has OCI), with the image the tests prepare:

    export SLURM_REST_URL=http://127.0.0.1:17020 SLURM_REST_SSH_PORT=17022 SLURM_REST_CONTAINER_RUNTIME=apptainer
    export SLURM_REST_TASK_IMAGE=/opt/slurm-rest/images/<id>.sandbox   # see tests/live/_images.py
"""

from __future__ import annotations

import os
import socket
import sys

from flytekit import task

from flyte_plugin import SlurmCluster, SlurmRestFunction, SSHTarget

IMAGE = os.environ.get("SLURM_REST_TASK_IMAGE", "ghcr.io/example/train:1.0")
cluster: str | SlurmCluster = os.environ.get("SLURM_REST_CLUSTER") or SlurmCluster(
    url=os.environ.get("SLURM_REST_URL", "http://127.0.0.1:17020"),
    user=os.environ.get("SLURM_REST_USER", "alice"),
    jwt_key_secret="jwt_key",
    secret_group="slurm_rest",
    container_runtime=os.environ.get("SLURM_REST_CONTAINER_RUNTIME", "apptainer"),
    ssh=SSHTarget(
        host=os.environ.get("SLURM_REST_SSH_HOST", "127.0.0.1"),
        port=int(os.environ.get("SLURM_REST_SSH_PORT", "17022")),
        known_hosts=os.environ.get("SLURM_REST_KNOWN_HOSTS", "/var/lib/slurm-rest-testbed/sid/state/known_hosts"),
        key_secret="ssh_key",
    ),
)
once = SlurmRestFunction(cluster=cluster, job={"time": "5"})
ranks = SlurmRestFunction(cluster=cluster, job={"time": "5", "nodes": 2, "ntasks": 4, "ntasks-per-node": 2})


@task(task_config=once, container_image=IMAGE)
def where(x: int) -> str:
    """Where the function ran: the image's Python and files, on a cluster node."""
    with open("/etc/os-release") as fh:
        system = next(line.split("=", 1)[1].strip('"\n') for line in fh if line.startswith("PRETTY_NAME="))
    return f"{x * 2} {sys.prefix} {sys.version_info[0]}.{sys.version_info[1]} {system} {socket.gethostname()}"


@task(task_config=once, container_image=IMAGE)
def explode(reason: str) -> int:
    if reason:
        raise ValueError(f"exploded in the image: {reason}")
    return 0


def _meet(value: int) -> list[tuple[int, str]]:
    """Every rank's value and host, gathered by rank 0 over TCP at MASTER_ADDR:MASTER_PORT; the others get []."""
    rank, world, port = int(os.environ["RANK"]), int(os.environ["WORLD_SIZE"]), int(os.environ["MASTER_PORT"])
    if rank != 0:
        for _ in range(120):
            try:
                with socket.create_connection((os.environ["MASTER_ADDR"], port), timeout=5) as conn:
                    conn.sendall(f"{rank} {value} {socket.gethostname()}".encode())
                return []
            except OSError:
                import time

                time.sleep(0.5)
        raise RuntimeError(f"rank {rank} never reached rank 0")
    server = socket.create_server(("", port))
    server.settimeout(90)
    got = {0: (value, socket.gethostname())}
    for _ in range(world - 1):
        conn, _ = server.accept()
        r, v, host = conn.recv(256).decode().split()
        got[int(r)] = (int(v), host)
        conn.close()
    return [got[r] for r in range(world)]


@task(task_config=ranks, container_image=IMAGE)
def gather(x: int) -> str:
    """Each rank contributes x + its rank; rank 0 returns what it gathered and how the ranks were placed."""
    met = _meet(x + int(os.environ["RANK"]))
    return (
        f"{[v for v, _ in met]} hosts={len({h for _, h in met})} world={os.environ['WORLD_SIZE']} "
        f"master={os.environ['MASTER_ADDR']} prefix={sys.prefix}"
    )


@task(task_config=ranks, container_image=IMAGE)
def rank_fails(bad: int) -> int:
    """Rank ``bad`` raises; the others wait to be ended."""
    if int(os.environ["RANK"]) == bad:
        raise RuntimeError(f"rank {bad} gave up")
    import time

    time.sleep(60)
    return 0
