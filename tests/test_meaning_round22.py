"""Round 22: what the tenth testers' own-words policies showed, one class per test, each with a close sentence
that must not count."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids

PD = "geen-persoonsgegevens"
BG = "geen-bedrijfsgeheimen"
GE = "geen-eindbesluit"
AC = "altijd-controleren"


# 1. A deciding verb before a list of questions decides each of them ("kiest nooit welk ontwerp we indienen,
#    welke aannemer de opdracht krijgt …"): who gets a contract is decided even when it is not the first question.
@pytest.mark.parametrize(
    "text",
    [
        "Een AI-tool kiest nooit welk ontwerp we indienen, welke aannemer de opdracht krijgt of wat een offerte kost; "
        "dat besluiten de partners.",
        "AI bepaalt niet welk ontwerp we kiezen, welke leverancier de opdracht krijgt of welke medewerker het project "
        "leidt.",
        "ChatGPT kiest nooit welke offerte we uitbrengen, welke sollicitant we uitnodigen of wie er promotie krijgt.",
    ],
)
def test_a_list_of_questions_after_the_deciding_verb_is_decided_whole(text: str) -> None:
    assert GE in recognised_ids(text)


def test_a_list_of_questions_about_no_one_is_no_decision() -> None:
    text = (
        "Een AI-tool kiest nooit welk lettertype we gebruiken, welke kleur de folder krijgt of wat de kop wordt; "
        "dat besluiten de partners."
    )
    assert GE not in recognised_ids(text)


# 2. After a fronted question, a person as the subject of the deciding verb set against AI at the end of the
#    sentence decides ("Welke reparatie nodig is, bepaal jij als monteur, niet een AI-programma").
@pytest.mark.parametrize(
    "text",
    [
        "Welke reparatie nodig is, bepaal jij als monteur, niet een AI-programma.",
        "Welke offerte de klant krijgt, bepaal jij als adviseur, nooit een chatbot.",
        "Wie op de wachtlijst komt, beslis jij, niet de AI.",
    ],
)
def test_a_person_decides_a_fronted_question_against_ai(text: str) -> None:
    assert GE in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Welke tool je gebruikt, bepaal jij, niet een AI-programma.",  # tool governance
        "Wat er gepubliceerd wordt, bepaal jij, niet de AI.",  # publishing is the check (guide decision 9)
        "Welke reparatie nodig is, bepaal jij als monteur, niet je collega.",  # no AI set against the person
    ],
)
def test_a_fronted_question_without_ai_or_about_tools_is_no_decision(text: str) -> None:
    assert GE not in recognised_ids(text)


# Round 25, item 2, changed this round's expectation: "Welke reparatie nodig is, beslist Henk, niet de computer."
# was here as no decision ("a computer is no AI"). In a policy about AI, a person set against the computer as
# who decides tells staff that the person decides, as two testers' rounds (tenth, thirteenth) expected; it now
# counts (tests/test_meaning_round25.py).


# 3. A text named by the AI that wrote it in two words ("AI text", "AI tekst") is what AI made: reading it
#    yourself or before it goes out is the check, as "AI-generated text" was.
@pytest.mark.parametrize(
    "text",
    [
        "Always read AI text yourself and fix mistakes before it goes in the newsletter or on socials.",
        "Always read AI text yourself before it goes in the newsletter.",
        "Lees AI tekst altijd zelf voordat het in de nieuwsbrief komt.",
    ],
)
def test_reading_ai_text_before_it_goes_out_is_the_check(text: str) -> None:
    assert AC in recognised_ids(text, "moet")


@pytest.mark.parametrize(
    "text",
    ["Never publish AI text without reading it.", "It is unwise to publish AI text without reading it."],
)
def test_ai_text_used_without_reading_it_is_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


def test_a_text_about_ai_used_without_reading_it_is_no_check() -> None:
    assert AC not in recognised_ids("Never publish a text about AI without reading it.")


# Round 26 changed this test: "Always read the newsletter text yourself before it goes out." was here as no check
# (no AI named). Testers found it inconsistent with "… before it is sent", which counted: in a policy about AI, reading
# a text yourself before it goes out is the check whatever the verb of going out (guide: a check limited to some
# output still counts; round 23 already counted "Always double-check figures and names before a quote goes out").
@pytest.mark.parametrize(
    "text",
    [
        "Always read texts about AI yourself before they go in the newsletter.",  # about AI, not made by it
    ],
)
def test_reading_a_text_ai_did_not_write_is_no_check(text: str) -> None:
    assert AC not in recognised_ids(text, "moet")


# 4. "The same goes for / Hetzelfde geldt voor / Dat geldt ook voor" takes the force and act of the sentence before
#    for what it names, when read in one text after that sentence (a paragraph of running text, one list item).
@pytest.mark.parametrize(
    "text",
    [
        "Client names and case files must never go into Copilot. The same goes for anything marked "
        "OFFICIAL-SENSITIVE, draft committee reports and procurement or contract information.",
        "Klantgegevens mogen nooit in Copilot. Hetzelfde geldt voor offertes, contracten en interne notulen.",
        "Voer nooit namen van cliënten in ChatGPT in. Dat geldt ook voor offertes en contracten.",
    ],
)
def test_the_same_goes_for_takes_the_rule_before_for_what_it_names(text: str) -> None:
    assert BG in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before allows: the same is allowed, and no secret rule is read from it alone
        "Client names and case files may go into Copilot when anonymised. The same goes for draft committee reports "
        "and contract information.",
        "Client names must never go into Copilot. The same goes for the office coffee rota.",  # nothing protected
    ],
)
def test_the_same_goes_for_after_a_permission_or_for_nothing_protected_is_no_secret_rule(text: str) -> None:
    assert BG not in recognised_ids(text)


def test_a_paragraph_states_the_rule_in_the_two_sentences_that_carry_it() -> None:
    from aibeleid_check.meaning.items import counted_items

    paragraph = (
        "We use Copilot for drafting letters. Client names must never go into Copilot. "
        "The same goes for draft committee reports and contract information."
    )
    counted = {item.rule: item.text for item in counted_items(None, [(paragraph, 5, 1)])}
    assert counted[PD] == "Client names must never go into Copilot."
    assert counted[BG] == (
        "Client names must never go into Copilot. The same goes for draft committee reports and contract information."
    )


# 5. Force words. "leave (out)" is an imperative, and a keeping verb with "out of" an AI tool; "onverstandig" /
#    "unwise" advise against as "niet verstandig" does; "off-limits" / "taboe" / "unsuitable" bar the AI named after
#    "for" / "voor".
def test_leave_out_at_the_start_of_a_clause_is_an_imperative() -> None:
    from aibeleid_check.meaning import Force, recognise

    found = {r.rule: r for r in recognise("Leave out client names when you use ChatGPT.")}
    assert found[PD].force is Force.OBLIGATION and found[PD].markers == ("leave",)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Leave client names out of ChatGPT.", PD),
        ("Leave confidential contracts out of AI tools.", BG),
        ("Het is onverstandig om klantgegevens in ChatGPT te plakken.", PD),
        ("It is unwise to paste client data into ChatGPT.", PD),
        ("Het is onverstandig om AI te laten beslissen over een aanvraag.", GE),
        ("Client data is off-limits for AI tools.", PD),
        ("Confidential contracts are off-limits for AI tools.", BG),
        ("Klantgegevens zijn taboe voor AI-tools.", PD),
    ],
)
def test_force_words_of_the_tenth_testers(text: str, rule: str) -> None:
    assert rule in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Leave the greeting out of the letter.",  # no data, no AI
        "Client data is off-limits for the marketing team.",  # barred for people, not for AI
        "Het is onverstandig om je wachtwoord te vergeten.",  # unwise, about nothing the rules protect
    ],
)
def test_close_force_sentences_without_a_rule(text: str) -> None:
    assert not recognised_ids(text)
