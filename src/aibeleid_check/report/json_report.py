"""The findings JSON of DESIGN §4: exactly one document on the stream."""

from __future__ import annotations

import json
from typing import TextIO

from aibeleid_check import __version__
from aibeleid_check.findings import CheckResult, Severity


def as_document(result: CheckResult, lang: str = "nl") -> dict:
    return {
        "version": __version__,
        "files": [
            {
                "path": file.path,
                "ok": not file.fails(result.fail_level),
                "findings": [finding.as_dict(lang) for finding in file.findings],
            }
            for file in result.files
        ],
        "summary": {
            "files": len(result.files),
            "errors": result.total(Severity.ERROR),
            "warnings": result.total(Severity.WARNING),
            "infos": result.total(Severity.INFO),
        },
    }


class Reporter:
    """Writes one JSON document; formats that are JSON of another shape (SARIF) override ``document``."""

    name = "json"
    machine = True

    def __init__(self, *, lang: str = "nl", color: bool | None = None) -> None:
        self.lang = lang

    def document(self, result: CheckResult) -> dict:
        return as_document(result, self.lang)

    def write(self, result: CheckResult, stream: TextIO) -> None:
        json.dump(self.document(result), stream, ensure_ascii=False, indent=2)
        stream.write("\n")
