"""Accounting in a release's chroot: MariaDB (unix socket only) and slurmdbd.

slurmctld sends every job's records to slurmdbd, which keeps them in MariaDB; slurmrestd's
``/slurmdb/...`` endpoints read them back, which is how a client still learns a job's final
state after the controller has purged it (``MinJobAge``).

- ``mariadbd`` runs as the mysql user with ``skip-networking``: three chroots share one network
  namespace, so no TCP port is used at all; slurmdbd reaches it through the socket.
- ``slurmdbd`` listens on the release's ``dbd_port`` (``port_base + 19``) and accepts munge
  (slurmctld, sacctmgr) and the same JWT key as slurmctld (slurmrestd forwards clients' tokens).
- On every start the database, its user and the associations (cluster, account ``testbed``,
  users: every job user (``_build.JOB_USERS``: alice, bob) and ``slurm``) are ensured: cheap and idempotent,
  and ``up`` ensures them again on a running release (``ensure_associations``), so a user added later gets one.

Start order (the DAEMONS table in ``_daemons``): munged, mariadbd, slurmdbd, slurmctld, ...
"""

from __future__ import annotations

import re
import secrets
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from ._build import CHROOT_ENV, JOB_USERS, captured, in_root
from ._releases import Release

__all__ = [
    "DAEMON_NAMES",
    "DB_NAME",
    "configure",
    "ensure_associations",
    "slurm_conf_lines",
    "start",
]

DAEMON_NAMES = ("mariadbd", "slurmdbd")
DB_NAME = "slurm_acct_db"
ACCOUNT = "testbed"
_MY_CNF = "/etc/mysql/slurm-testbed.cnf"


def slurm_conf_lines(rel: Release, host: str) -> str:
    """The slurm.conf lines that send job records to this release's slurmdbd."""
    return (
        f"AccountingStorageType=accounting_storage/slurmdbd\n"
        f"AccountingStorageHost={host}\nAccountingStoragePort={rel.dbd_port}\n"
        "AccountingStoreFlags=job_comment\n"
    )


def _socket(rel: Release) -> str:
    """The socket path the client library of this suite expects (sid moved it to /run/mariadbd)."""
    try:
        found = re.search(r"^socket\s*=\s*(\S+)", (rel.rootfs / "etc/mysql/mariadb.cnf").read_text(), re.MULTILINE)
    except OSError:
        found = None
    return found.group(1) if found else "/run/mysqld/mysqld.sock"


MY_CNF = """\
# Written by slurm_rest_testbed: unix socket only (the chroots share one network namespace).
[mysqld]
user = mysql
datadir = /var/lib/mysql
socket = {socket}
pid-file = /run/mysqld/mysqld.pid
skip-networking
log-error = /var/log/mysql/error.log
innodb_buffer_pool_size = 128M
innodb_lock_wait_timeout = 900
loose-innodb_snapshot_isolation = OFF
[client]
socket = {socket}
"""


def _slurmdbd_conf(rel: Release, host: str, password: str) -> str:
    return f"""\
# Written by slurm_rest_testbed; rewritten on every 'up'.
AuthType=auth/munge
AuthAltTypes=auth/jwt
AuthAltParameters=jwt_key=/var/spool/slurmctld/jwt_hs256.key
DbdHost={host}
DbdPort={rel.dbd_port}
SlurmUser=slurm
PidFile=/run/slurmdbd.pid
LogFile=/var/log/slurm/slurmdbd.log
StorageType=accounting_storage/mysql
StorageHost=localhost
StorageLoc={DB_NAME}
StorageUser=slurm
StoragePass={password}
"""


def _password(rel: Release) -> str:
    """The database password of the slurm user, made once and kept in the host-side state dir."""
    path = rel.state / "mariadb-slurm.pass"
    if not path.exists():
        rel.state.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(16))
        path.chmod(0o600)
    return path.read_text().strip()


def configure(rel: Release) -> None:
    """Write my.cnf and slurmdbd.conf (slurm, 0600); initialise the data directory once."""
    root = rel.rootfs
    host = socket.gethostname().split(".")[0]
    sock = _socket(rel)
    (root / _MY_CNF.lstrip("/")).write_text(MY_CNF.format(socket=sock))
    conf = root / "etc/slurm/slurmdbd.conf"
    conf.write_text(_slurmdbd_conf(rel, host, _password(rel)))
    in_root(rel, ["chown", "slurm:slurm", "/etc/slurm/slurmdbd.conf"])
    conf.chmod(0o600)
    for d in {"run/mysqld", "var/log/mysql", "var/lib/mysql", sock.lstrip("/").rpartition("/")[0]}:
        (root / d).mkdir(parents=True, exist_ok=True)
        in_root(rel, ["chown", "mysql:mysql", "/" + d])
    if not (root / "var/lib/mysql/mysql").is_dir():  # sid's package leaves it empty
        in_root(
            rel,
            [
                "mariadb-install-db",
                f"--defaults-file={_MY_CNF}",
                "--user=mysql",
                "--auth-root-authentication-method=socket",
                "--skip-test-db",
            ],
            log=rel.state / "build.log",
        )


def _sql(rel: Release, statement: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["chroot", str(rel.rootfs), "mariadb", f"--defaults-file={_MY_CNF}", "-u", "root", "-N", "-B", "-e", statement],
        capture_output=True,
        text=True,
        check=False,
        env=CHROOT_ENV,
    )


def _until(
    what: str, rel: Release, check: Callable[[], subprocess.CompletedProcess[str]], timeout: float = 60.0
) -> None:
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        proc = check()
        if proc.returncode == 0:
            return
        last = (proc.stderr or proc.stdout).strip()
        time.sleep(0.2)
    raise SystemExit(f"[{rel.name}] {what} not ready after {timeout:.0f}s: {last}")


def start(rel: Release, name: str, log: Path) -> None:
    """Start ``mariadbd`` or ``slurmdbd``; return once it answers (the next daemon relies on it)."""
    if name == "mariadbd":
        with log.open("ab") as fh:
            subprocess.Popen(
                ["chroot", str(rel.rootfs), "/usr/sbin/mariadbd", f"--defaults-file={_MY_CNF}"],
                stdout=fh,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=CHROOT_ENV,
                start_new_session=True,
            )
        _until("mariadbd", rel, lambda: _sql(rel, "SELECT 1"))
        password = _password(rel)
        _sql(
            rel,
            f"CREATE DATABASE IF NOT EXISTS {DB_NAME}; "
            f"CREATE USER IF NOT EXISTS 'slurm'@'localhost' IDENTIFIED BY '{password}'; "
            f"ALTER USER 'slurm'@'localhost' IDENTIFIED BY '{password}'; "
            f"GRANT ALL ON {DB_NAME}.* TO 'slurm'@'localhost';",
        ).check_returncode()
    elif name == "slurmdbd":
        subprocess.run(["chroot", str(rel.rootfs), "/usr/sbin/slurmdbd"], check=True, env=CHROOT_ENV)
        _until("slurmdbd", rel, lambda: _sacctmgr(rel, "list", "cluster", "format=cluster"))
        ensure_associations(rel)
    else:
        raise ValueError(f"not an accounting daemon: {name}")


def _sacctmgr(rel: Release, *args: str) -> subprocess.CompletedProcess[str]:
    return captured(rel, "sacctmgr", "-i", "-n", "-P", *args, timeout=30)


def ensure_associations(rel: Release) -> None:
    """Cluster, account and users, so that job records have an association to land in (slurmdbd runs)."""
    marker = rel.rootfs / "var/lib/mysql-slurm-rest-associations"
    if not marker.exists():
        # A slurmctld that ran before this database existed wrote its own ClusterID here and would
        # refuse to start against the one slurmdbd assigns ("CLUSTER ID MISMATCH"): Slurm's advice.
        (rel.rootfs / "var/spool/slurmctld/clustername").unlink(missing_ok=True)
    have = _sacctmgr(rel, "list", "association", "format=cluster,account,user").stdout.split()
    wanted = [
        ("cluster", rel.cluster, []),
        ("account", ACCOUNT, [f"cluster={rel.cluster}"]),
        *(("user", user, [f"account={ACCOUNT}", f"cluster={rel.cluster}"]) for user in (*JOB_USERS, "slurm")),
    ]
    for kind, name, extra in wanted:
        key = {
            "cluster": f"{rel.cluster}|root|",
            "account": f"{rel.cluster}|{ACCOUNT}|",
            "user": f"{rel.cluster}|{ACCOUNT}|{name}",
        }[kind]
        if key in have:
            continue
        proc = _sacctmgr(rel, "add", kind, name, *extra)
        if proc.returncode != 0 and "already exists" not in proc.stdout + proc.stderr:
            raise SystemExit(f"[{rel.name}] sacctmgr add {kind} {name}: {proc.stdout}{proc.stderr}")
    marker.touch()
