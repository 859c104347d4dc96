"""Reading a document's words: labels opening a paragraph, a title, a question, a rule item, a table cell.

Pure functions of text, used by :mod:`aibeleid_check.source.structure` (and ``split_label`` by both readers); a
paragraph that opens with a label ("Versie: 1.0", "Aanspreekpunt – …") is read by :mod:`label_lines`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from aibeleid_check.source import labels
from aibeleid_check.source.label_words import TITLE_NOUNS, one_of

BlockKind = Literal["heading", "para", "item", "row"]


@dataclass(slots=True)
class Block:
    """One paragraph-like piece of a document. ``label`` is the bold text opening it, ``rest`` what follows."""

    kind: BlockKind
    text: str
    line: int
    column: int = 1
    level: int = 0
    label: str = ""
    rest: str = ""
    rest_column: int = 1
    prompt: bool = False  # everything after the label is italic: the template's question
    cells: tuple[tuple[str, int], ...] = ()  # table rows: (text, column) per cell
    header: bool = False  # a table's header row


_SLUG = re.compile(r"^[a-z]+(?:-[a-z]+)+$")
Piece = tuple[str, bool, bool]
"""A run of a paragraph's text: (text, bold, italic)."""
_CELL_MARKS = {"✓": "ja", "✔": "ja", "☑": "ja", "✗": "nee", "✘": "nee"}


def split_label(pieces: list[Piece]) -> tuple[str, str, bool]:
    """The bold text opening a paragraph, what follows it, and whether all of that is italic (a prompt)."""
    label, index = "", 0
    while index < len(pieces) and not pieces[index][0].strip():
        index += 1
    while index < len(pieces) and pieces[index][1]:
        label += pieces[index][0]
        index += 1
    rest_pieces = pieces[index:] if label else pieces
    rest = "".join(text for text, _, _ in rest_pieces)
    prompt = bool(rest.strip()) and all(italic or not text.strip() for text, _, italic in rest_pieces)
    return label, rest, prompt


_TITLE_WORD = re.compile(one_of(TITLE_NOUNS) + r"\b", re.I)
_TITLE_LEADS = ("van", "voor", "bij", "op", "of", "for", "at")
_SEPARATORS = " \t:–—-|·,"
_NOT_A_NAME = frozenset(
    """ai ai- generative generatieve artificial intelligence kunstmatige intelligentie (ai) use usage gebruik
    ai-gebruik het de een the a our ons onze your uw staff employees medewerkers personeel students studenten
    leerlingen docenten teachers everyone iedereen team teams all alle interim draft concept voorlopig new nieuw
    nieuwe internal intern interne updated revised herzien herziene general algemeen algemene company
    acceptable responsible verantwoord tools ai-tools chatgpt copilot and en & on op over administrators
    managers leidinggevenden bestuurders volunteers vrijwilligers contractors faculty users gebruikers members
    leden researchers onderzoekers parents ouders guide gids handbook handleiding""".split()
)
_NOT_IN_A_NAME = frozenset(
    """addendum appendix bijlage supplement update special interim draft versie version edition editie uitgave
    summary samenvatting overview overzicht part deel""".split()
)
_ORGANISATION_KINDS = frozenset(
    """gemeente provincie stichting vereniging waterschap ministerie school hogeschool universiteit
    huisartsenpraktijk praktijk bakkerij kantoor advocatenkantoor notariskantoor zorggroep ziekenhuis""".split()
)
_TOPIC_LEADS = ("on", "over", "op", "inzake", "regarding", "about", "omtrent", "rond", "rondom")


def organisation_in_title(title: str) -> str:
    """The organisation a policy's title names: "AI-beleid van Bakkerij De Vries", "AI Policy – Acme Ltd",
    "Richtlijnen AI-gebruik Gemeente Oss", "BetaNYC AI Policy", without a policy word "AI tools at Example Ltd";
    "" for a title that names none ("Beleid voor het gebruik van AI", "AI Policy for Staff": who it is for, or
    what it is about, is not an organisation). The page's kind after a dash or colon ("AI – FAQ", "AI-beleid van
    X: veelgestelde vragen") is no part of a name, and no name on its own."""
    title = _KIND_AT_END.sub("", _UNSPACED_DASH.sub(r" \1 ", title.strip()))
    after_dash = _name_after_dash(title)
    if after_dash:
        return after_dash  # "AI guidelines for staff – Stichting Primair Onderwijs De Linge"
    found = _TITLE_WORD.search(title)
    if found is None:
        return organisation_after_ai_noun(title)
    after = title[found.end() :].strip(_SEPARATORS)
    after = _after_last_lead(after, ("at", "bij", "op") if after.lower().startswith(_TOPIC_LEADS) else _TITLE_LEADS)
    before = title[: found.start()].strip(_SEPARATORS)
    for name in (after, _before_ai_word(before)):
        name = _YEAR_AT_END.sub("", name).strip(_SEPARATORS)
        if _is_name(name):
            return name
    topic_then_name = _TOPIC_THEN_NAME.match(title[found.end() :].strip())
    if topic_then_name and _is_name(name := topic_then_name.group(1).strip(_SEPARATORS)):
        if all(word[:1].isupper() or word.lower() in _NAME_PARTICLES for word in name.split()):
            return name  # "Afspraken over AI – Uitvaartcentrum Rustpunt": the name after the topic
    name = organisation_after_ai_noun(title)  # "AI op OBS De Vlinder – onze afspraken", "X — afspraken over AI"
    return "" if _TITLE_WORD.search(name) else name  # ("Richtlijn – AI op het werk": the page's kind, no one's)


_UNSPACED_DASH = re.compile(r"(?<=[^\W\d])([–—])(?=[^\W\d])")
"""A dash between two words without spaces ("Bakkerij Jansen—AI-afspraken"), which separates them as a spaced one
does (not between digits: "2025–2026")."""


_LAST_DASH = re.compile(r"^(?P<head>.{2,80}?)\s+[–—-]\s+(?P<name>[^–—]{2,60})$")
_ABOUT_AI_OR_POLICY = re.compile(
    r"\bAI\b|artificial\s+intelligence|kunstmatige\s+intelligentie|\bregulation\b|" + one_of(TITLE_NOUNS) + r"\b",
    re.IGNORECASE,
)


def _name_after_dash(title: str) -> str:
    """The name after a title's last dash, when what comes before says what the document is ("AI guidelines for
    staff – X", "Regulation on the use of artificial intelligence – X") and what follows is a name of capitalised
    words ("Stichting De Linge – AI-beleid", "AI Policy – Staff Edition", "… – Draft" name none)."""
    found = _LAST_DASH.match(title.strip())
    if found is None or not _ABOUT_AI_OR_POLICY.search(found.group("head")):
        return ""
    name = found.group("name").strip(_SEPARATORS)
    words = name.split()
    if _ABOUT_AI_OR_POLICY.search(name) or not _is_name(name):
        return ""
    if not all(word[:1].isupper() or word[:1].isdigit() or word.lower() in _NAME_PARTICLES for word in words):
        return ""
    return name if any(word[:1].isupper() for word in words) else ""


_TOPIC_THEN_NAME = re.compile(r"^(?:over|on|about|rond|omtrent)\s+(?:het\s+gebruik\s+van\s+)?AI\s+[–—-]\s+(.+)$", re.I)


_YEAR_AT_END = re.compile(r"\s*\(?(?:19|20)\d\d\)?$")
_AI_NOUN_AT = re.compile(
    r"^(?:[^:–—]{2,40}:\s+)?"  # "Veelgestelde vragen: AI bij X", "AI op OBS De Vlinder"
    r"(?:AI(?:[\s-]*(?:tools|gebruik|use))?|how\s+we\s+use\s+AI|hoe\s+(?:wij|we)\s+AI\s+gebruiken)\s+(?:at|bij|op)\s+(.+)$",
    re.IGNORECASE,
)
_AI_DASH = re.compile(r"^(?=.*\bAI\b).{2,60}?\s+[–—-]\s+(.+)$")
"""A title about AI with a name after a dash: "Zo gaan wij om met AI – Dierenkliniek De Hoef"."""
_PAGE_KIND = (
    r"(?:do'?s\s+(?:and|&)\s+don'?ts|FAQs?|frequently\s+asked\s+questions|veelgestelde\s+vragen|Q\s?&\s?A"
    r"|vragen\s+en\s+antwoorden|vraag\s+en\s+antwoord|questions\s+and\s+answers)"
)
"""What kind of page it is, as a title says beside its topic or its organisation."""
_KIND_AT_END = re.compile(r"(?<!\bAI)(?:\s+[–—-]|\s*:)\s+" + _PAGE_KIND + r"[.!]?$", re.IGNORECASE)
"""The page's kind after the last dash or colon of a title: "AI-beleid – FAQ", "AI-beleid van X: veelgestelde
vragen" ("X – AI: FAQ" keeps it: the name comes before the kind of page about AI)."""
_ONLY_THE_KIND = re.compile(_PAGE_KIND + r"[.!]?", re.IGNORECASE)
_NAME_DASH_AI = re.compile(
    r"^(.{2,60}?)\s+[–—-]\s+(?:how\s+we\s+(?:use|work\s+with)\s+AI|hoe\s+(?:wij|we)\s+(?:AI\s+gebruiken|omgaan\s+met\s+AI|met\s+AI\s+omgaan)"
    r"|(?:zo|hoe)\s+(?:gaan|werken)\s+(?:wij|we)\s+(?:om\s+)?met\s+AI(?:\s+om)?"
    r"|(?:our\s+)?AI\s+(?:rules|agreements)|(?:onze\s+)?AI-afspraken|(?:onze\s+)?afspraken\s+over\s+AI"
    r"|(?:our\s+|onze\s+)?AI[\s-]+(?:memo|notitie|note)"
    r"|AI[\s:-]+" + _PAGE_KIND + r"|" + _PAGE_KIND + r"\s+(?:about|on|over|for|with|of)\s+AI"
    r"|(?:using|working\s+with|werken\s+met|(?:the\s+)?use\s+of|(?:het\s+)?gebruik\s+van)\s+"
    r"(?:generative\s+|generatieve\s+)?AI(?:\s+(?:at|in|on|op|bij|within|binnen)(?:\s+(?-i:[a-z])[\w'’-]*){1,4})?"
    r"|(?:generative\s+|generatieve\s+)?AI\s+(?:at|in|on|op|bij|within|binnen)(?:\s+(?-i:[a-z])[\w'’-]*){1,4})\.?$",
    re.IGNORECASE,
)
"""A name, then a dash and what the page is about: "Drukkerij Lindeboom – how we use AI", "Oostpoort Locksmiths –
AI do's and don'ts", "Bakkerij Van Dam – veelgestelde vragen over AI", "Quillstack – AI at work", "Bakkerij Jansen –
AI op het werk", "Kestrel Physiotherapy – Using AI at work", "X – werken met AI", "Harbour Café – AI memo",
"Architectenbureau Lijn & Licht — zo gaan we om met AI"."""
_SUBTITLE = re.compile(r"\s*[:|·]\s+|\s+[–—-]\s+")
_NAME_PARTICLES = frozenset("van der den de het la le du von and en & of".split())
_NOT_AN_ORGANISATION = frozenset("work werk school home thuis office kantoor".split())
"""Where AI is used, not whose: "AI Tools at Work"."""


def organisation_after_ai_noun(title: str) -> str:
    """A title without a policy word that says whose AI use it is about: "AI tools at Example Ltd", "AI-tools
    bij Bakkerij De Vries" (a subtitle after a colon or dash is no part of the name); "" unless what follows
    'at'/'bij' is a name of capitalised words ("AI tools at work", "AI-gebruik bij het onderwijs")."""
    found = _AI_NOUN_AT.match(title.strip()) or _NAME_DASH_AI.match(title.strip()) or _AI_DASH.match(title.strip())
    if found is None:
        return _name_before_ai_memo(title)
    name = _SUBTITLE.split(found.group(1), maxsplit=1)[0].strip(_SEPARATORS)
    words = name.split()
    capitalised = all(word[:1].isupper() or word[:1].isdigit() or word.lower() in _NAME_PARTICLES for word in words)
    if not capitalised or name.lower() in _NOT_AN_ORGANISATION or not _is_name(name):
        return ""
    return name


_NAME_AI_MEMO = re.compile(r"^(?P<name>[^:–—|]{2,60}?)\s+AI[\s-]*(?:memo|notitie|note|nota)\.?$", re.IGNORECASE)


def _name_before_ai_memo(title: str) -> str:
    """ "Harbour Café AI memo", "Bakkerij Jansen AI-notitie": the name before the memo's words, without a dash, when
    it is surely a name: two or more capitalised words, or one with a capital or digit inside ("BetaNYC"); "Onze
    AI-memo", "Team AI memo", "Kitchen AI memo" name no one."""
    found = _NAME_AI_MEMO.match(title.strip())
    if found is None:
        return ""
    name = found.group("name").strip(_SEPARATORS)
    words = name.split()
    if not all(word[:1].isupper() or word[:1].isdigit() or word.lower() in _NAME_PARTICLES for word in words):
        return ""
    one_brand = len(words) == 1 and any(char.isupper() or char.isdigit() for char in name[1:])
    return name if (len(words) >= 2 or one_brand) and _is_name(name) else ""


def _after_last_lead(rest: str, leads_to: tuple[str, ...]) -> str:
    """What follows the last 'van'/'for'/'at' ("… voor medewerkers van Bakkerij X" -> "Bakkerij X"; after a
    topic, "on the use of AI at Acme", only 'at'/'bij'); the part after a leading 'AI-gebruik' when there is
    no such word ("AI-gebruik Gemeente Oss" -> "Gemeente Oss")."""
    words = rest.split()
    leads = [n for n, word in enumerate(words) if word in leads_to]  # ("Bakkerij Van der Heijden": a name)
    for lead in reversed(leads):
        after = " ".join(words[lead + 1 :])
        if _is_name(after):
            return after
    if leads and leads_to != _TITLE_LEADS:
        return " ".join(words[leads[-1] + 1 :])
    if rest.lower().startswith(_TOPIC_LEADS):
        return ""
    while words and words[0].lower().strip("()") in _NOT_A_NAME and words[0][:1].islower():
        words.pop(0)
    while words and words[0].lower() in ("ai-gebruik", "ai", "(ai)", "gebruik", "use", "usage"):
        words.pop(0)
    return " ".join(words)


def _before_ai_word(before: str) -> str:
    """ "BetaNYC AI" in "BetaNYC AI Policy": the name before the AI word, without what says whom it is for or
    whose it is ("Riverbend Primary School – Staff AI Guidelines", "Tandartspraktijk Glimlach — onze AI-afspraken")."""
    words = before.split()
    while words and words[-1].lower().rstrip("-") in ("ai", "(ai)", "use", "usage", "gebruiks", "ai-gebruiks"):
        words.pop()
    if len(words) == len(before.split()):
        return ""
    while words and (words[-1].lower() in _NOT_A_NAME or not words[-1].strip(_SEPARATORS)):
        words.pop()
    return " ".join(words)


def _is_name(name: str) -> bool:
    """A name, as a title gives it: capitalised, short, and not only words that say what or whom the policy
    is about ("Staff", "Generative AI", "het gebruik van AI")."""
    if _ONLY_THE_KIND.fullmatch(name.strip()):
        return False  # "AI – FAQ": what kind of page it is, not whose
    words = [word.lower().strip("(),“”\"'") for word in name.split()]
    capitalised = bool(name) and (name[0].isupper() or name[0].isdigit())
    kind_first = bool(words) and words[0] in _ORGANISATION_KINDS and any(w[:1].isupper() for w in name.split()[1:])
    if not (capitalised or kind_first) or not looks_like_name(name):
        return False  # ("gemeente Lindewaard": the kind of organisation in lower case, then its name)
    return not all(word in _NOT_A_NAME for word in words) and not any(word in _NOT_IN_A_NAME for word in words)


def is_title_line(text: str) -> bool:
    """ "AI-beleid van X", "AI usage policy": the policy word among the first words (not "Dit beleid geldt …")."""
    words = text.split()
    opening = " ".join(words[:3]).lower()
    return (
        labels.says_policy(opening)
        and len(words) <= 10
        and labels.classify(text) is None
        and not opening.startswith(("dit ", "this ", "het ", "the ", "ons ", "our ", "deze "))
    )


def is_question(text: str, italic: bool) -> bool:
    """The template's question for a field, or another italic question: a prompt, not an answer. An answer
    typed over the question often keeps its italics, so italic text alone is not enough."""
    return labels.is_prompt(text) or (italic and text.rstrip().endswith("?"))


_ABBREVIATION = re.compile(r"\b(?:co|ltd|inc|corp|st|dr|mr|mrs|ms|mw|dhr|b\.v|n\.v|v\.o\.f|[a-z])\.(?=\s)", re.I)


def looks_like_name(text: str) -> bool:
    """A short line under the title, not a sentence: "Bakkerij De Vries B.V." yes, the template's intro no."""
    plain = _ABBREVIATION.sub("", text)  # "Crumb & Co. Bakery Ltd": an abbreviation's dot ends no sentence
    return 0 < len(text) <= 80 and len(text.split()) <= 8 and ". " not in plain and not text.endswith(("?", "!", ":"))


def rule_item(text: str, kind: str) -> Any:
    """A template rule word for word is its id (as ``- id: concepten``); one that starts with a template rule's
    words and goes on is that id with the author's text; anything else is free text."""
    text = labels.item_text(text)
    if not text:
        return None
    rule_id = labels.template_rule_id(text)
    if rule_id:
        return {"id": rule_id}
    lead = labels.template_rule_lead(text, kind)
    if lead:
        return {"id": lead, "tekst": text}
    return {"id": text} if _SLUG.match(text) else text  # "geen-persoongegevens": an id, perhaps misspelt


def cell_value(text: str) -> str | None:
    text = " ".join(text.split())
    if not text or labels.is_prompt(text):
        return None
    return _CELL_MARKS.get(text, text)
