"""What the document writers (Markdown, Word) put on the page, in the template's order and words.

Both writers walk :func:`sections` and only decide how a heading, a list, a table or a field looks in
their form. A field that is present but empty is written with the template's italic question (which the
readers read as empty again); a field that is absent is left out, so a converted policy keeps its findings.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from aibeleid_check import template
from aibeleid_check.source import Path
from aibeleid_check.source.labels import CONTACT_PARTS, SHOWN, SHOWN_EN, TOOL_HEADERS, TOOL_HEADERS_EN
from aibeleid_check.source.tool_spec import parse_contact
from aibeleid_check.texts import Message
from aibeleid_check.writers import Draft

RULE_MARKS = {"mag": "✓", "mag_niet": "✗", "moet": ""}
TOOL_ORDER = (
    "naam",
    "verwerkersovereenkomst",
    "persoonsgegevens",
    "leverancier",
    "abonnement",
    "datalocatie",
    "toelichting",
    "doorgiftegrond",
)
ORGANISATION_QUESTION = Message(nl="Naam van de organisatie?", en="Name of the organisation?")
_CONTACT_LABELS = {
    "nl": {"naam": "Naam", "rol": "Rol", "email": "E-mail", "telefoon": "Telefoon"},
    "en": {"naam": "Name", "rol": "Role", "email": "E-mail", "telefoon": "Phone"},
}
FIELD_ORDER = (
    "goedgekeurde_tools",
    "aanspreekpunt",
    "geldt_voor",
    "ingangsdatum",
    "herzieningsdatum",
    "versie",
    "afspraken",
)


@dataclass(slots=True)
class Part:
    """One thing to write. ``kind``: items | table | field | inline (a label with its value) | avg | extra."""

    kind: str
    label: str = ""
    path: Path = ()
    items: list[tuple[Path, str | None]] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    rows: list[tuple[Path, list[str]]] = field(default_factory=list)
    text: str | None = None
    question: str = ""


def shown(lang: str) -> dict[str, str]:
    """The labels the writers write, in the document's language."""
    return SHOWN_EN if lang == "en" else SHOWN


def sections(draft: Draft) -> Iterator[Part]:
    data, lang = draft.data, draft.lang
    found = data.get("regels")
    rules: dict[str, Any] = found if isinstance(found, dict) else {}
    for kind in ("mag", "mag_niet", "moet"):
        if kind in rules:
            yield Part("items", shown(lang)[kind], ("regels", kind), _rule_items(rules[kind], kind, lang))
    if "regels" in data and not rules:
        yield Part("field", shown(lang)["mag"], ("regels", "mag"), text=None)
    for key, value in rules.items():  # an unknown key under regels stays visible, as the label it was
        if key not in RULE_MARKS:
            yield _extra(key, value, ("regels", key))
    yield Part("avg", template.AVG_TITLE.text(lang), text=template.AVG_TEXT.text(lang))
    for key in FIELD_ORDER:
        if key in data:
            yield _field(key, data[key], lang)
    for key, value in draft.extra:  # unknown keys stay visible, as the label they were (a finding again)
        yield _extra(key, value, (str(key),))


def _extra(key: Any, value: Any, path: Path) -> Part:
    return Part("extra", str(key), path, text=one_line(value) if value is not None else None)


def _rule_items(items: Any, kind: str, lang: str) -> list[tuple[Path, str | None]]:
    if not isinstance(items, list):
        items = [] if items is None else [items]
    out: list[tuple[Path, str | None]] = []
    for index, item in enumerate(items):
        out.append((("regels", kind, index), rule_text(item, lang)))
    return out


def rule_text(item: Any, lang: str = "nl") -> str | None:
    """A rule item's text: its own words, or the template's words for a bare template id."""
    if isinstance(item, dict):
        text = item.get("tekst") or item.get("text")
        if text is None and "id" not in item and len(item) == 1:  # `- Concepten: mails` read as a mapping
            key, value = next(iter(item.items()))
            text = f"{key}: {value}" if value is not None else f"{key}:"
        if text is None and isinstance(item.get("id"), str):
            rule = template.RULES_BY_ID.get(item["id"].strip().lower())
            text = rule.text.text(lang) if rule else item["id"]
        return one_line(text) if text is not None else None
    return one_line(item) if item is not None else None


def _field(key: str, value: Any, lang: str) -> Part:
    question = template.FIELD_QUESTIONS[key].text(lang) if key in template.FIELD_QUESTIONS else ""
    label = shown(lang)[key]
    if key == "goedgekeurde_tools" and isinstance(value, list) and value:
        return _tools(value, lang)
    if key == "goedgekeurde_tools" and value is None:  # the template's empty table, under its question
        headers = [_headers(lang)[column] for column in TOOL_ORDER[:3]]
        return Part("table", label, (key,), columns=headers, question=question)
    if key in ("geldt_voor", "afspraken") and isinstance(value, list):
        return Part(
            "items", label, (key,), [((key, i), one_line(v) if v is not None else None) for i, v in enumerate(value)]
        )
    if key == "aanspreekpunt" and isinstance(value, dict):
        return Part("field", label, (key,), text=contact_line(value, lang), question=question)
    kind = "inline" if key in ("herzieningsdatum", "versie") else "field"
    return Part(kind, label, (key,), text=one_line(value) if value is not None else None, question=question)


def _headers(lang: str) -> dict[str, str]:
    return TOOL_HEADERS_EN if lang == "en" else TOOL_HEADERS


def _tools(tools: list[Any], lang: str) -> Part:
    normal = [tool if isinstance(tool, dict) else {"naam": tool} for tool in tools]
    used = [
        key
        for key in TOOL_ORDER
        if key in ("naam", "verwerkersovereenkomst", "persoonsgegevens") or any(key in tool for tool in normal)
    ]
    extra = sorted({key for tool in normal for key in tool if key not in TOOL_ORDER})
    columns = used + extra
    rows: list[tuple[Path, list[str]]] = [
        (("goedgekeurde_tools", i), [one_line(tool.get(key)) if tool.get(key) is not None else "" for key in columns])
        for i, tool in enumerate(normal)
    ]
    headers = [_headers(lang).get(key, key) for key in columns]
    return Part("table", shown(lang)["goedgekeurde_tools"], ("goedgekeurde_tools",), columns=headers, rows=rows)


def contact_line(contact: dict[str, Any], lang: str = "nl") -> str:
    """``Marieke de Vries (directeur) · marieke@example.nl · 010 123 45 67``, read back by the readers."""
    name = one_line(contact.get("naam")) if contact.get("naam") is not None else ""
    if contact.get("rol"):
        name = f"{name} ({one_line(contact['rol'])})".strip()
    parts = [name] if name else []
    parts += [one_line(contact[key]) for key in ("email", "telefoon") if contact.get(key)]
    simple = " · ".join(parts)
    written = {key: one_line(value) for key, value in contact.items() if value is not None}
    if parse_contact(simple)[0] in (written, written.get("naam")) and set(written) <= set(CONTACT_PARTS):
        return simple
    names = _CONTACT_LABELS["en" if lang == "en" else "nl"]
    return " · ".join(f"{names.get(key, key)}: {value}" for key, value in written.items())


def one_line(value: Any) -> str:
    """A value as one line of text; control characters become spaces (a document cannot hold them safely)."""
    if isinstance(value, list):
        value = ", ".join(one_line(item) for item in value if item is not None)
    elif isinstance(value, dict):
        value = "; ".join(f"{key}: {one_line(item)}" for key, item in value.items())
    text = "".join(" " if (ord(ch) < 32 or 127 <= ord(ch) < 160) else ch for ch in str(value))
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Loss:
    """What a Markdown or Word document cannot hold of a rule item: a ``key`` beside ``id`` and ``tekst``,
    or an ``id`` beside the author's own text that the text does not state (the document keeps the text)."""

    path: Path
    what: str
    name: str


def losses(draft: Draft) -> list[Loss]:
    """Everything of the rules that a Markdown or Word document of ``draft`` would drop, in document order."""
    found = draft.data.get("regels")
    out: list[Loss] = []
    for kind in RULE_MARKS:
        items = found.get(kind) if isinstance(found, dict) else None
        for index, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, dict):
                out += _item_losses(item, kind, ("regels", kind, index))
    return out


def _item_losses(item: dict[Any, Any], kind: str, path: Path) -> list[Loss]:
    out = [Loss(path, "key", str(key)) for key in item if key not in ("id", "tekst")]
    rule_id, text = item.get("id"), item.get("tekst")
    if isinstance(rule_id, str) and isinstance(text, str) and text.strip() and not _states(text, rule_id, kind):
        out.append(Loss(path, "id", rule_id))
    return out


def _states(text: str, rule_id: str, kind: str) -> bool:
    """True when a document reader gets ``rule_id`` back from ``text`` alone: by the template's words at its
    start, or (a prohibition) by its meaning, as the rules count it."""
    from aibeleid_check import meaning
    from aibeleid_check.source.reading import rule_item

    wanted = rule_id.strip().lower()
    read = rule_item(text, kind)
    if isinstance(read, dict) and str(read.get("id", "")).lower() == wanted:
        return True
    return wanted in meaning.recognised_ids(text, kind)
