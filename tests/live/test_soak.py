"""The chaos soak's short version (``bench/soak.py`` runs the long one): tasks through two replicas of each
connector served over gRPC while connectors, slurmrestd, slurmctld and a compute node are killed; every task
ends once, with the phase accounting's final state gives, and no execution gets a second job."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from slurm_rest_testbed import RELEASES

from ..conftest import require_testbed

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from _soak import FAULTS, SoakConfig, run

RELEASE = "26.05"
pytestmark = [pytest.mark.live, pytest.mark.on_release(RELEASE)]
MAX_RSS_MB = 400.0


def test_a_short_chaos_soak_loses_and_doubles_nothing(tmp_path: Path) -> None:
    require_testbed(next(r for r in RELEASES if r.name == RELEASE))
    figures = run(SoakConfig(release=RELEASE, tasks=40, minutes=1.2, fault_every=9.0), tmp_path)
    print(*(f"{k}: {v}" for k, v in figures.table()), sep="\n")
    assert figures.defects == []
    assert set(figures.faults) == set(FAULTS), figures.faults  # every kind of fault struck at least once
    assert sum(figures.tasks.values()) == sum(figures.phases.values()) == 40
    assert figures.phases["SUCCEEDED"] and figures.phases["ABORTED"], figures.phases
    assert max(figures.peak_rss_mb.values()) < MAX_RSS_MB, figures.peak_rss_mb
