"""Which rule list a text's own words put it in, when no heading says: a prohibition by its first words
("Never …", "Deel geen …", the Dutch "… deel je nooit …"), a duty ("Always check …", "… controleer je zelf"),
a permission ("You may use …", "Je mag …", "Laat AI gerust …"); the answer to a yes/no question by its first
word; the items under "Golden rules" and under "What we do". Pure functions of text, used by
:mod:`aibeleid_check.source.structure`."""

from __future__ import annotations

import re

from aibeleid_check.source import labels
from aibeleid_check.source.negation import NEGATED

_DUTY_OPENERS = frozenset("always altijd check controleer lees read verify review anonymise anonimiseer".split())


def rule_by_first_words(text: str) -> bool:
    """ "Never type a resident's name …", "Always check anything AI writes …", "You may use AI to draft …", and
    the Dutch rule whose verb and negation follow its object ("Inkoopprijzen … deel je nooit met een AI-tool",
    "Alles wat AI schrijft, lees en controleer je zelf"): a rule, not a note."""
    first = text.lower().split()[:1]
    return (
        forbids(text)
        or bool(first)
        and first[0].strip(",.:") in _DUTY_OPENERS
        or bool(PERMISSION.match(text) or _INVERTED_DUTY.search(text))
    )


_SUBJECT_AND_COLON = re.compile(r"^[^:.;!?]{3,160}:\s+(?=\S)")


def rule_after_colon(text: str) -> str:
    """The rule after a subject and its colon ("Our recipes, supplier prices … stay confidential: never share them
    with an AI tool."), by its first words; "" when there is none."""
    subject = _SUBJECT_AND_COLON.match(text)
    rest = text[subject.end() :] if subject else ""
    return rest if rest and rule_by_first_words(rest) else ""


def forbids(text: str) -> bool:
    return labels.says_not(text) or bool(_INVERTED_NOT.search(text))


_KEEP_OUT = re.compile(
    r"^(?:keep|houd|hou)\b[^.;!?]{0,160}?\b(?:out\s+of|away\s+from|buiten|weg\s+(?:uit|bij))\b"
    r"|^[^.;:?!]{3,100}?\b(?:houd|hou|houden)\s+(?:je|jij|u|we|wij)\s+(?:\w+\s+)?(?:erbuiten|buiten)\b",
    re.IGNORECASE,
)
"""What stays out of AI: "Keep client artwork … out of AI tools", and in Dutch with the object first ("Onze recepten
en inkoopprijzen houd je erbuiten")."""
_INVERTED_NOT = re.compile(
    r"^[^.;:?!]{0,100}?\b\w+\s+(?:je|jij|u|we|wij|er|ze)\s+(?:\w+\s+)?(?:nooit|niet|geen)\b(?!\s+(?:alleen|meer\s+dan))",
    re.IGNORECASE,
)
"""A Dutch clause whose verb and negation come after its object ("… deel je nooit met een AI-tool", "… gaan er
niet in"); not "niet alleen" ("not only")."""
_INVERTED_DUTY = re.compile(r"^[^.;:?!]{0,100}?\b(?:controleer|check|lees|verifieer)\s+(?:je|jij|u)\b", re.IGNORECASE)


PERMISSION = re.compile(
    r"^(?:you\s+(?:may|can|are\s+(?:allowed|welcome|free)\s+to)|feel\s+free\s+to|je\s+(?:mag|mogen|kunt|kan)"
    r"|u\s+(?:mag|kunt|kan)|jullie\s+(?:mogen|kunnen)|you\s+(?:can|may)\s+all|(?:\S+\s+){1,2}gerust)\b",
    re.IGNORECASE,
)
"""The first words of an item that allows ("You may use …", "Je mag AI vragen …", "Laat AI gerust …"); after
``says_not``, which takes "You may not …" and "Je mag nooit …"."""


_ALLOWS = re.compile(
    r"^(?:you\s+may\s+(?:also\s+)?|you\s+are\s+(?:also\s+)?(?:allowed|welcome|free)\s+to\s+|je\s+mag\s+(?:ook\s+)?"
    r"|u\s+mag\s+(?:ook\s+)?)(?:use|ask|let|have|gebruiken|vragen|laten|ai|chatgpt|copilot|[A-Z]\w+)\b",
    re.IGNORECASE,
)
"""A paragraph that allows by its first words ("You may use DeepL Pro for …", "Je mag AI vragen …"), as an
item does; "You can find …" is no permission."""
_AI_OR_TOOL = re.compile(
    r"\bAI\b|\bA\.I\.|\b(?:chatgpt|copilot|deepl|gemini|claude|mistral|chatbots?|tools?|ai-tools?|generative)\b",
    re.IGNORECASE,
)


def about_ai(text: str) -> bool:
    """The text names AI or an AI tool ("… decided by me or Yara, not by AI", "Copilot")."""
    return _AI_OR_TOOL.search(text) is not None


def allows(text: str) -> bool:
    """A paragraph that allows a use of AI by its first words ("You may use DeepL Pro for a first draft. You may
    also use AI to …"); not "You may use this template as you like", which names no AI, nor "You may not …"."""
    return bool(_ALLOWS.match(text) and _AI_OR_TOOL.search(text)) and not forbids(text)


_YES_NO = re.compile(
    r"^(?P<word>yes|ja|no|nee|ook\s+niet|evenmin|also\s+not|neither)\b(?P<mark>[.!,:;]?)\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
"""The first word of an answer to a yes/no question, and a "no" to a question that follows another ("En onze
inkoopprijzen?" "Ook niet. …")."""


YES_IN_WORDS = re.compile(
    r"^(?:it\s+is|it\s+was|it's|it\s+can\s+be|that's\s+fine|that\s+is\s+fine|of\s+course|sure|certainly|definitely"
    r"|dat\s+mag|het\s+mag|dat\s+kan|het\s+kan|dat\s+is\s+prima|zeker|natuurlijk|jazeker)"
    r"(?:\s*[,:;.!]|\s+(?:fine|ok|okay|allowed|prima|goed|toegestaan)\b)",
    re.IGNORECASE,
)
"""A yes in words, after a question whether AI is OK ("It is, for the right things: drafting emails … are all
fine.", "Dat mag, voor …"), or after the "Ja," of an answer ("Ja, dat mag, zolang …"), the yes closed by its
punctuation ("It is a question we …" is none)."""


def answer_kind(text: str, *, of_ai: bool = False) -> tuple[str, str] | None:
    """The list an answer to "May I …?" belongs to, by its first word, and the answer's own text: "Yes. You may
    use AI to …" allows, "No. Never enter patient names …" / "Nee. Vertrouwelijke klantdocumenten deel je niet
    …" forbids; ``None`` for a "No" whose sentence forbids nothing ("Nee. Elke vertaling wordt nagelezen …") and
    an answer without a yes or no, which stay text read by their meaning."""
    found = _YES_NO.match(text)
    rest = found.group("rest").strip() if found else ""
    if found is None or not rest:
        return None
    saying = rest if found.group("mark") in (".", "!") or _says_it_all(rest) else text  # ("Ja, maar alleen …":
    # the whole answer)
    saying = saying[:1].upper() + saying[1:]  # "Nee, lees hem eerst zelf na …" -> "Lees hem eerst zelf na …"
    yes = found.group("word").lower() in ("yes", "ja")
    if labels.says_not(rest) or not yes and NEGATED.search(rest):
        return "mag_niet", saying
    if yes and YES_IN_WORDS.match(rest):
        return "mag", saying  # "Ja, dat mag, zolang er geen namen in staan.": a yes on its condition
    if yes:
        return ("moet" if rule_by_first_words(rest) and not PERMISSION.match(rest) else "mag"), saying
    if of_ai and not rule_by_first_words(rest):
        return "mag_niet", saying  # "Can AI decide …?" "No. A person decides.": what it asks is forbidden
    if _KEPT_OUT.search(rest):
        return "mag_niet", saying  # "No. Our purchase prices are confidential and stay out of AI tools."
    if rule_by_first_words(rest) and not PERMISSION.match(rest):
        return "moet", saying  # "No. Always read and check what AI gives you …": the duty instead
    return None


def _says_it_all(rest: str) -> bool:
    """What follows "Nee," / "Yes," is a rule by its own first words ("Nee, lees hem eerst zelf na …", "No, never
    enter patient names"), so the A4 prints that rule; not one that leans on the question ("Ja, als concept.",
    "Nee, dat mag niet")."""
    return rule_by_first_words(rest) and not _REFERS_BACK.search(rest)


def about_answer_kind(text: str) -> tuple[str, str] | None:
    """The answer to a question about a thing ("What about our code and roadmap?" "Our source code … are
    confidential. Don't paste them into any AI tool."), which names no yes or no: a prohibition when one of its
    sentences forbids or keeps the thing out, a permission or a duty by its first words; ``None`` for an answer
    that says none of these ("We organise a session in March."), which stays text read by its meaning."""
    answered = answer_kind(text)
    if answered is not None:
        return answered  # "Ook niet. …", "Nee. …"
    sentences = [part for part in re.split(r"(?<=[.!?])\s+", text.strip()) if part]
    if any(_forbids_in_answer(sentence) for sentence in sentences) or _KEPT_OUT.search(text):
        return "mag_niet", text.strip()
    if PERMISSION.match(text):
        return "mag", text.strip()
    if rule_by_first_words(text):
        return "moet", text.strip()
    return None


def _forbids_in_answer(sentence: str) -> bool:
    """A sentence of an answer that forbids: an order that opens with its negation ("Don't paste them …", "Nooit
    …"), a Dutch verb and negation after the object ("Die deel je nooit met AI"), or "must not", "gaan niet in"; not
    a statement that says what is not so ("Het is daardoor niet toegankelijk voor externe partijen.")."""
    return labels.says_not(" ".join(sentence.split()[:2])) or _forbids_after_subject(sentence)


def _forbids_after_subject(text: str) -> bool:
    """A rule whose subject comes first and whose negation after it ("… deel je nooit", "… must not be shared",
    "Offertes … gaan niet in een AI-tool")."""
    return bool(_INVERTED_NOT.search(text) or _FORBIDS_LATER.search(text) or _GOES_NOT_IN.search(text))


_GOES_NOT_IN = re.compile(
    r"\b(?:gaat|gaan|go|goes)\s+(?:er\s+)?(?:nooit|niet|never|not)\s+(?:in|into)\b", re.IGNORECASE
)


_ASKED_WHETHER = re.compile(
    r"\b(?:asked|wondered|wanted\s+to\s+know|vroegen|vroeg|vroegen\s+zich\s+af|wilden\s+weten|wil(?:de)?\s+weten)"
    r"\s+(?:(?:me|mij|us|ons|zich|het\s+bestuur|the\s+board)\s+)?(?:af\s+)?(?:whether|if|of)\s+(?P<asked>[^.?!]+)",
    re.IGNORECASE,
)
_MAY_WORDS = re.compile(
    r"\b(?:ok|okay|oké|oke|fine|allowed|permitted|can|could|may|mag|mogen|kan|kunnen|toegestaan|prima|goed)\b",
    re.IGNORECASE,
)


def asked_permission(sentence: str) -> bool:
    """A sentence that reports a question whether AI may be used ("A few of you asked whether AI is OK for club
    work.", "Een paar van jullie vroegen of AI mag voor het clubwerk."), which the next sentence answers ("Yes, for
    newsletters …"); not a question about anything else ("… asked whether we will pay for the licences")."""
    found = _ASKED_WHETHER.search(sentence)
    return found is not None and bool(
        _AI_OR_TOOL.search(found.group("asked")) and _MAY_WORDS.search(found.group("asked"))
    )


_KEPT_OUT = re.compile(
    r"\b(?:confidential|off[\s-]limits|not\s+(?:allowed|permitted)|vertrouwelijk|verboden|niet\s+toegestaan)\b"
    r"|\b(?:stays?|remains?|kept|blijft|blijven)\s+(?:\w+\s+)?(?:out\s+of|outside|buiten)\b",
    re.IGNORECASE,
)
"""A "No" answer whose sentence calls what it is about confidential or forbidden, or keeps it out ("No.
Contracts … stay out of AI tools."), without a 'not' of its own: it forbids, and the item under DIT NIET is
counted by its meaning (a kept-out item says the rule itself)."""


def group_item_kind(text: str) -> str:
    """An item right under "Regels" or "Golden rules": its permissions' own label ("Wel handig voor: …"), a
    prohibition by its first words, a permission ("You may use image generators …"), any other rule a duty."""
    head = text.partition(":")[0] if ":" in text[:40] else ""
    if head and labels.classify(head, heading=True) == "mag":
        return "mag"  # "Wel handig voor: het herschrijven van …": the list's permissions
    if labels.says_not(text) or _KEEP_OUT.match(text) or forbids(rule_after_colon(text)):
        return "mag_niet"  # ("Keep client artwork … out of AI tools": what stays out is forbidden to put in)
    if PERMISSION.match(text) or _USE_FOR.match(text):  # "You may use image generators …", "Laat AI gerust …"
        return "mag"  # ("Use AI for drafts of newsletters …": an imperative that permits a use, not a duty)
    if text.lower().split()[:1] in (["we"], ["wij"]):
        return what_we_do_kind(text)  # "We use AI to …" under "Onze afspraken": what we do, check or never do
    if rule_by_first_words(text) and not forbids(text):
        return "moet"  # "Check every AI answer, and never publish it unchecked.": the duty comes first
    return "mag_niet" if _forbids_after_subject(text) else "moet"  # ("Offertes … gaan niet in een AI-tool.": kept out)


_FORBIDS_LATER = re.compile(
    r"\b(?:must|may|shall|should|can)\s+not\b|\bmogen\s+niet\b|\bmag\s+niet\b"
    r"|,\s*(?:never|nooit)\s+(?:by|door)\s+(?:AI|een\s+AI-tool|an?\s+AI\s+tool)\b",
    re.IGNORECASE,
)
"""A rule whose subject comes first and that forbids after it ("Client contracts … must not be shared with AI
tools", "Klantcontracten mogen niet in een AI-tool", "Decisions … are made by a person, never by AI")."""


_USE_FOR = re.compile(
    r"^(?:[Uu]se|[Gg]ebruik)\s+(?:AI|A\.I\.|ChatGPT|Copilot|DeepL|Gemini|Claude|it|het|[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2})"
    r"\s+(?:for|to|voor|om|bij)\b",
)
"""An imperative that permits a use ("Use AI for drafts …", "Gebruik Copilot om …"); "Use only the approved
tools" and "Gebruik alleen …" name no use and stay duties."""


def what_we_do_kind(text: str) -> str:
    """An item under "What we do" / "Wat wij doen", the counterpart of "What we never do": what we do with AI
    (a permission), what we always do or check ("We always read and check an AI text …", "Wij lezen en
    controleren elk stuk tekst …": a duty), or, by its first words, what we never do."""
    words = [word.strip(",.:;") for word in text.lower().split()[:5]]
    if labels.says_not(text) or _INVERTED_NOT.search(text) and not PERMISSION.match(text):
        return "mag_niet"
    if rule_by_first_words(text) and not PERMISSION.match(text) or "always" in words[:3] or "altijd" in words[:3]:
        return "moet"
    if words[:1] in (["we"], ["wij"]) and _CHECK_VERBS & set(words[1:4]):
        return "moet"
    return "mag"


def do_item_kind(text: str) -> str:
    """An item in the Do column of a "Do | Don't" table, a column that holds both what may be done and what
    must: a duty by its first words ("Always read and check AI output …", "Controleer elk antwoord …") or a
    Dutch infinitive that always checks in its first clause ("Vertalingen van AI altijd zelf controleren
    voordat …") goes to ALTIJD; any other is a permission ("Lesideeën laten bedenken, die je daarna altijd
    zelf nakijkt": the check is a condition of the use)."""
    if forbids(text) or PERMISSION.match(text) or _USE_FOR.match(text):
        return "mag"  # (what a Don't would say in the Do column stays the author's)
    if rule_by_first_words(text) or _ALWAYS_CHECKING.match(text):
        return "moet"
    return "mag"


_ALWAYS_CHECKING = re.compile(
    r"^[^,:;.]*\b(?:altijd|always)\b[^,:;.]*\b(?:controleren|nakijken|nalezen|checken|verifiëren|lezen|check|verify)\b",
    re.IGNORECASE,
)


_CHECK_VERBS = frozenset("check checks verify review controleren controleer lezen lees read nakijken".split())


_PROVISION_NOT = re.compile(
    r"\b(?:verboden|prohibited|forbidden|not\s+(?:permitted|allowed)|niet\s+toegestaan|shall\s+not|may\s+not|must\s+not"
    r"|mag\s+niet|mogen\s+niet|never|nooit)\b"
    r"|\b(?:wordt|worden)\s+(?:[^\s,.;]+\s+){0,2}?niet\b|\b(?:is|are|will|shall)\s+not\s+(?:be\s+)?\w+ed\b",
    re.IGNORECASE,
)
"""What a regulation's sentence forbids, also in the passive ("… worden niet met AI-tools gedeeld", "Client files are
not shared with AI tools")."""
_PROVISION_DUTY = re.compile(
    r"\b(?:always|altijd|shall|must|is\s+required|are\s+required|moet|moeten|dient|dienen|verplicht)\b", re.IGNORECASE
)
_PROVISION_MAY = re.compile(
    r"\b(?:may\s+be\s+used|can\s+be\s+used|is\s+permitted|are\s+permitted|is\s+allowed|are\s+allowed"
    r"|mag\s+worden\s+gebruikt|mogen\s+worden\s+gebruikt|kunnen\s+worden\s+gebruikt|toegestaan)\b",
    re.IGNORECASE,
)


_ABOUT_ITSELF = re.compile(
    r"^(?:\d{1,2}[.)]\s+)?(?:this|these|dit|deze)\s+(?:regulation|regulations|policy|rules|reglement|regeling|beleid|regels)\b",
    re.IGNORECASE,
)


def provision_kind(text: str) -> str | None:
    """The rule list a regulation's sentence about AI belongs to, under an article on a topic of its own
    ("Artikel 3 – Gebruik van gegevens"): what it forbids ("Het is verboden …", "Employees shall not …"),
    requires ("… are always taken by a person") or allows ("AI-tools mogen worden gebruikt voor …"); ``None``
    for a sentence about no AI ("Een klacht dien je in bij de directie.") or one that does none of these."""
    if not _AI_OR_TOOL.search(text) or _ABOUT_ITSELF.match(text):
        return None  # ("This regulation shall be evaluated every year …": about the regulation, no rule)
    if forbids(text) or _PROVISION_NOT.search(text):
        return "mag_niet"
    if _PROVISION_DUTY.search(text):
        return "moet"
    return "mag" if _PROVISION_MAY.search(text) or allows(text) else None


_REFERS_BACK = re.compile(
    r"\b(?:that|this|those|such|die|deze|dat|dit|zulke|zo'n|zo’n)\s+"
    r"(?:decision|decisions|beslissing|beslissingen|besluit|besluiten|keuze|keuzes|choice|choices|call)\b"
    r"|^(?:dat|dit|that|this|it)\s+(?:mag|kan|is|may|can|must|moet)\b",
    re.IGNORECASE,
)


def leans_on_question(answer: str, saying: str, *, about: bool = False, kind: str = "") -> bool:
    """An answer that does not say on its own what it allows or forbids, so that the A4 needs its question:
    one that keeps its yes or no in its sentence ("Ja, als concept.", "Yes, for public information …"), or
    refers back to what was asked ("No. A payroll administrator always takes that decision.", "No. Such decisions
    are always taken by people.", "Ja, dat mag"). The answer to a question about a thing names no yes or no; it
    leans on the question when it opens with a word for the thing asked about ("Die deel je nooit met AI."). A
    "No" that calls what was asked someone's decisions ("Assigning jobs … are decisions made by the project
    managers.") leans on its question too ("Nee. Over terugbetalingen beslist altijd een mens." does not)."""
    if about:
        return bool(_POINTS_BACK.match(saying))
    if kind == "mag_niet" and _DECISIONS_OF.search(saying) and not NEGATED.search(saying):
        return True  # "Can AI decide …?" "No. Assigning jobs … are decisions made by the project managers.": alone,
        # the A4 would read as if the managers' deciding were forbidden
    return saying == answer or bool(_REFERS_BACK.search(saying))


_DECISIONS_OF = re.compile(
    r"\b(?:is|are|zijn|is\s+en\s+blijft|blijven)\s+(?:a\s+|een\s+)?(?:decisions?|calls?|beslissingen|beslissing|besluiten)"
    r"\s+(?:(?:made|taken)\s+by|for|of|van|voor|die\s+\w+\s+(?:nemen|neemt))\b",
    re.IGNORECASE,
)
"""An answer that calls what was asked someone's decisions ("Assigning jobs and quoting prices are decisions made
by the project managers.", "… zijn beslissingen van de projectleiders"): it names no rule without its question."""


_POINTS_BACK = re.compile(
    r"^(?:die|dat|deze|dit|ze|zij|those|these|they|them|that|this|it|same)\b|^(?:ook|also)\s+(?:die|dat|those|that)\b",
    re.IGNORECASE,
)
