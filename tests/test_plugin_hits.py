"""A plugin hit whose message is plain text: that text in every language, and none of the rule's hits lost."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterator

from aibeleid_check import engine, source
from aibeleid_check.api import Context, Hit, Rule, Severity
from aibeleid_check.rules import BUILTIN_RULES
from conftest import POLICIES, run_cli

VOORBEELD = str(POLICIES / "voorbeeld.yaml")
NO_EP = {"AIBELEID_CHECK_NO_ENTRY_POINTS": "1"}

PLUGIN = textwrap.dedent(
    '''
    from aibeleid_check.api import Hit, Message, Rule, Severity, hookimpl


    class ThreeHits(Rule):
        """Drie meldingen, een ervan met gewone tekst.

        Wat het controleert:
            Niets; het geeft drie meldingen.
        Waarom:
            Om te zien dat elke melding blijft.
        Voorbeeld:
            organisatie: Bakkerij
        Zo wel:
            organisatie: Bakkerij
        """

        code = "ACME101"
        slug = "drie"
        severity = Severity.WARNING

        def check(self, ctx):
            yield ctx.at("organisatie", nl="eerste", en="first")
            yield Hit("aanspreekpunt", 0, 0, "gewone tekst / plain text")
            yield Hit("organisatie", 3, 1, Message(nl="derde", en="third"))


    @hookimpl
    def aibeleid_code_prefix():
        return "ACME"


    @hookimpl
    def aibeleid_rules():
        return [ThreeHits]
    '''
)


def _findings(tmp_path, *args):
    plugin = tmp_path / "acme_rules.py"
    plugin.write_text(PLUGIN, encoding="utf-8")
    proc = run_cli("check", "--format", "json", "--plugin", str(plugin), *args, VOORBEELD, env=NO_EP)
    assert proc.returncode == 0, proc.stderr
    return [(f["rule"], f["message"]) for file in json.loads(proc.stdout)["files"] for f in file["findings"]]


def test_a_plain_text_message_is_kept_with_the_rules_other_hits(tmp_path):
    findings = _findings(tmp_path)
    assert sorted(message for rule, message in findings if rule == "ACME101") == [
        "derde",
        "eerste",
        "gewone tekst / plain text",
    ]
    assert "AIB900" not in [rule for rule, _ in findings]


def test_a_plain_text_message_is_the_english_message_too(tmp_path):
    findings = _findings(tmp_path, "--lang", "en")
    assert sorted(message for rule, message in findings if rule == "ACME101") == [
        "first",
        "gewone tekst / plain text",
        "third",
    ]


def test_a_plain_text_hit_without_a_line_lands_on_its_field(tmp_path):
    plugin = tmp_path / "acme_rules.py"
    plugin.write_text(PLUGIN, encoding="utf-8")
    proc = run_cli("check", "--format", "json", "--plugin", str(plugin), VOORBEELD, env=NO_EP)
    (plain,) = [
        f for file in json.loads(proc.stdout)["files"] for f in file["findings"] if f["message"].startswith("gewone")
    ]
    assert plain["field"] == "aanspreekpunt" and plain["line"] > 1


class _PlainText(Rule):
    """Gewone tekst.

    Wat het controleert:
        x
    Waarom:
        x
    Voorbeeld:
        x
    Zo wel:
        x
    """

    code = "ACME102"
    slug = "tekst"
    severity = Severity.INFO
    origin = "acme"

    def check(self, ctx: Context) -> Iterator[Hit]:
        yield Hit("organisatie", 2, 1, "een")  # type: ignore[arg-type]
        yield Hit("organisatie", 3, 1, "twee")  # type: ignore[arg-type]


def test_the_engine_takes_a_plain_text_message_for_both_languages():
    ruleset = engine.RuleSet((*BUILTIN_RULES, _PlainText))
    result = engine.check_document(source.parse_bytes(POLICIES.joinpath("voorbeeld.yaml").read_bytes()), ruleset)
    mine = [f for f in result.findings if f.rule == "ACME102"]
    assert [(f.message.nl, f.message.en) for f in mine] == [("een", "een"), ("twee", "twee")]
    assert "AIB900" not in [f.rule for f in result.findings]


def test_plain_text_hits_in_worker_processes(tmp_path):
    copy = tmp_path / "tweede.yaml"
    copy.write_bytes(POLICIES.joinpath("voorbeeld.yaml").read_bytes())
    findings = _findings(tmp_path, "--jobs", "2", str(copy))
    assert [m for r, m in findings if r == "ACME101"].count("gewone tekst / plain text") == 2
    assert "AIB900" not in [rule for rule, _ in findings]
