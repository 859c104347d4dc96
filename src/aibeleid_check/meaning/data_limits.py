"""The limits of the two data rules: the data goes into AI only through an approval, or only when public.

The data goes in only after an approval ("pas na toestemming van de FG", "requires prior approval"), AI is
unfit for it ("AI tools are unsuitable for personal information"), or only what is public may go in
("niets wat niet op internet zou mogen staan", "treat every prompt as if it will be published", "limit what
you share to what is public"). A limit whose condition is not named ("alleen onder voorwaarden", "under
certain conditions") or that names a legal basis ("only where it has a lawful basis") is none.
:mod:`.data_rules` reads the protected object and asks these readings.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning import objects
from aibeleid_check.meaning.finding import Words, acts
from aibeleid_check.meaning.force import coordinated, negations
from aibeleid_check.meaning.force_words import ONLY
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.text import EXAMPLE_OPENERS

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


def _public_limit(words: Words) -> list[Word]:
    """'Voer niets in wat niet op internet zou mogen staan', 'only public information': a limit to what is public."""
    places = objects.public_places(words)
    treated = _treated_as_public(words, places)
    if treated:
        return treated
    if not places:
        return []
    found_acts = [w for w in acts(words, places) if c.INPUT.matches(w) or c.ENTER.matches(w) or c.AI.matches(w)]
    kept = _kept_out_of_ai(words)
    found_acts += kept + _for_ai(words)
    if not found_acts and _only_public_item(words, places):
        return places  # "Uitsluitend openbare gegevens.": a verbless limit, as a list item writes it
    if not found_acts:
        return []  # "GenAI begrijpt de wereld niet": no act, no limit ("openbare" is no "openbaren")
    if _other_party(words):
        return []  # "Staff may only share public information on social media": another party, no AI
    if all(c.USE.matches(w) for w in found_acts) and not any(c.AI.matches(w) for w in words):
        if not any(_public_data(words, w) for w in places):
            return []  # "public website forms should be used for general inquiries only": no AI, no input
    negated = negations(words)
    if (
        len([n for n in negated if not coordinated(words, negated, n)]) >= 2  # not "never X and do not post Y"
        and _negated_place(negated, places)
        or any((ONLY.matches(w) or _limits(words, w)) and not _task_example(words, w, places) for w in words)
    ):
        return [*negated[:2], *places]
    if negated and any(_unpublished_anything(words, w) or _above(words, w) for w in places):
        return [*negated[:1], *places]
    nots = [w for w in words if w.text in ("not", "niet")]  # ("is not public": no negation of a rule, a predicate)
    if kept and any(_unpublished_anything(words, w) or _negated_place(nots, [w]) for w in places):
        return [*kept[:1], *places]  # "Informatie die niet openbaar is, blijft buiten AI-tools"
    inside = [w for w in places if c.KEEP_VERB.matches(w)]
    if negated and inside and _generic_subject(words, inside[0]):
        return [negated[0], *inside]  # "information that should stay within the organisation must not be entered"
    anything = [w for w in words if w.text in ("anything", "iets", "whatever", "something")]
    if negated and anything and any(_standard(words, anything[0], w) for w in places):
        return [negated[0], anything[0], *places]  # "don't feed it anything you'd be embarrassed to see leaked"
    everything = [w for w in words if w.text in ("alles", "everything", "anything", "all", "whatever")]
    if everything and any(c.ENTER.matches(w) for w in words) and any(o.text in _MUST for o in words):
        return [everything[0], *places]  # "Alles wat je invoert, moet ook in de krant kunnen staan"
    return []


def _task_example(words: Words, only: Word, places: list[Word]) -> bool:
    """'used exclusively for support tasks, such as summarizing public sources': the limit is on the tasks,
    the public word is in an example of one."""
    return all(
        any(
            only.index < (e.after if e.after >= 0 else e.index) < place.index
            for e in words
            if e.text in EXAMPLE_OPENERS
        )
        for place in places
    )  # (an aside stands after the sentence; it is read where it was written)


def _kept_out_of_ai(words: Words) -> list[Word]:
    """'blijft buiten ChatGPT', 'keep it out of AI tools': AI named as where it must not go."""
    return [
        w
        for p, w in enumerate(words)
        if c.AI.matches(w) and any(b.text in ("buiten", "outside", "out") for b in words[max(0, p - 4) : p])
    ]


def _for_ai(words: Words) -> list[Word]:
    """'… is taboe voor AI', 'is not for ChatGPT': AI named as what the information is (not) for."""
    return [w for p, w in enumerate(words) if c.AI.matches(w) and p and words[p - 1].text in ("voor", "for")]


def _negated_place(negated: list[Word], places: list[Word]) -> bool:
    """'niets wat niet op internet zou mogen staan': one of the negations is the public place's ('… will not be
    combined with programs of higher risk to the public' negates something else)."""
    return any(0 < abs(p.index - n.index) <= 6 for n in negated for p in places)


def _only_public_item(words: Words, places: list[Word]) -> bool:
    return len(words) <= 6 and any(ONLY.matches(w) for w in words) and any(_public_data(words, w) for w in places)


_HEAD_ENDS = frozenset(
    "may can could should must is are be will only that which when for in into with and or from to mag mogen "
    "kan kunnen moet moeten is zijn wordt worden die dat alleen in voor met en of uit naar bij".split()
)
_SAID_OF = frozenset("that which die dat wat is are zijn has have been already al reeds available beschikbaar".split())


def _public_data(words: Words, place: Word) -> bool:
    """The public word says which information is used: 'publicly available data', 'material that has already
    been published', 'informatie die al openbaar is' (not 'public website forms', 'public transport')."""
    position = words.index(place)
    for head in (position + 1, position + 2):
        if head >= len(words) or not c.DATA.matches(words[head]):
            continue
        if head == position + 2 and words[position + 1].text not in _SAID_OF and not _non(words[position + 1]):
            continue  # ("Public, non-confidential information only": the second adjective says the same)
        if head + 1 == len(words) or words[head + 1].text in _HEAD_ENDS:
            return True  # (the data word heads its phrase: "public meeting rooms" are rooms)
    before = words[max(0, position - 5) : position]
    data = [p for p, w in enumerate(before) if c.DATA.matches(w)]
    return bool(data) and all(w.text in _SAID_OF for w in before[data[-1] + 1 :]) and len(before) - data[-1] > 1


def _non(word: Word) -> bool:
    return word.text.startswith(("non-", "niet-"))


_WOULD = frozenset("would wouldn't you'd zou zouden could kon that which wat die if als".split())


def _standard(words: Words, what: Word, place: Word) -> bool:
    """The public place is the standard of what goes in ('anything you'd be embarrassed to see leaked', 'iets
    wat je niet op internet zou zetten'), not the destination of the act ('Never share anything on the
    internet')."""
    return any(what.index < w.index < place.index and w.text in _WOULD for w in words)


_ABOVE = frozenset("above beyond higher other hoger hogere boven anders".split())


def _above(words: Words, place: Word) -> bool:
    """'data classified above PUBLIC', 'een hogere classificatie dan openbaar', 'any data other than public
    data': what is more than public, of any kind, is both data rules."""
    position = words.index(place)
    before = words[max(0, position - 4) : position]
    if any(w.text in ("above", "beyond", "boven") for w in before[-2:]):
        return True  # "classified above PUBLIC"
    than = [p for p, w in enumerate(before) if w.text in ("than", "dan")]
    return bool(than) and any(w.text in _ABOVE for w in before[: than[-1]])  # ("higher risk to the public": no)


_WHICH = frozenset("die dat that which".split())
_PREDICATE = frozenset(
    "is are zijn be been not niet nog yet al already ook made gemaakt have has had geweest wordt worden".split()
)
_PAPERS = frozenset("stukken stuk papers paper nota's notas".split())
_ANY_THING = frozenset(
    "niets iets alles wat anything everything something nothing whatever dingen things zaken stuff het it ze "
    "they them dit deze this these".split()
)


def documents_not_public(words: Words, places: list[Word]) -> bool:
    """'stukken die nog niet openbaar zijn', 'reports that are not yet public': what is not public is one kind
    of document, business information only, as 'niet-openbare stukken' is (guide); 'informatie die niet
    openbaar is' and 'niets wat niet openbaar is' are of any kind. A noun of no known kind counts only when its
    clause says it is not public ('Vraagprijzen die nog niet gepubliceerd zijn')."""
    for place in places:
        noun, negated = _qualified_noun(words, place)
        if noun is None:
            noun, negated = _unpublished_noun(words, place), True
        if noun is None or objects.personal_data((noun,)):
            continue
        if _known_kind(noun) or negated and _one_kind(noun):
            return True
    return False


_NOT_YET = frozenset("niet not nog yet".split())


def _unpublished_noun(words: Words, place: Word) -> Word | None:
    """'nog niet gepubliceerde cijfers', 'not yet published results': the noun right after a negated participle of
    publishing is what is not public, one kind of its own (as 'cijfers die nog niet gepubliceerd zijn' is)."""
    position = words.index(place)
    if not place.text.startswith(("gepubliceerd", "published")) or position + 1 >= len(words):
        return None
    if not any(w.text in _NOT_YET for w in words[max(0, position - 2) : position]):
        return None
    return words[position + 1]


def people_not_public(words: Words, places: list[Word]) -> bool:
    """'Klantgegevens die niet openbaar zijn': what is not public is personal data, that rule's only."""
    for place in places:
        noun, negated = _qualified_noun(words, place)
        if noun is not None and negated and objects.personal_data((noun,)):
            return True
    return False


def _qualified_noun(words: Words, place: Word) -> tuple[Word | None, bool]:
    """The noun whose relative clause says what is (not) public ('stukken' of 'stukken die nog niet openbaar
    zijn'), and whether the clause negates it."""
    position = words.index(place)
    window = words[max(0, position - 6) : position]
    which = [p for p, w in enumerate(window) if w.text in _WHICH]
    if not which or which[-1] == 0 or any(w.text not in _PREDICATE for w in window[which[-1] + 1 :]):
        return None, False  # ("work that involves any non-public information": the place is no predicate)
    noun = window[which[-1] - 1]
    at = words.index(noun)
    if any(w.text in _GENERIC for w in words[max(0, at - 2) : at]):
        return None, False  # "informatie of verhalen die niet gepubliceerd zijn": of any kind
    return noun, any(w.text in ("niet", "not") for w in window[which[-1] + 1 :])


def _one_kind(noun: Word) -> bool:
    """'Vraagprijzen die nog niet gepubliceerd zijn', 'prices that have not been published': the relative clause
    qualifies one noun, a kind of its own, and its negation limits that noun, not the whole sentence."""
    if noun.text in _GENERIC or noun.text in _ANY_THING or noun.text in _HEAD_ENDS:
        return False
    return _plain_noun(noun)


def _known_kind(noun: Word) -> bool:
    return noun.text not in _GENERIC and (
        c.DATA.matches(noun) or c.BUSINESS_OBJECTS.matches(noun) or noun.text in _PAPERS
    )


def _plain_noun(word: Word) -> bool:
    """A content word that can head a noun phrase (no preposition, pronoun or verb particle before *die*/*that*)."""
    return len(word.text) > 3 and word.text.isalpha() and word.text not in _NOT_NOUNS


_NOT_NOUNS = frozenset(
    "into naar over onder boven tussen zonder within binnen buiten omdat zodat tools tool anders ander andere other "
    "others anderen".split()
)


def _generic_subject(words: Words, keep: Word) -> bool:
    """What stays inside is any information ('information that should stay within the organisation', 'wat
    binnen de organisatie moet blijven'), not one kind that names its own rule ('personal data must stay …')."""
    before = [w for w in words if w.index < keep.index][-6:]
    if any(c.SECRET_WORDS.matches(w) for w in before):
        return False  # "Vertrouwelijke informatie blijft binnen de organisatie": one kind, the secrets rule
    return not objects.personal_data(tuple(before)) and any(
        w.text in _GENERIC or w.text in ("wat", "what", "alles", "everything", "anything", "it", "het") for w in before
    )


_TREAT = ("treat", "behandel", "beschouw", "zie", "consider", "regard", "see", "view", "think", "write", "schrijf",
          "formuleer", "formulate")  # fmt: skip
_AS = ("as", "als", "alsof", "like", "zoals")
_CHAT = ("chat", "chats", "gesprek", "gesprekken", "conversation", "conversations", "prompt", "prompts")


def _treated_as_public(words: Words, places: list[Word]) -> list[Word]:
    """'Behandel de chat als een openbaar forum', 'treat every prompt as if it will be published', 'consider
    anything you type into a chatbot as public': what goes into AI is to be seen as published."""
    for treat in (w for w in words if w.text in _TREAT):
        ahead = [w for w in words if w.index > treat.index]
        like = next((w for w in ahead if w.text in _AS), None)
        if like is None or like.index - treat.index > 8:
            continue
        place = next((p for p in places if 0 < p.index - like.index <= 8), None)
        chat = [w for w in ahead if w.index < like.index and (c.AI.matches(w) or c.ENTER.matches(w) or w.text in _CHAT)]
        if place is not None and chat:
            return [treat, chat[0], place]
    return []


_LIMIT = ("limit", "limits", "restrict", "beperk", "beperkt", "beperken")  # "limit what you share to what is public"
_LIMITED = ("limited", "restricted", "confined", "beperkt")


def _limits(words: Words, word: Word) -> bool:
    """'limit what you share to what is public', 'use is restricted to public data', 'beperkt tot'; not
    'including but not limited to'."""
    if word.text in _LIMIT:
        return True
    position = words.index(word)
    if position and words[position - 1].text in ("not", "niet"):
        return False
    return word.text in _LIMITED and position + 1 < len(words) and words[position + 1].text in ("to", "tot")


_MUST = ("moet", "moeten", "must", "should", "dient", "mag", "may")
_GENERIC = frozenset("informatie information info data gegevens materiaal material materials content inhoud".split())


def _unpublished_anything(words: Words, place: Word) -> bool:
    """'Deel geen niet-openbare informatie': what is not public, of any kind, is both data rules. A
    qualifier of one kind of document ('niet-openbare collegevoorstellen', 'non-public documents') or an
    example list ('zoals niet-openbare stukken') names business information only."""
    if not place.text.startswith(("niet-", "non-")):
        return False
    position = words.index(place)
    if any(w.text in EXAMPLE_OPENERS for w in words[max(0, position - 3) : position]):
        return False
    following = words[position + 1 : position + 3]
    return not following or any(w.text in _GENERIC for w in following)


def public_of_people(words: Words, found: list[Word]) -> bool:
    """'client non-public personal information', 'niet-openbare persoonsgegevens': what is not public is data
    about people, personal data only (as 'sensitive personal data' is, guide decision 3)."""
    unpublished = [w for w in found if w.text.startswith(("niet-", "non-"))]
    return bool(unpublished) and all(
        objects.personal_data(words[words.index(w) + 1 : words.index(w) + 3]) for w in unpublished
    )


def _other_party(words: Words) -> bool:
    """'Wij delen nooit persoonsgegevens met derden', 'geen persoonlijke gegevens op internet zetten': sharing with
    another party or the internet, and no AI named (the internet as a destination is no AI tool)."""
    if any(c.AI.matches(w) and (w.text != "internet" or any(c.ENTER.matches(e) for e in words)) for w in words):
        return False  # ("data entered … would be considered released to the internet": entered into a tool)
    return any(
        c.THIRD_PARTY.matches(w)
        and not _determiner_other(words, i)
        and not _party_of_object(words, i)
        and any(p.text in _TO_PARTY for p in words[max(0, i - 3) : i])
        for i, w in enumerate(words)
    )


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


_BASIS = frozenset("lawful legal wettelijke wettige juridische".split())


def _legal_basis(words: Words) -> bool:
    """'will only process your personal data where it has a lawful basis', 'alleen met een grondslag': a legal
    basis, a mention (guide)."""
    return any(
        w.text.startswith("grondslag") or w.text in ("basis", "grond") and p and words[p - 1].text in _BASIS
        for p, w in enumerate(words)
    )


_CONDITIONS = frozenset("conditions circumstances voorwaarden omstandigheden cases gevallen".split())
_UNNAMED = frozenset("certain specific bepaalde specifieke some sommige strict strikte strenge".split())
_NAMING = frozenset("of van that die which waarbij such zoals described beschreven listed set below hieronder".split())


_CARE = frozenset(
    "voorzichtigheid zorg zorgvuldigheid terughoudendheid beleid mate care caution discretion moderation "
    "voorzichtig zorgvuldig terughoudend verantwoord bewust carefully cautiously responsibly sparingly".split()
)
_CARE_FILLERS = frozenset("met with de the nodige gepaste grote due great all appropriate enige some".split())


def _only_with_care(words: Words) -> bool:
    """'Gegevens van leerlingen gebruik je in AI alleen met de nodige voorzichtigheid', 'only with due care':
    the only thing the limit asks is care, a permission with a vague condition (guide), as 'mits verantwoord'."""
    for position, word in enumerate(words):
        if not ONLY.matches(word):
            continue
        rest = [w.text for w in words[position + 1 : position + 5]]
        manner = next((text for text in rest if text not in _CARE_FILLERS), "")
        if manner in _CARE:
            return True
    return False


def _vague_condition(words: Words) -> bool:
    """'may only be processed by AI systems under certain conditions', 'alleen onder voorwaarden': a limit whose
    condition is not named is a permission with a vague condition (guide), not the limit ('only in approved
    tools', 'alleen geanonimiseerd'); so is a limit that asks only care ('alleen met de nodige voorzichtigheid')."""
    if _only_with_care(words):
        return True
    for position, word in enumerate(words):
        if word.text not in _CONDITIONS or position == 0:
            continue
        before = position - 1 if words[position - 1].text not in _UNNAMED else position - 2
        if before < 0 or words[before].text not in ("under", "onder", "in", "bij"):
            continue
        after = words[position + 1].text if position + 1 < len(words) else ""
        if after not in _NAMING:
            return True
    return False
