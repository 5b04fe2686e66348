"""The documented Flyte deployments agree with the code, and with the keys Flyte really reads.

Against our code: the task types propeller (Flyte 1, examples/deploy/flyte1) and the open-source Flyte 2
executor (examples/deploy/flyte2) route are the ones flyte_plugin registers, the endpoint is the Service,
the ports agree, the ConfigMap holds examples/deploy/connector.toml as is, which the connector can load,
and the Secret holds exactly the files that configuration names, mounted where it names them; only Flyte's
backend may reach the port. Against Flyte: Flyte's config loader drops unknown keys and lowercases map keys
without a word, so every key of propeller.yaml and executor.yaml is checked against the key names and
shapes of the release it targets (tests/fixtures/flyte_config/*.json, taken from Flyte's config structs,
each naming its origin)."""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import json
import posixpath
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from flyte_plugin import TASK_FUNCTION, TASK_SCRIPT, TASK_SHELL, _deployment
from flyte_plugin._config import TASK2_SCRIPT, TASK2_SHELL
from flyte_plugin.flyte2._function_connector import TASK2_FUNCTION

yaml: Any = importlib.import_module("yaml")  # PyYAML, typed Any: the dev extra has no stubs for it

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "examples" / "deploy"
DEPLOY1 = DEPLOY / "flyte1"
DEPLOY2 = DEPLOY / "flyte2"
CONNECTOR_TOML = DEPLOY / "connector.toml"
FIXTURES = ROOT / "tests" / "fixtures" / "flyte_config"
PLUGIN = "connector-service"
CONFIG_ENV = "SLURM_REST_CONNECTOR_CONFIG"
CONFIG_DIR = "/etc/slurm-rest"
CONFIG_PATH = f"{CONFIG_DIR}/connector.toml"
SECRETS_DIR = f"{CONFIG_DIR}/secrets"
PORT = 8000
# What the charts enable (flyteorg/flyte v1.16.8 charts/flyte-binary/values.yaml and charts/flyte-core/values.yaml,
# enabled_plugins.tasks.task-plugins.enabled-plugins): a list in propeller.yaml replaces it, so it keeps all.
CHART_PLUGINS = ["container", "sidecar", "k8s-array", "connector-service", "echo"]
# The pods that may reach the connector (NetworkPolicy peers): flyte-core's propeller (charts/flyte-core
# flytepropeller.selectorLabels) and flyte-binary's pod (charts/flyte-binary flyte-binary.selectorLabels),
# where Flyte 1's propeller and Flyte 2's executor run.
PROPELLER = {"app.kubernetes.io/name": "flytepropeller"}
FLYTE_BINARY = {"app.kubernetes.io/name": "flyte-binary", "app.kubernetes.io/component": "flyte-binary"}
# One deployment per Flyte: its directory, the Flyte config file, the server's command, the peers it admits.
FLYTES = {
    "flyte1": (
        DEPLOY1,
        "propeller.yaml",
        ["pyflyte", "serve", "connector", "--port", str(PORT)],
        [PROPELLER, FLYTE_BINARY],
    ),
    "flyte2": (DEPLOY2, "executor.yaml", ["c0", "--port", str(PORT)], [FLYTE_BINARY]),
}


def load(path: Path) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc]


def kind(docs: list[dict[str, Any]], name: str) -> dict[str, Any]:
    (doc,) = [d for d in docs if d["kind"] == name]
    return doc


def manifests(flyte: str) -> list[dict[str, Any]]:
    return load(FLYTES[flyte][0] / "connector.yaml")


def flyte_config(flyte: str) -> dict[str, Any]:
    directory, name, _, _ = FLYTES[flyte]
    (cfg,) = load(directory / name)
    return cfg


def pod(flyte: str) -> dict[str, Any]:
    spec: dict[str, Any] = kind(manifests(flyte), "Deployment")["spec"]["template"]["spec"]
    return spec


def container(flyte: str) -> dict[str, Any]:
    c: dict[str, Any]
    (c,) = pod(flyte)["containers"]
    return c


def secret() -> dict[str, Any]:
    """The Secret both deployments mount (flyte2's README points at flyte1's)."""
    return kind(load(DEPLOY1 / "secret.yaml"), "Secret")


def mounts(flyte: str) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """mountPath -> (the volumeMount, its volume)."""
    volumes = {v["name"]: v for v in pod(flyte)["volumes"]}
    return {m["mountPath"]: (m, volumes[m["name"]]) for m in container(flyte)["volumeMounts"]}


@functools.cache
def connector_config() -> dict[str, Any]:
    return _deployment.tomllib.loads(CONNECTOR_TOML.read_text())  # tomllib, or tomli on 3.10


def walk(value: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    """Every (dotted path, value) in a parsed TOML document, tables and arrays included."""
    yield where, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, f"{where}.{key}" if where else key)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from walk(item, f"{where}[{i}]")


def secret_refs(kind_: str) -> dict[str, str]:
    """The configuration's secrets given as ``{ <kind_> = "..." }``: dotted path -> file path or variable."""
    return {
        where: value[kind_]
        for where, value in walk(connector_config())
        if isinstance(value, dict) and set(value) == {kind_}
    }


def config_files() -> set[str]:
    """Files the configuration names that are not secrets (a CA bundle): they come from the ConfigMap."""
    return {
        value for _, value in walk(connector_config()) if isinstance(value, str) and value.startswith(CONFIG_DIR + "/")
    } - set(secret_refs("file").values())


# --- Flyte's keys --------------------------------------------------------------------------------------

GO_DURATION = re.compile(r"^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")
SCALARS: dict[str, Any] = {
    "string": lambda v: isinstance(v, str),
    "bool": lambda v: isinstance(v, bool),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "duration": lambda v: isinstance(v, str) and GO_DURATION.match(v) is not None,
}


@functools.cache
def flyte_keys(flyte: str) -> dict[str, Any]:
    keys: dict[str, Any] = json.loads((FIXTURES / f"{flyte}_keys.json").read_text())
    return keys


def problems(value: Any, shape: Any, types: dict[str, Any], where: str) -> Iterator[str]:
    """What Flyte would not read as written: unknown keys, wrong shapes, map keys its loader lowercases.

    Shapes (the fixtures' vocabulary): a scalar name (SCALARS, or ``any``); ``{"ref": type}``;
    ``{"struct": {key: shape}}`` (Go struct fields by json tag, written here as Flyte spells them);
    ``{"list": shape}``; ``{"map": shape, "keys": [...]}`` (string keys; viper lowercases a mapping's keys,
    a list of one-key maps keeps them; ``keys``: the only keys the code looks up, case and all)."""
    if shape == "any":
        return
    if isinstance(shape, str):
        if not SCALARS[shape](value):
            yield f"{where}: {value!r} is not a {shape}"
        return
    if "ref" in shape:
        yield from problems(value, types[shape["ref"]]["shape"], types, where)
    elif "struct" in shape:
        if not isinstance(value, dict):
            yield f"{where}: expected a mapping of {sorted(shape['struct'])}, got {value!r}"
            return
        for key, item in value.items():
            if key in shape["struct"]:
                yield from problems(item, shape["struct"][key], types, f"{where}.{key}")
            else:
                like = [k for k in shape["struct"] if k.lower() == str(key).lower()]
                hint = f" (Flyte spells it {like[0]})" if like else f"; Flyte knows {sorted(shape['struct'])}"
                yield f"{where}.{key}: not a key Flyte reads{hint}"
    elif "list" in shape:
        if not isinstance(value, list):
            yield f"{where}: expected a list, got {value!r}"
            return
        for i, item in enumerate(value):
            yield from problems(item, shape["list"], types, f"{where}[{i}]")
    elif "map" in shape:
        if isinstance(value, dict):  # viper lowercases these keys before Flyte sees them
            entries = []
            for key, item in value.items():
                if str(key) != str(key).lower():
                    yield (
                        f"{where}.{key}: Flyte's loader lowercases map keys (it gets {str(key).lower()!r}); "
                        "write the map as a list of one-key maps to keep the case"
                    )
                entries.append((str(key).lower(), item))
        elif isinstance(value, list) and all(isinstance(item, dict) for item in value):  # the case-keeping form
            entries = [(str(key), item) for one in value for key, item in one.items()]
        else:
            yield f"{where}: expected a mapping (or a list of one-key maps), got {value!r}"
            return
        for key, item in entries:
            if "keys" in shape and key not in shape["keys"]:
                yield f"{where}.{key}: Flyte looks up only {shape['keys']} here, exactly as written"
            yield from problems(item, shape["map"], types, f"{where}.{key}")
    else:
        raise AssertionError(f"unknown shape {shape!r} in the fixture")


def flyte_problems(flyte: str, config: dict[str, Any]) -> list[str]:
    keys = flyte_keys(flyte)
    return list(problems(config, keys["types"]["root"]["shape"], keys["types"], "<root>"))


@pytest.mark.parametrize("flyte", FLYTES)
def test_fixture_names_its_origin_and_the_files_it_checks(flyte: str) -> None:
    keys = flyte_keys(flyte)
    origin = keys["origin"]
    assert origin["repo"] == "flyteorg/flyte" and origin["tag"].startswith("v")
    assert re.fullmatch(r"[0-9a-f]{40}", origin["commit"])
    assert all(t["origin"] for t in keys["types"].values())  # each struct: its file in that repository
    directory, name, _, _ = FLYTES[flyte]
    assert keys["files"] == {str((directory / name).relative_to(ROOT)): "root"}


@pytest.mark.parametrize("flyte", FLYTES)
def test_every_key_is_one_flyte_reads_as_written(flyte: str) -> None:
    assert flyte_problems(flyte, flyte_config(flyte)) == []


@pytest.mark.parametrize(
    ("flyte", "config", "found"),
    [
        # a plain map of timeouts reaches Flyte as {createtask: ...}: ignored, every call gets defaultTimeout
        (
            "flyte1",
            {"plugins": {PLUGIN: {"connectors": {"x": {"timeouts": {"CreateTask": "120s"}}}}}},
            "lowercases map keys",
        ),
        ("flyte1", {"plugins": {PLUGIN: {"connectors": {"x": {"timeouts": {"createtask": "120s"}}}}}}, "looks up only"),
        (
            "flyte2",
            {"plugins": {PLUGIN: {"connectors": {"x": {"timeouts": [{"CreateTask": "2 minutes"}]}}}}},
            "not a duration",
        ),
        (
            "flyte1",
            {"plugins": {PLUGIN: {"connectors": {"Slurm-Rest": {"endpoint": "dns:///x:8000"}}}}},
            "lowercases map keys",
        ),  # connectorForTaskTypes would name an id Flyte no longer has
        ("flyte1", {"plugins": {PLUGIN: {"connectorsForTaskTypes": {}}}}, "not a key Flyte reads"),
        (
            "flyte1",
            {"plugins": {PLUGIN: {"defaultconnector": {"endpoint": "dns:///x:8000"}}}},
            "Flyte spells it defaultConnector",
        ),
        ("flyte2", {"tasks": {"task-plugins": {"enabled-plugins": [PLUGIN]}}}, "not a key Flyte reads"),
        ("flyte2", {"plugins": {PLUGIN: {"supportedTaskTypes": "slurm_rest2_shell"}}}, "expected a list"),
    ],
)
def test_the_key_check_finds_what_flyte_drops_without_a_word(flyte: str, config: dict[str, Any], found: str) -> None:
    found_problems = flyte_problems(flyte, config)
    assert [p for p in found_problems if found in p], found_problems


# --- Flyte 1: propeller routes the flytekit task types to the Service ------------------------------------


def flytekit_task_types() -> set[str]:
    """The task types the flytekit connector registers, as ``pyflyte serve connector`` loads it."""
    from flytekit.extend.backend.base_connector import ConnectorRegistry

    (entry,) = [e for e in importlib.metadata.entry_points(group="flytekit.plugins") if e.name == "slurm_rest"]
    entry.load()
    return {
        category.name
        for category, connector in ConnectorRegistry._REGISTRY.items()
        if type(connector).__module__.startswith("flyte_plugin")
    }


def test_propeller_routes_exactly_the_registered_task_types() -> None:
    cfg = flyte_config("flyte1")
    registered = flytekit_task_types()
    assert registered == {TASK_SHELL, TASK_SCRIPT, TASK_FUNCTION}
    plugins = cfg["tasks"]["task-plugins"]
    assert plugins["enabled-plugins"][: len(CHART_PLUGINS)] == CHART_PLUGINS  # the charts' list, echo kept
    assert {t for t, p in plugins["default-for-task-types"].items() if p == PLUGIN} == registered
    service = cfg["plugins"][PLUGIN]
    assert set(service["connectorForTaskTypes"]) == registered
    assert set(service["connectorForTaskTypes"].values()) <= set(service["connectors"])


# --- Flyte 2: the open-source executor routes the Flyte 2 task types to the Service ------------------------


def c0_task_types() -> set[str]:
    """The task types ``c0`` offers once it has loaded this package's entry point (as it does at start)."""
    from flyte.connectors import ConnectorRegistry

    (entry,) = [e for e in importlib.metadata.entry_points(group="flyte.connectors") if e.name == "slurm_rest"]
    entry.load()
    offered = {
        key.task_type_name
        for key, c in ConnectorRegistry._REGISTRY.items()
        if type(c).__module__.startswith("flyte_plugin")
    }
    listed = {
        category.name
        for m in ConnectorRegistry._list_connectors()
        for category in m.supported_task_categories
        if category.name in offered
    }
    assert listed == offered  # what ListConnectors tells the backend
    return offered


def test_executor_routes_exactly_the_flyte2_task_types() -> None:
    cfg = flyte_config("flyte2")
    offered = c0_task_types()
    assert offered == {TASK2_SHELL, TASK2_SCRIPT, TASK2_FUNCTION}
    defaults = cfg["tasks"]["task-plugins"]["default-for-task-types"]
    assert {t for t, p in defaults.items() if p == PLUGIN} == offered
    service = cfg["plugins"][PLUGIN]
    # the plugin serves these task types (the executor finds a default-for-task-types plugin only then)
    assert set(service["supportedTaskTypes"]) == offered
    assert set(service["connectorForTaskTypes"]) == offered
    assert set(service["connectorForTaskTypes"].values()) <= set(service["connectors"])


# --- Both: the Service, the pod, the configuration, the Secret, the NetworkPolicy ----------------------


@pytest.mark.parametrize("flyte", FLYTES)
def test_endpoint_is_the_service_and_the_service_reaches_the_server(flyte: str) -> None:
    svc = kind(manifests(flyte), "Service")
    (port,) = svc["spec"]["ports"]
    name, namespace = svc["metadata"]["name"], svc["metadata"]["namespace"]
    for deployment in flyte_config(flyte)["plugins"][PLUGIN]["connectors"].values():
        assert deployment["endpoint"] == f"dns:///{name}.{namespace}.svc.cluster.local:{port['port']}"
        assert "round_robin" in deployment["defaultServiceConfig"]
    assert svc["spec"]["clusterIP"] == "None"  # headless (Kubernetes' literal string): round_robin sees every pod
    assert svc["spec"]["selector"] == kind(manifests(flyte), "Deployment")["spec"]["template"]["metadata"]["labels"]
    c = container(flyte)
    (grpc_port,) = [p["containerPort"] for p in c["ports"] if p["name"] == port["targetPort"]]
    assert c["args"] == FLYTES[flyte][2] and grpc_port == PORT  # the image's EXPOSE and both servers' default
    assert re.search(rf"^EXPOSE {PORT}$", (ROOT / "Containerfile").read_text(), re.M)
    assert c["readinessProbe"]["grpc"]["port"] == grpc_port


@pytest.mark.parametrize("flyte", FLYTES)
def test_pod_runs_as_the_image_user(flyte: str) -> None:
    (user,) = re.findall(r"^USER (\d+):(\d+)$", (ROOT / "Containerfile").read_text(), re.M)
    context = pod(flyte)["securityContext"]
    assert (str(context["runAsUser"]), str(context["runAsGroup"])) == user
    assert context["fsGroup"] == context["runAsGroup"]  # the Secret's files are group-readable for it


@pytest.mark.parametrize("flyte", FLYTES)
def test_configmap_holds_connector_toml_where_the_env_var_points(flyte: str) -> None:
    configmap = kind(manifests(flyte), "ConfigMap")
    assert configmap["data"]["connector.toml"] == CONNECTOR_TOML.read_text()  # examples/deploy/connector.toml
    env = {e["name"]: e for e in container(flyte)["env"]}
    assert env[CONFIG_ENV] == {"name": CONFIG_ENV, "value": CONFIG_PATH}
    mount, volume = mounts(flyte)[CONFIG_PATH]
    assert volume["configMap"]["name"] == configmap["metadata"]["name"]
    assert (mount["subPath"], mount["readOnly"]) == ("connector.toml", True)


@pytest.mark.parametrize("flyte", FLYTES)
def test_every_file_the_configuration_names_is_mounted(flyte: str) -> None:
    """The CA bundle and the like from the ConfigMap, path_map's local side from a volume, env secrets from
    the container's environment: nothing the configuration names is missing from the pod."""
    configmap = kind(manifests(flyte), "ConfigMap")
    files = config_files()
    assert files  # the example names a CA bundle
    for path in files:
        mount, volume = mounts(flyte)[path]
        assert volume["configMap"]["name"] == configmap["metadata"]["name"]
        assert mount["subPath"] in configmap["data"]
    for name, cluster in connector_config()["clusters"].items():
        for _, local in cluster.get("path_map", []):
            assert local in mounts(flyte), f"clusters.{name}.path_map: {local} is not mounted"
    env = {e["name"] for e in container(flyte)["env"]}
    assert set(secret_refs("env").values()) <= env


@pytest.mark.parametrize("flyte", FLYTES)
def test_secret_holds_exactly_the_files_the_configuration_names(flyte: str) -> None:
    files = secret_refs("file")
    assert {posixpath.dirname(path) for path in files.values()} == {SECRETS_DIR}
    s = secret()
    assert set(s["stringData"]) == {posixpath.basename(path) for path in files.values()}
    mount, volume = mounts(flyte)[SECRETS_DIR]
    assert volume["secret"]["secretName"] == s["metadata"]["name"] and mount["readOnly"] is True
    assert volume["secret"]["defaultMode"] == 0o440
    assert "subPath" not in mount  # the whole Secret: every key a file under /etc/slurm-rest/secrets
    # the flytekit secret group of earlier versions (/etc/secrets/<group>, _FSEC_ variables) is gone
    for path in [*FLYTES[flyte][0].glob("*.*"), DEPLOY1 / "secret.yaml"]:
        assert not re.search(r"/etc/secrets\b|_FSEC_|secret_group", path.read_text()), path


@pytest.mark.parametrize("flyte", FLYTES)
def test_only_flyte_reaches_the_port(flyte: str) -> None:
    policy = kind(manifests(flyte), "NetworkPolicy")
    labels = kind(manifests(flyte), "Deployment")["spec"]["template"]["metadata"]["labels"]
    assert policy["metadata"]["namespace"] == kind(manifests(flyte), "Deployment")["metadata"]["namespace"]
    assert policy["spec"]["podSelector"] == {"matchLabels": labels}
    assert policy["spec"]["policyTypes"] == ["Ingress"]
    (rule,) = policy["spec"]["ingress"]
    assert rule["ports"] == [{"protocol": "TCP", "port": PORT}]  # gRPC only: metrics stay closed
    assert rule["from"] == [{"podSelector": {"matchLabels": m}} for m in FLYTES[flyte][3]]


# --- The connector's configuration loads ---------------------------------------------------------------


def test_the_example_configuration_loads(tmp_path: Path) -> None:
    """examples/deploy/connector.toml (and so every ConfigMap's copy) is valid; its secret files exist only
    in a deployment, so they are not read here. A broken file is refused with a ConfigError."""
    from flyte_plugin import load_deployment
    from slurm_rest import ConfigError

    load_deployment(CONNECTOR_TOML, read_secrets=False)
    broken = tmp_path / "connector.toml"
    broken.write_text(CONNECTOR_TOML.read_text().replace("[clusters.hpc1]", "[clusters.hpc1", 1))
    with pytest.raises(ConfigError):
        load_deployment(broken, read_secrets=False)


# --- Flyte 2 with apps: the ConnectorEnvironment ---------------------------------------------------------


@functools.cache
def example(name: str, where: Path = ROOT / "examples") -> ModuleType:
    """An example script as a module (registered: flytekit's and flyte's tasks must find their module)."""
    spec = importlib.util.spec_from_file_location(f"deploy_example_{name}", where / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def c0_container() -> Any:
    """The container Flyte 2's backend runs for the ConnectorEnvironment, as ``flyte deploy`` sends it."""
    from flyte.app._runtime.app_serde import get_proto_container
    from flyte.models import SerializationContext

    env = example("connector", DEPLOY2).connector
    return get_proto_container(
        env, SerializationContext(version="v1", project="p", domain="d", org="o", root_dir=DEPLOY2)
    )


def test_flyte2_app_serves_c0_on_its_port() -> None:
    c = c0_container()
    (port,) = c.ports
    assert (port.container_port, port.name) == (PORT, "h2c")  # h2c: the backend speaks gRPC (HTTP/2) to it
    command = list(c.command)
    assert command[0] == "fserve" and command[-1] == "--"  # fserve runs the args
    args = list(c.args)
    assert args[0] == "c0" and args[args.index("--port") + 1] == str(port.container_port)
    assert "--modules" not in args  # the entry point registers the connector
    assert c.image == example("connector", DEPLOY2).IMAGE


def test_flyte2_app_carries_the_configuration_and_the_secrets() -> None:
    """fserve downloads the configuration (and the CA bundle it names) before c0 starts and sets
    $SLURM_REST_CONNECTOR_CONFIG to it; the secrets connector.toml names as files come from Flyte's secret
    store as the environment variables connector.py's SECRETS names (an app cannot mount the Secret)."""
    from flyte._internal.runtime.task_serde import get_security_context
    from flyte.app._parameter import SerializableParameterCollection

    module = example("connector", DEPLOY2)
    command = list(c0_container().command)
    parameters = SerializableParameterCollection.from_transport(command[command.index("--parameters") + 1])
    by_env = {p.env_var: p for p in parameters.parameters if p.env_var}
    config = by_env[CONFIG_ENV]
    assert (config.type, config.download, posixpath.basename(config.value)) == ("file", True, "connector.toml")
    assert config.dest == module.APP_DIR and module.APP_DIR.startswith("/home/connector/")  # the image user's
    downloaded = {posixpath.basename(p.value) for p in parameters.parameters if p.dest == module.APP_DIR}
    assert {posixpath.basename(path) for path in config_files()} <= downloaded  # the CA bundle too
    assert set(module.SECRETS) == {posixpath.basename(path) for path in secret_refs("file").values()}
    context = get_security_context(module.connector.secrets)
    assert {(s.key, s.env_var) for s in context.secrets} == {(v, v) for v in module.SECRETS.values()}


def test_readme_names_the_stock_charts_container() -> None:
    """flyteorg/flyte charts/flyteconnector/templates/connector/deployment.yaml (v1.16.8 and v2.0.43): the
    Deployment and its one container are both named flyteconnector."""
    commands = re.findall(r"set image\s+deployment/(\S+)\s+(\S+)=", (DEPLOY2 / "README.md").read_text())
    assert commands == [("flyteconnector", "flyteconnector")]


@pytest.fixture
def flyte2_example(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """examples/flyte2_workflow.py as deployed: naming the deployment's cluster."""
    monkeypatch.setenv("SLURM_REST_CLUSTER", "hpc1")
    monkeypatch.setenv("SLURM_REST_SSH_PORT", "22")
    monkeypatch.setenv("SLURM_REST_KNOWN_HOSTS", "/etc/ssh/ssh_known_hosts")
    return example("flyte2_workflow")


def test_flyte2_example_tasks_are_the_routed_types_and_declare_no_secrets(flyte2_example: ModuleType) -> None:
    """The deployment holds the credentials: a task declares none (the open-source backend resolves none,
    and its connector plugin fails a create whose secrets it cannot resolve)."""
    from flyte.models import SerializationContext

    tasks = (flyte2_example.greet, flyte2_example.repeat, example("flyte2_functions").count)
    assert {t.task_type for t in tasks} == c0_task_types()
    sctx = SerializationContext(version="v1")
    assert [bool(t.custom_config(sctx).get("secrets")) for t in tasks] == [False, False, False]
