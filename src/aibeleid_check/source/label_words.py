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
        "wat wel mag",
        "wat wel kan",
        "may",  # a bold run-in label: "**May:** use AI to draft …", "**Mag:** teksten laten opstellen …"
        "mag",
        "doen",  # "**Doen:**" over what may be done, the counterpart of "Niet doen:"
        "dit kan",  # "Wat kan wel / Wat niet kan": a tenth-round tester's headings
        "wat kan",
        "dit kan wel",
        "wat kan wel",
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
        "wat niet kan",  # exact only: "Wat AI niet kan" is about what a tool cannot do
        "dit kan niet",
        "wat kan niet",
        "kan niet",
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
        "verification",
        "verificatie",
        "controle",
        "checking ai output",
        "output review",
        "human review",
        "menselijke controle",
        "nakijken",
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
        "questions",  # a run-in label: "**Questions:** ask Aroha Ngata, …", as "Questions?" is
        "vragen",
    ),
    "geldt_voor": (
        "dit beleid geldt voor",
        "geldt voor",
        "voor wie",
        "applies to",
        "this policy applies to",
        "scope",
        "aan",  # a memo's addressees
        "to",
        "who",  # a slide's or a run-in label's one word: "Slide 2 – Who?", "**Who:** all staff"
        "for whom",
        "wie",
        "who this covers",
        "who it covers",
        "who this policy covers",
        "who is covered",
        "who this applies to",
        "who it applies to",
        "wie vallen eronder",
        "wie valt eronder",
        "wie vallen hieronder",
        "wie valt hieronder",
    ),
    "ingangsdatum": (
        "ingangsdatum",
        "datum van ingang",
        "geldig vanaf",
        "vanaf",  # "**Vanaf:** 1 februari 2026" (ninth testers' round)
        "met ingang van",
        "effective date",
        "start date",
        "effective from",
        "effective",
        "valid from",
        "in force from",
        "in force",
        "inwerkingtreding",
        "in werking",
        "datum inwerkingtreding",
        "entry into force",  # "Article 8 – Entry into force", the regulation's counterpart of "Inwerkingtreding"
        "coming into force",
        "commencement",
        "ingang",  # "## Ingang" over "De richtlijn geldt vanaf 1 april 2026."
        "when",  # "**When:** effective from 1 March 2026"
        "wanneer",
        "start",  # "Slide 8 – Start"
    ),
    "herzieningsdatum": ("herzieningsdatum", "herziening", "volgende herziening", "review date", "next review"),
    "versie": ("versie", "version"),
    "organisatie": ("organisatie", "organisation", "organization", "bedrijf", "company"),
    "afspraken": (
        "verder afgesproken",
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
        "gdpr in short",  # the template's "AVG, kort." as people translate it (sixth round)
        "gdpr in brief",
        "gdpr, briefly",
        "avg in het kort",
        "avg in short",
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
        "traffic light",
        "traffic light guide",
        "the traffic light",
        "stoplicht",
        "het stoplicht",
        "stoplichtmodel",
        "wat wel en wat niet",  # over a "Wel | Niet" table, or DIT MAG and DIT NIET: both lists
        "wat wel, wat niet",
        "wel en niet",
        "wel of niet",
        "what is and is not allowed",
        "what is and isn't allowed",
        "what's allowed and what's not",
        "allowed and not allowed",
        "toegestaan en niet toegestaan",
    }
)
"""Headings that only group sections (the template's "HET BELEID"): no content of their own, no warning."""

RULE_GROUPS = frozenset(
    {
        "regels",
        "de regels",
        "spelregels",
        "spelregels voor ai",
        "spelregels voor ai-gebruik",
        "spelregels voor het gebruik van ai",
        "ai-spelregels",
        "ground rules for ai",
        "rules for ai",
        "rules for using ai",
        "gedragsregels",
        "huisregels",
        "rules",
        "the rules",
        "ground rules",
        "house rules",
        "dos and don'ts",
        "do's and don'ts",
        "golden rules",
        "gouden regels",
        "key rules",
        "basic rules",
        "basisregels",
        "our ai rules",
        "onze ai-regels",
        "ai-regels",
        "ai rules",
        "rules of the road",
        "the basics",
        "de basis",
        "de basisregels",
        "guidelines",
        "richtlijnen",
        "afspraken over ai",
        "kernregels",
        "principles",
        "core principles",
        "guiding principles",
        "kernprincipes",
        "uitgangspunten",
        "wat je moet weten",  # an introduction over prose, rules over a list: both read as they are
        "what you need to know",
        "afspraken",  # a bare "Afspraken" over the rules' bullets is the rules (ninth round); further ones are
        # "Verder afgesproken" / "Overige afspraken", which the writers write
        "onze afspraken",  # "Onze afspraken" over "We zetten nooit …", "We gebruiken AI om …": the rules
        "our agreements",
        "onze ai-afspraken",
        "our ai agreements",
        "ai-afspraken",
        "ai agreements",
        "onze afspraken over ai",
        "our agreements on ai",
    }
)
"""Headings that group the rule lists ("## Regels" above DIT MAG and DIT NIET), or hold mixed rules
themselves ("Golden rules"): a rule right under such a heading that says "not" or "never" in its first words
is read as ``regels.mag_niet``, any other as ``regels.moet`` (both counted by meaning, as in YAML)."""

WE_DO = frozenset(
    {"what we do", "wat wij doen", "wat we doen", "dit doen we", "dit doen wij", "this is what we do"}
    | {"dit doen we wel", "dit doen wij wel"}
)
"""The counterpart of "What we never do": its items are what we do with AI (permissions) and what we always
do or check (duties), read by their first words (``~do``)."""

INTRO = frozenset(
    {
        "inleiding",
        "introductie",
        "introduction",
        "purpose",
        "doel",
        "doel van dit beleid",
        "purpose of this policy",
        "achtergrond",
        "background",
        "why we have this",
        "why we have this policy",
        "waarom dit beleid",
        "waarom deze afspraken",
        "over dit beleid",
        "about this policy",
        "context",
        "overview",
        "overzicht",
        "samenvatting",
        "summary",
        "definitions",
        "definities",
        "begrippen",
        "begripsbepalingen",
        "waarom dit hoofdstuk",
        # a summary box over the rules the sections state ("In short", "Samengevat"): read as text, no warning
        "in short",
        "in brief",
        "at a glance",
        "in a nutshell",
        "samengevat",
        "kort samengevat",
        "in het kort",
        "in een notendop",
        "why this policy",
        "why these rules",
        "why these agreements",
        "waarom deze regels",
        "waarom regels",
        # a colophon or its adoption line: the labels under it give their fields ("Approved tools: …")
        "colophon",
        "colofon",
        "vastgesteld",
        "vastgesteld door",
        "adopted",
        "adopted by",
        "approved by",
        "goedgekeurd door",
        "goedgekeurd op",
        "vastgesteld op",
        "approved on",
        "adopted on",
        "memorandum",
        "memo",
        "from",
        "date",
        "subject",
        "sent",
        "cc",
        "bcc",
        "verzonden",
        "verstuurd",
        "van",
        "datum",
        "onderwerp",
        "kenmerk",
    }
)
"""An organisation's own introduction: what is under it is read like text outside the sections (a
prohibition there counts, AIB406), without the unknown-heading warning."""

PAIRED_LIST_WORDS = {
    "wel": "mag",
    "niet": "mag_niet",
    "doen": "mag",
    "✓": "mag",
    "✔": "mag",
    "✗": "mag_niet",
    "✘": "mag_niet",
}
"""A word that names a rule list only beside its opposite: a rule table's header ("Wel | Niet", "✓ | ✗"), or
a heading alone ("## Wel" over its items, then "## Niet")."""

PROVISION_TOPICS = frozenset(
    {
        *("who decides", "who makes the decision", "decisions"),
        *("wie beslist", "wie besluit", "wie beslist er", "besluiten", "beslissingen", "menselijke beslissingen"),
        *("wat je erin stopt", "wat stop je erin", "what you put in", "what you put into ai", "what goes in"),
    }
)
"""A heading over sentences that are rules by their own words, as a regulation's article is ("Who decides" over
"Legal advice … is given by a lawyer, never by AI"): each goes to the list its words say, other text stays text."""

APPROVED_LABELS = frozenset({"goedgekeurd", "approved"})
"""A label that says what was approved: the tools when its value names them ("Goedgekeurd: ChatGPT Team,
Copilot"), else who and when approved the policy ("Goedgekeurd: 3 maart 2026 door het MT")."""

PEOPLES_DATA = (
    *("player data", "pupil data", "student data", "learner data", "staff data", "employee data", "parent data"),
    *("guest data", "resident data", "candidate data", "applicant data", "volunteer data", "children's data"),
    *("spelersgegevens", "leerlinggegevens", "leerlingegevens", "medewerkersgegevens"),
    *("personeelsgegevens", "oudergegevens", "bewonersgegevens", "gastgegevens", "sollicitantgegevens"),
)
"""The data of the people an organisation serves or employs, as a tool's personal-data detail or column ("no
player data", "Leerlinggegevens: nee")."""

TOOL_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "verwerkersovereenkomst",
        ("verwerkersovereenkomst", "verwerkers", "dpa", "processing agreement", "vwo", "agreement", "overeenkomst"),
    ),
    (
        "persoonsgegevens",
        (
            "persoonsgegevens",
            "personal data",
            "personal",
            "klantgegevens",
            "cliëntgegevens",
            "patiëntgegevens",
            "client data",
            "customer data",
            "patient data",
            "member data",
            *PEOPLES_DATA,
        ),
    ),
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

# The nouns by which a text names the policy it is, from one base. Each use adds what it alone needs; the
# differences are deliberate (a title says "Protocol", a scope sentence "This chapter"), so each stays named.
RULES_NOUNS = ("beleid", "policy", "richtlijnen", "guidelines", "regels", "rules", "afspraken")
"""What a text calls the rules it states ("From 2 March 2026 the following rules apply to every member of
staff", "AI-afspraken Bakkerij X")."""
NAME_NOUNS = (*RULES_NOUNS, "richtlijn", "guidance", "handboek", "handbook")
"""A document's name for itself: the rules' nouns, the singular guideline and the book forms."""
TITLE_NOUNS = (*NAME_NOUNS, "protocol", "gedragscode", "reglement")
"""The word of a title around which the organisation is named ("Protocol AI-gebruik Gemeente Oss")."""
SUBJECT_NOUNS = (
    *NAME_NOUNS,
    *("policies", "faq", "chapter", "hoofdstuk", "section", "memo", "document"),
    *("reglement", "protocol", "regeling", "gedragscode", "page", "pagina", "intranet page", "intranetpagina"),
    *("guide", "handleiding", "gids", "leidraad", "afspraak", "agreement"),
)
"""The subject of a scope sentence ("This chapter applies to …", "Dit memo geldt voor …", "This guide is for …",
"Deze (werk)afspraak geldt voor …"): also a part of a document, the memo, the guide, or the one agreement, that says
whom it is for."""


def one_of(words: tuple[str, ...]) -> str:
    """A regular expression group matching any of ``words`` (the longest first, so none hides a longer one)."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"
