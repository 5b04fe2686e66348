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
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

from slurm_rest import JobInfo, JobSpec, JobUsage, StagingError
from slurm_rest._constants import DEFAULT_ENV

from ._config import SlurmCluster
from ._constants import STDERR_TAIL
from ._render import compose, render, wrapper_for_script
from ._sessions import Session

__all__ = ["USAGE_FIELDS", "Put", "build_job", "custom_info", "fetch_outputs", "log_links", "stderr_tail", "work_dir"]

Put = Callable[[str, str], Awaitable[str]]
"""Bring one cluster path (file or directory) into the blob store under an output key; its URI."""


def work_dir(cluster: SlurmCluster, run_id: str) -> str:
    return f"{cluster.work_root}/slurm-rest/{run_id}"


def build_job(custom: Mapping[str, Any], inputs: Mapping[str, str], *, run_id: str,
              name: str) -> tuple[JobSpec, dict[str, list[str]]]:
    """The JobSpec for a task template's custom block, and where each output will be written."""
    cluster = SlurmCluster.from_dict(custom["cluster"])
    out_dir = work_dir(cluster, run_id)
    outputs: dict[str, list[str]] = {}
    for var, spec in custom.get("outputs", {}).items():
        location = render(spec["location"], inputs, {}, quote=False) if spec["location"] else f"{out_dir}/{var}"
        outputs[var] = [spec["kind"], location]
    dirs = [out_dir, *sorted({p if k == "dir" else posixpath.dirname(p) for k, p in outputs.values()} - {out_dir})]
    env = {**DEFAULT_ENV, **custom.get("environment", {})}
    paths = {v: p for v, (_, p) in outputs.items()}
    if "script" in custom:
        body = render(custom["script"], inputs, paths)
    else:
        body = wrapper_for_script(custom["batch_script_path"], custom.get("args", []), inputs, paths)
        env.update(inputs)  # primitive inputs as environment variables too
    script = compose(body, prerun=custom.get("prerun", []), postrun=custom.get("postrun", []), make_dirs=dirs)
    # A dependency that can never be met ends the job (and the task) instead of leaving it queued.
    options = {"job-name": name, "chdir": cluster.work_root, "kill-on-invalid-dep": True, **custom.get("job", {})}
    return JobSpec.from_options(script, options).with_changes(environment=env), outputs


async def stderr_tail(session: Session, cluster: SlurmCluster, cluster_path: str) -> str:
    """The end of the job's stderr: from a shared filesystem when mapped, else by SFTP."""
    if not cluster_path:
        return ""
    local = cluster.local_path(cluster_path)
    if local is None:
        if session.stager is None:
            return ""
        try:
            return (await session.stager.tail(cluster_path, STDERR_TAIL)).strip()
        except StagingError:
            return ""
    return await asyncio.to_thread(_local_tail, local)


def _local_tail(local: str) -> str:
    try:
        with open(local, "rb") as fh:
            fh.seek(0, 2)
            fh.seek(max(0, fh.tell() - STDERR_TAIL))
            return fh.read().decode("utf-8", "replace").strip()
    except OSError:
        return ""


async def fetch_outputs(session: Session, cluster: SlurmCluster, outputs: Mapping[str, list[str]],
                        put: Put) -> tuple[dict[str, tuple[str, str]], list[str]]:
    """Each output as (kind, where the SDK finds it) and the outputs that are missing. A path on a shared
    filesystem is used where this connector sees it; any other comes back by SFTP through ``put``."""
    result: dict[str, tuple[str, str]] = {}
    missing = []
    for var, (kind, path) in outputs.items():
        local = cluster.local_path(path)
        if local is None and session.stager is not None:
            try:
                local = await put(path, var)
            except StagingError:
                missing.append(f"{var} ({path})")
                continue
        elif not Path(local or path).exists():
            missing.append(f"{var} ({path})")
        result[var] = (kind, local or path)
    return result, missing


def log_links(cluster: SlurmCluster, info: JobInfo) -> list[tuple[str, str]]:
    """(name, uri) of the job's stdout and stderr, when the cluster has a ``log_url_template``."""
    if not cluster.log_url_template:
        return []
    return [(f"Slurm {stream} (job {info.job_id})",
             cluster.log_url_template.format(job_id=info.job_id, stream=stream, path=path, user=info.user))
            for stream, path in (("stdout", info.stdout_path), ("stderr", info.stderr_path))]


def custom_info(info: JobInfo, usage: JobUsage | None = None) -> dict[str, Any]:
    """What the task's page shows about its job; once it ended, the seff-like usage summary too."""
    def iso(t: Any) -> str | None:
        return t.isoformat() if t else None

    out: dict[str, Any] = {
        "job_id": info.job_id, "state": info.state.value, "flags": sorted(f.value for f in info.flags),
        "reason": info.reason, "nodes": info.nodes, "return_code": info.return_code, "signal": info.signal,
        "submit_time": iso(info.submit_time), "start_time": iso(info.start_time), "end_time": iso(info.end_time),
        "stdout": info.stdout_path, "stderr": info.stderr_path, "restart_count": info.restart_count}
    if usage is not None:
        out["usage"] = {name: getattr(usage, name) for name in USAGE_FIELDS} | {
            "nodes": list(usage.nodes), "peak_memory_by_node": dict(usage.peak_memory_by_node)}
    return out


#: JobUsage's figures shown in custom info (its steps are left out: ``slurm-rest steps JOB`` has them)
USAGE_FIELDS = ("complete", "elapsed_seconds", "cpus", "node_count", "cpu_seconds", "cpu_efficiency",
                "memory_per_node_bytes", "peak_memory_bytes", "memory_efficiency", "memory_bytes",
                "memory_used_bytes", "seff_memory_efficiency")
