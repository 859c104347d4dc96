"""Which decisions a sentence names for geen-eindbesluit: a decision verb about people, one done by a machine
alone, requests approved or rejected, selection processes AI is used for, and who is accountable."""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.morph import Word

Words = tuple[Word, ...]


MACHINES = ("computer", "computers", "machine", "machines")  # "een computer heeft nooit het laatste woord"


def decision_verb(words: Words, position: int) -> bool:
    """'to grade student work', 'be disciplined': the verb of a decision about people (not 'grades')."""
    previous = words[position - 1].text if position else ""
    return words[position].text in ("grade", "graded", "disciplined", "dismissed", "fired") and previous in (
        "to", "be", "been", "not", "never", "may", "must", "can", "cannot", "should", "is", "are",
    )  # fmt: skip


_AUTOMATED = (
    "automated",
    "geautomatiseerde",
    "geautomatiseerd",
    "automatic",
    "automatische",
    "automatisch",
    "automatically",
)


def by_machine(words: Words, position: int) -> bool:
    """A judging word done by a machine: right after 'automated', or with AI and 'alone/solely' beside it."""
    if position and words[position - 1].text in _AUTOMATED:
        return True
    near = words[max(0, position - 3) : position + 5]
    return any(w.text in ("alone", "solely", "zelfstandig", "autonomously") for w in near) and any(
        c.AI.matches(w) for w in near
    )


def requests(words: Words, position: int) -> list[Word]:
    """'approve or reject applications', 'deny requests': what people ask for, not software ('AI applications')."""
    found: list[Word] = []
    if words[position].text.endswith("ed"):
        return found  # "approved applications" are apps on a list
    for offset, word in enumerate(words[position + 1 : position + 5], start=position + 1):
        if word.text in ("applications", "application", "requests", "claims", "appeals"):
            before = words[offset - 1]
            if not (c.AI.matches(before) or c.TOOLISH.matches(before) or before.text.endswith("ed")):
                found.append(word)
    return found


def names_people(words: Words, position: int) -> bool:
    nxt = words[position + 1] if position + 1 < len(words) else None
    return nxt is not None and (c.DECIDER.matches(nxt) or c.HUMAN.matches(nxt)) and not c.DECIDE.matches(nxt)


def accountable(words: Words) -> bool:
    """'Where AI supports decisions, accountability remains with the decision-maker': who decides is named."""
    return any(w.text.startswith(("accountab", "verantwoordelijk", "eindverantwoordelijk")) for w in words) and any(
        c.DECIDER.matches(w) and w.text.startswith(("decision-maker", "beslisser")) for w in words
    )


ORG_MATTERS = frozenset(
    "budget budgets begroting strategy strategie beleid policy policies purchase aanschaf inkoop procurement".split()
)


def decided_by_use(words: Words, position: int) -> bool:
    """A selection process named as what AI is used for: the decisions in it (admissions, recruitment,
    performance reviews)."""
    word = words[position]
    process = (
        c.SELECTION.matches(word)
        or word.text.startswith(("review", "rating", "appraisal", "evaluation"))
        and position
        and words[position - 1].text in ("performance", "staff", "employee")
    )
    if not process:
        return False
    before = words[max(0, position - 3) : position]
    used = [p for p, w in enumerate(words) if c.USE.matches(w) and not (p and words[p - 1].text in ("het", "the"))]
    return (
        bool(used)
        and any(w.text in ("for", "voor", "bij", "in", "tijdens", "during") for w in before)
        and any(c.AI.matches(w) for w in words)
    )
