"""The hook definition other repositories use (fast); the real pre-commit runs in tests/slow/test_precommit.py."""

from __future__ import annotations

import re

import yaml

from conftest import ROOT, run_cli


def _hook() -> dict:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return hook


def test_hook_asks_for_the_concise_format_and_runs_serially():
    hook = _hook()
    assert hook["id"] == "aibeleid-check"
    assert hook["entry"] == "aibeleid-check check --format concise"
    assert hook["language"] == "python" and hook["require_serial"] is True
    assert "types" not in hook, "types: [yaml] would drop the Word and Markdown policies"


def test_files_pattern_matches_policy_names_in_any_case_and_form():
    pattern = re.compile(_hook()["files"])
    for name in ("ai-beleid.yaml", "docs/ai_beleid_2026.yml", "aibeleid.yaml", "ai-gebruiksbeleid.yaml",
                 "x/ai-policy.yml", "AI-Beleid.yaml", "Beleid/AI_BELEID.YML", "ai-beleid.md", "AI-beleid.docx"):  # fmt: skip
        assert pattern.search(name), name
    for name in (
        "mail-beleid.yaml",
        "ai-beleid.json",
        "policies/voorbeeld.yaml",
        "thai-beleid.yaml",
        "ai-beleid.docx.bak",
    ):
        assert not pattern.search(name), name


def test_no_progress_bar_under_pre_commit(monkeypatch):
    from aibeleid_check import batch

    monkeypatch.setattr(batch, "_stderr_is_terminal", lambda: True)
    monkeypatch.delenv("PRE_COMMIT", raising=False)
    assert batch.wants_progress("concise")
    monkeypatch.setenv("PRE_COMMIT", "1")
    assert not batch.wants_progress("concise")
    assert not batch.wants_progress("rich")


def test_docs_pin_a_commit_not_a_missing_tag():
    text = (ROOT / "docs" / "integrations.md").read_text(encoding="utf-8")
    assert "rev: v0.1.0" not in text.split("Making a release")[0], (
        "there is no tag yet: the first example pins a commit"
    )
    assert "aibeleid-check@v0.1.0" not in text, "pip install from a tag that does not exist"
    assert re.search(r"rev: [0-9a-f]{40}", text)
    assert "git tag -a v" in text


def test_clean_policy_is_quiet_in_concise(tmp_path):
    proc = run_cli("check", "--format", "concise", str(ROOT / "policies" / "voorbeeld.yaml"))
    assert proc.returncode == 0 and proc.stdout == "", proc.stdout


def test_a_named_file_that_the_config_excludes_gets_a_notice(tmp_path):
    (tmp_path / "archief").mkdir()
    old = tmp_path / "archief" / "ai-beleid-2023.yaml"
    old.write_text("organisatie: Oud\ningangsdatum: 2023-02-30\n", encoding="utf-8")
    (tmp_path / ".aibeleid-check.toml").write_text('exclude = ["archief/"]\n', encoding="utf-8")
    proc = run_cli("check", "--format", "concise", "archief/ai-beleid-2023.yaml", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [
        "aibeleid-check: 'archief/ai-beleid-2023.yaml' overgeslagen: uitgesloten door 'exclude' in de configuratie"
    ]
    quiet = run_cli(
        "check", "--format", "concise", ".", cwd=tmp_path
    )  # a folder: its excluded files are skipped quietly
    assert "overgeslagen" not in quiet.stderr
