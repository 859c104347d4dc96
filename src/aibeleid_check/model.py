"""Model stage: the policy format v1 (DESIGN §3) as a lenient pydantic model.

``build(document)`` normalises what the author wrote (English aliases to Dutch canonical keys, a contact
given as a string, a rule written as an accidental mapping) and validates it. Every field is optional so
that one problem never hides the others: a value that fails validation is recorded as a
:class:`ModelProblem` with its canonical path and position, dropped, and the rest is validated again.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError
from pydantic_core import PydanticCustomError

from aibeleid_check import values
from aibeleid_check.findings import Message
from aibeleid_check.source import Document, Path
from aibeleid_check.template import RULES_BY_ID

# --- keys: canonical Dutch name -> accepted English aliases -----------------------------------------

POLICY_KEYS = {
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
RULES_KEYS = {"mag": ("allowed",), "mag_niet": ("forbidden",), "moet": ("must",)}
RULE_ITEM_KEYS = {"id": (), "tekst": ("text",)}
_RULE_ITEM_LOOKUP = {"id", "tekst", "text"}
TOOL_KEYS = {
    "naam": ("name",),
    "verwerkersovereenkomst": ("processing_agreement",),
    "persoonsgegevens": ("personal_data",),
    "leverancier": ("vendor", "supplier"),
    "abonnement": ("plan", "subscription"),
    "datalocatie": ("data_location",),
    "toelichting": ("note", "notes"),
    "doorgiftegrond": ("transfer_basis",),
}
CONTACT_KEYS = {"naam": ("name",), "rol": ("role",), "email": ("e-mail", "mail"), "telefoon": ("phone", "telephone")}


# --- the pydantic model -----------------------------------------------------------------------------


def _checked(parser):
    """Wrap a values.* parser so that its problem becomes a pydantic error carrying both languages."""

    def validate(value: Any) -> Any:
        try:
            return parser(value)
        except values.ValueProblem as problem:
            raise PydanticCustomError("aib_value", "{nl}", {"nl": problem.message.nl, "en": problem.message.en})

    return BeforeValidator(validate)


Agreement = Literal["ja", "nee", "aangevraagd", "niet-nodig"]
DateValue = Annotated[date | None, _checked(values.parse_date)]
YesNo = Annotated[bool | None, _checked(values.parse_yes_no)]
AgreementValue = Annotated[Agreement | None, _checked(values.parse_agreement)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class RuleItem(_Model):
    id: str | None = Field(None, description="Id van een regel uit het sjabloon, bijvoorbeeld geen-persoonsgegevens.")
    tekst: str | None = Field(None, description="De regel in eigen woorden.")
    from_mapping: bool = Field(False, exclude=True, description="Read from an unquoted 'a: b' line.")


class Rules(_Model):
    mag: list[RuleItem] | None = Field(None, description="DIT MAG: wat wel mag.")
    mag_niet: list[RuleItem] | None = Field(None, description="DIT NIET: wat niet mag.")
    moet: list[RuleItem] | None = Field(None, description="ALTIJD: wat medewerkers altijd moeten doen.")


class Tool(_Model):
    naam: str | None = Field(None, description="Naam van de tool, met het abonnement als dat uitmaakt.")
    verwerkersovereenkomst: AgreementValue = Field(None, description="ja | nee | aangevraagd | niet-nodig")
    persoonsgegevens: YesNo = Field(None, description="Mogen er persoonsgegevens in? ja | nee (standaard nee)")
    leverancier: str | None = None
    abonnement: str | None = None
    datalocatie: str | None = None
    toelichting: str | None = None
    doorgiftegrond: str | None = Field(
        None,
        description="Grond voor doorgifte buiten de EU/EER (AVG hoofdstuk V): adequaatheidsbesluit, "
        "EU-US Data Privacy Framework of standaardcontractbepalingen.",
    )

    @property
    def allows_personal_data(self) -> bool:
        return self.persoonsgegevens is True

    @property
    def agreement_covered(self) -> bool:
        """Covered by a processing agreement: `ja`, or `niet-nodig` for a tool that takes no personal data.
        `niet-nodig` with personal data fits only a tool nobody else runs for you, so it is never counted."""
        return self.verwerkersovereenkomst == "ja" or (
            self.verwerkersovereenkomst == "niet-nodig" and not self.allows_personal_data
        )


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # start only where a name starts: linear time
_PHONE = re.compile(r"(?:\+|\b0)[\d\s().-]{8,}\d")


class Contact(_Model):
    naam: str | None = Field(None, description="Naam (of functie) van het aanspreekpunt.")
    rol: str | None = None
    email: str | None = None
    telefoon: str | None = None

    @property
    def reachable(self) -> bool:
        """An e-mail address or phone number is given, as a field or inside the name."""
        if not values.is_placeholder(self.email) or not values.is_placeholder(self.telefoon):
            return True
        return bool(self.naam and (_EMAIL.search(self.naam) or _PHONE.search(self.naam)))


class Policy(_Model):
    organisatie: str | None = Field(None, description="Naam van de organisatie.")
    regels: Rules | None = None
    goedgekeurde_tools: list[Tool] | None = Field(None, description="GOEDGEKEURDE TOOLS")
    aanspreekpunt: Contact | None = Field(None, description="AANSPREEKPUNT BIJ TWIJFEL")
    geldt_voor: list[str | None] | None = Field(None, description="DIT BELEID GELDT VOOR")
    ingangsdatum: DateValue = Field(None, description="INGANGSDATUM")
    herzieningsdatum: DateValue = Field(None, description="Wanneer het beleid opnieuw wordt bekeken.")
    versie: str | None = None
    afspraken: list[str | None] | None = Field(
        None,
        description="Extra afspraken in eigen woorden: scholing (AI-geletterdheid), wat te doen bij een "
        "datalek, transparantie naar klanten, hoe een nieuwe tool wordt goedgekeurd.",
    )

    def rule_items(self, kind: str) -> list[RuleItem]:
        if self.regels is None:
            return []
        return list(getattr(self.regels, kind) or [])


# --- the stage's result -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ModelProblem:
    """A value the model could not accept, or a key it does not know. ``kind`` selects the rule."""

    kind: str  # "value" (wrong type or unreadable value), "unknown-key" or "duplicate-key" (a key and its alias)
    field: str
    line: int
    column: int
    message: Message


@dataclass(slots=True)
class PolicyModel:
    """A policy plus where each canonical field came from."""

    policy: Policy
    problems: list[ModelProblem] = field(default_factory=list)
    value_marks: dict[str, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[str, tuple[int, int]] = field(default_factory=dict)
    invalid_fields: set[str] = field(default_factory=set)
    present_fields: set[str] = field(default_factory=set)

    def position(self, path: str) -> tuple[int, int]:
        """Line and column of the value at ``path``; for a missing value, the key of its nearest parent."""
        if path in self.value_marks:
            return self.value_marks[path]
        parent = path
        while parent:
            parent = _parent(parent)
            if parent in self.key_marks:
                return self.key_marks[parent]
            if parent in self.value_marks:
                return self.value_marks[parent]
        return (1, 1)

    def key_position(self, path: str) -> tuple[int, int]:
        return self.key_marks.get(path) or self.position(path)


def format_path(path: Path) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


_KEY_TABLES: dict[str, dict[str, tuple[str, ...]]] = {
    "": POLICY_KEYS,
    "regels": RULES_KEYS,
    "regels.mag[]": RULE_ITEM_KEYS,
    "regels.mag_niet[]": RULE_ITEM_KEYS,
    "regels.moet[]": RULE_ITEM_KEYS,
    "goedgekeurde_tools[]": TOOL_KEYS,
    "aanspreekpunt": CONTACT_KEYS,
}


def canonical_path(path: Path) -> str:
    """The canonical (Dutch) path of a raw path as written: ``approved_tools[0].name`` → ``goedgekeurde_tools[0].naam``."""
    shape, canonical = "", []
    for part in path:
        if isinstance(part, int):
            shape += "[]"
            canonical.append(part)
            continue
        name = _canonical_key(part, _KEY_TABLES.get(shape, {}))
        shape = f"{shape}.{name}" if shape else name
        canonical.append(name)
    return format_path(tuple(canonical))


def _canonical_key(key: str, table: dict[str, tuple[str, ...]]) -> str:
    wanted = key.strip().lower()
    for name, aliases in table.items():
        if wanted == name or wanted in aliases:
            return name
    return key


def _parent(path: str) -> str:
    cut = max(path.rfind("."), path.rfind("["))
    return path[:cut] if cut > 0 else ""


_EMPTY_POLICY = Policy()  # frozen, so one shared placeholder until validation has run


def build(doc: Document) -> PolicyModel | None:
    """Build the policy model from a readable document, or return ``None`` when the top level is not a mapping."""
    if not doc.readable:
        return None
    normaliser = _Normaliser(doc)
    data = normaliser.policy(doc.data)
    result = PolicyModel(policy=_EMPTY_POLICY, value_marks=normaliser.value_marks, key_marks=normaliser.key_marks)
    result.problems.extend(normaliser.problems)
    result.present_fields = set(normaliser.value_marks)
    result.policy = _validate(data, result)
    return result


def _validate(data: dict[str, Any], result: PolicyModel) -> Policy:
    for _attempt in range(8):
        try:
            return Policy.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                loc = tuple(error["loc"])
                path = format_path(loc)
                if path not in result.invalid_fields:
                    line, column = result.position(path)
                    result.problems.append(ModelProblem("value", path, line, column, _error_message(error, path)))
                    result.invalid_fields.add(path)
                _remove(data, loc)
    return Policy()  # pragma: no cover - each round removes every value that failed


def _error_message(error: dict, path: str) -> Message:
    if error["type"] == "aib_value":
        ctx = error["ctx"]
        return Message(nl=ctx["nl"], en=ctx["en"])
    expected = _EXPECTED.get(error["type"])
    if expected:
        return Message(nl=f"{path} moet {expected[0]} zijn.", en=f"{path} must be {expected[1]}.")
    return Message(nl=f"{path}: ongeldige waarde ({error['msg']}).", en=f"{path}: invalid value ({error['msg']}).")


_EXPECTED = {
    "string_type": ("een tekst", "a text"),
    "list_type": ("een lijst", "a list"),
    "model_type": ("een mapping (sleutel: waarde)", "a mapping (key: value)"),
    "model_attributes_type": ("een mapping (sleutel: waarde)", "a mapping (key: value)"),
    "dict_type": ("een mapping (sleutel: waarde)", "a mapping (key: value)"),
}


def _remove(data: Any, loc: tuple) -> None:
    target = data
    for part in loc[:-1]:
        try:
            target = target[part]
        except (KeyError, IndexError, TypeError):
            return
    last = loc[-1] if loc else None
    if isinstance(target, dict) and last in target:
        target[last] = None
    elif isinstance(target, list) and isinstance(last, int) and last < len(target):
        target[last] = {} if not isinstance(target[last], dict) else None


_LOOKUPS: dict[int, tuple[dict, dict[str, str]]] = {}


def _lookup(keys: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Canonical key and every alias -> canonical key; built once per key table (this runs for every mapping)."""
    cached = _LOOKUPS.get(id(keys))
    if cached is None or cached[0] is not keys:
        lookup = {name: name for name in keys} | {alias: name for name, aliases in keys.items() for alias in aliases}
        cached = _LOOKUPS[id(keys)] = (keys, lookup)
    return cached[1]


class _Normaliser:
    """Maps aliases to canonical keys and reads lenient shapes, carrying positions over to canonical paths."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.value_marks: dict[str, tuple[int, int]] = {}
        self.key_marks: dict[str, tuple[int, int]] = {}
        self.problems: list[ModelProblem] = []
        self._raw_paths: dict[str, Path] = {"": ()}  # canonical path -> the raw path it was read from

    def policy(self, data: dict) -> dict:
        out = self.mapping(data, (), "", POLICY_KEYS)
        if isinstance(out.get("regels"), dict):
            out["regels"] = self.mapping(out["regels"], self._raw_paths["regels"], "regels", RULES_KEYS)
            for kind in RULES_KEYS:
                out["regels"][kind] = self.each(out["regels"].get(kind), f"regels.{kind}", self.rule_item)
        out["goedgekeurde_tools"] = self.each(out.get("goedgekeurde_tools"), "goedgekeurde_tools", self.tool)
        if "aanspreekpunt" in out:
            out["aanspreekpunt"] = self.contact(out["aanspreekpunt"])
        if isinstance(out.get("geldt_voor"), str):
            out["geldt_voor"] = [out["geldt_voor"]]
        elif isinstance(out.get("geldt_voor"), list):
            for index in range(len(out["geldt_voor"])):
                self._carry(self._raw_paths["geldt_voor"] + (index,), f"geldt_voor[{index}]")
        if "afspraken" in out:
            out["afspraken"] = self.each(out["afspraken"], "afspraken", self.agreement_item)
        return out

    def mapping(self, data: dict, raw: Path, canon: str, keys: dict[str, tuple[str, ...]]) -> dict:
        lookup = _lookup(keys)
        out: dict[str, Any] = {}
        for key, value in data.items():
            name = lookup.get(key) or lookup.get(key.strip().lower())
            child_raw = raw + (key,)
            if name is None:
                self._unknown_key(key, child_raw, canon, lookup)
                continue
            child = f"{canon}.{name}" if canon else name
            if name in out:  # the Dutch key and its alias (or two spellings): YAML sees two different keys
                self._duplicate(child_raw, child)
            out[name] = value
            self._carry(child_raw, child)
        return out

    def _carry(self, raw: Path, canon: str) -> None:
        """Copy the marks of ``raw`` and of everything below it to canonical paths."""
        self._raw_paths[canon] = raw
        key_mark = self.doc.key_marks.get(raw)
        if key_mark is not None:
            self.key_marks[canon] = key_mark
        value_mark = self.doc.value_marks.get(raw)
        if value_mark is not None:
            self.value_marks[canon] = value_mark

    def each(self, items: Any, canon: str, read_item) -> Any:
        if items is None:
            return None
        raw = self._raw_paths.get(canon, ())
        if isinstance(items, (str, dict)):  # a single tool or rule written without a list
            self._carry(raw, f"{canon}[0]")
            return [read_item(items, raw, f"{canon}[0]")]
        if not isinstance(items, list):
            return items  # pydantic reports the wrong type
        out = []
        for index, item in enumerate(items):
            child = f"{canon}[{index}]"
            self._carry(raw + (index,), child)
            out.append(read_item(item, raw + (index,), child))
        return out

    def rule_item(self, item: Any, raw: Path, canon: str) -> Any:
        if item is None:
            return {}
        if isinstance(item, str):
            if item.strip().lower() in RULES_BY_ID:  # `- geen-persoonsgegevens`: the id, written without `id:`
                return {"id": item.strip()}
            return {"tekst": item}
        if not isinstance(item, dict):
            return item
        if len(item) == 1 and next(iter(item)).strip().lower() not in _RULE_ITEM_LOOKUP:
            # `- Concepten laten schrijven: mails, teksten` — YAML read an unquoted ": " as a mapping.
            key, value = next(iter(item.items()))
            text = f"{key}: {value}" if value is not None else f"{key}:"
            return {"tekst": text if isinstance(value, (str, type(None))) else key, "from_mapping": True}
        return self.mapping(item, raw, canon, RULE_ITEM_KEYS)

    def tool(self, item: Any, raw: Path, canon: str) -> Any:
        if item is None:
            return {}
        if isinstance(item, str):
            return {"naam": item}
        if not isinstance(item, dict):
            return item
        return self.mapping(item, raw, canon, TOOL_KEYS)

    def agreement_item(self, item: Any, raw: Path, canon: str) -> Any:
        if isinstance(item, dict):  # `- Datalek: meld het direct` — an unquoted ": " made it a mapping
            return ". ".join(f"{key}: {value}" if value is not None else str(key) for key, value in item.items())
        return item

    def contact(self, value: Any) -> Any:
        if isinstance(value, str):
            return {"naam": value}
        if not isinstance(value, dict):
            return value
        return self.mapping(value, self._raw_paths["aanspreekpunt"], "aanspreekpunt", CONTACT_KEYS)

    def _duplicate(self, raw: Path, canon: str) -> None:
        """Like a key given twice: the later value wins, as PyYAML does for two equal keys."""
        key, first_key = raw[-1], self._raw_paths[canon][-1]
        first_line = self.key_marks.get(canon, (1, 1))[0]
        line, column = self.doc.key_marks.get(raw, (1, 1))
        self.problems.append(
            ModelProblem(
                "duplicate-key",
                canon,
                line,
                column,
                Message(
                    nl=f"'{key}' en '{first_key}' (regel {first_line}) zijn dezelfde sleutel; alleen de laatste telt.",
                    en=f"'{key}' and '{first_key}' (line {first_line}) are the same key; only the last one counts.",
                ),
            )
        )

    def _unknown_key(self, key: str, raw: Path, parent: str, lookup: dict[str, str]) -> None:
        path = f"{parent}.{key}" if parent else key
        line, column = self.doc.key_marks.get(raw, (1, 1))
        guess = difflib.get_close_matches(key.strip().lower(), list(lookup), n=1, cutoff=0.6)
        hint_nl = f" Bedoel je '{lookup[guess[0]]}'?" if guess else ""
        hint_en = f" Did you mean '{lookup[guess[0]]}'?" if guess else ""
        where_nl = f" in {parent}" if parent else ""
        where_en = f" in {parent}" if parent else ""
        self.problems.append(
            ModelProblem(
                "unknown-key",
                path,
                line,
                column,
                Message(
                    nl=f"Onbekende sleutel '{values.shown(key)}'{where_nl}.{hint_nl}",
                    en=f"Unknown key '{values.shown(key)}'{where_en}.{hint_en}",
                ),
            )
        )
