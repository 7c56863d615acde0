"""The layer rules of shared/DESIGN.md, checked by walking every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_llm"

# layer -> module prefixes it must never import
FORBIDDEN = {
    "core": ("PySide6", "llama_cpp", "torch", "peft", "transformers", "huggingface_hub", "desktop_llm.services",
             "desktop_llm.controllers", "desktop_llm.ui", "desktop_llm.engine", "desktop_llm.app"),
    "services": ("PySide6", "llama_cpp", "torch", "peft", "transformers", "desktop_llm.controllers", "desktop_llm.ui",
                 "desktop_llm.engine", "desktop_llm.training"),
    "controllers": ("desktop_llm.services", "desktop_llm.ui", "llama_cpp", "torch", "desktop_llm.engine",
                    "desktop_llm.training"),
    "ui": ("desktop_llm.services", "llama_cpp", "torch", "desktop_llm.engine", "desktop_llm.training"),
    "engine": ("PySide6", "desktop_llm.services", "desktop_llm.controllers", "desktop_llm.ui", "torch",
               "desktop_llm.training"),
    "training": ("PySide6", "llama_cpp", "desktop_llm.services", "desktop_llm.controllers", "desktop_llm.ui",
                 "desktop_llm.engine", "desktop_llm.app"),
}
ONLY_ENGINE_IMPORTS = "llama_cpp"
ONLY_TRAINING_IMPORTS = ("torch", "peft", "transformers", "safetensors")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    offenders = []
    for path in (PACKAGE / layer).rglob("*.py"):
        for name in _imports(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not offenders, "\n".join(offenders)


def test_only_the_engine_imports_llama_cpp() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if "engine" not in path.relative_to(PACKAGE).parts
        and any(n == ONLY_ENGINE_IMPORTS or n.startswith(ONLY_ENGINE_IMPORTS + ".") for n in _imports(path))
    ]
    assert offenders == []


def test_only_the_training_worker_imports_torch() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if "training" not in path.relative_to(PACKAGE).parts
        and any(n == bad or n.startswith(bad + ".") for n in _imports(path) for bad in ONLY_TRAINING_IMPORTS)
    ]
    assert offenders == []


def test_modules_stay_small() -> None:
    big = [f"{p.relative_to(PACKAGE)}: {n}" for p in _modules() if (n := len(p.read_text().splitlines())) > 400]
    assert big == []
