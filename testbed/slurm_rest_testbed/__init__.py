"""Real Slurm clusters (22.05, 24.11, 26.05) in debootstrap chroots, for tests and demos.

Each release runs munge, MariaDB + slurmdbd, slurmctld, three slurmd (each a node in its own network
namespace: ``_network``; 16 CPUs, 8 GB and 4 stand-in GPUs each: ``_build``), slurmrestd (rest_auth/jwt)
and an sshd on its own loopback ports.
``python -m slurm_rest_testbed up 24.11`` builds (once) and starts one, and prints its connection
facts as JSON. Needs root (chroot, mount, debootstrap).
"""

from ._daemons import alive, restart, status
from ._delay import DelayProxy, Link
from ._facts import facts, load_facts, mint_token
from ._releases import RELEASES, Release, resolve

__all__ = [
    "RELEASES",
    "DelayProxy",
    "Link",
    "Release",
    "alive",
    "facts",
    "load_facts",
    "mint_token",
    "resolve",
    "restart",
    "status",
]
