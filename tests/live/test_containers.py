"""Jobs in a container image, on every release, through each runtime it has (Slurm's OCI with runc
everywhere, Apptainer on 26.05): every task of a two-node job runs in the image (its Python, not the
host's), in the working directory mounted at its own path, with the rank variables; the ranks meet over
TCP at MASTER_ADDR:MASTER_PORT; a failing task fails the job with its exit code."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from slurm_rest import Container, JobState
from slurm_rest_testbed import RELEASES

from ..conftest import Testbed, require_testbed
from ._images import cluster_images, registry_image
from .facade_support import job_file, make_client

pytestmark = pytest.mark.live

# Each rank reports where it runs; rank 0 listens at MASTER_ADDR:MASTER_PORT and sums what the others send.
RANKS = r"""#!/usr/bin/env python3
import json, os, socket, sys, time
env = {k: os.environ[k] for k in ("RANK", "WORLD_SIZE", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT")}
rank, world, port = int(env["RANK"]), int(env["WORLD_SIZE"]), int(env["MASTER_PORT"])
if rank == 0:
    server = socket.create_server(("", port))
    server.settimeout(60)
    got = []
    for _ in range(world - 1):
        conn, _ = server.accept()
        got.append(int(conn.recv(16)))
        conn.close()
    total = sum(got)
else:
    for _ in range(120):
        try:
            with socket.create_connection((env["MASTER_ADDR"], port), timeout=5) as conn:
                conn.sendall(str(rank).encode())
            break
        except OSError:
            time.sleep(0.5)
    total = None
open(f"rank{rank}", "w").write(socket.gethostname())
system = next(line for line in open("/etc/os-release") if line.startswith("VERSION_CODENAME=")).strip()
print(json.dumps({**env, "host": socket.gethostname(), "image": os.path.isdir("/opt/connector"), "cwd": os.getcwd(),
                  "system": system.split("=")[1],
                  "slurm_conf": os.path.exists("/etc/slurm/slurm.conf"), "total": total}), flush=True)
"""


def _runtimes(testbed: Testbed) -> dict[str, str]:
    images = cluster_images(testbed)
    assert set(images) == set(testbed.release.runtimes) and images, images
    return images


def _work_dir(testbed: Testbed, name: str) -> str:
    path = f"/home/{testbed.user}/{name}"
    host = Path(str(testbed.facts["rootfs"]) + path)
    host.mkdir(parents=True, exist_ok=True)
    os.chown(host, 1500, 1500)
    return path


def _layout(testbed: Testbed, runtime: str) -> tuple[int, int]:
    """(nodes, tasks per node) of a container job. Slurm 22.05's OCI refuses more than one task per node
    ("_modify_config: unexpected number of tasks 2 > 1") and gives every task the first one's environment
    (SLURM_PROCID 0 everywhere): one task there; 23.02 and later take any number."""
    return (1, 1) if (testbed.name, runtime) == ("22.05", "oci") else (2, 2)


def test_every_task_of_a_two_node_job_runs_in_the_image(testbed: Testbed, unique_name: str) -> None:
    for runtime, image in _runtimes(testbed).items():
        work = _work_dir(testbed, f"{unique_name}-{runtime}")
        nodes, per_node = _layout(testbed, runtime)
        world = nodes * per_node
        with make_client(testbed, container_runtime=runtime) as client:
            job_id = client.submit(
                script=RANKS,
                name=unique_name,
                nodes=nodes,
                ntasks=world,
                ntasks_per_node=per_node,
                working_dir=work,
                stdout=f"{work}/out-%j",
                container=Container(image),
            )
            info = client.wait(job_id, timeout=180)
        output = job_file(testbed, f"{work}/out-{job_id}")
        assert info.state is JobState.COMPLETED, (runtime, info.state, info.reason, output)
        ranks = {r["RANK"]: r for r in map(json.loads, output.splitlines())}
        assert sorted(ranks) == [str(r) for r in range(world)], (runtime, output)
        assert len({r["host"] for r in ranks.values()}) == nodes, (runtime, output)  # every node
        first = ranks["0"]["host"]
        for r in ranks.values():
            assert r["image"] and not r["slurm_conf"], (runtime, r)  # the image's files, not the host's
            assert r["cwd"] == work and r["WORLD_SIZE"] == str(world) and r["MASTER_ADDR"] == first, (runtime, r)
            assert int(r["LOCAL_RANK"]) < per_node, (runtime, r)
        assert ranks["0"]["total"] == sum(range(world)), (runtime, ranks["0"])  # the others reached rank 0 over TCP
        for rank in range(world):  # written inside the image, into the mounted work directory, as the job's user
            host = Path(f"{testbed.facts['rootfs']}{work}/rank{rank}")
            assert host.read_text() == ranks[str(rank)]["host"] and host.stat().st_uid == 1500, (runtime, rank)


def test_a_failing_task_fails_the_job_with_its_exit_code(testbed: Testbed, unique_name: str) -> None:
    for runtime, image in _runtimes(testbed).items():
        work = _work_dir(testbed, f"{unique_name}-{runtime}")
        nodes, _ = _layout(testbed, runtime)  # the last rank fails, the others wait to be ended
        script = (
            '#!/bin/sh\nif [ "$RANK" = "$((WORLD_SIZE - 1))" ]; then echo "rank $RANK fails" >&2; exit 3; fi\n'
            "sleep 60\n"
        )
        with make_client(testbed, container_runtime=runtime) as client:
            job_id = client.submit(
                script=script,
                name=unique_name,
                nodes=nodes,
                ntasks=nodes,
                working_dir=work,
                stdout=f"{work}/out-%j",
                container=image,
            )
            info = client.wait(job_id, timeout=120)
        assert info.state is JobState.FAILED and info.return_code == 3, (runtime, info.state, info.return_code)
        assert f"rank {nodes - 1} fails" in job_file(testbed, f"{work}/out-{job_id}"), runtime


@pytest.mark.on_release("26.05")
def test_apptainer_pulls_the_image_by_reference_from_the_registry(unique_name: str) -> None:
    """26.05 (Debian sid): an image by the reference a task names (in the testbed's registry), pulled and run by
    each task on two nodes: Debian 12's files and Python, not the node's."""
    testbed = require_testbed(next(r for r in RELEASES if "apptainer" in r.runtimes))
    ref = registry_image(testbed)
    work = _work_dir(testbed, unique_name)
    with make_client(testbed, container_runtime="apptainer") as client:
        job_id = client.submit(
            script=RANKS,
            name=unique_name,
            nodes=2,
            ntasks=2,
            working_dir=work,
            stdout=f"{work}/out-%j",
            time_limit=10,
            container=Container(ref, options=["--no-https"]),
        )
        info = client.wait(job_id, timeout=420)
    output = job_file(testbed, f"{work}/out-{job_id}")
    assert info.state is JobState.COMPLETED, (info.state, info.reason, output[-2000:])
    ranks = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    assert sorted(r["RANK"] for r in ranks) == ["0", "1"] and len({r["host"] for r in ranks}) == 2, output[-2000:]
    assert all(r["system"] == "bookworm" and not r["slurm_conf"] for r in ranks), ranks
    assert next(r for r in ranks if r["RANK"] == "0")["total"] == 1, ranks  # rank 1 reached rank 0 over TCP
