"""The typed API: a *generated* operation (scheduler statistics, GET .../diag) through the facade's connection,
then the reservations from the facade's version-portable method.

    SLURM_REST_URL=http://127.0.0.1:16920 SLURM_REST_USER=alice SLURM_JWT=... python examples/typed_api.py

Works against any release: it calls the generated operation of the version negotiated with the server
(v0.0.38 on 22.05, v0.0.42 on 24.11, v0.0.45 on 26.05, typed end to end; any other version through the
same path, untyped). Auth, retries and errors are the facade's: a failure raises ``slurm_rest.APIError``
(``AuthError``, ``UnavailableError`` …) with Slurm's ``errors[]`` kept.
"""

from __future__ import annotations

import importlib
from typing import Any

from generated_client.v0_0_38.api.slurm import slurm_v0_0_38_diag
from generated_client.v0_0_38.client import Client as Client38
from generated_client.v0_0_38.models.v0038_diag import V0038Diag
from generated_client.v0_0_42.api.slurm import slurm_v0042_get_diag
from generated_client.v0_0_42.client import Client as Client42
from generated_client.v0_0_45.api.slurm import slurm_v0045_get_diag
from generated_client.v0_0_45.client import Client as Client45
from slurm_rest import SlurmClient


def scheduler_statistics(slurm: SlurmClient) -> dict[str, Any]:
    """A few scheduler figures, read with the negotiated version's generated ``diag`` operation."""
    version = slurm.api_version()
    # The generated functions may return None or an error model for an unexpected answer; through the
    # facade an unexpected answer raises instead, so the checks below only narrow the types.
    if version == "v0.0.38":
        old = slurm_v0_0_38_diag.sync(client=slurm.api(Client38))
        assert isinstance(old, V0038Diag)
        stats: Any = old.statistics
    elif version == "v0.0.42":
        v42 = slurm_v0042_get_diag.sync(client=slurm.api(Client42))
        assert v42 is not None
        stats = v42.statistics
    elif version == "v0.0.45":
        v45 = slurm_v0045_get_diag.sync(client=slurm.api(Client45))
        assert v45 is not None
        stats = v45.statistics
    else:  # v0.0.40, .41, .43, .44: the same operation, looked up by name
        number = version.replace("v0.0.", "").zfill(4)
        op = importlib.import_module(f"generated_client.{version.replace('.', '_')}.api.slurm.slurm_v{number}_get_diag")
        stats = op.sync(client=slurm.api()).statistics
    names = (
        "server_thread_count",
        "jobs_submitted",
        "jobs_running",
        "schedule_cycle_last",
        "bf_cycle_counter",
        "bf_backfilled_jobs",
    )
    figures = {name: getattr(stats, name, None) for name in names}
    rpcs = getattr(stats, "rpcs_by_message_type", None) or []
    figures["rpc_types"] = len(rpcs)
    figures["rpcs"] = sum(int(getattr(r, "count", 0) or 0) for r in rpcs)
    return figures


def main() -> int:
    with SlurmClient.from_env() as slurm:
        print(f"slurmrestd {slurm.config.url}, API {slurm.api_version()}")
        print("scheduler statistics (generated diag operation):")
        for name, value in scheduler_statistics(slurm).items():
            print(f"  {name}: {value}")
        reservations = slurm.reservations()
        print(f"reservations ({len(reservations)}):")
        for r in reservations:
            print(f"  {r.name}: {r.start_time} .. {r.end_time} on {r.nodes or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
