"""Resource test: each hostile input of issue 12 that the source/model/engine own, checked in a child process
with 5 s of CPU and 300 MB of address space (``resource.setrlimit``), whose CPU time must grow at most
linearly with the input.

Each case is checked whole (about 1 MiB) in a fresh child and, when that costs more than ``GROWTH_LIMIT``
times ``NOISE_SECONDS``, at a quarter of its size too: the whole may cost at most ``GROWTH_LIMIT`` times the
quarter (about 1 when a budget stops reading early, 4 when the check is linear, 16 when it is quadratic). A
ratio of CPU times, not a budget in seconds, is what catches a quadratic path: a busy machine stretches both
alike, so it does not flake. A case whose ratio looks too high is measured again (best of ``TRIES``). The CPU limit catches a hang or a check gone slow by whole seconds
(before the budgets of December some took 7-17 s); the alarm, far above any check's wall time even on a
loaded machine, catches a child that blocks (a FIFO opened for reading). One runner process imports the
checker once and forks a child per input, so the limits apply to the check alone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

CPU_SECONDS = 5
"""RLIMIT_CPU of a child: the slowest case takes under 1 s of CPU on a quiet machine, and CPU time (unlike
wall time) hardly grows when the machine is busy."""
GROWTH_LIMIT = 8.0
"""CPU of the whole input over CPU of its quarter."""
NOISE_SECONDS = 0.05
"""The quarter's CPU is counted as at least this: below it a ratio is timer noise, not growth."""
TRIES = 3
MEMORY_BYTES = 300 * 1024 * 1024
WALL_SECONDS = 30
NEAR_MIB = 1024 * 1024 - 64
QUARTER = 0.25


def _merge_aliases(
    scale: float = 1,
) -> str:  # 12.2: a merge key with thousands of aliases to one big mapping (86 KB: 12 s)
    keys = "".join(f"  k{i}: v\n" for i in range(1000))
    return f"b: &b\n{keys}x:\n  <<: [{', '.join(['*b'] * int(12_000 * scale))}]\n"


def _suppression_lines(scale: float = 1) -> str:  # 12.3: thousands of suppression-comment lines (155 KB: 7 s)
    return "# aibeleid-check: ignore[AIB501] reden: x\n" * int(3_800 * scale) + "organisatie: A\n"


def _trailing_suppressions(scale: float = 1) -> str:  # a trailing suppression on each of 16,000 lines (997 KB: 16.8 s)
    lines = range(int(16_000 * scale))
    return "".join(f"organisatie{i}: x  # aibeleid-check: ignore[AIB{i % 700:03d}] reden: r\n" for i in lines)


def _flow_repeated_keys(scale: float = 1) -> str:  # 12.7: a 1 MiB flow mapping of repeated keys (2.5 s, 365 MB)
    return "{" + "a: 1, " * ((int(NEAR_MIB * scale) - 3) // 6) + "}\n"


def _alias_bomb(scale: float = 1) -> str:  # a fixed shape (ten levels of ten): the value budget stops it at any size
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    return "\n".join(lines) + "\n"


def _merge_chain(scale: float = 1) -> str:  # merges of merges: each level merges the one before
    levels = range(1, int(3000 * scale))
    return "a0: &a0 {x: 1}\n" + "".join(f"a{i}: &a{i} {{<<: *a{i - 1}, y{i}: 1}}\n" for i in levels)


def _many_values(scale: float = 1) -> str:
    size = int(NEAR_MIB * scale)
    return "".join(f"k{i}: v\n" for i in range(size // 10))[:size]


def _duplicate_keys(scale: float = 1) -> str:
    return "a: 1\n" * (int(NEAR_MIB * scale) // 5)


def _cr_only(
    scale: float = 1,
) -> str:  # 12.9/12.10: classic-Mac line endings, a leading comment, a control character at the end
    lines = int(NEAR_MIB * scale) // 220
    return "# beleid\r" + "".join(f"k{i}: {'v' * 200}\r" for i in range(lines)) + "x: \x07\r"


def _control_char_at_the_end(scale: float = 1) -> str:
    return "organisatie: " + "x" * (int(NEAR_MIB * scale) - 40) + "\nversie: a\x07b\n"


def _long_contact(scale: float = 1) -> str:
    """The search for a channel in a contact text that starts like a phone number and never becomes one.
    A literal block; a quoted one is read by the pure-Python scanner (see the linear-time test below)."""
    size = int(NEAR_MIB * scale)
    return "aanspreekpunt: |-\n  (0" + " " * (size // 2) + "x " * (size // 5) + "\n"


def _long_date(scale: float = 1) -> str:
    return "ingangsdatum: '1" + " " * (int(NEAR_MIB * scale) - 40) + "x'\n"


def _deep_nesting(scale: float = 1) -> str:
    depth = int(100_000 * scale)
    return "a: " + "[" * depth + "]" * depth + "\n"


def _long_flow_scalar(scale: float = 1) -> str:
    return "geldt_voor: [" + ", ".join(["iedereen"] * (int(NEAR_MIB * scale) // 11)) + "]\n"


CASES: dict[str, tuple[Callable[[float], str], str]] = {
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


def run_cases(paths: list[str], profile: str = "basis", runner: str = RUNNER) -> dict[str, dict]:
    """Check each path in a fresh child of one runner process; the record of each, by file name."""
    import aibeleid_check

    package_root = str(Path(aibeleid_check.__file__).resolve().parent.parent)
    env = dict(os.environ, PYTHONPATH=package_root)
    args = [str(CPU_SECONDS), str(MEMORY_BYTES), str(WALL_SECONDS), profile, *paths]
    proc = subprocess.run(
        [sys.executable, "-c", runner, *args], capture_output=True, text=True, env=env, timeout=300, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    records = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    return {record["path"]: record for record in records}


def quarter_name(name: str) -> str:
    """The file name of a case's quarter-size input: ``x.yaml`` -> ``x.quarter.yaml``."""
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}.quarter{dot}{suffix}"


def growth(records: dict[str, dict], name: str) -> float:
    """CPU of the whole input ``name`` over CPU of its quarter, counted as at least ``NOISE_SECONDS`` (and
    as that when the quarter was not needed: a whole that costs less than the limit times the noise)."""
    quarter = records.get(quarter_name(name), {})
    return float(records[name].get("cpu", float("inf"))) / max(float(quarter.get("cpu", 0.0)), NOISE_SECONDS)


def _ended_normally(record: dict) -> bool:
    return (record.get("status"), record.get("signal")) == (0, 0)


def _better(old: dict, new: dict) -> dict:
    """Of two measurements of one input, the one that counts: a child that did not end normally always
    counts (a crash is never noise), else the lower CPU time."""
    if not _ended_normally(old) or not _ended_normally(new):
        return old if not _ended_normally(old) else new
    return new if new.get("cpu", 0.0) < old.get("cpu", 0.0) else old


def measure(
    folder: Path,
    cases: dict[str, Callable[[float], bytes]],
    profile: str = "basis",
    runner: str = RUNNER,
    also: tuple[str, ...] = (),
) -> dict[str, dict]:
    """Write each case to ``folder`` whole and check it (with the paths ``also``, in the same runner). A case
    whose growth could be over the limit gets its quarter checked; while it still is, both are checked
    again, up to ``TRIES`` times, keeping each input's best run, so one busy moment is not a failure."""
    paths = {}
    for name, make in cases.items():
        paths[name] = folder / name
        paths[name].write_bytes(make(1))
    records = run_cases([*map(str, paths.values()), *also], profile, runner)
    for attempt in range(TRIES):
        over = [name for name in cases if growth(records, name) > GROWTH_LIMIT]
        if not over:
            break
        for name in over:
            if attempt == 0:
                (folder / quarter_name(name)).write_bytes(cases[name](QUARTER))
        again = [str(folder / quarter_name(name)) for name in over] + ([str(paths[n]) for n in over] if attempt else [])
        for name, record in run_cases(again, profile, runner).items():
            records[name] = _better(records[name], record) if name in records else record
    return records


def assert_within_the_limits(records: dict[str, dict], name: str) -> dict:
    """The whole input's child ended normally and its CPU grew at most linearly from its quarter's."""
    record = records.get(name)
    assert record is not None, f"{name}: no answer"
    assert _ended_normally(record), f"{name}: child ended with {record}"
    quarter = records.get(quarter_name(name), {"status": 0, "signal": 0})
    assert _ended_normally(quarter), f"{name} (quarter): {quarter}"
    assert growth(records, name) <= GROWTH_LIMIT, f"{name}: CPU grew {growth(records, name):.1f}x for 4x the input"
    return record


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("hostile")
    fifo = folder / "fifo.yaml"
    os.mkfifo(fifo)
    records = measure(folder, {f"{name}.yaml": _as_bytes(make) for name, (make, _) in CASES.items()}, also=(str(fifo),))
    for name in CASES:  # within the default --max-bytes: the parser does the work
        assert (folder / f"{name}.yaml").stat().st_size <= 1024 * 1024, name
    return records


def _as_bytes(make: Callable[[float], str]) -> Callable[[float], bytes]:
    return lambda scale: make(scale).encode("utf-8")


@pytest.mark.parametrize("name", CASES)
def test_hostile_input_is_answered_within_the_limits(results, name):
    record = assert_within_the_limits(results, f"{name}.yaml")
    assert CASES[name][1] in record["rules"], record
    assert record["cpu"] < CPU_SECONDS


def test_a_fifo_is_a_finding_and_never_blocks(results):
    """12.1: a FIFO named *.yaml blocked the whole batch for ever; now its child ends (no alarm) with AIB008."""
    record = results.get("fifo.yaml")
    assert record is not None, "fifo: no answer"
    assert _ended_normally(record), f"fifo: child ended with {record}"
    assert "AIB008" in record["rules"], record


def test_growth_tells_linear_from_quadratic():
    """The measure itself: a quadratic cost fails the limit, a linear or a budgeted one passes."""
    records = {"q.yaml": {"cpu": 1.6}, "q.quarter.yaml": {"cpu": 0.1}, "l.yaml": {"cpu": 0.4}}
    records |= {"l.quarter.yaml": {"cpu": 0.1}, "n.yaml": {"cpu": 0.3}, "n.quarter.yaml": {"cpu": 0.001}}
    records |= {"small.yaml": {"cpu": 0.3}, "unmeasured.yaml": {"cpu": 0.5}}  # no quarter (yet)
    assert growth(records, "q.yaml") > GROWTH_LIMIT and growth(records, "unmeasured.yaml") > GROWTH_LIMIT
    assert growth(records, "l.yaml") <= GROWTH_LIMIT and growth(records, "n.yaml") <= GROWTH_LIMIT
    assert growth(records, "small.yaml") <= GROWTH_LIMIT


def _quoted_contact(size: int) -> bytes:
    return ("aanspreekpunt: '(0" + " " * (size // 2) + "x " * (size // 5) + "'\n").encode()


def _best_cpu(action: Callable[[], object], tries: int = TRIES) -> float:
    best = float("inf")
    for _ in range(tries):
        started = time.process_time()
        action()
        best = min(best, time.process_time() - started)
    return best


def test_a_quoted_scalar_of_spaces_then_words_is_read_in_linear_time():
    from aibeleid_check.source import parse_bytes

    whole, quarter = _quoted_contact(512 * 1024), _quoted_contact(128 * 1024)
    cost_quarter = _best_cpu(lambda: parse_bytes(quarter, path="b.yaml"))
    cost_whole = _best_cpu(lambda: parse_bytes(whole, path="b.yaml"), tries=1)
    assert cost_whole / max(cost_quarter, 0.01) <= GROWTH_LIMIT


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
