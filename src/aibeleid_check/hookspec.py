"""The hooks a plugin can implement. This is the one place they are specified and documented.

A plugin is a Python module (a single file, or an installed module found through the entry-point group
``aibeleid_check``) with functions marked ``@hookimpl`` whose names are the hook names below::

    from aibeleid_check.hookspec import hookimpl
    from aibeleid_check.rules.base import Rule

    @hookimpl
    def aibeleid_code_prefix():
        return "ACME"

    @hookimpl
    def aibeleid_rules():
        return [MyRule]

Every hook name starts with ``aibeleid_``; a hook implementation whose name is not specified here is a load
error, so a typo does not go unnoticed. See ``docs/plugins.md`` for a walk-through.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from aibeleid_check.rules.base import Rule

PROJECT_NAME = "aibeleid_check"
"""The pluggy project name, which is also the entry-point group that plugins are found in."""

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def aibeleid_code_prefix() -> str:
    """The code prefix this plugin claims: two to eight capital letters, for example ``"ACME"``.

    Every rule of the plugin must have a code made of this prefix and three digits (``ACME101``). The
    prefix ``AIB`` belongs to aibeleid-check; a prefix that equals, or starts, another plugin's prefix is a
    load error, so that ``--select ACME`` always means exactly one plugin. Required when the plugin
    contributes rules.
    """
    raise NotImplementedError  # a specification: plugins implement it


@hookspec
def aibeleid_rules() -> list[type[Rule]]:
    """The rule classes this plugin contributes.

    Write them exactly like built-in rules: subclass :class:`aibeleid_check.rules.base.Rule`, set
    ``code``, ``slug``, ``severity`` (and optionally ``profile = "streng"``), give the class the bilingual
    docstring with the sections "Wat het controleert / Waarom / Voorbeeld / Zo wel" (it is the text of
    ``aibeleid-check explain CODE``), and yield hits from ``check(ctx)``. The plugin manager sets each
    class's ``origin`` to the plugin's name; it is shown by ``aibeleid-check rules`` and in the error
    finding ``AIB900`` when a rule raises while checking a file.
    """
    raise NotImplementedError  # a specification: plugins implement it


@hookspec
def aibeleid_config_defaults() -> dict[str, Any]:
    """The options this plugin reads, each with its default value.

    Users set them in the ``options`` table of their configuration (``[tool.aibeleid-check.options]``);
    rules read the effective value from ``ctx.options``. An option that no loaded plugin declares is a
    configuration error, and so is a value whose type differs from the default's (a list for a list, a
    number for a number, text for text, true/false for true/false). Two plugins may not declare the same
    option name: prefix yours with the plugin's subject, for example ``denylist-tools``.
    """
    raise NotImplementedError  # a specification: plugins implement it
