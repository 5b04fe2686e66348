"""Every tunable of both connectors (flytekit and Flyte 2), in one place."""

from __future__ import annotations

__all__ = [
    "ERROR_TEXT",
    "FINAL_CACHE",
    "FN_PLACEHOLDER",
    "HEADER_BYTES",
    "JOB_ID_FILE",
    "LAST_ANSWERS",
    "POLL_AGE_CAP",
    "POLL_AGE_STEP",
    "POLL_MAX_AGE",
    "STDERR_TAIL",
    "TARGETS_KEPT",
    "USAGE_READS",
]

POLL_MAX_AGE = 1.0  # seconds a watched state may be reused by concurrent get() calls
# ... per this many tracked tasks, at most POLL_AGE_CAP s: a cycle costs one state request per 2,000 tasks
# (slurm_rest's STATE_CHUNK) and parsing their states, so a replica with 10,000 tasks cycled each second spent
# ~15% of its CPU there. Flyte asks about each task every ~10 s anyway; a state up to 5 s old adds little.
# A replica's cycles ask as the connector's users (each has a watcher), and a rate-limited controller
# (rl_enable; Slurm's default: 2 RPCs a second per user after a bucket of 30) counts every state request
# against the user's bucket: so at least 1 s, however few tasks, though a job's end is then seen up to 1 s
# late (0.25 s was tried: 4 requests a second, and a test's rate-limited connectors then timed out).
POLL_AGE_STEP = 2000
POLL_AGE_CAP = 5.0
STDERR_TAIL = 2048  # bytes of a failed job's stderr put into the phase message
# characters of an error message a connector call passes to Flyte (gRPC refuses metadata over 8 kB, and
# flytekit sends it twice, with a traceback)
ERROR_TEXT = 1500
# bytes of a script task's script read for its #SBATCH header (it ends at the first command)
HEADER_BYTES = 64 * 1024
# (cluster, user) targets kept resolved, the least recently used dropped past this: a get() then reads no
# secret and rebuilds nothing (a dropped one is simply made again)
TARGETS_KEPT = 256
FINAL_CACHE = 4096  # terminal results kept, so a repeated get() after cleanup answers the same
# running jobs' last answers kept, given again while their record is unchanged (a few kB each: 10,000 tasks
# in flight keep ~30 MB; past this many, the least recently asked is built again when next asked)
LAST_ANSWERS = 20_000
FN_PLACEHOLDER = "{task.fn}"  # where a function task's script template puts the command
# A finished job's usage summary: accounting may lag the controller by a moment (22.05 was seen without
# a multi-node step's record yet), so it is read again up to this many times, a second apart. Three reads
# were not enough on a CI machine running three testbeds at once (a two-node job's record still held one
# node); the final result is cached, so this is paid once per task, and only while accounting lags.
USAGE_READS = (6, 1.0)
# A job writes its id into its work directory when it starts, so a create that Flyte replays finds that
# job by one SFTP read at any age (the controller forgets a job MinJobAge after its end).
JOB_ID_FILE = ".slurm-rest-job"
