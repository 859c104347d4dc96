"""A clean one-file check (what a pre-commit hook runs) imports only what it needs."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import POLICIES

NOT_FOR_A_CLEAN_CHECK = (
    "aibeleid_check.config.schema",  # pydantic schema of a configuration file: only when one is read
    "aibeleid_check.commands.check_a4",  # the A4 pages: only with --a4/--a4-dir
    "aibeleid_check.a4.renderer",
    "typst",
    "rich",  # only when something is drawn
    "pluggy",  # only when there is a plugin
    "aibeleid_check.plugins",
    "concurrent.futures.process",  # only for a batch that goes parallel
)


def test_a_clean_one_file_check_imports_nothing_it_does_not_need(tmp_path):
    code = (
        "import sys; from aibeleid_check.cli import main; "
        f"status = main(['check', '--format', 'concise', '--no-entry-points', {str(POLICIES / 'voorbeeld.yaml')!r}]); "
        "import json; print(json.dumps([status, sorted(sys.modules)]))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    status, modules = json.loads(proc.stdout.splitlines()[-1])
    assert status == 0, proc.stderr
    loaded = [name for name in NOT_FOR_A_CLEAN_CHECK if name in modules]
    assert loaded == []
