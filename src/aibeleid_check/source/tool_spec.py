"""A tool or a contact written on one line, as people write them in a document.

Tools: "Microsoft 365 Copilot — verwerkersovereenkomst: ja, persoonsgegevens: ja", "DeepL Pro
(verwerkersovereenkomst aangevraagd)", "ChatGPT Team - DPA: yes - personal data: no", "Claude (geen
persoonsgegevens)". Contacts: "Marieke de Vries (directeur) · marieke@example.nl · 010 123 45 67".

Values stay the author's text (``ja``, ``aangevraagd``, ``misschien``): the model reads them, so a wrong
value is the same finding as in YAML. Each function also returns where each part starts in the text.
"""

from __future__ import annotations

import re
from typing import Any

from aibeleid_check.source.catalogue_names import names_catalogue_tool
from aibeleid_check.source.contact_text import (
    EMAIL,
    EXTENSION,
    LEAD,
    contact_in_sentence,
    keep_first_name,
    looks_like_sentence,
    possessive_role,
    role_and_name,
    role_in_sentence,
    shown_first_name,
    title_only,
)
from aibeleid_check.source.labels import CONTACT_PARTS, TOOL_COLUMNS
from aibeleid_check.source.negation import NEGATED, SAYS_ABSENT
from aibeleid_check.values import AGREEMENT_SYNONYMS, NO_WORDS, YES_WORDS, signing_state

_BARE_AGREEMENT_WORDS = ("agreement", "overeenkomst")  # a column's name; in a tool's line see _BARE_AGREEMENT
_ATTRIBUTE_WORDS = sorted(
    (
        (word, key)
        for key, words in TOOL_COLUMNS
        if key != "naam"
        for word in words
        if (len(word) > 3 or word == "dpa") and word not in _BARE_AGREEMENT_WORDS
    ),
    key=lambda pair: -len(pair[0]),
)
_ATTRIBUTE = re.compile(
    r"(?:\b(geen|zonder|met|no|without|with)\s+)?(?:\bdata\s+(?=processing\s))?\b("
    + "|".join(re.escape(word) for word, _ in _ATTRIBUTE_WORDS)
    + r")\b",
    re.IGNORECASE,
)
_KEY_OF = {word: key for word, key in _ATTRIBUTE_WORDS} | {
    "agreement": "verwerkersovereenkomst",
    "overeenkomst": "verwerkersovereenkomst",
}
_BARE_AGREEMENT = (  # "Grammarly Business (no agreement, …)", "Canva – no agreement, …", "Canva (agreement signed)"
    re.compile(r"\b(geen|zonder|no|without)\s+(agreement|overeenkomst)\b", re.IGNORECASE),
    re.compile(r"(?:(?<=[(–—,;|·])|(?<=[(–—,;|·-]\s))()(agreement|overeenkomst)\b", re.IGNORECASE),
)
"""The word "agreement" alone is a tool's detail only where the details start or when it is denied: in "Rental
agreement tool" it is part of the name."""
_SEPARATORS = " \t:–—-|·,;()"
_NEGATIONS = ("geen", "zonder", "no", "without")
_PHONE = re.compile(r"^(?:\+|0)[\d\s().\-–]{8,}\d$")
_CONTACT_SPLIT = re.compile(  # (a dash between digits is part of a phone number: "024 – 361 11 11")
    r"\s+[·|]\s+|(?<!\d)\s+[-—–]\s+|\s+[-—–]\s+(?!\d)|\s*[;,]\s+|(?<=\w):\s+"
    r"|\s+(?:at|via|op|on|or|of)\s+(?:(?:bel|call|mail)\s+)?(?=[\w.+-]+@|[+0]\d)"
)
_CHANNEL = re.compile(r"\s*,?\s+(?:in|on|op|via)\s+#[\w-]+(?:\s+(?:or|of)(?:\s+(?:at|via|op|on))?)?(?=\s)")
_ROLE = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")
_SENTENCE_DOT = re.compile(r"(?<=[a-z0-9])\.$")


def parse_tool(text: str) -> tuple[dict[str, Any], dict[str, int]]:
    """The tool's fields and, per field, the 0-based offset of its value in ``text``."""
    only = _TOOLS_LEAD.match(text)  # "Alleen ChatGPT, en dan zonder persoonsgegevens.", "We only use Copilot …"
    tool, offsets = _tool_fields(text[only.end() :] if only else text)
    shift = only.end() if only else 0
    return tool, {key: offset + shift for key, offset in offsets.items()}


def _tool_fields(text: str) -> tuple[dict[str, Any], dict[str, int]]:
    tool, offsets = _named_fields(text)
    name = tool.get("naam", "")
    signed = _SIGNED_ASIDE.search(name)
    if signed and signing_state(signed.group(1)) and "verwerkersovereenkomst" not in tool:
        tool["naam"] = name[: signed.start()].rstrip()  # "ChatGPT Team (signed)": its agreement, not its plan
        tool["verwerkersovereenkomst"] = signed.group(1).strip()
        offsets["verwerkersovereenkomst"] = text.find(signed.group(1))
    return tool, offsets


_SIGNED_ASIDE = re.compile(r"\s*\(([^()]+)\)$")


def _named_fields(text: str) -> tuple[dict[str, Any], dict[str, int]]:
    found = _attributes(text)
    if not found:
        note = _NEXT_SENTENCE.search(outside_brackets(text))
        text = text[: note.start()] if note else text  # "Copilot with the club's account. Other tools only …"
        name = _SENTENCE_DOT.sub("", _TRAILING_CONNECTOR.sub("", text.strip(" \t–—-|·,;:")))
        offsets = {"naam": _offset(text, name)}
        name = _account_in_brackets(name)
        return ({"naam": name} if name else {}), offsets
    raw = text[: found[0][0]]
    clause = _DETAIL_CLAUSE.search(raw)
    raw = raw[: clause.start()] if clause else raw  # "ChatGPT Team, for which we have a processing agreement, …"
    name = _TRAILING_CONNECTOR.sub("", raw.strip(_SEPARATORS).strip())
    if name.count("(") > name.count(")"):
        if raw.rfind(")") > raw.rfind("("):
            name += ")"  # "Microsoft 365 Copilot (business licence) — DPA: yes": the aside is the name's
        else:
            name = _aside_before_details(name, raw)
    offsets = {"naam": _offset(text, name)} if name else {}
    name = _account_in_brackets(name)
    tool: dict[str, Any] = {"naam": name} if name else {}
    for start, key, value in found:
        if key not in tool:
            tool[key] = value
            offsets[key] = start
    return tool, offsets


def _aside_before_details(name: str, raw: str) -> str:
    """A tool whose aside opens with its plan or account and goes on with its details: "ChatGPT (free version,
    without personal data)" is "ChatGPT (free version)", "Copilot (zakelijk account, verwerkersovereenkomst
    afgesloten)" "Copilot (zakelijk account)"; an aside that only gives details ("Copilot (er is een
    verwerkersovereenkomst …)", "DeepL Pro (signed DPA, …)") is no part of the name."""
    head, _, inner = name.rpartition("(")
    inner = inner.strip(_SEPARATORS)
    if not inner or len(inner.split()) > _MAX_ASIDE_WORDS or _VALUE_BEFORE.search(raw) or _CLAUSE_VERB.search(inner):
        return head.rstrip()  # ("Copilot (de stichting heeft geen verwerkersovereenkomst …)": a clause, no plan)
    return f"{head.rstrip()} ({inner})"


_CLAUSE_VERB = re.compile(r"\b(?:heeft|hebben|has|have|is|zijn|are|wordt|worden)\b", re.IGNORECASE)


_MAX_ASIDE_WORDS = 4
_DETAIL_CLAUSE = re.compile(r",\s+(?:for\s+which|with\s+which|which|waarvoor|waarmee|waarbij)\s+", re.IGNORECASE)
"""A clause after a tool that gives its details ("ChatGPT Team, for which we have a processing agreement, and you
may not enter personal data into it")."""

# The account or environment a tool is used with ("Microsoft 365 Copilot with our work account", "… met het
# werkaccount van de club", "… in the church's Microsoft 365 account", "… binnen de gemeentelijke omgeving"): no
# sign of a sentence, and a detail of the tool's name, written in brackets after it like "Microsoft 365 Copilot
# (werkaccount)".
_ACCOUNT_TAIL = re.compile(
    r"\s+(?:with|via|through|using|on|under|in|within|met|op|onder|vanuit|binnen)\s+"
    r"(?:your|our|the|a|an|je|jouw|ons|onze|uw|de|het|een)\s+(?:[\w-]+['’]s\s+)?"
    r"(?:own\s+|eigen\s+)?(?:[\w-]+\s+){0,2}(?:[\w-]*accounts?|login|licen[cs]e|subscription"
    r"|abonnement|licentie|tenant|[\w-]*omgeving|environment)\b[^()]*$",
    re.IGNORECASE,
)
_ACCOUNT_LEAD = re.compile(
    r"^\s*(?:with|via|through|using|on|under|in|within|met|op|onder|vanuit|binnen)\s+"
    r"(?:your|our|the|a|an|je|jouw|ons|onze|uw|de|het|een)\s+",
    re.IGNORECASE,
)


def _account_in_brackets(name: str) -> str:
    """ "Microsoft 365 Copilot met het werkaccount van de club" -> "Microsoft 365 Copilot (werkaccount van de club)"."""
    tail = _ACCOUNT_TAIL.search(name)
    if tail is None or not name[: tail.start()].strip():
        return name
    account = _ACCOUNT_LEAD.sub("", name[tail.start() :]).strip().rstrip(".")
    return f"{name[: tail.start()].rstrip()} ({account})"


_YES_NO_KEYS = ("verwerkersovereenkomst", "persoonsgegevens")
_TRAILING_CONNECTOR = re.compile(r"[\s,]+(?:en\s+dan|and\s+then|en|and|maar|but|dan|then|of|or)$", re.IGNORECASE)


def _attributes(text: str) -> list[tuple[int, str, str]]:
    """(offset, field, value) of each attribute. A word of a text field with nothing after it is part of the
    name ("Microsoft 365 Copilot (business licence)"); a yes/no field's word alone means yes."""
    matches = _attribute_matches(text)
    found: list[tuple[int, str, str]] = []
    for index, match in enumerate(matches):
        end = _aside_end(text, match.end(), matches[index + 1].start() if index + 1 < len(matches) else len(text))
        key = _KEY_OF[match.group(2).lower()]
        value = text[match.end() : end].strip(_SEPARATORS + "=").strip()
        negation = (match.group(1) or "").lower()
        before = _VALUE_BEFORE.search(text, 0, match.start())
        start = match.start()
        clause = _clause_before(text, match.start(), matches[index - 1].end() if index else 0)
        if negation:
            value = "nee" if negation in _NEGATIONS else "ja"
        elif key == "persoonsgegevens" and not _known(value) and clause:
            value = clause  # "…, and you may not enter personal data into it": what the clause says of it
        elif before is not None and key in _YES_NO_KEYS:
            value, start = before.group(1), before.start(1)  # "(signed DPA, …)": the value before its word
            value = "ja" if _THERE_IS.match(value) else value  # "(er is een verwerkersovereenkomst via SIVON)"
        elif not value and key not in _YES_NO_KEYS:
            continue
        elif not value:
            value = "ja"  # "DeepL Pro, met verwerkersovereenkomst" / "(verwerkersovereenkomst)"
        if key in _YES_NO_KEYS:
            value = _ALLOWED.get(value.lower(), value)
        found.append((start, key, value))
    return found


def _aside_end(text: str, at: int, end: int) -> int:
    """Where the value of an attribute at ``at`` ends: at the next attribute, or at the bracket that closes the
    aside it stands in ("(verwerkersovereenkomst getekend met OpenAI)." ends before ")."')."""
    close = text.find(")", at, end)
    return close if close >= 0 and text.count("(", 0, at) > text.count(")", 0, at) else end


def _attribute_matches(text: str) -> list[re.Match[str]]:
    """Each attribute word in ``text``, with the bare "agreement" of a tool's details, in their order."""
    matches = list(_ATTRIBUTE.finditer(text))
    for pattern in _BARE_AGREEMENT:
        for bare in pattern.finditer(text):
            if not any(bare.start() < match.end() and match.start() < bare.end() for match in matches):
                matches.append(bare)
    return sorted(matches, key=lambda match: match.start())


_CLAUSE_YES = re.compile(r"\b(?:may|mag|mogen|can|kan|kunnen|kun|allowed|toegestaan|permitted)\b", re.IGNORECASE)


def _clause_before(text: str, at: int, since: int) -> str:
    """What the clause before a yes/no word says of it: "nee" for "… and you may not enter (personal data)", "ja"
    for "… and you may enter (client data)", "" for no such clause."""
    begin = max(since, *(text.rfind(mark, 0, at) + 1 for mark in ",;("))
    clause = text[begin:at]
    if SAYS_ABSENT.search(clause):
        return "nee"
    return "ja" if _CLAUSE_YES.search(clause) else ""


def cell_detail(key: str, text: str) -> str:
    """A tools table's yes/no cell in its author's words: "no player data" under "Personal data" is *nee*, as
    "(no player data)" after a tool's name is; a value the field takes as it stands stays as written."""
    if key not in _YES_NO_KEYS or _known(text):
        return text
    said = [value for _, field, value in _attributes(text) if field == key]
    return said[0] if len(said) == 1 and _known(said[0]) else text


def _known(value: str) -> bool:
    """A value a yes/no or agreement field can take as it stands ("yes", "nee", "signed", "toegestaan")."""
    text = value.lower().strip(" .")
    return text in YES_WORDS or text in NO_WORDS or text in AGREEMENT_SYNONYMS or text in _ALLOWED


_HAS_ONE = (
    r"(?:er\s+is\s+een|there\s+is\s+a"
    r"|(?:(?:met|with)\s+(?-i:[A-Z])[\w.-]*\s+)?(?:we|wij)\s+(?:have|hebben)\s+(?:(?:signed|concluded)\s+)?(?:a|an|een)"
    r"|(?:met|with)\s+(?-i:[A-Z])[\w.-]*\s+(?:hebben|have)\s+(?:we|wij)\s+(?:a|an|een)"
    r"|(?:de|het|the|our|onze|ons)\s+[\w-]+\s+(?:heeft|has)\s+(?:(?:signed|concluded)\s+)?(?:a|an|een))"
    r"(?:\s+getekende)?"
)
"""Who has the agreement, before its word: "er is een", "we have (signed) a", "met OpenAI hebben we een", "de
stichting heeft een", "the school has a" (the value is *ja*)."""
_VALUE_BEFORE = re.compile(
    r"\b(signed|getekend|ondertekend|afgesloten|pending|requested|aangevraagd|active|actief|" + _HAS_ONE + r")\s+$",
    re.IGNORECASE,
)
_THERE_IS = re.compile(r"^" + _HAS_ONE + r"$", re.IGNORECASE)
_ALLOWED = {"allowed": "ja", "toegestaan": "ja", "permitted": "ja", "not allowed": "nee", "niet toegestaan": "nee"}


_NAME_LIST = re.compile(r",\s+|;\s+|\s+(?:en|and)\s+")
_SENTENCE_WORDS = frozenset(
    "we wij ik je jij u our you staff medewerkers gebruiken gebruik use uses used mag mogen may can kan is zijn are"
    " alleen only".split()
)
_MAX_NAME_WORDS = 5
_MAX_NAMES_LINE = 300  # a line of tool names is short; a longer paragraph is prose (and stays linear to read)


def tools_in_sentence(sentence: str) -> list[tuple[str, int]]:
    """The tools a sentence outside the sections states as the approved ones ("The only approved tools are
    Microsoft 365 Copilot (…) and ChatGPT Team (…).", "We only use …"), as :func:`tool_parts`, or the products
    it permits by name ("Bij Knip mag iedereen ChatGPT Team gebruiken voor …", "Staff may use Microsoft 365
    Copilot and DeepL Pro for …"), or a tool of the catalogue we use ("We use ChatGPT Team under …"); ``[]`` for
    any other sentence."""
    if _TOOLS_SENTENCE.match(sentence) or _WE_USE.match(sentence) and names_catalogue_tool(sentence):
        return tool_parts(sentence)
    return _permitted_tools(sentence)


_WE_USE = re.compile(r"^(?:we|wij)\s+(?:use|gebruiken|werken\s+met)\s+(?=[A-Z])(?!AI\b|AI-)", re.IGNORECASE)
"""The tools we use, named ("We use ChatGPT Team under the company account (DPA signed, …)."): a tools sentence when
it names a tool of the catalogue ("We use AI for drafts" names none)."""


_PERMITS_USE = re.compile(
    r"\b(?:may|can|are\s+allowed\s+to|is\s+allowed\s+to)\s+(?:only\s+|also\s+)?use\s+(?P<en>[A-Z][^.;:!?]*?)"
    r"(?=\s+(?:for|to|when|with|as|in|on|at|if|during)\b|\s*[.;:!?]|\s*$)"
    r"|\b(?:mag|mogen)\s+(?:(?:je|jij|u|jullie|iedereen|we|wij|alle\s+\w+|medewerkers|collega's)\s+)?"
    r"(?:(?:alleen|ook|uitsluitend)\s+)?(?P<nl>[A-Z][^.;:!?]*?)\s+(?:gebruiken|inzetten)\b"
)
_GENERIC_AI = re.compile(r"^(?:AI|A\.I\.|GenAI|Generative|Generatieve|AI-\w+|Artificial|Kunstmatige)\b")


def _permitted_tools(sentence: str) -> list[tuple[str, int]]:
    """The products a permission names: each a name of capitalised words ("ChatGPT Team", "Microsoft 365
    Copilot"), never AI in general ("You may use AI for drafts") and never in a negated sentence."""
    found = _PERMITS_USE.search(sentence)
    if found is None or NEGATED.search(sentence[: found.end()]):
        return []  # ("You may use ChatGPT Team, but never with names": what follows is the permission's limit)
    group = "en" if found.group("en") is not None else "nl"
    names, start = found.group(group), found.start(group)
    parts = tool_parts(names) or [(names, 0)]
    tools: list[tuple[str, int]] = []
    for name, offset in parts:
        words = _BRACKETS.sub("", name).split()
        if not words or len(words) > _MAX_NAME_WORDS or _GENERIC_AI.match(name):
            return []
        if not all(word[:1].isupper() or word[:1].isdigit() for word in words):
            return []
        tools.append((name, start + offset))
    return tools


def tool_parts(text: str) -> list[tuple[str, int]]:
    """The tools a paragraph lists, each as its own text with its offset: names ("Microsoft Copilot (zakelijk
    account) en DeepL Pro."), with their details in brackets ("The only approved tools are Microsoft 365
    Copilot (signed DPA, client data allowed) and CCH AnswerConnect AI (signed DPA, no client data)."); ``[]``
    for one tool, or for a line that says more than a list of tools."""
    if len(text) > _MAX_NAMES_LINE:
        return []
    lead = _TOOLS_LEAD.match(text)
    begin = lead.end() if lead else 0
    body = _TOOLS_TRAILER.sub("", text[begin:].rstrip().removesuffix("."))
    if lead and (note := _NEXT_SENTENCE.search(outside_brackets(body))):
        body = body[: note.start()]  # "Only ChatGPT Team and Canva. Nothing on your personal account.": a note
    clause = _DETAIL_CLAUSE.search(outside_brackets(body)) if lead else None
    details = body[clause.start() :] if clause else ""  # ", for which we have a processing agreement, …"
    parts: list[tuple[str, int]] = []
    start = begin
    for part in _split_outside_brackets(body[: len(body) - len(details)]):
        tool = part.strip(" \t–—-|·,;:")
        outside = _ACCOUNT_TAIL.sub("", _BRACKETS.sub("", tool))  # "Copilot with our work account (…)": one tool
        words = outside.lower().split()
        sentence_like = bool(_SENTENCE_WORDS & set(words)) and not (lead and not parts)  # ("met je schoolaccount")
        if not tool or not words or len(words) > _MAX_NAME_WORDS or tool[0].islower() or sentence_like:
            if lead and parts and tool[:1].isupper():
                break  # "We gebruiken alleen Copilot (…) en Magister heeft geen AI-functies": the tools come first
            return []  # "We gebruiken Copilot en DeepL", "… en Magister heeft geen AI-functies": a sentence
        if _attributes(outside) or _GENERIC_AI.match(tool):
            return []  # "DeepL Pro, met verwerkersovereenkomst": one tool and its details; "alleen AI voor …": no tool
        parts.append((tool, text.find(tool, start)))
        start = parts[-1][1] + len(tool)
    if details and parts:  # the clause gives the details of the tool right before it
        _, at = parts[-1]
        parts[-1] = (text[at : begin + len(body)], at)
    return parts if len(parts) > 1 or lead else []


_BRACKETS = re.compile(r"\([^()]*\)")


def outside_brackets(text: str) -> str:
    """``text`` with each bracketed aside blanked out, its length kept, so that a search finds only what stands
    outside the brackets and its positions hold in ``text``."""
    return _BRACKETS.sub(lambda match: "x" * len(match.group()), text)


_GENERIC_TOOLS = frozenset(
    """tool tools ai-tool ai-tools programma programma's programmas programs programmes software app apps applicaties
    applications toepassingen systemen systems diensten services ai-programma's""".split()
)
_DETERMINERS = frozenset("de het the all alle any elke every onze our only alleen".split())


def describes_tools(name: str) -> bool:
    """A text that says which tools rather than naming one ("de programma's die ICT heeft goedgekeurd", "the tools
    that IT has approved", "All tools approved by IT"): no tool's name ("the free version of DeepL" is one)."""
    words = [word.strip(".,;:()").lower() for word in name.split()]
    return bool(words) and words[0] in _DETERMINERS and any(word in _GENERIC_TOOLS for word in words[1:])


_NEXT_SENTENCE = re.compile(r"[.!]\s+(?=[A-Z])")
_ONLY_WORD = r"(?:uitsluitend|alleen|only)"
"""The word that says these tools and no others, after the verb ("We gebruiken uitsluitend …", "We use only
…") or leading the line ("Alleen ChatGPT …"); the lead below cuts it off, the tools sentence needs it."""
_ONLY = re.compile(r"^" + _ONLY_WORD + r"\s+(?=[A-Z])", re.IGNORECASE)
_FOR_IT = r"(?:(?:hiervoor|daarvoor|hierbij|daarbij|voor\s+(?:dit|dat|deze)\s+werk|for\s+this|for\s+that)\s+)?"
"""What the tools are used for, between the verb and "only": "We gebruiken hiervoor alleen ChatGPT Team …"."""
_WE_WORK = r"(?:we|wij|(?:de|het|onze|ons|the|our)\s+[\w-]+)\s+(?:werken|werkt)"
"""Who works with the tools only: "We werken alleen met …", "De afdeling werkt uitsluitend met …"."""
_APPROVED = r"(?:approved|allowed|toegestane|goedgekeurde)"
_APPROVED_ARE = (
    r"^(?:goedgekeurd|toegestaan|approved|allowed)\s+(?:zijn|is|are)\s*:?\s+(?:" + _ONLY_WORD + r"\s+)?(?=[A-Z])"
)
"""The verb before the tools ("Goedgekeurd zijn Microsoft 365 Copilot (…) en Good Tape (…).", "Toegestaan zijn
uitsluitend …")."""
_APPROVED_BY_US = (
    r"(?:(?:that|which|die|dat)\s+)?(?:we|wij)\s+(?:have\s+|hebben\s+)?(?:approved|allowed|goedgekeurd|toegestaan)"
    r"(?:\s+hebben)?\s+"
)
"""Who approved them, between the tools and their verb: "The only tool we have approved is …", "De enige tool
die we hebben goedgekeurd is …"."""
_USED_BY_US = r"(?:(?:that|which|die)\s+)?(?:we|wij)\s+(?:use|gebruiken)\s+(?=(?:are|is|zijn)\b)"
"""The tools named by their use, between the tools and their verb: "The tools we use are …", "De tools die we
gebruiken zijn …"."""
_USE_ONLY = (
    r"^(?:(?:use|gebruik)\s+"
    + _ONLY_WORD
    + r"|only\s+use|"
    + _WE_WORK
    + r"\s+"
    + _ONLY_WORD
    + r"\s+met)\s+(?=[A-Z])(?!AI\b|AI-)"
)
"""An order or a statement that names the only tools: "Use only ChatGPT Team …", "Gebruik alleen Microsoft 365
Copilot met je werkaccount.", "We werken alleen met Microsoft 365 Copilot via ons zakelijke account."."""
_FOLLOWING_APPROVED = (
    r"^(?:the\s+following|de\s+volgende)\s+(?:ai[\s-]+)?tools?\s+(?:are|is|zijn|worden)\s+"
    r"(?:approved|allowed|permitted|toegestaan|goedgekeurd)\s*:?\s+(?=[A-Z])"
)
"""A list announced first: "The following tools are approved: X (…) and Y (…)."."""
_TOOLS_LEAD = re.compile(
    r"^(?:the\s+|de\s+)?(?:only\s+|enige\s+)?(?:" + _APPROVED + r"\s+)?(?:ai[\s-]+)?tools?\s+"
    r"(?:" + _APPROVED_BY_US + r"|" + _USED_BY_US + r")?"
    r"(?:are|is|zijn|we\s+use)\s*:?\s+|^(?:we|wij|jullie|you|je|u)\s+(?:only\s+)?(?:use|gebruiken|gebruikt)\s+"
    + _FOR_IT
    + r"(?:"
    + _ONLY_WORD
    + r"\s+)?"
    r"|"
    + _USE_ONLY
    + r"|"
    + _ONLY.pattern
    + r"|"
    + _APPROVED_ARE
    + r"|"
    + _FOLLOWING_APPROVED
    + r"|^"
    + _WE_WORK
    + r"\s+met\s+(?=[A-Z])(?!AI\b|AI-)",  # "We werken met DeepL Pro (…) en …" under the tools
    re.IGNORECASE,
)
# (_USE_ONLY before _ONLY: "Only use GitHub Copilot …" is cut after "use", not after "Only" alone)
# Not _TOOLS_LEAD: that is the lead-in cut off a line under a tools heading, where the heading already says
# these are the approved tools; a sentence outside the sections states them only when it says "approved" or
# "only" itself, and may go on after the word "tools" ("The approved tools for client work are …").
_TOOLS_SENTENCE = re.compile(
    r"^(?:the\s+|de\s+)?(?:only\s+|enige\s+)?" + _APPROVED + r"\s+(?:ai[\s-]+)?tools?\s"
    r"|^(?:the\s+|de\s+)?(?:only\s+|enige\s+)?(?:ai[\s-]+)?tools?\s+"
    + r"(?:"
    + _APPROVED_BY_US
    + r"|"
    + _USED_BY_US
    + r"(?:are|is|zijn)\s)"
    + r"|"
    + _USE_ONLY
    + r"|^(?:we|wij)\s+(?:only\s+use|(?:use|gebruiken)\s+"
    + _FOR_IT
    + _ONLY_WORD
    + r")\s|"
    + _APPROVED_ARE
    + r"|"
    + _FOLLOWING_APPROVED,
    re.IGNORECASE,
)
_TOOLS_TRAILER = re.compile(
    r"(?<!,)\s+(?:for|voor|om|when|wanneer|bij)\s+(?!which\b|whom\b)(?-i:[a-z])[^(),]*$|"  # "… and Canva's AI features for images": what for
    r"\s+(?:mogen|mag|may|can)\s+(?:worden\s+|be\s+)?(?:gebruikt|used)$|\s+(?:zijn|is|are)\s+(?:toegestaan|allowed|approved|goedgekeurd)$",
    re.IGNORECASE,
)


_AGREEMENT_WORD = re.compile(
    r"\b(?:verwerkersovereenkomst(?:en)?|(?:data\s+)?processing\s+agreements?|dpa|verwerkersovereenkomsten)\b",
    re.IGNORECASE,
)
_LATER_CLAUSE = re.compile(r",\s+(?:maar|but|en|and|want|because)\s+|;\s*|\s+(?:maar|but)\s+", re.IGNORECASE)
_REQUESTED = re.compile(r"\b(?:aangevraagd|requested|pending|in\s+aanvraag|applied\s+for)\b", re.IGNORECASE)
_HAVE = re.compile(
    r"\b(?:have|has|hebben|heeft|afgesloten|getekend|ondertekend|signed|concluded|in\s+place|there\s+is|er\s+is"
    r"|is\s+er)\b",
    re.IGNORECASE,
)


def details_in_sentence(sentence: str, names: list[str]) -> tuple[int, dict[str, str], dict[str, int]] | None:
    """What a sentence after the tools says of one of them ("Voor ChatGPT Team hebben we een verwerkersovereenkomst
    met OpenAI afgesloten, maar …"): (the tool's index in ``names``, its agreement and personal-data values,
    their offsets in ``sentence``); ``None`` unless it names exactly one of the tools and says one of those."""
    named = [n for n, name in enumerate(names) if name and _mentions(sentence, name)]
    if not named:  # "Met Microsoft hebben we een verwerkersovereenkomst": the vendor of the one product it makes
        named = [n for n, name in enumerate(names) if (vendor := vendor_of(name)) and _mentions(sentence, vendor)]
    if len(named) != 1:
        return None
    said = _said_in(sentence)
    return (named[0], *said) if said is not None else None


def _mentions(sentence: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence, re.IGNORECASE) is not None


_VENDOR_PRODUCTS = {
    "Microsoft": ("Copilot",),
    "OpenAI": ("ChatGPT",),
    "Google": ("Gemini", "NotebookLM"),
    "Anthropic": ("Claude",),
    "GitHub": (),  # (GitHub Copilot is GitHub's, not Microsoft's: its name says so)
}
"""The vendor a sentence names for a product it makes, as a policy says it ("Met Microsoft hebben we een
verwerkersovereenkomst" of Microsoft 365 Copilot)."""


def vendor_of(name: str) -> str:
    """The vendor of the tool ``name``: the vendor its name says ("Microsoft 365 Copilot", "GitHub Copilot"), else
    the maker of the product it names ("Copilot" -> Microsoft, "ChatGPT Team" -> OpenAI); ``""`` when unknown."""
    said = [vendor for vendor in _VENDOR_PRODUCTS if _mentions(name, vendor)]
    if said:
        return said[0]
    return next((v for v, products in _VENDOR_PRODUCTS.items() if any(_mentions(name, p) for p in products)), "")


_ALL_TOOLS = re.compile(
    r"^(?:(?:and|also|en|ook)\s+)?(?:(?:for|voor|with|bij|met)\s+)?(?:both|all|beide|alle|allebei)\b"
    r"(?:\s+(?:of\s+)?(?:these|the|them|those|our|approved|deze|die|de|onze|goedgekeurde|twee|two))*"
    r"(?:\s+(?:ai[\s-]+)?(?:tools?|programs?|programma's|applications?|apps?))?\s+"
    r"(?:have|has|hebben|heeft|we|wij|there|er|is|are|zijn)\b"
    r"|^(?:(?:and|also|en|ook)\s+)?(?:daarvoor|hiervoor|daarvan|for\s+(?:it|this|that)(?:\s+tool)?,?)\s+"
    r"(?:have|has|hebben|heeft|we|wij|there|er|is)\b",
    re.IGNORECASE,
)
"""A sentence about every tool of the list before it: "Both have a processing agreement.", "All approved tools
have a DPA.", "Voor beide tools hebben we een verwerkersovereenkomst.", "Beide hebben een verwerkersovereenkomst."."""
ONE_TOOL = re.compile(r"^\W*(?:(?:and|also|en|ook)\s+)?(?:daarvoor|hiervoor|daarvan|for\s+(?:it|this|that))\b", re.I)
"""The start of a sentence about the one tool before it ("Daarvoor hebben we een verwerkersovereenkomst met
Microsoft.", "For it we have a processing agreement.")."""
BOTH_TOOLS = re.compile(r"^\W*(?:\w+\s+)?(?:both|beide|allebei)\b", re.I)
"""The start of a sentence about two tools ("Both have …", "Voor beide tools …")."""


def shared_details(sentence: str) -> tuple[dict[str, str], dict[str, int]] | None:
    """What a sentence after the tools says of all of them ("Both have a processing agreement.", "Voor beide
    tools hebben we een verwerkersovereenkomst."): their agreement and personal-data values and offsets in
    ``sentence``; ``None`` for a sentence that is not about all of them or says neither."""
    return _said_in(sentence) if _ALL_TOOLS.match(sentence.strip()) else None


def _said_in(sentence: str) -> tuple[dict[str, str], dict[str, int]] | None:
    found: dict[str, str] = {}
    offsets: dict[str, int] = {}
    begin = 0
    for end in [*(m.start() for m in _LATER_CLAUSE.finditer(sentence)), len(sentence)]:
        clause = sentence[begin:end]
        agreement = _AGREEMENT_WORD.search(clause)
        if agreement and "verwerkersovereenkomst" not in found:
            value = (
                "nee" if SAYS_ABSENT.search(clause)
                else "aangevraagd" if _REQUESTED.search(clause)
                else "ja" if _HAVE.search(clause)
                else ""
            )  # fmt: skip
            if value:
                found["verwerkersovereenkomst"], offsets["verwerkersovereenkomst"] = value, begin + agreement.start()
        data = next((m for m in _ATTRIBUTE.finditer(clause) if _KEY_OF[m.group(2).lower()] == "persoonsgegevens"), None)
        if data and "persoonsgegevens" not in found:
            value = "nee" if SAYS_ABSENT.search(clause) else "ja" if _CLAUSE_YES.search(clause) else ""
            if value:
                found["persoonsgegevens"], offsets["persoonsgegevens"] = value, begin + data.start()
        begin = end
    return (found, offsets) if found else None


def _split_outside_brackets(text: str) -> list[str]:
    parts, depth, last = [], 0, 0
    for match in _NAME_LIST.finditer(text):
        depth = text.count("(", 0, match.start()) - text.count(")", 0, match.start())
        if depth == 0:
            parts.append(text[last : match.start()])
            last = match.end()
    return [*parts, text[last:]]


def _offset(text: str, part: str) -> int:
    found = text.find(part) if part else -1
    return max(found, 0)


_ANSWER_PREPOSITION = re.compile(r"^(?:[Bb]ij|[Nn]aar|[Tt]o|[Ww]ith)\s+(?=[A-Z][a-z])")


def parse_contact(text: str) -> tuple[Any, dict[str, int]]:
    """A contact line as the author's text, or as naam/rol/email/telefoon when it holds more than a name (a first
    name in brackets, "mr. K. (Karin) Smits", is part of the name)."""
    contact, offsets = _parse_contact(keep_first_name(text))
    if isinstance(contact, dict):
        return {key: shown_first_name(value) for key, value in contact.items()}, offsets
    return shown_first_name(contact), offsets


def _parse_contact(text: str) -> tuple[Any, dict[str, int]]:
    labelled = _labelled_contact(text)
    if labelled is not None:
        return labelled
    sentence = contact_in_sentence(text) if looks_like_sentence(text) else None
    if sentence is not None:  # "If you are unsure, speak to our Practice Manager, Angela Morris, on …"
        return sentence, {key: _offset(text, value) for key, value in sentence.items()}
    role_only = role_in_sentence(text, asked=True)
    if role_only:  # "Questions? Talk to your supervisor.": the role, and AIB501 says how to reach it is missing
        return {"rol": role_only}, {"rol": _offset(text, role_only)}
    lead = LEAD.match(text.strip())  # "Bel Marieke de Vries, 06-…": the verb leads up to the contact
    line = _SENTENCE_DOT.sub("", text.strip()[lead.end() :] if lead else text.strip())
    line = _ANSWER_PREPOSITION.sub("", line)  # "Bij Sanne Verbeek (eigenaar), …" under "Bij wie kan ik terecht?"
    line = _CHANNEL.sub(",", line)  # "Eero Virtanen, CTO, in #ai-help or at eero@…": the chat channel is no part
    parts = [part.strip() for part in _CONTACT_SPLIT.split(line) if part.strip()]
    contact: dict[str, str] = {}
    for position, part in enumerate(parts):
        if EMAIL.fullmatch(part) and "email" not in contact:
            contact["email"] = part
        elif (_PHONE.match(part) or EXTENSION.fullmatch(part)) and "telefoon" not in contact:
            contact["telefoon"] = part  # (an extension is the phone: "Priya, ext. 4417")
        elif "rol" not in contact and part[:1].islower() and any(p[:1].isupper() for p in parts[position + 1 :]):
            contact["rol"] = part  # "de privacy officer, Jan Bakker": the role first, the name after it
        elif "rol" not in contact and (owned := possessive_role(part)) and _person_follows(parts[position + 1 :]):
            contact["rol"] = owned  # "Our CTO, Sanne Bakker, …": the role, then the person
        elif not contact.keys() & {"rol", "naam"} and title_only(part) and _person_follows(parts[position + 1 :]):
            contact["rol"] = part  # "Deputy head: Mark Jones, …", "Office manager – Priya Shah – …"
        elif "naam" not in contact and "rol" not in contact and all(role_and_name(part)):
            contact["rol"], contact["naam"] = role_and_name(part)  # "Practice manager Helen Strachan"
        elif "naam" not in contact:
            role = _ROLE.match(part)
            contact["naam"] = role.group(1) if role and role.group(1) else part
            if role and role.group(1):
                contact[_aside_key(role.group(2).strip(), contact)] = role.group(2).strip()
        elif "rol" not in contact:
            contact["rol"] = part
        else:
            contact["naam"] += f", {part}"
    if set(contact) == {"naam"} or not contact:
        return text.strip(), {}
    return contact, {key: _offset(text, value) for key, value in contact.items()}


def _aside_key(aside: str, contact: dict[str, str]) -> str:
    """What a name's brackets hold: "Sanne Bakker (sanne@…)" her e-mail address, "(eigenaar)" her role."""
    if EMAIL.fullmatch(aside) and "email" not in contact:
        return "email"
    if _PHONE.match(aside) and "telefoon" not in contact:
        return "telefoon"
    return "rol"


def _person_follows(parts: list[str]) -> bool:
    """The next part that is neither an e-mail address nor a phone number names a person ("Sanne Bakker")."""
    names = [part for part in parts if not EMAIL.fullmatch(part) and not _PHONE.match(part)]
    if not names:
        return False
    aside = _ROLE.match(names[0])  # "Rhys Pritchard (rhys@…)": the person before the brackets
    name = aside.group(1) if aside and aside.group(1) else names[0]
    return role_and_name(name) == ("", name)


def contact_in_prose(sentence: str) -> Any:
    """The contact a sentence outside the sections gives ("If you are unsure, speak to our Practice Manager,
    Angela Morris, on …"), as :func:`parse_contact` reads it; ``None`` unless it names someone and an e-mail
    address or a phone number."""
    hidden = keep_first_name(sentence)
    found = contact_in_sentence(hidden) if looks_like_sentence(hidden) else None
    if found is None or ("email" not in found and "telefoon" not in found):
        return None
    labelled = _labelled_contact(hidden)
    return {key: shown_first_name(value) for key, value in (labelled[0] if labelled is not None else found).items()}


def _labelled_contact(text: str) -> tuple[dict[str, str], dict[str, int]] | None:
    """``Naam: Marieke; E-mail: m@example.nl`` — each part with its own label."""
    contact: dict[str, str] = {}
    offsets: dict[str, int] = {}
    for match in re.finditer(r"([A-Za-z-]+)\s*:\s*([^;|·]+)", text):
        word = match.group(1).lower()
        key = next((name for name, words in CONTACT_PARTS.items() if word in words), None)
        if key is None:
            return None
        contact[key] = match.group(2).strip().rstrip(",")
        offsets[key] = match.start(2)
    return (contact, offsets) if contact else None
