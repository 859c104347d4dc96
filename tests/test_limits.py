"""Resource test: each hostile input of issue 12 that the source/model/engine own, checked in a child process
with 2 s of CPU and 300 MB of address space (``resource.setrlimit``).

Generous limits that catch quadratic behaviour and unbounded memory, not a benchmark. One runner process
imports the checker once and forks a child per input, so the limits apply to the check alone and the
whole file takes a few seconds. A child that blocks (a FIFO opened for reading) is stopped by an alarm.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CPU_SECONDS = 2
MEMORY_BYTES = 300 * 1024 * 1024
WALL_SECONDS = 10
NEAR_MIB = 1024 * 1024 - 64


def _merge_aliases() -> str:  # 12.2: a merge key with thousands of aliases to one big mapping (86 KB: 12 s)
    keys = "".join(f"  k{i}: v\n" for i in range(1000))
    return f"b: &b\n{keys}x:\n  <<: [{', '.join(['*b'] * 12_000)}]\n"


def _suppression_lines() -> str:  # 12.3: thousands of suppression-comment lines (155 KB: 7 s)
    return "# aibeleid-check: ignore[AIB501] reden: x\n" * 3_800 + "organisatie: A\n"


def _trailing_suppressions() -> str:  # a trailing suppression on each of 16,000 lines (997 KB: 16.8 s)
    return "".join(f"organisatie{i}: x  # aibeleid-check: ignore[AIB{i % 700:03d}] reden: r\n" for i in range(16_000))


def _flow_repeated_keys() -> str:  # 12.7: a 1 MiB flow mapping of repeated keys (2.5 s, 365 MB)
    return "{" + "a: 1, " * ((NEAR_MIB - 3) // 6) + "}\n"


def _alias_bomb() -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    return "\n".join(lines) + "\n"


def _merge_chain() -> str:  # merges of merges: each level merges the one before
    return "a0: &a0 {x: 1}\n" + "".join(f"a{i}: &a{i} {{<<: *a{i - 1}, y{i}: 1}}\n" for i in range(1, 3000))


def _many_values() -> str:
    return "".join(f"k{i}: v\n" for i in range(NEAR_MIB // 10))[:NEAR_MIB]


def _duplicate_keys() -> str:
    return "a: 1\n" * (NEAR_MIB // 5)


def _cr_only() -> str:  # 12.9/12.10: classic-Mac line endings, a leading comment, a control character at the end
    return "# beleid\r" + "".join(f"k{i}: {'v' * 200}\r" for i in range(NEAR_MIB // 220)) + "x: \x07\r"


def _control_char_at_the_end() -> str:
    return "organisatie: " + "x" * (NEAR_MIB - 40) + "\nversie: a\x07b\n"


def _long_contact() -> str:
    return "aanspreekpunt: '(0" + " " * (NEAR_MIB // 2) + "x " * (NEAR_MIB // 5) + "'\n"


def _long_date() -> str:
    return "ingangsdatum: '1" + " " * (NEAR_MIB - 40) + "x'\n"


def _deep_nesting() -> str:
    return "a: " + "[" * 100_000 + "]" * 100_000 + "\n"


def _long_flow_scalar() -> str:
    return "geldt_voor: [" + ", ".join(["iedereen"] * (NEAR_MIB // 11)) + "]\n"


CASES = {
    "merge-aliases": (_merge_aliases, "AIB007"),
    "suppression-lines": (_suppression_lines, "AIB902"),
    "trailing-suppressions": (_trailing_suppressions, "AIB902"),
    "flow-repeated-keys": (_flow_repeated_keys, "AIB007"),
    "alias-bomb": (_alias_bomb, "AIB007"),
    "merge-chain": (_merge_chain, "AIB007"),
    "many-values": (_many_values, "AIB007"),
    "duplicate-keys": (_duplicate_keys, "AIB007"),
    "cr-only": (_cr_only, "AIB001"),
    "control-char-at-the-end": (_control_char_at_the_end, "AIB001"),
    "long-contact": (_long_contact, "AIB501"),
    "long-date": (_long_date, "AIB202"),
    "deep-nesting": (_deep_nesting, "AIB007"),
    "long-flow-list": (_long_flow_scalar, "AIB007"),
}

RUNNER = r"""
import json, os, resource, signal, sys
from aibeleid_check import engine
from aibeleid_check.findings import CheckResult
from aibeleid_check.report import get_reporter
import io

cpu, memory, wall, profile = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
ruleset = engine.RuleSet(settings=engine.Settings(profile=profile))
for path in sys.argv[5:]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        signal.alarm(wall)
        result = engine.check_path(path, ruleset)
        for name in ("json", "concise"):
            get_reporter(name, lang="nl").write(CheckResult(files=[result]), io.StringIO())
        usage = resource.getrusage(resource.RUSAGE_SELF)
        out = {"rules": sorted({f.rule for f in result.findings}), "fails": result.fails(result.findings[0].severity) if result.findings else False,
               "cpu": usage.ru_utime + usage.ru_stime, "maxrss_kb": usage.ru_maxrss}
        os.write(write_end, json.dumps(out).encode())
        os._exit(0)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    record = json.loads(b"".join(chunks) or b"{}")
    record.update(path=os.path.basename(path), status=status, signal=os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0)
    print(json.dumps(record), flush=True)
"""


def run_cases(paths: list[str], profile: str = "basis") -> dict[str, dict]:
    import aibeleid_check

    package_root = str(Path(aibeleid_check.__file__).resolve().parent.parent)
    env = dict(os.environ, PYTHONPATH=package_root)
    args = [str(CPU_SECONDS), str(MEMORY_BYTES), str(WALL_SECONDS), profile, *paths]
    proc = subprocess.run(
        [sys.executable, "-c", RUNNER, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    records = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    return {record["path"]: record for record in records}


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("hostile")
    paths = []
    for name, (make, _) in CASES.items():
        path = folder / f"{name}.yaml"
        path.write_bytes(make().encode("utf-8"))
        assert path.stat().st_size <= 1024 * 1024, name  # within the default --max-bytes: the parser does the work
        paths.append(str(path))
    fifo = folder / "fifo.yaml"
    os.mkfifo(fifo)  # 12.1: a FIFO named *.yaml blocked the whole batch for ever
    paths.append(str(fifo))
    return run_cases(paths)


@pytest.mark.parametrize("name", [*CASES, "fifo"])
def test_hostile_input_is_answered_within_the_limits(results, name):
    record = results.get(f"{name}.yaml")
    assert record is not None, f"{name}: no answer"
    assert (record["status"], record["signal"]) == (0, 0), f"{name}: child ended with {record}"
    expected = CASES[name][1] if name in CASES else "AIB008"
    assert expected in record["rules"], record
    assert record["cpu"] < CPU_SECONDS


def test_the_limits_bite(tmp_path):
    """The harness itself: a child that loops is stopped by the CPU limit (so a pass above means something)."""
    runner = RUNNER.replace("result = engine.check_path(path, ruleset)", "while True: pass")
    import aibeleid_check

    env = dict(os.environ, PYTHONPATH=str(Path(aibeleid_check.__file__).resolve().parent.parent))
    path = tmp_path / "x.yaml"
    path.write_text("organisatie: A\n")
    proc = subprocess.run(
        [sys.executable, "-c", runner, "1", str(MEMORY_BYTES), "5", "basis", str(path)],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    record = json.loads(proc.stdout.splitlines()[-1])
    assert record["signal"] in (9, 24)  # SIGKILL or SIGXCPU
