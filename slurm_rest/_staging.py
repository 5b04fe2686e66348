"""Moving files to and from the cluster over SFTP — and nothing else over SSH.

asyncssh rather than paramiko: it is asyncio-native (the connector and AsyncSlurmClient are
async), multiplexes many channels over one connection, and its SFTP client pipelines
requests, so large files move at link speed instead of one round trip per 32 KiB block.

One connection per (host, port, user) is pooled and shared; concurrent transfers are kept
below sshd's MaxSessions (default 10) by a semaphore. Host keys are verified by default
(known_hosts or a pinned key); turning that off is explicit and logged.
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import logging
import posixpath
import stat
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._config import Secret
from ._constants import SFTP_CIPHERS, SFTP_WINDOW
from ._exceptions import ConfigError, StagingError

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["SSHConfig", "Stager"]

log = logging.getLogger("slurm_rest.staging")


@dataclass(frozen=True, kw_only=True)
class SSHConfig:
    """How to reach the cluster's filesystem. ``known_hosts`` or ``host_key`` (an OpenSSH public key
    line) pin the server; ``insecure_skip_host_key_check=True`` is the only way to skip that."""

    host: str
    user: str
    port: int = 22
    key_path: str | None = None  # None (and no key_data): the SSH agent / default keys
    key_data: Secret | None = None  # the private key itself (OpenSSH/PEM text), e.g. from a secret store
    known_hosts: str | None = None
    host_key: str | None = None
    insecure_skip_host_key_check: bool = False
    max_sessions: int = 8
    connect_timeout: float = 15.0

    def __post_init__(self) -> None:
        if not 1 <= self.max_sessions <= 10:
            raise ConfigError("max_sessions must be 1..10 (sshd's default MaxSessions is 10)")
        if self.key_path and self.key_data:
            raise ConfigError("give key_path or key_data, not both")
        if self.insecure_skip_host_key_check and (self.known_hosts or self.host_key):
            raise ConfigError("insecure_skip_host_key_check contradicts known_hosts/host_key")

    @property
    def key(self) -> tuple[str, int, str]:
        """(host, port, user): the account this config logs in as; configs with equal keys reach the same one."""
        return (self.host, self.port, self.user)


class Stager:
    """Upload, download, read and follow files on the cluster through one pooled SFTP session."""

    def __init__(self, config: SSHConfig) -> None:
        self.config = config
        self._conn: Any = None
        self._sftp: Any = None
        self._lock = asyncio.Lock()
        self._slots = asyncio.Semaphore(config.max_sessions)
        self._uid: int | None = None  # this user's uid on the cluster (_my_uid)

    async def __aenter__(self) -> Self:
        await self._connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        """End the SFTP session and its SSH connection; the next operation connects again."""
        if self._sftp is not None:
            self._sftp.exit()
        if self._conn is not None:
            self._conn.close()
            await self._conn.wait_closed()
        self._conn = self._sftp = None

    def _known_hosts(self) -> Any:
        import asyncssh

        cfg = self.config
        if cfg.insecure_skip_host_key_check:
            log.warning("host key check DISABLED for %s:%d (insecure_skip_host_key_check=True)", cfg.host, cfg.port)
            return None
        if cfg.host_key:
            return asyncssh.import_known_hosts(f"[{cfg.host}]:{cfg.port} {cfg.host_key}\n{cfg.host} {cfg.host_key}\n")
        return cfg.known_hosts or ()  # () = asyncssh's default ~/.ssh/known_hosts

    async def _connect(self) -> Any:
        import asyncssh

        async with self._lock:
            if self._conn is not None and self._conn.is_closed():  # dropped (network, sshd restart): start over
                self._conn = self._sftp = None
            if self._sftp is None:
                cfg = self.config
                try:
                    keys = (
                        [cfg.key_path]
                        if cfg.key_path
                        else [asyncssh.import_private_key(cfg.key_data.get())]
                        if cfg.key_data
                        else ()
                    )
                    self._conn = await asyncssh.connect(
                        cfg.host,
                        port=cfg.port,
                        username=cfg.user,
                        known_hosts=self._known_hosts(),
                        client_keys=keys,
                        connect_timeout=cfg.connect_timeout,
                        agent_path=None if keys else (),
                        config=None,
                        window=SFTP_WINDOW,
                        encryption_algs=list(SFTP_CIPHERS),
                    )
                    self._sftp = await self._conn.start_sftp_client()
                except (OSError, ValueError, asyncssh.Error) as exc:  # ValueError: KeyImportError
                    if self._conn is not None:  # connected, but no SFTP subsystem: do not leak the connection
                        self._conn.close()
                        self._conn = None
                    raise StagingError(f"ssh {cfg.user}@{cfg.host}:{cfg.port}: {exc}") from exc
            return self._sftp

    @asynccontextmanager
    async def _session(self, what: str) -> AsyncIterator[Any]:
        import asyncssh

        sftp = await self._connect()
        async with self._slots:
            try:
                yield sftp
            except (OSError, asyncssh.Error) as exc:
                raise StagingError(f"sftp {what}: {exc}") from exc

    async def private_dir(self, remote: str) -> None:
        """Make ``remote`` (and its parents) a directory only this SSH user can open (0700), or refuse one that
        is a symbolic link, not a directory, or owned by somebody else: another user's directory is never
        written into, and a link is never followed. Nobody else can change a 0700 directory we own, so what
        is checked here stays true while we use it."""
        async with self._session(f"private directory {remote}") as sftp:
            # One round trip when it is there already (every create after the first): made, component by
            # component, only when it is not.
            mine, attrs = await asyncio.gather(self._my_uid(sftp), _lstat(sftp, remote))
            await _private(sftp, remote, attrs, mine, self.config.user)

    async def make_in_private(self, root: str, name: str) -> bool:
        """Make the directory ``root/name`` in ``root``, made or checked as by ``private_dir``: True; False when
        a directory is there already (anything else there is refused). One round trip where ``private_dir``
        then ``make_dir`` took two (a connector's create is one round trip shorter): the check of ``root``
        and the mkdir go out together, and when ``root`` is refused (a link, somebody else's), the empty
        directory the mkdir may have made through it is removed again, nothing written into it. The first
        time, with ``root`` still to make, it takes a few more."""
        import asyncssh

        if not name or "/" in name or name in (".", ".."):
            raise ValueError(f"make_in_private: {name!r} is not a directory name")
        remote = f"{root.rstrip('/')}/{name}"
        async with self._session(f"mkdir {remote}") as sftp:
            mine, attrs, made = await asyncio.gather(self._my_uid(sftp), _lstat(sftp, root), _mkdir(sftp, remote))
            try:
                await _private(sftp, root, attrs, mine, self.config.user)
            except StagingError:
                if made:
                    with contextlib.suppress(asyncssh.Error):
                        await sftp.rmdir(remote)
                raise
            if made is None:  # root was missing: made now, empty
                made = await _mkdir(sftp, remote)
            return await _made(sftp, remote, made)

    async def no_links(self, root: str, remote: str) -> None:
        """StagingError unless ``remote`` lies below ``root`` with no symbolic link on the way (``root``'s own
        components included) and, for a directory, none inside it: what is read is never a link's target."""
        import asyncssh

        root = root.rstrip("/")
        below = remote[len(root) :].split("/")
        if not remote.startswith(root + "/") or ".." in below or "." in below:
            raise StagingError(f"refusing {remote}: not inside {root}")
        async with self._session(f"check {remote}") as sftp:
            path = root
            for part in ["", *(p for p in below if p)]:
                path += "/" + part if part else ""
                try:
                    attrs = await sftp.lstat(path)
                except asyncssh.SFTPNoSuchFile:
                    raise StagingError(f"{remote}: no such file") from None
                if stat.S_ISLNK(attrs.permissions or 0):
                    raise StagingError(f"refusing {remote}: {path} is a symbolic link")
            if stat.S_ISDIR(attrs.permissions or 0):
                await self._no_links_below(sftp, remote)

    async def _no_links_below(self, sftp: Any, directory: str) -> None:
        for entry in await sftp.readdir(directory):
            if entry.filename in (".", ".."):
                continue
            mode = entry.attrs.permissions or 0
            child = f"{directory}/{entry.filename}"
            if stat.S_ISLNK(mode):
                raise StagingError(f"refusing {child}: a symbolic link")
            if stat.S_ISDIR(mode):
                await self._no_links_below(sftp, child)

    async def make_dir(self, remote: str) -> bool:
        """Make the directory ``remote`` in an existing parent, in one round trip: True; False when a directory
        is there already. Anything else there (a symbolic link, a file) is refused."""
        async with self._session(f"mkdir {remote}") as sftp:
            return await _made(sftp, remote, await _mkdir(sftp, remote))

    async def _my_uid(self, sftp: Any) -> int:
        """The login (home) directory's owner: this user, asked once."""
        if self._uid is None:
            self._uid = int((await sftp.stat(".")).uid)
        return self._uid

    async def makedirs(self, remote: str) -> None:
        """Make ``remote`` and its parents; one that exists is fine."""
        async with self._session(f"makedirs {remote}") as sftp:
            await sftp.makedirs(remote, exist_ok=True)

    async def upload(self, local: str | Path, remote: str) -> None:
        """A file or a directory tree (recursively) to ``remote``, which names the copy: a directory's
        contents are merged into ``remote`` (uploading again does not nest ``remote/<name>``)."""
        source = Path(local)
        async with self._session(f"upload {local} -> {remote}") as sftp:
            if source.is_dir():
                await sftp.makedirs(remote, exist_ok=True)
                children = sorted(str(child) for child in source.iterdir())
                if children:
                    await sftp.put(children, remote, recurse=True, preserve=False)
            else:
                await _with_parent(sftp, remote, lambda: sftp.put(str(source), remote, preserve=False))

    async def download(self, remote: str, local: str | Path) -> None:
        """A file or a directory tree (recursively) to ``local``, which names the copy (as in ``upload``)."""
        target = Path(local)
        async with self._session(f"download {remote} -> {local}") as sftp:
            if await sftp.isdir(remote):
                target.mkdir(parents=True, exist_ok=True)
                children = sorted(
                    posixpath.join(remote, name) for name in await sftp.listdir(remote) if name not in (".", "..")
                )
                if children:
                    await sftp.get(children, str(target), recurse=True, preserve=False)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                await sftp.get(remote, str(target), preserve=False)

    async def write_bytes(self, remote: str, data: bytes) -> None:
        """Write ``data`` to ``remote`` (replacing it), making its directory when it is missing."""
        async with self._session(f"write {remote}") as sftp:

            async def write() -> None:
                async with sftp.open(remote, "wb") as fh:
                    await fh.write(data)

            await _with_parent(sftp, remote, write)

    async def read_bytes(self, remote: str) -> bytes:
        """The whole file."""
        async with self._session(f"read {remote}") as sftp, sftp.open(remote, "rb") as fh:
            data: bytes = await fh.read()
            return data

    async def head(self, remote: str, nbytes: int) -> bytes:
        """The first ``nbytes`` of a file (all of a shorter one): a script's header without the rest."""
        async with self._session(f"read {remote}") as sftp, sftp.open(remote, "rb") as fh:
            data: bytes = await fh.read(nbytes)
            return data

    async def exists(self, remote: str) -> bool:
        """Whether anything is at ``remote`` (a link is followed)."""
        async with self._session(f"stat {remote}") as sftp:
            result: bool = await sftp.exists(remote)
            return result

    async def tail(self, remote: str, nbytes: int = 4096) -> str:
        """The last ``nbytes`` of a file as text ("" when it does not exist yet)."""
        import asyncssh

        async with self._session(f"tail {remote}") as sftp:
            try:
                size = (await sftp.stat(remote)).size or 0
            except asyncssh.SFTPNoSuchFile:  # SFTP errors are asyncssh.Error, not OSError
                return ""
            start = max(0, size - nbytes)
            async with sftp.open(remote, "rb") as fh:
                await fh.seek(start)
                data: bytes = await fh.read(nbytes)
        if start:  # cut in the middle of the file: drop a partial UTF-8 character at the front
            data = data[next((i for i, b in enumerate(data[:4]) if b & 0xC0 != 0x80), 0) :]
        return data.decode("utf-8", "replace")

    async def read_from(self, remote: str, offset: int) -> tuple[str, int]:
        """New text after ``offset`` and the new offset: call repeatedly to follow a log. A UTF-8 character
        cut by the end of what was written so far is left for the next call."""
        import asyncssh

        async with self._session(f"read {remote}") as sftp:
            try:
                async with sftp.open(remote, "rb") as fh:
                    await fh.seek(offset)
                    data: bytes = await fh.read()
            except asyncssh.SFTPNoSuchFile:
                return "", offset
        decoder = codecs.getincrementaldecoder("utf-8")("replace")
        text = decoder.decode(data, final=False)
        return text, offset + len(data) - len(decoder.getstate()[0])

    async def remove_tree(self, remote: str) -> None:
        """Remove a file or a directory tree; nothing there is fine (cleanup may run twice)."""
        import asyncssh

        async with self._session(f"remove {remote}") as sftp:
            try:
                attrs = await sftp.lstat(remote)
            except asyncssh.SFTPNoSuchFile:
                return
            if stat.S_ISDIR(attrs.permissions or 0):
                await sftp.rmtree(remote)
            else:
                await sftp.remove(remote)


async def _private(sftp: Any, remote: str, attrs: Any, mine: int, user: str) -> None:
    """Refuse ``remote`` (its ``lstat``, None when nothing is there) unless it is a directory this user owns,
    made 0700 first when it is missing, and so again when loosened."""
    import asyncssh

    if attrs is None:
        await sftp.makedirs(remote, attrs=asyncssh.SFTPAttrs(permissions=0o700), exist_ok=True)
        attrs = await sftp.lstat(remote)
    kind = stat.S_IFMT(attrs.permissions or 0)
    if kind != stat.S_IFDIR:
        raise StagingError(
            f"refusing {remote}: it is {'a symbolic link' if kind == stat.S_IFLNK else 'not a directory'}"
        )
    if attrs.uid != mine:
        raise StagingError(f"refusing {remote}: owned by uid {attrs.uid}, not by {user} (uid {mine})")
    if (attrs.permissions or 0) & 0o077:
        await sftp.chmod(remote, 0o700)


async def _mkdir(sftp: Any, remote: str) -> bool | Exception | None:
    """mkdir ``remote``: True when made, False when something is there already, None when its parent is not;
    any other failure returned, to be raised once its parent's check has had its say."""
    import asyncssh

    try:
        await sftp.mkdir(remote)
        return True
    except asyncssh.SFTPNoSuchFile:
        return None
    except (asyncssh.SFTPFileAlreadyExists, asyncssh.SFTPFailure):  # OpenSSH's server: a plain failure
        return False
    except asyncssh.SFTPError as exc:
        failure: Exception = exc
        return failure


async def _made(sftp: Any, remote: str, made: bool | Exception | None) -> bool:
    """What ``_mkdir`` found, as ``make_dir`` answers it: a directory there already is False; anything else
    there is refused, and a failure raised."""
    if made is None:
        raise StagingError(f"sftp mkdir {remote}: no such directory to make it in")
    if isinstance(made, Exception):
        raise made
    if not made and stat.S_IFMT((await sftp.lstat(remote)).permissions or 0) != stat.S_IFDIR:
        raise StagingError(f"refusing {remote}: something other than a directory is there")
    return made


async def _lstat(sftp: Any, remote: str) -> Any:
    """``remote``'s own attributes (a link's, not its target's), or None when nothing is there."""
    import asyncssh

    try:
        return await sftp.lstat(remote)
    except asyncssh.SFTPNoSuchFile:
        return None


async def _with_parent(sftp: Any, remote: str, write: Callable[[], Awaitable[None]]) -> None:
    """``write()`` to ``remote``, making its directory (and parents) only when the write finds it missing:
    made first, it cost two round trips per path component (about ten for a file in a task's directory)
    even when it was there."""
    import asyncssh

    try:
        await write()
    except asyncssh.SFTPNoSuchFile:
        await sftp.makedirs(posixpath.dirname(remote) or "/", exist_ok=True)
        await write()
