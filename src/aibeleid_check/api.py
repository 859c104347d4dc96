"""The public plugin API: everything a plugin needs, and the only module a plugin should import.

Everything else in ``aibeleid_check`` may move between releases; these names stay (like ``pytest``'s
``pytest.hookimpl``). A plugin written against this module::

    from aibeleid_check.api import Context, Hit, Rule, Severity, hookimpl

    class NoLegalForm(Rule):
        '''...the bilingual docstring with its sections (see docs/plugins.md)...'''

        code = "ACME101"
        slug = "geen-rechtsvorm"
        severity = Severity.WARNING

        def check(self, ctx: Context) -> Iterator[Hit]:
            ...
            yield ctx.at("organisatie", nl="...", en="...")

    @hookimpl
    def aibeleid_code_prefix() -> str:
        return "ACME"

    @hookimpl
    def aibeleid_rules() -> list[type[Rule]]:
        return [NoLegalForm]

A plugin that imports from another ``aibeleid_check`` module still works for one release, with a
``DeprecationWarning`` naming the plugin and the import.
"""

from __future__ import annotations

from aibeleid_check.datetext import add_months
from aibeleid_check.findings import Severity
from aibeleid_check.hookspec import hookimpl
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.texts import Lang, Message
from aibeleid_check.values import is_placeholder, parse_date

API_VERSION = 1
"""Raised when a name is removed or changes meaning; adding a name keeps the version."""

__all__ = [
    "API_VERSION",
    "Context",
    "Hit",
    "Lang",
    "Message",
    "Rule",
    "Severity",
    "add_months",
    "hookimpl",
    "is_placeholder",
    "parse_date",
]
