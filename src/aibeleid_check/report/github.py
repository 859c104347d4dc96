"""GitHub Actions workflow commands: one ``::error file=…,line=…,col=…,title=…::message`` a finding.

The runner turns them into annotations on the pull request's diff. Values are escaped as the runner
expects: in the message ``%``, CR and LF; in properties also ``:`` and ``,``.
"""

from __future__ import annotations

import os
from typing import TextIO

from aibeleid_check.findings import CheckResult, Finding, Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, path: str, lang: str = "nl") -> str:
    title = f"{finding.rule} {finding.slug}".strip()
    properties = {"file": path, "line": str(finding.line), "col": str(finding.column), "title": title}
    rendered = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{COMMANDS[finding.severity]} {rendered}::{escape_data(finding.message.text(lang))}"


def workspace_path(path: str) -> str:
    """The path relative to the current directory (the checkout), with forward slashes, when it is inside."""
    relative = os.path.relpath(os.path.abspath(path))
    if relative.startswith(os.pardir):
        return path.replace(os.sep, "/")
    return relative.replace(os.sep, "/")


class Reporter:
    name = "github"
    machine = True

    def __init__(self, *, lang: str = "nl", color: bool | None = None) -> None:
        self.lang = lang

    def write(self, result: CheckResult, stream: TextIO) -> None:
        for file in result.files:
            path = workspace_path(file.path)
            for finding in file.findings:
                stream.write(annotation(finding, path, self.lang) + "\n")
