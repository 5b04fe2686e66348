"""A Python site with ``flyte`` 2 and this project for the 22.05 testbed's cluster Python (3.11, this one's).

The testbed's FLYTE_SITE holds flytekit and the project as it was at ``up``; Flyte 2 function tasks need
``flyte`` there and this tree's ``flyte_plugin``. As a user would, the job user gets them into their home: the
installed distributions ``flyte`` needs are copied from this environment (same versions, no index), packed,
uploaded by SFTP and unpacked by a Slurm job, once per content (a digest names the directory).
"""

from __future__ import annotations

import hashlib
import importlib.metadata as md
import re
import tarfile
import tempfile
from pathlib import Path

from packaging.requirements import Requirement

from slurm_rest import JobSpec, SlurmClient, Stager

from ..conftest import Testbed
from .ssh_support import client_config, ssh_config

ROOT = Path(__file__).resolve().parents[2]
PROJECT = ("slurm_rest", "flyte_plugin", "generated_client")


def _closure(name: str, extra: str) -> list[md.Distribution]:
    """The installed distributions ``name[extra]`` needs, itself included."""
    seen: dict[str, md.Distribution] = {}
    todo = [name]
    while todo:
        key = re.sub(r"[-_.]+", "-", todo.pop()).lower()
        if key in seen:
            continue
        try:
            dist = md.distribution(key)
        except md.PackageNotFoundError:
            continue
        seen[key] = dist
        for text in dist.requires or []:
            req = Requirement(text)
            if req.marker is None or req.marker.evaluate({"extra": extra if key == name else ""}):
                todo.append(req.name)
    return [seen[k] for k in sorted(seen)]


def _files(dists: list[md.Distribution]) -> list[tuple[Path, str]]:
    """(local file, name in the site) for every installed file of ``dists`` and this tree's packages."""
    out = []
    for dist in dists:
        for rel in dist.files or []:
            name = str(rel)
            if name.startswith("..") or "__pycache__" in name:
                continue  # scripts outside site-packages, caches
            path = Path(str(dist.locate_file(rel)))
            if path.is_file():
                out.append((path, name))
    for pkg in PROJECT:
        out += [(p, str(p.relative_to(ROOT))) for p in sorted((ROOT / pkg).rglob("*.py"))]
    return sorted(out, key=lambda item: item[1])


def _digest(files: list[tuple[Path, str]], dists: list[md.Distribution]) -> str:
    h = hashlib.sha256()
    for dist in dists:
        h.update(f"{dist.metadata['Name']}=={dist.version}\n".encode())
    for path, name in files:
        if name.split("/", 1)[0] in PROJECT:
            h.update(name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def flyte2_site(tb: Testbed) -> str:
    """The site's directory on the cluster (made once per content): put it on the job's PYTHONPATH."""
    import asyncio

    dists = _closure("flyte", "connector")  # flyte_plugin.flyte2 imports flyte.connectors
    files = _files(dists)
    home = f"/home/{tb.facts['ssh']['user']}/.cache/slurm-rest-tests"
    site = f"{home}/flyte2-site-{_digest(files, dists)}"

    async def present() -> bool:
        async with Stager(ssh_config(tb)) as st:
            return await st.exists(f"{site}/.complete")

    if asyncio.run(present()):
        return site
    with tempfile.TemporaryDirectory(prefix="flyte2-site-") as tmp:
        archive = Path(tmp, "site.tar.gz")
        with tarfile.open(archive, "w:gz", compresslevel=1) as tar:
            for path, name in files:
                tar.add(path, arcname=name, recursive=False)

        async def upload() -> None:
            async with Stager(ssh_config(tb)) as st:
                await st.makedirs(home)
                await st.upload(archive, f"{site}.tar.gz")

        asyncio.run(upload())
    script = (
        f"#!/bin/bash\nset -e\nrm -rf {site}\nmkdir -p {site}\ntar -xzf {site}.tar.gz -C {site}\n"
        f"rm -f {site}.tar.gz\ntouch {site}/.complete\n"
    )
    with SlurmClient(client_config(tb)) as client:
        job = client.submit(
            JobSpec.from_options(
                script, {"job-name": "flyte2-site", "time": "10", "chdir": home, "output": "/dev/null"}
            )
        )
        info = client.wait(job, timeout=600)
    assert info.return_code == 0, f"unpacking the Flyte 2 site failed: {info}"
    return site
