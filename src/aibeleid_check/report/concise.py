"""``path:line:col: CODE [severity] message`` — one line a finding, nothing when clean (for pre-commit)."""

from __future__ import annotations

from typing import TextIO

from aibeleid_check.findings import CheckResult


class Reporter:
    name = "concise"
    machine = False

    def __init__(self, *, lang: str = "nl", color: bool | None = None) -> None:
        self.lang = lang

    def write(self, result: CheckResult, stream: TextIO) -> None:
        for file in result.files:
            for finding in file.findings:
                message = " ".join(finding.message.text(self.lang).split())  # one finding, one line
                stream.write(
                    f"{file.path}:{finding.line}:{finding.column}: {finding.rule} [{finding.severity.value}] {message}\n"
                )
