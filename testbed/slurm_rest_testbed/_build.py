"""Build a release's chroot once (debootstrap + packages) and (re)write its config.

Building is slow (about a minute per suite) and guarded by a marker file whose content
is the recipe version: a second ``up`` skips it. Configuration is cheap and rewritten on
every ``up`` so that a changed recipe takes effect without a rebuild.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import stat
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from . import _network
from ._releases import Release

__all__ = [
    "CHROOT_ENV",
    "GPUS_PER_NODE",
    "JOB_USER",
    "JOB_USERS",
    "REST_USER",
    "build",
    "captured",
    "cluster_python",
    "configure",
    "configure_ssh",
    "copy_host_files",
    "ensure_users",
    "gpus_configured",
    "in_root",
    "install_cluster_python_packages",
    "install_flyte_site",
    "is_mounted_below",
    "make_gpu_files",
    "packages",
    "recipe",
    "run",
    "slurm_conf",
    "ssh_key_path",
]

MIRROR = os.environ.get("SLURM_REST_TESTBED_MIRROR", "http://deb.debian.org/debian")
JOB_USER = "alice"
JOB_UID = 1500
# Every job user and uid: alice runs most tests; bob is a second person (two users' jobs, identities and
# directories kept apart). Each has a home, a key pair in the state dir and an association (_accounting).
JOB_USERS: Mapping[str, int] = MappingProxyType({JOB_USER: JOB_UID, "bob": 1501})
REST_USER = "slurmrest"
# The environment of every command run in a chroot (not the caller's: its PATH may be a venv's).
CHROOT_ENV = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C"}
PACKAGES = [
    "slurmctld",
    "slurmd",
    "slurmrestd",
    "slurm-client",
    "munge",
    "slurm-wlm-jwt-plugin",
    "slurm-wlm-basic-plugins",
    "procps",
    "openssh-server",
    "python3",
    "python3-cloudpickle",
    "ca-certificates",
    "mariadb-server",
    "slurmdbd",
]  # accounting: see _accounting.py
# Bump when the build recipe changes so that existing chroots are re-provisioned.
RECIPE_VERSION = 4
# The packages of each container runtime a release installs (Release.runtimes).
RUNTIME_PACKAGES: Mapping[str, tuple[str, ...]] = MappingProxyType({"apptainer": ("apptainer",), "oci": ("runc",)})


def packages(rel: Release) -> list[str]:
    return PACKAGES + [p for runtime in rel.runtimes for p in RUNTIME_PACKAGES[runtime]]


def recipe(rel: Release) -> str:
    """What the chroot is built from: a release without runtimes keeps the recipe it was built with."""
    return f"{RECIPE_VERSION}:" + " ".join(packages(rel))


def run(args: list[str], *, log: Path | None = None, **kw: object) -> None:
    """Run a build command; on failure show the log tail so CI output says why."""
    if log is None:
        subprocess.run(args, check=True, **kw)  # type: ignore[call-overload]
        return
    with log.open("ab") as fh:
        proc = subprocess.run(args, stdout=fh, stderr=subprocess.STDOUT, check=False, **kw)  # type: ignore[call-overload]
    if proc.returncode != 0:
        tail = log.read_text(errors="replace").splitlines()[-25:]
        raise SystemExit(f"{' '.join(args[:4])} … failed ({proc.returncode}); log {log}:\n" + "\n".join(tail))


def in_root(rel: Release, args: list[str], *, log: Path | None = None) -> None:
    env = {**CHROOT_ENV, "DEBIAN_FRONTEND": "noninteractive"}
    run(["chroot", str(rel.rootfs), *args], log=log, env=env)


def captured(rel: Release, *args: str, timeout: float = 120.0) -> subprocess.CompletedProcess[str]:
    """A command in the release's chroot, its output captured and its exit status left to the caller."""
    return subprocess.run(
        ["chroot", str(rel.rootfs), *args], capture_output=True, text=True, check=False, env=CHROOT_ENV, timeout=timeout
    )


def is_mounted_below(path: Path) -> bool:
    prefix = str(path.resolve()).rstrip("/") + "/"
    with open("/proc/mounts") as fh:
        return any((line.split()[1] + "/").startswith(prefix) for line in fh)


def build(rel: Release) -> None:
    """Create the chroot and install Slurm into it, unless the recipe marker says it is done."""
    marker = rel.rootfs / ".slurm-rest-recipe"
    if marker.exists() and marker.read_text() == recipe(rel):
        return
    rel.state.mkdir(parents=True, exist_ok=True)
    log = rel.state / "build.log"
    if not (rel.rootfs / ".debootstrap-done").exists():
        if rel.rootfs.exists():
            if is_mounted_below(rel.rootfs):
                raise SystemExit(f"{rel.rootfs} is half-built and has mounts; run 'down {rel.name}' first")
            shutil.rmtree(rel.rootfs)
        print(f"[{rel.name}] debootstrap {rel.suite} (about a minute)", file=sys.stderr, flush=True)
        run(["debootstrap", "--variant=minbase", rel.suite, str(rel.rootfs), MIRROR], log=log)
        (rel.rootfs / ".debootstrap-done").touch()
    copy_host_files(rel)
    # Keep package maintainer scripts from starting daemons inside the chroot.
    policy = rel.rootfs / "usr/sbin/policy-rc.d"
    policy.write_text("#!/bin/sh\nexit 101\n")
    policy.chmod(0o755)
    # Mirrors may serve snapshots whose Release files are past Valid-Until.
    (rel.rootfs / "etc/apt/apt.conf.d/99slurm-rest-testbed").write_text(
        'Acquire::Check-Valid-Until "false";\nAcquire::Retries "3";\n'
    )
    print(f"[{rel.name}] installing Slurm packages", file=sys.stderr, flush=True)
    in_root(rel, ["apt-get", "update"], log=log)
    in_root(rel, ["apt-get", "install", "-y", "--no-install-recommends", *packages(rel)], log=log)
    in_root(rel, ["apt-get", "clean"], log=log)
    marker.write_text(recipe(rel))


def copy_host_files(rel: Release) -> None:
    for name in ("etc/hosts", "etc/resolv.conf"):
        src = Path("/") / name
        if src.exists():
            shutil.copyfile(src, rel.rootfs / name)
    # The nodes' names resolve in the chroot, as on a cluster (srun and steps look their hosts up), and so
    # does the controller's address: slurmctld (24.11) looks up each client's address, and a lookup that
    # reaches this machine's DNS waits 5 s for its timeout, on every RPC sent from the host side.
    with (rel.rootfs / "etc/hosts").open("a") as fh:
        fh.write(f"{_network.controller_address(rel)} {_network.bridge(rel)}\n")
        fh.write("".join(f"{n.address} {n.name}\n" for n in _network.nodes(rel)))


def ensure_users(rel: Release, log: Path) -> None:
    """slurmrestd's user and the job users (JOB_USERS), made where missing: on every configure, so that a
    user added here reaches chroots built before."""
    passwd = (rel.rootfs / "etc/passwd").read_text()
    if f"\n{REST_USER}:" not in passwd:
        in_root(rel, ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", REST_USER], log=log)
    shadow = (rel.rootfs / "etc/shadow").read_text()
    for user, uid in JOB_USERS.items():
        if f"\n{user}:" not in passwd:
            in_root(rel, ["useradd", "-m", "-u", str(uid), "-s", "/bin/bash", user], log=log)
        # useradd leaves the account locked ("!"), which sshd without PAM refuses even for keys.
        if f"\n{user}:*:" not in "\n" + shadow:
            in_root(rel, ["usermod", "-p", "*", user], log=log)


def slurm_conf(rel: Release, host: str) -> str:
    from . import _accounting, _failover, _inventory, _limits  # they import this module

    nodes = "\n".join(
        f"NodeName={n.name} NodeAddr={n.address} CPUs=16 RealMemory=8192 Gres=gpu:{GPUS_PER_NODE} State=UNKNOWN"
        for n in _network.nodes(rel)
    )
    return f"""\
# Written by slurm_rest_testbed; rewritten on every 'up'.
ClusterName={rel.cluster}
SlurmctldHost={host}({_network.controller_address(rel)})
SlurmctldPort={rel.ctld_port}
SlurmdPort={rel.slurmd_port}
SlurmUser=slurm
AuthType=auth/munge
AuthAltTypes=auth/jwt
AuthAltParameters=jwt_key=/var/spool/slurmctld/jwt_hs256.key
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
# Steps' CPU time and peak memory, sampled from /proc (sacct, GET /slurmdb/.../job/ID steps[]).
JobAcctGatherType=jobacct_gather/linux
JobAcctGatherFrequency=2
SelectType=select/cons_tres
ReturnToService=2
MpiDefault=none
SlurmctldPidFile=/run/slurmctld.pid
# One slurmd per node, all in this chroot: %n (the node's name) keeps their files apart.
SlurmdPidFile=/run/slurmd-%n.pid
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd/%n
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd-%n.log
# A node whose slurmd dies is DOWN (its jobs NODE_FAIL, or requeued) within seconds, and a requeued
# job may start again 5 s later (the credential lifetime; 120 s by default).
SlurmdTimeout=10
AuthInfo=cred_expire=5
# Jobs here mostly sleep: advertise more CPUs than the machine has so that tests overlap.
SlurmdParameters=config_overrides
KillWait=2
InactiveLimit=0
MinJobAge={os.environ.get("SLURM_REST_TESTBED_MINJOBAGE", "300")}
MaxJobCount={os.environ.get("SLURM_REST_TESTBED_MAXJOBCOUNT", "50000")}
MaxArraySize=10001
# Without a default, a job that names no memory asks for the whole node and runs alone.
DefMemPerCPU=64
# Stand-in GPUs (gres.conf: GRES_CONF): jobs may ask for them (--gpus, --gres=gpu:N, --gpus-per-task ...).
GresTypes=gpu
{nodes}
# "low" jobs are requeued when a "high" job needs their nodes; the default partition's never are.
PreemptType=preempt/partition_prio
PreemptMode=REQUEUE
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP PreemptMode=OFF
PartitionName=low Nodes=ALL MaxTime=INFINITE State=UP PriorityTier=1
PartitionName=high Nodes=ALL MaxTime=INFINITE State=UP PriorityTier=10
""" + (
        _accounting.slurm_conf_lines(rel, host)
        + _inventory.slurm_conf_lines()
        + _limits.slurm_conf_lines(rel)
        + _failover.slurm_conf_lines(rel)
    )


# Every node's GPUs (this machine has none). gres.conf names a device file per GPU: 24.11+ slurmd drop
# file-less GPUs ("Ignoring file-less GPU"), report 0 and the node goes INVAL. The files are /dev/null's
# device (1:3) under their own names, made by configure; they are in the chroot, so every node (all share it)
# has them. Jobs get CUDA_VISIBLE_DEVICES and SLURM_JOB_GPUS as on a real GPU node.
GPUS_PER_NODE = 4
GPU_DIR = "/var/lib/slurm-rest-gpus"
GRES_CONF = f"""\
# Written by slurm_rest_testbed; rewritten on every 'up'.
Name=gpu File={GPU_DIR}/gpu[0-{GPUS_PER_NODE - 1}]
"""


def make_gpu_files(rel: Release) -> None:
    """The device files GRES_CONF names, made where missing (character devices like /dev/null)."""
    gpu_dir = rel.rootfs / GPU_DIR.lstrip("/")
    gpu_dir.mkdir(parents=True, exist_ok=True)
    for i in range(GPUS_PER_NODE):
        path = gpu_dir / f"gpu{i}"
        if not (path.exists() and stat.S_ISCHR(path.stat().st_mode)):
            path.unlink(missing_ok=True)
            os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        path.chmod(0o666)


def gpus_configured(rel: Release) -> bool:
    """Whether this release's config (as written) gives its nodes GPUs; a release started before they had any
    gets them from ``up`` (_cli), which restarts slurmctld, the slurmds and slurmrestd."""
    try:
        conf = (rel.rootfs / "etc/slurm/slurm.conf").read_text()
        gres = (rel.rootfs / "etc/slurm/gres.conf").read_text()
    except OSError:
        return False
    return "\nGresTypes=gpu\n" in conf and gres == GRES_CONF


SSHD_CONF = """\
# Written by slurm_rest_testbed: key-only logins for the job users, loopback only.
Port {port}
ListenAddress 127.0.0.1
PidFile /run/sshd-testbed.pid
HostKey /etc/ssh/ssh_host_ed25519_key
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin no
AllowUsers {users}
UsePAM no
Subsystem sftp internal-sftp
"""


def _write_secret(path: Path, nbytes: int, owner: str, rel: Release) -> None:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(secrets.token_bytes(nbytes))
    in_root(rel, ["chown", f"{owner}:{owner}", "/" + str(path.relative_to(rel.rootfs))])
    path.chmod(0o400 if owner == "munge" else 0o600)


def configure(rel: Release) -> tuple[str, ...]:
    """Write keys and config files; idempotent and quick. Returns the daemons whose config changed (a
    running one must reread it)."""
    from . import _accounting, _containers

    root = rel.rootfs
    host = socket.gethostname().split(".")[0]
    copy_host_files(rel)
    ensure_users(rel, rel.state / "build.log")
    _write_secret(root / "etc/munge/munge.key", 1024, "munge", rel)
    _write_secret(root / "var/spool/slurmctld/jwt_hs256.key", 32, "slurm", rel)
    for d, owner in (
        ("run/munge", "munge"),
        ("var/spool/slurmctld", "slurm"),
        ("var/spool/slurmd", "root"),
        *((f"var/spool/slurmd/{n}", "root") for n in _network.NODE_NAMES),
        ("var/log/slurm", "slurm"),
        ("run/sshd", "root"),
    ):
        (root / d).mkdir(parents=True, exist_ok=True)
        in_root(rel, ["chown", f"{owner}:{owner}", "/" + d])
    (root / "etc/slurm/slurm.conf").write_text(slurm_conf(rel, host))
    make_gpu_files(rel)
    (root / "etc/slurm/gres.conf").write_text(GRES_CONF)
    if rel.needs_cgroup_conf:
        (root / "etc/slurm/cgroup.conf").write_text("CgroupPlugin=disabled\n")
    _accounting.configure(rel)
    _containers.configure(rel)
    sshd_changed = configure_ssh(rel)
    install_cluster_python_packages(rel)
    example = root / "usr/local/share/slurm-rest/repeat.sh"
    example.parent.mkdir(parents=True, exist_ok=True)
    example.write_text(EXAMPLE_SCRIPT)
    example.chmod(0o755)
    return ("sshd",) if sshd_changed else ()


# What function jobs import on the cluster, installed the way a site would ship a module:
# into one directory that jobs put on PYTHONPATH (FunctionExecutor(setup=[...])).
CLUSTER_SITE = "/opt/slurm-rest/site"


def install_cluster_python_packages(rel: Release) -> None:
    """cloudpickle, the same version as here (pure Python), into the chroot's CLUSTER_SITE; and where the
    chroot's Python is this one's, flytekit and this project into FLYTE_SITE for Flyte function tasks."""
    import importlib.metadata

    try:
        version = importlib.metadata.version("cloudpickle")
    except importlib.metadata.PackageNotFoundError:
        return  # functions need the [ssh] extra on this side too; nothing to match yet
    target = rel.rootfs / CLUSTER_SITE.lstrip("/")
    if not (target / f"cloudpickle-{version}.dist-info").exists():
        run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "-q",
                "--no-deps",
                "--upgrade",
                "--target",
                str(target),
                f"cloudpickle=={version}",
            ],
            log=rel.state / "build.log",
        )
    if cluster_python(rel) == f"{sys.version_info[0]}.{sys.version_info[1]}":
        install_flyte_site(rel)


def cluster_python(rel: Release) -> str:
    """The chroot's python3 version as "3.11" ("" before it is built)."""
    libs = sorted((rel.rootfs / "usr/lib").glob("python3.*/os.py"))
    return libs[-1].parent.name.removeprefix("python") if libs else ""


# Flyte function tasks run pyflyte-execute on the cluster: flytekit (< 3.13) plus this project, which the
# task modules import. Versions are pinned to this environment's so that protos and pickles agree.
FLYTE_SITE = "/opt/slurm-rest/flyte"
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _project_digest() -> str:
    import hashlib

    digest = hashlib.sha256()
    for pkg in ("slurm_rest", "flyte_plugin", "generated_client"):
        for path in sorted((PROJECT_ROOT / pkg).rglob("*.py")):
            digest.update(str(path.relative_to(PROJECT_ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def install_flyte_site(rel: Release) -> None:
    """Install once; re-install only this project (seconds) when its sources changed."""
    import importlib.metadata

    try:
        flytekit = importlib.metadata.version("flytekit")
    except importlib.metadata.PackageNotFoundError:
        return  # no [flyte] extra here: nothing to match
    target = rel.rootfs / FLYTE_SITE.lstrip("/")
    stamp, digest, log = target / ".slurm-rest-stamp", _project_digest(), rel.state / "build.log"
    have = stamp.read_text().split() if stamp.exists() else []
    if have == [flytekit, digest]:
        return
    print(
        f"[{rel.name}] installing flytekit {flytekit} and slurm-rest for the cluster Python",
        file=sys.stderr,
        flush=True,
    )
    pins = rel.state / "flyte-constraints.txt"
    frozen = subprocess.run(
        [sys.executable, "-m", "pip", "freeze", "--exclude-editable"], check=True, capture_output=True, text=True
    ).stdout
    pins.write_text("".join(line + "\n" for line in frozen.splitlines() if "==" in line))
    deps = [] if have[:1] == [flytekit] else [f"flytekit=={flytekit}"]
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--upgrade",
            "--target",
            str(target),
            "-c",
            str(pins),
            *(deps or ["--no-deps"]),
            str(PROJECT_ROOT),
        ],
        log=log,
    )
    stamp.write_text(f"{flytekit} {digest}\n")


# An "existing batch script on the cluster" for examples and tests of the script task.
EXAMPLE_SCRIPT = """#!/bin/bash
# usage: repeat.sh WORD COUNT [OUTFILE] -- prints WORD COUNT times (and writes them to OUTFILE)
word=$1 count=$2 out=${3:-/dev/null}
for _ in $(seq "$count"); do printf '%s\\n' "$word"; done | tee "$out"
echo "note from the environment: ${note-unset}"
"""


def ssh_key_path(rel: Release, user: str = JOB_USER) -> Path:
    """A job user's private key on this side (alice's keeps its first name, which scripts and examples use)."""
    return rel.state / ("id_ed25519" if user == JOB_USER else f"id_ed25519_{user}")


def configure_ssh(rel: Release) -> bool:
    """Host key, sshd's config, and each job user's key pair in authorized_keys; True when sshd's config
    changed (a running sshd must reread it)."""
    root, state = rel.rootfs, rel.state
    state.mkdir(parents=True, exist_ok=True)
    if not (root / "etc/ssh/ssh_host_ed25519_key").exists():
        in_root(rel, ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", "/etc/ssh/ssh_host_ed25519_key"])
    conf = root / "etc/ssh/sshd_config_testbed"
    text = SSHD_CONF.format(port=rel.ssh_port, users=" ".join(JOB_USERS))
    changed = not conf.exists() or conf.read_text() != text
    conf.write_text(text)
    for user in JOB_USERS:
        key = ssh_key_path(rel, user)
        if not key.exists():
            run(
                [
                    "ssh-keygen",
                    "-q",
                    "-t",
                    "ed25519",
                    "-N",
                    "",
                    "-C",
                    f"slurm-rest-testbed-{rel.suite}-{user}",
                    "-f",
                    str(key),
                ]
            )
        ssh_dir = root / "home" / user / ".ssh"
        ssh_dir.mkdir(parents=True, exist_ok=True)
        (ssh_dir / "authorized_keys").write_text(key.with_name(key.name + ".pub").read_text())
        in_root(rel, ["chown", "-R", f"{user}:{user}", f"/home/{user}/.ssh"])
        (ssh_dir / "authorized_keys").chmod(0o600)
        ssh_dir.chmod(0o700)
    host_pub = (root / "etc/ssh/ssh_host_ed25519_key.pub").read_text().split()
    (state / "known_hosts").write_text(f"[127.0.0.1]:{rel.ssh_port} {host_pub[0]} {host_pub[1]}\n")
    return changed
