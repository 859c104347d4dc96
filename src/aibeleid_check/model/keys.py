"""The format's keys: canonical Dutch names, their English aliases, and canonical paths of raw paths."""

from __future__ import annotations

from aibeleid_check.source import Path

KeyTable = dict[str, tuple[str, ...]]

POLICY_KEYS: KeyTable = {
    "organisatie": ("organisation", "organization"),
    "regels": ("rules",),
    "goedgekeurde_tools": ("approved_tools",),
    "aanspreekpunt": ("contact",),
    "geldt_voor": ("applies_to",),
    "ingangsdatum": ("effective_date",),
    "herzieningsdatum": ("review_date",),
    "versie": ("version",),
    "afspraken": ("agreements",),
}
RULES_KEYS: KeyTable = {"mag": ("allowed",), "mag_niet": ("forbidden",), "moet": ("must",)}
RULE_KINDS = tuple(RULES_KEYS)
"""The rule lists: ``mag`` (DIT MAG), ``mag_niet`` (DIT NIET), ``moet`` (ALTIJD: what staff must always do)."""
RULE_ITEM_KEYS: KeyTable = {"id": (), "tekst": ("text",)}
RULE_ITEM_LOOKUP = frozenset({"id", "tekst", "text"})
TOOL_KEYS: KeyTable = {
    "naam": ("name",),
    "verwerkersovereenkomst": ("processing_agreement",),
    "persoonsgegevens": ("personal_data",),
    "leverancier": ("vendor", "supplier"),
    "abonnement": ("plan", "subscription"),
    "datalocatie": ("data_location",),
    "toelichting": ("note", "notes"),
    "doorgiftegrond": ("transfer_basis",),
}
CONTACT_KEYS: KeyTable = {
    "naam": ("name",),
    "rol": ("role",),
    "email": ("e-mail", "mail"),
    "telefoon": ("phone", "telephone"),
}

KEY_TABLES: dict[str, KeyTable] = {
    "": POLICY_KEYS,
    "regels": RULES_KEYS,
    **{f"regels.{kind}[]": RULE_ITEM_KEYS for kind in RULE_KINDS},
    "goedgekeurde_tools[]": TOOL_KEYS,
    "aanspreekpunt": CONTACT_KEYS,
}


def format_path(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def canonical_path(path: Path) -> str:
    """The canonical (Dutch) path of a raw path as written: ``approved_tools[0].name`` → ``goedgekeurde_tools[0].naam``."""
    shape, canonical = "", list[str | int]()
    for part in path:
        if isinstance(part, int):
            shape += "[]"
            canonical.append(part)
            continue
        name = _canonical_key(part, KEY_TABLES.get(shape, {}))
        shape = f"{shape}.{name}" if shape else name
        canonical.append(name)
    return format_path(tuple(canonical))


def _canonical_key(key: str, table: KeyTable) -> str:
    wanted = key.strip().lower()
    for name, aliases in table.items():
        if wanted == name or wanted in aliases:
            return name
    return key


def parent_path(path: str) -> str:
    cut = max(path.rfind("."), path.rfind("["))
    return path[:cut] if cut > 0 else ""


_LOOKUPS: dict[int, tuple[KeyTable, dict[str, str]]] = {}


def lookup(keys: KeyTable) -> dict[str, str]:
    """Canonical key and every alias -> canonical key; built once per key table (this runs for every mapping)."""
    cached = _LOOKUPS.get(id(keys))
    if cached is None or cached[0] is not keys:
        table = {name: name for name in keys} | {alias: name for name, aliases in keys.items() for alias in aliases}
        cached = _LOOKUPS[id(keys)] = (keys, table)
    return cached[1]
