"""Settings for a run: configuration files, plugins and the command line's options, per checked file.

One job per module: :mod:`.files` finds and reads configuration files (and says what is wrong with
them), :mod:`.schema` is the keys they may hold, :mod:`.exclude` matches ``exclude`` with ``pathspec``,
:mod:`.run_rules` puts a run's rules together (built-in and plugins, trust-checked), :mod:`.settings`
checks plugin options, catalogues and rule codes. This module is the per-file :class:`Resolver`.

``--config FILE`` is used for every file instead of the nearest configuration; ``--isolated`` ignores all
of them. The command line's ``--select``, ``--ignore``, ``--profile``, ``--lang`` and ``--strict``
override what a file says. ``lang`` and ``fail-level`` hold for the whole run, so they come from one
configuration: the ``--config`` file, or else the one nearest the first checked file.

A client's configuration *may* switch rules off or down (``ignore``, ``severity``) when an advisor checks
the client's folder from outside, as it may for the client: the configuration belongs to the policy's
owner. What it can never do is make a file that could not be read or parsed pass (those rules are not
configurable), or load code (plugins from below the working directory are refused). An advisor who wants
the template's rules regardless runs with ``--isolated`` or ``--config`` of their own.
"""

from __future__ import annotations

import os
from typing import Any

from aibeleid_check.config.exclude import is_excluded
from aibeleid_check.config.files import CONFIG_NAMES, PYPROJECT_TABLE, ConfigFile, ConfigFinder, load_config
from aibeleid_check.config.run_rules import PluginLoader, RunRules, plugin_specs, rule_classes, run_rules
from aibeleid_check.config.settings import check_codes, checked_catalogues, checked_options, cli_codes, selector
from aibeleid_check.engine import RuleSet, Settings
from aibeleid_check.errors import ConfigError, UsageError
from aibeleid_check.findings import Severity
from aibeleid_check.options import RunOptions
from aibeleid_check.source import DEFAULT_MAX_BYTES

__all__ = [
    "CONFIG_NAMES",
    "PYPROJECT_TABLE",
    "ConfigFile",
    "ConfigFinder",
    "Resolver",
    "RunRules",
    "is_excluded",
    "load_config",
    "run_rules",
    "selector",
    "working_directory_plugins",
]


def working_directory_plugins() -> list[str]:
    """Plugins of the configuration found from the working directory, as paths or module names."""
    config = ConfigFinder().for_folder(os.getcwd())
    return plugin_specs(config) if config else []


class Resolver:
    """Answers, for one run, which files to check and which rules (with which settings) apply to each."""

    def __init__(self, options: RunOptions) -> None:
        if options.isolated and options.config:
            raise UsageError(
                "aibeleid-check: --config en --isolated sluiten elkaar uit",
                "aibeleid-check: --config and --isolated exclude each other",
            )
        self.options = options
        self._finder = ConfigFinder()
        self._config_by_folder: dict[str, ConfigFile | None] = {}
        self._explicit = load_config(options.config) if options.config else None
        if options.config and self._explicit is None:
            raise ConfigError(
                f"aibeleid-check: {options.config}: geen [tool.{PYPROJECT_TABLE}]",
                f"aibeleid-check: {options.config}: has no [tool.{PYPROJECT_TABLE}] table",
            )
        self._plugins = PluginLoader(options, explicit=self._explicit)
        self._rulesets: dict[str | None, RuleSet] = {}
        self._first_file: str | None = None

    def config_for(self, path: str) -> ConfigFile | None:
        if self.options.isolated:
            return None
        if self._explicit is not None:
            return self._explicit
        folder = os.path.dirname(path)
        if folder not in self._config_by_folder:  # a batch asks several times per file, for files of few folders
            self._config_by_folder[folder] = self._finder.for_folder(os.path.abspath(folder or "."))
        return self._config_by_folder[folder]

    def filter(self, files: list[str]) -> list[str]:
        """The files not excluded by their configuration's ``exclude`` patterns.

        Also builds the rule set of every configuration involved, so that a broken configuration or plugin
        stops the run here (exit 2) rather than surfacing while a file is checked.
        """
        kept = [path for path in files if not self._excluded(path)]
        if kept and self._first_file is None:
            self._first_file = kept[0]
        for path in kept:
            self.ruleset_for(path)
        return kept

    def _excluded(self, path: str) -> bool:
        config = self.config_for(path)
        return config is not None and is_excluded(path, config.values.exclude, config.folder)

    def ruleset_for(self, path: str) -> RuleSet:
        return self._ruleset_of(self.config_for(path))

    @property
    def settings(self) -> Settings:
        """The settings of the run's own configuration (see :attr:`run_config`)."""
        return self._ruleset_of(self.run_config).settings

    @property
    def rules(self) -> tuple[type, ...]:
        """Every rule class of the rule sets built so far, each once: the rules that ran."""
        seen: dict[str, type] = {}
        for ruleset in self._rulesets.values():
            for rule in ruleset.all_rules:
                seen.setdefault(rule.code, rule)
        return tuple(seen.values()) or rule_classes(self._plugins.run_plugins)

    def _ruleset_of(self, config: ConfigFile | None) -> RuleSet:
        key = config.path if config else None
        if key not in self._rulesets:
            self._rulesets[key] = self._build_ruleset(config)
        return self._rulesets[key]

    def _build_ruleset(self, config: ConfigFile | None) -> RuleSet:
        plugins = self._plugins.for_config(config)
        rules = rule_classes(plugins)
        options = self.options
        settings = Settings(
            select=cli_codes(options.select, _value(config, "select")),
            ignore=cli_codes(options.ignore, _value(config, "ignore")),
            severity=dict(_value(config, "severity") or {}),
            profile=options.profile or _value(config, "profile") or "basis",
            max_bytes=options.max_bytes or DEFAULT_MAX_BYTES,
            today=options.today,
            options=checked_options(config, plugins),
            catalogues=checked_catalogues(config),
        )
        check_codes(settings, rules, self._origins(config))
        return RuleSet(rules, settings)

    def _origins(self, config: ConfigFile | None) -> dict[str, str]:
        in_file = config.path if config else ""
        return {
            "select": "--select" if self.options.select is not None else in_file,
            "ignore": "--ignore" if self.options.ignore is not None else in_file,
            "severity": in_file,
        }

    @property
    def run_config(self) -> ConfigFile | None:
        """The configuration that decides ``lang`` and the fail level for the whole run."""
        if self.options.isolated or self._explicit is not None:
            return self._explicit
        first = self._first_file or (self.options.paths[0] if self.options.paths else None)
        if first is None:
            return self._finder.for_folder(os.getcwd())
        return self._finder.for_folder(first if os.path.isdir(first) else os.path.dirname(os.path.abspath(first)))

    @property
    def lang(self) -> str:
        return self.options.lang or _value(self.run_config, "lang") or "nl"

    @property
    def fail_level(self) -> Severity:
        if self.options.strict:
            return Severity.WARNING
        return _value(self.run_config, "fail_level") or Severity.ERROR


def _value(config: ConfigFile | None, key: str) -> Any:
    """A key of ``config``, or ``None`` without a configuration (so no pydantic model is built then)."""
    return getattr(config.values, key) if config else None
