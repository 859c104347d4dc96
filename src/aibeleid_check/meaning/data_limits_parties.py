"""Sharing with another party or the internet, no AI named ("Wij delen nooit persoonsgegevens met derden"):
:func:`_other_party`, and the parties that are only part of what is shared ("contracten met verladers of andere
vertrouwelijke informatie", "vertrouwelijke afspraken met partners").
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.finding import Words


def _other_party(words: Words) -> bool:
    """'Wij delen nooit persoonsgegevens met derden', 'geen persoonlijke gegevens op internet zetten': sharing with
    another party or the internet, and no AI named (the internet as a destination is no AI tool)."""
    if any(c.AI.matches(w) and (w.text != "internet" or any(c.ENTER.matches(e) for e in words)) for w in words):
        return False  # ("data entered … would be considered released to the internet": entered into a tool)
    return any(
        c.THIRD_PARTY.matches(w)
        and not _determiner_other(words, i)
        and not _party_of_object(words, i)
        and not channel_of_data(words, i)
        and any(p.text in _TO_PARTY for p in words[max(0, i - 3) : i])
        for i, w in enumerate(words)
    )


_CHANNEL_DATA = frozenset(
    "address addresses adres adressen number numbers nummer nummers account accounts lijst lijsten"
    " list lists threads thread".split()
)


def channel_of_data(words: Words, position: int) -> bool:
    """'exports with e-mail addresses', 'lijsten met telefoon nummers': a channel word right before a data noun
    names what is in the data, no party or channel it is shared over (round 27)."""
    return position + 1 < len(words) and words[position + 1].text in _CHANNEL_DATA


_TO_PARTY = ("met", "with", "aan", "to", "naar", "buiten", "outside", "per", "via", "op", "on", "by")
_OTHER = frozenset(("ander", "andere", "other"))


def _determiner_other(words: Words, position: int) -> bool:
    """'contracten met verladers of andere vertrouwelijke informatie', 'or other confidential material': *andere*
    before a noun is a determiner of what is shared, no other party ('met anderen', 'with others'); before a
    party or an organisation it still names one ('met andere organisaties')."""
    if words[position].text not in _OTHER or position + 1 >= len(words):
        return False
    following = words[position + 1]
    singular = (following.text, following.text.removesuffix("s"))  # ("organisaties")
    return not (
        c.THIRD_PARTY.matches(following) or c.ORGANISATION.matches_forms(singular) or c.PEOPLE.matches(following)
    )


_GENERIC_PARTIES = frozenset(
    "derden derde third anderen others externen buitenstaanders outsiders partijen parties".split()
)


def _party_of_object(words: Words, position: int) -> bool:
    """'contracten met verladers of andere …', 'contracts with suppliers or other confidential material': a named
    kind of party right after a business object and its preposition, with the list of objects going on after it,
    is the object's counterparty, not who it is shared with ('contracten met derden delen' and 'Share no contracts
    with vendors' still share with them)."""
    if position < 2 or words[position].text in _GENERIC_PARTIES:
        return False
    if _confidential_agreement(words, position):
        return True
    if position + 2 >= len(words):
        return False
    listed = words[position + 2]
    if words[position + 1].text not in ("of", "or", "en", "and") or (
        c.THIRD_PARTY.matches(listed) and not _determiner_other(words, position + 2)
    ):
        return False  # ("Share no contracts with vendors", "met leveranciers, klanten of partners": the parties)
    return words[position - 1].text in ("met", "with") and c.BUSINESS_OBJECTS.matches(words[position - 2])


_AGREEMENTS = frozenset(
    "afspraak afspraken overeenkomst overeenkomsten agreement agreements arrangement arrangements deal deals".split()
)


def _confidential_agreement(words: Words, position: int) -> bool:
    """'vertrouwelijke afspraken met partners', 'confidential agreements with suppliers': the party after an
    agreement marked confidential or secret is who the agreement is with; the agreements are the organisation's
    confidential information ('vertrouwelijke informatie met partners delen' still shares with them)."""
    if position < 3 or words[position - 1].text not in ("met", "with"):
        return False
    if words[position - 2].text not in _AGREEMENTS:
        return False
    return c.SECRET_WORDS.matches(words[position - 3]) or c.SENSITIVE.matches(words[position - 3])
