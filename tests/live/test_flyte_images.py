"""Flyte tasks in their image (examples/flyte_images.py), where the cluster's Python could never run them:
24.11 (Python 3.13, OCI through runc) and 26.05 (Python 3.14, Apptainer). A function task gets its inputs
and returns its value from the image's Python 3.11; a raising one fails with its traceback; a task asking
for 4 tasks on 2 nodes runs 4 ranks that meet over TCP, rank 0's value being the output; a failing rank
fails the task with its own error. A shell task runs in the image too, and a deployment's image list holds."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from flytekit.extras.tasks.shell import OutputLocation
from flytekit.types.file import FlyteFile

from flyte_plugin import SlurmRestShellTask
from flyte_plugin.flytekit import _connector
from slurm_rest import RefusedError
from slurm_rest_testbed import RELEASES

from ..conftest import Testbed, require_testbed
from ._images import IMAGE_PREFIX, cluster_images
from .test_flyte_functions import ROOT, run_task, secrets_env, sftp_cluster

pytestmark = pytest.mark.live
# The runtime each release's function tasks use: one per release keeps the run short; test_containers
# covers every runtime of every release.
RUNTIME = {"24.11": "oci", "26.05": "apptainer"}


@pytest.fixture(scope="module", params=sorted(RUNTIME), ids=[f"slurm-{r}" for r in sorted(RUNTIME)])
def tb(request: pytest.FixtureRequest) -> Testbed:
    return require_testbed(next(r for r in RELEASES if r.name == request.param))


@pytest.fixture(scope="module")
def image(tb: Testbed) -> str:
    return cluster_images(tb)[RUNTIME[tb.name]]


@pytest.fixture(scope="module")
def example(tb: Testbed, image: str) -> Iterator[Any]:
    """examples/flyte_images.py pointed at this testbed and image, imported as pyflyte run would."""
    env = {
        "SLURM_REST_URL": tb.url,
        "SLURM_REST_SSH_PORT": str(tb.facts["ssh"]["port"]),
        "SLURM_REST_KNOWN_HOSTS": tb.facts["ssh"]["known_hosts"],
        "SLURM_REST_TASK_IMAGE": image,
        "SLURM_REST_CONTAINER_RUNTIME": RUNTIME[tb.name],
    }
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    sys.path.insert(0, str(ROOT / "examples"))
    sys.modules.pop("flyte_images", None)  # one import per testbed: the tasks carry its cluster
    try:
        yield importlib.import_module("flyte_images")
    finally:
        sys.path.remove(str(ROOT / "examples"))
        sys.modules.pop("flyte_images", None)
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@pytest.fixture
async def connector_env(tb: Testbed, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[None]:
    for k, v in secrets_env(tb).items():
        monkeypatch.setenv(k, v)
    yield
    await _connector.close_sessions()


def _phase(resource: Any) -> str:
    from ._flyte import phase_name

    return str(phase_name(resource.phase))


async def test_function_runs_on_the_image_s_python(
    tb: Testbed, example: Any, connector_env: None, tmp_path: Path
) -> None:
    _, resource = await run_task(example.where, tmp_path, x=21)
    assert _phase(resource) == "SUCCEEDED", resource.message
    doubled, prefix, version, *system_and_host = resource.outputs.literals["o0"].scalar.primitive.string_value.split()
    assert (doubled, prefix, version) == ("42", IMAGE_PREFIX, "3.11"), resource.outputs  # not the host's 3.13/3.14
    assert "bookworm" in " ".join(system_and_host), system_and_host  # the image's system, on a sid/trixie node


async def test_raising_function_in_the_image_fails_with_its_traceback(
    tb: Testbed, example: Any, connector_env: None, tmp_path: Path
) -> None:
    _, resource = await run_task(example.explode, tmp_path, reason="bang")
    assert _phase(resource) == "FAILED", resource.message
    assert "exploded in the image: bang" in resource.message and "ValueError" in resource.message


async def test_four_ranks_on_two_nodes_meet_and_rank_0_answers(
    tb: Testbed, example: Any, connector_env: None, tmp_path: Path
) -> None:
    meta, resource = await run_task(example.gather, tmp_path, x=10)
    assert _phase(resource) == "SUCCEEDED", resource.message
    answer = resource.outputs.literals["o0"].scalar.primitive.string_value
    assert answer.startswith("[10, 11, 12, 13] hosts=2 world=4 master=n"), answer  # ranks on both nodes met
    assert answer.endswith(f"prefix={IMAGE_PREFIX}") and meta.ranks == 4, answer


async def test_a_failing_rank_fails_the_task_with_its_own_error(
    tb: Testbed, example: Any, connector_env: None, tmp_path: Path
) -> None:
    _, resource = await run_task(example.rank_fails, tmp_path, bad=2)
    assert _phase(resource) == "FAILED", resource.message
    assert "rank 2 gave up" in resource.message and "(rank 2)" in resource.message, resource.message


async def test_shell_task_runs_in_its_image_and_the_image_list_holds(
    tb: Testbed, image: str, connector_env: None, tmp_path: Path
) -> None:
    cluster = sftp_cluster(tb, container_runtime=RUNTIME[tb.name])
    task = SlurmRestShellTask(
        name="in_image",
        cluster=cluster,
        container_image=image,
        script="#!/bin/sh\n{ python3 -c 'import sys; print(sys.prefix)'; test -e /etc/slurm/slurm.conf && "
        "echo host || echo image; } > {outputs.o}\n",
        output_locs=[OutputLocation(var="o", var_type=FlyteFile, location="")],
    )
    _, resource = await run_task(task, tmp_path)
    assert _phase(resource) == "SUCCEEDED", resource.message
    assert Path(resource.outputs["o"].path).read_text().split() == [IMAGE_PREFIX, "image"]
    bare = SlurmRestShellTask(
        name="no_runtime", cluster=sftp_cluster(tb), container_image=image, script="#!/bin/sh\ntrue\n"
    )
    with pytest.raises(RefusedError, match="has no container runtime"):
        await run_task(bare, tmp_path)
