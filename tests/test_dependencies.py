"""Every library the package imports is declared in pyproject.toml (the core list, or the extra
of the door that needs it), not left to arrive through another library's requirements: lxml and
Pillow were once used in dozens of modules while only python-pptx asked for them, with floors
far older than the APIs lessonpack calls."""

from __future__ import annotations

import ast
import importlib.metadata
import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement

# tomllib is in the standard library from Python 3.11; on 3.10 (still supported) this check
# is left to the newer interpreters CI also runs.
tomllib = pytest.importorskip("tomllib")

ROOT = Path(__file__).resolve().parents[1]


def _imported_top_levels() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "src" / "lessonpack").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"lessonpack"}


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"]) + list(project["optional-dependencies"]["web"])
    return {Requirement(r).name.lower().replace("_", "-") for r in wanted}


def test_every_imported_library_is_declared() -> None:
    by_module = importlib.metadata.packages_distributions()
    undeclared = {}
    for module in sorted(_imported_top_levels()):
        dists = {d.lower().replace("_", "-") for d in by_module.get(module, [module])}
        if not dists & _declared():
            undeclared[module] = sorted(dists)
    assert not undeclared, f"imported but not declared in pyproject.toml: {undeclared}"


def test_the_scan_sees_the_libraries_used_directly() -> None:
    # The scan itself must find what it guards: lxml and Pillow are imported as lxml and PIL.
    assert {"lxml", "PIL", "pptx", "docx"} <= _imported_top_levels()
