"""Shared fixtures: live testbeds (skip locally when down, fail under CI=true)."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from slurm_rest_testbed import RELEASES, Release, _tls, load_facts, mint_token, status

from . import shards
from .shards import SHARD_VAR, in_shard, shard

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
PARTIAL_PATIENCE = 10.0  # seconds a release that is partly up may take to be up again (a test restarting a daemon)


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


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    shards.select(config, items)


@pytest.fixture(scope="session", autouse=True)
def shard_guard() -> Iterator[None]:
    with shards.guard():
        yield


def shard_testbeds(names: Iterable[str]) -> list[Testbed]:
    """The running testbeds of ``names`` in this run's shard: a module's server for several releases is
    configured with those its shard's tests use."""
    return [require_testbed(r) for r in RELEASES if r.name in names and in_shard(r)]


def require_testbed(rel: Release) -> Testbed:
    """The running testbed, or a skip that says how to start it (a failure under CI).

    A release whose daemons are only partly up gets a few seconds: another test may be restarting one.
    A release outside this run's shard fails the test: another pytest may be stopping its daemons."""
    if not in_shard(rel):
        pytest.fail(
            f"this run reaches only {sorted(shard())} ({SHARD_VAR}), and the test reached {rel.name}: "
            "its parameters or its on_release mark must name every release it uses"
        )
    deadline = time.monotonic() + PARTIAL_PATIENCE
    while (now := status(rel)) == "partial" and time.monotonic() < deadline:
        time.sleep(0.1)
    facts = load_facts(rel) if now == "up" else None
    if facts is None:
        msg = (
            f"testbed {rel.name} ({rel.suite}) is not up; start it with: "
            f"sudo python -m slurm_rest_testbed up {rel.name}"
        )
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


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> _tls.TlsFiles:
    """A CA and a server certificate for ``localhost`` of the tests' own (offline TLS servers)."""
    out = _tls.files_in(tmp_path_factory.mktemp("pki"))
    _tls.ensure_in(out, "slurm-rest offline test CA")
    return out


@pytest.fixture
def unique_name(request: pytest.FixtureRequest) -> Iterator[str]:
    yield f"t-{request.node.name[:40]}-{os.getpid()}-{time.monotonic_ns() % 10**8}"


# A wait, retry or lookup loop must end within this many (recorded) pauses; a hang would need many more.
MAX_PAUSES = 200


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record every pause (tenacity's waits, submit's lookup delays, a wait's poll interval) instead of
    sleeping it: ``time.sleep`` and ``asyncio.sleep`` return at once, and ``time.monotonic`` moves on by as
    much, so deadlines and timeouts are still reached. A loop that pauses more than ``MAX_PAUSES`` times fails
    (it would hang). The list of pauses is the fixture's value."""
    slept: list[float] = []
    real_monotonic = time.monotonic
    real_sleep = time.sleep
    real_async_sleep = asyncio.sleep

    def record(seconds: float) -> None:
        # subprocess waits for a child's exit in short sleeps: those stay real (recorded ones return at once,
        # so on a loaded machine the wait would spin past MAX_PAUSES before the child has exited).
        if sys._getframe(1).f_globals.get("__name__") == "subprocess":
            real_sleep(seconds)
            return
        slept.append(seconds)
        if len(slept) > MAX_PAUSES:
            raise AssertionError(f"more than {MAX_PAUSES} pauses: the operation would hang")

    async def fake_async_sleep(seconds: float, result: Any = None) -> Any:
        record(seconds)
        await real_async_sleep(0)
        return result

    monkeypatch.setattr(time, "sleep", record)
    monkeypatch.setattr(time, "monotonic", lambda: real_monotonic() + sum(slept))
    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)
    return slept


@pytest.fixture(autouse=True)
def fresh_targets() -> Iterator[None]:
    """Each test resolves its own targets (and reads its own secrets): the connectors keep them per process."""
    yield
    policy = sys.modules.get("flyte_plugin._policy")
    if policy is not None:
        policy.forget_targets()


@pytest.fixture
def deployed(tmp_path: Path) -> Iterator[Callable[..., Any]]:
    """Install a connector deployment for the test (``deployed(clusters={...}, policy=[...], **connector)``,
    the file's tables as dicts; a signing key is made), and none again after it."""
    from flyte_plugin._deployment import parse_deployment, use_deployment

    def install(
        *, clusters: dict[str, Any] | None = None, policy: list[dict[str, Any]] | None = None, **connector: Any
    ) -> Any:
        key = tmp_path / "signing_key"
        key.write_text("s" * 40)
        dep = parse_deployment(
            {
                "connector": {"signing_key": {"file": str(key)}, **connector},
                "clusters": clusters or {},
                "policy": policy or [],
            }
        )
        use_deployment(dep)
        return dep

    yield install
    from flyte_plugin import _deployment

    _deployment._LOADED.clear()
