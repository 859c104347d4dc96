"""What does not count as a check, for altijd-controleren: readings of a check-like sentence as another thing.

A review that qualifies a decision ("no final decisions without human review") or relying on AI to decide is
the decision rule; being trained or able to check is a duty to train; a check given to AI as its task ("use
AI to edit reports") is no person's check; trusting as a risk or a state ("relying heavily on AI", "we
cannot yet rely on it") is no rule; a check participle before its noun ("verified sources") describes a
thing; and a check of personal data or secrets is a data check. :mod:`.checking` asks these readings before
it counts a check.

A check that is AI's task is read in :mod:`.check_ai_tasks`; a check of another kind (a procedure to set up, a
tool's review, a practice told, a decision's review) in :mod:`.check_other_checks`.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning import objects, secret_objects
from aibeleid_check.meaning.check_other_checks import procedures_in_place
from aibeleid_check.meaning.decision_documents import written_into
from aibeleid_check.meaning.decision_kinds import affects_people
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.morph import Word

_AUTOMATED = ("automat", "geautomatiseerd")
_UNLESS = ("unless", "tenzij")


def _decided_without(words: Words, check: Word) -> bool:
    """'make final decisions about a person without human review', 'high-stakes decisions … without human
    oversight', 'a decision of the model … unless confirmed by a clinician': the review qualifies a decision, which
    is the decision rule, not a check of output."""
    without = [w for w in words if (c.WITHOUT.matches(w) or w.text in _UNLESS) and 0 < check.index - w.index <= 5]
    if not without:
        return False
    before = [w for w in words if 0 < without[0].index - w.index <= 14]
    decided = [
        w
        for p, w in enumerate(before)
        if (c.DECIDE.matches(w) and not written_into(words, w))
        or c.DECIDE_WEAK.matches(w)
        and (
            p
            and before[p - 1].text.startswith(_AUTOMATED)
            or any(c.DOMAIN_STRICT.matches(o) for o in before[p + 1 : p + 4])
        )
    ]  # ("geen automatische afwijzing zonder menselijke review")
    decided += [w for w in before if affects_people(words, words.index(w))]  # "impacted by it without a human …"
    return bool(decided) and not any(
        c.STRONG_OUTPUT.matches(w) and not c.DOMAIN.matches(w) for w in before if w.index > decided[-1].index
    )  # (what is decided about is no output: "a decision about a benefit claim … unless confirmed")


_CAPACITY = frozenset(
    # being taught or able to check is a duty to train, not the check: "staff are trained to assess AI output"
    """
    trained train training taught teach learn learns leren leert geleerd getraind trainen opgeleid opleiden
    opleiding able capable ability equipped empowered skills skilled vaardigheden vaardig bekwaam staat helps helpt
    functies functie functions features feature mogelijkheid mogelijkheden
    """.split()
)


def _capacity(words: Words, check: Word) -> bool:
    """'Managers ensure that staff are trained to assess AI output critically', 'medewerkers worden in staat
    gesteld de uitkomsten te beoordelen', 'training helps staff to evaluate the output'."""
    if any(w.text in _CAPACITY and 0 < check.index - w.index <= 6 for w in words):
        return True
    return any(  # "dat medewerkers weten hoe ze AI-output kunnen controleren": knowing how, a skill
        w.text in ("weten", "weet", "know", "knows") and n.text in ("hoe", "how") and 0 < check.index - w.index <= 6
        for w, n in zip(words, words[1:], strict=False)
    )


_ONGOING = frozenset("continuously continually periodically ongoing doorlopend continu periodiek voortdurend".split())


def _monitoring(words: Words, check: Word) -> bool:
    """'Continuously monitor and evaluate AI outputs', 'periodically evaluate outputs over time': monitoring a
    system's outputs over time is oversight of the system (guide), not the check before an output is used."""
    near = [w for w in words if abs(w.index - check.index) <= 3 and w is not check]
    if any(w.text in _ONGOING or w.text.startswith(("monitor", "bewaak", "bewaking")) for w in near):
        return True
    texts_ = [w.text for w in words]
    return any(a == "over" and b == "time" for a, b in zip(texts_, texts_[1:], strict=False))


_WHETHER = ("whether", "if", "of", "wie", "who")
_SOMEONE = ("someone", "iemand", "they", "he", "she", "hij", "zij", "ze", "anyone", "iemand")


def _detects_use(words: Words, check: Word) -> bool:
    """'Je kunt niet nagaan of leerlingen ChatGPT gebruikt hebben', 'verify whether students used AI': finding
    out whether people used AI is detecting its use, not checking what it made."""
    position = words.index(check)
    ahead = words[position + 1 : position + 3]
    if not ahead or ahead[0].text not in _WHETHER or ahead[0].text == "of" and check.text.startswith("check"):
        return False
    people = words[position + 2 : position + 5]
    someone = any(c.DOMAIN_STRICT.matches(w) or c.DECIDER.matches(w) or w.text in _SOMEONE for w in people)
    used = [w for w in words[position + 2 :] if c.USE.matches(w) or w.text.startswith(("gebruik", "used"))]
    return someone and bool(used) and any(c.AI.matches(w) for w in words[position + 2 :])


_DEGREE = ("heavily", "overly", "excessively", "too", "much", "te", "teveel", "zwaar", "sterk", "overmatig")


def _factual(words: Words, trust: Word) -> bool:
    """Trusting as a risk or a state, not a rule: a degree ('refrain from relying heavily on AI'), 'het feit
    dat we nog niet blind kunnen vertrouwen', 'we cannot yet rely on it'."""
    near = [w.text for w in words if abs(w.index - trust.index) <= 2]
    if any(t in _DEGREE for t in near) or trust.text.startswith(("overreli", "over-reli")):
        return True
    texts_ = [w.text for w in words]
    fact = any(t in ("feit", "fact") and n in ("dat", "that") for t, n in zip(texts_, texts_[1:], strict=False))
    if (
        trust.index
        and words[words.index(trust) - 1].text in ("be", "worden", "zijn")
        and any(t in ("cannot", "can't", "niet") for t in texts_)
    ):
        fact = fact or any(t in ("as", "because", "since", "omdat", "want", "aangezien") for t in texts_)
    ability = any(t in ("kunnen", "kan", "kunt", "can", "cannot", "can't") for t in texts_)
    position = words.index(trust)
    we_cannot = [w.text for w in words[max(0, position - 2) : position]] in (["we", "cannot"], ["we", "can't"])
    if we_cannot and any(t in ("because", "since") for t in texts_):
        return True  # "We cannot trust the accuracy of the tools' statements, because …": a judgement with its reason
    return fact or ability and any(t in ("nog", "yet") for t in texts_)


def _attributive(words: Words, check: Word) -> bool:
    """A check participle before its noun ('gecontroleerde bronnen', 'verified sources') says what the thing
    is, not that someone must check it."""
    position = words.index(check)
    nxt = words[position + 1] if position + 1 < len(words) else None
    if nxt is None or not c.CHECK.matches(check):
        return False
    if check.text.startswith("ge") and check.text.endswith(("de", "te")):
        return not c.CHECK.matches(nxt)
    return check.text.endswith("ed") and nxt.text in ("sources", "source", "information", "data", "facts", "bronnen")


def _sole_decision(words: Words) -> bool:
    """'Do not rely (solely) on AI to make decisions', '… for decisions about people': the decision rule."""
    if any(c.DECIDE.matches(w) for w in words):
        return True
    return any(c.DECIDE_WEAK.matches(w) for w in words) and any(c.DOMAIN_STRICT.matches(w) for w in words)


def _about_data(words: Words) -> bool:
    return bool(objects.personal_data(words) or secret_objects.secrets(words)[0])


__all__ = ["procedures_in_place"]  # where decision.py imports it from
