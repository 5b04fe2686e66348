"""The task image of the live tests: the connector image scripts/image builds (bookworm, Python 3.11 in
/opt/connector with flytekit, Flyte 2 and this project), on a testbed's cluster in each runtime's form."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import time
from concurrent.futures import Future
from pathlib import Path

from slurm_rest_testbed._containers import prepare_image, push_image

from ..conftest import Testbed
from ._background import in_thread

ROOT = Path(__file__).resolve().parents[2]
IMAGE_PREFIX = "/opt/connector"  # sys.prefix inside the image: no host has it


USERS = ("test_containers.py", "test_flyte_images.py", "test_image.py", "test_flyte2_function.py")  # modules


def _build_connector_image() -> str:
    started = time.monotonic()
    done = subprocess.run(
        [str(ROOT / "scripts" / "image")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "PYTHON": sys.executable},
    )
    assert done.returncode == 0, f"scripts/image failed:\n{done.stderr}"
    print(f"scripts/image: {time.monotonic() - started:.0f}s", file=sys.stderr)
    return done.stdout.split()[-1]


@functools.cache
def start_connector_image() -> Future[str]:
    """scripts/image in a background thread, once per session: the live run starts it with its first test
    (tests/live/conftest.py) when a module in ``USERS`` will need it, so that its minutes of building
    overlap tests that wait on Slurm. Called from pytest's thread only, so the cache is the once."""
    return in_thread(_build_connector_image)


def connector_image() -> str:
    """The image scripts/image builds (or finds, when nothing changed since the last build)."""
    return start_connector_image().result()


def cluster_images(tb: Testbed) -> dict[str, str]:
    """{runtime: the image's path on the testbed's nodes} for each runtime the release has."""
    return prepare_image(tb.release, connector_image())


BASE_IMAGE = "localhost/slurm-rest-base:bookworm"  # scripts/image's base: Debian 12 and its python3, 176 MB


@functools.cache
def _pushed(release: str) -> str:
    from slurm_rest_testbed import RELEASES

    connector_image()  # builds the base too
    return push_image(next(r for r in RELEASES if r.name == release), BASE_IMAGE)


def registry_image(tb: Testbed) -> str:
    """scripts/image's base in the release's registry, by reference (``ADDRESS/slurm-rest-base:bookworm``), as
    a task registered with an image names it; small, so that each node's pull and unpacking stay short.
    Plain HTTP on the testbed's bridge: Apptainer needs ``--no-https``."""
    return _pushed(tb.name)
