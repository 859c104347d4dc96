"""The result types every stage after the engine reads: findings, per-file results, the whole check."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Literal

from aibeleid_check.texts import Lang, Message  # Message lives in texts; re-exported here

__all__ = ["SEVERITY_LABELS", "CheckResult", "FileResult", "Finding", "Lang", "Message", "Severity"]


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: str) -> Severity:
        return cls(value.strip().lower())


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}

SEVERITY_LABELS = {
    "nl": {Severity.ERROR: "fout", Severity.WARNING: "waarschuwing", Severity.INFO: "info"},
    "en": {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"},
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one file. ``line``/``column`` are 1-based; ``field`` is the canonical path."""

    rule: str
    severity: Severity
    message: Message
    field: str
    line: int
    column: int
    slug: str = ""

    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.line, self.column, self.rule, self.field)

    def as_dict(self, lang: Lang | str = Lang.NL) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message.text(lang),
            "field": self.field,
            "line": self.line,
            "column": self.column,
        }


@dataclass(slots=True)
class FileResult:
    """Everything later stages need about one checked file; they never re-read the file."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    source_lines: tuple[str, ...] = ()
    policy: object | None = None  # aibeleid_check.model.Policy when the file could be read
    readable: bool = True
    """False when the file's content could not be checked at all; such a file always fails."""
    location_kind: Literal["line", "paragraph"] = "line"
    """What ``line`` means in this file's findings: a text line, or a paragraph number (Word)."""
    recognised: list[dict[str, object]] = field(default_factory=list)
    """Which rule items counted as which template prohibition, and why (``meaning.items``; JSON output)."""

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def errors(self) -> int:
        return self.count(Severity.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Severity.WARNING)

    @property
    def infos(self) -> int:
        return self.count(Severity.INFO)

    def fails(self, fail_level: Severity) -> bool:
        """True when a finding is at or above ``fail_level``, and always for a file that could not be checked."""
        return not self.readable or any(f.severity.rank >= fail_level.rank for f in self.findings)

    def source_line(self, line: int) -> str | None:
        if 1 <= line <= len(self.source_lines):
            return self.source_lines[line - 1]
        return None


@dataclass(slots=True)
class CheckResult:
    """The result of one ``check`` run over any number of files."""

    files: list[FileResult] = field(default_factory=list)
    fail_level: Severity = Severity.ERROR
    rules: tuple[type, ...] | None = None
    """The rule classes of the run (built-in and plugin), set by ``batch.check_files``: reporters read
    the rules from here and never load plugins themselves. ``None`` when no run made the result."""

    def total(self, severity: Severity) -> int:
        return sum(f.count(severity) for f in self.files)

    @property
    def failed(self) -> bool:
        return any(f.fails(self.fail_level) for f in self.files)
