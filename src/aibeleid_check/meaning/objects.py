"""What a sentence is about: protected data (personal, secret), decisions, checking, AI output.

Each finder takes the words of one sentence and returns the words that carry the concept (empty when
it is not there), so that a recognition can show its evidence.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.morph import Word

Words = tuple[Word, ...]


def _near(words: Words, position: int, concept: c.Concept, before: int, after: int) -> Word | None:
    for other in words[max(0, position - before) : position + after + 1]:
        if other.index != words[position].index and concept.matches(other):
            return other
    return None


def _next_text(words: Words, position: int) -> str:
    return words[position + 1].text if position + 1 < len(words) else ""


def personal_data(words: Words) -> list[Word]:
    """Personal data: persoonsgegevens, klantgegevens, customer data, names and addresses, PII…"""
    found: list[Word] = []
    for position, word in enumerate(words):
        if c.NOT_PERSONAL.matches_part(word) or c.NOT_PERSONAL.matches(word):
            continue
        if c.PERSONAL_WORDS.matches(word) or c.IDENTIFIERS.matches(word):
            found.append(word)
        elif c.PERSONAL_WORDS.matches_part(word) or c.IDENTIFIERS.matches_part(word):
            found.append(word)  # BSN-nummers, NAW-gegevens, adresgegevens, namenlijst
        elif c.IDENTIFY.matches(word) and not word.text.startswith(("re-identif", "reidentif", "heridentif")):
            person = _near(words, position, c.PEOPLE, 4, 3)
            if person is not None:
                found.extend((word, person))  # "waarmee een leerling te identificeren is", "could identify a patient"
        elif c.DATA.matches(word) and c.PEOPLE.matches_part(word):
            found.append(word)  # klantgegevens, patientdossier, sollicitatiebrieven
        elif c.PERSONAL_ADJ.matches(word) or c.PEOPLE.matches(word):
            head = _near(words, position, c.DATA, 0, 4) or _predicate_of(words, position, word)
            if head is not None and not c.NOT_PERSONAL.matches(head) and not _interrupted(words, word, head):
                if c.PERSONAL_ADJ.matches(word) or _modifies(words, word, head):
                    found.extend((word, head))
        elif word.text in _WHATEVER and _about_follows(words, position):
            person = _near(words, position, c.PEOPLE, 0, 6)
            if person is not None:
                found.extend((word, person))  # "wat over een cliënt gaat", "anything about a customer"
        elif word.text.startswith(("categor", "category")) and position and words[position - 1].text in _SPECIAL_ADJ:
            found.extend((words[position - 1], word))  # "special category data", "bijzondere categorieën"
        elif c.PHONE.matches(word) and _next_text(words, position) in ("number", "numbers", "nummer", "nummers"):
            found.append(word)
        elif c.DATA.matches(word) and _near(words, position, c.SPECIAL, 0, 4) is not None:
            found.extend((word, _near(words, position, c.SPECIAL, 0, 4) or word))  # "gegevens over gezondheid"
        elif c.DATA.matches(word) and (
            _next_text(words, position) in ("van", "over", "about", "of", "on")
            or _next_text(words, position) in ("with", "met")
            and word.text.startswith(_EXCHANGES)
        ):
            person = _near(words, position, c.PEOPLE, 0, 4)
            if person is not None:
                found.extend((word, person))
    return found


_SPECIAL_ADJ = ("special", "bijzondere", "sensitive")


def _about_follows(words: Words, position: int) -> bool:
    """'wat over een cliënt gaat', 'wat je over een leerling weet', 'what you know about a customer'."""
    after = [w.text for w in words[position + 1 : position + 4]]
    about = [p for p, t in enumerate(after) if t in ("over", "about", "concerning", "betreffende")]
    return bool(about) and all(t in _KNOWER for t in after[: about[0]])


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
    )


_EXCHANGES = ("transcript", "thread", "chat", "e-mail", "email", "mail", "gesprek", "conversation", "correspond",
              "bericht", "message", "meeting")  # fmt: skip


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


def secrets(words: Words) -> tuple[list[Word], bool]:
    """Business secrets, confidential information, contracts, financial details. The flag says whether
    only weak objects were found (contracts, prices, intellectual property), which count only with an act
    of sharing ("deel geen contracten"; not "sluit geen contracten af", "respect intellectual property")."""
    found: list[Word] = []
    weak = False
    for position, word in enumerate(words):
        if c.PERSONAL_ADJ.matches(word):
            continue  # privacygevoelig is personal data
        nxt = _next_text(words, position)
        if c.SECRET_WORDS.matches(word) or c.SECRET_HEADS.matches_part(word) or c.SENSITIVE.matches(word):
            if word.text.startswith("privilege") or not (
                _qualifies_personal(words, position) or _violated(words, position)
            ):
                found.append(word)
        elif word.text in ("intern", "interne", "internal") and any(
            w.text.startswith(_MARKED) for w in words[max(0, position - 3) : position]
        ):
            found.append(word)  # "marked internal", "met het label intern": a classification
        elif word.text.endswith(("-owned", "-eigen")) and _near(words, position, c.DATA, 0, 1):
            found.append(word)  # "university-owned materials", "bedrijfseigen informatie"
        elif c.BUSINESS_OBJECTS.matches(word) and not c.NOT_SECRET_CONTRACT.matches_part(word):
            previous = words[position - 1].text if position else ""
            if previous not in ("processing", "verwerkers", "data", "user", "licence", "license"):
                found.append(word)
                weak = True
        elif word.text == "protected" and c.DATA.matches_forms((nxt,)):
            found.append(word)  # "protected data" (a classification), not "personal data must be protected"
        elif word.text == "source" and nxt == "code":
            found.append(word)
        elif (c.FINANCIAL.matches(word) or c.COMPANY.matches(word)) and _near(words, position, _FIN_HEADS, 0, 4):
            head = _near(words, position, _FIN_HEADS, 0, 4)
            if _destination(words, position) or head is not None and _interrupted(words, word, head):
                continue  # "paste outputs into research submissions or official documents": where it goes
            if head is not None and _of_people(words, words.index(head)):
                continue  # "bank details of employees" are personal data
            found.append(word)
        elif _FIN_HEADS.matches(word) and nxt in ("van", "of", "over", "about") and _owned(words, position):
            found.append(word)  # "cijfers van je bedrijf", "data of the organisation"
        elif (c.COMPANY.matches_part(word) or c.FINANCIAL.matches_part(word)) and _FIN_HEADS.matches(word):
            found.append(word)  # bedrijfsgegevens, financieeloverzicht
        elif c.IP.matches(word) and nxt in ("eigendom", "property") and not _others(words, position):
            found.append(word)
            weak = True
    strong = [w for w in found if not (c.IP.matches(w) or c.BUSINESS_OBJECTS.matches(w))]
    return found, weak and not strong


_MARKED = ("mark", "label", "gelabeld", "gemarkeerd", "classif", "geclassificeerd", "gerubriceerd", "rubricering")
_EXAMPLES = ("such", "zoals", "like", "including", "e.g", "bijv", "bijvoorbeeld", "namely", "waaronder")


def _qualifies_personal(words: Words, position: int) -> bool:
    """'sensitive client data', 'client confidentiality', 'sensitive information such as student
    information': the secret word only qualifies personal data, so it is the personal-data rule."""
    after = words[position + 1 : position + 3]
    if any(c.DATA.matches(w) and c.PEOPLE.matches_part(w) or c.PEOPLE.matches(w) for w in after[:1]):
        return True
    if position and c.PEOPLE.matches(words[position - 1]) and not c.COMPANY.matches(words[position - 1]):
        return True
    ahead = words[position + 1 : position + 5]
    examples = [p for p, w in enumerate(ahead) if w.text in _EXAMPLES]
    if examples:
        listed = words[position + 2 + examples[0] : position + 12]
        return bool(personal_data(listed)) and not any(c.BUSINESS_OBJECTS.matches(w) for w in listed)
    return False


def _of_people(words: Words, position: int) -> bool:
    after = words[position + 1 : position + 4]
    if any(c.ORGANISATION.matches(w) for w in words[position + 1 : position + 8]):
        return False  # "cijfers van klanten en de eigen organisatie": the organisation's too
    return bool(after) and after[0].text in ("of", "van") and any(c.PEOPLE.matches(w) for w in after[1:])


def _violated(words: Words, position: int) -> bool:
    """'doorbreekt het beroepsgeheim', 'breaches confidentiality': the duty broken, not what is shared."""
    return any(w.text.startswith(_BREACH) for w in words[max(0, position - 3) : position])


_BREACH = ("doorbre", "schend", "overtre", "breach", "violat", "breek")


def _others(words: Words, position: int) -> bool:
    """'intellectual property of others', 'IP-rechten van derden', 'violate intellectual property'."""
    after = {w.text for w in words[position + 2 : position + 5]}
    before = words[max(0, position - 3) : position]
    return bool(after & {"others", "anderen", "derden", "third", "third-party"}) or any(
        w.text.startswith(("violat", "infring", "schend", "inbreuk", "respect")) for w in before
    )


def _destination(words: Words, position: int) -> bool:
    return any(w.text in ("into", "naar", "onto") for w in words[max(0, position - 4) : position])


def _owned(words: Words, position: int) -> bool:
    """The head is followed by 'van (je/het/de/onze) bedrijf/organisatie' (the owner is the organisation)."""
    return any(c.ORGANISATION.matches(w) for w in words[position + 2 : position + 5])


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
)


def public_places(words: Words) -> list[Word]:
    """Public information or places ("openbare informatie", "on the internet", "public domain"), not a
    public tool ("public AI tools", "publicly available generative AI")."""
    found = []
    for position, word in enumerate(words):
        if c.PUBLIC.matches(word) and _near(words, position, c.TOOLISH, 0, 2) is None:
            found.append(word)
    return found
