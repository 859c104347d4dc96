"""Round fifteen: classes from the sixth round's tune sentences (checking and decisions). Each class is written in
fresh wording with near-misses that must not count; the first-sight score (how many cases of the group the engine
answered right before the change) is in the comment above it. (list, text, the rules it states, exactly); the list
is None for a sentence on its own."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import Force, explain, recognised_ids
from aibeleid_check.meaning.force import remains_valued
from aibeleid_check.meaning.text import read
from rule_ids import AC, EB, PG, SG

CASES: list[tuple[str | None, str, set[str]]] = [
    # A. The next step after a permission ('may be drafted with AI, then reviewed by a human before merge') is
    # its condition, as a subordinate clause is (docs/recognition.md, decision on conditions); an imperative
    # next step stays an obligation (first sight 3/6)
    (None, "Documentation may be drafted with AI assistance, then reviewed and edited by a human contributor.", {AC}),
    (None, "Je mag AI gebruiken voor een eerste versie, daarna gecontroleerd door een collega.", {AC}),
    (None, "Release notes may be written with Copilot, then checked by the editor before publication.", {AC}),
    (None, "You may use ChatGPT for ideas, then check them yourself.", {AC}),
    (None, "You may use AI to draft letters, then send them to clients.", set()),
    (None, "You may use AI for a first draft, then share it with the team.", set()),
    # B. 'AI does not replace human review' names the check that stays with people; what AI itself does not do
    # ('AI does not check facts') stays a fact about it (first sight 4/7)
    (None, "AI does not replace human review.", {AC}),
    (None, "AI kan geen vervanging zijn voor menselijke controle.", {AC}),
    (None, "Copilot does not replace the review by a colleague.", {AC}),
    (None, "AI does not check facts.", set()),
    (None, "ChatGPT cannot reliably verify its own sources.", set()),
    (None, "AI does not replace our website.", set()),
    (None, "Een chatbot kan zijn eigen antwoorden niet controleren.", set()),
    # C. Designing where the checks will be ('identify clear checkpoints where humans review AI outputs') is a
    # duty to make the rule (guide: duties to make the rule); a check at a checkpoint is the rule (first sight 3/6)
    (None, "For every use case, identify clear checkpoints where humans review AI-generated outputs.", set()),
    (None, "Define checkpoints where a person reviews AI output.", set()),
    (None, "Bouw vaste controlemomenten in waarop een collega de AI-output nakijkt.", set()),
    (None, "At every checkpoint, a person reviews the AI output.", {AC}),
    (None, "Review AI output at each checkpoint before it goes to a client.", {AC}),
    (None, "Plan a checkpoint with your manager, and always check AI output yourself.", {AC}),
    # D. Grant making is a selection process: AI not used in it is the decision rule, as for recruitment
    # (first sight 3/6)
    (None, "At present our staff don't use AI anywhere in the grant making process.", {EB}),
    (None, "We do not use AI in our grantmaking.", {EB}),
    (None, "Wij gebruiken geen AI bij subsidieverlening.", {EB}),
    (None, "Our grant making process is explained on this page.", set()),
    (None, "We use AI to draft grant making reports for the board.", set()),
    (None, "Grant making is our core business.", set()),
    # E. What still matters ('fact-checking remains a crucial skill', 'judgement remains essential for client
    # trust') is a value, no rule; 'it remains essential that you check' and a check named as what remains
    # essential stay rules (first sight 7/8)
    (None, "Proper sourcing and fact-checking remain crucial skills.", set()),
    (None, "Fact-checking remains a crucial skill for every journalist.", set()),
    (None, "Kritisch nadenken blijft een belangrijke vaardigheid.", set()),
    (None, "Human expertise and professional judgement remain essential for client trust and decision-making.", set()),
    (None, "It remains essential that you check AI output.", {AC}),
    (None, "Human review of AI output remains essential.", {AC}),
    (None, "Human judgement remains essential for decisions about clients.", {EB}),
    (None, "It is essential to check AI output before use.", {AC}),
    # F. 'review information', 'review comments' inside a list of what goes in are data about reviews, no check;
    # 'review' told at the start or after a modal stays the check (first sight 5/6)
    (None, "Reviewers must not upload proposals, review information or related records to AI tools.", {SG}),
    (
        None,
        "Panel reviewers may not upload any content from proposals, review information or related records to public AI tools.",
        {SG},
    ),
    (None, "Review information from AI tools before you use it.", {AC}),
    (None, "You must review information from AI tools.", {AC}),
    (None, "Check and review information that AI gives you.", {AC}),
    (None, "Always review AI output.", {AC}),
    # G. Revising what AI made is checking it, as editing is ('never deliver machine output without revising it
    # yourself', a third-round tester's policy); revising a policy is not (first sight 2/5)
    (None, "Never deliver machine output without revising it yourself.", {AC}),
    (None, "Lever nooit machinevertalingen af zonder ze zelf te reviseren.", {AC}),
    (None, "AI drafts are always revised by a translator before they go out.", {AC}),
    (None, "We revise this policy every year.", set()),
    (None, "Dit beleid wordt jaarlijks herzien.", set()),
    # H. A bare imperative that puts protected data into a tool the sentence itself calls unsafe (public,
    # non-approved, insecure, free) is a Don't item whose heading was lost (guide decision 12); without such a
    # word it stays an instruction, and under DIT MAG the list decides (four tune misses of the sixth round and
    # earlier; first sight 8/12)
    (None, "Paste client files into public AI tools.", {PG}),
    (None, "Upload our price lists to non-approved chatbots", {SG}),
    (None, "Deel vertrouwelijke notulen met gratis AI-tools.", {SG}),
    (None, "Voer patiëntgegevens in openbare AI-tools in.", {PG}),
    (None, "Entering tenant data into public AI tools.", {PG}),
    (None, "Paste client files into Copilot.", set()),
    (None, "Upload public documents to public AI tools.", set()),
    (None, "Enter your question into a public chatbot.", set()),
    ("mag", "Paste client files into public AI tools.", set()),
    ("mag_niet", "Paste client files into public AI tools.", {PG}),
    ("mag_niet", "Paste client files into Copilot.", {PG}),
    (None, "Public AI tools store what you paste into them.", set()),
    # I. An item under DIT NIET that keeps the data out itself ('Patient names stay out of AI tools', 'Houd
    # klantgegevens buiten ChatGPT') says the rule; the list's negation does not turn it round (a third-round
    # tester's Q&A answer; first sight 3/6)
    ("mag_niet", "Patient names stay out of AI tools.", {PG}),
    ("mag_niet", "Houd klantgegevens buiten ChatGPT.", {PG}),
    ("mag_niet", "Interne stukken blijven buiten AI-tools.", {SG}),
    ("mag_niet", "Remove client names before you paste text into a chatbot.", {PG}),
    ("mag_niet", "Keep your password safe.", set()),
    ("mag_niet", "Stay out of the server room.", set()),
    # J. Who reviews ('beoordelaars', 'assessors') and a relative clause that says which documents
    # ('manuscripten die je beoordeelt') name no decision left to AI (a data engineer's finding; first sight 3/6)
    (None, "Deel manuscripten die je beoordeelt nooit met een chatbot.", {SG}),
    (None, "Beoordelaars mogen subsidieaanvragen niet in AI-tools invoeren.", {SG}),
    (None, "Assessors must not upload candidates' CVs to AI tools.", {PG}),
    (None, "Laat AI nooit sollicitaties beoordelen.", {EB}),
    (None, "Never let AI assess applicants.", {EB}),
    (None, "De applicaties die je beoordeelt, beoordeel je zelf en niet met AI.", {EB}),
    # K. An example list that runs to the sentence's end ("…, zoals BSN, inkomen of aangiftes.") is one aside, so
    # the clause before it keeps its separable verb; a list member followed by the rest of the clause ("…, zoals
    # notulen, naar AI-diensten") is as before (a fourth-round tester's policy; first sight 4/5)
    (None, "Voer nooit gegevens van cliënten in, zoals BSN, inkomen of aangiftes.", {PG}),
    (None, "Plak nooit dossiers van leerlingen in ChatGPT, zoals verslagen, cijfers of zorgplannen.", {PG}),
    (None, "Upload geen vertrouwelijke stukken, zoals notulen, naar AI-diensten.", {SG}),
    (None, "Controleer output, zoals samenvattingen en vertalingen, altijd zelf.", {AC}),
    (None, "Never paste client data, such as names, addresses or phone numbers.", {PG}),
    # L. A judging noun among the data put into a tool ("naam, gewicht, diagnose of verwijsbrief") is data, no
    # decision; a diagnosis AI is let make stays one (a fourth-round tester's policy; first sight 3/5)
    (None, "Voer nooit gegevens van cliënten in, zoals naam, gewicht, diagnose of verwijsbrief.", {PG}),
    (None, "Never enter client names, session notes or diagnoses into AI tools.", {PG}),
    (None, "Laat AI nooit een diagnose stellen bij cliënten.", {EB}),
    (None, "Never let AI assess applicants.", {EB}),
    (None, "Never paste a patient's file into ChatGPT to get a diagnosis.", {PG, EB}),
    # M. The name of a thing ("flower names", "plaatsnamen") is no person's (a fourth-round tester's policy;
    # first sight 3/4)
    (None, "Always check AI answers before you use them: prices, flower names and dates are often wrong.", {AC}),
    (None, "Geen klantnamen in ChatGPT.", {PG}),
    (None, "Never paste customer names into ChatGPT.", {PG}),
    (None, "Check the street names in AI answers.", {AC}),
    # N. 'vaststellen' as a separable verb ("stelt het behandelplan … vast") decides (a fourth-round tester's
    # policy; first sight 4/5)
    (None, "Een AI stelt nooit het definitieve behandelplan vast; dat doet de diëtist.", {EB}),
    (None, "AI stelt nooit een indicatie vast.", {EB}),
    (None, "De arts stelt de diagnose vast, niet de AI.", {EB}),
    (None, "Leg afspraken vast in het dossier.", set()),
    (None, "Stel vast welke tools je gebruikt.", set()),
    # O. A check of AI's text for errors, names and tone ("elke tekst van de AI zelf controleren op fouten, namen en
    # toon") checks what AI made; a check whether names are in a prompt stays a data rule (a fourth-round
    # tester's policy; first sight 2/3)
    ("moet", "Elke tekst van de AI zelf controleren op fouten, namen en toon voordat een familie hem ziet.", {AC}),
    (None, "Controleer of er geen namen in je vraag aan AI staan.", {PG}),
    (None, "Verify that the AI is not handling sensitive information.", {SG}),
    # P. What a weak deciding verb decides can be the whole question after it ("bepalen welk standpunt we in een
    # aangifte innemen"); a question about something else stays none (a fourth-round tester's policy; first
    # sight 3/4)
    (None, "Laat AI nooit bepalen welk standpunt we in een aangifte innemen.", {EB}),
    (None, "AI mag niet bepalen welke kandidaat we uitnodigen.", {EB}),
    (None, "Laat AI niet bepalen welk lettertype we gebruiken in brieven aan klanten.", set()),
    (None, "We doen aangifte bij de politie.", set()),
]


@pytest.mark.parametrize(("kind", "text", "rules"), CASES)
def test_round15(kind: str | None, text: str, rules: set[str]) -> None:
    assert recognised_ids(text, kind) == rules


def test_the_next_step_after_a_permission_is_its_condition() -> None:
    (found,) = explain("Documentation may be drafted with AI, then reviewed by a human contributor.")
    assert (found.rule, found.force) == (AC, Force.CONDITION)


@pytest.mark.parametrize(
    ("text", "word", "valued"),
    [
        ("Fact-checking remains a crucial skill.", "crucial", True),
        ("Judgement remains essential for client trust.", "essential", True),
        ("It remains essential that you check.", "essential", False),
        ("Human review remains essential.", "essential", False),
        ("Review is essential for client trust.", "essential", False),
    ],
)
def test_what_remains_valued(text: str, word: str, valued: bool) -> None:
    words = read(text).words
    assert remains_valued(words, [w.text for w in words].index(word)) is valued
