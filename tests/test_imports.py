"""The package's imports: no circle, and no import that runs back up the pipeline.

The pipeline, from the bottom up (a module may import its own layer and the layers below it):

    base → source → model → rules/engine → report/a4 → run (config, plugins, batch) → commands → cli

Every import statement counts, also one inside a function (a lazy import is still a dependency). A new
module must be placed in :data:`LAYERS`; the test says so when one is not.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "src" / "aibeleid_check"

LAYERS: tuple[tuple[str, ...], ...] = (
    # 0 base: vocabulary every stage shares; imports nothing of the stages
    ("aibeleid_check", "errors", "exitcodes", "texts", "outputs", "options", "datetext", "values", "template",
     "findings"),
    # 1 source: reading files
    ("source",),
    # 2 model: what a policy says, and what its sentences mean
    ("model", "model_schema", "meaning", "catalogue"),
    # 3 rules and the engine that runs them
    ("rules", "engine", "suppressions", "hookspec", "api"),
    # 4 outputs made from a result
    ("report", "a4", "writers", "progress"),
    # 5 a run: configuration, plugins, files, many files at once
    ("config", "plugins", "entry_points", "discover", "batch", "workers"),
    # 6 the commands
    ("commands",),
    # 7 the command line
    ("cli", "cli_help", "__main__"),
)  # fmt: skip
SHIMS: dict[str, str] = {}
"""Modules kept only so that old imports work; they may import upwards until the lead removes them."""


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer_of(module: str) -> int:
    first = module.split(".")[1] if "." in module else module
    for index, names in enumerate(LAYERS):
        if first in names or module in names:
            return index
    raise AssertionError(f"{module} has no layer: add it to LAYERS in {__file__}")


def imports_of(path: Path, name: str, modules: set[str]) -> tuple[set[str], set[str]]:
    """The package modules ``path`` imports at run time: (at module level, anywhere). ``from x import y``
    counts as importing ``x.y`` when that is a module, else ``x``; imports under ``TYPE_CHECKING`` do not
    count (they never run)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {id(n) for node in ast.walk(tree) if _type_checking_block(node) for n in ast.walk(node)}
    top = {id(node) for node in tree.body}
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    at_top: set[str] = set()
    anywhere: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped or not isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        if isinstance(node, ast.Import):
            found = {alias.name for alias in node.names}
        else:
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found = {f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names}
        found = {module for module in found if module in modules and module != name}
        anywhere |= found
        if id(node) in top:
            at_top |= found
    return at_top, anywhere


def _type_checking_block(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def graph(lazy: bool = True) -> dict[str, set[str]]:
    """Module -> the package modules it imports (``lazy=False``: only those imported at module level)."""
    return {name: set(found[1 if lazy else 0]) for name, found in _imports(PACKAGE).items()}


@functools.cache
def _imports(package: Path) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Every module of ``package`` with its imports (at module level, anywhere): the files are parsed once
    for all the tests here, not once per test."""
    files = {module_name(path): path for path in package.rglob("*.py")}
    modules = set(files)
    found = {name: imports_of(path, name, modules) for name, path in files.items()}
    return {name: (frozenset(top), frozenset(anywhere)) for name, (top, anywhere) in found.items()}


def test_every_module_has_a_layer():
    for module in graph():
        layer_of(module)


def test_no_import_runs_back_up_the_pipeline():
    backwards = [
        f"{module} (layer {layer_of(module)}) imports {target} (layer {layer_of(target)})"
        for module, targets in sorted(graph().items())
        if module not in SHIMS
        for target in sorted(targets)
        if layer_of(target) > layer_of(module)
    ]
    assert backwards == []


def test_no_import_circle():
    """Module-level imports only: a lazy import inside one layer may close a loop (a package's lazy registry
    of its own submodules); across layers the test above already forbids any import back up."""
    edges = graph(lazy=False)
    circles = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(edges[module]):
            if state.get(target) == 1:
                circles.append(" -> ".join([*path[path.index(target) :], target]))
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module, [module])
    assert circles == []


def test_the_checks_see_a_circle_and_a_backward_import(tmp_path, monkeypatch):
    """The walk itself works: a made-up package with both faults is caught."""
    fake = tmp_path / "aibeleid_check"
    (fake / "source").mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    (fake / "source" / "__init__.py").write_text("from aibeleid_check import cli\n")
    (fake / "cli.py").write_text("import aibeleid_check.source\nif TYPE_CHECKING:\n    import aibeleid_check.x\n")
    (fake / "x.py").write_text("def f():\n    from aibeleid_check import cli\n")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", fake)
    edges = graph(lazy=False)
    assert edges["aibeleid_check.source"] == {"aibeleid_check.cli"}
    assert edges["aibeleid_check.cli"] == {"aibeleid_check.source"}  # a circle; TYPE_CHECKING not counted
    assert layer_of("aibeleid_check.cli") > layer_of("aibeleid_check.source")  # and source -> cli runs back
    assert graph()["aibeleid_check.x"] == {"aibeleid_check.cli"} and edges["aibeleid_check.x"] == set()
