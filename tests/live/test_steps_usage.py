"""Steps and usage of a real job on two nodes, on every release (``client.steps``, ``client.usage``, the CLI).

The job runs on 2 nodes x 1 task with 400 MB per CPU (1 CPU per task). Its step 0 (``srun``) burns
``BURN`` s of CPU and holds ``HOLD_MB`` MB for ``HOLD`` s on each node (JobAcctGatherFrequency is 2 s);
its step 1 exits 7. What the facade reads back is checked against what the job did and against
``sacct`` run inside the release's chroot (it reads slurmdbd directly, not through slurmrestd).
"""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator

import pytest

from slurm_rest import JobNotFoundError, JobState, SlurmClient, StepInfo
from slurm_rest.cli import main

from ..conftest import Testbed, poll
from .facade_support import client_for, sh

pytestmark = pytest.mark.live

BURN = 2.0  # CPU seconds each task burns
HOLD_MB = 150  # memory each task holds, MB
HOLD = 5.0  # seconds it holds it (> 2 gather periods)
MB = 2**20
PROGRAM = (
    f"import time\nb = bytearray({HOLD_MB} * {MB})\nfor i in range(0, len(b), 4096): b[i] = 1\n"
    f"t = time.process_time()\nwhile time.process_time() - t < {BURN}: pass\ntime.sleep({HOLD})\n"
)
# 22.05's dbv0.0.38 dumps every step's exit code as SUCCESS/0 (sacct says 7:0): unknown there, never 0.
STEP1_EXIT = {"22.05": None, "24.11": 7, "26.05": 7}


@pytest.fixture
def client(testbed: Testbed) -> Iterator[SlurmClient]:
    yield from client_for(testbed)


def _script(python: str) -> str:
    return sh(f"""
cat > /tmp/burn-$SLURM_JOB_ID.py <<'EOF'
{PROGRAM}EOF
srun {python} /tmp/burn-$SLURM_JOB_ID.py
srun sh -c 'exit 7'
rm -f /tmp/burn-$SLURM_JOB_ID.py
exit 0
""")


def _sacct(tb: Testbed, step: str) -> dict[str, str]:
    """sacct's view of one step (TotalCPU, MaxRSS in bytes, ExitCode), from inside the chroot."""
    fields = ["TotalCPU", "MaxRSS", "MaxRSSNode", "ExitCode", "NodeList"]
    out = subprocess.run(
        ["chroot", str(tb.facts["rootfs"]), "sacct", "-j", step, "-n", "-P", "--noconvert", "-o", ",".join(fields)],
        check=True,
        capture_output=True,
        text=True,
        timeout=30,
    ).stdout
    return dict(zip(fields, out.splitlines()[0].split("|"), strict=True))


def _seconds(text: str) -> float:
    """sacct's [[DD-]HH:]MM:SS.mmm as seconds."""
    days, _, rest = text.rpartition("-")
    parts = [float(p) for p in rest.split(":")]
    while len(parts) < 3:
        parts.insert(0, 0.0)
    return (int(days) if days else 0) * 86400 + parts[0] * 3600 + parts[1] * 60 + parts[2]


def _measured(steps: list[StepInfo]) -> bool:
    ids = {s.step_id: s for s in steps}
    return "0" in ids and "1" in ids and ids["0"].max_rss_bytes is not None and all(s.state.terminal for s in steps)


def test_steps_and_usage_of_a_two_node_job(
    testbed: Testbed, client: SlurmClient, unique_name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    job_id = client.submit(
        script=_script(str(testbed.facts["python"]["executable"])),
        name=unique_name,
        nodes=2,
        ntasks=2,
        ntasks_per_node=1,
        mem_per_cpu="400M",
        time_limit=5,
    )

    # while it runs: accounting lists the running steps, with no usage yet (never zeros)
    running = poll(
        lambda: client.steps(job_id) if _has_record(client, job_id) else [],
        until=lambda steps: any(s.step_id == "0" for s in steps),
        timeout=60,
    )
    zero = next(s for s in running if s.step_id == "0")
    if zero.state is JobState.RUNNING:
        assert zero.cpu_seconds is None and zero.max_rss_bytes is None, zero
        assert client.usage(job_id).complete is False

    final = client.wait(job_id, timeout=120)
    assert final.state is JobState.COMPLETED, final
    steps = poll(lambda: client.steps(job_id), until=_measured, timeout=60)
    by_id = {s.step_id: s for s in steps}
    assert {"batch", "0", "1"} <= set(by_id), [s.id for s in steps]
    zero, one = by_id["0"], by_id["1"]

    # step 0 ran one task on each of two distinct nodes
    assert zero.id == f"{job_id}.0" and zero.state is JobState.COMPLETED and zero.return_code == 0
    assert len(zero.nodes) == 2 and len(set(zero.nodes)) == 2 and zero.tasks == 2, zero
    assert set(zero.nodes) <= {n["name"] for n in testbed.facts["nodes"]}
    assert zero.start_time is not None and zero.end_time is not None and zero.start_time.tzinfo is not None
    # CPU: both tasks burned BURN s (sum over nodes), and no more than two CPUs for the step's time can give
    assert zero.cpu_seconds is not None and zero.user_cpu_seconds is not None and zero.system_cpu_seconds is not None
    assert 2 * BURN * 0.9 <= zero.cpu_seconds <= 2 * ((zero.elapsed_seconds or 0) + 2), zero
    assert zero.cpu_seconds == pytest.approx(zero.user_cpu_seconds + zero.system_cpu_seconds)
    # memory: every task held HOLD_MB MB; the largest and smallest task peak are on the two nodes
    assert zero.max_rss_bytes is not None and zero.max_rss_bytes >= HOLD_MB * MB, zero
    assert set(zero.rss_by_node) == set(zero.nodes) and min(zero.rss_by_node.values()) >= HOLD_MB * MB, zero
    assert zero.total_rss_bytes is not None and zero.total_rss_bytes >= 2 * HOLD_MB * MB
    # step 1 failed with exit 7: on that step, not on the job (the batch script exited 0)
    assert one.state is JobState.FAILED and one.return_code == STEP1_EXIT[testbed.name], one
    assert by_id["batch"].state is JobState.COMPLETED and by_id["batch"].return_code == 0

    # the same figures as sacct (read from slurmdbd directly)
    seen = _sacct(testbed, f"{job_id}.0")
    assert zero.cpu_seconds == pytest.approx(_seconds(seen["TotalCPU"]), abs=0.01), seen
    assert zero.max_rss_bytes == int(seen["MaxRSS"]) and zero.max_rss_node == seen["MaxRSSNode"], seen
    assert _sacct(testbed, f"{job_id}.1")["ExitCode"] == "7:0"

    # usage agrees with the steps: CPU summed over steps and nodes, memory per node
    usage = client.usage(job_id)
    assert usage.complete and usage.state is JobState.COMPLETED and usage.return_code == 0
    assert usage.node_count == 2 and usage.cpus == 2 and set(usage.nodes) == set(zero.nodes), usage
    assert usage.cpu_seconds == pytest.approx(sum(s.cpu_seconds or 0 for s in steps))
    assert usage.elapsed_seconds is not None and usage.elapsed_seconds >= HOLD
    assert usage.cpu_efficiency == pytest.approx(usage.cpu_seconds / (usage.elapsed_seconds * 2))
    assert 0 < usage.cpu_efficiency <= 1
    assert usage.memory_per_node_bytes == 400 * MB
    assert dict(usage.peak_memory_by_node) == zero.rss_by_node  # step 0 is every node's largest
    assert usage.peak_memory_bytes == zero.max_rss_bytes
    assert usage.memory_efficiency == pytest.approx(zero.max_rss_bytes / (400 * MB))
    assert usage.memory_used_bytes == zero.total_rss_bytes and usage.memory_bytes == 800 * MB

    # the CLI shows the same
    connection = ["--url", testbed.url, "--user", testbed.user, "--jwt-key", str(testbed.facts["jwt_key_path"])]
    assert main(["steps", str(job_id), "--json", *connection]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [s["id"] for s in shown] == [s.id for s in steps] and shown[1]["nodes"] == list(steps[1].nodes)
    assert main(["usage", str(job_id), *connection]) == 0
    text = capsys.readouterr().out
    assert f"Job ID: {job_id}" in text and f"CPU Efficiency: {usage.cpu_efficiency * 100:.2f}%" in text, text


def _has_record(client: SlurmClient, job_id: int) -> bool:
    """slurmdbd records a job once slurmctld tells it that it started (a moment after it does)."""
    try:
        client.steps(job_id)
    except JobNotFoundError:
        return False
    return True


def test_a_job_accounting_never_saw_is_not_found(
    testbed: Testbed, client: SlurmClient, capsys: pytest.CaptureFixture[str]
) -> None:
    unknown = 4_000_000_000 - int(time.time()) % 1000
    with pytest.raises(JobNotFoundError, match="accounting"):
        client.steps(unknown)
    with pytest.raises(JobNotFoundError, match="accounting"):
        client.usage(unknown)
    connection = ["--url", testbed.url, "--user", testbed.user, "--jwt-key", str(testbed.facts["jwt_key_path"])]
    assert main(["usage", str(unknown), *connection]) == 4
    assert "accounting (slurmdbd) has no record" in capsys.readouterr().err
