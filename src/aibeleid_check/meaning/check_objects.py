"""What a check is about: what AI made, or another object (a system, an identity, a procedure)."""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.decision_kinds import ORG_MATTERS
from aibeleid_check.meaning.morph import Word

Words = tuple[Word, ...]


_SKIPPED = frozenset(
    "the de het een a an all alle every elke each any your je jouw uw their hun our onze own eigen this these those "
    "deze dit".split()
)


def ai_made_word(word: Word) -> bool:
    """'AI-generated', 'AI-drafted', 'ChatGPT-written': one word for what AI made."""
    return c.names_ai(word) and word.text.endswith(_MADE_ENDS)


_MADE_ENDS = (  # the made thing's participle after the AI part: what AI made, in one word
    "generated", "drafted", "written", "produced", "created", "suggested", "proposed", "recommended", "translated",
    "summarised", "summarized", "transcribed", "screened", "gegenereerd", "gegenereerde", "gemaakt", "gemaakte",
    "geschreven", "opgesteld", "opgestelde",
)  # fmt: skip


def other_object(words: Words, check: Word) -> bool:
    """The noun a check verb takes (after its determiners) names something other than what AI made."""
    position = words.index(check)
    following = [w for w in words[position + 1 : position + 5] if w.text not in _SKIPPED and w.text not in _ADVERBS]
    if following and following[0].text in ("that", "whether", "if", "of", "dat") and len(following) > 1:
        subject = following[1]  # "verify that attendees are registered": the clause says what is checked
        return not (subject.text in _PRONOUNS or c.any_of(subject, c.AI, c.OUTPUT, c.STRONG_OUTPUT, c.CORRECT, c.DATA))
    if len(following) > 1 and following[1].text in _FACTS:
        return False  # "confirm essential information": an adjective before the information checked
    if following and not any(c.names_ai(w) for w in words) and _concrete(following[0]):
        return True  # "Review your calendar before booking", "verify the sender before you open it": no AI
    return bool(following) and c.CHECKED_OTHER.matches(following[0])


_FACTS = frozenset("information informatie info facts feiten figures cijfers statements claims".split())
_ADVERBS = frozenset(
    "altijd always zelf yourself eerst first goed thoroughly grondig nog again carefully zorgvuldig".split()
)


def _supported_task(words: Words, position: int) -> bool:
    before = words[max(0, position - 6) : position]
    helps = ("ondersteunt", "ondersteunen", "helpt", "helpen", "supports", "support", "helps", "assists", "assist")
    return any(w.text in helps for w in before) and any(c.AI.matches(w) for w in before)


_ATTRIBUTE = ("approved", "goedgekeurde", "goedgekeurd", "authorised", "authorized", "toegestane")
_TOOL = ("tool", "tools", "app", "apps", "platform", "software", "service", "dienst", "model")


def _names_output(words: Words) -> bool:
    return any(c.AI.matches(w) or c.STRONG_OUTPUT.matches(w) or ai_made_word(w) for w in words)


def _concrete(word: Word) -> bool:
    """A noun that is neither what AI made nor any text or data ('calendar', 'sender'), nor a function word."""
    if word.text in _PRONOUNS or word.text in _OPEN or len(word.text) < 4:
        return False
    return not c.any_of(word, c.OUTPUT, c.STRONG_OUTPUT, c.CORRECT, c.DATA, c.CRITICAL, c.HUMAN)


_OPEN = frozenset(
    """altijd always zelf yourself eerst first goed thoroughly grondig nog again before voordat voor prior
    whether that dat what wat everything alles carefully zorgvuldig nauwkeurig""".split()
)
_PRONOUNS = frozenset("it het ze they this dit that dat wat what alles everything all iets anything je you".split())


def data_accuracy(words: Words) -> bool:
    """'de juistheid van hun gegevens controleren': the accuracy of records, not of what AI produced."""
    for position, word in enumerate(words):
        if word.text in ("juistheid", "accuracy", "correctheid", "correctness"):
            after = words[position + 1 : position + 5]
            if after and after[0].text in ("van", "of") and not made_by_ai(words):
                made = any(
                    c.AI.matches(w) or c.OUTPUT.matches(w) or c.STRONG_OUTPUT.matches(w) or w.text.startswith("ai-")
                    for w in after[1:]
                ) or _end_product(after[1:])
                return not made  # "the accuracy of your timesheet", "de juistheid van hun gegevens"
    return False


_FINISHED = ("end", "final", "finished", "eind", "definitieve", "uiteindelijke")
_PRODUCTS = ("product", "version", "versie", "text", "tekst", "document", "result", "resultaat", "work", "werk")


def _end_product(words: Words) -> bool:
    """'the accuracy of the end product', 'de juistheid van de definitieve tekst': the work that was made."""
    return any(c.FINAL_VERSION.matches(w) for w in words) or any(
        w.text in _FINISHED and n.text in _PRODUCTS for w, n in zip(words, words[1:], strict=False)
    )


def system_checked(words: Words, check: Word) -> bool:
    """'menselijke controle op de werking van het algoritme', 'human review of the tool': the object of
    the check is a system, not what it produced."""
    position = words.index(check)
    if _project_results(words[position + 1 :]):
        return True
    if made_by_ai(words):
        return False
    back = position - 1
    while back > 0 and words[back].text in _FREQUENCY:
        back -= 1  # "our AI tools are regularly reviewed"
    passive = back >= 0 and words[back].text in _PASSIVE and check.text.endswith(("ed", "d", "t", "en"))
    if passive and not any(c.STRONG_OUTPUT.matches(w) and not c.CORRECT.matches(w) for w in words):
        start = max(0, back - 3)
        subject = words[start : back + 1]  # "the system is tested", "toetsen worden nagekeken"
        no_ai = not any(c.names_ai(w) for w in words)
        return any(
            (c.SYSTEM.matches(w) and not any(o.text in _SOURCE for o in words[max(0, start + p - 3) : start + p]))
            or (no_ai and c.CHECKED_OTHER.matches(w))
            for p, w in enumerate(subject)
        )  # ("text taken from an AI tool must be checked": the tool is where the text came from)
    after = words[position + 1 : position + 6]
    systems = [
        w
        for p, w in enumerate(after)
        if c.SYSTEM.matches(w) and not any(o.text in _SOURCE for o in after[max(0, p - 2) : p])
    ]  # "verify information from AI tools": the tool is where it came from, not what is checked
    return not any(c.STRONG_OUTPUT.matches(w) for w in after) and bool(systems)


_SOURCE = ("from", "uit", "by", "door")
_PROJECTS = frozenset(
    "pilot pilots trial trials proef proeven proefperiode survey surveys enquête enquêtes experiment experiments "
    "experimenten study studies onderzoek evaluation evaluatie".split()
)


def _project_results(after: Words) -> bool:
    """'evaluate the results of the trial', 'de resultaten van de proef': what a pilot, survey or study found is
    checked, not what AI produced ('Review the results of ChatGPT' is the check)."""
    return any(
        c.STRONG_OUTPUT.matches(w)
        and n.text in ("of", "van")
        and any(x.text in _PROJECTS for x in after[p + 2 : p + 5])
        for p, (w, n) in enumerate(zip(after, after[1:], strict=False))
    )


_CHECKERS = frozenset(
    "reviewer reviewers checker checkers fact-checker fact-checkers controller controllers controleur controleurs "
    "verifier verifiers".split()
)
_PASSED_TO = frozenset("a an een by door langs to naar aan".split())


_OWNERS = frozenset("their his her your our the my".split())
_RESULTS = frozenset(("results", "result"))


def test_noun(words: Words, position: int) -> bool:
    """'their test results', 'patient test results', 'test results of patients': the noun *test* before
    *results*, after a determiner or a person or with whose they are after it, is a (medical) test, no check
    ('Test the results of the AI tool' is one)."""
    if (
        words[position].text == "test"
        and position
        and words[position - 1].text in _MADE_UP
        and _data_next(words, position)
    ):
        return True  # "use synthetic test data instead": data of a kind, made up for testing, no check
    if not (
        words[position].text == "test" and words[position + 1 : position + 2] and words[position + 1].text in _RESULTS
    ):
        return False
    if position and (words[position - 1].text in _OWNERS or c.PEOPLE.matches(words[position - 1])):
        return True
    if position and c.any_of(words[position - 1], c.DATA, c.IDENTIFIERS) or len(words) <= 3:
        return True  # "names, reports, test results", "Test results": a member of a list of data, or a name alone
    whose = words[position + 2 : position + 5]
    return bool(whose) and whose[0].text in ("of", "for") and any(c.PEOPLE.matches(w) for w in whose[1:])


_MADE_UP = frozenset(
    "synthetic dummy fake fictional fictitious made-up anonymised anonymized synthetische fictieve".split()
)


def _data_next(words: Words, position: int) -> bool:
    return position + 1 < len(words) and c.DATA.matches(words[position + 1])


def checkable(word: Word) -> bool:
    """'controleerbaar', 'verifieerbare', 'verifiable', 'checkable': an adjective of what can be checked."""
    return word.text.endswith(("baar", "bare", "able", "ible"))


_RECORD_NOUNS = frozenset("information records comments reports notes data materials documents".split())
_TELLING = frozenset("to must should shall always please you we will can then first carefully also and or".split())


_SIGN_OFF = ("aftekenen", "afteken", "afgetekend")
_DECISION_NOUNS = ("decision", "beslissing", "besluit")


def _signs_decision(words: Words, position: int) -> bool:
    """'takes that decision and signs off on it', 'neemt het besluit en tekent het af': the sign-off of a decision
    the sentence names before it is taking the decision, not a check of what AI made (no AI or its output named
    after the decision: 'May AI decide …? No. A payroll administrator always takes that decision and signs off')."""
    word = words[position]
    sign_off = word.text in ("sign", "signs", "signed", "signing") and _next(words, position) == "off"
    if not (sign_off or word.text.startswith(_SIGN_OFF)):
        return False
    decided = [w for w in words[:position] if w.text.startswith(_DECISION_NOUNS)]
    between = [w for w in words if decided[-1].index < w.index] if decided else []
    return bool(decided) and not any(c.names_ai(w) or _names_output((w,)) for w in between)


def _next(words: Words, position: int) -> str:
    return words[position + 1].text if position + 1 < len(words) else ""


def check_words(words: Words) -> list[Word]:
    found = []
    for position, word in enumerate(words):
        previous = words[position - 1].text if position else ""
        nxt = words[position + 1].text if position + 1 < len(words) else ""
        if checkable(word):
            continue  # "controleerbare bronnen", "verifiable references": what the thing is, not the act
        if previous in ("het", "the") and _supported_task(words, position):
            continue  # "als AI ons ondersteunt in het controleren": a task AI helps with
        if test_noun(words, position):
            continue
        if _signs_decision(words, position):
            continue  # "A payroll administrator always takes that decision and signs off on it": taking it
        if word.text in ("toets", "toetsen") and position == 0 and any(w.text == "aan" for w in words):
            found.append(word)  # "Toets de uitkomst aan je eigen kennis" (not "de toets", an exam)
        elif word.text == "eyes" and previous == "of" and position > 1 and words[position - 2].text == "pair":
            found.append(word)  # "a second pair of eyes"
        elif word.text in ("sign", "signs", "signed", "signing") and nxt == "off":
            found.append(word)  # "a professional signs off on AI-assisted advice"
        elif word.text.startswith(("approv", "goedkeur", "keur")) and _names_output(words[position + 1 : position + 4]):
            if word.text in _ATTRIBUTE and (c.AI.matches(words[position + 1]) or words[position + 1].text in _TOOL):
                continue  # "an approved tool", "een goedgekeurde chatbot": which tool, not a check of its output
            found.append(word)  # "approve any AI recommendation": an approval of what AI made is checking it
        elif word.text.startswith(("approv", "goedgekeur", "goedkeur")) and _approved_until(words, position):
            found.append(word)  # "Nothing produced by AI is published until an editor has approved it"
        elif word.text in ("eyes", "ogen") and previous in ("human", "menselijke"):
            found.append(word)  # "every batch gets human eyes before it goes anywhere"
        elif word.text == "ogen" and previous == "paar":
            found.append(word)  # "een tweede paar ogen"
        elif _held_to_reference(words, position):
            found.append(word)  # "Compare any advice from AI with the manual", "zoek je zelf op", "naast … leggen"
        elif word.text in _CHECKERS and previous not in _PASSED_TO:
            continue  # "Reviewers are asked to refrain from uploading …": who checks, not the act ("langs een reviewer")
        elif word.text == "vets":
            continue  # "our vets": veterinarians, no verb "to vet"
        elif word.text in ("correct", "corrects") and previous in _THEN_CORRECT and nxt in _CORRECTED:
            found.append(word)  # "Read it through and correct it before it goes to the owner": the verb, fixing it
        elif c.CHECK.matches(word) and word.text.startswith(_LANGUAGE_TOOLS):
            continue  # "spell-checking", "grammar-checking applications", "spellingscontrole": a tool's feature
        elif c.CHECK.matches(word) and previous not in ("spell", "spelling", "grammar", "spellings", "security"):
            if word.text in ("controle", "control") and nxt in ("over", "of"):
                continue  # "menselijke controle over de eindbeslissing": authority, not checking
            if word.text in ("controls", "control") and previous in ("internal", "interne", "intern"):
                continue  # "AI operates within defined internal controls": the control framework, not a check
            if word.text == "review" and nxt in _RECORD_NOUNS and position and previous not in _TELLING:
                continue  # "content from proposals, review information and related records": data about reviews
            if word.text == "gebruikerscontrole" or word.text == "control" and previous in ("user", "users"):
                continue  # "gebruikerscontrole", "user control": the users' say over a system, not a check
            if (
                word.text in ("check", "checken", "checkt")
                and nxt in ("with", "bij")
                and not any(c.STRONG_OUTPUT.matches(w) for w in words)
            ):
                continue  # "check with IT before installing": consulting someone
            found.append(word)
    return found


_LANGUAGE_TOOLS = ("spell", "grammar", "grammatica")
_THEN_CORRECT = frozenset("and then to always".split())
_CORRECTED = frozenset("it them this that any all mistakes errors the".split())
_COMPARE = frozenset("compare compares comparing vergelijk vergelijkt vergelijken".split())
_REFERENCE = frozenset("with against to met tegen naast".split())
_LOOK_UP_END = frozenset("voordat before in en and als wanneer if when bij".split())
_LAY = frozenset("leg legt leggen".split())


def _held_to_reference(words: Words, position: int) -> bool:
    """Holding something to a reference is checking it: 'compare … with the manual', 'look up every case …', 'zoek je
    zelf op' (the particle at the clause's end or before its next part, not 'zoek op internet'), 'naast het
    handboek leggen'; whether it is AI's output is read as for any check word."""
    word = words[position]
    ahead = words[position + 1 : position + 8]
    if word.text in _COMPARE:
        return any(w.text in _REFERENCE for w in ahead)
    if word.text == "look":
        return any(w.text == "up" for w in ahead[:3])
    if word.text in ("zoek", "zoekt", "zoeken"):
        up = next((p for p, w in enumerate(ahead[:6]) if w.text == "op"), None)
        return up is not None and (up + 1 == len(ahead) or ahead[up + 1].text in _LOOK_UP_END)
    if word.text in _LAY:
        return any(w.text == "naast" for w in words[max(0, position - 6) : position + 8])
    return False


MAKES = ("produces", "produced", "generates", "generated", "creates", "writes", "drafts", "genereert", "produceert", "maakt",
           "gemaakt", "made", "geschreven", "written", "created", "opgesteld", "drafted",
           "schrijft", "levert", "oplevert", "suggests", "voorstelt", "returns", "gives", "geeft", "provided", "supplied",
    "geleverd", "aangeleverd", "given", "gegeven", "offered", "noemt", "mentions", "cites", "citeert",
           "teruggeeft", "antwoordt", "answers", "replies", "says", "zegt", "tells", "vertelt", "outputs",
           # Dutch participles of making, and their attributive -e forms ("de door AI opgestelde brief")
           "gegenereerd", "gegenereerde", "gemaakte", "opgestelde", "geproduceerd", "geproduceerde", "gecreeerd",
           "gecreeerde", "geleverde", "aangeleverde", "voorgesteld", "voorgestelde", "samengesteld", "samengestelde",
           "samengevat", "samengevatte", "vertaald", "vertaalde", "suggested", "proposed", "translated",
           "summarised", "summarized", "transcribed")  # fmt: skip


def made_by_ai(words: Words) -> bool:
    """'everything the tool produces', 'wat AI genereert', 'what it writes': what AI made."""
    for position, word in enumerate(words):
        if word.text not in MAKES:
            continue
        if any(
            c.AI.matches(w) or w.text in ("it", "het", "ze", "they") for w in words[max(0, position - 3) : position]
        ):
            return True
        after = words[position + 1 : position + 4]
        if after and after[0].text in ("by", "door", "with", "met") and any(c.AI.matches(w) for w in after):
            return True  # "a recommendation made by AI", "tekst gemaakt met AI"
        before = words[max(0, position - 8) : position]
        if any(
            w.text in _RELATIVE and p + 1 < len(before) and c.AI.matches(before[p + 1]) for p, w in enumerate(before)
        ):
            return True  # "de samenvatting die Copilot van een contract maakt": the Dutch verb closes the clause
    return False


_RELATIVE = ("die", "dat", "wat", "welke")


def _aspect(words: Words, check: Word, audit: Word) -> bool:
    """'check AI generated content for accuracy, bias and compliance with company standards': what the
    output is checked for, not an audit procedure."""
    return any(w.text in ("for", "op", "on", "against") and check.index < w.index < audit.index for w in words)


_SENDING = frozenset(
    """publish publishes published publishing publiceer publiceert publiceren gepubliceerd publicatie send sends
    sent sending verzend verzendt verzenden verzonden verstuur verstuurt versturen verstuurd posting posted
    plaatst plaatsen geplaatst submit submits submitted submitting indienen ingediend inleveren ingeleverd""".split()
)  # (not "post", "plaats": nouns as often as verbs, "voor de post", "in plaats van")
TEXT_KINDS = frozenset(
    """artikel artikelen article articles post posts bericht berichten stuk stukken tekst teksten text texts
    content page pages pagina paginas publication publicatie""".split()
)
_PUBLISHED = frozenset("publish publishes published publiceer publiceert publiceren gepubliceerd".split())


def ai_text(words: Words) -> list[Word]:
    """'AI text', 'ChatGPT-teksten', 'AI tekst': a text named by the AI that wrote it, in two words or one."""
    for position, word in enumerate(words):
        if word.text in TEXT_KINDS and position and c.names_ai(words[position - 1]):
            return [word]
        if c.names_ai(word) and any(part in TEXT_KINDS for part in (*word.forms, *word.text.split("-")[1:])):
            return [word]
    return []


def published_word(word: Word) -> bool:
    """'gepubliceerd', 'publishes': a form of publishing."""
    return word.text in _PUBLISHED


def publication(words: Words, position: int) -> list[Word]:
    """'beslissen wat er gepubliceerd wordt', 'decides on its own what gets published', 'de definitieve
    goedkeuring van artikelen': what is decided is the publication of the organisation's own texts, which
    the guide (decision 9) reads as the check before publishing, not as a decision about people."""
    ahead = words[position + 1 : position + 8]
    which = [w for w in ahead[:4] if w.text in ("wat", "what", "which", "welke", "whatever")]
    if which and any(c.DECIDE.matches(w) or c.DECIDE_WEAK.matches(w) for w in ahead if w.index < which[0].index):
        return []  # "keuzes maken of beslissen wat er gepubliceerd wordt": the nearer verb takes the object
    published = [w for w in ahead if w.text in _PUBLISHED and which and which[0].index < w.index]
    if published and not any(
        c.DOMAIN_STRICT.matches(w) for w in words if which[0].index < w.index < published[0].index
    ):  # ("decide which residents receive a publication grant": about people)
        return published[:1]
    if ahead[:1] and ahead[0].text in ("van", "of") and len(ahead) > 1 and ahead[1].text.endswith(_TEXT_ENDS):
        return [ahead[1]]
    return []


_TEXT_ENDS = tuple(TEXT_KINDS)


def publishing(words: Words) -> list[Word]:
    """'Geen AI-model bepaalt zelfstandig wat er wordt gepubliceerd', 'AI is not used for the final approval of
    articles': beside AI, deciding or approving what is published is the check (guide decision 9)."""
    if not any(c.names_ai(w) for w in words):
        return []
    for position, word in enumerate(words):
        if c.DECIDE.matches(word) or c.DECIDE_WEAK.matches(word) or c.FINAL_NOUN.matches(word):
            published = publication(words, position)
            if published:
                return [word, *published]
    return []


_GATES = ("before", "voordat", "voor", "everything", "alles", "all", "alle", "elk", "elke", "every", "each", "prior",
          "wat", "what", "anything")  # fmt: skip


def released(words: Words, going_out: bool = True) -> list[Word]:
    """'before you send or publish', 'everything we publish or send', 'elk artikel voordat het live gaat': a
    check as the gate before a text goes out (not a system: 'before the tool goes live' is a procedure); with
    ``going_out``, also a piece of work leaving the organisation ('before a quote goes out', 'voordat een offerte
    de deur uitgaat')."""
    texts_ = any(w.text in TEXT_KINDS for w in words)
    for position, word in enumerate(words):
        if (word.text in _SENDING or word.text == "live" and texts_) and any(
            w.text in _GATES for w in words[max(0, position - 4) : position]
        ):
            return [word]
        if going_out and _goes_out(words, position) and _work_gated(words[max(0, position - 6) : position]):
            return [word]  # "before a quote goes out", "voordat een offerte de deur uitgaat"
    for position, word in enumerate(words):
        before = [w.text for w in words[max(0, position - 4) : position]]
        if word.text in _USE_GATED and any(t in ("before", "prior", "voordat") for t in before):
            return [word]  # "… before use", "before it is used", "voordat het wordt gebruikt"
        if word.text in ("publicatie", "publication") and before[-1:] == ["voor"]:
            return [word]  # "voor publicatie"
    return []


_GOING = frozenset("go goes going gaat gaan".split())
_OUT = frozenset("out uit buiten anywhere ergens".split())  # ("before it goes anywhere": it leaves the desk)
_RECEIVERS = frozenset(
    "client clients customer customers klant klanten cliënt cliënten client's owner owners eigenaar eigenaren".split()
)


def _goes_out(words: Words, position: int) -> bool:
    """'goes out', 'de deur uit gaat', 'de deur uitgaat', 'naar buiten gaat', 'goes to a client', 'naar de klant gaat':
    a piece of work leaving the organisation, as it does when it is sent."""
    word = words[position]
    if word.text in ("uitgaat", "uitgaan"):
        return True
    if word.text not in _GOING:
        return False
    near = [w.text for w in words[max(0, position - 2) : position + 2]]
    if any(t in _OUT for t in near):
        return True
    around = [w.text for w in words[max(0, position - 4) : position + 4]]
    return any(t in ("to", "naar") for t in around) and any(t in _RECEIVERS for t in around)


def _work_gated(before: Words) -> bool:
    """'before a quote …', 'voordat de brief …', 'before it …': a gate, then a piece of work (a text, a business
    document, an output, or a pronoun for one) as what goes out; not 'before a parcel goes out'."""
    gates = [p for p, w in enumerate(before) if w.text in _GATES]
    return bool(gates) and any(
        w.text in _WORK or w.text in TEXT_KINDS or w.text in _PRONOUNS or c.any_of(w, c.BUSINESS_OBJECTS, c.OUTPUT)
        for w in before[gates[0] + 1 :]
    )


_WORK = frozenset(
    """letter letters brief brieven email e-mail mail mails report reports rapport rapporten document documents
    werk work message messages memo advies advice newsletter nieuwsbrief something iets die""".split()
)


_USE_GATED = frozenset("use using used publication release gebruik gebruikt gebruiken publicatie".split())


def procedure(words: Words, check: Word) -> bool:
    """'reviewed and approved for the intended use', 'review and written approval': an approval procedure
    for using a tool, not checking what AI produced (unless that output is named)."""
    position = words.index(check)
    near = words[position + 1 : position + 4]
    if any(c.AUDIT.matches(w) and abs(w.index - check.index) <= 5 and not _aspect(words, check, w) for w in words):
        return True  # "review, approve and audit AI-assisted work": an organisational process
    if _reviewed_use(words, position):
        return True  # "Higher-risk uses require review: clinical content, …": the approval of a use
    if _compliance_question(words, position):
        return True  # "Toets vooraf of de inzet van AI voldoet aan de AVG": whether a use complies, an audit
    output = any(c.STRONG_OUTPUT.matches(w) for w in words) or made_by_ai(words) or bool(released(words))
    output = output or any(w.text in _EVERYTHING for w in near)  # "reviewing and approving everything before …"
    peer = check.text.startswith("peer-review") or position and words[position - 1].text == "peer"
    if peer and not (made_by_ai(words) or any(c.names_ai(w) for w in words)):
        return True  # "content developed in consideration for peer review": the review of submissions by peers
    by = words[position + 1 : position + 5]
    body = by[:1] and by[0].text in ("by", "door") and any(c.BODY.matches(w) for w in by)
    if by_a_person(words, position):
        return (
            False  # "reviewed and approved by a human", "door een mens gecontroleerd en goedgekeurd": a person's check
        )
    return (any(c.APPROVAL.matches(w) for w in near) or bool(body)) and not output  # "reviewed by the committee"


_UNTIL = frozenset("until till totdat tot".split())


def _approved_until(words: Words, position: int) -> bool:
    """An approval after *until* that gates what AI made ('… is not sent until a colleague has approved it')."""
    gate = any(w.text in _UNTIL and 0 < position - p <= 5 for p, w in enumerate(words))
    return gate and (made_by_ai(words) or any(c.STRONG_OUTPUT.matches(w) or ai_made_word(w) for w in words))


_WHETHER = frozenset("of whether if".split())


def _compliance_question(words: Words, position: int) -> bool:
    """'Toets of de inzet van AI voldoet aan de AVG', 'check whether the use complies with the law': the check asks
    whether something complies (an audit word in the question), with no output named."""
    asked = [w for w in words[position + 1 : position + 4] if w.text in _WHETHER]
    if not asked or any(c.STRONG_OUTPUT.matches(w) or ai_made_word(w) for w in words) or made_by_ai(words):
        return False
    return any(c.AUDIT.matches(w) for w in words if w.index > asked[0].index)


def by_a_person(words: Words, position: int) -> bool:
    """A person as the agent of the check ('by a human', 'door een mens'), before or after it."""
    around = words[max(0, position - 4) : position + 6]
    return any(
        w.text in ("by", "door") and any(c.HUMAN_CORE.matches(h) for h in around[p + 1 : p + 3])
        for p, w in enumerate(around)
    )


_EVERYTHING = frozenset("everything alles anything".split())
_USES = frozenset("uses toepassingen applications projects projecten pilots initiatives initiatieven".split())


def _reviewed_use(words: Words, position: int) -> bool:
    """A use, an application or a project as what needs review ('high-risk uses require review', 'nieuwe
    toepassingen vereisen een review'): a procedure for the use, unless what AI made is named in between."""
    before = words[max(0, position - 4) : position]
    for offset, word in enumerate(before):
        cases = word.text == "use" and offset + 1 < len(before) and before[offset + 1].text == "cases"
        if word.text in _USES or cases:
            between = before[offset + 1 :]
            return not any(c.STRONG_OUTPUT.matches(w) or c.OUTPUT.matches(w) for w in between)
    return False


_PASSIVE = ("is", "are", "was", "were", "be", "been", "wordt", "worden")
_FREQUENCY = frozenset(
    "regularly periodically annually yearly also ook regelmatig periodiek jaarlijks continuously continu".split()
)


_THEN = ("then", "daarna", "vervolgens", "afterwards", "nadien", "subsequently")


def draft_then(words: Words, check: Word) -> list[Word]:
    """'… a draft note, which they then review', 'Drafting letters, which are then subject to review', 'een
    conceptbrief, die zij daarna controleert': a draft that someone checks after it was made."""
    drafts = [
        w
        for w in words
        if w.index < check.index and (c.DRAFT.matches(w) or w.text.startswith(("draft", "concept")) and len(w.text) > 7)
    ]
    drafts = [w for w in drafts if not _of_governance(words, w)]
    then = [w for w in words if w.text in _THEN and 0 < check.index - w.index <= 5]
    return drafts[:1] if then else []


def _of_governance(words: Words, draft: Word) -> bool:
    """'the draft policy', 'the draft budget': a draft of the organisation's own governance, not of work."""
    position = words.index(draft)
    nxt = words[position + 1] if position + 1 < len(words) else None
    return nxt is not None and (c.NOT_OUTPUT.matches(nxt) or nxt.text in ORG_MATTERS)
