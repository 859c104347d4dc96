"""Measure the recognition engine on the corpus of real policy sentences (issue 10.4).

Loads ``tests/data/recognition/corpus_*.yaml``, asks the engine which of the template's four rules each
sentence states, and reports per split, per rule and per language:

- recall: of the sentences labelled with a rule, how many the engine recognised as that rule; and the
  exact rate: positives recognised as exactly their rule(s), nothing missing and nothing extra;
- false positives: the share of the other sentences (labelled ``[]``) for which any of the four counted,
  the positives that got a wrong extra rule, and per rule the sentences not labelled with it that
  counted as it;
- per source, as a stand-in for a policy: whether the union of recognised rules equals the union of
  labelled rules.

Run it as a script (``make recognition`` runs ``--split heldout``) or import ``evaluate``.
``--show-errors`` lists the misses and false positives, and only for ``--split tune``: held-out
sentences are never printed, so nobody tunes on them (see README.md beside the corpus).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CORPUS_DIR = Path(__file__).resolve().parent / "data" / "recognition"
RULES = ("geen-persoonsgegevens", "geen-bedrijfsgeheimen", "geen-eindbesluit", "altijd-controleren")
SPLITS = ("tune", "heldout", "all")
LANGS = ("nl", "en")

Recogniser = Callable[[str], Iterable[Any]]


@dataclass(frozen=True)
class Sentence:
    source: str
    split: str
    lang: str
    text: str
    rules: frozenset[str]
    force: str = "other"


@dataclass
class Counts:
    """Tallies for one group of sentences (a language, or everything)."""

    positives: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RULES, 0))
    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RULES, 0))
    false_hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RULES, 0))
    not_labelled: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RULES, 0))
    positive_sentences: int = 0
    exact: int = 0
    wrong_extra: int = 0
    others: int = 0
    others_counted: int = 0
    by_force: dict[str, list[int]] = field(default_factory=dict)
    """Per phrasing of the positives (prohibition, obligation, permission, other): [all rules found, of]."""

    def add(self, labels: frozenset[str], got: frozenset[str], force: str = "other") -> None:
        for rule in RULES:
            if rule in labels:
                self.positives[rule] += 1
                self.found[rule] += rule in got
            else:
                self.not_labelled[rule] += 1
                self.false_hits[rule] += rule in got
        if labels:
            self.positive_sentences += 1
            self.exact += got == labels
            self.wrong_extra += bool(got - labels)
            tally = self.by_force.setdefault(force, [0, 0])
            tally[0] += labels <= got
            tally[1] += 1
        else:
            self.others += 1
            self.others_counted += bool(got)

    def as_dict(self) -> dict[str, Any]:
        return {
            "recall": {r: _ratio(self.found[r], self.positives[r]) for r in RULES},
            "exact": _ratio(self.exact, self.positive_sentences),
            "others_counted": _ratio(self.others_counted, self.others),
            "wrong_extra_rule": _ratio(self.wrong_extra, self.positive_sentences),
            "false_hits": {r: _ratio(self.false_hits[r], self.not_labelled[r]) for r in RULES},
            "positives_by_force": {f: _ratio(*self.by_force[f]) for f in sorted(self.by_force)},
        }


@dataclass
class Report:
    split: str
    engine: str
    sentences: int
    by_lang: dict[str, Counts]
    total: Counts
    sources: int
    sources_exact: int
    errors: list[dict[str, Any]]
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "engine": self.engine,
            "sentences": self.sentences,
            "languages": {lang: counts.as_dict() for lang, counts in self.by_lang.items()},
            "all": self.total.as_dict(),
            "sources": _ratio(self.sources_exact, self.sources),
            "seconds": round(self.seconds, 3),
        }


def _ratio(hit: int, of: int) -> dict[str, Any]:
    return {"hit": hit, "of": of, "rate": round(hit / of, 4) if of else None}


def share(hit: int, of: int, decimals: int = 1) -> str:
    """``12/25 (48.0 %)`` for a report line, ``-`` when there is nothing to count."""
    return f"{hit}/{of} ({100 * hit / of:.{decimals}f} %)" if of else "-"


def read_yaml(path: Path) -> Any:
    """A corpus file's data, parsed once per content (libyaml's parser when present: the files are large)."""
    return _parsed(path.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=16)
def _parsed(text: str) -> Any:
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader


def load_corpus(directory: Path = CORPUS_DIR) -> list[Sentence]:
    """Every sentence of every ``corpus_*.yaml``, with the split of its source."""
    sentences: list[Sentence] = []
    for path in sorted(directory.glob("corpus_*.yaml")):
        data = read_yaml(path)
        splits = {src["id"]: src["split"] for src in data["sources"]}
        for item in data["sentences"]:
            unknown = set(item["rules"]) - set(RULES)
            if unknown or item["source"] not in splits:
                raise ValueError(f"{path.name}: bad sentence {item['text'][:60]!r} ({unknown or item['source']})")
            sentences.append(
                Sentence(
                    item["source"],
                    splits[item["source"]],
                    item["lang"],
                    item["text"],
                    frozenset(item["rules"]),
                    item.get("force", "other"),
                )
            )
    return sentences


LEGACY_REVISION = "5dc198a"
"""The last commit with the phrase-list engine (``src/aibeleid_check/meaning.py``) the new one replaces."""


def engine(name: str = "current") -> tuple[str, Recogniser]:
    """The recogniser to measure: ``current`` is ``aibeleid_check.meaning.recognise``; ``legacy`` is the
    phrase-list engine it replaces, read from the git history (for the baseline numbers)."""
    if name == "legacy":
        return f"legacy meaning.py at {LEGACY_REVISION}", _legacy_recogniser()
    module = importlib.import_module("aibeleid_check.meaning")
    found = getattr(module, "recognise", None)
    if not callable(found):
        raise SystemExit("aibeleid_check.meaning has no recognise()")
    return "aibeleid_check.meaning", found


def _legacy_recogniser() -> Recogniser:
    import subprocess
    import types

    root = Path(__file__).resolve().parent.parent
    command = ["git", "-C", str(root), "show", f"{LEGACY_REVISION}:src/aibeleid_check/meaning.py"]
    try:
        source = subprocess.run(command, capture_output=True, text=True, check=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError) as error:
        raise SystemExit(f"the legacy engine needs the git history ({error})") from error
    module = types.ModuleType("aibeleid_check_legacy_meaning")
    exec(compile(source, f"{LEGACY_REVISION}:meaning.py", "exec"), module.__dict__)  # noqa: S102 - our own history
    recognise: Recogniser = module.recognise
    return recognise


def rule_ids(result: Iterable[Any]) -> frozenset[str]:
    """The template rule ids in what ``recognise`` returned: plain ids (the old engine) or items that carry
    the id as ``rule_id``, ``rule`` or ``id`` (the new engine). Items that say they do not count (a
    permission, a mention) are left out."""
    ids: set[str] = set()
    for item in result:
        if isinstance(item, str):
            ids.add(item)
            continue
        if getattr(item, "counts", True) is False:
            continue
        names = (getattr(item, attr, None) for attr in ("rule_id", "rule", "id"))
        rule = next((name for name in names if isinstance(name, str)), None)
        if rule is not None:
            ids.add(rule)
    return frozenset(ids) & frozenset(RULES)


def evaluate(
    split: str = "heldout",
    recognise: Recogniser | None = None,
    *,
    engine_name: str = "current",
    sentences: Sequence[Sentence] | None = None,
) -> Report:
    """Run the recogniser over the chosen split and tally the results."""
    import time

    name, recogniser = ("given", recognise) if recognise is not None else engine(engine_name)
    chosen = [s for s in (sentences if sentences is not None else load_corpus()) if split in ("all", s.split)]
    by_lang = {lang: Counts() for lang in LANGS}
    total = Counts()
    per_source: dict[str, tuple[set[str], set[str]]] = {}
    errors: list[dict[str, Any]] = []
    started = time.perf_counter()
    for sentence in chosen:
        got = rule_ids(recogniser(sentence.text))
        by_lang.setdefault(sentence.lang, Counts()).add(sentence.rules, got, sentence.force)
        total.add(sentence.rules, got, sentence.force)
        labelled, recognised = per_source.setdefault(sentence.source, (set(), set()))
        labelled |= sentence.rules
        recognised |= got
        if got != sentence.rules:
            errors.append(
                {
                    "source": sentence.source,
                    "lang": sentence.lang,
                    "text": sentence.text,
                    "labels": sorted(sentence.rules),
                    "recognised": sorted(got),
                }
            )
    seconds = time.perf_counter() - started
    exact_sources = sum(labelled == recognised for labelled, recognised in per_source.values())
    return Report(split, name, len(chosen), by_lang, total, len(per_source), exact_sources, errors, seconds)


def _pct(ratio: dict[str, Any]) -> str:
    if ratio["of"] == 0:
        return "     -     "
    return f"{ratio['hit']:>3}/{ratio['of']:<3} {100 * ratio['rate']:5.1f}%"


def format_report(report: Report) -> str:
    data = report.as_dict()
    columns = [lang for lang in LANGS if report.by_lang[lang].positive_sentences + report.by_lang[lang].others]
    groups = [(lang, data["languages"][lang]) for lang in columns] + [("all", data["all"])]
    lines = [
        f"split {report.split}: {report.sentences} sentences, engine {report.engine}, {report.seconds:.2f} s",
        f"{'':26}" + "".join(f"{name:>17}" for name, _ in groups),
    ]
    for rule in RULES:
        lines.append(f"recall {rule:<19}" + "".join(f"{_pct(g['recall'][rule]):>17}" for _, g in groups))
    rows = (
        ("exact rule(s), positives", "exact"),
        ("others counted (FP)", "others_counted"),
        ("wrong extra rule", "wrong_extra_rule"),
    )
    for label, key in rows:
        lines.append(f"{label:<26}" + "".join(f"{_pct(g[key]):>17}" for _, g in groups))
    for rule in RULES:
        lines.append(f"false {rule:<20}" + "".join(f"{_pct(g['false_hits'][rule]):>17}" for _, g in groups))
    for force in sorted(data["all"]["positives_by_force"]):
        cells = [g["positives_by_force"].get(force, {"hit": 0, "of": 0, "rate": None}) for _, g in groups]
        lines.append(f"{'positives as ' + force:<26}" + "".join(f"{_pct(cell):>17}" for cell in cells))
    lines.append(f"sources with exactly their rules: {_pct(data['sources']).strip()}")
    return "\n".join(lines)


def format_errors(report: Report) -> str:
    lines = []
    for error in report.errors:
        lines.append(f"[{error['lang']}] {error['source']}: labels {error['labels']} recognised {error['recognised']}")
        lines.append(f"    {error['text']}")
    return "\n".join(lines) or "no errors"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="heldout")
    parser.add_argument(
        "--engine",
        choices=("current", "legacy"),
        default="current",
        help="legacy = the phrase-list engine being replaced (from git history), for the baseline",
    )
    parser.add_argument("--show-errors", action="store_true", help="list misses and false positives (tune only)")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)
    if args.show_errors and args.split != "tune":
        print(
            "--show-errors is only allowed with --split tune: held-out sentences are not printed, "
            "so that nobody tunes on them",
            file=sys.stderr,
        )
        return 2
    report = evaluate(args.split, engine_name=args.engine)
    if args.json:
        out = report.as_dict()
        if args.show_errors:
            out["errors"] = report.errors
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print(format_report(report))
        if args.show_errors:
            print(format_errors(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
