"""The plugin manager: finds plugins, registers them with pluggy and validates what they contribute.

Plugins come from three places, never from a policy file: the entry-point group ``aibeleid_check``
(installed packages; off with ``--no-entry-points`` or ``AIBELEID_CHECK_NO_ENTRY_POINTS=1``),
``--plugin path/to/file.py|module.name`` and the ``plugins`` list of a configuration file. Anything wrong
with a plugin while loading it raises :class:`aibeleid_check.errors.PluginError` (one line, exit 2) naming the
plugin and the reason. Only this module and :mod:`aibeleid_check.hookspec` import pluggy, and only when
there is a plugin to load.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from aibeleid_check.entry_points import ENTRY_POINT_GROUP, has_entry_points
from aibeleid_check.errors import PluginError
from aibeleid_check.rules import BUILTIN_RULES
from aibeleid_check.rules.base import Rule, validate_rule_class

BUILTIN_PREFIX = "AIB"
BUILTIN_OPTIONS = frozenset({"catalogue"})
"""Option names that aibeleid-check itself sets; a plugin may read them but not declare them."""
PREFIX_PATTERN = re.compile(r"^[A-Z]{2,8}$")
_MODULE_NAME = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$")


@dataclass(slots=True)
class LoadedPlugin:
    """One registered plugin and what it contributes."""

    name: str
    version: str
    source: str
    """Where it came from: ``entry point``, the file path, or the module name."""
    prefix: str | None = None
    rules: tuple[type[Rule], ...] = ()
    options: dict[str, Any] = field(default_factory=dict)


def load_plugins(
    specs: Sequence[str] = (), *, entry_points: bool = True, base_dir: str | None = None
) -> list[LoadedPlugin]:
    """Entry-point plugins (when enabled) plus ``specs``; no pluggy import when there is nothing to load."""
    if not specs and not (entry_points and has_entry_points()):
        return []
    host = PluginHost()
    if entry_points:
        host.load_entry_points()
    for spec in specs:
        host.load_spec(spec, base_dir)
    return host.plugins


def is_path_spec(spec: str) -> bool:
    """``--plugin`` values that name a file rather than an importable module."""
    return spec.endswith(".py") or "/" in spec or os.sep in spec


class PluginHost:
    """All plugins of one run. Each plugin is loaded once, however many configurations name it."""

    def __init__(self) -> None:
        import pluggy

        from aibeleid_check import hookspec

        self._manager = pluggy.PluginManager(hookspec.PROJECT_NAME)
        self._manager.add_hookspecs(hookspec)
        self._by_key: dict[str, LoadedPlugin] = {}
        self._by_module: dict[int, LoadedPlugin] = {}

    @property
    def plugins(self) -> list[LoadedPlugin]:
        return list(self._by_module.values())

    def load_entry_points(self) -> list[LoadedPlugin]:
        from importlib.metadata import entry_points

        loaded = []
        for point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda p: p.name):
            version = point.dist.version if point.dist is not None else "?"
            obj = _import_or_fail(point.name, "entry point", point.load)
            loaded.append(self._register(obj, point.name, version, "entry point"))
        return loaded

    def load_spec(self, spec: str, base_dir: str | None = None) -> LoadedPlugin:
        """Load ``spec`` (a ``.py`` path, relative to ``base_dir`` or the working directory, or a module)."""
        if is_path_spec(spec):
            path = os.path.abspath(os.path.join(base_dir or os.getcwd(), os.path.expanduser(spec)))
            key = "path:" + os.path.realpath(path)
            if key not in self._by_key:
                name = _name_for_path(path)
                module = _import_or_fail(name, spec, lambda: _import_path(path, name))
                self._by_key[key] = self._register(module, name, _module_version(module), spec)
        else:
            key = "module:" + spec
            if key not in self._by_key:
                if not _MODULE_NAME.match(spec):
                    raise PluginError(
                        _line(spec, spec, "geen modulenaam of .py-bestand / not a module name or .py file")
                    )
                module = _import_or_fail(spec, spec, lambda: importlib.import_module(spec))
                self._by_key[key] = self._register(module, spec, _module_version(module), spec)
        return self._by_key[key]

    def _register(self, obj: object, name: str, version: str, source: str) -> LoadedPlugin:
        if id(obj) in self._by_module:
            return self._by_module[id(obj)]
        warn_internal_imports(obj, name)
        import pluggy

        try:
            self._manager.register(obj, name=name)
            self._manager.check_pending()
        except (pluggy.PluginValidationError, ValueError) as exc:
            if self._manager.is_registered(obj):
                self._manager.unregister(obj)
            raise PluginError(_line(name, source, f"registreren mislukt / cannot register: {exc}")) from None
        plugin = LoadedPlugin(name=name, version=version, source=source)
        try:
            self._collect(obj, plugin)
        except PluginError:
            self._manager.unregister(obj)
            raise
        self._by_module[id(obj)] = plugin
        return plugin

    def _collect(self, obj: object, plugin: LoadedPlugin) -> None:
        prefix = self._call(obj, plugin, "aibeleid_code_prefix")
        rules = self._call(obj, plugin, "aibeleid_rules")
        options = self._call(obj, plugin, "aibeleid_config_defaults")
        if prefix is not None or rules:
            plugin.prefix = self._checked_prefix(prefix, plugin)
        plugin.rules = self._checked_rules(rules or [], plugin)
        plugin.options = self._checked_options(options or {}, plugin)

    def _call(self, obj: object, plugin: LoadedPlugin, hook_name: str) -> Any:
        caller = getattr(self._manager.hook, hook_name)
        for impl in caller.get_hookimpls():
            if impl.plugin is obj:
                try:
                    return impl.function()
                except Exception as exc:
                    raise _fail(plugin, f"{hook_name}() faalde / failed: {_exc(exc)}") from None
        return None

    def _checked_prefix(self, prefix: Any, plugin: LoadedPlugin) -> str:
        if prefix is None:
            raise _fail(
                plugin, "levert regels maar claimt geen codevoorvoegsel / has rules but no aibeleid_code_prefix()"
            )
        if not isinstance(prefix, str) or not PREFIX_PATTERN.match(prefix):
            raise _fail(
                plugin, f"codevoorvoegsel / code prefix {prefix!r} is niet 2-8 hoofdletters / is not 2-8 capitals"
            )
        claims = {BUILTIN_PREFIX: "aibeleid-check"} | {p.prefix: p.name for p in self.plugins if p.prefix}
        for other, owner in claims.items():
            if prefix.startswith(other) or other.startswith(prefix):
                raise _fail(
                    plugin,
                    f"codevoorvoegsel / code prefix '{prefix}' botst met / clashes with '{other}' van / of '{owner}'",
                )
        return prefix

    def _checked_rules(self, rules: Any, plugin: LoadedPlugin) -> tuple[type[Rule], ...]:
        if not isinstance(rules, (list, tuple)):
            raise _fail(plugin, f"aibeleid_rules() gaf geen lijst / did not return a list but {type(rules).__name__}")
        taken = {rule.code for rule in BUILTIN_RULES} | {r.code for p in self.plugins for r in p.rules}
        for rule in rules:
            if not (isinstance(rule, type) and issubclass(rule, Rule)):
                raise _fail(
                    plugin, f"{rule!r} is geen subklasse van / is not a subclass of aibeleid_check.rules.base.Rule"
                )
            problems = validate_rule_class(rule)
            if problems:
                raise _fail(plugin, f"regel / rule {rule.__name__}: " + "; ".join(problems))
            if rule.code.rstrip("0123456789") != plugin.prefix:
                raise _fail(
                    plugin, f"code {rule.code} valt buiten het voorvoegsel / is outside the prefix '{plugin.prefix}'"
                )
            if rule.code in taken:
                raise _fail(plugin, f"code {rule.code} bestaat al / is already taken")
            taken.add(rule.code)
            rule.origin = plugin.name
        return tuple(rules)

    def _checked_options(self, options: Any, plugin: LoadedPlugin) -> dict[str, Any]:
        if not isinstance(options, dict) or not all(isinstance(key, str) for key in options):
            raise _fail(
                plugin, "aibeleid_config_defaults() gaf geen dict met tekstsleutels / did not return a dict of str keys"
            )
        owners = {name: p.name for p in self.plugins for name in p.options}
        for name in options:
            if name in BUILTIN_OPTIONS:
                raise _fail(plugin, f"optie / option '{name}' is van / belongs to aibeleid-check")
            if name in owners:
                raise _fail(plugin, f"optie / option '{name}' is al van / already belongs to '{owners[name]}'")
        return dict(options)


class PluginDeprecationWarning(DeprecationWarning):
    """A plugin uses something that will stop working in a later release."""


def warn_internal_imports(module: object, name: str) -> None:
    """Warn when a plugin imports from ``aibeleid_check`` anything but :mod:`aibeleid_check.api`.

    Those imports keep working for one release; the modules behind them may move after that.
    """
    import ast
    import inspect
    import warnings

    try:
        tree = ast.parse(inspect.getsource(module))  # type: ignore[arg-type]
    except (OSError, TypeError, SyntaxError, ValueError):
        return  # no source to read (a compiled or built-in module): nothing we can tell
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0:
            modules = [node.module or ""]
        elif isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        else:
            continue
        for imported in modules:
            if imported.startswith("aibeleid_check.") and imported != "aibeleid_check.api":
                warnings.warn(
                    f"plugin '{name}' importeert / imports {imported}; gebruik / use aibeleid_check.api "
                    "(andere modules kunnen verhuizen / other modules may move after the next release)",
                    PluginDeprecationWarning,
                    stacklevel=2,
                )


def _fail(plugin: LoadedPlugin, reason: str) -> PluginError:
    return PluginError(_line(plugin.name, plugin.source, reason))


def _import_or_fail(name: str, source: str, importer: Callable[[], Any]) -> Any:
    try:
        return importer()
    except (Exception, SystemExit) as exc:  # whatever a broken plugin raises at import time
        raise PluginError(_line(name, source, f"laden mislukt / cannot load: {_exc(exc)}")) from None


def _import_path(path: str, name: str) -> Any:
    if not os.path.isfile(path):
        raise FileNotFoundError(f"bestand bestaat niet / no such file: {path}")
    import importlib.util

    module_name = "aibeleid_check_plugin_" + re.sub(r"\W", "_", name)
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"geen Python-bestand / not a Python file: {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # so dataclasses, pickling and tracebacks can find it
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(module_name, None)
        raise
    return module


def _name_for_path(path: str) -> str:
    """``aibeleid_eu_datalocatie.py`` -> ``aibeleid-eu-datalocatie``, the name its package is installed under."""
    stem = os.path.splitext(os.path.basename(path))[0]
    stem = os.path.basename(os.path.dirname(path)) if stem == "__init__" else stem
    return stem.replace("_", "-")


def _module_version(module: object) -> str:
    return str(getattr(module, "__version__", "?"))


def _exc(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _line(name: str, source: str, reason: str) -> str:
    where = "" if source == name else f" ({source})"
    return " ".join(f"aibeleid-check: plugin '{name}'{where}: {reason}".split())
