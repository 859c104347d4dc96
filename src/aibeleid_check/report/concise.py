"""``path:line:col: CODE [severity] message`` — one line a finding, nothing when clean (for pre-commit).

The format of yamllint's and ruff's default: what a ``git commit`` at a terminal should show. Colour is
added only on a terminal (or with ``--color always``) and never with ``NO_COLOR``; text from the policy is
always shown with its control characters made visible, so a policy cannot rewrite the user's terminal.
A Word document's location is its paragraph: ``beleid.docx:¶14: …``.
"""

from __future__ import annotations

import os
from typing import TextIO

from aibeleid_check.findings import CheckResult, Finding, Severity
from aibeleid_check.report.text import display_path, location, location_kind, one_line

_RESET = "\x1b[0m"
_COLOURS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD = "\x1b[1m"


def wants_colour(choice: bool | None, stream: TextIO) -> bool:
    """``--color always/never`` decide; otherwise colour on a terminal, unless ``NO_COLOR`` is set."""
    if choice is not None:
        return choice
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def line_for(path: str, finding: Finding, kind: str, lang: str, colour: bool = False) -> str:
    where = location(finding.line, finding.column, kind)
    severity = finding.severity.value
    message = one_line(finding.message.text(lang))
    if not colour:
        return f"{path}:{where}: {finding.rule} [{severity}] {message}"
    tint = _COLOURS[finding.severity]
    return f"{_BOLD}{path}{_RESET}:{where}: {tint}{finding.rule} [{severity}]{_RESET} {message}"


class Reporter:
    name = "concise"
    machine = False

    def __init__(self, *, lang: str = "nl", color: bool | None = None) -> None:
        self.lang = lang
        self.color = color

    def write(self, result: CheckResult, stream: TextIO) -> None:
        colour = wants_colour(self.color, stream)
        for file in result.files:
            path = display_path(file.path)
            kind = location_kind(file)
            stream.writelines(line_for(path, finding, kind, self.lang, colour) + "\n" for finding in file.findings)
