"""Reading the values people really write: Dutch dates, ja/nee, agreement states, fill-in placeholders.

Each parser takes the author's text and returns a value or raises :class:`ValueProblem` with a message in
both languages, so that the model can turn it into a finding on the value's line.
"""

from __future__ import annotations

import re
from datetime import date

from aibeleid_check.datetext import DateProblem, add_months, format_date, read_date
from aibeleid_check.texts import Message


class ValueProblem(ValueError):
    """A value that could not be read: ``message`` explains it; ``ambiguous`` when it can mean two things."""

    def __init__(self, message: Message, *, value: object = "", ambiguous: bool = False) -> None:
        super().__init__(message.nl)
        self.message = message
        self.value = "" if value is None else str(value)
        self.ambiguous = ambiguous


def shown(value: object, limit: int = 60) -> str:
    """The author's value as quoted in a message: on one line, and cut short when it is long."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- placeholders -------------------------------------------------------------------------------------

PLACEHOLDER_WORDS = frozenset(
    {
        "n.t.b.", "n.t.b", "ntb", "nader te bepalen", "nog invullen", "invullen", "in te vullen", "vul in",
        "nog te bepalen", "tbd", "tba", "todo", "to do", "xxx", "xx", "x", "?", "??", "???", "-", "--",
        "n.v.t.", "n.v.t", "nvt", "n/a", "na", "m.i.v.", "met ingang van", "naam", "datum", "onbekend",
        "unknown", "tbc", "to be determined", "to be confirmed", "fill in", "name", "date",
    }
)  # fmt: skip
PLACEHOLDER_PATTERN = re.compile(r"^(?:[.…_\-–—?*\s]+|\[[^\]]*\]|<[^>]*>|\{[^}]*\}|\([.…\s]*\))$")


def is_placeholder(text: str | None) -> bool:
    """True for an empty value or a fill-in marker ("n.t.b.", "…", "[invullen]", "nog invullen")."""
    if text is None:
        return True
    stripped = text.strip()
    if not stripped:
        return True
    return stripped.lower() in PLACEHOLDER_WORDS or PLACEHOLDER_PATTERN.match(stripped) is not None


_POINTER = re.compile(
    r"\(?(?:(?:see|zie|refer\s+to|check)\s+)?(?:(?:the|de|het)\s+)?(?:(?:list|table|overview|lijst|tabel|overzicht)\s+)?"
    r"(?:below|hieronder|beneden|hierna|verderop|onder|further\s+down)"
    r"|\(?(?:(?:as|zoals)\s+)?(?:listed|named|genoemd|vermeld)\s+(?:below|hieronder)"
    r"|\(?(?:zie\s+)?(?:de\s+|het\s+)?onderstaande?\s+(?:lijst|tabel|overzicht)"
    r"|\(?(?:see\s+)?the\s+(?:list|table)\s+that\s+follows",
    re.IGNORECASE,
)


def points_below(text: str | None) -> bool:
    """A value that points at what follows ("zie de lijst hieronder", "see the list below", "(see below)",
    "zie onderstaande tabel"): no value of its own; the list or table after it is the value."""
    stripped = (text or "").strip().rstrip(".:;)").strip()
    return _POINTER.fullmatch(stripped) is not None


def _reject_structure(value: object, expected_nl: str, expected_en: str) -> None:
    """A list or mapping where one value belongs: its text form ("['a']") must not pass for a placeholder."""
    if isinstance(value, (list, dict)):
        kind_nl, kind_en = ("lijst", "a list") if isinstance(value, list) else ("mapping", "a mapping")
        raise ValueProblem(
            Message(nl=f"Hier hoort {expected_nl}, geen {kind_nl}.", en=f"Expected {expected_en} here, not {kind_en}.")
        )


# --- yes / no -----------------------------------------------------------------------------------------

YES_WORDS = frozenset({"ja", "j", "yes", "y", "true", "waar", "klopt", "correct", "juist", "on", "wel", "toegestaan"})
NO_WORDS = frozenset(
    {"nee", "n", "no", "false", "onwaar", "off", "niet", "geen", "n.v.t.", "n.v.t", "nvt", "n/a", "niet toegestaan"}
)


def parse_yes_no(value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    _reject_structure(value, "ja of nee", "yes or no")
    text = str(value).strip().lower()
    if text in YES_WORDS:
        return True
    if text in NO_WORDS:
        return False
    if is_placeholder(text):
        return None
    raise ValueProblem(Message(nl=f"'{shown(value)}' is geen ja of nee.", en=f"'{shown(value)}' is not yes or no."))


# --- processing agreement -----------------------------------------------------------------------------

AGREEMENT_VALUES = ("ja", "nee", "aangevraagd", "niet-nodig")
AGREEMENT_VALUES_EN = ("yes", "no", "requested", "not-needed")
"""The English word for each of :data:`AGREEMENT_VALUES`, in the same order; each is one of its synonyms below."""
AGREEMENT_SYNONYMS = {
    "ja": "ja", "j": "ja", "yes": "ja", "y": "ja", "true": "ja", "waar": "ja", "getekend": "ja", "signed": "ja",
    "ondertekend": "ja", "afgesloten": "ja", "aanwezig": "ja", "in place": "ja", "signed dpa": "ja",
    "dpa signed": "ja", "dpa in place": "ja", "dpa getekend": "ja", "getekende dpa": "ja", "concluded": "ja",
    "agreed": "ja", "overeenkomst getekend": "ja", "verwerkersovereenkomst getekend": "ja", "ja getekend": "ja",
    "nee": "nee", "n": "nee", "no": "nee", "false": "nee", "onwaar": "nee", "geen": "nee", "none": "nee",
    "aangevraagd": "aangevraagd", "requested": "aangevraagd", "pending": "aangevraagd", "in aanvraag": "aangevraagd",
    "loopt": "aangevraagd", "in behandeling": "aangevraagd", "in progress": "aangevraagd",
    "niet-nodig": "niet-nodig", "niet nodig": "niet-nodig", "niet_nodig": "niet-nodig", "not-needed": "niet-nodig",
    "not needed": "niet-nodig", "not_needed": "niet-nodig", "not-required": "niet-nodig", "not required": "niet-nodig",
}  # fmt: skip
AGREEMENT_SYNONYMS.update(
    dict.fromkeys(
        (
            "not signed", "not yet signed", "not signed yet", "unsigned", "not in place", "not concluded",
            "not agreed", "not requested", "no dpa", "no agreement", "no processing agreement", "niet getekend",
            "nog niet getekend", "niet ondertekend", "nog niet ondertekend", "ongetekend", "niet afgesloten",
            "nog niet afgesloten", "niet aanwezig", "niet aangevraagd", "nog niet aangevraagd", "geen dpa",
            "geen verwerkersovereenkomst", "geen overeenkomst",
        ),
        "nee",
    )
)  # fmt: skip
"""An agreement said not to be there ("not signed", "nog niet getekend", "niet aangevraagd") is ``nee``, as "no"
is: there is no agreement, which is what the rules check (``aangevraagd`` says one is on its way)."""
AMBIGUOUS_AGREEMENT = frozenset(
    {"n.v.t.", "n.v.t", "nvt", "n/a", "na", "n.a.", "niet van toepassing", "not applicable"}
)
"""Values that can mean 'no agreement is needed' (niet-nodig) or 'there is none' (nee): the author says which."""
_PARTS = re.compile(r"\s*[,;(]\s*|\)\s*")
_PARTY = re.compile(r"\s+(?:by|door|with|met)\s+\S.*$")
_PARTY_FIRST = re.compile(r"^(?:by|door|with|met|via|through)\s+(?:(?:de|het|the)\s+)?\S+\s+")
"""Who signed the agreement, or with whom, after its status or before it ("signed by the board", "getekend met
OpenAI", "met OpenAI afgesloten"): the status says it all."""


_ARRANGED = re.compile(
    r"^(?:via|through|(?:als\s+|as\s+)?onderdeel\s+van|(?:as\s+)?part\s+of|included\s+in|inbegrepen\s+in"
    r"|geregeld\s+(?:door|via)|arranged\s+(?:by|through))(?:\s+\S+){1,6}$"
)
"""An agreement arranged through someone else or part of another contract ("via het bestuur", "onderdeel van het
leerlingvolgsysteem", "through the trust"): there is one, as an advisor reads it."""
_NOT_THERE = frozenset("niet geen not no nog aangevraagd requested pending nodig needed required".split())


def _agreement_state(text: str) -> str | None:
    """The agreement a status states, with or without its party ("getekend door de directie" is ``ja``), or the
    way it was arranged ("via het bestuur" is ``ja``)."""
    for status in (text, _PARTY.sub("", text), _PARTY_FIRST.sub("", text)):
        if status in AGREEMENT_SYNONYMS:
            return AGREEMENT_SYNONYMS[status]
    return "ja" if _ARRANGED.match(text) and not _NOT_THERE & set(text.split()) else None


_SIGNING = re.compile(r"\b(?:signed|unsigned|getekend|ongetekend|ondertekend)\b")


def signing_state(text: str) -> str | None:
    """The agreement an aside after a tool states with a signing word and nothing else ("(signed)", "(getekend)",
    "(nog niet getekend)", "(signed by the board)"): in a list of tools, what is signed is its agreement. ``None``
    for any other aside ("(signed in with your work account)", "(signed off by the board)", "(free version)")."""
    status = " ".join(text.lower().split()).rstrip(".!")
    return _agreement_state(status) if _SIGNING.search(status) else None


def parse_agreement(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "ja" if value else "nee"
    _reject_structure(value, "een van " + ", ".join(AGREEMENT_VALUES), "one of " + ", ".join(AGREEMENT_VALUES_EN))
    text = " ".join(str(value).lower().split()).rstrip(".!")
    if state := _agreement_state(text):
        return state
    if text in AMBIGUOUS_AGREEMENT or text + "." in AMBIGUOUS_AGREEMENT:
        raise ValueProblem(_AMBIGUOUS.format(value=shown(value)), value=value, ambiguous=True)
    if is_placeholder(text):
        return None
    states = {_agreement_state(part) for part in _PARTS.split(text) if part}
    if len(states) == 1 and None not in states:  # "ja, getekend", "Yes (signed)": every part says the same
        return states.pop()
    raise ValueProblem(
        Message(
            nl=f"'{shown(value)}' is geen geldige waarde voor de verwerkersovereenkomst; kies uit "
            f"{', '.join(AGREEMENT_VALUES)}.",
            en=f"'{shown(value)}' is not a valid processing-agreement value; choose from "
            f"{', '.join(AGREEMENT_VALUES_EN)}.",
        ),
        value=value,
    )


_AMBIGUOUS = Message(
    nl="'{value}' kan 'niet-nodig' of 'nee' betekenen.",
    en=f"'{{value}}' can mean '{AGREEMENT_VALUES_EN[3]}' or '{AGREEMENT_VALUES_EN[1]}'.",
)


def agreement_word(state: str, lang: str = "nl") -> str:
    """An agreement state (``ja``, ``aangevraagd``, …) as a message in ``lang`` names it; other text unchanged."""
    if lang != "en" or state not in AGREEMENT_VALUES:
        return state
    return AGREEMENT_VALUES_EN[AGREEMENT_VALUES.index(state)]


def yes_no_word(value: bool, lang: str = "nl") -> str:
    """``ja``/``nee`` in Dutch, ``yes``/``no`` in English: the value as a message quotes it."""
    if lang == "en":
        return "yes" if value else "no"
    return "ja" if value else "nee"


# --- dates (read in datetext) -------------------------------------------------------------------------


def parse_date(value: object) -> date | None:
    """Parse a date as people write it: ISO, day-first, or with a month name (see :mod:`aibeleid_check.datetext`)."""
    if value is None:
        return None
    if isinstance(value, date):
        return value
    _reject_structure(value, "een datum", "a date")
    if is_placeholder(str(value)):
        return None
    try:
        return read_date(str(value), shown(value))
    except DateProblem as problem:
        raise ValueProblem(problem.message, value=value) from None


__all__ = [
    "AGREEMENT_SYNONYMS",
    "AGREEMENT_VALUES",
    "AGREEMENT_VALUES_EN",
    "AMBIGUOUS_AGREEMENT",
    "NO_WORDS",
    "PLACEHOLDER_PATTERN",
    "PLACEHOLDER_WORDS",
    "YES_WORDS",
    "ValueProblem",
    "add_months",
    "agreement_word",
    "format_date",
    "is_placeholder",
    "parse_agreement",
    "parse_date",
    "parse_yes_no",
    "shown",
    "yes_no_word",
]
