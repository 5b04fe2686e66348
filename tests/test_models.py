"""Unit tests for the release-independent job model (states, exit codes, JobInfo) and JobSpec/Dependency."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import Enum
from types import MappingProxyType
from typing import Any

import pytest

from slurm_rest import _jobspec, _models, _watching
from slurm_rest._cli_output import job_line
from slurm_rest._exceptions import ValidationError
from slurm_rest._jobspec import (
    Dependency,
    JobSpec,
    SignalSpec,
    parse_memory_mb,
    parse_signal,
    parse_time_limit,
    validate_array,
)
from slurm_rest._models import (
    FLAG_IMPLIED_STATE,
    JobFlag,
    JobInfo,
    JobState,
    decode_exit_code,
    expand_output_path,
    parse_job_state,
    timestamp_to_datetime,
    unwrap_number,
)

SCRIPT = "#!/bin/bash\necho hello\n"
BASE_STATES = [s for s in JobState if s is not JobState.UNKNOWN]
KNOWN_FLAGS = [f for f in JobFlag if f is not JobFlag.UNKNOWN]
TERMINAL = {
    "COMPLETED",
    "CANCELLED",
    "FAILED",
    "TIMEOUT",
    "NODE_FAIL",
    "PREEMPTED",
    "BOOT_FAIL",
    "DEADLINE",
    "OUT_OF_MEMORY",
}
# The flag -> base state inference table as the brief and DESIGN.md state it, spelled out independently.
EXPECTED_INFERENCE = {
    "COMPLETING": "RUNNING",
    "STAGE_OUT": "RUNNING",
    "SIGNALING": "RUNNING",
    "CONFIGURING": "RUNNING",
    "RESIZING": "RUNNING",
    "STOPPED": "RUNNING",
    "POWER_UP_NODE": "RUNNING",
    "UPDATE_DB": "RUNNING",
    "REQUEUED": "PENDING",
    "REQUEUE_HOLD": "PENDING",
    "REQUEUE_FED": "PENDING",
    "REQUEUE_CRON": "PENDING",
    "SPECIAL_EXIT": "PENDING",
    "RESV_DEL_HOLD": "PENDING",
    "EXPEDITING": "PENDING",
    "LAUNCH_FAILED": "FAILED",
    "RECONFIG_FAIL": "FAILED",
    "REVOKED": "CANCELLED",
}


# ------------------------------------------------------------------------------------------- states
def test_module_all_names_exist() -> None:
    for module in (_models, _jobspec):
        assert module.__all__ == sorted(module.__all__)
        for name in module.__all__:
            assert hasattr(module, name), name


def test_every_spec_state_word_is_known() -> None:
    # The v0.0.44/45 job_state enum (base states and flags together), plus slurm.h's REQUEUE_CRON and UPDATE_DB.
    spec_words = [
        "PENDING",
        "RUNNING",
        "SUSPENDED",
        "COMPLETED",
        "CANCELLED",
        "FAILED",
        "TIMEOUT",
        "NODE_FAIL",
        "PREEMPTED",
        "BOOT_FAIL",
        "DEADLINE",
        "OUT_OF_MEMORY",
        "LAUNCH_FAILED",
        "REQUEUED",
        "REQUEUE_HOLD",
        "SPECIAL_EXIT",
        "RESIZING",
        "CONFIGURING",
        "COMPLETING",
        "STOPPED",
        "RECONFIG_FAIL",
        "POWER_UP_NODE",
        "REVOKED",
        "REQUEUE_FED",
        "RESV_DEL_HOLD",
        "SIGNALING",
        "STAGE_OUT",
        "EXPEDITING",
        "REQUEUE_CRON",
        "UPDATE_DB",
    ]
    known = {s.value for s in BASE_STATES} | {f.value for f in KNOWN_FLAGS}
    assert known == set(spec_words)


@pytest.mark.parametrize("state", BASE_STATES)
def test_state_parse_round_trip(state: JobState) -> None:
    assert JobState.parse(state.value) is state
    assert JobState.parse(f"  {state.value.lower()} ") is state
    assert str(state) == state.value
    assert state.terminal is (state.value in TERMINAL)


@pytest.mark.parametrize("text", ["", "BOGUS", None, 42, "COMPLETING", "UNKNOWN"])
def test_state_parse_unknown_never_raises(text: object) -> None:
    assert JobState.parse(text) is JobState.UNKNOWN


def test_unknown_state_is_not_terminal() -> None:
    assert JobState.UNKNOWN.terminal is False


@pytest.mark.parametrize("flag", KNOWN_FLAGS)
def test_flag_parse_round_trip(flag: JobFlag) -> None:
    assert JobFlag.parse(flag.value) is flag
    assert JobFlag.parse(flag.value.lower()) is flag
    assert str(flag) == flag.value


@pytest.mark.parametrize("text", ["", "NOPE", None, "RUNNING"])
def test_flag_parse_unknown(text: object) -> None:
    assert JobFlag.parse(text) is JobFlag.UNKNOWN


def test_inference_table_covers_every_flag_as_documented() -> None:
    assert {f.value: s.value for f, s in FLAG_IMPLIED_STATE.items()} == EXPECTED_INFERENCE
    assert set(FLAG_IMPLIED_STATE) == set(KNOWN_FLAGS)


@pytest.mark.parametrize("state", BASE_STATES)
def test_parse_base_state_list_and_string(state: JobState) -> None:
    assert parse_job_state([state.value]) == (state, frozenset(), ())
    assert parse_job_state(state.value) == (state, frozenset(), ())


@pytest.mark.parametrize("flag", KNOWN_FLAGS)
def test_parse_flag_with_base_in_list(flag: JobFlag) -> None:
    assert parse_job_state(["FAILED", flag.value]) == (JobState.FAILED, frozenset({flag}), ())
    # Order does not matter: whatever word is a base state is the base.
    assert parse_job_state([flag.value, "PENDING"]) == (JobState.PENDING, frozenset({flag}), ())


@pytest.mark.parametrize("flag", KNOWN_FLAGS)
def test_parse_v0038_flag_only_string(flag: JobFlag) -> None:
    base, flags, unknown = parse_job_state(flag.value)
    assert base.value == EXPECTED_INFERENCE[flag.value]
    assert flags == frozenset({flag})
    assert unknown == ()


def test_parse_v0040_completing_failed() -> None:
    assert parse_job_state(["FAILED", "COMPLETING"]) == (JobState.FAILED, frozenset({JobFlag.COMPLETING}), ())


def test_parse_many_flags_and_generated_enum_members() -> None:
    class GeneratedItem(str, Enum):  # what openapi-python-client generates for the v0.0.40+ state items
        RUNNING = "RUNNING"
        SIGNALING = "SIGNALING"

    base, flags, unknown = parse_job_state([GeneratedItem.RUNNING, GeneratedItem.SIGNALING])
    assert (base, flags, unknown) == (JobState.RUNNING, frozenset({JobFlag.SIGNALING}), ())


def test_parse_unknown_words_kept_as_sent() -> None:
    base, flags, unknown = parse_job_state(["RUNNING", "Brand_New_Flag", "COMPLETING"])
    assert base is JobState.RUNNING
    assert flags == frozenset({JobFlag.COMPLETING})
    assert unknown == ("Brand_New_Flag",)


def test_parse_unknown_only_is_unknown() -> None:
    assert parse_job_state("HIBERNATING") == (JobState.UNKNOWN, frozenset(), ("HIBERNATING",))
    assert parse_job_state(["HIBERNATING", "X"]) == (JobState.UNKNOWN, frozenset(), ("HIBERNATING", "X"))


def test_parse_unknown_word_with_inferable_flag() -> None:
    assert parse_job_state(["NEWTHING", "REQUEUED"]) == (JobState.PENDING, frozenset({JobFlag.REQUEUED}), ("NEWTHING",))


@pytest.mark.parametrize("empty", ["", "   ", [], (), None, [""]])
def test_parse_empty(empty: Any) -> None:
    assert parse_job_state(empty) == (JobState.UNKNOWN, frozenset(), ())


def test_parse_comma_separated_string_and_first_base_wins() -> None:
    assert parse_job_state("FAILED,COMPLETING") == (JobState.FAILED, frozenset({JobFlag.COMPLETING}), ())
    assert parse_job_state(["PENDING", "RUNNING"])[0] is JobState.PENDING


def test_parse_word_unknown_literal_is_kept() -> None:
    assert parse_job_state("UNKNOWN") == (JobState.UNKNOWN, frozenset(), ("UNKNOWN",))


# --------------------------------------------------------------------------------------- exit codes
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (0, (0, None)),
        (768, (3, None)),
        (256, (1, None)),
        (255 << 8, (255, None)),
        (9, (None, 9)),
        (15, (None, 15)),
        (9 | 0x80, (None, 9)),  # core dumped
        (0x137F, (None, None)),  # stopped, not an end state
        (-1, (None, None)),
        (0xFFFFFFFE, (None, None)),  # NO_VAL
        (None, (None, None)),
        (True, (None, None)),
        ("768", (None, None)),
    ],
)
def test_decode_v0038_wait_status(raw: object, expected: tuple[int | None, int | None]) -> None:
    assert decode_exit_code(raw) == expected


def _num(number: int, *, set_: bool = True, infinite: bool = False) -> dict[str, Any]:
    return {"set": set_, "infinite": infinite, "number": number}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"status": ["SUCCESS"], "return_code": _num(0), "signal": {"id": _num(0, set_=False), "name": ""}}, (0, None)),
        ({"status": ["ERROR"], "return_code": _num(3), "signal": {"id": _num(0, set_=False), "name": ""}}, (3, None)),
        (
            {"status": ["SIGNALED"], "return_code": _num(0, set_=False), "signal": {"id": _num(9), "name": "KILL"}},
            (None, 9),
        ),
        (
            {"status": ["SIGNALED"], "return_code": _num(0, set_=False), "signal": {"id": 15, "name": "TERM"}},
            (None, 15),
        ),
        ({"status": ["ERROR"], "return_code": 2, "signal": {"id": 0}}, (2, None)),
        (
            {"status": ["PENDING"], "return_code": _num(0, set_=False), "signal": {"id": _num(0, set_=False)}},
            (None, None),
        ),
        ({"status": ["INVALID"], "return_code": _num(0, infinite=True)}, (None, None)),
        ({}, (None, None)),
    ],
)
def test_decode_v0040_dict(raw: dict[str, Any], expected: tuple[int | None, int | None]) -> None:
    assert decode_exit_code(raw) == expected


def test_decode_same_result_across_versions() -> None:
    v38_exit3, v40_exit3 = 768, {"return_code": _num(3), "signal": {"id": _num(0, set_=False)}}
    v38_kill, v40_kill = 9, {"return_code": _num(0, set_=False), "signal": {"id": _num(9), "name": "KILL"}}
    assert decode_exit_code(v38_exit3) == decode_exit_code(v40_exit3) == (3, None)
    assert decode_exit_code(v38_kill) == decode_exit_code(v40_kill) == (None, 9)


def test_decode_accepts_attrs_like_objects() -> None:
    class Fake:
        def to_dict(self) -> dict[str, Any]:
            return {"return_code": _num(7), "signal": {"id": _num(0)}}

    assert decode_exit_code(Fake()) == (7, None)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (5, 5),
        (0, 0),
        (_num(12), 12),
        (_num(12, set_=False), None),
        (_num(12, infinite=True), None),
        ({"number": 4}, 4),
        (None, None),
        ("7", None),
        (True, None),
        (3.0, 3),
        (0xFFFFFFFF, None),
        (0xFFFFFFFFFFFFFFFE, None),
    ],
)
def test_unwrap_number(value: object, expected: int | None) -> None:
    assert unwrap_number(value) == expected


def test_timestamp_to_datetime() -> None:
    assert timestamp_to_datetime(0) is None
    assert timestamp_to_datetime(_num(0)) is None
    assert timestamp_to_datetime(None) is None
    assert timestamp_to_datetime(_num(1700000000)) == datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)
    assert timestamp_to_datetime(1700000000) == datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)


# ------------------------------------------------------------------------------------------ JobInfo
def _info(**kw: Any) -> JobInfo:
    return JobInfo(**{"job_id": 7, "state": JobState.RUNNING, **kw})


def test_jobinfo_reason_none_normalised_and_defaults() -> None:
    info = _info(reason="None")
    assert info.reason == ""
    assert info.flags == frozenset()
    assert info.return_code is None
    assert _info(reason="Resources").reason == "Resources"


def test_jobinfo_rejects_bad_values() -> None:
    with pytest.raises(ValidationError, match="job_id"):
        _info(job_id=-1)
    with pytest.raises(ValidationError, match="submit_time"):
        _info(submit_time=datetime(2024, 1, 1))


@pytest.mark.parametrize(
    ("state", "flags", "finished"),
    [
        (JobState.COMPLETED, frozenset(), True),
        (JobState.FAILED, frozenset({JobFlag.COMPLETING}), False),
        (JobState.COMPLETED, frozenset({JobFlag.STAGE_OUT}), False),
        (JobState.RUNNING, frozenset(), False),
        (JobState.PENDING, frozenset({JobFlag.REQUEUED}), False),
        (JobState.UNKNOWN, frozenset(), False),
        (JobState.OUT_OF_MEMORY, frozenset(), True),
    ],
)
def test_jobinfo_finished(state: JobState, flags: frozenset[JobFlag], finished: bool) -> None:
    assert _info(state=state, flags=flags).finished is finished


@pytest.mark.parametrize(
    ("state", "rc", "succeeded"),
    [
        (JobState.COMPLETED, 0, True),
        (JobState.COMPLETED, None, True),
        (JobState.COMPLETED, 1, False),
        (JobState.FAILED, 0, False),
        (JobState.RUNNING, None, False),
    ],
)
def test_jobinfo_succeeded(state: JobState, rc: int | None, succeeded: bool) -> None:
    assert _info(state=state, return_code=rc).succeeded is succeeded


@pytest.mark.parametrize(
    ("reason", "flags", "held"),
    [
        ("JobHeldUser", frozenset(), True),
        ("JobHeldAdmin", frozenset(), True),
        ("Resources", frozenset(), False),
        ("", frozenset({JobFlag.REQUEUE_HOLD}), True),
        ("", frozenset({JobFlag.REQUEUED}), False),
    ],
)
def test_jobinfo_held(reason: str, flags: frozenset[JobFlag], held: bool) -> None:
    assert _info(state=JobState.PENDING, reason=reason, flags=flags).held is held


def test_jobinfo_expand_path_uses_first_host() -> None:
    info = _info(job_id=99, user="bob", name="train", nodes="gpu[07-09],cpu1", array_job_id=90, array_task_id=3)
    assert info.expand_path("/logs/%x-%A_%a-%j@%N.out") == "/logs/train-90_3-99@gpu07.out"
    assert _info(nodes="").expand_path("%N|") == "|"


# -------------------------------------------------------------------------------- expand_output_path
@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("slurm-%j.out", "slurm-42.out"),
        ("%J.log", "42.log"),
        ("%A_%a", "42_4294967294"),
        ("%u/%x/%N", "alice/job/node1"),
        ("100%%-%j", "100%-42"),
        ("%%j", "%j"),
        ("%5j", "00042"),
        ("%12j", "0000000042"),  # width capped at 10
        ("%z%", "%z%"),
        ("\\%j", "%j"),  # a backslash turns expansion off
        ("plain", "plain"),
    ],
)
def test_expand_output_path(pattern: str, expected: str) -> None:
    assert expand_output_path(pattern, job_id=42, user="alice", node="node1", name="job") == expected


def test_expand_output_path_array_and_step() -> None:
    out = expand_output_path("%A_%3a-%j-%J", job_id=105, array_job_id=100, array_task_id=5, step="batch")
    assert out == "100_005-105-105.batch"


# ------------------------------------------------------------------------------------- time limits
@pytest.mark.parametrize(
    ("value", "minutes"),
    [
        ("10", 10),
        ("  10 ", 10),
        ("10:30", 11),
        ("0:30", 1),
        ("0:60", 1),
        ("1:00:00", 60),
        ("2:30:01", 151),
        ("1-0", 1440),
        ("1-2", 1560),
        ("1-2:3", 1563),
        ("1-2:3:4", 1564),
        ("90", 90),
        (5, 5),
        (timedelta(seconds=1), 1),
        (timedelta(hours=2), 120),
        (timedelta(minutes=1, seconds=1), 2),
    ],
)
def test_time_limit_formats(value: Any, minutes: int) -> None:
    assert parse_time_limit(value) == minutes
    spec = JobSpec(script=SCRIPT, time_limit=value)
    assert spec.time_limit_minutes == minutes
    assert spec.time_limit_unlimited is False


@pytest.mark.parametrize("value", ["UNLIMITED", "infinite", " Unlimited "])
def test_time_limit_unlimited(value: str) -> None:
    assert parse_time_limit(value) is None
    spec = JobSpec(script=SCRIPT, time_limit=value)
    assert (spec.time_limit_minutes, spec.time_limit_unlimited) == (None, True)


def test_time_limit_unset() -> None:
    spec = JobSpec(script=SCRIPT)
    assert (spec.time_limit_minutes, spec.time_limit_unlimited) == (None, False)


@pytest.mark.parametrize(
    "value",
    [
        "1:2:3:4",
        "-5",
        "abc",
        "1-",
        "",
        "1:",
        ":5",
        "1-2-3",
        "1.5",
        "0",
        "0:0",
        0,
        -3,
        True,
        timedelta(0),
        timedelta(seconds=-5),
        1.5,
        "-1",
    ],
)
def test_time_limit_invalid(value: Any) -> None:
    with pytest.raises(ValidationError, match="time_limit"):
        JobSpec(script=SCRIPT, time_limit=value)


# ------------------------------------------------------------------------------------------- memory
@pytest.mark.parametrize(
    ("value", "mb"),
    [
        (512, 512),
        ("512", 512),
        ("512M", 512),
        ("512m", 512),
        ("4G", 4096),
        ("4GB", 4096),
        ("1T", 1048576),
        ("2048K", 2),
        ("1000K", 1),
        ("1K", 1),
        (0, 0),
        ("0", 0),
    ],
)
def test_memory_units(value: Any, mb: int) -> None:
    assert parse_memory_mb(value) == mb
    assert JobSpec(script=SCRIPT, mem=value).mem_mb == mb


def test_mem_per_cpu() -> None:
    spec = JobSpec(script=SCRIPT, mem_per_cpu="2G")
    assert (spec.mem_per_cpu_mb, spec.mem_mb) == (2048, None)
    with pytest.raises(ValidationError, match="mem_per_cpu"):
        JobSpec(script=SCRIPT, mem_per_cpu=0)


@pytest.mark.parametrize("value", ["1.5G", "4 G", "G", "4X", "", -1, "-1", True, 1.0, "4BG"])
def test_memory_invalid(value: Any) -> None:
    with pytest.raises(ValidationError, match="mem"):
        JobSpec(script=SCRIPT, mem=value)


def test_mem_and_mem_per_cpu_exclusive() -> None:
    with pytest.raises(ValidationError, match="mem_per_cpu"):
        JobSpec(script=SCRIPT, mem="4G", mem_per_cpu="1G")


# -------------------------------------------------------------------------------------------- array
@pytest.mark.parametrize("value", ["0", "0-5", "0-5%2", "1,3,5-9:2%4", "0-15:4", "7,8,9", " 1-3 ", "0-0"])
def test_array_valid(value: str) -> None:
    assert validate_array(value) == value.strip()
    assert JobSpec(script=SCRIPT, array=value).array == value.strip()


@pytest.mark.parametrize(
    "value",
    ["", "-1", "5-3", "1-5:0", "0-5%0", "%2", "1,,2", "1-", "a-b", "1:2", "1, 2", "0-5%2%3", "1-3:", "1-3%", "0-5 %2"],
)
def test_array_invalid(value: str) -> None:
    with pytest.raises(ValidationError, match="array"):
        JobSpec(script=SCRIPT, array=value)


# --------------------------------------------------------------------------------------- dependency
@dataclass(frozen=True)
class Submitted:
    job_id: int


def test_dependency_builders() -> None:
    assert str(Dependency.afterok(12, 13)) == "afterok:12:13"
    assert str(Dependency.afterany("14")) == "afterany:14"
    assert str(Dependency.afternotok(Submitted(15))) == "afternotok:15"
    assert str(Dependency.aftercorr(16)) == "aftercorr:16"
    assert str(Dependency.after(17, "18_2")) == "after:17:18_2"
    assert str(Dependency.singleton()) == "singleton"


def test_dependency_combining() -> None:
    a, b, c = Dependency.afterok(1), Dependency.afterany(2), Dependency.singleton()
    assert str(a & b & c) == "afterok:1,afterany:2,singleton"
    assert str(a | b | c) == "afterok:1?afterany:2?singleton"
    assert (a & b) == Dependency.parse("afterok:1,afterany:2")
    # One term carries no separator, so it combines either way.
    assert str((a | b) | c) == "afterok:1?afterany:2?singleton"


def test_dependency_mixing_forbidden() -> None:
    a, b, c = Dependency.afterok(1), Dependency.afterany(2), Dependency.afternotok(3)
    with pytest.raises(ValidationError, match="mix"):
        (a & b) | c
    with pytest.raises(ValidationError, match="mix"):
        c & (a | b)


@pytest.mark.parametrize(
    "builder", [Dependency.afterok, Dependency.afterany, Dependency.afternotok, Dependency.aftercorr, Dependency.after]
)
def test_dependency_needs_jobs(builder: Any) -> None:
    with pytest.raises(ValidationError, match="at least one job"):
        builder()


@pytest.mark.parametrize("job", [0, -4, "abc", "12a", True, None, 1.5, Submitted(0), ""])
def test_dependency_rejects_bad_jobs(job: Any) -> None:
    with pytest.raises(ValidationError, match="not a job"):
        Dependency.afterok(job)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("afterok:12:13", "afterok:12:13"),
        ("AfterOK:12", "afterok:12"),
        ("afterany:1?afternotok:2", None),
        ("after:5+10", None),
        ("singleton", None),
        ("afterok:1,singleton", None),
        ("aftercorr:3_4", None),
        ("  afterok:1 ", "afterok:1"),
    ],
)
def test_dependency_string_valid(text: str, expected: str | None) -> None:
    spec = JobSpec(script=SCRIPT, dependency=text)
    assert spec.dependency == (expected or text)
    assert spec.dependency_str == (expected or text)


@pytest.mark.parametrize(
    "text",
    [
        "afterok",
        "afterok:",
        "afterok:x",
        "afterok:1,afterany:2?singleton",
        "bogus:1",
        "afterok:1,",
        "singleton:4",
        "afterok:0",
        "afterok:5+10",
        "",
        "afterok::1",
    ],
)
def test_dependency_string_invalid(text: str) -> None:
    with pytest.raises(ValidationError, match="dependency"):
        JobSpec(script=SCRIPT, dependency=text)


def test_dependency_sequence_means_all() -> None:
    spec = JobSpec(script=SCRIPT, dependency=[Dependency.afterok(1), Dependency.singleton()])
    assert spec.dependency == "afterok:1,singleton"
    assert JobSpec(script=SCRIPT, dependency=[]).dependency is None
    assert (
        JobSpec(script=SCRIPT, dependency=Dependency.afterany(4) | Dependency.afterok(5)).dependency
        == "afterany:4?afterok:5"
    )
    with pytest.raises(ValidationError, match="dependency"):
        JobSpec(script=SCRIPT, dependency=[Dependency.afterok(1), "afterok:2"])  # type: ignore[list-item]


# --------------------------------------------------------------------------------------- JobSpec misc
def test_minimal_spec_defaults() -> None:
    spec = JobSpec(script=SCRIPT)
    assert spec.script == SCRIPT
    assert (spec.exclusive, spec.hold, spec.environment, spec.extra, spec.dependency) == (
        False,
        False,
        None,
        None,
        None,
    )
    assert (spec.nodes_min, spec.nodes_max, spec.mem_mb, spec.signal_spec) == (None, None, None, None)


@pytest.mark.parametrize(
    ("script", "match"),
    [
        ("", "script"),
        ("echo hi", "#!"),
        ("  #!/bin/sh", "#!"),
        ("#!/bin/sh\x00", "NUL"),
        (b"#!/bin/sh", "str"),
        ("\n\n", "empty"),
    ],
)
def test_script_validation(script: Any, match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        JobSpec(script=script)


def test_script_error_message_is_truncated() -> None:
    with pytest.raises(ValidationError) as info:
        JobSpec(script="x" * 10_000)
    assert len(str(info.value)) < 300


@pytest.mark.parametrize(
    ("field_name", "value", "match"),
    [
        ("name", "a\nb", "single line"),
        ("name", "a\x00b", "NUL"),
        ("partition", "debug\n", "single line"),
        ("account", "acct\rx", "single line"),
        ("comment", "two\nlines", "single line"),
        ("name", "", "empty"),
        ("partition", "de bug", "whitespace"),
        ("qos", "  ", "empty"),
        ("stdout", "out\x00", "NUL"),
        ("name", 5, "str"),
        ("constraint", "a\nb", "single line"),
        ("gres", "gpu: 2", "whitespace"),
    ],
)
def test_hostile_strings(field_name: str, value: Any, match: str) -> None:
    with pytest.raises(ValidationError, match=field_name) as info:
        JobSpec(script=SCRIPT, **{field_name: value})
    assert match in str(info.value)


def test_text_fields_accepted() -> None:
    spec = JobSpec(
        script=SCRIPT,
        name="my job",
        partition="debug,gpu",
        account="acct",
        qos="normal",
        comment="note",
        constraint="intel&ib",
        stdout="out-%j.log",
        stderr="/tmp/err %j.log",
    )
    assert (spec.name, spec.partition, spec.stderr) == ("my job", "debug,gpu", "/tmp/err %j.log")


@pytest.mark.parametrize("field_name", ["ntasks", "ntasks_per_node", "cpus_per_task"])
@pytest.mark.parametrize("value", [0, -1, True, "2", 1.0])
def test_counts_invalid(field_name: str, value: Any) -> None:
    with pytest.raises(ValidationError, match=field_name):
        JobSpec(script=SCRIPT, **{field_name: value})


def test_counts_valid() -> None:
    spec = JobSpec(script=SCRIPT, ntasks=4, ntasks_per_node=2, cpus_per_task=8)
    assert (spec.ntasks, spec.ntasks_per_node, spec.cpus_per_task) == (4, 2, 8)


@pytest.mark.parametrize(("value", "bounds"), [(2, (2, 2)), ("2", (2, 2)), ("2-4", (2, 4)), (" 3-3 ", (3, 3))])
def test_nodes(value: Any, bounds: tuple[int, int]) -> None:
    spec = JobSpec(script=SCRIPT, nodes=value)
    assert (spec.nodes_min, spec.nodes_max) == bounds


@pytest.mark.parametrize("value", [0, "0", "4-2", "-1", "a", "2-", True, 1.5, "1,2"])
def test_nodes_invalid(value: Any) -> None:
    with pytest.raises(ValidationError, match="nodes"):
        JobSpec(script=SCRIPT, nodes=value)


@pytest.mark.parametrize(("value", "text"), [(2, "2"), ("a100:2", "a100:2"), ("4", "4")])
def test_gpus(value: Any, text: str) -> None:
    assert JobSpec(script=SCRIPT, gpus=value).gpus == text


@pytest.mark.parametrize("value", [0, -1, "a100:0", "a100:", ":2", "two", True])
def test_gpus_invalid(value: Any) -> None:
    with pytest.raises(ValidationError, match="gpus"):
        JobSpec(script=SCRIPT, gpus=value)


def test_working_dir_must_be_absolute() -> None:
    assert JobSpec(script=SCRIPT, working_dir="/scratch/x").working_dir == "/scratch/x"
    with pytest.raises(ValidationError, match="absolute"):
        JobSpec(script=SCRIPT, working_dir="relative/dir")


@pytest.mark.parametrize(
    ("field_name", "value"),
    [
        ("exclusive", "yes"),
        ("hold", None),
        ("requeue", 1),
        ("kill_on_invalid_dependency", "true"),
    ],
)
def test_bool_fields_strict(field_name: str, value: Any) -> None:
    with pytest.raises(ValidationError, match=field_name):
        JobSpec(script=SCRIPT, **{field_name: value})


def test_nice() -> None:
    assert JobSpec(script=SCRIPT, nice=-5).nice == -5
    for bad in (2**31, "5", True):
        with pytest.raises(ValidationError, match="nice"):
            JobSpec(script=SCRIPT, nice=bad)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------- signal
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("USR1", SignalSpec(number=10, name="USR1")),
        ("SIGUSR2", SignalSpec(number=12, name="USR2")),
        ("sigterm@30", SignalSpec(number=15, name="TERM", delay_seconds=30)),
        ("B:USR1@90", SignalSpec(number=10, name="USR1", delay_seconds=90, batch_only=True)),
        ("R:10", SignalSpec(number=10, name="USR1", reservation_overlap=True)),
        ("RB:2@0", SignalSpec(number=2, name="INT", delay_seconds=0, batch_only=True, reservation_overlap=True)),
        ("40", SignalSpec(number=40, name="")),
    ],
)
def test_signal_valid(text: str, expected: SignalSpec) -> None:
    assert parse_signal(text) == expected
    assert JobSpec(script=SCRIPT, signal=text).signal_spec == expected


@pytest.mark.parametrize(
    "text", ["", "FOO", "0", "65", "X:USR1", "BB:USR1", "USR1@", "USR1@70000", "B:", "@60", "USR1 @60"]
)
def test_signal_invalid(text: str) -> None:
    with pytest.raises(ValidationError, match="signal"):
        JobSpec(script=SCRIPT, signal=text)


# -------------------------------------------------------------------------------------- environment
def test_environment_snapshot_sorted_and_read_only() -> None:
    env = {"ZED": "1", "A_B": "x=y", "_x9": ""}
    spec = JobSpec(script=SCRIPT, environment=env)
    env["ZED"] = "changed"
    assert isinstance(spec.environment, MappingProxyType)
    assert list(spec.environment.items()) == [("A_B", "x=y"), ("ZED", "1"), ("_x9", "")]
    with pytest.raises(TypeError):
        spec.environment["NEW"] = "v"  # type: ignore[index]


@pytest.mark.parametrize(
    "env", [{"1ABC": "v"}, {"A-B": "v"}, {"": "v"}, {"A B": "v"}, {"A": 1}, {"A": "x\x00"}, {3: "v"}, ["A=1"], "A=1"]
)
def test_environment_invalid(env: Any) -> None:
    with pytest.raises(ValidationError, match="environment"):
        JobSpec(script=SCRIPT, environment=env)


def test_spec_is_hashable_and_comparable() -> None:
    a = JobSpec(script=SCRIPT, environment={"A": "1", "B": "2"}, extra={"prefer": "r"})
    b = JobSpec(script=SCRIPT, environment={"B": "2", "A": "1"}, extra={"prefer": "r"})
    assert a == b
    assert hash(a) == hash(b)
    assert a != a.with_changes(environment={"A": "2"})


def test_spec_is_frozen() -> None:
    spec = JobSpec(script=SCRIPT)
    with pytest.raises(dataclasses.FrozenInstanceError):
        spec.name = "x"  # type: ignore[misc]


# -------------------------------------------------------------------------------------------- extra
def test_extra_passthrough_is_copied() -> None:
    argv = ["a"]
    raw: dict[str, Any] = {"prefer": "fast", "argv": argv, "burst_buffer": "bb:1"}
    spec = JobSpec(script=SCRIPT, extra=raw)
    argv.append("b")
    raw["prefer"] = "other"
    assert spec.extra == {"argv": ["a"], "burst_buffer": "bb:1", "prefer": "fast"}


@pytest.mark.parametrize(
    ("key", "owner"),
    [
        ("time_limit", "time_limit"),
        ("memory_per_node", "mem"),
        ("tasks", "ntasks"),
        ("standard_output", "stdout"),
        ("current_working_directory", "working_dir"),
        ("environment", "environment"),
        ("minimum_nodes", "nodes"),
        ("constraints", "constraint"),
        ("kill_warning_signal", "signal"),
        ("ntasks", "ntasks"),
        ("mem", "mem"),
        ("script", "script"),
        ("shared", "exclusive"),
    ],
)
def test_extra_collisions_name_the_field(key: str, owner: str) -> None:
    with pytest.raises(ValidationError, match=f"use JobSpec.{owner} instead"):
        JobSpec(script=SCRIPT, extra={key: 1})


@pytest.mark.parametrize("extra", [{"": 1}, {1: "x"}, ["a"]])
def test_extra_invalid(extra: Any) -> None:
    with pytest.raises(ValidationError, match="extra"):
        JobSpec(script=SCRIPT, extra=extra)


# ------------------------------------------------------------------------------------- with_changes
def test_with_changes_revalidates() -> None:
    spec = JobSpec(script=SCRIPT, time_limit="1:00:00", mem="1G", dependency=Dependency.afterok(3))
    changed = spec.with_changes(time_limit="2:00:00")
    assert (changed.time_limit_minutes, changed.mem_mb, changed.dependency) == (120, 1024, "afterok:3")
    assert spec.time_limit_minutes == 60
    with pytest.raises(ValidationError, match="mem_per_cpu"):
        spec.with_changes(mem_per_cpu="1G")
    with pytest.raises(TypeError):
        spec.with_changes(bogus=1)


def test_unknown_keyword_is_type_error() -> None:
    with pytest.raises(TypeError):
        JobSpec(script=SCRIPT, walltime="1:00")  # type: ignore[call-arg]


# ------------------------------------------------------------------------------------- from_options
def test_from_options_maps_sbatch_names() -> None:
    spec = JobSpec.from_options(
        SCRIPT,
        {
            "job-name": "train",
            "--time": "1-00:00",
            "nodes": "2-4",
            "ntasks": "8",
            "ntasks-per-node": 2,
            "cpus_per_task": "4",
            "mem": "8G",
            "gpus": "a100:2",
            "gres": "gpu:2",
            "constraint": "ib",
            "exclusive": True,
            "array": "0-9%2",
            "dependency": "afterok:5",
            "chdir": "/work",
            "output": "o-%j",
            "error": "e-%j",
            "partition": "gpu",
            "account": "proj",
            "qos": "high",
            "requeue": "no",
            "signal": "B:USR1",
            "comment": "c",
            "hold": "yes",
            "nice": "10",
            "export": "A=1,B=x=y",
            "kill-on-invalid-dep": "yes",
            "tres-per-task": "cpu:2",
        },
    )
    assert spec.name == "train"
    assert spec.time_limit_minutes == 1440
    assert (spec.nodes_min, spec.nodes_max, spec.ntasks, spec.ntasks_per_node, spec.cpus_per_task) == (2, 4, 8, 2, 4)
    assert (spec.mem_mb, spec.gpus, spec.gres, spec.constraint, spec.exclusive) == (8192, "a100:2", "gpu:2", "ib", True)
    assert (spec.array, spec.dependency, spec.working_dir, spec.stdout, spec.stderr) == (
        "0-9%2",
        "afterok:5",
        "/work",
        "o-%j",
        "e-%j",
    )
    assert (spec.partition, spec.account, spec.qos, spec.requeue, spec.hold, spec.nice) == (
        "gpu",
        "proj",
        "high",
        False,
        True,
        10,
    )
    assert spec.signal_spec == SignalSpec(number=10, name="USR1", batch_only=True)
    assert dict(spec.environment or {}) == {"A": "1", "B": "x=y"}
    assert (spec.comment, spec.kill_on_invalid_dependency, spec.tres_per_task) == ("c", True, "cpu:2")


def test_from_options_field_names_and_none() -> None:
    spec = JobSpec.from_options(
        SCRIPT,
        {
            "time_limit": 30,
            "working_dir": "/x",
            "mem_per_cpu": "1G",
            "partition": None,
            "no-requeue": True,
            "export": "NONE",
        },
    )
    assert (spec.time_limit_minutes, spec.working_dir, spec.mem_per_cpu_mb) == (30, "/x", 1024)
    assert (spec.partition, spec.requeue, spec.environment) == (None, False, {})


def test_from_options_unknown_names_with_suggestions() -> None:
    with pytest.raises(ValidationError) as info:
        JobSpec.from_options(SCRIPT, {"tme": "10", "--job-nme": "x", "cpus-per-tsk": 2, "zzzzzz": 1})
    message = str(info.value)
    assert "'tme' (did you mean 'time'?)" in message
    assert "'--job-nme' (did you mean 'job-name'?)" in message
    assert "'cpus-per-tsk' (did you mean 'cpus-per-task'?)" in message
    assert "'zzzzzz'" in message and "'zzzzzz' (" not in message


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"time": "10", "time_limit": "20"}, "both set time_limit"),
        ({"requeue": True, "no-requeue": True}, "both set requeue"),
        ({"ntasks": "four"}, "'ntasks' needs an integer"),
        ({"exclusive": "user"}, "'exclusive' needs a boolean"),
        ({"export": "ALL"}, "ALL is not supported"),
        ({"export": "A=1,B"}, "NAME=value"),
        ({"time": "1:2:3:4"}, "time_limit"),
        ({"script": "#!/bin/sh"}, "unknown sbatch option"),
    ],
)
def test_from_options_errors(options: dict[str, Any], match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        JobSpec.from_options(SCRIPT, options)


@pytest.mark.parametrize(
    ("fields", "label"),
    [
        ({"job_id": 7}, "job 7"),
        ({"job_id": 7, "array_job_id": 7, "array_task_id": 3}, "job 7_3"),
        ({"job_id": 9, "array_job_id": 7, "array_task_id": 0}, "job 7_0 (9)"),
        ({"job_id": 7, "array_job_id": 7, "array_task_string": "1-3%1"}, "job 7_[1-3%1]"),
    ],
)
def test_job_line_names_array_tasks_as_slurm_does(fields: dict[str, Any], label: str) -> None:
    line = job_line(JobInfo(state=JobState.CANCELLED, **fields))
    assert line == f"{label}, CANCELLED"


def test_remaining_time_never_goes_negative() -> None:
    assert _watching.remaining(None) is None and _watching.deadline(None) is None
    assert 9 < (_watching.remaining(_watching.deadline(10)) or 0) <= 10
    assert _watching.remaining(_watching.deadline(-5)) == 0.0


def test_node_names_expand_the_host_list_and_an_unreadable_one_gives_none() -> None:
    assert JobInfo(job_id=1, state=JobState.RUNNING, nodes="n[1-2],x7").node_names == ("n1", "n2", "x7")
    assert JobInfo(job_id=1, state=JobState.RUNNING, nodes="['n1']").node_names == ()
    assert JobInfo(job_id=1, state=JobState.PENDING).node_names == ()
