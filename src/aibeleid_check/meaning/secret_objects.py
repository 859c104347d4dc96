"""Business secrets as the object of a sentence: confidential words, markings, the organisation's figures,
business objects (weak: only with an act of sharing); not a secret word that qualifies personal data, a
duty broken, a purpose clause, intellectual property of others or the law.

Here: :func:`secrets` and credentials. People's data next to a secret word is read in
:mod:`.secret_objects_personal`, the organisation's money in :mod:`.secret_objects_finance`, other senses of a secret
word in :mod:`.secret_objects_senses`."""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.objects import (
    CONVICTIONS,
    _interrupted,
    _near,
    _next_text,
    _pay_total,
    personal_data,
    risk_tier,
)
from aibeleid_check.meaning.secret_objects_finance import (
    _ACCOUNTS,
    _FIGURES,
    _FIN_HEADS,
    _FINANCES,
    _PRICED,
    _financial_accounts,
    _ours,
    _personal_finances,
)
from aibeleid_check.meaning.secret_objects_personal import (
    _PERSONAL_PAPERS,
    _classification_listed,
    _kind_of_personal,
    _of_people,
    _people_list,
    _qualifies_personal,
)
from aibeleid_check.meaning.secret_objects_senses import (
    _EXCEPT,
    _NO_INFORMATION,
    _PROCESS_OWNERS,
    _QUOTATION,
    _aim,
    _framing,
    _not_one_phrase,
    _others,
    _proposal_under_review,
    _to_ai,
    _violated,
)

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


def business_figures(word: Word) -> bool:
    """'praktijkcijfers', 'kantoorcijfers', 'winkelcijfers': a compound on -cijfers whose first part is the
    business itself ('coronacijfers', 'examencijfers' are no figures of the organisation)."""
    for ending in ("cijfers", "cijfer"):
        if word.text.endswith(ending) and len(word.text) > len(ending) + 2:
            return c.ORGANISATION.matches_forms((word.text.removesuffix(ending).removesuffix("s"),))
    return False


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
            if (
                c.IDENTIFIERS.matches(word)
                and not _pay_total(words, position)  # ("a client's salary ranges": the vacancy's, round 27)
                and (any(c.PEOPLE.matches(w) for w in words) or len(personal_data(words)) > 1)
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
        elif business_figures(word):
            found.append(word)  # "de praktijkcijfers", "kantoorcijfers": the figures of the business (round 27)
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


def _identifier_number(words: Words, head: Word) -> bool:
    position = words.index(head)
    return (
        head.text in ("number", "numbers", "nummer", "nummers")
        and position > 0
        and c.PHONE.matches(words[position - 1])
    )


def _destination(words: Words, position: int) -> bool:
    return any(w.text in ("into", "naar", "onto") for w in words[max(0, position - 4) : position])


def _owned(words: Words, position: int) -> bool:
    """The head is followed by 'van (je/het/de/onze) bedrijf/organisatie' (the owner is the organisation)."""
    return any(c.ORGANISATION.matches(w) for w in words[position + 2 : position + 5])


def _company_word(words: Words, position: int) -> bool:
    """'security details', 'political documents'; not 'political beliefs', which are about a person."""
    word = words[position]
    return c.COMPANY.matches(word) and not (c.SPECIAL.matches(word) and _next_text(words, position) in CONVICTIONS)


__all__ = ["secrets"]
