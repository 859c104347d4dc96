"""Benchmark harness (``make bench``): aibeleid-check next to yamllint, check-jsonschema and a bare parse.

Every figure is the median of REPEATS runs (default 5, ``AIBELEID_BENCH_REPEATS``) after one warm-up run,
each run a subprocess, timed as wall-clock with ``time.perf_counter`` (startup included: that is what a
pre-commit hook pays) and as CPU time (user + system of the process and its workers, from
``getrusage(RUSAGE_CHILDREN)``). On a shared machine the wall-clock time includes waiting for a core; the
CPU time does not, so the single-process ratios are also given on CPU time.

    (a) one policy:      aibeleid-check check --format concise | yamllint -d relaxed | check-jsonschema
    (b) 2,000 policies:  ours --jobs 1 and --jobs 2 | yamllint | check-jsonschema | a bare CSafeLoader loop
    (c) 100 A4 PDFs:     check --a4-dir DIR --jobs 2
    (d) imports:         python -X importtime of a one-file check, the biggest imports

The generated files go to bench/out/ (ignored by git). Results: a table on stdout and bench/out/results.json;
``--markdown`` prints the tables for docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from generate import generate

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
BIN = Path(sys.executable).parent
EXAMPLE = ROOT / "policies" / "voorbeeld.yaml"
REPEATS = int(os.environ.get("AIBELEID_BENCH_REPEATS", "5"))
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
"""The measured processes may write bytecode: with PYTHONDONTWRITEBYTECODE set (some shells and CI images set
it) every run would compile each module changed since its cached bytecode again, up to half a one-file check.
The warm-up run writes it, as an installed package has it."""
BATCH_SIZE = 2000
A4_COUNT = 100

BARE_LOOP = """
import sys, yaml
for path in sys.argv[1:]:
    with open(path, "rb") as handle:
        try:
            yaml.load(handle, Loader=yaml.CSafeLoader)
        except (yaml.YAMLError, ValueError):
            pass
"""


@dataclass
class Timing:
    label: str
    wall: float
    cpu: float
    walls: list[float]


def _burn(loops: int) -> float:
    start = time.process_time()
    total = 0
    for number in range(loops):
        total += number * number
    return time.process_time() - start


def free_cores(workers: int = 2, loops: int = 5_000_000) -> float:
    """How many cores two busy processes really get right now (2.0 on an idle two-core machine).

    On a shared machine this is what decides whether ``--jobs 2`` can be faster at all."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers) as pool:
        start = time.perf_counter()
        cpu = sum(pool.map(_burn, [loops] * workers))
        return cpu / (time.perf_counter() - start)


def tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        sys.exit(f"bench: {name} not found next to {sys.executable}; run `make setup` (dev extra) first")
    return str(path)


def measure(label: str, command: list[str], *, repeats: int = REPEATS, cwd: Path = OUT) -> Timing:
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd, env=ENV)  # warm-up
    walls, cpus = [], []
    for _ in range(repeats):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd, env=ENV)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    timing = Timing(label, statistics.median(walls), statistics.median(cpus), walls)
    print(f"  {label:<44} wall {timing.wall:8.3f} s   cpu {timing.cpu:8.3f} s", file=sys.stderr)
    return timing


def prepare() -> tuple[Path, Path, Path]:
    """The schema, the 2,000 policies (UTF-8 only: yamllint crashes on other encodings) and 100 for the A4s."""
    OUT.mkdir(parents=True, exist_ok=True)
    schema = OUT / "aibeleid.schema.json"
    proc = subprocess.run([tool("aibeleid-check"), "schema"], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"bench: `aibeleid-check schema` failed: {proc.stderr.strip()}")
    schema.write_text(proc.stdout, encoding="utf-8")
    batch = _generated(OUT / f"policies-{BATCH_SIZE}", BATCH_SIZE, broken_share=0.05)
    pages = _generated(OUT / f"a4-{A4_COUNT}", A4_COUNT, broken_share=0.0)
    return schema, batch, pages


def _generated(folder: Path, count: int, *, broken_share: float) -> Path:
    if len(list(folder.glob("*.yaml"))) != count:
        generate(folder, count, broken_share=broken_share, seed=2026, utf8_only=True)
    return folder


def one_policy(schema: Path) -> dict[str, Timing]:
    print(f"(a) one policy ({EXAMPLE.name}), {REPEATS} runs each", file=sys.stderr)
    return {
        "ours": measure(
            "aibeleid-check check --format concise",
            [tool("aibeleid-check"), "check", "--format", "concise", str(EXAMPLE)],
        ),
        "yamllint": measure("yamllint -d relaxed", [tool("yamllint"), "-d", "relaxed", str(EXAMPLE)]),
        "check-jsonschema": measure(
            "check-jsonschema --schemafile", [tool("check-jsonschema"), "--schemafile", str(schema), str(EXAMPLE)]
        ),
    }


def many_policies(schema: Path, folder: Path) -> dict[str, Timing]:
    files = sorted(str(path) for path in folder.glob("*.yaml"))
    print(f"(b) {len(files)} generated policies, {REPEATS} runs each", file=sys.stderr)
    ours = [tool("aibeleid-check"), "check", "--format", "concise"]
    return {
        "jobs1": measure("aibeleid-check --jobs 1", [*ours, "--jobs", "1", str(folder)]),
        "jobs2": measure("aibeleid-check --jobs 2", [*ours, "--jobs", "2", str(folder)]),
        "bare": measure("bare yaml.load(CSafeLoader) loop", [sys.executable, "-c", BARE_LOOP, *files]),
        "yamllint": measure("yamllint -d relaxed", [tool("yamllint"), "-d", "relaxed", str(folder)]),
        "check-jsonschema": measure(
            "check-jsonschema --schemafile", [tool("check-jsonschema"), "--schemafile", str(schema), *files]
        ),
    }


def a4_pages(folder: Path) -> dict[str, Timing]:
    print(f"(c) {A4_COUNT} A4 PDFs, {REPEATS} runs", file=sys.stderr)
    target = OUT / "a4-pdf"
    command = [
        tool("aibeleid-check"),
        "check",
        "--format",
        "concise",
        "--jobs",
        "2",
        "--a4-dir",
        str(target),
        str(folder),
    ]
    timing = measure(f"check --a4-dir --jobs 2 ({A4_COUNT} files)", command)
    written = len(list(target.glob("*.pdf")))
    if written != A4_COUNT:
        print(f"  warning: {written} PDFs written, expected {A4_COUNT}", file=sys.stderr)
    return {"a4": timing}


def import_times() -> list[tuple[str, int]]:
    """Cumulative import time (µs) in a one-file check, biggest first: each package (a name without a dot)
    and each module imported at the top level (by the command itself)."""
    command = [sys.executable, "-X", "importtime", "-m", "aibeleid_check", "check", "--format", "concise", str(EXAMPLE)]
    stderr = subprocess.run(command, capture_output=True, text=True, cwd=OUT, env=ENV).stderr
    packages: dict[str, int] = {}
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self, cumulative, raw_name = line.removeprefix("import time:").split("|")
        name = raw_name.strip()
        top_level = not raw_name[1:].startswith(" ")
        if top_level or ("." not in name and not name.startswith("_")):
            packages[name] = max(packages.get(name, 0), int(cumulative))
    return sorted(packages.items(), key=lambda item: -item[1])


def ratios(one: dict[str, Timing], many: dict[str, Timing], pages: dict[str, Timing], cores: float) -> list[dict]:
    def row(name, value, basis, target="—", at_most=None, at_least=None):
        met = None
        if at_most is not None:
            met = value <= at_most
        elif at_least is not None:
            met = value >= at_least
        return {"measure": name, "value": round(value, 2), "target": target, "met": met, "basis": basis}

    ours, theirs, jobs1 = one["ours"], one["yamllint"], many["jobs1"]
    return [
        row("one file: ours / yamllint", ours.wall / theirs.wall, "wall", "≤ 1.3", at_most=1.3),
        row("2,000 files: yamllint / ours --jobs 1", many["yamllint"].wall / jobs1.wall, "wall",
            "≥ 15 (issue 2: ≥ 10)", at_least=15),
        row("2,000 files: yamllint / ours --jobs 1", many["yamllint"].cpu / jobs1.cpu, "cpu",
            "≥ 15 (issue 2: ≥ 10)", at_least=15),
        row("2,000 files: ours --jobs 1 / bare CSafeLoader", jobs1.wall / many["bare"].wall, "wall", "≤ 2", at_most=2),
        row("2,000 files: ours --jobs 1 / bare CSafeLoader", jobs1.cpu / many["bare"].cpu, "cpu", "≤ 2", at_most=2),
        row("2,000 files: check-jsonschema / ours --jobs 1", many["check-jsonschema"].wall / jobs1.wall, "wall"),
        row(f"2,000 files: --jobs 1 / --jobs 2 ({cores:.1f} free cores)", jobs1.wall / many["jobs2"].wall, "wall",
            "≥ 1.7", at_least=1.7),
        row(f"{A4_COUNT} A4 PDFs with --jobs 2 (seconds)", pages["a4"].wall, "wall", "≤ 10 s", at_most=10),
    ]  # fmt: skip


def print_tables(
    timings: dict[str, dict[str, Timing]], rows: list[dict], imports: list[tuple[str, int]], markdown: bool
):
    sep = " | " if markdown else "  "
    edge = "| " if markdown else ""
    end = " |" if markdown else ""
    print(f"{edge}{'measurement':<48}{sep}{'wall (median)':>13}{sep}{'cpu (median)':>12}{end}")
    if markdown:
        print(f"|{'-' * 50}|{'-' * 15}:|{'-' * 14}:|")
    for group, entries in timings.items():
        for timing in entries.values():
            label = f"{group}: {timing.label}"
            print(f"{edge}{label:<48}{sep}{timing.wall:>11.3f} s{sep}{timing.cpu:>10.3f} s{end}")
    print()
    print(f"{edge}{'ratio':<48}{sep}{'value':>7}{sep}{'basis':>5}{sep}{'target':<22}{sep}{'met':<4}{end}")
    if markdown:
        print(f"|{'-' * 50}|{'-' * 8}:|{'-' * 7}|{'-' * 24}|{'-' * 6}|")
    for row in rows:
        met = "—" if row["met"] is None else ("yes" if row["met"] else "NO")
        print(
            f"{edge}{row['measure']:<48}{sep}{row['value']:>7}{sep}{row['basis']:>5}{sep}{row['target']:<22}{sep}{met:<4}{end}"
        )
    print()
    print(f"{edge}{'import (one-file check)':<48}{sep}{'cumulative':>12}{end}")
    if markdown:
        print(f"|{'-' * 50}|{'-' * 13}:|")
    for name, micros in imports[:12]:
        print(f"{edge}{name:<48}{sep}{micros / 1000:>9.1f} ms{end}")
    heavy = [name for name, _ in imports if name.split(".")[0] in ("rich", "typst", "pluggy", "concurrent")]
    print(
        f"\nheavy imports on the one-file path: {', '.join(heavy) or 'none (rich, typst, pluggy, concurrent.futures)'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="aibeleid-check benchmarks")
    parser.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    parser.add_argument("--only", choices=("one", "many", "a4", "imports"), help="run one part only")
    options = parser.parse_args()
    schema, batch, pages_input = prepare()
    cores = free_cores()
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"load average {os.getloadavg()[0]:.2f}; two busy processes get {cores:.2f} cores",
        file=sys.stderr,
    )
    parts = {
        "one": lambda: one_policy(schema),
        "many": lambda: many_policies(schema, batch),
        "a4": lambda: a4_pages(pages_input),
    }
    timings = {name: run() for name, run in parts.items() if options.only in (None, name)}
    imports = import_times()
    rows = ratios(timings["one"], timings["many"], timings["a4"], cores) if len(timings) == 3 else []
    print_tables(timings, rows, imports, options.markdown)
    results = {
        "machine": {
            "platform": platform.platform(),
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_at_end": os.getloadavg(),
            "free_cores_at_start": round(cores, 2),
        },
        "repeats": REPEATS,
        "timings": {group: {key: asdict(t) for key, t in entries.items()} for group, entries in timings.items()},
        "ratios": rows,
        "imports_us": imports[:20],
    }
    (OUT / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
