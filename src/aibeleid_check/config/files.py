"""Finding and reading configuration files, and what their errors say.

Each checked file gets the configuration nearest to it, found by walking up from its folder: in each
folder ``.aibeleid-check.toml``, then ``.aibeleid-check.yaml``, then ``pyproject.toml`` with a
``[tool.aibeleid-check]`` table; the first found wins and files are not merged.

A configuration may come with a client's folder, so it is read as carefully as a policy: only a regular
file is opened (never a FIFO or ``/dev/zero``), at most :data:`MAX_CONFIG_BYTES` are read, and YAML is
composed with the source stage's bounded composer (which stops at its node limit) and refused when its
aliases would expand past :data:`MAX_NODES` values or it nests deeper than :data:`MAX_DEPTH`, before any
Python object is built (:mod:`aibeleid_check.source.limited`, which the tool catalogue uses too).
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aibeleid_check.errors import ConfigError
from aibeleid_check.source import MAX_DEPTH
from aibeleid_check.source.limited import MAX_SIDE_FILE_BYTES, LimitError, load_yaml_limited, read_limited

if TYPE_CHECKING:
    from aibeleid_check.config.schema import ConfigValues

CONFIG_NAMES = (".aibeleid-check.toml", ".aibeleid-check.yaml", "pyproject.toml")
PYPROJECT_TABLE = "aibeleid-check"
MAX_CONFIG_BYTES = MAX_SIDE_FILE_BYTES
"""The policy limits hold for configuration files too (DESIGN §8)."""


@dataclass(frozen=True)
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

    from aibeleid_check.config.schema import ConfigValues

    try:
        return ConfigFile(path, ConfigValues.model_validate(raw))
    except ValidationError as exc:
        raise ConfigError(_validation_message(path, exc, ConfigValues)) from None


def _read_raw(path: str) -> dict[str, Any] | None:
    try:
        data = read_limited(path)
    except OSError as exc:
        raise ConfigError(f"aibeleid-check: {_shown(path)}: {exc.strerror or exc}") from None
    except LimitError as exc:
        raise ConfigError(f"aibeleid-check: {_shown(path)}: {exc}") from None
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
        raise ConfigError(f"aibeleid-check: {_shown(path)}: moet sleutels bevatten / must be a mapping of keys")
    return raw


def _parse_toml(path: str, data: bytes) -> dict[str, Any]:
    import tomllib

    invalid = f"aibeleid-check: {_shown(path)}: geen geldige TOML / invalid TOML"
    try:
        text = data.decode("utf-8")
        if _toml_depth(text) > MAX_DEPTH:  # tomllib recurses per level: 50,000 '[' is a RecursionError
            raise ConfigError(f"{invalid}: dieper dan / deeper than {MAX_DEPTH} niveaus / levels")
        return tomllib.loads(text)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{invalid}: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{invalid}: te diep genest / nested too deeply") from None


_TOML_TOKEN = r'"""(?:\\.|[^\\])*?"""|\'\'\'.*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'[^\'\n]*\'|#[^\n]*|[\[{]|[\]}]'
"""Strings (all four kinds), comments, and the brackets that nest."""


def _toml_depth(text: str) -> int:
    """The deepest nesting of ``[``/``{`` in TOML ``text``, brackets inside strings and comments left out.
    A quick over-estimate is fine: it only keeps absurd nesting away from the recursive parser."""
    import re

    depth = deepest = 0
    for match in re.finditer(_TOML_TOKEN, text, re.DOTALL):
        token = match.group()
        if token in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif token in "]}":
            depth = max(0, depth - 1)
    return deepest


def _parse_yaml(path: str, data: bytes) -> Any:
    import yaml

    try:
        return load_yaml_limited(data.decode("utf-8"))
    except LimitError as exc:
        raise ConfigError(f"aibeleid-check: {_shown(path)}: {exc}") from None
    except (yaml.YAMLError, UnicodeDecodeError, RecursionError) as exc:
        detail = " ".join(str(exc).split())
        raise ConfigError(f"aibeleid-check: {_shown(path)}: geen geldige YAML / invalid YAML: {detail}") from None


def _validation_message(path: str, exc: Any, schema: Any) -> str:
    error = exc.errors()[0]
    key = ".".join(str(part) for part in error["loc"])
    if error["type"] == "extra_forbidden":
        known = [info.alias or name for name, info in schema.model_fields.items()]
        close = difflib.get_close_matches(key, known, n=1)
        hint = f" (bedoel je / did you mean '{close[0]}'?)" if close else ""
        return f"aibeleid-check: {_shown(path)}: onbekende sleutel / unknown key '{key}'{hint}"
    detail = error["msg"].removeprefix("Value error, ")
    return f"aibeleid-check: {_shown(path)}: '{key}': ongeldige waarde / invalid value: {detail}"


def _shown(path: str) -> str:
    from aibeleid_check.outputs import display_path

    return display_path(path)


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
            if os.path.lexists(candidate) and not os.path.isdir(candidate):
                config = load_config(candidate)  # a FIFO or device by that name is an error, not skipped
                if config is not None:
                    return config
        return None
