"""What a sentence is about: protected data (personal, secret), decisions, checking, AI output.

Each finder takes the words of one sentence and returns the words that carry the concept (empty when
it is not there), so that a recognition can show its evidence.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.words_data import NARROW_IDENTIFIERS, SOMEONE
from aibeleid_check.meaning.words_judging import role_modifier

Words = tuple[Word, ...]


def _near(words: Words, position: int, concept: c.Concept, before: int, after: int) -> Word | None:
    for other in words[max(0, position - before) : position + after + 1]:
        if other.index != words[position].index and concept.matches(other):
            return other
    return None


def _next_text(words: Words, position: int) -> str:
    return words[position + 1].text if position + 1 < len(words) else ""


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


def _pay_total(words: Words, position: int) -> bool:
    """'our salary budget', 'salary costs', 'de salariskosten': pay as a line of the organisation's accounts (its
    business information), not what a person earns."""
    word = words[position]
    if not word.text.startswith(_PAY_WORDS):
        return False
    nxt = words[position + 1].text if position + 1 < len(words) else ""
    return word.text.endswith(_TOTALS) or nxt in _TOTALS


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


_NUMBERS = frozenset(("number", "numbers", "nummer", "nummers"))
_CLINICAL = frozenset(("clinical", "klinische", "klinisch"))
_ID_WORDS = frozenset(("id", "identification", "identificatie", "identity"))
_ID_BEFORE = frozenset(
    "the a an any your their his her its no geen je uw hun of or and en with met de het een all alle".split()
)
_IDENTIFIABLE = ("identifiable", "identificeerba", "herleidba", "traceable")


def one_identifier(words: Words, found: list[Word]) -> bool:
    """'Vul nooit het BSN van een cliënt in', 'a client's social security number', 'het telefoonnummer van een klant':
    the only personal data the sentence names is one code or contact detail of a person. Forbidding it leaves names,
    addresses and files allowed, so it is not the rule; a list of identifiers ('BSN's of geboortedata'), a name, or a
    general word beside it ('het BSN of andere gegevens van een cliënt') is."""
    if not found or any(w.after >= 0 for w in found) or not all(_narrow(words, words.index(w)) for w in found):
        return False  # ("gevoelige gegevens (BSN, financiële cijfers, …)": an example of the general word)
    named = [p for p in range(len(words)) if _narrow(words, p) or _birth_date(words, p)]
    return len(named) == 1


def _narrow(words: Words, position: int) -> bool:
    """One code or contact detail of a person: a BSN, an IBAN, a phone number, a social security number, an ID
    number."""
    word = words[position]
    if NARROW_IDENTIFIERS.matches(word) or NARROW_IDENTIFIERS.matches_part(word):
        return True
    numbered = _next_text(words, position) in _NUMBERS
    return numbered and (c.PHONE.matches(word) or word.text in _ONE_ID)


_ONE_ID = frozenset(("id", "identity"))  # ("identification numbers" are every number that identifies: a category)


def _birth_date(words: Words, position: int) -> bool:
    """'dates of birth', 'date of birth': an identifier in three words."""
    return words[position].text in ("date", "dates") and [w.text for w in words[position + 1 : position + 3]] == [
        "of",
        "birth",
    ]


def _persons_id(words: Words, position: int) -> bool:
    """'student ID numbers', 'identification numbers', 'your ID number': a number that identifies a person (not
    'the ticket ID number', the number of a thing)."""
    if not position:
        return True
    before = words[position - 1]
    return (
        before.text in _ID_BEFORE
        or c.PEOPLE.matches(before)
        or c.PERSONAL_ADJ.matches(before)  # "your personal ID numbers"
        or c.INPUT.matches(before)
        or c.ENTER.matches(before)
        or before.text.endswith("-")
    )


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


_ABOUT = ("van", "over", "about", "of", "on", "from", "relating", "related", "concerning", "regarding", "pertaining",
          "betreffende", "omtrent", "inzake")  # fmt: skip
_PRIVATE_HEADS = frozenset(
    "matters affairs circumstances situations situation lives life zaken aangelegenheden omstandigheden situatie "
    "situaties leven levens".split()
)
_RECORD_SYSTEMS = ("zaaksysteem", "leerlingvolgsysteem", "epd", "ecd", "vakapplicatie", "salesforce", "epic", "ehr",
                   "emr", "personeelssysteem", "leerlingadministratie", "studentadministratie",
                   "studentenadministratie", "clientvolgsysteem", "patientendossier", "hris")  # fmt: skip
_SYSTEM_HEADS = ("system", "systems", "systeem", "systemen", "applicatie", "applicaties", "application")
_RECORD_OWNERS = ("customer", "client", "patient", "student", "pupil", "case", "hr", "personnel", "crm", "klant",
                  "leerling", "member", "personeels", "care", "clinical", "klinische", "health", "medical")  # fmt: skip
_FROM_SYSTEM = ("uit", "from", "in", "out", "held", "stored", "opgeslagen", "staat", "staan", "van")


def _record_system(words: Words, position: int) -> bool:
    """A system of record that holds data about people, named as where the data comes from: 'uit het
    zaaksysteem', 'from the case management system', 'in een vakapplicatie', 'held in the student
    information system' (not the system as the place of another act: 'log in to the system')."""
    word = words[position]
    named = word.text.rstrip("s") in _RECORD_SYSTEMS or word.text in _RECORD_SYSTEMS
    if not named and word.text in _SYSTEM_HEADS:
        named = any(w.text in _RECORD_OWNERS for w in words[max(0, position - 3) : position])
    if not named:
        return False
    start = position - 1
    while start >= 0 and (words[start].text in _RECORD_OWNERS or words[start].text in _ARTICLES):
        start -= 1  # back over "the case management", "het"
    before = words[max(0, start - 1) : start + 1]
    return any(w.text in _FROM_SYSTEM for w in before) and any(c.INPUT.matches(w) for w in words)


_ARTICLES = frozenset("the a an het de een our onze ons your je uw other andere management information record".split())
_GENERIC_DATA = frozenset(("information", "informatie", "info"))
_RELATES = ("betrekking", "relates", "relate", "refers", "refer", "herleidbaar", "herleidbare", "traceable", "zeggen",
            "zegt", "says", "say", "reveal", "reveals", "onthult", "onthullen", "gaan", "gaat", "betreffen", "betreft",
            "concern", "concerns", "describe", "describes", "beschrijft", "beschrijven")  # fmt: skip


def _relates_to_people(words: Words, position: int) -> bool:
    """A relative clause says the data is about people: 'gegevens die betrekking hebben op burgers'."""
    ahead = words[position + 1 : position + 6]
    pronoun = next((p for p, w in enumerate(ahead[:2]) if w.text in ("die", "dat", "that", "which")), None)
    if pronoun is None:
        return False  # ("gegevens in die …": the particle of "voer in" may stand between)
    relates = [w for w in ahead[pronoun + 1 : pronoun + 4] if w.text in _RELATES]
    return bool(relates) and _near(words, words.index(relates[0]), c.PEOPLE, 0, 4) is not None


_PRIVACY_LAWS = frozenset("avg uavg gdpr uk-gdpr hipaa ferpa coppa wgbo privacywet privacywetgeving".split())
_LAW_SCOPE = frozenset(
    "vallen valt vallende covered subject protected beschermd beschermde governed regulated gereguleerd".split()
)


def _under_privacy_law(words: Words, position: int) -> bool:
    """'gegevens die vallen onder de AVG', 'information covered by HIPAA', 'data subject to the GDPR': data named by
    the privacy law that covers it is personal data; 'a GDPR-compliant tool', 'processed under the GDPR' are none."""
    ahead = words[position + 1 : position + 8]  # (the Dutch verb may follow the law: "die onder de AVG vallen")
    return any(w.text in _LAW_SCOPE for w in ahead) and any(w.text in _PRIVACY_LAWS for w in ahead)


_RECORDED = ("recording", "opname", "transcript", "transcriptie", "gespreksverslag")
_TALKS = ("meeting", "call", "gesprek", "vergader", "interview", "overleg", "consult", "session", "sessie")
_SPECIAL_ADJ = ("special", "bijzondere", "sensitive")
CONVICTIONS = frozenset(
    "beliefs belief opinions opinion views affiliation affiliations overtuiging overtuigingen opvatting opvattingen"
    " voorkeur voorkeuren orientation geaardheid".split()
)


def _about_next(words: Words, position: int) -> bool:
    """'gegevens over cliënten', and past the particle of a separable verb: 'informatie in over inwoners'."""
    following = _next_text(words, position)
    if following in ("in", "op"):
        following = _next_text(words, position + 1)
    return following in _ABOUT


def _about_follows(words: Words, position: int) -> bool:
    """'wat over een cliënt gaat', 'wat je over een leerling weet', 'what you know about a customer'."""
    after = [w.text for w in words[position + 1 : position + 4]]
    about = [p for p, t in enumerate(after) if t in ("over", "about", "concerning", "betreffende")]
    return bool(about) and all(
        t in _KNOWER or t in _PRIVATE or t in ("in", "op", "confidential") for t in after[: about[0]]
    )


def _decided(words: Words, position: int) -> bool:
    """'AI beslist niets over mensen', 'AI decides nothing about people': what is said about the people is what is
    decided about them, no data about them put into AI."""
    return any(c.DECIDE.matches(w) or c.DECIDE_WEAK.matches(w) for w in words[max(0, position - 2) : position])


_PRIVATE = frozenset("private personal persoonlijks prives".split())  # "anything private" ("anything confidential"
# alone is the organisation's, the secrets rule; "anything confidential about a client" is the client's)
_KNOWER = frozenset("je jij u we wij you they ze know knows weet weten hear hoort learn leert".split())
_JOINING = frozenset(("and", "or", "en", "of", "&", "/", "and/or", "en/of"))


def _modifies(words: Words, person: Word, head: Word) -> bool:
    """A person word modifies the data word only next to it or through a list of modifiers ("customer
    data", "client, donor and staff records"); "medewerkers om geen vertrouwelijke informatie" is no pair."""
    between = [w for w in words if person.index < w.index < head.index]
    if len(between) == 1 and _modifier_noun(between[0]):
        return True  # "student education records", "patient health information", "customer contact details"
    return all(
        w.text in _JOINING or c.PEOPLE.matches(w) or c.PERSONAL_ADJ.matches(w) or c.SENSITIVE.matches(w)
        for w in between
    ) or len(between) > 1 and all(w.text in _JOINING or w.text in _LIST_FILLERS or w.text.endswith("-") or _listed(w)
                                  for w in between)  # fmt: skip


_EXCHANGES = ("transcript", "thread", "chat", "e-mail", "email", "mail", "gesprek", "conversation", "correspond",
              "bericht", "message", "meeting")  # fmt: skip


def _listed_head(words: Words, position: int) -> Word | None:
    """'personal, student, financial, intellectual property, or other confidential information', 'customer,
    patient, employee, credential, or contract data': the data word at the end of a list of modifiers."""
    for other in words[position + 1 : position + 12]:
        if c.DATA.matches(other):
            return other
        if not (other.text in _JOINING or other.text in _LIST_FILLERS or other.text.endswith("-") or _listed(other)):
            return None
    return None


_LIST_FILLERS = frozenset("other andere overige property eigendom regulated protected gereguleerde".split())


_LISTED_KINDS = (
    c.PEOPLE,
    c.PERSONAL_ADJ,
    c.SENSITIVE,
    c.SECRET_WORDS,
    c.FINANCIAL,
    c.COMPANY,
    c.BUSINESS_OBJECTS,
    c.IP,
)


def _listed(word: Word) -> bool:
    return c.any_of(word, *_LISTED_KINDS) or word.text in _LISTED_PARTIES


_LISTED_PARTIES = frozenset(  # "client, tenant, vendor, or confidential information": parties as modifiers
    "credential credentials account partner partners vendor vendors supplier suppliers contractor contractors "
    "leverancier leveranciers opdrachtnemer opdrachtnemers".split()
)


def _modifier_noun(word: Word) -> bool:
    if word.text in _VERBS or word.text in _JOINING or len(word.text) < 4 or word.text.endswith(("ing", "ed")):
        return False
    return not (c.INPUT.matches(word) or c.CHECK.matches(word) or c.AI.matches(word) or c.NOT_PERSONAL.matches(word))


def _predicate_of(words: Words, position: int, word: Word) -> Word | None:
    """'data that could be considered private', 'informatie die persoonlijk is': the data word before."""
    if not c.PERSONAL_ADJ.matches(word):
        return None
    before = words[max(0, position - 6) : position]
    if not any(w.text in _COPULAS for w in before):
        return None
    return next((w for w in reversed(before) if c.DATA.matches(w)), None)


_COPULAS = frozenset("is are be been zijn is wordt worden considered beschouwd geldt gelden deemed".split())


_WHATEVER = frozenset(
    "wat alles iets niets what whatever anything everything something nothing information informatie info".split()
)


def _interrupted(words: Words, start: Word, end: Word) -> bool:
    """A verb between adjective and noun breaks them ('personal data' yes, 'personnel using data' no)."""
    return any(start.index < w.index < end.index and (c.INPUT.matches(w) or c.CHECK.matches(w) or w.text in _VERBS)
               for w in words)  # fmt: skip


_VERBS = frozenset("must moet moeten should mag mogen may can kan will zal is are zijn was were weten know".split())


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


def public_places(words: Words) -> list[Word]:
    """Public information or places ("openbare informatie", "on the internet", "public domain"), not a
    public tool ("public AI tools", "publicly available generative AI")."""
    found = []
    into_ai: bool | None = None  # computed only for a word that may be a place beside AI
    for position, word in enumerate(words):
        previous = words[position - 1].text if position else ""
        if c.PUBLIC.matches(word) and _the_public(words, position):
            continue  # "the public will not interact with a chatbot": people, no public place
        if c.PUBLIC.matches(word) and (
            _near(words, position, c.TOOLISH, 0, 2) is None or _before_a_place(words, position)
        ):
            if previous not in _DEMONSTRATIVES:
                found.append(word)  # ("op deze website", "this website": the tool itself, no public place)
        elif word.text in _SOCIAL_OR_LEAVE:
            if into_ai is None:  # social media and the organisation's walls are a standard only beside AI
                into_ai = any(c.AI.matches(w) or c.ENTER.matches(w) for w in words)
            if not into_ai:
                continue
            if word.text in ("social", "sociale") and _next_text(words, position) in ("media", "netwerken", "networks"):
                found.append(word)  # "what you would not post on social media"
            elif word.text in _STRANGERS and any(w.text in _NOTS for w in words[max(0, position - 6) : position]):
                found.append(word)  # "if you wouldn't hand it to a stranger, don't paste it into AI"
                # (not "as if a stranger will read them": the reader of one prompt, no standard of what is public)
            elif word.text in _LEAVE and _leaves_organisation(words, position):
                found.append(word)  # "if it shouldn't leave the company", "wat het bedrijf niet mag verlaten"
            elif word.text not in _LEAVE and _stays_inside(words, position):
                found.append(word)  # "information that should stay within the organisation"
    return found


_DEMONSTRATIVES = frozenset("deze dit this these".split())
_INTO = frozenset("into in naar to with met".split())


def _before_a_place(words: Words, position: int) -> bool:
    """'information that is already public into AI tools': the tool follows a preposition, so 'public' says
    what the information is, not which tool ('public AI tools')."""
    return _next_text(words, position) in _INTO


_LEAVE = frozenset("leave leaves leaving verlaten verlaat".split())
_STAY = frozenset("stay stays remain remains blijven blijft".split())
_STRANGERS = frozenset("stranger strangers vreemden vreemdeling vreemdelingen onbekenden".split())
_NOTS = frozenset("not niet wouldn't shouldn't couldn't won't don't never nooit".split())
_SOCIAL_OR_LEAVE = _LEAVE | _STAY | _STRANGERS | {"social", "sociale"}


_ACTS_OF_PEOPLE = frozenset(
    "will would can could may might must should is are has have does do zal zullen kan kunnen mag mogen moet moeten "
    "wordt heeft hebben".split()
)


def _the_public(words: Words, position: int) -> bool:
    """'The public will not interact with a chatbot': the public as the subject of a verb is people, not a
    public place; 'not intended for the public', 'the public domain' are the public standard."""
    if words[position].text not in ("public", "publiek") or not position:
        return False
    if words[position - 1].text not in ("the", "het", "members"):
        return False
    return position + 1 < len(words) and words[position + 1].text in _ACTS_OF_PEOPLE


def _stays_inside(words: Words, position: int) -> bool:
    """'should stay within the organisation', 'binnen de organisatie moet blijven' (the Dutch verb after)."""
    if words[position].text not in _STAY:
        return False
    near = words[max(0, position - 5) : position + 5]
    inside = [w for w in near if w.text in ("within", "inside", "binnen", "in-house")]
    return bool(inside) and any(
        c.ORGANISATION.matches(w) or w.text in ("building", "gebouw", "huis", "house") for w in near
    )


def _leaves_organisation(words: Words, position: int) -> bool:
    """The organisation's walls as the limit: 'leave the company', 'het huis verlaten'; the organisation
    after an English verb, before the Dutch one ('wat het bedrijf niet mag verlaten')."""
    after = words[position + 1 : position + 4]
    before = words[max(0, position - 5) : position]
    owner = after if words[position].text.startswith("leav") else before
    return any(c.ORGANISATION.matches(w) or w.text in ("building", "gebouw", "huis", "house") for w in owner)
