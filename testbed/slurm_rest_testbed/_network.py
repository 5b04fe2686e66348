"""The compute nodes' network: one namespace per node on a bridge the testbed creates for its release.

Every node runs its own slurmd, in its own network namespace (its own address) and its own UTS
namespace (its hostname is its node name), sharing the release's chroot. The bridge carries the
controller's address (``.1``); slurmctld, slurmdbd, slurmrestd and sshd stay on the host side.
Only addresses made here are ever used: ``10.218.<port_base/100>.0/24``, one subnet per release.
``remove`` deletes exactly the namespaces and links ``ensure`` made (a node's veth dies with its
namespace).
"""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass

from ._releases import Release

__all__ = ["NODE_NAMES", "Node", "bridge", "controller_address", "ensure", "in_node", "nodes", "remove"]

NODE_NAMES = ("n1", "n2", "n3")
LINGER = 10.0  # seconds a deleted namespace's veth may take to go


@dataclass(frozen=True)
class Node:
    name: str  # Slurm's NodeName and the hostname inside its UTS namespace
    address: str
    netns: str
    veth: str  # host side; the node side is eth0 in its namespace


def _prefix(rel: Release) -> str:
    return f"10.218.{rel.port_base // 100}"


def bridge(rel: Release) -> str:
    return f"srtb{rel.cluster.removeprefix('tb')}"


def controller_address(rel: Release) -> str:
    return f"{_prefix(rel)}.1"


def nodes(rel: Release) -> tuple[Node, ...]:
    tag = rel.cluster.removeprefix("tb")
    return tuple(
        Node(name=name, address=f"{_prefix(rel)}.{11 + i}", netns=f"srtb{tag}-{name}", veth=f"srtb{tag}{name}")
        for i, name in enumerate(NODE_NAMES)
    )


def _ip(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["ip", *args], check=check, capture_output=True, text=True)


def _exists(kind: str, name: str) -> bool:
    if kind == "netns":
        return name in _ip("netns", "list").stdout.split()
    return _ip("link", "show", name, check=False).returncode == 0


def ensure(rel: Release) -> None:
    """Create the bridge and each node's namespace and link, whichever are missing (idempotent)."""
    br = bridge(rel)
    if not _exists("link", br):
        _ip("link", "add", br, "type", "bridge")
        _ip("addr", "add", f"{controller_address(rel)}/24", "dev", br)
    _ip("link", "set", br, "up")
    for node in nodes(rel):
        if not _exists("netns", node.netns):
            _ip("netns", "add", node.netns)
        if not _exists("link", node.veth):
            _ip("link", "add", node.veth, "type", "veth", "peer", "name", "eth0", "netns", node.netns)
            _ip("-n", node.netns, "addr", "add", f"{node.address}/24", "dev", "eth0")
        _ip("link", "set", node.veth, "master", br, "up")
        _ip("-n", node.netns, "link", "set", "eth0", "up")
        _ip("-n", node.netns, "link", "set", "lo", "up")


def remove(rel: Release) -> None:
    """Delete the namespaces, links and bridge of this release, whichever exist; SystemExit if any is left."""
    for node in nodes(rel):
        _ip("netns", "delete", node.netns, check=False)
        # A veth goes with its namespace, a moment later (or not while a process still holds the namespace):
        # deleted here too, and it may be gone between the look and the delete, which is fine.
        _ip("link", "delete", node.veth, check=False)
    _ip("link", "delete", bridge(rel), check=False)
    deadline = time.monotonic() + LINGER
    while left := _left(rel):
        if time.monotonic() > deadline:
            raise SystemExit(f"[{rel.name}] could not remove {', '.join(left)} (ip netns pids NAME: who holds it?)")
        time.sleep(0.2)


def _left(rel: Release) -> list[str]:
    netns = [n.netns for n in nodes(rel) if _exists("netns", n.netns)]
    return netns + [name for name in (*(n.veth for n in nodes(rel)), bridge(rel)) if _exists("link", name)]


def in_node(node: Node, *args: str) -> list[str]:
    """A command line that runs ``args`` in the node's network namespace, under its own hostname."""
    return [
        "nsenter",
        f"--net=/run/netns/{node.netns}",
        "unshare",
        "--uts",
        "--",
        "sh",
        "-c",
        'hostname "$0" && exec "$@"',
        node.name,
        *args,
    ]
