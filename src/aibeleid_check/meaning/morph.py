"""Light morphology for Dutch and English: base forms, compound parts and separable verbs.

Not a general stemmer: just enough that one concept covers the forms a policy writes. A word gets a set
of *forms*: itself, a Dutch base form (plural and inflection off: namen → nam, naam → nam, financiële →
financiel, adressen → adres, brieven → brief), an English one (records → record, policies → policy),
the same without a past-participle ``ge-`` (gecontroleerd → controleerd), and its parts: hyphenated
parts (AI-tools, niet-herleidbare) and Dutch compounds split at a known head (klantgegevens → klant +
gegevens, patiëntdossier → patient + dossier). A dangling ``klant-`` in "klant- of persoonsgegevens"
borrows the head of the next compound. Separable verbs ("voer … in", "kijk … na", "na te kijken")
add a joined word (invoeren, nakijken) at the particle.
"""

from __future__ import annotations

from typing import NamedTuple

_DOUBLE_VOWELS = ("aa", "ee", "oo", "uu")

HEADS = (
    # nouns that end Dutch compounds the concepts care about (longest first when matching)
    "gegevens",
    "informatie",
    "data",
    "dossiers",
    "dossier",
    "bestanden",
    "bestand",
    "lijsten",
    "lijst",
    "namen",
    "naam",
    "adressen",
    "adres",
    "nummers",
    "nummer",
    "brieven",
    "brief",
    "mails",
    "mail",
    "geheimen",
    "geheim",
    "contracten",
    "contract",
    "overeenkomsten",
    "overeenkomst",
    "besluiten",
    "besluit",
    "beslissingen",
    "beslissing",
    "vorming",
    "cijfers",
    "cijfer",
    "documenten",
    "document",
    "stukken",
    "stuk",
    "teksten",
    "tekst",
    "code",
    "records",
    "record",
    "details",
    "verslagen",
    "verslag",
    "rapporten",
    "rapport",
    "oordeel",
    "verantwoordelijkheid",
    "review",
    "controle",
    "output",
    "antwoorden",
    "antwoord",
    "gevoelig",
    "gevoelige",
    "vertrouwelijk",
    "vertrouwelijke",
    "plannen",
    "plan",
    "commissie",
    "commissies",
    "notities",
    "notulen",
    "correspondentie",
    "gesprekken",
    "gesprek",
    "berichten",
    "bericht",
    "administratie",
    "uitslagen",
    "uitslag",
)
_HEADS_BY_LENGTH = tuple(sorted(set(HEADS), key=len, reverse=True))
_LINKING = ("s", "en", "e")

_SEPARABLE = {
    # verb form -> infinitive, for Dutch separable verbs whose particle may stand apart
    **dict.fromkeys(("kijk", "kijkt", "kijken", "keek", "keken"), "kijken"),
    **dict.fromkeys(("lees", "leest", "lezen", "las", "lazen"), "lezen"),
    **dict.fromkeys(("ga", "gaat", "gaan", "ging"), "gaan"),
    **dict.fromkeys(("trek", "trekt", "trekken"), "trekken"),
    **dict.fromkeys(("reken", "rekent", "rekenen"), "rekenen"),
    **dict.fromkeys(("voer", "voert", "voeren", "voerde"), "voeren"),
    **dict.fromkeys(("geef", "geeft", "geven", "gaf"), "geven"),
    **dict.fromkeys(("typ", "typt", "typen"), "typen"),
    **dict.fromkeys(("neem", "neemt", "nemen", "nam"), "nemen"),  # ("namen" is the plural of naam)
    **dict.fromkeys(("stuur", "stuurt", "sturen"), "sturen"),
    **dict.fromkeys(("laad", "laadt", "laden"), "laden"),
    **dict.fromkeys(("plak", "plakt", "plakken"), "plakken"),
    **dict.fromkeys(("vul", "vult", "vullen"), "vullen"),
    **dict.fromkeys(("zet", "zetten"), "zetten"),
    **dict.fromkeys(("haal", "haalt", "halen"), "halen"),
    **dict.fromkeys(("laat", "laten"), "laten"),
    **dict.fromkeys(("hak", "hakt", "hakken"), "hakken"),
    **dict.fromkeys(("teken", "tekent", "tekenen"), "tekenen"),
    **dict.fromkeys(("raad", "raadt", "raden"), "raden"),
    **dict.fromkeys(("loop", "loopt", "lopen", "liep", "liepen"), "lopen"),
    **dict.fromkeys(("maak", "maakt", "maken", "maakte", "maakten"), "maken"),  # "maakt niet uit wie …": uitmaken
    # decisions about a person's case: "kent geen uitkeringen toe", "wijst aanvragen af", "keurt … goed"
    **dict.fromkeys(("ken", "kent", "kennen", "kende", "kenden"), "kennen"),
    **dict.fromkeys(("wijs", "wijst", "wijzen"), "wijzen"),
    **dict.fromkeys(("keur", "keurt", "keuren", "keurde", "keurden"), "keuren"),
    **dict.fromkeys(("stel", "stelt", "stellen", "stelde", "stelden"), "stellen"),  # "stelt het plan … vast"
}
_PARTICLES = ("na", "in", "over", "door", "weg", "uit", "op", "mee", "af", "toe", "goed", "vast")


class Word(NamedTuple):
    """A word as read: its text, position, sentence and forms (a named tuple: made per word read, and a frozen
    dataclass costs a millisecond more to define at import, which every pre-commit run pays)."""

    text: str
    index: int  # type: ignore[assignment]  # the word's position; a Word is never searched as a tuple
    sentence: int
    forms: frozenset[str]
    parts: tuple[str, ...] = ()
    """Modifier parts of a compound or hyphenated word (its head is in ``forms``); empty for a plain word."""
    after: int = -1
    """In an aside (a parenthesis, an example list between commas): the index of the word the aside follows."""


def stem_nl(word: str) -> str:
    """Dutch base form: plural, inflection and spelling alternations off, double vowels single."""
    if len(word) <= 3:
        return word
    if word.endswith("'s"):
        word = word[:-2]
    elif word.endswith("en") and len(word) > 4:
        word = word[:-2]
    elif len(word) > 4 and (
        word.endswith(("els", "ems", "ens", "ers", "jes")) or word[-2:] in ("as", "os", "us", "is", "ys")
    ):
        word = word[:-1]
    elif word.endswith("e") and len(word) > 4:
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    if word.endswith("v"):
        word = word[:-1] + "f"
    elif word.endswith("z"):
        word = word[:-1] + "s"
    for double in _DOUBLE_VOWELS:  # (the same as a regular expression's left-to-right substitution, cheaper)
        if double in word:
            word = word.replace(double, double[0])
    return word


def stem_en(word: str) -> str:
    """English base form of a noun: plural and possessive off (records → record, policies → policy)."""
    if word.endswith("'s"):
        return word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def forms_of(word: str) -> set[str]:
    """The word, its base forms in both languages, and without a past-participle ge-."""
    found = {word, stem_nl(word), stem_en(word)}
    if word.startswith("ge") and len(word) > 6 and word.endswith(("d", "t")):
        found.add(word[2:])
    return found


def _split_compound(word: str) -> tuple[str, str] | None:
    for head in _HEADS_BY_LENGTH:
        if word.endswith(head) and len(word) - len(head) >= 2:
            return word[: -len(head)].rstrip("-"), head
    return None


def _modifier_forms(modifier: str) -> set[str]:
    found = {modifier}
    for link in _LINKING:
        if modifier.endswith(link) and len(modifier) - len(link) >= 2:
            found.add(modifier[: -len(link)])
    return found | {stem_nl(m) for m in found}


def _word(text: str, index: int, sentence: int, borrowed_head: str | None = None) -> Word:
    forms = forms_of(text)
    parts: list[str] = []
    pieces = [p for p in text.split("-") if p]
    if len(pieces) > 1:
        forms |= forms_of(text.replace("-", ""))
    for position, piece in enumerate(pieces):
        split = _split_compound(piece)
        if split is not None:
            modifier, head = split
            forms |= forms_of(head)
            parts.extend(sorted(_modifier_forms(modifier)))
        if len(pieces) > 1:
            if position == len(pieces) - 1:
                forms |= forms_of(piece)
            else:
                parts.extend(sorted(forms_of(piece)))
    if borrowed_head is not None:
        forms |= forms_of(borrowed_head)
        parts.extend(sorted(_modifier_forms(text.rstrip("-"))))
    elif text.endswith("-") and len(pieces) == 1:
        forms |= _modifier_forms(pieces[0])  # "klant-, partner- of medewerkersdata": the list's commas hide the head
    return Word(text, index, sentence, frozenset(forms), tuple(parts))


def make_words(raw: list[str], start: int, sentence: int) -> list[Word]:
    """Words of one clause, with dangling compound parts completed and separable verbs joined."""
    words: list[Word] = []
    for offset, text in enumerate(raw):
        borrowed = _borrowed_head(raw, offset) if text.endswith("-") else None
        words.append(_word(text, start + offset, sentence, borrowed))
    return words + _joined_separable_verbs(raw, start, sentence)


def _borrowed_head(raw: list[str], offset: int) -> str | None:
    """'klant-' in 'klant- of persoonsgegevens' means klantgegevens: take the next compound's head."""
    for text in raw[offset + 1 : offset + 4]:
        if text in ("of", "en", "and", "or", "/"):
            continue
        split = _split_compound(text)
        return split[1] if split else None
    return None


def _joined_separable_verbs(raw: list[str], start: int, sentence: int) -> list[Word]:
    joined: list[Word] = []
    for offset, text in enumerate(raw):
        if text not in _PARTICLES or not _particle_position(raw, offset):
            continue
        verb = _verb_near(raw, offset)
        if verb is not None:
            joined.append(_word(text + verb, start + offset, sentence))
    return joined


_AFTER_PARTICLE = frozenset(
    # what may follow a separated particle ("voer het niet in bij ChatGPT", "in te voeren", "in kunnen
    # voeren"); anything else makes it a preposition ("besluiten nemen over personen", "zet het in ChatGPT")
    "te worden wordt kunnen kan mogen mag moeten moet zijn is of en want omdat zodat tenzij als wanneer "
    "voordat zonder bij in op aan naar met via voor van tijdens binnen buiten over door om tot achter na "
    "zoals dat die wat waarmee waarin waarop waarvan waardoor waarover".split()
)


def _particle_position(raw: list[str], offset: int) -> bool:
    """A particle stands apart at the end of its clause or before a verb, 'te' or another preposition."""
    return offset == len(raw) - 1 or raw[offset + 1] in _AFTER_PARTICLE


def _verb_near(raw: list[str], offset: int) -> str | None:
    """The verb a particle belongs to: 'na te kijken' (after it) or 'kijk de tekst na' (before it)."""
    after = raw[offset + 1 : offset + 3]
    if after and after[0] == "te" and len(after) > 1 and after[1] in _SEPARABLE:
        return _SEPARABLE[after[1]]
    for text in reversed(raw[max(0, offset - 8) : offset]):
        if text in _SEPARABLE:
            return _SEPARABLE[text]
    return None
