"""The documented Flyte deployments agree with the code.

Flyte 1 (examples/deploy/flyte1): the task types propeller routes are the ones flyte_plugin registers, the
endpoint is the Service, the container serves on the port the Service targets, and the mounted Secret holds
the keys the example clusters name, where flytekit's SecretsManager (which the connector reads through)
finds them. Flyte 2 (examples/deploy/flyte2): the ConnectorEnvironment serves ``c0`` on its port, which
offers exactly flyte_plugin.flyte2's task types, and the secrets the README has one create are the ones the
example tasks name, under the keywords the connector reads."""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import os
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import flytekit
import pytest
import yaml
from flytekit.configuration import SecretsConfig
from flytekit.core.context_manager import SecretsManager
from flytekit.extend.backend.base_connector import ConnectorRegistry

from flyte_plugin import TASK_FUNCTION, TASK_SCRIPT, TASK_SHELL, SlurmCluster, SlurmRestConnector
from flyte_plugin._connector import _reader

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "examples" / "deploy" / "flyte1"
DEPLOY2 = ROOT / "examples" / "deploy" / "flyte2"
PLUGIN = "connector-service"


def load(name: str) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all((DEPLOY / name).read_text()) if doc]


@functools.cache
def example(name: str, where: Path = ROOT / "examples") -> ModuleType:
    """An example script as a module (registered: flytekit's tasks must find their module)."""
    spec = importlib.util.spec_from_file_location(f"deploy_example_{name}", where / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def kind(docs: list[dict[str, Any]], name: str) -> dict[str, Any]:
    (doc,) = [d for d in docs if d["kind"] == name]
    return doc


def container() -> dict[str, Any]:
    (c,) = kind(load("connector.yaml"), "Deployment")["spec"]["template"]["spec"]["containers"]
    return c


def example_clusters() -> list[SlurmCluster]:
    return [example("flyte_workflow").cluster, example("flyte_functions").cluster]


def test_propeller_routes_exactly_the_registered_task_types() -> None:
    (cfg,) = load("propeller.yaml")
    plugins = cfg["tasks"]["task-plugins"]
    registered = {category.name for category, connector in ConnectorRegistry._REGISTRY.items()
                  if isinstance(connector, SlurmRestConnector)}
    assert registered == {TASK_SHELL, TASK_SCRIPT, TASK_FUNCTION}
    assert PLUGIN in plugins["enabled-plugins"]
    assert {t for t, p in plugins["default-for-task-types"].items() if p == PLUGIN} == registered
    service = cfg["plugins"][PLUGIN]
    assert set(service["connectorForTaskTypes"]) == registered
    assert set(service["connectorForTaskTypes"].values()) <= set(service["connectors"])
    assert set(service["connectors"]["slurm-rest"]["timeouts"]) <= {"CreateTask", "GetTask", "DeleteTask"}


def test_endpoint_is_the_service_and_the_service_reaches_the_server() -> None:
    (cfg,) = load("propeller.yaml")
    svc = kind(load("connector.yaml"), "Service")
    (port,) = svc["spec"]["ports"]
    name, namespace = svc["metadata"]["name"], svc["metadata"]["namespace"]
    for deployment in cfg["plugins"][PLUGIN]["connectors"].values():
        assert deployment["endpoint"] == f"dns:///{name}.{namespace}.svc.cluster.local:{port['port']}"
        assert "round_robin" in deployment["defaultServiceConfig"]
    assert svc["spec"]["clusterIP"] == "None"  # headless (Kubernetes' literal string): round_robin sees every pod
    c = container()
    (grpc_port,) = [p["containerPort"] for p in c["ports"] if p["name"] == port["targetPort"]]
    assert c["args"][:3] == ["pyflyte", "serve", "connector"]
    assert c["args"][c["args"].index("--port") + 1] == str(grpc_port) == "8000"  # the image's default too
    assert c["readinessProbe"]["grpc"]["port"] == grpc_port


def test_pod_runs_as_the_image_user() -> None:
    (user,) = re.findall(r"^USER (\d+):(\d+)$", (ROOT / "Containerfile").read_text(), re.M)
    pod = kind(load("connector.yaml"), "Deployment")["spec"]["template"]["spec"]["securityContext"]
    assert (str(pod["runAsUser"]), str(pod["runAsGroup"])) == user
    assert pod["fsGroup"] == pod["runAsGroup"]  # the Secret's files are group-readable for it


def test_secret_holds_the_keys_the_example_clusters_name() -> None:
    secret = kind(load("secret.yaml"), "Secret")
    names = set()
    for cluster in example_clusters():
        names |= {cluster.jwt_key_secret or cluster.token_secret}
        names |= {cluster.ssh.key_secret} if cluster.ssh and cluster.ssh.key_secret else set()
    assert set(secret["stringData"]) == names == {"jwt_key", "ssh_key"}
    (volume,) = kind(load("connector.yaml"), "Deployment")["spec"]["template"]["spec"]["volumes"]
    assert volume["secret"]["secretName"] == secret["metadata"]["name"]
    assert volume["secret"]["defaultMode"] == 0o440


def test_connector_reads_the_mounted_secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Secret's files where the Deployment mounts them (under a temporary root) are what the
    connector's own secret reader returns for every key the example clusters name."""
    secret = kind(load("secret.yaml"), "Secret")
    (mount,) = container()["volumeMounts"]
    root = tmp_path / mount["mountPath"].lstrip("/")
    root.mkdir(parents=True)
    for key, value in secret["stringData"].items():
        (root / key).write_text(value + "\n")
    # flytekit's own SecretsManager, its default dir (/etc/secrets) moved under the temporary root
    monkeypatch.setattr(flytekit.current_context(), "_secrets_manager",
                        SecretsManager(SecretsConfig(default_dir=str(tmp_path / "etc" / "secrets"))))
    for name in [k for k in os.environ if k.startswith("_FSEC_")]:  # env would win over files
        monkeypatch.delenv(name)
    assert SecretsConfig().default_dir == "/etc/secrets"
    for cluster in example_clusters():
        assert mount["mountPath"] == f"/etc/secrets/{cluster.secret_group}"
        read = _reader(cluster)
        for role, key in cluster.secret_names().items():
            assert read(role) == secret["stringData"][key]


# --- Flyte 2 ---------------------------------------------------------------------------------------------

def c0_container() -> Any:
    """The container Flyte 2's backend runs for the ConnectorEnvironment, as ``flyte deploy`` sends it."""
    from flyte.app._runtime.app_serde import get_proto_container
    from flyte.models import SerializationContext

    env = example("connector", DEPLOY2).connector
    return get_proto_container(env, SerializationContext(version="v1", project="p", domain="d", org="o",
                                                         root_dir=DEPLOY2))


@pytest.fixture
def flyte2_example(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """examples/flyte2_workflow.py with its SFTP target set, as deployed (outputs come back by SFTP)."""
    monkeypatch.setenv("SLURM_REST_SSH_PORT", "22")
    monkeypatch.setenv("SLURM_REST_KNOWN_HOSTS", "/etc/ssh/ssh_known_hosts")
    return example("flyte2_workflow")


def test_flyte2_connector_serves_c0_on_its_port() -> None:
    c = c0_container()
    (port,) = c.ports
    assert (port.container_port, port.name) == (8000, "h2c")  # h2c: the backend speaks gRPC (HTTP/2) to it
    command = list(c.command)
    assert command[0] == "fserve" and command[-1] == "--"  # fserve runs the args
    args = list(c.args)
    assert args[0] == "c0" and args[args.index("--port") + 1] == str(port.container_port)
    assert "--modules" not in args  # the entry point registers the connector
    assert c.image == example("connector", DEPLOY2).IMAGE
    assert re.search(rf"^EXPOSE {port.container_port}$", (ROOT / "Containerfile").read_text(), re.M)


def test_flyte2_connector_offers_exactly_the_flyte2_task_types(flyte2_example: ModuleType) -> None:
    from flyte.connectors import ConnectorRegistry as Registry2

    from flyte_plugin.flyte2 import TASK2_SCRIPT, TASK2_SHELL
    from flyte_plugin.flyte2 import SlurmRestConnector as Connector2

    (entry,) = [e for e in importlib.metadata.entry_points(group="flyte.connectors") if e.name == "slurm_rest"]
    entry.load()  # what c0 does at start
    offered = {key.task_type_name for key, c in Registry2._REGISTRY.items() if isinstance(c, Connector2)}
    (metadata,) = [m for m in Registry2._list_connectors() if m.name == Connector2.name]
    assert offered == {c.name for c in metadata.supported_task_categories} == {TASK2_SHELL, TASK2_SCRIPT}
    assert {flyte2_example.greet.task_type, flyte2_example.repeat.task_type} == offered


def test_flyte2_secrets_are_the_named_ones_under_the_connector_keywords(flyte2_example: ModuleType) -> None:
    from flyte.models import SerializationContext

    from flyte_plugin._config import SECRET_JWT_KEY, SECRET_SSH_KEY
    from flyte_plugin.flyte2._connector import _reader

    sctx = SerializationContext(version="v1")
    named = {t.name: t.custom_config(sctx)["secrets"] for t in (flyte2_example.greet, flyte2_example.repeat)}
    expected = {SECRET_JWT_KEY: "SLURM_REST_JWT_KEY", SECRET_SSH_KEY: "SLURM_REST_SSH_KEY"}
    assert list(named.values()) == [expected, expected]
    created = re.findall(r"flyte create secret (\S+)", (DEPLOY2 / "README.md").read_text())
    assert sorted(created) == sorted(expected.values())
    # c0 passes connection.secrets as keyword arguments: the connector reads each role by its keyword
    read = _reader(flyte2_example.cluster, {kw: f"value of {name}" for kw, name in expected.items()})
    assert {role: read(role) for role in expected} == {kw: f"value of {name}" for kw, name in expected.items()}
