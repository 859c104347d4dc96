"""Data kept away from AI, and the removing or preventing that protects it.

"Blijft buiten AI-tools", "keep it out of", "must stay on our own servers", "Voorkom dat persoonsgegevens in
AI-tools terechtkomen", "Verwijder namen voordat je de tekst in ChatGPT plakt": what keeps the data out of AI;
"Verwijder persoonsgegevens na afloop van het project" is retention. :mod:`.data_rules` asks these readings.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.data_mentions import _into_ai, _retention
from aibeleid_check.meaning.finding import ForceOf, Words
from aibeleid_check.meaning.force import Force
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.words_data import PREVENT

_INSIDE = frozenset("within binnen inside in".split())
_VOICE = frozenset("our own onze ons eigen we wij".split())


def _inside_ai(words: Words, position: int) -> bool:
    """'processed within AI platforms', 'binnen AI-platforms': where the data is handled, not where it is kept
    ('must remain protected within approved systems' keeps it in the approved ones, guide decision 2)."""
    ahead = words[position + 1 : position + 3]
    if ahead and ahead[0].text in _APPROVED:
        return False
    return words[position].text in _INSIDE and any(c.names_ai(w) for w in ahead)


_APPROVED = frozenset("approved authorised authorized sanctioned goedgekeurde goedgekeurd".split())


_TOOL_KEEPS = frozenset("ensures keeps guarantees makes zorgt houdt garandeert waarborgt".split())
_TOOL_PARTS = frozenset(
    "licence license licentie version versie feature features functie instelling setting settings edition".split()
)


def _tool_keeps(words: Words) -> bool:
    """'Copilot ensures your prompts and company data stay within our tenant', 'The enterprise licence keeps
    confidential data inside the EU': a tool, a licence or a feature that keeps the data somewhere says what the
    tool does, no rule for staff; 'Ensure that …' and 'De organisatie zorgt ervoor dat …' (guide decision 5) stay."""
    for position, word in enumerate(words[:5]):
        if word.text in _TOOL_KEEPS and position:
            subject = words[:position]
            if any(c.AI.matches(w) or c.TOOLISH.matches(w) or w.text in _TOOL_PARTS for w in subject):
                return True
            if any(c.PEOPLE.matches(w) or c.ORGANISATION.matches(w) or w.text in _VOICE for w in subject):
                return False  # "De organisatie zorgt ervoor dat …", "Our policy ensures …": the organisation's voice
            return any(  # "EDP ensures … stay within Microsoft's secure service boundary": inside a tool
                w.text in _INSIDE and any(c.names_ai(a) for a in words[p + 1 : p + 5])
                for p, w in enumerate(words)
                if p > position
            )
    return False


def _kept_out_of_data(words: Words, place: Word) -> bool:
    """'keeps errors out of client letters', 'Houd tikfouten buiten klantdossiers': what follows 'out of' or
    'buiten' is data, and no AI is named after it; 'Keep client documents out of ChatGPT' keeps data from AI."""
    if place.text not in ("out", "buiten", "uit", "outside"):
        return False
    position = words.index(place)
    after = words[position + 1 :]
    if after and after[0].text == "of":
        after = after[1:]
    head = next((w for w in after[:4] if c.DATA.matches(w)), None)
    return head is not None and not any(c.names_ai(w) for w in after)


def _ai_kept_out(verb: Word, place: Word, words: Words) -> bool:
    """'Houd ChatGPT buiten je klantdossiers', 'Keep AI out of client files': AI, not the data, is what is kept
    out, which keeps the data from AI all the same."""
    return any(c.names_ai(w) for w in words if verb.index < w.index < place.index)


def _kept(words: Words) -> list[Word]:
    """'Blijft buiten AI-tools', 'keep it out of', 'stays internal', 'must stay on our own systems': kept
    away from AI."""
    if _tool_keeps(words):
        return []
    verbs = [w for w in words if c.KEEP_VERB.matches(w)]
    places = [w for p, w in enumerate(words) if c.KEEP_PLACE.matches(w) and not _inside_ai(words, p)]
    if not _into_ai(words):
        places = [w for w in places if w.text not in ("secret", "geheim")]  # "keep your passwords secret"
    if verbs and places and _kept_out_of_data(words, places[0]) and not _ai_kept_out(verbs[0], places[0], words):
        return []  # "checking kept a fabricated statistic out of a client document": the data is the place kept clean
    if verbs and places:
        return [verbs[0], places[0]]
    systems = own_systems(words)
    return [verbs[0], systems[0]] if verbs and systems else []


_SYSTEMS = frozenset(
    "systems system systemen systeem servers server network netwerk devices apparaten omgeving environment "
    "infrastructure infrastructuur".split()
)
_OWN = frozenset("our own onze ons eigen".split())


def own_systems(words: Words) -> list[Word]:
    """'on our own servers', 'op de systemen van de gemeente', 'on Loganair systems' after a keeping verb:
    the organisation's own systems (the owner: our, own, the organisation, or the name the data carries)."""
    for keep in (w for w in words if c.KEEP_VERB.matches(w)):
        ahead = [w for w in words if keep.index < w.index <= keep.index + 7]
        place = next((w for w in ahead[:2] if w.text in ("on", "in", "within", "op", "binnen")), None)
        system = next((w for w in ahead if w.text in _SYSTEMS), None)
        if place is None or system is None:
            continue
        owners = [w for w in ahead if place.index < w.index and w is not system]
        owned = any(w.text in _OWN or c.ORGANISATION.matches(w) or c.COMPANY.matches(w) for w in owners)
        named = [w for w in owners if w.index == system.index - 1 and _names_data(words, w.text, keep)]
        if owned or named:
            return [system, *named]
    return []


def _names_data(words: Words, owner: str, before: Word) -> bool:
    """'Loganair data … Loganair systems': the same name qualifies the data before the keeping verb."""
    return any(
        w.text == owner and p + 1 < len(words) and c.DATA.matches(words[p + 1]) and w.index < before.index
        for p, w in enumerate(words)
    )


def _prevents(words: Words, word: Word, force_of: ForceOf) -> bool:
    """'Voorkom dat persoonsgegevens in AI-tools terechtkomen', 'make sure to prevent confidential information
    from being entered': preventing it is asked; 'This prevents personal data from reaching the tool' describes."""
    if not PREVENT.matches(word):
        return False
    position = words.index(word)
    opened = position == 0 or words[position - 1].text in ("to", "om", "te")
    return opened or force_of(word)[0] is Force.OBLIGATION


def _protective(words: Words, protecting: list[Word]) -> list[Word]:
    """Removing or keeping data out protects it from AI only when AI or entering is named: "Verwijder
    namen voordat je de tekst in ChatGPT plakt"; "Verwijder persoonsgegevens na afloop van het project"
    is a retention rule."""
    if _retention(words):
        protecting = [w for w in protecting if not c.REMOVE.matches(w)]  # "deleted after 30 days": retention
    return [*protecting, *_kept(words)] if _into_ai(words) else _kept(words)
