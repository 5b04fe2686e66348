"""The files a Flyte 2 function task's literals name, between the blob store and its work directory on the
cluster: inputs fetched (from the deployment's blob store only) and uploaded by SFTP, outputs the job wrote
downloaded and put under the task's output prefix. Every URI is rewritten where the job, or Flyte, reads it."""

from __future__ import annotations

import asyncio
import posixpath
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import flyte.storage
from flyteidl2.core import literals_pb2, types_pb2
from flyteidl2.task import common_pb2

from slurm_rest import Stager

from .._files import check_input

__all__ = ["all_blobs", "fetch", "publish_outputs", "stage_inputs"]

_MULTIPART = types_pb2.BlobType.BlobDimensionality.MULTIPART


def _blobs(lit: literals_pb2.Literal) -> Iterator[tuple[Any, bool]]:
    """Every message in ``lit`` whose ``uri`` names data, and whether it is a directory."""
    kind = lit.WhichOneof("value")
    if kind == "scalar":
        which = lit.scalar.WhichOneof("value")
        if which == "blob":
            yield lit.scalar.blob, lit.scalar.blob.metadata.type.dimensionality == _MULTIPART
        elif which == "structured_dataset" and lit.scalar.structured_dataset.uri:
            yield lit.scalar.structured_dataset, True
        elif which == "union":
            yield from _blobs(lit.scalar.union.value)
    elif kind == "collection":
        for item in lit.collection.literals:
            yield from _blobs(item)
    elif kind == "map":
        for key in sorted(lit.map.literals):
            yield from _blobs(lit.map.literals[key])
    elif kind == "offloaded_metadata":
        yield lit.offloaded_metadata, False


def all_blobs(named: Sequence[Any]) -> list[tuple[Any, bool]]:
    """The data URIs of an Inputs' or Outputs' named literals, in a fixed order."""
    return [blob for item in named for blob in _blobs(item.value)]


def _basename(uri: str) -> str:
    return posixpath.basename(uri.rstrip("/")) or "data"


async def fetch(uri: str, local: Path, *, directory: bool) -> None:
    """One file or directory from the blob store to a local path (its parents made)."""
    local.parent.mkdir(parents=True, exist_ok=True)  # fsspec makes no parents
    await flyte.storage.get(uri, str(local), recursive=directory)


async def stage_inputs(data: bytes, stager: Stager, remote_dir: str, mapped: Callable[[str], str | None]) -> bytes:
    """``inputs.pb`` with every file it names on the cluster: through a shared filesystem where ``mapped`` knows
    it, else fetched from the blob store (checked first) and uploaded by SFTP into ``remote_dir``."""
    inputs = common_pb2.Inputs()
    inputs.ParseFromString(data)
    found = all_blobs(inputs.literals)
    for msg, _ in found:
        check_input(msg.uri)  # all refused before any is read
    with tempfile.TemporaryDirectory(prefix="slurm-rest-in-") as tmp:

        async def move(i: int, msg: Any, directory: bool) -> None:
            shared = mapped(msg.uri.removeprefix("file://"))
            if shared is not None:
                msg.uri = shared
                return
            local = Path(tmp, str(i), _basename(msg.uri))
            await fetch(msg.uri, local, directory=directory)
            msg.uri = f"{remote_dir}/{i}/{local.name}"
            await stager.upload(local, msg.uri)

        await asyncio.gather(*(move(i, msg, d) for i, (msg, d) in enumerate(found)))
    return bytes(inputs.SerializeToString())


async def publish_outputs(data: bytes, stager: Stager, work_dir: str, output_prefix: str) -> bytes:
    """``outputs.pb`` with every file the job wrote (inside ``work_dir``, reached by no link) put into the blob
    store under ``output_prefix/slurm-rest-outputs/`` and named there."""
    outputs = common_pb2.Outputs()
    outputs.ParseFromString(data)
    with tempfile.TemporaryDirectory(prefix="slurm-rest-out-") as tmp:

        async def move(i: int, msg: Any) -> None:
            path = msg.uri.removeprefix("file://")
            if not path.startswith("/"):
                return  # already in a blob store: the job put it there itself
            remote = posixpath.normpath(path)
            await stager.no_links(work_dir, remote)
            local = Path(tmp, str(i), _basename(remote))
            await stager.download(remote, local)
            target = f"{output_prefix.rstrip('/')}/slurm-rest-outputs/{i}/{local.name}"
            if not flyte.storage.is_remote(target):
                Path(target).parent.mkdir(parents=True, exist_ok=True)
            msg.uri = str(await flyte.storage.put(str(local), target, recursive=local.is_dir()))

        await asyncio.gather(*(move(i, msg) for i, (msg, _) in enumerate(all_blobs(outputs.literals))))
    return bytes(outputs.SerializeToString())
