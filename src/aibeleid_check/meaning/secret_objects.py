"""Business secrets as the object of a sentence: confidential words, markings, the organisation's figures,
business objects (weak: only with an act of sharing); not a secret word that qualifies personal data, a
duty broken, a purpose clause, intellectual property of others or the law."""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.force import wrong_label_end
from aibeleid_check.meaning.force_words import IMPERATIVE
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.objects import (
    _DATA_AS_MODIFIER,
    CONVICTIONS,
    _interrupted,
    _near,
    _next_text,
    personal_data,
    research_subject,
    risk_tier,
)
from aibeleid_check.meaning.text import EXAMPLE_OPENERS

Words = tuple[Word, ...]


_CREDENTIALS = (
    "password", "wachtwoord", "credential", "inloggegeven", "inlogcode", "toegangscode", "wachtzin", "passphrase",
)  # fmt: skip
_LOG_IN = ("log", "sign", "inlog", "ingelogd", "aanmeld", "authenticat")
_KEYS = frozenset(("key", "keys", "sleutel", "sleutels", "token", "tokens"))


def _credential(words: Words, position: int) -> bool:
    """Credentials put into AI: 'passwords', 'API keys', 'access tokens', 'login credentials', 'inloggegevens', with
    an AI tool named in the sentence ('Never share your password with a colleague' is general security; 'a
    password manager', 'strong passwords' are no information put in)."""
    word = words[position]
    nxt = _next_text(words, position)
    named = word.text.startswith(_CREDENTIALS) and nxt not in ("manager", "managers", "beheerder", "reset", "policy")
    named = named or word.text in ("api", "access", "toegangs") and nxt in _KEYS or word.text.startswith("api-sleutel")
    if not named or position and words[position - 1].text in ("strong", "sterke", "sterk"):
        return False  # "protected with strong passwords": how a tool is secured
    if any(w.text.startswith(_LOG_IN) for w in words[max(0, position - 5) : position - 1]):
        return False  # "if you are not logged in with your UHN credentials": what one signs in with ("login
        # credentials", the noun right before, are the credentials)
    return any(c.AI.matches(w) for w in words)


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
            if _aim(words, position):
                continue  # "uploading X is prohibited … to protect proprietary information": why, not what
            if c.SENSITIVE.matches(word) and nxt in _NO_INFORMATION:
                continue  # "a sensitive action (sending an e-mail)", "gevoelige beslissingen": no information
            if word.text == "restricted" and nxt == "to":
                continue  # "use is restricted to public data": a limit, not restricted data
            if (
                word.text.startswith("privilege")
                or _classification_listed(words, position)
                or not (_qualifies_personal(words, position) or _violated(words, position))
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
            if c.IDENTIFIERS.matches(word) and (
                any(c.PEOPLE.matches(w) for w in words) or len(personal_data(words)) > 1
            ):
                continue  # "employee names, salaries, health information": a person's salary
            if _kind_of_personal(words, position):
                continue  # "jaarrekeningen, loonstroken of andere gegevens van cliënten": the clients' data
            if word.text.startswith(_PERSONAL_PAPERS) and (
                _people_list(words, word, word) or _of_people(words, position)
            ):
                continue  # "namen van klanten, BSN's of bankafschriften", "bankafschriften van cliënten": theirs
            if any(w.text in ("unless", "tenzij", "except", "behalve", "mits") for w in words[:position]):
                continue  # "… unless your organisation has an enterprise agreement": the exception
            if _framing(words, position):
                continue  # "outside of those agreements", "without a signed contract": the frame of the rule
            if word.text == "design":
                continue  # "design thinking", "graphic design": the activity; "product designs" are documents
            if word.text.startswith("quote") and (previous in _QUOTATION or nxt in ("from", "by")):
                continue  # "false quotes", "quotes from experts": quotations, not price quotes
            if previous not in ("processing", "verwerkers", "data", "user", "licence", "license", "protection"):
                found.append(word)
                weak = True
        elif "ris" in word.text and risk_tier(words, position):
            found.append(word)  # "High-Risk Data": a classification, like "restricted"
        elif "specif" in word.text and _specific(word) and (c.DATA.matches(word) or _head_follows(words, position)):
            found.append(word)  # "zaakspecifieke informatie", "project-specific details": one matter's information
        elif word.text == "protected" and c.DATA.matches_forms((nxt,)):
            found.append(word)  # "protected data" (a classification), not "personal data must be protected"
        elif word.text == "papers" and position and words[position - 1].text in _MEETINGS:
            found.append(word)  # "board papers", "committee papers": the organisation's stukken
            weak = True
        elif word.text == "minutes" and (
            position and words[position - 1].text in _MEETINGS or _of_meeting(words, position)
        ):
            found.append(word)  # "meeting minutes", "board minutes": notulen, not a time
            weak = True
        elif word.text.startswith("manuscript") and _to_ai(words, position):
            found.append(word)  # "upload manuscripts under review to AI tools": a journal's confidential documents
            weak = True
        elif _proposal_under_review(words, position) and _to_ai(words, position):
            found.append(word)  # "upload grant proposals you review to AI tools": confidential, as manuscripts are
            weak = True
        elif word.text == "source" and nxt == "code":
            found.append(word)
        elif _credential(words, position):
            found.append(word)  # "Do not enter passwords, API keys or other credentials into AI tools": what opens
            weak = True  # the organisation's systems, its confidential information (README decision 11)
        elif word.text in _PRICED and nxt in _PRICED[word.text]:
            found.append(word)  # "our fee schedule", "the price list", "licensing documents", "supplier conditions",
            # "engagement letters", "fee arrangements": what we charge, license or agreed with suppliers and clients
            weak = True
        elif word.text in ("letter", "letters") and [w.text for w in words[position + 1 : position + 3]] == [
            "of",
            "engagement",
        ]:
            found.append(word)  # "letters of engagement": what the firm agreed with a client
            weak = True
        elif word.text in _ACCOUNTS and _financial_accounts(words, position):
            found.append(word)  # "the firm's accounts", "our contracts, invoices or accounts": its financial accounts
        elif word.text in _FINANCES and not _personal_finances(words, position):
            found.append(word)  # "de financiën van de club", "our finances": the organisation's money matters
        elif (c.FINANCIAL.matches(word) or _company_word(words, position)) and _near(words, position, _FIN_HEADS, 0, 4):
            head = _near(words, position, _FIN_HEADS, 0, 4)
            if _destination(words, position) or head is not None and _interrupted(words, word, head):
                continue  # "paste outputs into research submissions or official documents": where it goes
            if head is not None and _not_one_phrase(words, word, head):
                continue  # "the security of the data", "the University, to ensure appropriate data governance"
            if word.text in ("process", "processes") and not (position and words[position - 1].text in _PROCESS_OWNERS):
                continue  # "or process data types marked 'Never'": the verb, not internal process documents
            if _kind_of_personal(words, position):
                continue  # "salary data, bank statements or other staff information": the staff's
            if head is not None and _identifier_number(words, head):
                continue  # "social security numbers", "credit card numbers": a person's identifiers
            if head is not None and (_of_people(words, words.index(head)) or _people_list(words, head, word)):
                continue  # "bank details of employees", "Client PII, PHI or financial records" are personal data
            if c.FINANCIAL.matches(word) and position and c.PEOPLE.matches(words[position - 1]):
                if not c.COMPANY.matches(words[position - 1]):
                    continue  # "customer financial data", "client bank details": the person's
            if position and words[position - 1].text in ("to", "te"):
                continue  # "to process special category data": a verb
            found.append(word)
        elif word.text in _FIGURES and _ours(words, position):
            found.append(word)  # "our occupancy figures", "onze eigen cijfers": the organisation's figures
        elif _FIN_HEADS.matches(word) and nxt in ("van", "of", "over", "about") and _owned(words, position):
            found.append(word)  # "cijfers van je bedrijf", "data of the organisation"
        elif (c.COMPANY.matches_part(word) or c.FINANCIAL.matches_part(word)) and _FIN_HEADS.matches(word):
            found.append(word)  # bedrijfsgegevens, financieeloverzicht
        elif c.IP.matches(word) and nxt in ("eigendom", "property") and not _others(words, position):
            if any(w.text in _EXCEPT for w in words[:position]):
                continue  # "… unless the content is your own intellectual property": the exception
            found.append(word)
            weak = True
    strong = [w for w in found if not (c.IP.matches(w) or c.BUSINESS_OBJECTS.matches(w))]
    return found, weak and not strong


_TO_AI = frozenset("into to with in naar met onto".split())
_REVIEWING = ("review", "beoordel", "beoordee", "referee", "panel")


def _proposal_under_review(words: Words, position: int) -> bool:
    """A grant proposal or an application someone reviews ('grant proposals', 'proposal information' read by
    reviewers, 'applications under review', 'subsidieaanvragen die je beoordeelt'): a confidential document of the
    funder, as a manuscript under review is the journal's; one's own proposal is no one's secret."""
    word = words[position]
    if word.text.startswith(("proposal", "subsidieaanvra", "aanvraag", "aanvragen")):
        return any(w.text.startswith(_REVIEWING) for w in words) or position > 0 and words[position - 1].text == "grant"
    following = [w.text for w in words[position + 1 : position + 3]]
    return word.text in ("applications", "application") and following == ["under", "review"]


def _to_ai(words: Words, position: int) -> bool:
    """An AI tool named after a preposition after the object ('manuscripts under review to generative AI tools'):
    where a manuscript goes is a tool, not the journal ('Do not submit manuscripts written by AI')."""
    return any(
        w.text in _TO_AI and any(c.names_ai(a) for a in words[p + 1 : p + 4])
        for p, w in enumerate(words)
        if p > position
    )


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


_QUOTATION = frozenset("false fake fabricated invented made-up up direct exact verzonnen valse nep".split())
_IF = frozenset("if als indien wanneer when provided mits".split())
_FRAMES = frozenset("without outside under within beyond zonder buiten onder binnen volgens conform krachtens".split())
_HAS = frozenset("has have heeft hebben signed getekend afgesloten".split())
_COVERED = frozenset("covered gedekt governed".split())
_CONFIDENTIALITY = ("nda", "nda's", "ndas", "geheimhouding")  # "documents under NDA" are secret: no frame


def _framing(words: Words, position: int) -> bool:
    """An agreement or a contract that frames the rule ('outside of those agreements', 'under the terms of
    our agreement', 'zonder verwerkersovereenkomst', 'AI tools not covered by a contract') rather than
    being what is shared; an NDA still marks what it covers as secret."""
    previous = words[position - 1] if position else words[position]
    if words[position].text.startswith(_CONFIDENTIALITY) or previous.text.startswith(_CONFIDENTIALITY):
        return False
    if c.SECRET_WORDS.matches(previous) or previous.text.startswith("non-disclosure"):
        return False  # "documents under a non-disclosure agreement" are secret
    window = words[max(0, position - 5) : position]
    for at, word in enumerate(window):
        between = window[at + 1 :]
        if any(c.INPUT.matches(w) or c.ENTER.matches(w) for w in between):
            continue  # "without sharing contracts": the act's object
        if word.text in _FRAMES:
            return True
        if word.text in _IF and any(w.text in _HAS for w in (*between, *words[position + 1 : position + 5])):
            return True  # "only use a tool if the school has a contract with the supplier": a condition of the tool
        if word.text in _COVERED and any(
            c.AI.matches(w) for w in words[max(0, position - 9) : position - len(between) - 1]
        ):
            return True  # what the agreement covers is the tool
    return False


def _of_meeting(words: Words, position: int) -> bool:
    """'minutes of board meetings', 'the minutes of the management team': notulen, not a time ('within 30 minutes
    of')."""
    if position and words[position - 1].text.isdigit():
        return False  # ("within 30 minutes of the board meeting": a time)
    return _next_text(words, position) == "of" and any(
        w.text.startswith("meeting") or w.text in _MEETINGS for w in words[position + 2 : position + 5]
    )


_MEETINGS = ("meeting", "board", "committee", "council", "team", "staff", "management", "cabinet")
_MARKED = ("mark", "label", "gelabeld", "gemarkeerd", "classif", "geclassificeerd", "gerubriceerd", "rubricering")


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


_MATTERS = ("zaak", "zaken", "project", "projecten", "casus", "dossier", "case", "matter", "organisatie", "bedrijf",
            "company", "business", "deal", "klus", "opdracht")  # fmt: skip


def _head_follows(words: Words, position: int) -> bool:
    """The data word after a modifier, or after the modifiers it is coordinated with ('zaakspecifieke of
    privacygevoelige informatie')."""
    ahead = words[position + 1 : position + 5]
    if ahead and c.DATA.matches(ahead[0]):
        return True
    return bool(ahead) and ahead[0].text in ("of", "en", "or", "and") and any(c.DATA.matches(w) for w in ahead[1:3])


def _specific(word: Word) -> bool:
    """'zaakspecifieke', 'projectspecifiek', 'case-specific': of one matter of the organisation."""
    for ending in ("specifieke", "specifiek", "-specific"):
        if word.text.endswith(ending) and len(word.text) > len(ending):
            owner = word.text[: -len(ending)].rstrip("-")
            return owner in _MATTERS or owner.rstrip("s") in _MATTERS
    return False


def _aim(words: Words, position: int) -> bool:
    """The secret word is what a purpose clause protects, after the act ('… to protect proprietary information')."""
    before = words[max(0, position - 3) : position]
    protect = [w for w in before if w.text.startswith(("protect", "bescherm", "safeguard"))]
    if not protect:
        return False
    at = words.index(protect[0])
    opened = at > 0 and words[at - 1].text in ("to", "and", "om", "en")
    return opened and any(c.INPUT.matches(w) for w in words[:at])


def _of_people(words: Words, position: int) -> bool:
    after = words[position + 1 : position + 4]
    if any(c.ORGANISATION.matches(w) for w in words[position + 1 : position + 8]):
        return False  # "cijfers van klanten en de eigen organisatie": the organisation's too
    return bool(after) and after[0].text in ("of", "van") and any(c.PEOPLE.matches(w) for w in after[1:])


def _identifier_number(words: Words, head: Word) -> bool:
    position = words.index(head)
    return (
        head.text in ("number", "numbers", "nummer", "nummers")
        and position > 0
        and c.PHONE.matches(words[position - 1])
    )


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


def _violated(words: Words, position: int) -> bool:
    """'doorbreekt het beroepsgeheim', 'breaches confidentiality': the duty broken, not what is shared."""
    return any(w.text.startswith(_BREACH) for w in words[max(0, position - 3) : position]) and not (
        wrong_label_end(words) and wrong_label_end(words) <= position
    )  # ("Privacy Violations: Inputting confidential data …": the label, the data is what goes in)


_BREACH = ("doorbre", "schend", "overtre", "breach", "violat", "breek")


_EXCEPT = frozenset("unless tenzij except behalve mits".split())
_SOMEONE_ELSES = frozenset("another's anothers else's others' people's someone's somebody's anderman's".split())


def _others(words: Words, position: int) -> bool:
    """'intellectual property of others', 'IP-rechten van derden', 'violate intellectual property'."""
    after = {w.text for w in words[position + 2 : position + 5]}
    before = words[max(0, position - 3) : position]
    if any(w.text in _SOMEONE_ELSES for w in before):
        return True  # "another's intellectual property", "someone else's intellectual property"
    if position + 2 < len(words) and words[position + 2].text in (
        "law",
        "laws",
        "wetgeving",
        "recht",
        "rechten",
        "rights",
    ):
        return True  # "intellectual property laws": the law, not property to protect
    return bool(after & {"others", "anderen", "derden", "third", "third-party"}) or any(
        w.text.startswith(("violat", "infring", "schend", "inbreuk", "respect", "protect", "bescherm")) for w in before
    )  # ("Protecting Intellectual Property: …": the topic protected, a heading)


_NO_INFORMATION = frozenset(
    "action actions operation operations task tasks decision decisions handeling handelingen beslissing "
    "beslissingen taak taken situation situations situatie situaties".split()
)
_PHRASE_BREAKS = frozenset(
    # words that stand between two noun phrases, never inside one: "the security of the data"
    "the a an of to for by with from at as on in into this that its their our your de het een van voor door met "
    "om te aan bij uit op naar dit dat deze die zijn haar hun ons onze".split()
)
_PROCESS_OWNERS = frozenset("internal interne intern business company our the organisational organizational".split())


def _not_one_phrase(words: Words, modifier: Word, head: Word) -> bool:
    """The modifier and the data word are not one noun phrase: a function word stands between, or the
    data word itself modifies the noun after it ("company data governance")."""
    position = words.index(head)
    if position + 1 < len(words) and words[position + 1].text in _DATA_AS_MODIFIER:
        return True
    return any(modifier.index < w.index < head.index and w.text in _PHRASE_BREAKS for w in words)


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


def _company_word(words: Words, position: int) -> bool:
    """'security details', 'political documents'; not 'political beliefs', which are about a person."""
    word = words[position]
    return c.COMPANY.matches(word) and not (c.SPECIAL.matches(word) and _next_text(words, position) in CONVICTIONS)
