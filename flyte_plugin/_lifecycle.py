"""What both connectors do around a job, Flyte-free: decide who runs it (policy), submit it under the
Flyte execution's label, log the one line an administrator traces it by, and take stored metadata back
only when this deployment signed it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import sys
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from slurm_rest import JobSpec, SlurmRestError

from ._config import SlurmCluster
from ._constants import JOB_ID_FILE
from ._policy import Execution, SecretReader, Target, apply_policy, target_for
from ._sessions import Session, session
from ._signing import sign, verify

__all__ = ["Begun", "ReaderFactory", "StoredJob", "begin", "cluster_field", "seal", "submit", "target_of"]

# The audit line of each create goes to stderr whatever the server configured for logging (both servers
# leave INFO off); a site routes "flyte_plugin.audit" elsewhere by giving it handlers of its own.
audit = logging.getLogger("flyte_plugin.audit")
if not audit.handlers:
    _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("%(asctime)s slurm-rest audit: %(message)s"))
    audit.addHandler(_handler)
    audit.setLevel(logging.INFO)
    audit.propagate = False

M = TypeVar("M")
S = TypeVar("S", bound="StoredJob")
ReaderFactory = Callable[[SlurmCluster], SecretReader]
"""How an SDK reads a task-defined cluster's secrets (only ever used for one: deployments hold their own)."""


@dataclass
class StoredJob:
    """The fields both SDKs' ResourceMeta store between calls: JSON primitives, no secret values, signed."""

    job_id: int
    cluster: str | dict[str, Any]  # the deployment's cluster name (a task-defined cluster: its definition)
    user: str = ""
    outputs: dict[str, list[str]] = field(default_factory=dict)  # var -> [kind, cluster path]
    output_prefix: str = ""  # where fetched outputs go in the blob store
    work_dir: str = ""  # the task's directory on the cluster
    log: str = ""  # the job's own log (in work_dir), when Slurm's output went to /dev/null
    signature: str = ""

    def encode(self) -> bytes:
        """The SDKs' own encoding (``json.dumps(asdict(meta))``), byte for byte, without ``asdict``'s deep
        copy of every value: every get() encodes its meta (the final-result key, the signature check), and
        the copy cost a task-defined cluster's meta ~0.5 ms of CPU. Each SDK's meta lists ``StoredJob``
        first among its bases, so that this, not ``ResourceMeta.encode``, is what Flyte calls."""
        return json.dumps({f.name: getattr(self, f.name) for f in fields(self)}).encode()

    @classmethod
    def decode(cls: type[S], data: bytes) -> S:
        """The SDKs' own decoding (``dataclass_from_dict``: no field here is a dataclass, so it comes to
        ``cls(**json.loads(data))``) without its per-field type inspection: every get() decodes its meta."""
        return cls(**json.loads(data))


@dataclass
class Begun:
    """A create that the policy allowed: its target, session, execution and run id, and the job's changes."""

    target: Target
    session: Session
    execution: Execution
    run_id: str
    decide: Callable[[JobSpec], dict[str, Any]]  # the policy's changes for a job (RefusedError)
    replay: bool | None = None  # its work directory was there before (None: no SFTP to tell)
    found: int | None = None  # the job an earlier create of this attempt submitted (earlier_job)

    @property
    def work_dir(self) -> str:
        return self.target.work_dir(self.run_id)

    async def make_work_dir(self) -> bool:
        """Make the task's directory now, by SFTP as its user, inside their private root; False without SFTP
        (the job's script makes it then). Made here, Slurm can write the job's output into it from the start."""
        stager = self.session.stager
        if stager is None:
            return False
        # There already: an earlier create of this attempt got this far. One round trip either way, the root's
        # check with it.
        self.replay = not await stager.make_in_private(self.target.work_root, self.run_id)
        # Its job, if it submitted one: then nothing is written again (that job may be reading its inputs now).
        self.found = await self.earlier_job()
        return True

    async def earlier_job(self) -> int | None:
        """The job an earlier create of this attempt submitted (Flyte replays a create whose answer it lost),
        asked only when that create left the work directory behind. A job that started wrote its id there: one
        read, at any age, believed when the job is the user's and (where the record keeps its comment) this
        attempt's. One that has not started is still in the controller: ``find_submitted``, one job listing
        (32 s with 20,000 jobs held, bench 5: too much for every create, so without SFTP to tell a replay there is
        no lookup)."""
        stager, client = self.session.stager, self.session.client
        if not (self.once and self.replay) or stager is None:
            return None
        try:
            stamp = int((await stager.head(f"{self.work_dir}/{JOB_ID_FILE}", 32)).decode().strip())
        except (SlurmRestError, ValueError):  # not started (no file), or not a number
            stamp = None
        if stamp is not None:
            with contextlib.suppress(SlurmRestError):
                job = await client.get_job(stamp)
                if job.user == self.target.user and (not job.comment or self.once in job.comment.split()):
                    return stamp
        return await client.find_submitted(self.once)

    @property
    def once(self) -> str | None:
        """The key of this Flyte attempt (its execution's label), which its job carries; None in a local run."""
        return self.execution.label() if self.execution.project else None


def _reader(cluster: Mapping[str, Any] | str, readers: ReaderFactory) -> SecretReader | None:
    if isinstance(cluster, str):
        return None
    return lambda role: readers(SlurmCluster.from_dict(cluster))(role)


async def begin(custom: Mapping[str, Any], metadata: Any, readers: ReaderFactory) -> Begun:
    """The policy's decision for a task (RefusedError before any token is minted or request sent), then its session."""
    fresh = uuid.uuid4().hex
    execution = Execution.of(metadata, fresh)
    # A served attempt's work directory is its own, the same on every create of it (a replay finds it); any
    # other create's is new (tasks of one unnamed or project-less run must not share one).
    run_id = hashlib.sha256(execution.label().encode()).hexdigest()[:32] if execution.project else fresh
    reader = _reader(custom["cluster"], readers)

    def decide(spec: JobSpec) -> tuple[Target, dict[str, Any]]:
        return apply_policy(custom["cluster"], custom.get("run_as"), spec, execution, reader, local=metadata is None)

    target, _ = decide(JobSpec.from_options("#!/bin/sh\n", custom.get("job") or {}))
    if "image" in custom:  # a shell or script task's image: refused before its work directory is made
        target.container(custom["image"])
    return Begun(target, await session(target), execution, run_id, lambda spec: decide(spec)[1])


async def submit(begun: Begun, spec: JobSpec) -> int:
    """Submit with the policy's changes, decided again for the job as built (its script's #SBATCH lines ask
    for accounts and partitions too); the one line per create that traces the job to its execution. The
    job's own comment stays, the execution's label after it."""
    changes = begun.decide(spec)
    if spec.comment and "comment" in changes:
        changes["comment"] = f"{spec.comment} {changes['comment']}"
    client = begun.session.client
    # Flyte calls create again when it never got the answer (the connector died after submitting): that
    # attempt's job, if make_work_dir found one (Begun.earlier_job), is the answer.
    found = begun.found
    job_id = found if found is not None else await client.submit(spec.with_changes(**changes), once=begun.once)
    ex = begun.execution
    audit.info(
        "%s job %s on cluster %s as %s for project=%s domain=%s execution=%s node=%s attempt=%s",
        "created" if found is None else "found the already created",
        job_id,
        begun.target.cluster or "(task-defined)",
        begun.target.user,
        ex.project or "-",
        ex.domain or "-",
        ex.name,
        ex.node or "-",
        ex.attempt,
    )
    # Tracked now, so the next cycle answers for it: a burst of creates then costs one cycle at the first get().
    begun.session.watcher.track([job_id])
    return job_id


def cluster_field(target: Target) -> str | dict[str, Any]:
    """What metadata says of the cluster: its name, or (task-defined) its definition, never credentials."""
    return dict(target.task_cluster) if target.task_cluster is not None else target.cluster


def seal(meta: M) -> M:
    """``meta`` (either SDK's ResourceMeta) with this deployment's signature over what Flyte will store."""
    stored: Any = meta
    stored.signature = sign(json.loads(stored.encode()))
    return meta


def target_of(fields: Mapping[str, Any], readers: ReaderFactory) -> Target:
    """The Target named by stored metadata, which must carry this deployment's signature (RefusedError)."""
    verify(fields)
    cluster = fields["cluster"]
    return target_for(cluster, str(fields["user"]), _reader(cluster, readers))
