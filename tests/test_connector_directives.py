"""A task's #SBATCH lines in the connectors, offline: what wins over what, and how a cluster script's header is
read (by SFTP as its user; through the shared filesystem only when every user may read it). Live:
tests/live/test_deployment.py."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest

from flyte_plugin._constants import HEADER_BYTES
from flyte_plugin._jobs import build_job, script_header
from flyte_plugin._policy import Target, target_for
from flyte_plugin._sessions import Session
from slurm_rest import RefusedError, ValidationError

HEADER = "#!/bin/bash\n#SBATCH -J from-script -t 3 --comment=c -o /tmp/mine-%j.out\n#SBATCH -p low\n"


def target(root: Path | None = None) -> Target:
    cluster: dict[str, Any] = {"url": "http://x:1", "user": "alice", "jwt_key_secret": "k"}
    if root is not None:
        cluster["path_map"] = [["/", str(root)]]
    return target_for(cluster, "alice", lambda role: "a2V5")


def session(stager: Any = None) -> Session:
    return Session(client=None, watcher=None, stager=stager)  # type: ignore[arg-type]


def test_directives_under_the_tasks_options_over_the_connectors_defaults() -> None:
    custom = {"script": HEADER + "echo hi\n", "job": {"time": "5"}}
    spec, _, log = build_job(custom, {}, target(), run_id="r", name="task-name", premade=True)
    assert (spec.name, spec.time_limit, spec.comment, spec.partition) == ("from-script", "5", "c", "low")
    assert spec.stdout == "/tmp/mine-%j.out" and log == ""  # the script chose its output: no log of our own
    assert spec.kill_on_invalid_dependency is True and spec.working_dir == "/tmp/slurm-rest-alice/r"
    plain, _, log = build_job({"script": "#!/bin/bash\necho\n"}, {}, target(), run_id="r", name="task-name")
    assert (plain.name, plain.stdout, log) == ("task-name", "/dev/null", "/tmp/slurm-rest-alice/r/slurm.out")


def test_a_script_tasks_header_comes_from_the_cluster_not_the_wrapper() -> None:
    custom = {"batch_script_path": "/home/alice/job.sh", "args": []}
    spec, _, _ = build_job(custom, {}, target(), run_id="r", name="n", header=HEADER)
    assert (spec.name, spec.partition) == ("from-script", "low")
    assert "bash /home/alice/job.sh" in spec.script and "#SBATCH" not in spec.script


def test_a_directive_error_names_its_line() -> None:
    with pytest.raises(ValidationError, match=r"line 2 \('#SBATCH --reboot'\)"):
        build_job({"script": "#!/bin/bash\n#SBATCH --reboot\necho\n"}, {}, target(), run_id="r", name="n")


class Stager:
    def __init__(self, data: bytes | Exception) -> None:
        self.data = data
        self.read: list[tuple[str, int]] = []

    async def head(self, remote: str, nbytes: int) -> bytes:
        self.read.append((remote, nbytes))
        if isinstance(self.data, Exception):
            raise self.data
        return self.data[:nbytes]


def header(custom: dict[str, Any], sess: Session, tgt: Target | None = None) -> str | None:
    return asyncio.run(script_header(sess, tgt or target(), custom))


def test_by_sftp_only_the_header_is_read_and_kept() -> None:
    stager = Stager((HEADER + "echo hi\n#SBATCH -J late\n").encode() + b"x" * HEADER_BYTES)
    assert header({"batch_script_path": "/s.sh"}, session(stager)) == HEADER
    assert stager.read == [("/s.sh", HEADER_BYTES)]
    assert header({"script": "#!/bin/bash\n"}, session(stager)) is None  # inline: its own text


def test_a_header_without_an_end_within_the_cap_is_refused() -> None:
    with pytest.raises(RefusedError, match="no command in its first"):
        header({"batch_script_path": "/s.sh"}, session(Stager(b"#SBATCH -J a\n" * HEADER_BYTES)))
    assert header({"batch_script_path": "/s.sh"}, session(Stager(HEADER.encode()))) == HEADER  # a short file


def test_an_unreadable_script_is_refused_never_run_without_its_directives() -> None:
    from slurm_rest import StagingError

    with pytest.raises(RefusedError, match=r"cannot read the #SBATCH lines of /s.sh: .*Permission denied"):
        header({"batch_script_path": "/s.sh"}, session(Stager(StagingError("read /s.sh: Permission denied"))))
    with pytest.raises(RefusedError, match=r"no SFTP .* and no path_map"):
        header({"batch_script_path": "/s.sh"}, session())


def test_through_the_shared_filesystem_only_what_every_user_may_read(tmp_path: Path) -> None:
    root = tmp_path / "cluster"
    (root / "srv").mkdir(parents=True)
    os.chmod(root / "srv", 0o755)
    script = root / "srv/job.sh"
    script.write_text(HEADER + "echo\n")
    os.chmod(script, 0o644)
    shared = target(root)
    assert header({"batch_script_path": "/srv/job.sh"}, session(), shared) == HEADER
    os.chmod(script, 0o640)  # the connector could read it; its user perhaps not
    with pytest.raises(RefusedError, match="not readable by every user"):
        header({"batch_script_path": "/srv/job.sh"}, session(), shared)
    os.chmod(script, 0o644)
    os.chmod(root / "srv", 0o750)
    with pytest.raises(RefusedError, match="srv: not open to every user"):
        header({"batch_script_path": "/srv/job.sh"}, session(), shared)
    os.chmod(root / "srv", 0o755)
    (root / "srv/link.sh").symlink_to(script)
    with pytest.raises(RefusedError, match="symbolic link"):
        header({"batch_script_path": "/srv/link.sh"}, session(), shared)
