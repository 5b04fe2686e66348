"""Run one job on the local 24.11 testbed through slurmrestd and print its id, final state and output."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from generated_client.v0_0_42.api.slurm import slurm_v0042_get_job, slurm_v0042_post_job_submit
from generated_client.v0_0_42.client import AuthenticatedClient
from generated_client.v0_0_42.models import V0042JobSubmitReq
from slurm_rest.testbed import load_facts, mint_token, resolve

rel = resolve([sys.argv[1] if len(sys.argv) > 1 else "24.11"])[0]
facts = load_facts(rel)
if facts is None:
    raise SystemExit(f"testbed {rel.name} is not up: sudo python -m slurm_rest.testbed up {rel.name}")
client = AuthenticatedClient(base_url=facts["rest_url"], token=mint_token(rel), prefix="",
                             auth_header_name="X-SLURM-USER-TOKEN", headers={"X-SLURM-USER-NAME": facts["job_user"]})
script = "#!/bin/sh\necho \"hello from $(hostname) as $(id -un), job $SLURM_JOB_ID\"\n"
body = V0042JobSubmitReq.from_dict({"job": {
    "script": script, "name": "slurm-rest-demo", "current_working_directory": "/tmp",
    "standard_output": "/tmp/slurm-rest-demo-%j.out", "environment": ["PATH=/usr/bin:/bin"]}})
job_id = slurm_v0042_post_job_submit.sync(client=client, body=body).job_id
print(f"submitted job {job_id} to {facts['rest_url']} (Slurm {facts['slurm_version']})")
while True:
    (job,) = slurm_v0042_get_job.sync(str(job_id), client=client).jobs
    if job.job_state[0] not in ("PENDING", "RUNNING") and "COMPLETING" not in job.job_state:
        break
    time.sleep(0.5)
print(f"job {job_id} finished: {job.job_state[0]}, exit code {job.exit_code.return_code.number}")
out = Path(facts["rootfs"]) / job.standard_output.lstrip("/")
print(f"output ({job.standard_output}):\n{out.read_text()}", end="")
