"""The package's shape: the pipeline's stages are folders, and imports only point down."""
from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "casekit"
LAYERS = {
    "problems": 0,
    "model": 1,
    "load": 2, "pages": 2, "reports": 2, "exports": 2, "trainer": 2, "write": 2,
    "build": 3, "authoring": 3,
    "cli": 4, "mkdocs_hook": 4, "__main__": 5,
}
"""Stage of each top-level module or folder: a module imports only from lower stages or its own folder."""


def module_name(file: Path) -> str:
    parts = file.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(file: Path) -> set[str]:
    """casekit modules that file imports, at any depth of its code (TYPE_CHECKING blocks included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("casekit"):
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                found.add(candidate if (ROOT / Path(*candidate.split("."))).with_suffix(".py").exists() else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("casekit"))
    return found


GRAPH = {module_name(f): imports_of(f) for f in sorted(PACKAGE.rglob("*.py"))}


def stage(module: str) -> str:
    return module.split(".")[1] if "." in module else "__init__"


def test_at_most_8_modules_at_the_top_and_every_folder_says_what_it_owns() -> None:
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= 8, top
    for folder in (p for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"):
        init = folder / "__init__.py"
        assert init.exists() and ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), folder.name


def test_no_module_imports_one_that_imports_it_back() -> None:
    cycles = []

    def visit(module: str, path: list[str]) -> None:
        for target in GRAPH.get(module, ()):
            if target in path:
                cycles.append(path[path.index(target):] + [target])
            elif target in GRAPH:
                visit(target, path + [target])

    for module in GRAPH:
        visit(module, [module])
    assert cycles == []


def test_imports_point_down_the_pipeline() -> None:
    upward = []
    for module, targets in GRAPH.items():
        if stage(module) == "__init__":
            continue
        for target in targets:
            if target == "casekit" or stage(target) == stage(module):
                continue
            if LAYERS[stage(target)] >= LAYERS[stage(module)]:
                upward.append(f"{module} -> {target}")
    assert upward == []
