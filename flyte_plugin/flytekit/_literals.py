"""Moving the files a literal map refers to between Flyte's blob store and the cluster, by SFTP.

The cluster never needs blob-store credentials: the connector fetches each input blob from the blob
store and uploads it into the job's work directory, rewriting the literal's URI to the cluster path;
after the job, it downloads each output blob the job wrote on the cluster and puts it under the
task's output prefix in the blob store. Literals are walked as protobufs (collections, maps and
unions nest), and only URIs are rewritten, so every other field arrives untouched.
"""

from __future__ import annotations

import asyncio
import posixpath
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from flyteidl.core import literals_pb2, types_pb2
from flytekit.core.context_manager import FlyteContextManager
from flytekit.models.literals import LiteralMap

from slurm_rest import Stager

from .._files import check_input

__all__ = ["blob_uris", "check_input", "fetch_outputs", "put_file", "put_local", "stage_inputs"]

_MULTIPART = types_pb2.BlobType.BlobDimensionality.MULTIPART


def _blobs(lit: literals_pb2.Literal) -> Iterator[tuple[Any, bool]]:
    """Every message in ``lit`` whose ``uri`` names data (blob or structured dataset), and whether it
    is a directory."""
    kind = lit.WhichOneof("value")
    if kind == "scalar":
        scalar = lit.scalar
        which = scalar.WhichOneof("value")
        if which == "blob":
            yield scalar.blob, scalar.blob.metadata.type.dimensionality == _MULTIPART
        elif which == "structured_dataset" and scalar.structured_dataset.uri:
            yield scalar.structured_dataset, True
        elif which == "union":
            yield from _blobs(scalar.union.value)
    elif kind == "collection":
        for item in lit.collection.literals:
            yield from _blobs(item)
    elif kind == "map":
        for item in lit.map.literals.values():
            yield from _blobs(item)


def _all_blobs(proto: literals_pb2.LiteralMap) -> list[tuple[Any, bool]]:
    return [blob for name in sorted(proto.literals) for blob in _blobs(proto.literals[name])]


def blob_uris(literals: LiteralMap) -> list[str]:
    return [msg.uri for msg, _ in _all_blobs(literals.to_flyte_idl())]


def _basename(uri: str) -> str:
    return posixpath.basename(uri.rstrip("/")) or "data"


def _on_cluster(uri: str) -> str | None:
    """The cluster path a job-written URI names (a plain or file:// path), None for blob-store URIs."""
    path = uri.removeprefix("file://")
    return path if path.startswith("/") else None


async def stage_inputs(
    literals: LiteralMap,
    stager: Stager | None,
    remote_dir: str,
    *,
    mapped: Callable[[str], str | None] = lambda uri: None,
    write: bool = True,
) -> LiteralMap:
    """The input map with every file it names on the cluster: where ``mapped`` knows the cluster path
    (a shared filesystem) that path, else uploaded by SFTP into ``remote_dir``. Without a stager,
    unmapped URIs stay as they are. ``write`` False: the same paths, nothing fetched or uploaded (a replayed
    create whose job exists)."""
    proto = literals.to_flyte_idl()
    file_access = FlyteContextManager.current_context().file_access
    with tempfile.TemporaryDirectory(prefix="slurm-rest-in-") as tmp:

        async def move(i: int, msg: Any, multipart: bool) -> None:
            check_input(msg.uri)  # the deployment's blob store only: refused before anything is read
            shared = mapped(msg.uri.removeprefix("file://"))
            if shared is not None or stager is None:
                msg.uri = shared or msg.uri
                return
            local = Path(tmp, str(i), _basename(msg.uri))
            remote = f"{remote_dir}/{i}/{local.name}"
            if write:
                await file_access.async_get_data(msg.uri, str(local), is_multipart=multipart)
                await stager.upload(local, remote)
            msg.uri = remote

        await asyncio.gather(*(move(i, msg, multi) for i, (msg, multi) in enumerate(_all_blobs(proto))))
    return LiteralMap.from_flyte_idl(proto)


async def fetch_outputs(data: bytes, stager: Stager, output_prefix: str, work_dir: str) -> LiteralMap:
    """Parse the job's ``outputs.pb``; bring every blob it wrote on the cluster (inside ``work_dir``, reached
    by no link) into the blob store under ``output_prefix`` and name it there."""
    proto = literals_pb2.LiteralMap()
    proto.ParseFromString(data)

    async def move(i: int, msg: Any) -> None:
        remote = _on_cluster(msg.uri)
        if remote is not None:  # else already in a blob store: the job put it there itself
            await stager.no_links(work_dir, posixpath.normpath(remote))
            msg.uri = await put_file(stager, remote, output_prefix, str(i))

    await asyncio.gather(*(move(i, msg) for i, (msg, _) in enumerate(_all_blobs(proto))))
    return LiteralMap.from_flyte_idl(proto)


async def put_file(stager: Stager, remote: str, output_prefix: str, key: str) -> str:
    """One file or directory the job wrote on the cluster, put into the blob store under
    ``output_prefix/slurm-rest-outputs/key/``; its new URI."""
    with tempfile.TemporaryDirectory(prefix="slurm-rest-out-") as tmp:
        local = Path(tmp, _basename(remote))
        await stager.download(remote, local)
        return await put_local(str(local), output_prefix, key)


async def put_local(local: str, output_prefix: str, key: str) -> str:
    """A local file or directory put into the blob store under ``output_prefix/slurm-rest-outputs/key/``; its URI."""
    file_access = FlyteContextManager.current_context().file_access
    target = f"{output_prefix.rstrip('/')}/slurm-rest-outputs/{key}/{Path(local).name}"
    uri: str = await file_access.async_put_data(local, target, is_multipart=Path(local).is_dir())
    return uri
