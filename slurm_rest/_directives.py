"""A batch script's ``#SBATCH`` lines, read as sbatch reads them; slurmrestd itself never reads them.

Checked against sbatch on 22.05, 24.11 and 26.05: only lines starting exactly with ``#SBATCH`` count (not
``# SBATCH``, ``#sbatch`` or an indented one); reading stops at the first line that is neither blank nor a
comment; a line holds any number of options, split at blanks, with ``"``/``'`` quoting and ``\\`` escapes
(26.05's rule: 22.05 refuses an escaped blank), and an unquoted ``#`` ends it; the options of all lines
form one command line for getopt_long: ``--name=value`` or ``--name value``, ``-Xvalue`` or ``-X value``,
a long name shortened to an unambiguous prefix, optional values only after ``=``, a later option over an
earlier one. A word that is no option ("Invalid directive"), an unmatched quote, DOS line breaks, and
``hetjob`` separators (sbatch submits a heterogeneous job) are errors here too. sbatch also obeys
``#PBS``/``#BSUB`` lines: they are refused, naming the line, unless ``--ignore-pbs`` is given.

This module knows sbatch's syntax only; which options a JobSpec can express is ``_jobspec``'s business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._exceptions import ValidationError
from ._values import show

__all__ = ["Directive", "header_of", "read_directives"]

NONE, REQUIRED, OPTIONAL = "none", "required", "optional"

# Every sbatch long option of 22.05 ... 26.05 (their --help, and the undocumented ones), its argument and
# its short letter: all of them count when a shortened name is checked for ambiguity, as getopt_long does.
_LONG: dict[str, tuple[str, str | None]] = {
    "account": (REQUIRED, "A"),
    "acctg-freq": (REQUIRED, None),
    "array": (REQUIRED, "a"),
    "batch": (REQUIRED, None),
    "bb": (REQUIRED, None),
    "bbf": (REQUIRED, None),
    "begin": (REQUIRED, "b"),
    "chdir": (REQUIRED, "D"),
    "cluster-constraint": (REQUIRED, None),
    "clusters": (REQUIRED, "M"),
    "comment": (REQUIRED, None),
    "constraint": (REQUIRED, "C"),
    "container": (REQUIRED, None),
    "container-id": (REQUIRED, None),
    "container-type": (REQUIRED, None),
    "contiguous": (NONE, None),
    "core-spec": (REQUIRED, "S"),
    "cores-per-socket": (REQUIRED, None),
    "cpu-freq": (REQUIRED, None),
    "cpus-per-gpu": (REQUIRED, None),
    "cpus-per-task": (REQUIRED, "c"),
    "deadline": (REQUIRED, None),
    "delay-boot": (REQUIRED, None),
    "dependency": (REQUIRED, "d"),
    "distribution": (REQUIRED, "m"),
    "error": (REQUIRED, "e"),
    "exclude": (REQUIRED, "x"),
    "exclusive": (OPTIONAL, None),
    "export": (OPTIONAL, None),
    "export-file": (REQUIRED, None),
    "extra-node-info": (REQUIRED, "B"),
    "get-user-env": (OPTIONAL, None),
    "gid": (REQUIRED, None),
    "gpu-bind": (REQUIRED, None),
    "gpu-freq": (REQUIRED, None),
    "gpus": (REQUIRED, "G"),
    "gpus-per-node": (REQUIRED, None),
    "gpus-per-socket": (REQUIRED, None),
    "gpus-per-task": (REQUIRED, None),
    "gres": (REQUIRED, None),
    "gres-flags": (REQUIRED, None),
    "help": (NONE, "h"),
    "hint": (REQUIRED, None),
    "hold": (NONE, "H"),
    "ignore-pbs": (NONE, None),
    "input": (REQUIRED, "i"),
    "job-name": (REQUIRED, "J"),
    "kill-on-invalid-dep": (REQUIRED, None),
    "licenses": (REQUIRED, "L"),
    "mail-type": (REQUIRED, None),
    "mail-user": (REQUIRED, None),
    "mcs-label": (REQUIRED, None),
    "mem": (REQUIRED, None),
    "mem-bind": (REQUIRED, None),
    "mem-per-cpu": (REQUIRED, None),
    "mem-per-gpu": (REQUIRED, None),
    "mincpus": (REQUIRED, None),
    "network": (REQUIRED, None),
    "nice": (OPTIONAL, None),
    "no-kill": (OPTIONAL, "k"),
    "no-requeue": (NONE, None),
    "nodefile": (REQUIRED, "F"),
    "nodelist": (REQUIRED, "w"),
    "nodes": (REQUIRED, "N"),
    "ntasks": (REQUIRED, "n"),
    "ntasks-per-core": (REQUIRED, None),
    "ntasks-per-gpu": (REQUIRED, None),
    "ntasks-per-node": (REQUIRED, None),
    "ntasks-per-socket": (REQUIRED, None),
    "oom-kill-step": (OPTIONAL, None),
    "open-mode": (REQUIRED, None),
    "output": (REQUIRED, "o"),
    "overcommit": (NONE, "O"),
    "oversubscribe": (NONE, "s"),
    "parsable": (NONE, None),
    "partition": (REQUIRED, "p"),
    "power": (REQUIRED, None),
    "prefer": (REQUIRED, None),
    "priority": (REQUIRED, None),
    "profile": (REQUIRED, None),
    "propagate": (OPTIONAL, None),
    "qos": (REQUIRED, "q"),
    "quiet": (NONE, "Q"),
    "reboot": (NONE, None),
    "requeue": (OPTIONAL, None),
    "reservation": (REQUIRED, None),
    "resv-ports": (OPTIONAL, None),
    "segment": (REQUIRED, None),
    "signal": (REQUIRED, None),
    "sockets-per-node": (REQUIRED, None),
    "spread-job": (NONE, None),
    "spread-segments": (NONE, None),
    "switches": (REQUIRED, None),
    "test-only": (NONE, None),
    "thread-spec": (REQUIRED, None),
    "threads-per-core": (REQUIRED, None),
    "time": (REQUIRED, "t"),
    "time-min": (REQUIRED, None),
    "tmp": (REQUIRED, None),
    "tres-bind": (REQUIRED, None),
    "tres-per-task": (REQUIRED, None),
    "uid": (REQUIRED, None),
    "usage": (NONE, None),
    "use-min-nodes": (NONE, None),
    "verbose": (NONE, "v"),
    "version": (NONE, "V"),
    "wait": (NONE, "W"),
    "wait-all-nodes": (REQUIRED, None),
    "wckey": (REQUIRED, None),
    "wrap": (REQUIRED, None),
}
_SHORT = {letter: name for name, (_, letter) in _LONG.items() if letter}
_MAGIC = "#SBATCH"
_OTHER_MAGIC = ("#PBS", "#BSUB")  # sbatch's wrappers' directives
_HETJOB = re.compile(r"packjob|hetjob", re.IGNORECASE)  # sbatch's test: anywhere in a directive line


@dataclass(frozen=True)
class Directive:
    """One option of a script's header: its long name, its value (None for a flag), and the line it is on."""

    name: str
    value: str | None
    line: int
    text: str

    def where(self) -> str:
        """How an error names this directive's line: ``line 3 ('#SBATCH --time=10')``."""
        return _where(self.line, self.text)


@dataclass(frozen=True)
class _Word:
    text: str
    line: int
    source: str


def read_directives(script: str) -> list[Directive]:
    """The options of ``script``'s ``#SBATCH`` header, in order; ValidationError naming the line for what
    sbatch refuses, a heterogeneous job, or ``#PBS``/``#BSUB`` lines (unless ``--ignore-pbs``)."""
    if "\r\n" in script:
        raise ValidationError("the script has DOS line breaks (\\r\\n): sbatch refuses it; convert it with dos2unix")
    words: list[_Word] = []
    others: list[tuple[int, str]] = []
    for number, line in enumerate((header_of(script) or script).split("\n"), start=1):
        if line.startswith(_MAGIC):
            if _HETJOB.search(line):
                raise ValidationError(
                    f"{_where(number, line)}: heterogeneous jobs (hetjob) are not "
                    "supported: submit each component as a job of its own"
                )
            words += [_Word(w, number, line) for w in _split(line[len(_MAGIC) :], number, line)]
        elif line.startswith(_OTHER_MAGIC):
            others.append((number, line))
    directives = _getopt(words)
    if others and not any(d.name == "ignore-pbs" for d in directives):
        number, line = others[0]
        raise ValidationError(
            f"{_where(number, line)}: sbatch would apply this #PBS/#BSUB directive; "
            "write it as an #SBATCH line (or add '#SBATCH --ignore-pbs' to ignore it)"
        )
    return directives


def _where(number: int, line: str) -> str:
    """How an error names the header line it is about."""
    return f"line {number} ({line.strip()!r})"


def header_of(text: str) -> str | None:
    """The lines of ``text`` before its first command (neither blank nor a comment), where sbatch stops reading
    directives; None when ``text`` holds no command (the beginning of a file may go on)."""
    start = 0
    for line in text.split("\n"):
        if line.strip() and not line.lstrip().startswith("#"):
            return text[:start]
        start += len(line) + 1
    return None


def _split(text: str, number: int, line: str) -> list[str]:
    """sbatch's words of one directive line: blanks split, quotes group, ``\\`` escapes, ``#`` ends the line."""
    words: list[str] = []
    word: list[str] | None = None
    quote = ""
    escaped = False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
            word = word if word is not None else []
            continue
        elif quote:
            if char == quote:
                quote = ""
                continue
        elif char in "\"'":
            quote = char
            word = word if word is not None else []
            continue
        elif char.isspace():
            if word is not None:
                words.append("".join(word))
            word = None
            continue
        elif char == "#":
            break
        word = (word if word is not None else []) + [char]
    if quote:
        raise ValidationError(f"{_where(number, line)}: unmatched {quote}")
    if word is not None:
        words.append("".join(word))
    return words


def _long_name(typed: str, word: _Word) -> str:
    if typed in _LONG:
        return typed
    matches = [name for name in _LONG if name.startswith(typed)]
    if len(matches) == 1:
        return matches[0]
    where = _where(word.line, word.source)
    if matches:
        raise ValidationError(f"{where}: option '--{typed}' is ambiguous: {', '.join('--' + m for m in matches)}")
    raise ValidationError(f"{where}: '--{typed}' is not an sbatch option")


def _getopt(words: list[_Word]) -> list[Directive]:
    """getopt_long over the header's words (sbatch passes them all as one command line)."""
    out: list[Directive] = []
    i = 0
    while i < len(words):
        word = words[i]
        text = word.text
        where = _where(word.line, word.source)
        if text.startswith("--") and len(text) > 2:
            typed, eq, value = text[2:].partition("=")
            name = _long_name(typed, word)
            kind = _LONG[name][0]
            if eq and kind == NONE:
                raise ValidationError(f"{where}: option '--{name}' takes no value")
            if not eq and kind == REQUIRED:
                i += 1
                if i == len(words):
                    raise ValidationError(f"{where}: option '--{name}' needs a value")
                value = words[i].text
            out.append(Directive(name, value if eq or kind == REQUIRED else None, word.line, word.source))
        elif text.startswith("-") and len(text) > 1:
            j = 1
            while j < len(text):
                letter = text[j]
                if letter not in _SHORT:
                    raise ValidationError(f"{where}: '-{letter}' is not an sbatch option")
                name = _SHORT[letter]
                kind = _LONG[name][0]
                rest = text[j + 1 :]
                if kind == NONE or (kind == OPTIONAL and not rest):
                    out.append(Directive(name, None, word.line, word.source))
                    j += 1
                    continue
                if not rest:
                    i += 1
                    if i == len(words):
                        raise ValidationError(f"{where}: option '-{letter}' needs a value")
                    rest = words[i].text
                out.append(Directive(name, rest, word.line, word.source))
                break
        else:
            raise ValidationError(f"{where}: {show(text)} is not an option (sbatch: 'Invalid directive')")
        i += 1
    return out
