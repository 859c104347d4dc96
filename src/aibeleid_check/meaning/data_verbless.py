"""Data named without a verb of its own: a negation that names it, a bare list, an item of a Don't list.

"Geen NAW-gegevens.", "No PII in prompts", "Client PII, PHI, or financial records", "- Klantgegevens" under a
Don't list state the rule by naming the data kept out; a heading ("Personal data"), a contact line or a
sentence ("Clients trust us with their customer data") does not, nor does a headline whose verb is a participle
of a description ("Klantgegevens zijn ingegeven"). :mod:`.data_rules` asks these readings.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning import objects, secret_objects
from aibeleid_check.meaning.data_acts import _PRODUCE
from aibeleid_check.meaning.finding import Words, acts
from aibeleid_check.meaning.force import negations
from aibeleid_check.meaning.force_words import IMPERATIVE, MODAL, SUBORDINATE
from aibeleid_check.meaning.morph import Word

_FINITE = frozenset(
    "is are be was were been has have had do does did will would zijn is was waren wordt worden werd heeft hebben "
    "had doet doen zal zullen gaat gaan vraagt vragen staat staan lives live means refers covers describes "
    "betekent omvat beschrijft".split()
)
_ING_NOUNS = frozenset("banking pricing marketing accounting funding billing invoicing licensing".split())
_THINGS = frozenset("anything something everything".split())  # "anything from the care file": no verb in -ing
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


def _listed_item(words: Words, found: list[Word], markers: tuple[str, ...]) -> bool:
    """'- health information;', '- Klantgegevens' under a Don't list: the data the list keeps out, named
    alone; or a list of two kinds of it or more, in words of its own ('Our parts margins, dealer agreements or the
    workshop's figures'). Only where the list gives the force (no word of force of its own); on its own such a text
    is a heading."""
    if markers or not data_list(words, found) or not _heads(words, found):
        return False
    members = {w.text for w in words if _member(w)}
    if len(members) >= 2 and (words[-1].text in members or words[-1].text.endswith(_FIGURE_ENDINGS)):
        return True  # (kinds of data, the last one too: not "Strategy, budget and governance")
    if len(words) > _LISTED_WORDS:
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
_FIGURES = frozenset("figures cijfers numbers getallen bedragen amounts results resultaten uitslagen scores".split())
_FIGURE_ENDINGS = tuple(_FIGURES)  # ("de praktijkcijfers", a compound on one, last: round 27)


def data_list(words: Words, found: list[Word]) -> bool:
    """A noun phrase or a list of them as an item of a list: no verb, clause or contact line, 'anything from …' as
    one of its members (a sentence on its own reads it with :func:`_verbless`, where 'anything' keeps it)."""
    return _verbless(words, found, _THINGS)


def _verbless(words: Words, found: list[Word], nouns: frozenset[str] = frozenset()) -> bool:
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
        if word.text.endswith("ing") and word.text not in named and word.text not in _ING_NOUNS | nouns:
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
    if c.PERSONAL_WORDS.matches(word) or c.IDENTIFIERS.matches(word) or secret_objects.business_figures(word):
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
