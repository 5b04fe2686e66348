"""Cluster inventory: ``reservations()``, ``qos()``, ``associations()``, ``licenses()``, ``shares()``, ``diag()``.

Bodies in ``tests/fixtures/v00XX_{reservations,licenses,diag,shares,db_qos,db_associations*}.json`` are raw
answers captured from the testbeds (22.05: v0.0.38, 24.11: v0.0.42, 26.05: v0.0.45) with httpx and a token
minted for alice, once ``testbed up`` had made its license (matlab:4), QOS (rest-test) and reservation
(rest-test); ``db_associations_alice`` / ``_nobody`` were asked with ``?user=alice`` / ``?user=nobody``. The
clients run here against those bodies through an ``httpx.MockTransport``; the live side is
tests/live/test_inventory.py.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from slurm_rest import (
    APIError,
    AsyncSlurmClient,
    JobNotFoundError,
    SlurmClient,
    UnsupportedVersionError,
    ValidationError,
)
from slurm_rest._adapters import adapter_for
from slurm_rest._call import Kind
from slurm_rest.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
VERSIONS = ["v0.0.38", "v0.0.42", "v0.0.45"]
MODERN = ["v0.0.42", "v0.0.45"]
URL = "http://slurm.test"


def body(version: str, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"v{version[1:].replace('.', '')}_{name}.json").read_text())
    return data


def slash(version: str) -> str:
    return "" if version == "v0.0.38" else "/"


# -- requests ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_requests_are_plain_reads_of_the_versions_paths(version: str) -> None:
    a, s = adapter_for(version), slash(version)
    expected = {
        "reservations": f"/slurm/{version}/reservations{s}",
        "licenses": f"/slurm/{version}/licenses{s}",
        "diag": f"/slurm/{version}/diag{s}",
        "qos": f"/slurmdb/{version}/qos{s}",
        "associations": f"/slurmdb/{version}/associations{s}",
    }
    if version != "v0.0.38":
        expected["shares"] = f"/slurm/{version}/shares"  # no trailing slash in any spec
    for what, path in expected.items():
        call = getattr(a, what)()
        assert (call.method, call.path, tuple(call.params), call.kind) == ("GET", path, (), Kind.READ)
    call = a.associations(user="alice", account="testbed")
    assert list(call.params) == [("user", "alice"), ("account", "testbed")]


@pytest.mark.parametrize("bad", ["", "  ", "a,b", 3])
def test_association_filters_are_checked_before_sending(bad: Any) -> None:
    with pytest.raises(ValidationError, match="user must be one user name"):
        adapter_for("v0.0.42").associations(user=bad)


def test_every_inventory_path_is_in_the_captured_spec() -> None:
    """The paths the adapters build are the ones the real daemons' specs declare (openapi/*.json)."""
    for version in VERSIONS:
        spec = json.loads((Path(__file__).parent.parent / "openapi" / f"{version}.json").read_text())
        a = adapter_for(version)
        for what in ("reservations", "licenses", "diag", "qos", "associations", "shares"):
            if version == "v0.0.38" and what == "shares":
                assert not any(p.endswith("/shares") for p in spec["paths"])
                continue
            assert getattr(a, what)().path in spec["paths"], (version, what)


def test_shares_on_v0038_is_unsupported_and_says_what_would_serve_it() -> None:
    a = adapter_for("v0.0.38")
    with pytest.raises(UnsupportedVersionError) as caught:
        a.shares()
    text = str(caught.value)
    assert "shares()" in text and "v0.0.38" in text and "v0.0.40" in text and "Slurm 23.11" in text
    with pytest.raises(UnsupportedVersionError):
        a.parse_shares({"shares": {"shares": []}})


# -- the captured answers ----------------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_reservation(version: str) -> None:
    (r,) = adapter_for(version).parse_reservations(body(version, "reservations"))
    assert (r.name, r.users, r.accounts, r.partition, r.nodes, r.node_count) == (
        "rest-test",
        ("alice",),
        ("testbed",),
        "",
        "vm",
        1,
    )
    assert r.core_count == 16 and r.tres == "cpu=16" and r.licenses == ""
    assert "IGNORE_JOBS" in r.flags and "ALL_NODES" in r.flags
    assert r.start_time is not None and r.end_time is not None and r.start_time.tzinfo is not None
    assert r.end_time - r.start_time == timedelta(hours=1) and r.start_time.year >= 2035


@pytest.mark.parametrize("version", VERSIONS)
def test_qos(version: str) -> None:
    found = {q.name: q for q in adapter_for(version).parse_qos(body(version, "db_qos"))}
    assert set(found) == {"normal", "rest-test"}
    q = found["rest-test"]
    assert (q.priority, q.max_wall_minutes, q.max_jobs_per_user, q.max_submit_jobs_per_user) == (10, 120, 5, 10)
    assert (q.max_jobs_per_account, q.max_submit_jobs_per_account, q.usage_factor, q.flags) == (None, None, 1.0, ())
    n = found["normal"]
    assert (n.priority, n.max_wall_minutes, n.max_jobs_per_user, n.description) == (0, None, None, "Normal QOS default")


@pytest.mark.parametrize("version", VERSIONS)
def test_associations(version: str) -> None:
    a = adapter_for(version)
    every = a.parse_associations(body(version, "db_associations"))
    assert {(x.account, x.user) for x in every} == {
        ("root", ""),
        ("root", "root"),
        ("testbed", ""),
        ("testbed", "alice"),
        ("testbed", "slurm"),
    }
    (alice,) = a.parse_associations(body(version, "db_associations_alice"))
    assert (alice.account, alice.user, alice.partition, alice.qos, alice.default_qos, alice.is_default) == (
        "testbed",
        "alice",
        "",
        ("normal", "rest-test"),
        "normal",
        True,
    )
    assert alice.cluster.startswith("tb") and alice.shares_raw == 1
    testbed = next(x for x in every if (x.account, x.user) == ("testbed", ""))
    assert testbed.parent_account == "root" and testbed.qos == ("normal",)


@pytest.mark.parametrize("version", MODERN)
def test_associations_nobody_is_an_empty_list(version: str) -> None:
    assert adapter_for(version).parse_associations(body(version, "db_associations_nobody")) == []


@pytest.mark.parametrize("version", VERSIONS)
def test_license(version: str) -> None:
    (lic,) = adapter_for(version).parse_licenses(body(version, "licenses"))
    assert (lic.name, lic.total, lic.used, lic.free, lic.reserved, lic.remote) == ("matlab", 4, 0, 4, 0, False)


@pytest.mark.parametrize("version", MODERN)
def test_shares(version: str) -> None:
    rows = adapter_for(version).parse_shares(body(version, "shares"))
    assert [(s.account, s.user) for s in rows] == [
        ("root", ""),
        ("root", "root"),
        ("testbed", ""),
        ("testbed", "alice"),
        ("testbed", "slurm"),
    ]
    root, _, testbed, alice, _ = rows
    assert root.raw_shares is None and root.parent == "" and testbed.parent == "root" and alice.parent == "testbed"
    assert (alice.raw_shares, alice.normalized_shares, alice.partition) == (1, 0.5, "")
    assert alice.raw_usage is not None and alice.raw_usage >= 0
    assert alice.fairshare_factor is not None and 0.0 <= alice.fairshare_factor <= 1.0
    assert alice.effective_usage is not None and alice.cluster.startswith("tb")


@pytest.mark.parametrize("version", VERSIONS)
def test_diag(version: str) -> None:
    d = adapter_for(version).parse_diag(body(version, "diag"))
    assert d.collected_at is not None and d.since is not None and d.since <= d.collected_at
    assert d.server_threads and d.jobs_submitted is not None and d.jobs_running is not None
    assert d.scheduler.cycles and d.scheduler.max_cycle_us is not None and d.scheduler.mean_cycle_us is not None
    assert d.scheduler.last_cycle_us is not None and d.scheduler.max_cycle_us >= d.scheduler.last_cycle_us
    b = d.backfill
    assert None not in (b.cycles, b.last_cycle_us, b.max_cycle_us, b.mean_cycle_us, b.backfilled_jobs)
    assert isinstance(b.active, bool) and b.last_cycle_at is not None
    raw = body(version, "diag")["statistics"]
    assert len(d.rpcs_by_type) == len(raw["rpcs_by_message_type"]) > 0
    assert all(r.name.startswith(("REQUEST_", "MESSAGE_", "ACCOUNTING_", "RESPONSE_")) for r in d.rpcs_by_type)
    assert all(isinstance(r.id, int) and r.count > 0 and r.average_time_us is not None for r in d.rpcs_by_type)
    assert {"root", "slurm"} <= {r.name for r in d.rpcs_by_user}


# -- malformed answers: a clear APIError naming the endpoint, never a KeyError ------------------------------


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        if value is _DELETE:
            del node[last]
        elif isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return mutate


_DELETE = object()
MALFORMED = [
    ("reservations", "reservations", "reservations", "x", "'reservations' must be a list of objects"),
    ("reservations", "reservations", "reservations.0", 7, "'reservations' must be a list of objects"),
    ("reservations", "reservations", "reservations.0.name", _DELETE, "record without name"),
    ("reservations", "reservations", "reservations.0.start_time", "tomorrow", "start_time must be a number"),
    ("reservations", "reservations", "reservations.0.flags", 3, "flags must be a list of strings"),
    ("qos", "db_qos", "qos.0.limits.max", [], "limits.max must be an object"),
    ("qos", "db_qos", "qos.0.priority", {"set": True, "number": "ten"}, "priority must be a number"),
    ("associations", "db_associations", "associations.0.account", None, "record without account"),
    ("associations", "db_associations", "associations.0.is_default", 7, "is_default must be true or false"),
    ("associations", "db_associations", "associations.0.qos", {"normal": 1}, "qos must be a list of strings"),
    ("licenses", "licenses", "licenses.0.Total", _DELETE, "Total is missing"),
    ("licenses", "licenses", "licenses", _DELETE, "'licenses' must be a list of objects"),
    ("shares", "shares", "shares", [], "'shares' must be an object"),
    ("shares", "shares", "shares.shares", None, "'shares.shares' must be a list of objects"),
    ("shares", "shares", "shares.shares.0.fairshare", 0.5, "fairshare must be an object"),
    ("diag", "diag", "statistics", _DELETE, "'statistics' must be an object"),
    ("diag", "diag", "statistics.rpcs_by_user", ["root"], "'statistics.rpcs_by_user' must be a list of objects"),
    ("diag", "diag", "statistics.rpcs_by_message_type.0.count", None, "count is missing"),
    ("diag", "diag", "statistics.bf_active", "yes", "bf_active must be true or false"),
]


CASES = [(v, *m) for v in VERSIONS for m in MALFORMED if not (v == "v0.0.38" and m[0] == "shares")]


@pytest.mark.parametrize(
    ("version", "what", "fixture", "path", "value", "message"),
    CASES,
    ids=[f"{c[0]}-{c[1]}:{c[3]}={c[4]!r}"[:70] for c in CASES],
)
def test_malformed_answer_is_an_api_error_naming_the_endpoint(
    version: str, what: str, fixture: str, path: str, value: Any, message: str
) -> None:
    data = copy.deepcopy(body(version, fixture))
    if version == "v0.0.38" and path.startswith("qos"):
        path = "QOS" + path[3:]
    _set(path, value)(data)
    with pytest.raises(APIError) as caught:
        getattr(adapter_for(version), f"parse_{what}")(data)
    text = str(caught.value)
    assert type(caught.value) is APIError and caught.value.status_code == 200
    assert text.startswith("malformed answer from slurmrestd to GET /slurm") and f"/{version}/" in text
    assert ("/slurmdb/" in text) == (what in ("qos", "associations")) and what in text
    assert message in text, text


@pytest.mark.parametrize("version", VERSIONS)
def test_missing_optional_fields_read_as_unknown(version: str) -> None:
    """A newer (or older) slurmrestd may leave fields out: unknown, not an error."""
    a = adapter_for(version)
    (r,) = a.parse_reservations({"reservations": [{"name": "x"}]})
    assert (r.nodes, r.node_count, r.start_time, r.users, r.flags) == ("", None, None, (), ())
    (q,) = a.parse_qos({"QOS" if version == "v0.0.38" else "qos": [{"name": "q", "limits": None}]})
    assert (q.priority, q.max_wall_minutes, q.usage_factor) == (None, None, None)
    d = a.parse_diag({"statistics": {"rpcs_by_message_type": [], "rpcs_by_user": []}})
    assert d.scheduler.cycles is None and d.backfill.active is False and d.rpcs_by_type == ()


# -- through the clients (a MockTransport serving the captured answers) --------------------------------------


class Captured:
    """A slurmrestd that serves the captured answers of one version and logs every request."""

    def __init__(self, version: str) -> None:
        self.version = version
        self.seen: list[str] = []
        a = adapter_for(version)
        self.answers: dict[tuple[str, str], tuple[int, dict[str, Any]]] = {
            (a.reservations().path, ""): (200, body(version, "reservations")),
            (a.licenses().path, ""): (200, body(version, "licenses")),
            (a.diag().path, ""): (200, body(version, "diag")),
            (a.qos().path, ""): (200, body(version, "db_qos")),
            (a.associations().path, ""): (200, body(version, "db_associations")),
            (a.associations().path, "user=alice"): (200, body(version, "db_associations_alice")),
            # 22.05 answers a filter that matches nothing with HTTP 500 and error 9003 "Nothing found"
            (a.associations().path, "user=nobody"): (
                500 if version == "v0.0.38" else 200,
                body(version, "db_associations_nobody"),
            ),
        }
        if version != "v0.0.38":
            self.answers[(a.shares().path, "")] = (200, body(version, "shares"))

    def handle(self, request: httpx.Request) -> httpx.Response:
        query = request.url.query.decode()
        self.seen.append(request.url.path + (f"?{query}" if query else ""))
        if request.url.path == "/openapi/v3":
            return httpx.Response(200, json={"paths": {f"/slurm/{self.version}/ping": {}}})
        found = self.answers.get((request.url.path, request.url.query.decode()))
        if found is None:
            return httpx.Response(404, text="Unable find requested URL. Please view /openapi/v3 for API reference.")
        return httpx.Response(found[0], json=found[1])

    def client(self, **settings: Any) -> SlurmClient:
        return SlurmClient(url=URL, user="alice", token="t0ken", transport=httpx.MockTransport(self.handle), **settings)


@pytest.mark.parametrize("version", VERSIONS)
def test_sync_client_reads_every_kind(version: str) -> None:
    server = Captured(version)
    with server.client() as c:
        assert [r.name for r in c.reservations()] == ["rest-test"]
        assert "rest-test" in [q.name for q in c.qos()]
        assert [(x.account, x.user) for x in c.associations(user="alice")] == [("testbed", "alice")]
        assert c.associations(user="nobody") == []
        assert len(c.associations()) == 5
        assert [(lic.name, lic.free) for lic in c.licenses()] == [("matlab", 4)]
        assert c.diag().rpcs_by_type
        if version == "v0.0.38":
            before = len(server.seen)
            with pytest.raises(UnsupportedVersionError, match=r"shares\(\) needs API v0.0.40"):
                c.shares()
            assert len(server.seen) == before  # nothing was sent
        else:
            assert ("testbed", "alice") in [(s.account, s.user) for s in c.shares()]
    assert server.seen.count("/openapi/v3") == 1


@pytest.mark.parametrize("version", ["v0.0.38", "v0.0.45"])
def test_async_client_reads_every_kind(version: str) -> None:
    server = Captured(version)

    async def run() -> None:
        async with AsyncSlurmClient(
            url=URL, user="alice", token="t0ken", transport=httpx.MockTransport(server.handle)
        ) as c:
            reservations, qos, licenses, diag = await asyncio.gather(c.reservations(), c.qos(), c.licenses(), c.diag())
            assert reservations[0].users == ("alice",) and licenses[0].total == 4 and diag.since is not None
            assert {q.name for q in qos} == {"normal", "rest-test"}
            assert await c.associations(user="nobody") == []
            if version == "v0.0.38":
                with pytest.raises(UnsupportedVersionError):
                    await c.shares()
            else:
                assert len(await c.shares()) == 5

    asyncio.run(run())


def test_a_missing_endpoint_is_an_api_error_not_a_missing_job() -> None:
    """A slurmrestd started without the slurmdbd plugins answers /slurmdb/... with a plain 404."""
    server = Captured("v0.0.42")
    server.answers = {k: v for k, v in server.answers.items() if not k[0].startswith("/slurmdb/")}
    with server.client() as c, pytest.raises(APIError, match="does not serve the endpoint") as caught:
        c.qos()
    assert not isinstance(caught.value, JobNotFoundError) and caught.value.status_code == 404


def test_other_errors_of_an_association_read_are_raised() -> None:
    server = Captured("v0.0.38")
    server.answers[(adapter_for("v0.0.38").associations().path, "user=bob")] = (
        500,
        {"errors": [{"error_number": 7000, "error": "slurmdbd down", "description": "x"}]},
    )
    # An ambiguous 500/7000 is retried as an outage until the deadline (short here), then raised as itself.
    with server.client(retry_deadline=1.0) as c, pytest.raises(APIError, match="7000"):
        c.associations(user="bob")
    assert server.seen.count(f"{adapter_for('v0.0.38').associations().path}?user=bob") >= 2, server.seen


# -- the CLI -----------------------------------------------------------------------------------------------


@pytest.fixture
def cli_on(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], Captured]:
    """``slurm_rest.cli.main`` with its client's transport replaced by a Captured server of that version."""
    from slurm_rest import cli

    monkeypatch.delenv("SLURM_JWT", raising=False)

    def wire(version: str) -> Captured:
        server = Captured(version)

        class Wired(SlurmClient):  # the class cli.SlurmClient names
            def __init__(self, config: Any = None, **settings: Any) -> None:
                super().__init__(config, transport=httpx.MockTransport(server.handle), **settings)

        monkeypatch.setattr(cli, "SlurmClient", Wired)
        return server

    return wire


CONN = ["--url", URL, "--user", "alice", "--token", "t0ken"]


@pytest.mark.parametrize("version", VERSIONS)
def test_cli_json(version: str, cli_on: Callable[[str], Captured], capsys: pytest.CaptureFixture[str]) -> None:
    cli_on(version)
    out: dict[str, Any] = {}
    for command in ("reservations", "qos", "accounts", "licenses", "diag"):
        assert main([command, "--json", *CONN]) == 0
        out[command] = json.loads(capsys.readouterr().out)
    assert out["reservations"][0]["name"] == "rest-test" and out["reservations"][0]["users"] == ["alice"]
    assert out["reservations"][0]["start_time"].endswith("+00:00")
    assert {q["name"]: q["max_jobs_per_user"] for q in out["qos"]} == {"normal": None, "rest-test": 5}
    assert [(a["account"], a["user"], a["qos"]) for a in out["accounts"]] == [
        ("testbed", "alice", ["normal", "rest-test"])
    ]
    assert out["licenses"] == [{"name": "matlab", "total": 4, "used": 0, "free": 4, "reserved": 0, "remote": False}]
    assert out["diag"]["scheduler"]["cycles"] > 0 and out["diag"]["rpcs_by_type"][0]["count"] > 0
    status = main(["shares", "--json", *CONN])
    captured = capsys.readouterr()
    if version == "v0.0.38":
        assert status == 3 and captured.out == ""
        assert captured.err.startswith("slurm-rest: error: shares() needs API v0.0.40 or newer (Slurm 23.11+)")
    else:
        assert status == 0 and len(json.loads(captured.out)) == 5


def test_cli_human_tables(cli_on: Callable[[str], Captured], capsys: pytest.CaptureFixture[str]) -> None:
    cli_on("v0.0.45")
    expected = {
        "reservations": "rest-test",
        "qos": "rest-test  10",
        "accounts": "normal,rest-test",
        "licenses": "matlab",
        "shares": "alice",
        "diag": "main scheduler:",
    }
    for command, text in expected.items():
        assert main([command, *CONN]) == 0
        out = capsys.readouterr().out
        assert text in out and "Traceback" not in out, (command, out)


def test_cli_accounts_all_and_account_filters(
    cli_on: Callable[[str], Captured], capsys: pytest.CaptureFixture[str]
) -> None:
    server = cli_on("v0.0.42")
    assert main(["accounts", "--all", "--json", *CONN]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 5
    assert main(["accounts", "--json", *CONN]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert [s for s in server.seen if "associations" in s] == [
        "/slurmdb/v0.0.42/associations/",
        "/slurmdb/v0.0.42/associations/?user=alice",
    ]
