"""``aibeleid-check rules``: every rule with code, slug, severity, profile, origin and summary."""

from __future__ import annotations

import json

import pytest

from aibeleid_check.rules import BUILTIN_RULES
from conftest import ROOT, run_cli

NO_EP = {"AIBELEID_CHECK_NO_ENTRY_POINTS": "1"}
DENYLIST = str(ROOT / "plugins" / "aibeleid-denylist" / "src" / "aibeleid_denylist.py")


def rules_json(*args):
    proc = run_cli("rules", "--format", "json", *args, env=NO_EP)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)["rules"]


def test_json_lists_every_builtin_rule_once_with_all_fields():
    rules = rules_json()
    assert [rule["code"] for rule in rules] == sorted(rule.code for rule in BUILTIN_RULES)
    for rule in rules:
        assert set(rule) == {"code", "slug", "severity", "profile", "origin", "summary"}
        assert rule["origin"] == "aibeleid-check" and rule["summary"]
        assert rule["severity"] in ("error", "warning", "info") and rule["profile"] in ("basis", "streng")


def test_summaries_follow_the_language():
    dutch = {rule["code"]: rule["summary"] for rule in rules_json()}
    english = {rule["code"]: rule["summary"] for rule in rules_json("--lang", "en")}
    assert dutch["AIB901"].startswith("Een `# aibeleid-check: ignore")
    assert english["AIB901"].startswith("An `# aibeleid-check: ignore")


def test_plugin_rules_come_after_the_builtin_ones_with_their_origin():
    rules = rules_json("--plugin", DENYLIST)
    assert [(rule["code"], rule["origin"]) for rule in rules[-2:]] == [
        ("DENY101", "aibeleid-denylist"),
        ("DENY102", "aibeleid-denylist"),
    ]


def test_table_shows_codes_and_plugin_origin():
    proc = run_cli("rules", "--plugin", DENYLIST, env=NO_EP)
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["code", "naam", "ernst", "profiel", "van", "samenvatting"]
    deny = next(line for line in lines if line.startswith("DENY102"))
    assert "gratis-abonnement" in deny and "aibeleid-denylist" in deny and "gratis of persoonlijk" in deny


def test_broken_plugin_is_a_usage_error(tmp_path):
    broken = tmp_path / "broken.py"
    broken.write_text("raise ImportError('kapot')\n", encoding="utf-8")
    proc = run_cli("rules", "--plugin", str(broken), env=NO_EP)
    assert proc.returncode == 2 and "plugin 'broken'" in proc.stderr and "kapot" in proc.stderr


@pytest.mark.parametrize(("lang", "name"), [("nl", "regels.md"), ("en", "rules.md")])
def test_committed_rules_reference_is_generated_from_the_docstrings(lang, name):
    proc = run_cli("rules", "--format", "markdown", "--no-entry-points", "--lang", lang, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    committed = (ROOT / "docs" / name).read_text(encoding="utf-8")
    assert proc.stdout == committed, (
        f"docs/{name} is out of date: aibeleid-check rules --format markdown --no-entry-points --lang {lang} > docs/{name}"
    )
    for code in ("AIB001", "AIB303", "AIB401", "AIB601", "AIB801", "AIB901"):
        assert f"## {code} " in committed
    assert "```yaml" in committed
