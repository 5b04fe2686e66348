"""The connector's side of a function task: the cluster command, the code bundle, the batch script.

Flyte hands the connector a ``pyflyte-execute`` command whose paths point into the blob store. Its
input, output and raw-data paths are rewritten to the job's work directory on the cluster (which the
connector fills and empties by SFTP), the command runs with the cluster's Python, and
``FLYTE_FAIL_ON_ERROR`` makes a raising task a failed Slurm job, so the job's state tells the truth.
"""

from __future__ import annotations

import asyncio
import shlex
import sys
import sysconfig
import tarfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from flytekit.core.context_manager import FlyteContextManager

from slurm_rest import DEFAULT_JOB_ENV, Container, ContainerRuntime, JobSpec, ValidationError, per_task_script

from .._constants import FN_PLACEHOLDER
from .._render import compose, record_job_id

if TYPE_CHECKING:  # not at run time: flytekit may import this package while _function is half-imported
    from ._function import SlurmRestFunction

__all__ = ["Command", "code_bundle", "function_job", "parse_command", "ranks_of"]

PYFLYTE = "pyflyte-execute"
ENTRYPOINT = "-m flytekit.bin.entrypoint " + PYFLYTE
# pyflyte-execute options that name blob-store paths, and where they point in the work directory.
_INTO_WORK = {
    "--inputs": "inputs.pb",
    "--output-prefix": "outputs",
    "--raw-output-data-prefix": "raw",
    "--checkpoint-path": "checkpoint",
}
# Options that name blob-store paths the job cannot (and need not) read.
_DROPPED = frozenset({"--prev-checkpoint", "--dynamic-addl-distro", "--dynamic-dest-dir"})
_DEFAULT_SCRIPT = f"#!/bin/bash\n{FN_PLACEHOLDER}\n"


@dataclass(frozen=True)
class Command:
    """A task's ``pyflyte-execute`` arguments, rewritten for the work directory."""

    args: list[str]
    distribution: str | None  # the fast-registration bundle a remote run names
    module: str | None  # the task's module, for the default resolver


def _value(args: Sequence[str], option: str) -> str | None:
    return args[args.index(option) + 1] if option in args[:-1] else None


def parse_command(args: Sequence[str], work: str) -> Command:
    """Rewrite the container args Flyte made (plain or wrapped in ``pyflyte-fast-execute``)."""
    if PYFLYTE not in args:
        raise ValidationError(f"a function task runs {PYFLYTE}; its container args are {list(args)[:4]}")
    rest = list(args[args.index(PYFLYTE) + 1 :])
    out: list[str] = []
    i = 0
    while i < len(rest):
        arg = rest[i]
        if arg == "--":
            out += rest[i:]
            break
        if arg in _INTO_WORK:
            out += [arg, f"{work}/{_INTO_WORK[arg]}"]
            i += 2
        elif arg in _DROPPED:
            i += 2
        else:
            out.append(arg)
            i += 1
    resolver_args = out[out.index("--") + 1 :] if "--" in out else []
    return Command(out, _value(args, "--additional-distribution"), _value(resolver_args, "task-module"))


def _installed(path: Path) -> bool:
    roots = {sys.prefix, sys.base_prefix, *(sysconfig.get_paths()[k] for k in ("purelib", "platlib"))}
    return any(path.is_relative_to(Path(r).resolve()) for r in roots)


def _source_root(module: str | None) -> Path | None:
    """The directory a locally loaded task module was imported from; None for installed packages."""
    file = getattr(sys.modules.get(module or ""), "__file__", None)
    if not module or not file:
        return None
    path = Path(file).resolve()
    return None if _installed(path) else path.parents[module.count(".") + (path.name == "__init__.py")]


def _pack_loaded_modules(root: Path, target: Path) -> Path:
    """The source files of every loaded module under ``root`` (as ``pyflyte run --copy auto`` picks them)."""
    files = set()
    for mod in list(sys.modules.values()):
        file = getattr(mod, "__file__", None)
        path = Path(file).resolve() if isinstance(file, str) else None
        if path and path.suffix == ".py" and path.is_relative_to(root) and not _installed(path):
            files.add(path)
    with tarfile.open(target, "w:gz") as tar:
        for path in sorted(files):
            tar.add(path, arcname=str(path.relative_to(root)))
    return target


async def code_bundle(cmd: Command, tmp: Path) -> Path | None:
    """The task's code as a .tar.gz to upload, or None when the cluster must import it itself.

    A remote run names its fast-registration bundle (fetched from the blob store here); a local
    ``pyflyte run`` packs the modules it loaded from the task's source tree.
    """
    local = tmp / "code.tar.gz"
    if cmd.distribution:
        await FlyteContextManager.current_context().file_access.async_get_data(cmd.distribution, str(local))
        return local
    root = _source_root(cmd.module)
    return None if root is None else await asyncio.to_thread(_pack_loaded_modules, root, local)


def ranks_of(fn: SlurmRestFunction) -> int:
    """How many times the function runs: once, or once per task when its job asks for several (nodes
    without a task count: srun starts one per node, at most ``nodes``' upper bound)."""
    spec = JobSpec.from_options(_DEFAULT_SCRIPT, fn.job or {})
    return spec.task_count or spec.nodes_max or 1


# Each rank writes its own outputs: rank 0's are the task's, the others' are kept apart (outputs.rankN).
_RANK_OUTPUTS = 'case "${RANK:-0}" in 0) rank_out=outputs ;; *) rank_out="outputs.rank$RANK" ;; esac'
_OUT = "\0rank-outputs\0"  # stands for the rank's output prefix until the command is quoted


def function_job(
    fn: SlurmRestFunction,
    cmd: Command,
    *,
    work: str,
    name: str,
    code: bool,
    container: Container | None = None,
    runtime: ContainerRuntime | str | None = None,
) -> JobSpec:
    """The batch job: Python setup, code unpacked onto PYTHONPATH, prerun, the command, postrun.

    In ``container`` (the task's image, as the cluster's runtime runs it), or with several ranks, the
    command runs once per task (``per_task_script``): the job's id and the code are set up once, on the
    host, and each task runs the rest, rank 0's outputs being the task's."""
    q = shlex.quote(work)
    ranks = ranks_of(fn)
    per_task = container is not None or ranks > 1
    if per_task and fn.uses_srun:
        raise ValidationError(
            "srun, srun_options and srun_append do not apply to a function run once per task "
            "(in an image, or as ranks): the tasks are started by srun already"
        )
    args = [_OUT if per_task and a == f"{work}/outputs" else a for a in cmd.args]
    command = fn.srun_prefix() + f"{fn.python} {ENTRYPOINT} " + shlex.join(args)
    command = command.replace(shlex.quote(_OUT), f'{q}/"$rank_out"')
    unpack = (
        [
            (
                f"mkdir -p {q}/code && tar -xzf {q}/code.tar.gz -C {q}/code "
                "|| { echo 'slurm-rest: could not unpack the task code' >&2; exit 1; }"
            )
        ]
        if code
        else []
    )
    path = [f'export PYTHONPATH={q}/code"${{PYTHONPATH:+:$PYTHONPATH}}"'] if code else []
    body = (fn.script or _DEFAULT_SCRIPT).replace(FN_PLACEHOLDER, command)
    options = {
        "job-name": name,
        "chdir": work,
        "output": f"{work}/slurm-%j.out",
        "error": f"{work}/slurm-%j.err",
        "kill-on-invalid-dep": True,
        **(fn.job or {}),
    }
    env = {**DEFAULT_JOB_ENV, "FLYTE_FAIL_ON_ERROR": "true", **fn.environment}
    if per_task:  # the job starts in ``work`` (chdir)
        task = compose(body, prerun=[*fn.python_setup, *path, _RANK_OUTPUTS, *fn.prerun], postrun=fn.postrun)
        script = per_task_script(task, container, runtime, prologue=[record_job_id(work), *unpack])
    else:
        script = compose(
            body, prerun=[record_job_id(work), *fn.python_setup, *unpack, *path, *fn.prerun], postrun=fn.postrun
        )
    return JobSpec.from_options(script, options).with_changes(environment=env)
