"""Sentences that name a decision but set no rule on who takes it, for geen-eindbesluit.

Answering for decisions ('staff remain accountable for decisions they make with AI': guide decision 6),
telling people that AI is used for a decision, what AI could do ('AI has the potential to …'), a policy's
scope, a definition ('Profiling is when …'), AI helping with decisions or helping people decide better, a
negation that forbids a harm rather than AI's part, and a person deciding in a condition ('If we decide
…'). Each keeps the sentences where it is the rule after all: a contrast with AI, a negation, AI limited
to that help ('for decision support only'). :mod:`.decision` asks these readings before it gives a
finding.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.deciders import _ai_limited
from aibeleid_check.meaning.decision_kinds import MACHINES, accountable
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.force import negations
from aibeleid_check.meaning.morph import Word

_INFORM = frozenset(
    """inform informs tell tells notify notifies disclose discloses informeer informeert informeren vertel vertelt
    vertellen meld meldt melden transparent transparant""".split()
)  # (not "informed decisions", "informatie")
_TRANSPARENT = frozenset("transparent transparant".split())
_OPENS = frozenset("if when whenever whether that where how als wanneer dat of hoe waar zodra".split())


def informed_of_use(words: Words, found: list[Word]) -> bool:
    """'Teachers must tell students if AI is used for grading': telling people that AI is used for a decision is
    transparency about the use, not who decides (the use named after the telling and its 'if' / 'dat')."""
    tell = next((w for w in words if w.text in _INFORM), None)
    if tell is None:
        return False
    opens = [w for w in words if w.text in _OPENS and w.index > tell.index]
    if not opens:
        return False
    if any(opens[0].index < n.index < max(w.index for w in found) for n in negations(words)):
        return False  # "Inform the patient if AI was used, and never let it decide on treatment": a rule follows
    used = [w for w in words if c.USE.matches(w) and w.index > opens[0].index]
    open_about = tell.text in _TRANSPARENT  # "be transparent … when decisions are rendered by an AI system"
    return (bool(used) or open_about) and all(w.index > opens[0].index for w in found)


_POTENTIAL = frozenset("potential potentie potentieel".split())


def potential_only(words: Words, found: list[Word]) -> bool:
    """'AI has the potential to speed up the assessment of essays': what AI could do is a capability, not who
    decides (not when a contrast follows: 'AI has the potential to help, but teachers decide')."""
    start = next((w.index for w in words if w.text in _POTENTIAL), None)
    if start is None or any(w.text in _CONTRAST and w.index > start for w in words):
        return False
    if negations(words) or any(w.text in _DUTIES for w in words):
        return False  # "AI has the potential to harm, so it must never decide on admissions"
    return all(w.index > start for w in found)


_DUTIES = frozenset("must moet moeten should shall always altijd".split())
_CONTRAST = frozenset("but maar however echter whereas terwijl yet".split())
_COVERS = frozenset("covers cover applies omvat omvatten betreft geldt".split())


def policy_scope(words: Words, found: list[Word]) -> bool:
    """'It covers AI applications affecting residents, …, including automated decision-making': what a policy
    is about, named as its scope."""
    verb = next((w for w in words[:4] if w.text in _COVERS), None)
    if verb is None or not any(w.text in _POLICY_SUBJECTS for w in words if w.index < verb.index):
        return False  # ("Human oversight applies to all decisions that affect residents" is the rule)
    return all(w.index > verb.index for w in found)


_POLICY_SUBJECTS = frozenset(
    "it this het dit deze policy beleid guidance guideline richtlijn document framework statement scope".split()
)


def is_where(words: Words) -> bool:
    """'Automated decision-making is where a tool is used to …', 'Profiling is when …', '… is wanneer …': a
    definition of a term."""
    return any(
        w.text in ("is", "are", "zijn") and p + 1 < len(words) and words[p + 1].text in _WHERE
        for p, w in enumerate(words[:5])
    )


_WHERE = frozenset("where when wanneer waarbij als".split())


_HARMS = ("advers", "negativ", "unfair", "discrimin", "bias", "harm", "disadvantag", "nadelig", "schade", "schaad",
          "undermin", "ondermijn", "erod", "aantast")  # fmt: skip


def harm_negated(words: Words, negation: Word) -> bool:
    """'to ensure it does not adversely impact …', 'so that it does not introduce bias': the negation forbids a
    harm, not AI's part in the decision."""
    position = words.index(negation)
    return any(w.text.startswith(_HARMS) for w in words[position + 1 : position + 4])


_IF = frozenset("if when whenever once als wanneer indien zodra".split())


def decides_in_condition(words: Words, found: list[Word], humans: list[Word]) -> bool:
    """'If we decide there is news value in sharing clips, we …', 'Als je besluit een tekst te delen, …': a
    person deciding in a condition says when the main clause applies, not who decides."""
    for word in found:
        position = words.index(word)
        before = words[max(0, position - 4) : position]
        if not any(w.text in _IF for w in before) or not any(h in before for h in humans):
            return False
    return True


ANSWERABLE = ("responsib", "accountab", "verantwoordelijk", "eindverantwoordelijk", "aansprakelijk", "answerable")


def answerable_for(words: Words, found: list[Word]) -> bool:
    """'Staff remain accountable for decisions they make with AI', 'de eindverantwoordelijkheid voor
    beslissingen ligt bij de professional': answering for decisions is not deciding them (guide decision 6);
    it is the rule beside a contrast with AI ('…, niet de AI', 'not a machine') or the decision-maker."""
    first = min(w.index for w in found)
    duty = [
        w
        for w in words
        if w.text.startswith(ANSWERABLE)
        and 0 < first - w.index <= 4
        and any(f.text in ("for", "voor") and w.index < f.index < first for f in words)
    ]
    later = [p for p, w in enumerate(words) if w in found and w.index > first + 2]
    if not duty or accountable(words) or any(_decided_again(words, p) for p in later):
        return False  # ("… and decides on hiring", "…, and that decision must reflect their own understanding": a
        # decision of its own after it; a list of what one answers for, "all instructional decisions, assessment
        # judgments, …", is answered for whole)
    if assigned_beside_ai(words):
        return False  # "AI can provide recommendations, but the responsibility for decision-making is our staff's"
    return not (negations(words) and any(c.AI.matches(w) or w.text in MACHINES for w in words))


_RESTARTS = frozenset("that this the these dat die deze dit het de".split())


def _decided_again(words: Words, position: int) -> bool:
    """A decision word after the one answered for that is a verb, or a noun after a determiner of its own."""
    return words[position].text in _DECIDING_VERBS or position > 0 and words[position - 1].text in _RESTARTS


_DECIDING_VERBS = frozenset(
    """decide decides decided deciding determine determines beslist beslis beslissen besluit besluiten bepaalt bepalen
    kiest kiezen choose chooses assess assesses beoordeelt beoordelen grade grades judge judges""".split()
)
_LIMITS = frozenset("only alleen slechts uitsluitend enkel".split())


def assigned_beside_ai(words: Words) -> bool:
    """AI limited to suggesting, against it the responsibility for deciding given to people: 'AI can provide
    recommendations, but the responsibility for decision-making is … staff's', 'AI may only suggest; …'."""
    return _ai_limited(words) and any(w.text in _CONTRAST or w.text in _LIMITS for w in words)


_BETTER = (
    "beter", "betere", "sneller", "efficienter", "better", "faster", "informed", "onderbouwde", "goede", "inform",
    "informeren", "smarter", "slimmere", "quicker",
)  # fmt: skip


_SUPPORT = ("helpt", "helpen", "help", "helps", "ondersteunt", "ondersteunen", "support", "supports", "assist",
            "assists", "voorbereiden", "prepare", "preparing", "bijdragen", "contribute", "inform", "informs")  # fmt: skip
_OBJECT_OF = ("bij", "van", "in", "with", "for", "voor", "to", "aan", "on")


def ai_supported(words: Words, found: list[Word], limited: bool = False) -> bool:
    """'AI helpt ambtenaren bij het voorbereiden van besluiten': AI helps with decisions (nouns after a
    preposition), a mention; not 'AI ondersteunt, de mens beslist' (a verb) nor a negated sentence.
    ``limited``: the sentence limits AI to that support ("for decision support only"), which is the rule."""
    if not limited and negations(words):
        return False
    if not any(w.text in _SUPPORT or w.text.startswith(("support", "ondersteun")) for w in words):
        return False
    return all(any(o.text in _OBJECT_OF for o in words[max(0, words.index(d) - 3) : words.index(d)]) for d in found)


def helps_decide_better(words: Words) -> bool:
    """'AI helpt medewerkers betere besluiten te nemen': helping people decide, a mention, not a rule
    (unless the sentence also says what AI must not do: "AI must only inform, never make, decisions")."""
    better = any(w.text in _BETTER or w.parts and any(f in _BETTER for f in w.forms) for w in words)
    return better and not negations(words)  # ("well-informed", "better-informed": the head is the quality)
