"""What the two data rules read but do not count: data minimisation, training, stories, vendors and tools,
other places, e-mails and retention.

"No more personal data than the task requires" is minimisation, "not used to train the model" a promise
about the tool, "Medewerker D voert geen klantgegevens in" one case, "De leverancier mag …" the vendor's duty,
"De AI-tool slaat geen gesprekken op" what a tool does (guide decisions 7 and 8), "Geen klantnamen in de
nieuwsbrief" another place, "Do not forward chain emails" a mail rule and "deleted after 30 days" retention.
:mod:`.data_rules` asks these readings before it counts a rule.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.force import negations
from aibeleid_check.meaning.force_words import IMPERATIVE, MODAL, NEGATION
from aibeleid_check.meaning.morph import Word, forms_of

_NECESSARY = ("nodig", "noodzakelijk", "vereist", "necessary", "needed", "required")
_NEEDS = ("requires", "require", "needs", "need", "vereist", "vergt")  # verbs: only after a comparison
_MORE_THAN = ("only", "alleen", "more", "meer", "beyond", "than", "dan", "minimum", "minimal")
_WHERE = ("where", "waar", "what", "wat", "die", "dat", "that", "insofar", "zover")  # not "unless": an exception
_NEEDLESS = ("onnodig", "onnodige", "unnecessary", "excessive", "overbodige", "overbodig", "overtollige")
_NEEDLESSLY = frozenset(("unnecessarily", "needlessly"))  # the adverb before the act: 'unnecessarily expose'


def _minimising(words: Words) -> bool:
    """Data minimisation, a mention (guide): 'no more personal data than the task requires', 'beyond what is
    necessary', 'where not required for the task', 'alleen de gegevens die nodig zijn'; not 'a tool that
    requires a login'."""
    for position, word in enumerate(words):
        before = {w.text for w in words[max(0, position - 6) : position]}
        if word.text in _NECESSARY and (before & set(_MORE_THAN) or _needed_data(words, position)):
            return True
        if word.text in _NEEDS and before & set(_MORE_THAN):
            return True
        if word.text in _NEEDLESS and position + 1 < len(words) and not _risk_word(words[position + 1]):
            return True  # "het doorgeven van onnodige persoonsgegevens", "unnecessary personal details"
        if word.text in _NEEDLESSLY and position + 1 < len(words) and c.INPUT.matches(words[position + 1]):
            return True  # "in ways that would unnecessarily expose client data": the user judges the need
        if word.text in _NEED and _without_need(words, position):
            return True  # "zonder noodzaak", "without a clear need": 'onnodig' in other words
    return need_denied(words)


_NEED = frozenset("noodzaak need necessity".split())
_NEED_FILLERS = frozenset("a an any clear real good valid strict duidelijke echte goede geldige".split())


def _without_need(words: Words, position: int) -> bool:
    """'Deel geen klantgegevens zonder noodzaak', 'without a clear need': the need is the user's to judge (guide
    decision 8); 'zonder toestemming' is an exception that keeps the rule."""
    back = position - 1
    while back >= 0 and words[back].text in _NEED_FILLERS:
        back -= 1
    if back < 0 or words[back].text not in ("zonder", "without"):
        return False
    return True


_WHEN = frozenset("when whenever where if wanneer als waar indien".split())


def need_denied(words: Words) -> bool:
    """'Redact names … when the task does not require them', 'if the task doesn't need them': a need verb negated in
    a condition, which leaves the user to judge whether to remove anything (guide decision 8)."""
    for position, word in enumerate(words):
        if word.text not in _NEEDS:
            continue
        window = words[max(0, position - 6) : position]
        when = next((at for at, w in enumerate(window) if w.text in _WHEN), None)
        if when is not None and any(NEGATION.matches(w) for w in window[when + 1 :]):
            return True
    return False


def _needed_data(words: Words, position: int) -> bool:
    """The need is the data's: 'where this is not necessary', 'gegevens die nodig zijn', 'wat niet nodig
    is'; not the need of a consent or an approval ('explicit consent where required', 'vraag waar nodig
    toestemming'), which leaves the rule whole."""
    window = words[max(0, position - 6) : position]
    for at, where in enumerate(window):
        if where.text not in _WHERE:
            continue
        if any(w.text in ("not", "niet", "no", "geen") for w in window[at + 1 :]):
            return True
        if at and c.DATA.matches(window[at - 1]) or at > 1 and c.DATA.matches(window[at - 2]):
            return True
    return False


def _risk_word(word: Word) -> bool:
    return word.text.startswith(("risk", "risico"))


def _exposed_to_risk(words: Words, found: list[Word]) -> bool:
    """'does not expose personal data about patients to unnecessary risks': the data protected from a risk
    (generic protection), no act of putting it into AI."""
    for act in (w for w in words if w.text.startswith(("expos", "blootstel", "blootgesteld"))):
        exposed = any(0 < abs(w.index - act.index) <= 4 for w in found)  # ("gegevens niet blootstellen aan")
        if exposed and any(
            _risk_word(w) or w.text.startswith(_HARMS) for w in words if act.index < w.index <= act.index + 14
        ):
            return True  # ("… to unauthorised disclosure", "aan ongeoorloofde openbaarmaking")
    return False


_HARMS = ("disclosure", "misuse", "loss", "leak", "breach", "openbaarmaking", "misbruik", "verlies", "lek")


_RAISE = frozenset("raising raises raise raised roept roepen oproept oproepen".split())
_CONCERNS = frozenset("concerns concern zorgen vragen questions issues".split())


def concerned(words: Words) -> bool:
    """'…, raising concerns about transparency and data privacy, as well as issues around users sharing information
    that does not belong to them', 'Dit roept zorgen op over het delen van klantgegevens': a statement that raises
    concerns describes a risk; with a modal or an imperative of its own ('Because of privacy concerns, do not share
    client files') it is a rule."""
    if IMPERATIVE.matches(words[0]) or any(MODAL.matches(w) for w in words):
        return False
    if any(NEGATION.matches(w) for w in words[:3]) or any(w.text in ("never", "nooit") for w in words):
        return False
    return any(w.text in _RAISE and any(x.text in _CONCERNS for x in words[p + 1 : p + 3]) for p, w in enumerate(words))


_GUARANTEED = ("guarantee", "gegarandeerd", "garanderen", "garandeert", "assured", "ensured")


def unguaranteed(words: Words) -> bool:
    """'Confidentiality is not guaranteed; input may be stored or reused', 'Vertrouwelijkheid is niet gegarandeerd':
    what is not guaranteed is a risk of the tool (guide, facts and risks), when it is the sentence's only
    negation; 'Do not enter confidential data, because confidentiality is not guaranteed' keeps its rule."""
    negated = negations(words)
    if not negated:
        return False
    for negation in negated:
        position = words.index(negation)
        ahead = words[position + 1 : position + 4]
        if not any(w.text.startswith(_GUARANTEED) for w in ahead):
            return False
    return True


_COULD = frozenset("could might".split())


def possibility(words: Words) -> bool:
    """'Sensitive or personal information could be stored or shared if not handled properly', 'could never be
    entered, as it is blocked': what could (not) happen to data is a risk or a fact (guide), not a rule ('may not
    be shared', 'must not be stored' forbid)."""
    for position, word in enumerate(words):
        if word.text not in _COULD or position and words[position - 1].text in ("that", "which", "what", "who"):
            continue  # ("information that could be used to identify someone": the data kept out, a rule)
        ahead = [w.text for w in words[position + 1 : position + 4]]
        while ahead and ahead[0] in ("not", "never", "also", "easily", "still"):
            ahead = ahead[1:]
        if len(ahead) >= 2 and ahead[0] == "be" and ahead[1].endswith(("ed", "en", "wn", "ld", "d")):
            return True
    return False


def _training(words: Words) -> bool:
    """'Gegevens worden niet gebruikt om AI-systemen te trainen', 'not used to train the model': what the
    model is trained on, a promise about the tool, not data put into it."""
    return (
        any(
            w.text.startswith(("train", "getraind"))
            and (
                any(b.text in ("om", "to", "for", "voor") for b in words[max(0, p - 4) : p])
                or any(b.text == "om" for b in words[max(0, p - 6) : p])  # "om er AI-modellen mee te trainen"
                or w.text in _TRAINED
                and any(a.text in ("on", "op", "met", "with") for a in words[p + 1 : p + 5])  # "trains its models on"
            )
            for p, w in enumerate(words)
        )
        and (all(c.USE.matches(w) for w in words if c.INPUT.matches(w) or c.ENTER.matches(w)) or _given_to_train(words))
    )  # ("do not enter client data, as it may be used to train models" names the entering)


def _given_to_train(words: Words) -> bool:
    """'Staff will not provide intellectual property … to be used to train Generative AI models': data given for
    training a model, its purpose (guide decision 7), not data put into a tool at work; 'as it may be used to train
    models' gives the reason of a rule."""
    return any(
        w.text.startswith("train") and p >= 4 and [b.text for b in words[p - 4 : p]] == ["to", "be", "used", "to"]
        for p, w in enumerate(words)
    )


_TRAINED = frozenset("train trains trained getraind traint trainen".split())  # "trained on", not "training"


def _story(words: Words) -> bool:
    """'Medewerker D voert geen klantgegevens in …', 'Employee A does not paste …': one case with a labelled
    person or organisation as its subject, a story, not a rule."""
    start = 1 if words and words[0].text in ("de", "het", "the") else 0
    if len(words) < start + 3:
        return False
    subject, label = words[start], words[start + 1]
    if len(label.text) == 1 and label.text.isalpha() and c.any_of(subject, c.PEOPLE, c.ORGANISATION):
        return True
    return _told_in_past(words)


_SOMEONE_OPENS = frozenset("a an one een de the our onze ons iemand someone".split())
_BEFORE_PAST = frozenset(
    "is are was were be been being has have had get got zijn is wordt worden werd werden heeft hebben had hadden "
    "that which die dat you je u".split()
)


def _told_in_past(words: Words) -> bool:
    """'Een medewerker, zich niet bewust van de risico's, voerde vertrouwelijke bedrijfsgegevens in een AI-tool',
    'Vorig jaar plakte een collega klantgegevens in ChatGPT', 'A staff member uploaded confidential contracts to
    a chatbot': an incident told in the past tense, with a person as its subject, no modal and no imperative, is
    a story ('Do not paste files a customer shared with you' asks; 'data that was entered' is a participle)."""
    if (
        IMPERATIVE.matches(words[0])
        or any(NEGATION.matches(w) for w in words[:2])
        or any(MODAL.matches(w) for w in words)
    ):
        return False
    for position, verb in enumerate(words):
        entered = c.INPUT.matches(verb) or c.ENTER.matches(verb) or c.INPUT.matches_forms(("in" + verb.text,))
        if not entered or not _past_form(verb.text):  # ("voerde … in een AI-tool": the particle stands apart)
            continue
        if position and words[position - 1].text in _BEFORE_PAST:
            continue
        if position > 1 and words[position - 1].text in _BETWEEN_AUX and words[position - 2].text in _BEFORE_PAST:
            continue  # "Our client agreements … are not shared with AI": a passive present, the standing practice
        near = [
            *words[: min(3, position)],
            *words[max(3, position - 8) : position],
            *words[position + 1 : position + 4],
        ]
        if any(
            w.text in _SOMEONE_OPENS and p + 1 < len(near) and c.PEOPLE.matches(near[p + 1]) or w.text == "iemand"
            for p, w in enumerate(near)
        ) and not any(w.text in ("you", "je", "jij", "u") for w in words[:position]):
            return True
    return False


_BETWEEN_AUX = frozenset("not never niet nooit also ook always altijd ever ooit".split())


def _past_form(text: str) -> bool:
    """'uploaded', 'pasted', 'plakte', 'voerde', 'deelden': a simple past (English also a participle, which the
    auxiliary before it tells apart)."""
    return text.endswith(("ed", "te", "de", "ten", "den")) and len(text) > 4


_VENDORS = ("leverancier", "leveranciers", "vendor", "vendors", "provider", "providers", "aanbieder", "aanbieders",
            "supplier", "suppliers", "openai", "microsoft", "google", "anthropic", "verwerker")  # fmt: skip


_AGREEMENT_WORDS = ("dpa", "verwerkersovereenkomst", "overeenkomst", "agreement", "signed", "getekend", "ondertekend")


def tool_status(words: Words, found: list[Word]) -> bool:
    """'Microsoft 365 Copilot (signed DPA, no personal data)': the data named in a tool's aside beside its
    agreement is what the tools list says of the tool, not a rule for staff (the template keeps both)."""
    asides = {w.after for w in found}
    if not found or -1 in asides:
        return False
    return any(w.after in asides and w.text.startswith(_AGREEMENT_WORDS) for w in words)


def _vendor(words: Words) -> bool:
    """'De leverancier mag klantgegevens niet gebruiken om modellen te trainen': the vendor's duty; 'De AI-tool
    slaat geen gesprekken met klanten op', 'our assistant does not have access to your files': what the tool
    does, a fact about it."""
    return (
        any(
            w.text in _VENDORS
            and not any(c.ENTER.matches(a) or c.INPUT.matches(a) for a in words[:p])
            and not (p and words[p - 1].text in _COUNTERPARTY)  # "Contracten met / van leveranciers": a counterparty
            and not _modifies_object(words, p)  # "Supplier contracts are not shared with AI": whose contracts
            for p, w in enumerate(words[:3])
        )
        or _tool_does(words)
    )  # ("Never paste supplier, customer or staff data": the vendor modifies the data)


_COUNTERPARTY = frozenset("met with van of from voor for".split())


def _modifies_object(words: Words, position: int) -> bool:
    """'Supplier contracts', 'Vendor invoices', 'Supplier price lists', 'Provider agreements': the vendor word before a
    business object or a data word names whose object it is, a noun modifier, not the vendor as a subject."""
    if position + 1 >= len(words):
        return False
    head = words[position + 1]
    return c.any_of(head, c.BUSINESS_OBJECTS, c.DATA, c.FINANCIAL) or head.text in _PRICE_WORDS


_PRICE_WORDS = frozenset("price prices pricing prijs rate rates fee fees terms conditions voorwaarden".split())


_TOOL_VERBS = frozenset(
    "respects respecteert follows volgt honours honors "
    "stores store slaat bewaart bewaren keeps retains saves logs logt has heeft have hebben does doet do doen "
    "uses gebruikt trains traint learns leert access accesses answers answer reads leest sees ziet searches "
    "zoekt draws retrieves raadpleegt beantwoordt".split()
)
_SUBJECT_START = frozenset("de het the our onze ons your je uw this deze dit".split())
_ABLE = frozenset("can kan kunnen only alleen uitsluitend enkel".split())  # what it can do, not may
_PASSIVE = frozenset("worden wordt word be been being".split())
_OF_PLACE = frozenset("op on in van of from at bij".split())


def _tool_does(words: Words) -> bool:
    """The sentence opens with an AI tool as its subject and a plain verb of what the tool does or can do ('the
    chatbot only answers questions using our public website', 'De chatbot op onze website slaat geen
    persoonsgegevens op'); no modal of permission or duty."""
    start = 1 if words and words[0].text in _SUBJECT_START else 0
    if start >= len(words) or not c.AI.matches(words[start]):
        return False  # ("make sure prompts do not contain names": the subject is no tool)
    position = start
    while position + 1 < len(words) and c.AI.matches(words[position + 1]):
        position += 1  # "our AI assistant", "de AI-tool"
    if position + 1 < len(words) and words[position + 1].text in _OF_PLACE:
        place = next(
            (p for p in range(position + 2, min(position + 6, len(words))) if words[p].text in _TOOL_VERBS), None
        )
        position = place - 1 if place is not None else position  # "de chatbot op onze website", "in Teams"
    while position + 1 < len(words) and words[position + 1].text in _ABLE:
        position += 1  # "can only access", "only answers"
    verb = words[position + 1] if position + 1 < len(words) else None
    if verb is None or verb.text not in _TOOL_VERBS:
        return False
    if any(w.text in _PASSIVE for w in words[position + 2 : position + 4]):
        return False  # "ChatGPT kan alleen gebruikt worden met openbare informatie": used by staff, a rule
    return not any(  # "the chatbot stores every prompt, so never type client names into it": a rule follows
        c.ENTER.matches(w) and not w.text.startswith("prompt") or w.text in ("so", "dus", "therefore", "daarom")
        for w in words[position + 2 :]
    )


_PLACES = frozenset("in into on onto op".split())


_ASKED_ENDS = tuple(  # what is asked of a chatbot: "je zoekvraag", "Teams-chats", "de opdracht"
    "vraag vragen question questions chat chats opdracht opdrachten invoer input".split()
)
_ARTICLES = frozenset("de het een je jouw uw the a an your our onze ons this deze dit".split())


def _elsewhere(words: Words, found: list[Word], found_acts: list[Word]) -> bool:
    """'Geen klantnamen in de nieuwsbrief', 'No client names on the whiteboard': a verbless rule that keeps
    the data out of a place that is no AI (an AI place would be an act: 'No PII in prompts'; a noun after
    the place, 'de onderwerpregel van een e-mail', is part of it)."""
    last = max(w.index for w in found)
    place = next((w for w in words if w.index > last and w.text in _PLACES), None)
    after = words[words.index(place) + 1] if place is not None and place is not words[-1] else None
    if after is None or not (
        after.text in _ARTICLES or c.any_of(after, c.PUBLIC, c.THIRD_PARTY, c.DATA) or _put_to_people(after)
    ):
        return False  # ("Geen klantgegevens in Grammarly": a name may be a tool)
    if place is None or place is words[-1] or any(a.index <= place.index for a in found_acts):
        return False  # ("Voer geen klantgegevens in": the particle of the act)
    if any(c.ENTER.matches(a) for a in found_acts):
        return False  # "Geen persoonsgegevens in documenten die je uploadt": the documents go into a tool
    return not any(
        c.AI.matches(w) or any(f.endswith(_ASKED_ENDS) for f in w.forms) and not _put_to_people(w) for w in words
    )


_QUESTIONS = ("vragen", "vraag")
_TESTS = frozenset("examen toets tentamen interview enquete quiz sollicitatie intake".split())


def _put_to_people(word: Word) -> bool:
    """'kandidaatvragen', 'examenvragen', 'interviewvragen': questions put to people are a document, not
    what is asked of a chatbot ('je zoekvraag')."""
    end = next((e for e in _QUESTIONS if word.text.endswith(e)), "")
    modifier = word.text[: -len(end)].rstrip("-") if end else ""
    if len(modifier) < 3:
        return False  # ("vragen", "aanvragen")
    stems = {modifier, modifier.removesuffix("s")}
    return bool(stems & _TESTS) or c.PEOPLE.matches_forms({f for m in stems for f in forms_of(m)})


_MAIL = ("e-mail", "email", "mail")


def _mail_only(words: Words, found: list[Word]) -> bool:
    """'Do not forward chain emails', 'Stuur geen e-mails door naar je privéadres': e-mails as such are
    correspondence only when they go into AI ('Do not paste emails into ChatGPT'); elsewhere a mail rule."""
    return all(w.text.startswith(_MAIL) or _destination(words, w) for w in found) and not _into_ai(words)


def _destination(words: Words, word: Word) -> bool:
    """'naar je privéadres', 'to your personal address': the address is where it goes, not what goes."""
    position = words.index(word)
    before = [w.text for w in words[max(0, position - 3) : position]]
    return ("adres" in word.text or "address" in word.text) and any(t in ("naar", "to", "aan") for t in before)


_RETENTION = frozenset("longer langer afloop bewaartermijn retention unsubscribe uitschrijven".split())


_PERIOD = frozenset(
    "days dagen weeks weken months maanden years jaar jaren hours uur session sessie project end einde use".split()
)


_ON_EVENT = frozenset("when wanneer zodra once request verzoek".split())


def _retention(words: Words) -> bool:
    """'deleted after 30 days', 'na afloop van het project', 'when no longer needed': deleting data after a
    time is retention, not keeping it out of AI."""
    for position, word in enumerate(words):
        if word.text in _RETENTION:
            return True
        ahead = words[position + 1 : position + 4]
        if word.text in ("after", "na", "within", "binnen") and any(
            w.text.isdigit() or w.text in _PERIOD for w in ahead
        ):
            return True
    return False


def _into_ai(words: Words) -> bool:
    """A limit is this rule when it limits what goes into AI: AI is named, or the act is entering
    ("alleen in de beveiligde omgeving invoeren"); "persoonsgegevens worden alleen verwerkt als er een
    grondslag is" and "only shared on a need-to-know basis" are other privacy rules."""
    return any(c.AI.matches(w) or c.ENTER.matches(w) or _ai_environment(w) for w in words)


_ENVIRONMENTS = frozenset("omgeving omgevingen environment environments werkomgeving".split())


def _ai_environment(word: Word) -> bool:
    """'de AI-omgeving van de gemeente', 'the Copilot environment' written as one word: an AI tool as a place."""
    return c.AI.matches_part(word) and any(f in _ENVIRONMENTS for f in word.forms)
