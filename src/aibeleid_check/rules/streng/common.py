"""What the `streng` rules share: the texts a clause may be written in, and where to report a missing one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from aibeleid_check.model import Policy
from aibeleid_check.rules._keys import english_path
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.values import is_placeholder

CLAUSE_HINT_NL = "Schrijf het onder `afspraken:` (of als regel onder `regels`)."
CLAUSE_HINT_EN = f"Write it under `{english_path('afspraken')}:` (or as a rule under `{english_path('regels')}`)."


def _filled(text: str | None) -> str | None:
    """``text`` unless it is empty or a placeholder ("n.t.b.", "[invullen]")."""
    return None if text is None or is_placeholder(text) else text


def rule_texts(policy: Policy, kind: str) -> list[str]:
    return [text for item in policy.rule_items(kind) if (text := _filled(item.tekst)) is not None]


def agreement_texts(policy: Policy) -> list[str]:
    return [filled for text in policy.afspraken or () if (filled := _filled(text)) is not None]


def clause_texts(policy: Policy) -> list[str]:
    """Every free text in which the policy may make an agreement: `afspraken` and the three rule lists."""
    return (
        agreement_texts(policy)
        + rule_texts(policy, "mag")
        + rule_texts(policy, "mag_niet")
        + rule_texts(policy, "moet")
    )


def permissive_texts(policy: Policy) -> Iterator[tuple[str, str]]:
    """(path, text) of the places that allow a use: allowed rules, agreements and tool notes (not prohibitions).
    Placeholders are left out."""
    for index, item in enumerate(policy.rule_items("mag")):
        if (text := _filled(item.tekst)) is not None:
            yield f"regels.mag[{index}]", text
    for index, agreement in enumerate(policy.afspraken or ()):
        if (text := _filled(agreement)) is not None:
            yield f"afspraken[{index}]", text
    for index, tool in enumerate(policy.goedgekeurde_tools or ()):
        if (text := _filled(tool.toelichting)) is not None:
            yield f"goedgekeurde_tools[{index}].toelichting", text


def personal_data_tools(policy: Policy) -> list[int]:
    return [index for index, tool in enumerate(policy.goedgekeurde_tools or ()) if tool.allows_personal_data]


def missing_clause(ctx: Context, nl: str, en: str) -> Hit:
    """A hit for an agreement the policy does not make: on `afspraken` when it exists, else at the top."""
    return ctx.at_key("afspraken", nl=f"{nl} {CLAUSE_HINT_NL}", en=f"{en} {CLAUSE_HINT_EN}")


def forbidden_list_path(ctx: Context) -> str:
    return "regels.mag_niet" if ctx.present("regels.mag_niet") else "regels"


class ClauseRule(Rule):
    """A `streng` rule that asks for one agreement, written anywhere in the policy's free text."""

    profile = "streng"
    missing: ClassVar[tuple[str, str]]
    """The message, Dutch and English, when no text makes it."""

    @staticmethod
    def recognises(text: str) -> bool:
        """Whether one text makes the agreement; a subclass sets ``recognises = staticmethod(predicate)``."""
        raise NotImplementedError

    def check(self, ctx: Context) -> Iterator[Hit]:
        if not any(self.recognises(text) for text in clause_texts(ctx.policy)):
            yield missing_clause(ctx, *self.missing)
