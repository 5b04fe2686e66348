"""The SFTP stager against each testbed's sshd: transfers, following files, host keys, session bounds.

Remote files live under /home/alice/slurm-rest-test-*; checks that must not trust SFTP read them through the
testbed's rootfs on this machine instead.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import stat
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from slurm_rest import SSHConfig, Stager, StagingError
from slurm_rest._constants import SFTP_CIPHERS, SFTP_WINDOW

from ..conftest import Testbed, require_testbed
from .ssh_support import R2205, host_public_key, on_host, remote_scratch, ssh_config

asyncssh = pytest.importorskip("asyncssh")

pytestmark = pytest.mark.live

BIG = 100 * 1024 * 1024


@pytest.fixture
async def stager(testbed: Testbed) -> AsyncIterator[Stager]:
    async with Stager(ssh_config(testbed)) as s:
        yield s


@pytest.fixture
async def scratch(testbed: Testbed, stager: Stager) -> AsyncIterator[str]:
    path = remote_scratch(testbed, "staging")
    yield path
    await stager.remove_tree(path)
    assert not on_host(testbed, path).exists()


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def tree(root: Path) -> dict[str, bytes | None]:
    """Every entry under root: file contents, None for a directory."""
    return {str(p.relative_to(root)): (None if p.is_dir() else p.read_bytes()) for p in sorted(root.rglob("*"))}


@pytest.mark.on_release("22.05")
async def test_100mb_file_both_ways(tmp_path: Path) -> None:
    tb = require_testbed(R2205)  # one release is enough for the big transfer
    source = tmp_path / "big.bin"
    with source.open("wb") as fh:
        for _ in range(BIG // (4 << 20)):
            fh.write(os.urandom(4 << 20))
    digest = sha256(source)
    remote_dir = remote_scratch(tb, "big")
    remote = f"{remote_dir}/nested/big.bin"
    async with Stager(ssh_config(tb)) as st:
        try:
            started = time.monotonic()
            await st.upload(source, remote)
            up = time.monotonic() - started
            assert on_host(tb, remote).stat().st_size == BIG
            assert sha256(on_host(tb, remote)) == digest  # checked on the cluster's disk, not through SFTP
            started = time.monotonic()
            await st.download(remote, tmp_path / "back" / "big.bin")
            down = time.monotonic() - started
            assert sha256(tmp_path / "back" / "big.bin") == digest
            print(f"100 MiB: upload {BIG / up / 1e6:.0f} MB/s, download {BIG / down / 1e6:.0f} MB/s")
            # The connection the figures depend on (docs/benchmarks.md, section 6): AES-GCM with OpenSSH's sshd,
            # and a receive window of SFTP_WINDOW, which bounds a download per round trip.
            conn = st._conn
            assert conn.get_extra_info("recv_cipher") == SFTP_CIPHERS[0], conn.get_extra_info("recv_cipher")
            assert [ch._init_recv_window for ch in conn._channels.values()] == [SFTP_WINDOW]  # the SFTP channel
        finally:
            await st.remove_tree(remote_dir)
    assert not on_host(tb, remote_dir).exists()


async def test_directory_round_trip(testbed: Testbed, stager: Stager, scratch: str, tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "sub" / "deeper").mkdir(parents=True)
    (src / "empty").mkdir()
    (src / "a.txt").write_text("alpha\n")
    (src / "with space.txt").write_text("spaced\n")
    (src / "sub" / "b.bin").write_bytes(os.urandom(300_000))
    (src / "sub" / "zero").write_bytes(b"")
    (src / "sub" / "deeper" / "c.txt").write_text("gamma\n")
    remote = f"{scratch}/tree"
    await stager.upload(src, remote)
    assert tree(on_host(testbed, remote)) == tree(src)
    (src / "a.txt").write_text("alpha 2\n")
    await stager.upload(src, remote)  # again: merged into remote, not nested as remote/src
    assert tree(on_host(testbed, remote)) == tree(src)
    back = tmp_path / "back"
    await stager.download(remote, back)
    assert tree(back) == tree(src)
    await stager.download(remote, back)  # again: no back/tree
    assert tree(back) == tree(src)


async def test_tail_and_read_from_follow_a_growing_file(testbed: Testbed, stager: Stager, scratch: str) -> None:
    path = f"{scratch}/job.log"
    assert await stager.tail(path) == ""  # not there yet
    assert await stager.read_from(path, 0) == ("", 0)
    full = "line 1\nété line 2\n".encode()
    first = full[:8]  # ends inside the two bytes of "é"
    await stager.write_bytes(path, first)
    text, offset = await stager.read_from(path, 0)
    assert (text, offset) == ("line 1\n", 7)  # the cut character waits for the next call
    await stager.write_bytes(path, full)  # a second write: the file grew
    text, offset = await stager.read_from(path, offset)
    assert (text, offset) == ("été line 2\n", len(full))
    assert await stager.read_from(path, offset) == ("", offset)
    with on_host(testbed, path).open("ab") as fh:  # another writer appends, as a running job would
        fh.write(b"line 3\n")
    assert await stager.read_from(path, offset) == ("line 3\n", len(full) + 7)
    assert await stager.tail(path, 7) == "line 3\n"
    assert await stager.tail(path, len(full) + 7 - 8) == "té line 2\nline 3\n"  # no half "é" in front
    assert await stager.tail(path) == "line 1\nété line 2\nline 3\n"


async def test_a_private_root_and_a_task_directory_in_it(testbed: Testbed, stager: Stager, scratch: str) -> None:
    """What a connector's create does before it submits: the user's root made private (0700, made so again
    when loosened; a link or another user's directory refused), then the task's directory made in it in one
    step, found when there already (a replayed create), refused when something else is there."""
    root = f"{scratch}/private/root"
    await stager.private_dir(root)  # made, with its parent
    host = on_host(testbed, root)
    assert stat.S_IMODE(host.stat().st_mode) == 0o700
    host.chmod(0o755)
    await stager.private_dir(root)  # there: only checked (one round trip) and made private again
    assert stat.S_IMODE(host.stat().st_mode) == 0o700
    on_host(testbed, f"{scratch}/private/link").symlink_to(root)
    with pytest.raises(StagingError, match="symbolic link"):
        await stager.private_dir(f"{scratch}/private/link")
    theirs = on_host(testbed, f"{scratch}/private/theirs")
    theirs.mkdir()
    os.chown(theirs, 0, 0)
    with pytest.raises(StagingError, match="owned by uid 0"):
        await stager.private_dir(f"{scratch}/private/theirs")

    task = f"{root}/run"
    assert await stager.make_dir(task) is True
    assert on_host(testbed, task).is_dir()
    assert await stager.make_dir(task) is False  # a replay finds it
    on_host(testbed, f"{root}/file").write_text("x")
    on_host(testbed, f"{root}/link").symlink_to(task)
    for other in ("file", "link"):
        with pytest.raises(StagingError, match="other than a directory"):
            await stager.make_dir(f"{root}/{other}")
    with pytest.raises(StagingError, match="missing"):
        await stager.make_dir(f"{root}/missing/run")
    # A file written into a directory that is there is one write; into one that is not, its parents first.
    await stager.write_bytes(f"{task}/inputs.pb", b"in")
    await stager.write_bytes(f"{root}/new/deeper/inputs.pb", b"deep")
    assert on_host(testbed, f"{task}/inputs.pb").read_bytes() == b"in"
    assert on_host(testbed, f"{root}/new/deeper/inputs.pb").read_bytes() == b"deep"


async def test_a_task_directory_made_with_its_roots_check_in_one_round_trip(
    testbed: Testbed, stager: Stager, scratch: str
) -> None:
    """``make_in_private``, a connector's create: the root's check and the mkdir go out together. A missing
    root is made 0700 first; a replay finds the directory; a root that is a link or somebody else's is
    refused, and nothing is left where the link points (the mkdir went through it: removed again)."""
    root = f"{scratch}/fresh/root"
    assert await stager.make_in_private(root, "run") is True  # root made, then the task's directory in it
    assert stat.S_IMODE(on_host(testbed, root).stat().st_mode) == 0o700
    assert on_host(testbed, f"{root}/run").is_dir()
    assert await stager.make_in_private(root + "/", "run") is False  # a replay
    on_host(testbed, root).chmod(0o755)
    assert await stager.make_in_private(root, "next") is True
    assert stat.S_IMODE(on_host(testbed, root).stat().st_mode) == 0o700  # loosened: private again
    on_host(testbed, f"{root}/file").write_text("x")
    with pytest.raises(StagingError, match="other than a directory"):
        await stager.make_in_private(root, "file")

    open_dir = f"{scratch}/fresh/open"
    elsewhere = on_host(testbed, open_dir)
    elsewhere.mkdir()
    elsewhere.chmod(0o777)  # somebody's directory anyone may write in, the root a link to it
    on_host(testbed, f"{scratch}/fresh/link").symlink_to(open_dir)
    with pytest.raises(StagingError, match="symbolic link"):
        await stager.make_in_private(f"{scratch}/fresh/link", "run")
    assert list(elsewhere.iterdir()) == []
    os.chown(elsewhere, 0, 0)  # another user's, open to all
    with pytest.raises(StagingError, match="owned by uid 0"):
        await stager.make_in_private(open_dir, "run")
    assert list(elsewhere.iterdir()) == []
    theirs = on_host(testbed, f"{scratch}/fresh/theirs")
    theirs.mkdir()
    os.chown(theirs, 0, 0)  # another user's, closed (755): the mkdir is refused, the check says why
    with pytest.raises(StagingError, match="owned by uid 0"):
        await stager.make_in_private(f"{scratch}/fresh/theirs", "run")
    for bad in ("", ".", "..", "a/b"):
        with pytest.raises(ValueError, match="not a directory name"):
            await stager.make_in_private(root, bad)


async def test_errors_name_the_path(stager: Stager, scratch: str) -> None:
    with pytest.raises(StagingError, match=f"read {scratch}/missing"):
        await stager.read_bytes(f"{scratch}/missing")
    await stager.remove_tree(f"{scratch}/missing")  # removing what is not there is fine


async def test_wrong_pinned_host_key_is_refused(testbed: Testbed) -> None:
    other = asyncssh.generate_private_key("ssh-ed25519").export_public_key().decode()
    with pytest.raises(StagingError, match="not trusted") as err:
        async with Stager(ssh_config(testbed, host_key=other)):
            pass
    assert isinstance(err.value.__cause__, asyncssh.HostKeyNotVerifiable)


async def test_right_pinned_host_key_connects(testbed: Testbed) -> None:
    async with Stager(ssh_config(testbed, host_key=host_public_key(testbed))) as st:
        assert await st.exists("/home")


async def test_unknown_host_is_refused(testbed: Testbed, tmp_path: Path) -> None:
    empty = tmp_path / "known_hosts"
    empty.write_text("")
    with pytest.raises(StagingError) as err:
        async with Stager(ssh_config(testbed, known_hosts=str(empty))):
            pass
    assert isinstance(err.value.__cause__, asyncssh.HostKeyNotVerifiable)


async def test_insecure_skip_connects_and_warns(testbed: Testbed, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="slurm_rest.staging"):
        async with Stager(ssh_config(testbed, insecure_skip_host_key_check=True)) as st:
            assert await st.exists("/home")
    warnings = [r for r in caplog.records if r.name == "slurm_rest.staging" and r.levelno == logging.WARNING]
    assert warnings and "host key check DISABLED" in warnings[0].getMessage()


async def test_max_sessions_bounds_concurrency(testbed: Testbed, scratch: str, tmp_path: Path) -> None:
    files = []
    for i in range(20):
        files.append(tmp_path / f"f{i}.txt")
        files[-1].write_text(f"file {i}\n" * 100)
    async with Stager(ssh_config(testbed, max_sessions=4)) as st:
        sftp = await st._connect()
        active = peak = 0

        def counted(method: Any) -> Any:
            async def call(*args: Any, **kwargs: Any) -> Any:
                nonlocal active, peak
                active += 1
                peak = max(peak, active)
                try:
                    await asyncio.sleep(0.01)  # let the other uploads pile up
                    return await method(*args, **kwargs)
                finally:
                    active -= 1

            return call

        sftp.makedirs, sftp.put = counted(sftp.makedirs), counted(sftp.put)
        await asyncio.gather(*(st.upload(f, f"{scratch}/many/{f.name}") for f in files))
    assert peak == 4
    for f in files:
        assert on_host(testbed, f"{scratch}/many/{f.name}").read_text() == f.read_text()


async def test_reconnects_after_the_connection_dropped(stager: Stager, scratch: str) -> None:
    await stager.write_bytes(f"{scratch}/x", b"1")
    stager._conn.close()
    await stager._conn.wait_closed()
    assert await stager.read_bytes(f"{scratch}/x") == b"1"


def test_ssh_config_checks() -> None:
    from slurm_rest import ConfigError

    with pytest.raises(ConfigError, match="max_sessions"):
        SSHConfig(host="h", user="u", max_sessions=11)
    with pytest.raises(ConfigError, match="contradicts"):
        SSHConfig(host="h", user="u", known_hosts="/k", insecure_skip_host_key_check=True)
