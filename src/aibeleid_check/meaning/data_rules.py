"""The two data rules: geen-persoonsgegevens and geen-bedrijfsgeheimen.

The protected object, under a prohibition that also names an act or a destination (enter, share, paste,
in AI tools), a limit ("alleen geanonimiseerde gegevens", "only approved tools with confidential data",
"zonder patiëntgegevens", "nothing that could not be on the internet"), or an obligation that protects
it (anonymise, remove, keep out).
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning import objects, secret_objects
from aibeleid_check.meaning.data_limits import _gated, _limits, _public_limit, _unfit_for
from aibeleid_check.meaning.finding import PERSONAL, SECRETS, Finding, ForceOf, Words, acts, headline, strongest, texts
from aibeleid_check.meaning.force import Force, negations
from aibeleid_check.meaning.force_words import ONLY
from aibeleid_check.meaning.morph import Word


def _protected(rule: str, words: Words, found: list[Word], force_of: ForceOf, protective: list[Word]) -> Finding | None:
    """Shared reading for the two data rules once their object was found."""
    if _minimising(words) or _story(words) or _training(words) or _exposed_to_risk(words, found):
        return None
    anchor = strongest(found, force_of)
    force = force_of(anchor)[0]
    for position, word in enumerate(words):
        following = words[position + 1 : position + 4]
        free_of = word.text in ("free", "vrij", "ontdaan", "stripped") and any(
            w.text in ("of", "van") for w in following[:2]
        )
        if (c.WITHOUT.matches(word) or free_of) and any(w in found for w in following):
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
        determiner = _determiner(words) or _unfit_for(words, found)
        if _queried(words, found) or not (found_acts or determiner) or _purpose(words, found, found_acts):
            return None
        if _other_party(words):
            return None
        return Finding(rule, texts([*found, *found_acts[:2]]), anchor)
    if (force is Force.LIMIT or any(ONLY.matches(w) for w in words) and force.counts) and _into_ai(words):
        return Finding(rule, texts(found), anchor, Force.LIMIT)
    if force in (Force.OBLIGATION, Force.STATEMENT) and protective:
        return Finding(rule, texts([*protective, *found]), anchor)
    if force is Force.STATEMENT and headline(words, found):
        return Finding(rule, texts([*found, *acts(words, found)[:2]]), anchor)
    if not force.counts:
        return Finding(rule, texts(found), anchor)  # read, but permitted: shown by herken, never counted
    return None


_NECESSARY = ("nodig", "noodzakelijk", "vereist", "necessary", "needed", "required")
_NEEDS = ("requires", "require", "needs", "need", "vereist", "vergt")  # verbs: only after a comparison
_MORE_THAN = ("only", "alleen", "more", "meer", "beyond", "than", "dan", "minimum", "minimal")
_WHERE = ("where", "waar", "what", "wat", "die", "dat", "that", "insofar", "zover")  # not "unless": an exception
_NEEDLESS = ("onnodig", "onnodige", "unnecessary", "excessive", "overbodige", "overbodig", "overtollige")


def _minimising(words: Words) -> bool:
    """Data minimisation, a mention (guide): 'no more personal data than the task requires', 'beyond what is
    necessary', 'where not required for the task', 'alleen de gegevens die nodig zijn'; not 'a tool that
    requires a login'."""
    for position, word in enumerate(words):
        before = {w.text for w in words[max(0, position - 6) : position]}
        if word.text in _NECESSARY and before & set(_MORE_THAN + _WHERE):
            return True
        if word.text in _NEEDS and before & set(_MORE_THAN):
            return True
        if word.text in _NEEDLESS and position + 1 < len(words) and not _risk_word(words[position + 1]):
            return True  # "het doorgeven van onnodige persoonsgegevens", "unnecessary personal details"
    return False


def _risk_word(word: Word) -> bool:
    return word.text.startswith(("risk", "risico"))


def _exposed_to_risk(words: Words, found: list[Word]) -> bool:
    """'does not expose personal data about patients to unnecessary risks': the data protected from a risk
    (generic protection), no act of putting it into AI."""
    for act in (w for w in words if w.text.startswith(("expos", "blootstel", "blootgesteld"))):
        exposed = any(act.index < w.index <= act.index + 4 for w in found)
        if exposed and any(_risk_word(w) for w in words if act.index < w.index <= act.index + 14):
            return True
    return False


def _training(words: Words) -> bool:
    """'Gegevens worden niet gebruikt om AI-systemen te trainen', 'not used to train the model': what the
    model is trained on, a promise about the tool, not data put into it."""
    return any(
        w.text.startswith(("train", "getraind"))
        and any(b.text in ("om", "to", "for", "voor") for b in words[max(0, p - 4) : p])
        for p, w in enumerate(words)
    ) and all(c.USE.matches(w) for w in words if c.INPUT.matches(w) or c.ENTER.matches(w))
    # ("do not enter client data, as it may be used to train models" names the entering)


def _story(words: Words) -> bool:
    """'Medewerker D voert geen klantgegevens in …', 'Employee A does not paste …': one case with a labelled
    person or organisation as its subject, a story, not a rule."""
    start = 1 if words and words[0].text in ("de", "het", "the") else 0
    if len(words) < start + 3:
        return False
    subject, label = words[start], words[start + 1]
    return len(label.text) == 1 and label.text.isalpha() and c.any_of(subject, c.PEOPLE, c.ORGANISATION)


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


def _kept(words: Words) -> list[Word]:
    """'Blijft buiten AI-tools', 'keep it out of', 'stays internal', 'must stay on our own systems': kept
    away from AI."""
    verbs = [w for w in words if c.KEEP_VERB.matches(w)]
    places = [w for w in words if c.KEEP_PLACE.matches(w)]
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
        c.QUERY.matches(w) and first - 4 <= w.index < first and not c.DATA.matches_forms(_after(words, w).forms)
        for w in words
    )  # "research data" names data, it is no search


def _after(words: Words, word: Word) -> Word:
    position = words.index(word)
    return words[position + 1] if position + 1 < len(words) else word


def _into_ai(words: Words) -> bool:
    """A limit is this rule when it limits what goes into AI: AI is named, or the act is entering
    ("alleen in de beveiligde omgeving invoeren"); "persoonsgegevens worden alleen verwerkt als er een
    grondslag is" and "only shared on a need-to-know basis" are other privacy rules."""
    return any(c.AI.matches(w) or c.ENTER.matches(w) for w in words)


def _purpose(words: Words, found: list[Word], found_acts: list[Word]) -> bool:
    """'Gebruik AI niet voor afbeeldingen van echte mensen', 'do not use AI for advice to customers': what AI
    is used for, not data put into it."""
    if not found_acts or any(not c.USE.matches(a) and not c.AI.matches(a) for a in found_acts):
        return False
    first = min(w.index for w in found)
    if any(w.text in ("voor", "for") and 0 < first - w.index <= 3 for w in words):
        return True
    if any(w.text in _PRODUCE and 0 < first - w.index <= 3 and _infinitive(words, w) for w in words):
        return True  # "do not use AI to draft e-mails to customers": what AI writes ("draft contracts" is a noun)
    opened = any(w.text == "om" and 0 < first - w.index <= 3 for w in words)
    return opened and any(w.text in _PRODUCE and 0 < w.index - first <= 6 for w in words)  # "om e-mails te schrijven"


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
    if not negated or not any(w.text in _MAY for w in words):
        return False
    chosen = {w.index for w in found}
    for negation in negated:
        position = words.index(negation)
        if negation.text not in ("geen", "no") or position + 1 >= len(words):
            return False
        if words[position + 1].index in chosen or position + 2 < len(words) and words[position + 2].index in chosen:
            return False
    return True


def _made(words: Words, word: Word) -> bool:
    """'Use AI to create fictional case studies': what AI makes is fictional, no data made anonymous."""
    made = next((w for w in words if w.text in _PRODUCE and 0 < word.index - w.index <= 3), None)
    # ("maak teksten onherkenbaar": the anonymising of what the verb's object is, not a thing made)
    return made is not None and all(w.text in _DETERMINERS_OF_MADE for w in words if made.index < w.index < word.index)


_DETERMINERS_OF_MADE = frozenset("a an the some new een de het enkele nieuwe".split())


def _other_party(words: Words) -> bool:
    """'Wij delen nooit persoonsgegevens met derden': sharing with another party, and no AI named."""
    if any(c.AI.matches(w) for w in words):
        return False
    return any(
        c.THIRD_PARTY.matches(w) and any(p.text in _TO_PARTY for p in words[max(0, i - 3) : i])
        for i, w in enumerate(words)
    )


_TO_PARTY = ("met", "with", "aan", "to", "naar", "buiten", "outside", "per", "via", "op", "on", "by")


def personal(words: Words, force_of: ForceOf) -> Finding | None:
    if _vendor(words):
        return None
    found = objects.personal_data(words)
    protective = _protective(words, [w for w in words if c.ANONYMISE.matches(w) or c.REMOVE.matches(w)])
    anonymise = [w for w in words if c.ANONYMISE.matches(w) and not _made(words, w)]
    if anonymise and (_asked(words, anonymise[0], force_of) or _before_ai(words, anonymise[0], force_of)):
        return Finding(PERSONAL, texts([*anonymise, *found]), anonymise[0], Force.OBLIGATION)
    public = _public_limit(words)
    if public:
        return Finding(PERSONAL, texts(public), public[-1], Force.LIMIT)
    if not found:
        return None
    return _protected(PERSONAL, words, found, force_of, protective)


def secret(words: Words, force_of: ForceOf) -> Finding | None:
    if _vendor(words):
        return None
    found, weak = secret_objects.secrets(words)
    public = _public_limit(words)
    if public:
        return Finding(SECRETS, texts(public), public[-1], Force.LIMIT)
    unclassified = [
        w for w in words if w.text in ("unclassified", "non-confidential") or w.text.startswith("niet-vertrouwelijk")
    ]
    if unclassified and any(ONLY.matches(w) or _limits(words, w) for w in words):
        return Finding(SECRETS, texts(unclassified), unclassified[0], Force.LIMIT)
    if not found:
        systems = own_systems(words)
        found = [w for w in words if systems[1:] and w.text == systems[1].text and w.index < systems[1].index]
    if not found:
        return None
    if weak and not (any(c.INPUT.matches(w) for w in words) or _determiner(words) or _kept(words)):
        return None  # "respect intellectual property", "sluit geen contracten af": another topic
    protective = _protective(words, [w for w in words if c.REMOVE.matches(w)])
    return _protected(SECRETS, words, found, force_of, protective)


def _protective(words: Words, protecting: list[Word]) -> list[Word]:
    """Removing or keeping data out protects it from AI only when AI or entering is named: "Verwijder
    namen voordat je de tekst in ChatGPT plakt"; "Verwijder persoonsgegevens na afloop van het project"
    is a retention rule."""
    return [*protecting, *_kept(words)] if _into_ai(words) else _kept(words)


def _asked(words: Words, anonymise: Word, force_of: ForceOf) -> bool:
    """Anonymising is this rule when it is asked ("Anonimiseer altijd eerst", "use anonymised data") or
    named beside AI; "Onderzoeksdata worden geanonimiseerd opgeslagen" describes a practice."""
    force = force_of(anonymise)[0]
    return force.counts and (force is not Force.STATEMENT or _into_ai(words) or headline(words, [anonymise]))


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


_VENDORS = ("leverancier", "leveranciers", "vendor", "vendors", "provider", "providers", "aanbieder", "aanbieders",
            "supplier", "suppliers", "openai", "microsoft", "google", "anthropic", "verwerker")  # fmt: skip


def _vendor(words: Words) -> bool:
    """'De leverancier mag klantgegevens niet gebruiken om modellen te trainen': the vendor's duty; 'De AI-tool
    slaat geen gesprekken met klanten op', 'our assistant does not have access to your files': what the tool
    does, a fact about it."""
    return any(w.text in _VENDORS for w in words[:3]) or _tool_does(words)


_TOOL_VERBS = frozenset(
    "stores store slaat bewaart bewaren keeps retains saves logs logt has heeft have hebben does doet do doen "
    "uses gebruikt trains traint learns leert".split()
)
_SUBJECT_START = frozenset("de het the our onze ons your je uw this deze dit".split())


def _tool_does(words: Words) -> bool:
    """The sentence opens with an AI tool as its subject and a plain verb of what the tool does (no modal)."""
    start = 1 if words and words[0].text in _SUBJECT_START else 0
    if start >= len(words) or not c.AI.matches(words[start]):
        return False  # ("make sure prompts do not contain names": the subject is no tool)
    position = start
    while position + 1 < len(words) and c.AI.matches(words[position + 1]):
        position += 1  # "our AI assistant", "de AI-tool"
    verb = words[position + 1] if position + 1 < len(words) else None
    if verb is None or verb.text not in _TOOL_VERBS:
        return False
    return not any(  # "the chatbot stores every prompt, so never type client names into it": a rule follows
        c.ENTER.matches(w) and not w.text.startswith("prompt") or w.text in ("so", "dus", "therefore", "daarom")
        for w in words[position + 2 :]
    )
