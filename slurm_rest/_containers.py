"""Jobs in a container image, run by the runtime the cluster has.

The batch script stays on the host, where ``srun`` and the cluster's configuration are: it becomes a
launcher that starts the job's own script once per task with ``srun``, inside the image, through the
runtime. So the image needs no Slurm, every task of a multi-node job runs in it (Pyxis's model, and that of
Kubeflow's replicas), and a one-task job is simply its script in the image. The job's working directory is
mounted at its own path and is each task's working directory. Each task finds what torch.distributed's
``env://`` reads: ``RANK``, ``WORLD_SIZE``, ``LOCAL_RANK``, ``MASTER_ADDR`` (the job's first node) and
``MASTER_PORT`` (from the job id, so that two jobs on one node do not collide).

Which runtime is cluster configuration (``ClientConfig.container_runtime``), not part of a job: a task
names only its image and mounts.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING, cast

from ._constants import MAX_CONTAINER_SCRIPT, RANK_PORTS
from ._exceptions import ValidationError
from ._values import show

if TYPE_CHECKING:
    from ._jobspec import JobSpec

__all__ = ["Container", "ContainerRuntime", "in_container", "per_task_script"]


class ContainerRuntime(str, Enum):
    """How a cluster runs images. ``OCI`` is Slurm's own ``--container`` (``oci.conf``; the image is an OCI
    bundle directory); ``PYXIS`` is NVIDIA's SPANK plugin (``--container-image``, enroot). A str whose
    str() is its value (as 3.11's StrEnum, which Python 3.10 lacks)."""

    APPTAINER = "apptainer"
    OCI = "oci"
    PYXIS = "pyxis"

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


_WORD = re.compile(r"[^\s,'\"\\$`]+")  # one shell-safe word with no list separator
_MOUNT = re.compile(r"(/[^\s:,]*)(?::(/[^\s:,]*))?(?::(ro|rw))?")  # SRC[:DST][:ro|rw], absolute paths
# Docker Hub's own names: enroot (Pyxis) reaches Docker Hub when a reference names no registry.
_DOCKER_HUB = frozenset({"docker.io", "index.docker.io", "registry-1.docker.io"})


def _runtime_of(value: ContainerRuntime | str) -> ContainerRuntime:
    """``value`` as a ContainerRuntime; anything else is a ValidationError naming the choices."""
    try:
        return ContainerRuntime(value)
    except ValueError:
        raise ValidationError(
            f"container runtime must be one of {', '.join(ContainerRuntime)}, got {show(value)}"
        ) from None


def _full_mount(mount: str) -> str:
    """``SRC:ro`` written ``SRC:SRC:ro``: Apptainer and Pyxis both read the short form as a mount at ``ro``."""
    match = _MOUNT.fullmatch(mount)
    assert match is not None  # Container checked it
    src, dst, mode = match.groups()
    return f"{src}:{src}:{mode}" if mode and not dst else mount


@dataclass(frozen=True)
class Container:
    """An image and what to mount into it. ``image``: a registry reference (``docker.io/library/python:3.12``),
    a SIF file or sandbox directory (Apptainer), an OCI bundle directory (OCI). ``mounts``:
    ``SRC[:DST][:ro]`` with absolute paths (``SRC:ro`` is kept as ``SRC:SRC:ro``, the form every runtime
    reads); the working directory is always mounted. ``options``: more arguments for the runtime (``--nv``
    for Apptainer's NVIDIA GPUs), each one word."""

    image: str
    mounts: Sequence[str] = ()
    options: Sequence[str] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.image, str) or not _WORD.fullmatch(self.image):
            raise ValidationError(
                f"container image must be one word without spaces, quotes or commas, got {show(self.image)}"
            )
        for name, pattern, what in (
            ("mounts", _MOUNT, "SRC[:DST][:ro] with absolute paths"),
            ("options", _WORD, "words without spaces, quotes or commas"),
        ):
            given = getattr(self, name)
            if isinstance(given, (str, bytes)) or not isinstance(given, Iterable):
                raise ValidationError(f"container {name} must be a list of {what}, got {show(given)}")
            items = tuple(given)  # once: an iterator would be used up by the check
            bad = [i for i in items if not isinstance(i, str) or not pattern.fullmatch(i)]
            if bad:
                raise ValidationError(f"container {name} must be {what}, got {show(bad[0])} in {show(items)}")
            object.__setattr__(self, name, tuple(map(_full_mount, items)) if name == "mounts" else items)


def _apptainer_image(image: str) -> str:
    """A path (SIF or sandbox, absolute or from the working directory) or a URI as given; a bare registry
    reference is pulled from its registry."""
    return image if image.startswith(("/", "./", "../")) or "://" in image else f"docker://{image}"


def _enroot_image(image: str) -> str:
    """A Docker reference as enroot reads one, ``[USER@][REGISTRY#]IMAGE[:TAG]``: enroot takes
    ``nvcr.io/nvidia/pytorch`` for an image of that name on Docker Hub, so a leading registry (a first
    component with a dot or a port, or ``localhost``: Docker's rule) becomes ``nvcr.io#nvidia/pytorch``, and
    Docker Hub's own name is left out. Paths (squashfs files) and references in enroot's form stay as given."""
    first, slash, rest = image.partition("/")
    if not slash or image.startswith(("/", ".")) or "#" in image or "@" in image:
        return image
    if first in _DOCKER_HUB:
        return rest
    return f"{first}#{rest}" if "." in first or ":" in first or first == "localhost" else image


def _apptainer(c: Container) -> tuple[list[str], list[str]]:
    binds = [w for m in c.mounts for w in ("--bind", shlex.quote(m))]
    return [], [
        "apptainer",
        "exec",
        "--bind",
        '"$PWD"',
        "--pwd",
        '"$PWD"',
        *binds,
        *map(shlex.quote, c.options),
        shlex.quote(_apptainer_image(c.image)),
    ]


def _pyxis(c: Container) -> tuple[list[str], list[str]]:
    mounts = ",".join(['"$PWD"', *map(shlex.quote, c.mounts)])
    return [
        f"--container-image={shlex.quote(_enroot_image(c.image))}",
        f"--container-mounts={mounts}",
        '--container-workdir="$PWD"',
        *map(shlex.quote, c.options),
    ], []


def _oci(c: Container) -> tuple[list[str], list[str]]:
    if not c.image.startswith("/"):
        raise ValidationError(
            f"with the OCI runtime the image is an OCI bundle directory on the cluster (an "
            f"absolute path), got {show(c.image)}"
        )
    if c.mounts:
        raise ValidationError(
            "with the OCI runtime the bundle's config.json names its mounts; "
            f"container mounts {show(c.mounts)} cannot be added per job"
        )
    return [f"--container={shlex.quote(c.image)}", *map(shlex.quote, c.options)], []


# Each runtime's srun options and the command the task's shell runs under (both shell words).
_RUNTIMES: Mapping[ContainerRuntime, Callable[[Container], tuple[list[str], list[str]]]] = MappingProxyType(
    {ContainerRuntime.APPTAINER: _apptainer, ContainerRuntime.PYXIS: _pyxis, ContainerRuntime.OCI: _oci}
)

# Runs in each task (inside the image when there is one): into the job's working directory (a runtime may
# start elsewhere: Slurm's OCI starts in the bundle's cwd), the rank variables, then the job's script, from a
# file so that its own interpreter line counts. The script travels in the environment, which srun passes on;
# a runtime told to clear it (apptainer --cleanenv, --containall) would have the task run an empty file and
# succeed, so a task that finds no script fails, saying why. A task that exits non-zero by itself (not by a
# signal) notes its code in the working directory, so that the job's exit code is the first failing task's,
# not that of a task srun killed because of it (srun reports the highest of all).
_TASK = (
    '[ -n "${SLURM_REST_SCRIPT+set}" ] || { echo "slurm-rest: the job script did not reach the task: '
    'a container option (such as --cleanenv) cleared its environment" >&2; exit 1; }; '
    'cd "$SLURM_REST_WORKDIR" || { echo "slurm-rest: the working directory $SLURM_REST_WORKDIR is not '
    'mounted in the image" >&2; exit 1; }; '
    'export RANK="$SLURM_PROCID" WORLD_SIZE="$SLURM_NTASKS" LOCAL_RANK="$SLURM_LOCALID"; '
    'f="$(mktemp)" && printf %s "$SLURM_REST_SCRIPT" >"$f" && chmod 700 "$f" && unset SLURM_REST_SCRIPT '
    '|| exit 1; "$f"; rc=$?; rm -f "$f"; '
    '[ $rc -eq 0 ] || [ $rc -gt 128 ] || echo "$rc $RANK" >>"$SLURM_REST_FAILED"; exit $rc'
)


def per_task_script(
    script: str,
    container: Container | None = None,
    runtime: ContainerRuntime | str | None = None,
    *,
    prologue: Sequence[str] = (),
) -> str:
    """A batch script that runs ``script`` once per task of the job under ``srun`` (in ``container`` through
    ``runtime`` when given), each task with the rank variables of the module docstring. A task that fails
    ends the others (``--kill-on-bad-exit``), and the job's exit code is the first failing task's.
    ``prologue``: shell lines the batch script runs first, once, on the host (making and entering the working
    directory, unpacking code): the tasks start in the directory it leaves."""
    if len(script.encode()) > MAX_CONTAINER_SCRIPT:
        raise ValidationError(
            f"a script run per task travels in the environment: at most {MAX_CONTAINER_SCRIPT} "
            f"bytes, got {len(script.encode())}"
        )
    srun_options: list[str] = []
    prefix: list[str] = []
    where = ""
    if container is not None:
        if runtime is None:
            raise ValidationError(
                f"the job asks for container image {show(container.image)}, but no container "
                "runtime is configured for this cluster (container_runtime: "
                f"{', '.join(r.value for r in ContainerRuntime)})"
            )
        kind = _runtime_of(runtime)
        srun_options, prefix = _RUNTIMES[kind](container)
        where = f", in {container.image} ({kind.value})"
    base, span = RANK_PORTS
    return "\n".join(
        [
            "#!/bin/sh",
            f"# slurm-rest: the job's script runs once per task{where}",
            *prologue,
            # A job submitted over REST has only the environment it was given; inside an image the user may be
            # someone else (root of a user namespace) whose home is not theirs: the user's own, from the host.
            'export HOME="${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}"',
            'export MASTER_ADDR="$(scontrol show hostnames "$SLURM_JOB_NODELIST" | head -n 1)"',
            f'export MASTER_PORT="$(({base} + SLURM_JOB_ID % {span}))"',
            # A requeued job's earlier run may have left its note (its node died before the end): not this run's.
            'export SLURM_REST_WORKDIR="$PWD" SLURM_REST_FAILED="$PWD/.slurm-rest-failed-$SLURM_JOB_ID"',
            'rm -f "$SLURM_REST_FAILED"',
            f"export SLURM_REST_SCRIPT={shlex.quote(script)}",
            " ".join(["srun --kill-on-bad-exit=1", *srun_options, *prefix, "/bin/sh -c", shlex.quote(_TASK)]),
            'rc=$?; if [ "$rc" -ne 0 ] && [ -s "$SLURM_REST_FAILED" ]; then read -r rc _ <"$SLURM_REST_FAILED"; fi',
            'rm -f "$SLURM_REST_FAILED"; exit "$rc"',
            "",
        ]
    )


def in_container(spec: JobSpec, runtime: ContainerRuntime | str | None) -> JobSpec:
    """The spec to send: its script wrapped by ``per_task_script`` when it names a container."""
    if spec.container is None:
        return spec
    container = cast(Container, spec.container)  # JobSpec made an image name a Container
    return spec.with_changes(script=per_task_script(spec.script, container, runtime), container=None)
