"""Flyte function tasks on the 22.05 testbed (its Python 3.11 fits flytekit), files moved only by SFTP.

The cluster side has flytekit and this package in the testbed's FLYTE_SITE; nothing on it can reach
the connector's blob store (a local directory here, which the chroot cannot see), so every input,
output and the task's code must have crossed over SSH.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from flytekit import kwtypes
from flytekit.extend.backend.base_connector import ConnectorRegistry, Resource
from flytekit.extend.backend.utils import render_task_template
from flytekit.extras.tasks.shell import OutputLocation
from flytekit.models.literals import LiteralMap
from flytekit.types.directory import FlyteDirectory
from flytekit.types.file import FlyteFile

from flyte_plugin import TASK_FUNCTION, SlurmCluster, SlurmRestMeta, SlurmRestShellTask, SSHTarget
from flyte_plugin.flytekit import _connector
from slurm_rest import Stager
from slurm_rest_testbed import RELEASES

from ..conftest import Testbed, require_testbed
from ._flyte import SECRET_ENV, TERMINAL, key_b64, literals, phase_name, template_of
from .ssh_support import ssh_config

pytestmark = [pytest.mark.live, pytest.mark.on_release("22.05")]
ROOT = Path(__file__).resolve().parents[2]
PYFLYTE = Path(sys.executable).with_name("pyflyte")
SSH_ENV = "_FSEC_SLURM_REST_SSH_KEY"
TEXT = 'one two; $(id) "three" `id`'


@pytest.fixture(scope="module")
def tb() -> Testbed:
    tb = require_testbed(next(r for r in RELEASES if r.name == "22.05"))
    assert tb.facts.get("flyte"), "the 22.05 testbed has no flytekit for its cluster Python; run 'up 22.05' again"
    return tb


@pytest.fixture(scope="module")
def example(tb: Testbed) -> Iterator[Any]:
    """examples/flyte_functions.py pointed at this testbed, imported as pyflyte run would (module flyte_functions)."""
    env = {
        "SLURM_REST_URL": tb.url,
        "SLURM_REST_SSH_PORT": str(tb.facts["ssh"]["port"]),
        "SLURM_REST_KNOWN_HOSTS": tb.facts["ssh"]["known_hosts"],
    }
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    sys.path.insert(0, str(ROOT / "examples"))
    try:
        import flyte_functions

        yield flyte_functions
    finally:
        sys.path.remove(str(ROOT / "examples"))
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def secrets_env(tb: Testbed) -> dict[str, str]:
    return {SECRET_ENV: key_b64(tb), SSH_ENV: Path(tb.facts["ssh"]["key_path"]).read_text()}


@pytest.fixture
async def connector_env(tb: Testbed, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[None]:
    for k, v in secrets_env(tb).items():
        monkeypatch.setenv(k, v)
    yield
    await _connector.close_sessions()


async def run_task(
    task: Any, tmp_path: Path, *, wrap: list[str] | None = None, given: LiteralMap | None = None, **inputs: Any
) -> tuple[SlurmRestMeta, Resource]:
    """create + get until terminal, as Flyte's local executor does (the blob store is ``tmp_path``);
    ``wrap`` puts a command such as pyflyte-fast-execute in front of the container args."""
    prefix = str(tmp_path / "prefix")
    template = template_of(task)
    template = render_task_template(template, prefix) if template.container else template
    if wrap:
        template.container._args = [*wrap, *template.container.args]
    connector = ConnectorRegistry.get_connector(template.type)
    meta = await connector.create(
        task_template=template,
        output_prefix=prefix,
        inputs=given or (literals(task, **inputs) if inputs else LiteralMap({})),
    )
    meta = SlurmRestMeta.decode(meta.encode())  # what Flyte stores and hands back
    deadline = time.monotonic() + 120
    while True:
        resource = await connector.get(resource_meta=meta)
        if resource.phase in TERMINAL:
            return meta, resource
        assert time.monotonic() < deadline, f"job {meta.job_id} still {phase_name(resource.phase)}"
        await asyncio.sleep(0.5)


async def exists_on_cluster(tb: Testbed, path: str) -> bool:
    async with Stager(ssh_config(tb)) as st:
        return await st.exists(path)


def test_function_task_type_is_registered() -> None:
    assert ConnectorRegistry.get_connector(TASK_FUNCTION).task_category.name == TASK_FUNCTION


def test_workflow_mixes_function_shell_and_local_tasks(tb: Testbed, tmp_path: Path) -> None:
    """pyflyte run: shell task (FlyteFile output by SFTP) -> function task (input staged by SFTP, FlyteFile
    output back) -> local task that checks both; hostile text arrives verbatim."""
    canary = tmp_path / "canary"
    canary.write_text("still here")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("_FSEC_", "SLURM_REST_"))}
    env.update(
        {
            "SLURM_REST_URL": tb.url,
            "SLURM_REST_SSH_PORT": str(tb.facts["ssh"]["port"]),
            "SLURM_REST_KNOWN_HOSTS": tb.facts["ssh"]["known_hosts"],
            "HOME": str(tmp_path),
            "COLUMNS": "400",
            **secrets_env(tb),
        }
    )
    result = subprocess.run(
        [str(PYFLYTE), "run", "examples/flyte_functions.py", "wf", "--text", TEXT, "--extra", "2"],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "7 words counted on " in result.stdout and " python (3, 11)" in result.stdout, result.stdout
    assert canary.read_text() == "still here"
    for secret in secrets_env(tb).values():
        assert secret.strip() not in out


async def test_function_returns_values_and_files_and_cleans_up(
    tb: Testbed, example: Any, connector_env: None, tmp_path: Path
) -> None:
    listing = tmp_path / "listing.txt"
    listing.write_text("a\nb\nc\n")
    meta, resource = await run_task(example.count, tmp_path, listing=str(listing), extra=10)
    assert phase_name(resource.phase) == "SUCCEEDED", resource.message
    assert isinstance(resource.outputs, LiteralMap)
    values = resource.outputs.literals
    assert values["n"].scalar.primitive.integer == 13
    assert "python (3, 11)" in values["where"].scalar.primitive.string_value
    report_uri = values["report"].scalar.blob.uri
    assert report_uri.startswith(str(tmp_path / "prefix")), report_uri  # in the blob store, not on the cluster
    assert Path(report_uri).read_text() == "c\nb\na\n"
    assert not await exists_on_cluster(tb, meta.work_dir)  # cleanup="on_success"
    again = await ConnectorRegistry.get_connector(TASK_FUNCTION).get(resource_meta=meta)
    assert again.phase == resource.phase and again.outputs == resource.outputs  # after cleanup, same answer
    assert key_b64(tb) not in meta.encode().decode()


async def test_raising_function_fails_with_its_error_and_keeps_the_work_dir(
    tb: Testbed, example: Any, connector_env: None, tmp_path: Path
) -> None:
    meta, resource = await run_task(example.explode, tmp_path, reason="boom")
    try:
        assert phase_name(resource.phase) == "FAILED", resource.message
        assert "exploded on purpose: boom" in resource.message and "ValueError" in resource.message
        assert "FAILED" in resource.message  # FLYTE_FAIL_ON_ERROR: the Slurm job itself failed
        assert await exists_on_cluster(tb, meta.work_dir)  # kept for debugging
    finally:
        async with Stager(ssh_config(tb)) as st:
            await st.remove_tree(meta.work_dir)


def sftp_cluster(tb: Testbed, **kw: Any) -> SlurmCluster:
    ssh = tb.facts["ssh"]
    return SlurmCluster(
        url=tb.url,
        user=tb.user,
        jwt_key_secret="jwt_key",
        secret_group="slurm_rest",
        ssh=SSHTarget(host=ssh["host"], port=ssh["port"], known_hosts=ssh["known_hosts"], key_secret="ssh_key"),
        **kw,
    )


async def test_shell_directory_output_comes_back_by_sftp(tb: Testbed, connector_env: None, tmp_path: Path) -> None:
    """No path_map: the connector cannot see the cluster's files, so the FlyteDirectory crosses by SFTP."""
    cluster = sftp_cluster(tb)
    task = SlurmRestShellTask(
        name="sftp_dir",
        cluster=cluster,
        inputs=kwtypes(n=int),
        script="#!/bin/bash\nmkdir -p {outputs.d}/sub\nfor i in $(seq {inputs.n}); do echo $i > {outputs.d}/sub/$i; done\n",
        output_locs=[OutputLocation(var="d", var_type=FlyteDirectory, location="")],
    )
    _, resource = await run_task(task, tmp_path, n=3)
    assert phase_name(resource.phase) == "SUCCEEDED", resource.message
    got = Path(resource.outputs["d"].path)
    assert got.is_relative_to(tmp_path / "prefix"), got
    assert sorted(p.read_text() for p in (got / "sub").iterdir()) == ["1\n", "2\n", "3\n"]


async def test_fast_registered_code_comes_from_the_blob_store(
    tb: Testbed, example: Any, connector_env: None, tmp_path: Path
) -> None:
    """A remote run names its code bundle in the blob store: the connector moves that bundle (here one whose
    module answers differently from the local one) and the job runs it."""
    source = (ROOT / "examples" / "flyte_functions.py").read_text()
    patched = source.replace("return Counted(n=len(lines) + extra,", "return Counted(n=len(lines) + extra + 1000,")
    assert patched != source
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "flyte_functions.py").write_text(patched)
    bundle = tmp_path / "store" / "fast0123.tar.gz"
    bundle.parent.mkdir()
    with tarfile.open(bundle, "w:gz") as tar:
        tar.add(tmp_path / "src" / "flyte_functions.py", arcname="flyte_functions.py")
    listing = tmp_path / "listing.txt"
    listing.write_text("x\n")
    wrap = ["pyflyte-fast-execute", "--additional-distribution", str(bundle), "--dest-dir", ".", "--"]
    _, resource = await run_task(example.count, tmp_path, wrap=wrap, listing=str(listing), extra=0)
    assert phase_name(resource.phase) == "SUCCEEDED", resource.message
    assert resource.outputs.literals["n"].scalar.primitive.integer == 1001


@pytest.mark.parametrize("shared", [False, True], ids=["by-sftp", "shared-fs"])
async def test_shell_file_input_reaches_the_job_as_a_cluster_path(
    tb: Testbed, connector_env: None, tmp_path: Path, shared: bool
) -> None:
    """A FlyteFile input: translated through path_map when the cluster shares the file, else uploaded."""
    rootfs = Path(tb.facts["rootfs"])
    where = rootfs / "tmp" / f"shared-{tmp_path.name}" if shared else tmp_path
    where.mkdir(parents=True, exist_ok=True)
    src = where / "in put.txt"
    src.write_text("payload\n")
    cluster = sftp_cluster(tb, path_map=[("/", str(rootfs))] if shared else [])
    task = SlurmRestShellTask(
        name="sftp_in",
        cluster=cluster,
        inputs=kwtypes(f=FlyteFile),
        script="#!/bin/bash\n{ echo {inputs.f}; cat {inputs.f}; } > {outputs.o}\n",
        output_locs=[OutputLocation(var="o", var_type=FlyteFile, location="")],
    )
    try:
        given = literals(task, f=str(src))  # a local run copies the file into its (local) blob store ...
        if shared:  # ... which here is a filesystem the cluster shares
            given.literals["f"].scalar.blob._uri = str(src)
        _, resource = await run_task(task, tmp_path, given=given)
        assert phase_name(resource.phase) == "SUCCEEDED", resource.message
        seen_as, content = Path(resource.outputs["o"].path).read_text().splitlines()
        assert content == "payload"
        if shared:
            assert seen_as == "/" + str(src.relative_to(rootfs))
        else:
            assert seen_as.startswith("/tmp/slurm-rest-alice/") and seen_as.endswith("/in put.txt"), seen_as
    finally:
        if shared:
            shutil.rmtree(where)
