"""Every tunable and errno table of the facade, in one place (the ``ClientConfig`` defaults aside).

Errno tables name Slurm's numbers (``slurm_errno.h``) as slurmrestd sends them in ``errors[]``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "ACCOUNTING_ATTEMPTS",
    "ACCOUNTING_MAX_WAIT",
    "AHEAD_GAP",
    "AHEAD_PAUSES",
    "ALREADY_DONE_ERRNOS",
    "AMBIGUOUS_ERRNOS",
    "AUTH_ERRNOS",
    "AUTH_STATUS",
    "DEFAULT_ENV",
    "FIRST_READS",
    "IDLE_CONNECTIONS",
    "LIST_ABOVE",
    "LIST_SHARE",
    "LOOKUP_DELAYS",
    "MAX_BODY",
    "MAX_CONTAINER_SCRIPT",
    "NOTHING_FOUND_ERRNOS",
    "NOT_FOUND_ERRNOS",
    "PACE_POLL",
    "PACE_START",
    "PENDING_LOOKUP_DELAYS",
    "PENDING_REFRESH",
    "QUICK_ANSWER",
    "RANK_PORTS",
    "REFRESH_AHEAD",
    "REFRESH_BATCH",
    "REFRESH_FANOUT",
    "RETRY_ATTEMPTS",
    "RETRY_INITIAL_WAIT",
    "RETRY_MAX_WAIT",
    "SETTLE_ROUNDS",
    "SFTP_CIPHERS",
    "SFTP_WINDOW",
    "SLOW_ANSWER",
    "STALE_AFTER",
    "STANDBY_ERRNOS",
    "STATE_CHUNK",
    "SUBMIT_NOTICES",
    "SUBMIT_ROUNDS",
    "TLS_NAME_MISMATCH",
    "TOKEN_COMMAND_TIMEOUT",
    "TOKEN_RENEW_FRACTION",
    "TOKEN_RENEW_MARGIN",
    "TRANSIENT_ERRNOS",
    "TRANSIENT_STATUS",
    "UNANSWERED",
    "URLS_KEPT",
    "USER_AGENT",
]

# -- HTTP --------------------------------------------------------------------------------------------------
USER_AGENT = "slurm-rest/0.1"
# Request URLs kept per client (_http.Urls): a watcher's state requests over MaxJobCount jobs fit.
URLS_KEPT = 256
# Default for ClientConfig.max_body: the largest answer read into memory, and the largest job record of a
# listing, which is read record by record whatever its size; a larger one is refused while it streams in.
MAX_BODY = 256 * 1024 * 1024
# Default for ClientConfig.idle_connections: connections a client keeps open between bursts (within one it
# reuses every connection it opened: _pool), so that a burst as wide as this sends at once, with no new
# connection (a round trip more, and a TLS handshake through a proxy: 0.59x raw httpx for rounds of 8 at 50 ms
# when 4 were kept). slurmrestd's --max-connections (default 124) counts an idle keep-alive connection as one
# of its places: 15 clients keeping 8 stay under it. Where a process's kept connections fill a lower cap, its
# clients free them (UNANSWERED).
IDLE_CONNECTIONS = 8
# Seconds a new connection may wait for its first answer before every pool of the process closes its idle
# connections to that slurmrestd: past slurmrestd's --max-connections a connection waits unaccepted, in the
# kernel's backlog, until one closes. With 20 kept against a cap of 8 and no such rule, 14 of 60 concurrent
# reads sat there for the whole read timeout (30 s, then retried; 26.05, tests/live/test_limits.py).
UNANSWERED = 1.0
# OpenSSL's X509_V_ERR_HOSTNAME_MISMATCH and X509_V_ERR_IP_ADDRESS_MISMATCH: a certificate refused for the
# name in the URL (another CA would not help: the URL must use a name the certificate holds).
TLS_NAME_MISMATCH = frozenset({62, 64})

# -- jobs --------------------------------------------------------------------------------------------------
# Jobs get exactly this environment unless JobSpec.environment says otherwise: slurmrestd has no
# submitting shell to inherit from, and an empty environment leaves scripts without a PATH.
DEFAULT_ENV: Mapping[str, str] = MappingProxyType({"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"})
"""A job's whole environment unless ``JobSpec.environment`` gives its own: slurmrestd has no shell to inherit from."""

# -- classification ----------------------------------------------------------------------------------------
AUTH_STATUS = frozenset({401, 403})
# ESLURM_PROTOCOL_AUTHENTICATION_ERROR (1007) and the ESLURM_REST_AUTH_* codes.
AUTH_ERRNOS = frozenset({1007, 5005, 5006, 5007})
# Errors that a rejected token and a failure behind slurmrestd both give (HTTP 500+ with only these): Slurm's
# generic -1 (22.05 on every controller endpoint, /ping's "slurmctld config is unable to load" included,
# and 24.05's "Unable to query jobs": the RPC's return value, whatever failed), and ESLURM_DB_CONNECTION
# (7000, "Unable to connect to database": 26.05's slurmdb endpoints for a wrong token, or slurmdbd down).
# Such an answer is an AuthError only when a probe (_classify.probe_for) proves the token rejected.
AMBIGUOUS_ERRNOS = frozenset({-1, 7000})
# ESLURM_INVALID_JOB_ID: 22.05 sends it with HTTP 500, newer releases with 404.
NOT_FOUND_ERRNOS = frozenset({2017})
# A standby controller's refusal: ESLURM_IN_STANDBY_MODE (2027), ESLURM_IN_STANDBY_USE_BACKUP (2131).
# libslurm (inside slurmrestd) tries every controller and gives up after 1.5 x SlurmctldTimeout while the
# primary is gone and the backup has not yet taken over (slurm_protocol_api.c); a standby controller
# processes nothing, so the request had no effect: retried, and resent even when it is a submit.
STANDBY_ERRNOS = frozenset({2027, 2131})
# Communication failures between slurmrestd and slurmctld (controller down, restarting or failing over to
# its backup): EAGAIN, EPIPE, ECONNRESET, ETIMEDOUT, ECONNREFUSED, EHOSTUNREACH, SLURM_COMMUNICATIONS_*
# (1001-1004), SLURMCTLD_COMMUNICATIONS_* (1800-1805: connect, send, receive, shutdown, back off, dropped),
# the socket errors (5000-5005) and "slurmctld busy" (1900): worth a retry. A primary killed while a submit
# was on its way gave 22.05's slurmrestd 104 (HTTP 500), which read as a refused submission.
TRANSIENT_ERRNOS = STANDBY_ERRNOS | frozenset(
    {
        11,
        32,
        104,
        110,
        111,
        113,
        1001,
        1002,
        1003,
        1004,
        1800,
        1801,
        1802,
        1803,
        1804,
        1805,
        5000,
        5001,
        5002,
        5003,
        5004,
        5005,
        1900,
    }
)
TRANSIENT_STATUS = frozenset({502, 503, 504})
# ESLURM_JOB_HELD: 22.05 puts it in errors[] beside the new job's id when submitting with hold; sbatch
# prints it as a notice. The job exists: this is success, never a failed (and retried) submission.
SUBMIT_NOTICES = frozenset({2042})
# ESLURM_ALREADY_DONE: cancelling a job that has finished (an unknown job raises JobNotFoundError).
ALREADY_DONE_ERRNOS = frozenset({2021})
# 22.05's slurmdb answer for a job id it has no record of (HTTP 200, error 9003 "Nothing found").
NOTHING_FOUND_ERRNOS = frozenset({9003})

# -- retries (see _retry) ----------------------------------------------------------------------------------
RETRY_INITIAL_WAIT = 0.2
RETRY_MAX_WAIT = 5.0
RETRY_ATTEMPTS = 10
# Accounting lookups of purged jobs: a blip is retried briefly; a down slurmdbd (502) is an answer.
ACCOUNTING_MAX_WAIT = 1.0
ACCOUNTING_ATTEMPTS = 3
# A submit whose answer was lost is looked up by tag after these pauses (slurmrestd may still be
# working on it); only if no job carries the tag is the same request sent again.
LOOKUP_DELAYS = (0.5, 1.0, 2.0)
SUBMIT_ROUNDS = 3
# A submit whose answer timed out may still be carried out (slurmrestd sleeping out a rate limit): it is
# never resent; its tag is looked for after these pauses, repeating the last, until the retry deadline.
PENDING_LOOKUP_DELAYS = (1.0, 2.0, 4.0, 8.0)

# -- pace (see _pace) --------------------------------------------------------------------------------------
# A request unanswered this long (seconds), a read timeout or a gateway error halves the requests a client
# keeps in flight; PACE_POLL: how often a request waiting for its turn asks again.
SLOW_ANSWER = 5.0
# Requests a new client sends at once before quick answers have shown slurmrestd keeps up (slow start).
PACE_START = 4
# Only an answer quicker than this (seconds) lets the pace grow again.
QUICK_ANSWER = 1.0
PACE_POLL = 0.02

# -- functions (see _functions) ---------------------------------------------------------------------------
# A distributed call's MASTER_PORT: base + job id % span, so that jobs sharing a node rarely collide
# (29500 is torch.distributed's default).
RANK_PORTS = (29500, 2000)
# A job in a container carries its script in the environment of its tasks (see _containers); one
# environment string may be at most 128 KiB (Linux's MAX_ARG_STRLEN).
MAX_CONTAINER_SCRIPT = 100_000

# -- staging (see _staging) -------------------------------------------------------------------------------
# The SSH channel's receive window (bytes) for SFTP: a download moves at most one window per round trip.
# asyncssh's default (2 MiB) held 100 MB downloads to 18 MB/s at 50 ms RTT (OpenSSH's sftp: 25); 16 MiB
# moved 47-55 MB/s. Uploads are bounded by sshd's window whatever this is.
SFTP_WINDOW = 16 * 1024 * 1024
# Ciphers in order of preference: asyncssh's ChaCha20-Poly1305 moved 55/75 MB/s up/down on loopback,
# AES-GCM (AES-NI through cryptography) 80/104, as fast as OpenSSH's sftp; all of them are kept as fallbacks.
SFTP_CIPHERS = (
    "aes128-gcm@openssh.com",
    "aes256-gcm@openssh.com",
    "chacha20-poly1305@openssh.com",
    "aes256-ctr",
    "aes192-ctr",
    "aes128-ctr",
)

# -- tokens (see _auth) ------------------------------------------------------------------------------------
# A cached token is renewed when this fraction of its life, and at least this many seconds, are left.
TOKEN_RENEW_FRACTION = 0.1
TOKEN_RENEW_MARGIN = 30.0
TOKEN_COMMAND_TIMEOUT = 30.0

# -- watching (see _watching) ------------------------------------------------------------------------------
# Job ids per GET /jobs/state/ request. slurmrestd (22.05, 24.11, 26.05 alike) refuses a request head
# over 80 KiB (HTTP 400, or 500 on 26.05), httpx a query over 64 KiB: 2,000 ids of at most 10 digits
# make at most 36,000 bytes of query ("job_id=4294967295&" each). A proxy before slurmrestd may allow less
# (nginx: 8 KiB by default, ~500 ids): a watcher whose request it refuses (414, 431) halves its chunk.
STATE_CHUNK = 2000
# A cycle that needs more full records than this reads those of jobs changed since its previous cycle
# from one listing (GET /jobs/?update_time=T: one JOB_INFO RPC) instead of two RPCs per job.
LIST_ABOVE = 32
# ... but only while the controller held at most this many jobs per record due at its last listing: slurmctld
# answers such a listing with every job it holds, which slurmrestd dumps at ~2.4 ms a job (20,000 jobs: 48 s on
# 24.11), where a record read on its own costs two small RPCs. Up to 20 jobs a record, one RPC instead of two
# per record is worth ~50 ms of slurmrestd's time per record; past it the records are read one by one.
LIST_SHARE = 20
# Pending jobs first seen from their state words alone are read in full (for their reason: held,
# dependency, priority …) at most this many per cycle: 1,000 new pending jobs cost ~32 cycles of reads
# spread over time, not 2,000 RPCs at once.
FIRST_READS = 32
# A watcher's get() that needs a cycle first lets the event loop run while the tracked set still grows,
# at most this many rounds: callers arriving together then share one cycle.
SETTLE_ROUNDS = 100
# Every PENDING_REFRESH s the full records of up to REFRESH_BATCH pending jobs are re-read (their reason).
PENDING_REFRESH = 10.0
REFRESH_BATCH = 8
# Longer than a wait's longest pause (Backoff.maximum), far shorter than Slurm's default MinJobAge (300 s).
STALE_AFTER = 30.0
# A watcher's get() whose state has less than this many times the last cycle run ahead left before it turns
# older than max_age runs the next cycle now (the others are answered meanwhile from the state it replaces):
# at 10,000 jobs a cycle took 0.2-0.6 s, and every get() that came while it ran waited for it (the capacity
# bench). Until one has been timed, half of max_age.
REFRESH_AHEAD = 1.5
# Requests a cycle run ahead sends at once (until a caller comes to wait for it). At 10,000 tasks a cycle costs
# a connector replica ~130 ms of CPU: its requests sent 20 at once, the calls that came meanwhile queued
# behind that burst (p99 of 1,000 GetTask calls a second: 95-170 ms); 4 at once, 730-870 of 20,000 calls
# still took over 50 ms; one at a time, 4-250 did (bench/run.py --sections capacity, 24.11).
REFRESH_FANOUT = 1
# Seconds an async cycle run ahead pauses after each answer (until a caller comes to wait for it), at most
# AHEAD_PAUSES of max_age in all per step (a cycle's two steps then take a quarter of it, within the lead of
# half): one request at a time back to back, a cycle over 10,000 jobs (5 state requests, 32 first reads) still
# put ~130 ms of the replica's CPU and ~300 ms of slurmrestd's and slurmctld's into ~0.3 s, and the calls that
# came meanwhile queued (paced p99 33-63 ms, up to 541 of 20,000 calls over 50 ms); spread over ~1 s, 15-17 ms
# and 0-5 (bench/run.py --sections capacity, 24.11).
AHEAD_GAP = 0.02
AHEAD_PAUSES = 0.125
