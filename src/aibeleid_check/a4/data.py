"""The data an A4 layout receives: a checked policy turned into plain, JSON-able values and printed labels.

The layout (``beleid.typ`` or a house template) gets this dict as one JSON string in ``sys.inputs.data``
and never sees markup made from policy text, so ``#read(...)`` in a policy is printed, not run. The shape
is documented in ``docs/a4.md``; ``SCHEMA_VERSION`` changes when a key is removed or changes meaning.

Two things are decided here, not in the layout, so that every layout and the checker agree:
- the personal-data prohibition is printed qualified when a tool allows personal data (``QUALIFIER``);
- each list is cut at ``PAGE_LIMITS`` items (``rules/a4_omitted.py``), and what is cut is counted in
  ``omitted`` and said on the page ("en nog 4.497 tools, zie het beleid") and by rule AIB802.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from aibeleid_check import template
from aibeleid_check.findings import FileResult
from aibeleid_check.model import Contact, Policy, RuleItem, Tool
from aibeleid_check.outputs import display_path
from aibeleid_check.rules.a4_omitted import PAGE_LIMITS, omitted_text
from aibeleid_check.rules.personal_data import unqualified_prohibitions
from aibeleid_check.rules.rule_lists import items_on_other_list, running_text_page
from aibeleid_check.source.contact_text import EXTENSION
from aibeleid_check.texts import Message
from aibeleid_check.values import format_date, is_placeholder

SCHEMA_VERSION = 1

AGREEMENT_LABELS: dict[str | None, Message] = {
    "ja": Message(nl="ja", en="yes"),
    "nee": Message(nl="nee", en="no"),
    "aangevraagd": Message(nl="aangevraagd", en="requested"),
    "niet-nodig": Message(nl="niet nodig", en="not needed"),
    None: Message(nl="onbekend", en="unknown"),
}
PERSONAL_DATA_LABELS = {
    True: Message(nl="ja, mag", en="yes, allowed"),
    False: Message(nl="nee", en="no"),
}

QUALIFIER = Message(
    nl="behalve in de tools hieronder met 'ja, mag'",
    en="except in the tools below marked 'yes, allowed'",
)
"""Added to a personal-data prohibition that a tool with ``persoonsgegevens: ja`` would otherwise contradict."""

LABELS: dict[str, Message] = {
    "title": template.TITLE,
    "rules_heading": template.HEADING_RULES,
    "allowed": template.HEADING_ALLOWED,
    "forbidden": template.HEADING_FORBIDDEN,
    "avg_title": template.AVG_TITLE,
    "agreements": Message(nl="VERDER AFGESPROKEN", en="FURTHER AGREEMENTS"),
    "must": Message(nl="ALTIJD", en="ALWAYS"),
    "tool": Message(nl="Tool", en="Tool"),
    "agreement": Message(nl="Verwerkersovereenkomst", en="Processing agreement"),
    "personal_data": Message(nl="Persoonsgegevens erin?", en="Personal data allowed?"),
    "data_location": Message(nl="Datalocatie", en="Data location"),
    "nothing_allowed": Message(nl="Waarvoor mag het team AI gebruiken?", en="What may the team use AI for?"),
    "nothing_forbidden": Message(nl="Wat mag nooit met AI?", en="What is never allowed with AI?"),
    "version": Message(nl="Versie", en="Version"),
    "effective_date": Message(nl="Ingangsdatum", en="Effective date"),
    "review_date": Message(nl="Herziening", en="Review"),
    "made_on": Message(nl="Gemaakt op", en="Made on"),
    "page": Message(nl="Pagina", en="Page"),
    "of": Message(nl="van", en="of"),
    "concept": Message(nl="CONCEPT", en="DRAFT"),
    "concept_note": Message(
        nl="Niet ophangen: dit beleid heeft nog open fouten (aibeleid-check check).",
        en="Do not post: this policy still has open errors (aibeleid-check check).",
    ),
}


def build_data(result: FileResult, *, lang: str = "nl", today: date | None = None) -> dict[str, Any]:
    """Everything the layout prints, in ``lang``; missing or placeholder values become ``None`` or ``[]``."""
    policy = result.policy if isinstance(result.policy, Policy) else Policy.model_validate({})
    made_on = today or date.today()
    moved = items_on_other_list(result.recognised, policy) if isinstance(result.policy, Policy) else {}
    lists = _lists(policy, lang, moved)
    if isinstance(result.policy, Policy):
        _add_running_text(lists, running_text_page(result.recognised))
    shown = {key: items[: PAGE_LIMITS[key]] for key, items in lists.items()}
    omitted = {key: len(items) - len(shown[key]) for key, items in lists.items()}
    return {
        "schema": SCHEMA_VERSION,
        "lang": lang,
        "labels": _labels(lang),
        "organisation": _text(policy.organisatie),
        "rules": {"allowed": shown["allowed"], "forbidden": shown["forbidden"], "must": shown["must"]},
        "avg": template.AVG_TEXT.text(lang),
        "agreements": shown["agreements"],
        "tools": shown["tools"],
        "omitted": omitted,
        "omitted_text": {key: omitted_text(key, count, lang) for key, count in omitted.items() if count},
        "contact": _contact(policy.aanspreekpunt),
        "applies_to": [text for item in policy.geldt_voor or [] if (text := _text(item)) is not None],
        "effective_date": _date(policy.ingangsdatum, lang),
        "review_date": _date(policy.herzieningsdatum, lang),
        "version": _text(policy.versie),
        "made_on": _date(made_on, lang),
        "concept": _concept(result.errors, lang),
        "warnings": result.warnings,
        "source": display_path(result.path) if result.path else result.path,
    }


def _lists(policy: Policy, lang: str, moved: dict[tuple[str, int], str]) -> dict[str, list[Any]]:
    rules = {
        "allowed": _rules(policy.rule_items("mag"), lang),
        "forbidden": _rules(policy.rule_items("mag_niet"), lang, frozenset(unqualified_prohibitions(policy))),
        "must": _rules(policy.rule_items("moet"), lang),
    }
    _move_to_their_lists(rules, moved)
    return {
        **{key: [rule for rule in items if rule is not None] for key, items in rules.items()},
        "agreements": [text for agreement in policy.afspraken or [] if (text := _text(agreement)) is not None],
        "tools": [_tool(tool, lang) for tool in policy.goedgekeurde_tools or [] if not _empty_tool(tool)],
    }


def _move_to_their_lists(rules: dict[str, list[Any]], moved: dict[tuple[str, int], str]) -> None:
    """Each item read with another list's force goes to the end of that list (``items_on_other_list``), when
    both lists fit on the page as they are: a list that loses items already says so (AIB802), counted as the
    file has them. DIT MAG keeps its last item: an empty DIT MAG asks "what is allowed?" of a policy that says
    it. ``rules`` holds one entry per item of the file, ``None`` for one the page cannot print."""
    count = {key: sum(rule is not None for rule in items) for key, items in rules.items()}
    for (key, index), target in sorted(moved.items()):
        fits = count[key] <= PAGE_LIMITS[key] and count[target] < PAGE_LIMITS[target]
        if fits and rules[key][index] is not None and not (key == "allowed" and count[key] == 1):
            rules[target].append(rules[key][index])
            rules[key][index] = None
            count[target] += 1
            count[key] -= 1


def _add_running_text(lists: dict[str, list[Any]], on_page: dict[str, tuple[str, str]]) -> None:
    """A rule stated only in running text gets the sentence that states it on the page, once each: the
    author's words, under the list their force puts them in (``rules.rule_lists.page_sentences``)."""
    printed: set[str] = set()
    for rule, (key, sentence) in on_page.items():
        if sentence not in printed:
            printed.add(sentence)
            lists[key].append({"id": rule, "text": sentence, "from_template": False, "qualified": False})


def _labels(lang: str) -> dict[str, Any]:
    labels: dict[str, Any] = {key: message.text(lang) for key, message in LABELS.items()}
    labels["fields"] = {key: message.text(lang) for key, message in template.FIELD_LABELS.items()}
    labels["questions"] = {key: message.text(lang) for key, message in template.FIELD_QUESTIONS.items()}
    labels["qualifier"] = QUALIFIER.text(lang)  # the layout sets the words it added apart from the author's
    return labels


def _text(value: str | None) -> str | None:
    return None if value is None or is_placeholder(value) else value.strip()


def _rules(items: list[RuleItem], lang: str, qualify: frozenset[int] = frozenset()) -> list[dict[str, Any] | None]:
    """One entry per item, ``None`` for one without a text or id: template rules by id get the template's words,
    unless the author wrote their own text for them; the items at ``qualify`` get the exception for the tools
    with personal data."""
    return [_rule(item, lang, index in qualify) for index, item in enumerate(items)]


def _rule(item: RuleItem, lang: str, qualified: bool) -> dict[str, Any] | None:
    known = template.RULES_BY_ID.get(item.id or "")
    text = _text(item.tekst) or (known.text.text(lang) if known else _text(item.id))
    if not text:
        return None
    rule = {
        "id": item.id,
        "text": text,
        "from_template": known is not None and not _text(item.tekst),
        "qualified": qualified,
    }
    if qualified:
        added = QUALIFIER.text(_language_of(text, lang))
        rule.update(text=f"{text.rstrip('. ')}, {added}.", qualifier=added)
    return rule


_DUTCH_WORDS = frozenset("de het een en van je niet geen met voor op zonder naar die dat wat mag zoals".split())
_ENGLISH_WORDS = frozenset("the a an and you not no or with for on without to that which what may any such".split())


def _language_of(text: str, page: str) -> str:
    """The language a rule is written in, by its function words, so that the words the page adds to it
    (``QUALIFIER``) match it: an English rule on a Dutch page gets the English exception. ``page`` when the
    words do not tell."""
    words = re.findall(r"[a-z']+", text.lower())
    dutch = sum(word in _DUTCH_WORDS for word in words)
    english = sum(word in _ENGLISH_WORDS for word in words)
    if english > dutch:
        return "en"
    return "nl" if dutch > english else page


def _empty_tool(tool: Tool) -> bool:
    return is_placeholder(tool.naam) and tool.verwerkersovereenkomst is None


def _tool(tool: Tool, lang: str) -> dict[str, Any]:
    return {
        "name": _text(tool.naam),
        "agreement": tool.verwerkersovereenkomst,
        "agreement_label": AGREEMENT_LABELS[tool.verwerkersovereenkomst].text(lang),
        "personal_data": tool.allows_personal_data,
        "personal_data_label": PERSONAL_DATA_LABELS[tool.allows_personal_data].text(lang),
        "vendor": _text(tool.leverancier),
        "plan": _text(tool.abonnement),
        "data_location": _text(tool.datalocatie),
        "note": _text(tool.toelichting),
    }


def _contact(contact: Contact | None) -> dict[str, Any] | None:
    if contact is None:
        return None
    fields = {
        "name": _text(contact.naam),
        "role": _text(contact.rol),
        "email": _text(contact.email),
        "phone": _text(contact.telefoon),
    }
    role = fields["role"]
    if role is not None and EXTENSION.fullmatch(role):  # "rol: ext. 4400": printed with the phone, not as a role
        fields["phone"] = f"{fields['phone']}, {role}" if fields["phone"] else role
        fields["role"] = None
    return fields if any(fields.values()) else None


def _date(value: date | None, lang: str) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"iso": value.isoformat(), "text": format_date(value, lang)}


def _concept(errors: int, lang: str) -> dict[str, Any] | None:
    """The stamp of a policy with open errors; ``None`` when there are none."""
    if not errors:
        return None
    if lang == "en":
        detail = f"{errors} open error" + ("" if errors == 1 else "s")
    else:
        detail = f"{errors} open " + ("fout" if errors == 1 else "fouten")
    return {
        "errors": errors,
        "label": LABELS["concept"].text(lang),
        "detail": detail,
        "note": LABELS["concept_note"].text(lang),
    }
