"""What the cluster-inventory reads (``reservations()``, ``qos()``, ``licenses()`` ...) find on a testbed.

- License ``matlab``, 4 of them: ``Licenses=matlab:4`` in slurm.conf (``slurm_conf_lines``). A slurmctld
  started before that line existed learns it from ``scontrol reconfigure``, once (24.11+ re-exec slurmctld
  then: about 9 s without answers; daemons are not restarted and no other setting changes).
- QOS ``rest-test`` (priority 10, MaxWall 2 h, MaxJobsPerUser 5, MaxSubmitJobsPerUser 10), which every job
  user's association (alice's, bob's) may use; the default QOS stays ``normal``, so jobs that name no QOS
  are unaffected (and nothing is enforced: no ``AccountingStorageEnforce``).
- Reservation ``rest-test`` for alice and the account ``testbed`` on every node, for an hour starting
  ten years from its creation. The scheduler counts a job without a time limit as a year long
  (reservation.c ``_get_job_duration``): a reservation starting within a year would keep such jobs
  pending, and most test jobs have no time limit.

``ensure`` creates what is missing and only that: on a release that has it all, it only looks.
"""

from __future__ import annotations

import re

from ._build import JOB_USER, JOB_USERS, captured
from ._reconfigure import reconfigure
from ._releases import Release

__all__ = ["ACCOUNT", "LICENSE", "LICENSE_COUNT", "QOS", "RESERVATION", "ensure", "slurm_conf_lines"]

LICENSE = "matlab"
LICENSE_COUNT = 4
QOS = "rest-test"
QOS_SETTINGS = ("priority=10", "maxwall=02:00:00", "maxjobsperuser=5", "maxsubmitjobsperuser=10")
RESERVATION = "rest-test"
ACCOUNT = "testbed"  # _accounting's
_LICENSES_LINE = re.compile(r"^Licenses=.*$", re.MULTILINE)


def slurm_conf_lines() -> str:
    return f"Licenses={LICENSE}:{LICENSE_COUNT}\n"


def _checked(rel: Release, *args: str) -> str:
    proc = captured(rel, *args)
    if proc.returncode != 0:
        raise SystemExit(f"[{rel.name}] {' '.join(args)}: {(proc.stdout + proc.stderr).strip()}")
    return proc.stdout


def _license(rel: Release) -> None:
    if f"LicenseName={LICENSE}" in captured(rel, "scontrol", "show", "license", LICENSE).stdout:
        return
    conf = rel.rootfs / "etc/slurm/slurm.conf"
    text = conf.read_text()
    if not _LICENSES_LINE.search(text):  # a slurm.conf written before this module: add the line, nothing else
        conf.write_text(text.rstrip("\n") + "\n" + slurm_conf_lines())
    reconfigure(rel)


def _qos(rel: Release) -> None:
    if captured(rel, "sacctmgr", "-n", "-P", "show", "qos", QOS, "format=name").stdout.strip() != QOS:
        _checked(rel, "sacctmgr", "-i", "add", "qos", QOS, *QOS_SETTINGS)
    for user in JOB_USERS:
        have = captured(
            rel,
            "sacctmgr",
            "-n",
            "-P",
            "show",
            "association",
            f"user={user}",
            f"account={ACCOUNT}",
            "format=qos,defaultqos",
        ).stdout.strip()
        qos, _, default = have.partition("|")
        if QOS not in qos.split(",") or default != "normal":
            _checked(rel, "sacctmgr", "-i", "modify", "user", user, "set", f"qos+={QOS}", "defaultqos=normal")


def _reservation(rel: Release) -> None:
    if captured(rel, "scontrol", "show", "reservation", RESERVATION).returncode == 0:
        return
    _checked(
        rel,
        "scontrol",
        "create",
        "reservation",
        f"reservationname={RESERVATION}",
        "starttime=now+3650days",
        "duration=60",
        f"users={JOB_USER}",
        f"accounts={ACCOUNT}",
        "nodes=ALL",
        "flags=IGNORE_JOBS",
    )


def ensure(rel: Release) -> None:
    """The license, the QOS and the reservation, each created only if missing (slurmctld and slurmdbd run)."""
    _license(rel)
    _qos(rel)
    _reservation(rel)
