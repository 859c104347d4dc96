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


def test_recognition_runs_once_per_file(monkeypatch):
    """AIB401 and the JSON's counted items share one reading of the rule texts (Context.counted_items)."""
    from aibeleid_check import engine
    from aibeleid_check.meaning import items

    calls = []
    original = items.counted_items
    monkeypatch.setattr(
        items, "counted_items", lambda policy, loose=(): calls.append(policy) or original(policy, loose)
    )
    result = engine.check_path(str(POLICIES / "voorbeeld.yaml"), engine.RuleSet())
    assert len(calls) == 1
    assert {found["rule"] for found in result.recognised} >= {"geen-persoonsgegevens", "altijd-controleren"}
    assert not [finding for finding in result.findings if finding.rule == "AIB401"]


def test_a_check_with_catalogued_tools_compiles_no_patterns_it_does_not_use(tmp_path):
    """pydantic inspects a builtin default factory's signature through tokenize (~5 ms of regex compiling); the
    contact-channel patterns compile only when a contact without e-mail or phone is searched."""
    code = (
        "import sys; from aibeleid_check.cli import main; "
        f"status = main(['check', '--format', 'concise', '--no-entry-points', {str(POLICIES / 'voorbeeld.yaml')!r}]); "
        "from aibeleid_check.model import policy; tok = sys.modules.get('tokenize'); import json; "
        "print(json.dumps([status, 'aibeleid_check.catalogue' in sys.modules, "
        "tok._compile.cache_info().currsize if tok else 0, policy._channel_patterns.cache_info().currsize]))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    status, catalogue_loaded, tokenizer, channels = json.loads(proc.stdout.splitlines()[-1])
    assert (status, catalogue_loaded, tokenizer, channels) == (0, True, 0, 0), proc.stderr
