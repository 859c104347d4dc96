"""``--max-bytes`` has a ceiling: no command line can lift the bounded-memory promise (docs/reliability.md §4)."""

from __future__ import annotations

import re
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


def _at_the_ceiling(unit: str, head: str = "", tail: str = "\n", scale: float = 1) -> bytes:
    body = unit * ((int(MAX_BYTES_CEILING * scale) - len(head) - len(tail)) // len(unit))
    return (head + body + tail).encode()


def _distinct_keys(scale: float) -> bytes:
    data = "".join(f"k{i}: v\n" for i in range(int(2_000_000 * scale))).encode()[: int(MAX_BYTES_CEILING * scale)]
    return data[: data.rfind(b"\n") + 1]


@pytest.mark.slow  # four 16 MiB files measured in subprocesses (7 s); .ci/run runs it in make test-slow
def test_files_at_the_ceiling_stay_within_the_resource_limits(tmp_path):
    """The heaviest 1 MiB inputs of tests/test_limits.py, grown to 16 MiB, under its CPU and memory limits, and
    growing at most linearly from a quarter of that size (the measure of tests/test_limits.py)."""
    import test_limits

    files = {
        "distinct-keys.yaml": _distinct_keys,
        "flow-mapping.yaml": lambda scale: _at_the_ceiling("a: b, ", "{", "a: b}\n", scale),
        "flow-list.yaml": lambda scale: _at_the_ceiling("tekst, ", "x: [", "t]\n", scale),
        "one-scalar.yaml": lambda scale: _at_the_ceiling("x", "organisatie: '", "'\n", scale),
    }
    runner = test_limits.RUNNER.replace(
        "engine.Settings(profile=profile)", f"engine.Settings(profile=profile, max_bytes={MAX_BYTES_CEILING})"
    )
    records = test_limits.measure(tmp_path, files, runner=runner)
    assert all((tmp_path / name).stat().st_size <= MAX_BYTES_CEILING for name in files)
    for name in files:
        record = test_limits.assert_within_the_limits(records, name)
        assert record["fails"] and record["cpu"] < test_limits.CPU_SECONDS, f"{name}: {record}"
