"""How an error leaves a connector call: its type and message, without the chain of causes behind it.

flytekit's server puts the whole traceback into the gRPC status (``get_traceback_str``); a TLS refusal with
httpx's and ssl's causes chained to it came to 8.6 kB there, past gRPC's 8 kB metadata limit, and FlytePropeller
got RESOURCE_EXHAUSTED instead of the reason. So each connector call re-raises its error without its causes
and frames (one short traceback), with a message of at most ``ERROR_TEXT`` characters, and the full chain goes
to the connector's own log.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

from ._constants import ERROR_TEXT

__all__ = ["ConnectorError", "reported"]

_log = logging.getLogger("flyte_plugin")
P = ParamSpec("P")
R = TypeVar("R")


class ConnectorError(RuntimeError):
    """An error whose message was too long to pass on whole: its type's name and the message's start."""


def reported(call: Callable[P, Coroutine[Any, Any, R]]) -> Callable[P, Coroutine[Any, Any, R]]:
    """``call``, re-raising any error as itself (or a ConnectorError when its text is too long) with no causes."""

    @functools.wraps(call)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return await call(*args, **kwargs)
        except Exception as exc:
            _log.error("%s failed", call.__qualname__, exc_info=exc)
            text = str(exc)
            if len(text) > ERROR_TEXT:
                raise ConnectorError(
                    f"{type(exc).__name__}: {text[:ERROR_TEXT]} ... ({len(text)} characters)"
                ) from None
            raise exc.with_traceback(None) from None

    return wrapper
