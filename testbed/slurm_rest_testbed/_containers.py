"""Container runtimes on a release's nodes, and task images in the forms a site ships them.

- Apptainer (26.05: packaged in sid only) runs unprivileged; jobs may create its user namespace because
  slurmd runs under pivot_root, not chroot (``_daemons.rooted``).
- Slurm's own OCI support (``--container``, every release here) calls runc through ``oci.conf``. Slurm hands
  the runtime a copy of the job's bundle with its own mounts and the task's command; our wrapper maps the
  calling user to root in a user namespace (rootless runc wants a root mapping) and runs without cgroups
  (these nodes share one cgroup tree, and crun refuses its hybrid layout).
- Images: a podman image becomes an Apptainer sandbox directory and an OCI bundle (its files plus a rootless
  ``config.json`` that mounts the shared file systems), both under IMAGES, which every node shares; and,
  where a release has Apptainer, is pushed to a registry (Debian's ``docker-registry``) on the release's
  bridge, from which Apptainer pulls it by reference (``docker://``), as a site's nodes pull the image a
  task was registered with. Plain HTTP on the testbed's own network: Apptainer is told ``--no-https``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from ._build import JOB_USERS, PROJECT_ROOT
from ._releases import Release

__all__ = [
    "IMAGES",
    "OCI_RUN",
    "RUNC_ROOT",
    "configure",
    "prepare_image",
    "push_image",
    "registry_address",
    "start_registry",
    "stop_registry",
]

IMAGES = "/opt/slurm-rest/images"
OCI_RUN = "/usr/local/bin/slurm-rest-oci-run"
RUNC_ROOT = "/run/slurm-rest-runc"  # runc's state, a directory per user (by name: 22.05's oci.conf has no %U)

_OCI_CONF = f"""# Written by slurm_rest_testbed: --container through rootless runc (see {OCI_RUN}).
RunTimeQuery="runc --rootless=true --root={RUNC_ROOT}/%u state %n.%u.%j.%s.%t"
RunTimeKill="runc --rootless=true --root={RUNC_ROOT}/%u kill -a %n.%u.%j.%s.%t"
RunTimeDelete="runc --rootless=true --root={RUNC_ROOT}/%u delete --force %n.%u.%j.%s.%t"
RunTimeRun="{OCI_RUN} %b %n.%u.%j.%s.%t"
"""

_OCI_RUN_SCRIPT = f"""#!/bin/sh
# slurm-rest-oci-run BUNDLE ID (oci.conf's RunTimeRun): Slurm's bundle, run by rootless runc with the calling
# user as root of a user namespace (rootless runc needs a root mapping; files it writes stay the user's), no
# cgroups, runc's own log dropped. The config goes to a bundle of the user's own: 22.05 leaves the one it
# wrote in its spool unwritable.
set -e
bundle=$(mktemp -d)
trap 'rm -rf "$bundle"' EXIT
python3 - "$1" "$bundle" "$(id -u)" "$(id -g)" <<'PY'
import json, os, sys
source, target, uid, gid = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
with open(os.path.join(source, "config.json")) as fh:
    cfg = json.load(fh)
cfg["root"]["path"] = os.path.join(source, cfg["root"]["path"])
cfg["linux"]["uidMappings"] = [{{"containerID": 0, "hostID": uid, "size": 1}}]
cfg["linux"]["gidMappings"] = [{{"containerID": 0, "hostID": gid, "size": 1}}]
cfg["process"]["user"] = {{"uid": 0, "gid": 0}}
with open(os.path.join(target, "config.json"), "w") as fh:
    json.dump(cfg, fh)
PY
set +e
runc --rootless=true --log /dev/null --root="{RUNC_ROOT}/$(id -un)" run --bundle "$bundle" "$2"
"""

# What an image's processes see of the node: its devices, /tmp, the users' homes (the work directories),
# slurmd's spool (Slurm mounts a step's directory from it at the same path) and the names of users and
# nodes. Only user and mount namespaces: the host's network, so ranks can meet.
_SHARED = ("/proc", "/dev", "/sys", "/tmp", "/home", "/var/spool/slurmd")
_FILES = ("/etc/passwd", "/etc/group", "/etc/hosts")


def configure(rel: Release) -> None:
    """oci.conf, its wrapper and the users' runtime directories, where the release has OCI."""
    root = rel.rootfs
    apptainer = root / "etc/apptainer/apptainer.conf"
    if "apptainer" in rel.runtimes and apptainer.exists():
        # A pulled image runs from a temporary sandbox (no squashfuse: /dev/fuse is root's here), made by a
        # helper container that fails on a second devpts ("multiple devpts instances unsupported").
        apptainer.write_text(apptainer.read_text().replace("\nmount devpts = yes\n", "\nmount devpts = no\n"))
    conf = root / "etc/slurm/oci.conf"
    if "oci" not in rel.runtimes:
        conf.unlink(missing_ok=True)
        return
    conf.write_text(_OCI_CONF)
    wrapper = root / OCI_RUN.lstrip("/")
    wrapper.write_text(_OCI_RUN_SCRIPT)
    wrapper.chmod(0o755)
    for user, uid in JOB_USERS.items():
        run_dir = root / RUNC_ROOT.lstrip("/") / user
        run_dir.mkdir(parents=True, exist_ok=True)
        shutil.chown(run_dir, uid, uid)
        run_dir.chmod(0o700)


def _podman(*args: str, **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(PROJECT_ROOT / "scripts/podman"), *args], check=True, text=True, **kw)


def _bundle_config(env: list[str]) -> dict[str, Any]:
    mounts = [{"destination": d, "type": "bind", "source": d, "options": ["rbind", "nosuid"]} for d in _SHARED]
    mounts += [{"destination": f, "type": "bind", "source": f, "options": ["bind", "ro"]} for f in _FILES]
    return {
        "ociVersion": "1.0.0",
        "process": {
            "terminal": False,
            "user": {"uid": 0, "gid": 0},
            "args": ["/bin/sh"],
            "env": env,
            "cwd": "/",
            "noNewPrivileges": True,
        },
        "root": {"path": "rootfs", "readonly": True},
        "mounts": mounts,
        "linux": {"namespaces": [{"type": "user"}, {"type": "mount"}]},
    }


def _oci_bundle(rel: Release, image: str, target: Path) -> None:
    rootfs = target / "rootfs"
    rootfs.mkdir(parents=True)
    container = _podman("create", image, "true", capture_output=True).stdout.strip()
    try:
        export = subprocess.Popen([str(PROJECT_ROOT / "scripts/podman"), "export", container], stdout=subprocess.PIPE)
        subprocess.run(["tar", "-x", "-C", str(rootfs)], stdin=export.stdout, check=True)
        if export.wait() != 0:
            raise SystemExit(f"podman export of {image} failed")
    finally:
        _podman("rm", container, capture_output=True)
    for path in _FILES:  # bind targets must exist in a read-only root; Slurm mounts its spool at /run/slurm
        (rootfs / path.lstrip("/")).touch()
    for path in (*_SHARED, "/run/slurm"):
        (rootfs / path.lstrip("/")).mkdir(parents=True, exist_ok=True)
    env = (
        json.loads(_podman("image", "inspect", "--format", "{{json .Config.Env}}", image, capture_output=True).stdout)
        or []
    )
    (target / "config.json").write_text(json.dumps(_bundle_config(env), indent=1))


def _apptainer_sandbox(rel: Release, image: str, target: Path) -> None:
    from ._daemons import rooted

    archive = rel.rootfs / "tmp" / f"{target.name}.tar"
    try:
        _podman("save", "--format", "docker-archive", "-o", str(archive), image, capture_output=True)
        inside = "/" + str(target.relative_to(rel.rootfs))
        subprocess.run(
            rooted(rel, "apptainer", "build", "--sandbox", inside, f"docker-archive:///tmp/{archive.name}"),
            check=True,
            capture_output=True,
        )
    finally:
        archive.unlink(missing_ok=True)


_BUILDERS = {"apptainer": ("sandbox", _apptainer_sandbox), "oci": ("oci", _oci_bundle)}


def prepare_image(rel: Release, image: str) -> dict[str, str]:
    """``image`` (a podman image here) on the cluster for each runtime the release has: {runtime: path on
    the nodes}. Made once per image id; a half-made one (interrupted) is made again."""
    image_id = _podman("image", "inspect", "--format", "{{.Id}}", image, capture_output=True).stdout.strip()[:12]
    paths: dict[str, str] = {}
    for runtime in rel.runtimes:
        suffix, build = _BUILDERS[runtime]
        path = f"{IMAGES}/{image_id}.{suffix}"
        target, done = rel.rootfs / path.lstrip("/"), rel.rootfs / f"{path.lstrip('/')}.done"
        if not done.exists():
            print(f"[{rel.name}] {image} as {runtime} image {path}", file=sys.stderr, flush=True)
            shutil.rmtree(target, ignore_errors=True)
            target.parent.mkdir(parents=True, exist_ok=True)
            build(rel, image, target)
            done.touch()
        paths[runtime] = path
    return paths


# -- the registry ----------------------------------------------------------------------------------------

REGISTRY_PORT = 50  # port_base + this, on the release's bridge address


def registry_address(rel: Release) -> str:
    from ._network import controller_address

    return f"{controller_address(rel)}:{rel.port_base + REGISTRY_PORT}"


def _registry_pid(rel: Release) -> int | None:
    try:
        pid = int((rel.state / "registry.pid").read_text())
        return pid if b"docker-registry" in Path(f"/proc/{pid}/cmdline").read_bytes() else None
    except (OSError, ValueError):
        return None


def start_registry(rel: Release) -> None:
    """The release's registry, where it has Apptainer (the bridge must exist: its address is bound)."""
    if "apptainer" not in rel.runtimes or _registry_pid(rel):
        return
    binary = shutil.which("docker-registry")
    if binary is None:
        raise SystemExit("docker-registry is not installed (scripts/setup installs it)")
    storage = rel.state / "registry"
    storage.mkdir(parents=True, exist_ok=True)
    config = rel.state / "registry.yml"
    config.write_text(
        f"version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: {storage}\n"
        f"http:\n  addr: {registry_address(rel)}\n"
    )
    with (rel.state / "registry.log").open("ab") as log:
        proc = subprocess.Popen(
            [binary, "serve", str(config)],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    (rel.state / "registry.pid").write_text(f"{proc.pid}\n")


def stop_registry(rel: Release) -> None:
    pid = _registry_pid(rel)
    if pid is not None:
        os.kill(pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired, ChildProcessError):
            os.waitpid(pid, 0)
    (rel.state / "registry.pid").unlink(missing_ok=True)


def push_image(rel: Release, image: str) -> str:
    """``image`` (a podman image here) in the release's registry; its reference there (no scheme)."""
    start_registry(rel)
    name = image.rsplit("/", 1)[-1]
    ref = f"{registry_address(rel)}/{name}"
    _podman("push", "-q", "--tls-verify=false", image, f"docker://{ref}", capture_output=True)
    return ref
