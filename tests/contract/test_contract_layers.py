"""The contract suite's layers, as docs/architecture/contract-suite.md draws them."""

from __future__ import annotations

import ast
from pathlib import Path

import videosdk_sip.contract

PACKAGE = "videosdk_sip.contract"
ROOT = Path(videosdk_sip.contract.__file__).parent

COMMAND = {"command"}
RUNNER = {"runner"}
STAGES = {"engine", "auth_probes", "client_phase", "preparation"}
ENGINE_PARTS = {"engine_hooks", "engine_events"}
ENGINE_CONFIG = {"engine_config"}
# Each stage part and the one stage that may import it.
STAGE_PARTS = {"client_requests": "client_phase"}
SCOPE = {"scoping"}
OUTPUT = {"report", "junit", "embedded"}
CONTEXT = {"context"}
LEAVES = {
    "alarm",
    "answers",
    "calls",
    "cleanup",
    "families",
    "fence",
    "guard",
    "marking",
    "models",
    "operations",
    "options",
    "ownership",
    "pacing",
    "receiver",
    "reproducible",
    "redaction",
    "results",
    "safety",
    "semantics",
    "stopping",
    "target",
    "transport",
    "webhook_check",
}
MAY_IMPORT = {
    "command": COMMAND | RUNNER | OUTPUT | CONTEXT | LEAVES,
    "runner": STAGES | CONTEXT | LEAVES,
    "stage": ENGINE_PARTS | ENGINE_CONFIG | set(STAGE_PARTS) | SCOPE | CONTEXT | LEAVES,
    "engine part": ENGINE_CONFIG | SCOPE | CONTEXT | LEAVES,
    "engine configuration": CONTEXT | LEAVES,
    "stage part": SCOPE | CONTEXT | LEAVES,
    "scope": CONTEXT | LEAVES,
    "output": CONTEXT | LEAVES,
    "context": LEAVES,
    "leaf": LEAVES,
}


def _layer(module: str) -> str:
    for name, members in (
        ("command", COMMAND),
        ("runner", RUNNER),
        ("stage", STAGES),
        ("engine part", ENGINE_PARTS),
        ("engine configuration", ENGINE_CONFIG),
        ("stage part", set(STAGE_PARTS)),
        ("scope", SCOPE),
        ("output", OUTPUT),
        ("context", CONTEXT),
        ("leaf", LEAVES),
    ):
        if module in members:
            return name
    raise AssertionError(f"{module}.py is in no layer: add it to this test and to the doc")


def _imports(path: Path) -> set[str]:
    """The suite's modules that `path` imports, at the top or inside functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == PACKAGE:
                found.update(alias.name for alias in node.names)
            elif node.module.startswith(PACKAGE + "."):
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(PACKAGE + "."):
                    found.add(alias.name.split(".")[2])
    return found


def _graph() -> dict[str, set[str]]:
    """Each module's imports; a package (such as `semantics`) counts as one module."""
    graph = {
        path.stem: _imports(path) - {path.stem}
        for path in sorted(ROOT.glob("*.py"))
        if path.stem != "__init__"
    }
    for package in sorted(ROOT.glob("*/__init__.py")):
        graph[package.parent.name] = set().union(
            *(_imports(path) for path in package.parent.glob("*.py"))
        ) - {package.parent.name}
    return graph


def test_each_module_imports_only_the_layers_below_it() -> None:
    wrong = [
        f"{module} ({_layer(module)}) imports {target} ({_layer(target)})"
        for module, targets in _graph().items()
        for target in sorted(targets)
        if target not in MAY_IMPORT[_layer(module)]
    ]
    assert wrong == []


def test_only_the_command_imports_the_runner() -> None:
    importers = sorted(module for module, targets in _graph().items() if "runner" in targets)
    assert importers == ["command"]


def test_only_the_engine_stage_imports_its_parts() -> None:
    parts = ENGINE_PARTS | ENGINE_CONFIG
    importers = sorted(
        module for module, targets in _graph().items() if targets & parts and module not in parts
    )
    assert importers == ["engine"]


def test_a_stage_part_is_imported_only_by_its_own_stage() -> None:
    wrong = [
        f"{module} imports {target}, a part of {STAGE_PARTS[target]}"
        for module, targets in _graph().items()
        for target in sorted(targets)
        if target in STAGE_PARTS and module != STAGE_PARTS[target]
    ]
    assert wrong == []


def test_the_leaves_import_no_cycle() -> None:
    graph = _graph()
    visiting: list[str] = []
    done: set[str] = set()

    def visit(module: str) -> None:
        assert module not in visiting, " -> ".join([*visiting, module])
        if module in done:
            return
        visiting.append(module)
        for target in graph[module]:
            visit(target)
        visiting.pop()
        done.add(module)

    for module in graph:
        visit(module)
