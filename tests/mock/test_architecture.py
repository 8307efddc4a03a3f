"""The mock's layers, as docs/architecture/mock.md draws them: each module imports only from
the layers it may, the pipeline's stages and the resources stay apart from one another, and
nothing imports in a circle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import videosdk_sip.mock

PACKAGE = "videosdk_sip.mock"
ROOT = Path(videosdk_sip.mock.__file__).parent

LAYERS: dict[str, tuple[str, ...]] = {
    "base": (
        "_asgi",
        "settings",
        "limits",
        "call_settings",
        "delivery_settings",
        "docs",
        "openapi",
        "problems",
    ),
    "answers": ("answers", "request", "pages"),
    "stores": ("stores", "stores.*", "relations"),
    "resources": ("resources", "resources.*"),
    "engines": ("delivery", "inspection"),
    "pipeline": ("pipeline", "pipeline.*"),
    "app": ("app",),
    "entry": ("server", "command", "__init__", "connections"),
}
"""Every module of the package, by layer, lowest first."""

MAY_IMPORT: dict[str, tuple[str, ...]] = {
    "base": ("base",),
    "answers": ("base", "answers"),
    "stores": ("base", "stores"),
    "resources": ("base", "answers", "stores", "resources"),
    "pipeline": ("base", "answers", "resources.interface"),
    "engines": ("base", "answers", "stores", "engines"),
    "app": ("base", "answers", "stores", "resources", "engines", "pipeline"),
    "entry": ("base", "answers", "stores", "resources", "engines", "pipeline", "app", "entry"),
}
"""Which layers (or single modules) each layer may import from."""


def module_names() -> list[str]:
    names = []
    for path in sorted(ROOT.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__" and len(parts) > 1:
            parts.pop()
        names.append(".".join(parts))
    return names


def layer_of(module: str) -> str:
    for layer, patterns in LAYERS.items():
        for pattern in patterns:
            if module == pattern or (pattern.endswith(".*") and module.startswith(pattern[:-1])):
                return layer
    raise AssertionError(f"{module} is in no layer of docs/architecture/mock.md")


def imports_of(module: str) -> set[str]:
    """The package's modules that `module` imports (at the top or inside functions)."""
    path = ROOT / (module.replace(".", "/") + ".py")
    if not path.exists():
        path = ROOT / module.replace(".", "/") / "__init__.py"
    known = set(module_names())
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        targets: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            targets = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        elif isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        for target in targets:
            if target.startswith(PACKAGE + "."):
                name = target[len(PACKAGE) + 1 :]
                if name in known:
                    found.add(name)
    return found


def allowed(importer: str, imported: str) -> bool:
    if imported.startswith(importer + "."):
        return True  # a package gathering its own modules
    permitted = MAY_IMPORT[layer_of(importer)]
    return layer_of(imported) in permitted or imported in permitted


@pytest.mark.parametrize("module", module_names())
def test_each_module_imports_only_from_the_layers_it_may(module: str) -> None:
    wrong = sorted(name for name in imports_of(module) if not allowed(module, name))
    assert not wrong, f"{module} ({layer_of(module)}) must not import {wrong}"


def test_stages_and_resources_do_not_import_one_another() -> None:
    for module in module_names():
        if module.startswith("pipeline."):
            siblings = {name for name in imports_of(module) if name.startswith("pipeline.")}
            assert not siblings, f"{module} imports other stages: {sorted(siblings)}"
        if module.startswith("resources.") and module not in (
            "resources.interface",
            "resources.registry",
        ):
            others = {
                name
                for name in imports_of(module)
                if name.startswith("resources.") and name != "resources.interface"
            }
            assert not others, f"{module} imports other resources: {sorted(others)}"


def test_stores_know_nothing_of_http() -> None:
    for module in module_names():
        if layer_of(module) == "stores":
            http = {name for name in imports_of(module) if name in ("_asgi", "answers", "request")}
            assert not http, f"{module} imports {sorted(http)}"


def test_nothing_imports_in_a_circle() -> None:
    graph = {module: imports_of(module) for module in module_names()}
    done: set[str] = set()

    def visit(module: str, trail: tuple[str, ...]) -> None:
        if module in trail:
            cycle = [*trail[trail.index(module) :], module]
            raise AssertionError("import cycle: " + " -> ".join(cycle))
        if module in done:
            return
        for imported in graph[module]:
            if not imported.startswith(module + "."):
                visit(imported, (*trail, module))
        done.add(module)

    for module in graph:
        visit(module, ())


def test_the_layer_check_catches_a_forbidden_import() -> None:
    assert not allowed("stores.routing_rules", "answers")
    assert not allowed("pipeline.body", "resources.routing_rules")
    assert not allowed("resources.routing_rules", "pipeline.route")
    assert allowed("pipeline.route", "resources.interface")
