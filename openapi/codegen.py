"""Capture slurmrestd's OpenAPI specs, normalize them, and generate the typed clients.

    python openapi/codegen.py capture     # from running testbeds -> openapi/v0.0.XX.json
    python openapi/codegen.py generate    # openapi/*.json -> generated_client/ (the one command)
    python openapi/codegen.py check       # regenerate into a temp dir and diff (drift test)

The captured files are the daemons' words, split per API version and never edited. The
normalization below is the only place spec defects are fixed, each for a stated reason, so a
generator warning on its output is a real defect (``generate`` fails on any warning).
"""

from __future__ import annotations

import copy
import filecmp
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "generated_client"
GENERATOR = "openapi-python-client==0.29.1"
# Every version a Slurm release 22.05..26.05 serves, from v0.0.38 on; the facade needs only
# v0.0.38 (22.05/23.02), v0.0.40 (23.11/24.05), v0.0.42 (24.11..26.05); the rest allow pinning.
GENERATED = ("v0.0.38", "v0.0.40", "v0.0.41", "v0.0.42", "v0.0.43", "v0.0.44", "v0.0.45")
_VERSION = re.compile(r"^/slurm(?:db)?/(v\d+\.\d+\.\d+)/")
_CONFIG = "post_hooks: []\nliteral_enums: false\n"

Json = dict[str, Any]


def package_name(version: str) -> str:
    return version.replace(".", "_")  # v0.0.42 -> v0_0_42


# --- capture ---------------------------------------------------------------------------------


def _refs(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found.add(ref.rsplit("/", 1)[1])
        for v in node.values():
            found |= _refs(v)
    elif isinstance(node, list):
        for v in node:
            found |= _refs(v)
    return found


def split_versions(spec: Json) -> dict[str, Json]:
    """One self-contained document per API version: its paths and the schemas they reach."""
    schemas = spec.get("components", {}).get("schemas", {})
    out: dict[str, Json] = {}
    for version in sorted({m.group(1) for p in spec["paths"] if (m := _VERSION.match(p))}):
        paths = {p: v for p, v in spec["paths"].items() if (m := _VERSION.match(p)) and m.group(1) == version}
        todo, seen = _refs(paths), set()
        while todo:
            name = todo.pop()
            if name not in seen and name in schemas:
                seen.add(name)
                todo |= _refs(schemas[name]) - seen
        doc = {k: v for k, v in spec.items() if k not in ("paths", "components")}
        doc["info"] = {**spec.get("info", {}), "version": version}
        doc["paths"] = paths
        doc["components"] = {k: v for k, v in spec.get("components", {}).items() if k != "schemas"}
        doc["components"]["schemas"] = {n: schemas[n] for n in sorted(seen)}
        out[version] = doc
    return out


def capture() -> None:
    """Fetch ``/openapi/v3`` from every running testbed; newer releases win for shared versions."""
    sys.path.insert(0, str(ROOT))
    from slurm_rest_testbed import RELEASES, status
    from slurm_rest_testbed._facts import fetch_spec

    sources: dict[str, str] = {}
    for rel in RELEASES:
        if status(rel) != "up":
            raise SystemExit(f"testbed {rel.name} is not up: python -m slurm_rest_testbed up {rel.name}")
        for version, doc in split_versions(fetch_spec(rel)).items():
            (HERE / f"{version}.json").write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n")
            sources[version] = f"Slurm {rel.name} ({rel.suite}), GET /openapi/v3"
    (HERE / "SOURCES.json").write_text(json.dumps(sources, indent=1, sort_keys=True) + "\n")


# --- normalization ---------------------------------------------------------------------------


def _walk(node: Any, fix: Any) -> None:
    if isinstance(node, dict):
        fix(node)
        for v in node.values():
            _walk(v, fix)
    elif isinstance(node, list):
        for v in node:
            _walk(v, fix)


def _fix_bool_default(node: Json) -> None:
    # v0.0.40's NoVal structs declare {"type": "boolean", "default": 0}; the generator then drops
    # every response that uses them (get-job, jobs, nodes, partitions).
    if node.get("type") == "boolean" and "default" in node and not isinstance(node["default"], bool):
        node["default"] = bool(node["default"])


def _open_enum(node: Json) -> None:
    # Generated enums reject values they do not list, and each Slurm release adds states and
    # flags (v0.0.44 adds EXPEDITING). Strings stay strings; the facade maps them, with UNKNOWN.
    if "enum" in node and node.get("type") in ("string", None):
        del node["enum"]
        node.setdefault("type", "string")


def _nullable_objects(doc: Json) -> None:
    # slurmrestd sends null for object fields it has no value for (job_resources of a pending job
    # in v0.0.41..v0.0.45), but no spec says "nullable"; the generated from_dict then raises on
    # every such job. Every object-valued property becomes nullable (inline, or anyOf [$ref, null]).
    schemas = doc["components"]["schemas"]

    def is_object(schema: Json) -> bool:
        if "$ref" in schema:
            return is_object(schemas.get(schema["$ref"].rsplit("/", 1)[1], {}))
        return "properties" in schema and schema.get("type", "object") == "object"

    def fix(node: Json) -> None:
        props = node.get("properties")
        if not isinstance(props, dict):
            return
        for name, prop in props.items():
            if not (isinstance(prop, dict) and is_object(prop)):
                continue
            if "$ref" in prop:
                rest = {k: v for k, v in prop.items() if k != "$ref"}
                props[name] = {**rest, "anyOf": [{"$ref": prop["$ref"]}, {"type": "null"}]}
            else:
                prop["nullable"] = True

    _walk(doc, fix)


def _json_only(doc: Json) -> None:
    # Every version also declares application/yaml bodies, which the generator cannot use.
    for item in doc["paths"].values():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            for holder in [op.get("requestBody", {}), *op.get("responses", {}).values()]:
                content = holder.get("content")
                if isinstance(content, dict):
                    holder["content"] = {k: v for k, v in content.items() if k == "application/json"}


def _fix_jobs_state(doc: Json) -> None:
    # GET /jobs/state/ declares the full job_info response, but slurmrestd answers with
    # {"jobs": [{"job_id": "53", "state": ["COMPLETED"]}]}; and it rejects the comma-separated
    # job_id its spec declares (HTTP 400) while a repeated ?job_id=1&job_id=2 works.
    version = doc["info"]["version"]
    schemas = doc["components"]["schemas"]
    for path, item in doc["paths"].items():
        if not path.endswith("/jobs/state/") or "get" not in item:
            continue
        op = item["get"]
        for param in op.get("parameters", []):
            if param.get("name") == "job_id":
                param.update(explode=True, schema={"type": "array", "items": {"type": "string"}})
        declared = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
        common = {k: v for k, v in schemas[declared]["properties"].items() if k in ("errors", "warnings", "meta")}
        job = f"{version}_job_state_resp_job"
        resp = f"{version}_openapi_job_state_resp"
        schemas[job] = {
            "type": "object",
            "properties": {
                "job_id": {"type": "string", "description": "Job id (a string here)"},
                "state": {"type": "array", "items": {"type": "string"}, "description": "Base state, then flags"},
            },
        }
        schemas[resp] = {
            "type": "object",
            "properties": {"jobs": {"type": "array", "items": {"$ref": f"#/components/schemas/{job}"}}, **common},
        }
        for response in op["responses"].values():
            if "application/json" in response.get("content", {}):
                response["content"]["application/json"]["schema"] = {"$ref": f"#/components/schemas/{resp}"}


def normalize(doc: Json) -> Json:
    if not isinstance(doc, dict):
        raise TypeError(f"not an OpenAPI document (a JSON {type(doc).__name__}, not an object)")
    if "paths" not in doc:
        raise ValueError("not an OpenAPI document: it has no 'paths'")
    if not isinstance(doc["paths"], dict):
        raise TypeError(f"'paths' must be an object, got a JSON {type(doc['paths']).__name__}")
    doc = copy.deepcopy(doc)
    doc.setdefault("components", {}).setdefault("schemas", {})
    _json_only(doc)
    _fix_jobs_state(doc)
    _walk(doc, _fix_bool_default)
    _walk(doc, _open_enum)
    _nullable_objects(doc)
    return doc


# --- generation ------------------------------------------------------------------------------


def _generator() -> list[str]:
    exe = Path(sys.executable).with_name("openapi-python-client")
    if not exe.exists():
        raise SystemExit(f"{GENERATOR} is not installed: pip install '{GENERATOR}' (part of the test extra)")
    return [str(exe)]


def _load(version: str) -> Json:
    """The captured spec of ``version``, normalized; a clear SystemExit when it is unusable."""
    path = HERE / f"{version}.json"
    try:
        doc = json.loads(path.read_text())
    except ValueError as exc:
        raise SystemExit(f"{path}: the spec of {version} is not JSON: {exc}") from exc
    try:
        return normalize(doc)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise SystemExit(f"{path}: the spec of {version} cannot be normalized: {type(exc).__name__}: {exc}") from exc


def generate(out: Path = OUT) -> None:
    """Regenerate every client in ``GENERATED`` into ``out``; fail on any generator warning.

    Everything is generated into a temp dir first; ``out`` changes only when every version came out
    clean, so a failure never leaves a partial or missing package behind.
    """
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.yaml"
        config.write_text(_CONFIG)
        staged = Path(tmp) / "staged"
        staged.mkdir()
        for version in GENERATED:
            spec = Path(tmp) / f"{version}.json"
            spec.write_text(json.dumps(_load(version)))
            proc = subprocess.run(
                [
                    *_generator(),
                    "generate",
                    "--path",
                    str(spec),
                    "--meta",
                    "none",
                    "--config",
                    str(config),
                    "--output-path",
                    str(staged / package_name(version)),
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            text = proc.stdout + proc.stderr
            if proc.returncode != 0 or "Warning" in text or "WARNING" in text:
                raise SystemExit(f"generation of {version} is not clean:\n{text}")
            _for_python_310(staged / package_name(version))
            _mark_generated(staged / package_name(version), version)
        out.mkdir(parents=True, exist_ok=True)
        for version in GENERATED:
            target = out / package_name(version)
            if target.exists():
                shutil.rmtree(target)
            shutil.move(str(staged / package_name(version)), str(target))
    (out / "__init__.py").write_text(
        f'"""Clients generated by openapi/codegen.py from openapi/*.json. Do not edit."""\n\nVERSIONS = {GENERATED!r}\n'
    )
    (out / "py.typed").write_text("")


# The generator's client.py imports ``typing.Self`` (Python 3.11+); this project supports 3.10, where
# typing_extensions (a dependency) has it.
_PY310 = (("from typing import Any, Self\n", "from typing import Any\n\nfrom typing_extensions import Self\n"),)


def _for_python_310(package: Path) -> None:
    client = package / "client.py"
    text = client.read_text()
    for old, new in _PY310:
        if old not in text:
            raise SystemExit(f"{client}: expected {old!r} (a new generator? revisit _PY310)")
        text = text.replace(old, new)
    client.write_text(text)


def _mark(version: str) -> str:
    return (
        f"# Generated by openapi/codegen.py ({GENERATOR}) from openapi/{version}.json: do not edit;\n"
        "# change the spec's normalization in openapi/codegen.py and run: python openapi/codegen.py generate\n"
    )


def _mark_generated(package: Path, version: str) -> None:
    """Say so at the top of every generated module (a comment: the module's docstring stays its docstring)."""
    for module in package.rglob("*.py"):
        module.write_text(_mark(version) + module.read_text())


def _diff(a: Path, b: Path) -> list[str]:
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])
    out = [f"only in {cmp.left}: {n}" for n in cmp.left_only] + [f"only in {cmp.right}: {n}" for n in cmp.right_only]
    _, mismatch, errors = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
    out += [f"differs: {a / n}" for n in mismatch + errors]
    for sub in cmp.common_dirs:
        out += _diff(a / sub, b / sub)
    return out


def check() -> list[str]:
    """Differences between the committed clients and a fresh generation (empty = no drift)."""
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp))
        return _diff(OUT, Path(tmp))


def main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else ""
    if cmd == "capture":
        capture()
    elif cmd == "generate":
        generate()
    elif cmd == "check":
        drift = check()
        print("\n".join(drift) or "no drift")
        return 1 if drift else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
