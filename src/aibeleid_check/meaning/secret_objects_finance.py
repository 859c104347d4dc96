"""The organisation's money as a secret, for :func:`.secret_objects.secrets`: prices, financial accounts,
'our figures', financial heads; not a person's finances.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.objects import _next_text
from aibeleid_check.meaning.objects_words import Words
from aibeleid_check.meaning.secret_objects_personal import _of_people

_PRICED = {
    "price": ("list", "lists", "sheet", "sheets", "book", "schedule", "schedules"),
    "pricing": ("list", "lists", "sheet", "sheets", "schedule", "schedules", "model", "models"),
    "rate": ("card", "cards", "sheet", "sheets"),
    "licensing": ("documents", "document", "agreements", "agreement", "contracts", "terms", "deals", "records"),
    "supplier": ("conditions", "terms", "agreements", "contracts", "prices", "rates"),  # what we agreed with them
    "purchase": ("prices", "conditions", "terms"),
    "purchasing": ("prices", "conditions", "terms"),
    "delivery": ("conditions", "terms"),
    "fee": ("schedule", "schedules", "structure", "structures", "table", "tables", "sheet", "sheets", "arrangements",
            "arrangement", "agreements", "agreement", "letters", "letter", "quotes", "quote", "proposals", "proposal"),
    "engagement": ("letters", "letter", "terms", "agreements", "agreement", "contracts", "contract"),
    "billing": ("arrangements", "arrangement", "rates", "terms", "records"),
    "retainer": ("agreements", "agreement", "arrangements", "arrangement", "terms"),
}  # fmt: skip


_ACCOUNTS = frozenset(("accounts", "account"))
_ACCOUNT_FOR = frozenset("for on with at op bij voor".split())
_BOOKKEEPING = frozenset("annual year-end statutory audited management financial".split())
_ACCOUNT_HOLDERS = frozenset(
    """user users ai chatgpt work personal private email e-mail bank social customer customers client clients staff
    employee employees student students your my their his her admin administrator microsoft google guest""".split()
)


def _financial_accounts(words: Words, position: int) -> bool:
    """'the firm's accounts', 'the annual accounts', 'our contracts, invoices or accounts': the organisation's
    financial accounts, owned by it, named as bookkeeping or listed beside other business objects (fees, contracts,
    invoices); not 'user accounts', 'AI accounts', 'your account' (a login) nor a client's bank account."""
    previous = words[position - 1] if position else None
    if previous is not None and (previous.text in _ACCOUNT_HOLDERS or c.AI.matches(previous)):
        return False
    if _next_text(words, position) in _ACCOUNT_FOR and any(c.AI.matches(w) for w in words[position + 2 : position + 5]):
        return False  # "the company's accounts for ChatGPT": logins to a tool
    if previous is not None and (
        previous.text in _BOOKKEEPING or previous.text.endswith("'s") and _organisation_word(previous)
    ):
        return True
    return words[position].text == "accounts" and any(
        c.BUSINESS_OBJECTS.matches(w) or w.text in _PRICED for w in words if w is not words[position]
    )


def _organisation_word(word: Word) -> bool:
    return c.ORGANISATION.matches(word) or c.COMPANY.matches(word)


_FIGURES = frozenset("figures cijfers".split())
_OURS = frozenset("our onze ons".split())


def _ours(words: Words, position: int) -> bool:
    """'our figures', 'our occupancy figures', 'onze eigen cijfers': figures the policy's own voice owns, with at
    most two words between and none of them people ('our client figures' are the clients')."""
    for back in (1, 2, 3):
        if position - back < 0:
            return False
        if words[position - back].text in _OURS:
            return not any(c.PEOPLE.matches(w) for w in words[position - back + 1 : position])
    return False


_FIN_HEADS = c.Concept(
    "financial-head",
    "details",
    "gegevens",
    "data",
    "cijfers",
    "figures",
    "informatie",
    "information",
    "stukken",
    "papers",
    "resultaten",
    "results",
    "overzichten",
    "statements",
    "positie",
    "records",
    "documents",
    "documenten",
    "plans",
    "plan",
    "plannen",
    "numbers",
    "nummers",
    "info",
    "notities",
    "notes",
    "notulen",
    "minutes",
    "memo",
    "memos",
    "verslagen",
    "reports",
    "rapporten",
    "correspondentie",
    "correspondence",
    "nota",
    "nota's",
    "notas",
    "adviezen",
    "rapportages",
    "presentaties",
    "presentations",
    "administratie",
    "administration",
)


_FINANCES = frozenset("financien finances financials geldzaken boekhouding bookkeeping".split())


def _personal_finances(words: Words, position: int) -> bool:
    """'je persoonlijke financiën', 'the finances of members': a person's money matters, no business secret."""
    before = words[max(0, position - 2) : position]
    if any(c.PERSONAL_ADJ.matches(w) or w.text in ("je", "jouw", "your", "his", "her", "zijn", "haar") for w in before):
        return True
    return _of_people(words, position)
