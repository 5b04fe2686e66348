"""Plots of the sweeps in a bench run's JSON (``bench/run.py --out FILE``), as SVG files.

    .venv/bin/python bench/plot.py /tmp/slurm-rest-bench.json --to docs/img

- ``scale.svg``: a watcher cycle's time and slurmctld RPCs against the jobs tracked (section 5);
- ``network.svg``: submit, ``get_job``, a watcher cycle over 1,000 jobs and SSH's equivalents against the
  round trip (section 6), and the facade's submit and ``get_job`` through the TLS proxy when measured (``--tls``);
- ``memory.svg``: a connector's RSS over its rounds of ``get()`` per task count (section 4).

A sweep the run did not measure is left out (and said so); nothing else is read than the JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import matplotlib
from matplotlib.axes import Axes
from matplotlib.figure import Figure

__all__ = ["main", "plots"]

Plot = Callable[[dict[str, Any], str], Figure]


def _scale(section: dict[str, Any], title: str) -> Figure:
    sizes = sorted(int(n) for n in section)
    fig = Figure(figsize=(10, 4))
    time_ax, rpc_ax = fig.subplots(1, 2)
    for key, label in (("first_cycle", "first cycle"), ("steady_cycle", "steady cycle"), ("raw_chunked", "raw")):
        time_ax.plot(sizes, [section[str(n)][key]["median_s"] * 1000 for n in sizes], marker="o", label=label)
        if key != "raw_chunked":
            rpc_ax.plot(sizes, [section[str(n)][key]["rpc_total"] for n in sizes], marker="o", label=label)
    _axes(time_ax, "jobs tracked", "ms per cycle (median)")
    _axes(rpc_ax, "jobs tracked", "slurmctld RPCs per cycle")
    fig.suptitle(f"{title}: a watcher cycle against N")
    return fig


_NETWORK = (  # (label, how to read one RTT's figures in seconds)
    ("submit, facade", lambda f: f["submit_sync_s"]["facade"]),
    ("submit, raw httpx", lambda f: f["submit_sync_s"]["raw"]),
    ("get_job, facade", lambda f: f["get_job_s"]["facade"]),
    ("sbatch over OpenSSH", lambda f: f["submit_openssh_s"]),
    ("flytekitplugins-slurm create", lambda f: f["submit_flytekitplugins_slurm_s"]),
    ("watcher cycle, 1,000 jobs", lambda f: f["watch_cycle_s"]),
)
_NETWORK_TLS = (  # the same through the TLS proxy (keys "<rtt>ms tls")
    ("submit, facade, TLS", lambda f: f["submit_sync_s"]["facade"]),
    ("get_job, facade, TLS", lambda f: f["get_job_s"]["facade"]),
)


def _network(section: dict[str, Any], title: str) -> Figure:
    rtts = sorted(int(k.removesuffix("ms")) for k in section if k.endswith("ms"))
    tls = [r for r in rtts if f"{r}ms tls" in section]
    fig = Figure(figsize=(7, 4.5))
    ax = fig.subplots()
    for label, read in _NETWORK:
        ax.plot(rtts, [read(section[f"{r}ms"]) * 1000 for r in rtts], marker="o", label=label)
    for label, read in _NETWORK_TLS if tls else ():
        ax.plot(tls, [read(section[f"{r}ms tls"]) * 1000 for r in tls], marker="s", linestyle="--", label=label)
    ax.set_yscale("log")
    _axes(ax, "round trip (ms)", "ms per operation (log)")
    fig.suptitle(f"{title}: time against the round trip")
    return fig


def _memory(section: dict[str, Any], title: str) -> Figure:
    fig = Figure(figsize=(7, 4.5))
    ax = fig.subplots()
    for n in sorted(section, key=int):
        cycles = section[n]["cycles"]
        ax.plot([c["at"] for c in cycles], [c["rss_kb"] / 1000 for c in cycles], marker=".", label=f"{n} tasks")
    _axes(ax, "seconds", "connector RSS (MB)")
    fig.suptitle(f"{title}: a connector's memory over its rounds of get()")
    return fig


def _axes(ax: Axes, x: str, y: str) -> None:
    ax.set_xlabel(x)
    ax.set_ylabel(y)
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize="small")


PLOTS: dict[str, Plot] = {"scale": _scale, "network": _network, "memory": _memory}


def plots(result: dict[str, Any], to: Path) -> list[Path]:
    """One SVG per sweep the run measured, into ``to``; the files written."""
    testbed = result.get("testbed", {})
    title = (
        f"Slurm {testbed.get('slurm') or testbed.get('release', '?')}, {result.get('host', {}).get('cpus', '?')} CPUs"
    )
    to.mkdir(parents=True, exist_ok=True)
    written = []
    for name, plot in PLOTS.items():
        if not result.get(name):
            print(f"[plot] no {name} section in this run", file=sys.stderr)
            continue
        path = to / f"{name}.svg"
        # Text stays text (smaller, searchable); no date and fixed ids: the same JSON draws the same file.
        with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": name}):
            plot(result[name], title).savefig(path, metadata={"Date": None})
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("json", type=Path, help="a bench run's JSON (bench/run.py --out)")
    ap.add_argument("--to", type=Path, default=Path("bench-plots"), help="directory for the SVG files")
    args = ap.parse_args(argv)
    for path in plots(json.loads(args.json.read_text()), args.to):
        print(path)


if __name__ == "__main__":
    main()
