"""How far two careful labellers agree on the corpus, and the engine scored where they agree (issue 10.4).

Every sentence of the corpus was labelled a second time, blind: by a labeller who saw neither the first
labels nor what the recogniser makes of a sentence, working from the same guide (README.md beside the
corpus). ``second_labels.yaml`` keeps, per sentence, the first label as it was before the two were compared
and the second label; where they differed, a third reader decided and the corpus holds that decision.

This prints, per split, language and rule (aggregates only, so it may run on the held-out half):

- the agreement: sentences each labeller gave the rule, both, and Cohen's kappa;
- the second labeller scored as if it were a recogniser against the first labels: the recall and the share
  of other sentences counted that a careful person reaches, the ceiling the targets should be read against;
- the engine's recall on the sentences both labellers gave the rule, and the share counted of the sentences
  both left empty: the engine's score with label noise taken out.

Run ``make agreement`` (``--split heldout``) or ``python tests/recognition_agreement.py --split tune``.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from recognition_eval import CORPUS_DIR, LANGS, RULES, SPLITS, engine, load_corpus, read_yaml, rule_ids, share

SECOND_LABELS = CORPUS_DIR / "second_labels.yaml"


def text_key(text: str) -> str:
    """A sentence's key in ``second_labels.yaml``: the first 12 hex digits of the SHA-1 of its words."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Labelled:
    lang: str
    split: str
    text: str
    first: frozenset[str]
    second: frozenset[str]


def load(path: Path = SECOND_LABELS) -> list[Labelled]:
    """The corpus sentences that have a second label, with both labels."""
    data = read_yaml(path)
    second = {(row["source"], row["text_sha1"]): row for row in data["labels"]}
    out = []
    for sentence in load_corpus():
        row = second.get((sentence.source, text_key(sentence.text)))
        if row is not None:
            out.append(
                Labelled(
                    sentence.lang,
                    sentence.split,
                    sentence.text,
                    frozenset(row["first"]),
                    frozenset(row["second"]),
                )
            )
    return out


def kappa(first: Sequence[bool], second: Sequence[bool]) -> float:
    """Cohen's kappa of two yes/no labellings of the same items."""
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    p_first, p_second = sum(first) / n, sum(second) / n
    expected = p_first * p_second + (1 - p_first) * (1 - p_second)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def report(rows: list[Labelled], recognised: list[frozenset[str]]) -> list[str]:
    lines = []
    for lang in (*LANGS, None):
        chosen = [i for i, row in enumerate(rows) if lang is None or row.lang == lang]
        if not chosen:
            continue
        lines.append(f"== {lang or 'all'}: {len(chosen)} sentences")
        for rule in RULES:
            first = [rule in rows[i].first for i in chosen]
            second = [rule in rows[i].second for i in chosen]
            both = [i for i in chosen if rule in rows[i].first and rule in rows[i].second]
            lines.append(
                f"  {rule:<22} first {sum(first):>3}  second {sum(second):>3}  both {len(both):>3}  "
                f"kappa {kappa(first, second):.2f} | second as recogniser "
                f"{share(len(both), sum(first)):>16} | engine where both agree "
                f"{share(sum(rule in recognised[i] for i in both), len(both)):>16}"
            )
        empty_first = [i for i in chosen if not rows[i].first]
        empty_both = [i for i in chosen if not rows[i].first and not rows[i].second]
        lines.append(
            f"  others counted: second labeller {share(sum(bool(rows[i].second) for i in empty_first), len(empty_first))}"
            f", engine where both left it empty {share(sum(bool(recognised[i]) for i in empty_both), len(empty_both))}"
        )
        exact = sum(rows[i].first == rows[i].second for i in chosen)
        lines.append(f"  same label set: {share(exact, len(chosen))}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="heldout")
    args = parser.parse_args(argv)
    rows = [row for row in load() if args.split == "all" or row.split == args.split]
    _, recognise = engine()
    recognised = [rule_ids(recognise(row.text)) for row in rows]
    print(f"split {args.split}: {len(rows)} sentences with a blind second label")
    print("\n".join(report(rows, recognised)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
