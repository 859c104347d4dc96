"""People's data next to a secret word, for :func:`.secret_objects.secrets`: a secret word that qualifies
personal data ('confidential client information'), a list of people's data, data of people ('cijfers van klanten'),
a kind of personal data; those are the personal-data rule's, not business secrets.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.force_words import IMPERATIVE
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.objects import personal_data, research_subject
from aibeleid_check.meaning.objects_words import Words
from aibeleid_check.meaning.secret_objects_senses import _TO_AI
from aibeleid_check.meaning.text import EXAMPLE_OPENERS

_ABOUT_PEOPLE = ("about", "of", "on", "concerning", "regarding", "van", "over", "betreffende", "omtrent")
_EXAMPLES = EXAMPLE_OPENERS | {"like"}


def _qualifies_personal(words: Words, position: int) -> bool:
    """'sensitive client data', 'client confidentiality', 'sensitive information such as student
    information': the secret word only qualifies personal data, so it is the personal-data rule."""
    after = words[position + 1 : position + 3]
    if any(
        c.DATA.matches(w)
        and c.PEOPLE.matches_part(w)
        or c.any_of(w, c.PEOPLE, c.PERSONAL_ADJ, c.IDENTIFIERS)
        or c.IDENTIFIERS.matches_part(w)
        for w in after[:1]
    ):
        return True  # also "sensitive personal data"
    if after and after[0].text in ("subject", "subjects") and research_subject(words, position + 1):
        return True  # "sensitive subject data": the research subjects' data
    if position and c.PEOPLE.matches(words[position - 1]) and not c.COMPANY.matches(words[position - 1]):
        return True
    if _modifies_persons_data(words, position):
        return True  # "confidential, sensitive or identifying client information", "vertrouwelijke of gevoelige klantgegevens"
    if len(after) == 2 and c.DATA.matches(after[0]) and after[1].text in _ABOUT_PEOPLE:
        owner = words[position + 3 : position + 8]
        if any(c.PEOPLE.matches(w) for w in owner[:3]) and not _business_owner(owner):
            return True  # "confidential information about clients", "gevoelige gegevens van leerlingen"
    ahead = words[position + 1 : position + 5]
    examples = [p for p, w in enumerate(ahead) if w.text in _EXAMPLES]
    listed = words[position + 2 + examples[0] : position + 12] if examples else _aside_examples(words, position)
    if not listed:
        listed = _examples_after_destination(words, position)
    return bool(personal_data(listed)) and not any(c.BUSINESS_OBJECTS.matches(w) or _business_kind(w) for w in listed)


_LEGAL = frozenset("legal juridisch juridische".split())


def _business_owner(owner: Words) -> bool:
    """What the information is about names the organisation or its business beside the people ('about members or
    union business', 'over klanten of de organisatie'): both kinds, both rules (guide decision 3)."""
    return any(c.ORGANISATION.matches(w) or w.text in ("business", "zaken", "bedrijfsvoering") for w in owner)


def _business_kind(word: Word) -> bool:
    """A kind of the organisation's information named among the examples ('sensitive data (HIPAA, CJIS, financial,
    legal)', 'gevoelige gegevens (BSN, financiële cijfers, juridische stukken)'): examples of both kinds, both rules
    (guide decision 3)."""
    return c.FINANCIAL.matches(word) or word.text in _LEGAL


_CHAIN = frozenset("and or en of , &".split())
_CLASSIFICATIONS = ("classified", "gerubriceerd", "geclassificeerd", "staatsgeheim", "export-controlled")


def _classification_listed(words: Words, position: int) -> bool:
    """'Do not enter classified or personal information', 'gerubriceerde of persoonlijke gegevens van burgers': a
    classification marking listed beside another kind is a category of its own, the organisation's classified
    information, and no qualifier of the people's data ('classified patient information' is one)."""
    if not words[position].text.startswith(_CLASSIFICATIONS) or position + 1 >= len(words):
        return False
    nxt = words[position + 1]
    return nxt.text in _CHAIN or c.any_of(nxt, c.SECRET_WORDS, c.SENSITIVE, c.PERSONAL_ADJ)


def _modifies_persons_data(words: Words, position: int) -> bool:
    """The secret word heads a list of modifiers of one person's data: only joining words and other qualifiers
    stand between it and a person word right before a data word ('confidential, sensitive or identifying client
    information'), a person's compound ('gevoelige klantgegevens') or data of people ('gevoelige of persoonlijke
    gegevens van leerlingen'), and a qualifier stands right before it; a category of its own ('personally
    identifiable information', 'confidential or client information') is no qualifier."""
    end = min(len(words), position + 7)
    for at in range(position + 1, end):
        ahead = words[at]
        if ahead.text in _CHAIN or c.SECRET_WORDS.matches(ahead) or c.SENSITIVE.matches(ahead):
            continue
        if c.PERSONAL_ADJ.matches(ahead) and not c.PERSONAL_WORDS.matches(ahead):
            continue  # ("identifying", "persoonlijke"; "personally identifiable" is a category of its own)
        if words[at - 1].text in _CHAIN:
            return False  # ("confidential or client information": two categories)
        head = at if c.DATA.matches(ahead) else at + 1
        if head + 1 < len(words) and (words[head + 1].text in _CHAIN or words[head + 1].text in _OTHER_KIND):
            return False  # ("no personal, confidential, student records, or otherwise sensitive information")
        if c.DATA.matches(ahead):
            owner = words[at + 1 : at + 4]
            return (
                c.PEOPLE.matches_part(ahead)
                or bool(owner)
                and owner[0].text in _ABOUT_PEOPLE
                and any(c.PEOPLE.matches(w) and not c.COMPANY.matches(w) for w in owner[1:])
                and not _business_owner(words[at + 2 : at + 8])
            )
        return (
            c.PEOPLE.matches(ahead)
            and not c.COMPANY.matches(ahead)
            and at + 1 < len(words)
            and c.DATA.matches(words[at + 1])
        )
    return False


def _aside_examples(words: Words, position: int) -> Words:
    """'sensitive information (such as student records)', 'Confidential (customer data, account details)',
    'vertrouwelijke informatie, zoals offertes, …': the aside right after the secret word or its data word."""
    word = words[position]
    named = {word.index}
    if position + 1 < len(words) and c.DATA.matches(words[position + 1]):
        named.add(words[position + 1].index)
        for destination in words[position + 2 : position + 6]:  # "sensitive data into AI tools, including …"
            if not _destination_word(destination):
                break
            named.add(destination.index)
    return tuple(w for w in words if w.after in named)


def _destination_word(word: Word) -> bool:
    """A word of 'into AI tools', 'in AI-tools in' (the Dutch verb's particle and the joined verb)."""
    return word.text in _TO_AI or word.text in _DESTINATION_FILLERS or c.AI.matches(word) or c.INPUT.matches(word)


def _examples_after_destination(words: Words, position: int) -> Words:
    """'Voer nooit gevoelige gegevens in AI-tools in, zoals leerlingdossiers of adressen': the examples that end the
    sentence after the data word and its destination."""
    at = position + 1
    if at >= len(words) or not c.DATA.matches(words[at]):
        return ()
    at += 1
    while at < min(len(words), position + 8) and _destination_word(words[at]):
        at += 1
    if at < len(words) and words[at].text in _EXAMPLES and at > position + 2:
        return words[at + 1 : at + 11]
    return ()


_DESTINATION_FILLERS = frozenset("any a an the de het een public publieke openbare external externe".split())


def _of_people(words: Words, position: int) -> bool:
    after = words[position + 1 : position + 4]
    if any(c.ORGANISATION.matches(w) for w in words[position + 1 : position + 8]):
        return False  # "cijfers van klanten en de eigen organisatie": the organisation's too
    return bool(after) and after[0].text in ("of", "van") and any(c.PEOPLE.matches(w) for w in after[1:])


_PERSONAL_HEADS = frozenset("details records data gegevens information informatie".split())


_OTHER_KIND = frozenset("andere overige other".split())


def _kind_of_personal(words: Words, position: int) -> bool:
    """'Voer geen jaarrekeningen, loonstroken of andere gegevens van cliënten in', 'contracts, invoices or other
    customer data': the list closes with 'other' and personal data, so its members are kinds of that data (the
    clients' documents); no act, and no word of the organisation or of secrecy, stands between."""
    ahead = words[position + 1 : position + 8]
    other = next((p for p, w in enumerate(ahead) if w.text in _OTHER_KIND), None)
    if other is None:
        return False
    if any(c.INPUT.matches(w) or c.COMPANY.matches(w) or w.text in _OWN_WORDS for w in ahead[:other]):
        return False  # ("our contracts or other client data": the organisation's own)
    tail = ahead[other + 1 : other + 5]
    if any(c.SECRET_WORDS.matches(w) or c.COMPANY.matches(w) or c.COMPANY.matches_part(w) for w in tail):
        return False
    return bool(personal_data(tail))


_OWN_WORDS = frozenset("our onze ons eigen own".split())
_PERSONAL_PAPERS = ("bankafschrift", "loonstro", "belastingaangifte", "aangifte")
_LEADS = frozenset("the all any de het alle never nooit geen no not do don't dont niet".split())


def _people_list(words: Words, head: Word, modifier: Word) -> bool:
    """A list opened by a person word or by a person's data ('Client PII, PHI or financial records', 'Employee
    personal data such as bank, salary, medical records', 'Enter client names, … or bank statements', 'Voer geen
    namen van klanten, BSN's of bankafschriften in'; a bank statement also after the act that opens the item):
    the person is the owner of every member, so the financial details and a bank statement are the people's
    (not their results, statements or plans, which are the organisation's)."""
    paper = modifier.text == "bank" and head.text in ("statements", "statement") or modifier is head
    if not paper:
        start = 1 if words and words[0].text in ("the", "all", "any", "de", "het", "alle") else 0
        opener = words[start] if start < len(words) else None
        return (
            opener is not None
            and c.PEOPLE.matches(opener)
            and not c.COMPANY.matches(opener)
            and head.text in _PERSONAL_HEADS
        )  # ("Geen klant-, partner- of financiële data": the modifiers of one head, the organisation's finances)
    start = 0
    while start < min(len(words), 4) and (
        words[start].text in _LEADS or start < 3 and any(k.matches(words[start]) for k in (c.INPUT, IMPERATIVE))
    ):
        start += 1  # ("Never paste", "Voer geen", "Upload the")
    opener = words[start] if start < len(words) else None
    if opener is None or opener.index >= head.index:
        return False
    person = (c.PEOPLE.matches(opener) or c.PEOPLE.matches_part(opener) and c.DATA.matches(opener)) and not (
        c.COMPANY.matches(opener)
    )  # ("Cliëntgegevens invoeren, zoals namen, … of bankafschriften": the clients' data opens the list)
    if not person and start and (c.IDENTIFIERS.matches(opener) or c.PERSONAL_WORDS.matches(opener)):
        person = any(c.PEOPLE.matches(w) for w in words[start + 1 : start + 4])  # "namen van klanten"
    return person
