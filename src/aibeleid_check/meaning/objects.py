"""What a sentence is about: protected data (personal, secret), decisions, checking, AI output.

Each finder takes the words of one sentence and returns the words that carry the concept (empty when
it is not there), so that a recognition can show its evidence.

Here: personal data (:func:`personal_data`), research subjects and risk tiers. The words as the finders walk them
are in :mod:`.objects_words`, how a modifier reaches a data word in :mod:`.objects_modifiers`, one identifier of a
person in :mod:`.objects_identifiers`, data said to be about people in :mod:`.objects_about`, public information or
places in :mod:`.objects_public`, business secrets in :mod:`.secret_objects`.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.objects_about import (
    _PRIVATE,
    _about_follows,
    _about_next,
    _decided,
    _record_system,
    _relates_to_people,
    _under_privacy_law,
)
from aibeleid_check.meaning.objects_identifiers import _ID_WORDS, _IDENTIFIABLE, _NUMBERS, _persons_id, one_identifier
from aibeleid_check.meaning.objects_modifiers import _interrupted, _listed_head, _modifies, _predicate_of
from aibeleid_check.meaning.objects_public import public_places
from aibeleid_check.meaning.objects_words import Words, _near, _next_text
from aibeleid_check.meaning.words_data import SOMEONE
from aibeleid_check.meaning.words_judging import role_modifier

_STUDIED = frozenset("research human study trial data".split())


def research_subject(words: Words, position: int) -> bool:
    """'sensitive subject data', 'human subjects data', 'research subject records': the people a study is about,
    with their data right after; 'the subject line', 'subject matter', 'the subject of the training' are none."""
    if position + 1 >= len(words) or not c.DATA.matches(words[position + 1]):
        return False
    return words[position + 1].text in ("data", "records", "record", "information", "files", "gegevens") or (
        position > 0 and words[position - 1].text in _STUDIED
    )


_OWNED = frozenset(
    """account accounts device devices apparaat apparaten laptop laptops phone phones telefoon telefoons computer
    computers subscription subscriptions abonnement abonnementen login logins licence license licentie use gebruik
    capacity hoedanigheid opinion opinions mening""".split()
)  # what "personal" makes one's own, not data about a person


_PAY_WORDS = ("salar", "loon", "payroll")
_TOTALS = ("budget", "budgets", "kosten", "costs", "begroting", "begrotingen", "expenditure", "uitgaven", "bill")
_SCALES = ("ranges", "range", "bands", "band", "scales", "scale", "schaal", "schalen", "structure", "structuur")


def _pay_total(words: Words, position: int) -> bool:
    """'our salary budget', 'salary costs', 'de salariskosten': pay as a line of the organisation's accounts (its
    business information), not what a person earns; so are the pay ranges or scales of a job ('a client's salary
    ranges', 'de salarisschalen', round 27), where 'a candidate's salary' stays a person's pay."""
    word = words[position]
    if not word.text.startswith(_PAY_WORDS):
        return False
    nxt = words[position + 1].text if position + 1 < len(words) else ""
    return word.text.endswith(_TOTALS + _SCALES) or nxt in _TOTALS + _SCALES


def personal_data(words: Words) -> list[Word]:
    """Personal data: persoonsgegevens, klantgegevens, customer data, names and addresses, PII…"""
    found: list[Word] = []
    for position, word in enumerate(words):
        if c.NOT_PERSONAL.matches_part(word) or c.NOT_PERSONAL.matches(word):
            continue
        if role_modifier(words, position):
            continue  # "a payroll administrator", "de salarisadministrateur": a person named after the data
        if word.text.endswith(_LETTERS) and _to_group(word):
            continue  # "ouderbrief", "bewonersbrieven", "ledenbrief": a letter to a group, not a person's data
        if word.text.endswith(_NAME_ENDINGS) and _thing_name(words, position):
            continue  # "de bestandsnaam", "the app name": the name of a thing
        if word.text.startswith(_LAWS) and _regulation(words, position):
            continue  # "a HIPAA compliant tool", "GDPR-conform": the law a tool meets, no data
        if word.text in _AS_WRITTEN and position and c.COMPANY.matches(words[position - 1]):
            continue  # "internal emails", "business e-mails": the organisation's correspondence
        if _pay_total(words, position):
            continue  # "our salary budget", "de salariskosten": the organisation's figure, no one's pay
        if c.PERSONAL_WORDS.matches(word) or c.IDENTIFIERS.matches(word) or word.text in _AS_WRITTEN:
            found.append(word)  # as written: "at face value" is no face, "sending an e-mail" is an act
        elif c.PERSONAL_WORDS.matches_part(word) or c.IDENTIFIERS.matches_part(word):
            found.append(word)  # BSN-nummers, NAW-gegevens, adresgegevens, namenlijst
        elif c.IDENTIFY.matches(word) and not word.text.startswith(("re-identif", "reidentif", "heridentif")):
            person = _near(words, position, c.PEOPLE, 4, 4) or _near(words, position, SOMEONE, 4, 4)
            if person is not None:
                found.extend((word, person))  # "waarmee een leerling te identificeren is", "could identify someone"
        elif c.DATA.matches(word) and (c.PEOPLE.matches_part(word) or _private_compound(word)):
            found.append(word)  # klantgegevens, patientdossier, sollicitatiebrieven, privégebruikersgegevens
        elif _next_text(words, position) in _PRIVATE_HEADS and (
            c.PERSONAL_ADJ.matches(word) or c.PEOPLE.matches(word) and not c.COMPANY.matches(word)
        ):
            found.extend((word, words[position + 1]))  # "private matters of clients", "persoonlijke zaken"
        elif word.text in ("subject", "subjects") and research_subject(words, position):
            found.extend((word, words[position + 1]))  # "human subjects data", "sensitive subject data"
        elif c.PERSONAL_ADJ.matches(word) or c.PEOPLE.matches(word):
            head = (
                _near(words, position, c.DATA, 0, 4)
                or _predicate_of(words, position, word)
                or _listed_head(words, position)
            )
            if head is not None and _modifier_of(words, head):
                continue  # "personal email accounts", "personal data protection": the data word modifies a noun
            if c.PERSONAL_ADJ.matches(word) and _next_text(words, position) in _OWNED:
                continue  # "no personal accounts for work content", "persoonlijke apparaten": one's own things
            if head is not None and not c.NOT_PERSONAL.matches(head) and not _interrupted(words, word, head):
                if c.PERSONAL_ADJ.matches(word) or _modifies(words, word, head):
                    found.extend((word, head))
            elif head is None and word.text.startswith(_IDENTIFIABLE):
                person = _near(words, position, c.PEOPLE, 3, 3) or _near(words, position, SOMEONE, 3, 3)
                if person is not None:
                    found.extend((person, word))  # "anything that is patient identifiable"
        elif word.text in _PAY and _staff_pay(words, position):
            found.extend((words[position - 1], word))  # "staff pay", "employee wages": what a person earns
        elif "ris" in word.text and risk_tier(words, position):
            found.append(word)  # "High-Risk Data", "moderate-risk information": a classification above public
        elif _record_system(words, position):
            found.append(word)  # "informatie uit het zaaksysteem", "anything from the case management system"
        elif word.text in _WHATEVER and _next_text(words, position) in _PRIVATE and word.text not in _GENERIC_DATA:
            found.extend((word, words[position + 1]))  # "anything private", "iets persoonlijks"
        elif c.DATA.matches(word) and _under_privacy_law(words, position):
            found.append(word)  # "gegevens die onder de AVG vallen", "data covered by HIPAA": personal data by its law
        elif c.DATA.matches(word) and _relates_to_people(words, position):
            found.append(word)  # "gegevens die betrekking hebben op burgers", "data that relates to pupils"
        elif word.text in _WHATEVER and _about_follows(words, position) and not _decided(words, position):
            person = _near(words, position, c.PEOPLE, 0, 6)
            if person is not None:
                found.extend((word, person))  # "wat over een cliënt gaat", "anything about a customer"
        elif word.text.startswith(("categor", "category")) and position and words[position - 1].text in _SPECIAL_ADJ:
            found.extend((words[position - 1], word))  # "special category data", "bijzondere categorieën"
        elif (
            word.text.startswith(_RECORDED)
            and any(w.text.startswith(_TALKS) for w in words[max(0, position - 2) : position + 3])
            and not (position and c.AI.matches(words[position - 1]) or c.AI.matches_part(word))
        ):
            found.append(word)  # "meeting recordings", "opnames van gesprekken": people's voices and words (not
            # "AI transcription in meetings": the tool's feature)
        elif c.PHONE.matches(word) and _next_text(words, position) in _NUMBERS:
            found.append(word)
        elif word.text in _CLINICAL and position + 1 < len(words) and c.DATA.matches(words[position + 1]):
            found.extend((word, words[position + 1]))  # "clinical content", "klinische gegevens": the patients'
        elif word.text in _ID_WORDS and _next_text(words, position) in _NUMBERS and _persons_id(words, position):
            found.append(word)  # "student ID numbers", "identification numbers"; not "the ticket ID number"
        elif word.text.startswith(_REPORTS) and _of_conversation(words, position) or _care_notes(words, position):
            found.append(word)  # "verslagen van pastorale gesprekken", "notes of counselling sessions"
        elif c.DATA.matches(word) and _near(words, position, c.SPECIAL, 0, 4) is not None:
            found.extend((word, _near(words, position, c.SPECIAL, 0, 4) or word))  # "gegevens over gezondheid"
        elif word.text in CONVICTIONS and position and c.SPECIAL.matches(words[position - 1]):
            found.extend((words[position - 1], word))  # "political beliefs", "religieuze overtuigingen"
        elif c.DATA.matches(word) and (
            _about_next(words, position)
            or _next_text(words, position) in ("with", "met")
            and word.text.startswith(_EXCHANGES)
        ):
            person = _near(words, position, c.PEOPLE, 0, 5)
            if person is not None:
                found.extend((word, person))
    return found


_LAWS = ("hipaa", "ferpa", "gdpr", "avg")
_LETTERS = ("brief", "brieven")  # a Dutch compound of a group and a letter is a letter to that group


def _to_group(word: Word) -> bool:
    """'ouderbrief', 'klantenbrief': people as the modifier of a letter, its addressees ('sollicitatiebrief' is
    named after an act, a person's own letter)."""
    people = [part for part in word.parts if c.PEOPLE.matches_forms((part,))]
    return bool(people) and not any(part.endswith(("atie", "ati", "ing")) for part in word.parts)


_CLINICAL = frozenset(("clinical", "klinische", "klinisch"))


_REPORTS = ("verslag", "report", "notes", "notities", "aantekening", "transcript", "samenvatting", "summar")
_CONVERSATIONS = ("gesprek", "consult", "interview", "intake", "counsel", "therap", "coaching", "pastora")


_CARE = ("therap", "psychotherap", "clinical", "klinisch", "consult", "behandel", "treatment", "counsel", "intake")
_NOTES = ("notes", "notities", "aantekeningen", "verslag", "verslagen")


def _care_notes(words: Words, position: int) -> bool:
    """'psychotherapy notes', 'clinical notes', 'behandelnotities', 'consultverslagen': notes of a treatment or a
    consultation are about the patient or client (not 'lecture notes', 'release notes')."""
    word = words[position]
    if word.text in _NOTES:
        return position > 0 and words[position - 1].text.startswith(_CARE)
    return bool(word.parts) and word.text.endswith(_NOTES) and any(p.startswith(_CARE) for p in word.parts)


def _of_conversation(words: Words, position: int) -> bool:
    """A report or notes of a conversation with a person ('verslagen van pastorale gesprekken', 'notes of
    counselling sessions', 'verslagen van intakegesprekken'), as 'gespreksverslag' is; not minutes of a meeting."""
    if _next_text(words, position) not in ("van", "of", "from"):
        return False
    return any(w.text.startswith(_CONVERSATIONS) or "gesprek" in w.text for w in words[position + 2 : position + 5])


_PAY = frozenset(("pay", "wages", "earnings"))
_PAY_VERB = frozenset("for the a an their his her its our your to by in us them".split())


def _staff_pay(words: Words, position: int) -> bool:
    """'staff pay', 'employee wages': a person word right before *pay* is what they earn, personal data (not
    'Staff pay for their own subscriptions', where *pay* is the verb)."""
    if not position or not c.PEOPLE.matches(words[position - 1]) or c.COMPANY.matches(words[position - 1]):
        return False
    return _next_text(words, position) not in _PAY_VERB


def _modifier_of(words: Words, head: Word) -> bool:
    after = words.index(head) + 1
    return after < len(words) and (c.NOT_PERSONAL.matches(words[after]) or words[after].text in _NOT_DATA_HEADS)


_NOT_DATA_HEADS = frozenset("accounts account adres address addresses protection protections".split())
# (an e-mail address is data; "privacy and data protection standards": the field of law, not the data)


def _regulation(words: Words, position: int) -> bool:
    word = words[position]
    if not word.text.startswith(_LAWS):
        return False
    after = _next_text(words, position)
    return after.startswith(("complian", "conform", "certified", "gecertificeerd")) or word.text.endswith(
        ("-compliant", "-conform", "-proof")
    )


_AS_WRITTEN = frozenset(("faces", "e-mails", "emails"))
_NAME_ENDINGS = ("name", "names", "naam", "namen")
_NAMES = frozenset("name names naam namen".split())
_THINGS = frozenset(
    "app apps file files bestand bestands project projects product products domain brand merk model tool tools "
    "folder map document documenten bestanden user gebruikers company bedrijf bedrijfs organisatie version "
    "versie team teams flower flowers bloem bloemen plant plants place places plaats plaatsen street streets straat "
    "straten dish dishes gerecht gerechten wine wines wijn recipe recipes variety varieties soort soorten".split()
)


def _thing_name(words: Words, position: int) -> bool:
    """A name of a thing, no person's: 'the app name', 'file names', 'bestandsnaam', 'projectnaam'."""
    word = words[position]
    if not (_NAMES & word.forms):
        return False
    if word.parts:
        return any(part in _THINGS for part in word.parts)
    return position > 0 and words[position - 1].text in _THINGS


def _private_compound(word: Word) -> bool:
    """'privégebruikersgegevens', 'privé-informatie': data whose modifier begins with 'privé'."""
    return any(part.startswith(("prive", "persoons")) for part in word.parts)


_PRIVATE_HEADS = frozenset(
    "matters affairs circumstances situations situation lives life zaken aangelegenheden omstandigheden situatie "
    "situaties leven levens".split()
)
_GENERIC_DATA = frozenset(("information", "informatie", "info"))


_RECORDED = ("recording", "opname", "transcript", "transcriptie", "gespreksverslag")
_TALKS = ("meeting", "call", "gesprek", "vergader", "interview", "overleg", "consult", "session", "sessie")
_SPECIAL_ADJ = ("special", "bijzondere", "sensitive")
CONVICTIONS = frozenset(
    "beliefs belief opinions opinion views affiliation affiliations overtuiging overtuigingen opvatting opvattingen"
    " voorkeur voorkeuren orientation geaardheid".split()
)


_EXCHANGES = ("transcript", "thread", "chat", "e-mail", "email", "mail", "gesprek", "conversation", "correspond",
              "bericht", "message", "meeting")  # fmt: skip


_WHATEVER = frozenset(
    "wat alles iets niets what whatever anything everything something nothing information informatie info".split()
)


_RISK_TIERS = ("high-risk", "moderate-risk", "medium-risk", "elevated-risk", "hoog-risico", "hoogrisico")
_DATA_AS_MODIFIER = frozenset(
    # a noun after the data word that makes the data word its modifier: "data governance", "data protection"
    "governance protection security management processing processor breach breaches classification minimisation "
    "minimization retention officer policy policies agreement agreements standards subject subjects controller "
    "literacy quality beheer bescherming beveiliging verwerking".split()
)


def risk_tier(words: Words, position: int) -> bool:
    """A data classification by risk, 'Moderate and High-Risk Data', 'high risk information': the tiers
    above public hold both personal data and the organisation's confidential information."""
    word = words[position]
    if word.text not in _RISK_TIERS and not (
        word.text == "risk" and position and words[position - 1].text in ("high", "moderate", "medium")
    ):
        return False
    head = _next_text(words, position)
    after = words[position + 2].text if position + 2 < len(words) else ""
    return head in ("data", "information", "informatie", "gegevens") and after not in _DATA_AS_MODIFIER


__all__ = [
    "CONVICTIONS",
    "_DATA_AS_MODIFIER",
    "_interrupted",
    "_near",
    "_next_text",
    "one_identifier",
    "personal_data",
    "public_places",
    "research_subject",
    "risk_tier",
]
