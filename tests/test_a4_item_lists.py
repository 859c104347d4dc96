"""A list item whose words belong on another list of the A4: a duty under DIT NIET, a prohibition under DIT MAG.

A policy that writes "Controleer altijd wat AI schrijft" under "Wat niet mag" used to print it with a cross, as
"do not check"; the page now prints it under ALTIJD, and a prohibition written under "Wat mag" under DIT NIET.
The file and its check keep the item where the author put it.
"""

from __future__ import annotations

from aibeleid_check.a4.data import build_data
from aibeleid_check.engine import RuleSet, check_document
from aibeleid_check.source import parse_bytes

FIELDS = """
## Goedgekeurde tools
- ChatGPT Team (verwerkersovereenkomst: ja)

## Aanspreekpunt bij twijfel
Anja de Wit, anja@dekorrel.example

## Dit beleid geldt voor
Alle medewerkers

## Ingangsdatum
1 maart 2026
"""

POLICY = (
    """# AI-beleid Bakkerij De Korrel

## Wat niet mag
- Voer geen klantgegevens in.
- Deel geen recepten of inkoopprijzen.
- Laat AI nooit beslissen over personeel.
- Controleer altijd wat AI schrijft.

## Wat wel mag
- Teksten voor de website laten opzetten.
"""
    + FIELDS
)


def _check(text: str):
    return check_document(parse_bytes(text.encode("utf-8"), path="beleid.md"), RuleSet())


def _page(text: str) -> dict[str, list[str]]:
    rules = build_data(_check(text))["rules"]
    return {key: [item["text"] for item in items] for key, items in rules.items()}


def test_a_duty_under_dit_niet_is_printed_under_altijd():
    page = _page(POLICY)
    assert page["must"] == ["Controleer altijd wat AI schrijft."]
    assert "Controleer altijd wat AI schrijft." not in page["forbidden"]
    assert len(page["forbidden"]) == 3


def test_the_check_keeps_the_item_where_the_author_put_it():
    result = _check(POLICY)
    fields = {found["field"] for found in result.recognised if found["rule"] == "altijd-controleren"}
    assert fields == {"regels.mag_niet[3]"}
    assert not [f for f in result.findings if f.rule.startswith("AIB4")]


def test_a_prohibition_under_dit_mag_is_printed_under_dit_niet():
    text = POLICY.replace(
        "- Teksten voor de website laten opzetten.\n",
        "- Teksten voor de website laten opzetten.\n- Zet nooit namen van klanten in een AI-tool.\n",
    )
    page = _page(text)
    assert page["allowed"] == ["Teksten voor de website laten opzetten."]
    assert page["forbidden"][-1] == "Zet nooit namen van klanten in een AI-tool."


def test_a_prohibition_and_a_permission_stay_where_they_are():
    page = _page(POLICY)
    assert page["allowed"] == ["Teksten voor de website laten opzetten."]
    assert page["forbidden"][0] == "Voer geen klantgegevens in."


def test_a_duty_that_says_not_stays_under_dit_niet():
    """A duty that also says *niet* reads as a prohibition on the wall, so the cross fits it."""
    duty = "Lees wat AI schrijft altijd na, en stuur niets door dat je niet hebt gelezen."
    text = POLICY.replace("- Controleer altijd wat AI schrijft.", f"- {duty}")
    page = _page(text)
    assert page["forbidden"][-1] == duty
    assert page["must"] == []


def test_no_item_moves_into_a_full_list():
    duties = "".join(f"- Meld gebruik van AI altijd bij Anja, punt {n}.\n" for n in range(4))
    text = POLICY.replace("## Wat wel mag", "## Altijd\n" + duties + "\n## Wat wel mag")
    page = _page(text)
    assert "Controleer altijd wat AI schrijft." in page["forbidden"]
    assert len(page["must"]) == 4


def test_a_duty_that_opens_an_item_under_dit_mag_is_printed_under_altijd():
    duty = "Lees en verbeter elke tekst van AI voordat je hem gebruikt."
    text = POLICY.replace(
        "- Teksten voor de website laten opzetten.\n", f"- Teksten voor de website laten opzetten.\n- {duty}\n"
    )
    page = _page(text)
    assert page["allowed"] == ["Teksten voor de website laten opzetten."]
    assert duty in page["must"]


def test_a_permission_with_its_check_after_it_stays_under_dit_mag():
    allowed = "Productteksten laten herschrijven: daarna altijd zelf nalezen."
    text = POLICY.replace("- Teksten voor de website laten opzetten.\n", f"- Teksten laten opzetten.\n- {allowed}\n")
    assert _page(text)["allowed"] == ["Teksten laten opzetten.", allowed]


def test_dit_mag_keeps_its_only_item():
    duty = "Lees en verbeter elke tekst van AI voordat je hem gebruikt."
    page = _page(POLICY.replace("- Teksten voor de website laten opzetten.\n", f"- {duty}\n"))
    assert page["allowed"] == [duty]
