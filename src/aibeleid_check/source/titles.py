"""A document's title and the lines right under it: the organisation ("AI-beleid van Bakkerij X", "# AI-beleid"
over "## Bakkerij De Vries", "AI op de muziekschool" over "Muziekschool De Notenbalk · teamvergadering …"), the
question that asks for it ("Naam van de organisatie?") and the version ("Version 1.2 · Eindhoven").

Used by :mod:`aibeleid_check.source.structure` for plain lines and by :mod:`aibeleid_check.source.sections`
for headings.
"""

from __future__ import annotations

import re

from aibeleid_check.source import labels
from aibeleid_check.source.filling import State, empty, set_value
from aibeleid_check.source.reading import (
    Block,
    is_question,
    is_title_line,
    looks_like_name,
    organisation_after_ai_noun,
    organisation_in_title,
)

_ABOUT_AI = re.compile(r"\bAI\b")


_SUBTITLE_PART = re.compile(r"\s+[·|–—]\s+")


_NAME_PARTS = frozenset("van der den de het la le du von and en & of b.v. bv ltd".split())


_TITLE_NOUN = re.compile(
    r"(?:^|[\s-])(?:afspraken|regels|richtlijnen|protocol|gedragscode|rules|guidelines|beleid|policy)\b", re.I
)
"""A title word in a document's first line ("AI-afspraken Autobedrijf Van Dam", "Studio Veld Architects – AI
policy", where the policy word stands after the name)."""


def _capitalised_name(text: str) -> bool:
    """ "Psychologenpraktijk De Luisterlijn", "Muziekschool De Notenbalk": two to six capitalised words (or name
    particles), no field label or sentence; "Voor alle medewerkers", "Versie 1.0" are no names."""
    words = text.split()
    return (
        2 <= len(words) <= 6
        and looks_like_name(text)
        and words[0][:1].isupper()
        and all(word[:1].isupper() or word.lower() in _NAME_PARTS for word in words)
        and not any(char.isdigit() or char == ":" for char in text)
        and labels.classify(text) is None
    )


def plain_title(state: State, text: str) -> bool:
    """A title on a plain or bold line: one that says "beleid"/"policy" ("AI-beleid van Bakkerij X"), or, as
    the document's first text, one without a policy word that names whose AI use it is about ("AI tools at
    Example Ltd", "AI-tools bij Bakkerij De Vries"; "AI tools at work" names no one and stays text)."""
    if is_title_line(text):
        return True
    first = not state.doc.loose and looks_like_name(text)
    return first and bool(organisation_after_ai_noun(text) or _TITLE_NOUN.search(text) and organisation_in_title(text))


def read_title(state: State, block: Block) -> None:
    state.title_line = block.line
    name = organisation_in_title(block.text)
    if name:
        title_organisation(state, name, block)
    else:
        state.pending_org = True
    state.section = None


_VERSION_LINE = re.compile(
    r"^[*_]{0,2}(?:versie|version|v\.)\s*(?P<value>\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)[*_]{0,2}(?=\s*(?:[·|,;–—(]|-\s|$))",
    re.IGNORECASE,
)


def version_line(state: State, block: Block) -> bool:
    """A line under the title that gives the version without a colon ("Version 1.2 · Eindhoven", "Versie 1.0 ·
    vastgesteld door het bestuur op 12 november 2026", "**Versie 2.1**"): the version, before any section
    (what follows its separator is where or when it was adopted, none of the fields)."""
    found = _VERSION_LINE.match(block.text.strip())
    if found is None or not state.title_line or state.section not in (None, "~intro") or "versie" in state.data:
        return False
    at = Block(block.kind, found.group("value"), *state.at(block, block.text.find(found.group("value"))))
    set_value(state, "versie", found.group("value"), at, at)
    state.pending_org = False
    return True


def title_organisation(state: State, name: str, block: Block) -> None:
    """The organisation as the title gives it; an ``Organisatie:`` line elsewhere says it more precisely."""
    if state.data.get("organisatie") is not None:
        state.seen_structure = True
        return  # "Organisatie: X" came first: the title does not override it, and is no duplicate of it
    set_value(state, "organisatie", name, block, block)
    state.org_from_title = True


def title_heading(state: State, block: Block, target: str | None) -> bool:
    """A heading that is the document's title, or the organisation under it; ``target`` is the section its words
    name. True when the heading has been read as such and opens no section. A title with a section's words ("AI
    at X – frequently asked questions") gives its organisation and still opens that section (False)."""
    if target is None and not state.title_line and labels.says_policy(block.text):
        read_title(state, block)
        return True
    if target and target.startswith("~") and not state.title_line and not state.data and block.level <= 1:
        name = organisation_in_title(block.text)  # "AI at X – frequently asked questions": a title that heads
        if name:  # the page as a section word would, and names the organisation
            state.title_line = block.line
            title_organisation(state, name, block)
    if target is None and not state.title_line and not state.data and block.level <= 1:
        state.title_line = block.line  # the document's own title ("Afspraken over AI"): no section, no warning
        state.section = None
        name = organisation_in_title(block.text)  # "AI-afspraken Bakkerij X": a title word other than "beleid"
        if name:
            title_organisation(state, name, block)
        elif _ABOUT_AI.search(block.text):
            state.name_line = True  # "AI op de muziekschool" over "Muziekschool De Notenbalk · teamvergadering …"
        return True
    if target is None and state.pending_org and block.level > 1:
        title_organisation(state, block.text, block)  # "# AI-beleid" then "## Bakkerij De Vries"
        state.pending_org = False
        return True
    return False


def organisation_under_title(state: State, block: Block, label: str) -> bool:
    """The paragraph right under a title that names no one: capitalised words under a title about AI, a name
    under a policy title, bold or not, or the template's question for it ("Naam van de organisatie?": there,
    and empty, on this paragraph). True when the paragraph was the organisation. ``label``: its label, if any."""
    if state.name_line:
        state.name_line = False
        name = _SUBTITLE_PART.split(block.text.strip(), maxsplit=1)[0].strip()
        if block.kind == "para" and not label and _capitalised_name(name) and "organisatie" not in state.data:
            title_organisation(state, name, block)
            return True
    if state.pending_org and block.kind == "para" and labels.classify(label or block.text) is None:
        # the organisation right under the title, bold or not ("**Welke tools?** ChatGPT Team" is none)
        if looks_like_name(block.text) and not _answered_question(block):
            title_organisation(state, block.text, block)
            state.pending_org = False
            return True
        if is_question(block.text, block.prompt):  # "Naam van de organisatie?": there, and empty, on this ¶
            empty(state, "organisatie", block)
            state.doc.key_marks.setdefault(("organisatie",), (block.line, block.column))
            state.pending_org = False
            return True
    return False


def _answered_question(block: Block) -> bool:
    """A question with its answer after it ("**Welke tools?** ChatGPT Team en Copilot"): no organisation."""
    return block.label.rstrip().endswith("?") and bool(block.rest.strip())
