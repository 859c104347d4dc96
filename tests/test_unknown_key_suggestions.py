"""AIB101's "Bedoel je …?" is a fuzzy match against every known key: a file of thousands of unknown keys
gets it for the first MAX_SUGGESTIONS only, so that such a file is answered quickly (tests/test_limits.py)."""

from __future__ import annotations

import json

from aibeleid_check.model.normalise import MAX_SUGGESTIONS
from conftest import run_cli


def _aib103_messages(tmp_path, text: str) -> list[str]:
    path = tmp_path / "beleid.yaml"
    path.write_text(text, encoding="utf-8")
    out = json.loads(run_cli("check", "--format", "json", str(path)).stdout)
    return [f["message"] for f in out["files"][0]["findings"] if f["rule"] == "AIB101"]


def test_a_typo_in_a_key_gets_a_suggestion(tmp_path):
    assert any("Bedoel je 'organisatie'?" in m for m in _aib103_messages(tmp_path, "organsatie: Acme\n"))


def test_only_the_first_unknown_keys_get_a_suggestion(tmp_path):
    text = "".join(f"organsatie{i}: x\n" for i in range(MAX_SUGGESTIONS + 20))
    messages = _aib103_messages(tmp_path, text)
    assert len(messages) == MAX_SUGGESTIONS + 20  # every unknown key is still a finding
    assert sum("Bedoel je" in m for m in messages) == MAX_SUGGESTIONS
