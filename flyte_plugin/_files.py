"""The connector touches only what belongs to the task: inputs from the blob store, outputs and log tails
from inside the task's own work directory.

Inputs: with a deployment, an input URI must start with one of its ``blob_prefixes`` (a ``file://`` URI,
a local path, another scheme or bucket is refused before anything is read). Outputs and tails through a
shared filesystem (``path_map``): every component below the mapping's local prefix (which the deployment
configured) is opened with ``O_NOFOLLOW`` relative to its parent's descriptor, so no symbolic link is
followed, however the job swaps them; a file must be regular with one link (a hard link to a file outside
has two), and a directory is copied entry by entry the same way. By SFTP the stager refuses links too
(``Stager.no_links``), and reads as the job's own user, so nothing beyond that user's rights is reachable.
A script task's script is read (its #SBATCH header) by SFTP as its user; through the shared filesystem only
when every user may read it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

from slurm_rest import RefusedError, StagingError

from ._deployment import deployment
from ._policy import Target

__all__ = ["check_input", "copy_out", "inside", "local_head", "local_tail"]

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_FILE_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK  # NONBLOCK: a FIFO never blocks us


def check_input(uri: str) -> None:
    """RefusedError unless ``uri`` is in the deployment's blob store (any URI in a local run)."""
    dep = deployment()
    if dep is None:
        return
    absolute = f"file://{uri}" if uri.startswith("/") else uri  # a plain path is a file:// URI
    if not any(absolute.startswith(prefix) for prefix in dep.blob_prefixes):
        raise RefusedError(
            f"input {uri!r} is not in this deployment's blob store "
            f"({', '.join(dep.blob_prefixes) or 'none configured'}): not read"
        )


def inside(path: str, work_dir: str) -> bool:
    parts = path.split("/")
    return path.startswith(work_dir.rstrip("/") + "/") and ".." not in parts and "." not in parts


def _mapped(target: Target, cluster_path: str) -> tuple[str, list[str]] | None:
    """The local prefix of the mapping covering ``cluster_path`` and the components below it."""
    found = target.mapping(cluster_path)
    return None if found is None else (found[0], [p for p in found[1].split("/") if p])


def _open_below(fd: int, name: str, flags: int, where: str) -> int:
    """``name`` in the directory ``fd``, never through a link (StagingError saying which, or why not)."""
    try:
        return os.open(name, flags, dir_fd=fd)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENOTDIR):
            raise StagingError(f"refusing {where}: a symbolic link") from None
        raise StagingError(f"{where}: {exc.strerror}") from None


@contextlib.contextmanager
def _opened(base: str, parts: list[str], *, public: bool = False) -> Iterator[int]:
    """A descriptor for ``base/parts...`` reached without following any link below ``base``; ``public``: only
    through directories anyone may enter, to a file anyone may read (StagingError otherwise)."""
    fd = os.open(base, _DIR_FLAGS)
    try:
        for i, part in enumerate(parts):
            if public and not os.fstat(fd).st_mode & stat.S_IXOTH:
                raise StagingError(f"refusing {'/'.join(parts[:i]) or base}: not open to every user")
            child = _open_below(fd, part, _FILE_FLAGS if i == len(parts) - 1 else _DIR_FLAGS, "/".join(parts[: i + 1]))
            os.close(fd)
            fd = child
        if public and not os.fstat(fd).st_mode & stat.S_IROTH:
            raise StagingError(f"refusing {'/'.join(parts)}: not readable by every user")
        yield fd
    finally:
        os.close(fd)


def _check_file(fd: int, name: str) -> os.stat_result:
    st = os.fstat(fd)
    if stat.S_ISREG(st.st_mode) and st.st_nlink != 1:
        raise StagingError(f"refusing {name}: a file with {st.st_nlink} hard links")
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode)):
        raise StagingError(f"refusing {name}: not a regular file or directory")
    return st


def _copy_fd(fd: int, name: str, dest: Path) -> None:
    st = _check_file(fd, name)
    if stat.S_ISREG(st.st_mode):
        with os.fdopen(os.dup(fd), "rb") as src, open(dest, "wb") as out:
            shutil.copyfileobj(src, out)
        return
    dest.mkdir(parents=True, exist_ok=True)
    for entry in os.scandir(fd):
        child = _open_below(fd, entry.name, _FILE_FLAGS, f"{name}/{entry.name}")
        try:
            _copy_fd(child, f"{name}/{entry.name}", dest / entry.name)
        finally:
            os.close(child)


def copy_out(target: Target, work_dir: str, cluster_path: str, dest: Path) -> bool:
    """Copy an output the job wrote, through the shared filesystem, to ``dest``; False when no mapping covers
    it (then it moves by SFTP). StagingError for anything outside the work directory, or reached by a link."""
    if not inside(cluster_path, work_dir):
        raise StagingError(f"refusing {cluster_path}: not inside the task's directory {work_dir}")
    found = _mapped(target, cluster_path)
    if found is None:
        return False
    base, parts = found
    with _opened(base, parts) as fd:
        _copy_fd(fd, cluster_path, dest)
    return True


def local_tail(target: Target, work_dir: str, cluster_path: str, nbytes: int) -> str | None:
    """The end of a log file through the shared filesystem ("" when unreadable or outside the work
    directory), None when no mapping covers it."""
    found = _mapped(target, cluster_path)
    if found is None:
        return None
    if not inside(cluster_path, work_dir):
        return ""
    try:
        with _opened(*found) as fd:
            st = _check_file(fd, cluster_path)
            if not stat.S_ISREG(st.st_mode):
                return ""
            os.lseek(fd, max(0, st.st_size - nbytes), os.SEEK_SET)
            return os.read(fd, nbytes).decode("utf-8", "replace").strip()
    except (OSError, StagingError):
        return ""


def local_head(target: Target, cluster_path: str, nbytes: int) -> bytes | None:
    """The start of a file through the shared filesystem, None when no mapping covers it. The connector reads
    it with its own rights, not the job user's, so only a file every user may read is read (StagingError)."""
    found = _mapped(target, cluster_path)
    if found is None:
        return None
    with _opened(*found, public=True) as fd:
        if not stat.S_ISREG(_check_file(fd, cluster_path).st_mode):
            raise StagingError(f"refusing {cluster_path}: not a regular file")
        return os.read(fd, nbytes)
