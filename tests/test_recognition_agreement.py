"""The blind second labels (tests/data/recognition/second_labels.yaml) cover the corpus and are used honestly."""

from __future__ import annotations

from collections import Counter

import pytest

from recognition_agreement import SECOND_LABELS, kappa, text_key
from recognition_eval import RULES, load_corpus, read_yaml

RELABELLED = "relabelled after the blind second labelling"


def _rows() -> list[dict]:
    return read_yaml(SECOND_LABELS)["labels"]


def test_kappa_of_known_labellings() -> None:
    assert kappa([True, False, True, False], [True, False, True, False]) == 1.0
    assert kappa([True, True, False, False], [True, False, True, False]) == 0.0
    assert kappa([True, True, True, False], [True, True, False, False]) == pytest.approx(0.5)


def test_every_corpus_sentence_has_exactly_one_second_label() -> None:
    keys = Counter((row["source"], row["text_sha1"]) for row in _rows())
    corpus = Counter((sentence.source, text_key(sentence.text)) for sentence in load_corpus())
    assert keys == corpus


def test_second_labels_name_only_template_rules() -> None:
    for row in _rows():
        assert set(row["first"]) <= set(RULES) and set(row["second"]) <= set(RULES), row


def test_a_label_changed_since_the_first_labelling_says_why() -> None:
    """The corpus label differs from the first label only where the adjudication changed it, with a note."""
    notes = {}
    for path in sorted(SECOND_LABELS.parent.glob("corpus_*.yaml")):
        for item in read_yaml(path)["sentences"]:
            notes[(item["source"], text_key(item["text"]))] = str(item.get("note") or "")
    first = {(row["source"], row["text_sha1"]): frozenset(row["first"]) for row in _rows()}
    changed = 0
    for sentence in load_corpus():
        key = (sentence.source, text_key(sentence.text))
        if sentence.rules != first[key]:
            changed += 1
            assert RELABELLED in notes[key], sentence.source
    assert changed > 0


def test_where_both_labellers_agreed_the_corpus_keeps_their_label() -> None:
    by_key = {(row["source"], row["text_sha1"]): row for row in _rows()}
    for sentence in load_corpus():
        row = by_key[(sentence.source, text_key(sentence.text))]
        if row["first"] == row["second"]:
            assert sentence.rules == frozenset(row["first"]), sentence.source
