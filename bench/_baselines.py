"""The SSH-based ways of doing the same work: flytekitplugins-slurm's connector, scontrol over asyncssh."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import asyncssh
from _harness import Testbed

REPEAT_SH = "/usr/local/share/slurm-rest/repeat.sh"  # a batch script the testbed ships on the cluster
SSH_ALIAS = "slurm-rest-bench-2411"


def peer_home(tb: Testbed) -> tempfile.TemporaryDirectory[str]:
    """A HOME for flytekitplugins-slurm whose ``~/.ssh/config`` maps ``SSH_ALIAS`` to the testbed's sshd: its
    ssh_config takes no port, and its docs send the port to that file."""
    ssh = tb.facts["ssh"]
    home = tempfile.TemporaryDirectory()
    (Path(home.name) / ".ssh").mkdir(mode=0o700)
    (Path(home.name) / ".ssh" / "config").write_text(
        f"Host {SSH_ALIAS}\n  HostName {ssh['host']}\n  Port {ssh['port']}\n  User {ssh['user']}\n"
    )
    return home


def peer_ssh_config(tb: Testbed) -> dict[str, Any]:
    """flytekitplugins-slurm's ``ssh_config`` for the testbed's job user (under ``peer_home``)."""
    ssh = tb.facts["ssh"]
    return {"host": SSH_ALIAS, "username": ssh["user"], "client_keys": [ssh["key_path"]]}


class FlytekitSlurm:
    """flytekitplugins-slurm's ``SlurmScriptConnector``: ``create`` submitting jobs (held by default) and ``get``
    reading one's state, over SSH.

    The plugin's ssh_config takes only host, username and client_keys (no port) and switches
    host-key checking off; the port comes, as its docs say, from ``~/.ssh/config`` — here a
    temporary HOME whose config maps an alias to the testbed's sshd, set while it runs.
    """

    def __init__(self, tb: Testbed, *, hold: bool = True) -> None:
        try:  # slow import: only when used
            from flytekitplugins.slurm.script.connector import SlurmScriptConnector
        except ImportError:
            raise SystemExit(
                "the submit section compares with flytekitplugins-slurm: .venv/bin/pip install flytekitplugins-slurm"
            ) from None

        self._cls = SlurmScriptConnector
        self.connector = SlurmScriptConnector()  # registration happens at import, not here
        self._home = peer_home(tb)
        self.template = SimpleNamespace(
            custom={
                "ssh_config": peer_ssh_config(tb),
                "batch_script_path": REPEAT_SH,
                "batch_script_args": ["hello", "1"],
                "sbatch_config": {"job-name": tb.name, "time": "1", **({"hold": ""} if hold else {})},
            }
        )

    @contextlib.contextmanager
    def _ssh_home(self) -> Iterator[None]:
        old = os.environ.get("HOME")
        os.environ["HOME"] = self._home.name
        try:
            yield
        finally:
            if old is None:
                os.environ.pop("HOME", None)
            else:
                os.environ["HOME"] = old

    async def submit(self, n: int) -> list[int]:
        """``n`` sequential ``create`` calls, as Flyte makes them for ``n`` tasks; their job ids."""
        return [int((await self.create()).job_id) for _ in range(n)]

    async def create(self) -> Any:
        """One ``create``: the resource meta Flyte would store."""
        with self._ssh_home():
            return await self.connector.create(self.template)

    async def get(self, meta: Any) -> Any:
        """One ``get``: its Resource (phase, message)."""
        with self._ssh_home():
            return await self.connector.get(meta)

    def close(self) -> None:
        for conn in self._cls.slurm_cluster_to_ssh_conn.values():
            conn.close()
        self._cls.slurm_cluster_to_ssh_conn.clear()
        self._home.cleanup()


async def ssh_connect(tb: Testbed) -> Any:
    ssh = tb.facts["ssh"]
    return await asyncssh.connect(
        ssh["host"],
        port=int(ssh["port"]),
        username=ssh["user"],
        client_keys=[ssh["key_path"]],
        known_hosts=ssh["known_hosts"],
    )


# Releases whose scontrol has no --json (22.05: "unrecognized option"): one line of text a job there.
SCONTROL_TEXT = frozenset({"22.05"})


async def scontrol_cycle(conn: Any, ids: list[int], release: str = "24.11") -> list[str]:
    """What flytekitplugins-slurm's get() does per job, one after another on one connection."""
    states = []
    for job_id in ids:
        if release in SCONTROL_TEXT:
            res = await conn.run(f"scontrol -o show job {job_id}", check=True)
            states.append(str(res.stdout).split("JobState=", 1)[1].split(None, 1)[0])
        else:
            res = await conn.run(f"scontrol --json show job {job_id}", check=True)
            states.append(str(json.loads(res.stdout)["jobs"][0]["job_state"][0]))
    return states
