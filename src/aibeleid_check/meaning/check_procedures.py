"""A check of a system or a procedure, not of what AI made, for altijd-controleren: a review of the tool or its
results ("human review of the tool"), an approval procedure for a use ("reviewed and approved for the intended
use"), a compliance question, and who checks ("by a person").
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_made import Words, ai_made_word, made_by_ai
from aibeleid_check.meaning.check_release import released
from aibeleid_check.meaning.morph import Word


def system_checked(words: Words, check: Word) -> bool:
    """'menselijke controle op de werking van het algoritme', 'human review of the tool': the object of
    the check is a system, not what it produced."""
    position = words.index(check)
    if _project_results(words[position + 1 :]):
        return True
    if made_by_ai(words):
        return False
    back = position - 1
    while back > 0 and words[back].text in _FREQUENCY:
        back -= 1  # "our AI tools are regularly reviewed"
    passive = back >= 0 and words[back].text in _PASSIVE and check.text.endswith(("ed", "d", "t", "en"))
    if passive and not any(c.STRONG_OUTPUT.matches(w) and not c.CORRECT.matches(w) for w in words):
        start = max(0, back - 3)
        subject = words[start : back + 1]  # "the system is tested", "toetsen worden nagekeken"
        no_ai = not any(c.names_ai(w) for w in words)
        return any(
            (c.SYSTEM.matches(w) and not any(o.text in _SOURCE for o in words[max(0, start + p - 3) : start + p]))
            or (no_ai and c.CHECKED_OTHER.matches(w))
            for p, w in enumerate(subject)
        )  # ("text taken from an AI tool must be checked": the tool is where the text came from)
    after = words[position + 1 : position + 6]
    systems = [
        w
        for p, w in enumerate(after)
        if c.SYSTEM.matches(w) and not any(o.text in _SOURCE for o in after[max(0, p - 2) : p])
    ]  # "verify information from AI tools": the tool is where it came from, not what is checked
    return not any(c.STRONG_OUTPUT.matches(w) for w in after) and bool(systems)


_SOURCE = ("from", "uit", "by", "door")
_PROJECTS = frozenset(
    "pilot pilots trial trials proef proeven proefperiode survey surveys enquête enquêtes experiment experiments "
    "experimenten study studies onderzoek evaluation evaluatie".split()
)


def _project_results(after: Words) -> bool:
    """'evaluate the results of the trial', 'de resultaten van de proef': what a pilot, survey or study found is
    checked, not what AI produced ('Review the results of ChatGPT' is the check)."""
    return any(
        c.STRONG_OUTPUT.matches(w)
        and n.text in ("of", "van")
        and any(x.text in _PROJECTS for x in after[p + 2 : p + 5])
        for p, (w, n) in enumerate(zip(after, after[1:], strict=False))
    )


def _aspect(words: Words, check: Word, audit: Word) -> bool:
    """'check AI generated content for accuracy, bias and compliance with company standards': what the
    output is checked for, not an audit procedure."""
    return any(w.text in ("for", "op", "on", "against") and check.index < w.index < audit.index for w in words)


def procedure(words: Words, check: Word) -> bool:
    """'reviewed and approved for the intended use', 'review and written approval': an approval procedure
    for using a tool, not checking what AI produced (unless that output is named)."""
    position = words.index(check)
    near = words[position + 1 : position + 4]
    if any(c.AUDIT.matches(w) and abs(w.index - check.index) <= 5 and not _aspect(words, check, w) for w in words):
        return True  # "review, approve and audit AI-assisted work": an organisational process
    if _reviewed_use(words, position):
        return True  # "Higher-risk uses require review: clinical content, …": the approval of a use
    if _compliance_question(words, position):
        return True  # "Toets vooraf of de inzet van AI voldoet aan de AVG": whether a use complies, an audit
    output = any(c.STRONG_OUTPUT.matches(w) for w in words) or made_by_ai(words) or bool(released(words))
    output = output or any(w.text in _EVERYTHING for w in near)  # "reviewing and approving everything before …"
    peer = check.text.startswith("peer-review") or position and words[position - 1].text == "peer"
    if peer and not (made_by_ai(words) or any(c.names_ai(w) for w in words)):
        return True  # "content developed in consideration for peer review": the review of submissions by peers
    by = words[position + 1 : position + 5]
    body = by[:1] and by[0].text in ("by", "door") and any(c.BODY.matches(w) for w in by)
    if by_a_person(words, position):
        return (
            False  # "reviewed and approved by a human", "door een mens gecontroleerd en goedgekeurd": a person's check
        )
    return (any(c.APPROVAL.matches(w) for w in near) or bool(body)) and not output  # "reviewed by the committee"


_UNTIL = frozenset("until till totdat tot".split())


def _approved_until(words: Words, position: int) -> bool:
    """An approval after *until* that gates what AI made ('… is not sent until a colleague has approved it')."""
    gate = any(w.text in _UNTIL and 0 < position - p <= 5 for p, w in enumerate(words))
    return gate and (made_by_ai(words) or any(c.STRONG_OUTPUT.matches(w) or ai_made_word(w) for w in words))


_WHETHER = frozenset("of whether if".split())


def _compliance_question(words: Words, position: int) -> bool:
    """'Toets of de inzet van AI voldoet aan de AVG', 'check whether the use complies with the law': the check asks
    whether something complies (an audit word in the question), with no output named."""
    asked = [w for w in words[position + 1 : position + 4] if w.text in _WHETHER]
    if not asked or any(c.STRONG_OUTPUT.matches(w) or ai_made_word(w) for w in words) or made_by_ai(words):
        return False
    return any(c.AUDIT.matches(w) for w in words if w.index > asked[0].index)


def by_a_person(words: Words, position: int) -> bool:
    """A person as the agent of the check ('by a human', 'door een mens'), before or after it."""
    around = words[max(0, position - 4) : position + 6]
    return any(
        w.text in ("by", "door") and any(c.HUMAN_CORE.matches(h) for h in around[p + 1 : p + 3])
        for p, w in enumerate(around)
    )


_EVERYTHING = frozenset("everything alles anything".split())
_USES = frozenset("uses toepassingen applications projects projecten pilots initiatives initiatieven".split())


def _reviewed_use(words: Words, position: int) -> bool:
    """A use, an application or a project as what needs review ('high-risk uses require review', 'nieuwe
    toepassingen vereisen een review'): a procedure for the use, unless what AI made is named in between."""
    before = words[max(0, position - 4) : position]
    for offset, word in enumerate(before):
        cases = word.text == "use" and offset + 1 < len(before) and before[offset + 1].text == "cases"
        if word.text in _USES or cases:
            between = before[offset + 1 :]
            return not any(c.STRONG_OUTPUT.matches(w) or c.OUTPUT.matches(w) for w in between)
    return False


_PASSIVE = ("is", "are", "was", "were", "be", "been", "wordt", "worden")
_FREQUENCY = frozenset(
    "regularly periodically annually yearly also ook regelmatig periodiek jaarlijks continuously continu".split()
)
