"""The words a document uses for the parts of a policy: headings, bold labels and tool-table headers.

Shared by the Word and Markdown readers (through :mod:`aibeleid_check.source.structure`), by ``detect``
(is this Markdown file a policy?) and by the document writers (which write the first label of each).
Labels are compared after :func:`norm`: lower case, no emphasis marks, ✓/✗, trailing colon or full stop.
"""

from __future__ import annotations

import difflib
import re

from aibeleid_check.template import FIELD_QUESTIONS, RULES_BY_ID

SECTIONS: dict[str, tuple[str, ...]] = {
    "mag": (
        "dit mag",
        "wat mag wel",
        "wat mag",
        "mag wel",
        "toegestaan",
        "do's",
        "dos",
        "allowed",
        "what you may do",
        "what is allowed",
        "toegestaan gebruik",
        "toegestane toepassingen",
        "wel doen",
        "dit mag wel",
        "mag altijd",
        "permitted",
        "permitted use",
        "permitted uses",
        "allowed use",
        "allowed uses",
        "acceptable use",
        "acceptable uses",
        "you may",
        "you can",
        "do",
    ),
    "mag_niet": (
        "dit niet",
        "dit mag niet",
        "wat mag niet",
        "mag niet",
        "niet toegestaan",
        "verboden",
        "don'ts",
        "donts",
        "not allowed",
        "what you may not do",
        "forbidden",
        "what is not allowed",
        "niet toegestaan gebruik",
        "niet toegestane toepassingen",
        "verboden gebruik",
        "niet doen",
        "nooit",
        "wat niet",
        "not permitted",
        "prohibited",
        "prohibited use",
        "prohibited uses",
        "unacceptable use",
        "unacceptable uses",
        "you must not",
        "you may not",
        "do not",
        "don't",
        "dont",
        "never",
        "restrictions",
    ),
    "moet": (
        "altijd",
        "dit moet",
        "wat moet",
        "moet",
        "verplicht",
        "must",
        "always",
        "what you must do",
        "what you must always do",
        "verplichtingen",
        "plichten",
        "eisen",
        "altijd doen",
        "dit moet je doen",
        "requirements",
        "responsibilities",
        "obligations",
        "you must",
        "you must always",
        "always do",
    ),
    "goedgekeurde_tools": (
        "goedgekeurde tools",
        "goedgekeurde ai-tools",
        "toegestane tools",
        "tools",
        "ai-tools",
        "approved tools",
        "approved ai tools",
        "approved ai-tools",
    ),
    "aanspreekpunt": (
        "aanspreekpunt bij twijfel",
        "aanspreekpunt",
        "contactpersoon",
        "contact",
        "contact when in doubt",
        "contact person",
        "point of contact",
    ),
    "geldt_voor": ("dit beleid geldt voor", "geldt voor", "voor wie", "applies to", "this policy applies to", "scope"),
    "ingangsdatum": (
        "ingangsdatum",
        "datum van ingang",
        "geldig vanaf",
        "effective date",
        "start date",
        "effective from",
    ),
    "herzieningsdatum": ("herzieningsdatum", "herziening", "volgende herziening", "review date", "next review"),
    "versie": ("versie", "version"),
    "organisatie": ("organisatie", "organisation", "organization", "bedrijf", "company"),
    "afspraken": (
        "verder afgesproken",
        "afspraken",
        "overige afspraken",
        "verdere afspraken",
        "agreements",
        "further agreements",
        "other agreements",
    ),
}
"""Section or field -> the labels that open it (the first is what the writers write, in Dutch)."""

SHOWN = {
    "mag": "DIT MAG",
    "mag_niet": "DIT NIET",
    "moet": "ALTIJD",
    "goedgekeurde_tools": "GOEDGEKEURDE TOOLS",
    "aanspreekpunt": "AANSPREEKPUNT BIJ TWIJFEL",
    "geldt_voor": "DIT BELEID GELDT VOOR",
    "ingangsdatum": "INGANGSDATUM",
    "herzieningsdatum": "Herzieningsdatum",
    "versie": "Versie",
    "organisatie": "Organisatie",
    "afspraken": "VERDER AFGESPROKEN",
}
SHOWN_EN = {
    "mag": "ALLOWED",
    "mag_niet": "NOT ALLOWED",
    "moet": "ALWAYS",
    "goedgekeurde_tools": "APPROVED TOOLS",
    "aanspreekpunt": "CONTACT WHEN IN DOUBT",
    "geldt_voor": "THIS POLICY APPLIES TO",
    "ingangsdatum": "EFFECTIVE DATE",
    "herzieningsdatum": "Review date",
    "versie": "Version",
    "organisatie": "Organisation",
    "afspraken": "FURTHER AGREEMENTS",
}

IGNORED = frozenset(
    {
        # the template's own non-policy parts: its introduction, "why", the fill-in intro and the advertisement
        "voordat je begint",
        "niet of, maar hoe",
        "waarom afspraken",
        "je data",
        "duidelijkheid",
        "avg",
        "avg, kort",
        "avg kort",
        "gdpr, in short",
        "gdpr",
        "1 a4",
        "vul in voor jullie",
        "maak het van jullie",
        "wil je dit goed regelen voor je hele team?",
        "besluitpartners.nl",
        "delft · heel nederland",
        "sjabloon voor ondernemers · ai & data",
        "before you start",
        "why agree",
        "fill in for your team",
        "privacy",
        "avg (privacy)",
    }
)
"""Headings and labels that are recognised and skipped with what follows them, without a warning."""

CONTAINERS = frozenset(
    {
        "het beleid",
        "wat mag wel, en wat niet",
        "wat mag wel en wat niet",
        "what is allowed, and what is not",
        "the policy",
        "invulvelden",
        "velden",
        "gegevens",
        "details",
    }
)
"""Headings that only group sections (the template's "HET BELEID"): no content of their own, no warning."""

RULE_GROUPS = frozenset(
    {"regels", "de regels", "spelregels", "gedragsregels", "huisregels", "rules", "the rules",
     "ground rules", "house rules", "dos and don'ts", "do's and don'ts"}
)
"""Headings that group the rule lists ("## Regels" above DIT MAG and DIT NIET), or hold mixed rules
themselves: rules right under such a heading are read as ``regels.moet`` (counted by meaning, as in YAML)."""

TOOL_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("verwerkersovereenkomst", ("verwerkersovereenkomst", "verwerkers", "dpa", "processing agreement", "vwo")),
    ("persoonsgegevens", ("persoonsgegevens", "personal data", "personal")),
    ("leverancier", ("leverancier", "vendor", "supplier", "aanbieder")),
    ("abonnement", ("abonnement", "plan", "subscription", "licentie", "licence", "license")),
    ("datalocatie", ("datalocatie", "data location", "locatie", "location")),
    ("toelichting", ("toelichting", "note", "notes", "opmerking", "opmerkingen", "remarks")),
    ("doorgiftegrond", ("doorgiftegrond", "doorgifte", "transfer basis", "transfer")),
    ("naam", ("tool", "naam", "name", "ai-tool", "tools", "dienst", "service")),
)
"""Tool-table header words, in Dutch and English, checked in this order (``tool`` last: "ai-tool x")."""
TOOL_HEADERS = {
    "naam": "Tool",
    "verwerkersovereenkomst": "Verwerkersovereenkomst",
    "persoonsgegevens": "Persoonsgegevens",
    "leverancier": "Leverancier",
    "abonnement": "Abonnement",
    "datalocatie": "Datalocatie",
    "toelichting": "Toelichting",
    "doorgiftegrond": "Doorgiftegrond",
}

TOOL_HEADERS_EN = {
    "naam": "Tool",
    "verwerkersovereenkomst": "Processing agreement",
    "persoonsgegevens": "Personal data",
    "leverancier": "Vendor",
    "abonnement": "Plan",
    "datalocatie": "Data location",
    "toelichting": "Note",
    "doorgiftegrond": "Transfer basis",
}

CONTACT_PARTS = {
    "naam": ("naam", "name"),
    "rol": ("rol", "role", "functie", "function"),
    "email": ("e-mail", "email", "mail", "e-mailadres"),
    "telefoon": ("telefoon", "phone", "tel", "telefoonnummer", "telephone"),
}

_LOOKUP = {label: key for key, labels in SECTIONS.items() for label in labels}
_STRIP = re.compile(r"^[\s✓✗✔✘☐☑•*_#>\-–—]+|[\s*_:.;,]+$")
_PROMPTS = frozenset(" ".join(m.text(lang).lower().split()) for m in FIELD_QUESTIONS.values() for lang in ("nl", "en"))
_TEMPLATE_TEXTS = {
    " ".join(rule.text.text(lang).lower().split()).rstrip("."): rule.id
    for rule in RULES_BY_ID.values()
    for lang in ("nl", "en")
}
_POLICY_WORD = re.compile(r"beleid|policy|richtlijn|guideline", re.IGNORECASE)


def norm(text: str) -> str:
    """A label as compared: one line, lower case, without ✓/✗, emphasis marks or a trailing colon."""
    return _STRIP.sub("", " ".join(text.replace("’", "'").split()).lower())


_BULLET = re.compile(r"^[\s✓✗✔✘☐☑•·▪*\-–—]+")


def item_text(text: str) -> str:
    """A list item's text without its bullet or ✓/✗ mark (what the template puts before each rule)."""
    return _BULLET.sub("", " ".join(text.split()))


def classify(text: str) -> str | None:
    """The section or field a heading or label opens, ``"~ignore"``, ``"~container"``, or ``None``."""
    key = norm(text)
    if key in _LOOKUP:
        return _LOOKUP[key]
    if key in IGNORED:
        return "~ignore"
    if key in CONTAINERS:
        return "~container"
    if key in RULE_GROUPS:
        return "~rules"
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


def nearest(text: str) -> str:
    """The known section closest to an unknown heading (``"mag"``, shown by the rule in the run's language as
    DIT MAG or ALLOWED), or ``""`` when none is close."""
    match = difflib.get_close_matches(norm(text), list(_LOOKUP), n=1, cutoff=0.6)
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
