"""Errors leaving a connector call fit in a gRPC status, through flytekit's and Flyte 2's own handlers."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap

import pytest

from flyte_plugin._constants import ERROR_TEXT
from flyte_plugin._reported import reported
from slurm_rest import TLSError

GRPC_METADATA_LIMIT = 8192


# Each server's own handler, run in a process of its own: flytekit and flyte register the same Prometheus metrics.
HANDLE = textwrap.dedent("""
    import asyncio, json, sys, types
    from {module} import _handle_exception
    from tests.test_reported import failing
    context = types.SimpleNamespace(code=None, details="")
    context.set_code = lambda code: setattr(context, "code", code)
    context.set_details = lambda details: setattr(context, "details", details)
    try:
        asyncio.run(failing(int(sys.argv[1])))
    except Exception as exc:
        _handle_exception(exc, context, "slurm_rest_shell", "create")
        print(json.dumps([type(exc).__name__, str(exc), context.code.name, context.details]))
""")
TEXT = "certificate refused: host name mismatch "


def deep_chain(depth: int, text: str) -> None:
    """Raise ``text`` as a TLSError with ``depth`` causes chained behind it, each from a deep stack."""

    def dive(n: int) -> None:
        if n:
            dive(n - 1)
        raise OSError("x" * 300)

    try:
        try:
            dive(40)
        except OSError as cause:
            cause2 = ValueError("y" * 2000)
            raise cause2 from cause
    except ValueError as cause:
        for _ in range(depth):
            try:
                raise RuntimeError("z" * 500) from cause
            except RuntimeError as again:
                cause = again  # type: ignore[assignment]
        raise TLSError(text) from cause


@reported
async def failing(length: int) -> None:
    deep_chain(5, TEXT + "w" * length)


@pytest.mark.parametrize(
    "module", ["flytekit.extend.backend.connector_service", "flyte.connectors._server"], ids=["flytekit", "flyte2"]
)
@pytest.mark.parametrize("length", [200, 20_000])
def test_an_error_with_a_long_chain_fits_in_the_grpc_status(module: str, length: int) -> None:
    ran = subprocess.run(
        [sys.executable, "-c", HANDLE.format(module=module), str(length)], capture_output=True, text=True, check=True
    )
    kind, message, code, details = json.loads(ran.stdout.strip().splitlines()[-1])
    assert code == "INTERNAL"
    assert len(details.encode()) < GRPC_METADATA_LIMIT * 3 // 4  # flytekit's text holds the message twice
    assert TEXT in details
    assert "OSError" not in details and "yyyy" not in details  # the causes stay in the log
    if length < ERROR_TEXT:
        assert kind == "TLSError" and message == TEXT + "w" * length  # its type and message as they were
    else:
        assert kind == "ConnectorError" and message.startswith("TLSError: " + TEXT)
        assert message.endswith(f"({len(TEXT) + length} characters)")


def test_the_full_chain_goes_to_the_log(caplog: pytest.LogCaptureFixture) -> None:
    @reported
    async def get() -> None:
        deep_chain(1, "refused")

    with pytest.raises(TLSError):
        asyncio.run(get())
    assert "get failed" in caplog.text and "OSError: xxx" in caplog.text and "TLSError: refused" in caplog.text
