"""The fourteenth testers' round stays right: 24 own-words policies (YAML, Markdown, Word) whose advisor's verdicts
were written before the tool ever read them (tests/data/testers/round14/README.md). At first sight 19 of 24 were
exact; recognition round 27 made all 24 so, and this keeps them there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tester_eval

ROUND = Path(__file__).resolve().parent / "data" / "testers" / "round14"
SRC = Path(__file__).resolve().parent.parent / "src"


@pytest.mark.slow
def test_every_verdict_of_the_fourteenth_round_is_exact() -> None:
    data = json.loads((ROUND / "expected.json").read_text(encoding="utf-8"))
    expected = {name: entry["expected"] for name, entry in data.items() if not name.startswith("_")}
    reports = tester_eval.run_check(SRC, [ROUND / name for name in expected])
    got = {name: tester_eval.verdict_of(reports[name]) for name in expected}
    wrong = {name: (want, got[name]) for name, want in expected.items() if want != got[name]}
    assert len(expected) == 24
    assert wrong == {}
