"""The code's own promises: the sync client is generated and current, every module's ``__all__`` is sorted,
complete and importable, the drawn exception tree is the real one, and every request kind has a retry policy."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import flyte_plugin
import slurm_rest
import slurm_rest_testbed
from slurm_rest import RETRY_POLICIES as POLICY
from slurm_rest import _exceptions, is_transient, is_unsent
from slurm_rest._call import Kind
from slurm_rest._exceptions import SlurmRestError, TransportError, UnavailableError

ROOT = Path(__file__).resolve().parent.parent


def test_sync_client_is_generated_from_the_async_source() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "unasync.py"), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def _modules() -> list[ModuleType]:
    found = []
    for package in (slurm_rest, flyte_plugin, slurm_rest_testbed):
        found.append(package)
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if info.name.endswith("__main__"):
                continue
            found.append(importlib.import_module(info.name))
    return found


MODULES = _modules()


def _isort_key(name: str) -> tuple[int, str]:
    """ruff's RUF022 order: CONSTANTS, then Classes, then functions."""
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_all_is_sorted_importable_and_complete(module: ModuleType) -> None:
    exported = getattr(module, "__all__", None)
    assert isinstance(exported, list), f"{module.__name__} has no __all__ list"
    assert exported == sorted(set(exported), key=_isort_key), f"{module.__name__}.__all__ is unsorted or repeats"
    missing = [name for name in exported if not hasattr(module, name)]
    assert not missing, f"{module.__name__}.__all__ names what it lacks: {missing}"
    if hasattr(module, "__path__") and not module.__name__.rpartition(".")[2].startswith("_"):
        # a public package: everything it imports is for its users
        own = [
            name
            for name, obj in vars(module).items()
            if not name.startswith("_") and not inspect.ismodule(obj) and name != "annotations"
        ]
    else:  # a module: the classes and functions it defines
        own = [
            name
            for name, obj in vars(module).items()
            if not name.startswith("_")
            and (inspect.isclass(obj) or inspect.isfunction(obj))
            and getattr(obj, "__module__", None) == module.__name__
        ]
    unlisted = sorted(set(own) - set(exported))
    assert not unlisted, f"{module.__name__} defines public names its __all__ leaves out: {unlisted}"


def test_every_public_exception_is_exported_from_the_package() -> None:
    errors = {
        name for name, obj in vars(_exceptions).items() if inspect.isclass(obj) and issubclass(obj, SlurmRestError)
    }
    assert errors <= set(slurm_rest.__all__)


def test_no_public_name_looks_like_an_exception_without_being_one() -> None:
    """``except slurm_rest.X:`` must never raise TypeError: a public class whose name says Error, Timeout or
    Exception is an exception (Slurm's error entries are ``SlurmMessage`` records for that reason)."""
    traps = [
        name
        for name in slurm_rest.__all__
        if re.search(r"(Error|Timeout|Exception)$", name)
        and not (inspect.isclass(getattr(slurm_rest, name)) and issubclass(getattr(slurm_rest, name), BaseException))
    ]
    assert traps == []


def _drawn_tree() -> dict[str, str | None]:
    """class -> parent, from the tree drawn in ``_exceptions``' docstring (4 columns per level)."""
    doc = _exceptions.__doc__ or ""
    parents: dict[str, str | None] = {}
    stack: list[str] = []
    root_column = 0
    for line in doc.splitlines():
        match = re.search(r"(?:([├└])── )?\b([A-Z]\w*(?:Error|Timeout))\b", line)
        if not match or (match.group(1) is None and match.group(2) != "SlurmRestError"):
            continue
        if match.group(1) is None:
            root_column, depth = match.start(2), 0
        else:
            depth = (match.start(1) - root_column) // 4 + 1
        del stack[depth:]
        parents[match.group(2)] = stack[-1] if stack else None
        stack.append(match.group(2))
    return parents


def test_the_drawn_exception_tree_is_the_real_one() -> None:
    drawn = _drawn_tree()
    public = {name: getattr(slurm_rest, name) for name in slurm_rest.__all__}
    real = {
        name: next((b.__name__ for b in cls.__bases__ if issubclass(b, SlurmRestError)), None)
        for name, cls in public.items()
        if inspect.isclass(cls) and issubclass(cls, SlurmRestError)
    }
    assert drawn == real


@pytest.mark.parametrize("kind", list(Kind))
def test_every_request_kind_has_a_policy_that_respects_idempotence(kind: Kind) -> None:
    policy = POLICY[kind]
    sent = TransportError("dropped after sending", sent=True)
    # Only an idempotent request may be sent again once it may have reached the server.
    assert policy.retry_on(sent) is kind.idempotent
    assert policy.retry_on(TransportError("connect failed", sent=False))
    assert policy.retry_on(UnavailableError("503")) is kind.idempotent
    assert policy.retry_on in (is_transient, is_unsent)


# What ``typing`` gained after 3.10, the oldest Python pyproject.toml claims: importing one at run time
# breaks every import of the module there (the generated clients' ``Self`` once broke the CLI on 3.10).
_AFTER_310 = frozenset(
    {
        "Self",
        "LiteralString",
        "Never",
        "TypeVarTuple",
        "Unpack",
        "Required",
        "NotRequired",
        "assert_never",
        "assert_type",
        "reveal_type",
        "dataclass_transform",
        "get_overloads",
        "clear_overloads",
        "override",
        "TypeAliasType",
        "ReadOnly",
        "TypeIs",
        "NoDefault",
    }
)


# What the standard library gained after 3.10, imported unguarded (``tomllib`` is guarded: tomli on 3.10).
_STDLIB_AFTER_310 = {
    "enum": frozenset({"StrEnum", "ReprEnum", "verify", "member", "nonmember", "global_enum"}),
    "datetime": frozenset({"UTC"}),
    "asyncio": frozenset({"TaskGroup", "timeout", "Runner"}),
    "typing": _AFTER_310,
}
_MODULES_AFTER_310 = frozenset({"tomllib", "wsgiref.types"})


def _guarded(tree: ast.AST) -> set[int]:
    """Line numbers inside ``if sys.version_info >= (3, 11):`` blocks."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "version_info" in ast.unparse(node.test):
            lines |= {n.lineno for stmt in node.body for n in ast.walk(stmt) if hasattr(n, "lineno")}
    return lines


def test_nothing_uses_what_python_310_lacks() -> None:
    for project in ("pyproject.toml", "testbed/pyproject.toml"):
        assert 'requires-python = ">=3.10"' in (ROOT / project).read_text(), project
    found = []
    for package in ("slurm_rest", "flyte_plugin", "generated_client", "testbed/slurm_rest_testbed"):
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(), str(path))
            guarded, where = _guarded(tree), path.relative_to(ROOT)
            for node in ast.walk(tree):
                if getattr(node, "lineno", None) in guarded:
                    continue
                if isinstance(node, ast.ImportFrom) and node.module in _STDLIB_AFTER_310:
                    found += [
                        f"{where}:{node.lineno} {node.module}.{a.name}"
                        for a in node.names
                        if a.name in _STDLIB_AFTER_310[node.module]
                    ]
                elif isinstance(node, ast.Import):
                    found += [f"{where}:{node.lineno} {a.name}" for a in node.names if a.name in _MODULES_AFTER_310]
                elif (
                    isinstance(node, ast.Attribute)
                    and isinstance(node.value, ast.Name)
                    and node.attr in _STDLIB_AFTER_310.get(node.value.id, ())
                ):
                    found.append(f"{where}:{node.lineno} {node.value.id}.{node.attr}")
    assert not found, found


def test_the_connectors_use_only_the_facades_public_names() -> None:
    """flyte_plugin is the facade's first user: what it needs from slurm_rest is public (its private modules
    may change shape at any time)."""
    import ast

    private = []
    for path in sorted((ROOT / "flyte_plugin").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            names = (
                [f"{node.module}.{a.name}" for a in node.names]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            private += [
                f"{path.relative_to(ROOT)}:{node.lineno} {n}"
                for n in names
                if n.startswith("slurm_rest.") and any(p.startswith("_") for p in n.split(".")[1:])
            ]
    assert not private, private
