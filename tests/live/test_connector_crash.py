"""A served connector killed (SIGKILL) at the worst moments of a create: as its submit leaves for slurmrestd, and
once slurmrestd has answered it but before the answer reaches the connector. The job exists, Flyte never got
its id, and replays the same create on the other replica: exactly one job. (The deployment moves files by
SFTP, which is how a replay is told from a first create: without it, docs/deployment.md says, there is no lookup.)

The moment is exact: the connector reaches slurmrestd through a relay that kills it on seeing the submit go
out, or on seeing slurmrestd's answer to it (which it then drops)."""

from __future__ import annotations

import json
import os
import signal
import socket
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest

from slurm_rest import ClientConfig, SlurmClient
from slurm_rest_testbed import RELEASES

from ..conftest import Testbed, require_testbed
from ._replicas import SDKS, Replica, deployment, task_request

pytestmark = pytest.mark.live
NAMES = ["22.05", "26.05"]  # the oldest API (v0.0.38) and the newest


class Relay:
    """TCP between the connectors and slurmrestd; kills ``victim`` at the chosen moment of the next submit."""

    def __init__(self, upstream: int) -> None:
        self.upstream = upstream
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.victim: int | None = None
        self.moment = "answered"
        self.killed = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _kill(self) -> bool:
        victim, self.victim = self.victim, None
        if victim is None:
            return False
        os.kill(victim, signal.SIGKILL)
        self.killed.set()
        return True

    def _accept(self) -> None:
        while True:
            try:
                down, _ = self.sock.accept()
            except OSError:
                return
            up = socket.create_connection(("127.0.0.1", self.upstream))
            submitted = threading.Event()
            threading.Thread(target=self._pump, args=(down, up, submitted, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(up, down, submitted, False), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, submitted: threading.Event, outward: bool) -> None:
        try:
            while data := src.recv(65536):
                if outward and data.startswith(b"POST ") and b"/job/submit" in data.split(b"\r\n", 1)[0]:
                    submitted.set()
                    if self.moment == "sent":
                        self._kill()
                elif not outward and submitted.is_set() and self.moment == "answered" and self._kill():
                    break  # the answer is dropped: the connector is gone
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                s.close()


@pytest.fixture(scope="module", params=NAMES, ids=[f"slurm-{n}" for n in NAMES])
def bed(request: pytest.FixtureRequest) -> Testbed:
    return require_testbed(next(r for r in RELEASES if r.name == request.param))


@pytest.fixture(scope="module")
def relay(bed: Testbed) -> Relay:
    return Relay(bed.release.rest_port)


@pytest.fixture(scope="module")
def replicas(
    bed: Testbed, relay: Relay, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, list[Replica]]]:
    directory = tmp_path_factory.mktemp("crash")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("_FSEC_", "SLURM_REST_"))}
    env["SLURM_REST_CONNECTOR_CONFIG"], _ = deployment(
        directory, bed.facts, cluster="crash", project="crash", url=relay.url
    )
    made = {s.name: [Replica(s, i, env, directory) for i in range(2)] for s in SDKS}
    try:
        for pair in made.values():
            for r in pair:
                r.start()
        yield made
    finally:
        for pair in made.values():
            for r in pair:
                r.stop()


def jobs_named(tb: Testbed, name: str) -> list[int]:
    with SlurmClient(ClientConfig(url=tb.url, user=tb.user, jwt_key=tb.facts["jwt_key_path"])) as client:
        return [j.job_id for j in client.jobs(name=name)]


def create(replica: Replica, request: Any) -> int:
    return int(json.loads(replica.create(request))["job_id"])


@pytest.mark.parametrize("moment", ["sent", "answered"])
@pytest.mark.parametrize("sdk", [s.name for s in SDKS])
def test_a_connector_killed_mid_submit_leaves_one_job_for_the_replayed_create(
    bed: Testbed, relay: Relay, replicas: dict[str, list[Replica]], sdk: str, moment: str, tmp_path: Path
) -> None:
    first, second = replicas[sdk]
    stem = f"crash{uuid.uuid4().hex[:8]}"
    request, name = task_request(
        first.sdk, stem, "sleep 2", cluster="crash", project="crash", execution=f"e{stem}", prefix=str(tmp_path)
    )
    relay.moment, relay.victim = moment, first.proc.pid if first.proc else None
    with pytest.raises(grpc.RpcError) as lost:
        create(first, request)
    assert relay.killed.wait(5) and lost.value.code() == grpc.StatusCode.UNAVAILABLE, lost.value
    relay.killed.clear()
    try:
        job_id = create(second, request)  # Flyte replays the create on the other replica
        assert create(second, request) == job_id  # and once more: still the same job
        assert jobs_named(bed, name) == [job_id]
    finally:
        first.start()  # the killed replica comes back, as its deployment restarts it
