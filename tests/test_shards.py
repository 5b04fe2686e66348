"""The live tests' shards (tests/shards.py): every test in exactly one, a test across two refused, and a
release outside the shard not disturbed."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from slurm_rest_testbed import RELEASES, _daemons

from . import shards

LIVE = Path(__file__).parent / "live"
NAMES = [r.name for r in RELEASES]


def item(name: str, *, params: dict[str, Any] | None = None, mark: tuple[str, ...] = (), live: bool = True) -> Any:
    marker = SimpleNamespace(args=mark) if mark else None
    return SimpleNamespace(
        nodeid=name,
        path=(LIVE if live else LIVE.parent) / "test_x.py",
        callspec=SimpleNamespace(params=params) if params is not None else None,
        get_closest_marker=lambda _name: marker,
    )


def selected(monkeypatch: pytest.MonkeyPatch, group: str, items: list[Any]) -> tuple[list[str], list[str]]:
    monkeypatch.setenv(shards.SHARD_VAR, group)
    dropped: list[Any] = []
    config: Any = SimpleNamespace(hook=SimpleNamespace(pytest_deselected=lambda items: dropped.extend(items)))
    kept = list(items)
    shards.select(config, kept)
    return [i.nodeid for i in kept], [i.nodeid for i in dropped]


def test_each_test_goes_to_the_release_it_names() -> None:
    rel = RELEASES[0]
    assert shards.releases_of(item("a", params={"testbed": rel.name})) == {rel.name}
    assert shards.releases_of(item("b", params={"rel": rel})) == {rel.name}  # a Release
    assert shards.releases_of(item("c", params={"case": (rel, "v0.0.38")})) == {rel.name}  # inside a tuple
    assert shards.releases_of(item("d", mark=(rel.name,))) == {rel.name}  # an on_release mark
    assert shards.releases_of(item("e", params={"testbed": rel.name}, mark=(NAMES[-1],))) == {rel.name}
    assert shards.releases_of(item("f")) == {shards.UNNAMED}  # names none
    assert shards.releases_of(item("g", params={"x": rel.name}, live=False)) == {shards.UNNAMED}  # offline


def test_the_shards_together_run_every_test_once(monkeypatch: pytest.MonkeyPatch) -> None:
    items = [item(f"t{n}", params={"testbed": n}) for n in NAMES] + [item("none"), item("offline", live=False)]
    runs = [selected(monkeypatch, n, items)[0] for n in NAMES]
    assert sorted(i for run in runs for i in run) == sorted(i.nodeid for i in items)
    assert selected(monkeypatch, ",".join(NAMES), items) == ([i.nodeid for i in items], [])  # one shard: all


def test_a_test_across_two_shards_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    across = item("across", mark=(NAMES[0], NAMES[1]))
    with pytest.raises(pytest.UsageError, match="across the shards"):
        selected(monkeypatch, NAMES[0], [across])
    assert selected(monkeypatch, ",".join(NAMES[:2]), [across]) == (["across"], [])


def test_an_unknown_release_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(shards.SHARD_VAR, "21.08")
    with pytest.raises(pytest.UsageError, match="unknown releases"):
        shards.shard()


def test_disturbing_a_release_outside_the_shard_fails_before_it_is_done(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(_daemons, "restart", lambda rel, *names: calls.append(rel.name))
    monkeypatch.setenv(shards.SHARD_VAR, NAMES[0])
    with shards.guard():
        _daemons.restart(RELEASES[0], "slurmrestd")
        with pytest.raises(AssertionError, match="outside this run's shard"):
            _daemons.restart(RELEASES[1], "slurmrestd")
    _daemons.restart(RELEASES[1], "slurmrestd")  # put back after the session
    assert calls == [NAMES[0], NAMES[1]]
