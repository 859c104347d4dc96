"""The limits of the two data rules: the data goes into AI only through an approval, or only when public.

The data goes in only after an approval ("pas na toestemming van de FG", "requires prior approval"), AI is
unfit for it ("AI tools are unsuitable for personal information"), or only what is public may go in
("niets wat niet op internet zou mogen staan", "treat every prompt as if it will be published", "limit what
you share to what is public"). A limit whose condition is not named ("alleen onder voorwaarden", "under
certain conditions") or that names a legal basis ("only where it has a lawful basis") is none.
:mod:`.data_rules` reads the protected object and asks these readings.

This module reads the approval the data goes in through and AI being unfit for it; :mod:`.data_limits_public` the
limit to what is public, :mod:`.data_limits_unpublished` what is not public, :mod:`.data_limits_parties` sharing with
another party, and :mod:`.data_limits_conditions` the limits that are none.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.data_limits_conditions import _legal_basis, _vague_condition
from aibeleid_check.meaning.data_limits_parties import _other_party
from aibeleid_check.meaning.data_limits_public import _limits, _public_limit, _task_example
from aibeleid_check.meaning.data_limits_unpublished import documents_not_public, people_not_public, public_of_people
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.morph import Word

_NOT_BEFORE = ("na", "nadat", "als", "wanneer", "zodra", "indien", "met")
_REQUIRES = ("requires", "require", "required", "requiring", "needs", "need", "subject", "vereist", "vereisen",
             "behoeft", "vergt", "vraagt", "afhankelijk", "conditional", "contingent")  # fmt: skip


def _gated(words: Words) -> list[Word]:
    """'Persoonsgegevens voer je pas in na toestemming van de FG', 'entering client data requires prior
    approval from the DPO': the data goes in only through an approval, a limit (guide decision 2)."""
    consulted = _consulted_before(words)
    if consulted:
        return consulted  # "Before using data subject to HIPAA in AI platforms, please reach out to the Privacy Office"
    gates = [w for w in words if c.GATE.matches(w)]
    if not gates:
        return []
    first = words.index(gates[0])
    after = words[first + 1 : first + 6]
    if any(
        (c.PEOPLE.matches(w) or w.text in ("betrokkene", "betrokkenen", "subject", "subjects", "concerned"))
        and not (p + 1 < len(after) and after[p + 1].text in _ROLES)
        for p, w in enumerate(after[:4])
    ):
        return []  # "requires the consent of the client / data subject": a legal basis, not the way in
    if any(w.text in _BEFORE for w in words[:first]) and any(w.text in _ASKS for w in words[max(0, first - 5) : first]):
        return [gates[0]]  # "Before using identifiable FERPA data in AI platforms, request permission from …"
    for position, word in enumerate(words[:first]):
        if word.text == "pas" and any(w.text in _NOT_BEFORE for w in words[position + 1 : first + 1]):
            return [word, gates[0]]  # "pas na toestemming", "gaat pas een AI-tool in nadat de CISO akkoord geeft"
        if word.text in _REQUIRES and first - position <= 4:
            return [word, gates[0]]  # "requires the prior approval of", "is subject to prior approval"
    needed = [w for w in words[first + 1 : first + 7] if w.text in _NEEDED]
    return [gates[0], needed[0]] if needed else []  # "is vooraf toestemming van de FG nodig"


_ROLES = frozenset("officer officers functionaris team desk manager board committee commissie lead".split())
_BEFORE = frozenset("before voordat alvorens prior".split())
_ASKS = frozenset("request requests ask asks obtain obtains seek seeks get vraag vraagt aanvragen verkrijg".split())
_CONSULT = frozenset("contact consult overleg raadpleeg".split())
_OFFICES = frozenset("office officer officers fg dpo functionaris privacyofficer privacy-officer".split())


def _consulted_before(words: Words) -> list[Word]:
    """'Before using client data in AI platforms, reach out to the Privacy Office', 'Overleg met de FG voordat je
    klantgegevens in een AI-tool zet': the office that guards the data consulted before the data goes in, the way
    in through an approval (guide decision 2)."""
    if not any(w.text in _BEFORE for w in words) or not any(c.names_ai(w) for w in words):
        return []
    for position, word in enumerate(words):
        reach = word.text == "reach" and words[position + 1 : position + 2] and words[position + 1].text == "out"
        if word.text in _CONSULT or reach:
            office = [w for w in words[position + 1 : position + 7] if w.text in _OFFICES]
            if office:
                return [word, office[0]]
    return []


_NEEDED = ("nodig", "vereist", "verplicht", "noodzakelijk", "needed", "required", "necessary", "mandatory")


_FIT = ("unsuitable", "ongeschikt", "ongeschikte", "inappropriate", "unfit", "suitable", "geschikt", "geschikte",
        "appropriate", "passend", "passende", "juiste", "right", "safe", "veilig", "veilige", "wrong", "verkeerde",
        "unsafe", "onveilig", "onveilige")  # fmt: skip
_APPROVED = ("approved", "authorised", "authorized", "cleared", "goedgekeurd")


def _unfit_for(words: Words, found: list[Word]) -> bool:
    """'AI tools are unsuitable for personal information', 'ChatGPT is geen geschikte omgeving voor
    klantdossiers': under a negation, unfit for the data is the rule against putting it there."""
    first = min(w.index for w in found)
    return any(
        (w.text in _FIT or _not_approved(words, w, found))
        and any(f.text in ("for", "voor") and w.index < f.index < first for f in words)
        and first - w.index <= 6
        for w in words
    )


def _not_approved(words: Words, word: Word, found: list[Word]) -> bool:
    """'Public AI tools are not approved for confidential tenant data': a tool not approved for the data is unfit
    for it; 'approved for most data, but not all of it' and 'not approved for client work' (work, no data) are not."""
    position = words.index(word)
    negated = position and words[position - 1].text in ("not", "niet", "never", "nooit")
    return bool(negated) and word.text in _APPROVED and not any(w.text in _WORK for w in found)


_WORK = frozenset("work werk werkzaamheden tasks taken".split())  # "client work" is work done, no data handed over


__all__ = [
    "_gated",
    "_legal_basis",
    "_limits",
    "_other_party",
    "_public_limit",
    "_task_example",
    "_unfit_for",
    "_vague_condition",
    "documents_not_public",
    "people_not_public",
    "public_of_people",
]
