"""A policy written as paragraphs, without DIT NIET or ALTIJD lists: the sentences that state its rules reach the A4.

Such a policy counts its rules from the running text (AIB406 says where they stand); its A4 used to show the
empty boxes' questions. Now the page prints, once each, the sentence that states each rule, in the author's
words, under DIT NIET (a prohibition), DIT MAG (the condition of a permission) or ALTIJD (anything else).
A policy that has a DIT NIET or ALTIJD list keeps its lists as the page: a sentence outside them stays off it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aibeleid_check.a4.data import build_data
from aibeleid_check.engine import RuleSet, check_document
from aibeleid_check.meaning.text import sentences
from aibeleid_check.rules.rule_lists import PAGE_SENTENCE_CHARS, page_sentences
from aibeleid_check.source import parse_bytes
from conftest import run_cli
from rule_ids import AC as CHECK
from rule_ids import EB as DECISION
from rule_ids import PG as PERSONAL
from rule_ids import SG as SECRETS

FIELDS = """
**GOEDGEKEURDE TOOLS** ChatGPT Team (verwerkersovereenkomst: ja)

**AANSPREEKPUNT BIJ TWIJFEL** Sanne de Wit, sanne@knip.example

**DIT BELEID GELDT VOOR** Alle medewerkers en stagiairs

**INGANGSDATUM** 1 maart 2026
"""

PARAGRAPHS = (
    "# AI-beleid van Kapsalon Knip\n\n"
    "Bij Kapsalon Knip gebruiken we AI voor teksten op de website. Zet nooit namen of telefoonnummers van "
    "klanten in een AI-tool. Prijsafspraken met leveranciers en onze omzetcijfers deel je niet met AI.\n\n"
    "AI beslist niet over wie er een rooster krijgt; dat doet Sanne. Lees alles wat AI schrijft na voordat je "
    "het plaatst.\n" + FIELDS
)


def _check(text: str):
    return check_document(parse_bytes(text.encode("utf-8"), path="beleid.md"), RuleSet())


def _page_rules(text: str, lang: str = "nl") -> dict[str, list[tuple[str, str]]]:
    rules = build_data(_check(text), lang=lang)["rules"]
    return {key: [(item["id"], item["text"]) for item in items] for key, items in rules.items()}


def test_the_rules_of_a_policy_in_paragraphs_are_on_the_page_in_its_own_words():
    assert _page_rules(PARAGRAPHS) == {
        "allowed": [],
        "forbidden": [
            (PERSONAL, "Zet nooit namen of telefoonnummers van klanten in een AI-tool."),
            (SECRETS, "Prijsafspraken met leveranciers en onze omzetcijfers deel je niet met AI."),
            (DECISION, "AI beslist niet over wie er een rooster krijgt; dat doet Sanne."),
        ],
        "must": [(CHECK, "Lees alles wat AI schrijft na voordat je het plaatst.")],
    }


def test_the_warning_says_where_on_the_page_the_sentence_went():
    messages = {f.message.nl for f in _check(PARAGRAPHS).findings if f.rule == "AIB406"}
    assert len(messages) == 4
    assert any("'altijd-controleren'" in m and "het A4 zet hem onder ALTIJD" in m for m in messages)
    assert all("komt zo niet op het A4" not in m for m in messages)
    english = {f.message.en for f in _check(PARAGRAPHS).findings if f.rule == "AIB406"}
    assert any("'geen-persoonsgegevens'" in m and "the A4 puts it under NOT ALLOWED" in m for m in english)


def test_a_rule_list_keeps_its_items_and_gets_the_rules_it_misses_from_the_text():
    """A tester's policy passed with two of its four rules under headings of their own, and its page lacked
    them: now every rule the policy states is on the wall, the list's own wording first."""
    text = PARAGRAPHS.replace(FIELDS, "\n## DIT NIET\n\n- Een eindbesluit laten nemen over mensen.\n" + FIELDS)
    rules = _page_rules(text)
    assert rules["forbidden"] == [
        (None, "Een eindbesluit laten nemen over mensen."),
        (PERSONAL, "Zet nooit namen of telefoonnummers van klanten in een AI-tool."),
        (SECRETS, "Prijsafspraken met leveranciers en onze omzetcijfers deel je niet met AI."),
    ]
    assert rules["must"] == [(CHECK, "Lees alles wat AI schrijft na voordat je het plaatst.")]
    assert rules["allowed"] == []
    outside = {f.message.nl for f in _check(text).findings if f.rule == "AIB406"}
    assert len(outside) == 3 and all("het A4 zet hem onder" in m for m in outside)
    assert not any("'geen-eindbesluit'" in m for m in outside)  # the list states it: the text's sentence stays off


def test_a_sentence_that_states_two_rules_is_printed_once():
    text = "# AI-beleid van Knip\n\nDeel geen klantgegevens of contracten met AI-tools.\n" + FIELDS
    assert _page_rules(text)["forbidden"] == [(PERSONAL, "Deel geen klantgegevens of contracten met AI-tools.")]


def test_by_its_force_a_sentence_goes_under_not_allowed_allowed_or_always():
    loose = [
        (PERSONAL, "prohibition", "Zet geen namen in AI."),
        (CHECK, "condition", "AI mag concepten schrijven, mits je ze nakijkt."),
        (SECRETS, "limit", "Deel alleen openbare informatie."),
        (DECISION, "statement", "Een mens neemt elk besluit."),
        (PERSONAL, "obligation", "Anonimiseer eerst."),  # a rule already on the page: its first sentence stays
    ]
    kept_out = [
        (PERSONAL, "limit", "Voer nooit patiëntgegevens in, ook niet zonder naam."),
        (SECRETS, "statement", "The same goes for our contracts: those stay out of AI tools."),
        (DECISION, "obligation", "Een mens neemt elk besluit over mensen."),
    ]
    assert page_sentences((), kept_out) == {  # a limit or statement that says *not* or *out* reads as a ✗ rule
        PERSONAL: ("forbidden", "Voer nooit patiëntgegevens in, ook niet zonder naam."),
        SECRETS: ("forbidden", "The same goes for our contracts: those stay out of AI tools."),
        DECISION: ("must", "Een mens neemt elk besluit over mensen."),
    }
    assert page_sentences((), loose) == {
        PERSONAL: ("forbidden", "Zet geen namen in AI."),
        CHECK: ("allowed", "AI mag concepten schrijven, mits je ze nakijkt."),
        SECRETS: ("must", "Deel alleen openbare informatie."),
        DECISION: ("must", "Een mens neemt elk besluit."),
    }
    assert page_sentences({PERSONAL, CHECK, SECRETS, DECISION}, loose) == {}
    assert page_sentences({PERSONAL}, loose) == {
        CHECK: ("allowed", "AI mag concepten schrijven, mits je ze nakijkt."),
        SECRETS: ("must", "Deel alleen openbare informatie."),
        DECISION: ("must", "Een mens neemt elk besluit."),
    }


def test_a_memo_that_lists_only_what_is_allowed_gets_its_prohibitions_from_its_text():
    text = (
        "# AI-beleid van Knip\n\n## DIT MAG\n\n- Concepten laten schrijven.\n\n## Verder\n\n"
        "Zet nooit namen van klanten in een AI-tool.\n" + FIELDS
    )
    rules = _page_rules(text)
    assert rules["allowed"] == [(None, "Concepten laten schrijven.")]
    assert rules["forbidden"] == [(PERSONAL, "Zet nooit namen van klanten in een AI-tool.")]


def test_a_very_long_sentence_stays_off_the_page_and_the_warning_says_so():
    long = "Zet nooit namen van klanten in een AI-tool, " + "ook niet als het heel handig lijkt, " * 10 + "nooit."
    assert len(long) > PAGE_SENTENCE_CHARS
    text = "# AI-beleid van Knip\n\n" + long + "\n" + FIELDS
    assert _page_rules(text)["forbidden"] == []
    assert any("komt zo niet op het A4" in f.message.nl for f in _check(text).findings if f.rule == "AIB406")


def test_the_json_names_the_sentence_that_counted():
    recognised = _check(PARAGRAPHS).recognised
    assert {found["rule"]: found["text"] for found in recognised}[SECRETS] == (
        "Prijsafspraken met leveranciers en onze omzetcijfers deel je niet met AI."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Een. Twee! Drie", ["Een.", "Twee!", "Drie"]),
        ("Deel geen gegevens, bijv. namen. Lees na.", ["Deel geen gegevens, bijv. namen.", "Lees na."]),
        ("Do not share data, E.g. names. Check it.", ["Do not share data, E.g. names.", "Check it."]),
        ("Versie 1.2 van het beleid", ["Versie 1.2 van het beleid"]),
        ("", []),
    ],
)
def test_sentences_split_where_recognition_splits(text: str, expected: list[str]):
    assert sentences(text) == expected


def test_the_page_of_a_policy_in_paragraphs_is_one_a4_with_its_sentences(tmp_path: Path):
    pypdf = pytest.importorskip("pypdf")
    policy = tmp_path / "beleid.md"
    policy.write_text(PARAGRAPHS, encoding="utf-8")
    out = tmp_path / "beleid.pdf"
    proc = run_cli("render", str(policy), "-o", str(out), "--today", "2026-03-01")
    assert proc.returncode == 0, proc.stderr
    reader = pypdf.PdfReader(str(out))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert len(reader.pages) == 1
    assert "Zet nooit namen of telefoonnummers van klanten in een AI-tool." in text
    assert "Lees alles wat AI schrijft na voordat je het plaatst." in text
    assert "Wat mag nooit met AI?" not in text  # the empty box's question is gone


def test_the_warning_points_at_the_sentence_not_at_its_paragraph():
    text = (
        "# AI-beleid van Knip\n\nWe gebruiken AI voor teksten.\nZet nooit namen van klanten\n"
        "in een AI-tool. Lees alles na voordat je het plaatst.\n" + FIELDS
    )
    where = {f.message.nl.split("'")[1]: (f.line, f.column) for f in _check(text).findings if f.rule == "AIB406"}
    assert where == {PERSONAL: (4, 1), CHECK: (5, 17)}
    recognised = {found["rule"]: (found["line"], found["column"]) for found in _check(text).recognised}
    assert recognised == where  # the JSON names the same place (an eighth-round tester found them apart)


def test_in_word_the_warning_keeps_the_paragraph_number():
    docx = pytest.importorskip("docx")
    import io

    document = docx.Document()
    document.add_heading("AI-beleid van Knip", 0)
    document.add_paragraph("We gebruiken AI voor teksten. Zet nooit namen van klanten in een AI-tool.")
    buffer = io.BytesIO()
    document.save(buffer)
    result = check_document(parse_bytes(buffer.getvalue(), path="beleid.docx"), RuleSet())
    assert [(f.line, f.column) for f in result.findings if f.rule == "AIB406"] == [(2, 1)]


def test_a_sentence_on_the_page_leaves_out_the_word_that_joined_it_to_the_one_before():
    text = "# AI-beleid van Knip\n\nWe gebruiken AI voor teksten. En lees alles na voordat je het plaatst.\n" + FIELDS
    assert _page_rules(text)["must"] == [(CHECK, "Lees alles na voordat je het plaatst.")]


def test_the_warning_finds_a_sentence_whose_joining_word_the_page_left_out():
    text = "# AI-beleid van Knip\n\nWe gebruiken AI voor teksten. En lees alles na voordat je het plaatst.\n" + FIELDS
    [finding] = [f for f in _check(text).findings if f.rule == "AIB406"]
    assert (finding.line, finding.column) == (3, 34)  # at "lees", after the "En " the page leaves out


def test_a_rule_stated_as_a_rule_is_printed_before_a_condition_that_states_it():
    """A memo's "…, provided you check the result yourself" came first, its "must never pass on an AI answer
    without verifying it" later; the page showed the condition (ninth testers' round)."""
    loose = [
        (CHECK, "condition", "You can use AI for drafting emails, provided you check the result yourself."),
        (PERSONAL, "prohibition", "Never enter client data."),
        (CHECK, "prohibition", "Never pass on an AI answer without verifying it yourself."),
    ]
    assert list(page_sentences((), loose).items()) == [
        (PERSONAL, ("forbidden", "Never enter client data.")),
        (CHECK, ("forbidden", "Never pass on an AI answer without verifying it yourself.")),
    ]
    only_condition = page_sentences((), loose[:1])
    assert only_condition == {CHECK: ("allowed", loose[0][2])}


def test_a_permission_the_page_prints_under_allowed_is_something_allowed():
    """AIB402 ("nothing under DIT MAG") said the opposite of the page, which printed the memo's permission there."""
    text = (
        "# AI-beleid van Knip\n\n## DIT NIET\n\n- Klantgegevens invoeren.\n\n## Verder\n\n"
        "AI mag concepten schrijven, mits je ze daarna zelf nakijkt.\n" + FIELDS
    )
    assert _page_rules(text)["allowed"] == [(CHECK, "AI mag concepten schrijven, mits je ze daarna zelf nakijkt.")]
    assert "AIB402" not in [f.rule for f in _check(text).findings]
    without = text.replace("AI mag concepten schrijven, mits je ze daarna zelf nakijkt.", "Lees alles na.")
    assert "AIB402" in [f.rule for f in _check(without).findings]  # near miss: nothing allowed anywhere
