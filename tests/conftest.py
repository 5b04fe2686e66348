"""Shared fixtures: live testbeds (skip locally when down, fail under CI=true)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from slurm_rest.testbed import RELEASES, Release, load_facts, mint_token, status

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@dataclass(frozen=True)
class Testbed:
    __test__ = False
    """A running release and what a test needs to reach it."""

    release: Release
    facts: dict[str, Any]

    @property
    def name(self) -> str:
        return self.release.name

    @property
    def url(self) -> str:
        return str(self.facts["rest_url"])

    @property
    def user(self) -> str:
        return str(self.facts["job_user"])

    @property
    def api_versions(self) -> list[str]:
        return list(self.facts["api_versions"])

    def token(self, user: str | None = None, lifespan: int = 3600) -> str:
        return mint_token(self.release, user or self.user, lifespan)


def require_testbed(rel: Release) -> Testbed:
    """The running testbed, or a skip that says how to start it (a failure under CI)."""
    facts = load_facts(rel) if status(rel) == "up" else None
    if facts is None:
        msg = (f"testbed {rel.name} ({rel.suite}) is not up; start it with: "
               f"sudo python -m slurm_rest.testbed up {rel.name}")
        if IN_CI:
            pytest.fail(f"CI=true and a live test would skip: {msg}")
        pytest.skip(msg)
    return Testbed(rel, facts)


@pytest.fixture(params=[r.name for r in RELEASES], ids=[f"slurm-{r.name}" for r in RELEASES])
def testbed(request: pytest.FixtureRequest) -> Testbed:
    rel = next(r for r in RELEASES if r.name == request.param)
    return require_testbed(rel)


def poll(fn: Any, *, until: Any, timeout: float = 60.0, interval: float = 0.5) -> Any:
    """Call fn until until(result) holds; fail with the last result after timeout."""
    deadline = time.monotonic() + timeout
    result = fn()
    while not until(result):
        if time.monotonic() > deadline:
            pytest.fail(f"condition not met after {timeout}s; last value: {result!r}")
        time.sleep(interval)
        result = fn()
    return result


@pytest.fixture
def unique_name(request: pytest.FixtureRequest) -> Iterator[str]:
    yield f"t-{request.node.name[:40]}-{os.getpid()}-{time.monotonic_ns() % 10**8}"
