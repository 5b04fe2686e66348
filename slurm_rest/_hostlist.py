"""Slurm host lists (``n[1-3],x5``, ``gpu[01-02]-ib``, ``r[1-2]n[1-2]``) as node names.

Accounting and the controller name a job's or step's nodes in this compressed form; people and code
that compare nodes (which step ran where, memory per node) need the names themselves.
"""

from __future__ import annotations

import itertools
import re

from ._exceptions import ValidationError
from ._values import show

__all__ = ["expand_hostlist"]

_RANGE = re.compile(r"(\d+)(?:-(\d+))?")
_PART = re.compile(r"\[([^\[\]]*)\]|([^\[\]]+)")


def _split_top(text: str) -> list[str]:
    """``text`` split at the commas outside brackets."""
    items, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if depth not in (0, 1):
            raise ValidationError(f"host list {show(text)}: nested or unbalanced brackets")
        if char == "," and depth == 0:
            items.append(text[start:i])
            start = i + 1
    if depth:
        raise ValidationError(f"host list {show(text)}: unbalanced brackets")
    return [*items, text[start:]]


def _numbers(ranges: str, text: str) -> list[str]:
    """``1-3,07`` -> 1, 2, 3, 07: a range keeps its first number's zero padding, as Slurm's does."""
    out: list[str] = []
    for item in ranges.split(","):
        match = _RANGE.fullmatch(item.strip())
        if match is None or (match[2] is not None and int(match[2]) < int(match[1])):
            raise ValidationError(f"host list {show(text)}: {item!r} is not N or N-M")
        first, last = match[1], match[2] or match[1]
        width = len(first) if first.startswith("0") else 0
        out += [str(n).zfill(width) for n in range(int(first), int(last) + 1)]
    return out


def expand_hostlist(text: str) -> tuple[str, ...]:
    """Node names of a Slurm host list, in its order, each once; ``""`` (no nodes) gives ``()``.

    ``n[1-3],x5`` -> n1 n2 n3 x5; ``n[01-02]`` -> n01 n02; several bracket groups in one name multiply
    (``r[1-2]n[1-2]`` -> r1n1 r1n2 r2n1 r2n2). ValidationError for a malformed list.
    """
    names: list[str] = []
    for item in _split_top(text.strip()) if text.strip() else []:
        item = item.strip()
        if not item:
            raise ValidationError(f"host list {show(text)}: empty name")
        parts = [[m[2]] if m[2] is not None else _numbers(m[1], text) for m in _PART.finditer(item)]
        names += ("".join(p) for p in itertools.product(*parts))
    return tuple(dict.fromkeys(names))
