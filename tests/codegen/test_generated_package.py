"""The generated package stands alone: a team can copy generated/videosdk-sip-client only."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT = ROOT / "generated" / "videosdk-sip-client"
PACKAGE = PROJECT / "videosdk_sip_client"

# Third-party imports the package may use, by import name, with their distribution names.
ALLOWED = {
    "httpx": "httpx",
    "attrs": "attrs",
    "jwt": "pyjwt",
    "httpx_retries": "httpx-retries",
    "httpcore": "httpcore",
    "anyio": "anyio",
}


def _imported_top_level_modules() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                found.setdefault(name.split(".")[0], set()).add(str(path.relative_to(PROJECT)))
    return found


def test_the_package_imports_only_the_standard_library_and_its_declared_dependencies() -> None:
    imported = _imported_top_level_modules()
    outside = {
        name: files
        for name, files in imported.items()
        if name not in sys.stdlib_module_names and name not in ALLOWED
    }
    assert outside == {}


def test_its_pyproject_declares_every_dependency_it_imports() -> None:
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text())["project"]
    declared = {
        requirement.split(">")[0].split("=")[0].split("<")[0].strip().lower()
        for requirement in project["dependencies"]
    }
    used = {ALLOWED[name] for name in _imported_top_level_modules() if name in ALLOWED}
    assert used <= declared
    assert project["name"] == "videosdk-sip-client"
    assert project["requires-python"] == ">=3.11"


def test_it_ships_type_information() -> None:
    assert (PACKAGE / "py.typed").is_file()


def test_every_module_imports_without_the_kit() -> None:
    # Blocking `videosdk_sip` makes any import of the kit fail, wherever it hides.
    program = """
import importlib, pkgutil, sys
sys.modules["videosdk_sip"] = None
import videosdk_sip_client
prefix = "videosdk_sip_client."
names = [m.name for m in pkgutil.walk_packages(videosdk_sip_client.__path__, prefix)]
for name in names:
    importlib.import_module(name)
print(len(names))
"""
    result = subprocess.run(
        [sys.executable, "-c", program],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 30


def test_the_public_api_is_exported_from_the_package() -> None:
    import videosdk_sip_client

    for name in (
        "create_client",
        "AuthenticatedClient",
        "RetryPolicy",
        "mint_token",
        "CachedTokenProvider",
        "ApiError",
        "ValidationError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "RateLimitError",
        "ServerError",
        "ApiTimeoutError",
        "ApiConnectionError",
        "iter_routing_rules",
        "aiter_routing_rules",
    ):
        assert name in videosdk_sip_client.__all__
        assert getattr(videosdk_sip_client, name) is not None
