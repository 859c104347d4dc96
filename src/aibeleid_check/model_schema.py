"""The JSON Schema of the policy format, derived from the pydantic model, for editors (yaml-language-server).

It accepts what the checker reads and completes only what a user should write:

- Canonical Dutch keys are offered; the English aliases are valid but hidden (``doNotSuggest``).
- Values are offered in their canonical spelling only (``ja``/``nee``; ``ja | nee | aangevraagd |
  niet-nodig``), each with a Dutch and English description (``markdownEnumDescriptions``). The other
  spellings the checker reads (``Yes``, ``getekend``, YAML booleans, fill-in markers such as ``[invullen]``)
  are accepted through patterns and a ``not`` branch, which an editor does not offer as completions.
- Rule ids come with the template's text; under ``mag`` only the allowed ids, under ``mag_niet`` and
  ``moet`` only the forbidden ones.
- ``required`` holds what the template requires (the organisation, the rules with their prohibitions, the
  four fields to fill in; a tool's name and agreement), accepting the alias spelling of each.
- Every value has an error message in words (``errorMessage``, read by yaml-language-server), so that
  ``persoonsgegevens: misschien`` says "kies ja of nee", not "Expected boolean | null".

Draft-07, because every editor and validator supports it. ``aibeleid-check schema`` prints it; the copy in
``schema/aibeleid.schema.json`` is kept current by a test.
"""

from __future__ import annotations

import copy
from typing import Any

from aibeleid_check import template, values
from aibeleid_check.model import CONTACT_KEYS, POLICY_KEYS, RULE_ITEM_KEYS, RULES_KEYS, TOOL_KEYS, Policy
from aibeleid_check.texts import Message

DRAFT = "http://json-schema.org/draft-07/schema#"
SchemaDict = dict[str, Any]

# Accepts null (an empty field, a finding of its own) and YAML booleans without naming either type, so that
# an editor offers neither `null` nor `true`/`false` as a completion.
NULL_OR_BOOLEAN: SchemaDict = {"not": {"type": ["string", "number", "array", "object"]}}
NULL_ONLY: SchemaDict = {"not": {"type": ["string", "number", "boolean", "array", "object"]}}
TEXT: SchemaDict = {"type": ["string", "number"]}  # the source stage keeps `versie: 1.0` as text

MESSAGES = {
    "yes_no": Message(nl="Kies ja of nee.", en="Choose ja (yes) or nee (no)."),
    "agreement": Message(
        nl="Kies ja, nee, aangevraagd of niet-nodig.", en="Choose ja, nee, aangevraagd (requested) or niet-nodig."
    ),
    "text": Message(nl="Schrijf hier tekst.", en="Write text here."),
    "date": Message(nl="Schrijf een datum, zoals 2026-03-01 of 1 maart 2026.", en="Write a date, like 2026-03-01."),
    "allowed_id": Message(
        nl="Onbekend id voor DIT MAG; kies een id uit de lijst of schrijf de regel als tekst.",
        en="Unknown id for ALLOWED; pick an id from the list or write the rule as text.",
    ),
    "forbidden_id": Message(
        nl="Onbekend id voor DIT NIET; kies een id uit de lijst of schrijf de regel als tekst.",
        en="Unknown id for NOT ALLOWED; pick an id from the list or write the rule as text.",
    ),
    "shape": Message(nl="Deze waarde heeft niet de goede vorm.", en="This value does not have the right shape."),
}
VALUE_TEXTS = {
    "ja": Message(nl="Ja.", en="Yes."),
    "nee": Message(nl="Nee.", en="No."),
    "aangevraagd": Message(nl="Aangevraagd, nog niet getekend.", en="Requested, not signed yet."),
    "niet-nodig": Message(
        nl="Niet nodig: de tool verwerkt geen persoonsgegevens voor jullie.",
        en="Not needed: the tool processes no personal data for you.",
    ),
}
EXTRA_DESCRIPTIONS = {
    "regels": Message(
        nl="De regels: mag (DIT MAG), mag_niet (DIT NIET) en moet (ALTIJD).",
        en="The rules: allowed, forbidden and must (always).",
    ),
    "versie": Message(nl='Versie van het beleid, als tekst ("1.0").', en='Version of the policy, as text ("1.0").'),
    "rol": Message(nl="Rol of functie van het aanspreekpunt.", en="Role of the contact person."),
    "email": Message(nl="E-mailadres van het aanspreekpunt.", en="E-mail address of the contact person."),
    "telefoon": Message(nl="Telefoonnummer van het aanspreekpunt.", en="Phone number of the contact person."),
    "leverancier": Message(nl="Leverancier van de tool.", en="Vendor of the tool."),
    "abonnement": Message(nl="Abonnement of versie (bijvoorbeeld Business).", en="Plan (for example Business)."),
    "datalocatie": Message(nl="Waar de gegevens worden opgeslagen (bijvoorbeeld EU).", en="Where data is stored."),
    "toelichting": Message(nl="Toelichting voor het team.", en="A note for the team."),
    "id": Message(nl="Id van een regel uit het sjabloon.", en="Id of a template rule."),
    "tekst": Message(nl="De regel in eigen woorden.", en="The rule in your own words."),
}
ENGLISH = {  # the model's Dutch field descriptions, in English for the editor's hover
    "Naam van de organisatie.": "Name of the organisation.",
    "Wanneer het beleid opnieuw wordt bekeken.": "When the policy will be reviewed.",
    "Naam (of functie) van het aanspreekpunt.": "Name (or role) of the contact person.",
    "DIT MAG: wat wel mag.": "ALLOWED: what staff may do.",
    "DIT NIET: wat niet mag.": "NOT ALLOWED: what staff may not do.",
    "Naam van de tool, met het abonnement als dat uitmaakt.": "Name of the tool, with the plan when it matters.",
    "ja | nee | aangevraagd | niet-nodig": "Data processing agreement (GDPR art. 28): yes, no, requested, not needed.",
    "Mogen er persoonsgegevens in? ja | nee (standaard nee)": "May personal data go in? yes | no (default no)",
}
DATE_DESCRIPTION = Message(
    nl="Een datum: 2026-03-01, 1-3-2026, 01/03/2026 of 1 maart 2026 (dag eerst, nooit maand eerst).",
    en="A date: 2026-03-01, 1-3-2026, 01/03/2026 or 1 maart 2026 (day first, never month first).",
)
REQUIRED = {
    "Policy": ("organisatie", "regels", *template.REQUIRED_FIELDS),
    "Rules": ("mag_niet",),
    "Tool": ("naam", "verwerkersovereenkomst"),
}
KEY_TABLES = {"Policy": POLICY_KEYS, "Rules": RULES_KEYS, "Tool": TOOL_KEYS, "Contact": CONTACT_KEYS}
SHORTHAND = {
    "Tool": Message(nl="of alleen de naam van de tool", en="or just the tool's name"),
    "Contact": Message(nl="of alleen een naam (met e-mail of telefoon)", en="or just a name (with e-mail or phone)"),
}


def policy_schema() -> SchemaDict:
    generated = Policy.model_json_schema(ref_template="#/definitions/{model}")
    models = generated.pop("$defs", {})
    root = _object("Policy", generated)
    definitions = {name: _object(name, models[name]) for name in ("Contact", "Rules", "Tool")}
    definitions["AllowedRule"] = _rule_item("mag", models["RuleItem"])
    definitions["ForbiddenRule"] = _rule_item("mag_niet", models["RuleItem"])
    return {
        "$schema": DRAFT,
        "$comment": "aibeleid-check schema: het formaat v1 van een AI-gebruiksbeleid (one-page AI-usage policy).",
        "description": (
            "Het AI-gebruiksbeleid van een organisatie volgens het sjabloon op één A4 (aibeleid-check, formaat v1). "
            "Nederlandse sleutels; de Engelse aliassen worden ook gelezen."
        ),
        **root,
        "definitions": dict(sorted(definitions.items())),
    }


# --- objects and their keys ---------------------------------------------------------------------------


def _object(name: str, model: SchemaDict) -> SchemaDict:
    keys = KEY_TABLES[name]
    properties: SchemaDict = {}
    for key, prop in model.get("properties", {}).items():
        if key not in keys:
            continue  # internal fields
        properties[key] = _property(name, key, prop)
        for alias in keys[key]:
            properties[alias] = _alias(properties[key], key)
    schema: SchemaDict = {"type": "object", "properties": properties, "additionalProperties": False}
    if name in REQUIRED:
        schema["allOf"] = [_required(key, keys[key]) for key in REQUIRED[name]]
    return schema


def _required(key: str, aliases: tuple[str, ...]) -> SchemaDict:
    if not aliases:
        return {"required": [key]}
    return {"anyOf": [{"required": [spelling]} for spelling in (key, *aliases)]}


def _alias(schema: SchemaDict, canonical: str) -> SchemaDict:
    alias = copy.deepcopy(schema)
    alias["doNotSuggest"] = True
    alias["description"] = f"Engelse alias van '{canonical}' (English alias). " + schema.get("description", "")
    alias.pop("markdownDescription", None)
    return alias


def _describe(schema: SchemaDict, text: Message) -> SchemaDict:
    schema["description"] = text.nl
    schema["markdownDescription"] = f"{text.nl}\n\n*{text.en}*" if text.en != text.nl else text.nl
    return schema


def _description(owner: str, key: str, prop: SchemaDict) -> Message:
    if owner == "Policy" and key in template.FIELD_QUESTIONS:
        label, question = template.FIELD_LABELS[key], template.FIELD_QUESTIONS[key]
        return Message(nl=f"{label.nl}: {question.nl}", en=f"{label.en}: {question.en}")
    if key in EXTRA_DESCRIPTIONS:
        return EXTRA_DESCRIPTIONS[key]
    text = prop.get("description") or key
    return Message(nl=text, en=ENGLISH.get(text, text))


def _property(owner: str, key: str, prop: SchemaDict) -> SchemaDict:
    description = _description(owner, key, prop)
    branches = [*_value(_without_null(prop), key), NULL_ONLY]
    return _describe({"anyOf": [_labelled(branch, description) for branch in branches]}, description)


BRANCH_LABELS = {
    "offered": "{text}",
    "array": "Een lijst: {text}",
    "pattern": "Een andere spelling die ook gelezen wordt.",
    "null": "Leeg: nog in te vullen.",
    "null-or-boolean": "Leeg, of ja/nee als YAML-boolean (true/false).",
}


def _labelled(branch: SchemaDict, description: Message) -> SchemaDict:
    """Every branch gets a description of its own. yaml-language-server's hover treats branches without one as
    all matching, and then shows an empty header joined with '||' instead of the property's description."""
    if "description" in branch or "$ref" in branch:
        return branch
    if branch is NULL_ONLY:
        kind = "null"
    elif "not" in branch:
        kind = "null-or-boolean"
    elif "pattern" in branch:
        kind = "pattern"
    elif branch.get("type") == "array":
        kind = "array"
    else:
        kind = "offered"
    if kind == "offered":  # the value as the user writes it: the property's own description, in both languages
        return _describe({**branch}, description)
    return {**branch, "description": BRANCH_LABELS[kind].format(text=description.nl)}


def _without_null(prop: SchemaDict) -> SchemaDict:
    options = [option for option in prop.get("anyOf", [prop]) if option.get("type") != "null"]
    return options[0] if len(options) == 1 else {"anyOf": options}


# --- values -------------------------------------------------------------------------------------------


def _value(schema: SchemaDict, key: str) -> list[SchemaDict]:
    """The branches that accept a value as the checker reads it (``null`` is added by the caller)."""
    if schema.get("format") == "date":
        date = {"type": "string", "examples": ["2026-03-01", "1 maart 2026"], "errorMessage": _err("date")}
        return [_describe(date, DATE_DESCRIPTION)]
    if schema.get("type") == "boolean":
        return _words(["ja", "nee"], values.YES_WORDS | values.NO_WORDS, "yes_no")
    if "enum" in schema:
        return _words(list(schema["enum"]), set(values.AGREEMENT_SYNONYMS), "agreement")
    if schema.get("type") == "array":
        return _list_of(_value(_without_null(schema["items"]), key))
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name == "RuleItem":  # under mag the allowed ids, under mag_niet and moet the forbidden ones
            return [{"$ref": "#/definitions/AllowedRule" if key == "mag" else "#/definitions/ForbiddenRule"}]
        if name == "Rules":
            return [{"$ref": "#/definitions/Rules"}]
        shorthand = [{**TEXT, "description": SHORTHAND[name].nl}] if name in SHORTHAND else []
        return [{"$ref": f"#/definitions/{name}"}, *shorthand]
    return [{**TEXT, "errorMessage": _err("text")}]


def _list_of(item: list[SchemaDict]) -> list[SchemaDict]:
    """A list of items, or a single item where a list is expected (the checker reads both)."""
    single = item[0] if len(item) == 1 else {"anyOf": item}
    return [{"type": "array", "items": single}, *item]


def _words(canonical: list[str], accepted: set[str] | frozenset[str], message: str) -> list[SchemaDict]:
    """The canonical words as an enum with descriptions (what an editor offers); every other spelling the
    checker reads, booleans and fill-in markers through patterns and ``not``, which it does not offer."""
    error = _err(message)
    offered = {
        "type": "string",
        "enum": canonical,
        "enumDescriptions": [VALUE_TEXTS[word].nl for word in canonical],
        "markdownEnumDescriptions": [f"{VALUE_TEXTS[word].nl} *{VALUE_TEXTS[word].en}*" for word in canonical],
        "errorMessage": error,
    }
    others = sorted(set(accepted) | set(canonical), key=lambda word: (-len(word), word))  # any case, spaces
    spelled = {"type": "string", "pattern": _any_case(others), "errorMessage": error, "doNotSuggest": True}
    return [offered, spelled, _placeholder(error), {**NULL_OR_BOOLEAN, "errorMessage": error}]


def _placeholder(error: str) -> SchemaDict:
    """A fill-in marker (``[invullen]``, ``n.t.b.``, ``…``): "not filled in yet", a finding of its own."""
    words = sorted(values.PLACEHOLDER_WORDS, key=lambda word: (-len(word), word))
    markers = values.PLACEHOLDER_PATTERN.pattern
    return {
        "type": "string",
        "pattern": f"{_any_case(words)}|{markers}",
        "errorMessage": error,
        "doNotSuggest": True,
    }


def _any_case(words: list[str]) -> str:
    """An ECMA-262 pattern (no inline flags there) matching any of ``words`` in any case, with the spaces
    around and inside and the trailing full stop the checker ignores."""
    alternatives = "|".join(_any_case_word(word) for word in words)
    return rf"^\s*(?:{alternatives})\s*[.!]*\s*$"


def _any_case_word(word: str) -> str:
    parts = []
    for char in word:
        if char.isalpha() and char.lower() != char.upper():
            parts.append(f"[{char.lower()}{char.upper()}]")
        elif char.isspace():
            parts.append(r"\s+")
        else:
            parts.append("\\" + char if char in r".^$*+?()[]{}|\\" else char)
    return "".join(parts)


def _err(key: str) -> str:
    message = MESSAGES[key]
    return f"{message.nl} ({message.en})"


# --- rule items ---------------------------------------------------------------------------------------


def _rule_item(kind: str, model: SchemaDict) -> SchemaDict:
    """A rule item of a list: an id of the template's rules of this kind, own words, or both; or plain text."""
    rules = template.ALLOWED if kind == "mag" else template.FORBIDDEN
    ids = [rule.id for rule in rules]
    id_schema = {
        "type": "string",
        "enum": ids,
        "enumDescriptions": [rule.text.nl for rule in rules],
        "markdownEnumDescriptions": [f"{rule.text.nl}\n\n*{rule.text.en}*" for rule in rules],
        "errorMessage": _err("allowed_id" if kind == "mag" else "forbidden_id"),
    }
    properties = {
        "id": _describe(id_schema, EXTRA_DESCRIPTIONS["id"]),
        "tekst": _describe({**TEXT, "errorMessage": _err("text")}, EXTRA_DESCRIPTIONS["tekst"]),
    }
    for key, aliases in RULE_ITEM_KEYS.items():
        for alias in aliases:
            properties[alias] = _alias(properties[key], key)
    item = {"type": "object", "properties": properties, "additionalProperties": False}
    text = {**TEXT, "description": "De regel als tekst (zet tekst met ': ' tussen aanhalingstekens)."}
    return {"anyOf": [item, text]}
