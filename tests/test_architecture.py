"""The layer rules of shared/DESIGN.md, checked by walking every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_llm"

# layer -> module prefixes it must never import
FORBIDDEN = {
    "core": ("PySide6", "llama_cpp", "torch", "peft", "transformers", "huggingface_hub", "desktop_llm.services",
             "desktop_llm.controllers", "desktop_llm.ui", "desktop_llm.engine", "desktop_llm.app", "desktop_llm.cli"),
    # what crosses a process boundary: pure data and file layouts, readable by every process
    "ipc": ("PySide6", "llama_cpp", "torch", "peft", "transformers", "huggingface_hub", "desktop_llm.services",
            "desktop_llm.controllers", "desktop_llm.ui", "desktop_llm.engine", "desktop_llm.training",
            "desktop_llm.app", "desktop_llm.cli"),
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
    """Every module the file imports, at the top or inside a function (a lazy import is still a dependency)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            # `from desktop_llm.cli import models` imports the module desktop_llm.cli.models
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(path: Path) -> str:
    """The top folder of the package a module lives in (`services/engine/x.py` is in services, not engine)."""
    return path.relative_to(PACKAGE).parts[0]


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
        if _layer(path) != "engine"
        and any(n == ONLY_ENGINE_IMPORTS or n.startswith(ONLY_ENGINE_IMPORTS + ".") for n in _imports(path))
    ]
    assert offenders == []


def test_only_the_training_worker_imports_torch() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if _layer(path) != "training"
        and any(n == bad or n.startswith(bad + ".") for n in _imports(path) for bad in ONLY_TRAINING_IMPORTS)
    ]
    assert offenders == []


def test_modules_stay_small() -> None:
    big = [f"{p.relative_to(PACKAGE)}: {n}" for p in _modules() if (n := len(p.read_text().splitlines())) > 400]
    assert big == []


def test_no_import_cycles() -> None:
    """No two modules import each other, directly or around a loop (lazy imports count)."""
    paths = {_module_name(p): p for p in _modules()}
    graph = {name: {n for n in _imports(path) if n in paths and n != name} for name, path in paths.items()}
    cycles: list[list[str]] = []
    # Tarjan's strongly connected components: any component larger than one module is a cycle
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    assert cycles == []


def test_only_the_entry_points_import_the_command_line() -> None:
    offenders = [
        _module_name(path)
        for path in _modules()
        if _layer(path) not in ("cli", "__main__.py")
        and any(n == "desktop_llm.cli" or n.startswith("desktop_llm.cli.") for n in _imports(path))
    ]
    assert offenders == []


def _foreign_private_accesses(path: Path) -> list[str]:
    """`x._name` where x is not `self`, `cls` or `super()`: another object's underscore attribute. Dunders
    (`kind.__name__`) are public protocol, not private state."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Attribute) or not node.attr.startswith("_"):
            continue
        if node.attr.startswith("__") and node.attr.endswith("__"):
            continue
        owner = node.value
        if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
            continue
        if isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name) and owner.func.id == "super":
            continue
        found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_the_window_is_wired_by_public_api() -> None:
    """ui/ and the composition root use each other's public API only: no `window._save_settings(...)` from the
    menus, no `window._catalog` from a binding (issue 19, item 3)."""
    paths = [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "app.py"]
    assert [hit for path in paths for hit in _foreign_private_accesses(path)] == []


# What starts a thread by hand; a subclass of Thread or QThread counts too.
_THREAD_MAKERS = frozenset({"Thread", "QThread", "ThreadPoolExecutor", "start_new_thread"})


def _threads_started(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        named = []
        if isinstance(node, ast.Call):
            named = [node.func]
        elif isinstance(node, ast.ClassDef):
            named = list(node.bases)
        for expr in named:
            name = expr.attr if isinstance(expr, ast.Attribute) else expr.id if isinstance(expr, ast.Name) else ""
            if name in _THREAD_MAKERS:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {ast.unparse(expr)}")
    return found


def test_controllers_and_ui_run_background_work_through_background_ops() -> None:
    """One way to run work off the GUI thread (issue 19, item 1): BackgroundOps in controllers/background.py, with
    its typed outcome, cancel flag and newest-per-lane delivery on the GUI thread. A hand-rolled thread elsewhere
    in controllers/ or ui/ is how results set Qt state from a worker thread and late results win."""
    allowed = PACKAGE / "controllers" / "background.py"
    paths = [p for layer in ("controllers", "ui") for p in sorted((PACKAGE / layer).rglob("*.py")) if p != allowed]
    assert [hit for path in paths for hit in _threads_started(path)] == []
    assert _threads_started(allowed)  # the check still sees the one place that starts them


def test_the_readme_tree_lists_every_folder_of_the_package() -> None:
    """README's architecture section names each folder of the package, and nothing that is not there."""
    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- tree -->", 1)[1].split("```", 2)[1]
    listed: set[str] = set()
    parents: list[str] = []
    for line in block.splitlines():
        name = line.strip().split(" ", 1)[0]
        if not name.endswith("/") or name == "desktop_llm/":
            continue
        depth = (len(line) - len(line.lstrip(" "))) // 2 - 1
        parents = [*parents[:depth], name.rstrip("/")]
        listed.add("/".join(parents))
    actual = {
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*")
        if path.is_dir() and path.name != "__pycache__" and "__pycache__" not in path.parts
        # one folder of .ts sources per language: data, named in README as translations/<language>/
        and not path.relative_to(PACKAGE).as_posix().startswith("resources/translations/")
    }
    assert listed == actual
