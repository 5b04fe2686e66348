"""Turn a task's script template and inputs into the batch script Slurm runs.

``{inputs.x}`` becomes the input's value shell-quoted (so no input can inject a command) and
``{outputs.y}`` the quoted path where the job must write output ``y``. Nothing else in the
template is touched: ``${HOME}``, ``$(cmd)`` and braces in awk programs stay as written.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Mapping, Sequence

from slurm_rest import ValidationError

from ._constants import JOB_ID_FILE

__all__ = ["compose", "private_work", "record_job_id", "render", "wrapper_for_script"]

_PLACEHOLDER = re.compile(r"\{(inputs|outputs)\.([A-Za-z_][A-Za-z0-9_]*)\}")


def render(template: str, inputs: Mapping[str, str], outputs: Mapping[str, str], *, quote: bool = True) -> str:
    """Substitute placeholders (quoted unless ``quote=False``); an unknown name is an error, not a blank."""

    def sub(match: re.Match[str]) -> str:
        kind, name = match.groups()
        table = inputs if kind == "inputs" else outputs
        if name not in table:
            raise ValidationError(
                f"the script refers to {{{kind}.{name}}}, but the task has no {kind[:-1]} {name!r}"
                f" (it has: {', '.join(sorted(table)) or 'none'})"
            )
        return shlex.quote(table[name]) if quote else table[name]

    return _PLACEHOLDER.sub(sub, template)


def private_work(root: str, work_dir: str, *, log: str | None = None) -> list[str]:
    """Script lines that make ``work_dir`` inside the user's private ``root`` and go there.

    The root is made 0700 and must be the job user's own directory: a symbolic link, or a directory someone
    else made (another user's, or one planted in a shared /tmp), ends the job with exit 97 before anything is
    written. Slurm opens a job's output before the script runs, so with ``log`` the script sends its own
    output there once the directory exists (Slurm's goes to /dev/null). The job then writes its id there
    (``JOB_ID_FILE``): a replayed create finds it (``_lifecycle.Begun.earlier_job``).
    """
    r, d = shlex.quote(root), shlex.quote(work_dir)
    lines = [
        f"(umask 077 && mkdir -p -- {r}) 2>/dev/null",
        f"if [ -L {r} ] || [ ! -d {r} ] || [ ! -O {r} ]; then",
        f'  echo "slurm-rest: refusing {root}: not a directory of $(id -un)\'s own" >&2; exit 97',
        "fi",
        f"chmod 700 {r} && (umask 077 && mkdir -p -- {d}) || exit 97",
    ]
    if log is not None:
        lines.append(f"exec >>{shlex.quote(log)} 2>&1")
    return [*lines, f"cd {d} || exit 97", record_job_id(work_dir)]


def record_job_id(work_dir: str) -> str:
    """The script line by which a job records its id in its work directory, for a replayed create
    (``_lifecycle.Begun.earlier_job``)."""
    return f'printf "%s\\n" "$SLURM_JOB_ID" >{shlex.quote(f"{work_dir}/{JOB_ID_FILE}")}'


def compose(
    body: str,
    *,
    prerun: Sequence[str] = (),
    postrun: Sequence[str] = (),
    make_dirs: Sequence[str] = (),
    setup: Sequence[str] = (),
) -> str:
    """A complete batch script: shebang, ``setup`` (the work directory), output dirs, prerun, the body, postrun.

    With postrun commands the body runs in a subshell and its exit status is kept, so a
    postrun step can neither hide a failure nor turn success into one; postrun runs in a
    subshell of its own with ``set +e``, so an ``exit`` or a failure there (even under a
    prerun ``set -e``) cannot replace the body's status.
    """
    shebang, rest = ([*body.split("\n", 1), ""])[:2] if body.startswith("#!") else ("#!/bin/bash", body)
    lines = [shebang, *setup]
    lines += [f"mkdir -p {' '.join(shlex.quote(d) for d in make_dirs)}"] if make_dirs else []
    lines += list(prerun)
    if postrun:
        lines += [
            "(",
            rest.rstrip("\n"),
            ")",
            "__slurm_rest_rc=$?",
            "set +e",
            "(",
            *postrun,
            ")",
            "exit $__slurm_rest_rc",
        ]
    else:
        lines.append(rest.rstrip("\n"))
    return "\n".join(lines) + "\n"


def wrapper_for_script(path: str, args: Sequence[str], inputs: Mapping[str, str], outputs: Mapping[str, str]) -> str:
    """The body that runs an existing batch script on the cluster; each argument stays one word."""
    words = [shlex.quote(path), *(shlex.quote(render(a, inputs, outputs, quote=False)) for a in args)]
    return "#!/bin/bash\nbash " + " ".join(words) + "\n"
