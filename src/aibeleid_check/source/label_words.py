"""The words documents use for the parts of a policy, as data: section labels in Dutch and English, the
labels the writers write, the template's own parts to skip, grouping headings, tool-table headers and contact
parts. :mod:`aibeleid_check.source.labels` holds the functions that compare text with them (and re-exports
these names).
"""

from __future__ import annotations

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
    {
        "regels",
        "de regels",
        "spelregels",
        "gedragsregels",
        "huisregels",
        "rules",
        "the rules",
        "ground rules",
        "house rules",
        "dos and don'ts",
        "do's and don'ts",
    }
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
