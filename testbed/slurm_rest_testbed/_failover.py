"""A release in "failover" mode: a backup slurmctld beside the primary, as sites run two controllers.

slurm.conf names a second ``SlurmctldHost``, ``ctl2``, at node n1's address: the backup slurmctld runs in
n1's network namespace under the hostname ``ctl2`` (how slurmctld knows it is the backup), in a mount
namespace of its own whose ``/run/slurmctld.pid`` is a file in the release's state directory (the
primary's stays the chroot's). Both share the chroot, so the state both need (``StateSaveLocation``) is
one directory, as a real pair shares it over a network file system. ``SlurmctldTimeout`` is short, so the
backup takes control within seconds of the primary going silent; slurmrestd, the slurmds and the commands
find whichever answers (libslurm tries every SlurmctldHost in turn).

The mode is kept in the release's state directory, so an ``up`` keeps it until it is switched off;
switching restarts slurmctld, the slurmds and slurmrestd (jobs keep running). ``down`` ends the backup
with every other process of the chroot.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

from ._releases import Release

__all__ = [
    "BACKUP",
    "TIMEOUT",
    "active",
    "apply",
    "backup_pid",
    "failover",
    "slurm_conf_lines",
    "start_backup",
    "stop_backup",
]

BACKUP = "ctl2"
TIMEOUT = 5  # SlurmctldTimeout: seconds without the primary before the backup takes over


def _flag(rel: Release) -> Path:
    return rel.state / "failover"


def _pid_file(rel: Release) -> Path:
    return rel.state / "slurmctld-backup.pid"


def active(rel: Release) -> bool:
    return _flag(rel).exists()


def slurm_conf_lines(rel: Release) -> str:
    from . import _network

    if not active(rel):
        return ""
    n1 = _network.nodes(rel)[0]
    return (
        f"# Failover mode (slurm_rest_testbed failover): a backup controller in {n1.name}'s namespace.\n"
        f"SlurmctldHost={BACKUP}({n1.address})\nSlurmctldTimeout={TIMEOUT}\n"
    )


def backup_pid(rel: Release) -> int | None:
    try:
        pid = int(_pid_file(rel).read_text().split()[0])
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError, IndexError):
        return None
    return pid if b"slurmctld" in cmdline else None


def start_backup(rel: Release) -> int:
    from . import _build, _network

    if (pid := backup_pid(rel)) is not None:
        return pid
    n1 = _network.nodes(rel)[0]
    pid_file = _pid_file(rel)
    pid_file.write_text("")
    target = rel.rootfs / "run/slurmctld.pid"
    target.touch(exist_ok=True)
    # -D: in the foreground, so that the process started here is slurmctld itself and its pid is known.
    script = f'hostname {BACKUP} && mount --bind "$0" "$1" && exec chroot "$2" /usr/sbin/slurmctld -D'
    with (rel.state / "slurmctld-backup.log").open("ab") as log:
        proc = subprocess.Popen(
            [
                "nsenter",
                f"--net=/run/netns/{n1.netns}",
                "unshare",
                "--uts",
                "--mount",
                "--propagation",
                "private",
                "--",
                "sh",
                "-c",
                script,
                str(pid_file),
                str(target),
                str(rel.rootfs),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=_build.CHROOT_ENV,
            start_new_session=True,
        )
    pid_file.write_text(f"{proc.pid}\n")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(
                f"[{rel.name}] the backup slurmctld exited ({proc.returncode}); see "
                f"{rel.state}/slurmctld-backup.log and the chroot's /var/log/slurm/slurmctld.log"
            )
        if backup_pid(rel) == proc.pid:
            return proc.pid
        time.sleep(0.1)
    raise SystemExit(f"[{rel.name}] the backup slurmctld did not start")


def stop_backup(rel: Release) -> None:
    pid = backup_pid(rel)
    if pid is not None:
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 15
        while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    _pid_file(rel).unlink(missing_ok=True)


def apply(rel: Release, on: bool) -> None:
    """Switch the mode on or off: rewrite slurm.conf, restart the daemons that read SlurmctldHost."""
    from . import _build, _daemons, _facts

    stop_backup(rel)
    if on:
        _flag(rel).touch()
    else:
        _flag(rel).unlink(missing_ok=True)
    _build.configure(rel)
    _daemons.restart(rel, "slurmctld", *(d.name for d in _daemons.DAEMONS if d.node), "slurmrestd")
    if on:
        start_backup(rel)
    _facts.wait_ready(rel)


@contextlib.contextmanager
def failover(rel: Release) -> Iterator[None]:
    """The mode for the duration of a block; off again afterwards, whatever happened inside."""
    apply(rel, True)
    try:
        yield
    finally:
        apply(rel, False)
