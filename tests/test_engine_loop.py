"""The engine's rule loop: a rule that crashes after it found something reports only its crash (AIB900),
never half its findings; the other rules' findings stay, on readable and unreadable files alike."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from aibeleid_check import engine, source
from aibeleid_check.findings import Severity
from aibeleid_check.rules import BUILTIN_RULES
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.texts import Message

TODAY = date(2026, 6, 1)


class _HalfThenCrash(Rule):
    """Finds one thing, then crashes.

    Wat het controleert:
        x
    Waarom:
        x
    Voorbeeld:
        x
    Zo wel:
        x
    """

    code = "ACME201"
    slug = "half"
    severity = Severity.WARNING
    origin = "acme"

    def check(self, ctx: Context) -> Iterator[Hit]:
        yield Hit("organisatie", 1, 1, Message(nl="eerst dit", en="this first"))
        raise ValueError("daarna stuk")


class _HalfThenMalformed(_HalfThenCrash):
    code = "ACME202"

    def check(self, ctx: Context) -> Iterator[Hit]:
        yield Hit("organisatie", 1, 1, Message(nl="eerst dit", en="this first"))
        yield "geen hit"  # type: ignore[misc]


class _Fine(_HalfThenCrash):
    code = "ACME203"
    needs_policy = False

    def check(self, ctx: Context) -> Iterator[Hit]:
        yield Hit("", 1, 1, Message(nl="goed", en="fine"))
        yield Hit("", 2, 1, Message(nl="ook goed", en="also fine"))


def _rules(raw: bytes, *extra: type[Rule]) -> list[str]:
    ruleset = engine.RuleSet((*BUILTIN_RULES, *extra), engine.Settings(today=TODAY))
    return sorted(finding.rule for finding in engine.check_document(source.parse_bytes(raw), ruleset).findings)


def test_a_rule_that_crashes_midway_reports_only_the_crash():
    raw = b"organisatie: Bakkerij\n"
    alone = _rules(raw)
    assert _rules(raw, _HalfThenCrash, _Fine) == sorted([*alone, "AIB900", "ACME203", "ACME203"])
    assert _rules(raw, _Fine, _HalfThenMalformed) == sorted([*alone, "AIB900", "ACME203", "ACME203"])
    assert "ACME201" not in _rules(raw, _HalfThenCrash) and "ACME202" not in _rules(raw, _HalfThenMalformed)


def test_on_an_unreadable_file_only_the_rules_without_a_policy_run():
    raw = b"organisatie: [\n"
    rules = _rules(raw, _HalfThenCrash, _Fine)
    assert rules.count("ACME203") == 2
    assert "AIB900" not in rules and "ACME201" not in rules  # needs a policy: never ran
