"""AIB401 names the text that came nearest to a missing rule, and what it lacks (the eighth testers' round: a
writer whose "Wees voorzichtig met bedrijfsinformatie." did not count had to find that out with `herken`)."""

from __future__ import annotations

from aibeleid_check.engine import RuleSet, check_document
from aibeleid_check.source import parse_bytes

FIELDS = (
    "\n**Goedgekeurde tools:** Microsoft 365 Copilot\n**Aanspreekpunt bij twijfel:** Sanne, sanne@spaak.nl\n"
    "**Dit beleid geldt voor:** alle medewerkers\n**Ingangsdatum:** 1 maart 2026\n"
)
RULES = (
    "# AI-beleid De Spaak\n\n## DIT MAG\n\n- Teksten laten schrijven, die je daarna zelf nakijkt.\n\n## DIT NIET\n\n"
    "- Klantgegevens invoeren.\n- Een eindbesluit laten nemen over mensen of geld.\n"
)


def _missing(text: str, path: str = "beleid.md") -> list:
    result = check_document(parse_bytes(text.encode("utf-8"), path=path), RuleSet())
    return [finding for finding in result.findings if finding.rule == "AIB401"]


def test_a_missing_rule_names_the_vague_sentence_that_came_nearest():
    text = RULES + "- Wees voorzichtig met bedrijfsinformatie.\n" + FIELDS
    [finding] = _missing(text)
    assert "'geen-bedrijfsgeheimen'" in finding.message.nl
    assert (
        "Het dichtst erbij kwam de tekst op regel 11; gevonden: bedrijfsinformatie (bedrijfsgeheim)"
        in finding.message.nl
    )
    assert "Nearest: line 11, found: bedrijfsinformatie (business secret)" in finding.message.en
    assert (finding.line, finding.column) == (7, 4)  # the finding stays on the list it is missing from


def test_a_vague_sentence_in_the_running_text_is_named_by_its_line():
    text = RULES + "\n## Verder\n\nOnze offertes zijn vertrouwelijk.\n" + FIELDS
    [finding] = _missing(text)
    assert "regel 14" in finding.message.nl and "offertes" in finding.message.nl


def test_near_miss_nothing_near_a_missing_rule_adds_nothing():
    [finding] = _missing(RULES + FIELDS)
    assert "dichtst" not in finding.message.nl and "Nearest" not in finding.message.en
    assert finding.message.nl.endswith('"Bedrijfsgeheimen, contracten of financiële details delen."')


def test_a_rule_that_counts_is_not_reported_whatever_else_is_vague():
    text = RULES + "- Bedrijfsgeheimen delen.\n- Wees voorzichtig met bedrijfsinformatie.\n" + FIELDS
    assert _missing(text) == []
