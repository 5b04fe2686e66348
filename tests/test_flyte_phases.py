"""flyte_plugin without a daemon: the state→phase table, script rendering, and what ResourceMeta holds."""

from __future__ import annotations

import base64
import itertools
import json
import subprocess
from dataclasses import asdict
from pathlib import Path

import pytest
from flyteidl.core.execution_pb2 import TaskExecution

from flyte_plugin import SlurmCluster, SlurmRestMeta, describe, phase_of
from flyte_plugin._jobs import build_job
from flyte_plugin._phases import BASE_PHASE, FLAG_PHASE, NEUTRAL_FLAGS, Phase, phase_name
from flyte_plugin._policy import Target, target_for
from flyte_plugin._polling import unknown_for_now
from flyte_plugin._render import compose, render, wrapper_for_script
from slurm_rest import (
    APIError,
    AuthError,
    JobFlag,
    JobInfo,
    JobState,
    SlurmRestError,
    TransportError,
    ValidationError,
)
from slurm_rest._models import parse_job_state

P = TaskExecution
HOSTILE = [
    '; rm -rf ~ $(id) "quotes"',
    "`id` and `touch /tmp/pwned-by-backtick`",
    "line one\nline two\n; echo injected",
    "it's a 'single' quote'",
    "$HOME ${PATH} $((1+1)) \\ backslash * glob ? [a-z] ~",
    "tab\there & bg | pipe > redirect < in",
    "",
    "-n",  # an option-looking value must stay a value
    "ünïcödé ✓",
]


def job(
    state: JobState,
    *flags: JobFlag,
    reason: str = "",
    rc: int | None = None,
    sig: int | None = None,
    raw: tuple[str, ...] = (),
) -> JobInfo:
    return JobInfo(
        job_id=1, state=state, flags=frozenset(flags), reason=reason, return_code=rc, signal=sig, raw_state=raw
    )


# --- the phase table -------------------------------------------------------------------------------------


def test_every_flag_and_state_is_in_the_table() -> None:
    assert set(BASE_PHASE) == set(JobState)
    assert set(FLAG_PHASE) | NEUTRAL_FLAGS == set(JobFlag)
    assert not set(FLAG_PHASE) & NEUTRAL_FLAGS


FLAG_SETS = [()] + [(f,) for f in JobFlag] + list(itertools.combinations(JobFlag, 2))


@pytest.mark.parametrize("state", list(JobState), ids=str)
def test_every_state_with_every_flag_pair_has_a_phase(state: JobState) -> None:
    for flags in FLAG_SETS:
        for reason, rc in (
            ("", None),
            ("None", 0),
            ("DependencyNeverSatisfied", 1),
            ("JobHeldUser", 2),
            ("SomeFutureReason", None),
        ):
            info = job(state, *flags, reason=reason, rc=rc)
            phase = phase_name(info)
            overriding = [FLAG_PHASE[f] for f in FLAG_PHASE if f in flags]  # the table's order is the precedence
            if overriding:
                assert phase is overriding[0], (state, flags, reason, phase)
            elif reason in ("", "None", "SomeFutureReason") and not (state is JobState.COMPLETED and rc):
                assert phase is BASE_PHASE[state], (state, flags, reason, phase)  # every state is in the table
            assert phase_of(info) == TaskExecution.Phase.Value(phase.value)
            text = describe(info)
            assert text.startswith(f"job 1 {state.value}"), text
            for f in flags:
                if f is not JobFlag.UNKNOWN:
                    assert f.value in text, (flags, text)


def test_flags_override_the_base_state_in_table_order() -> None:
    # a flag from FLAG_PHASE decides whatever the base state
    for state, (flag, phase) in itertools.product(JobState, FLAG_PHASE.items()):
        assert phase_name(job(state, flag)) is phase, (state, flag)
        assert phase_of(job(state, flag)) == TaskExecution.Phase.Value(phase.value), (state, flag)
    # neutral flags never change the plain base mapping
    for state, flag in itertools.product(JobState, NEUTRAL_FLAGS):
        if state is not JobState.COMPLETED:
            assert phase_name(job(state, flag)) is BASE_PHASE[state], (state, flag)


@pytest.mark.parametrize(
    ("info", "phase"),
    [
        (job(JobState.PENDING, reason="Resources"), P.QUEUED),
        (job(JobState.PENDING, JobFlag.REQUEUED, reason="BeginTime"), P.WAITING_FOR_RESOURCES),
        (job(JobState.PENDING, JobFlag.REQUEUED, reason="Priority"), P.QUEUED),
        (job(JobState.PENDING, JobFlag.REQUEUE_FED), P.QUEUED),
        (job(JobState.PENDING, reason="DependencyNeverSatisfied"), P.FAILED),
        (job(JobState.PENDING, reason="JobHeldUser"), P.WAITING_FOR_RESOURCES),
        (job(JobState.PENDING, reason="JobHeldAdmin"), P.WAITING_FOR_RESOURCES),
        (job(JobState.PENDING, JobFlag.REQUEUE_HOLD), P.WAITING_FOR_RESOURCES),
        (job(JobState.PENDING, JobFlag.SPECIAL_EXIT), P.WAITING_FOR_RESOURCES),
        (job(JobState.PENDING, JobFlag.RESV_DEL_HOLD), P.WAITING_FOR_RESOURCES),
        (job(JobState.RUNNING, JobFlag.CONFIGURING), P.INITIALIZING),
        (job(JobState.RUNNING, JobFlag.POWER_UP_NODE), P.INITIALIZING),
        (job(JobState.RUNNING), P.RUNNING),
        (job(JobState.SUSPENDED), P.RUNNING),
        (job(JobState.RUNNING, JobFlag.STOPPED), P.RUNNING),
        (job(JobState.RUNNING, JobFlag.RESIZING), P.RUNNING),
        (job(JobState.RUNNING, JobFlag.SIGNALING), P.RUNNING),
        (job(JobState.FAILED, JobFlag.COMPLETING, rc=3), P.RUNNING),
        (job(JobState.COMPLETED, JobFlag.COMPLETING, rc=0), P.RUNNING),
        (job(JobState.COMPLETED, JobFlag.STAGE_OUT, rc=0), P.RUNNING),
        (job(JobState.COMPLETED, rc=0), P.SUCCEEDED),
        (job(JobState.COMPLETED, rc=2), P.FAILED),
        (job(JobState.FAILED, rc=3, reason="NonZeroExitCode"), P.FAILED),
        (job(JobState.TIMEOUT, reason="TimeLimit"), P.FAILED),
        (job(JobState.OUT_OF_MEMORY, rc=0), P.FAILED),
        (job(JobState.DEADLINE), P.FAILED),
        (job(JobState.CANCELLED, sig=15), P.ABORTED),
        (job(JobState.CANCELLED, reason="DependencyNeverSatisfied"), P.FAILED),
        (job(JobState.NODE_FAIL), P.RETRYABLE_FAILED),
        (job(JobState.BOOT_FAIL), P.RETRYABLE_FAILED),
        (job(JobState.PREEMPTED), P.RETRYABLE_FAILED),
        (job(JobState.FAILED, JobFlag.LAUNCH_FAILED), P.RETRYABLE_FAILED),
        (job(JobState.PENDING, JobFlag.LAUNCH_FAILED), P.RETRYABLE_FAILED),
    ],
    ids=lambda v: describe(v) if isinstance(v, JobInfo) else TaskExecution.Phase.Name(v),
)
def test_design_table(info: JobInfo, phase: int) -> None:
    assert TaskExecution.Phase.Name(phase_of(info)) == TaskExecution.Phase.Name(phase)


def test_messages_carry_reason_exit_code_and_signal() -> None:
    assert describe(job(JobState.PENDING, reason="Resources")) == "job 1 PENDING, reason Resources"
    assert (
        describe(job(JobState.FAILED, reason="NonZeroExitCode", rc=3))
        == "job 1 FAILED, reason NonZeroExitCode, exit code 3"
    )
    assert describe(job(JobState.CANCELLED, sig=9)) == "job 1 CANCELLED, signal 9"
    assert describe(job(JobState.FAILED, JobFlag.COMPLETING, rc=3)) == "job 1 FAILED+COMPLETING, exit code 3"
    # a running job has no exit code to report yet
    assert describe(job(JobState.RUNNING, rc=0)) == "job 1 RUNNING"


@pytest.mark.parametrize("words", [["WEIRD_NEW"], ["RUNNING", "WEIRD_FLAG"], ["WEIRD_NEW", "COMPLETING"], [], ""])
def test_unknown_state_words_keep_going(words: list[str]) -> None:
    state, flags, unknown = parse_job_state(words)
    info = JobInfo(job_id=7, state=state, flags=flags, raw_state=tuple(words))
    assert phase_of(info) == P.RUNNING
    for w in unknown:
        assert w in describe(info)


def test_weird_new_state_is_running_and_shown() -> None:
    state, flags, unknown = parse_job_state(["WEIRD_NEW"])
    assert (state, flags, unknown) == (JobState.UNKNOWN, frozenset(), ("WEIRD_NEW",))
    info = JobInfo(job_id=7, state=state, flags=flags, raw_state=("WEIRD_NEW",))
    assert phase_of(info) == P.RUNNING
    assert describe(info) == "job 7 UNKNOWN+WEIRD_NEW"


# --- rendering -------------------------------------------------------------------------------------------


def run_bash(script: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "job.sh"
    path.write_text(script)
    return subprocess.run(
        ["bash", str(path), *args], check=False, capture_output=True, text=True, timeout=20, cwd=tmp_path
    )


@pytest.mark.parametrize("value", HOSTILE, ids=lambda v: repr(v)[:30])
def test_inputs_arrive_verbatim_through_bash(value: str, tmp_path: Path) -> None:
    out = tmp_path / "out dir" / "o'ut $x.txt"
    template = "#!/bin/bash\nset -eu\nprintf '%s' {inputs.v} > {outputs.o}\nprintf '%s' {inputs.v} >> {outputs.o}\n"
    body = render(template, {"v": value}, {"o": str(out)})
    script = compose(body, make_dirs=[str(out.parent)])
    result = run_bash(script, tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().decode() == value * 2
    assert not (Path("/tmp") / "pwned-by-backtick").exists()
    assert "uid=" not in result.stdout + result.stderr


def test_input_in_a_larger_word_stays_one_argument(tmp_path: Path) -> None:
    body = render('#!/bin/bash\nprintf "<%s>\\n" prefix-{inputs.v}-suffix "$#"\n', {"v": "a b; c"}, {})
    assert run_bash(compose(body), tmp_path).stdout == "<prefix-a b; c-suffix>\n<0>\n"


def test_existing_script_wrapper_passes_each_arg_as_one_word(tmp_path: Path) -> None:
    target = tmp_path / "target script.sh"
    target.write_text('printf "[%s]\\n" "$@"\n')
    args = ["{inputs.a}", "lit {inputs.b} eral", "{outputs.o}", "$(id)"]
    inputs = {"a": HOSTILE[0], "b": "x\ny"}
    body = wrapper_for_script(str(target), args, inputs, {"o": "/p a/t h"})
    result = run_bash(compose(body), tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"[{HOSTILE[0]}]\n[lit x\ny eral]\n[/p a/t h]\n[$(id)]\n"


def test_template_shell_syntax_is_left_alone() -> None:
    template = "echo ${HOME} $(date) {x} {inputs} awk '{print $1}' {{inputs.v}} {inputs.v}"
    assert render(template, {"v": "a b"}, {}) == "echo ${HOME} $(date) {x} {inputs} awk '{print $1}' {'a b'} 'a b'"


@pytest.mark.parametrize("template", ["{inputs.nope}", "{outputs.missing}", "echo {inputs.V}"])
def test_unknown_placeholder_is_an_error(template: str) -> None:
    with pytest.raises(ValidationError, match="refers to"):
        render(template, {"v": "1"}, {"o": "/x"})


def test_unknown_placeholder_in_a_task_template_fails_build_job() -> None:
    custom = {"cluster": cluster().to_dict(), "script": "echo {inputs.typo}", "outputs": {}}
    with pytest.raises(ValidationError, match=r"\{inputs.typo\}.*it has: v"):
        build_job(custom, {"v": "1"}, target(), run_id="r", name="n")


@pytest.mark.parametrize(
    ("prerun", "body", "postrun", "rc"),
    [
        ([], "exit 7", ["echo post > post.txt"], 7),
        ([], "false", ["echo post > post.txt"], 1),
        ([], "set -e\nfalse\necho not reached > body.txt", ["echo post > post.txt"], 1),
        ([], "true", ["echo post > post.txt", "false"], 0),
        ([], "echo body\nexit 0", ["echo post > post.txt", "exit 9"], 0),
        (["set -e"], "true", ["echo post > post.txt", "false", "echo after > after.txt"], 0),
        ([], "exit 3", [], 3),
    ],
)
def test_compose_keeps_the_body_exit_code(
    prerun: list[str], body: str, postrun: list[str], rc: int, tmp_path: Path
) -> None:
    script = compose(body, prerun=["echo pre > pre.txt", *prerun], postrun=postrun)
    result = run_bash(script, tmp_path)
    assert result.returncode == rc, (script, result.stderr)
    assert (tmp_path / "pre.txt").read_text() == "pre\n"
    assert not (tmp_path / "body.txt").exists()
    if postrun:
        assert (tmp_path / "post.txt").read_text() == "post\n"


def test_compose_keeps_a_given_shebang(tmp_path: Path) -> None:
    script = compose("#!/bin/sh\necho $0", postrun=["true"], make_dirs=[str(tmp_path / "d")])
    assert script.startswith("#!/bin/sh\nmkdir -p ")
    assert script.count("#!") == 1
    assert run_bash(script, tmp_path).returncode == 0
    assert (tmp_path / "d").is_dir()


# --- what ResourceMeta holds -----------------------------------------------------------------------------


def cluster(**kw: object) -> SlurmCluster:
    return SlurmCluster(
        url="http://127.0.0.1:1",
        user="alice",
        jwt_key_secret="jwt_key",
        secret_group="slurm_rest",
        path_map=[("/", "/srv/rootfs")],
        **kw,
    )  # type: ignore[arg-type]


def target(key: str = "a2V5") -> Target:
    return target_for(cluster().to_dict(), "alice", lambda role: key)


def test_resource_meta_is_plain_json_without_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    key = base64.b64encode(b"\x01top-secret-hs256-key-bytes\xff" * 2).decode()
    monkeypatch.setenv("_FSEC_SLURM_REST_JWT_KEY", key)
    custom = {
        "cluster": cluster().to_dict(),
        "script": "echo {inputs.v} > {outputs.o}",
        "outputs": {"o": {"kind": "file", "location": ""}},
        "environment": {"A": "1"},
    }
    spec, outputs, log = build_job(custom, {"v": "x"}, target(key), run_id="abc", name="n")
    assert key not in repr(spec)
    meta = SlurmRestMeta(job_id=42, cluster=cluster().to_dict(), user="alice", outputs=outputs, log=log)
    text = json.dumps(asdict(meta))
    assert key not in text and key[:16] not in text
    assert json.loads(text) == {
        "job_id": 42,
        "cluster": cluster().to_dict(),
        "user": "alice",
        "outputs": {"o": ["file", "/tmp/slurm-rest-alice/abc/o"]},
        "output_prefix": "",
        "work_dir": "",
        "log": "/tmp/slurm-rest-alice/abc/slurm.out",
        "function": False,
        "cleanup": "never",
        "ranks": 1,
        "signature": "",
    }
    assert SlurmRestMeta.decode(meta.encode()) == meta
    assert "jwt_key" in text  # the secret's *name* is all that is kept


def test_a_job_cancelled_before_it_ran_reports_no_exit_code() -> None:
    from datetime import datetime, timezone

    assert describe(job(JobState.CANCELLED, rc=0)) == "job 1 CANCELLED"
    ran = JobInfo(job_id=1, state=JobState.CANCELLED, return_code=0, start_time=datetime.now(timezone.utc))
    assert describe(ran) == "job 1 CANCELLED, exit code 0"


@pytest.mark.parametrize(
    "error",
    [
        AuthError("GET /slurm/v0.0.38/job/5: HTTP 500 (token rejected)"),
        APIError("GET /slurm/v0.0.99/ping/: HTTP 404: this slurmrestd does not serve it"),
        TransportError("connect failed", sent=False),
    ],
)
@pytest.mark.parametrize("last", [None, JobState.PENDING, JobState.RUNNING])
def test_a_failure_to_ask_keeps_the_last_phase_and_says_why(error: SlurmRestError, last: JobState | None) -> None:
    seen = None if last is None else JobInfo(job_id=5, state=last)
    resource = unknown_for_now(seen, 5, error)
    assert resource.phase is (Phase.QUEUED if seen is None else phase_name(seen))
    assert type(error).__name__ in resource.message and "state not available" in resource.message


def test_the_meta_encodes_byte_for_byte_as_flytekit_would() -> None:
    """StoredJob.encode skips asdict's deep copy (every get() encodes its meta); Flyte must see no change."""
    from flytekit.extend.backend.base_connector import ResourceMeta

    from flyte_plugin._lifecycle import StoredJob

    meta = SlurmRestMeta(
        job_id=42, cluster=cluster().to_dict(), user="alice", outputs={"o": ["file", "/x"]}, function=True, ranks=4
    )
    assert SlurmRestMeta.encode is StoredJob.encode and meta.encode() == ResourceMeta.encode(meta)
