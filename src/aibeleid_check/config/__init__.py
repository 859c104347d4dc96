"""Settings for a check run: configuration files, plugins and the command line, per checked file.

Each checked file gets the configuration nearest to it, found by walking up from its folder: in each
folder ``.aibeleid-check.toml``, then ``.aibeleid-check.yaml``, then ``pyproject.toml`` with a
``[tool.aibeleid-check]`` table; the first found wins and files are not merged. ``--config FILE`` is used
for every file instead; ``--isolated`` ignores all configuration files. The command line's ``--select``,
``--ignore``, ``--profile``, ``--lang`` and ``--strict`` override what a file says.

``lang`` and ``fail-level`` hold for the whole run, so they come from one configuration: the ``--config``
file, or else the one nearest the first checked file.

Plugins named in a configuration are loaded only from a file given with ``--config`` or found in the
working directory or above it: an advisor checking a folder of client files never runs code that came
with those files.
"""

from __future__ import annotations

import difflib
import functools
import os
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from aibeleid_check.errors import UsageError
from aibeleid_check.engine import RuleSet, Settings
from aibeleid_check.findings import Severity
from aibeleid_check.rules import BUILTIN_RULES
from aibeleid_check.rules.base import Rule
from aibeleid_check.source import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from aibeleid_check.config_schema import ConfigValues

CONFIG_NAMES = (".aibeleid-check.toml", ".aibeleid-check.yaml", "pyproject.toml")
PYPROJECT_TABLE = "aibeleid-check"
_SELECTOR = re.compile(r"^[A-Z]{2,8}\d{0,3}$")


def selector(code: str) -> str:
    """A rule code or prefix as written by a user, upper-cased; ``ValueError`` when it cannot be one."""
    code = code.strip().upper()
    if not _SELECTOR.match(code):
        raise ValueError(f"'{code}' is geen regelcode of voorvoegsel / is not a rule code or prefix")
    return code


@dataclass(frozen=True, slots=True)
class ConfigFile:
    path: str
    values: ConfigValues

    @property
    def folder(self) -> str:
        return os.path.dirname(self.path)


def load_config(path: str) -> ConfigFile | None:
    """Read one configuration file; ``None`` for a ``pyproject.toml`` without our table."""
    path = os.path.abspath(path)
    raw = _read_raw(path)
    if raw is None:
        return None
    from pydantic import ValidationError

    from aibeleid_check.config_schema import ConfigValues

    try:
        return ConfigFile(path, ConfigValues.model_validate(raw))
    except ValidationError as exc:
        raise UsageError(_validation_message(path, exc, ConfigValues)) from None


def _read_raw(path: str) -> dict | None:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise UsageError(f"aibeleid-check: {path}: {exc.strerror or exc}") from None
    if path.endswith((".yaml", ".yml")):
        raw = _parse_yaml(path, data)
    else:
        raw = _parse_toml(path, data)
        if os.path.basename(path) == "pyproject.toml":
            raw = raw.get("tool", {}).get(PYPROJECT_TABLE)
            if raw is None:
                return None
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise UsageError(f"aibeleid-check: {path}: moet sleutels bevatten / must be a mapping of keys")
    return raw


def _parse_toml(path: str, data: bytes) -> dict:
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"aibeleid-check: {path}: geen geldige TOML / invalid TOML: {exc}") from None


def _parse_yaml(path: str, data: bytes) -> Any:
    import yaml

    try:
        return yaml.safe_load(data.decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        detail = " ".join(str(exc).split())
        raise UsageError(f"aibeleid-check: {path}: geen geldige YAML / invalid YAML: {detail}") from None


def _validation_message(path: str, exc, schema) -> str:
    error = exc.errors()[0]
    key = ".".join(str(part) for part in error["loc"])
    if error["type"] == "extra_forbidden":
        known = [info.alias or name for name, info in schema.model_fields.items()]
        close = difflib.get_close_matches(key, known, n=1)
        hint = f" (bedoel je / did you mean '{close[0]}'?)" if close else ""
        return f"aibeleid-check: {path}: onbekende sleutel / unknown key '{key}'{hint}"
    detail = error["msg"].removeprefix("Value error, ")
    return f"aibeleid-check: {path}: '{key}': ongeldige waarde / invalid value: {detail}"


class ConfigFinder:
    """Finds the configuration for a folder by walking up, reading each folder at most once."""

    def __init__(self) -> None:
        self._by_folder: dict[str, ConfigFile | None] = {}

    def for_folder(self, folder: str) -> ConfigFile | None:
        folder = os.path.abspath(folder)
        visited = []
        found: ConfigFile | None = None
        while True:
            if folder in self._by_folder:
                found = self._by_folder[folder]
                break
            visited.append(folder)
            found = self._read_folder(folder)
            parent = os.path.dirname(folder)
            if found is not None or parent == folder:
                break
            folder = parent
        for seen in visited:
            self._by_folder[seen] = found
        return found

    @staticmethod
    def _read_folder(folder: str) -> ConfigFile | None:
        for name in CONFIG_NAMES:
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate):
                config = load_config(candidate)
                if config is not None:
                    return config
        return None


def working_directory_plugins() -> list[str]:
    """Plugins of the configuration found from the working directory, as paths or module names."""
    config = ConfigFinder().for_folder(os.getcwd())
    return _plugin_specs(config) if config else []


def _plugin_specs(config: ConfigFile) -> list[str]:
    from aibeleid_check.plugins import is_path_spec

    return [os.path.join(config.folder, spec) if is_path_spec(spec) else spec for spec in config.values.plugins]


class Resolver:
    """Answers, for one run, which files to check and which rules (with which settings) apply to each."""

    def __init__(self, args) -> None:
        if args.isolated and args.config:
            raise UsageError("aibeleid-check: --config en --isolated sluiten elkaar uit / exclude each other")
        self.args = args
        self._finder = ConfigFinder()
        self._config_by_folder: dict[str, ConfigFile | None] = {}
        self._explicit = load_config(args.config) if args.config else None
        if args.config and self._explicit is None:
            raise UsageError(f"aibeleid-check: {args.config}: geen [tool.{PYPROJECT_TABLE}] / has no [tool.{PYPROJECT_TABLE}] table")
        self._host = None
        self._run_plugins = self._load_run_plugins()
        self._rulesets: dict[str | None, RuleSet] = {}
        self._first_file: str | None = None

    def _load_run_plugins(self) -> list:
        from aibeleid_check import plugins

        use_entry_points = plugins.entry_points_enabled(self.args.no_entry_points)
        if not self.args.plugin and not (use_entry_points and plugins.has_entry_points()):
            return []
        host = self._plugin_host()
        loaded = host.load_entry_points() if use_entry_points else []
        return loaded + [host.load_spec(spec) for spec in self.args.plugin]

    def _plugin_host(self):
        if self._host is None:
            from aibeleid_check.plugins import PluginHost

            self._host = PluginHost()
        return self._host

    def config_for(self, path: str) -> ConfigFile | None:
        if self.args.isolated:
            return None
        if self._explicit is not None:
            return self._explicit
        folder = os.path.dirname(path)
        if folder not in self._config_by_folder:  # a batch asks several times per file, for files of few folders
            self._config_by_folder[folder] = self._finder.for_folder(os.path.abspath(folder or "."))
        return self._config_by_folder[folder]

    def filter(self, files: list[str]) -> list[str]:
        """The files not excluded by their configuration's ``exclude`` globs.

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

    def _ruleset_of(self, config: ConfigFile | None) -> RuleSet:
        key = config.path if config else None
        if key not in self._rulesets:
            self._rulesets[key] = self._build_ruleset(config)
        return self._rulesets[key]

    def _build_ruleset(self, config: ConfigFile | None) -> RuleSet:
        plugins = [*self._run_plugins, *self._config_plugins(config)]
        plugins = list({id(plugin): plugin for plugin in plugins}.values())
        rule_classes = [*BUILTIN_RULES, *(rule for plugin in plugins for rule in plugin.rules)]
        settings = Settings(
            select=self._cli_codes(self.args.select, _value(config, "select")),
            ignore=self._cli_codes(self.args.ignore, _value(config, "ignore")),
            severity=dict(_value(config, "severity") or {}),
            profile=self.args.profile or _value(config, "profile") or "basis",
            max_bytes=self.args.max_bytes or DEFAULT_MAX_BYTES,
            today=parse_today(self.args.today),
            options=_options(config, plugins),
        )
        _check_codes(settings, rule_classes, self._origins(config))
        return RuleSet(rule_classes, settings)

    def _config_plugins(self, config: ConfigFile | None) -> list:
        if config is None or not config.values.plugins:
            return []
        if config is not self._explicit and not _trusted_folder(config.folder):
            raise UsageError(
                f"aibeleid-check: {config.path}: plugins worden niet geladen uit een map onder de werkmap "
                "(gebruik --plugin of --config) / plugins are not loaded from a folder below the working "
                "directory (use --plugin or --config)"
            )
        host = self._plugin_host()
        return [host.load_spec(spec) for spec in _plugin_specs(config)]

    def _origins(self, config: ConfigFile | None) -> dict[str, str]:
        in_file = config.path if config else ""
        return {
            "select": "--select" if self.args.select is not None else in_file,
            "ignore": "--ignore" if self.args.ignore is not None else in_file,
            "severity": in_file,
        }

    @staticmethod
    def _cli_codes(text: str | None, configured: list[str] | None) -> tuple[str, ...]:
        if text is None:
            return tuple(configured or ())
        try:
            return tuple(selector(code) for code in text.split(",") if code.strip())
        except ValueError as exc:
            raise UsageError(f"aibeleid-check: {exc}") from None

    @property
    def run_config(self) -> ConfigFile | None:
        """The configuration that decides ``lang`` and the fail level for the whole run."""
        if self.args.isolated or self._explicit is not None:
            return self._explicit
        first = self._first_file or (self.args.paths[0] if getattr(self.args, "paths", None) else None)
        if first is None:
            return self._finder.for_folder(os.getcwd())
        return self._finder.for_folder(first if os.path.isdir(first) else os.path.dirname(os.path.abspath(first)))

    @property
    def lang(self) -> str:
        return self.args.lang or _value(self.run_config, "lang") or "nl"

    @property
    def fail_level(self) -> Severity:
        if self.args.strict:
            return Severity.WARNING
        return _value(self.run_config, "fail_level") or Severity.ERROR


def _value(config: ConfigFile | None, key: str) -> Any:
    """A key of ``config``, or ``None`` without a configuration (so no pydantic model is built then)."""
    return getattr(config.values, key) if config else None


def _trusted_folder(folder: str) -> bool:
    """A configuration in the working directory or above it belongs to whoever runs the check."""
    folder, cwd = os.path.realpath(folder), os.path.realpath(os.getcwd())
    return os.path.commonpath([folder, cwd]) == folder


def _options(config: ConfigFile | None, plugins: list) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for plugin in plugins:
        options.update(plugin.options)
    if config is None:
        return options | {"catalogue": []}
    for name, value in config.values.options.items():
        if name not in options:
            raise UsageError(
                f"aibeleid-check: {config.path}: 'options.{name}': geen geladen plugin kent deze optie "
                "/ no loaded plugin declares this option"
            )
        _check_option_type(config.path, name, value, options[name])
        options[name] = value
    return options | {"catalogue": [_catalogue_path(config, item) for item in config.values.catalogus]}


_TYPE_NAMES = {list: "een lijst / a list", str: "tekst / text", bool: "true/false", int: "een getal / a number", float: "een getal / a number", dict: "een tabel / a table"}


def _check_option_type(path: str, name: str, value: Any, default: Any) -> None:
    if default is None:
        return
    expected = type(default)
    wrong = type(value) is bool and expected is not bool or not isinstance(value, expected)
    if expected is float and isinstance(value, int) and type(value) is not bool:
        wrong = False
    if wrong:
        wanted = _TYPE_NAMES.get(expected, expected.__name__)
        raise UsageError(f"aibeleid-check: {path}: 'options.{name}': verwacht / expected {wanted}")


def _catalogue_path(config: ConfigFile, item: str) -> str:
    path = os.path.abspath(os.path.join(config.folder, os.path.expanduser(item)))
    if not os.path.isfile(path):
        raise UsageError(f"aibeleid-check: {config.path}: 'catalogus': '{item}' bestaat niet / does not exist")
    from aibeleid_check import catalogue  # only a config that names a catalogue pays for reading it

    try:
        catalogue.load((path,))
    except catalogue.CatalogueError as exc:
        raise UsageError(f"aibeleid-check: {config.path}: 'catalogus': {exc.message.nl} / {exc.message.en}") from None
    return path


def _check_codes(settings: Settings, rule_classes: list[type[Rule]], origins: dict[str, str]) -> None:
    """A selector or severity override that matches no rule is a typo, not a silent no-op."""
    codes = [rule.code for rule in rule_classes]
    checks = (
        ("select", settings.select, lambda pattern: any(code.startswith(pattern) for code in codes)),
        ("ignore", settings.ignore, lambda pattern: any(code.startswith(pattern) for code in codes)),
        ("severity", settings.severity, lambda pattern: pattern in codes),
    )
    for kind, patterns, known in checks:
        for pattern in patterns:
            if not known(pattern):
                where = origins[kind] if origins[kind].startswith("--") else f"{origins[kind]}: '{kind}'"
                raise UsageError(f"aibeleid-check: {where}: '{pattern}' past bij geen regel / matches no rule")


def is_excluded(path: str, patterns: list[str], folder: str) -> bool:
    """Whether ``path`` matches one of the ``exclude`` globs of the configuration in ``folder``.

    A pattern with a ``/`` matches the path relative to that folder (``archief/**``, ``klanten/*/oud.yaml``);
    one without matches any single folder or file name (``concept-*.yaml``, ``archief``). ``**`` spans
    folders, ``*`` and ``?`` stay within one name.
    """
    relative = os.path.relpath(os.path.abspath(path), folder).replace(os.sep, "/")
    names = [part for part in relative.split("/") if part not in ("", ".", "..")]
    for pattern in patterns:
        pattern = pattern.strip().removeprefix("./").lstrip("/")
        if pattern.endswith("/"):
            pattern += "**"
        regex = _glob_regex(pattern)
        if "/" in pattern:
            if not relative.startswith("../") and regex.fullmatch(relative):
                return True
        elif any(regex.fullmatch(name) for name in names):
            return True
    return False


@functools.lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    parts = re.split(r"(\*\*/|\*\*|\*|\?)", pattern)
    wildcards = {"**/": "(?:.*/)?", "**": ".*", "*": "[^/]*", "?": "[^/]"}
    return re.compile("".join(wildcards.get(part, re.escape(part)) for part in parts))


def parse_today(text: str | date | None) -> date | None:
    if not text:
        return None
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"aibeleid-check: --today '{text}' is geen datum (YYYY-MM-DD)") from None
