"""Connection facts for a running release: what a client (or a test) needs to reach it."""

from __future__ import annotations

import json
import re
import ssl
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import jwt

from . import _network, _proxy, _tls
from ._build import CLUSTER_SITE, FLYTE_SITE, JOB_USER, JOB_USERS, ssh_key_path
from ._releases import Release

__all__ = ["api_versions", "facts", "fetch_spec", "jwt_key_path", "load_facts", "mint_token", "wait_ready"]

_VERSION = re.compile(r"^/slurm/(v\d+\.\d+\.\d+)/")


def jwt_key_path(rel: Release) -> Path:
    return rel.rootfs / "var/spool/slurmctld/jwt_hs256.key"


def mint_token(rel: Release, user: str = JOB_USER, lifespan: int = 3600) -> str:
    """An HS256 token as slurmctld's auth/jwt expects it (iat, exp, sun)."""
    now = int(time.time())
    claims = {"iat": now, "exp": now + lifespan, "sun": user}
    return jwt.encode(claims, jwt_key_path(rel).read_bytes(), algorithm="HS256")


def _headers(rel: Release) -> dict[str, str]:
    return {"X-SLURM-USER-NAME": JOB_USER, "X-SLURM-USER-TOKEN": mint_token(rel, lifespan=300)}


def fetch_spec(rel: Release, *, through_proxy: bool = False) -> dict[str, Any]:
    """The combined OpenAPI document the daemon serves for all its loaded versions (directly, or through
    the TLS proxy with the release's CA)."""
    verify: bool | ssl.SSLContext = True
    url = rel.rest_url
    if through_proxy:
        url, verify = rel.tls_url, ssl.create_default_context(cafile=_tls.files(rel).ca)
    resp = httpx.get(f"{url}/openapi/v3", headers=_headers(rel), timeout=30, verify=verify)
    resp.raise_for_status()
    result: dict[str, Any] = resp.json()
    return result


def api_versions(spec: dict[str, Any]) -> list[str]:
    found = {m.group(1) for p in spec.get("paths", {}) if (m := _VERSION.match(p))}
    return sorted(found, key=lambda v: tuple(int(x) for x in v[1:].split(".")))


def _slurm_version(rel: Release) -> str:
    out = subprocess.run(
        ["chroot", str(rel.rootfs), "dpkg-query", "-W", "-f=${Version}", "slurmctld"],
        capture_output=True,
        text=True,
        check=False,
    )
    return out.stdout.strip()


def _python_version(rel: Release) -> str:
    out = subprocess.run(
        ["chroot", str(rel.rootfs), "python3", "-c", "import sys; print(*sys.version_info[:2], sep='.')"],
        capture_output=True,
        text=True,
        check=False,
    )
    return out.stdout.strip()


def wait_ready(rel: Release, timeout: float = 90.0) -> None:
    """Wait until slurmrestd answers (directly and through the TLS proxy) and every node is schedulable (and
    responding: no ``*``)."""
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        try:
            fetch_spec(rel)
            fetch_spec(rel, through_proxy=True)
            out = subprocess.run(
                ["chroot", str(rel.rootfs), "sinfo", "-h", "-N", "-o", "%N %t"],
                capture_output=True,
                text=True,
                check=False,
                timeout=20,
            )
            last = out.stdout.strip() or out.stderr.strip()
            states = [line.split()[-1] for line in out.stdout.splitlines() if line.strip()]
            if states and all(s.startswith(("idle", "mix", "alloc")) and not s.endswith("*") for s in states):
                return
        except (httpx.HTTPError, subprocess.TimeoutExpired) as exc:
            last = repr(exc)
        time.sleep(0.5)
    raise SystemExit(f"[{rel.name}] not ready after {timeout:.0f}s: {last}")


def facts(rel: Release, *, with_token: bool = True) -> dict[str, Any]:
    spec = fetch_spec(rel)
    out: dict[str, Any] = {
        "release": rel.name,
        "suite": rel.suite,
        "slurm_version": _slurm_version(rel),
        "cluster": rel.cluster,
        "rest_url": rel.rest_url,
        "api_versions": api_versions(spec),
        "job_user": JOB_USER,
        # Every job user (alice is job_user): a home, a key for SFTP, an association; any may get a token.
        "users": {user: {"uid": uid, "ssh_key_path": str(ssh_key_path(rel, user))} for user, uid in JOB_USERS.items()},
        # slurmrestd behind nginx (_proxy): valid only by this name and with this CA (the release's own).
        "tls": {
            "url": rel.tls_url,
            "stock_url": rel.stock_tls_url,  # the same proxy at nginx's default 8 KiB request head
            "wrong_host_url": rel.tls_wrong_host_url,
            "ca_path": str(_tls.files(rel).ca),
            "access_log": str(_proxy.access_log(rel)),
            "error_log": str(_proxy.error_log(rel)),
        },
        "ssh": {
            "host": "127.0.0.1",
            "port": rel.ssh_port,
            "user": JOB_USER,
            "key_path": str(ssh_key_path(rel)),
            "known_hosts": str(rel.state / "known_hosts"),
        },
        "jwt_key_path": str(jwt_key_path(rel)),
        "python": {
            "executable": "/usr/bin/python3",
            "version": _python_version(rel),
            "setup": [f"export PYTHONPATH={CLUSTER_SITE}"],
        },
        # Flyte function tasks: flytekit + this project, only where the cluster Python matches this one.
        "flyte": (
            {"python": "/usr/bin/python3", "setup": [f"export PYTHONPATH={FLYTE_SITE}"]}
            if (rel.rootfs / FLYTE_SITE.lstrip("/") / ".slurm-rest-stamp").exists()
            else None
        ),
        "rootfs": str(rel.rootfs),
        # Compute nodes (each its own slurmd, network and hostname: _network) and partitions:
        # "debug" (default, never preempted), "low" (requeued when "high" needs its nodes), "high".
        "nodes": [
            {"name": n.name, "address": n.address, "slurmd_pid_file": str(rel.rootfs / "run" / f"slurmd-{n.name}.pid")}
            for n in _network.nodes(rel)
        ],
        "partitions": {"default": "debug", "preemptible": "low", "preempting": "high"},
        "token_command": f"{sys.executable} -m slurm_rest_testbed token {rel.name}",
    }
    (rel.state / "testbed.json").write_text(json.dumps(out, indent=2) + "\n")
    if with_token:
        out["token"] = mint_token(rel)
    return out


def load_facts(rel: Release) -> dict[str, Any] | None:
    """Facts written by the last 'up' (no token inside: tests mint their own)."""
    path = rel.state / "testbed.json"
    try:
        result: dict[str, Any] = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    return result
