"""All rule classes of a run: the built-in ones plus those that plugins contribute."""

from __future__ import annotations

from collections.abc import Sequence

from aibeleid_check.rules import BUILTIN_RULES
from aibeleid_check.rules.base import Rule


def all_rule_classes(plugin_specs: Sequence[str] = (), *, entry_points: bool = True) -> list[type[Rule]]:
    """Built-in rules followed by plugin rules. Raises ``cli.UsageError`` when a plugin cannot be loaded.

    Plugins come from the entry points (unless ``entry_points`` is false or ``AIBELEID_CHECK_NO_ENTRY_POINTS=1``),
    from ``plugin_specs`` (``--plugin`` values) and from the configuration found from the working directory.
    """
    from aibeleid_check import config, plugins

    specs = [*config.working_directory_plugins(), *plugin_specs]
    loaded = plugins.load_plugins(specs, entry_points=plugins.entry_points_enabled(not entry_points))
    return [*BUILTIN_RULES, *(rule for plugin in loaded for rule in plugin.rules)]
