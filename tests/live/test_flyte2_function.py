"""Flyte 2 function tasks (``slurm_rest2_fn``) on the 22.05 testbed, whose cluster Python (3.11) is this one's.

Flyte's own ``a0`` runs each function in a Slurm job; the cluster gets ``flyte`` and this tree's packages in the
job user's home (``_flyte2_site``). Nothing there reaches the connector's blob store (a local directory the
chroot cannot see): inputs, the code bundle and outputs cross by SFTP. A local ``flyte.run`` of
examples/flyte2_functions.py, a raising function, and ``c0`` driven over gRPC as Flyte 2's backend drives it
(data paths rendered, run and action names left as templates, ``outputs.pb`` read where Flyte reads it).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flyteidl2.connector.connector_pb2 import CreateTaskRequest, TaskExecutionMetadata
from flyteidl2.connector.service_pb2_grpc import AsyncConnectorServiceStub

from flyte_plugin.flyte2 import TASK2_FUNCTION
from slurm_rest_testbed import RELEASES

from ..conftest import Testbed, require_testbed
from ._flyte import HOSTILE, Server, dev_deployment, free_port, key_b64, serving
from ._flyte2 import connection, ssh_key, wait
from ._flyte2_site import flyte2_site
from .ssh_support import on_host

pytestmark = [pytest.mark.live, pytest.mark.on_release("22.05")]
ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
C0 = Path(sys.executable).with_name("c0")


@pytest.fixture(scope="module")
def tb() -> Testbed:
    return require_testbed(next(r for r in RELEASES if r.name == "22.05"))


@pytest.fixture(scope="module")
def site(tb: Testbed) -> str:
    return flyte2_site(tb)


def example_env(tb: Testbed, site: str) -> dict[str, str]:
    """examples/flyte2_functions.py pointed at the testbed, its secrets in the variables its tasks name."""
    return {
        "SLURM_REST_URL": tb.url,
        "SLURM_REST_USER": tb.user,
        "SLURM_REST_SSH_PORT": str(tb.facts["ssh"]["port"]),
        "SLURM_REST_KNOWN_HOSTS": tb.facts["ssh"]["known_hosts"],
        "SLURM_REST_JWT_KEY": key_b64(tb),
        "SLURM_REST_SSH_KEY": ssh_key(tb),
        "SLURM_REST_CLUSTER_PYTHONPATH": f"{site}:/opt/slurm-rest/flyte",
    }


def run_example(tb: Testbed, site: str, tmp_path: Path, code: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLURM_REST_")}
    env.update({**example_env(tb, site), "HOME": str(tmp_path), "COLUMNS": "400"})
    return subprocess.run(
        [sys.executable, "-c", code], check=False, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )


def test_local_run_stages_a_file_in_and_brings_one_back(tb: Testbed, site: str, tmp_path: Path) -> None:
    canary = tmp_path / "canary"  # in the run's HOME: an injected `rm -rf ~` would take it
    canary.write_text("still here")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLURM_REST_")}
    env.update({**example_env(tb, site), "HOME": str(tmp_path), "COLUMNS": "400"})
    words = HOSTILE.replace("\n", " ")
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "flyte2_functions.py"), "--text", words],
        check=False,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    n = len(words.split(" "))
    assert f"count: {n + 1} where: n" in result.stdout and "python (3, 11) hello from the task environment" in out
    assert "report: " + "\n".join(reversed(words.split(" "))) + "\n" in result.stdout, result.stdout
    assert canary.read_text() == "still here"
    assert key_b64(tb) not in out and ssh_key(tb).strip().splitlines()[1] not in out


def test_a_raising_function_fails_the_run_with_its_traceback(tb: Testbed, site: str, tmp_path: Path) -> None:
    result = run_example(
        tb,
        site,
        tmp_path,
        f"""
import sys
sys.path.insert(0, {str(EXAMPLES)!r})
from pathlib import Path
import flyte, flyte2_functions as ex
flyte.init(root_dir=Path({str(EXAMPLES)!r}))
try:
    flyte.with_runcontext(mode="local", raw_data_path={str(tmp_path / "raw")!r}).run(ex.boom, x=7)
except Exception as exc:
    print("FAILED:", exc)
""",
    )
    out = result.stdout
    assert result.returncode == 0 and "FAILED:" in out, out + result.stderr
    failed = out[out.index("FAILED:") :]
    assert "ValueError: no good: 7" in failed and "Traceback (most recent call last):" in failed, failed
    assert 'flyte2_functions.py", line' in failed and "raise ValueError" in failed, failed  # the task's own frame
    assert "exit code 0" in failed  # a0 exits 0 and writes error.pb: the task fails by that


# --- c0 over gRPC ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    port = free_port()
    with serving(
        [str(C0), "--port", str(port), "--prometheus_port", str(free_port())],
        port=port,
        log=tmp_path_factory.mktemp("c0") / "server.log",
        stub=AsyncConnectorServiceStub,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("SLURM_REST_")},
            **dev_deployment(tmp_path_factory.mktemp("deployment")),
        },
        cwd=tmp_path_factory.getbasetemp(),
    ) as srv:
        yield srv


@pytest.fixture
def example(tb: Testbed, site: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    for k, v in example_env(tb, site).items():
        monkeypatch.setenv(k, v)
    monkeypatch.syspath_prepend(str(EXAMPLES))
    sys.modules.pop("flyte2_functions", None)
    import flyte2_functions  # type: ignore[import-not-found]

    yield flyte2_functions
    sys.modules.pop("flyte2_functions", None)


async def served_request(task: Any, blob: Path, srv: Server, tb: Testbed, **inputs: Any) -> CreateTaskRequest:
    """What Flyte 2's backend sends for a function task: the code bundle and inputs.pb in the blob store, the
    data paths rendered into a0's args, the names left as templates, the execution in the metadata."""
    from flyte._code_bundle.bundle import build_code_bundle
    from flyte._internal.runtime import io
    from flyte._internal.runtime.convert import convert_from_native_to_inputs
    from flyte._internal.runtime.task_serde import get_proto_task
    from flyte.models import CodeBundle, SerializationContext

    action = blob / "run1" / "n0" / "0"
    action.mkdir(parents=True)
    bundle = await build_code_bundle(from_dir=EXAMPLES, dryrun=True, copy_bundle_to=blob)
    assert bundle.tgz is not None
    sc = SerializationContext(
        project="p",
        domain="d",
        org="o",
        version="v1",
        root_dir=EXAMPLES,
        code_bundle=CodeBundle(tgz=bundle.tgz, computed_version="v1", destination="."),
    )
    template = get_proto_task(task, sc)
    subs = {
        "{{.input}}": str(action / "inputs.pb"),
        "{{.outputPrefix}}": str(action),
        "{{.rawOutputDataPrefix}}": str(blob / "raw"),
        "{{.checkpointOutputPrefix}}": str(action / "ck"),
        "{{.prevCheckpointPrefix}}": "",
    }
    args = [subs.get(a, a) for a in template.container.args]
    del template.container.args[:]
    template.container.args.extend(args)
    proto = await convert_from_native_to_inputs(task.native_interface, **inputs)
    await io.upload_inputs(proto, str(action / "inputs.pb"))
    metadata = TaskExecutionMetadata()
    ident = metadata.task_execution_id
    ident.task_id.name, ident.task_id.org = task.name, "o"
    ident.node_execution_id.node_id = "n0"
    run = ident.node_execution_id.execution_id
    run.project, run.domain, run.name, run.org = "p", "d", f"run{os.getpid()}{blob.name[-6:]}", "o"
    return CreateTaskRequest(
        template=template,
        output_prefix=str(action),
        inputs=proto.proto_inputs,
        task_execution_metadata=metadata,
        connection=connection(srv, tb),
    )


def test_c0_runs_a_served_function_task_and_flyte_finds_outputs_pb(
    server: Server, tb: Testbed, example: Any, tmp_path: Path
) -> None:
    from flyte._internal.runtime import io
    from flyte._internal.runtime.convert import convert_outputs_to_native
    from flyte.io import File

    listing = tmp_path / "listing.txt"
    listing.write_text("x\ny\n")
    blob = tmp_path / "blob"
    request = asyncio.run(
        served_request(example.count, blob, server, tb, listing=File.from_existing_remote(str(listing)), extra=3)
    )
    meta = bytes(server.stub.CreateTask(request, timeout=120).resource_meta)
    assert b'"job_id": ' in meta and not [s for s in server.secrets if s.encode() in meta]
    resource, phases = wait(server, tb, meta, TASK2_FUNCTION, timeout=120)
    assert phases[-1] == "SUCCEEDED", (phases, resource.message)
    assert not resource.outputs.literals  # Flyte reads outputs.pb itself, as for a container

    async def outputs() -> Any:
        found = await io.load_outputs(io.outputs_path(request.output_prefix))
        return await convert_outputs_to_native(example.count.interface, found)

    n, report, where = asyncio.run(outputs())
    assert n == 5 and where.startswith("n") and "python (3, 11)" in where
    assert report.path.startswith(str(blob / "run1" / "n0" / "0" / "slurm-rest-outputs"))
    assert Path(report.path).read_text() == "y\nx\n"
    assert not on_host(tb, json.loads(meta)["work_dir"]).exists()  # removed after success (cleanup="on_success")


@pytest.mark.on_release("26.05")
def test_in_its_image_on_a_cluster_whose_python_cannot_run_it(tmp_path: Path) -> None:
    """26.05 (Python 3.14, no flyte on it): the task environment's image (the connector image, Python 3.11 with
    flyte) runs a0 through Apptainer; the cluster needs no Python of its own."""
    from ._images import cluster_images

    bed = require_testbed(next(r for r in RELEASES if "apptainer" in r.runtimes))
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLURM_REST_")}
    env.update(
        {
            **example_env(bed, "/nonexistent"),
            "HOME": str(tmp_path),
            "COLUMNS": "400",
            "SLURM_REST_CONTAINER_RUNTIME": "apptainer",
            "SLURM_REST_TASK_IMAGE": cluster_images(bed)["apptainer"],
        }
    )
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "flyte2_functions.py"), "--text", "x y"],
        check=False,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "count: 3 where: n" in result.stdout and "python (3, 11) hello from the task environment" in out, out
