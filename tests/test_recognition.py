"""The recognition engine (``aibeleid_check.meaning``): force, morphology, evidence, lists, herken, speed.

Sentences here are written for the behaviour they pin (one per class of reading), not copied from the
corpus: the corpus is measured by ``tests/recognition_eval.py``.
"""

from __future__ import annotations

import io
import time
import unicodedata

import pytest

from aibeleid_check.commands import herken
from aibeleid_check.meaning import MAX_CHARS, Force, explain, normalise, recognise, recognised_ids
from aibeleid_check.meaning.morph import stem_nl
from aibeleid_check.template import ALLOWED, FORBIDDEN

PERSONAL, SECRETS, DECISION, CHECKING = (
    "geen-persoonsgegevens",
    "geen-bedrijfsgeheimen",
    "geen-eindbesluit",
    "altijd-controleren",
)

COUNTS = [
    # personal data: compounds, singular forms, limits, anonymising
    ("Voer geen patiëntdossiers in ChatGPT in.", PERSONAL),
    ("Plak nooit een naam, adres of telefoonnummer in een prompt.", PERSONAL),
    ("Gebruik alleen geanonimiseerde gegevens.", PERSONAL),
    ("Gebruik geen niet-herleidbare data als je niet zeker weet of ze anoniem zijn.", PERSONAL),
    ("Sollicitatiebrieven horen niet in een AI-tool.", PERSONAL),
    ("Never share private information about clients with a chatbot.", PERSONAL),
    ("Anonymise documents before you upload them.", PERSONAL),
    # secrets
    ("Deel geen vertrouwelijke informatie met AI-tools.", SECRETS),
    ("Do not enter classified material into generative AI.", SECRETS),
    ("Use AI only with information that is already in the public domain.", SECRETS),
    ("Voer niets in wat niet ook op internet zou mogen staan.", SECRETS),
    ("Plak geen contracten of offertes in Copilot.", SECRETS),
    # decisions: product names as subject, decided-about words without 'beslissen'
    ("Laat Copilot niet bepalen of iemand een vergunning krijgt.", DECISION),
    ("Gebruik AI niet om cijfers te geven.", DECISION),
    ("Do not use ChatGPT for grading.", DECISION),
    ("AI ondersteunt, de mens beslist.", DECISION),
    ("Never let the tool make hiring decisions.", DECISION),
    # checking: separable verbs, other ways to say it
    ("Kijk elke AI-tekst zelf na.", CHECKING),
    ("Neem niets over zonder het na te lezen.", CHECKING),
    ("Neem AI-antwoorden niet ongezien over.", CHECKING),
    ("Do not accept AI output at face value.", CHECKING),
    ("Always verify AI-generated content before publishing.", CHECKING),
    ("Controleer de uitkomst altijd zelf.", CHECKING),
]

NOT_COUNTED = [
    # permissions
    "Je mag klantgegevens in Copilot invoeren.",
    "You may share contracts with the approved assistant.",
    "Medewerkers mogen zelf beslissen welke AI-tool ze gebruiken.",
    # mentions
    "Doe een risicoanalyse als je AI inzet voor persoonsgegevens.",
    "Ensure contractual clauses with vendors cover data use.",
    "Respect the intellectual property of others.",
    "Sluit geen langlopende contracten af met AI-leveranciers zonder de directie.",
    "Persoonsgegevens worden bewaard volgens de AVG.",
    "AI kan fouten maken en overtuigend klinken.",
    "Check the vendor's privacy terms before buying a tool.",
    "Use public AI tools only for work tasks.",
    "Approval is not required for spell check tools.",
    "Information shared with AI tools is not private.",
]


@pytest.mark.parametrize(("text", "rule_id"), COUNTS)
def test_a_rule_in_own_words_counts(text, rule_id):
    assert rule_id in recognised_ids(text)


@pytest.mark.parametrize("text", NOT_COUNTED)
def test_permissions_and_mentions_do_not_count(text):
    assert recognised_ids(text) == frozenset()


def test_a_permission_is_read_but_never_counts_wherever_it_stands():
    text = "Je mag klantgegevens in Copilot invoeren."
    for kind in (None, "mag", "mag_niet", "moet"):
        assert recognised_ids(text, kind) == frozenset()
    (read,) = explain(text, "mag_niet")
    assert (read.rule, read.force, read.counts) == (PERSONAL, Force.PERMISSION, False)


def test_a_bare_item_takes_the_force_of_its_list():
    text = "Klantgegevens invoeren."
    assert recognise(text, "mag_niet")[0].force is Force.PROHIBITION
    assert recognised_ids(text, "mag") == frozenset()


def test_a_requirement_counts_in_the_allowed_list_too():
    assert recognised_ids("Voer geen klantgegevens in.", "mag") == {PERSONAL}
    assert recognised_ids("Teksten laten schrijven, maar controleer ze altijd zelf.", "mag") == {CHECKING}


def test_a_condition_inside_a_permission_counts_as_its_rule():
    """'…, mits je ze zelf nakijkt' is told to whoever uses the permission, in the same sentence: it counts
    (the labelling guide's decision 1), with the force of a condition, which AIB406 reports."""
    for text in (
        "Je mag AI teksten laten schrijven, mits je ze zelf nakijkt.",
        "Concepten laten schrijven: mails, teksten, samenvattingen, die je daarna zelf nakijkt.",
        "Staff may use AI to draft text, provided they verify the content before publication.",
    ):
        assert recognised_ids(text, "mag") == {CHECKING}, text
        (read,) = explain(text, "mag")
        assert read.force is Force.CONDITION


def test_a_condition_that_is_none_of_the_four_does_not_count():
    assert recognised_ids("Je mag AI teksten laten schrijven, mits verantwoord.", "mag") == frozenset()
    assert recognised_ids("You may use AI for drafts, provided you tell your manager.", "mag") == frozenset()


def test_a_limit_inside_a_permission_counts():
    assert recognised_ids("Vertalen en samenvatten zonder patiëntgegevens.", "mag") == {PERSONAL}


def test_the_templates_texts_count_in_their_list():
    for rule in FORBIDDEN:
        assert recognised_ids(rule.text.nl, "mag_niet") == {rule.id}, rule.text.nl
        assert rule.id in recognised_ids(rule.text.en, "mag_niet"), rule.text.en


def test_an_obligation_list_counts_like_the_prohibitions():
    assert recognise("Controleer altijd wat AI schrijft.", "moet")[0].force is Force.OBLIGATION
    assert recognised_ids("Anonimiseer eerst.", "moet") == {PERSONAL}


def test_evidence_names_the_words_and_the_force():
    (found,) = recognise("Laat Copilot niet bepalen of iemand een vergunning krijgt.")
    assert found.rule == DECISION
    assert found.markers == ("niet",)
    assert "bepalen" in found.words
    assert found.as_dict()["force"] == "prohibition"


@pytest.mark.parametrize(
    ("forms", "same"),
    [
        (("naam", "namen"), True),
        (("adres", "adressen"), True),
        (("financieel", "financiële"), True),
        (("brief", "brieven"), True),
        (("vertrouwelijk", "vertrouwelijke"), True),
        (("naam", "adres"), False),
    ],
)
def test_dutch_base_forms(forms, same):
    plain = [stem_nl(normalise(f)) for f in forms]
    assert (plain[0] == plain[1]) is same


def test_separable_verbs_and_dangling_compounds():
    assert recognised_ids("Voer de klantgegevens nooit in.") == {PERSONAL}
    assert PERSONAL in recognised_ids("Klant- of leerlinggegevens nooit delen.")
    assert recognised_ids("Kijk het antwoord altijd na.") == {CHECKING}


def test_herken_prints_rule_force_and_words_in_both_languages():
    out = io.StringIO()
    herken.write(explain("Laat Copilot niet bepalen of iemand een vergunning krijgt."), "nl", out)
    assert "telt als geen-eindbesluit" in out.getvalue() and "verbod" in out.getvalue()
    out = io.StringIO()
    herken.write(explain("You may enter customer data in Copilot."), "en", out)
    assert "does not count" in out.getvalue() and "permission" in out.getvalue()
    out = io.StringIO()
    herken.write(explain("Log uit op gedeelde computers."), "nl", out)
    assert "Geen van de vier" in out.getvalue()


def test_herken_on_the_command_line(capsys):
    from aibeleid_check.cli import main

    assert main(["herken", "Deel geen bedrijfsgeheimen."]) == 0
    assert "geen-bedrijfsgeheimen" in capsys.readouterr().out
    assert main(["recognise", "--lang", "en", "Use a work account."]) == 1
    assert "None of the" in capsys.readouterr().out


def test_normalisation_is_capped_before_and_after_nfkd():
    expanding = "\ufdfa" * (1024 * 1024)  # one character NFKD turns into 18
    assert len(unicodedata.normalize("NFKD", "\ufdfa")) == 18
    started = time.process_time()
    plain = normalise(expanding)
    recognise(expanding)
    assert len(plain) <= MAX_CHARS
    assert time.process_time() - started < 1


def test_the_reading_cache_never_keeps_a_long_text_alive():
    import gc
    import weakref

    class Text(str):  # a str that can be watched for being freed
        pass

    long_text = Text("Voer geen klantgegevens in. " + "x" * 100_000)
    watch = weakref.ref(long_text)
    recognise(long_text)
    del long_text
    gc.collect()
    assert watch() is None, "a cache holds the whole text, not the part that is read"


def test_a_long_repetitive_text_stays_fast():
    started = time.process_time()
    for word in ("controleer ", "zonder ", "niet ", "klantgegevens- ", "kijk na "):
        recognise(word * 100_000)
    assert time.process_time() - started < 2


def test_a_whole_policy_is_recognised_within_the_budget():
    texts = [rule.text.nl for rule in FORBIDDEN] + [rule.text.nl for rule in ALLOWED]
    costs = []
    for run in range(3):  # distinct texts in every run: no cache hits; CPU time, so a busy machine cannot fail it
        started = time.process_time()
        for text in texts:
            recognise(f"{text} ({run})", "mag_niet")
        costs.append(time.process_time() - started)
    assert min(costs) < 0.02, costs
