"""What makes a check verb a check of AI's work, for altijd-controleren: reading it first or through, a text
gated before it goes out, a bare "Dus controleer.", a check before release or for a topic, of everything,
reading critically, and who checks ("reviewed by a human").
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning import objects, secret_objects
from aibeleid_check.meaning.check_ai_work import _HUMAN_ADJ, _INFO, _INFO_PLURALS, _after_ai_use, _subject
from aibeleid_check.meaning.check_made import TEXT_KINDS, ai_made_word, ai_text, made_by_ai
from aibeleid_check.meaning.check_release import _WORK, released
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.morph import Word


def _read_first(words: Words) -> bool:
    """'Read everything AI writes before it goes in the newsletter', 'Lees wat ChatGPT schrijft eerst zelf',
    'Always read AI text yourself':
    reading what AI made, before it is used or goes out, or yourself, is checking it ('Read what AI writes about
    privacy' is reading to learn)."""
    if not made_by_ai(words) and not ai_text(words):
        return False
    reads = [w for w in words if c.READ.matches(w)]
    return any(
        (w.text in _READ_GATES and 0 < w.index - r.index <= 8 and not _decided_between(words, r, w))
        or (w.text in ("always", "altijd") and w.index < r.index)
        for r in reads
        for w in words
    )  # ("Read what ChatGPT writes first, then decide for yourself": reading first, the deciding is yours)


_THROUGH = frozenset("through everything alles all over doorheen".split())


def _read_through_after_use(words: Words) -> bool:
    """'Even if you use an LLM to write a PR description, you are expected to read through everything', 'Als je AI
    gebruikt voor een brief, lees dan alles na': reading the whole work made with AI, after using it, is checking it
    ('If you use AI at work, read our guidance first' reads something else)."""
    if not _after_ai_use(words):
        return False
    return any(c.READ.matches(w) and p + 1 < len(words) and words[p + 1].text in _THROUGH for p, w in enumerate(words))


def _decided_between(words: Words, start: Word, end: Word) -> bool:
    return any(start.index < w.index < end.index and c.DECIDE.matches(w) for w in words)


_READ_GATES = frozenset("before voordat prior zelf yourself always altijd".split())
_ALL = ("everything", "alles", "anything", "all")


_THEREFORE = frozenset("therefore daarom dus hence thus".split())


def _follows_on(words: Words, check: Word) -> list[Word]:
    """'Users should therefore verify important information', 'daarom belangrijke informatie verifiëren': the
    check of information follows from the sentence before, which named what AI made."""
    if not any(w.text in _THEREFORE and 0 < check.index - w.index <= 6 for w in words):
        return []
    return [w for w in words if (w.text in _INFO or w.text in _INFO_PLURALS) and abs(w.index - check.index) <= 4][:1]


def _gated_text(words: Words, check: Word) -> bool:
    """'leest de redactie elk artikel voordat het live gaat': a text (or everything) read before it goes out."""
    ahead = [w for w in words if 0 < w.index - check.index <= 5]
    if not released(words):
        return False
    if any(w.text in TEXT_KINDS or w.text in _ALL for w in ahead) or _own_voice(words, check):
        return True
    return any(w.text in _WORK for w in ahead) and _told(words, check)  # "Lees de nieuwsbrief altijd zelf voordat hij
    # wordt verstuurd": a piece of work, told to the reader ("Staff read the newsletter before it is posted" describes)


_TOLD = frozenset("must should moet moeten always altijd need needs have has dien dient".split())


def _told(words: Words, check: Word) -> bool:
    """The check is told to the reader: an imperative that opens the sentence, or a duty or *always* before it."""
    return words[0] is check or any(w.text in _TOLD for w in words if w.index < check.index)


def _own_voice(words: Words, check: Word) -> bool:
    """'our experts review our materials before use', 'onze redacteuren controleren …': the organisation's own
    practice, told in its own voice about its own people."""
    return any(w.text in ("our", "onze", "ons") and 0 < check.index - w.index <= 3 for w in words)


def _bare_check(words: Words, check: Word) -> bool:
    """'Dus controleer.', 'Check it.', 'Verifieer dat.': an imperative check with no object of its own (a
    pronoun, or nothing), which takes its object from the sentence before."""
    rest = [w.text for w in words if w is not check]
    position = words.index(check)
    if (
        3 <= position <= 5
        and _critical_and(words[position - 3 : position])
        and all(w.text in _BARE for w in words[position + 1 :])
    ):
        return True  # "Be skeptical and verify.", "Our mantra: be skeptical and verify."
    return (
        len(words) <= 4
        and position <= 1
        and all(t in _BARE for t in rest)
        and (position == 0 or rest[0] in ("dus", "so", "then", "dan", "daarom", "therefore", "and", "en"))
    )


def _critical_and(words: Words) -> bool:
    """'Be skeptical and …', 'Wees kritisch en …': an attitude told, joined to what follows."""
    return (
        len(words) == 3
        and words[0].text in ("be", "wees", "blijf", "stay", "remain")
        and c.CRITICAL.matches(words[1])
        and words[2].text in ("and", "en")
    )


_BARE = frozenset(
    "dus so then dan daarom therefore and en het it dit this dat that alles everything altijd always".split()
)


_INTO = frozenset("to into naar in".split())
_CLAUSE_AFTER_CHECK = frozenset("that whether if dat of no geen".split())
_BEFORE_OBJECT = frozenset("altijd always zelf yourself eerst first goed nog even carefully zorgvuldig".split())


def _checked_before_release(words: Words, check: Word) -> bool:
    """'Always double-check figures and names before a quote goes out', 'Controleer cijfers en namen voordat je een
    offerte verstuurt': the data named are what the check reads in work before it is sent out (its accuracy), not
    data handled ('check that no client names are in it', 'check customer data before sending it to ChatGPT')."""
    gate = released(words)
    if not gate:
        return False
    sent = words.index(gate[0])
    if any(w.text in _INTO for w in words[sent + 1 : sent + 4]) and any(c.AI.matches(w) for w in words[sent + 1 :]):
        return False
    # (a joined separable verb, "loop … na", stands at the end of the words: its clause goes on after the particle)
    particle = next((p for p, w in enumerate(words) if w.index == check.index and w is not check), None)
    at = words.index(check) if particle is None else particle
    following = [w for w in words[at + 1 :] if w.text not in _BEFORE_OBJECT and w.index > check.index]
    return particle is not None and not following or bool(following) and following[0].text not in _CLAUSE_AFTER_CHECK


_LOOKED_FOR = frozenset("for op on".split())


def _checked_for(words: Words, check: Word) -> bool:
    """'Check every AI text for wrong specs, prices and sizes', 'Controleer elke AI-tekst op foute prijzen': the
    protected objects after *for*/*op* are what the check of AI's text looks for, its topic, no data check."""
    position = words.index(check)
    ahead = words[position + 1 : position + 6]
    looked = next((w for w in ahead if w.text in _LOOKED_FOR), None)
    if looked is None or not any(c.names_ai(w) or ai_made_word(w) for w in ahead if w.index < looked.index):
        return False
    topic = words[words.index(looked) + 1 :]
    before = words[: words.index(looked) + 1]
    if objects.personal_data(before) or secret_objects.secrets(before)[0] or objects.personal_data(topic):
        return False  # ("Check every AI text for customer names": a check for personal data, the data rule's)
    return bool(secret_objects.secrets(topic)[0])


def _universal(words: Words, checks: list[Word]) -> list[Word]:
    """'You must verify everything', 'Controleer alles dat ertoe doet': a check of everything (AI's output
    among it), right after the check verb."""
    return [
        w
        for w in words
        if w.text in _ALL
        and any(0 < w.index - k.index <= 3 for k in checks)
        and not (w.text == "all" and words.index(w) + 1 < len(words) and words[words.index(w) + 1].text != "of")
    ][:1]


_REMAINING = frozenset("blijf blijft blijven remain remains stay stays".split())
_BEING = frozenset("be wees ben bent zijn is are being".split())
_PREDICATIVE = frozenset("critical kritisch sceptical skeptical sceptisch skeptisch".split())
_ATTITUDE = frozenset(
    """eye eyes look blik oog houding attitude mindset thinking denken lens approach benadering reading lezing review
    reviews evaluation beoordeling scrutiny questions vragen kanttekeningen vraag""".split()
)
_ATTRIBUTIVE = ("critical", "kritische", "careful", "zorgvuldige", "sceptical", "skeptical", "sceptische")
_LINKS = frozenset(
    """of about when with towards toward and or en of over van ten tegenover bij to in at on before voordat if als
    zijn is are be te naar omgaan""".split()
)


def _critical(words: Words, position: int, reads: bool) -> bool:
    """Reading critically ('wees kritisch', 'be critical of AI output', 'a critical eye'), not 'critical
    decisions' or 'critical infrastructure' (important ones); 'carefully' only with a reading verb ('read it
    carefully', not 'we use AI carefully')."""
    word = words[position]
    if not c.CRITICAL.matches(word):
        return False
    if word.text in ("carefully", "zorgvuldig") and not reads:
        return False
    if any(
        w.text in _REMAINING or w.text in _BEING and word.text in _PREDICATIVE
        for w in words[max(0, position - 2) : position]
    ):
        return False  # "Blijf kritisch op wat AI maakt", "remain critical of results", "Be critical of what a chatbot
        # tells you", "Wees kritisch op de uitkomst": an attitude told (guide: "kritisch blijven"), no act of checking
    nxt = words[position + 1].text if position + 1 < len(words) else ""
    return not (word.text in _ATTRIBUTIVE and nxt and nxt not in _ATTITUDE and nxt not in _LINKS)


def _checks_by(words: Words, check: Word, person: Word) -> bool:
    """The person is who checks, named with the check: 'menselijke controle', 'reviewed by a human',
    'controle door een mens', 'human review' (not the subject of any check: 'staff must check their email')."""
    if person.index == check.index - 1 and person.text in _HUMAN_ADJ:
        return True
    between = [w.text for w in words if check.index < w.index < person.index]
    if _subject(words, check, person):
        return True
    if 0 < check.index - person.index <= 3:  # "door een collega gecontroleerd": the Dutch agent comes first
        return any(w.text == "door" and 0 < person.index - w.index <= 2 for w in words)
    reach = 6 if between[:1] and between[0] in ("and", "en", "or", "&") else 4  # "checked and approved by a human"
    return 0 < person.index - check.index <= reach and any(t in ("by", "door", "of", "van") for t in between)
