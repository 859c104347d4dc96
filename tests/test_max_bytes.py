"""``--max-bytes`` has a ceiling: no command line can lift the bounded-memory promise (docs/reliability.md §4)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from aibeleid_check.exitcodes import ExitStatus
from conftest import POLICIES, run_cli

VOORBEELD = str(POLICIES / "voorbeeld.yaml")
MAX_BYTES_CEILING = 16 * 1024 * 1024
RELIABILITY = Path(__file__).resolve().parent.parent / "docs" / "reliability.md"


def test_the_ceiling_is_16_mib():
    from aibeleid_check.commands import check

    assert check.MAX_BYTES_CEILING == MAX_BYTES_CEILING


@pytest.mark.parametrize("value", [str(10**15), str(MAX_BYTES_CEILING + 1)])
def test_more_than_the_ceiling_is_a_usage_error(value):
    proc = run_cli("check", "--max-bytes", value, VOORBEELD)
    assert proc.returncode == ExitStatus.ERROR == 2
    assert f"--max-bytes: '{value}': hoogstens {MAX_BYTES_CEILING} (16 MiB)" in proc.stderr, proc.stderr
    assert proc.stderr.count("\n") == 1 and proc.stdout == ""


def test_the_ceiling_in_english():
    proc = run_cli("check", "--max-bytes", str(10**15), VOORBEELD, "--lang", "en")
    assert proc.returncode == 2
    assert f"'{10**15}': at most {MAX_BYTES_CEILING} (16 MiB)" in proc.stderr, proc.stderr


def test_the_ceiling_itself_is_allowed():
    proc = run_cli("check", "--format", "concise", "--max-bytes", str(MAX_BYTES_CEILING), VOORBEELD)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("value, dutch", [("0", "moet minstens 1 zijn"), ("veel", "is geen geheel getal")])
def test_other_bad_values_stay_usage_errors(value, dutch):
    proc = run_cli("check", "--max-bytes", value, VOORBEELD)
    assert proc.returncode == 2 and dutch in proc.stderr, proc.stderr


def test_help_names_the_default_and_the_ceiling():
    assert "hoogstens 16 MiB" in " ".join(run_cli("check", "--help").stdout.split())
    assert "at most 16 MiB" in " ".join(run_cli("check", "--help", "--lang", "en").stdout.split())


def test_reliability_doc_states_the_ceiling():
    row = next(line for line in RELIABILITY.read_text(encoding="utf-8").splitlines() if line.startswith("| file size"))
    assert re.search(r"at most 16 MiB", row), row


def _at_the_ceiling(unit: str, head: str = "", tail: str = "\n") -> bytes:
    body = unit * ((MAX_BYTES_CEILING - len(head) - len(tail)) // len(unit))
    return (head + body + tail).encode()


def test_files_at_the_ceiling_stay_within_the_resource_limits(tmp_path):
    """The heaviest 1 MiB inputs of tests/test_limits.py, grown to 16 MiB, under its 2 s CPU and 300 MB."""
    import aibeleid_check
    import test_limits

    files = {
        "distinct-keys": "".join(f"k{i}: v\n" for i in range(2_000_000)).encode()[:MAX_BYTES_CEILING],
        "flow-mapping": _at_the_ceiling("a: b, ", "{", "a: b}\n"),
        "flow-list": _at_the_ceiling("tekst, ", "x: [", "t]\n"),
        "one-scalar": _at_the_ceiling("x", "organisatie: '", "'\n"),
    }
    paths = []
    for name, data in files.items():
        path = tmp_path / f"{name}.yaml"
        path.write_bytes(data[: data.rfind(b"\n") + 1] if name == "distinct-keys" else data)
        assert path.stat().st_size <= MAX_BYTES_CEILING
        paths.append(str(path))
    runner = test_limits.RUNNER.replace(
        "engine.Settings(profile=profile)", f"engine.Settings(profile=profile, max_bytes={MAX_BYTES_CEILING})"
    )
    env = dict(os.environ, PYTHONPATH=str(Path(aibeleid_check.__file__).resolve().parent.parent))
    limits = (test_limits.CPU_SECONDS, test_limits.MEMORY_BYTES, test_limits.WALL_SECONDS)
    proc = subprocess.run(
        [sys.executable, "-c", runner, *map(str, limits), "basis", *paths],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    records = {r["path"]: r for r in map(json.loads, proc.stdout.splitlines())}
    for name in files:
        record = records[f"{name}.yaml"]
        assert (record["status"], record["signal"]) == (0, 0), f"{name}: {record}"
        assert record["fails"] and record["cpu"] < test_limits.CPU_SECONDS, f"{name}: {record}"
