"""The ``slurm-rest`` command line: options, help texts and exit codes (no I/O beyond argparse's)."""

from __future__ import annotations

import argparse
from typing import Any

from . import __version__
from ._containers import ContainerRuntime

__all__ = ["EXIT", "RUNTIME_ENV", "SUBMIT_OPTIONS", "build_parser"]

#: Where the cluster's container runtime comes from when --container-runtime is not given.
RUNTIME_ENV = "SLURM_REST_CONTAINER_RUNTIME"

#: Exit statuses, shown in ``--help``; scripts can rely on them.
EXIT = {
    "ok": 0,
    "job_failed": 1,
    "usage": 2,
    "unreachable": 3,
    "refused": 4,
    "timeout": 5,
    "internal": 70,
    "interrupted": 130,
}

_EPILOG = """\
exit status:
  0    success (submit --wait, wait: every job COMPLETED)
  1    a job ended without completing (FAILED, CANCELLED, TIMEOUT, OUT_OF_MEMORY, NODE_FAIL ...),
       or ping found a controller not responding
  2    usage error: unknown option, invalid value, missing URL/user/token, unreadable CA bundle;
       nothing was sent (ValidationError, RefusedError)
  3    slurmrestd could not be used: connection, TLS (a refused certificate: nothing was sent), timeout,
       authentication, unavailable, no common API version, or the API version in use lacks the command
       (shares before v0.0.40) or this slurmrestd does not serve its endpoint, or a submit got no answer
       and its job has not appeared (it may still: never resent) (TransportError, TLSError,
       SubmitUnknownError, AuthError, UnavailableError, UnsupportedVersionError, UnservedEndpointError,
       ConfigError)
  4    slurmrestd refused the request: submission refused, job not found, other API error
       (SubmissionError, JobNotFoundError, APIError)
  5    wait --timeout elapsed before the job(s) finished (they keep running) (WaitTimeout)
  70   internal error (a bug in slurm-rest: please report it; also StagingError, RemoteError,
       SlurmRestError)
  130  interrupted

environment (flags win):
  SLURM_REST_URL            slurmrestd base URL, e.g. https://slurm.example.org:6820
  SLURM_REST_USER           the Slurm user jobs run as (default: $USER)
  SLURM_JWT                 a token (e.g. from `scontrol token`); preferred over --token
  SLURM_JWT_KEY             slurmctld's HS256 key file: tokens are minted locally
  SLURM_REST_CONTAINER_RUNTIME  how the cluster runs submit --container images: apptainer, oci or pyxis
  SLURM_REST_TIMEOUT        seconds an answer may take (30); SLURM_REST_LISTING_TIMEOUT: a listing's
  SLURM_REST_TOKEN_FILE, SLURM_REST_TOKEN_COMMAND, SLURM_REST_API_VERSION,
  SLURM_REST_CA_BUNDLE (a CA file for TLS), SLURM_REST_INSECURE=1 (no TLS verification)
"""

#: submit's sbatch-like options: (flags, sbatch long name given to JobSpec.from_options, argparse kwargs).
SUBMIT_OPTIONS: tuple[tuple[tuple[str, ...], str, dict[str, Any]], ...] = (
    (("-J", "--job-name"), "job-name", {"metavar": "NAME"}),
    (
        ("-t", "--time"),
        "time",
        {"metavar": "TIME", "help": "time limit: MIN, MIN:SEC, H:M:S, D-H, D-H:M, D-H:M:S, UNLIMITED"},
    ),
    (("-p", "--partition"), "partition", {"metavar": "PARTITION"}),
    (("-N", "--nodes"), "nodes", {"metavar": "N[-M]"}),
    (("-n", "--ntasks"), "ntasks", {"metavar": "N"}),
    (("--ntasks-per-node",), "ntasks-per-node", {"metavar": "N"}),
    (("-c", "--cpus-per-task"), "cpus-per-task", {"metavar": "N"}),
    (("--mem",), "mem", {"metavar": "SIZE", "help": "memory per node: MB, or with K/M/G/T"}),
    (("--mem-per-cpu",), "mem-per-cpu", {"metavar": "SIZE"}),
    (("-G", "--gpus"), "gpus", {"metavar": "[TYPE:]N"}),
    (("--gpus-per-node",), "gpus-per-node", {"metavar": "[TYPE:]N"}),
    (("-m", "--distribution"), "distribution", {"metavar": "DIST", "help": "block, cyclic, plane=N, ... (srun -m)"}),
    (("--gres",), "gres", {"metavar": "LIST"}),
    (("-a", "--array"), "array", {"metavar": "INDEXES", "help": "e.g. 0-9, 1,3,5-9:2, 0-15%%4"}),
    (("-d", "--dependency"), "dependency", {"metavar": "DEPS", "help": "e.g. afterok:123:124, singleton"}),
    (
        ("-D", "--chdir"),
        "chdir",
        {"metavar": "DIR", "help": "absolute working directory on the cluster (default: /tmp)"},
    ),
    (("-o", "--output"), "output", {"metavar": "PATTERN"}),
    (("-e", "--error"), "error", {"metavar": "PATTERN"}),
    (("-A", "--account"), "account", {"metavar": "ACCOUNT"}),
    (("-q", "--qos"), "qos", {"metavar": "QOS"}),
    (("-C", "--constraint"), "constraint", {"metavar": "LIST"}),
    (("--exclusive",), "exclusive", {"action": "store_const", "const": True}),
    (("-H", "--hold"), "hold", {"action": "store_const", "const": True, "help": "submit held (release it later)"}),
    (("--requeue",), "requeue", {"action": "store_const", "const": True}),
    (("--no-requeue",), "no-requeue", {"action": "store_const", "const": True}),
    (("--signal",), "signal", {"metavar": "[{R|B}:]SIG[@SECONDS]"}),
    (("--comment",), "comment", {"metavar": "TEXT"}),
    (("--nice",), "nice", {"metavar": "N"}),
    (
        ("--export",),
        "export",
        {
            "metavar": "K=V[,K=V...]",
            "help": "the job's whole environment (default: PATH and LANG only; ALL is not possible over REST)",
        },
    ),
    (
        ("--mail-type",),
        "mail-type",
        {
            "metavar": "TYPE[,TYPE...]",
            "help": "NONE, ALL, BEGIN, END, FAIL, REQUEUE, "
            "INVALID_DEPEND, STAGE_OUT, TIME_LIMIT[_90|_80|_50], ARRAY_TASKS",
        },
    ),
    (("--mail-user",), "mail-user", {"metavar": "USER"}),
    (("--reservation",), "reservation", {"metavar": "NAME"}),
    (("-w", "--nodelist"), "nodelist", {"metavar": "HOSTS", "help": "required nodes, e.g. n[1-4],gpu7"}),
    (("-x", "--exclude"), "exclude", {"metavar": "HOSTS", "help": "nodes not to use"}),
    (("-L", "--licenses"), "licenses", {"metavar": "NAME[:N][,...]"}),
    (("--time-min",), "time-min", {"metavar": "TIME", "help": "minimum time limit (same forms as --time)"}),
    (("--open-mode",), "open-mode", {"metavar": "append|truncate"}),
    (("--wckey",), "wckey", {"metavar": "WCKEY"}),
    (
        ("-k", "--no-kill"),
        "no-kill",
        {"action": "store_const", "const": True, "help": "do not kill the job when one of its nodes fails"},
    ),
    (("-O", "--overcommit"), "overcommit", {"action": "store_const", "const": True, "help": "(API v0.0.40+)"}),
    (("--mincpus",), "mincpus", {"metavar": "N"}),
    (("--tmp",), "tmp", {"metavar": "SIZE", "help": "temporary disk per node: MB, or with K/M/G/T"}),
    (("--threads-per-core",), "threads-per-core", {"metavar": "N"}),
    (
        ("-b", "--begin"),
        "begin",
        {"metavar": "TIME", "help": "now[+N[seconds|minutes|hours|days|weeks]], YYYY-MM-DD[THH:MM[:SS]], HH:MM[:SS]"},
    ),
    (("--deadline",), "deadline", {"metavar": "TIME", "help": "YYYY-MM-DD[THH:MM[:SS]], HH:MM[:SS]"}),
    (("--gpus-per-task",), "gpus-per-task", {"metavar": "[TYPE:]N"}),
    (("--cpus-per-gpu",), "cpus-per-gpu", {"metavar": "N"}),
    (("--mem-per-gpu",), "mem-per-gpu", {"metavar": "SIZE"}),
)


def _global_options(*, top: bool, user: bool = True) -> argparse.ArgumentParser:
    """Connection flags, accepted before and after the subcommand (``default=SUPPRESS``: the
    subcommand's copy must not overwrite a value given before it). ``jobs --user`` is a filter, so
    there the connection user goes before the subcommand."""
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("connection (default: the environment, see below)" if top else "connection")
    kw: dict[str, Any] = {"default": argparse.SUPPRESS}
    group.add_argument("--url", metavar="URL", help="slurmrestd base URL [SLURM_REST_URL]", **kw)
    if user:
        group.add_argument("--user", metavar="USER", help="Slurm user the jobs run as [SLURM_REST_USER]", **kw)
    group.add_argument(
        "--token",
        metavar="JWT",
        help="a token [SLURM_JWT]; visible to other local users in the process list: prefer the variable",
        **kw,
    )
    group.add_argument("--jwt-key", metavar="FILE", help="HS256 key file to mint tokens from [SLURM_JWT_KEY]", **kw)
    group.add_argument(
        "--api-version",
        metavar="V",
        help="pin an API version, e.g. v0.0.42 (default: the newest both sides speak)",
        **kw,
    )
    group.add_argument(
        "--ca-bundle",
        metavar="FILE",
        help="CA certificates (PEM) that slurmrestd's TLS certificate must chain to [SLURM_REST_CA_BUNDLE]",
        **kw,
    )
    return parent


def _runtime_option(group: argparse._ArgumentGroup) -> None:
    """``--container-runtime``, before the subcommand or after ``submit`` (``SUPPRESS``: as the connection
    flags, a value given before ``submit`` is not overwritten by the subcommand's default)."""
    group.add_argument(
        "--container-runtime",
        choices=[r.value for r in ContainerRuntime],
        default=argparse.SUPPRESS,
        help=f"how this cluster runs container images (submit --container) [{RUNTIME_ENV}]",
    )


def _container_options(submit: argparse.ArgumentParser) -> None:
    group = submit.add_argument_group(
        "container",
        "the script runs once per task in IMAGE, each task with RANK, "
        "WORLD_SIZE, LOCAL_RANK,\nMASTER_ADDR and MASTER_PORT set (torch.distributed's "
        "env://)",
    )
    group.add_argument(
        "--container",
        metavar="IMAGE",
        help="a registry reference (docker.io/library/python:3.12), a "
        "SIF file (apptainer) or an OCI bundle directory (oci), as the runtime takes it; not sbatch's "
        "--container, which is for OCI bundles only",
    )
    group.add_argument(
        "--container-mount",
        dest="container_mounts",
        action="append",
        metavar="SRC[:DST][:ro]",
        help="bind-mount an absolute path (repeatable; the working directory always is)",
    )
    group.add_argument(
        "--container-option",
        dest="container_options",
        action="append",
        metavar="WORD",
        help="one more argument for the runtime, e.g. --container-option=--nv (repeatable; write it "
        "with '=' when it starts with '-')",
    )
    _runtime_option(group)


def _json_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--json", action="store_true", help="print JSON on stdout")
    return parent


def build_parser() -> argparse.ArgumentParser:
    json_option = _json_option()
    parser = argparse.ArgumentParser(
        prog="slurm-rest",
        parents=[_global_options(top=True)],
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Submit, watch and cancel Slurm jobs through slurmrestd (Slurm 22.05 ... 26.05).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _runtime_option(parser.add_argument_group("cluster"))
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_: str, *, user: bool = True) -> argparse.ArgumentParser:
        parents = [_global_options(top=False, user=user), json_option]
        return sub.add_parser(
            name,
            help=help_,
            description=help_,
            parents=parents,
            epilog=_EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    add("ping", "check that slurmrestd and the controllers answer")

    submit = add("submit", "submit a batch script (sbatch-like options)")
    submit.add_argument(
        "script",
        metavar="SCRIPT",
        help="the batch script, or '-' to read it from stdin; its "
        "#SBATCH lines apply as with sbatch, options over them",
    )
    options = submit.add_argument_group("job options (as sbatch)")
    for flags, name, kwargs in SUBMIT_OPTIONS:
        options.add_argument(*flags, dest=f"opt:{name}", **kwargs)
    _container_options(submit)
    waiting = submit.add_argument_group("waiting")
    waiting.add_argument(
        "-W", "--wait", action="store_true", help="wait for the job to end; exit 0 only if it COMPLETED"
    )
    waiting.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help="with --wait: give up waiting after this long (the job keeps running)",
    )

    status = add("status", "show one job")
    status.add_argument("job", metavar="JOB", type=_job_id, help="job id (or ARRAYID_TASK)")

    wait = add("wait", "wait for jobs to end; exit 0 only if all COMPLETED")
    wait.add_argument("jobs", metavar="JOB", nargs="+", type=_plain_job_id, help="job ids")
    wait.add_argument("--timeout", type=_seconds, metavar="SECONDS", help="give up after this long")

    cancel = add("cancel", "cancel a job, or send it a signal")
    cancel.add_argument("job", metavar="JOB", type=_job_id, help="job id (or ARRAYID_TASK)")
    cancel.add_argument(
        "--signal", "-s", metavar="SIG", help="send this signal (e.g. USR1, SIGTERM, 10) instead of cancelling"
    )

    jobs = add("jobs", "list jobs the controller knows (connection --user goes before 'jobs')", user=False)
    jobs.add_argument("--user", "-u", dest="filter_user", metavar="USER", help="only this user's jobs")
    jobs.add_argument("--name", metavar="NAME", help="only jobs with this name")
    jobs.add_argument(
        "--state",
        "-t",
        metavar="STATE[,STATE...]",
        action="append",
        help="only jobs in these base states (repeatable), e.g. PENDING,RUNNING",
    )

    add("reservations", "list reservations (as scontrol show reservation)")
    add("qos", "list QOS and their limits, from slurmdbd (as sacctmgr show qos)")
    accounts = add(
        "accounts", "the connection user's associations: accounts, partitions, QOS, default QOS (from slurmdbd)"
    )
    accounts.add_argument("--all", action="store_true", help="every user's associations (and the accounts' own)")
    accounts.add_argument("--account", "-A", metavar="ACCOUNT", help="only this account's")
    add("licenses", "list licenses: total, used, free")
    add("shares", "fair-share of every account and user (as sshare -a; API v0.0.40+, Slurm 23.11+)")
    add("diag", "the controller's scheduler statistics (as sdiag)")
    steps = add("steps", "a job's steps from accounting: state, exit, nodes, CPU time, peak memory (as sacct)")
    steps.add_argument("job", metavar="JOB", type=_job_id, help="job id (or ARRAYID_TASK)")
    usage = add("usage", "what a job used against what it was given: CPU and memory efficiency (as seff)")
    usage.add_argument("job", metavar="JOB", type=_job_id, help="job id (or ARRAYID_TASK)")
    return parser


def _job_id(text: str) -> str:
    job, underscore, task = text.strip().partition("_")
    if not (job.isdigit() and int(job) > 0 and (not underscore or task.isdigit())):
        raise argparse.ArgumentTypeError(f"not a job id: {text!r} (expected e.g. 123 or 123_4)")
    return text.strip()


def _plain_job_id(text: str) -> int:
    if not (text.strip().isdigit() and int(text) > 0):
        raise argparse.ArgumentTypeError(f"not a job id: {text!r} (expected a positive number)")
    return int(text)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"not a positive number of seconds: {text!r}")
    return value
