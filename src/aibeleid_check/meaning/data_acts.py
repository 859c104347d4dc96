"""The act around the protected data, read for the two data rules.

Whether the act puts data into AI: uploading it "constitutes a breach of confidentiality" (a rule), but "Copy AI
answers into client work" moves AI's output into the data, "search for private information" is a search, "do not
use AI to draft e-mails to customers" a purpose, "interne documenten die geen persoonsgegevens bevatten" negates
another object, "This includes … research that is not yet published" continues the examples, "GenAI is not a
substitute for secure systems" says what AI is not, and "without compromising personal information" names what
the work must not harm. :mod:`.data_rules` asks these readings.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_objects import ai_made_word
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.force import negations
from aibeleid_check.meaning.morph import Word

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


def _harming(words: Words, position: int) -> bool:
    """'without compromising personal or confidential information', 'zonder de privacy van cliënten in gevaar te
    brengen': what the work must not harm is what is protected, an aim (generic protection), no data kept out."""
    return any(w.text.startswith(_HARM) for w in words[position + 1 : position + 9])


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
    return not any(c.names_ai(w) for w in words if w.index > first)


def _ai_output(words: Words, word: Word) -> bool:
    """AI's output named as a thing: 'AI answers', 'ChatGPT output', 'AI-teksten', 'AI-generated content'."""
    if ai_made_word(word):
        return True
    position = words.index(word)
    ai_before = position > 0 and c.AI.matches(words[position - 1])
    ai_after = (
        words[position + 1 : position + 2]
        and words[position + 1].text in _FROM
        and any(c.AI.matches(w) for w in words[position + 2 : position + 4])
    )  # "een tekst van AI", "an answer from ChatGPT"
    return (c.STRONG_OUTPUT.matches(word) or c.OUTPUT.matches(word)) and (
        ai_before or bool(ai_after) or c.AI.matches_part(word)
    )


_FROM = frozenset("van uit from of by door".split())


def _queried(words: Words, found: list[Word]) -> bool:
    """'Do not use chatbots to search for private information' is about searching, not entering."""
    first = min(w.index for w in found)
    return any(
        c.QUERY.matches(w)
        and first - 4 <= w.index < first
        and not c.DATA.matches_forms(_after(words, w).forms)
        and not (c.PEOPLE.matches(_after(words, w)) or _after(words, w).text in ("subject", "subjects"))
        and _after(words, w).text != "against"  # ("we would advice against uploading …": advice against the act)
        for w in words
    )  # "research data", "research participant records" name data, it is no search


def _after(words: Words, word: Word) -> Word:
    position = words.index(word)
    return words[position + 1] if position + 1 < len(words) else word


def _purpose(words: Words, found: list[Word], found_acts: list[Word]) -> bool:
    """'Gebruik AI niet voor afbeeldingen van echte mensen', 'do not use AI for advice to customers': what AI
    is used for, not data put into it."""
    if not found_acts or any(not c.USE.matches(a) and not c.AI.matches(a) for a in found_acts):
        return False
    first = min(w.index for w in found)
    last = max(w.index for w in found)
    if not any(c.names_ai(w) for w in words) and any(
        w.text in ("voor", "for") and 0 < w.index - last <= 2 for w in words
    ):
        return True  # "Wij gebruiken geen persoonsgegevens voor marketing": a purpose of processing, no AI given them
    secret_before = any(c.SECRET_WORDS.matches(w) and w.index == first - 1 for w in words)
    held = (
        secret_before
        or any(c.SECRET_WORDS.matches(w) or c.PERSONAL_WORDS.matches(w) or w.text in _HELD for w in found)
        or _owned_by_people(found)
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


def _owned_by_people(found: list[Word]) -> bool:
    """'for client information', 'for case information', 'voor cliëntinformatie': the people word before the
    information owns it, so AI used for it is given it ('for information about customers' is what one asks for)."""
    last = max(w.index for w in found)
    return any((_person_word(w) or w.text in _CASE) and w.index < last for w in found) or any(
        c.DATA.matches(w) and c.PEOPLE.matches_part(w) for w in found
    )


def _person_word(word: Word) -> bool:
    return c.PEOPLE.matches(word) and not c.COMPANY.matches(word) and not c.SPECIAL.matches(word)  # ("medical")


_CASE = frozenset(("case", "dossier", "zaak"))


def produced(words: Words, found: list[Word]) -> bool:
    """'The AI scribe is only used to help produce the clinical notes', 'Copilot may only be used to draft patient
    letters', 'alleen gebruikt om verslagen van cliëntgesprekken te schrijven': a limit on what AI writes, the data
    named is its product, no data put into it ('Only paste client notes into AI to produce a summary' puts the
    data in)."""
    first = min(w.index for w in found)
    for position, word in enumerate(words):
        if word.text not in _PRODUCE or not 0 < first - word.index <= 3:
            continue
        if any(c.INPUT.matches(w) and not c.USE.matches(w) for w in words[:position]):
            return False  # ("paste the notes into AI to draft client letters": the act is named)
        if _infinitive(words, word) or position and words[position - 1].text in ("help", "helps", "helpen"):
            return True
    opened = any(w.text == "om" and 0 < first - w.index <= 3 for w in words)
    return opened and any(w.text in _PRODUCE and 0 < w.index - first <= 6 for w in words)


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


_CAUTION = frozenset("beware wary careful cautious voorzichtig behoedzaam".split())
_CAUTION_LINKS = frozenset("of about with when in met bij het".split())


def cautioned_act(words: Words, found: list[Word]) -> Word | None:
    """'Beware of uploading any sensitive, confidential or protected data', 'be cautious about supplying sensitive
    information', 'Wees voorzichtig met het invoeren van persoonsgegevens': caution about the act itself, with the
    data after it, tells staff to keep the data out; caution with no act ('Be careful with AI tools'), or about
    another act ('relying on AI output'), is an attitude (labelling guide)."""
    if not any(c.names_ai(w) for w in words):
        return None  # "Be careful when entering the building with confidential documents": no AI, another act
    first = min(w.index for w in found)
    for position, word in enumerate(words):
        restricted = _restricted_act(words, position)
        if restricted is not None and restricted.index < first:
            return restricted
        if word.text not in _CAUTION:
            continue
        for act in words[position + 1 : position + 4]:
            if act.text in _CAUTION_LINKS:
                continue
            gerund = act.text.endswith(("ing", "en")) and c.INPUT.matches(act) and not c.NEUTRAL_ACT.matches(act)
            if gerund and act.index < first:
                return act
            break
    return None


def cautioned_only(words: Words, found: list[Word], found_acts: list[Word]) -> bool:
    """'Be careful with patient data and think before you type' (under a Don't list): caution with the data, its
    only act in a time clause with no object, is an attitude (guide), not a ban ('Be careful not to paste client
    files into AI' names the act; 'Wees voorzichtig met het invoeren van …' is :func:`cautioned_act`)."""
    if len(words) < 2 or words[0].text not in ("be", "wees") or words[1].text not in _CAUTION:
        return False
    if cautioned_act(words, found) is not None:
        return False
    positions = [words.index(a) for a in found_acts if a in words]
    return all(any(w.text in _TIME_GATES for w in words[max(0, p - 3) : p]) for p in positions)


_TIME_GATES = frozenset("before after when voordat nadat als wanneer".split())


_RESTRICT = frozenset(("restrict",))
_RESTRICT_MODALS = frozenset("should must shall please".split())


def _restricted_act(words: Words, position: int) -> Word | None:
    """'Restrict the entry of sensitive information into public AI tools', 'staff should restrict the uploading of
    client files': an imperative to restrict the act of putting data in, named as a noun with *of*, keeps the data
    out as 'avoid the entry of …' does; restricting a use ('the use of AI tools to drafting'), access, or a fact
    ('our agreements restrict …') is no such rule."""
    if words[position].text not in _RESTRICT:
        return None
    if position and words[position - 1].text not in _RESTRICT_MODALS:
        return None
    following = words[position + 1 : position + 4]
    if following and following[0].text in ("the", "any", "all"):
        following = following[1:]
    if len(following) < 2 or following[1].text != "of":
        return None
    act = following[0]
    named = c.INPUT.matches(act) or act.text in _ENTRY
    return act if named and not c.NEUTRAL_ACT.matches(act) else None


_ENTRY = frozenset(("entry", "entering"))  # ("the entry of … into AI tools": entering, the noun)
