"""Job dependencies, built from job ids or job objects: ``Dependency.afterok(a, b) & Dependency.singleton()``."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ._exceptions import ValidationError
from ._values import is_int, show

__all__ = ["Dependency", "HasJobId", "JobRef", "dependency_text"]


class HasJobId(Protocol):
    """Anything that knows its Slurm job id (a submit result, a ``JobInfo``)."""

    @property
    def job_id(self) -> int: ...


JobRef = int | str | HasJobId
_JOB_ID = re.compile(r"[1-9]\d*(?:_\d+)?")  # a job, or one task of an array ("123_4")
_AFTER_JOB = re.compile(r"[1-9]\d*(?:_\d+)?(?:\+\d+)?")  # after: also "+minutes"
#: Dependency types Slurm accepts, with the pattern each job id must match.
_DEPENDENCY_TYPES = {
    "after": _AFTER_JOB,
    "afterany": _JOB_ID,
    "afterburstbuffer": _JOB_ID,
    "aftercorr": _JOB_ID,
    "afternotok": _JOB_ID,
    "afterok": _JOB_ID,
    "expand": _JOB_ID,
}
_ALL, _ANY = ",", "?"


def _job_id_text(job: object) -> str:
    ident = getattr(job, "job_id", job)
    if is_int(ident) and isinstance(ident, int) and ident > 0:
        return str(ident)
    if isinstance(ident, str) and _JOB_ID.fullmatch(ident.strip()):
        return ident.strip()
    raise ValidationError(
        f"dependency: {show(job)} is not a job (a positive int, a numeric str, or an object with an int job_id)"
    )


@dataclass(frozen=True, kw_only=True)
class Dependency:
    """A Slurm ``--dependency`` expression. ``a & b``: all must hold (","); ``a | b``: any may (``?``).

    Slurm accepts one kind of separator per expression, so mixing ``&`` and ``|`` raises ValidationError.
    """

    terms: tuple[str, ...]
    any_of: bool = False

    def __post_init__(self) -> None:
        if not self.terms:
            raise ValidationError("dependency: needs at least one term")
        # One term has no separator: normalise so that equal expressions compare equal.
        object.__setattr__(self, "any_of", self.any_of and len(self.terms) > 1)

    def __str__(self) -> str:
        return (_ANY if self.any_of else _ALL).join(self.terms)

    @classmethod
    def _after(cls, kind: str, jobs: tuple[JobRef, ...]) -> Dependency:
        if not jobs:
            raise ValidationError(f"dependency: {kind}() needs at least one job")
        return cls(terms=(":".join((kind, *map(_job_id_text, jobs))),))

    @classmethod
    def afterok(cls, *jobs: JobRef) -> Dependency:
        """Start after all ``jobs`` completed successfully."""
        return cls._after("afterok", jobs)

    @classmethod
    def afterany(cls, *jobs: JobRef) -> Dependency:
        """Start after all ``jobs`` ended, however they ended."""
        return cls._after("afterany", jobs)

    @classmethod
    def afternotok(cls, *jobs: JobRef) -> Dependency:
        """Start after all ``jobs`` failed (non-zero exit, timeout, node failure ...)."""
        return cls._after("afternotok", jobs)

    @classmethod
    def aftercorr(cls, *jobs: JobRef) -> Dependency:
        """Start each array task after the same-index task of ``jobs`` succeeded."""
        return cls._after("aftercorr", jobs)

    @classmethod
    def after(cls, *jobs: JobRef) -> Dependency:
        """Start after all ``jobs`` started (or were cancelled)."""
        return cls._after("after", jobs)

    @classmethod
    def singleton(cls) -> Dependency:
        """Start after every earlier job with the same name and user ended."""
        return cls(terms=("singleton",))

    @classmethod
    def parse(cls, text: str) -> Dependency:
        """Validate a dependency string against Slurm's grammar (``type:job[:job...]`` joined by , or ?)."""
        stripped = text.strip() if isinstance(text, str) else ""
        if _ALL in stripped and _ANY in stripped:
            raise ValidationError(f"dependency {show(text)} mixes ',' (all) and '?' (any); Slurm allows one")
        any_of = _ANY in stripped
        terms = []
        for term in stripped.split(_ANY if any_of else _ALL):
            kind, _, jobs = term.partition(":")
            kind = kind.strip().lower()
            if kind == "singleton" and not jobs:
                terms.append(kind)
                continue
            job_pattern = _DEPENDENCY_TYPES.get(kind)
            ids = jobs.split(":")
            if job_pattern is None or not all(job_pattern.fullmatch(i) for i in ids):
                raise ValidationError(
                    f"dependency {show(text)}: {term!r} is not 'singleton' or TYPE:JOB[:JOB...] "
                    f"with TYPE one of {', '.join(_DEPENDENCY_TYPES)}"
                )
            terms.append(":".join((kind, *ids)))
        return cls(terms=tuple(terms), any_of=any_of)

    def _combine(self, other: Dependency, *, any_of: bool) -> Dependency:
        if any(len(d.terms) > 1 and d.any_of != any_of for d in (self, other)):
            raise ValidationError(
                f"dependency: cannot combine {str(self)!r} and {str(other)!r} with "
                f"'{'|' if any_of else '&'}': Slurm forbids mixing ',' (all) and '?' (any)"
            )
        return Dependency(terms=self.terms + other.terms, any_of=any_of)

    def __and__(self, other: object) -> Dependency:
        if not isinstance(other, Dependency):
            return NotImplemented
        return self._combine(other, any_of=False)

    def __or__(self, other: object) -> Dependency:
        if not isinstance(other, Dependency):
            return NotImplemented
        return self._combine(other, any_of=True)


def dependency_text(value: object) -> str | None:
    """One Slurm string for any accepted dependency form; a sequence means all must hold."""
    if value is None:
        return None
    if isinstance(value, Dependency):
        return str(value)
    if isinstance(value, str):
        return str(Dependency.parse(value))
    if isinstance(value, Sequence):
        deps = [d for d in value if isinstance(d, Dependency)]
        if len(deps) == len(value):
            return str(functools.reduce(Dependency.__and__, deps)) if deps else None
    raise ValidationError(f"dependency must be a str, a Dependency or a sequence of them, got {show(value)}")


# ------------------------------------------------------------------------------------------- job spec
