"""Round sixteen: classes from the fifth testers' round (24 own-words policies, /tmp/qa5 of 2 December) and the
tune errors. Each class is written in fresh wording with near-misses that must not count; the first-sight score
(how many cases of the group the engine answered right before the change) is in the comment above it. (list,
text, the rules it states, exactly); the list is None for a sentence on its own."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from rule_ids import AC, EB, PG, SG

CASES: list[tuple[str | None, str, set[str]]] = [
    # A. The organisation's commercial terms and figures (prices, purchase prices, supplier or delivery
    # conditions, turnover, revenue and margin figures) put into AI are its business information, as
    # 'inkoopprijzen' and 'omzetcijfers' already were; named without AI, or allowed, they are no rule (a tester's
    # hairdresser chain: 'Sharing our purchase prices, supplier conditions or salon turnover figures with an AI
    # tool.'; first sight 9/12)
    ("mag_niet", "Sharing our purchase prices, supplier conditions or turnover figures with an AI tool.", {SG}),
    (None, "Never paste our prices or margins into ChatGPT.", {SG}),
    (None, "Do not share supplier conditions with AI tools.", {SG}),
    (None, "Enter no revenue figures into Copilot.", {SG}),
    (None, "Deel nooit onze leveringsvoorwaarden of inkoopvoorwaarden met een AI-tool.", {SG}),
    (None, "Voer geen omzetcijfers of marges in ChatGPT in.", {SG}),
    (None, "Our prices are listed on the website.", set()),
    (None, "Check the prices in AI answers before you quote them.", {AC}),
    (None, "You may ask ChatGPT about market prices.", set()),
    (None, "Do not discuss supplier conditions with customers.", set()),
    (None, "Onze omzetcijfers staan in het jaarverslag.", set()),
    (None, "Turnover figures are shared with the board every month.", set()),
    # B. Whoever decides, contrasted with AI in a negated clause without a verb ('…, never an AI tool', '…, niet
    # de AI'), is the decider whatever the role is called, as beside an AI that only suggests (a tester's
    # bailiff: 'A bailiff always decides on an attachment, a payment arrangement or an eviction, never an AI
    # tool.'; first sight 4/7)
    (None, "A bailiff always decides on an attachment or an eviction, never an AI tool.", {EB}),
    (None, "The dentist decides on the treatment, not the chatbot.", {EB}),
    (None, "De deurwaarder beslist altijd over beslaglegging, nooit een AI-tool.", {EB}),
    (None, "Over een uitkering beslist de consulent, niet de computer.", {EB}),
    (None, "The judge decides on the eviction, never the bailiff.", set()),
    (None, "We always write the final letter ourselves, never an AI tool.", set()),
    (None, "De deurwaarder beslist altijd over het budget, nooit een AI-tool.", set()),
    # C. A role named after what it handles ('a payroll administrator', 'de salarisadministrateur', 'the records
    # officer') is a person: it names no personal data, and it takes the decision like any staff member; the data
    # the role handles, named as data, stays personal data (a tester's payroll bureau: 'No. A payroll
    # administrator always takes that decision and signs off on it.', 'Die beslissing neemt altijd een
    # salarisadministrateur, …'; first sight 6/8)
    (None, "No. A payroll administrator always takes that decision and signs off on it.", {EB}),
    (
        None,
        "Die beslissing neemt altijd een salarisadministrateur, AI mag hooguit uitleg geven over de regeling.",
        {EB},
    ),
    (None, "Ask the payroll administrator if you are unsure.", set()),
    (None, "De salarisadministrateur beantwoordt vragen over AI.", set()),
    (None, "The records officer keeps this policy up to date.", set()),
    (None, "Never enter payroll data into ChatGPT.", {PG}),
    (None, "Voer nooit loonstroken van medewerkers in een AI-tool in.", {PG}),
    (None, "The payroll administrator must never paste payslips into ChatGPT.", {PG}),
    # D. A program with AI as its modifier ('AI-programma', 'AI program') is an AI tool, as an AI tool, app or
    # system is; a program without it ('het weekprogramma') is none (a tester's speech therapist: 'Namen,
    # geboortedata, verslagen of geluidsopnames van cliënten gaan nooit in een AI-programma.'; first sight 5/6)
    (None, "Namen en adressen van cliënten gaan nooit in een AI-programma.", {PG}),
    (None, "Vertrouwelijke offertes horen niet in AI-programma's.", {SG}),
    (None, "Client names never go into an AI program.", {PG}),
    (None, "Namen van cliënten gaan nooit in het weekprogramma.", set()),
    (None, "Het AI-programma van de studiedag staat op intranet.", set()),
    (None, "Het programma bewaart namen van cliënten.", set()),
    # E. Two negated predicates joined by 'en'/'and' ('stelt nooit een diagnose en beslist niet over de
    # behandeling') each forbid, as each half alone does; two negations that do not coordinate two predicates
    # stay as they were (a tester's speech therapist; first sight 2/7)
    (None, "Een AI-programma stelt nooit een diagnose en beslist niet over de behandeling.", {EB}),
    (None, "AI never makes a diagnosis and does not decide on treatment.", {EB}),
    (None, "De chatbot geeft nooit een cijfer en beslist niet over de toelating.", {EB}),
    (None, "Copilot does not grade students and never decides on admissions.", {EB}),
    (None, "Voer niets in wat niet ook op internet zou mogen staan.", {PG, SG}),
    (None, "AI is never perfect and does not know our clients.", set()),
    (None, "We never use free tools and do not post on social media.", set()),
    # F. A check as the purpose of putting data into AI ('not even to check a calculation', 'to check the
    # totals') is a task given to AI, no check of its output; a check of what AI made stays the rule (a
    # tester's payroll bureau: 'Never enter personal data of our clients or their employees into an AI tool, not
    # even to check a calculation.'; first sight 6/8)
    (
        None,
        "Never enter personal data of our clients or their employees into an AI tool, not even to check a calculation.",
        {PG},
    ),
    (None, "Voer nooit klantgegevens in een AI-tool in, ook niet om een berekening te controleren.", {PG}),
    (None, "Do not paste client files into ChatGPT to check the totals.", {PG}),
    (None, "Plak geen cliëntdossiers in ChatGPT om ze te laten nakijken.", {PG}),
    (None, "Never publish AI output without checking it.", {AC}),
    (None, "Never use AI text, not even in drafts, without checking it first.", {AC}),
    (None, "Gebruik AI-teksten nooit zonder ze eerst zelf te controleren.", {AC}),
    (None, "Do not enter client names into ChatGPT, and always check its answers.", {PG, AC}),
    # G. A judging noun among the documents shared ('internal documents, such as staff assessments, budgets or
    # tenders') is a document, no decision, as among the data put in (round 15, L); AI told to assess stays the
    # decision (a tester's school board; first sight 6/7)
    ("mag_niet", "Sharing internal documents, such as staff assessments, budgets or tenders", {SG}),
    ("mag_niet", "Uploading internal reports, such as appraisals or budgets, to AI tools", {SG}),
    (None, "Deel interne stukken, zoals beoordelingen en begrotingen, nooit met AI-tools.", {SG}),
    ("mag_niet", "Letting AI make staff assessments", {EB}),
    (None, "Never let AI assess staff.", {EB}),
    (None, "AI mag nooit beoordelingen van medewerkers maken.", {EB}),
    (None, "Never use AI to grade students.", {EB}),
    # H. A letter to a group (ouderbrief, bewonersbrief, ledenbrief) is a communication, not a person's data:
    # having AI write one names no data put in; the letters of people, an application letter and a file of a
    # person stay personal data (a tester's school board: 'Een nieuwsbrief of ouderbrief in concept laten
    # schrijven'; first sight 3/7)
    (None, "Een nieuwsbrief of ouderbrief in concept laten schrijven", set()),
    (None, "Bewonersbrieven laten opstellen door AI", set()),
    (None, "Een ledenbrief laten schrijven met ChatGPT", set()),
    (None, "Een klantenbrief laten vertalen", set()),
    ("mag_niet", "Brieven van ouders in ChatGPT plakken", {PG}),
    (None, "Plak nooit sollicitatiebrieven in ChatGPT.", {PG}),
    (None, "Voer nooit patiëntdossiers in een AI-tool in.", {PG}),
    # I. Signing off a decision the sentence names ('takes that decision and signs off on it') is taking it, no
    # check of what AI made; a sign-off of AI's advice or draft stays the check (found on the tester's payroll
    # answer once 'payroll administrator' was read as a person; first sight 3/5)
    (None, "The manager always takes the decision and signs off on it.", {EB}),
    (None, "De leidinggevende neemt altijd het besluit en tekent het af.", {EB}),
    (None, "A professional signs off on AI-assisted advice.", {AC}),
    (None, "A lawyer signs off on every AI draft before it goes out.", {AC}),
    (None, "The editor signs off on AI summaries, and the board takes the decision.", {AC}),
    # (added after the first change: the question and its answer read as one sentence name AI before the decision)
    (
        None,
        "May AI decide whether an employee gets a bonus? No. A payroll administrator always takes that decision and "
        "signs off on it.",
        {EB},
    ),
    # J. 'as long as' after a permission opens its condition, as 'provided' and 'zolang' do (the tester's payroll
    # FAQ: 'You may use Copilot for a draft, as long as there are no names or salary details in your question.'
    # counted as a prohibition, while its check counterpart counted nothing; first sight 3/6. A third positive,
    # "Translating newsletters with DeepL, as long as you read the translation before it goes out." under DIT MAG,
    # stays a miss and was replaced: reading a translation is the check only when AI's making is named)
    (None, "You may use AI for drafts, as long as you check them yourself.", {AC}),
    (None, "You can use ChatGPT for ideas, as long as a colleague reviews the result.", {AC}),
    ("mag", "Drafting newsletters with ChatGPT, as long as you check the text before it goes out.", {AC}),
    (None, "You may use AI for as long as you like.", set()),
    (None, "As long as AI exists, we will look at this policy every year.", set()),
    (None, "You may keep the draft as long as you need it.", set()),
    # K. A bare imperative into a tool the sentence calls unsafe (round 15, H) whose objects are listed over commas
    # ('Paste client names, addresses, or phone numbers into free chatbots') is the same Don't item; the
    # unsafe word is in the list's last member's clause (a tune error of this kind; first sight 3/6)
    (None, "Paste client names, addresses, or phone numbers into free chatbots.", {PG}),
    (None, "Upload contracts, price lists, or board minutes to unapproved AI tools.", {SG}),
    (None, "Deel notulen, offertes of contracten met gratis AI-tools.", {SG}),
    (None, "Paste client names, addresses, or phone numbers into Copilot.", set()),
    (None, "Upload press releases, blog posts, or public reports to free AI tools.", set()),
    ("mag", "Paste client names, addresses, or phone numbers into free chatbots.", set()),
]


@pytest.mark.parametrize(("kind", "text", "rules"), CASES)
def test_round16(kind: str | None, text: str, rules: set[str]) -> None:
    assert recognised_ids(text, kind) == rules
