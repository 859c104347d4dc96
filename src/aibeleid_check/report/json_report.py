"""The findings JSON of DESIGN §4: exactly one document on the stream."""

from __future__ import annotations

import json
import re
from typing import Any, TextIO

from aibeleid_check import __version__
from aibeleid_check.findings import CheckResult, Severity
from aibeleid_check.report.paths import printable_path
from aibeleid_check.report.text import location_kind

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def as_document(result: CheckResult, lang: str = "nl") -> dict[str, Any]:
    return {
        "version": __version__,
        "files": [
            {
                "path": printable_path(file.path),
                "ok": not file.fails(result.fail_level),
                "location_kind": location_kind(file),  # "line", or "paragraph" (a Word document): what line counts
                "findings": [finding.as_dict(lang) for finding in file.findings],
                "recognised": file.recognised,  # which rule items counted as which template rule, and why
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

    def document(self, result: CheckResult) -> dict[str, Any]:
        return as_document(result, self.lang)

    def write(self, result: CheckResult, stream: TextIO) -> None:
        text = json.dumps(self.document(result), ensure_ascii=False, indent=2)
        # A text no UTF-8 stream can take (a lone surrogate from a file name that was not UTF-8) must not
        # break the document half-way: every one becomes U+FFFD.
        stream.write(_LONE_SURROGATE.sub("\ufffd", text) + "\n")
