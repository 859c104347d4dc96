"""``aibeleid-check explain CODE``: the rule's docstring sections, drawn for a terminal."""

from __future__ import annotations

import pytest

from aibeleid_check.cli import main
from aibeleid_check.rules import BUILTIN_RULES
from conftest import run_cli


def test_explain_shows_title_meta_and_every_section():
    proc = run_cli("explain", "aib302")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "AIB302" in out and "verwerkersovereenkomst" in out
    assert "ernst: waarschuwing" in out and "profiel: basis" in out
    for title in ("Wat het controleert", "Waarom", "Voorbeeld", "Zo wel"):
        assert title in out
    assert "- naam: DeepL Pro" in out, "examples keep their YAML layout"


def test_explain_in_english_by_slug():
    proc = run_cli("explain", "Tool-Zonder-Naam", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert "AIB301" in proc.stdout and "An approved tool without a name." in proc.stdout
    assert "What it checks" in proc.stdout and "severity: error" in proc.stdout


def test_unknown_code_is_a_usage_error_with_the_nearest_codes():
    proc = run_cli("explain", "AIB3O2")
    assert proc.returncode == 2
    assert "AIB302" in proc.stderr and proc.stdout == ""
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("rule", BUILTIN_RULES, ids=lambda rule: rule.code)
def test_every_builtin_rule_explains_itself(rule, capsys):
    assert main(["explain", rule.code]) == 0
    out = capsys.readouterr().out
    assert rule.code in out and rule.summary("nl").split()[0] in out


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_examples_lose_no_words_at_80_columns_when_piped(lang):
    rule = next(rule for rule in BUILTIN_RULES if rule.code == "AIB601")
    examples = [
        body for title, body in rule.doc(lang).sections if title in ("Voorbeeld", "Zo wel", "Example", "Instead")
    ]
    assert examples
    out = run_cli("explain", "AIB601", "--lang", lang, env={"COLUMNS": "80"}).stdout
    shown = " ".join(out.replace("│", " ").split())
    for body in examples:
        assert " ".join(body.split()) in shown
