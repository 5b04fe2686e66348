"""The chaos soak (``_soak``): a few hundred Flyte tasks through two replicas of each connector over gRPC while
connectors, slurmrestd, slurmctld and compute nodes are killed at random moments; then accounting judges.

    sudo .venv/bin/python bench/soak.py [--release 26.05] [--tasks 300] [--minutes 10] [--fault-every 30]

Needs root and a running testbed (``python -m slurm_rest_testbed up 26.05``). Prints its figures and every
defect (a task lost, a second job for one execution, a phase accounting contradicts, a key in a log), writes
them as JSON to ``--out``, and exits 1 when there is any defect. ``tests/live/test_soak.py`` runs a short one.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _soak import SoakConfig, run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    defaults = SoakConfig()
    parser.add_argument("--release", default=defaults.release)
    parser.add_argument("--tasks", type=int, default=defaults.tasks)
    parser.add_argument("--minutes", type=float, default=defaults.minutes)
    parser.add_argument("--fault-every", type=float, default=defaults.fault_every, help="mean seconds between faults")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--out", type=Path, default=Path("/tmp/slurm-rest-soak.json"))
    args = parser.parse_args()
    config = SoakConfig(
        release=args.release, tasks=args.tasks, minutes=args.minutes, fault_every=args.fault_every, seed=args.seed
    )
    with tempfile.TemporaryDirectory(prefix="slurm-rest-soak-") as tmp:
        figures = run(config, Path(tmp))
    width = max(len(k) for k, _ in figures.table())
    for key, value in figures.table():
        print(f"{key:<{width}}  {value}")
    for defect in figures.defects:
        print(f"DEFECT: {defect}")
    args.out.write_text(json.dumps({f.name: getattr(figures, f.name) for f in dataclasses.fields(figures)}, indent=2))
    return 1 if figures.defects else 0


if __name__ == "__main__":
    sys.exit(main())
