"""What every rule is made of, built-in or from a plugin.

A rule is a small class with a ``code`` (``AIB201``), a ``slug``, a default ``severity``, the ``profile``
it belongs to, and a docstring in fixed sections that *is* its ``explain`` text::

    Korte samenvatting in het Nederlands.

    Wat het controleert:
        ...
    Waarom:
        ...
    Voorbeeld:
        ...
    Zo wel:
        ...

    --- en ---
    Short summary in English.

    What it checks:
        ...
    Why:
        ...
    Example:
        ...
    Instead:
        ...

``check(ctx)`` yields :class:`Hit` objects (``ctx.at(...)`` makes one); the engine stamps the code and the
configured severity on each to make a :class:`~aibeleid_check.findings.Finding`. Rules never print.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from aibeleid_check.findings import Message, Severity

if TYPE_CHECKING:
    from aibeleid_check.meaning.items import CountedItem
    from aibeleid_check.model import Policy, PolicyModel
    from aibeleid_check.source import Document

CODE_PATTERN = re.compile(r"^[A-Z]{2,8}\d{3}$")
SECTIONS = {
    "nl": ("Wat het controleert", "Waarom", "Voorbeeld", "Zo wel"),
    "en": ("What it checks", "Why", "Example", "Instead"),
}
_LANG_SPLIT = re.compile(r"^\s*--- en ---\s*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Hit:
    """A finding before the engine has stamped its rule code and severity."""

    field: str
    line: int
    column: int
    message: Message


@dataclass(slots=True)
class Context:
    """Everything a rule may look at for one file."""

    document: Document | None
    model: PolicyModel | None
    today: date
    options: dict[str, Any] = field(default_factory=dict)
    """Plugin options only, as declared by the plugins (core data has its own fields below)."""
    a4_pages: int | None = None
    """Pages of the rendered A4, when one was made (AIB801)."""
    catalogues: tuple[str, ...] = ()
    """The organisation's own tool-catalogue files, in order (the streng catalogue rules)."""
    _counted: list[CountedItem] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def policy(self) -> Policy:
        assert self.model is not None, "rules with needs_policy=True only run on a readable policy"
        return self.model.policy

    def counted_items(self) -> list[CountedItem]:
        """The rule items that count as a template rule, read once per file (AIB401 and the JSON output); in a
        document without the template's structure, its texts (AIB011)."""
        if self._counted is None:
            from aibeleid_check.meaning.items import counted_items  # recognition loads only when asked

            policy = self.model.policy if self.model else None
            counted = counted_items(policy, self.document.loose if self.document else ())
            self._counted = [_at_its_sentence(self.document, item) for item in counted]
        return self._counted

    def at(self, path: str, nl: str, en: str) -> Hit:
        """A hit on the value at ``path`` (or, when it is missing, on its nearest parent)."""
        line, column = self.model.position(path) if self.model else (1, 1)
        return Hit(path, line, column, Message(nl=nl, en=en))

    def at_key(self, path: str, nl: str, en: str) -> Hit:
        """A hit on the key of ``path`` rather than its value (for a mapping value that starts a line later)."""
        line, column = self.model.key_position(path) if self.model else (1, 1)
        return Hit(path, line, column, Message(nl=nl, en=en))

    def present(self, path: str) -> bool:
        return self.model is not None and path in self.model.present_fields

    def invalid(self, path: str) -> bool:
        return self.model is not None and path in self.model.invalid_fields


@dataclass(frozen=True, slots=True)
class RuleDoc:
    summary: str
    sections: tuple[tuple[str, str], ...]


class Rule:
    """Base class of every rule. Subclasses set the class attributes and implement :meth:`check`."""

    code: ClassVar[str]
    slug: ClassVar[str]
    severity: ClassVar[Severity]
    profile: ClassVar[str] = "basis"
    needs_policy: ClassVar[bool] = True
    """False for rules that report problems of the file itself and so run on unreadable files too."""
    file_unchecked: ClassVar[bool] = False
    """True for rules that say a file could not be checked at all (unreadable, not YAML, empty). They run under
    ``--select`` too, so that such a file never passes silently (DESIGN §4); only ``--ignore`` turns them off."""
    origin: ClassVar[str] = "aibeleid-check"
    """Who provides the rule: ``aibeleid-check`` or the plugin's name (set by the plugin manager)."""

    def check(self, ctx: Context) -> Iterator[Hit]:
        raise NotImplementedError

    @classmethod
    def doc(cls, lang: str = "nl") -> RuleDoc:
        return parse_doc(inspect.getdoc(cls) or "", lang)

    @classmethod
    def summary(cls, lang: str = "nl") -> str:
        return cls.doc(lang).summary


def parse_doc(text: str, lang: str) -> RuleDoc:
    parts = _LANG_SPLIT.split(text, maxsplit=1)
    chosen = parts[1] if lang == "en" and len(parts) > 1 else parts[0]
    chosen = inspect.cleandoc(chosen)
    titles = SECTIONS["en" if lang == "en" and len(parts) > 1 else "nl"]
    summary, _, rest = chosen.partition("\n")
    heading = re.compile(rf"^({'|'.join(map(re.escape, titles))}):\s*$", re.MULTILINE)
    pieces = heading.split(rest)
    sections = tuple((pieces[i], inspect.cleandoc(pieces[i + 1]).strip()) for i in range(1, len(pieces) - 1, 2))
    return RuleDoc(summary=summary.strip(), sections=sections)


def validate_rule_class(rule: type[Rule]) -> list[str]:
    """Problems with a rule class's declaration; empty when it is well formed."""
    problems = []
    code = getattr(rule, "code", None)
    if not isinstance(code, str) or not CODE_PATTERN.match(code):
        problems.append(f"code {code!r} is not like 'ABC123'")
    if not isinstance(getattr(rule, "slug", None), str) or not rule.slug:
        problems.append("slug is missing")
    if not isinstance(getattr(rule, "severity", None), Severity):
        problems.append("severity must be a Severity")
    if rule.profile not in ("basis", "streng"):
        problems.append(f"profile {rule.profile!r} is not basis or streng")
    doc = rule.doc("nl")
    if not doc.summary or [title for title, _ in doc.sections] != list(SECTIONS["nl"]):
        problems.append("docstring lacks the sections " + " / ".join(SECTIONS["nl"]))
    return problems


_SEARCHED_LINES = 60
"""How far below a paragraph's first line its sentence is looked for (a paragraph of running text)."""


def _at_its_sentence(document: Document | None, item: CountedItem) -> CountedItem:
    """A text outside the lists, placed where the sentence that states the rule begins in a text file (a
    Markdown paragraph runs over lines, and the reader joined them), so that AIB406 and the JSON say the same
    place; in a Word file, or when the sentence is not found, the paragraph's own position stays."""
    words = (item.text or "").split()[:4]
    if item.at is None or document is None or document.location_kind != "line" or not words:
        return item
    line, column = item.at
    text = "\n".join(document.lines[line - 1 : line - 1 + _SEARCHED_LINES])
    found = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE).search(text, max(0, column - 1))
    if found is None:
        return item
    before = text[: found.start()]
    return replace(item, at=(line + before.count("\n"), found.start() - (before.rfind("\n") + 1) + 1))
