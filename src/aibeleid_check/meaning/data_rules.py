"""The two data rules: geen-persoonsgegevens and geen-bedrijfsgeheimen.

The protected object, under a prohibition that also names an act or a destination (enter, share, paste,
in AI tools), a limit ("alleen geanonimiseerde gegevens", "only approved tools with confidential data",
"zonder patiëntgegevens", "nothing that could not be on the internet"), or an obligation that protects
it (anonymise, remove, keep out).
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning import objects, secret_objects
from aibeleid_check.meaning.check_objects import ai_made_word
from aibeleid_check.meaning.data_limits import (
    _gated,
    _limits,
    _other_party,
    _public_limit,
    _task_example,
    _unfit_for,
    documents_not_public,
    public_of_people,
)
from aibeleid_check.meaning.data_mentions import (
    _ON_EVENT,
    _elsewhere,
    _exposed_to_risk,
    _into_ai,
    _mail_only,
    _minimising,
    _retention,
    _story,
    _training,
    _vendor,
    concerned,
    possibility,
)
from aibeleid_check.meaning.finding import PERSONAL, SECRETS, Finding, ForceOf, Words, acts, headline, strongest, texts
from aibeleid_check.meaning.force import Force, negations
from aibeleid_check.meaning.force_words import IMPERATIVE, MODAL, ONLY, PAST, SUBORDINATE
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.words_data import PREVENT


def _protected(rule: str, words: Words, found: list[Word], force_of: ForceOf, protective: list[Word]) -> Finding | None:
    """Shared reading for the two data rules once their object was found."""
    if _minimising(words) or _story(words) or _training(words) or _exposed_to_risk(words, found):
        return None
    if possibility(words) or concerned(words):
        return None  # "could be stored or shared if not handled properly", "raising concerns about …": a risk
    if _output_into(words, found):
        return None  # "Copy AI answers into client work": where AI's text goes, no data put into AI
    anchor = strongest(found, force_of)
    force, markers = force_of(anchor)
    for position, word in enumerate(words):
        following = words[position + 1 : position + 4]
        free_of = word.text in ("free", "vrij", "ontdaan", "stripped") and any(
            w.text in ("of", "van") for w in following[:2]
        )
        if (
            (c.WITHOUT.matches(word) or free_of)
            and any(w in found for w in following)
            and not _harming(words, position)
        ):
            if not any(c.INPUT.matches(w) for w in following[: [w in found for w in following].index(True)]):
                return Finding(rule, texts([word, *found]), word, Force.LIMIT)
    gate = _gated(words)
    if gate and _into_ai(words) and not _other_party(words):
        return Finding(rule, texts([*found, *gate]), anchor, Force.LIMIT)
    if force is Force.PROHIBITION and _negates_other(words, found):
        return None  # "je mag Copilot gebruiken voor interne documenten die geen persoonsgegevens bevatten"
    if force is Force.PROHIBITION:
        found_acts = acts(words, found)
        if all(a.text in _CONTAINS for a in found_acts) and found_acts and not any(c.AI.matches(w) for w in words):
            return None  # "Deze pagina bevat geen vertrouwelijke informatie": what a text holds, no AI named
        determiner = (
            _determiner(words)
            or _unfit_for(words, found)
            or _bare_list(words, found)
            or _listed_item(words, found, markers)
        )
        if _queried(words, found) or not (found_acts or determiner) or _purpose(words, found, found_acts):
            return None
        if _examples_continued(words) or _no_substitute(words, found):
            return None
        if _other_party(words) or _elsewhere(words, found, found_acts):
            return None
        return Finding(rule, texts([*found, *found_acts[:2]]), anchor)
    if (
        (force is Force.LIMIT or any(ONLY.matches(w) for w in words) and force.counts)
        and _into_ai(words)
        and not _vague_condition(words)
        and not _legal_basis(words)
        and not any(ONLY.matches(w) and _task_example(words, w, found) for w in words)
    ):
        return Finding(rule, texts(found), anchor, Force.LIMIT)
    if force in (Force.OBLIGATION, Force.STATEMENT) and protective:
        return Finding(rule, texts([*protective, *found]), anchor)
    if force is Force.STATEMENT and _act_breaches(words, found):
        return Finding(rule, texts(found), anchor, Force.PROHIBITION)
    if force is Force.STATEMENT and (headline(words, found) and not _described(words) or _bare_list(words, found)):
        if _other_party(words):
            return None  # "Klantgegevens met derden delen": what a Don't list would not count either
        return Finding(rule, texts([*found, *acts(words, found)[:2]]), anchor)
    if not force.counts:
        return Finding(rule, texts(found), anchor)  # read, but permitted: shown by herken, never counted
    return None


_INTO_PLACE = frozenset("into in naar onto to".split())


_BREACHES = ("breach", "violat", "schending", "schendt", "inbreuk", "overtreding", "overtreedt", "doorbreekt")
_MAYBE = frozenset("may might could can kan kunnen zou zouden lead leads leiden leidt risk risks risico".split())


def _act_breaches(words: Words, found: list[Word]) -> bool:
    """'… and uploading them to such tools constitutes a breach of confidentiality', 'Het delen van
    patiëntgegevens met AI-tools is een schending van het beroepsgeheim': the act, named by a gerund or a Dutch
    'het' infinitive, breaks a duty (guide decision 4); 'may lead to a breach' is a risk, 'a data breach involving
    client data' an event."""
    if any(w.text in _MAYBE for w in words):
        return False
    for position, act in enumerate(words):
        gerund = act.text.endswith("ing") and c.INPUT.matches(act) and not c.NEUTRAL_ACT.matches(act)
        named = position and words[position - 1].text == "het" and act.text.endswith("en") and c.INPUT.matches(act)
        if not (gerund or named):
            continue
        ahead = words[position + 1 : position + 12]
        if any(w.text.startswith(_BREACHES) for w in ahead) and any(f.index < ahead[-1].index for f in found):
            return True
    return False


_HARM = ("compromis", "endanger", "jeopard", "risk", "harm", "damag", "undermin", "schad", "gevaar", "aantast",
         "schend", "breach", "violat")  # fmt: skip


_BASIS = frozenset("lawful legal wettelijke wettige juridische".split())


def _legal_basis(words: Words) -> bool:
    """'will only process your personal data where it has a lawful basis', 'alleen met een grondslag': a legal
    basis, a mention (guide)."""
    return any(
        w.text.startswith("grondslag") or w.text in ("basis", "grond") and p and words[p - 1].text in _BASIS
        for p, w in enumerate(words)
    )


def _harming(words: Words, position: int) -> bool:
    """'without compromising personal or confidential information', 'zonder de privacy van cliënten in gevaar te
    brengen': what the work must not harm is what is protected, an aim (generic protection), no data kept out."""
    return any(w.text.startswith(_HARM) for w in words[position + 1 : position + 9])


_CONDITIONS = frozenset("conditions circumstances voorwaarden omstandigheden cases gevallen".split())
_UNNAMED = frozenset("certain specific bepaalde specifieke some sommige strict strikte strenge".split())
_NAMING = frozenset("of van that die which waarbij such zoals described beschreven listed set below hieronder".split())


def _vague_condition(words: Words) -> bool:
    """'may only be processed by AI systems under certain conditions', 'alleen onder voorwaarden': a limit whose
    condition is not named is a permission with a vague condition (guide), not the limit ('only in approved
    tools', 'alleen geanonimiseerd')."""
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


_LIST_SUBJECTS = frozenset("this these that dit deze dat hieronder".split())
_INCLUDES = frozenset("includes include covers cover omvat omvatten betreft betreffen vallen valt".split())
_RELATIVES = frozenset("that which who die dat wat waarvan waarin".split())


def _examples_continued(words: Words) -> bool:
    """'This includes student records, staff addresses and research that is not yet published', 'Dit omvat namen
    van cliënten en rapporten die nog niet openbaar zijn': the examples of the rule before, whose only negation is
    inside a member's relative clause ('This includes not entering ID numbers in prompts' states the rule)."""
    if len(words) < 3 or words[0].text not in _LIST_SUBJECTS or words[1].text not in _INCLUDES:
        return False
    negated = negations(words)
    return bool(negated) and all(
        any(r.text in _RELATIVES and words.index(r) > 1 and r.index < n.index for r in words) for n in negated
    )


_SUBSTITUTE = frozenset(
    "substitute substitutes replacement replacements vervanging vervanger alternative alternatief replace replaces "
    "vervangt".split()
)


def _no_substitute(words: Words, found: list[Word]) -> bool:
    """'GenAI is not a substitute for secure systems for handling sensitive data', 'AI is geen vervanging voor het
    beveiligde systeem voor cliëntgegevens': what AI is not, no rule on the data named after it."""
    first = min(w.index for w in found)
    negated = negations(words)
    return any(
        w.text in _SUBSTITUTE and w.index < first and any(0 < w.index - n.index <= 3 for n in negated) for w in words
    )


def _output_into(words: Words, found: list[Word]) -> bool:
    """'Copy AI answers into client work', 'AI-teksten in klantdossiers plakken', 'paste ChatGPT output into
    customer documents': what AI made is moved into the data word, which names where it goes, not what is put
    into AI (no AI destination follows the data)."""
    first = min(w.index for w in found)
    made = [w for w in words if w.index < first and _ai_output(words, w)]
    if not made:
        return False
    into = [w for w in words if made[0].index < w.index < first and w.text in _INTO_PLACE]
    between = [w for w in words if made[0].index < w.index < into[0].index] if into else []
    if not into or any(c.PEOPLE.matches(w) or c.DATA.matches(w) and not c.STRONG_OUTPUT.matches(w) for w in between):
        return False  # ("AI output about clients into …": the data comes with the output)
    return not any(c.AI.matches(w) or c.AI.matches_part(w) for w in words if w.index > first)


def _ai_output(words: Words, word: Word) -> bool:
    """AI's output named as a thing: 'AI answers', 'ChatGPT output', 'AI-teksten', 'AI-generated content'."""
    if ai_made_word(word):
        return True
    position = words.index(word)
    ai_before = position > 0 and c.AI.matches(words[position - 1])
    return (c.STRONG_OUTPUT.matches(word) or c.OUTPUT.matches(word)) and (ai_before or c.AI.matches_part(word))


_FINITE = frozenset(
    "is are be was were been has have had do does did will would zijn is was waren wordt worden werd heeft hebben "
    "had doet doen zal zullen gaat gaan vraagt vragen staat staan lives live means refers covers describes "
    "betekent omvat beschrijft".split()
)
_ING_NOUNS = frozenset("banking pricing marketing accounting funding billing invoicing licensing".split())
_SUBJECTS = frozenset("we wij you je jij u they ze zij i ik he hij she it men".split())


def _finite(words: Words) -> bool:
    return any(w.text in _FINITE for w in words)


def _described(words: Words) -> bool:
    """'Vertrouwelijke stukken worden opgenomen in het archief', 'Klantgegevens zijn ingegeven': an auxiliary
    before the verb makes it a participle in a description, not the infinitive of a headline ('Klantgegevens
    invoeren is onverstandig' keeps it; so does an English -ing headline, 'Uploading … does constitute …')."""
    if words[0].text.endswith("ing"):
        return False
    verbs = [w for w in words if w.text.endswith("en") and (c.INPUT.matches(w) or c.ENTER.matches(w))]
    return bool(verbs) and any(w.text in _FINITE and w.index < verbs[-1].index for w in words)


def _bare_list(words: Words, found: list[Word]) -> bool:
    """'Client PII, PHI, or financial records', 'PII: customer names, emails, addresses': a verbless list of
    the data kept out, as a Don't list writes its items (not a heading of one class, 'Personal data', nor a
    scale of classes with a public one, 'Public, internal, confidential')."""
    return _verbless(words, found) and len(_heads(words, found)) >= 3  # ("client", "contact" and "personal"
    # qualify a member; two named things are a heading: "Contracts and procurement", "Personal data and …")


def _listed_item(words: Words, found: list[Word], markers: tuple[str, ...]) -> bool:
    """'- health information;', '- Klantgegevens' under a Don't list: the data the list keeps out, named
    alone. Only where the list gives the force (no word of force of its own); on its own such a text is a
    heading."""
    if markers or len(words) > _LISTED_WORDS or not _verbless(words, found) or not _heads(words, found):
        return False
    named = _named(words, found)
    return (
        all(  # every word names the data or qualifies it: "Contracten afsluiten", "Quote the source" do not
            w.text in named
            or w.text in _LISTED_FUNCTION_WORDS
            or c.any_of(w, c.PEOPLE, c.PERSONAL_ADJ, c.SPECIAL, c.COMPANY, c.FINANCIAL, c.DATA)
            and not c.IP.matches(w)
            for w in words
        )
        and not any(c.IP.matches(w) or IMPERATIVE.matches(w) for w in words[:1])
    )


_LISTED_FUNCTION_WORDS = frozenset(
    "and or of en the de het een a an any all other andere alle overige van met from about over your je jouw".split()
)


_LISTED_WORDS = 8


def _verbless(words: Words, found: list[Word]) -> bool:
    """No verb, clause or contact line: a noun phrase or a list of them."""
    if len(words) > 20 or acts(words, found) or objects.public_places(words):
        return False
    if any(w.text.isdigit() for w in words):
        return False  # "Contact details: privacy@example.org, 020 123 4567": a contact line
    if words[0].text in _PRODUCE or IMPERATIVE.matches(words[0]):
        return False  # "Generate a fact, name, quote or date on its own": a verb opens it
    if any(SUBORDINATE.matches(w) for w in words):
        return False  # "every AI system that processes personal data": a clause, no list
    named = _named(words, found)
    if _object_pronoun(words):
        return False  # "Clients trust us with their source code, their customer data…": a sentence, a fact
    for word in words:
        if word.text in _SUBJECTS or MODAL.matches(word) or c.NEUTRAL_ACT.matches(word) or _finite((word,)):
            return False
        if word.text.endswith("ing") and word.text not in named and word.text not in _ING_NOUNS:
            return False  # a verb ("relating to", "Working with …"; "pricing", "banking" are members)
    return True


def _named(words: Words, found: list[Word]) -> set[str]:
    return {w.text for w in (*found, *objects.personal_data(words), *secret_objects.secrets(words)[0])}


def _heads(words: Words, found: list[Word]) -> set[str]:
    named = _named(words, found)
    return {w.text for w in words if _member(w) or w.text in named and not c.any_of(w, c.PEOPLE, c.PERSONAL_ADJ)}


_OBJECT_PRONOUNS = frozenset("us them him me hen mij jou".split())
_AFTER_ONS = frozenset("hun de het een zijn haar alle al their the".split())


def _object_pronoun(words: Words) -> bool:
    """A personal pronoun as the object of a verb ('trust us with', 'geven ons hun namen'): no list of data
    has one ('ons' is the object before a determiner, 'ons prijsbeleid' a possessive)."""
    return any(
        w.text in _OBJECT_PRONOUNS or w.text == "ons" and p + 1 < len(words) and words[p + 1].text in _AFTER_ONS
        for p, w in enumerate(words)
    )


def _member(word: Word) -> bool:
    """A thing named in the list (a data word, an identifier, a business object), not its modifier."""
    if c.PERSONAL_WORDS.matches(word) or c.IDENTIFIERS.matches(word):
        return True
    return c.any_of(word, c.DATA, c.BUSINESS_OBJECTS, c.SPECIAL) and not c.any_of(word, c.PEOPLE, c.PERSONAL_ADJ)


_DETERMINERS = ("geen", "no", "nooit", "never", "niets", "nothing", "none")


def _determiner(words: Words) -> bool:
    """'Geen NAW-gegevens.', 'No PII in prompts', 'Nothing covered by an NDA': the negation names the object."""
    negated = [n for n in negations(words) if n.text in _DETERMINERS]
    if len(negated) >= 2 and all(n.text in ("geen", "no") for n in negated):
        return True  # "geen namen, geen adressen", "no real names, no case numbers"
    if not negated:
        last = words[-1].text if words else ""
        return len(words) <= 4 and last in (
            "niet",
            "not",
            "never",
            "nooit",
            "nee",
            "neen",
            "no",
        )  # "Klantgegevens: NIET"
    adverb = negated[0].text in ("nooit", "never")  # "Never leave …", "should never rely on AI": a verb's
    at_start = negated[0] is words[0] and not adverb
    return at_start or len(words) <= 4 or not adverb and any(c.AI.matches(w) for w in words)


_INSIDE = frozenset("within binnen inside in".split())


def _inside_ai(words: Words, position: int) -> bool:
    """'processed within AI platforms', 'binnen AI-platforms': where the data is handled, not where it is kept."""
    return words[position].text in _INSIDE and any(
        c.AI.matches(w) or c.AI.matches_part(w) for w in words[position + 1 : position + 3]
    )


def _kept(words: Words) -> list[Word]:
    """'Blijft buiten AI-tools', 'keep it out of', 'stays internal', 'must stay on our own systems': kept
    away from AI."""
    verbs = [w for w in words if c.KEEP_VERB.matches(w)]
    places = [w for p, w in enumerate(words) if c.KEEP_PLACE.matches(w) and not _inside_ai(words, p)]
    if not _into_ai(words):
        places = [w for w in places if w.text not in ("secret", "geheim")]  # "keep your passwords secret"
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


def _queried(words: Words, found: list[Word]) -> bool:
    """'Do not use chatbots to search for private information' is about searching, not entering."""
    first = min(w.index for w in found)
    return any(
        c.QUERY.matches(w)
        and first - 4 <= w.index < first
        and not c.DATA.matches_forms(_after(words, w).forms)
        and _after(words, w).text != "against"  # ("we would advice against uploading …": advice against the act)
        for w in words
    )  # "research data" names data, it is no search


def _after(words: Words, word: Word) -> Word:
    position = words.index(word)
    return words[position + 1] if position + 1 < len(words) else word


def _purpose(words: Words, found: list[Word], found_acts: list[Word]) -> bool:
    """'Gebruik AI niet voor afbeeldingen van echte mensen', 'do not use AI for advice to customers': what AI
    is used for, not data put into it."""
    if not found_acts or any(not c.USE.matches(a) and not c.AI.matches(a) for a in found_acts):
        return False
    first = min(w.index for w in found)
    secret_before = any(c.SECRET_WORDS.matches(w) and w.index == first - 1 for w in words)
    held = (
        secret_before or any(c.SECRET_WORDS.matches(w) or c.PERSONAL_WORDS.matches(w) or w.text in _HELD for w in found)
    ) and any(c.AI.matches(w) for w in words)
    if not held and any(w.text in ("voor", "for") and 0 < first - w.index <= 3 for w in words):
        return True  # (AI used for confidential matters or for client records is given them: nothing AI makes)
    if any(w.text in _PRODUCE and 0 < first - w.index <= 3 and _infinitive(words, w) for w in words):
        return True  # "do not use AI to draft e-mails to customers": what AI writes ("draft contracts" is a noun)
    opened = any(w.text == "om" and 0 < first - w.index <= 3 for w in words)
    if opened and any(w.text in _PRODUCE and 0 < w.index - first <= 6 for w in words):
        return True  # "om e-mails te schrijven"
    stored = any(
        w.text in _STORE and (_infinitive(words, w) and 0 < first - w.index <= 3 or opened and 0 < w.index - first <= 6)
        for w in words
    )
    return stored and not any(c.AI.matches(w) for w in words)  # "devices must not be used to store client files"


_STORE = frozenset("store storing save saving keep opslaan opslaat slaan bewaren bewaar".split())
_HELD = frozenset("gegevens data records record dossier dossiers files file bestanden bestand details".split())


def _infinitive(words: Words, verb: Word) -> bool:
    position = words.index(verb)
    return position > 0 and (words[position - 1].text in ("to", "om") or c.AI.matches(words[position - 1]))


_PRODUCE = frozenset(
    "write writing draft drafting compose composing generate generating create creating produce producing "
    "schrijven schrijf opstellen opstelt stel genereren genereer maken maak formuleren formuleer".split()
)


_CONTAINS = frozenset("bevat bevatten bevattende contain contains containing".split())
_MAY = frozenset("mag mogen may can kan kunnen allowed toegestaan".split())


def _negates_other(words: Words, found: list[Word]) -> bool:
    """A permission whose only negation is the determiner of another object: the object found is allowed,
    the other one is kept out ('interne documenten die geen persoonsgegevens bevatten')."""
    negated = negations(words)
    if not negated or not any(w.text in _MAY and w.index < negated[0].index for w in words):
        return False  # ("geen informatie waarmee iemand herkend kan worden": the modal is the relative clause's)
    chosen = {w.index for w in found}
    for negation in negated:
        position = words.index(negation)
        if negation.text not in ("geen", "no") or position + 1 >= len(words):
            return False
        if words[position + 1].index in chosen or position + 2 < len(words) and words[position + 2].index in chosen:
            return False
        if words[position + 1].text in _NEVER_NOUNS:
            return False  # "onder geen beding", "at no time", "in no case": a way of saying never
    return True


_NEVER_NOUNS = frozenset("beding geval gevallen enkel time times account circumstances circumstance case way".split())


_PROCESSES = ("process", "processes", "procedure", "procedures", "proces", "processen", "procedure", "procedures",
              "protocol", "protocols", "protocollen", "tooling", "software")  # fmt: skip
_DEFINING = frozenset("involves entails means refers describes houdt betekent omvat verwijst beschrijft".split())


def _ai_word(word: Word) -> bool:
    return c.AI.matches(word) or c.AI.matches_part(word)


def _anonymising_topic(words: Words, word: Word) -> bool:
    """'ensure proper de-identification processes are in place', 'een anonimiseringsprocedure': a process to have,
    a duty to make the rule (guide), not anonymising before AI; nor is AI that anonymises ('We use AI to anonymise
    large datasets', 'Onze AI-tool anonimiseert automatisch namen'), a task given to AI."""
    position = words.index(word)
    if position >= 2 and words[position - 1].text == "to" and _ai_word(words[position - 2]):
        return True  # "We use AI to anonymise large datasets": a task given to AI
    if word.text.endswith(("eert", "ises", "izes")) and any(
        _ai_word(w) for w in words[max(0, position - 2) : position]
    ):
        return True  # "Onze AI-tool anonimiseert automatisch namen", "The chatbot pseudonymises names": what it does
    following = words[position + 1].text if position + 1 < len(words) else ""
    return following in _PROCESSES or word.text.endswith(_PROCESSES) and len(word.text) > 12


def _defines(words: Words) -> bool:
    """'De-identification involves removing …', 'Anonimisering houdt in dat …': the sentence defines anonymising."""
    return len(words) > 2 and c.ANONYMISE.matches(words[0]) and words[1].text in _DEFINING


def _made(words: Words, word: Word) -> bool:
    """'Use AI to create fictional case studies': what AI makes is fictional, no data made anonymous."""
    made = next((w for w in words if w.text in _PRODUCE and 0 < word.index - w.index <= 3), None)
    # ("maak teksten onherkenbaar": the anonymising of what the verb's object is, not a thing made)
    return made is not None and all(w.text in _DETERMINERS_OF_MADE for w in words if made.index < w.index < word.index)


_DETERMINERS_OF_MADE = frozenset("a an the some new een de het enkele nieuwe".split())


def personal(words: Words, force_of: ForceOf) -> Finding | None:
    if _vendor(words) or concerned(words):
        return None
    found = objects.personal_data(words)
    removing = [
        w
        for w in words
        if (c.ANONYMISE.matches(w) or c.REMOVE.matches(w) or _prevents(words, w, force_of))
        and not _anonymising_topic(words, w)
    ]
    if any(PAST.matches(w) for w in words) and not any(MODAL.matches(w) for w in words):
        removing = []  # "Het model werd getest met geanonimiseerde dossiers": what was done, a fact
    protective = _protective(words, removing) or _redacting(words, removing, found, force_of)
    anonymise = [
        w for w in words if c.ANONYMISE.matches(w) and not _made(words, w) and not _anonymising_topic(words, w)
    ]
    if anonymise and _defines(words):
        return None  # "De-identification involves removing or masking personal information": a definition
    if _training(words):
        anonymise = []  # "we train our models on anonymised data": what the model learns from, a fact about it
    if anonymise and (_asked(words, anonymise[0], force_of) or _before_ai(words, anonymise[0], force_of)):
        return Finding(PERSONAL, texts([*anonymise, *found]), anonymise[0], Force.OBLIGATION)
    public = _public_limit(words)
    if public and not documents_not_public(words, public):
        return Finding(PERSONAL, texts(public), public[-1], Force.LIMIT)
    if not found or _mail_only(words, found):
        return None
    return _protected(PERSONAL, words, found, force_of, protective)


def secret(words: Words, force_of: ForceOf) -> Finding | None:
    if _vendor(words):
        return None
    found, weak = secret_objects.secrets(words)
    public = _public_limit(words)
    if public and not public_of_people(words, public):
        return Finding(SECRETS, texts(public), public[-1], Force.LIMIT)
    unclassified = [
        w for w in words if w.text in ("unclassified", "non-confidential") or w.text.startswith("niet-vertrouwelijk")
    ]
    if unclassified and any(ONLY.matches(w) or _limits(words, w) for w in words):
        return Finding(SECRETS, texts(unclassified), unclassified[0], Force.LIMIT)
    if unclassified and _permitted_for(words, unclassified[0], force_of):
        return Finding(SECRETS, texts(unclassified), unclassified[0], Force.LIMIT)  # "may use AI for non-confidential
        # tasks": a permission limited by its own condition (guide decision 1)
    if not found:
        systems = own_systems(words)
        found = [w for w in words if systems[1:] and w.text == systems[1].text and w.index < systems[1].index]
    if not found or _peoples_finances(words, found):
        return None
    listed = force_of(found[0])[0] is Force.PROHIBITION and _listed_item(words, found, force_of(found[0])[1])
    if weak and not (
        any(c.INPUT.matches(w) for w in words)
        or _determiner(words)
        or _kept(words)
        or _bare_list(words, found)
        or listed  # "- Contracten met leveranciers" under DIT NIET: what the list keeps out of AI
    ):
        return None  # "respect intellectual property", "sluit geen contracten af": another topic
    protective = _protective(words, [w for w in words if c.REMOVE.matches(w) or _prevents(words, w, force_of)])
    return _protected(SECRETS, words, found, force_of, protective)


def _financial(word: Word) -> bool:
    return c.FINANCIAL.matches(word) or c.FINANCIAL.matches_part(word) or word.text in ("financien", "finances")


def _peoples_finances(words: Words, found: list[Word]) -> bool:
    """'Voer geen namen, adressen of bankgegevens in', 'Geen bank- of contactgegevens invoeren': bank or financial
    details listed only beside the details that point to a person (names, addresses, contact details) are that
    person's (the personal-data rule); a word of the organisation, a business party or another secret beside
    them keeps the secrets rule ('customer names, contracts or financial details', 'klant-, partner- of
    financiële data')."""
    if not all(_financial(w) for w in found) or not any(_identifier(w) for w in objects.personal_data(words)):
        return False  # ("remove PII, FERPA and banking/financial information": a category of its own, both rules)
    return not any(
        c.COMPANY.matches(w) or c.COMPANY.matches_part(w) or c.ORGANISATION.matches(w) or w.text in _PARTIES
        for w in words
    )


def _identifier(word: Word) -> bool:
    """A detail that points to one person: a name, an address, contact details, a phone number."""
    return (
        c.IDENTIFIERS.matches(word)
        or c.IDENTIFIERS.matches_part(word)
        or "contact" in word.parts
        or any(f.startswith("contact") for f in word.forms)
        or word.text in ("id", "identification", "identificatie")  # "your personal ID numbers, financial info"
    )


_PARTIES = frozenset(
    "partner partners partner- vendor vendors supplier suppliers leverancier leveranciers leveranciers- "
    "contractor contractors".split()
)


def _permitted_for(words: Words, unclassified: Word, force_of: ForceOf) -> bool:
    """'Staff may use AI tools for non-confidential tasks', 'mogen AI gebruiken voor niet-vertrouwelijke taken'."""
    position = words.index(unclassified)
    if not position or words[position - 1].text not in ("for", "voor"):
        return False
    return force_of(unclassified)[0] is Force.PERMISSION and any(c.AI.matches(w) for w in words)


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


_IDENTIFYING = ("identifiable", "identifying", "identificeerba", "herleidba", "identificerend")


def _redacting(words: Words, removing: list[Word], found: list[Word], force_of: ForceOf) -> list[Word]:
    """'Remove all personally identifiable information', 'Verwijder alle namen uit de tekst', 'Haal
    persoonsgegevens uit gespreksverslagen': taking identifiers, or personal data out of a text, is
    anonymising it, also when AI is not named; deleting data after a time or on a request ('Delete personal data
    when it is no longer needed') is retention, taking a name off a list ('from the mailing list') no text."""
    verbs = [w for w in removing if c.REMOVE.matches(w)]
    if not verbs or _retention(words) or any(w.text in _ON_EVENT for w in words):
        return []  # ("remove names from the mailing list when people unsubscribe": on an event)
    source = _source(words)
    if source is not None and (source.text in _REGISTERS or any(p in _REGISTERS for p in source.parts)):
        return []  # "Remove your name from the mailing list": taken off a list, no text made anonymous
    identifiers = [w for w in found if c.IDENTIFIERS.matches(w) or w.text.startswith(_IDENTIFYING) or w.text == "pii"]
    asked = force_of(verbs[0])[0] is Force.OBLIGATION or verbs[0] is words[0]
    return [verbs[0]] if (identifiers or source is not None) and asked else []


_REGISTERS = frozenset(
    "list lists lijst lijsten mailing mailinglist rota roster register registers directory database databases "
    "system systems systeem systemen administratie adresboek crm website site account accounts group groep "
    "team channel kanaal presentielijst ledenlijst server servers drive drives schijf device devices laptop "
    "laptops computer usb archive archief".split()
)


def _source(words: Words) -> Word | None:
    """What something is taken out of: 'uit de notulen', 'from the mailing list'."""
    for position, word in enumerate(words):
        if word.text in ("from", "uit") and position + 1 < len(words):
            return next((w for w in words[position + 1 : position + 4] if w.text not in _DETERMINERS_OF_MADE), None)
    return None


def _asked(words: Words, anonymise: Word, force_of: ForceOf) -> bool:
    """Anonymising is this rule when it is asked ("Anonimiseer altijd eerst", "use anonymised data") or
    named beside AI; "Onderzoeksdata worden geanonimiseerd opgeslagen" describes a practice."""
    force = force_of(anonymise)[0]
    beside = tuple(w for w in words if w.index != anonymise.index + 1)  # ("anonymisation tools": what it is done with)
    if force is Force.STATEMENT and any(PAST.matches(w) for w in words):
        return False  # "The AI tool was evaluated on anonymised test data": what was done, a fact
    return force.counts and (force is not Force.STATEMENT or _into_ai(beside) or headline(words, [anonymise]))


_BEFORE = ("voordat", "before", "prior", "alvorens", "vooraleer", "eer")


def _before_ai(words: Words, anonymise: Word, force_of: ForceOf) -> bool:
    """'Gegevens worden geanonimiseerd voordat ze aan AI gegeven mogen worden', 'data is de-identified before
    it may be entered': the modal is the entering's, inside the before clause; the anonymising comes first."""
    before = next((w for w in words if w.text in _BEFORE and w.index > anonymise.index), None)
    if before is None or not any(c.AI.matches(w) or c.ENTER.matches(w) for w in words if w.index > before.index):
        return False
    force, markers = force_of(anonymise)
    if force is not Force.PERMISSION:
        return False
    return all(any(w.text == m and w.index > before.index for w in words) for m in markers)
