"""The recognition corpus files (tests/data/recognition/corpus_*.yaml) are well formed and big enough.

Every sentence names a source that exists, carries only known rule ids and a known force, and each source
sits in exactly one half of the split (tune or heldout), so tuning on one half never sees the other.
"""

from __future__ import annotations

import datetime
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from recognition_eval import read_yaml

CORPUS_DIR = Path(__file__).resolve().parent / "data" / "recognition"
RULE_IDS = frozenset({"geen-persoonsgegevens", "geen-bedrijfsgeheimen", "geen-eindbesluit", "altijd-controleren"})
FORCES = frozenset({"prohibition", "obligation", "permission", "other"})
SPLITS = frozenset({"tune", "heldout"})
SOURCE_KEYS = frozenset({"id", "organisation", "kind", "url", "title", "retrieved", "split"})
SENTENCE_KEYS = frozenset({"source", "lang", "text", "rules", "force", "note"})

# Minimum size per language file: (sentences, sources, sentences stating a rule, positives per rule).
# The brief asked for 220 sentences, 16 sources and 90 rule sentences (about 20 per rule) per language. After
# the fifth collection round the files hold nl 849 / 188 / 199 (fewest per rule: 37) and en 2406 / 459 / 746
# (140): the floors sit just under that, so a lost sentence or source fails the test.
MINIMUMS = {"nl": (845, 185, 195, 35), "en": (2400, 455, 740, 135)}
LANGS = ("nl", "en")


def _load(lang: str) -> dict[str, Any]:
    path = CORPUS_DIR / f"corpus_{lang}.yaml"
    if not path.exists():
        if lang == "nl":
            pytest.fail(f"{path} is missing")
        pytest.skip(f"{path.name} not written yet")
    data = read_yaml(path)
    assert isinstance(data, dict) and set(data) >= {"sources", "sentences"}, f"{path.name}: no sources/sentences"
    return data


def problems(data: dict[str, Any], lang: str) -> list[str]:
    """Everything wrong with one corpus file's structure, as readable lines (empty when it is fine)."""
    found: list[str] = []
    sources = data.get("sources") or []
    ids = Counter(src.get("id") for src in sources)
    found += [f"source id {sid!r} defined {n} times" for sid, n in ids.items() if n > 1]
    for src in sources:
        found += _source_problems(src)
    splits = {src.get("id"): src.get("split") for src in sources}
    used: Counter[str] = Counter()
    texts: Counter[str] = Counter()
    for number, sentence in enumerate(data.get("sentences") or [], 1):
        found += [f"sentence {number}: {p}" for p in _sentence_problems(sentence, splits, lang)]
        used[sentence.get("source")] += 1
        texts[" ".join(str(sentence.get("text", "")).split())] += 1
    found += [f"source {sid!r} has no sentences" for sid in splits if not used[sid]]
    found += [f"sentence given {n} times: {text[:60]!r}" for text, n in texts.items() if n > 1]
    return found


def _source_problems(src: dict[str, Any]) -> list[str]:
    sid = src.get("id")
    found = [f"source {sid!r}: missing {key}" for key in sorted(SOURCE_KEYS - set(src))]
    found += [f"source {sid!r}: unknown key {key}" for key in sorted(set(src) - SOURCE_KEYS)]
    if src.get("split") not in SPLITS:
        found.append(f"source {sid!r}: split {src.get('split')!r} is not tune or heldout")
    if not str(src.get("url", "")).startswith(("https://", "http://")):
        found.append(f"source {sid!r}: url {src.get('url')!r} is not a web address")
    if not isinstance(src.get("retrieved"), datetime.date):
        found.append(f"source {sid!r}: retrieved {src.get('retrieved')!r} is not a date")
    return found


def _sentence_problems(sentence: dict[str, Any], splits: dict[Any, Any], lang: str) -> list[str]:
    found = [f"missing {key}" for key in ("source", "lang", "text", "rules", "force") if key not in sentence]
    found += [f"unknown key {key}" for key in sorted(set(sentence) - SENTENCE_KEYS)]
    if sentence.get("source") not in splits:
        found.append(f"source {sentence.get('source')!r} is not in sources")
    if sentence.get("lang") != lang:
        found.append(f"lang {sentence.get('lang')!r} in the {lang} file")
    if not isinstance(sentence.get("text"), str) or len(sentence["text"].split()) < 2:
        found.append(f"text {sentence.get('text')!r} is not a sentence")
    rules = sentence.get("rules")
    if not isinstance(rules, list):
        found.append(f"rules {rules!r} is not a list")
    else:
        found += [f"unknown rule id {rule!r}" for rule in rules if rule not in RULE_IDS]
        if len(set(rules)) != len(rules):
            found.append(f"rules {rules!r} repeats an id")
    if sentence.get("force") not in FORCES:
        found.append(f"force {sentence.get('force')!r} is not one of {sorted(FORCES)}")
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_corpus_file_is_well_formed(lang: str) -> None:
    assert problems(_load(lang), lang) == []


def test_no_source_in_both_halves() -> None:
    """A source (by id, address or organisation) belongs to one half only, across both language files. The
    organisation is its name before a bracketed page description: "Gemeente X (handleiding …)" and
    "Gemeente X (basiscursus …)" are one organisation."""
    seen: dict[str, str] = {}
    clashes = []
    for lang in LANGS:
        path = CORPUS_DIR / f"corpus_{lang}.yaml"
        if not path.exists():
            continue
        for src in read_yaml(path)["sources"]:
            organisation = src["organisation"].split(" (")[0].strip().lower()
            for key in (f"id:{src['id']}", f"url:{src['url']}", f"organisation:{organisation}"):
                if seen.setdefault(key, src["split"]) != src["split"]:
                    clashes.append(key)
    assert clashes == []


@pytest.mark.parametrize("lang", sorted(MINIMUMS))
def test_corpus_is_big_enough(lang: str) -> None:
    data = _load(lang)
    min_sentences, min_sources, min_positive, min_per_rule = MINIMUMS[lang]
    sentences = data["sentences"]
    per_rule = Counter(rule for s in sentences for rule in s["rules"])
    assert len(sentences) >= min_sentences
    assert len({s["source"] for s in sentences}) >= min_sources
    assert sum(1 for s in sentences if s["rules"]) >= min_positive
    assert {rule: per_rule[rule] for rule in RULE_IDS if per_rule[rule] < min_per_rule} == {}


@pytest.mark.parametrize("lang", sorted(MINIMUMS))
def test_both_halves_hold_every_rule_and_other_sentences(lang: str) -> None:
    data = _load(lang)
    split_of = {src["id"]: src["split"] for src in data["sources"]}
    counts = Counter((split_of[s["source"]], rule) for s in data["sentences"] for rule in s["rules"] or ["-"])
    missing = [(half, rule) for half in sorted(SPLITS) for rule in sorted(RULE_IDS | {"-"}) if counts[half, rule] < 3]
    assert missing == []


def test_problems_are_found() -> None:
    """The checker itself: a broken file is reported, line by line."""
    broken = {
        "sources": [
            {
                "id": "a",
                "organisation": "A",
                "kind": "gemeente",
                "url": "ftp://x",
                "title": "t",
                "retrieved": datetime.date(2026, 12, 1),
                "split": "both",
            },
            {
                "id": "b",
                "organisation": "B",
                "kind": "gemeente",
                "url": "https://b",
                "title": "t",
                "retrieved": "gisteren",
                "split": "tune",
            },
        ],
        "sentences": [
            {"source": "a", "lang": "nl", "text": "Voer geen namen in.", "rules": ["geen-namen"], "force": "must"},
            {"source": "zz", "lang": "en", "text": "Voer geen namen in.", "rules": [], "force": "other"},
        ],
    }
    found = "\n".join(problems(broken, "nl"))
    for expected in (
        "split 'both'",
        "ftp://x",
        "'gisteren' is not a date",
        "unknown rule id 'geen-namen'",
        "force 'must'",
        "'zz' is not in sources",
        "lang 'en'",
        "'b' has no sentences",
        "sentence given 2 times",
    ):
        assert expected in found
