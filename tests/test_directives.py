"""#SBATCH lines read as sbatch reads them (each row checked against sbatch 22.05/26.05 by hand, and the
job records compared live in tests/live/test_directives.py), options over them, errors naming the line."""

from __future__ import annotations

import pytest

from slurm_rest import JobSpec, ValidationError, read_directives


def spec(header: str, options: dict[str, object] | None = None) -> JobSpec:
    return JobSpec.from_script(f"#!/bin/bash\n{header}hostname\n", options)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("#SBATCH --job-name=a\n", {"name": "a"}),
        ("#SBATCH --job-name a\n", {"name": "a"}),
        ("#SBATCH -J a\n", {"name": "a"}),
        ("#SBATCH -Ja\n", {"name": "a"}),
        ("#SBATCH --job=a\n", {"name": "a"}),  # an unambiguous prefix, as getopt_long
        ("#SBATCH--job-name=a\n", {"name": "a"}),  # sbatch needs no blank after the magic word
        ("#SBATCH\t-J\ta\n", {"name": "a"}),
        ("#SBATCH -J a -t 5 -n2 --part=low\n", {"name": "a", "time_limit": "5", "ntasks": 2, "partition": "low"}),
        ('#SBATCH --comment="two words" -J x\n', {"comment": "two words", "name": "x"}),
        ("#SBATCH --comment='two words'\n", {"comment": "two words"}),
        ("#SBATCH --comment=two\\ words\n", {"comment": "two words"}),
        ("#SBATCH --comment=a#b -J x\n", {"comment": "a", "name": None}),  # an unquoted '#' ends the line
        ('#SBATCH --comment="a#b"\n', {"comment": "a#b"}),
        ("#SBATCH -J a # -t 5\n", {"name": "a", "time_limit": None}),
        ("#SBATCH -J a\n#SBATCH -J b\n", {"name": "b"}),  # a later line over an earlier one
        ("# SBATCH -J a\n  #SBATCH -J b\n#sbatch -J c\n", {"name": None}),  # not directives
        ("\n# a comment\n\n#SBATCH -J a\n", {"name": "a"}),  # blank lines and comments do not end the header
        ("#SBATCH -J a\necho\n#SBATCH -J b\n", {"name": "a"}),  # the first command does
        ("#SBATCH -J\n#SBATCH a\n", {"name": "a"}),  # one command line across lines, as sbatch passes them
        ("#SBATCH --nice\n", {"nice": 100}),
        ("#SBATCH --nice=5 -H --exclusive\n", {"nice": 5, "hold": True, "exclusive": True}),
        ("#SBATCH --requeue\n#SBATCH --no-requeue\n", {"requeue": False}),
        ("#SBATCH --parsable -Q -v --wait\n", {"name": None}),  # sbatch's own behaviour: nothing of the job
        ("#PBS -N x\n#SBATCH --ignore-pbs\n", {"name": None}),
        (
            "#SBATCH -N 2-3 --ntasks-per-node 2 -c 4 --mem=1G\n",
            {"nodes": "2-3", "ntasks_per_node": 2, "cpus_per_task": 4, "mem": "1G"},
        ),
        (
            "#SBATCH -o out-%j.txt -e err-%x.txt -D /tmp/w\n",
            {"stdout": "out-%j.txt", "stderr": "err-%x.txt", "working_dir": "/tmp/w"},
        ),
    ],
)
def test_directive_spellings(header: str, expected: dict[str, object]) -> None:
    got = spec(header)
    assert {k: getattr(got, k) for k in expected} == expected


def test_options_given_override_the_script() -> None:
    got = spec("#SBATCH -J script -t 4 --comment=c\n", {"job-name": "cli", "time": None, "comment": "d"})
    assert (got.name, got.time_limit, got.comment) == ("cli", "4", "d")  # None: not given, the script's stays


def test_exclusive_options_across_script_and_command_line_are_refused_as_sbatch_does() -> None:
    # sbatch: "--mem, --mem-per-cpu, and --mem-per-gpu are mutually exclusive" (checked on 22.05 and 26.05)
    with pytest.raises(ValidationError, match=r"mem .* and mem_per_cpu .* exclude each other.*#SBATCH lines"):
        spec("#SBATCH --mem-per-cpu=100\n", {"mem": "300"})


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("#SBATCH foo\n", r"line 2 \('#SBATCH foo'\): 'foo' is not an option"),
        ("#SBATCH --nice 5\n", r"'5' is not an option"),  # an optional value only after '='
        ("#SBATCH --ti=5\n", r"line 2 .*'--ti' is ambiguous: --time, --time-min"),
        ("#SBATCH --frobnicate\n", r"'--frobnicate' is not an sbatch option"),
        ("#SBATCH -Z\n", r"'-Z' is not an sbatch option"),
        ('#SBATCH -J "x y\n', r"line 2 .*unmatched \""),
        ("#SBATCH -J\n", r"option '-J' needs a value"),
        ("#SBATCH --hold=yes\n", r"'--hold' takes no value"),
        ("#SBATCH -J a\n#SBATCH hetjob\n#SBATCH -J b\n", r"line 3 .*heterogeneous jobs"),
        ("#SBATCH packjob\n", r"heterogeneous jobs"),
        ("#PBS -N x\n", r"line 2 \('#PBS -N x'\): sbatch would apply this #PBS"),
        ("#BSUB -J x\n", r"#BSUB"),
        ("#SBATCH --reboot\n", r"line 2 .*--reboot is not supported by slurm-rest"),
        ("#SBATCH --uid=0\n", r"--uid is not supported"),
        ("#SBATCH --test-only\n", r"--test-only is not supported"),
        ("#SBATCH --time=abc\n", r"line 2 \('#SBATCH --time=abc'\): time_limit 'abc' is not a Slurm time"),
        ("#SBATCH -n zero\n", r"line 2 .*needs an integer"),
        ("#SBATCH --comment=\n", r"--comment has an empty value"),
        ("#SBATCH --export=ALL\n", r"ALL is not supported"),
    ],
)
def test_what_sbatch_refuses_or_we_cannot_express_names_the_line(header: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        spec(header)


def test_dos_line_breaks_are_refused_as_sbatch_does() -> None:
    with pytest.raises(ValidationError, match="DOS line breaks"):
        JobSpec.from_script("#!/bin/bash\r\n#SBATCH -J a\r\ntrue\r\n")


def test_directives_list_every_option_with_its_line() -> None:
    found = read_directives("#!/bin/bash\n#SBATCH -J a --wait\n\n#SBATCH --nice\n")
    assert [(d.name, d.value, d.line) for d in found] == [("job-name", "a", 2), ("wait", None, 2), ("nice", None, 4)]
