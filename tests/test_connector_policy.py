"""The deployment's configuration and policy without a daemon: what loads, what is refused and why, what is
signed, and the work-directory and output-path rules (live: tests/live/test_deployment.py)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from flyte_plugin._constants import JOB_ID_FILE
from flyte_plugin._deployment import load_deployment, parse_deployment
from flyte_plugin._files import check_input, copy_out
from flyte_plugin._policy import Execution, apply_policy, target_for
from flyte_plugin._render import private_work
from flyte_plugin._signing import sign, verify
from slurm_rest import ConfigError, JobSpec, RefusedError, StagingError

ROOT = Path(__file__).resolve().parents[1]
CLUSTERS = {"hpc1": {"url": "https://hpc1:6820", "jwt_key": {"env": "HPC1_KEY"}, "slurm_user": "slurmadm"}}
POLICY = [
    {
        "project": "ml",
        "users": ["alice", "carol"],
        "default_user": "alice",
        "partitions": ["debug"],
        "default_partition": "debug",
        "accounts": ["ml"],
    },
    {"project": "*", "domain": "production", "users": ["bob"]},
]
SPEC = JobSpec(script="#!/bin/sh\n")


@pytest.fixture
def policy(deployed: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("HPC1_KEY", "a2V5")
    return deployed(clusters=CLUSTERS, policy=POLICY, blob_prefixes=["s3://bucket/flyte/"])


def test_the_example_configuration_loads() -> None:
    dep = load_deployment(ROOT / "examples" / "deploy" / "connector.toml", read_secrets=False)
    assert set(dep.clusters) == {"hpc1"} and dep.policy[0].users == ("alice",)


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ({"connector": {}}, "signing_key is required"),
        ({"connector": {"signing_key": "plain-text"}}, "never its value"),
        ({"connector": {"signing_key": {"env": "K"}, "typo": 1}}, "unknown key(s) typo"),
        ({"connector": {"signing_key": {"env": "K"}}}, "no cluster is configured"),
        (
            {
                "connector": {"signing_key": {"env": "K"}},
                "clusters": {"c": {"url": "ftp://x", "jwt_key": {"env": "J"}}},
            },
            "url must start with",
        ),
        (
            {"connector": {"signing_key": {"env": "K"}}, "clusters": {"c": {"url": "https://x"}}},
            "exactly one of jwt_key",
        ),
        (
            {
                "connector": {"signing_key": {"env": "K"}},
                "clusters": {"c": {"url": "https://x", "jwt_key": {"env": "J"}, "work_root": "/scratch"}},
            },
            "with {user} in it",
        ),
        (
            {
                "connector": {"signing_key": {"env": "K"}},
                "clusters": {"c": {"url": "https://x", "jwt_key": {"env": "J"}, "ssh": {"host": "h"}}},
            },
            "pin the server",
        ),
        (
            {
                "connector": {"signing_key": {"env": "K"}},
                "clusters": {"c": {"url": "https://x", "jwt_key": {"env": "J"}}},
                "policy": [{"project": "p", "users": ["a"], "default_user": "b"}],
            },
            "default_user 'b' is not in users",
        ),
        (
            {
                "connector": {"signing_key": {"env": "K"}},
                "clusters": {"c": {"url": "https://x", "jwt_key": {"env": "J"}}},
                "policy": [{"project": "p", "users": ["a"], "clusters": ["d"]}],
            },
            "names 'd'",
        ),
    ],
)
def test_a_bad_configuration_names_its_key(data: dict[str, Any], says: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_deployment(data, read_secrets=False)
    assert says in str(caught.value)


def test_missing_secret_files_fail_at_start(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(
        '[connector]\nsigning_key = { file = "/nonexistent/key" }\n[clusters.c]\nurl = "https://x"\n'
        'jwt_key = { env = "J" }\n'
    )
    with pytest.raises(ConfigError, match="/nonexistent/key is missing"):
        load_deployment(path)


@pytest.mark.parametrize(
    ("project", "domain", "run_as", "job", "says"),
    [
        ("ml", "dev", "root", {}, "never allowed"),
        ("ml", "dev", "slurmadm", {}, "never allowed"),
        ("ml", "dev", "bob", {}, "may not run as 'bob'"),
        ("ml", "dev", "Bad Name", {}, "not a plain POSIX user name"),
        ("ml", "dev", None, {"partition": "gpu"}, "may not use partition 'gpu'"),
        ("ml", "dev", None, {"account": "physics"}, "may not use account 'physics'"),
        ("other", "dev", None, {}, "no policy rule"),
        ("other", "production", None, {}, "has no default_user"),
    ],
)
def test_policy_refusals(
    policy: Any, project: str, domain: str, run_as: str | None, job: dict[str, Any], says: str
) -> None:
    with pytest.raises(RefusedError) as caught:
        apply_policy("hpc1", run_as, SPEC.with_changes(**job), Execution(project=project, domain=domain, name="e"))
    assert says in str(caught.value)


def test_policy_applies_defaults_and_labels_the_job(policy: Any) -> None:
    target, changes = apply_policy(
        "hpc1", "carol", SPEC, Execution(project="ml", domain="dev", name="e1", node="n2", attempt=1)
    )
    assert (target.user, target.cluster, target.work_root) == ("carol", "hpc1", "/tmp/slurm-rest-carol")
    assert changes == {"comment": "flyte:ml/dev/e1/n2#1", "partition": "debug", "account": None, "qos": None}
    assert target.client.url == "https://hpc1:6820" and target.client.user == "carol"


def test_task_defined_clusters(policy: Any, deployed: Any) -> None:
    defined = {"url": "http://attacker:1", "user": "alice", "jwt_key_secret": "k"}
    with pytest.raises(RefusedError, match="does not accept clusters defined by tasks"):
        apply_policy(defined, None, SPEC, Execution(name="x"), lambda role: "a2V5", local=True)
    from flyte_plugin import _deployment

    _deployment.use_deployment(None)
    with pytest.raises(RefusedError, match="served without a deployment configuration"):
        apply_policy(defined, None, SPEC, Execution(name="x"), lambda role: "a2V5", local=False)
    target, _ = apply_policy(defined, None, SPEC, Execution(name="x"), lambda role: "a2V5", local=True)
    assert target.task_cluster is not None and target.user == "alice"
    with pytest.raises(RefusedError, match="never allowed"):
        apply_policy({**defined, "user": "root"}, None, SPEC, Execution(name="x"), lambda role: "a2V5", local=True)


def test_targets_are_kept_per_cluster_and_user(policy: Any, deployed: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """get() comes every few seconds per task: its target is made (secrets read) once per cluster and user,
    made again under a replaced deployment, and only the most recently used few are kept."""
    first = target_for("hpc1", "alice")
    assert target_for("hpc1", "alice") is first and target_for("hpc1", "carol") is not first
    deployed(clusters={"hpc1": {**CLUSTERS["hpc1"], "url": "https://moved:6820"}}, policy=POLICY)
    assert target_for("hpc1", "alice").client.url == "https://moved:6820"  # not the old deployment's
    from flyte_plugin import _deployment, _policy

    _deployment.use_deployment(None)
    reads: list[str] = []

    def secret(role: str) -> str:
        reads.append(role)
        return "a2V5"

    defined = {"url": "http://x:1", "user": "alice", "jwt_key_secret": "k"}
    made = target_for(defined, "alice", secret)
    assert target_for(dict(reversed(defined.items())), "alice", secret) is made and len(reads) == 1
    with pytest.raises(RefusedError, match="other than its cluster's"):
        target_for(defined, "bob", secret)  # a user the definition does not name is refused, never kept
    monkeypatch.setattr(_policy, "TARGETS_KEPT", 2)
    target_for({**defined, "url": "http://y:1"}, "alice", secret)
    target_for({**defined, "url": "http://z:1"}, "alice", secret)
    assert len(reads) == 3 and target_for(defined, "alice", secret) is not made and len(reads) == 4


def test_metadata_signature(policy: Any) -> None:
    fields = {"job_id": 7, "cluster": "hpc1", "user": "alice"}
    good = {**fields, "signature": sign(fields)}
    verify(good)
    for forged in (
        {**good, "user": "root"},
        {**good, "cluster": {"url": "http://x"}},
        fields,
        {**good, "signature": "0" * 64},
    ):
        with pytest.raises(RefusedError, match="not signed"):
            verify(forged)
    assert json.dumps(good)  # JSON primitives only


@pytest.mark.parametrize(
    ("uri", "ok"),
    [
        ("s3://bucket/flyte/a/b", True),
        ("s3://bucket/other/x", False),
        ("s3://bucket/flyte", False),
        ("file:///etc/shadow", False),
        ("/etc/shadow", False),
        ("gs://bucket/flyte/a", False),
    ],
)
def test_inputs_only_from_the_blob_store(policy: Any, uri: str, ok: bool) -> None:
    if ok:
        check_input(uri)
    else:
        with pytest.raises(RefusedError, match="not in this deployment's blob store"):
            check_input(uri)


def test_outputs_are_never_read_through_a_link(tmp_path: Path) -> None:
    root = tmp_path / "cluster"
    work = root / "home/alice/.slurm-rest/run"
    work.mkdir(parents=True)
    (tmp_path / "secret").write_text("connector's own")
    (work / "link").symlink_to(tmp_path / "secret")
    os.link(tmp_path / "secret", work / "hard")
    (work / "dir").mkdir()
    (work / "dir" / "inner").symlink_to(tmp_path / "secret")
    (work / "ok").write_text("fine")
    target = target_for(
        {"url": "http://x:1", "user": "alice", "jwt_key_secret": "k", "path_map": [["/", str(root)]]},
        "alice",
        lambda role: "a2V5",
    )
    run = "/home/alice/.slurm-rest/run"
    assert copy_out(target, run, f"{run}/ok", tmp_path / "got") and (tmp_path / "got").read_text() == "fine"
    for name, says in (
        ("link", "symbolic link"),
        ("hard", "hard links"),
        ("dir", "symbolic link"),
        ("../../etc", "not inside"),
    ):
        with pytest.raises(StagingError, match=says):
            copy_out(target, run, f"{run}/{name}", tmp_path / name.replace("/", "_"))
    (root / "home/alice/.slurm-rest").rename(root / "home/alice/real")
    (root / "home/alice/.slurm-rest").symlink_to(root / "home/alice/real")  # a swapped directory above
    with pytest.raises(StagingError, match="symbolic link"):
        copy_out(target, run, f"{run}/ok", tmp_path / "again")


@pytest.mark.parametrize("planted", ["link", "other-owner"])
def test_the_work_root_must_be_the_users_own(tmp_path: Path, planted: str) -> None:
    root = tmp_path / "slurm-rest-alice"
    if planted == "link":
        root.symlink_to(tmp_path)
    else:
        root.mkdir()
        os.chown(root, 4242, 4242)
    script = "\n".join(private_work(str(root), f"{root}/run", log=f"{root}/run/slurm.out")) + "\necho ran\n"
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 97 and "refusing" in done.stderr and "ran" not in done.stdout


def test_the_work_root_is_made_private(tmp_path: Path) -> None:
    root = tmp_path / "slurm-rest-alice"
    script = "\n".join(private_work(str(root), f"{root}/run", log=f"{root}/run/slurm.out")) + "\necho ran\n"
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and (root / "run" / "slurm.out").read_text() == "ran\n"
    assert root.stat().st_mode & 0o777 == 0o700


def test_the_job_writes_its_id_into_its_work_directory(tmp_path: Path) -> None:
    root = tmp_path / "slurm-rest-alice"
    script = "\n".join(private_work(str(root), f"{root}/run")) + "\necho ran\n"
    done = subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, check=False, env={**os.environ, "SLURM_JOB_ID": "4242"}
    )
    assert done.returncode == 0 and (root / "run" / JOB_ID_FILE).read_text() == "4242\n"
