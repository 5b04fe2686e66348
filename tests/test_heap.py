"""A connector replica freezes its start-up heap once, when its first call opens a session: full garbage
collections then walk the tasks' state alone (``flyte_plugin._heap``)."""

from __future__ import annotations

import asyncio
import base64

import pytest
from flytekit.extend.backend.base_connector import ConnectorRegistry

from flyte_plugin import TASK_SHELL, SlurmCluster, SlurmRestShellTask, _heap
from flyte_plugin.flytekit import _connector

from .fake_slurmrestd import FakeSlurmrestd, signed_with
from .live._flyte import SECRET_ENV, template_of

KEY = b"k" * 32


class Collector:
    """Stands for the ``gc`` module: records what was asked of it."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def collect(self) -> int:
        self.calls.append("collect")
        return 0

    def freeze(self) -> None:
        self.calls.append("freeze")

    def get_freeze_count(self) -> int:
        return 75_000


@pytest.fixture
def collector(monkeypatch: pytest.MonkeyPatch) -> Collector:
    c = Collector()
    monkeypatch.setattr(_heap, "gc", c)
    monkeypatch.setattr(_heap, "_frozen", [])
    return c


def test_start_up_garbage_is_collected_then_the_heap_frozen_once(collector: Collector) -> None:
    _heap.freeze_startup()
    _heap.freeze_startup()
    assert collector.calls == ["collect", "freeze"]


def test_the_first_call_that_opens_a_session_freezes_it(collector: Collector, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeSlurmrestd("24.11")
    fake.require_token(signed_with(KEY))
    monkeypatch.setenv(SECRET_ENV, base64.b64encode(KEY).decode())
    connector = ConnectorRegistry.get_connector(TASK_SHELL)

    async def go(url: str) -> None:
        cluster = SlurmCluster(url=url, user="alice", jwt_key_secret="jwt_key", secret_group="slurm_rest")
        task = SlurmRestShellTask(name="fake.heap", script="#!/bin/sh\ntrue\n", cluster=cluster, job={"time": "2"})
        assert collector.calls == []  # nothing at start-up: the SDK's server may still be importing
        try:
            await connector.create(task_template=template_of(task), output_prefix="/tmp/out")
            await connector.create(task_template=template_of(task), output_prefix="/tmp/out")
        finally:
            await _connector.close_sessions()

    with fake.http_server() as url:
        asyncio.run(go(url))
    assert collector.calls == ["collect", "freeze"] and fake.count("submit") == 2
