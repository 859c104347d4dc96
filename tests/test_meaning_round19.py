"""Round nineteen: misses and false counts that the seventh testers found in policies they wrote themselves (not
corpus material), and two things ``herken`` told them badly. Each class is written in fresh wording with
near-misses that must keep their answer; the first-sight score (how many cases of the group the engine answered
right before the change) is in the comment above it. (list, text, the rules it states, exactly); the list is None
for a sentence on its own."""

from __future__ import annotations

import io

import pytest
import yaml

from aibeleid_check.commands import herken
from aibeleid_check.meaning import Force, explain, near_misses, recognised_ids
from rule_ids import AC, EB, NOT, PG, SG

CASES: list[tuple[str | None, str, set[str]]] = [
    # A. A pronoun that points back to the objects of the sentence right before it, in one text ('… contracts and
    # revenue numbers are confidential. Don't paste them into any AI tool.', 'Zet ze nooit in een AI-tool.',
    # '… die deel je ook niet'): the prohibition's object is what the sentence before named. Only the sentence
    # right before; a pronoun with no protected object before it, or without a prohibition, states nothing
    # (testers' miss 1; first sight 6/12)
    (
        None,
        "Our source code, investor updates, contracts and revenue numbers are confidential. Don't paste them into "
        "any AI tool.",
        {SG},
    ),
    (None, "Offertes en contracten zijn vertrouwelijk. Zet ze nooit in een AI-tool.", {SG}),
    (None, "Offertes en contracten zijn vertrouwelijk. Die deel je ook niet met AI.", {SG}),
    (NOT, "Cliëntdossiers zijn vertrouwelijk. Plak ze nooit in ChatGPT.", {PG}),
    (None, "Patient records are kept in our own system. Never paste them into ChatGPT.", {PG}),
    (None, "Onze prijslijst is vertrouwelijk. Deze deel je niet met een chatbot.", {SG}),
    (None, "Our pricing model took years to build. Do not share it with AI tools.", {SG}),
    (None, "Offertes en contracten zijn vertrouwelijk. Ze staan op de gedeelde schijf.", set()),
    (None, "Contracten zijn vertrouwelijk. We bewaren alles op de schijf. Zet ze nooit in een AI-tool.", set()),
    (None, "Client data is confidential. You may paste it into Copilot.", set()),
    (None, "We write many letters every week. Don't paste them into ChatGPT.", set()),
    (None, "AI tools change quickly. Do not share them with friends.", set()),
    # B. A noun modifier before a protected object ('Supplier contracts', 'Vendor contracts', 'Supplier price
    # lists'): the vendor word names whose contract it is, it is not the vendor as the subject of a duty ('The
    # supplier must not use our data'), and 'Contracten van leveranciers' is a counterparty as 'met' is (testers'
    # miss 2; first sight 3/9)
    (None, "Supplier contracts are not shared with AI.", {SG}),
    (NOT, "Supplier price lists, our margins and our contracts are not shared with AI.", {SG}),
    (None, "Vendor contracts are never pasted into AI tools.", {SG}),
    (None, "Supplier invoices are not shared with AI tools.", {SG}),
    (None, "Provider agreements are never entered into AI tools.", {SG}),
    (None, "Contracten van leveranciers deel je niet met AI.", {SG}),
    (None, "The supplier must not use our data to train its models.", set()),
    (None, "Suppliers may not receive client data.", set()),
    (None, "De leverancier mag klantgegevens niet gebruiken om modellen te trainen.", set()),
    # C. Financial details and contracts in their own words: engagement letters, fee arrangements, the firm's
    # accounts (the organisation's financial accounts: owned by it or listed beside fees and contracts; not user
    # or AI accounts), honorariumafspraken, opdrachtbevestigingen (testers' miss 3; first sight 5/13)
    (NOT, "Share engagement letters, fee arrangements or the firm's accounts", {SG}),
    (None, "Never paste engagement letters into AI tools.", {SG}),
    (None, "Never paste letters of engagement into AI tools.", {SG}),
    (None, "Never paste fee arrangements into AI tools.", {SG}),
    (None, "Never paste the firm's accounts into AI tools.", {SG}),
    (None, "Do not put our contracts, invoices or accounts into ChatGPT.", {SG}),
    (None, "Deel nooit honorariumafspraken met AI.", {SG}),
    (None, "Honorariumafspraken, tarieven en offertes gaan niet in een AI-tool.", {SG}),
    (None, "Plak geen opdrachtbevestigingen in ChatGPT.", {SG}),
    (None, "Do not enter user accounts into AI tools.", set()),
    (None, "Never share your AI account with a colleague.", set()),
    (None, "Create AI accounts with your work e-mail only.", set()),
    (None, "Deel nooit tarieven met AI.", {SG}),
    # D. A decision with *bepalen* / *determine* whose question is about a household or family ('AI bepaalt nooit
    # of een huishouden een voedselpakket krijgt'), also when the question stands first and the decider after the
    # verb ('Of een huishouden …, bepaalt altijd de intaker …, nooit een AI-tool', 'Whether a family gets support is
    # determined by …'); 'zorg' as a noun ('de inzet van zorg') is no duty that breaks the list's prohibition
    # (testers' miss 4; round 18 had done the question after the verb for people of the strict domain; first sight
    # 5/10)
    (
        None,
        "Of een huishouden een voedselpakket krijgt, bepaalt altijd de intaker volgens de toelatingscriteria, nooit "
        "een AI-tool.",
        {EB},
    ),
    (None, "AI bepaalt nooit of een huishouden een voedselpakket krijgt.", {EB}),
    (None, "AI never determines whether a household receives a food parcel.", {EB}),
    (None, "Whether a family gets support is always determined by the intake worker, never by an AI tool.", {EB}),
    (None, "Of een gezin hulp krijgt, beslist altijd de consulent, nooit een computer.", {EB}),
    (
        None,
        "Laat AI geen indicatie, zorgplan of beslissing over de inzet van zorg bepalen; dat doet de "
        "wijkverpleegkundige.",
        {EB},
    ),
    (None, "Zorg dat een mens beslist over de inzet van zorg.", {EB}),
    (None, "AI bepaalt nooit de lay-out van de nieuwsbrief.", set()),
    (None, "Of de nieuwsbrief op maandag of dinsdag verschijnt, bepaalt de redactie.", set()),
    (None, "Laat AI bepalen welk lettertype de nieuwsbrief krijgt.", set()),
    # E. 'Mensen' as what a decision is about is no personal data put into AI ('AI beslist niets over mensen of
    # geld'); 'niets over een cliënt' as what is shared stays personal data (testers' false count 5; first sight
    # 3/6)
    (None, "AI beslist niets over mensen of geld.", {EB}),
    (None, "AI decides nothing about people or money.", {EB}),
    (None, "AI bepaalt niets over cliënten.", {EB}),
    (None, "Deel niets over een cliënt met ChatGPT.", {PG}),
    (None, "Voer niets over cliënten in AI-tools in.", {PG}),
    (None, "Share nothing about a customer with AI tools.", {PG}),
    # F. An assessment or an advice left to AI ('… de beoordeling van een aangifte … laat je nooit aan AI over') is
    # the judgement handed over, the decision rule, no check of what AI made; taking over AI's advice unseen stays
    # the check (testers' false count 6; first sight 5/6)
    (
        None,
        "Een advies aan een klant, de beoordeling van een aangifte of een kredietbeslissing laat je nooit aan AI over.",
        {EB},
    ),
    (None, "De beoordeling van een sollicitatie laat je nooit aan AI over.", {EB}),
    (None, "Never leave the assessment of a claim to AI.", {EB}),
    (None, "Neem een advies van AI nooit ongezien over.", {AC}),
    (None, "Een beoordeling van wat AI schrijft maak je altijd zelf.", {AC}),
    (None, "Laat het nakijken van AI-teksten nooit aan AI zelf over.", {AC}),
    # G. One narrow identifier alone ('het BSN van een cliënt', 'a client's social security number', 'het
    # telefoonnummer van een klant') leaves names, addresses and files allowed: no geen-persoonsgegevens. A list of
    # identifiers, a name (the template's first example; the tune half labels 'No patient names are ever shared'),
    # or a general word beside the identifier counts (testers' false count 7; first sight 7/11)
    (None, "Vul nooit het BSN van een cliënt in een AI-tool in.", set()),
    (None, "Never enter a client's social security number into ChatGPT.", set()),
    (NOT, "Het BSN van een cliënt invoeren", set()),
    (None, "Zet nooit het telefoonnummer van een klant in ChatGPT.", set()),
    (None, "Vul nooit het BSN, de naam of het adres van een cliënt in een AI-tool in.", {PG}),
    (None, "Vul nooit het BSN of andere gegevens van een cliënt in een AI-tool in.", {PG}),
    (None, "Vul nooit persoonsgegevens van cliënten in een AI-tool in.", {PG}),
    (None, "Never enter information about clients, such as their social security number, into ChatGPT.", {PG}),
    (None, "Never enter a client's name into ChatGPT.", {PG}),
    (None, "Voer nooit BSN's of geboortedata in.", {PG}),
    (None, "Gebruik geen BSN of andere identificerende nummers in AI.", {PG}),
]


@pytest.mark.parametrize(("kind", "text", "rules"), CASES)
def test_round19(kind: str | None, text: str, rules: set[str]) -> None:
    assert recognised_ids(text, kind) == rules


def _force(text: str, kind: str | None, rule: str) -> Force:
    (found,) = [item for item in explain(text, kind) if item.rule == rule]
    return found.force


# H. A limit inside a permission ('Een nieuwsbrief voor ouders laten opzetten, zonder namen van kinderen.' under DIT
# MAG) is the condition of that use, as the template's own '…, die je daarna zelf nakijkt' is: force CONDITION, so it
# counts and AIB406 says it holds for that use only; a limit that stands as a rule of its own stays a limit (testers'
# false count 8; first sight 1/5)
@pytest.mark.parametrize(
    "text",
    [
        "Een nieuwsbrief voor ouders laten opzetten, zonder namen van kinderen.",
        "Een oefenschema laten opstellen (zonder namen van patiënten erin).",
        "Vertalen en samenvatten zonder patiëntgegevens.",
    ],
)
def test_a_limit_inside_a_permission_is_its_condition(text: str) -> None:
    assert _force(text, "mag", PG) is Force.CONDITION


def test_a_limit_of_its_own_stays_a_limit() -> None:
    assert _force("Gebruik AI alleen zonder persoonsgegevens.", None, PG) is Force.LIMIT
    assert _force("Gebruik AI alleen zonder persoonsgegevens.", "mag", PG) is Force.LIMIT


def test_aib406_says_a_limit_inside_a_permission_holds_for_that_use(write_policy) -> None:
    from aibeleid_check.engine import RuleSet, check_path

    policy = {
        "organisatie": "Kinderopvang De Eik",
        "regels": {
            "mag": ["Een nieuwsbrief voor ouders laten opzetten, zonder namen van kinderen."],
            "mag_niet": [{"id": "geen-bedrijfsgeheimen"}, {"id": "geen-eindbesluit"}, {"id": "altijd-controleren"}],
        },
    }
    path = write_policy(yaml.safe_dump(policy, allow_unicode=True, sort_keys=False))
    result = check_path(str(path), RuleSet())
    warned = [f for f in result.findings if f.rule == "AIB406"]
    assert any("geen-persoonsgegevens" in f.message.nl and "voorwaarde" in f.message.nl for f in warned)
    assert not any(f.rule == "AIB401" and "geen-persoonsgegevens" in f.message.nl for f in result.findings)


# I. When nothing is recognised, what was found and what is missing (a protected object but no act with AI, a
# decision word but nobody forbidden to decide, one identifier alone), as data from meaning (testers' herken
# report 9; new: first sight 0/6)
def _near(text: str, kind: str | None = None) -> set[tuple[str, str, str]]:
    return {(miss.rule, miss.found, miss.missing) for miss in near_misses(text, kind)}


def test_a_protected_object_without_an_act_is_a_near_miss() -> None:
    assert (SG, "object", "act") in _near("Onze contracten zijn vertrouwelijk.")
    (miss,) = [m for m in near_misses("Onze contracten zijn vertrouwelijk.") if m.rule == SG]
    assert "contracten" in miss.words


def test_a_decision_word_without_anyone_forbidden_is_a_near_miss() -> None:
    assert (EB, "decision", "decider") in _near("AI helpt bij beslissingen over klanten.")


def test_one_identifier_alone_is_a_near_miss() -> None:
    assert (PG, "identifier", "general") in _near("Vul nooit het BSN van een cliënt in een AI-tool in.")


def test_an_act_with_ai_but_no_object_is_a_near_miss() -> None:
    assert ("", "act", "object") in _near("Don't paste them into any AI tool.")


def test_no_near_miss_for_a_rule_that_counts_or_a_text_about_nothing() -> None:
    assert near_misses("Deel geen contracten met AI.") == ()
    assert near_misses("Log uit op gedeelde computers.") == ()


def test_herken_prints_the_near_miss_in_both_languages() -> None:
    text = "Onze contracten zijn vertrouwelijk."
    out = io.StringIO()
    herken.write(explain(text), "nl", out, near=near_misses(text))
    assert "Geen van de vier" in out.getvalue() and "contracten" in out.getvalue()
    assert "geen handeling met AI" in out.getvalue()
    out = io.StringIO()
    herken.write(explain(text), "en", out, near=near_misses(text))
    assert "no act with AI" in out.getvalue()


# J. Without a list, the force comes from the sentence: 'we' in the question after 'decide whether' is who the
# question is about, not who decides (it read 'Let AI decide whether we take on a client' as a duty of ours), and
# herken never says the list gave a force when no list was given (testers' herken report 10; first sight 2/4)
def test_we_in_the_question_after_decide_is_no_decider() -> None:
    text = "Let AI decide whether we take on a client or how a claim is settled"
    assert recognised_ids(text) == set()
    assert recognised_ids(text, NOT) == {EB}
    assert recognised_ids("AI stelt voor, wij beslissen of we een klant aannemen.") == {EB}


def test_herken_without_a_list_names_no_list() -> None:
    out = io.StringIO()
    herken.write(explain("AI laten beslissen over een uitkering."), "en", out)
    assert "the list" not in out.getvalue() and "counts as geen-eindbesluit" in out.getvalue()
    out = io.StringIO()
    herken.write(explain("AI laten beslissen over een uitkering.", NOT), "en", out, kind=NOT)
    assert "the list" in out.getvalue()
