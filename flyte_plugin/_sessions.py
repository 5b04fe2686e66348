"""The per-cluster sessions both connectors share: one client, one watcher, one stager per cluster.

One ``AsyncSlurmClient``, one ``AsyncJobWatcher`` and (with ``ssh``) one SFTP ``Stager`` per cluster
(and event loop) serve every task a connector tracks, so however many tasks Flyte polls, each cluster
sees one state request per poll cycle and one SSH connection. Secret values come from the caller's
``SecretReader`` (flytekit's secret store, or the keyword arguments Flyte 2 passes) when a session is
first made, and stay inside the session's client and stager.
"""

from __future__ import annotations

import asyncio
import json
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slurm_rest import AsyncJobWatcher, AsyncSlurmClient, ClientConfig, JobInfo, Secret, SSHConfig, Stager, StagingError

from ._config import SECRET_JWT_KEY, SECRET_SSH_KEY, SECRET_TOKEN, SlurmCluster

__all__ = ["SecretReader", "Session", "close_sessions", "last_seen", "session"]

SecretReader = Callable[[str], str]
"""A secret's value by its role (``SECRET_TOKEN``, ``SECRET_JWT_KEY``, ``SECRET_SSH_KEY``)."""


@dataclass
class Session:
    client: AsyncSlurmClient
    watcher: AsyncJobWatcher
    stager: Stager | None

    def need_stager(self) -> Stager:
        if self.stager is None:
            raise StagingError("this task moves files by SFTP: give its SlurmCluster an ssh=SSHTarget(...)")
        return self.stager


# Per event loop (httpx pools and asyncio locks are loop-bound); a closed loop's entries go with it.
_CLIENTS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop,
                                    tuple[dict[str, asyncio.Future[Session]], dict[str, Session]]] = (
    weakref.WeakKeyDictionary())


def _stager(cluster: SlurmCluster, secret: SecretReader) -> Stager | None:
    ssh = cluster.ssh
    if ssh is None:
        return None
    return Stager(SSHConfig(host=ssh.host, port=ssh.port, user=ssh.user or cluster.user, host_key=ssh.host_key,
                            known_hosts=ssh.known_hosts, insecure_skip_host_key_check=ssh.insecure_skip_host_key_check,
                            key_data=Secret(secret(SECRET_SSH_KEY)) if ssh.key_secret else None))


async def session(cluster: SlurmCluster, secret: SecretReader) -> Session:
    """The shared client, watcher and stager of a cluster (per event loop: pools are loop-bound)."""
    loop = asyncio.get_running_loop()
    opening, sessions = _CLIENTS.setdefault(loop, ({}, {}))
    key = _session_key(cluster)
    if key in sessions:
        return sessions[key]
    if key in opening:  # callers arriving while it opens all wake at once (so their jobs share a cycle)
        return await asyncio.shield(opening[key])
    opening[key] = done = loop.create_future()
    try:
        sessions[key] = await _open(cluster, secret)
        done.set_result(sessions[key])
        return sessions[key]
    except BaseException as exc:
        done.set_exception(exc)
        done.exception()  # retrieved: nobody else may be waiting
        raise
    finally:
        del opening[key]


async def _open(cluster: SlurmCluster, secret: SecretReader) -> Session:
    auth: dict[str, Any] = ({"token": Secret(secret(SECRET_TOKEN))} if cluster.token_secret else
                            {"jwt_key_data": Secret(secret(SECRET_JWT_KEY)), "jwt_subject": cluster.jwt_subject})
    client = AsyncSlurmClient(ClientConfig(url=cluster.url, user=cluster.user, api_version=cluster.api_version,
                                           verify=cluster.verify, **auth))
    try:
        watcher = await client.watcher()  # negotiates the API version: the first request
    except BaseException:
        await client.aclose()
        raise
    return Session(client, watcher, _stager(cluster, secret))


def _session_key(cluster: SlurmCluster) -> str:
    return json.dumps(cluster.to_dict(), sort_keys=True)


def last_seen(cluster: SlurmCluster, job_id: int) -> JobInfo | None:
    """What this loop's session of ``cluster`` last knew of a job, without making a session."""
    _opening, sessions = _CLIENTS.get(asyncio.get_running_loop(), ({}, {}))
    found = sessions.get(_session_key(cluster))
    return found.watcher.state.infos.get(job_id) if found is not None else None


async def close_sessions() -> None:
    """Close and forget this event loop's clients and SSH connections (tests, orderly shutdown)."""
    _, sessions = _CLIENTS.pop(asyncio.get_running_loop(), (None, {}))
    for each in sessions.values():
        await each.client.aclose()
        if each.stager is not None:
            await each.stager.close()
