"""Deploy the slurm-rest connector image to a Flyte 2 backend with apps, as ``c0`` (Flyte 2's connector server).

    export SLURM_REST_CONNECTOR_IMAGE=registry.example.com/slurm-rest-connector:0.1.0  # scripts/image, pushed
    export SLURM_REST_CONNECTOR_FILES=s3://my-flyte-bucket/slurm-rest/   # where connector.toml and the CA are
    python examples/deploy/flyte2/connector.py        # or: flyte deploy examples/deploy/flyte2/connector.py connector

A self-hosted open-source backend runs no apps: there, use ``connector.yaml`` and ``executor.yaml`` beside
this file (README.md). ``flyte.app.ConnectorEnvironment`` (flyte 2.12) runs ``c0 --port <port>
--prometheus_port 9092`` in the image (under ``fserve``), ``--modules`` only for ``include``: none here, as
``c0`` loads the ``flyte.connectors`` entry point this package declares, which registers
``slurm_rest2_shell``, ``slurm_rest2_script`` and ``slurm_rest2_fn``.

The connector reads its deployment configuration (examples/deploy/connector.toml's format) from
``$SLURM_REST_CONNECTOR_CONFIG``; tasks carry no secrets. An app gets files and secrets only as flyte.app
offers them, not as connector.yaml's ConfigMap and Secret mounts (``pod_template`` could add those, but a
``flyte.PodTemplate`` needs the ``kubernetes`` package, and a template named by a string is not supported):

- the configuration file and the CA bundle it names are app parameters: ``fserve`` downloads them from
  ``$SLURM_REST_CONNECTOR_FILES`` into ``APP_DIR`` before ``c0`` starts and puts the configuration's local
  path in ``$SLURM_REST_CONNECTOR_CONFIG``. In the copy you upload, ``ca_bundle`` is
  ``APP_DIR + "hpc1-ca.pem"`` (``/etc/slurm-rest`` is not writable by the image's user);
- the secrets come from Flyte's secret store as environment variables (``flyte.Secret`` mounts files only
  under ``/etc/flyte/secrets``, in a layout the backend decides): in the copy you upload, each
  ``{ file = "/etc/slurm-rest/secrets/<name>" }`` becomes ``{ env = "<SECRETS[name]>" }`` (a JWT key given
  by environment is base64), and ``flyte create secret <SECRETS[name]> --from-file <name>`` stores it.
"""

from __future__ import annotations

import os

import flyte
import flyte.app
import flyte.io

IMAGE = os.environ.get("SLURM_REST_CONNECTOR_IMAGE", "registry.example.com/slurm-rest-connector:0.1.0")
FILES = os.environ.get("SLURM_REST_CONNECTOR_FILES", "s3://my-flyte-bucket/slurm-rest/")
PORT = 8000  # c0's default and the image's EXPOSE; "h2c": gRPC is HTTP/2 without TLS inside the cluster
CONFIG_ENV = "SLURM_REST_CONNECTOR_CONFIG"  # where the connector finds its configuration file
APP_DIR = "/home/connector/slurm-rest/"  # under the image user's home (Containerfile): fserve writes here
# The secret files connector.toml names (/etc/slurm-rest/secrets/<name>) -> Flyte secret and variable.
SECRETS = {
    "signing_key": "SLURM_REST_SIGNING_KEY",
    "hpc1_jwt_key": "SLURM_REST_HPC1_JWT_KEY",
    "hpc1_ssh_alice": "SLURM_REST_HPC1_SSH_ALICE",
    "hpc1_ssh_bob": "SLURM_REST_HPC1_SSH_BOB",
}

connector = flyte.app.ConnectorEnvironment(
    name="slurm-rest-connector",
    image=IMAGE,  # an existing image: Flyte builds nothing
    port=flyte.app.Port(port=PORT, name="h2c"),
    resources=flyte.Resources(cpu=1, memory="1Gi"),  # about 110-180 MB in use (docs/deployment.md, "Scaling")
    scaling=flyte.app.Scaling(replicas=(1, 2)),  # never scaled to zero: Flyte polls running tasks
    parameters=[
        flyte.app.Parameter(
            name="connector_config",
            value=flyte.io.File(path=FILES + "connector.toml"),
            env_var=CONFIG_ENV,
            mount=APP_DIR,
        ),
        flyte.app.Parameter(name="hpc1_ca", value=flyte.io.File(path=FILES + "hpc1-ca.pem"), mount=APP_DIR),
    ],
    secrets=[flyte.Secret(key=name, as_env_var=name) for name in SECRETS.values()],
)

if __name__ == "__main__":
    flyte.init_from_config()
    print(flyte.deploy(connector)[0])
