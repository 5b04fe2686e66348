"""A replayed create (Flyte never got the first one's answer) finds the attempt's job: by the id the job wrote
into its work directory when it started, believed only for the user's own job of this attempt; else by the
controller's listing (``find_submitted``). A first create, or one without SFTP to tell, looks for nothing.
A replay whose job exists writes no input again (that job may be reading them) but names the same paths."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import pytest

from flyte_plugin._constants import JOB_ID_FILE
from flyte_plugin._lifecycle import Begun
from flyte_plugin._policy import Execution
from slurm_rest import JobInfo, JobNotFoundError, JobState, StagingError

LABEL = "flyte:ml/development/e1/n0#0"


@dataclass
class Stager:
    files: dict[str, bytes]

    async def head(self, remote: str, nbytes: int) -> bytes:
        if remote not in self.files:
            raise StagingError(f"sftp read {remote}: No such file")
        return self.files[remote][:nbytes]


@dataclass
class Client:
    jobs: dict[int, JobInfo]
    listed: int | None = None
    asked: list[str] = field(default_factory=list)

    async def get_job(self, job_id: int) -> JobInfo:
        self.asked.append(f"get {job_id}")
        if job_id not in self.jobs:
            raise JobNotFoundError(f"job {job_id} not in the answer", path=str(job_id))
        return self.jobs[job_id]

    async def find_submitted(self, once: str) -> int | None:
        self.asked.append(f"listing {once}")
        return self.listed


@dataclass
class Target:
    user: str = "alice"

    def work_dir(self, run_id: str) -> str:
        return f"/home/alice/.slurm-rest/{run_id}"


@dataclass
class Session:
    client: Client
    stager: Stager | None
    watcher: Any = None


def begun(client: Client, files: dict[str, bytes] | None, *, replay: bool | None = True) -> Begun:
    execution = Execution(project="ml", domain="development", name="e1", node="n0")
    stager = None if files is None else Stager(files)
    return Begun(Target(), Session(client, stager), execution, "run1", lambda spec: {}, replay=replay)  # type: ignore[arg-type]


STAMP = f"/home/alice/.slurm-rest/run1/{JOB_ID_FILE}"


def job(job_id: int, user: str = "alice", comment: str = LABEL) -> JobInfo:
    return JobInfo(job_id=job_id, state=JobState.COMPLETED, user=user, comment=comment)


def test_a_started_job_is_found_by_its_stamp_without_a_listing() -> None:
    client = Client({7: job(7)}, listed=None)  # purged from the controller: the listing would not find it
    assert asyncio.run(begun(client, {STAMP: b"7\n"}).earlier_job()) == 7
    assert client.asked == ["get 7"]


def test_accountings_record_without_a_comment_is_believed_for_the_users_job() -> None:
    client = Client({7: job(7, comment="")})
    assert asyncio.run(begun(client, {STAMP: b"7\n"}).earlier_job()) == 7


@pytest.mark.parametrize(
    ("stamp", "jobs"),
    [
        (b"8\n", {8: job(8, user="bob")}),  # another user's job
        (b"8\n", {8: job(8, comment="flyte:ml/development/e1/n0#1")}),  # another attempt's
        (b"8\n", {}),  # a job Slurm does not know
        (b"not a number", {}),
    ],
)
def test_a_stamp_that_does_not_prove_the_attempt_leaves_it_to_the_listing(
    stamp: bytes, jobs: dict[int, JobInfo]
) -> None:
    client = Client(jobs, listed=5)
    assert asyncio.run(begun(client, {STAMP: stamp}).earlier_job()) == 5
    assert client.asked[-1] == f"listing {LABEL}"


def test_a_job_not_started_yet_is_found_by_the_listing() -> None:
    client = Client({}, listed=5)
    assert asyncio.run(begun(client, {}).earlier_job()) == 5
    assert client.asked == [f"listing {LABEL}"]


@pytest.mark.parametrize(("files", "replay"), [({}, False), (None, None)])
def test_a_first_create_or_one_without_sftp_looks_for_nothing(
    files: dict[str, bytes] | None, replay: bool | None
) -> None:
    client = Client({}, listed=5)
    assert asyncio.run(begun(client, files, replay=replay).earlier_job()) is None
    assert client.asked == []


@dataclass
class Uploads:
    """A stager that records what would be written."""

    sent: list[tuple[str, str]] = field(default_factory=list)

    async def upload(self, local: Any, remote: str) -> None:
        self.sent.append((str(local), remote))


@pytest.mark.parametrize("write", [True, False])
def test_a_replay_whose_job_exists_stages_no_flytekit_input_but_names_the_same_paths(
    tmp_path: Any, write: bool
) -> None:
    from flytekit.models.core.types import BlobType
    from flytekit.models.literals import Blob, BlobMetadata, Literal, LiteralMap, Scalar

    from flyte_plugin.flytekit._literals import stage_inputs

    source = tmp_path / "data.csv"
    source.write_text("a,b\n")
    blob = Blob(BlobMetadata(BlobType("csv", BlobType.BlobDimensionality.SINGLE)), f"file://{source}")
    literals = LiteralMap({"table": Literal(scalar=Scalar(blob=blob))})
    stager = Uploads()
    staged = asyncio.run(stage_inputs(literals, stager, "/work/inputs", write=write))  # type: ignore[arg-type]
    assert staged.literals["table"].scalar.blob.uri == "/work/inputs/0/data.csv"
    assert [remote for _, remote in stager.sent] == (["/work/inputs/0/data.csv"] if write else [])


@pytest.mark.parametrize("write", [True, False])
def test_a_replay_whose_job_exists_stages_no_flyte2_input_but_names_the_same_paths(tmp_path: Any, write: bool) -> None:
    from flyte.io import File

    from flyte_plugin.flyte2._connector import _input_strings

    source = tmp_path / "data.csv"
    source.write_text("a,b\n")
    stager = Uploads()
    session = Session(Client({}), stager)  # type: ignore[arg-type]

    class NoMap:
        def cluster_path(self, path: str) -> None:
            return None

    strings = asyncio.run(
        _input_strings(
            {"table": File(path=str(source)), "n": 3},
            session,
            NoMap(),  # type: ignore[arg-type]
            "/work/inputs",
            write=write,
        )
    )
    assert strings == {"n": "3", "table": "/work/inputs/1/data.csv"}  # numbered in the inputs' sorted order
    assert [remote for _, remote in stager.sent] == (["/work/inputs/1/data.csv"] if write else [])


# --- whose directory: a served attempt's is its own on every create, any other create's is new -------------


def _metadata2(project: str = "", name: str = "", node: str = "n0", attempt: int = 0) -> Any:
    from flyteidl2.connector.connector_pb2 import TaskExecutionMetadata

    meta = TaskExecutionMetadata()
    meta.task_execution_id.retry_attempt = attempt
    meta.task_execution_id.node_execution_id.node_id = node
    run = meta.task_execution_id.node_execution_id.execution_id
    run.project, run.domain, run.name = project, "development" if project else "", name
    return meta


@pytest.fixture
def begin(deployed: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """``begin(metadata, creates)``: that many creates of a shell task on a deployment's cluster (no I/O)."""
    from flyte_plugin import _lifecycle

    async def no_io(target: Any) -> Any:
        return None

    monkeypatch.setattr(_lifecycle, "session", no_io)
    monkeypatch.setenv("HPC_JWT_KEY", "a2V5")
    deployed(
        clusters={"hpc": {"url": "http://slurm:6820", "jwt_key": {"env": "HPC_JWT_KEY"}}},
        policy=[{"project": "*", "users": ["alice"], "default_user": "alice"}],
    )

    async def creates(metadata: Any, n: int = 2) -> list[Begun]:
        custom = {"cluster": "hpc", "job": {}}
        return [await _lifecycle.begin(custom, metadata, lambda c: lambda role: "secret") for _ in range(n)]

    return creates


@pytest.mark.parametrize(
    "metadata",
    [
        pytest.param(None, id="no-metadata"),
        # Flyte 2's local loop and c0 requests: every message is there, every field empty (both tasks of
        # such a run once shared the user's root: one job's Slurm output truncated the other's log)
        pytest.param(_metadata2(), id="empty-protobuf"),
        pytest.param(_metadata2(name="r1"), id="named-without-project"),
    ],
)
async def test_a_create_outside_a_served_attempt_gets_a_directory_of_its_own(metadata: Any, begin: Any) -> None:
    first, second = (b.work_dir for b in await begin(metadata))
    assert first != second and first.rsplit("/", 1)[0] == second.rsplit("/", 1)[0] == "/tmp/slurm-rest-alice"


async def test_a_served_attempt_s_directory_is_the_same_on_every_create(begin: Any) -> None:
    first, again = (b.work_dir for b in await begin(_metadata2("ml", "e1")))
    (retried,) = (b.work_dir for b in await begin(_metadata2("ml", "e1", attempt=1), 1))
    (other_node,) = (b.work_dir for b in await begin(_metadata2("ml", "e1", node="n1"), 1))
    assert first == again and len({first, retried, other_node}) == 3


@pytest.mark.parametrize("run_id", ["", ".", "..", "a/b", "../x"])
async def test_a_work_directory_is_never_the_root_or_outside_it(run_id: str, begin: Any) -> None:
    (begun,) = await begin(None, 1)
    with pytest.raises(ValueError, match="not one directory name"):
        begun.target.work_dir(run_id)
