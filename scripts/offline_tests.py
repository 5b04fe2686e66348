"""The offline test modules, optionally only those that need no Flyte SDK (for a Python where flytekit does
not install): a module is left out when it, or a test module it imports, imports a Flyte package."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"
FLYTE = ("flytekit", "flyte", "flyteidl", "flyteidl2", "flyte_plugin")


def imports(path: Path, seen: set[Path]) -> set[str]:
    """Modules ``path`` imports, following its relative imports of other test modules."""
    if path in seen:
        return set()
    seen.add(path)
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and not node.level:
            found.add(node.module or "")
        elif isinstance(node, ast.ImportFrom):
            base = path.parents[node.level - 1] / (node.module or "").replace(".", "/")
            for name in ("", *(a.name for a in node.names)):
                for candidate in ((base / name).with_suffix(".py"), base / name / "__init__.py"):
                    if candidate.is_file():
                        found |= imports(candidate, seen)
    return found


def main(argv: list[str]) -> int:
    without_flyte = "--without-flyte" in argv
    for path in sorted(TESTS.glob("test_*.py")):
        if without_flyte and any(m.split(".")[0] in FLYTE for m in imports(path, set())):
            continue
        print(path.relative_to(TESTS.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
