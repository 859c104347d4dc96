"""The made-up probe sentences of a recognition round (``tests/data/recognition/probes_*.yaml``): written and
labelled by the corpus guide before the engine was read, each a list of {text, lang, rules, note}."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from aibeleid_check.meaning import recognised_ids
from rule_ids import AC, EB, PG, SG

PROBES_DIR = Path(__file__).resolve().parent / "data" / "recognition"


def load_probes(name: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = yaml.safe_load((PROBES_DIR / name).read_text(encoding="utf-8"))
    return items


def assert_labelled_by_the_guide(items: list[dict[str, Any]]) -> None:
    assert len([i for i in items if i["lang"] == "nl"]) >= 90
    assert len([i for i in items if i["lang"] == "en"]) >= 60
    for item in items:
        assert set(item) <= {"text", "lang", "rules", "note"}
        assert set(item["rules"]) <= {PG, SG, EB, AC}


def assert_floors(
    items: list[dict[str, Any]], family: frozenset[str], floors: dict[tuple[str, str], int], most_others: dict[str, int]
) -> None:
    """Per (language, rule) at least ``floors`` of the probes stating it found; per language at most
    ``most_others`` of the probes stating none of ``family`` counted as one of it."""
    found = dict.fromkeys(floors, 0)
    others = dict.fromkeys(most_others, 0)
    for item in items:
        lang = str(item["lang"])
        labels = family & set(item["rules"])
        got = family & recognised_ids(str(item["text"]))
        for rule in labels:
            found[(lang, rule)] += rule in got
        if not labels:
            others[lang] += bool(got)
    assert all(found[key] >= floor for key, floor in floors.items()), found
    assert all(others[lang] <= most for lang, most in most_others.items()), others
