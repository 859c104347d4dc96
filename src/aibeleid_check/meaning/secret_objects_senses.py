"""Other senses of a secret word, for :func:`.secret_objects.secrets`: a purpose clause that protects it, a
duty of confidentiality framed or broken, someone else's property, a proposal under review, where a manuscript goes,
a word that is no phrase of information.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.force import wrong_label_end
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.objects import _DATA_AS_MODIFIER
from aibeleid_check.meaning.objects_words import Words

_TO_AI = frozenset("into to with in naar met onto".split())
_REVIEWING = ("review", "beoordel", "beoordee", "referee", "panel")


def _proposal_under_review(words: Words, position: int) -> bool:
    """A grant proposal or an application someone reviews ('grant proposals', 'proposal information' read by
    reviewers, 'applications under review', 'subsidieaanvragen die je beoordeelt'): a confidential document of the
    funder, as a manuscript under review is the journal's; one's own proposal is no one's secret."""
    word = words[position]
    if word.text.startswith(("proposal", "subsidieaanvra", "aanvraag", "aanvragen")):
        return any(w.text.startswith(_REVIEWING) for w in words) or position > 0 and words[position - 1].text == "grant"
    following = [w.text for w in words[position + 1 : position + 3]]
    return word.text in ("applications", "application") and following == ["under", "review"]


def _to_ai(words: Words, position: int) -> bool:
    """An AI tool named after a preposition after the object ('manuscripts under review to generative AI tools'):
    where a manuscript goes is a tool, not the journal ('Do not submit manuscripts written by AI')."""
    return any(
        w.text in _TO_AI and any(c.names_ai(a) for a in words[p + 1 : p + 4])
        for p, w in enumerate(words)
        if p > position
    )


_QUOTATION = frozenset("false fake fabricated invented made-up up direct exact verzonnen valse nep".split())
_IF = frozenset("if als indien wanneer when provided mits".split())
_FRAMES = frozenset("without outside under within beyond zonder buiten onder binnen volgens conform krachtens".split())
_HAS = frozenset("has have heeft hebben signed getekend afgesloten".split())
_COVERED = frozenset("covered gedekt governed".split())
_CONFIDENTIALITY = ("nda", "nda's", "ndas", "geheimhouding")  # "documents under NDA" are secret: no frame


def _framing(words: Words, position: int) -> bool:
    """An agreement or a contract that frames the rule ('outside of those agreements', 'under the terms of
    our agreement', 'zonder verwerkersovereenkomst', 'AI tools not covered by a contract') rather than
    being what is shared; an NDA still marks what it covers as secret."""
    previous = words[position - 1] if position else words[position]
    if words[position].text.startswith(_CONFIDENTIALITY) or previous.text.startswith(_CONFIDENTIALITY):
        return False
    if c.SECRET_WORDS.matches(previous) or previous.text.startswith("non-disclosure"):
        return False  # "documents under a non-disclosure agreement" are secret
    window = words[max(0, position - 5) : position]
    for at, word in enumerate(window):
        between = window[at + 1 :]
        if any(c.INPUT.matches(w) or c.ENTER.matches(w) for w in between):
            continue  # "without sharing contracts": the act's object
        if word.text in _FRAMES:
            return True
        if word.text in _IF and any(w.text in _HAS for w in (*between, *words[position + 1 : position + 5])):
            return True  # "only use a tool if the school has a contract with the supplier": a condition of the tool
        if word.text in _COVERED and any(
            c.AI.matches(w) for w in words[max(0, position - 9) : position - len(between) - 1]
        ):
            return True  # what the agreement covers is the tool
    return False


def _aim(words: Words, position: int) -> bool:
    """The secret word is what a purpose clause protects, after the act ('… to protect proprietary information')."""
    before = words[max(0, position - 3) : position]
    protect = [w for w in before if w.text.startswith(("protect", "bescherm", "safeguard"))]
    if not protect:
        return False
    at = words.index(protect[0])
    opened = at > 0 and words[at - 1].text in ("to", "and", "om", "en")
    return opened and any(c.INPUT.matches(w) for w in words[:at])


def _violated(words: Words, position: int) -> bool:
    """'doorbreekt het beroepsgeheim', 'breaches confidentiality': the duty broken, not what is shared."""
    return any(w.text.startswith(_BREACH) for w in words[max(0, position - 3) : position]) and not (
        wrong_label_end(words) and wrong_label_end(words) <= position
    )  # ("Privacy Violations: Inputting confidential data …": the label, the data is what goes in)


_BREACH = ("doorbre", "schend", "overtre", "breach", "violat", "breek")


_EXCEPT = frozenset("unless tenzij except behalve mits".split())
_SOMEONE_ELSES = frozenset("another's anothers else's others' people's someone's somebody's anderman's".split())


_RULES_ABOUT = frozenset("beleid policy policies regels rules richtlijnen guidelines".split())
_LAWS_AND_RULES = frozenset("law laws wetgeving recht rechten rights".split()) | _RULES_ABOUT


def _others(words: Words, position: int) -> bool:
    """'intellectual property of others', 'IP-rechten van derden', 'violate intellectual property'."""
    after = {w.text for w in words[position + 2 : position + 5]}
    before = words[max(0, position - 3) : position]
    if any(w.text in _SOMEONE_ELSES for w in before):
        return True  # "another's intellectual property", "someone else's intellectual property"
    if any(w.text in _RULES_ABOUT for w in before):
        return True  # "ons beleid voor intellectueel eigendom": the rules about it (round 26)
    if position + 2 < len(words) and words[position + 2].text in _LAWS_AND_RULES:
        return True  # "intellectual property laws", "the project's intellectual property policies": the law or the
        # rules about it, not property to protect (round 26)
    return bool(after & {"others", "anderen", "derden", "third", "third-party"}) or any(
        w.text.startswith(("violat", "infring", "schend", "inbreuk", "respect", "protect", "bescherm")) for w in before
    )  # ("Protecting Intellectual Property: …": the topic protected, a heading)


_NO_INFORMATION = frozenset(
    "action actions operation operations task tasks decision decisions handeling handelingen beslissing "
    "beslissingen taak taken situation situations situatie situaties".split()
)
_PHRASE_BREAKS = frozenset(
    # words that stand between two noun phrases, never inside one: "the security of the data"
    "the a an of to for by with from at as on in into this that its their our your de het een van voor door met "
    "om te aan bij uit op naar dit dat deze die zijn haar hun ons onze".split()
)
_PROCESS_OWNERS = frozenset("internal interne intern business company our the organisational organizational".split())


def _not_one_phrase(words: Words, modifier: Word, head: Word) -> bool:
    """The modifier and the data word are not one noun phrase: a function word stands between, or the
    data word itself modifies the noun after it ("company data governance")."""
    position = words.index(head)
    if position + 1 < len(words) and words[position + 1].text in _DATA_AS_MODIFIER:
        return True
    return any(modifier.index < w.index < head.index and w.text in _PHRASE_BREAKS for w in words)
