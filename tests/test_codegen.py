"""The generated clients: no drift from openapi/, no dropped operations, normalization holds."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import json
import re
import sys
import typing
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("codegen", ROOT / "openapi" / "codegen.py")
assert _spec and _spec.loader
codegen = importlib.util.module_from_spec(_spec)
sys.modules["codegen"] = codegen
_spec.loader.exec_module(codegen)

# Operation module names per family: v0.0.38 names differ from v0.0.40+.
OPS_0038 = {
    "submit": "submit_job",
    "get_job": "get_job",
    "list_jobs": "get_jobs",
    "cancel": "cancel_job",
    "ping": "ping",
    "update": "update_job",
}
OPS_MODERN = {
    "submit": "post_job_submit",
    "get_job": "get_job",
    "list_jobs": "get_jobs",
    "cancel": "delete_job",
    "ping": "get_ping",
    "update": "post_job",
    "jobs_state": "get_jobs_state",
}


def op_module(version: str, op: str) -> typing.Any:
    pkg = codegen.package_name(version)
    if version == "v0.0.38":
        name = f"slurm_v0_0_38_{OPS_0038[op]}"
    else:
        name = f"slurm_{version.replace('.', '')}_{OPS_MODERN[op]}"
    return importlib.import_module(f"generated_client.{pkg}.api.slurm.{name}")


def test_regeneration_has_no_drift() -> None:
    drift = codegen.check()
    assert drift == [], "generated_client/ differs from a fresh generation:\n" + "\n".join(drift[:20])


def test_every_generated_module_says_it_is_generated() -> None:
    unmarked = [
        str(path.relative_to(ROOT))
        for version in codegen.GENERATED
        for path in (ROOT / "generated_client" / codegen.package_name(version)).rglob("*.py")
        if not path.read_text().startswith(codegen._mark(version))
    ]
    assert unmarked == []
    assert "Do not edit" in (ROOT / "generated_client" / "__init__.py").read_text()


@pytest.mark.parametrize("version", codegen.GENERATED)
def test_core_operations_exist_with_typed_responses(version: str) -> None:
    ops = OPS_0038 if version == "v0.0.38" else OPS_MODERN
    spec = json.loads((ROOT / "openapi" / f"{version}.json").read_text())
    for op in ops:
        module = op_module(version, op)
        src = inspect.getsource(module)
        method = re.search(r'"method": "(\w+)"', src).group(1)  # type: ignore[union-attr]
        url = re.search(r'"url": "([^"]+)"', src).group(1)  # type: ignore[union-attr]
        ok = spec["paths"][url][method]["responses"]["200"]
        if "application/json" not in ok.get("content", {}):
            continue  # the spec declares no body (v0.0.38 cancel/update): Any is right
        hints = typing.get_type_hints(module.sync_detailed)
        ret = hints["return"]
        parsed = typing.get_args(ret)[0]
        # A dropped operation or schema leaves only Any/None; the success response must be a
        # generated model. (v0.0.38's error responses declare no content, hence Any beside it.)
        members = [
            typing.get_args(m)[0] if typing.get_origin(m) is list else m for m in (typing.get_args(parsed) or (parsed,))
        ]
        models = [m for m in members if inspect.isclass(m) and m.__module__.startswith("generated_client.")]
        assert models, (version, op, ret)
        assert all(m in models or m is typing.Any for m in members), (version, op, ret)


def test_every_captured_version_is_generated_or_below_target() -> None:
    captured = sorted(p.stem for p in (ROOT / "openapi").glob("v*.json"))
    assert set(codegen.GENERATED) <= set(captured)
    assert [v for v in captured if v not in codegen.GENERATED] == ["v0.0.37"]


def test_normalization_fixes_known_defects() -> None:
    raw = json.loads((ROOT / "openapi" / "v0.0.40.json").read_text())
    text = json.dumps(raw)
    assert '"application/yaml"' in text and '"enum"' in text
    fixed = codegen.normalize(raw)
    out = json.dumps(fixed)
    assert '"application/yaml"' not in out
    assert '"enum"' not in out
    bools = []
    codegen._walk(fixed, lambda n: bools.append(n) if n.get("type") == "boolean" and "default" in n else None)
    assert bools and all(isinstance(n["default"], bool) for n in bools)
    assert raw == json.loads(text), "normalize must not mutate the captured spec"


def test_generated_state_field_accepts_values_a_newer_slurm_adds() -> None:
    from generated_client.v0_0_42.models import V0042JobInfo

    info = V0042JobInfo.from_dict({"job_id": 1, "job_state": ["PENDING", "EXPEDITING"]})
    assert info.job_state == ["PENDING", "EXPEDITING"]


def test_split_versions_keeps_only_reachable_schemas() -> None:
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "t"},
        "paths": {
            "/slurm/v0.0.42/ping/": {
                "get": {
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}
                    }
                }
            },
            "/slurm/v0.0.41/ping/": {"get": {}},
        },
        "components": {
            "schemas": {
                "A": {"properties": {"b": {"$ref": "#/components/schemas/B"}}},
                "B": {"type": "string"},
                "C": {"type": "string"},
            }
        },
    }
    docs = codegen.split_versions(spec)
    assert sorted(docs) == ["v0.0.41", "v0.0.42"]
    assert sorted(docs["v0.0.42"]["components"]["schemas"]) == ["A", "B"]
    assert docs["v0.0.42"]["info"]["version"] == "v0.0.42"
