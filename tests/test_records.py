"""The listing reader (slurm_rest._records) on its own: any chunking gives the same records and members as
json.loads of the whole body, what it holds stays one record, and broken bodies are refused clearly."""

from __future__ import annotations

import json
import random
from typing import Any

import httpx
import pytest

from slurm_rest import APIError
from slurm_rest._call import Call, Records
from slurm_rest._records import RecordReader

BODY: dict[str, Any] = {
    "meta": {"plugin": {"type": "openapi/slurmctld"}, "count": 12345},
    "jobs": [
        {"job_id": i, "name": f'j\u00e9b {i} "quoted" \\ \u2603', "n": 10**i % 977, "x": [1.5, None, True, {"a": []}]}
        for i in range(200)
    ],
    "last_update": {"set": True, "number": 1700000000},
    "last_backfill": 1700000123,  # a bare number: cut after "17", it must not be read as 17
    "federated": False,
    "errors": [],
    "warnings": [{"description": "a warning", "source": "x"}],
}


def reader(limit: int = 1 << 20, each: Any = lambda record: record, status: int = 200) -> RecordReader:
    return RecordReader(
        Call("GET", "/slurm/v0.0.42/jobs/", records=Records("jobs", each)), httpx.Response(status), limit
    )


def read(raw: bytes, sizes: list[int], **kw: Any) -> RecordReader:
    r = reader(**kw)
    at, turn = 0, 0
    while at < len(raw):
        size = sizes[turn % len(sizes)]
        r.feed(raw[at : at + size])
        at, turn = at + size, turn + 1
    return r


@pytest.mark.parametrize("seed", range(20))
def test_any_chunking_reads_what_json_loads_reads(seed: int) -> None:
    """Cut anywhere: inside a number (12|345), a string's escape, a multi-byte character, between members."""
    raw = json.dumps(BODY, ensure_ascii=False).encode()
    rng = random.Random(seed)
    r = read(raw, [rng.choice([1, 2, 3, 5, 7, 11, 64, 333]) for _ in range(64)])
    assert json.loads(r.content()) == {k: v for k, v in BODY.items() if k != "jobs"}
    assert r.kept == BODY["jobs"]


def test_a_body_cut_in_two_anywhere_reads_the_same() -> None:
    """Every cut point of a small body, including inside the bare numbers and the multi-byte characters."""
    body = {
        "last_backfill": 1700000123,
        "jobs": [{"job_id": 7, "name": '☃ "x"'}, {"job_id": 8}],
        "n": -12.5e3,
        "ok": True,
        "warnings": [],
    }
    raw = json.dumps(body, ensure_ascii=False).encode()
    for cut in range(1, len(raw)):
        r = reader()
        r.feed(raw[:cut])
        r.feed(raw[cut:])
        assert json.loads(r.content()) == {k: v for k, v in body.items() if k != "jobs"}, cut
        assert r.kept == body["jobs"], cut


def test_what_each_returns_is_kept_and_none_drops_the_record() -> None:
    raw = json.dumps(BODY).encode()
    r = read(raw, [4096], each=lambda record: record["job_id"] if record["job_id"] % 2 else None)
    r.content()
    assert r.kept == list(range(1, 200, 2))


def test_it_holds_one_record_at_a_time() -> None:
    big = {"jobs": [{"job_id": i, "pad": "p" * 5000} for i in range(2000)]}  # 10 MB
    r = read(json.dumps(big).encode(), [65536], each=lambda record: record["job_id"])
    r.content()
    assert len(r.kept) == 2000 and r.held < 65536 + 6000


def test_members_before_and_after_the_records_and_no_records() -> None:
    for body in ({"errors": [{"error_number": 1}], "jobs": []}, {"meta": {}}, {}):
        r = read(json.dumps(body).encode(), [3])
        assert json.loads(r.content()) == {k: v for k, v in body.items() if k != "jobs"} and r.kept == []


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        (b'{"jobs": [1]}', "must be a list of objects, got int"),
        (b'{"jobs": {"7": {}}}', "must be a list of objects, got dict"),
        (b'{"jobs": null}', "must be a list of objects, got NoneType"),
        (b'{"jobs": "all"}', "must be a list of objects, got str"),
        (b'{"jobs": [{"a": 1}', "not a JSON object"),
        (b'{"jobs": [{"a": 1}]', "not a JSON object"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"jobs": [{"a": 1}]} trailing', "not a JSON object"),
        (b"{7: 1}", "not a JSON object"),
        (b'{"jobs": [{"a": "\xff"}]}', "not a JSON object"),
    ],
)
def test_broken_bodies_are_refused(raw: bytes, says: str) -> None:
    with pytest.raises(APIError, match=says) as info:
        read(raw, [5]).content()
    assert "/slurm/v0.0.42/jobs/" in str(info.value)


def test_one_record_over_the_limit_is_refused_however_it_arrives() -> None:
    raw = json.dumps({"jobs": [{"job_id": 1}, {"job_id": 2, "pad": "p" * 5000}]}).encode()
    for sizes in ([len(raw)], [100]):
        with pytest.raises(APIError, match="one record of the answer is over the client's 4096 byte limit"):
            read(raw, sizes, limit=4096).content()


def test_an_error_answer_is_read_whole() -> None:
    r = read(json.dumps({"errors": [{"error_number": 2017}], "jobs": [{"job_id": 1}]}).encode(), [7], status=500)
    assert json.loads(r.content())["jobs"] == [{"job_id": 1}] and r.kept == []


@pytest.mark.parametrize("release", ["22.05", "24.11"])
def test_a_listing_of_ever_new_state_words_reads_them_all_and_keeps_its_memos_bounded(release: str) -> None:
    """Job states are parsed once per distinct word tuple (``_models._PARSED``, ``_common._WORDS``): a cluster
    sending ever new words (junk, or a newer Slurm's flags) is read right, and neither memo grows past its bound."""
    from slurm_rest import JobState, SlurmClient, _models
    from slurm_rest._adapters import _common
    from tests.fake_slurmrestd import FakeSlurmrestd

    fake = FakeSlurmrestd(release)
    count = max(_models._PARSED_KEPT, _common._WORDS_KEPT) + 50
    for i in range(count):
        fake.add_job(state="RUNNING", flags=[f"NEWFLAG{i}"])
    with SlurmClient(url="http://slurm.test", user="alice", token="t", transport=fake.transport()) as c:
        jobs = c.jobs()
    assert len(jobs) == count and {j.state for j in jobs} == {JobState.RUNNING}
    assert {j.raw_state for j in jobs} == {("RUNNING", f"NEWFLAG{i}") for i in range(count)}
    assert len(_models._PARSED) <= _models._PARSED_KEPT and len(_common._WORDS) <= _common._WORDS_KEPT
