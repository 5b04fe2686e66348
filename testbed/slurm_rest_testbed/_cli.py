"""``python -m slurm_rest_testbed {up,down,status,token,restart,limits,failover} [RELEASE ...]``."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from . import _accounting, _build, _containers, _daemons, _facts, _failover, _inventory, _limits, _network, _proxy
from ._releases import Release, resolve

__all__ = ["cmd_down", "cmd_status", "cmd_up", "main"]


def _up(rel: Release) -> dict[str, Any]:
    if _daemons.status(rel) != "up":
        changed = (*_build.configure(rel), *(("nginx",) if _proxy.configure(rel) else ()))
        running = {name for name, pid in _daemons.alive(rel).items() if pid}
        _network.ensure(rel)
        _daemons.mount(rel)
        _daemons.start(rel)
        _containers.start_registry(rel)
        if _failover.active(rel):
            _failover.start_backup(rel)
        _daemons.reload(rel, *(name for name in changed if name in running))  # those started now read it already
        _facts.wait_ready(rel)
        print(f"[{rel.name}] up: {rel.rest_url} and {rel.tls_url}", file=sys.stderr, flush=True)
    else:
        print(f"[{rel.name}] already up", file=sys.stderr, flush=True)
        _containers.start_registry(rel)  # if it was stopped, or the release was up before it had one
        _build.install_cluster_python_packages(rel)  # this project's sources changed since: their copy too
        if _proxy.configure(rel):  # the proxy's config changed since it started (new servers, certificates)
            _daemons.reload(rel, "nginx")
        if not _build.gpus_configured(rel):  # started before its nodes had GPUs: new config, read at start only
            # slurmrestd too: 22.05's checks a job's gres against the GresTypes it read ("Failure during parsing").
            print(
                f"[{rel.name}] giving the nodes GPUs: restarting slurmctld, slurmd and slurmrestd",
                file=sys.stderr,
                flush=True,
            )
            _daemons.reload(rel, *_build.configure(rel))
            _daemons.restart(rel, "slurmctld", *(d.name for d in _daemons.DAEMONS if d.node), "slurmrestd")
            _facts.wait_ready(rel)
    _accounting.ensure_associations(rel)  # these only look when everything is there
    _inventory.ensure(rel)
    return _facts.facts(rel)


def cmd_up(releases: list[Release]) -> Any:
    # Builds are network- and dpkg-bound: run them side by side; starts stay sequential.
    with ThreadPoolExecutor(max_workers=len(releases)) as pool:
        for fut in [pool.submit(_build.build, r) for r in releases if _daemons.status(r) != "up"]:
            fut.result()
    return [_up(r) for r in releases]


def cmd_down(releases: list[Release]) -> Any:
    failed = []
    for rel in releases:  # each release as far as it goes; a failure of one never leaves the others up
        try:
            _daemons.stop(rel)
            _containers.stop_registry(rel)
            if rel.rootfs.exists():
                _daemons.unmount(rel)
            _network.remove(rel)
        except (SystemExit, OSError, subprocess.SubprocessError) as exc:
            failed.append(f"[{rel.name}] {exc}")
            continue
        print(f"[{rel.name}] down", file=sys.stderr, flush=True)
    if failed:
        raise SystemExit("\n".join(failed))
    return [{"release": r.name, "status": _daemons.status(r)} for r in releases]


def cmd_status(releases: list[Release]) -> Any:
    return [
        {
            "release": r.name,
            "suite": r.suite,
            "status": _daemons.status(r),
            "rest_url": r.rest_url,
            "tls_url": r.tls_url,
            "pids": _daemons.alive(r),
        }
        for r in releases
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m slurm_rest_testbed", description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    for name, help_ in (
        ("up", "build (once) and start; prints connection facts"),
        ("down", "stop this release's daemons (by pid file), unmount, remove its nodes' network"),
        ("status", "which daemons run"),
    ):
        sp = sub.add_parser(name, help=help_)
        sp.add_argument("releases", nargs="*", help="22.05|24.11|26.05, a suite name, or all (default)")
    tok = sub.add_parser("token", help="print a fresh JWT for a user")
    tok.add_argument("release")
    tok.add_argument("--user", default=_build.JOB_USER)
    tok.add_argument("--lifespan", type=int, default=3600)
    rst = sub.add_parser("restart", help="restart named daemons of one release (fault tests)")
    rst.add_argument("release")
    rst.add_argument("daemons", nargs="+", choices=[d.name for d in _daemons.DAEMONS])
    lim = sub.add_parser("limits", help="switch a release's RPC rate limit and slurmrestd connection cap on or off")
    lim.add_argument("release")
    lim.add_argument("--off", action="store_true", help="back to no limits")
    for name, default in vars(_limits.Limits()).items():
        lim.add_argument(f"--{name.replace('_', '-')}", type=int, default=default, help=f"default {default}")
    fo = sub.add_parser("failover", help="switch a release's backup controller on or off")
    fo.add_argument("release")
    fo.add_argument("--off", action="store_true", help="back to one controller")
    args = parser.parse_args(argv)

    if args.cmd in ("up", "down", "restart", "limits", "failover") and os.geteuid() != 0:
        parser.error("the testbed needs root (chroot, mount, debootstrap)")
    if args.cmd == "token":
        print(_facts.mint_token(resolve([args.release])[0], args.user, args.lifespan))
        return 0
    if args.cmd == "restart":
        rel = resolve([args.release])[0]
        _daemons.restart(rel, *args.daemons)
        _facts.wait_ready(rel)
        return 0
    if args.cmd == "limits":
        limits = None if args.off else _limits.Limits(**{k: getattr(args, k) for k in vars(_limits.Limits())})
        _limits.apply(resolve([args.release])[0], limits)
        return 0
    if args.cmd == "failover":
        _failover.apply(resolve([args.release])[0], not args.off)
        return 0
    releases = resolve(args.releases)
    result = {"up": cmd_up, "down": cmd_down, "status": cmd_status}[args.cmd](releases)
    print(json.dumps(result[0] if len(result) == 1 else result, indent=2))
    return 0
