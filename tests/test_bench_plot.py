"""bench/plot.py draws each sweep of a bench run's JSON (the shapes bench/run.py writes), and leaves out a sweep
the run did not measure."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
import plot  # noqa: E402

sys.path.remove(str(BENCH))


def _cycle(seconds: float, rpcs: int) -> dict[str, Any]:
    return {"median_s": seconds, "runs_s": [seconds], "rpcs": {"REQUEST_JOB_STATE": rpcs}, "rpc_total": rpcs}


def _rtt(scale: float) -> dict[str, Any]:
    return {
        "submit_sync_s": {"facade": 0.007 * scale, "raw": 0.0071 * scale},
        "get_job_s": {"facade": 0.006 * scale, "raw": 0.006 * scale},
        "submit_openssh_s": 0.23 * scale,
        "submit_flytekitplugins_slurm_s": 0.02 * scale,
        "watch_cycle_s": 0.02 * scale,
    }


RUN: dict[str, Any] = {
    "testbed": {"release": "24.11", "slurm": "24.11.5"},
    "host": {"cpus": 2},
    "scale": {
        str(n): {
            "first_cycle": _cycle(n / 1e4, n // 2000 + 65),
            "steady_cycle": _cycle(n / 2e4, n // 2000 + 1),
            "raw_chunked": _cycle(n / 2e4, 0),
        }
        for n in (1000, 5000, 10000)
    },
    "network": {f"{r}ms": _rtt(1 + r / 5) for r in (0, 10, 50)} | {"50ms tls": _rtt(12)},
}


def test_each_measured_sweep_is_drawn_with_its_series(tmp_path: Path) -> None:
    written = plot.plots(RUN, tmp_path / "plots")
    assert [p.name for p in written] == ["scale.svg", "network.svg"]  # no memory section: none drawn
    scale = (tmp_path / "plots" / "scale.svg").read_text()
    assert all(label in scale for label in ("first cycle", "steady cycle", "slurmctld RPCs per cycle", "24.11.5"))
    network = (tmp_path / "plots" / "network.svg").read_text()
    assert all(label in network for label, _read in plot._NETWORK + plot._NETWORK_TLS)
    assert "round trip (ms)" in network
    again = plot.plots(RUN, tmp_path / "again")
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in written]  # the same JSON, the same files
