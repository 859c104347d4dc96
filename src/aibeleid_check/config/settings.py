"""Checking what a configuration sets: plugin options against their defaults, catalogue files, and rule
codes that match no rule (a typo is an error, not a silent no-op)."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any

from aibeleid_check.errors import ConfigError, UsageError

if TYPE_CHECKING:
    from aibeleid_check.config.files import ConfigFile
    from aibeleid_check.engine import Settings
    from aibeleid_check.plugins import LoadedPlugin
    from aibeleid_check.rules.base import Rule

_TYPE_NAMES = {
    list: "een lijst / a list",
    str: "tekst / text",
    bool: "true/false",
    int: "een getal / a number",
    float: "een getal / a number",
    dict: "een tabel / a table",
}


def checked_options(config: ConfigFile | None, plugins: list[LoadedPlugin]) -> dict[str, Any]:
    """The plugins' declared options with the configuration's values (type-checked against the defaults)."""
    options: dict[str, Any] = {}
    for plugin in plugins:
        options.update(plugin.options)
    if config is None:
        return options
    for name, value in config.values.options.items():
        if name not in options:
            raise ConfigError(
                f"aibeleid-check: {config.path}: 'options.{name}': geen geladen plugin kent deze optie "
                "/ no loaded plugin declares this option"
            )
        _check_option_type(config.path, name, value, options[name])
        options[name] = value
    return options


def checked_catalogues(config: ConfigFile | None) -> tuple[str, ...]:
    """The configuration's tool-catalogue files, each read once now so a broken one stops the run (exit 2)."""
    if config is None:
        return ()
    return tuple(_checked_catalogue(config, path) for path in catalogue_paths(config))


def _check_option_type(path: str, name: str, value: Any, default: Any) -> None:
    if default is None:
        return
    expected = type(default)
    wrong = type(value) is bool and expected is not bool or not isinstance(value, expected)
    if expected is float and isinstance(value, int) and type(value) is not bool:
        wrong = False
    if wrong:
        wanted = _TYPE_NAMES.get(expected, expected.__name__)
        raise ConfigError(f"aibeleid-check: {path}: 'options.{name}': verwacht / expected {wanted}")


def catalogue_paths(config: ConfigFile) -> list[str]:
    """The configuration's ``catalogus`` files, relative to its folder; a missing one is an error."""
    paths = []
    for item in config.values.catalogus:
        path = os.path.abspath(os.path.join(config.folder, os.path.expanduser(item)))
        if not os.path.exists(path):
            raise ConfigError(f"aibeleid-check: {config.path}: 'catalogus': '{item}' bestaat niet / does not exist")
        if not os.path.isfile(path):  # a FIFO or device: never opened
            raise ConfigError(
                f"aibeleid-check: {config.path}: 'catalogus': '{item}' is geen gewoon bestand / not a regular file"
            )
        paths.append(path)
    return paths


def _checked_catalogue(config: ConfigFile, path: str) -> str:
    from aibeleid_check import catalogue  # only a config that names a catalogue pays for reading it

    try:
        catalogue.load((path,))
    except catalogue.CatalogueError as exc:
        raise ConfigError(f"aibeleid-check: {config.path}: 'catalogus': {exc.message.nl} / {exc.message.en}") from None
    return path


_SELECTOR = re.compile(r"^[A-Z]{2,8}\d{0,3}$")


def selector(code: str) -> str:
    """A rule code or prefix as written by a user, upper-cased; ``ValueError`` when it cannot be one."""
    code = code.strip().upper()
    if not _SELECTOR.match(code):
        raise ValueError(f"'{code}' is geen regelcode of voorvoegsel / is not a rule code or prefix")
    return code


def cli_codes(text: str | None, configured: list[str] | None) -> tuple[str, ...]:
    """``--select``/``--ignore`` when given (they win), else the configuration's list."""
    if text is None:
        return tuple(configured or ())
    try:
        return tuple(selector(code) for code in text.split(",") if code.strip())
    except ValueError as exc:
        raise UsageError(f"aibeleid-check: {exc}") from None


def check_codes(settings: Settings, rule_classes: tuple[type[Rule], ...], origins: dict[str, str]) -> None:
    """A selector or severity override that matches no rule is a typo, not a silent no-op."""
    codes = [rule.code for rule in rule_classes]
    checks = (
        ("select", settings.select, True),
        ("ignore", settings.ignore, True),
        ("severity", settings.severity, False),
    )
    for kind, patterns, prefixes in checks:
        for pattern in patterns:
            known = any(code.startswith(pattern) for code in codes) if prefixes else pattern in codes
            if not known:
                where = origins[kind] if origins[kind].startswith("--") else f"{origins[kind]}: '{kind}'"
                error = UsageError if origins[kind].startswith("--") else ConfigError
                raise error(f"aibeleid-check: {where}: '{pattern}' past bij geen regel / matches no rule")
