"""Cluster inventory against every testbed: ``reservations()``, ``qos()``, ``associations()``, ``licenses()``,
``shares()`` and ``diag()`` return what ``testbed up`` made (testbed/slurm_rest_testbed/_inventory.py: license matlab:4,
QOS rest-test for alice, reservation rest-test), or UnsupportedVersionError where the release lacks the
endpoint (shares on 22.05); and so does the CLI with ``--json``, run as a subprocess."""

from __future__ import annotations

import subprocess
import time
from datetime import timedelta
from typing import Any

import pytest

from slurm_rest import JobState, UnsupportedVersionError
from slurm_rest._adapters import SUPPORTED
from slurm_rest_testbed._inventory import ACCOUNT, LICENSE, LICENSE_COUNT, QOS, RESERVATION

from ..conftest import Testbed, poll
from .facade_support import make_client, sh
from .test_cli import CLI, as_json, clean_env, conn

pytestmark = pytest.mark.live

COMMANDS = ("reservations", "qos", "accounts", "licenses", "shares", "diag")


def test_every_method_returns_the_testbeds_inventory(testbed: Testbed) -> None:
    with make_client(testbed) as c:
        (resv,) = [r for r in c.reservations() if r.name == RESERVATION]
        assert (resv.users, resv.accounts, resv.node_count) == (
            (testbed.user,),
            (ACCOUNT,),
            len(testbed.facts["nodes"]),
        )
        assert resv.nodes and "IGNORE_JOBS" in resv.flags
        assert resv.start_time and resv.end_time and resv.end_time - resv.start_time == timedelta(hours=1)

        qos = {q.name: q for q in c.qos()}
        assert (
            qos[QOS].priority,
            qos[QOS].max_wall_minutes,
            qos[QOS].max_jobs_per_user,
            qos[QOS].max_submit_jobs_per_user,
        ) == (10, 120, 5, 10)
        assert qos["normal"].max_wall_minutes is None

        (mine,) = c.associations(user=testbed.user)
        assert (mine.cluster, mine.account, mine.user, mine.default_qos, mine.is_default) == (
            testbed.release.cluster,
            ACCOUNT,
            testbed.user,
            "normal",
            True,
        )
        assert set(mine.qos) == {"normal", QOS}
        assert {a.user for a in c.associations(account=ACCOUNT)} == {"", *testbed.facts["users"], "slurm"}
        assert c.associations(user="nobody-here") == []

        (lic,) = [lic for lic in c.licenses() if lic.name == LICENSE]
        assert (lic.total, lic.remote) == (LICENSE_COUNT, False) and lic.used + lic.free == LICENSE_COUNT

        if testbed.name == "22.05":
            with pytest.raises(UnsupportedVersionError, match=r"shares\(\) needs API v0.0.40 or newer"):
                c.shares()
        else:
            rows = {(s.account, s.user): s for s in c.shares()}
            alice = rows[(ACCOUNT, testbed.user)]
            assert alice.raw_shares == 1 and alice.fairshare_factor is not None
            assert 0.0 <= alice.fairshare_factor <= 1.0 and (ACCOUNT, "") in rows

        diag = c.diag()  # counts the RPCs above: at least one REQUEST_RESERVATION_INFO
        by_type = {r.name: r.count for r in diag.rpcs_by_type}
        assert by_type.get("REQUEST_RESERVATION_INFO", 0) >= 1, by_type
        assert diag.since and diag.collected_at and diag.since <= diag.collected_at
        assert diag.scheduler.cycles is not None and diag.backfill.cycles is not None


def test_every_served_version_reads_the_same(testbed: Testbed) -> None:
    """Pinned to each version the release serves (v0.0.40 ... v0.0.45), the same models and the same findings."""
    seen = set()
    for version in [v for v in testbed.api_versions if v in SUPPORTED]:
        with make_client(testbed, api_version=version) as c:
            found = (
                [
                    (r.name, r.users, r.end_time - r.start_time if r.start_time and r.end_time else None)
                    for r in c.reservations()
                    if r.name == RESERVATION
                ],
                [
                    (q.priority, q.max_wall_minutes, q.max_jobs_per_user, q.max_submit_jobs_per_user)
                    for q in c.qos()
                    if q.name == QOS
                ],
                [(a.account, a.qos, a.default_qos) for a in c.associations(user=testbed.user)],
                [(lic.name, lic.total) for lic in c.licenses() if lic.name == LICENSE],
                ["no /shares"]
                if version == "v0.0.38"
                else [(s.account, s.raw_shares) for s in c.shares() if s.user == testbed.user],
                bool(c.diag().rpcs_by_type),
            )
        assert all(found), (version, found)
        seen.add(repr(found))
    assert len(seen) == 1, seen


def test_licenses_count_a_running_job(testbed: Testbed, unique_name: str) -> None:
    """A job holding matlab:1 shows in used/free (the license is in slurm.conf, so jobs may ask for it)."""
    with make_client(testbed) as c:
        job_id = c.submit(script=sh("sleep 60"), name=unique_name, time_limit=2, licenses=f"{LICENSE}:1")
        try:
            poll(lambda: c.get_job(job_id).state, until=lambda s: s is not JobState.PENDING, timeout=20)
            (lic,) = [lic for lic in c.licenses() if lic.name == LICENSE]
            assert lic.used >= 1 and lic.free == LICENSE_COUNT - lic.used - (lic.reserved or 0)
        finally:
            c.cancel(job_id)


def test_cli_json_for_every_command(testbed: Testbed) -> None:
    """The six commands side by side (each is a new process: about a second of start-up)."""
    started = time.monotonic()
    procs = {
        name: subprocess.Popen(
            [*CLI, name, "--json", *conn(testbed)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=clean_env(),
        )
        for name in COMMANDS
    }
    done: dict[str, subprocess.CompletedProcess[str]] = {}
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=60)
        done[name] = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    for name, result in done.items():
        if name == "shares" and testbed.name == "22.05":
            assert result.returncode == 3 and result.stdout == "", result
            assert "shares() needs API v0.0.40 or newer (Slurm 23.11+)" in result.stderr
            assert "Traceback" not in result.stderr
        else:
            assert result.returncode == 0, (name, result.stderr)
    doc: dict[str, Any] = {name: as_json(r) for name, r in done.items() if r.returncode == 0}
    assert RESERVATION in [r["name"] for r in doc["reservations"]]
    assert {q["name"]: q["max_wall_minutes"] for q in doc["qos"]}[QOS] == 120
    assert [(a["account"], a["user"]) for a in doc["accounts"]] == [(ACCOUNT, testbed.user)]
    assert {lic["name"]: lic["total"] for lic in doc["licenses"]}[LICENSE] == LICENSE_COUNT
    assert doc["diag"]["rpcs_by_type"] and "backfill" in doc["diag"]
    if testbed.name != "22.05":
        assert (ACCOUNT, testbed.user) in [(s["account"], s["user"]) for s in doc["shares"]]
    assert time.monotonic() - started < 30
