"""The words a document uses for the parts of a policy: headings, bold labels and tool-table headers.

Shared by the Word and Markdown readers (through :mod:`aibeleid_check.source.structure`), by ``detect``
(is this Markdown file a policy?) and by the document writers (which write the first label of each).
Labels are compared after :func:`norm`: lower case, no emphasis marks, ✓/✗, trailing colon or full stop.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from aibeleid_check.source.label_words import (
    CONTACT_PARTS,
    CONTAINERS,
    IGNORED,
    INTRO,
    PAIRED_LIST_WORDS,
    PROVISION_TOPICS,
    RULE_GROUPS,
    SECTIONS,
    SHOWN,
    SHOWN_EN,
    TOOL_COLUMNS,
    TOOL_HEADERS,
    TOOL_HEADERS_EN,
    WE_DO,
)
from aibeleid_check.source.negation import NEGATED, NEGATION_WORDS
from aibeleid_check.template import FIELD_QUESTIONS, RULES_BY_ID

__all__ = [
    "CONTACT_PARTS",
    "CONTAINERS",
    "IGNORED",
    "INTRO",
    "RULE_GROUPS",
    "SECTIONS",
    "SHOWN",
    "SHOWN_EN",
    "TOOL_COLUMNS",
    "TOOL_HEADERS",
    "TOOL_HEADERS_EN",
    "classify",
    "glued",
    "is_prompt",
    "asks_whether",
    "asks_about",
    "asks_of_ai",
    "item_text",
    "near_miss",
    "nearest",
    "norm",
    "says_policy",
    "template_rule_id",
    "template_rule_lead",
    "tool_column",
]

_LOOKUP = {label: key for key, labels in SECTIONS.items() for label in labels}
_STRIP = re.compile(r"^[\s✓✗✔✘☐☑•*_#>\-–—]+|[\s*_:.;,]+$")
_PROMPTS = frozenset(" ".join(m.text(lang).lower().split()) for m in FIELD_QUESTIONS.values() for lang in ("nl", "en"))
_TEMPLATE_TEXTS = {
    " ".join(rule.text.text(lang).lower().split()).rstrip("."): rule.id
    for rule in RULES_BY_ID.values()
    for lang in ("nl", "en")
}
# Stems found anywhere in a file name or a first heading ("aibeleid.docx", "Guidelines"), not
# label_words.TITLE_NOUNS: "regels", "afspraken", "protocol" in a name ("huisregels.md") do not make a file a policy.
_POLICY_WORD = re.compile(r"beleid|policy|richtlijn|guideline", re.IGNORECASE)


def norm(text: str) -> str:
    """A label as compared: one line, lower case, without ✓/✗, emphasis marks, a symbol in front ("🟢 Green",
    "✅ Wel") or a trailing colon."""
    key = _STRIP.sub("", " ".join(text.replace("’", "'").split()).lower())
    return _without_symbols(key) if key[:1] and not key[0].isalnum() else key


_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Mn", "Cf"})
"""An emoji or other symbol, its variation selector (U+FE0F) and joiner (U+200D)."""


def _without_symbols(key: str) -> str:
    start = 0
    while start < len(key) and (unicodedata.category(key[start]) in _SYMBOL_CATEGORIES or key[start].isspace()):
        start += 1
    return _STRIP.sub("", key[start:])


_BULLET = re.compile(r"^[\s✓✗✔✘☐☑•·▪*\-–—]+")


def item_text(text: str) -> str:
    """A list item's text without its bullet or ✓/✗ mark (what the template puts before each rule)."""
    return _BULLET.sub("", " ".join(text.split()))


def classify(text: str, *, heading: bool = False) -> str | None:
    """The section or field a heading or label opens, ``"~ignore"``, ``"~container"``, ``"~rules"``,
    ``"~intro"``, or ``None``.

    For a ``heading`` (a document heading, or a bold label on a line of its own) a page's own numbering and
    an aside in brackets are not part of the label ("4. Prohibited use (includes, but is not limited to)"),
    and a short heading no list names that still says what its list is ("Strikt verboden gebruik", "Wat
    mag niet?", "Appropriate use of AI") opens that rule list. A sentence in a paragraph never does: "Do
    not paste client data." is a rule, not a heading."""
    key = norm(text)
    found = _classify(key)
    if found is not None or not heading:
        return found
    bare = _ASIDE.sub("", _NUMBERING.sub("", key)).strip().rstrip("?!").strip()
    found = (_classify(bare) if bare != key else None) or _rule_list_by_words(bare, asks=key.endswith("?"))
    found = found or PAIRED_LIST_WORDS.get(bare)  # "## Wel" over its items, "## Niet"
    if found is None and key.endswith("?") and bare.split()[:1] in (["why"], ["waarom"]):
        return "~intro"  # "Slide 1 – Why this deck?", "Waarom deze slides?": the writer's reasons ("Why we use
        # AI" stays unknown)
    if found is None and _CHAPTER.match(key):
        return "~container"  # "Hoofdstuk 7 – Gebruik van AI-tools": a chapter holds the sections
    if found in (None, "~container") and _ARTICLE.match(key):
        return "~article"  # "Artikel 3 – Gebruik van gegevens", "Artikel 3 – Gegevens" (the data it is about, not
        # the fields' container): a regulation's provision, its sentences its rules
    return found


FIELD_TARGETS = frozenset(
    {"goedgekeurde_tools", "aanspreekpunt", "geldt_voor", "ingangsdatum", "herzieningsdatum", "versie", "organisatie"}
)
"""The fields a label gives with its value beside it (not the rule lists): in a fields table's row, after a dash."""
_PLAIN_FIELDS = frozenset({"aanspreekpunt", "geldt_voor"})
"""The fields a plain "Label: value" line may name as a heading would ("Contact for doubts: Rhys …", "Who to ask:
Sanne …"); a rule list or a date never: "Never: …" and "Review: every AI text" are sentences."""


def classify_plain(text: str) -> str | None:
    """The section or field a plain label (no bold) opens before its value: a label the tables name, or a
    contact or scope named as a heading would name it."""
    found = classify(text)
    if found is not None:
        return found
    if "," in text or any(word[:1].isupper() and not word.isupper() for word in text.split()[1:]):
        return None  # "Tell Rhys if you are unsure: rhys@…", "If unsure, contact: …": a sentence, not a label
    as_heading = classify(text, heading=True)
    return as_heading if as_heading in _PLAIN_FIELDS else None


_CHAPTER = re.compile(r"^(?:hoofdstuk|chapter)\s*\d+\b", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:artikel|article|art\.)\s*\d+\b", re.IGNORECASE)


_NUMBERING = re.compile(
    r"^(?:(?:artikel|article|art\.|hoofdstuk|chapter|section|sectie|paragraaf|§|slide|dia|sheet)\s*\d+(?:\.\d+)*[.:)]?\s*[-–—:]?"
    r"|\d+(?:\.\d+)*[.)]?|[a-z][.)]|[ivx]+[.)])\s+",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\s*\([^)]*\)$")
_LIST_WORDS = (  # the first that a heading holds decides: a prohibition's words hold a permission's
    ("mag_niet", ("niet toegestaan", "not allowed", "not permitted", "verboden", "prohibited", "forbidden")),
    ("mag_niet", ("none of you", "none of us", "no one", "nobody", "niemand", "geen van jullie", "geen van ons")),
    ("mag_niet", ("unacceptable", "don't", "do not", "niet doen", "never", "nooit", "not to do", "avoid")),
    ("mag_niet", ("mag niet", "mag je niet", "niet mag", "mogen niet", "niet mogen", "doen we niet", "must not")),
    ("mag_niet", ("cannot be used", "can't be used", "should not be used", "must not be used", "not be used")),
    ("mag_niet", ("cannot use", "can't use", "can not use")),
    ("mag_niet", ("not use", "niet voor", "niet gebruiken", "ai niet", "not ok", "niet ok", "niet oke", "no-go")),
    ("mag_niet", ("no-go's", "no go", "off-limits", "off limits", "red light", "rood licht", "taboe", "taboo")),
    ("mag_niet", ("niet mee", "not help", "doesn't help", "does not help")),
    ("mag", ("toegestaan", "permitted", "allowed", "allowable", "acceptable", "appropriate use", "wel doen")),
    ("mag", ("wel kunnen", "jullie wel", "go ahead", "ga je gang", "you can all", "you may all")),
    ("mag", ("toegestane", "handig voor", "wel handig", "useful for", "good for", "handy for")),
    ("mag", ("mag wel", "mag je wel", "wel mag", "mogen wel", "you may", "you can", "can be used", "kan worden")),
    ("mag", ("ok", "oke", "okay", "fine", "green light", "groen licht", "good uses", "voor gebruiken", "ai wel")),
    (
        "mag",
        ("waarvoor mag", "mag je ai", "use ai for", "gebruik je ai", "wel kunt", "wel kan", "je kunt", "kun je ai"),
    ),
    (
        "mag",
        ("waarvoor gebruiken", "what we use ai for", "ai ons", "ai helpt", "ai helps", "ai can help", "ai kan helpen"),
    ),
    ("mag", ("voor mag gebruiken", "voor mogen gebruiken", "voor kunt gebruiken", "voor kunnen gebruiken")),
    ("moet", ("checking output", "check the output", "output checks", "controle van output", "controle van de output")),
    ("moet", ("verplicht", "requirements", "obligations", "verplichtingen", "altijd", "always")),
    ("moet", ("responsibilities", "verantwoordelijkheden", "your duties", "jouw plichten", "je plichten")),
    ("moet", ("must do", "must always", "have to do", "moeten doen", "moet doen", "moeten altijd", "moet altijd")),
)
_FIELD_WORDS = (  # a short heading that asks or names a field, not in the label tables word for word
    ("aanspreekpunt", ("vragen", "questions", "twijfel", "twijfel je", "contact", "who to contact", "wie kun je")),
    ("aanspreekpunt", ("who to ask", "where to ask", "bij wie", "wie vraag je", "who do i ask", "not sure", "unsure")),
    ("aanspreekpunt", ("queries", "enquiries", "terecht", "met vragen", "with questions")),
    ("aanspreekpunt", ("who to talk to", "who you can talk to", "wie spreek je aan", "bij twijfel")),
    ("ingangsdatum", ("effective date", "ingangsdatum", "start date", "sinds wanneer", "since when")),
    ("herzieningsdatum", ("review", "herziening", "next review")),
    ("aanspreekpunt", ("hulp nodig", "need help", "contactgegevens", "contactinformatie", "contact details")),
    ("geldt_voor", ("voor wie", "reikwijdte", "doelgroep", "toepassingsgebied", "applies to", "apply to", "for whom")),
    ("ingangsdatum", ("inwerkingtreding", "vanaf wanneer", "geldig per", "geldig vanaf", "date effective")),
    ("ingangsdatum", ("when does it start", "when does this policy start", "when does it take effect", "from when")),
    (
        "ingangsdatum",
        ("when does this start", "when do these rules start", "wanneer gaat", "wanneer begint", "per wanneer"),
    ),
    ("aanspreekpunt", ("who can i ask", "who can i contact", "who do i contact", "wie kan ik", "wie vraag ik")),
    ("aanspreekpunt", ("aanspreekpunt", "contactpersoon", "contact person", "point of contact")),
)
_QA_HEADINGS = (
    "vragen en antwoorden",
    "questions and answers",
    "q&a",
    "q & a",
    "vraag en antwoord",
    "veelgestelde vragen",
)
_QA_HEADINGS_EN = ("frequently asked questions", "faq", "faqs")
"""A heading over questions and their answers: it groups them (``~container``), it asks for no contact."""
_QA_QUESTION = re.compile(
    r"^(?:may|can|could|should|must|do|does|is|are|mag|mogen|kan|kun|kunnen|moet|moeten|mogen)\s+(?:i|we|you|ik|we|wij|je|jij|u|it|het|staff|ai|(?:the|de|an|een)\s+ai)\b.*\?$"
)
"""A heading that asks whether something may be done ("May I enter patient details?", "Mag ik … plakken?"):
its answer is read by its first word (``~qa``)."""


_ASKS_AI = re.compile(r"^\S+\s+(?:(?:the|de|an|een)\s+)?ai\b")


def asks_of_ai(text: str) -> bool:
    """A question whether AI may do something ("Can AI decide whether …?", "Mag de AI bepalen …?"): a "No"
    to it forbids what it asks, whatever the answer goes on to say."""
    return asks_whether(text) and bool(_ASKS_AI.match(_NUMBERING.sub("", norm(text))))


def asks_whether(text: str) -> bool:
    """A heading or bold label that asks whether something may be done ("May I enter patient details?", "Mag
    ik een brontekst … plakken?"), or what goes for a thing (:func:`asks_about`): the answer under it says, by
    its first word or its own words, what is allowed or not."""
    key = _NUMBERING.sub("", norm(text))
    return bool(_QA_QUESTION.match(key)) or asks_about(text)


_ABOUT_QUESTION = re.compile(
    r"^(?:(?:and|but|en|maar)\s+)?(?:what|how)\s+about\b"  # "What about our code and roadmap?"
    r"|^(?:and|en)\s+(?:our|my|your|the|onze|ons|mijn|je|jouw|uw|de|het|die|dat|wat\s+met)\b"  # "En onze inkoopprijzen?"
    r"|^(?:and|en)\s+(?!(?:mag|mogen|kan|kun|kunnen|moet|moeten|may|can|must|should|is|are|do|does|wie|wat|who|what"
    r"|when|wanneer|waar|where|hoe|how|why|waarom)\b)[a-z][\w'-]{2,}(?:s|en)(?:,|\s+(?:of|en|or|and)\b|\?$)"  # "En
    # roosters, personeelszaken of …?", "En klantgegevens?": the things, a plural
    r"|^hoe\s+zit\s+(?:het|dat)\s+met\b"  # "Hoe zit het met de salarisadministratie?"
    r"|^(?:wat|what)\s+(?:doe|doen|do|should)\s+(?:ik|we|wij|je|i|you)\s+(?:met|with)\b"  # "Wat doe ik met …?"
)
_MAX_ABOUT_WORDS = 14


def asks_about(text: str) -> bool:
    """A question about a thing that follows others in a FAQ ("What about our code and roadmap?", "En onze
    inkoopprijzen of het contract met de kweker?", "Hoe zit het met …?"): no yes or no, and its answer says in
    its own words what goes for the thing (:func:`~aibeleid_check.source.rule_wording.about_answer_kind`)."""
    key = _NUMBERING.sub("", norm(text))
    return key.endswith("?") and len(key.split()) <= _MAX_ABOUT_WORDS and bool(_ABOUT_QUESTION.match(key))


_FIELD_QUESTION_WORDS = frozenset("who when wie wanneer where waar".split())
_JOINERS = frozenset("and en & or of".split())
_NOT_A_CONTACT = ("die je", "questions to ask", "stel", "ask yourself", "frequently", "veelgestelde", "faq", "about ai")
_PROGRAMS = ("programma's", "programmas", "programma", "software", "apps", "applicaties")
"""What a heading calls the tools ("Welke programma's?"), as "tools" does."""
_WHICH_TOOLS = ("welke", "which", "onze", "our", "we use", "gebruiken we", "toegestane", "approved", "allowed")
_ACTS = ("uses", "toepassingen", "put", "enter", "invoeren", "zet", "stop", "never", "nooit", "prohibited")


_NOT_WORDS = frozenset((*NEGATION_WORDS, *"dont avoid vermijd niets nothing".split()))
"""First words that forbid: a negation, or a word that forbids without being one ("Avoid …", "Niets …")."""


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def says_not(text: str) -> bool:
    """A rule whose first words forbid ("Never paste …", "Do not …", "Deel geen …", "AI neemt nooit …")."""
    return bool(_NOT_WORDS & set(_WORD.findall(text.lower().replace("’", "'"))[:4]))


_WORD = re.compile(r"[\w']+")


def _rule_list_by_words(key: str, *, asks: bool = False) -> str | None:
    """A rule list, a field, or the tools, by the words of a short heading; ``None`` for a title ("Acceptable
    Use Policy") and for a heading about tools that names no use of them ("How AI tools work")."""
    words = key.split()
    padded = f" {_unaccented(key)} "  # "Waar je AI wél voor kunt gebruiken"

    def has(phrases: tuple[str, ...]) -> bool:
        return any(f" {phrase} " in padded for phrase in phrases)

    if 0 < len(words) <= _MAX_FAQ_WORDS and (has(_QA_HEADINGS) or has(_QA_HEADINGS_EN)) and not asks:
        return "~container"  # "Vragen en antwoorden", "Frequently asked questions about AI at X": no contact
    if not 0 < len(words) <= (_MAX_QUESTION_WORDS if asks else _MAX_HEADING_WORDS):
        return None
    if has(_QA_HEADINGS) or has(_QA_HEADINGS_EN):
        return "~container"  # "Vragen en antwoorden?": no contact, though it says "vragen"
    if set(words) <= _FIELD_QUESTION_WORDS | _JOINERS and len(set(words) & _FIELD_QUESTION_WORDS) >= 2:
        return "~intro"  # "Who and when", "Wie en wanneer": read for the fields its sentences state
    if len(words) > _MAX_HEADING_WORDS:  # a longer question asks for a field ("Who can I ask if I am not sure?")
        return next((target for target, phrases in _FIELD_WORDS if has(phrases)), None)

    negated = bool(NEGATED.search(key))  # "Welke tools mogen we niet gebruiken?": not the approved ones
    if has(_PROGRAMS) and has(_WHICH_TOOLS) and not has(_ACTS) and not negated:
        return "goedgekeurde_tools"  # "Welke programma's?", "Our software"
    if _WITH_WHAT.match(key) and not negated:
        return "goedgekeurde_tools"  # "Waarmee?", "Waarmee werken we?": with what, the tools
    if ("tool" in key or has(_PROGRAMS)) and negated and (has(_WHICH_TOOLS) or asks):
        return "mag_niet"  # "Which tools can't we use?", "Welke programma's niet?": the tools it names are forbidden
    if "tool" in key and not has(_ACTS):  # "Allowed AI tools", "Which tools can I use?": the tools
        return "goedgekeurde_tools" if has(_WHICH_TOOLS) else None
    if _AI_CANNOT.match(key):
        return "~intro"  # "Wat AI niet kan", "What AI can't do": what a tool cannot do, no rules
    if not says_policy(key):  # ("Acceptable Use Policy" is a title)
        for target, phrases in _LIST_WORDS:
            if has(phrases):
                return target
    if words[0].strip("🟢🟠🔴🟡•:-–—") in _TRAFFIC_LIGHT and not has(("flag", "flags", "vlag", "vlaggen")):
        return _TRAFFIC_LIGHT[words[0].strip("🟢🟠🔴🟡•:-–—")]  # "Groen – dit mag", "Amber – check first"
    if has(_NOT_A_CONTACT):
        return None
    found = next((target for target, phrases in _FIELD_WORDS if has(phrases)), None)
    if found is None and _two_fields(key):
        return "~intro"  # "Scope and start", "Wie en ingang": both fields, from the sentences under it
    return found


_AI_CANNOT = re.compile(
    r"^(?:wat|what|waar|where)\s+(?:de\s+|the\s+)?(?:generatieve\s+|generative\s+)?(?:ai|ai-tools?|chatgpt|copilot)"
    r"\s+(?:\(?(?:nog|still)\)?\s+)?(?:niet\s+(?:goed\s+)?(?:kan|weet)|niet\s+goed\s+in\s+is|can'?t(?:\s+do)?"
    r"|cannot(?:\s+do)?|can\s+not\s+do|doesn'?t\s+know|does\s+not\s+know|is\s+not\s+good\s+at)$"
    r"|^(?:wat|what)\s+(?:kan|can)\s+(?:de\s+|the\s+)?(?:ai|chatgpt|copilot)\s+(?:nog\s+|still\s+)?(?:niet|not)(?:\s+do)?$"
    r"|^what\s+can'?t\s+(?:the\s+)?(?:ai|chatgpt|copilot)\s+do$"
    r"|^(?:limitations|limits|beperkingen|grenzen)\s+(?:of|van)\s+(?:de\s+|the\s+)?(?:generative\s+|generatieve\s+)?ai"
    r"(?:[\s-]tools?)?$"
)
"""A heading about the limits of AI ("Wat AI niet kan", "Wat kan AI niet?", "What AI can't do", "Beperkingen van
AI"): a description of what a tool cannot do, not what staff may not do ("Wat niet kan" is DIT NIET)."""


_WITH_WHAT = re.compile(
    r"^(?:waarmee|met\s+wat|what\s+with|with\s+what)"
    r"(?:\s+(?:werken|werk|mag|mogen|kan|kun|kunnen|can|may|do|should)\s+(?:we|wij|je|jij|ik|u|jullie|i|you)"
    r"(?:\s+(?:werken|work))?)?$"
)
"""A question that asks with what we work ("Waarmee?", "Waarmee mag ik werken?", "What with?"): the tools.
"Waarmee kan AI helpen?" asks what AI is for."""


def asks_for_tools(text: str) -> bool:
    """A short question on a line of its own or before its answer that asks for the approved tools ("Waarmee?",
    "Welke tools?", "Which tools can I use?"); not one that asks which tools are not approved ("Welke tools
    mogen we niet gebruiken?")."""
    words = text.split()
    return (
        text.rstrip().endswith("?")
        and 0 < len(words) <= _MAX_HEADING_WORDS
        and classify(text, heading=True) == "goedgekeurde_tools"
        and not NEGATED.search(text)
    )


_MAX_HEADING_WORDS = 8
_SENTENCE_FIELDS = frozenset({"geldt_voor", "ingangsdatum", "herzieningsdatum", "versie", "aanspreekpunt"})
_AND = re.compile(r"\s+(?:and|en|&)\s+|\s*[,/]\s+")


def _two_fields(key: str) -> bool:
    """A heading that names two fields or more a sentence can state ("Scope and start", "Contact and
    version"): each part alone is such a field's label, and not all the same field."""
    parts = _AND.split(key)
    named = [_classify(part) or next((t for t, phrases in _FIELD_WORDS if part in phrases), None) for part in parts]
    return len(set(named)) >= 2 and all(target in _SENTENCE_FIELDS for target in named)


_MAX_QUESTION_WORDS = 10
_MAX_FAQ_WORDS = 14


_TRAFFIC_LIGHT = {  # a traffic-light policy's headings: amber is allowed on a condition
    "green": "mag", "groen": "mag", "amber": "mag", "orange": "mag", "oranje": "mag", "geel": "mag", "yellow": "mag",
    "red": "mag_niet", "rood": "mag_niet",
}  # fmt: skip


_OUR = frozenset({"our", "onze", "ons"})


def _classify(key: str) -> str | None:
    if key in _LOOKUP:
        return _LOOKUP[key]
    if key in IGNORED:
        return "~ignore"
    if key in CONTAINERS:
        return "~container"
    if key in RULE_GROUPS or key.partition(" ")[0] in _OUR and key.partition(" ")[2] in RULE_GROUPS:
        return "~rules"  # ("Our rules", "Onze spelregels": the organisation's own rules)
    if key in INTRO:
        return "~intro"
    if key in WE_DO:
        return "~do"
    if key in PROVISION_TOPICS:
        return "~article"  # "Who decides", "Wie beslist": its sentences are rules by their words
    return None


_BY_LENGTH = sorted((label for label in _LOOKUP if len(label) >= 5), key=len, reverse=True)


def glued(text: str, *, bold: bool) -> tuple[str, str] | None:
    """A label run together with its answer, as typing over the template's question leaves it: the label as
    written and the answer ("INGANGSDATUM15 januari 2026" -> "INGANGSDATUM", "15 januari 2026"). Only a label
    in capitals, as the template writes them, at a clear boundary: a digit or a capitalised word after it,
    or (when the whole paragraph is bold, the answer typed in the label's bold) a space."""
    for label in _BY_LENGTH:
        written, after = text[: len(label)], text[len(label) :]
        if written.lower() != label or not written.isupper() or not after.strip():
            continue
        spaced = after[0].isspace() and bold
        capitalised = after[0].isupper() and after[1:2].islower()
        if after[0].isdigit() or capitalised or spaced:
            return written, after.strip()
    return None


_NEAR = 0.75
"""How alike a heading and a label must be to name the label ("Dit mag nit" -> DIT MAG NIET): a typo is above
it; a heading in other words ("Verdicts" beside "verplicht", "In short" beside "in force") is below."""


def nearest(text: str) -> str:
    """The known section closest to an unknown heading (``"mag"``, shown by the rule in the run's language as
    DIT MAG or ALLOWED), or ``""`` when none is close."""
    match = difflib.get_close_matches(norm(text), list(_LOOKUP), n=1, cutoff=_NEAR)
    return _LOOKUP[match[0]] if match else ""


def near_miss(text: str) -> bool:
    """True when ``text`` is very close to a known label without being one (a typo such as "Ingangsdatun")."""
    return bool(difflib.get_close_matches(norm(text), list(_LOOKUP), n=1, cutoff=0.8))


def is_prompt(text: str) -> bool:
    """The template's question for a field ("Welke AI-tools mag het team gebruiken?"), an answer to nothing."""
    return " ".join(text.lower().split()) in _PROMPTS


_LEADS = {
    (rule.kind, re.split(r"[:(]", " ".join(rule.text.text(lang).lower().split()))[0].rstrip(". ")): rule.id
    for rule in RULES_BY_ID.values()
    for lang in ("nl", "en")
}


def template_rule_id(text: str) -> str | None:
    """The id of a template rule written out word for word (Dutch or English), else ``None``."""
    return _TEMPLATE_TEXTS.get(" ".join(norm(text).split()).rstrip("."))


def template_rule_lead(text: str, kind: str) -> str | None:
    """The id of a template rule of list ``kind`` whose words this text starts with and then qualifies
    ("Klant- of persoonsgegevens invoeren (…), behalve in …"): the document form of ``id`` plus ``tekst``."""
    lowered = " ".join(text.lower().split())
    for (rule_kind, lead), rule_id in _LEADS.items():
        if (
            rule_kind == kind
            and lowered.startswith(lead)
            and lowered[len(lead) : len(lead) + 1] in (" ", ",", ":", "(")
        ):
            return rule_id
    return None


def tool_column(header: str) -> str | None:
    """The tool field a table header names, in any language the table uses, or ``None``."""
    key = norm(header)
    for field, words in TOOL_COLUMNS:
        if any(word == key or word in key.split() or (len(word) > 5 and word in key) for word in words):
            return field
    return None


def says_policy(text: str) -> bool:
    """True when a name or title says it is a policy ("AI-beleid", "ai-policy.md")."""
    return _POLICY_WORD.search(text) is not None
