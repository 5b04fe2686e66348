"""``slurm-rest``: submit, watch and cancel Slurm jobs through slurmrestd from a shell.

    slurm-rest ping
    slurm-rest submit job.sh -J demo -t 10:00 --wait --json
    slurm-rest --container-runtime apptainer submit train.py -n 4 --container docker.io/pytorch/pytorch
    slurm-rest status 123 | wait 123 124 --timeout 600 | cancel 123 | jobs --state RUNNING
    slurm-rest reservations | qos | accounts [--all] | licenses | shares | diag   [--json]
    slurm-rest steps 123 | usage 123   [--json]

Connection settings come from flags or the environment (``ClientConfig.from_env``); exit statuses are
listed in ``--help`` (``_cli_parser.EXIT``). Every failure is one line on stderr, never a traceback, and
never a token. Inputs are checked before anything is sent, so a usage error never reaches slurmrestd.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TextIO, cast

from ._cli_output import (
    Progress,
    Redactor,
    associations_table,
    diag_text,
    document,
    emit,
    job_document,
    job_line,
    jobs_table,
    licenses_table,
    ping_document,
    ping_line,
    qos_table,
    reservations_table,
    shares_table,
    steps_document,
    steps_table,
    usage_document,
    usage_text,
)
from ._cli_parser import EXIT, RUNTIME_ENV, SUBMIT_OPTIONS, build_parser
from ._client import SlurmClient
from ._config import ClientConfig
from ._containers import Container, ContainerRuntime
from ._directives import read_directives
from ._exceptions import (
    APIError,
    AuthError,
    ConfigError,
    SlurmRestError,
    TLSError,
    TransportError,
    UnavailableError,
    UnservedEndpointError,
    UnsupportedVersionError,
    ValidationError,
    WaitTimeout,
)
from ._http import tls_verify
from ._jobspec import JobSpec, parse_signal
from ._models import JobInfo, JobState

__all__ = ["exit_status_for", "main"]

PROG = "slurm-rest"


class _UsageError(Exception):
    """Bad input found by the CLI itself (exit 2, nothing sent)."""


class _Interrupted(Exception):
    """Ctrl-C; the message says what keeps running."""


@dataclass
class _Run:
    """One invocation: parsed arguments, where output goes, and the client once connected."""

    args: argparse.Namespace
    config: ClientConfig
    client: SlurmClient
    stdout: TextIO | None = None  # None: sys.stdout / sys.stderr at the time of writing
    stderr: TextIO | None = None

    @property
    def json(self) -> bool:
        return bool(self.args.json)

    def say(self, text: str) -> None:
        print(text, file=self.stdout or sys.stdout, flush=True)

    def progress(self) -> Progress | None:
        return Progress.for_stream(self.stderr or sys.stderr)


# -- input checks (before any request) ---------------------------------------------------------------------


def _read_script(path: str) -> str:
    try:
        if path == "-":
            return sys.stdin.read()
        with open(path, encoding="utf-8") as f:
            return f.read()
    except OSError as exc:
        raise _UsageError(f"cannot read script {path!r}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise _UsageError(f"script {path!r} is not UTF-8 text") from None


def _job_spec(args: argparse.Namespace) -> JobSpec:
    """The job ``sbatch SCRIPT`` would submit: the script's #SBATCH lines, the options given over them."""
    script = _read_script(args.script)
    args.wait = args.wait or any(d.name == "wait" for d in read_directives(script))  # '#SBATCH --wait' as sbatch
    if args.timeout is not None and not args.wait:
        raise _UsageError("--timeout applies to --wait only")
    options = {name: getattr(args, f"opt:{name}") for _, name, _ in SUBMIT_OPTIONS}
    spec = JobSpec.from_script(script, {name: value for name, value in options.items() if value is not None})
    if not spec.name:  # as sbatch names a job: its script's file name ("sbatch" for a script read from stdin)
        spec = spec.with_changes(name="sbatch" if args.script == "-" else os.path.basename(args.script))
    container = _container(args)
    return spec if container is None else spec.with_changes(container=container)


def _container(args: argparse.Namespace) -> Container | None:
    """``--container`` with its mounts and options; those without an image are a usage error, not ignored."""
    extras = {"--container-mount": args.container_mounts, "--container-option": args.container_options}
    if args.container is None:
        given = [flag for flag, values in extras.items() if values]
        if given:
            raise _UsageError(f"{' and '.join(given)} need{'s' if len(given) == 1 else ''} --container IMAGE")
        return None
    return Container(args.container, mounts=args.container_mounts or (), options=args.container_options or ())


def _container_runtime(args: argparse.Namespace) -> str | None:
    """--container-runtime (argparse checked it), else the environment's, checked here so that the error names
    the variable."""
    flag: str | None = getattr(args, "container_runtime", None)
    if flag is not None:
        return flag
    value = os.environ.get(RUNTIME_ENV) or None
    if value is not None and value not in [r.value for r in ContainerRuntime]:
        raise _UsageError(
            f"{RUNTIME_ENV} must be one of {', '.join(ContainerRuntime)}, got {value!r} (or give --container-runtime)"
        )
    return value


def _states(values: list[str] | None) -> list[JobState] | None:
    if not values:
        return None
    names = [n.strip().upper() for v in values for n in v.split(",") if n.strip()]
    unknown = [n for n in names if JobState.parse(n) is JobState.UNKNOWN]
    if unknown:
        known = ", ".join(s.value for s in JobState if s is not JobState.UNKNOWN)
        raise _UsageError(f"unknown job state(s) {', '.join(unknown)}; use {known}")
    return [JobState.parse(n) for n in names]


def _signal(text: str | None) -> str | None:
    """A signal name (USR1) or number as every API version takes it; sbatch's @delay and B: are refused."""
    if text is None:
        return None
    if "@" in text or ":" in text:
        raise _UsageError(f"--signal {text!r}: give a signal name or number, e.g. USR1 or 10")
    spec = parse_signal(text)
    return spec.name or str(spec.number)


def _config(args: argparse.Namespace) -> ClientConfig:
    try:
        config = ClientConfig.from_env(
            url=getattr(args, "url", None),
            user=getattr(args, "user", None),
            token=getattr(args, "token", None),
            jwt_key=getattr(args, "jwt_key", None),
            api_version=getattr(args, "api_version", None),
            verify=getattr(args, "ca_bundle", None),
            container_runtime=_container_runtime(args),
        )
    except ConfigError as exc:
        raise _UsageError(f"{exc} (on the command line: --url, --user, --token or --jwt-key)") from None
    try:
        tls_verify(config.verify)  # read the CA bundle now: an unreadable one is a usage error
    except ConfigError as exc:
        raise _UsageError(f"{exc} (--ca-bundle or SLURM_REST_CA_BUNDLE)") from None
    return config


# -- commands ----------------------------------------------------------------------------------------------


def _cmd_ping(run: _Run, _prepared: Any) -> int:
    info = run.client.ping()
    if run.json:
        emit(ping_document(run.config.url, info), run.stdout)
    else:
        run.say(ping_line(run.config.url, info))
    if not info.ok:
        down = [host for host, up in info.controllers if not up] or ["no controller listed"]
        # Slurm 23.02+ answers a ping with a rejected token like this too (HTTP 200, not responding).
        print(
            f"{PROG}: controller not responding: {', '.join(down)} (or the token was rejected)",
            file=run.stderr or sys.stderr,
        )
        return EXIT["job_failed"]
    return EXIT["ok"]


def _cmd_submit(run: _Run, spec: JobSpec) -> int:
    if spec.container is not None and run.config.container_runtime is None:
        raise _UsageError(
            f"the job asks for container image {cast(Container, spec.container).image!r}: say how this "
            f"cluster runs images with --container-runtime {{{','.join(ContainerRuntime)}}} or "
            f"{RUNTIME_ENV}"
        )
    job_id = run.client.submit(spec)
    if not run.args.wait:
        if run.json:
            emit({"job_id": job_id}, run.stdout)
        else:
            run.say(f"Submitted batch job {job_id}")
        return EXIT["ok"]
    if not run.json:
        run.say(f"Submitted batch job {job_id}")
    try:
        if spec.array:
            infos = run.client.wait_array(job_id, timeout=run.args.timeout, on_update=run.progress())
        else:
            infos = [run.client.wait(job_id, timeout=run.args.timeout, on_update=run.progress())]
    except KeyboardInterrupt:
        raise _Interrupted(f"stopped waiting; job {job_id} keeps running (cancel it: {PROG} cancel {job_id})") from None
    except WaitTimeout as exc:
        raise WaitTimeout(
            f"job {job_id} still unfinished after {run.args.timeout}s; it keeps running", pending=exc.pending
        ) from None
    return _report(run, infos, one=not spec.array)


def _report(run: _Run, infos: list[JobInfo], *, one: bool = False) -> int:
    """Final records as lines or JSON (``one``: a single document, not a list); the exit status."""
    if run.json:
        emit(job_document(infos[0]) if one else [job_document(i) for i in infos], run.stdout)
    else:
        for info in infos:
            run.say(job_line(info))
    return EXIT["ok"] if all(i.succeeded for i in infos) else EXIT["job_failed"]


def _cmd_status(run: _Run, _prepared: Any) -> int:
    info = run.client.get_job(run.args.job)
    if run.json:
        emit(job_document(info), run.stdout)
    else:
        run.say(job_line(info))
    return EXIT["ok"]


def _cmd_wait(run: _Run, _prepared: Any) -> int:
    """Every job to its end, and every task of an array job (``wait_array``)."""
    try:
        finals = run.client.wait_array(run.args.jobs, timeout=run.args.timeout, on_update=run.progress())
    except KeyboardInterrupt:
        raise _Interrupted("stopped waiting; the jobs keep running") from None
    return _report(run, finals)


def _cmd_cancel(run: _Run, signal: str | None) -> int:
    job: int | str = int(run.args.job) if run.args.job.isdigit() else run.args.job
    done = run.client.cancel(job, signal=signal)
    if run.json:
        emit({"job_id": job, "signal": signal, "done": done, "already_finished": not done}, run.stdout)
    elif not done:
        run.say(f"job {job} had already finished")
    else:
        run.say(f"signal {signal} sent to job {job}" if signal else f"job {job} cancelled")
    return EXIT["ok"]


def _cmd_jobs(run: _Run, states: list[JobState] | None) -> int:
    infos = run.client.jobs(user=run.args.filter_user, name=run.args.name, states=states)
    if run.json:
        emit([job_document(i) for i in infos], run.stdout)
    else:
        run.say(jobs_table(infos))
    return EXIT["ok"]


def _accounts(run: _Run) -> Any:
    user = None if run.args.all else run.config.user
    return run.client.associations(user=user, account=run.args.account)


#: The inventory commands: what each reads, and how it shows it to people (--json: every field, see document).
INVENTORY: dict[str, tuple[Callable[[_Run], Any], Callable[[Any], str]]] = {
    "reservations": (lambda run: run.client.reservations(), reservations_table),
    "qos": (lambda run: run.client.qos(), qos_table),
    "accounts": (_accounts, associations_table),
    "licenses": (lambda run: run.client.licenses(), licenses_table),
    "shares": (lambda run: run.client.shares(), shares_table),
    "diag": (lambda run: run.client.diag(), diag_text),
}


def _cmd_inventory(run: _Run, _prepared: Any) -> int:
    read, show = INVENTORY[run.args.command]
    found = read(run)
    if run.json:
        emit(document(found), run.stdout)
    else:
        run.say(show(found))
    return EXIT["ok"]


def _cmd_steps(run: _Run, _prepared: Any) -> int:
    steps = run.client.steps(run.args.job)
    if run.json:
        emit(steps_document(steps), run.stdout)
    else:
        run.say(steps_table(steps))
    return EXIT["ok"]


def _cmd_usage(run: _Run, _prepared: Any) -> int:
    usage = run.client.usage(run.args.job)
    if run.json:
        emit(usage_document(usage), run.stdout)
    else:
        run.say(usage_text(usage))
    return EXIT["ok"]


Prepare = Callable[[argparse.Namespace], Any]
Command = Callable[[_Run, Any], int]
COMMANDS: dict[str, tuple[Prepare, Command]] = {
    "ping": (lambda args: None, _cmd_ping),
    "submit": (_job_spec, _cmd_submit),
    "status": (lambda args: None, _cmd_status),
    "wait": (lambda args: None, _cmd_wait),
    "cancel": (lambda args: _signal(args.signal), _cmd_cancel),
    "jobs": (lambda args: _states(args.state), _cmd_jobs),
    **{name: (lambda args: None, _cmd_inventory) for name in INVENTORY},
    "steps": (lambda args: None, _cmd_steps),
    "usage": (lambda args: None, _cmd_usage),
}


# -- errors -> one line and an exit status ---------------------------------------------------------------

#: The exit status of each exception class, as ``--help`` lists them (``_cli_parser``); a class not listed
#: takes its nearest listed base class's, and anything else is an internal error.
EXIT_BY_ERROR: dict[type[BaseException], str] = {
    _UsageError: "usage",
    ValidationError: "usage",
    WaitTimeout: "timeout",
    # ConfigError here: a token source failed while connecting
    TransportError: "unreachable",
    AuthError: "unreachable",
    UnavailableError: "unreachable",
    UnsupportedVersionError: "unreachable",
    UnservedEndpointError: "unreachable",
    ConfigError: "unreachable",
    APIError: "refused",
    _Interrupted: "interrupted",
}


def exit_status_for(kind: type[BaseException]) -> int:
    """The exit status for an exception of class ``kind`` (see ``EXIT_BY_ERROR``)."""
    return EXIT[next((EXIT_BY_ERROR[c] for c in kind.__mro__ if c in EXIT_BY_ERROR), "internal")]


def _exit_status(exc: BaseException) -> int:
    return exit_status_for(type(exc))


def _message(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, AuthError):
        return f"authentication failed: {text} (check the token, --jwt-key and --user)"
    if isinstance(exc, TLSError):
        return f"{text}; nothing was sent"
    if isinstance(exc, TransportError):
        return f"cannot reach slurmrestd: {text}"
    if isinstance(exc, (SlurmRestError, _UsageError, _Interrupted)):
        return text
    return f"internal error: {type(exc).__name__}: {text}"


def _secrets(args: argparse.Namespace | None) -> Redactor:
    env = os.environ
    return Redactor([getattr(args, "token", None), env.get("SLURM_JWT"), env.get("SLURM_REST_TOKEN")])


def _run(args: argparse.Namespace) -> int:
    prepare, command = COMMANDS[args.command]
    prepared = prepare(args)  # every input check happens here, before anything is sent
    config = _config(args)
    with SlurmClient(config) as client:
        return command(_Run(args=args, config=config, client=client), prepared)


def main(argv: Sequence[str] | None = None) -> int:
    """_Run one command; returns the exit status (see ``--help``)."""
    parser = build_parser()
    args = parser.parse_args(argv)  # usage errors: argparse prints them and exits 2
    redact = _secrets(args)
    try:
        return _run(args)
    except KeyboardInterrupt:
        exc: BaseException = _Interrupted("interrupted")
    except BrokenPipeError:  # e.g. `slurm-rest jobs | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT["ok"]
    except Exception as caught:
        if os.environ.get("SLURM_REST_DEBUG") and not isinstance(caught, (SlurmRestError, _UsageError)):
            raise
        exc = caught
    status = _exit_status(exc)
    hint = f" (see {PROG} {args.command} --help)" if status == EXIT["usage"] else ""
    print(f"{PROG}: error: {redact(_message(exc))}{hint}", file=sys.stderr, flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
