"""Round thirteen: changes to the shared reading (force, finding, the list pass of ``explain``) asked for by the
round-twelve engineers. Each class is written in fresh wording before the engine was changed, with near-misses
that must not count; the first-sight score (how many cases of the group the engine answered right before the
change) is in the comment above it. (list, text, the rules it states, exactly); the list is None for a sentence
on its own."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import Force, explain, recognised_ids
from aibeleid_check.meaning.finding import defines, headline
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.text import read
from rule_ids import AC, EB, PG, SG

CASES: list[tuple[str | None, str, set[str]]] = [
    # A. 'nooit alleen op …' / 'never only …' is 'never solely': a prohibition; only with 'maar ook' / 'but also'
    # after it is it 'not only' (first sight 7/9)
    (None, "Baseer een beschuldiging van fraude nooit alleen op een AI-detector.", {EB}),
    (None, "Neem een besluit over een cliënt nooit alleen op basis van AI.", {EB}),
    (None, "Never rely only on AI output; always check it yourself.", {AC}),
    (None, "Decisions about applicants are never based only on an AI score.", {EB}),
    (None, "AI helpt niet alleen bij teksten maar ook bij planning.", set()),
    (None, "AI is not only a risk but also an opportunity for our clients.", set()),
    (None, "Het gaat niet alleen om techniek, maar ook om mensen.", set()),
    (None, "Not only teachers but also students use AI tools.", set()),
    (None, "AI is nooit alleen een risico maar ook een kans voor besluiten over cliënten.", set()),
    # B. English 'advise / recommend / warn / caution against' the act is a negation for every rule, as 'wij
    # raden af' is (first sight 7/9)
    (None, "We advise against letting AI decide on job applications.", {EB}),
    (None, "The university recommends against using chatbots to decide on admissions.", {EB}),
    (None, "We strongly advise against uploading client files to ChatGPT.", {PG}),
    (None, "IT warns against pasting source code into public AI tools.", {SG}),
    (None, "We recommend always checking AI output before you publish it.", {AC}),
    (None, "The report warns against the hype around AI.", set()),
    (None, "We advise staff on the use of AI tools.", set()),
    (None, "Experts argued against the new AI law last year.", set()),
    (None, "We recommend ChatGPT for drafting newsletters.", set()),
    # C. A noun 'results' after a determiner or adjective is no verb of consequence ('to result in'): a rule about
    # results stays a rule (first sight 7/11)
    (None, "Unreleased financial results stay out of AI tools.", {SG}),
    (None, "Confidential results of our research stay out of ChatGPT.", {SG}),
    (None, "Unpublished financial results are kept out of AI tools.", {SG}),
    (None, "Our financial results remain outside public AI tools.", {SG}),
    (None, "Keep the financial results out of ChatGPT.", {SG}),
    (None, "Unpublished financial results are never entered into AI tools.", {SG}),
    (None, "Sharing client files with AI tools results in data leaks.", set()),
    (None, "Uploading confidential documents to AI tools can result in fines.", set()),
    (None, "The results of the AI pilot are shared with all staff.", set()),
    (None, "Sharing client files with AI tools often leads to data leaks.", set()),
    # (added after the change: the results of a trial or survey are no AI output to check; a tune sentence that
    # the verb 'results' had kept out as a warning; 4 of 5 before the change)
    (None, "Evaluate the results of the pilot with the team.", set()),
    (None, "We review the results of the survey every year.", set()),
    (None, "De resultaten van de proef worden met het team geëvalueerd.", set()),
    (None, "Review the results of ChatGPT before you use them.", {AC}),
    (None, "Check AI output during the pilot.", {AC}),
    # (and 'their test results' is a medical test, no check, once 'results' no longer hides it as a warning:
    # tests/test_meaning_round9.py; 'Test the results of the AI tool' stays the check)
    (None, "Clients give us their names and their test results.", set()),
    (None, "Test the results of the AI tool before use.", {AC}),
    # D. An imperative 'have' + object + bare verb is 'let' ('Never have Copilot record …'), no perfect tense
    # (first sight 7/10)
    (None, "Never have Copilot record or transcribe client meetings.", {PG}),
    (None, "Never have ChatGPT decide on a job application.", {EB}),
    (None, "Do not have AI grade student exams.", {EB}),
    (None, "We have never had AI decide on a job application.", set()),
    (None, "We have never used ChatGPT for client files.", set()),
    (None, "Have a colleague check the AI output before you publish it.", {AC}),
    (None, "Never have ChatGPT summarise privileged communications with the board.", {SG}),
    (None, "Never have the chatbot transcribe privileged legal advice.", {SG}),
    (None, "We have never transcribed privileged communications with AI.", set()),
    (None, "Staff have not recorded privileged meetings with Copilot.", set()),
    # E. Letting AI decide, named as the act: 'Having applicants selected by Copilot' is the causative headline
    # that 'Sollicitanten laten selecteren door Copilot' is (the rule's topic; the AIB605/AIB614 English
    # examples); the imperative 'Let Copilot select applicants' has no duty of its own, so it takes the list's
    # force (a permission under mag, the forbidden act under mag_niet) and, standing alone, tells staff to do it
    # (as tests/test_meaning_list_items.py says of 'Let AI make the final decision about people'); 'let a
    # colleague check' stays a duty (first sight 10/12, and 2 of 3 for the permission under mag)
    (None, "Let Copilot select applicants.", set()),
    (None, "Laat AI beslissen over aanvragen van cliënten.", set()),
    (None, "Having applicants selected by Copilot.", {EB}),
    (None, "Having job candidates ranked by ChatGPT.", {EB}),
    ("mag_niet", "Let the chatbot decide on benefit claims.", {EB}),
    ("mag", "Let Copilot select applicants.", set()),
    (None, "Let Copilot summarise your meeting notes.", set()),
    (None, "Laat een collega de AI-tekst nakijken.", {AC}),
    (None, "Let a colleague check the AI output.", {AC}),
    (None, "Having a clear AI policy helps staff decide when to use AI.", set()),
    (None, "Having meeting notes summarised by Copilot.", set()),
    (None, "Having application letters summarised; a member of staff decides who is invited.", set()),
    # F. A list member read alone keeps what the whole sentence said of it: a decision whose basis is what is
    # forbidden ('… based on their ethnicity is prohibited') and the AI's own tasks ('Wat de AI niet doet:
    # feiten verifiëren, …') stay out of the members' pass (first sight 4/8)
    (
        None,
        "Using AI systems to identify or categorise pupils, parents or staff based on their ethnicity is prohibited.",
        {PG},
    ),
    (
        None,
        "Using AI tools to identify or sort clients, visitors or staff based on their religion is prohibited.",
        {PG},
    ),
    (None, "Wat de AI niet doet: feiten controleren, redactionele keuzes maken of bepalen wat er online komt.", {EB}),
    (None, "Wat de chatbot niet doet: bronnen verifiëren of redactionele keuzes maken.", {EB}),
    (None, "Do not enter client names into ChatGPT and never let AI rank applicants.", {PG, EB}),
    (None, "Using AI to rank applicants, and entering their names into ChatGPT, is prohibited.", {PG, EB}),
    (None, "Deel geen klantnamen met AI-tools en controleer de output altijd zelf.", {PG, AC}),
    (None, "Wat jij doet: geen klantnamen invoeren en de output altijd controleren.", {PG, AC}),
    # H. Credentials put into AI (passwords, API keys, login details) are the organisation's confidential
    # information, geen-bedrijfsgeheimen (tests/data/recognition/README.md, decision 11); a password kept from
    # anyone, with no AI named, is general security (first sight 5/9)
    (None, "Never paste API keys or access tokens into ChatGPT.", {SG}),
    (None, "Voer nooit wachtwoorden of inloggegevens in bij een AI-tool.", {SG}),
    (None, "Staff must not share their login credentials with AI chatbots.", {SG}),
    (None, "Deel nooit klantdata of credentials met externe AI-tools.", {PG, SG}),
    (None, "Reset your password if you share it by mistake.", set()),
    (None, "Use a password manager.", set()),
    (None, "Never share your password with a colleague.", set()),
    (None, "Log in to Copilot with your university password.", set()),
    (None, "AI tools must be protected with strong passwords.", set()),
    # (added after the change, from a tune sentence: what one signs in with)
    (None, "If you are not signed in with your work credentials, nothing entered in Copilot is protected.", set()),
    (None, "Log in to ChatGPT Enterprise with your company password before you enter any documents.", set()),
    # I. A headline whose object is exemplified in an aside ('Ingesting any original materials from submissions
    # (e.g., authors' unpublished work) into AI tools'): the example says what the object is, the act and the AI
    # destination stand outside it; an aside that only names examples of a tool or a task adds no headline
    # (first sight 3/6)
    (None, "Ingesting any materials from submissions (e.g. unpublished research) into AI tools.", {SG}),
    (None, "Sharing any documents (e.g. confidential contracts) with AI chatbots.", {SG}),
    (None, "Pasting any files (such as unreleased financial results) into ChatGPT.", {SG}),
    (None, "AI tools for transcription (such as transcripts of confidential meetings).", set()),
    (None, "Our AI tools (such as Copilot) handle confidential data securely.", set()),
    (None, "Using AI tools (e.g. for unpublished research) in your teaching.", set()),
]


@pytest.mark.parametrize(("kind", "text", "rules"), CASES)
def test_round13(kind: str | None, text: str, rules: set[str]) -> None:
    assert recognised_ids(text, kind) == rules


@pytest.mark.parametrize(
    "text",
    [
        "Let Copilot select applicants.",
        "Having applicants selected by Copilot.",
        "Sollicitanten laten selecteren door Copilot.",
    ],
)
def test_letting_ai_decide_is_read_as_permitted_under_mag(text: str) -> None:
    found = [r for r in explain(text, "mag") if r.rule == EB]
    assert [r.force for r in found] == [Force.PERMISSION]


# G. finding.defines and finding.headline, which every rule reader shares, read a concessive opening ('Although AI
# technology is …') as no definition and a gerund that is the subject of a finite verb ('Providing this notice
# builds …') as no headline; decision.py had read both locally (first sight 3/6 and 3/6)
def _words(text: str) -> tuple[Word, ...]:
    return tuple(read(text).words)


@pytest.mark.parametrize(
    ("text", "definition"),
    [
        ("Although AI technology is improving fast, decisions are made by a clinician.", False),
        ("Hoewel AI een technologie is die veel kan, beslist de arts.", False),
        ("While AI is a technology with many uses, teachers decide on grades.", False),
        ("AI is a technology that supports decisions about patients.", True),
        ("Onder AI verstaan we technologie die zelf besluiten neemt.", True),
        ("Artificial intelligence refers to machines that make decisions.", True),
    ],
)
def test_a_concessive_opening_is_no_definition(text: str, definition: bool) -> None:
    assert defines(_words(text)) is definition


@pytest.mark.parametrize(
    ("text", "found", "bare"),
    [
        ("Providing this notice builds trust in how AI affects decisions about clients.", "decisions", False),
        ("Publishing this guide helps staff review AI output.", "review", False),
        ("Sharing the policy shows how AI supports decisions about applicants.", "decisions", False),
        ("Letting AI decide on applications.", "decide", True),
        ("Copying AI answers unchecked into reports.", "answers", True),
        ("Pasting client names into ChatGPT.", "client", True),
    ],
)
def test_a_gerund_as_the_subject_of_a_finite_verb_is_no_headline(text: str, found: str, bare: bool) -> None:
    words = _words(text)
    assert headline(words, [w for w in words if w.text == found]) is bare
