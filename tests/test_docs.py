"""The documentation's promises, offline: every public name says what it is for (a docstring, or an attribute
docstring for a value), every exception of the drawn tree has its troubleshooting section, the API reference
names every public name, and the README's links lead to pages that exist. (``mkdocs build --strict`` checks
the site's own links and references; it needs the ``docs`` extra, these tests do not.)"""

from __future__ import annotations

import ast
import dataclasses
import enum
import importlib
import importlib.util
import inspect
import itertools
import re
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import flyte_plugin
import slurm_rest
from slurm_rest import _exceptions

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _own_docstring(obj: Any) -> str | None:
    """A class's or function's own docstring: not inherited, not the signature dataclasses or Enum make up."""
    if not isinstance(obj, type):
        return inspect.getdoc(obj) if callable(obj) else None
    doc = obj.__dict__.get("__doc__")
    if dataclasses.is_dataclass(obj) and doc and doc.startswith(obj.__name__ + "("):
        return None
    if issubclass(obj, enum.Enum) and doc in ("An enumeration.", None):
        return None
    return doc


def _attribute_docstring(module: ModuleType, name: str) -> str | None:
    """The string literal right after ``name = ...`` at the top of ``module`` (how griffe documents values)."""
    body = ast.parse(inspect.getsource(module)).body
    for node, following in itertools.pairwise(body):
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            if (
                isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                return following.value.value
            return None
    return None


def _value_origin(module: ModuleType, name: str) -> tuple[ModuleType, str]:
    """Where a re-exported value is assigned, following ``from .x import A as B`` from module to module."""
    tree = ast.parse(inspect.getsource(module)).body
    for node in tree:
        if isinstance(node, ast.ImportFrom) and node.level:
            for alias in node.names:
                if (alias.asname or alias.name) == name:
                    anchor = module.__name__ if hasattr(module, "__path__") else module.__package__ or ""
                    source = importlib.import_module(
                        importlib.util.resolve_name("." * node.level + (node.module or ""), anchor)
                    )
                    return _value_origin(source, alias.name)
    return module, name


def _public_methods(cls: type) -> list[str]:
    found = []
    for name, member in vars(cls).items():
        if name.startswith("_"):
            continue
        func = (
            member.__func__
            if isinstance(member, (classmethod, staticmethod))
            else member.fget
            if isinstance(member, property)
            else member
        )
        if inspect.isfunction(func) and not func.__doc__:
            found.append(name)
    return found


def _undocumented(package: ModuleType, names: list[str]) -> list[str]:
    missing = []
    for name in names:
        obj = getattr(package, name)
        if isinstance(obj, type) or inspect.isfunction(obj):
            if not _own_docstring(obj):
                missing.append(name)
            if isinstance(obj, type):
                missing += [f"{name}.{method}" for method in _public_methods(obj)]
        else:
            module, assigned = _value_origin(package, name)
            if not _attribute_docstring(module, assigned):
                missing.append(f"{name} (a value: a string literal after its assignment in {module.__name__})")
    return missing


def test_every_public_name_of_slurm_rest_has_a_docstring() -> None:
    assert _undocumented(slurm_rest, slurm_rest.__all__) == []


@pytest.mark.parametrize("client", [slurm_rest.SlurmClient, slurm_rest.AsyncSlurmClient], ids=lambda c: c.__name__)
def test_every_public_method_of_the_clients_has_a_docstring(client: type) -> None:
    assert _public_methods(client) == [], "edit _async_client.py, then run scripts/unasync.py"


def test_every_public_name_of_the_flyte_plugin_has_a_docstring() -> None:
    flyte2 = importlib.import_module("flyte_plugin.flyte2")
    assert _undocumented(flyte_plugin, flyte_plugin.__all__) + _undocumented(flyte2, flyte2.__all__) == []


def _tree_classes() -> list[str]:
    """Every class drawn in the tree of ``_exceptions``' docstring (test_structure checks it is the real one)."""
    return re.findall(r"^[\s│├└─]*([A-Z]\w*(?:Error|Timeout))\b", _exceptions.__doc__ or "", re.M)


def test_every_exception_of_the_tree_has_a_troubleshooting_section() -> None:
    page = (DOCS / "troubleshooting.md").read_text()
    sections = dict(re.findall(r"^## (\w+)\n(.*?)(?=^## |\Z)", page, re.M | re.S))
    classes = _tree_classes()
    assert len(classes) == len(
        {n for n, c in vars(_exceptions).items() if inspect.isclass(c) and issubclass(c, _exceptions.SlurmRestError)}
    )
    missing = [name for name in classes if name not in sections]
    assert missing == [], f"docs/troubleshooting.md has no '## <name>' section for {missing}"
    vague = [name for name in classes if "What it means" not in sections[name] or "What to do" not in sections[name]]
    assert vague == [], f"these sections do not say what it means and what to do: {vague}"
    assert "SlurmMessage" in page  # the record type of APIError.errors, which is no exception
    drawn = textwrap.dedent((_exceptions.__doc__ or "").split("\n\n")[1])
    assert f"```text\n{drawn}\n```" in page, "the page's drawing of the tree is not _exceptions' docstring's"


def _referenced() -> list[object]:
    """The objects the API reference documents (``::: package.Name`` lines)."""
    found = []
    for page in sorted((DOCS / "reference").glob("*.md")):
        for path in re.findall(r"^::: ([\w.]+)$", page.read_text(), re.M):
            module, _, name = path.rpartition(".")
            found.append(getattr(importlib.import_module(module), name) if module else importlib.import_module(name))
    return found


@pytest.mark.parametrize("package", ["slurm_rest", "flyte_plugin", "flyte_plugin.flyte2"])
def test_the_api_reference_names_every_public_name(package: str) -> None:
    module = importlib.import_module(package)
    documented = _referenced()
    missing = [name for name in module.__all__ if not any(getattr(module, name) is obj for obj in documented)]
    assert missing == [], f"docs/reference/ has no '::: {package}.<name>' for {missing}"


def test_the_readme_links_to_pages_that_exist() -> None:
    readme = (ROOT / "README.md").read_text()
    links = [target.split("#")[0] for target in re.findall(r"\]\(([^)\s]+)\)", readme) if "://" not in target]
    assert links, "the README links to the documentation"
    assert [link for link in links if not (ROOT / link).exists()] == []
