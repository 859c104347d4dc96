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
    # Dutch compounds: klantgegevens, persoonsgegevens, patientdossiers, personeelsinformatie, NAW-gegevens …
    r"\b(?:klant|client|patient|persoon|persoons|personeel|personeels|medewerker|werknemer|leerling|student|"
    r"leden|lid|burger|cursist|bewoner|sollicitant|contact|adres|naw|gezondheid|medische?|privacy|prive)"
    r"[a-z]*[\s-]*(?:gegevens|data|informatie|dossiers?|bestanden|e-?mails?|adressen|namen)",
    r"\bgegevens (?:van|over) (?:klanten|personen|mensen|medewerkers|clienten|patienten|leerlingen|collega)",
    r"\bpersoonlijke (?:gegevens|informatie|data)",
    r"\b(?:namen|adressen|e-?mailadressen|telefoonnummers|geboortedata|bsn|burgerservicenummers?|iban)\b",
    r"\b(?:klantdossiers?|dossiers)\b",
    r"\bprivacygevoelig|\bherleidbaar|\bbijzondere (?:categorie|persoonsgegevens)",
    # English
    r"\bpersonal(?:ly identifiable)? (?:data|information|details)",
    r"\b(?:customer|client|patient|employee|staff|student|user|member|health|medical)s?'? "
    r"(?:data|information|details|records|files|names)",
    r"\bpii\b|\bnames and addresses\b|\bemail addresses\b|\bsocial security\b|\bdata about (?:people|customers)",
)

_SECRETS = _compile(
    r"\bbedrijfs(?:geheim|gevoelig|vertrouwelijk)|\bvertrouwelijk|\bgeheimhouding|\bgeheime?\b|\bconfidential",
    r"\bcontract|\bovereenkomsten?\b|\bprijsafspra|\bofferte|\btarieven|\bsalaris|\bloonstrook|\bjaarcijfers|\bomzet",
    r"\bfinancie(?:le|el)[\s-]*(?:details|gegevens|cijfers|informatie|data|stukken|resultaten|overzichten|positie)",
    r"\bfinancial (?:details|data|figures|information|records|statements|results)",
    r"\b(?:interne|internal) (?:documenten|stukken|documents|informatie|information)",
    r"\b(?:business|trade|company) secrets?|\bproprietary|\bintellectueel eigendom|\bintellectual property",
    r"\bbroncode|\bsource code|\bpricing\b",
)

_DECISION = _compile(
    r"\b(?:eind)?besluit|\bbeslis|\bbeslui?t|\beindoordeel|\boordeel (?:vellen|laten)|\bbesluitvorming",
    r"\b(?:sollicitanten|kandidaten|personeel|medewerkers) (?:laten )?(?:selecteren|beoordelen|afwijzen)",
    r"\bkrediet(?:beslissing|aanvragen)|\bontslag|\baanname(?:beleid|besluit)",
    r"\bdecisions?\b|\bdecide|\bfinal say\b|\bapprove or reject|\bhiring\b|\bfiring\b|\bsole judge",
)

_CHECK_VERB = (
    r"(?:controle|controleer|controleren|gecontroleerd|nakijk|nakijken|nagekeken|kijk\w* (?:\w+ )?na|check|"
    r"verifieer|verifier|geverifieerd|toets|getoetst|review|verify|verified|proofread|fact-?check|beoordeel|"
    r"dubbelcheck|double-?check)"
)
_CHECKING = _compile(
    r"\bblind(?:elings)?\b|\bklakkeloos|\bongezien|\bongecontroleerd|\bunchecked|\bunverified|\bblindly",
    r"\bzonder (?:\w+ ){0,3}" + _CHECK_VERB,
    r"\bwithout (?:\w+ ){0,3}" + _CHECK_VERB,
    r"\b" + _CHECK_VERB + r"\w*\b.*\b(?:altijd|zelf|eerst|always|yourself|first)\b",
    r"\b(?:altijd|zelf|eerst|always|yourself|first|kritisch|critically)\b.*\b" + _CHECK_VERB,
    r"\b" + _CHECK_VERB + r"\w* (?:\w+ ){0,4}(?:antwoord|output|uitkomst|resultat|tekst|feiten|bronnen|answers|"
    r"results|facts|content|sources)",
    r"\b(?:antwoord|output|uitkomst|resultat|tekst|feiten|answers|results|facts|content)\w* (?:\w+ ){0,5}"
    + _CHECK_VERB,
    r"\bhallucina",
)

PATTERNS: dict[str, re.Pattern[str]] = {
    "geen-persoonsgegevens": _PERSONAL,
    "geen-bedrijfsgeheimen": _SECRETS,
    "geen-eindbesluit": _DECISION,
    "altijd-controleren": _CHECKING,
}


def normalise(text: str) -> str:
    """Lower case, accents removed (financiële → financiele), white space folded."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.lower().split())


@lru_cache(maxsize=4096)
def recognise(text: str) -> frozenset[str]:
    """The ids of the template's forbidden rules that ``text`` expresses (possibly several, possibly none)."""
    plain = normalise(text)
    return frozenset(rule_id for rule_id, pattern in PATTERNS.items() if pattern.search(plain))
