"""The per-target sessions both connectors share: one client, one watcher, one stager per cluster and user.

One ``AsyncSlurmClient``, one ``AsyncJobWatcher`` and (with SSH) one SFTP ``Stager`` per ``Target`` (a
cluster resolved for one user, ``_policy``) and event loop serve every task a connector tracks for it, so
however many tasks Flyte polls, each cluster sees one state request per user per poll cycle and one SSH
connection per user. Credentials were resolved into the Target and stay inside the session's client and
stager.
"""

from __future__ import annotations

import asyncio
import weakref
from dataclasses import dataclass

from slurm_rest import AsyncJobWatcher, AsyncSlurmClient, JobInfo, Stager, StagingError

from ._heap import freeze_startup
from ._policy import Target, forget_targets

__all__ = ["Session", "close_sessions", "last_seen", "session"]


@dataclass
class Session:
    client: AsyncSlurmClient
    watcher: AsyncJobWatcher
    stager: Stager | None

    def need_stager(self) -> Stager:
        if self.stager is None:
            raise StagingError("this task moves files by SFTP: its cluster needs SSH settings (and a key for its user)")
        return self.stager


# Per event loop (httpx pools and asyncio locks are loop-bound); a closed loop's entries go with it.
_CLIENTS: weakref.WeakKeyDictionary[
    asyncio.AbstractEventLoop, tuple[dict[str, asyncio.Future[Session]], dict[str, Session]]
] = weakref.WeakKeyDictionary()


async def session(target: Target) -> Session:
    """The shared client, watcher and stager of a target (per event loop: pools are loop-bound)."""
    loop = asyncio.get_running_loop()
    opening, sessions = _CLIENTS.setdefault(loop, ({}, {}))
    key = target.key
    if key in sessions:
        return sessions[key]
    if key in opening:  # callers arriving while it opens all wake at once (so their jobs share a cycle)
        return await asyncio.shield(opening[key])
    opening[key] = done = loop.create_future()
    try:
        sessions[key] = await _open(target)
        done.set_result(sessions[key])
        return sessions[key]
    except BaseException as exc:
        done.set_exception(exc)
        done.exception()  # retrieved: nobody else may be waiting
        raise
    finally:
        del opening[key]


async def _open(target: Target) -> Session:
    freeze_startup()  # the first session opens on the replica's first call: start-up is over
    client = AsyncSlurmClient(target.client)
    try:
        watcher = await client.watcher()  # negotiates the API version: the first request
    except BaseException:
        await client.aclose()
        raise
    return Session(client, watcher, Stager(target.ssh) if target.ssh is not None else None)


def last_seen(target: Target, job_id: int) -> JobInfo | None:
    """What this loop's session of ``target`` last knew of a job, without making a session."""
    _opening, sessions = _CLIENTS.get(asyncio.get_running_loop(), ({}, {}))
    found = sessions.get(target.key)
    return found.watcher.state.infos.get(job_id) if found is not None else None


async def close_sessions() -> None:
    """Close and forget this event loop's clients and SSH connections (tests, orderly shutdown), and the
    resolved targets: the next session reads its secrets again."""
    forget_targets()
    _, sessions = _CLIENTS.pop(asyncio.get_running_loop(), (None, {}))
    for each in sessions.values():
        await each.client.aclose()
        if each.stager is not None:
            await each.stager.close()
