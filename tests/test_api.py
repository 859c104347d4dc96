"""The public plugin API: plugins and their documentation import only ``aibeleid_check.api``."""

from __future__ import annotations

import ast
import re
import warnings
from pathlib import Path

import pytest

from aibeleid_check import api
from aibeleid_check.plugins import PluginDeprecationWarning, PluginHost
from conftest import ROOT

EXAMPLE_PLUGINS = sorted((ROOT / "plugins").glob("*/src/*.py"))
CODE_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def imported_modules(source: str) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.split(".")[0] == "aibeleid_check"}


def test_there_are_example_plugins():
    assert len(EXAMPLE_PLUGINS) == 3


@pytest.mark.parametrize("path", EXAMPLE_PLUGINS, ids=lambda p: p.name)
def test_example_plugins_import_only_the_api(path):
    assert imported_modules(path.read_text(encoding="utf-8")) == {"aibeleid_check.api"}


def test_the_plugin_guide_imports_only_the_api():
    blocks = CODE_BLOCK.findall((ROOT / "docs" / "plugins.md").read_text(encoding="utf-8"))
    modules = set().union(*(imported_modules(block) for block in blocks if "import" in block))
    assert modules == {"aibeleid_check.api"}


def test_every_name_of_the_api_is_there():
    assert set(api.__all__) >= {"Rule", "Context", "Hit", "Severity", "hookimpl", "is_placeholder", "add_months"}
    for name in api.__all__:
        assert getattr(api, name) is not None


def write_plugin(folder: Path, imports: str) -> Path:
    path = folder / "oud_plugin.py"
    path.write_text(f"{imports}\n\n@hookimpl\ndef aibeleid_code_prefix():\n    return 'OLD'\n", encoding="utf-8")
    return path


def test_an_old_import_path_still_loads_with_a_deprecation_warning(tmp_path):
    path = write_plugin(tmp_path, "from aibeleid_check.hookspec import hookimpl")
    with pytest.warns(PluginDeprecationWarning, match="aibeleid_check.hookspec"):
        plugin = PluginHost().load_spec(str(path))
    assert plugin.prefix == "OLD" and plugin.name == "oud-plugin"


def test_the_api_import_gives_no_warning(tmp_path):
    path = write_plugin(tmp_path, "from aibeleid_check.api import hookimpl")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        PluginHost().load_spec(str(path))
