"""The connector's side of a Flyte 2 function task (``slurm_rest2_fn``): the ``a0`` command run as a Slurm job.

Flyte hands the connector the task's container, whose arguments run the ``a0`` runtime with blob-store paths
(inputs, outputs, raw data, the code bundle). Nothing on the cluster reads the blob store: ``create`` fetches
``inputs.pb``, every file an input names and the code bundle, uploads them by SFTP into the task's private
work directory and points ``a0`` there; names a served task's arguments still hold as templates
(``{{.runName}}``, ``{{.actionName}}``) and those ``a0`` requires but the backend leaves out (``--run-base-dir``,
``--org``/``--project``/``--domain``) are filled from the execution, as armada-flyte's connector does
(docs/architecture.md, "Why the connector fills the runtime args"). ``a0`` writes ``error.pb`` and exits 0
when the function raises, so ``get`` decides by ``error.pb``, not by the exit code. After a success, each file
``a0`` wrote into the work directory is put into the blob store and ``outputs.pb``, its URIs rewritten, goes to
the ``--outputs-path`` Flyte gave (it must lie under the request's output prefix), where Flyte (or a local
run) reads it: the Resource carries no outputs.
"""

from __future__ import annotations

import asyncio
import logging
import shlex
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import flyte.storage
from flyte.connectors import ConnectorRegistry
from flyteidl2.core import execution_pb2
from google.protobuf import json_format

from slurm_rest import (
    DEFAULT_JOB_ENV,
    Container,
    ContainerRuntime,
    JobSpec,
    RefusedError,
    Stager,
    StagingError,
    ValidationError,
    per_task_script,
)

from .._config import plain
from .._constants import FN_PLACEHOLDER
from .._files import check_input, inside
from .._lifecycle import Begun, begin, cluster_field, seal, submit
from .._phases import Phase
from .._policy import Target
from .._polling import Outcome, add_tail
from .._render import compose, record_job_id
from .._reported import reported
from .._sessions import Session
from ._a0_data import fetch, publish_outputs, stage_inputs
from ._connector import SlurmRestConnector, SlurmRestMeta, _readers

__all__ = [
    "TASK2_FUNCTION",
    "A0Command",
    "SlurmRestFunctionConnector",
    "SlurmRestFunctionMeta",
    "a0_job",
    "names_of",
    "parse_a0",
    "traceback_in",
]

log = logging.getLogger("flyte_plugin.connector")

TASK2_FUNCTION = "slurm_rest2_fn"
"""Flyte 2 task type of the functions of a ``TaskEnvironment(plugin_config=SlurmRestFunction(...))``."""
RUNTIME = "-m flyte._bin.runtime"  # the a0 console script, as a module: the cluster's Python need not have it on PATH
# a0 options that name blob-store paths, and where they point in the work directory.
_INTO_WORK = {
    "--inputs": "inputs.pb",
    "--outputs-path": "outputs",
    "--raw-data-path": "raw",
    "--checkpoint-path": "checkpoint",
    "--run-base-dir": "base",
}
_DROPPED = frozenset({"--prev-checkpoint"})  # a blob-store path the job cannot read (and a first attempt lacks)
_CODE = {"--tgz": "code.tar.gz", "--pkl": "code.pkl"}
_TRACEBACK = "Traceback (most recent call last):"
TRACEBACK_BYTES = 16 * 1024  # of a failed function's log searched for its traceback
_DEFAULT_SCRIPT = f"#!/bin/bash\n{FN_PLACEHOLDER}\n"


@dataclass
class SlurmRestFunctionMeta(SlurmRestMeta):
    """``SlurmRestMeta`` and where ``outputs.pb`` goes, and when the work directory is removed."""

    outputs_path: str = ""  # a0's --outputs-path in the blob store (under output_prefix)
    cleanup: str = "never"  # always, on_success, never


@dataclass(frozen=True)
class A0Command:
    """A task's ``a0`` arguments rewritten for the work directory, and the blob-store URIs they named."""

    args: list[str]
    inputs: str  # inputs.pb in the blob store
    outputs: str  # where Flyte reads outputs.pb
    code: tuple[str, str] | None  # (bundle URI, its file name in the work directory)


def _options(args: Sequence[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """a0's ``--option value`` pairs (every a0 option takes a value; ``--x=v`` too) and its positional arguments
    (the resolver's)."""
    pairs: list[tuple[str, str]] = []
    positional: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg.startswith("--") and "=" in arg:
            name, value = arg.split("=", 1)
            pairs.append((name, value))
            i += 1
        elif arg.startswith("-") and arg != "-":
            if i + 1 >= len(args):
                raise ValidationError(f"a0 option {arg} has no value")
            pairs.append((arg, args[i + 1]))
            i += 2
        else:
            positional.append(arg)
            i += 1
    return pairs, positional


def parse_a0(args: Sequence[str], work: str, names: Mapping[str, str]) -> A0Command:
    """Rewrite the container args Flyte made (``a0 --inputs ... --resolver R ARGS``) to run in ``work``;
    ``names`` fills what the backend left as templates or out (run-name, name, org, project, domain)."""
    if not args or args[0] != "a0":
        raise ValidationError(f"a Flyte 2 function task runs a0; its container args are {list(args)[:4]}")
    pairs, positional = _options(args[1:])
    short = {
        "-i": "--inputs",
        "-o": "--outputs-path",
        "-v": "--version",
        "-r": "--raw-data-path",
        "-c": "--checkpoint-path",
        "-p": "--prev-checkpoint",
    }
    given = {short.get(k, k): v for k, v in pairs}
    for key in ("--inputs", "--outputs-path"):
        if not given.get(key) or given[key].startswith("{{"):
            raise ValidationError(f"a0's {key} is {given.get(key)!r}: Flyte did not render the task's data paths")
    code = next(((given[k], name) for k, name in _CODE.items() if given.get(k)), None)
    out: list[str] = ["a0"]
    for key, value in given.items():
        if key in _DROPPED or key in _INTO_WORK or key in _CODE or key == "--dest" or key in names:
            continue
        out += [key, value]
    for key, name in _INTO_WORK.items():
        out += [key, f"{work}/{name}"]
    for key, value in names.items():
        mine = given.get(key, "")
        out += [key, mine if mine and not mine.startswith("{{") else value]
    if code is not None:
        out += [next(k for k, n in _CODE.items() if n == code[1]), f"{work}/{code[1]}", "--dest", f"{work}/code"]
    return A0Command(out + positional, given["--inputs"], given["--outputs-path"], code)


def names_of(begun: Begun, metadata: Any) -> dict[str, str]:
    """What a0 requires that a served task's args may lack: the run and action names, org, project, domain."""
    ex = begun.execution
    task_id = getattr(getattr(metadata, "task_execution_id", None), "task_id", None)
    org = str(getattr(task_id, "org", "") or "") or "local"
    return {
        "--run-name": ex.name or begun.run_id,
        "--name": ex.node or "a0",
        "--org": org,
        "--project": ex.project or "local",
        "--domain": ex.domain or "local",
    }


def a0_job(
    fn: Any,
    cmd: A0Command,
    *,
    work: str,
    name: str,
    environment: Mapping[str, str],
    container: Container | None = None,
    runtime: ContainerRuntime | str | None = None,
) -> JobSpec:
    """The batch job: Python setup, prerun, ``a0`` (plain logs, so a traceback reads as Python printed it),
    postrun; ``environment`` is the task environment's ``env_vars``, then the config's. In ``container`` (the
    task environment's image, where the cluster runs images) all but the job's id record run in the image."""
    if container is not None and fn.uses_srun:
        raise ValidationError(
            "srun, srun_options and srun_append do not apply to a function run in an image: "
            "srun starts it there already"
        )
    command = fn.srun_prefix() + f"{fn.python} {RUNTIME} " + shlex.join(cmd.args)
    body = (fn.script or _DEFAULT_SCRIPT).replace(FN_PLACEHOLDER, command)
    dirs = [f"{work}/outputs", f"{work}/raw", f"{work}/tmp"]  # a0 makes no parents
    if container is None:
        script = compose(
            body, prerun=[record_job_id(work), *fn.python_setup, *fn.prerun], postrun=fn.postrun, make_dirs=dirs
        )
    else:
        task = compose(body, prerun=[*fn.python_setup, *fn.prerun], postrun=fn.postrun, make_dirs=dirs)
        script = per_task_script(task, container, runtime, prologue=[record_job_id(work)])
    options = {
        "job-name": name,
        "chdir": work,
        "output": f"{work}/slurm-%j.out",
        "error": f"{work}/slurm-%j.err",
        "kill-on-invalid-dep": True,
        **(fn.job or {}),
    }
    # With a local raw-data path a0 leaves a returned File where the function wrote it: a temporary file must
    # land in the work directory, the only place its outputs are fetched from.
    env = {**DEFAULT_JOB_ENV, "DISABLE_RICH_LOGGING": "1", "TMPDIR": f"{work}/tmp", **environment, **fn.environment}
    return JobSpec.from_options(script, options).with_changes(environment=env)


def traceback_in(text: str) -> str:
    """The last Python traceback in a log: from its first line through the exception's (unindented) line."""
    start = text.rfind(_TRACEBACK)
    if start < 0:
        return ""
    lines = text[start:].splitlines()
    end = next((i for i, line in enumerate(lines[1:], 1) if line and not line[0].isspace()), len(lines) - 1)
    return "\n".join(lines[: end + 1])


def _under(uri: str, prefix: str) -> bool:
    base = prefix.rstrip("/")
    return bool(base) and (uri.rstrip("/") == base or uri.startswith(base + "/")) and "/../" not in uri + "/"


def _image(target: Target, image: str) -> Container | None:
    """The task environment's image where the cluster runs images (None: the cluster's own Python runs a0)."""
    return target.container(image) if image and target.client.container_runtime is not None else None


# --- the connector ---------------------------------------------------------------------------------------


class SlurmRestFunctionConnector(SlurmRestConnector):
    """create stages and submits ``a0``, get publishes its outputs or its error; delete is the shared one."""

    metadata_type = SlurmRestFunctionMeta

    def __init__(self) -> None:
        super().__init__(TASK2_FUNCTION)

    @reported
    async def create(
        self,
        task_template: Any,
        output_prefix: str,
        inputs: dict[str, Any] | None = None,
        task_execution_metadata: Any = None,
        **secrets: Any,
    ) -> SlurmRestFunctionMeta:
        from ._function import SlurmRestFunction  # not at import: _function imports this module

        custom = plain(json_format.MessageToDict(task_template.custom))
        fn = SlurmRestFunction.from_dict(custom)
        name = (task_template.id.name or "flyte-task").rsplit(".", 1)[-1][:100]
        begun = await begin(custom, task_execution_metadata, _readers(secrets))
        stager = begun.session.need_stager()
        work = begun.work_dir
        cmd = parse_a0(list(task_template.container.args), work, names_of(begun, task_execution_metadata))
        if not _under(cmd.outputs, output_prefix):
            raise RefusedError(
                f"a0's --outputs-path {cmd.outputs!r} is not under the task's output prefix "
                f"{output_prefix!r}: nothing is written there"
            )
        check_input(cmd.inputs)
        if cmd.code is not None:
            check_input(cmd.code[0])  # the code bundle comes from the blob store too
        await begun.make_work_dir()
        environment = {kv.key: kv.value for kv in task_template.container.env}
        try:
            job_id = begun.found  # a replay whose job exists: write nothing (that job may be reading it now)
            if job_id is None:
                await _stage(begun, stager, cmd)
                job = a0_job(
                    fn,
                    cmd,
                    work=work,
                    name=name,
                    environment=environment,
                    container=_image(begun.target, task_template.container.image),
                    runtime=begun.target.client.container_runtime,
                )
                job_id = await submit(begun, job)
        except BaseException:
            if not begun.replay:  # nothing was submitted: leave nothing behind (a replay's may be its job's)
                await asyncio.shield(_remove(stager, work))
            raise
        meta = SlurmRestFunctionMeta(
            job_id=job_id,
            cluster=cluster_field(begun.target),
            user=begun.target.user,
            output_prefix=output_prefix,
            work_dir=work,
            outputs_path=cmd.outputs,
            cleanup=fn.cleanup,
            retries=task_execution_metadata is not None,
        )
        return seal(meta)

    async def _finish(self, outcome: Outcome, meta: Any, target: Target) -> Outcome:
        """``a0``'s outputs published, or its error; then the work directory removed as ``cleanup`` says."""
        assert outcome.session is not None
        await _finish(outcome, meta, target)
        if meta.cleanup == "always" or (meta.cleanup == "on_success" and outcome.phase is Phase.SUCCEEDED):
            await _remove(outcome.session.need_stager(), meta.work_dir)
        return outcome


async def _stage(begun: Begun, stager: Stager, cmd: A0Command) -> None:
    """inputs.pb (its files on the cluster) and the code bundle, into the work directory by SFTP."""
    work = begun.work_dir
    with tempfile.TemporaryDirectory(prefix="slurm-rest-fn-") as tmp:
        local = Path(tmp, "inputs.pb")
        await fetch(cmd.inputs, local, directory=False)
        data = await stage_inputs(local.read_bytes(), stager, f"{work}/inputs", begun.target.cluster_path)
        await stager.write_bytes(f"{work}/inputs.pb", data)
        if cmd.code is not None:
            bundle = Path(tmp, cmd.code[1])
            await fetch(cmd.code[0], bundle, directory=False)
            await stager.upload(bundle, f"{work}/{cmd.code[1]}")


async def _read(stager: Stager, path: str) -> bytes | None:
    try:
        return await stager.read_bytes(path)
    except StagingError:
        return None


async def _finish(outcome: Outcome, meta: SlurmRestFunctionMeta, target: Target) -> None:
    """A finished a0 job: its error (with the traceback from its log) when it wrote one, else its outputs
    published to the blob store; the log tail when the job itself failed."""
    session: Session | None = outcome.session
    assert session is not None and outcome.info is not None
    stager = session.need_stager()
    out = f"{meta.work_dir}/outputs"
    error = await _read(stager, f"{out}/error.pb")
    if error:
        doc = execution_pb2.ErrorDocument()
        doc.ParseFromString(error)
        # As Flyte treats a container's error.pb: a recoverable one (a0 calls any exception so) uses the retries.
        recoverable = doc.error.kind == execution_pb2.ContainerError.RECOVERABLE
        outcome.phase = Phase.RETRYABLE_FAILED if recoverable else Phase.FAILED
        outcome.message += f"\n{doc.error.code}: {doc.error.message}"
        text = await _log_tail(stager, meta.work_dir, outcome.info.stderr_path)
        found = traceback_in(text)
        outcome.message += f"\n{found}" if found else ""
        return
    if outcome.phase is Phase.SUCCEEDED:
        data = await _read(stager, f"{out}/outputs.pb")
        if data is None:
            outcome.phase = Phase.FAILED
            outcome.message += f"; a0 finished but wrote no {out}/outputs.pb"
        else:
            try:
                published = await publish_outputs(data, stager, meta.work_dir, meta.output_prefix)
            except StagingError as exc:
                outcome.phase = Phase.FAILED
                outcome.message += (
                    f"; an output cannot be fetched: {exc} (a function's files must be written in "
                    "its working directory or $TMPDIR, both inside the task's work directory)"
                )
                return
            await flyte.storage.put_stream(published, to_path=f"{meta.outputs_path.rstrip('/')}/outputs.pb")
            return
    await add_tail(outcome, target, meta.work_dir)


async def _log_tail(stager: Stager, work_dir: str, path: str) -> str:
    """The end of the job's stderr, read only inside its work directory and through no link ("" if none)."""
    if not path or not inside(path, work_dir):
        return ""
    try:
        await stager.no_links(work_dir, path)
        return await stager.tail(path, TRACEBACK_BYTES)
    except StagingError:
        return ""


async def _remove(stager: Stager, path: str) -> None:
    try:
        await stager.remove_tree(path)
    except StagingError as exc:
        log.warning("could not remove %s: %s", path, exc)


ConnectorRegistry.register(SlurmRestFunctionConnector())
