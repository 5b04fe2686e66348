"""Helpers shared by the live facade tests (test_facade*.py): clients, request logs, job files."""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from slurm_rest import AsyncSlurmClient, JobNotFoundError, SlurmClient
from slurm_rest._adapters import SUPPORTED

from ..conftest import Testbed

# The version the facade must negotiate on each release: the newest one served that it speaks.
EXPECTED_API = {"22.05": "v0.0.38", "24.11": "v0.0.42", "26.05": "v0.0.45"}
_JOB_PATH = re.compile(r"^/slurm/v0\.0\.\d+/job/(\d+)$")


def newest_supported(served: list[str]) -> str:
    return max((v for v in served if v in SUPPORTED), key=lambda v: tuple(int(x) for x in v[1:].split(".")))


def sh(body: str) -> str:
    return "#!/bin/sh\n" + body.strip("\n") + "\n"


def make_client(tb: Testbed, **settings: Any) -> SlurmClient:
    return SlurmClient(url=tb.url, user=tb.user, jwt_key=tb.facts["jwt_key_path"], **settings)


def controller_knows(client: SlurmClient, job_id: int) -> bool:
    """Whether the controller still has the job (no fallback to accounting, which keeps jobs it purged)."""
    try:
        client._send(client.adapter().get_job(job_id))
    except JobNotFoundError:
        return False
    return True


def make_async_client(tb: Testbed, **settings: Any) -> AsyncSlurmClient:
    return AsyncSlurmClient(url=tb.url, user=tb.user, jwt_key=tb.facts["jwt_key_path"], **settings)


def job_file(tb: Testbed, path: str, *, timeout: float = 10.0) -> str:
    """A file a job wrote (``path`` as the job sees it, inside the testbed's chroot)."""
    assert path.startswith("/"), f"not absolute: {path!r}"
    host = Path(str(tb.facts["rootfs"]) + path)
    deadline = time.monotonic() + timeout
    while not host.exists() and time.monotonic() < deadline:  # slurmd may still be closing it
        time.sleep(0.2)
    return host.read_text()


def client_for(testbed: Testbed) -> Iterator[SlurmClient]:
    """Body of a ``client`` fixture: a fresh client; afterwards the jobs it submitted are cancelled (a failed
    assertion must not leave sleepers behind; cancelling a finished job is harmless)."""
    submitted: list[int] = []
    with make_client(testbed) as c:
        submit = c.submit

        def recording_submit(*args: Any, **fields: Any) -> int:
            job_id = submit(*args, **fields)
            submitted.append(job_id)
            return job_id

        c.submit = recording_submit  # type: ignore[method-assign]
        yield c
        for job_id in submitted:
            with contextlib.suppress(Exception):
                c.cancel(job_id)


async def async_client_for(testbed: Testbed) -> AsyncIterator[AsyncSlurmClient]:
    submitted: list[int] = []
    async with make_async_client(testbed) as c:
        submit = c.submit

        async def recording_submit(*args: Any, **fields: Any) -> int:
            job_id = await submit(*args, **fields)
            submitted.append(job_id)
            return job_id

        c.submit = recording_submit  # type: ignore[method-assign]
        yield c
        for job_id in submitted:
            with contextlib.suppress(Exception):
                await c.cancel(job_id)


@dataclass
class RequestLog:
    """Every request a client sends from now on (an httpx ``request`` event hook)."""

    requests: list[httpx.Request] = field(default_factory=list)

    @classmethod
    def attach(cls, client: SlurmClient | AsyncSlurmClient) -> RequestLog:
        log = cls()
        if isinstance(client, AsyncSlurmClient):

            async def hook(request: httpx.Request) -> None:
                log.requests.append(request)

            client._http.event_hooks["request"].append(hook)
        else:
            client._http.event_hooks["request"].append(log.requests.append)
        return log

    def __len__(self) -> int:
        return len(self.requests)

    def calls(self, start: int = 0) -> list[tuple[str, str]]:
        return [(r.method, r.url.path) for r in self.requests[start:]]


def is_state_request(call: tuple[str, str], api_version: str) -> bool:
    """The watcher's one batched request of a cycle: /jobs/state/ (v0.0.40+; now and then a full /jobs/
    listing instead, to catch a pending job's changed reason) or /jobs?update_time= (v0.0.38)."""
    method, path = call
    suffixes = ("/jobs",) if api_version == "v0.0.38" else ("/jobs/state/", "/jobs/")
    return method == "GET" and any(path == f"/slurm/{api_version}{s}" for s in suffixes)


def job_get_id(call: tuple[str, str]) -> int | None:
    """The job id of a per-job ``GET /job/{id}``, else None."""
    method, path = call
    match = _JOB_PATH.match(path)
    return int(match[1]) if method == "GET" and match else None


def split_cycles(calls: list[tuple[str, str]], api_version: str) -> list[list[tuple[str, str]]]:
    """Requests grouped by poll cycle: each cycle starts with the batched state request."""
    assert calls and is_state_request(calls[0], api_version), f"a cycle must start with the state request: {calls[:3]}"
    cycles: list[list[tuple[str, str]]] = []
    for call in calls:
        if is_state_request(call, api_version):
            cycles.append([call])
        else:
            cycles[-1].append(call)
    return cycles
