"""The two data rules: geen-persoonsgegevens and geen-bedrijfsgeheimen.

The protected object, under a prohibition that also names an act or a destination (enter, share, paste,
in AI tools), a limit ("alleen geanonimiseerde gegevens", "only approved tools with confidential data",
"zonder patiëntgegevens", "nothing that could not be on the internet"), or an obligation that protects
it (anonymise, remove, keep out). :func:`personal` and :func:`secret` find each rule's object and share one
reading of the force around it; what they ask of the sentence is read in :mod:`.data_acts` (the act),
:mod:`.data_verbless` (data named without a verb), :mod:`.data_keeping` (data kept away from AI),
:mod:`.data_anonymising` (anonymising and removing identifiers), :mod:`.data_limits` and
:mod:`.data_mentions`.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning import objects, secret_objects
from aibeleid_check.meaning.data_acts import (
    _CONTAINS,
    _act_breaches,
    _examples_continued,
    _harming,
    _negates_other,
    _no_substitute,
    _output_into,
    _purpose,
    _queried,
    cautioned_act,
    cautioned_only,
    produced,
)
from aibeleid_check.meaning.data_anonymising import (
    _anonymising_topic,
    _asked,
    _before_ai,
    _defines,
    _made,
    _redacting,
    instead_of_real,
    left_out,
    need_left_to_user,
    reidentifying,
)
from aibeleid_check.meaning.data_keeping import _kept, _prevents, _protective, own_systems
from aibeleid_check.meaning.data_limits import (
    _gated,
    _legal_basis,
    _limits,
    _other_party,
    _public_limit,
    _task_example,
    _unfit_for,
    _vague_condition,
    documents_not_public,
    people_not_public,
    public_of_people,
)
from aibeleid_check.meaning.data_mentions import (
    _elsewhere,
    _exposed_to_risk,
    _into_ai,
    _mail_only,
    _minimising,
    _story,
    _training,
    _vendor,
    concerned,
    possibility,
    tool_status,
    unguaranteed,
)
from aibeleid_check.meaning.data_outgoing import decided_question, holds_other, leaves_office, separable_input
from aibeleid_check.meaning.data_verbless import _bare_list, _described, _determiner, _listed_item
from aibeleid_check.meaning.finding import PERSONAL, SECRETS, Finding, ForceOf, Words, acts, headline, strongest, texts
from aibeleid_check.meaning.force import Force, into_unsafe_tool
from aibeleid_check.meaning.force_words import MODAL, ONLY, PAST
from aibeleid_check.meaning.morph import Word


def _protected(rule: str, words: Words, found: list[Word], force_of: ForceOf, protective: list[Word]) -> Finding | None:
    """Shared reading for the two data rules once their object was found."""
    if tool_status(words, found):
        return None
    if _minimising(words) or _story(words) or _training(words) or _exposed_to_risk(words, found):
        return None
    if possibility(words) or concerned(words) or unguaranteed(words):
        return None  # "could be stored or shared if not handled properly", "raising concerns about …": a risk
    if _output_into(words, found):
        return None  # "Copy AI answers into client work": where AI's text goes, no data put into AI
    if leaves_office(words, found) or decided_question(words, found):
        return None  # "Geen offerte gaat de deur uit zonder …", "Which quotes we send is decided by Yara": work sent
        # out or a matter decided, another rule's (round 26)
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
                allowed = force_of(word)[0] in (Force.PERMISSION, Force.CONDITION)
                return Finding(rule, texts([word, *found]), word, Force.CONDITION if allowed else Force.LIMIT)
                # ("Een nieuwsbrief laten opzetten, zonder namen van kinderen" under DIT MAG: the limit of one allowed
                # use, as "…, die je daarna zelf nakijkt" is its condition, guide decision 1)
    gate = _gated(words)
    if gate and _into_ai(words) and not _other_party(words):
        return Finding(rule, texts([*found, *gate]), anchor, Force.LIMIT)
    if force is Force.PROHIBITION and _negates_other(words, found):
        return None  # "je mag Copilot gebruiken voor interne documenten die geen persoonsgegevens bevatten"
    if force is Force.PROHIBITION and not markers and protective:
        return Finding(rule, texts([*protective, *found]), anchor)  # "Patient names stay out of AI tools" under
        # DIT NIET: the item says the rule itself, the list's negation does not turn it round
    if force is Force.PROHIBITION:
        found_acts = acts(words, found)
        if not markers and cautioned_only(words, found, found_acts):
            return None  # "Be careful with patient data and think before you type" under DIT NIET: caution
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
        if holds_other(words, found, found_acts):
            return None  # "students' work should not contain content produced by AI": what it holds, round 26
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
        and not produced(words, found)
    ):
        return Finding(rule, texts(found), anchor, Force.LIMIT)
    cautioned = force in (Force.OBLIGATION, Force.STATEMENT) and cautioned_act(words, found)
    if cautioned and not _other_party(words):
        return Finding(rule, texts([*found, cautioned]), anchor, Force.PROHIBITION)  # "beware of uploading …"
    if force in (Force.OBLIGATION, Force.STATEMENT) and not markers and into_unsafe_tool(words):
        return Finding(rule, texts([*found, *acts(words, found)[:2]]), anchor, Force.PROHIBITION)  # decision 12
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


def personal(words: Words, force_of: ForceOf) -> Finding | None:
    if _vendor(words) or concerned(words):
        return None
    found = objects.personal_data(words)
    removing = [
        w
        for w in words
        if (c.ANONYMISE.matches(w) or c.REMOVE.matches(w) or left_out(words, w) or _prevents(words, w, force_of))
        and not _anonymising_topic(words, w)
    ]
    if any(PAST.matches(w) for w in words) and not any(MODAL.matches(w) for w in words):
        removing = []  # "Het model werd getest met geanonimiseerde dossiers": what was done, a fact
    undone = reidentifying(words) or need_left_to_user(words)
    if undone:
        removing = []  # "weer herleidbaar maken", "als je denkt dat het nodig is": no ask to remove (guide decision 8)
    protective = _protective(words, removing) or _redacting(words, removing, found, force_of)
    anonymise = [
        w
        for w in words
        if c.ANONYMISE.matches(w) and not undone and not _made(words, w) and not _anonymising_topic(words, w)
    ]
    if anonymise and _defines(words):
        return None  # "De-identification involves removing or masking personal information": a definition
    if _training(words):
        anonymise = []  # "we train our models on anonymised data": what the model learns from, a fact about it
    if anonymise and (
        _asked(words, anonymise[0], force_of)
        or _before_ai(words, anonymise[0], force_of)
        or instead_of_real(words, anonymise[0], found)
    ):
        return Finding(PERSONAL, texts([*anonymise, *found]), anonymise[0], Force.OBLIGATION)
    public = _public_limit(words)
    if public and not documents_not_public(words, public):
        return Finding(PERSONAL, texts(public), public[-1], Force.LIMIT)
    if not found or _mail_only(words, found) or objects.one_identifier(words, found):
        return None  # ("Vul nooit het BSN van een cliënt in": names, addresses and files are still allowed)
    return _protected(PERSONAL, words, found, force_of, protective)


def secret(words: Words, force_of: ForceOf) -> Finding | None:
    if _vendor(words):
        return None
    found, weak = secret_objects.secrets(words)
    public = _public_limit(words)
    if (
        public
        and not public_of_people(words, public)
        and not people_not_public(words, public)
        and not (found and documents_not_public(words, public))
    ):
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
    anonymised = [
        w
        for w in words
        if c.ANONYMISE.matches(w)
        and not _made(words, w)
        and not _anonymising_topic(words, w)
        and any(0 < f.index - w.index <= 2 for f in found)
    ]
    if anonymised and not _training(words) and _asked(words, anonymised[0], force_of):
        return Finding(SECRETS, texts([*anonymised, *found]), anonymised[0], Force.OBLIGATION)  # "anonymous company
        # details": the company's details are kept out too (beside the personal-data rule anonymising states)
    listed = force_of(found[0])[0] is Force.PROHIBITION and _listed_item(words, found, force_of(found[0])[1])
    if weak and not (
        any(c.INPUT.matches(w) for w in words)
        or separable_input(words)
        or _goes_into_ai(words)
        or _determiner(words)
        or _kept(words)
        or _bare_list(words, found)
        or listed  # "- Contracten met leveranciers" under DIT NIET: what the list keeps out of AI
    ):
        return None  # "respect intellectual property", "sluit geen contracten af": another topic
    removing = [w for w in words if c.REMOVE.matches(w) or left_out(words, w) or _prevents(words, w, force_of)]
    protective = _protective(words, removing)
    return _protected(SECRETS, words, found, force_of, protective)


_GOES = frozenset("gaat gaan go goes going komt komen gaan belanden belandt end ends".split())
_INTO = frozenset("in into naar to".split())


def _goes_into_ai(words: Words) -> bool:
    """'Offertes en tarieven gaan niet in een AI-tool', 'contracts never go into ChatGPT': a verb of going with an AI
    tool as where it goes is the act of putting them in."""
    return any(
        w.text in _GOES
        and any(
            i.text in _INTO and any(c.AI.matches(a) for a in words[q + 1 : q + 4])
            for q, i in enumerate(words)
            if 0 < q - p <= 4
        )
        for p, w in enumerate(words)
    )


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
