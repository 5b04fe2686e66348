"""Start and stop one release's daemons, tracked strictly by pid file.

All chroots share one PID namespace, so a process name says nothing about which cluster
it belongs to; every daemon is identified by its pid file inside that release's chroot,
checked against ``/proc/PID/cmdline`` so a stale file never names a stranger.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from . import _accounting, _limits, _network, _proxy
from ._build import CHROOT_ENV, REST_USER, is_mounted_below
from ._releases import Release

__all__ = [
    "DAEMONS",
    "Daemon",
    "alive",
    "mount",
    "pid_of",
    "reload",
    "restart",
    "rooted",
    "start",
    "status",
    "stop",
    "unmount",
]


@dataclass(frozen=True)
class Daemon:
    name: str
    pid_file: str  # inside the chroot, or "state:NAME" for pid files in the release's state dir (host side)
    binary: str
    node: str = ""  # a compute node's slurmd: runs in that node's namespaces (_network)


DAEMONS: tuple[Daemon, ...] = (
    Daemon("munged", "/run/munge/munged.pid", "munged"),
    # Accounting (_accounting.py): the database, then slurmdbd, before slurmctld sends it records.
    Daemon("mariadbd", "/run/mysqld/mysqld.pid", "mariadbd"),
    Daemon("slurmdbd", "/run/slurmdbd.pid", "slurmdbd"),
    Daemon("slurmctld", "/run/slurmctld.pid", "slurmctld"),
    *(Daemon(f"slurmd-{n}", f"/run/slurmd-{n}.pid", "slurmd", node=n) for n in _network.NODE_NAMES),
    Daemon("slurmrestd", "state:slurmrestd.pid", "slurmrestd"),
    Daemon("sshd", "/run/sshd-testbed.pid", "sshd"),
    # The TLS proxy before slurmrestd: the host's nginx, one master per release (_proxy).
    Daemon("nginx", "state:nginx/nginx.pid", "nginx"),
)
BIND_PATIENCE = 75.0  # seconds; Linux keeps TIME_WAIT for 60


def _pid_path(rel: Release, d: Daemon) -> Path:
    if d.pid_file.startswith("state:"):
        return rel.state / d.pid_file.removeprefix("state:")
    return rel.rootfs / d.pid_file.lstrip("/")


def pid_of(rel: Release, d: Daemon) -> int | None:
    """The daemon's pid if its pid file names a live process running that binary."""
    try:
        pid = int(_pid_path(rel, d).read_text().split()[0])
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError, IndexError):
        return None
    return pid if d.binary.encode() in cmdline else None


def alive(rel: Release) -> dict[str, int | None]:
    return {d.name: pid_of(rel, d) for d in DAEMONS}


def status(rel: Release) -> str:
    pids = alive(rel)
    if all(pids.values()):
        return "up"
    return "down" if not any(pids.values()) else "partial"


def mount(rel: Release) -> None:
    root = rel.rootfs
    for src, flag in (("proc", "--bind"), ("dev", "--bind"), ("sys", "--rbind")):
        target = root / src
        if not os.path.ismount(target):
            subprocess.run(["mount", flag, f"/{src}", str(target)], check=True)


def unmount(rel: Release) -> None:
    for sub in ("sys", "dev", "proc"):
        target = rel.rootfs / sub
        if os.path.ismount(target):
            subprocess.run(["umount", "-R", "-l", str(target)], check=False)
    if is_mounted_below(rel.rootfs):
        raise SystemExit(f"mounts remain below {rel.rootfs}; see /proc/mounts")


def _wait_for(rel: Release, d: Daemon, timeout: float = 20.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pid = pid_of(rel, d)
        if pid:
            return pid
        time.sleep(0.1)
    raise SystemExit(f"[{rel.name}] {d.name} did not start; see {rel.state}/ and {rel.rootfs}/var/log/slurm/")


# A chrooted process may not create a user namespace (the kernel's rule), and Apptainer, unprivileged as on
# most sites, needs one. So slurmd, and with it every job, runs in its own mount namespace whose root *is*
# the release's rootfs (pivot_root): the same files as through chroot, but a real root.
_PIVOT = (
    'mount --make-rprivate / && mount --rbind "$0" "$0" && cd "$0" && mkdir -p .oldroot && '
    'pivot_root . .oldroot && cd / && umount -l /.oldroot && exec "$@"'
)


def rooted(rel: Release, *args: str) -> list[str]:
    """A command line that runs ``args`` with the rootfs as the root of a mount namespace of its own."""
    return ["unshare", "--mount", "--", "sh", "-c", _PIVOT, str(rel.rootfs), *args]


def _chroot(rel: Release, *args: str, user: str | None = None) -> list[str]:
    spec = [f"--userspec={user}:{user}"] if user else []
    return ["chroot", *spec, str(rel.rootfs), *args]


def start(rel: Release) -> None:
    """Start whichever daemons are not running yet, in dependency order."""
    logs = rel.state
    for d in DAEMONS:
        if pid_of(rel, d):
            continue
        if d.name == "munged":
            subprocess.run(_chroot(rel, "/usr/sbin/munged", "--force", user="munge"), check=True, env=CHROOT_ENV)
        elif d.name in _accounting.DAEMON_NAMES:
            _accounting.start(rel, d.name, logs / f"{d.name}.log")
        elif d.name == "slurmctld":
            subprocess.run(_chroot(rel, "/usr/sbin/slurmctld"), check=True, env=CHROOT_ENV)
        elif d.node:
            node = next(n for n in _network.nodes(rel) if n.name == d.node)
            subprocess.run(_network.in_node(node, *rooted(rel, "/usr/sbin/slurmd")), check=True, env=CHROOT_ENV)
        elif d.name == "slurmrestd":
            _start_slurmrestd(rel, logs / "slurmrestd.log", _pid_path(rel, d))
        elif d.name == "sshd":
            subprocess.run(
                _chroot(rel, "/usr/sbin/sshd", "-f", "/etc/ssh/sshd_config_testbed"), check=True, env=CHROOT_ENV
            )
        elif d.name == "nginx":
            _proxy.start(rel)
        _wait_for(rel, d)


def reload(rel: Release, *names: str) -> None:
    """Make the named running daemons reread their config: SIGHUP (sshd re-executes itself, nginx starts
    new workers and lets the old ones finish); one that is not running reads it when it starts."""
    for d in DAEMONS:
        if d.name in names and (pid := pid_of(rel, d)):
            os.kill(pid, signal.SIGHUP)
            if d.name == "sshd":  # its listener is closed while it re-executes: be back before anyone connects
                _wait_listening(rel.ssh_port)


def _wait_listening(port: int, timeout: float = 10.0) -> None:
    time.sleep(0.2)  # the signal is handled asynchronously: let the old listener go first
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1.0):
            return
        time.sleep(0.1)


def _start_slurmrestd(rel: Release, log: Path, pid_file: Path) -> None:
    # slurmrestd refuses root and SlurmUser and does not daemonize: run it as its own user.
    # SLURM_JWT=daemon makes it forward each client's token instead of using munge itself.
    # Its port can still be held for up to a minute after a restart (connections it closed itself
    # linger in TIME_WAIT, and it binds without SO_REUSEADDR): then it exits at once; try again.
    env = {**CHROOT_ENV, "SLURM_JWT": "daemon"}
    args = _chroot(
        rel,
        "/usr/sbin/slurmrestd",
        "-a",
        "rest_auth/jwt",
        "-s",
        rel.rest_plugins,
        *_limits.rest_args(rel),
        f"127.0.0.1:{rel.rest_port}",
        user=REST_USER,
    )
    deadline = time.monotonic() + BIND_PATIENCE
    while True:
        offset = log.stat().st_size if log.exists() else 0
        with log.open("ab") as fh:
            proc = subprocess.Popen(
                args, stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, start_new_session=True
            )
        pid_file.write_text(f"{proc.pid}\n")
        try:
            proc.wait(timeout=1.0)
        except subprocess.TimeoutExpired:
            return  # still running: bound
        with log.open("rb") as fh:
            fh.seek(offset)
            busy = b"Address already in use" in fh.read()
        if not busy or time.monotonic() > deadline:
            return  # another failure: _wait_for reports it with the log's location
        time.sleep(1.0)


def _terminate(pid: int, timeout: float = 10.0) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not Path(f"/proc/{pid}").exists() or _is_zombie(pid):
            return
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return True


def stop(rel: Release, names: tuple[str, ...] | None = None) -> None:
    """Stop this release's daemons (all, or the named ones) in reverse start order."""
    for d in reversed(DAEMONS):
        if names is not None and d.name not in names:
            continue
        pid = pid_of(rel, d)
        if pid:
            _terminate(pid)
        _pid_path(rel, d).unlink(missing_ok=True)
    if names is None:
        for pid in _pids_in_root(rel):
            _terminate(pid, timeout=5.0)


def _pids_in_root(rel: Release) -> list[int]:
    """Leftover job steps of this release: processes whose root is its chroot (not a name match)."""
    root = str(rel.rootfs.resolve())
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.readlink(entry / "root") == root:
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


def restart(rel: Release, *names: str) -> None:
    """Restart named daemons (fault tests kill and revive slurmrestd or slurmctld)."""
    stop(rel, names)
    start(rel)
