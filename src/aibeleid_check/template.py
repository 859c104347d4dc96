"""The template's content: its rules with stable ids, the AVG paragraph and the four field labels.

Dutch texts are the template's own words (``shared/template/ai-gebruiksbeleid-sjabloon.md``); the English
texts are our translation. The checker compares against these and the A4 page prints them.
"""

from __future__ import annotations

from dataclasses import dataclass

from aibeleid_check.findings import Message


@dataclass(frozen=True, slots=True)
class TemplateRule:
    id: str
    kind: str  # "mag" (allowed) or "mag_niet" (forbidden)
    text: Message


ALLOWED: tuple[TemplateRule, ...] = (
    TemplateRule(
        "concepten",
        "mag",
        Message(
            nl="Concepten laten schrijven: mails, teksten, samenvattingen, die je daarna zelf nakijkt.",
            en="Having drafts written: e-mails, texts, summaries, which you then check yourself.",
        ),
    ),
    TemplateRule(
        "brainstormen",
        "mag",
        Message(
            nl="Brainstormen, structureren en lange stukken laten samenvatten.",
            en="Brainstorming, structuring and having long pieces summarised.",
        ),
    ),
    TemplateRule(
        "openbare-informatie",
        "mag",
        Message(
            nl="Openbare informatie opzoeken, ordenen en vergelijken.",
            en="Looking up, ordering and comparing public information.",
        ),
    ),
    TemplateRule(
        "uitleg",
        "mag",
        Message(
            nl="Iets laten uitleggen: een formule, een regeling, een stuk code.",
            en="Having something explained: a formula, a regulation, a piece of code.",
        ),
    ),
)

FORBIDDEN: tuple[TemplateRule, ...] = (
    TemplateRule(
        "geen-persoonsgegevens",
        "mag_niet",
        Message(
            nl="Klant- of persoonsgegevens invoeren: namen, adressen, dossiers, e-mails.",
            en="Entering customer or personal data: names, addresses, files, e-mails.",
        ),
    ),
    TemplateRule(
        "geen-bedrijfsgeheimen",
        "mag_niet",
        Message(
            nl="Bedrijfsgeheimen, contracten of financiële details delen.",
            en="Sharing business secrets, contracts or financial details.",
        ),
    ),
    TemplateRule(
        "geen-eindbesluit",
        "mag_niet",
        Message(
            nl="Een eindbesluit laten nemen over mensen, geld of risico.",
            en="Letting AI take a final decision about people, money or risk.",
        ),
    ),
    TemplateRule(
        "altijd-controleren",
        "mag_niet",
        Message(
            nl="Antwoorden overnemen zonder ze zelf te controleren.",
            en="Copying answers without checking them yourself.",
        ),
    ),
)

RULES_BY_ID: dict[str, TemplateRule] = {rule.id: rule for rule in ALLOWED + FORBIDDEN}

RULE_GLOSSES_EN: dict[str, str] = {
    "geen-persoonsgegevens": "no personal data",
    "geen-bedrijfsgeheimen": "no business secrets",
    "geen-eindbesluit": "no final decisions",
    "altijd-controleren": "always check",
}
"""What a prohibition's Dutch id says, for an English message that names the id without the rule's text."""

AVG_TITLE = Message(nl="AVG, kort.", en="GDPR, in short.")
AVG_TEXT = Message(
    nl=(
        "Weet altijd waar de gegevens van een tool naartoe gaan. Gebruik voor gevoelige of persoonsgegevens "
        "alleen tools met een verwerkersovereenkomst. Bij twijfel: geen persoonsgegevens, punt."
    ),
    en=(
        "Always know where a tool sends its data. Use only tools with a data processing agreement for "
        "sensitive or personal data. When in doubt: no personal data, full stop."
    ),
)

TITLE = Message(nl="AI-gebruiksbeleid", en="AI usage policy")
HEADING_RULES = Message(nl="Wat mag wel, en wat niet", en="What is allowed, and what is not")
HEADING_ALLOWED = Message(nl="DIT MAG", en="ALLOWED")
HEADING_FORBIDDEN = Message(nl="DIT NIET", en="NOT ALLOWED")

FIELD_LABELS: dict[str, Message] = {
    "goedgekeurde_tools": Message(nl="GOEDGEKEURDE TOOLS", en="APPROVED TOOLS"),
    "aanspreekpunt": Message(nl="AANSPREEKPUNT BIJ TWIJFEL", en="CONTACT WHEN IN DOUBT"),
    "geldt_voor": Message(nl="DIT BELEID GELDT VOOR", en="THIS POLICY APPLIES TO"),
    "ingangsdatum": Message(nl="INGANGSDATUM", en="EFFECTIVE DATE"),
}
FIELD_QUESTIONS: dict[str, Message] = {
    "goedgekeurde_tools": Message(nl="Welke AI-tools mag het team gebruiken?", en="Which AI tools may the team use?"),
    "aanspreekpunt": Message(nl="Wie beslist als iemand twijfelt?", en="Who decides when someone is in doubt?"),
    "geldt_voor": Message(nl="Wie valt eronder?", en="Who does it cover?"),
    "ingangsdatum": Message(nl="Vanaf wanneer?", en="From when?"),
}
REQUIRED_FIELDS: tuple[str, ...] = tuple(FIELD_LABELS)
