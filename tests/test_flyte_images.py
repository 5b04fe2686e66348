"""Flyte tasks in their image, offline: the deployment's ``container_runtime`` and ``images``, the images a
cluster runs (``Target.container``: a task's image is attacker input from its template's custom block), the
shell/script job built around an image (``build_job``: run for real on the fake node of tests/fake_cluster.py),
the image a function task runs in (``_image``) and the image the task classes serialize
(live: tests/live/test_flyte_images.py)."""

from __future__ import annotations

import shlex
from collections import OrderedDict
from pathlib import Path
from typing import Any

import pytest

from flyte_plugin import SlurmCluster
from flyte_plugin._constants import JOB_ID_FILE
from flyte_plugin._deployment import parse_deployment
from flyte_plugin._jobs import LOG_NAME, build_job
from flyte_plugin._policy import Target, target_for
from flyte_plugin._render import compose, private_work, record_job_id, render
from slurm_rest import ClientConfig, ConfigError, Container, ContainerRuntime, RefusedError, ValidationError
from tests.fake_cluster import JOB_ID, Cluster, split_launcher

URL = "https://hpc1:6820"


def deployment(**cluster: Any) -> Any:
    """A deployment whose one cluster, hpc1, has ``cluster``'s keys too (secrets are not read)."""
    return parse_deployment(
        {
            "connector": {"signing_key": {"env": "K"}},
            "clusters": {"hpc1": {"url": URL, "jwt_key": {"env": "J"}, **cluster}},
        },
        read_secrets=False,
    )


def target(
    runtime: ContainerRuntime | str | None = ContainerRuntime.APPTAINER,
    images: tuple[str, ...] | None = None,
    *,
    cluster: str = "hpc1",
    work_root: str = "/home/alice/.slurm-rest",
) -> Target:
    return Target(
        key=f"{cluster}\x00alice",
        cluster=cluster,
        user="alice",
        client=ClientConfig(url=URL, user="alice", token="t", container_runtime=runtime),
        ssh=None,
        work_root=work_root,
        images=images,
    )


# -- the deployment ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("runtime", ["apptainer", "oci", "pyxis"])
def test_each_container_runtime_is_accepted_and_carried(runtime: str) -> None:
    cfg = deployment(container_runtime=runtime, images=["docker.io/library/python:3.*", "/srv/sif/*.sif"]).cluster(
        "hpc1"
    )
    assert cfg.container_runtime is ContainerRuntime(runtime)
    assert cfg.images == ("docker.io/library/python:3.*", "/srv/sif/*.sif")


def test_a_cluster_without_container_keys_has_no_runtime_and_no_image_list() -> None:
    cfg = deployment().cluster("hpc1")
    assert cfg.container_runtime is None and cfg.images is None


def test_a_runtime_without_images_allows_any_image() -> None:
    cfg = deployment(container_runtime="pyxis").cluster("hpc1")
    assert cfg.container_runtime is ContainerRuntime.PYXIS and cfg.images is None


@pytest.mark.parametrize(
    ("keys", "says"),
    [
        (
            {"container_runtime": "docker"},
            "clusters.hpc1: container_runtime must be one of apptainer, oci, pyxis, got 'docker'",
        ),
        ({"container_runtime": "Apptainer"}, "container_runtime must be one of apptainer, oci, pyxis"),
        ({"container_runtime": "singularity"}, "got 'singularity'"),
        ({"container_runtime": ""}, "container_runtime must be a non-empty string"),
        ({"container_runtime": 1}, "container_runtime must be a non-empty string"),
        (
            {"images": ["docker.io/library/*"]},
            "clusters.hpc1: images and container_options apply to a container_runtime; give the cluster one too",
        ),
        ({"container_options": ["--nv"]}, "clusters.hpc1: images and container_options apply to a container_runtime"),
        ({"container_runtime": "apptainer", "container_options": "--nv"}, "container_options must be a list of names"),
        (
            {"container_runtime": "apptainer", "images": "docker.io/library/*"},
            "clusters.hpc1: images must be a list of names",
        ),
        ({"container_runtime": "apptainer", "images": [1]}, "images must be a list of names"),
        ({"container_runtime": "apptainer", "images": [""]}, "images must be a list of names"),
        ({"container_runtime": "apptainer", "images": {"a": "b"}}, "images must be a list of names"),
    ],
)
def test_bad_container_keys_name_their_cluster_and_key(keys: dict[str, Any], says: str) -> None:
    with pytest.raises(ConfigError) as caught:
        deployment(**keys)
    assert says in str(caught.value)


def test_the_deployment_target_runs_the_clusters_runtime_and_keeps_its_images(
    deployed: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("J", "a2V5")
    deployed(
        clusters={
            "hpc1": {"url": URL, "jwt_key": {"env": "J"}, "container_runtime": "oci", "images": ["/srv/bundles/*"]}
        }
    )
    found = target_for("hpc1", "alice")
    assert found.client.container_runtime is ContainerRuntime.OCI and found.images == ("/srv/bundles/*",)
    assert found.container("/srv/bundles/python") == Container("/srv/bundles/python")


def test_a_task_defined_cluster_takes_a_runtime_and_refuses_any_other() -> None:
    with pytest.raises(ValidationError, match="container_runtime must be one of apptainer, oci, pyxis, got 'bogus'"):
        SlurmCluster(url=URL, user="alice", token_secret="t", container_runtime="bogus")
    defined = SlurmCluster(url=URL, user="alice", token_secret="t", container_runtime="apptainer")
    assert SlurmCluster.from_dict(defined.to_dict()) == defined
    found = target_for(defined.to_dict(), "alice", lambda role: "token")
    assert found.client.container_runtime is ContainerRuntime.APPTAINER and found.images is None
    assert found.container("python:3.12") == Container("python:3.12")


# -- the images a cluster runs -------------------------------------------------------------------------------


def test_a_cluster_without_a_runtime_refuses_every_image() -> None:
    with pytest.raises(RefusedError) as caught:
        target(None).container("docker.io/library/python:3.12")
    assert str(caught.value) == (
        "the task runs in image 'docker.io/library/python:3.12', but cluster 'hpc1' has no "
        "container runtime (its container_runtime is not set)"
    )
    with pytest.raises(RefusedError, match="but the task's cluster has no container runtime"):
        target(None, cluster="").container("python:3.12")


IMAGES = ("registry.hpc1.example/ml/*", "docker.io/library/python:3.*", "/srv/sif/*.sif")


@pytest.mark.parametrize(
    "image",
    [
        "registry.hpc1.example/ml/torch:2.5",
        "registry.hpc1.example/ml/team/x",
        "docker.io/library/python:3.12",
        "/srv/sif/python.sif",
    ],
)
def test_an_image_matching_a_pattern_is_run(image: str) -> None:
    assert target(images=IMAGES).container(image) == Container(image)


@pytest.mark.parametrize(
    "image",
    [
        "registry.hpc1.example/other/x",
        "docker.io/library/python:2.7",
        "REGISTRY.hpc1.example/ml/x",
        "docker.io/library/python",
        "/srv/sif/python.img",
        "evil.example/registry.hpc1.example/ml/x",
        "python:3.12",
    ],
)
def test_an_image_matching_no_pattern_is_refused(image: str) -> None:
    with pytest.raises(RefusedError) as caught:
        target(images=IMAGES).container(image)
    assert str(caught.value) == (f"image {image!r} is not among those cluster 'hpc1' allows ({', '.join(IMAGES)})")


def test_an_empty_image_list_allows_none() -> None:
    with pytest.raises(RefusedError, match="is not among those cluster 'hpc1' allows"):
        target(images=()).container("python:3.12")


@pytest.mark.parametrize(
    "image", ["/srv/sif/../../home/mallory/evil.sif", "/srv/sif/../x.sif", "registry.hpc1.example/ml/../../evil/x"]
)
def test_a_parent_directory_cannot_leave_an_allowed_pattern(image: str) -> None:
    """``*`` matches across '/' and '..': a path that climbs out of an allowed directory is refused."""
    with pytest.raises(RefusedError, match=r"'\.\.'"):
        target(images=IMAGES).container(image)
    assert target().container(image) == Container(image)  # without a list, any image is the user's own business


@pytest.mark.parametrize("images", [None, ("*",)])
@pytest.mark.parametrize(
    "image", ["python 3.12", "python:3.12'; id; '", 'py"thon', "a,b", "$(id)", "`id`", "python:3.12\nid", ""]
)
def test_an_image_that_is_not_one_shell_word_is_refused_not_a_crash(image: str, images: tuple[str, ...] | None) -> None:
    with pytest.raises(RefusedError) as caught:
        target(images=images).container(image)
    assert str(caught.value).startswith(f"image {image!r}: container image must be one word")


@pytest.mark.parametrize("images", [None, ("*",)])
@pytest.mark.parametrize("image", [["python:3.12"], 3, {"image": "python:3.12"}, None])
def test_an_image_that_is_not_a_string_is_refused_not_a_crash(image: Any, images: tuple[str, ...] | None) -> None:
    with pytest.raises(RefusedError):
        target(images=images).container(image)


# -- shell and script tasks in their image -------------------------------------------------------------------

SCRIPT = (
    '#!/bin/bash\nprintf \'%s %s %s\\n\' "$RANK" "$WORLD_SIZE" "$PWD" >"ran.$RANK"\n'
    'echo {inputs.word} >{outputs.result}."$RANK"\n'
)
IMAGE = "docker.io/library/python:3.12"


def custom(**kw: Any) -> dict[str, Any]:
    return {
        "cluster": "hpc1",
        "script": SCRIPT,
        "prerun": ['echo pre >"pre.$RANK"'],
        "postrun": ['echo post >"post.$RANK"'],
        "outputs": {"result": {"kind": "file", "location": "out/result"}},
        **kw,
    }


@pytest.mark.parametrize("premade", [False, True])
def test_without_an_image_the_script_is_as_before(premade: bool) -> None:
    t = target(None)
    spec, outputs, log = build_job(custom(), {"word": "hi"}, t, run_id="r1", name="n", premade=premade)
    out_dir = "/home/alice/.slurm-rest/r1"
    body = render(SCRIPT, {"word": "hi"}, {"result": f"{out_dir}/out/result"})
    setup = private_work(t.work_root, out_dir, log=None if premade else f"{out_dir}/{LOG_NAME}")
    assert spec.script == compose(
        body,
        prerun=['echo pre >"pre.$RANK"'],
        postrun=['echo post >"post.$RANK"'],
        make_dirs=[f"{out_dir}/out"],
        setup=setup,
    )
    assert "srun" not in spec.script and "SLURM_REST_SCRIPT" not in spec.script
    assert outputs == {"result": ["file", f"{out_dir}/out/result"]} and log == f"{out_dir}/{LOG_NAME}"
    assert build_job(custom(image=""), {"word": "hi"}, t, run_id="r1", name="n", premade=premade)[0] == spec


@pytest.mark.parametrize("premade", [False, True])
def test_with_an_image_the_work_dir_is_made_on_the_host_and_the_task_script_runs_per_task(premade: bool) -> None:
    t = target()
    spec, _, _ = build_job(custom(image=IMAGE), {"word": "hi"}, t, run_id="r1", name="n", premade=premade)
    out_dir = "/home/alice/.slurm-rest/r1"
    head, task, srun = split_launcher(spec.script)
    prologue = head.splitlines()
    setup = private_work(t.work_root, out_dir, log=None if premade else f"{out_dir}/{LOG_NAME}")
    assert prologue[:2] == ["#!/bin/sh", f"# slurm-rest: the job's script runs once per task, in {IMAGE} (apptainer)"]
    assert prologue[2 : 2 + len(setup)] == setup and record_job_id(out_dir) in prologue
    body = render(SCRIPT, {"word": "hi"}, {"result": f"{out_dir}/out/result"})
    assert task == compose(
        body, prerun=['echo pre >"pre.$RANK"'], postrun=['echo post >"post.$RANK"'], make_dirs=[f"{out_dir}/out"]
    )
    assert "mkdir -p --" not in task and JOB_ID_FILE not in task  # the private root is the host's business
    assert shlex.split(srun)[:3] == ["srun", "--kill-on-bad-exit=1", "apptainer"]
    assert f"docker://{IMAGE}" in srun
    assert spec.working_dir == (out_dir if premade else "/tmp")


def test_an_image_on_a_cluster_without_a_runtime_or_off_its_list_is_refused_by_build_job() -> None:
    with pytest.raises(RefusedError, match="has no container runtime"):
        build_job(custom(image=IMAGE), {"word": "hi"}, target(None), run_id="r1", name="n")
    with pytest.raises(RefusedError, match="is not among those"):
        build_job(custom(image="evil.example/x"), {"word": "hi"}, target(images=IMAGES), run_id="r1", name="n")
    with pytest.raises(RefusedError, match="container image must be one word"):
        build_job(custom(image="x; id"), {"word": "hi"}, target(), run_id="r1", name="n")


def test_the_oci_runtime_wants_a_bundle_directory() -> None:
    with pytest.raises(ValidationError, match="OCI bundle directory"):
        build_job(custom(image=IMAGE), {"word": "hi"}, target(ContainerRuntime.OCI), run_id="r1", name="n")


@pytest.mark.parametrize("premade", [False, True])
def test_the_launcher_runs_the_body_once_per_task_in_the_work_dir(tmp_path: Path, premade: bool) -> None:
    node = Cluster(tmp_path / "node")
    root = str(tmp_path / "home alice" / ".slurm-rest")  # a space: every path stays one word
    out_dir = Path(root, "r1")
    if premade:  # made by SFTP: the job starts there
        out_dir.mkdir(parents=True, mode=0o700)
    spec, outputs, log = build_job(
        custom(image=IMAGE), {"word": "it's $(id)"}, target(work_root=root), run_id="r1", name="n", premade=premade
    )
    ran = node.run(spec.script, ntasks=3, cwd=out_dir if premade else node.tmp)
    assert ran.rc == 0, (ran.stdout, ran.stderr, Path(log).read_text() if Path(log).exists() else "")
    for rank in range(3):
        assert (out_dir / f"ran.{rank}").read_text() == f"{rank} 3 {out_dir}\n"
        assert (out_dir / f"pre.{rank}").read_text() == "pre\n" and (out_dir / f"post.{rank}").read_text() == "post\n"
        assert Path(f"{outputs['result'][1]}.{rank}").read_text() == "it's $(id)\n"
        said = node.lines(f"apptainer.{rank}")
        assert said[:6] == ["exec", "--bind", str(out_dir), "--pwd", str(out_dir), f"docker://{IMAGE}"]
    assert sorted(p.name for p in out_dir.glob("ran.*")) == ["ran.0", "ran.1", "ran.2"]
    assert (out_dir / JOB_ID_FILE).read_text() == f"{JOB_ID}\n"
    assert (Path(root).stat().st_mode & 0o777) == 0o700
    assert not list(out_dir.glob(".slurm-rest-failed-*")) and list(node.tmp.iterdir()) == []


def test_a_failing_task_fails_the_job_with_its_own_status(tmp_path: Path) -> None:
    node = Cluster(tmp_path / "node")
    root = str(tmp_path / "root")
    body = '#!/bin/bash\n[ "$RANK" != 1 ] || exit 7\n'
    spec, _, log = build_job(
        {"cluster": "hpc1", "script": body, "image": IMAGE}, {}, target(work_root=root), run_id="r1", name="n"
    )
    ran = node.run(spec.script, ntasks=3, cwd=node.tmp)
    assert ran.rc == 7, (ran.stdout, ran.stderr, Path(log).read_text())


def test_the_work_root_is_checked_before_any_task_starts(tmp_path: Path) -> None:
    node = Cluster(tmp_path / "node")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    root = tmp_path / "root"
    root.symlink_to(elsewhere)  # planted: not a directory of the user's own
    spec, _, _ = build_job(custom(image=IMAGE), {"word": "hi"}, target(work_root=str(root)), run_id="r1", name="n")
    ran = node.run(spec.script, ntasks=2, cwd=node.tmp)
    assert ran.rc == 97 and "refusing" in ran.stderr
    assert not (node.log / "srun").exists() and list(elsewhere.iterdir()) == []


# -- the image a task names ----------------------------------------------------------------------------------


def flytekit_custom(task: Any) -> dict[str, Any]:
    """The custom block of the template flytekit serializes for ``task``."""
    from flytekit.configuration import ImageConfig, SerializationSettings
    from flytekit.tools.translator import get_serializable

    settings = SerializationSettings(image_config=ImageConfig.auto_default_image())
    return dict(get_serializable(OrderedDict(), settings, task).template.custom)


def flyte2_custom(task: Any) -> dict[str, Any]:
    from flyte.models import SerializationContext

    return dict(task.custom_config(SerializationContext(version="v1")))


def make_task(sdk: str, kind: str, **kw: Any) -> Any:
    """A shell or script task of flytekit's classes or Flyte 2's, on the deployment's cluster hpc1."""
    if sdk == "flytekit":
        from flyte_plugin import SlurmRestScriptTask, SlurmRestShellTask
    else:
        from flyte_plugin.flyte2 import SlurmRestScriptTask, SlurmRestShellTask  # type: ignore[assignment]
    if kind == "shell":
        return SlurmRestShellTask("shell", cluster="hpc1", script="echo hi", **kw)
    return SlurmRestScriptTask("script", cluster="hpc1", batch_script_path="/opt/run.sh", **kw)


CUSTOM_OF = {"flytekit": flytekit_custom, "flyte2": flyte2_custom}


@pytest.mark.parametrize("kind", ["shell", "script"])
@pytest.mark.parametrize("sdk", sorted(CUSTOM_OF))
@pytest.mark.parametrize("image", ["bad image", "python:3.12'; id #", 'py"thon', "a,b", "$(id)", "", 3])
def test_a_bad_container_image_fails_at_definition(sdk: str, kind: str, image: Any) -> None:
    with pytest.raises(ValidationError, match="container image must be one word"):
        make_task(sdk, kind, container_image=image)


@pytest.mark.parametrize("kind", ["shell", "script"])
@pytest.mark.parametrize("sdk", sorted(CUSTOM_OF))
@pytest.mark.parametrize("image", [IMAGE, "/srv/sif/python.sif", "registry.hpc1.example:5000/ml/torch@sha256:abc"])
def test_a_good_container_image_lands_in_the_custom_block(sdk: str, kind: str, image: str) -> None:
    assert CUSTOM_OF[sdk](make_task(sdk, kind, container_image=image))["image"] == image
    assert "image" not in CUSTOM_OF[sdk](make_task(sdk, kind))


def test_the_custom_blocks_image_becomes_the_jobs_image() -> None:
    from flyte_plugin import SlurmRestShellTask

    custom = flytekit_custom(SlurmRestShellTask("shell", cluster="hpc1", script="echo hi", container_image=IMAGE))
    spec, _, _ = build_job(custom, {}, target(), run_id="r1", name="shell")
    assert f"docker://{IMAGE}" in split_launcher(spec.script)[2]


def test_a_function_task_carries_its_registered_image_or_the_clusters_placeholder() -> None:
    from flytekit import task

    from flyte_plugin import SlurmRestFunction
    from flyte_plugin.flytekit._function import CLUSTER_IMAGE

    config = SlurmRestFunction(cluster="hpc1")

    def double(x: int) -> int:
        return 2 * x

    for image, expected in ((None, CLUSTER_IMAGE), (IMAGE, IMAGE)):
        fn_task = task(task_config=config, container_image=image)(double)
        assert fn_task.container_image == expected


async def test_a_shell_task_s_image_is_refused_before_anything_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """begin() decides the image with the policy: a refused one never reaches the session, SFTP or Slurm."""
    from flyte_plugin import _lifecycle

    async def no_session(target: Target) -> Any:
        raise AssertionError("a session was opened for a refused image")

    monkeypatch.setattr(_lifecycle, "session", no_session)
    cluster = SlurmCluster(url=URL, user="alice", token_secret="t").to_dict()
    custom = {"cluster": cluster, "run_as": None, "job": {}, "image": "docker.io/library/python:3.12"}
    with pytest.raises(RefusedError, match="has no container runtime"):
        await _lifecycle.begin(custom, None, lambda c: lambda role: "secret")


def test_a_cluster_s_container_options_reach_every_task_s_runtime() -> None:
    toml = {
        "connector": {"signing_key": {"env": "K"}},
        "clusters": {
            "c": {
                "url": URL,
                "jwt_key": {"env": "J"},
                "container_runtime": "apptainer",
                "container_options": ["--nv", "--no-https"],
            }
        },
    }
    dep = parse_deployment(toml, read_secrets=False)
    assert dep.clusters["c"].container_options == ("--nv", "--no-https")
    del toml["clusters"]["c"]["container_runtime"]
    with pytest.raises(ConfigError, match="container_options apply to a container_runtime"):
        parse_deployment(toml, read_secrets=False)
    defined = SlurmCluster(
        url=URL, user="alice", token_secret="t", container_runtime="apptainer", container_options=["--nv"]
    )
    assert SlurmCluster.from_dict(defined.to_dict()) == defined
    target = target_for(defined.to_dict(), "alice", lambda role: "secret")
    assert target.container("/images/a.sif") == Container("/images/a.sif", options=["--nv"])
