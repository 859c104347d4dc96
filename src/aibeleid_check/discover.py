"""Which files a ``check`` run looks at: explicit files as given, directories walked for YAML files."""

from __future__ import annotations

import os

from aibeleid_check.cli import UsageError

YAML_SUFFIXES = (".yaml", ".yml")


def collect(paths: list[str]) -> list[str]:
    """Files to check, in a stable order. A path that does not exist is a usage error (exit 2)."""
    found: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            found.extend(_walk(path))
        elif os.path.lexists(path):
            found.append(path)
        else:
            raise UsageError(f"aibeleid-check: '{path}' bestaat niet / does not exist")
    return list(dict.fromkeys(found))


def _walk(root: str) -> list[str]:
    result = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        result.extend(os.path.join(folder, name) for name in sorted(files) if name.endswith(YAML_SUFFIXES))
    return result
