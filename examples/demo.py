"""Run one job on a local testbed (default 24.11) through slurmrestd: print its id, final state and output."""

from __future__ import annotations

import sys
from pathlib import Path

from slurm_rest import JobSpec, SlurmClient
from slurm_rest_testbed import load_facts, resolve

rel = resolve([sys.argv[1] if len(sys.argv) > 1 else "24.11"])[0]
facts = load_facts(rel)
if facts is None:
    raise SystemExit(f"testbed {rel.name} is not up: sudo python -m slurm_rest_testbed up {rel.name}")

with SlurmClient(url=facts["rest_url"], user=facts["job_user"], jwt_key=facts["jwt_key_path"]) as slurm:
    ping = slurm.ping()
    print(f"slurmrestd at {facts['rest_url']}: Slurm {ping.release}, API {ping.api_version}")
    job_id = slurm.submit(
        JobSpec(
            script='#!/bin/sh\necho "hello from $(hostname) as $(id -un), job $SLURM_JOB_ID"\n',
            name="slurm-rest-demo",
            time_limit="5",
            mem="100M",
            working_dir="/tmp",
        )
    )
    print(f"submitted job {job_id}")
    info = slurm.wait(job_id, timeout=120, on_update=lambda i: print(f"  {i.state.value} {i.reason}".rstrip()))
    print(f"job {job_id} finished: {info.state.value}, exit code {info.return_code}")
    # The testbed's filesystem is its chroot; on a real cluster, fetch the file over SFTP.
    out = Path(facts["rootfs"]) / info.stdout_path.lstrip("/")
    print(f"output ({info.stdout_path}):\n{out.read_text()}", end="")
