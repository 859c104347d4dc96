"""The one place a run's rules are put together: built-in rules plus the rules of its plugins.

Plugins come from the installed entry points (unless switched off), ``--plugin``, and the ``plugins`` list
of a configuration. The last are trust-checked: they are loaded only from a file given with ``--config``
or found in the working directory or above it, so an advisor checking a folder of client files never
runs code that came with those files. :class:`PluginLoader` loads each plugin once per run, however
many configurations name it; :func:`run_rules` is what ``rules``, ``explain`` and ``--version`` use, and
``check``/``render`` use the same loader through :class:`aibeleid_check.config.Resolver`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aibeleid_check.errors import PluginError
from aibeleid_check.options import RunOptions
from aibeleid_check.rules import BUILTIN_RULES
from aibeleid_check.rules.base import Rule

if TYPE_CHECKING:
    from aibeleid_check.config.files import ConfigFile
    from aibeleid_check.plugins import LoadedPlugin, PluginHost


@dataclass(frozen=True)
class RunRules:
    """The rule classes of a run, built-in first, and the plugins they came from."""

    rules: tuple[type[Rule], ...]
    plugins: tuple[LoadedPlugin, ...] = ()


class PluginLoader:
    """All plugins of one run; pluggy is imported only when there is a plugin to load."""

    def __init__(self, options: RunOptions, explicit: ConfigFile | None = None) -> None:
        self._options = options
        self._explicit = explicit
        self._host: PluginHost | None = None
        self.run_plugins: list[LoadedPlugin] = self._load_run_plugins()

    def _load_run_plugins(self) -> list[LoadedPlugin]:
        from aibeleid_check.entry_points import entry_points_enabled, has_entry_points

        use_entry_points = entry_points_enabled(not self._options.entry_points)
        if not self._options.plugins and not (use_entry_points and has_entry_points()):
            return []
        host = self._plugin_host()
        loaded = host.load_entry_points() if use_entry_points else []
        return loaded + [host.load_spec(spec) for spec in self._options.plugins]

    def _plugin_host(self) -> PluginHost:
        if self._host is None:
            from aibeleid_check.plugins import PluginHost

            self._host = PluginHost()
        return self._host

    def for_config(self, config: ConfigFile | None) -> list[LoadedPlugin]:
        """The run's plugins plus those ``config`` names (refused from an untrusted folder), each once."""
        loaded = [*self.run_plugins, *self._config_plugins(config)]
        return list({id(plugin): plugin for plugin in loaded}.values())

    def _config_plugins(self, config: ConfigFile | None) -> list[LoadedPlugin]:
        if config is None or not config.values.plugins:
            return []
        if config is not self._explicit and not trusted_folder(config.folder):
            raise PluginError(
                f"aibeleid-check: {config.path}: plugins worden niet geladen uit een map onder de werkmap "
                "(gebruik --plugin of --config)",
                f"aibeleid-check: {config.path}: plugins are not loaded from a folder below the working "
                "directory (use --plugin or --config)",
            )
        host = self._plugin_host()
        return [host.load_spec(spec) for spec in plugin_specs(config)]


def rule_classes(plugins: Iterable[LoadedPlugin]) -> tuple[type[Rule], ...]:
    return (*BUILTIN_RULES, *(rule for plugin in plugins for rule in plugin.rules))


def run_rules(options: RunOptions) -> RunRules:
    """The rules a ``check`` in the working directory would know: built-in, installed, ``--plugin``, and
    the plugins of the configuration found from the working directory (or ``--config``)."""
    from aibeleid_check.config.files import ConfigFinder, load_config

    explicit = load_config(options.config) if options.config and not options.isolated else None
    config = None if options.isolated else explicit or ConfigFinder().for_folder(os.getcwd())
    loader = PluginLoader(options, explicit=explicit)
    plugins = loader.for_config(config)
    return RunRules(rule_classes(plugins), tuple(plugins))


def trusted_folder(folder: str) -> bool:
    """A configuration in the working directory or above it belongs to whoever runs the check."""
    folder, cwd = os.path.realpath(folder), os.path.realpath(os.getcwd())
    return os.path.commonpath([folder, cwd]) == folder


def plugin_specs(config: ConfigFile) -> list[str]:
    """The configuration's plugins, file paths made relative to its folder."""
    from aibeleid_check.plugins import is_path_spec

    return [os.path.join(config.folder, spec) if is_path_spec(spec) else spec for spec in config.values.plugins]
