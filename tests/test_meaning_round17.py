"""Round seventeen (judging rules): classes from the tune errors of the seventh collection round (296 English
sentences, 60 sources: Australian agencies' AI transparency statements, universities and schools, NHS trusts,
newsrooms, companies), for geen-eindbesluit and altijd-controleren. Each class is written in fresh wording with
near-misses that must not count; the first-sight score (how many cases of the group the engine answered right
before the change) is in the comment above it. (list, text, the rules it states, exactly); the list is None for a
sentence on its own."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from rule_ids import AC, EB, PG

CASES: list[tuple[str | None, str, set[str]]] = [
    # A. What was obtained, taken or sourced from AI ('information obtained from ChatGPT', 'tekst verkregen van
    # een AI-tool') is what AI gave, as 'information from ChatGPT' is: a check of it is the rule; information
    # obtained from a person or an organisation is not AI's (a tune error: 'Any information sourced from AI must
    # be checked, credited and authenticated; …'; first sight 5/8)
    (None, "Information obtained from ChatGPT must be verified.", {AC}),
    (None, "Any text taken from an AI tool must be checked before use.", {AC}),
    (None, "Informatie verkregen van een AI-tool controleer je altijd zelf.", {AC}),
    (None, "Informatie afkomstig uit ChatGPT moet je altijd controleren.", {AC}),
    (None, "Information obtained from clients must be verified.", set()),
    (None, "Information sourced from Copilot may be used for internal drafts.", set()),
    (None, "Information obtained from AI vendors is stored in the contract register.", set()),
    (None, "Verify the information obtained from the applicant's employer.", set()),
    # B. What AI made 'considered a draft' or 'a starting point' without 'as' ('AI output should be considered a
    # first draft') is treated as one, as 'treat it as a draft' is; a document or a policy considered a draft,
    # and AI considered a tool, are not (a tune error: 'AI-generated content should be considered a starting
    # point, not a final deliverable.'; first sight 4/7)
    (None, "AI output should be considered a first draft.", {AC}),
    (None, "Everything a chatbot writes is to be considered a draft.", {AC}),
    (None, "Answers from ChatGPT should be considered a starting point, not a final deliverable.", {AC}),
    (None, "The policy is considered a starting point for discussion.", set()),
    (None, "AI is considered a useful tool, not a threat.", set()),
    (None, "This document should be considered a draft until the board adopts it.", set()),
    (None, "Consider a draft policy before you buy AI tools.", set()),
    # C. Having no plans to do a thing ('We have no plans to use AI for decisions', 'niet van plan', 'geen
    # plannen om') tells what the organisation intends, a fact about it, no rule, as a negated fact is; a will or
    # a practice ('We will never let AI decide') stays the rule, and a rule in a clause of its own beside it
    # counts (a tune error: 'We have no plans to apply AI in any decision making.'; first sight 5/8)
    (None, "We have no plans to use AI for decisions about people.", set()),
    (None, "We are not planning to let AI decide on applications.", set()),
    (None, "Wij zijn niet van plan AI te laten beslissen over aanvragen.", set()),
    (None, "Er zijn geen plannen om AI te laten beslissen over uitkeringen.", set()),
    (None, "We will never let AI decide on applications.", {EB}),
    (None, "We do not use AI to make decisions about people.", {EB}),
    (None, "We have no plans for AI yet, but never enter client data into it.", {PG}),
    (None, "Plan time to review AI output before you publish it.", {AC}),
    # D. The organisation's own statement about AI ('this transparency statement', 'our AI statement') reviewed
    # every year or when things change is the review of a document, as of a policy; a statement AI makes or
    # writes stays its output (a tune error: 'This AI transparency statement is reviewed annually or when
    # significant changes occur.'; first sight 4/7)
    (None, "This transparency statement on AI is reviewed every year.", set()),
    (None, "Our AI statement will be reviewed when the law changes.", set()),
    (None, "The statement on our use of AI is reviewed annually.", set()),
    (None, "Statements that AI writes are reviewed by a person before they are published.", {AC}),
    (None, "Every statement ChatGPT makes must be checked.", {AC}),
    (None, "AI output is reviewed before publication.", {AC}),
    (None, "Always verify the statement the chatbot gives.", {AC}),
    # E. Who writes a document about a decision ('letters about disciplinary matters must be written by a person',
    # 'human-authored', 'door een mens geschreven') is its author, no decider: writing is no deciding, by a person
    # or by AI; a decision made by a person stays the rule (a tune error: 'Any documentation that may carry
    # disciplinary, legal, or formal academic implications must be entirely human-authored.'; first sight 4/8)
    (None, "Letters about disciplinary matters must be written entirely by a person.", set()),
    (None, "Any report with disciplinary consequences must be human-written.", set()),
    (None, "Brieven over een tuchtmaatregel moeten door een mens geschreven worden.", set()),
    (None, "Letters about disciplinary matters must never be written by AI.", set()),
    (None, "Reports about pupils must be written by the teacher, not by AI.", set()),
    (None, "Decisions about disciplinary measures must be made by a person.", {EB}),
    (None, "A person, not AI, decides on disciplinary measures.", {EB}),
    (None, "Een mens beslist over een tuchtmaatregel, nooit AI.", {EB}),
    # F. A choosing participle after a determiner ('the chosen option', 'the selected reading list', 'de gekozen
    # aanpak') describes the thing chosen, no decision about the people the sentence names; AI choosing people
    # stays the rule (a tune error: 'Faculty members are required to communicate the chosen policy option to
    # students in writing …'; first sight 5/7)
    (None, "Teachers must tell students the chosen option.", set()),
    (None, "Teachers must share the selected reading list with students.", set()),
    (None, "Docenten delen de gekozen aanpak met leerlingen.", set()),
    (None, "AI must never choose which students get a place.", {EB}),
    (None, "AI kiest nooit welke kandidaten worden uitgenodigd.", {EB}),
    (None, "AI must not decide which option is chosen for a student.", {EB}),
    (None, "Never let AI select the candidates we invite.", {EB}),
    # G. 'Make sure it is correct' after 'if you use AI to …' ('If you use AI to draft a report, make sure it is
    # correct', 'Als je AI gebruikt voor een brief, zorg dan dat die klopt'): the pronoun is the work made with
    # AI, as 'als je AI hebt gebruikt voor een brief' already names it for a check verb; the accuracy of another
    # thing is none (a tune error: 'Even if you use an LLM to write a PR description …, make sure that it
    # accurately … reflects your opinions'; that one stays a miss; first sight 4/7. A fourth positive, 'If you use
    # ChatGPT to translate a letter, ensure it is accurate …', stays a miss and was left out: 'ensure' four words
    # after 'use ChatGPT to' is read as AI's task, check_exclusions._ai_task, which knows no clause boundary)
    (None, "If you use AI to draft a report, make sure it is correct.", {AC}),
    (None, "Als je AI gebruikt voor een brief, zorg dan dat die klopt.", {AC}),
    (None, "When you use Copilot for minutes, make sure they are accurate.", {AC}),
    (None, "If you use ChatGPT, make sure your account is secure.", set()),
    (None, "Make sure it is accurate.", set()),
    (None, "If you use AI, make sure your timesheet is correct.", set()),
    (None, "If you use AI, make sure that it is not used for personal data.", {PG}),
    # H. Helping people make well-informed or better-informed decisions (a hyphenated quality of the decision) is
    # a mention, as 'better' and 'informed' decisions already are; AI forbidden to decide stays the rule (a tune
    # error: '… a clinical decision support tool, empowering clinicians to make well-informed decisions about
    # individualised care plans.'; first sight 3/6)
    (None, "The tool helps doctors make well-informed decisions about care.", set()),
    (None, "Our software empowers nurses to make well-informed decisions about patients.", set()),
    (None, "The app helps teachers make better-informed choices about pupils.", set()),
    (None, "AI must never make well-informed decisions about patients on its own.", {EB}),
    (None, "Well-informed staff decide on admissions, not AI.", {EB}),
    (None, "De tool ondersteunt consulenten bij goed-onderbouwde besluiten over uitkeringen.", set()),
    # I. AI that does not determine the outcome ('AI does not determine the outcome of an application', 'AI bepaalt
    # nooit de uitkomst van een aanvraag') is denied the say over what is decided, as 'never determined by AI
    # alone' is; an outcome that determines something, determined by no AI, or of an organisational matter is
    # none (a tune error: 'AI does not determine project selection, priorities, or outcomes.'; first sight 7/10)
    (None, "AI does not determine the outcome of an application.", {EB}),
    (None, "Copilot does not determine the outcome of a complaint.", {EB}),
    (None, "AI bepaalt nooit de uitkomst van een aanvraag.", {EB}),
    (None, "AI tools never determine outcomes for residents.", {EB}),
    (None, "De uitkomst van het gesprek bepaalt de volgende stap.", set()),
    (None, "Market conditions determine the outcome.", set()),
    (None, "AI does not determine the outcome of our budget round.", set()),
    (None, "AI does not determine which results we show on the website.", set()),
    (None, "AI never determines eligibility, priority or outcomes for clients.", {EB}),
    (None, "AI does not determine the tone, style or results of a text.", set()),
    # J. A check as the last of the tasks listed after 'use AI to' ('use AI to save time, work faster and test your
    # code', 'gebruik AI om …, sneller te werken en je code te testen') is a task given to AI, as a check right
    # after 'to' is; a check of one's own after the task ('then test it yourself', 'en controleer ze daarna zelf')
    # stays the rule (a tune error: '… you should use generative AI to save time, be more efficient and test your
    # code for bugs and errors.'; first sight 5/7)
    (None, "You should use AI to save time, work faster and test your code for bugs.", set()),
    (None, "Gebruik AI om tijd te besparen, sneller te werken en je code te testen op fouten.", set()),
    (None, "Use AI to draft emails, summarise notes and test your scripts for errors.", set()),
    (None, "Use AI to write code, then test it yourself.", {AC}),
    (None, "Always test code that AI writes before you merge it.", {AC}),
    (None, "Use AI to draft letters and always check them yourself.", {AC}),
    (None, "Gebruik AI om teksten te schrijven en controleer ze daarna zelf.", {AC}),
]


@pytest.mark.parametrize(("kind", "text", "rules"), CASES)
def test_round17(kind: str | None, text: str, rules: set[str]) -> None:
    assert recognised_ids(text, kind) == rules
