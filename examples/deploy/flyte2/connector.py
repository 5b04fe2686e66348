"""Deploy the slurm-rest connector image to a Flyte 2 backend as ``c0`` (Flyte 2's connector server).

    export SLURM_REST_CONNECTOR_IMAGE=registry.example.com/slurm-rest-connector:0.1.0  # scripts/image, pushed
    python examples/deploy/flyte2/connector.py        # or: flyte deploy examples/deploy/flyte2/connector.py connector

``flyte.app.ConnectorEnvironment`` (flyte 2.12) runs ``c0 --port <port> --prometheus_port 9092`` in the
image (under ``fserve``), ``--modules`` only for ``include``: none here, as ``c0`` loads the
``flyte.connectors`` entry point this package declares, which registers ``slurm_rest2_shell`` and
``slurm_rest2_script``. The connector needs no secrets of its own: each task names its secrets
(``SLURM_REST_JWT_KEY``, ``SLURM_REST_SSH_KEY`` in examples/flyte2_workflow.py) and Flyte's backend sends
their values with every call (README, "Deploy").
"""

from __future__ import annotations

import os

import flyte
import flyte.app

IMAGE = os.environ.get("SLURM_REST_CONNECTOR_IMAGE", "registry.example.com/slurm-rest-connector:0.1.0")
PORT = 8000  # c0's default and the image's EXPOSE; "h2c": gRPC is HTTP/2 without TLS inside the cluster

connector = flyte.app.ConnectorEnvironment(
    name="slurm-rest-connector",
    image=IMAGE,  # an existing image: Flyte builds nothing
    port=flyte.app.Port(port=PORT, name="h2c"),
    resources=flyte.Resources(cpu=1, memory="1Gi"),  # about 110-180 MB in use (README, "Scaling")
    scaling=flyte.app.Scaling(replicas=(1, 2)),  # never scaled to zero: Flyte polls running tasks
)

if __name__ == "__main__":
    flyte.init_from_config()
    print(flyte.deploy(connector)[0])
