"""Output formats. Each format is one module with a ``Reporter`` class; this dict is the registry.

Modules are imported only when their format is used, so that a pre-commit run never pays for Rich.
A reporter reads a :class:`~aibeleid_check.findings.CheckResult` and writes; it never checks.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Protocol, TextIO

if TYPE_CHECKING:
    from aibeleid_check.findings import CheckResult

REPORTERS: dict[str, str] = {
    "rich": "aibeleid_check.report.rich_report",
    "concise": "aibeleid_check.report.concise",
    "json": "aibeleid_check.report.json_report",
    "sarif": "aibeleid_check.report.sarif",
    "github": "aibeleid_check.report.github",
    "junit": "aibeleid_check.report.junit",
}
"""Format name -> module that defines ``Reporter``."""


class Reporter(Protocol):
    name: str
    machine: bool
    """True for formats that are a document (JSON, SARIF…): only the document goes to the stream."""

    def __init__(self, *, lang: str = "nl", color: bool | None = None) -> None: ...

    def write(self, result: CheckResult, stream: TextIO) -> None: ...


def get_reporter(name: str, **options: Any) -> Reporter:
    if name not in REPORTERS:
        raise KeyError(name)
    module = importlib.import_module(REPORTERS[name])
    reporter: Reporter = module.Reporter(**options)
    return reporter
