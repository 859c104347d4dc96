"""Measure the whole tool on real policies read as files: headings, lists and rules in their own words.

The sentence corpus (``recognition_eval.py``) reads every sentence on its own. A real policy is read with
its headings: an item under *Don't* has the list's force, a heading the reader does not know leaves its
items unread. ``tests/data/recognition/policies/`` holds real published policies copied verbatim into
Markdown (their own title, headings and items), each labelled with the template rules a careful advisor
finds in the whole text (``manifest.yaml``). This checks each file as a user would and reports, per split
and language:

- per rule: of the policies that state it, how many the tool counted (recall), and of the others, how many
  it counted anyway;
- the verdict: policies whose missing-rule findings (AIB401; for a file without the template's structure,
  the prohibitions AIB011 says its text does not state) are exactly the rules they do not state;
- files where a heading was not known (AIB104) or no policy structure was found (AIB011).

Run ``make policies`` (``--split heldout``) or ``python tests/policy_eval.py --split tune --show-errors``
(the tune half only: held-out files are never shown, so nobody tunes on them).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from recognition_eval import LANGS, RULES, SPLITS, share

POLICY_DIR = Path(__file__).resolve().parent / "data" / "recognition" / "policies"


@dataclass(frozen=True)
class Policy:
    id: str
    lang: str
    split: str
    rules: frozenset[str]
    path: Path


@dataclass(frozen=True)
class Reading:
    policy: Policy
    counted: frozenset[str]
    missing: frozenset[str]
    codes: tuple[str, ...]


def load(directory: Path = POLICY_DIR) -> list[Policy]:
    entries = yaml.safe_load((directory / "manifest.yaml").read_text(encoding="utf-8"))
    return [
        Policy(entry["id"], entry["lang"], entry["split"], frozenset(entry["rules"]), directory / f"{entry['id']}.md")
        for entry in entries
    ]


def read(policy: Policy) -> Reading:
    from aibeleid_check.engine import RuleSet, Settings, check_document
    from aibeleid_check.source import parse_bytes

    document = parse_bytes(policy.path.read_bytes(), path=policy.path.name)
    result = check_document(document, RuleSet(settings=Settings(today=date(2026, 12, 1))))
    counted = frozenset(str(item["rule"]) for item in result.recognised) & frozenset(RULES)
    missing = frozenset(
        rule for rule in RULES for f in result.findings if f.rule == "AIB401" and rule in f.message.text("nl")
    )
    codes = tuple(sorted({f.rule for f in result.findings}))
    if "AIB011" in codes:  # no template structure: the message names the prohibitions its text does not state
        missing = frozenset(RULES) - counted
    return Reading(policy, counted, missing, codes)


def report(readings: list[Reading]) -> list[str]:
    lines = []
    for lang in (*LANGS, None):
        chosen = [r for r in readings if lang is None or r.policy.lang == lang]
        if not chosen:
            continue
        lines.append(f"== {lang or 'all'}: {len(chosen)} policies")
        for rule in RULES:
            stating = [r for r in chosen if rule in r.policy.rules]
            others = [r for r in chosen if rule not in r.policy.rules]
            found = sum(rule in r.counted for r in stating)
            extra = sum(rule in r.counted for r in others)
            lines.append(
                f"  {rule:<22} counted {share(found, len(stating), 0):>14}   counted without it {share(extra, len(others), 0):>14}"
            )
        right = sum(r.missing == frozenset(RULES) - r.policy.rules for r in chosen)
        lines.append(
            f"  verdict right (the rules named missing are exactly those not stated): {share(right, len(chosen), 0)}"
        )
        unknown = sum("AIB104" in r.codes for r in chosen)
        shapeless = sum("AIB011" in r.codes for r in chosen)
        lines.append(
            f"  files with an unknown heading (AIB104): {unknown}; without policy structure (AIB011): {shapeless}"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="heldout")
    parser.add_argument("--show-errors", action="store_true", help="list the wrong verdicts (tune only)")
    args = parser.parse_args(argv)
    if args.show_errors and args.split != "tune":
        print("--show-errors is only allowed with --split tune", file=sys.stderr)
        return 2
    policies = [p for p in load() if args.split == "all" or p.split == args.split]
    readings = [read(policy) for policy in policies]
    print(f"split {args.split}: {len(readings)} real policies read as files")
    print("\n".join(report(readings)))
    if args.show_errors:
        for r in readings:
            if r.counted != r.policy.rules:
                print(f"{r.policy.id}: states {sorted(r.policy.rules)}, counted {sorted(r.counted)}, codes {r.codes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
