"""Recognition on the held-out half of the real-policy corpus stays at or above its measured floors.

The floors are a few points below what the engine measured when they were set (see docs/recognition.md
and ``make recognition``), so a regression fails here. Raise them when the engine gets better; never tune
the engine on held-out sentences to pass them (tests/data/recognition/README.md).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

_EVAL_PATH = Path(__file__).resolve().parent / "recognition_eval.py"


def _load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("recognition_eval", _EVAL_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


ev = _load_eval()

# Held-out recall per language and rule, and the largest share of the other sentences that may count: one
# sentence below what the engine measured (make recognition), rounded down to 0.05 (the ceiling up to 0.01).
# Measured on 2026-12-01 at the end of the late-evening session, on 1,576 held-out sentences: nl 17/24, 11/13,
# 18/24, 18/27 and 32/307 counted; en 100/131, 92/118, 47/62, 94/123 and 62/833 counted. Still holding on
# 2026-12-02 (evening) on 2,406 sentences (rounds 8-9 added): nl 19/26, 13/14, 18/24, 21/34 and 35/357 counted;
# en 142/186, 148/184, 84/109, 178/232 and 111/1,364 counted.
RECALL_FLOORS: dict[str, dict[str, float]] = {
    "nl": {
        "geen-persoonsgegevens": 0.65,
        "geen-bedrijfsgeheimen": 0.75,
        "geen-eindbesluit": 0.70,
        "altijd-controleren": 0.60,
    },
    "en": {
        "geen-persoonsgegevens": 0.75,
        "geen-bedrijfsgeheimen": 0.75,
        "geen-eindbesluit": 0.70,
        "altijd-controleren": 0.72,  # 74.8 % on 3 December, after round 10 (first sight 61.5 % on its 26)
    },
}
OTHERS_COUNTED_CEILING: dict[str, float] = {"nl": 0.11, "en": 0.09}  # en 8.2 % on 2 December (round 7 added)


@pytest.fixture(scope="module")
def heldout() -> Any:
    return ev.evaluate("heldout")


def _below_floors(report: Any) -> list[str]:
    problems = []
    for lang, floors in RECALL_FLOORS.items():
        numbers = report.by_lang[lang].as_dict()
        for rule, floor in floors.items():
            rate = numbers["recall"][rule]["rate"]
            if rate is None or rate < floor:
                problems.append(f"{lang} {rule}: recall {rate} < {floor}")
        counted = numbers["others_counted"]["rate"]
        if counted is None or counted > OTHERS_COUNTED_CEILING[lang]:
            problems.append(f"{lang}: {counted} of the other sentences counted > {OTHERS_COUNTED_CEILING[lang]}")
    return problems


def test_heldout_recall_and_false_positives_meet_the_floors(heldout: Any) -> None:
    assert _below_floors(heldout) == []


def test_an_engine_that_recognises_nothing_fails_the_floors() -> None:
    report = ev.evaluate("heldout", recognise=lambda text: ())
    assert any("recall 0.0" in problem for problem in _below_floors(report))


def test_an_engine_that_counts_everything_fails_the_ceiling() -> None:
    report = ev.evaluate("heldout", recognise=lambda text: ev.RULES)
    assert any("of the other sentences counted" in problem for problem in _below_floors(report))
    by_force = report.total.as_dict()["positives_by_force"]
    assert by_force and all(ratio["rate"] == 1.0 for ratio in by_force.values())


def test_every_rule_and_language_has_heldout_positives(heldout: Any) -> None:
    for lang in ev.LANGS:
        assert all(count > 0 for count in heldout.by_lang[lang].positives.values()), lang
        assert heldout.by_lang[lang].others > 0, lang


def test_items_of_the_new_engine_are_read_by_their_rule_id() -> None:
    class Item:
        def __init__(self, rule_id: str, counts: bool = True) -> None:
            self.rule_id, self.counts = rule_id, counts

    found = ev.rule_ids([Item("geen-eindbesluit"), Item("altijd-controleren", counts=False), "geen-persoonsgegevens"])
    assert found == {"geen-eindbesluit", "geen-persoonsgegevens"}


def test_show_errors_refuses_the_heldout_half(capsys: pytest.CaptureFixture[str]) -> None:
    assert ev.main(["--split", "heldout", "--show-errors"]) == 2
    assert ev.main(["--split", "all", "--show-errors"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "only allowed with --split tune" in err


def test_show_errors_lists_tune_mistakes(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    report = ev.evaluate("tune", recognise=lambda text: ())
    assert report.errors and all(error["recognised"] == [] for error in report.errors)
    monkeypatch.setattr(
        ev, "engine", lambda name="current": ("nothing", lambda text: ())
    )  # the printing, not the engine
    assert ev.main(["--split", "tune", "--show-errors"]) == 0
    out = capsys.readouterr().out
    assert "split tune" in out and ("labels [" in out or "no errors" in out)
