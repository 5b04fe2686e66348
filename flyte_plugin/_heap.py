"""The replica's start-up heap, frozen once it has served its first call.

A connector replica holds the SDK, gRPC and this package (75,000-130,000 objects the collector tracks) for
its whole life, and the state of every task in flight on top of them. Each full collection walked all of it:
70-130 ms at 10,000 tasks, in which the replica answered nobody (the capacity bench's paced p99). Frozen
(``gc.freeze``), the start-up objects are never walked again; a full collection then walks the tasks' state
alone (33-38 ms). Garbage left from start-up is collected first, so nothing is kept that could be freed.
"""

from __future__ import annotations

import gc
import logging

__all__ = ["freeze_startup"]

_log = logging.getLogger("flyte_plugin.connector")
_frozen: list[int] = []


def freeze_startup() -> None:
    """Freeze what the process holds now (once per process): call when start-up is over."""
    if _frozen:
        return
    gc.collect()
    gc.freeze()
    _frozen.append(gc.get_freeze_count())
    _log.info("start-up heap frozen: %d objects the collector no longer walks", _frozen[0])
