"""Helpers shared by the live staging and function tests: SSH settings and clients for a testbed."""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path
from typing import Any

from slurm_rest import AsyncSlurmClient, ClientConfig, SlurmClient, SSHConfig
from slurm_rest_testbed import RELEASES, Release

from ..conftest import Testbed

R2205, R2411, R2605 = (next(r for r in RELEASES if r.name == n) for n in ("22.05", "24.11", "26.05"))
MATCHING: Release = R2205  # the one release whose cluster Python is this machine's (3.11)


def ssh_config(tb: Testbed, **overrides: Any) -> SSHConfig:
    ssh = tb.facts["ssh"]
    settings: dict[str, Any] = {
        "host": ssh["host"],
        "port": ssh["port"],
        "user": ssh["user"],
        "key_path": ssh["key_path"],
        "known_hosts": ssh["known_hosts"],
    }
    if overrides.get("host_key") or overrides.get("insecure_skip_host_key_check"):
        settings.pop("known_hosts")
    return SSHConfig(**{**settings, **overrides})


def client_config(tb: Testbed) -> ClientConfig:
    return ClientConfig(url=tb.url, user=tb.user, jwt_key=tb.facts["jwt_key_path"])


def async_client(tb: Testbed) -> AsyncSlurmClient:
    return AsyncSlurmClient(client_config(tb))


def cancel_leftovers(tb: Testbed, name: str) -> None:
    """Cancel the test's unfinished jobs (all named ``name``): a failed assertion must not leave sleepers."""
    with contextlib.suppress(Exception), SlurmClient(client_config(tb)) as client:  # never hide the test's outcome
        for job in client.jobs(name=name):
            if not job.finished:
                client.cancel(job.job_id)


def remote_scratch(tb: Testbed, label: str) -> str:
    """A fresh path under the job user's home (not created)."""
    return f"/home/{tb.facts['ssh']['user']}/slurm-rest-test-{label}-{uuid.uuid4().hex[:12]}"


def on_host(tb: Testbed, remote: str) -> Path:
    """Where a cluster path is on this machine (the testbed is a chroot): for checks that bypass SFTP."""
    return Path(str(tb.facts["rootfs"]) + remote)


def host_public_key(tb: Testbed) -> str:
    """The server's ed25519 host key as an OpenSSH public key line ("ssh-ed25519 AAAA...")."""
    return " ".join(on_host(tb, "/etc/ssh/ssh_host_ed25519_key.pub").read_text().split()[:2])
