"""The typed seam between source, model, rules and engine, and the engine's guarantees (issue 14, issue 12.12/24)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from aibeleid_check import engine, source
from aibeleid_check.findings import FileResult, Severity
from aibeleid_check.rules import BUILTIN_RULES
from aibeleid_check.rules._source import SourceRule
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.source import SourceKind
from aibeleid_check.texts import Message
from test_rules import TODAY, VALID, check

BROKEN = {
    "syntax": b"organisatie: A\n  b: [\n",
    "empty": b"# alleen commentaar\n",
    "not-mapping": b"- organisatie: A\n",
    "alias-bomb": (
        "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"{n}: &{n} [{', '.join(['*' + p] * 10)}]\n" for p, n in zip("abcde", "bcdef", strict=True))
    ).encode(),
    "binary": b"organisatie: \x00\n",
}


def result_for(raw: bytes, **settings: object) -> FileResult:
    ruleset = engine.RuleSet(settings=engine.Settings(today=TODAY, **settings))  # type: ignore[arg-type]
    return engine.check_document(source.parse_bytes(raw), ruleset)


def test_every_source_kind_is_claimed_by_exactly_one_rule():
    claims: dict[SourceKind, list[str]] = {}
    for rule in BUILTIN_RULES:
        if issubclass(rule, SourceRule):
            for kind in rule.kinds:
                claims.setdefault(kind, []).append(rule.code)
    assert {kind: codes for kind, codes in claims.items() if len(codes) != 1} == {}
    assert set(SourceKind) - set(claims) == set()


def test_every_unchecked_kind_is_claimed_by_a_rule_that_cannot_be_switched_off():
    fixed = {
        kind for rule in BUILTIN_RULES if issubclass(rule, SourceRule) and rule.file_unchecked for kind in rule.kinds
    }
    assert source.UNCHECKED_KINDS - fixed == set()


@pytest.mark.parametrize("case", sorted(BROKEN))
@pytest.mark.parametrize(
    "settings",
    [
        {"ignore": ("AIB001", "AIB004", "AIB005", "AIB006", "AIB007", "AIB008")},
        {"ignore": ("AIB",)},  # a client's config: ignore = ["AIB"]
        {"select": ("AIB3",)},
        {"severity": {code: Severity.INFO for code in ("AIB001", "AIB004", "AIB005", "AIB006", "AIB007")}},
    ],
    ids=["ignore-each", "ignore-all", "select", "severity-info"],
)
def test_a_broken_file_never_passes(case, settings):
    result = result_for(BROKEN[case], **settings)
    assert result.fails(Severity.ERROR)
    assert result.errors >= 1  # the overview never shows "onleesbaar" with 0 errors
    assert not result.readable


@pytest.mark.parametrize("code", ["AIB001", "AIB005", "AIB006", "AIB007"])
def test_a_suppression_comment_cannot_make_a_broken_file_pass(code):
    raws = {
        "AIB001": BROKEN["syntax"],
        "AIB005": BROKEN["empty"],
        "AIB006": BROKEN["not-mapping"],
        "AIB007": BROKEN["alias-bomb"],
    }
    raw = b"# aibeleid-check: ignore-file[%s] reden: test\n" % code.encode() + raws[code]
    result = result_for(raw)
    assert code in [f.rule for f in result.findings]
    assert result.fails(Severity.ERROR)


def test_an_unreadable_document_whose_kind_no_rule_claims_still_fails():
    doc = source.Document(path="x.docx", form="docx")
    doc.problem(SourceKind.CORRUPT, reason="not a zip")
    result = engine.check_document(doc, engine.RuleSet(rule_classes=(), settings=engine.Settings(today=TODAY)))
    assert [(f.rule, f.severity) for f in result.findings] == [("AIB008", Severity.ERROR)]
    assert result.fails(Severity.ERROR)


def test_fails_counts_an_unreadable_file_without_findings():
    assert FileResult(path="x", readable=False).fails(Severity.ERROR)
    assert not FileResult(path="x").fails(Severity.ERROR)


class _Crashes(Rule):
    """Crashes.

    Wat het controleert:
        x
    Waarom:
        x
    Voorbeeld:
        x
    Zo wel:
        x
    """

    code = "ACME101"
    slug = "crash"
    severity = Severity.WARNING
    origin = "acme"

    def check(self, ctx: Context) -> Iterator[Hit]:
        raise KeyError("naam")


class _NoLine(_Crashes):
    code = "ACME102"

    def check(self, ctx: Context) -> Iterator[Hit]:
        yield Hit("organisatie", None, None, Message(nl="zonder regel", en="without a line"))  # type: ignore[arg-type]


def plugin_result(*rules: type[Rule], **settings: object) -> FileResult:
    ruleset = engine.RuleSet((*BUILTIN_RULES, *rules), engine.Settings(today=TODAY, **settings))  # type: ignore[arg-type]
    return engine.check_document(source.parse_bytes(VALID.encode() + b"organisatie: B\n"), ruleset)


def test_a_crash_is_aib900_naming_the_plugin_and_the_rule_and_the_others_stay():
    result = plugin_result(_Crashes)
    crash = [f for f in result.findings if f.rule == "AIB900"]
    assert len(crash) == 1 and "ACME101" in crash[0].message.nl and "acme" in crash[0].message.en
    assert "AIB002" in [f.rule for f in result.findings]


def test_aib900_goes_through_the_ruleset():
    assert "AIB900" not in [f.rule for f in plugin_result(_Crashes, ignore=("AIB900",)).findings]
    (crash,) = [
        f for f in plugin_result(_Crashes, severity={"AIB900": Severity.WARNING}).findings if f.rule == "AIB900"
    ]
    assert crash.severity is Severity.WARNING


def test_a_plugin_finding_without_a_line_lands_on_its_field_and_keeps_the_others():
    result = plugin_result(_NoLine)
    rules = [f.rule for f in result.findings]
    assert "AIB002" in rules and "AIB900" not in rules
    (hit,) = [f for f in result.findings if f.rule == "ACME102"]
    assert (hit.line, hit.column, hit.severity) == (22, 14, Severity.WARNING)  # the last organisatie wins


def test_a_plugin_option_named_a4_pages_does_not_fake_aib801():
    result = result_for(VALID.encode(), options={"a4_pages": 3})
    assert "AIB801" not in [f.rule for f in result.findings]


def test_the_catalogue_paths_are_core_data_not_plugin_options():
    ctx = engine.context_for(
        source.parse_bytes(VALID.encode()),
        engine.RuleSet(settings=engine.Settings(options={"catalogue": ["eigen.yaml"], "acme_x": 1})),
    )
    assert (ctx.catalogues, ctx.options) == (("eigen.yaml",), {"acme_x": 1})


def test_the_valid_policy_still_passes():
    assert check(VALID).findings == []
