"""What both connectors do with a job, Flyte-free: build it from a task's custom block, describe it,
and bring back its stderr tail and output files.

A task's ``custom`` block (the same keys for flytekit and Flyte 2 tasks) holds the cluster, the job
options, the environment, prerun/postrun lines, the outputs and either an inline ``script`` or a
``batch_script_path`` with ``args``. Output files come back through a shared filesystem where
``path_map`` covers them, else by SFTP into the blob store through the SDK's own ``Put``.
"""

from __future__ import annotations

import asyncio
import posixpath
import tempfile
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

from slurm_rest import (
    DEFAULT_JOB_ENV,
    JobInfo,
    JobSpec,
    JobUsage,
    RefusedError,
    StagingError,
    header_of,
    per_task_script,
)

from ._constants import HEADER_BYTES, STDERR_TAIL
from ._files import copy_out, inside, local_head, local_tail
from ._policy import Target
from ._render import compose, private_work, render, wrapper_for_script
from ._sessions import Session

__all__ = [
    "LOG_NAME",
    "USAGE_FIELDS",
    "Put",
    "build_job",
    "custom_info",
    "fetch_outputs",
    "log_links",
    "script_header",
    "stderr_tail",
]

Put = Callable[[str, str], Awaitable[str]]
"""Bring one local file or directory into the blob store under an output key; its URI."""
LOG_NAME = "slurm.out"  # the job's output and errors, in its work directory


def build_job(
    custom: Mapping[str, Any],
    inputs: Mapping[str, str],
    target: Target,
    *,
    run_id: str,
    name: str,
    premade: bool = False,
    header: str | None = None,
) -> tuple[JobSpec, dict[str, list[str]], str]:
    """The JobSpec for a task template's custom block, where each output will be written, and the log.

    The script's #SBATCH lines apply as sbatch applies them (an inline script's own; a script task's from
    ``header``, its script's start on the cluster), the task's ``job`` options over them, and the connector's
    defaults (the task's name, its work directory, its log) where neither says. The job works in ``<the
    user's work root>/<run id>`` (private, see ``private_work``); an output's location is relative to it, so
    every output is read from inside the task's own directory. With an ``image`` the script runs in it, once
    per task of the job, through the cluster's container runtime (``Target.container`` decides)."""
    out_dir = target.work_dir(run_id)
    outputs: dict[str, list[str]] = {}
    for var, spec in custom.get("outputs", {}).items():
        where = render(spec["location"], inputs, {}, quote=False) if spec["location"] else var
        location = posixpath.normpath(f"{out_dir}/{where}")
        if where.startswith("/") or not inside(location, out_dir):
            raise RefusedError(
                f"output {var!r}: location {where!r} must be a relative path inside the task's directory"
            )
        outputs[var] = [spec["kind"], location]
    dirs = sorted({p if k == "dir" else posixpath.dirname(p) for k, p in outputs.values()} - {out_dir})
    env = dict(DEFAULT_JOB_ENV)
    paths = {v: p for v, (_, p) in outputs.items()}
    if "script" in custom:
        body = header = render(custom["script"], inputs, paths)
    else:
        body = wrapper_for_script(custom["batch_script_path"], custom.get("args", []), inputs, paths)
        env.update(inputs)  # primitive inputs as environment variables too
    asked = JobSpec.from_script(_PROBE, custom.get("job", {}), header=header or "")
    own_log = asked.stdout is None and asked.stderr is None
    log = f"{out_dir}/{LOG_NAME}"
    setup = private_work(target.work_root, out_dir, log=log if own_log and not premade else None)
    prerun, postrun = custom.get("prerun", []), custom.get("postrun", [])
    if image := custom.get("image"):  # the script runs in the task's image, once per task; setup on the host
        task = compose(body, prerun=prerun, postrun=postrun, make_dirs=dirs)
        script = per_task_script(task, target.container(image), target.client.container_runtime, prologue=setup)
    else:
        script = compose(body, prerun=prerun, postrun=postrun, make_dirs=dirs, setup=setup)
    # A dependency that can never be met ends the job (and the task) instead of leaving it queued. Slurm
    # opens a job's output before its script runs: into ``log`` when the connector made the directory
    # (``premade``, by SFTP: slurmstepd's own messages land there too), else the script sends its own there.
    defaults = {
        "name": name,
        "working_dir": out_dir if premade else "/tmp",
        "kill_on_invalid_dependency": True,
        "stdout": (log if premade else "/dev/null") if own_log else None,
    }
    unset = {k: v for k, v in defaults.items() if getattr(asked, k) is None and v is not None}
    env.update({**(asked.environment or {}), **custom.get("environment", {})})
    return asked.with_changes(script=script, environment=env, **unset), outputs, log if own_log else ""


_PROBE = "#!/bin/sh\n"  # the job's options are settled before its script is composed


async def script_header(session: Session, target: Target, custom: Mapping[str, Any]) -> str | None:
    """A script task's script's start on the cluster, up to its first command (None for an inline script):
    by SFTP as the job's user, else through the shared filesystem when every user may read it. RefusedError
    when neither can read it: its #SBATCH lines are never silently dropped."""
    path = custom.get("batch_script_path")
    if path is None:
        return None
    why = "the cluster has no SFTP (ssh) and no path_map covering it"
    data = None
    try:
        if session.stager is not None:
            data = await session.stager.head(path, HEADER_BYTES)
        else:
            data = await asyncio.to_thread(local_head, target, path, HEADER_BYTES)
    except (StagingError, OSError) as exc:
        why = str(exc)
    if data is None:
        raise RefusedError(f"cannot read the #SBATCH lines of {path}: {why}")
    text = data.decode("utf-8", "replace")
    header = header_of(text)
    if header is None and len(data) == HEADER_BYTES:
        raise RefusedError(f"{path}: no command in its first {HEADER_BYTES} bytes; its #SBATCH header is too long")
    return text if header is None else header


async def stderr_tail(session: Session, target: Target, work_dir: str, cluster_path: str) -> str:
    """The end of the job's log, from inside its work directory only: a shared filesystem when mapped, else SFTP."""
    if not cluster_path or not inside(cluster_path, work_dir):
        return ""
    local = await asyncio.to_thread(local_tail, target, work_dir, cluster_path, STDERR_TAIL)
    if local is not None:
        return local
    if session.stager is None:
        return ""
    try:
        await session.stager.no_links(work_dir, cluster_path)
        return (await session.stager.tail(cluster_path, STDERR_TAIL)).strip()
    except StagingError:
        return ""


async def fetch_outputs(
    session: Session, target: Target, work_dir: str, outputs: Mapping[str, list[str]], put: Put
) -> tuple[dict[str, tuple[str, str]], list[str]]:
    """Each output as (kind, its URI in the blob store) and the outputs that are missing or refused. Through a
    shared filesystem where mapped, else by SFTP; never through a link or from outside ``work_dir``."""
    result: dict[str, tuple[str, str]] = {}
    missing = []
    with tempfile.TemporaryDirectory(prefix="slurm-rest-out-") as tmp:
        for i, (var, (kind, path)) in enumerate(outputs.items()):
            local = Path(tmp, str(i), posixpath.basename(path) or "data")
            local.parent.mkdir()
            try:
                if not await asyncio.to_thread(copy_out, target, work_dir, path, local):
                    if session.stager is None:
                        raise StagingError("no shared filesystem or SFTP reaches it")
                    await session.stager.no_links(work_dir, path)
                    await session.stager.download(path, local)
            except StagingError as exc:
                missing.append(f"{var} ({exc})" if "refusing" in str(exc) else f"{var} ({path})")
                continue
            result[var] = (kind, await put(str(local), var))
    return result, missing


def log_links(target: Target, info: JobInfo, log: str = "") -> list[tuple[str, str]]:
    """(name, uri) of the job's stdout and stderr (or its one ``log``), when the cluster has a ``log_url_template``."""
    if not target.log_url_template:
        return []
    streams = (("log", log),) if log else (("stdout", info.stdout_path), ("stderr", info.stderr_path))
    return [
        (
            f"Slurm {stream} (job {info.job_id})",
            target.log_url_template.format(job_id=info.job_id, stream=stream, path=path, user=info.user),
        )
        for stream, path in streams
    ]


def custom_info(info: JobInfo, usage: JobUsage | None = None, log: str = "") -> dict[str, Any]:
    """What the task's page shows about its job; once it ended, the seff-like usage summary too."""

    def iso(t: Any) -> str | None:
        return t.isoformat() if t else None

    out: dict[str, Any] = {
        "job_id": info.job_id,
        "state": info.state.value,
        "flags": sorted(f.value for f in info.flags),
        "reason": info.reason,
        "nodes": info.nodes,
        "return_code": info.return_code,
        "signal": info.signal,
        "submit_time": iso(info.submit_time),
        "start_time": iso(info.start_time),
        "end_time": iso(info.end_time),
        "stdout": log or info.stdout_path,
        "stderr": log or info.stderr_path,
        "restart_count": info.restart_count,
    }
    if usage is not None:
        out["usage"] = {name: getattr(usage, name) for name in USAGE_FIELDS} | {
            "nodes": list(usage.nodes),
            "peak_memory_by_node": dict(usage.peak_memory_by_node),
        }
    return out


#: JobUsage's figures shown in custom info (its steps are left out: ``slurm-rest steps JOB`` has them)
USAGE_FIELDS = (
    "complete",
    "elapsed_seconds",
    "cpus",
    "node_count",
    "cpu_seconds",
    "cpu_efficiency",
    "memory_per_node_bytes",
    "peak_memory_bytes",
    "memory_efficiency",
    "memory_bytes",
    "memory_used_bytes",
    "seff_memory_efficiency",
)
