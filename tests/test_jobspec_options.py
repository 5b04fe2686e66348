"""The sbatch options added to JobSpec with ``_job_options``: validation, normalisation, and the body each API family
is sent (checked against the generated request models, like tests/test_adapters.py)."""

from __future__ import annotations

import importlib
import time
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from slurm_rest import JobSpec, ValidationError, _job_options
from slurm_rest._adapters import SUPPORTED, adapter_for
from slurm_rest._adapters._legacy import BEYOND_SPEC
from slurm_rest._cli_parser import SUBMIT_OPTIONS, build_parser

SCRIPT = "#!/bin/sh\ntrue\n"
NOW = datetime(2026, 12, 2, 18, 30, 15)  # local time, frozen below
EVERYTHING: dict[str, Any] = {
    "mail_type": "begin,END",
    "mail_user": "bob@example.org",
    "reservation": "rest-test",
    "nodelist": "n[1-2]",
    "exclude": "n3",
    "licenses": "matlab:2",
    "time_min": "1:30:00",
    "open_mode": "append",
    "wckey": "proj1",
    "no_kill": True,
    "mincpus": 4,
    "tmp": "2G",
    "threads_per_core": 1,
    "begin": "2030-03-17T17:46:40",
    "deadline": "2031-01-02",
}


@pytest.fixture
def frozen_now(monkeypatch: pytest.MonkeyPatch) -> datetime:
    class Frozen(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Frozen:
            return cls.fromtimestamp(NOW.timestamp(), tz)

    monkeypatch.setattr(_job_options, "datetime", Frozen)
    monkeypatch.setattr(time, "time", lambda: NOW.timestamp())
    return NOW


def _body(version: str, **fields: Any) -> dict[str, Any]:
    job: dict[str, Any] = (
        adapter_for(version)
        .submit(JobSpec(script=SCRIPT, **fields), tag="f" * 32, default_env={"PATH": "/bin"})
        .json["job"]
    )
    return job


def _epoch(*args: int) -> int:
    return int(datetime(*args).timestamp())  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------ bodies
BODIES = {
    "everything": EVERYTHING,
    "all": {"mail_type": "ALL", "open_mode": "t", "begin": "now"},
    "overcommit": {"overcommit": True, "ntasks": 4},
}


@pytest.mark.parametrize(
    ("version", "case"), [(v, c) for v in SUPPORTED for c in BODIES if not (v == "v0.0.38" and c == "overcommit")]
)  # refused there
def test_body_is_the_generated_models_serialization(version: str, case: str) -> None:
    _check_serialization(version, BODIES[case])


def _check_serialization(version: str, fields: dict[str, Any]) -> None:
    """The adapter's body is exactly what the version's generated model serializes to, declaring every field."""
    call = adapter_for(version).submit(JobSpec(script=SCRIPT, **fields), tag="f" * 32, default_env={"PATH": "/bin"})
    models = importlib.import_module(f"generated_client.{version.replace('.', '_')}.models")
    name = "V0038JobSubmission" if version == "v0.0.38" else f"V{version[1:].replace('.', '')}JobSubmitReq"
    model = getattr(models, name).from_dict(call.json)
    assert model.to_dict() == call.json
    undeclared = set(model.job.additional_properties) - (BEYOND_SPEC if version == "v0.0.38" else set())
    assert not undeclared, f"undeclared job fields: {sorted(undeclared)}"


def test_v0038_body_is_read_as_sbatch_options() -> None:
    job = _body("v0.0.38", **EVERYTHING)
    assert {
        k: job[k]
        for k in EVERYTHING.keys()
        - {"no_kill", "begin", "nodelist", "exclude", "time_min", "mincpus", "tmp", "deadline"}
    } == {
        "mail_type": "BEGIN,END",
        "mail_user": "bob@example.org",
        "reservation": "rest-test",
        "licenses": "matlab:2",
        "open_mode": "append",
        "wckey": "proj1",
        "threads_per_core": 1,
    }
    assert (job["nodelist"], job["exclude_nodes"], job["time_minimum"]) == ("n[1-2]", "n3", 90)
    assert (job["minimum_cpus_per_node"], job["temporary_disk_per_node"], job["no_kill"]) == (4, 2048, "set")
    assert job["begin_time"] == f"uts{_epoch(2030, 3, 17, 17, 46, 40)}"  # a plain number is refused there
    assert job["deadline"] == f"uts{_epoch(2031, 1, 2)}"
    assert job["environment"]["SLURM_THREADS_PER_CORE"] == "1"
    assert job["tasks"] == 2  # threads-per-core x the node list's 2 nodes, as sbatch asks


@pytest.mark.parametrize("version", [v for v in SUPPORTED if v != "v0.0.38"])
def test_v004x_body_uses_flag_lists_and_numbers(version: str) -> None:
    job = _body(version, **EVERYTHING, overcommit=True)
    number = {"set": True, "infinite": False, "number": 0}
    assert job["mail_type"] == ["BEGIN", "END"]
    assert (job["required_nodes"], job["excluded_nodes"]) == (["n[1-2]"], ["n3"])
    assert (job["open_mode"], job["kill_on_node_fail"], job["overcommit"]) == (["APPEND"], False, True)
    assert job["time_minimum"] == {**number, "number": 90}
    assert job["begin_time"] == {**number, "number": _epoch(2030, 3, 17, 17, 46, 40)}
    assert job["deadline"] == _epoch(2031, 1, 2)
    assert (job["minimum_cpus_per_node"], job["temporary_disk_per_node"], job["threads_per_core"]) == (4, 2048, 1)
    assert (job["licenses"], job["reservation"], job["wckey"], job["mail_user"]) == (
        "matlab:2",
        "rest-test",
        "proj1",
        "bob@example.org",
    )
    assert "SLURM_THREADS_PER_CORE=1" in job["environment"]


def test_mail_types_map_to_v004x_flags() -> None:
    job = _body("v0.0.45", mail_type="time_limit,TIME_LIMIT_90,time_limit_80,TIME_LIMIT_50,ARRAY_TASKS,all")
    assert job["mail_type"] == [
        "BEGIN",
        "END",
        "FAIL",
        "REQUEUE",
        "INVALID_DEPENDENCY",
        "STAGE_OUT",
        "TIME=100%",
        "TIME=90%",
        "TIME=80%",
        "TIME=50%",
        "ARRAY_TASKS",
    ]


def test_unset_options_send_nothing() -> None:
    for version in SUPPORTED:
        job = _body(version, no_kill=False, overcommit=False, mail_type="NONE")
        assert not job.keys() & {"mail_type", "kill_on_node_fail", "no_kill", "overcommit", "begin_time"}


def test_overcommit_is_refused_on_v0038_before_sending() -> None:
    with pytest.raises(ValidationError, match=r"overcommit needs API v0\.0\.40 or newer"):
        adapter_for("v0.0.38").submit(JobSpec(script=SCRIPT, overcommit=True), tag="t", default_env={})


@pytest.mark.parametrize(
    ("fields", "tasks"),
    [
        ({"threads_per_core": 2, "nodes": 3}, 6),
        ({"threads_per_core": 2, "nodelist": "n[1-3],n1"}, 6),
        ({"threads_per_core": 2, "nodes": "2-3"}, None),
        ({"threads_per_core": 2, "nodes": 2, "ntasks_per_node": 3}, 6),
        ({"threads_per_core": 2, "ntasks": 5, "nodes": 2}, 5),
        ({"threads_per_core": 2}, None),
    ],
)
def test_threads_per_core_sets_the_task_count_as_sbatch(fields: dict[str, Any], tasks: int | None) -> None:
    assert JobSpec(script=SCRIPT, **fields).task_count == tasks


# ----------------------------------------------------------------------------------- normalisation
@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("END", ("END",)),
        ("end,Begin", ("BEGIN", "END")),
        (["fail", "END"], ("END", "FAIL")),
        ("ALL", ("BEGIN", "END", "FAIL", "REQUEUE", "INVALID_DEPEND", "STAGE_OUT")),
        ("NONE", None),
        ("BEGIN,none", None),
        ("none,BEGIN", None),
    ],
)
def test_mail_type_is_normalised(given: Any, kept: tuple[str, ...] | None) -> None:
    assert JobSpec(script=SCRIPT, mail_type=given).mail_type == kept


@pytest.mark.parametrize(
    ("given", "mode"), [("append", "append"), ("TRUNCATE", "truncate"), ("a", "append"), (" t ", "truncate")]
)
def test_open_mode_words(given: str, mode: str) -> None:
    assert JobSpec(script=SCRIPT, open_mode=given).open_mode == mode


def test_sizes_and_times_are_derived() -> None:
    spec = JobSpec(script=SCRIPT, time_min=timedelta(minutes=45), tmp=512)
    assert (spec.time_min_minutes, spec.tmp_mb) == (45, 512)
    assert JobSpec(script=SCRIPT, time_min="1-00:00:00", tmp="100K").time_min_minutes == 1440
    assert JobSpec(script=SCRIPT, tmp="100K").tmp_mb == 1


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("now", NOW),
        ("now+90", datetime(2026, 12, 2, 18, 31, 45)),
        ("NOW + 2 hours", datetime(2026, 12, 2, 20, 30, 15)),
        ("now+1minute", datetime(2026, 12, 2, 18, 31, 15)),
        ("now+3days", datetime(2026, 12, 5, 18, 30, 15)),
        ("now+1week", datetime(2026, 12, 9, 18, 30, 15)),
        ("now+5seconds", datetime(2026, 12, 2, 18, 30, 20)),
        ("2030-03-17", datetime(2030, 3, 17)),
        ("2030-3-7T09:05", datetime(2030, 3, 7, 9, 5)),
        ("2030-03-17T17:46:40", datetime(2030, 3, 17, 17, 46, 40)),
        ("19:00", datetime(2026, 12, 2, 19, 0)),
        ("18:31:05", datetime(2026, 12, 2, 18, 31, 5)),
        ("18:30:59", datetime(2026, 12, 3, 18, 30, 59)),  # this minute has begun: sbatch takes tomorrow's
        ("9:15", datetime(2026, 12, 3, 9, 15)),
    ],
)
def test_begin_forms(frozen_now: datetime, given: str, expected: datetime) -> None:
    assert JobSpec(script=SCRIPT, begin=given).begin_time == int(expected.timestamp())


def test_begin_and_deadline_take_datetimes() -> None:
    aware = datetime(2030, 1, 1, 12, tzinfo=timezone.utc)
    spec = JobSpec(script=SCRIPT, begin=aware, deadline=datetime(2031, 1, 1))
    assert (spec.begin_time, spec.deadline_time) == (int(aware.timestamp()), _epoch(2031, 1, 1))


# ------------------------------------------------------------------------------------- bad input
@pytest.mark.parametrize(
    ("fields", "match"),
    [
        ({"mail_type": "BEGIN,SOMETIMES"}, "mail_type: unknown type.*'SOMETIMES'"),
        ({"mail_type": ""}, "mail_type"),
        ({"mail_type": 3}, "mail_type"),
        ({"mail_user": "a b"}, "mail_user must not contain whitespace"),
        ({"reservation": ""}, "reservation must not be empty"),
        ({"wckey": "a\nb"}, "wckey must be a single line"),
        ({"nodelist": "n[1-"}, "nodelist: host list"),
        ({"nodelist": "/home/alice/hosts"}, "nodelist .*read by sbatch"),
        ({"exclude": "n[3-1]"}, "exclude: host list"),
        ({"exclude": 3}, "exclude must be a non-empty host list"),
        ({"licenses": "matlab:0"}, "licenses 'matlab:0'"),
        ({"licenses": "matlab:two"}, "licenses"),
        ({"licenses": "a b"}, "licenses must not contain whitespace"),
        ({"licenses": "a,,b"}, "licenses"),
        ({"time_min": "soon"}, "time_min 'soon' is not a Slurm time"),
        ({"time_min": "UNLIMITED"}, "time_min must be a finite time"),
        ({"time_min": 0}, "time_min must be positive"),
        ({"open_mode": "keep"}, "open_mode must be 'append' or 'truncate'"),
        ({"no_kill": "yes"}, "no_kill must be True or False"),
        ({"overcommit": None}, "overcommit must be True or False"),
        ({"mincpus": 0}, "mincpus must be an int >= 1"),
        ({"threads_per_core": "2"}, "threads_per_core must be an int"),
        ({"tmp": "2X"}, "tmp must be megabytes"),
        ({"tmp": -1}, "tmp must not be negative"),
        ({"begin": "teatime"}, "begin must be a datetime, .*now or now\\+N"),
        ({"begin": "now+1h"}, "begin must be"),
        ({"begin": 1900000000}, "begin must be"),
        ({"begin": "2030-02-30"}, "begin '2030-02-30' is not a valid time"),
        ({"begin": "24:00"}, "begin '24:00' is not a valid time"),
        ({"deadline": "now+1hour"}, "deadline must be a datetime"),
        ({"begin": "2031-01-01", "deadline": "2030-01-01"}, "deadline .* is before begin"),
    ],
)
def test_invalid_options_name_the_field_and_value(fields: dict[str, Any], match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        JobSpec(script=SCRIPT, **fields)


@pytest.mark.parametrize(
    ("key", "owner"),
    [
        ("mail_type", "mail_type"),
        ("required_nodes", "nodelist"),
        ("nodelist", "nodelist"),
        ("exclude_nodes", "exclude"),
        ("excluded_nodes", "exclude"),
        ("time_minimum", "time_min"),
        ("kill_on_node_fail", "no_kill"),
        ("minimum_cpus_per_node", "mincpus"),
        ("temporary_disk_per_node", "tmp"),
        ("begin_time", "begin"),
        ("deadline", "deadline"),
        ("licenses", "licenses"),
        ("open_mode", "open_mode"),
        ("overcommit", "overcommit"),
    ],
)
def test_extra_cannot_set_what_a_field_manages(key: str, owner: str) -> None:
    with pytest.raises(ValidationError, match=f"use JobSpec.{owner} instead"):
        JobSpec(script=SCRIPT, extra={key: 1})


# ------------------------------------------------------------------------------- sbatch names, CLI
def test_sbatch_option_names_reach_the_fields() -> None:
    spec = JobSpec.from_options(
        SCRIPT,
        {
            "--mail-type": "END",
            "mail-user": "bob",
            "reservation": "r",
            "nodelist": "n1",
            "exclude": "n2",
            "licenses": "matlab",
            "time-min": "10",
            "open-mode": "truncate",
            "wckey": "w",
            "no-kill": "set",
            "overcommit": "",
            "mincpus": "2",
            "tmp": "1G",
            "threads-per-core": "1",
            "begin": "2030-01-01",
            "deadline": "2030-01-02",
        },
    )
    assert (spec.mail_type, spec.no_kill, spec.overcommit, spec.mincpus, spec.threads_per_core, spec.tmp_mb) == (
        ("END",),
        True,
        True,
        2,
        1,
        1024,
    )
    assert JobSpec.from_options(SCRIPT, {"no-kill": "off"}).no_kill is False
    with pytest.raises(ValidationError, match="'--no-kill' needs a boolean"):
        JobSpec.from_options(SCRIPT, {"--no-kill": "maybe"})


def test_cli_flags_are_sbatchs() -> None:
    flags = {name: names for names, name, _kwargs in SUBMIT_OPTIONS}
    for name, short in (
        ("nodelist", "-w"),
        ("exclude", "-x"),
        ("licenses", "-L"),
        ("begin", "-b"),
        ("no-kill", "-k"),
        ("overcommit", "-O"),
    ):
        assert flags[name] == (short, f"--{name}")
    for name in (
        "mail-type",
        "mail-user",
        "reservation",
        "time-min",
        "open-mode",
        "wckey",
        "mincpus",
        "tmp",
        "threads-per-core",
        "deadline",
    ):
        assert flags[name] == (f"--{name}",)
    args = build_parser().parse_args(["submit", "job.sh", "-w", "n1", "-k", "-O", "-b", "now+60", "-L", "m:1"])
    assert {k: v for k, v in vars(args).items() if k.startswith("opt:") and v is not None} == {
        "opt:nodelist": "n1",
        "opt:no-kill": True,
        "opt:overcommit": True,
        "opt:begin": "now+60",
        "opt:licenses": "m:1",
    }


# ---------------------------------------------------------------------------------------- GPU companions
@pytest.mark.parametrize(
    ("fields", "tres", "bind"),
    [
        ({"gpus_per_task": 1}, "gres/gpu=1", "gres/gpu:per_task:1"),
        ({"gpus_per_task": "2", "cpus_per_task": 2}, "cpu=2,gres/gpu=2", "gres/gpu:per_task:2"),  # sbatch's order
        (
            {"gpus_per_task": "a100:2", "tres_per_task": "gres/shard:3"},
            "gres/gpu:a100=2,gres/shard:3",
            "gres/gpu:per_task:2+gres/shard:per_task:3",
        ),
        ({"tres_per_task": "gres/gpu:1"}, "gres/gpu:1", "gres/gpu:per_task:1"),
        ({"tres_per_task": "license/matlab=1"}, "license/matlab=1", None),
    ],
)
def test_v004x_gpus_per_task_is_a_tres_per_task_with_its_binding(
    fields: dict[str, Any], tres: str, bind: str | None
) -> None:
    job = _body("v0.0.42", **fields)
    assert (job["tres_per_task"], job.get("tres_bind")) == (tres, bind)


def test_gpu_companions_per_family() -> None:
    fields = {"gpus": 2, "gpus_per_task": 1, "ntasks": 2, "cpus_per_gpu": 3, "mem_per_gpu": "1G"}
    old = _body("v0.0.38", **fields)
    assert (old["gpus_per_task"], old["cpus_per_gpu"], old["memory_per_gpu"]) == ("1", "3", 1024)
    assert not old.keys() & {"tres_per_task", "tres_bind", "cpus_per_tres", "memory_per_tres"}
    new = _body("v0.0.45", **fields)
    assert (new["cpus_per_tres"], new["memory_per_tres"], new["tres_per_job"]) == (
        "gres/gpu:3",
        "gres/gpu:1024",
        "gres/gpu:2",
    )
    for version in SUPPORTED:
        _check_serialization(version, fields)


@pytest.mark.parametrize(
    ("fields", "match"),
    [
        ({"gpus_per_task": 0}, "gpus_per_task must be a count >= 1"),
        ({"gpus_per_task": "a100:"}, "gpus_per_task"),
        ({"cpus_per_gpu": 0}, "cpus_per_gpu must be an int >= 1"),
        ({"mem_per_gpu": "1X"}, "mem_per_gpu must be megabytes"),
        ({"mem_per_gpu": 0}, "mem_per_gpu must be at least 1 MB"),
        ({"mem_per_gpu": "1G", "mem": "2G"}, "excludes mem"),
        ({"mem_per_gpu": "1G", "mem_per_cpu": 10}, "excludes mem and mem_per_cpu"),
        ({"cpus_per_gpu": 2, "cpus_per_task": 2}, "cpus_per_gpu .* and cpus_per_task .* exclude each other"),
        ({"gpus_per_task": 1, "tres_per_task": "gres/gpu:1"}, "gpus_per_task and a gres/gpu in tres_per_task"),
    ],
)
def test_invalid_gpu_companions(fields: dict[str, Any], match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        JobSpec(script=SCRIPT, **fields)


def test_gpu_companions_by_sbatch_names_and_flags() -> None:
    spec = JobSpec.from_options(SCRIPT, {"gpus-per-task": "a100:1", "cpus-per-gpu": "4", "mem-per-gpu": "2G"})
    assert (spec.gpus_per_task, spec.cpus_per_gpu, spec.mem_per_gpu_mb) == ("a100:1", 4, 2048)
    flags = {name: names for names, name, _kwargs in SUBMIT_OPTIONS}
    assert [flags[n] for n in ("gpus-per-task", "cpus-per-gpu", "mem-per-gpu")] == [
        ("--gpus-per-task",),
        ("--cpus-per-gpu",),
        ("--mem-per-gpu",),
    ]
    for key, owner in (
        ("gpus_per_task", "gpus_per_task"),
        ("cpus_per_tres", "cpus_per_gpu"),
        ("memory_per_tres", "mem_per_gpu"),
        ("memory_per_gpu", "mem_per_gpu"),
    ):
        with pytest.raises(ValidationError, match=f"use JobSpec.{owner} instead"):
            JobSpec(script=SCRIPT, extra={key: 1})
