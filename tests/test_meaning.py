"""Recognising the template's forbidden rules in free text (``meaning.recognise``).

The wordings below were written from how Dutch and English people phrase these rules, before looking at
the patterns. Each list alternates: even positions are the TUNING half (each must be recognised; the
patterns were improved on them), odd positions are the HELD-OUT half (never used for tuning; the test
asserts a minimum hit rate so that an honest miss does not force overfitting). Negatives are strict in
both halves: a text about something else must never count as a prohibition.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from aibeleid_check.meaning import recognised_ids as recognise
from aibeleid_check.template import FORBIDDEN

PERSONAL = "geen-persoonsgegevens"
SECRETS = "geen-bedrijfsgeheimen"
DECISION = "geen-eindbesluit"
CHECKING = "altijd-controleren"

POSITIVES: dict[str, list[str]] = {
    PERSONAL: [
        # Dutch
        "Voer geen klantgegevens in.",
        "Plak nooit persoonsgegevens in een chatbot.",
        "Geen namen, adressen of telefoonnummers van klanten in AI-tools.",
        "Gebruik geen BSN of andere identificerende nummers in AI.",
        "Zet geen cliëntdossiers in ChatGPT.",
        "Deel geen gegevens over klanten met AI-tools.",
        "Patiëntgegevens horen niet in een AI-tool.",
        "Laat geen e-mails van klanten samenvatten door AI.",
        "Voer geen persoonlijke informatie van collega's in.",
        "Geen burgerservicenummers, geboortedata of IBAN's invoeren.",
        "Leerlinggegevens blijven buiten AI-tools.",
        "Personeelsdossiers gaan nooit een AI-tool in.",
        "Kopieer geen klantenbestand naar een AI-tool.",
        "Voer niets in wat naar een persoon te herleiden is.",
        "Gezondheidsgegevens van medewerkers nooit in AI.",
        "Geen NAW-gegevens invoeren.",
        "Upload geen cv's van sollicitanten.",
        "Privacygevoelige informatie blijft uit AI-tools.",
        "Klant- of persoonsgegevens invoeren: namen, adressen, dossiers, e-mails.",
        "Voer geen contactgegevens van relaties in.",
        "Geen adresgegevens of telefoonnummers in prompts.",
        "Gebruik geen echte namen in prompts; anonimiseer eerst.",
        "Geen gegevens van leden of donateurs in AI.",
        "Medische gegevens van cliënten nooit invoeren.",
        "Persoonsgegevens? Nooit in een AI-tool.",
        "Zet geen klantnamen in ChatGPT.",
        "Upload geen kopieën van identiteitsbewijzen of paspoorten.",
        "Houd privégegevens van klanten buiten AI.",
        # English
        "Do not enter customer data.",
        "Never paste personal data into a chatbot.",
        "No names, addresses or phone numbers of clients.",
        "Don't share personal information about colleagues.",
        "Keep patient records out of AI tools.",
        "Do not upload employee files.",
        "No PII in prompts.",
        "Never input client details.",
        "Personal data stays out of AI tools.",
        "Don't feed customers' email addresses to AI.",
        "Do not type in social security numbers or dates of birth.",
        "No health information about staff.",
        "Never share data about customers with AI tools.",
        "Do not enter anything that can identify a person.",
        "Keep CVs and applicant data out of AI.",
        "No customer names in prompts.",
    ],
    SECRETS: [
        # Dutch
        "Deel geen bedrijfsgeheimen.",
        "Geen contracten in AI-tools plakken.",
        "Financiële cijfers blijven binnen.",
        "Vertrouwelijke documenten nooit uploaden.",
        "Geen offertes of prijsafspraken invoeren.",
        "Deel geen omzetcijfers of marges.",
        "Plak geen interne stukken in ChatGPT.",
        "Geen jaarrekening of balans in AI.",
        "Bedrijfsgevoelige informatie niet delen.",
        "Geen broncode van klanten in publieke AI-tools.",
        "Deel geen salarisgegevens.",
        "Contractteksten niet laten herschrijven door AI.",
        "Geheime recepturen blijven geheim.",
        "Deel geen informatie waarvoor geheimhouding geldt.",
        "Geen inkoopprijzen of tarieven van leveranciers.",
        "Vertrouwelijke e-mails van de directie niet invoeren.",
        "Geen financiële details delen.",
        "Overeenkomsten met klanten niet in AI plakken.",
        "Strategische plannen en bedrijfsplannen niet delen.",
        "Geen bankafschriften of facturen uploaden.",
        "Deel geen concurrentiegevoelige informatie.",
        "Interne notulen blijven intern.",
        "Geen kostprijsberekeningen of marges invoeren.",
        "Deel geen begrotingen of financiële overzichten.",
        "Bedrijfsgeheimen, contracten of financiële details delen.",
        "Plak geen huurcontract of arbeidsovereenkomst in een chatbot.",
        # English
        "Do not share trade secrets.",
        "Never paste contracts into AI.",
        "Keep financial figures out of AI tools.",
        "No confidential documents.",
        "Don't upload internal documents.",
        "Do not share pricing or quotes with AI tools.",
        "No business secrets or financial details.",
        "Don't enter revenue figures or margins.",
        "Keep proprietary information out of chatbots.",
        "Never share agreements with clients or suppliers.",
        "Do not upload source code.",
        "No salary information.",
        "Nothing that is covered by an NDA.",
        "Financial statements stay internal.",
        "Company secrets never go into AI.",
        "Do not share sensitive company information.",
    ],
    DECISION: [
        # Dutch
        "Laat AI nooit een eindbesluit nemen.",
        "AI beslist niet over mensen, geld of risico.",
        "De uiteindelijke beslissing ligt altijd bij een mens.",
        "Geen sollicitanten laten selecteren door AI.",
        "Laat AI niet bepalen wie een krediet krijgt.",
        "Besluiten over personeel neem je zelf.",
        "AI geeft advies, een mens beslist.",
        "Laat AI geen medewerkers beoordelen.",
        "Over ontslag of aanname beslist nooit een AI-tool.",
        "Het laatste woord is altijd aan een mens.",
        "Laat AI niet de knoop doorhakken.",
        "Financiële beslissingen neem je zelf.",
        "Risico's laat je niet door AI inschatten zonder dat een mens besluit.",
        "Een eindbesluit laten nemen over mensen, geld of risico.",
        "AI mag geen besluiten nemen over klanten.",
        "Laat AI geen offertes goedkeuren of afwijzen.",
        "Beslissingen met gevolgen voor mensen neem je altijd zelf.",
        "Geen automatische besluitvorming over personen.",
        "Laat AI geen kandidaten afwijzen.",
        "Een mens blijft eindverantwoordelijk voor elke keuze.",
        "AI neemt geen beslissingen over betalingen of kredieten.",
        "De uitkomst van AI is nooit doorslaggevend.",
        "Geen beslissing over mensen zonder menselijke tussenkomst.",
        "Wie een lening of korting krijgt, beslis je zelf.",
        "AI mag niet oordelen over aansprakelijkheid of schuld.",
        "Laat een chatbot nooit kiezen wie er wordt aangenomen.",
        # English
        "Never let AI make the final decision.",
        "AI does not decide about people, money or risk.",
        "A human always makes the final call.",
        "Do not use AI for hiring or firing decisions.",
        "No automated decisions about customers.",
        "AI may advise, but a person decides.",
        "Don't let AI approve or reject loans.",
        "Humans decide on credit and risk.",
        "Decisions about employees are made by people.",
        "AI must not have the last word.",
        "Do not let the tool determine who gets a discount.",
        "Never rely on AI alone for risk assessments.",
        "The final say always stays with a manager.",
        "No decision-making by AI about staff.",
        "Don't let AI choose which candidates to reject.",
        "Keep a human in the loop for every decision.",
    ],
    CHECKING: [
        # Dutch
        "Controleer altijd wat AI schrijft.",
        "Neem antwoorden nooit blind over.",
        "Kijk elke tekst zelf na voordat je hem gebruikt.",
        "Geen AI-output overnemen zonder controle.",
        "Check feiten en bronnen altijd zelf.",
        "AI kan fouten maken: lees alles na.",
        "Antwoorden overnemen zonder ze zelf te controleren.",
        "Verifieer cijfers voordat je ze gebruikt.",
        "Publiceer niets ongezien wat AI heeft gemaakt.",
        "Neem niets klakkeloos over.",
        "Je blijft zelf verantwoordelijk voor de inhoud: controleer het.",
        "AI-teksten worden altijd door een collega nagelezen.",
        "Verzonnen bronnen komen voor: check ze.",
        "Kopieer geen antwoorden zonder ze te toetsen.",
        "Lees AI-antwoorden kritisch na.",
        "Alles wat AI maakt, eerst zelf nakijken.",
        "Gebruik AI-resultaten pas na controle.",
        "Vertrouw AI niet blind.",
        "AI hallucineert soms; controleer daarom de uitkomst.",
        "Stuur geen AI-tekst ongelezen door naar een klant.",
        "Neem geen code over die je niet zelf hebt getest.",
        "Dubbelcheck altijd namen, getallen en data.",
        "Kijk na of de bronnen echt bestaan.",
        "Geen tekst de deur uit zonder menselijke controle.",
        "Laat AI-antwoorden altijd door jezelf checken.",
        "Vertrouw niet op AI voor feiten zonder ze na te gaan.",
        # English
        "Always check AI output.",
        "Never copy answers without checking them.",
        "Verify facts before you use them.",
        "Do not blindly trust AI.",
        "Review everything the AI writes.",
        "Proofread every AI-generated text.",
        "AI can hallucinate: double-check.",
        "Don't publish unchecked AI content.",
        "Fact-check all answers yourself.",
        "Treat AI output as a draft and check it.",
        "You remain responsible: verify before sending.",
        "Never paste AI answers into client documents unreviewed.",
        "Read AI responses critically before use.",
        "Always have a person review AI results.",
        "Do not rely on AI answers without verification.",
        "Check sources before quoting them.",
    ],
}

NEGATIVES: list[str] = [
    # Dutch
    "Gebruik AI niet voor afbeeldingen van echte mensen.",
    "Deel geen wachtwoorden of inloggegevens.",
    "Gebruik alleen tools die IT heeft gecontroleerd.",
    "Alleen tools met een verwerkersovereenkomst.",
    "Installeer geen browserextensies met AI zonder toestemming.",
    "Gebruik AI niet voor deepfakes.",
    "Meld een datalek direct bij de privacy officer.",
    "Zet de chatgeschiedenis uit in de instellingen.",
    "Volg de AI-training van de organisatie.",
    "Gebruik een werkaccount, geen privéaccount.",
    "Vermeld het als een tekst met AI is gemaakt.",
    "Tools die trainen op jouw invoer zijn niet toegestaan.",
    "Genereer geen afbeeldingen met logo's van andere merken.",
    "Vraag bij twijfel het aanspreekpunt.",
    "Nieuwe tools eerst laten goedkeuren door de directie.",
    "De directie besluit welke tools worden toegestaan.",
    "Schrijf prompts in het Nederlands of Engels.",
    "Log uit op gedeelde computers.",
    "Geen AI-gegenereerde muziek in reclames.",
    "Gebruik geen gratis versies van AI-tools.",
    "Gebruik AI niet voor financieel advies aan klanten.",
    "Contact opnemen met de helpdesk bij storingen.",
    "AI-apps mogen niet op privételefoons.",
    "Openbare rapporten laten samenvatten mag.",
    # English
    "Don't share your password or login with anyone.",
    "Use only tools that IT has reviewed and approved.",
    "Only use tools with a data processing agreement.",
    "Do not generate images of real people.",
    "Turn off chat history in the settings.",
    "Label AI-generated content.",
    "Report a data breach to the privacy officer within 24 hours.",
    "Ask the contact person when in doubt.",
    "Do not install AI browser plugins yourself.",
    "Do not use the free version of chatbots.",
    "Management decides which tools are approved.",
    "Use your work account, not a personal account.",
]

EXACTLY: list[tuple[str, frozenset[str]]] = [
    # a decision about money is not a financial secret
    ("Geen financiële beslissingen door AI.", frozenset({DECISION})),
    ("No financial decisions by AI.", frozenset({DECISION})),
    # the template's checking rule mentions answers, not personal data
    ("Antwoorden overnemen zonder ze zelf te controleren.", frozenset({CHECKING})),
    # the template's own texts are recognised as themselves
    *[(rule.text.nl, frozenset({rule.id})) for rule in FORBIDDEN],
]


def _halves(items: list[str]) -> tuple[list[str], list[str]]:
    return items[0::2], items[1::2]


TUNING = [(rule_id, text) for rule_id, texts in POSITIVES.items() for text in _halves(texts)[0]]
HELD_OUT = {rule_id: _halves(texts)[1] for rule_id, texts in POSITIVES.items()}
HELD_OUT_MINIMUM = 0.65  # a regression guard: 65 of 85 held-out wordings (76%) are recognised, 60 before tuning


def test_the_lists_are_big_enough():
    for rule_id, texts in POSITIVES.items():
        english = texts[-16:]
        assert len(texts) - len(english) >= 25, rule_id
        assert len(english) >= 15, rule_id
    assert len(NEGATIVES) >= 30


@pytest.mark.parametrize(("rule_id", "text"), TUNING)
def test_tuning_wordings_are_recognised(rule_id, text):
    assert rule_id in recognise(text)


@pytest.mark.parametrize("rule_id", list(HELD_OUT))
def test_held_out_hit_rate(rule_id):
    texts = HELD_OUT[rule_id]
    missed = [text for text in texts if rule_id not in recognise(text)]
    rate = 1 - len(missed) / len(texts)
    assert rate >= HELD_OUT_MINIMUM, f"{rule_id}: {rate:.0%} recognised; missed {missed}"


@pytest.mark.parametrize("text", NEGATIVES)
def test_texts_about_something_else_are_not_prohibitions(text):
    assert recognise(text) == frozenset()


@pytest.mark.parametrize(("text", "expected"), EXACTLY)
def test_exact_recognition(text, expected):
    assert recognise(text) == expected


def test_accents_and_case_do_not_matter():
    assert recognise("FINANCIELE DETAILS DELEN") == recognise("financiële details delen") == frozenset({SECRETS})


def _cpu_growth(make: Callable[[int], str], n: int, limit: float, tries: int = 3) -> float:
    """CPU time of recognising ``make(4 * n)`` over that of ``make(n)``, each the best of its runs so far; measured
    again, up to ``tries`` times, only while the ratio is over ``limit``. CPU time, not wall time, and a ratio,
    not a budget: a busy machine slows both alike. Every run reads a new text, so no cache answers it."""
    import itertools
    import time

    counter = itertools.count()
    best = {n: float("inf"), 4 * n: float("inf")}
    for _ in range(tries):
        for size in best:
            text = f"t{next(counter)} " + make(size)  # a new start: the reading cache keys on the first characters
            started = time.process_time()
            recognise(text)
            best[size] = min(best[size], time.process_time() - started)
        if best[4 * n] / max(best[n], 1e-3) <= limit:
            break
    return best[4 * n] / max(best[n], 1e-3)


def test_a_very_long_text_is_recognised_in_linear_time():
    """Only the first MAX_CHARS of a text are read, so 100,000 words cost what 25,000 do: about 1x, where
    reading them all would cost 4x (linear) or 16x (quadratic)."""
    for word in ("controleer ", "check ", "zonder ", "besluit ", "klant "):
        assert _cpu_growth(lambda size, word=word: word * size, 25_000, limit=2) <= 2, word


def test_the_start_of_a_long_text_still_counts():
    assert recognise("Voer nooit klantgegevens in. " + "Meer uitleg. " * 5000) == frozenset({PERSONAL})


@pytest.mark.parametrize(
    "text",
    [
        "Neem nooit een antwoord over zonder het zelf na te kijken.",  # the README's own example
        "Niets overnemen zonder het eerst na te lezen.",
        "Gebruik geen AI-tekst zonder de feiten na te gaan.",
    ],
)
def test_separable_check_verbs_with_te_count_as_checking(text):
    # Found after the held-out measurement: Dutch splits nakijken/nalezen/nagaan as "na te kijken".
    assert recognise(text) == {"altijd-controleren"}
