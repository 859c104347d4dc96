"""``aibeleid-check schema``: the JSON Schema of the policy format, for editors (yaml-language-server).

Generated from the pydantic model in :mod:`aibeleid_check.model`, then widened so that an editor accepts
what the checker reads: the English alias keys, ``ja``/``nee`` words as well as YAML booleans, dates as the
strings an editor sees, a tool, contact or rule given as a plain string, and a single item instead of a
list. Everything else is closed (``additionalProperties: false``), so that an editor marks unknown keys.
Draft-07, because every editor and validator supports it.
"""

from __future__ import annotations

import copy
import json
import sys
from typing import Any

from aibeleid_check import model, template, values
from aibeleid_check.exitcodes import ExitStatus

DRAFT = "http://json-schema.org/draft-07/schema#"
KEYS_BY_DEFINITION = {
    "Policy": model.POLICY_KEYS,
    "Rules": model.RULES_KEYS,
    "RuleItem": model.RULE_ITEM_KEYS,
    "Tool": model.TOOL_KEYS,
    "Contact": model.CONTACT_KEYS,
}
STRING_SHORTHAND = {
    "Tool": "of alleen de naam van de tool als tekst",
    "Contact": "of alleen een naam (met e-mail of telefoon) als tekst",
    "RuleItem": "of de regel als tekst (zet tekst met ': ' tussen aanhalingstekens)",
}
FALLBACK_DESCRIPTIONS = {
    "regels": "De regels van het beleid: mag (DIT MAG) en mag_niet (DIT NIET).",
    "versie": "Versie van het beleid, als tekst (\"1.0\").",
    "rol": "Rol of functie van het aanspreekpunt.",
    "email": "E-mailadres van het aanspreekpunt.",
    "telefoon": "Telefoonnummer van het aanspreekpunt.",
    "leverancier": "Leverancier van de tool.",
    "abonnement": "Abonnement of versie van de tool (bijvoorbeeld Business of Enterprise).",
    "datalocatie": "Waar de gegevens worden opgeslagen (bijvoorbeeld EU).",
    "toelichting": "Toelichting voor het team.",
}
# The words and markers the value parsers read (values.py keeps them private; the schema lists exactly those).
YES_NO_WORDS = sorted(values.YES_WORDS | values.NO_WORDS)
AGREEMENT_WORDS = sorted(values.AGREEMENT_SYNONYMS)
# The source stage keeps every scalar as its text, so `versie: 1.0` or `telefoon: 0612345678` are read as text.
TEXT = {"type": ["string", "number"]}
# A fill-in marker ("[invullen]", "n.t.b.", "…") is read as "not filled in yet" (a finding of its own, not a
# wrong value), so the template itself is valid.
PLACEHOLDER = {
    "anyOf": [
        {"type": "string", "pattern": values.PLACEHOLDER_PATTERN.pattern},
        {"type": "string", "enum": sorted(values.PLACEHOLDER_WORDS)},
    ],
    "description": "Nog in te vullen.",
}
DATE_DESCRIPTION = "Een datum: 2026-03-01, 1-3-2026, 01/03/2026 of 1 maart 2026 (dag eerst, nooit maand eerst)."
DATE_EXAMPLES = ["2026-03-01", "1 maart 2026", "01-03-2026"]


def run(args) -> ExitStatus:
    json.dump(policy_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return ExitStatus.SUCCESS


def policy_schema() -> dict[str, Any]:
    generated = model.Policy.model_json_schema(ref_template="#/definitions/{model}")
    definitions = generated.pop("$defs", {})
    root = _object(generated, "Policy")
    return {
        "$schema": DRAFT,
        "title": "AI-gebruiksbeleid",
        "description": (
            "Het AI-gebruiksbeleid van een organisatie volgens het sjabloon op één A4 (aibeleid-check, formaat v1). "
            "Nederlandse sleutels; de Engelse aliassen worden ook gelezen."
        ),
        "type": "object",
        "properties": root["properties"],
        "additionalProperties": False,
        "definitions": {name: _object(schema, name) for name, schema in sorted(definitions.items())},
    }


def _object(schema: dict[str, Any], name: str) -> dict[str, Any]:
    keys = KEYS_BY_DEFINITION.get(name, {})
    properties: dict[str, Any] = {}
    for key, prop in schema.get("properties", {}).items():
        if key not in keys:
            continue  # internal fields such as RuleItem.from_mapping
        properties[key] = _property(key, prop, name)
        for alias in keys[key]:
            properties[alias] = _alias(properties[key], key)
    return {"type": "object", "properties": properties, "additionalProperties": False}


def _alias(schema: dict[str, Any], canonical: str) -> dict[str, Any]:
    alias = copy.deepcopy(schema)
    alias["description"] = f"Engelse alias van '{canonical}'. " + schema.get("description", "")
    return alias


def _property(key: str, prop: dict[str, Any], owner: str) -> dict[str, Any]:
    description = prop.get("description") or FALLBACK_DESCRIPTIONS.get(key, "")
    if owner == "Policy" and key in template.FIELD_QUESTIONS:
        description = f"{template.FIELD_LABELS[key].nl}: {template.FIELD_QUESTIONS[key].nl}"
    if key == "id" and owner == "RuleItem":
        value = {"type": "string", "enum": sorted(template.RULES_BY_ID)}
    else:
        value = _value(_without_null(prop))
    widened = {"anyOf": [*_alternatives(value), {"type": "null"}]}
    if description:
        widened["description"] = description
    return widened


def _without_null(prop: dict[str, Any]) -> dict[str, Any]:
    options = [option for option in prop.get("anyOf", [prop]) if option.get("type") != "null"]
    return options[0] if len(options) == 1 else {"anyOf": options}


def _value(schema: dict[str, Any]) -> dict[str, Any]:
    """A value schema as the checker reads it (before ``null``, which every field accepts)."""
    if schema.get("format") == "date":
        return {"type": "string", "description": DATE_DESCRIPTION, "examples": DATE_EXAMPLES}
    if schema.get("type") == "boolean":
        return {"anyOf": [{"type": "boolean"}, {"type": "string", "enum": _spellings(YES_NO_WORDS)}, PLACEHOLDER]}
    if "enum" in schema:
        words = [*schema["enum"], *AGREEMENT_WORDS]
        return {"anyOf": [{"type": "string", "enum": _spellings(words)}, {"type": "boolean"}, PLACEHOLDER]}
    if schema.get("type") == "array":
        item = _value(_without_null(schema["items"]))
        return {"anyOf": [{"type": "array", "items": item}, *_alternatives(item)]}
    if schema == {"type": "string"}:
        return TEXT
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name in STRING_SHORTHAND:
            return {"anyOf": [schema, {"type": "string", "description": STRING_SHORTHAND[name]}]}
    return schema


def _alternatives(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return list(schema["anyOf"]) if set(schema) == {"anyOf"} else [schema]


def _spellings(words) -> list[str]:
    """The words as people type them: the checker reads them case-insensitively, a JSON Schema enum does not."""
    spelled = {form for word in words for form in (word, word.capitalize(), word.upper())}
    return sorted(spelled)
