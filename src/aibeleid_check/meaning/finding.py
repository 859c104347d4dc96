"""What every rule reader shares: the rule ids, a finding with its evidence, acts, headlines, force rank."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.force import Force, wrong_label_end
from aibeleid_check.meaning.force_facts import _participle
from aibeleid_check.meaning.morph import Word

PERSONAL = "geen-persoonsgegevens"
SECRETS = "geen-bedrijfsgeheimen"
DECISION = "geen-eindbesluit"
CHECKING = "altijd-controleren"
RULE_IDS = (PERSONAL, SECRETS, DECISION, CHECKING)

Words = tuple[Word, ...]
ForceOf = Callable[[Word], tuple[Force, tuple[str, ...]]]


class Finding(NamedTuple):
    """One rule read in one sentence: the words that carried it and the word whose clause gives the force."""

    rule: str
    words: tuple[Word, ...]
    anchor: Word
    force: Force | None = None  # set when the rule itself fixes the force (a limit)


def texts(words: list[Word]) -> tuple[Word, ...]:
    seen: dict[str, Word] = {}
    for word in words:
        seen.setdefault(word.text, word)
    return tuple(seen.values())


_INTO = ("in", "into", "met", "with", "to", "naar", "op", "aan", "via", "onto", "within", "binnen", "from")


def acts(words: Words, exclude: list[Word]) -> list[Word]:
    """What is done with the object: an input verb, or an AI destination after a preposition ("in ChatGPT")."""
    chosen = {w.index for w in exclude}
    acts = []
    for position, word in enumerate(words):
        if word.index in chosen:
            continue
        if c.INPUT.matches(word):
            if word.text not in ("toegang", "access") or any(c.AI.matches(w) for w in words):
                acts.append(word)  # giving AI access to mailboxes is entering them
        elif c.AI.matches(word) and any(w.text in _INTO for w in words[max(0, position - 3) : position]):
            acts.append(word)
        elif c.AI.matches(word) and position + 1 < len(words) and words[position + 1].text == "in":
            acts.append(word)  # "gaat niet de chatbot in"
        elif c.AI.matches(word) and _barred_for(words, position):
            acts.append(word)  # "Client data is off-limits for AI tools", "Klantgegevens zijn taboe voor AI-tools"
    if not acts and len(words) > 2 and words[-1].text in ("in", "op", "door") and words[0].index not in chosen:
        if c.INPUT.matches_forms((words[-1].text + words[0].text,)):
            acts.append(words[0])  # "Voer geen vertrouwelijke, financiële of leerlinginformatie in": the list's commas
    return acts


_BARRED = frozenset("off-limits limits taboe taboo unsuitable ongeschikt ongeschikte".split())


def _barred_for(words: Words, position: int) -> bool:
    """The AI word after 'for' / 'voor' right after a word that bars it ('off-limits for AI tools', 'taboe voor
    AI-tools', 'unsuitable for ChatGPT'): the object is kept from AI, as 'in ChatGPT' puts it there."""
    before = [w.text for w in words[max(0, position - 4) : position]]
    if "for" not in before and "voor" not in before:
        return False
    preposition = max(p for p, text in enumerate(before) if text in ("for", "voor"))
    return any(text in _BARRED for text in before[max(0, preposition - 2) : preposition])


_RANK = {
    Force.PROHIBITION: 0,
    Force.LIMIT: 1,
    Force.OBLIGATION: 2,
    Force.STATEMENT: 3,
    Force.PERMISSION: 4,
    Force.CONDITION: 5,
    Force.QUESTION: 6,
    Force.AIM: 7,
}


def strongest(found: list[Word], force_of: ForceOf) -> Word:
    """Of the words that carry a rule, the one in the clause with the strongest force."""
    return min(found, key=lambda w: _RANK[force_of(w)[0]])


_PRONOUNS = ("je", "jij", "u", "we", "wij", "ze", "zij", "men", "hij", "i", "you", "they", "it", "dit", "dat", "die")
_BARE_VERBS = c.Concept(
    "bare-verb", "laten", "nemen", "overnemen", "letting", "allowing", "making", "relying", raw=True
)


_FINITE = frozenset(
    """is are was were builds build shows show helps help enables enable makes gives means requires creates improves
    supports allows keeps can will may could would should must increases reduces""".split()
)


def headline(words: Words, found: list[Word] | tuple[Word, ...] = ()) -> bool:
    """A bare rule such as a list item: 'Uploading confidential data…', 'Klantgegevens invoeren', 'Een
    eindbesluit laten nemen…' (no subject, a verb as name of the act). A Dutch infinitive phrase puts the
    verb after its object ('Klantgegevens invoeren'); a verb before it is a finite verb with a subject
    ('Gemeenten verwerken persoonsgegevens' describes, it does not forbid)."""
    words = words[wrong_label_end(words) :]
    if not words:
        return False
    first = words[0]
    if first.text.endswith("ing") and _act_verb(first):
        before = min((w.index for w in found), default=words[-1].index + 1)
        return not any(w.text in _FINITE and w.index < before for w in words[1:7])
        # ("Providing this notice builds trust in how AI is affecting decision-making": the gerund is the subject
        # of a finite verb before the rule's words, a statement)
    if first.text == "having":
        made = next((w for w in words[2:5] if _participle(w.text)), None)
        if made is not None and (not found or any(w.index <= made.index for w in found)):
            return True  # "Having applicants selected by Copilot": the causative, as 'Sollicitanten laten selecteren'
        # (not "Having letters summarised; a member of staff decides": the decision is another clause's)
    start = min((w.index for w in found), default=words[0].index)
    for position, word in enumerate(words[:9]):
        if word.text in _PRONOUNS:
            return False
        if word.text.endswith("en") and _act_verb(word) and word.index > start:
            return not (position and words[position - 1].text == "te")
    return False


def _act_verb(word: Word) -> bool:
    """An act that a bare headline can forbid: entering, sharing, copying, letting AI decide; not a neutral
    one ('Using AI with student data', 'Persoonsgegevens verwerken met AI' are section titles)."""
    if c.NEUTRAL_ACT.matches(word):
        return False
    return c.INPUT.matches(word) or _BARE_VERBS.matches(word) or c.COPY.matches(word)


_RISK = c.Concept(
    "risk", "risico", "risicos", "risico's", "risk", "risks", "gevaar", "gevaren", "danger", "dangers", raw=True
)
_RISK_VERB = c.Concept(
    "risk-verb",
    "brengt",
    "brengen",
    "mee",
    "poses",
    "pose",
    "entails",
    "carries",
    "loopt",
    "lopen",
    "run",
    "runs",
    "oplevert",
    "opleveren",
    raw=True,
)
_LEADS = c.Concept("leads", "leidt", "leiden", "lead", "leads", "result", "results", "resulteert", raw=True)


_LEADS_TO = frozenset(("to", "tot", "in"))
_DETERMINERS = frozenset(
    "the a an these those this that its their our your his her any all such de het een deze die onze".split()
)


def _consequence(words: Words, position: int) -> bool:
    """'leidt (vaak) tot fouten', 'can result in a breach', 'resulteert in': a verb of consequence; the noun
    ('Unreleased financial results stay out of AI tools', 'the results of the pilot') is none. *result(s)* and
    *lead(s)* are the verb only before *in* / *to*, and not after a determiner."""
    word = words[position]
    if word.text == "resulteert":
        return True
    if position and words[position - 1].text in _DETERMINERS:
        return False
    reach = 1 if word.text.startswith("result") else 3
    return any(w.text in _LEADS_TO for w in words[position + 1 : position + 1 + reach])


_EXAMPLE_OPENERS = (
    ("examples",), ("for", "example"), ("for", "instance"), ("bijvoorbeeld",), ("denk", "aan"),
    ("denk", "bijvoorbeeld"), ("such", "as"), ("zoals",), ("e", "g"), ("eg",), ("bijv",), ("onder", "andere"),
    ("voorbeelden",),
)  # fmt: skip


def examples(words: Words) -> bool:
    """A sentence that lists examples for the rule before it ("Denk bijvoorbeeld aan…", "Examples include…")."""
    start = tuple(w.text for w in words[:2])
    return any(start[: len(opener)] == opener for opener in _EXAMPLE_OPENERS)


def warns(words: Words) -> bool:
    """A statement of risk ('brengt risico's met zich mee', 'leidt tot fouten'), not a rule."""
    if any(_LEADS.matches(w) and _consequence(words, p) for p, w in enumerate(words)):
        return True
    if any(_RISK.matches(w) for w in words) and any(_RISK_VERB.matches(w) for w in words):
        return True
    return any(_RISK.matches(w) and _there_is(words, p) for p, w in enumerate(words))


_THERE = frozenset("there er".split())
_IS = frozenset("is are exists bestaat zijn".split())


def _there_is(words: Words, position: int) -> bool:
    """'there is a risk that outputs are adopted without review', 'er is een risico dat …': the risk said to exist, a
    statement of risk (round 26)."""
    before = [w.text for w in words[max(0, position - 4) : position]]
    return any(t in _THERE for t in before) and any(t in _IS for t in before)


_DEFINING = c.Concept(
    "defining",
    "means",
    "refers",
    "verwijst",
    "betekent",
    "definition",
    "definitie",
    "defined",
    "gedefinieerd",
    "verstaan",
    "capability",
    "capabilities",
    "vermogen",
    "technologie",
    "technology",
    "technologies",
    "term",
    "begrip",
    raw=True,
)


_CONCESSIVE = frozenset("although though while whilst hoewel ofschoon alhoewel terwijl".split())


def defines(words: Words) -> bool:
    """'AI is the capability of computer systems to…', 'Onder persoonsgegevens verstaan we…': a definition
    ('dit betekent dat…', 'this means that…' restates a rule and is none)."""
    if words and words[0].text in _CONCESSIVE:
        return False  # "Although AI technology is a useful tool, …": a concession, no definition of AI
    if any(w.text in ("betekent", "means") and p + 1 < len(words) and words[p + 1].text in ("dat", "that", "ook", "also")
           for p, w in enumerate(words[:8])):  # fmt: skip
        return False
    return any(_DEFINING.matches(w) for w in words[:8]) and any(
        w.text in ("is", "are", "zijn", "means", "refers", "verwijst", "betekent", "verstaan") for w in words[:8]
    )
