"""What a section holds: its list items and paragraphs, each read for the list or field the section is. Under
DIT MAG / DIT NIET / ALTIJD a rule; under a grouping heading ("Golden rules", "Regels") a rule in the list its
first words say; under "What we do" a permission, a duty or a prohibition; under a regulation's article each
sentence about AI in the list its words say; under a question whether something may be done ("May I …?",
"Mag ik …?") the answer by its first word; under a field's label that field's value
(:mod:`aibeleid_check.source.field_values`). A paragraph that states a field of its own ends a field's section,
and text under no section is read sentence by sentence (:mod:`aibeleid_check.source.prose_reading`).
"""

from __future__ import annotations

import re

from aibeleid_check.source import labels
from aibeleid_check.source.field_values import open_labelled, read_value
from aibeleid_check.source.filling import LIST_SECTIONS, RULE_KINDS, State, append, mark_key
from aibeleid_check.source.memo import GREETING
from aibeleid_check.source.negation import NEGATED
from aibeleid_check.source.prose_reading import colon_lead, fields_of_rule, loose, stated_fields
from aibeleid_check.source.reading import Block, is_question, rule_item
from aibeleid_check.source.rule_wording import (
    about_ai,
    about_answer_kind,
    allows,
    answer_kind,
    group_item_kind,
    leans_on_question,
    provision_kind,
    rule_after_colon,
    rule_by_first_words,
    what_we_do_kind,
)
from aibeleid_check.source.sections import ask, colon_list, open_section
from aibeleid_check.source.tool_spec import outside_brackets

_MEMBER_NUMBER = re.compile(r"^(?:\d{1,2}|[a-z])[.)]\s+")


_PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,2}[.)]?\s+(?=\S)|^\d{1,2}[.)]\s+(?=\S)")
"""A paragraph's own number as typed ("4.1 ", "4.2.1 ", "3. ", "2) "), not a count ("3 medewerkers …")."""


def content(state: State, block: Block) -> None:
    text = block.text.strip()
    state.pending_org = False
    section = _section_of(state, block, text)
    rules_level, state.top_rules_level = state.top_rules_level, None
    if section in ("~rules", "~group") and block.kind == "para" and (number := _PARAGRAPH_NUMBER.match(text)):
        text = text[number.end() :]  # "4.1 You may use AI for …" under "## 4. Rules": an item, without its number
        block = Block("item", text, *state.at(block, number.end()))
    if block.kind == "para" and GREETING.match(text):
        state.memo = True  # "Hi all, a few clear agreements …": a mail, whose list is its rules
    elif section in (None, "~top") and state.memo and block.kind == "para" and not state.lead:
        block, text = _typed_item(state, block, text, rules_level)  # "1. Never put customer details …"
    if section in ("~rules", "~group") and block.kind == "item":
        section = _group_item(state, block, text)  # "## Golden rules" with its own list: mixed rules
        if section in RULE_KINDS:
            fields_of_rule(state, block, text)  # "If in doubt, contact Sanne de Boer (sanne@…).": the contact too
    elif section == "~do" and block.kind == "item":
        section = _what_we_do(state, block, text)
    elif (
        section in (None, "~top")
        and block.kind == "item"
        and not state.lead
        and _top_rule(state, block, text, rules_level)
    ):
        section = _group_item(state, block, text, top=True)  # "# AI rules" then "- Never type a name …"
        state.top_rules_level = block.level
    if is_question(text, block.prompt):
        return
    if section == "~qa" and _answer(state, block, text):
        return
    if section == "~article" and block.kind in ("para", "item") and _provision(state, block, text):
        return
    if section in (None, "~top", "~intro") and block.kind == "para" and allows(text):
        mark_key(state, "mag", block)  # "You may use DeepL Pro for a first draft. …" in a memo: a permission
        allowed, caution = _before_a_caution(text)
        append(
            state,
            "mag",
            rule_item(allowed, "mag"),
            Block(block.kind, allowed, block.line, block.column) if caution else block,
        )
        if caution:
            at = Block(block.kind, caution, *state.at(block, text.rfind(caution)))
            loose(state, at, caution)  # "Wees voorzichtig met gegevens van klanten …": a caution, no permission
        return
    if section in (None, "~unknown", "~container", "~intro", "~rules", "~group", "~top", "~qa", "~do", "~article"):
        loose(state, block, text)  # (a grouping heading has no text of its own: any text under it is read)
        return
    if section.startswith("~") or (not text and block.kind != "item"):
        return
    if section in RULE_KINDS and block.kind == "para" and (_note(text) or _after_the_prohibitions(state, text)):
        loose(state, block, text)  # "Let op: AI maakt ook fouten. …", "Voor een nieuwe tool … doen we eerst een
        return  # DPIA." under the list's items: a remark, read by its meaning
    if section in RULE_KINDS and block.kind == "item":
        state.listed = True
    before, lead, opens = colon_lead(block, text)
    if opens in RULE_KINDS and section in RULE_KINDS and opens != section:
        # "What it cannot be used for:" under "How AI can be used": the items after it are the Don't-list
        if before:
            read_value(state, section, Block(block.kind, before, block.line, block.column))
        open_section(state, opens, block, lead)
        colon_list(state, section)
        return
    if section in RULE_KINDS:  # "De afdeling werkt uitsluitend met Microsoft 365 Copilot (…)." under "Toegestane
        fields_of_rule(state, block, text)  # toepassingen": a rule that names the tools gives them too
    read_value(state, section, block)


_CAUTION = re.compile(
    r"^(?:wees|be|blijf|stay|pas\s+(?:wel\s+)?op|take\s+care|use\s+(?:your\s+)?common\s+sense|gebruik\s+je\s+gezonde)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _before_a_caution(text: str) -> tuple[str, str]:
    """A permission's paragraph up to a later sentence that only cautions ("… is het handig. Wees voorzichtig
    met gegevens van klanten en gebruik je gezonde verstand."), and that caution with what follows it."""
    for match in _SENTENCE.finditer(text):
        if _CAUTION.match(text[match.end() :]):
            return text[: match.start()].strip(), text[match.end() :].strip()
    return text, ""


_NOTE_LABEL = re.compile(
    r"^(?:let\s+op|note|nb|n\.\s?b|tip|please\s+note|opmerking|belangrijk|important|remember|onthoud|pas\s+op"
    r"|attentie|waarschuwing|warning)\s*[:!.]\s*",
    re.IGNORECASE,
)


def _after_the_prohibitions(state: State, text: str) -> bool:
    """A paragraph after the items of a DIT NIET list that forbids nothing ("Voor een nieuwe tool die
    persoonsgegevens verwerkt, doen we eerst een DPIA."): a remark under the list, not one more prohibition."""
    return state.section == "mag_niet" and state.listed and not rule_by_first_words(text) and not NEGATED.search(text)


def _note(text: str) -> bool:
    """A paragraph under a rule list that opens with a note's label and states no rule by its first words ("Let
    op: AI maakt ook fouten. Blijf dus zelf nadenken.", "Note: AI can be wrong."): a remark about the list, not
    one of its items. A label over a rule ("Let op: controleer altijd …", "Important: never paste …") keeps it."""
    label = _NOTE_LABEL.match(text)
    return label is not None and not rule_by_first_words(text[label.end() :])


def _section_of(state: State, block: Block, text: str) -> str | None:
    """The section ``block`` is read in: the current one, or none when the block ends a field's section by
    stating a field of its own."""
    section = state.section
    if section in LIST_SECTIONS and block.kind == "para" and (stated := stated_fields(text)) and section not in stated:
        section = state.section = None  # "Vragen? Neem contact op met …" after "Goedgekeurde tools: …": its own field
    elif (
        section == "geldt_voor" and block.kind == "para" and state.given is None and "geldt_voor" in stated_fields(text)
    ):
        section = state.section = None  # "Dit reglement geldt voor … en treedt in werking op 1 mei 2026.": both fields
        # ("This policy applies to all installers …": the people, without the sentence around them)
    elif section == "aanspreekpunt" and block.kind == "para" and _other_fields_only(state, text):
        section = state.section = None  # "This policy applies to everyone … and takes effect on 3 March 2026."
        # under "Questions?", after the contact: those fields, not more of the contact
    if section in LIST_SECTIONS and block.kind == "item" and state.given is not None and rule_by_first_words(text):
        section = state.section = None  # "Geldt voor: alle medewerkers" and then "- Voer geen …": the rules
    if section in RULE_KINDS and block.kind == "para" and _states_a_field(text, with_tools=section != "mag"):
        section = None  # "Vragen? Mail Sanne …" under DIT NIET: that field, no rule (the list goes on after it)
    return section


_FIELDS_OF_A_SENTENCE = frozenset({"geldt_voor", "ingangsdatum", "aanspreekpunt"})


def _other_fields_only(state: State, text: str) -> bool:
    """A paragraph in the contact's section, after the contact, that states the scope or the start date in a
    sentence of its own and names no contact: the writer put the last fields under the last heading."""
    stated = stated_fields(text)
    has_contact = bool(state.data.get("aanspreekpunt"))
    return has_contact and "aanspreekpunt" not in stated and bool(stated & {"geldt_voor", "ingangsdatum"})


def _states_a_field(text: str, *, with_tools: bool = False) -> bool:
    """A paragraph that states the scope, the start date or the contact ("Dit beleid geldt voor …", "Vragen? Mail
    Sanne …"), or (``with_tools``: under DIT NIET or ALTIJD) the only tools ("We gebruiken hiervoor alleen ChatGPT
    Team …"), and is no rule: no rule by its first words, nothing it negates ("Deel nooit klantgegevens; dit geldt
    voor iedereen." is a rule). (Under DIT MAG the tools a permission names stay its own: "You may use ChatGPT Team
    for …", "De afdeling werkt uitsluitend met …" allow them.)"""
    fields = _FIELDS_OF_A_SENTENCE | ({"goedgekeurde_tools"} if with_tools else set())
    negated = NEGATED.search(outside_brackets(text))  # ("(DPA signed, no client data)": a tool's details)
    return bool(stated_fields(text) & fields) and not rule_by_first_words(text) and not negated


def _provision(state: State, block: Block, text: str) -> bool:
    """A sentence under a regulation's article ("Artikel 3 – Gebruik van gegevens") that forbids, requires or
    allows a use of AI: a rule in that list (True); any other stays text read by its meaning."""
    kind = provision_kind(text)
    if kind is None:
        return False
    state.seen_structure = True  # "Het is verboden persoonsgegevens … in te voeren" under "Artikel 3 – …"
    mark_key(state, kind, block)
    text = _MEMBER_NUMBER.sub("", text)  # "1. Het is verboden …": the article's first member, as typed
    append(state, kind, rule_item(text, kind), block)
    return True


def _answer(state: State, block: Block, text: str) -> bool:
    """The answer to a question whether something may be done, by its first word: "Yes. You may use AI to …"
    allows, "No. Never enter patient names …" / "Nee. Vertrouwelijke klantdocumenten deel je niet …" forbids
    (a "No" whose sentence forbids nothing, "Nee. Elke vertaling wordt nagelezen …", stays text read by its
    meaning, as does an answer without a yes or no). True when the answer became a rule."""
    answered = about_answer_kind(text) if state.asks_about else answer_kind(text, of_ai=state.asks_ai)
    if answered is None:
        return False
    kind, saying = answered
    if state.question and leans_on_question(text, saying, about=state.asks_about, kind=kind):
        saying = f"{state.question} {text.strip()}"  # "Ja, als concept.": on the A4 with what it answers
    state.question = ""
    state.seen_structure = True
    mark_key(state, kind, block)
    at = max(text.lower().find(saying.lower()), 0)  # (the rule after "Nee, " is written with a capital)
    append(state, kind, rule_item(saying, kind), Block(block.kind, saying, *state.at(block, at)))
    return True


def question_and_answer(state: State, block: Block) -> None:
    """A bold question with its answer after it in the same paragraph: a question that names a rule list
    ("**Waar mag ik AI wel voor gebruiken?** Voor terminologie …") gives that list its answer; a question
    whether something may be done is answered by its first word (:func:`_answer`); any other is text."""
    kind = labels.classify(block.label, heading=True) or ("~qa" if labels.asks_whether(block.label) else None)
    ask(state, block.label if kind == "~qa" else "")
    answer = Block(block.kind, block.rest.strip(), block.line, block.rest_column if state.exact_columns else 1)
    state.pending_org = False
    if kind in RULE_KINDS:
        state.seen_structure = True
        mark_key(state, kind, block)
        append(state, kind, rule_item(answer.text, kind), answer)
    elif kind == "~qa" and _answer(state, answer, answer.text):
        return
    elif kind is not None and not kind.startswith("~"):
        open_labelled(state, kind, block, block.label)  # "**Wie is het aanspreekpunt?** Sanne Bakker"
    else:
        loose(state, answer, answer.text)


_TYPED_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")


def _typed_item(state: State, block: Block, text: str, rules_level: int | None) -> tuple[Block, str]:
    """A memo's paragraph that opens with a typed number ("1. Never put customer details …", "2) …") and is a rule
    as an item of its list would be: that item, without its number; any other paragraph as it is."""
    number = _TYPED_NUMBER.match(text)
    if number is None:
        return block, text
    item = Block("item", text[number.end() :], *state.at(block, number.end()))
    return (item, item.text) if _top_rule(state, item, item.text, rules_level) else (block, text)


def _top_rule(state: State, block: Block, text: str, rules_level: int | None) -> bool:
    """An item of a list right under the title that is a rule: by its first words, by those after its subject's
    colon ("Our recipes … stay confidential: never share them …"), or as the next item of a list whose item
    before it was one and says what to do ("6. Only use the tools listed below.", "7. If something goes wrong,
    tell Rhys …")."""
    return (
        rule_by_first_words(text)
        or bool(rule_after_colon(text))
        or state.section == "~top"
        and block.level == rules_level
        and (bool(_IMPERATIVE_RULE.match(text)) or state.memo and _memo_rule(text))
        and not stated_fields(text)  # ("Only use GitHub Copilot … and ChatGPT …": the tools, read as a sentence)
    )


def _memo_rule(text: str) -> bool:
    """The next item of a memo's list of rules, written without a rule's first words: one that keeps something out
    ("Keep our recipes, supplier prices and contracts out of it too") or says how AI is used ("Whether we take on
    an event … is decided by me or Yara, not by AI."). To the writer the list is the rules (not "The office is
    closed on Friday.")."""
    return not is_question(text, False) and (group_item_kind(text) == "mag_niet" or about_ai(text))


_IMPERATIVE_RULE = re.compile(
    r"^(?:(?:only|alleen|uitsluitend)\s+(?!if\b|when\b|als\b)\w+"
    r"|(?:if|when|als|wanneer)\b[^.;:!?]{1,100},\s+(?!(?:we|wij|it|het|dit|this|that|dat|there|er)\b)\w+)",
    re.IGNORECASE,
)
"""An item that says what to do without a rule's usual first words: "Only use the tools listed below.", "If
something goes wrong, tell Rhys straight away." (not "We review these rules every year.")."""


def _group_item(state: State, block: Block, text: str, *, top: bool = False) -> str:
    """A rule right under "Regels" or "Golden rules": a prohibition by its first words ("Never …", "Deel
    geen …") belongs to DIT NIET, any other rule to ALTIJD; both are counted by meaning. ``top``: a list right
    under the title, whose items are rules by their first words (others stay text outside the lists)."""
    state.section = "~top" if top else "~group"
    state.seen_structure = True
    target = group_item_kind(text)
    mark_key(state, target, state.group or block)
    return target


def _what_we_do(state: State, block: Block, text: str) -> str:
    """An item under "What we do" / "Wat wij doen", the counterpart of "What we never do": what we do with AI
    (a permission), what we always do or check ("We always read and check an AI text …", "Wij lezen en
    controleren elk stuk tekst …": a duty), or, by its first words, what we never do."""
    target = what_we_do_kind(text)
    state.seen_structure = True
    mark_key(state, target, block)
    return target
