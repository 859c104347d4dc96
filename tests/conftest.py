"""Shared fixtures: paths to the project's policies and to the shared reference data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
POLICIES = ROOT / "policies"
SHARED = Path(os.environ.get("AIBELEID_SHARED", ROOT.parent / "shared"))
YAML_SUITE = SHARED / "data" / "yaml-test-suite"
SARIF_SCHEMA = SHARED / "data" / "sarif-schema-2.1.0.json"


def cli_executable() -> list[str]:
    """The installed console script, as a user runs it."""
    exe = shutil.which("aibeleid-check", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "aibeleid_check"]


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None, input: str | None = None):
    merged = {**os.environ, **(env or {})}
    merged.pop("GITHUB_ACTIONS", None) if "GITHUB_ACTIONS" not in (env or {}) else None
    return subprocess.run(
        [*cli_executable(), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=merged,
        input=input,
        timeout=120,
    )


@pytest.fixture
def write_policy(tmp_path):
    """Write a policy text to a file and return its path."""

    def write(text: str | bytes, name: str = "beleid.yaml") -> Path:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return write
