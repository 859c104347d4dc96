"""Recognising the template's forbidden rules in free text, by meaning rather than by id.

A policy may write "Voer nooit klantgegevens in" or "Don't paste customer data" instead of
``id: geen-persoonsgegevens``. Each forbidden rule is a set of patterns over the text with accents
removed and lower-cased; stems cover inflections (controleer/controleren/gecontroleerd). Patterns are
deliberately specific: "financiële" alone is not a business secret ("geen financiële beslissingen" is
about decisions), and "overeenkomst" inside "verwerkersovereenkomst" is not a contract.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def _compile(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_PERSONAL = _compile(
    # Dutch compounds: klantgegevens, klantenbestand, persoonsgegevens, patientdossiers, NAW-gegevens …
    r"\b(?:klant|client|patient|persoon|persoons|personeel|personeels|medewerker|werknemer|leerling|student|"
    r"leden|lid|burger|cursist|bewoner|sollicitant|contact|adres|naw|gezondheid|medische?|privacy|prive|relatie)"
    r"[a-z]*?[\s-]*(?:gegevens|data|informatie|dossiers?|bestand(?:en)?|e-?mails?|adressen|namen|lijst(?:en)?)",
    r"\bgegevens (?:van|over) (?:\S+ )?(?:klanten|personen|mensen|medewerkers|clienten|patienten|leerlingen|collega|"
    r"leden|donateurs|relaties|deelnemers|cursisten|bewoners|huurders|gasten|sollicitanten|kinderen|ouders)",
    r"\bpersoonlijke (?:gegevens|informatie|data)",
    r"\b(?:namen|adressen|e-?mailadressen|telefoonnummers|geboortedata|bsn|burgerservicenummers?|iban)\b",
    r"\b(?:klantdossiers?|dossiers)\b|\bcv'?s?\b|\bcurriculum vitae|\bresumes?\b",
    r"\b(?:identiteitsbewijs|identiteitsbewijzen|paspoort|rijbewijs|id-bewijs|id-kaart|passports?)",
    r"\bprivacygevoelig|\bherleidbaar|\bbijzondere (?:categorie|persoonsgegevens)",
    # English
    r"\bpersonal(?:ly identifiable)? (?:data|information|details)",
    r"\b(?:customer|client|patient|employee|staff|student|user|member|health|medical|applicant|candidate|tenant|"
    r"guest|personnel)s?'? (?:data|information|details|records|files|names)",
    r"\bpii\b|\bnames\b[^.]{0,30}\baddresses\b|\bemail addresses\b|\bphone numbers\b|\bdates? of birth\b",
    r"\bsocial security\b|\bdata about (?:people|customers)",
)

_SECRETS = _compile(
    r"\bbedrijfs(?:geheim|gevoelig|vertrouwelijk|plan)|\bvertrouwelijk|\bgeheimhouding|\bgeheime?\b|\bconfidential",
    r"\bconcurrentiegevoelig|\bstrategische (?:plannen|documenten|informatie)|\bbusiness ?plans?\b",
    r"\bcontract|\bovereenkomsten?\b|\bprijsafspra|\bofferte|\btarieven|\bsalaris|\bloonstrook|\bjaarcijfers|\bomzet",
    r"\bkostprijs|\bmarges?\b|\bmargins?\b|\bnda'?s?\b",
    r"\bfinancie(?:le|el)[\s-]*(?:details|gegevens|cijfers|informatie|data|stukken|resultaten|overzichten|positie)",
    r"\bfinancial (?:details|data|figures|information|records|statements|results)",
    r"\b(?:interne|internal) (?:documenten|stukken|documents|informatie|information)",
    r"\b(?:business|trade|company) secrets?|\bproprietary|\bintellectueel eigendom|\bintellectual property",
    r"\bbroncode|\bsource code|\bpricing\b",
)

_DECISION = _compile(
    r"\b(?:eind)?besluit|\bbeslis|\bbeslui?t|\beindoordeel|\boordeel (?:vellen|laten)|\bbesluitvorming",
    r"\boordee?l(?:en|t)? over\b|\bknoop (?:\S+ )?doorhak|\bhakt? (?:\S+ )?knoop door",
    r"\b(?:sollicitanten|kandidaten|personeel|medewerkers) (?:laten )?(?:selecteren|beoordelen|afwijzen)",
    r"\b(?:ai|tool|chatbot|systeem|model|algoritme)\w* (?:\S+ ){0,2}(?:bepalen|kiezen|beoordelen|selecteren)\b",
    r"\bkrediet(?:beslissing|aanvragen)|\bontslag|\baanname(?:beleid|besluit)",
    r"\bdecisions?\b|\bdecide|\bfinal (?:say|call|word)\b|\bapprove or reject|\bhiring\b|\bfiring\b|\bsole judge",
    r"\b(?:ai|tool|chatbot|system|model|algorithm)s? (?:\S+ ){0,2}(?:determine|choose|judge|pick|select|rank)\b",
)
_TOOL_CHOICE = re.compile(  # who decides which tools may be used is tool governance, not a decision about people
    r"\b(?:besluit|beslist|beslissen|bepaalt|decides?|determines?) (?:\S+ ){0,2}(?:welke|of|which|whether) "
    r"(?:\S+ ){0,2}(?:tools?|apps?|software|programma'?s)\b"
)

_CHECK_VERB = (
    r"(?:controle|controleer|controleren|gecontroleerd|nakijk|nakijken|nagekeken|kijk\w* (?:\S+ ){0,3}na\b|check|"
    r"lees\w* (?:\S+ ){0,3}na\b|nalez|naleest|nagelezen|na te (?:kijken|lezen|gaan|rekenen)|getest|testen|"
    r"verifieer|verifier|geverifieerd|verificat|toets|getoetst|review|verify|verified|proofread|fact-?check|beoordeel|"
    r"dubbelcheck|double-?check)"
)
_AI_PRODUCT = (  # what an AI tool produces, or the moment before it is used
    r"(?:antwoord|output|uitkomst|resultat|tekst|feiten|bronnen|cijfers|inhoud|code|schrijft|maakt|gegenereerd|"
    r"answers?|responses?|results?|facts|content|sources|text|writes|generated|voordat|vooraf|before|prior)"
)
_CHECKING = _compile(
    r"\bblind(?:elings)?\b|\bklakkeloos|\bongezien|\bongecontroleerd|\bunchecked|\bunverified|\bblindly",
    r"\bzonder (?:\S+ ){0,3}" + _CHECK_VERB,
    r"\bwithout (?:\S+ ){0,3}" + _CHECK_VERB,
    r"\b(?:lees|read)\w* (?:\S+ ){0,3}(?:kritisch|critically)",
    r"\bhallucina",
)
# A check verb says the rule when the text also says "always / yourself / first" or names what AI produces, in
# either order. Two separate searches rather than one "verb.*context" pattern: that pattern backtracks over the
# whole text from every verb, which takes minutes on a long text that repeats a verb.
_CHECKS = re.compile(r"\b" + _CHECK_VERB)
_CHECK_CONTEXT = re.compile(
    r"\b(?:altijd|zelf|eerst|always|yourself|first|kritisch|critically)\b|\b" + _AI_PRODUCT
)

PATTERNS: dict[str, tuple[tuple[re.Pattern[str], ...], ...]] = {
    # a rule is said when all patterns of one of its groups are found
    "geen-persoonsgegevens": ((_PERSONAL,),),
    "geen-bedrijfsgeheimen": ((_SECRETS,),),
    "geen-eindbesluit": ((_DECISION,),),
    "altijd-controleren": ((_CHECKING,), (_CHECKS, _CHECK_CONTEXT)),
}
EXCEPT: dict[str, re.Pattern[str]] = {"geen-eindbesluit": _TOOL_CHOICE}
"""A text whose only match is one of these is about something else."""
MAX_CHARS = 2000
"""A rule is a sentence or two; only this much of a text is read, so that no text can make recognition slow."""


def normalise(text: str) -> str:
    """Lower case, accents removed (financiële → financiele), white space folded."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.lower().split())


@lru_cache(maxsize=4096)
def recognise(text: str) -> frozenset[str]:
    """The ids of the template's forbidden rules that ``text`` expresses (possibly several, possibly none)."""
    plain = normalise(text[: 2 * MAX_CHARS])[:MAX_CHARS]
    return frozenset(rule_id for rule_id, groups in PATTERNS.items() if _says(plain, groups, EXCEPT.get(rule_id)))


def _says(plain: str, groups: tuple[tuple[re.Pattern[str], ...], ...], unless: re.Pattern[str] | None) -> bool:
    if unless is not None:
        plain = unless.sub(" ", plain)
    return any(all(pattern.search(plain) for pattern in group) for group in groups)
