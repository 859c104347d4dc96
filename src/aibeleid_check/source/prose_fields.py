"""Fields a policy states in a sentence of its own rather than under a label: "This policy applies to all
staff and contractors.", "Dit beleid geldt voor alle medewerkers, en gaat in op 1 mei 2026.", "This chapter
sets out what every employee of Example Ltd must do when they use AI tools.", "Effective from 1 March 2026.",
"They take effect from the start of Term 1, on 27 January 2026." Read only from text outside the template's
sections, and used only when no label gives the field; and the date in a sentence under a date's own heading
("Dit beleid treedt in werking op 1 januari 2026.")."""

from __future__ import annotations

import re

from aibeleid_check.datetext import MAX_DATE_LENGTH, DateProblem, read_date
from aibeleid_check.source.label_words import RULES_NOUNS, SUBJECT_NOUNS, one_of

_PAGE_NOUNS = (
    *SUBJECT_NOUNS,
    *("agreements", "arrangements", "answers", "antwoorden", "regulation", "regulations", "instructions"),
    *("instructies", "veelgestelde vragen", "frequently asked questions", "vragen en antwoorden"),
    "questions and answers",
)
"""What a page calls its rules when it says whom they are for: the document's own names, and "These
agreements apply to …", "These answers apply to …" (a FAQ), "This regulation applies to …"."""
_SUBJECT = (
    r"(?:(?:this|the|our|these|it|they|dit|deze|de|het|onze|ons|ze|zij)\s+)?(?:ai[\s-]+)?"
    r"(?:[\w-]*" + one_of(_PAGE_NOUNS) + r"\s+)?"
)
_BEFORE_VERB = r"(?:(?:is|zijn|are|was|were|has\s+been|have\s+been|werd|wordt|worden)\s+[^.;:]{1,80}?\s+(?:en|and)\s+)?"
"""A clause between the subject and its verb: "Deze richtlijn is vastgesteld door het college van bestuur en
geldt voor …", "This policy was adopted by the board and applies to …"."""
_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th|e|ste|de)?\.?\s+(?:of\s+)?[a-z]{3,10}\.?,?\s+\d{4}\b"
    r"|\b[a-z]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"
    r"|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\b",
    re.IGNORECASE,
)
_DATE_FIRST = r"(?:(?:vanaf|from|per|as\s+of|met\s+ingang\s+van)\s+(?:" + _DATE.pattern + r")\s+)?"
"""The start date between the verb and the people: "Deze afspraken gelden vanaf 1 juni 2026 voor alle …"."""
_SCOPE = re.compile(
    _SUBJECT + _BEFORE_VERB + r"(?:applies|apply|geldt|gelden|(?:is|zijn)\s+van\s+toepassing"
    r"|(?:is|zijn|are)(?:\s+bedoeld|\s+meant|\s+valid|\s+geldig)?)\s+"
    + _DATE_FIRST
    + r"(?:to|voor|op|for)\s+(?P<value>.+)$",
    re.IGNORECASE,
)
_SCOPE_NO_VERB = re.compile(  # "Daarom deze afspraken voor predikant, …", "Veelgestelde vragen voor alle …"
    r"(?:(?:daarom|therefore|hence|so|dus)\s+)?(?:(?:this|these|the|our|dit|deze|de|het|onze)\s+)?(?:ai[\s-]+)?"
    r"[\w-]*" + one_of(_PAGE_NOUNS) + r"\s+(?:voor|for)\s+(?P<value>.+)$",
    re.IGNORECASE,
)
_SCOPE_LATER = re.compile(  # "From 2 March 2026 the following rules apply to every member of staff"
    r"\b(?:" + one_of(RULES_NOUNS) + r"|the\s+following|het\s+volgende)"
    r",?\s+(?:die\s+|which\s+|that\s+)?(?:applies|apply|geldt|gelden)\s+(?:to|voor)\s+(?P<value>.+)$",
    re.IGNORECASE,
)
_SCOPE_INVERTED = re.compile(  # "Vanaf 1 februari 2026 geldt dit voor alle apothekers": the verb before its subject
    r"\b(?:geldt|gelden)\s+(?:dit|dat|het\s+volgende|(?:deze|de\s+volgende)\s+" + one_of(RULES_NOUNS) + r")\s+voor\s+"
    r"(?P<value>.+)$",
    re.IGNORECASE,
)
_SCOPE_DUTIES = re.compile(  # "This chapter sets out what every employee of Example Ltd must do when …"
    r"(?:(?:this|the|our|dit|deze|de|het|onze)\s+)?(?:ai[\s-]+)?[\w-]*" + one_of(SUBJECT_NOUNS) + r"\s+"
    r"(?:sets?\s+out|describes?|explains?|outlines?|lays?\s+down|beschrijft|beschrijven|legt\s+vast|leggen\s+vast)\s+"
    r"(?:what|how|wat)\s+(?P<value>(?:(?:the|our|de|onze)\s+)?[\w'-]+\b[^:;]*?)\s+"
    r"(?:must|should|shall|may|need\s+to|needs\s+to|(?:is|are)\s+expected\s+to|moet|moeten|mag|mogen|dient|dienen)\b",
    re.IGNORECASE,
)
_SCOPE_TELLS = re.compile(  # "This page tells all office staff and team leaders how we use AI tools."
    r"(?:(?:this|the|our|dit|deze|de|het|onze)\s+)?(?:ai[\s-]+)?[\w-]*" + one_of(SUBJECT_NOUNS) + r"\s+"
    r"(?:tells|shows|informs|vertelt|laat)\s+(?P<value>[\w'-]+\b[^:;]*?)\s+(?:how|what|which|hoe|wat|welke)\b",
    re.IGNORECASE,
)
_DUTIES_ENDS = re.compile(r"\s+(?:met|wel|niet|altijd|nooit|zelf|als|wanneer|zodra)\b.*$", re.IGNORECASE)
"""What follows the people in a Dutch clause before its verb ("wat medewerkers met AI-tools wel en niet mogen")."""
_SCOPE_FOR = re.compile(r"(?:voor|for)\s+(?P<value>(?:alle|all|iedereen|everyone|het\s+hele|the\s+whole)\b.+)$", re.I)
_CUE = re.compile(
    r"(?:effect|effective|in(?:to)?\s+force|kracht|werking|gaat\s+in|gaan\s+in|ingaat|ingaan|vanaf|from|per|ingang|start|starts"
    r"|starting|begin|begint|beginning|commencing|ingaande|geldig|valid|as\s+of|m\.i\.v\.)\b",
    re.IGNORECASE,
)
_CUE_REACH = 45
_SCOPE_ENDS = re.compile(
    r",?\s+(?:en|and)\s+(?:(?:die|which|that|ze|zij|they|it|dit|deze|these|dat)\s+)?"
    r"(?:gaat|gaan|ingaan|ingaat|treedt|treden|takes?|is|are|wordt|geldt)\b"
    r"|,\s*(?:effective|vanaf|from|per|met\s+ingang|starting|beginning|commencing|ingaande|as\s+of|with\s+effect)\b"
    r"|,?\s+(?:including|inclusief),?\s+(?:but\s+not\s+limited\s+to|maar\s+niet\s+beperkt\s+tot)\b",
    re.IGNORECASE,
)
_PEOPLE = frozenset(
    """all everyone anyone staff employees employee colleagues personnel members member contractors volunteers
    students teachers workers users people managers partners attorneys lawyers clinicians committee coaches
    member every anyone alle iedereen medewerkers medewerker collega's personeel leden vrijwilligers studenten leerlingen docenten
    gebruikers mensen werknemers ambtenaren stagiairs teams team board hele whole every each elke ieder iedere
    partner intern interns stagiair""".split()
)
_PEOPLE_MORE = frozenset(
    """minister ministers predikant predikanten pastor pastors priest dominee vicar secretary secretaris
    director directeur directie owner owners eigenaar eigenaren council raad bestuur kerkenraad crew
    freelancers freelancer zzp'ers zzp-ers personeelsleden staffleden""".split()
)
_ROLE_ENDINGS = ("ers", "ors", "ists", "isten", "ants", "anten", "ents", "enten", "leden", "krachten", "aars", "eurs")
"""The plural of a person's role ("therapists", "administrators", "kerkenraadsleden", "uitzendkrachten")."""
_ROLE_ENDINGS_ONE = ("ist", "ant", "ician", "ster")
"""The singular of a role ("predikant", "physiotherapist", "minister")."""
_NOT_ROLES = frozenset(
    """letters newsletters nieuwsbrieven papers numbers nummers orders matters others chapters folders computers
    servers headers posters flyers offers answers registers banners stickers covers vouchers reminders filters
    containers printers trackers markers dossiers cijfers kaders papers users' events contents documents documenten
    list checklist playlist plant restaurant important want register monsters""".split()
)


def _names_people(words: list[str]) -> bool:
    """The first words of a scope name people: "all", "medewerkers", or a role ("the minister", "our payroll
    administrators", "predikant, kerkelijk werker, kerkenraadsleden"), not "the use of AI" or "letters"."""
    for word in words:
        if word in _PEOPLE or word in _PEOPLE_MORE:
            return True
        if word in _NOT_ROLES or word.endswith(("ment", "ments", "menten")) or len(word) < 6:
            continue
        if word.endswith(_ROLE_ENDINGS) or word.endswith(_ROLE_ENDINGS_ONE):
            return True
    return False


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z*_])")
_MAX_SENTENCE = 300
_MAX_SCOPE_WORDS = 40


def fields_in(text: str) -> list[tuple[str, str, int]]:
    """(field, value, offset of the value) for each sentence of ``text`` that states the scope or the start
    date: the scope only when it names people, the date only when it is one and a word such as "effective",
    "vanaf" or "gaat in" comes before it."""
    found: list[tuple[str, str, int]] = []
    start = 0
    for sentence in _SENTENCE_END.split(text[: _MAX_SENTENCE * 4]):
        offset = text.find(sentence, start)
        start = offset + len(sentence)
        plain = _without_full_stop(sentence.strip().strip("*_")).strip("*_")
        if len(plain) > _MAX_SENTENCE:
            continue
        shift = offset + sentence.find(plain[:20]) if plain else offset
        date = _start_date(plain)
        if date is not None:
            found.append(("ingangsdatum", date[0], shift + date[1]))
        ended = sentence.strip().strip("*_").endswith((".", "!"))  # a sentence, not a subtitle over the page
        scope = _scope(plain, date[1] if date else len(plain), verbless=ended)
        if scope is not None:
            found.append(("geldt_voor", scope[0], shift + scope[1]))
    return found


def describes_readers(text: str) -> bool:
    """A scope that a description of the page gives ("This page sets out how our staff may use AI tools.",
    "This page tells all office staff … how we use AI tools"): a later sentence that says whom the rules apply to
    ("This policy applies to all partners, staff and trainees") says it more precisely."""
    sentences = _SENTENCE_END.split(text[: _MAX_SENTENCE * 4])
    return any(_SCOPE_DUTIES.match(part.strip()) or _SCOPE_TELLS.match(part.strip()) for part in sentences)


_OWN_SUBJECT = re.compile(
    r"^(?:this|these|our|dit|deze|onze)\s+(?:ai[\s-]+)?[\w-]*" + one_of(_PAGE_NOUNS) + r"\s", re.IGNORECASE
)


def names_its_own_scope(text: str) -> bool:
    """A sentence of ``text`` that says whom the page's own rules are for, by their name: "These agreements apply
    to all staff, …", "Deze afspraken gelden voor iedereen die …" (not "From 2 March the following rules apply
    to …", which a memo's To: line may say as well)."""
    for sentence in _SENTENCE_END.split(text[: _MAX_SENTENCE * 4]):
        plain = sentence.strip().strip("*_")
        if _OWN_SUBJECT.match(plain) and _scope(plain.rstrip("."), len(plain)) is not None:
            return True
    return False


_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}$")
"""A sentence that ends in an abbreviation with its own dots ("… of StageLink Event Technology B.V.", "… U.A."):
its last dot is the abbreviation's."""


def _without_full_stop(text: str) -> str:
    return text if _ABBREVIATION_END.search(text) else text.rstrip(".")


def date_in(text: str) -> tuple[str, int] | None:
    """The date a sentence under a date's heading gives ("Dit beleid treedt in werking op 1 januari 2026."),
    with its offset: the one after "takes effect", "gaat in" or the like, else the only one; ``None`` when
    it gives none, or several and none so introduced."""
    cued = _start_date(text[:_MAX_SENTENCE])
    if cued is not None:
        return cued
    dates = [m for m in _DATE.finditer(text[:_MAX_SENTENCE]) if _is_date(m.group())]
    return (dates[0].group(), dates[0].start()) if len(dates) == 1 else None


def _start_date(sentence: str) -> tuple[str, int] | None:
    for match in _DATE.finditer(sentence):
        before = sentence[max(0, match.start() - _CUE_REACH) : match.start()]
        if _is_date(match.group()) and _CUE.search(before) and not _UNTIL.search(before):
            return match.group(), match.start()
    return None


_UNTIL = re.compile(r"\b(?:until|till|through|tot(?:\s+en\s+met)?|t/m|uiterlijk)\s*$", re.IGNORECASE)
"""The date a text is valid until ("This policy is valid until 1 January 2027."): its end, not its start."""


def _scope(sentence: str, date_at: int, *, verbless: bool = False) -> tuple[str, int] | None:
    found = (
        _SCOPE.match(sentence)
        or _SCOPE_FOR.match(sentence)
        or _SCOPE_LATER.search(sentence)
        or _SCOPE_INVERTED.search(sentence)
        or _SCOPE_TELLS.match(sentence)
        or (_SCOPE_NO_VERB.match(sentence) if verbless else None)
    )
    duties = None if found else _SCOPE_DUTIES.match(sentence)
    found = found or duties
    if found is None:
        return None
    start = found.start("value")
    value = sentence[start : min(date_at if date_at > start else len(sentence), found.end("value"))]  # (a date
    # before it stays out; of a sentence saying what people must do, the people only)
    if duties:
        if duties.group("value").split()[0].lower() not in _PEOPLE | {"the", "our", "de", "onze"}:
            return None  # "… sets out what we expect: …": whom it is for comes first, or it says no one
        value = _DUTIES_ENDS.sub("", value)
    end = _SCOPE_ENDS.search(value)
    value = (value[: end.start()] if end else value).strip(" ,;:-–—")
    if value.lower().endswith((" on", " op", " from", " vanaf", " per")):
        value = value.rsplit(" ", 1)[0].rstrip(" ,")  # "…, from 1 February 2026": the cue stays with the date
    words = re.findall(r"[\w'-]+", value.lower())
    if not value or len(words) > _MAX_SCOPE_WORDS or not _names_people(words[:4]):
        return None
    return value, found.start("value")


def _is_date(text: str) -> bool:
    if len(text) > MAX_DATE_LENGTH:
        return False
    try:
        read_date(text, text)
    except DateProblem:
        return False
    return True
