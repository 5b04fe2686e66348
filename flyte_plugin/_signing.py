"""Signed metadata: what Flyte stores between create and get/delete comes back only as this deployment made it.

Anything that can reach the connector's port can send any ResourceMeta to GetTask or DeleteTask. The meta
names a cluster and a user, so an unsigned one would let a caller pick both. Each meta carries an HMAC-SHA256
over its canonical JSON, keyed by the deployment's ``signing_key`` (shared by its replicas), or, with no
deployment (a local run, one process), by a key made at random for this process.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Mapping
from typing import Any

from slurm_rest import RefusedError

from ._deployment import deployment, signing_key_bytes

__all__ = ["sign", "verify"]

_PROCESS_KEY = secrets.token_bytes(32)
FIELD = "signature"


# The deployment whose key was read, and that key: read once per deployment (a rollout picks up a rotated
# key, as it does the clusters' secrets), not once per call (a file read was 6% of a busy replica's CPU).
_READ: list[tuple[object, bytes]] = []


def _key() -> bytes:
    dep = deployment()
    if dep is None:
        return _PROCESS_KEY
    kept = _READ[0] if _READ else None
    if kept is None or kept[0] is not dep:
        kept = (dep, signing_key_bytes(dep))
        _READ[:] = [kept]
    return kept[1]


def _mac(fields: Mapping[str, Any]) -> str:
    body = json.dumps({k: v for k, v in fields.items() if k != FIELD}, sort_keys=True, separators=(",", ":"))
    return hmac.new(_key(), body.encode(), hashlib.sha256).hexdigest()


def sign(fields: Mapping[str, Any]) -> str:
    """The signature of a meta's fields (all but ``signature`` itself)."""
    return _mac(fields)


def verify(fields: Mapping[str, Any]) -> None:
    """RefusedError unless the meta was signed by this deployment (or, locally, this process)."""
    given = fields.get(FIELD)
    if not isinstance(given, str) or not hmac.compare_digest(given, _mac(fields)):
        raise RefusedError(
            "task metadata is not signed by this connector's deployment: refused "
            "(metadata comes back only as create made it)"
        )
