"""Why ``--jobs 2`` is (or is not) faster than ``--jobs 1``: the free cores, the serial part, the speed-up.

    python bench/jobs.py [COUNT]        # default 2,000 generated client policies

It prints three measurements and what they predict:

1. **Free cores**: a fixed busy loop alone, then two copies at once. On an idle 2-core machine both copies
   take as long as one; on a shared one they take longer, and ``alone * 2 / together`` is the number of
   cores the run can really use.
2. **Serial part**: one ``--jobs 1`` run in this process, split into checking files (what the workers
   share) and everything else (discovery, configuration, the JSON report), which the parent does alone.
3. **Speed-up**: ``--jobs 1`` and ``--jobs 2`` as a user runs them, against what Amdahl's law predicts
   from (1) and (2).
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate  # noqa: E402

SPIN = "x = 0\nfor i in range(20_000_000):\n    x += i\n"


def spin_seconds(copies: int) -> float:
    started = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(copies)]
    for proc in procs:
        proc.wait()
    return time.perf_counter() - started


def serial_split(folder: Path) -> tuple[float, float]:
    from aibeleid_check import batch, cli

    spent = 0.0
    real_check = batch.check_path

    def timed(path: str, ruleset: object) -> object:
        nonlocal spent
        started = time.perf_counter()
        result = real_check(path, ruleset)  # type: ignore[arg-type]
        spent += time.perf_counter() - started
        return result

    batch.check_path = timed  # type: ignore[assignment]
    real_stdout, sys.stdout = sys.stdout, io.StringIO()
    started = time.perf_counter()
    try:
        cli.main(["check", "--format", "json", "--jobs", "1", str(folder)])
    finally:
        sys.stdout = real_stdout
        batch.check_path = real_check
    return time.perf_counter() - started, spent


def run_seconds(folder: Path, jobs: int) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "aibeleid_check", "check", "--format", "json", "--jobs", str(jobs), str(folder)],
        stdout=subprocess.DEVNULL,
        check=False,
    )
    return time.perf_counter() - started


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "klanten"
        generate(folder, count)
        alone, together = spin_seconds(1), spin_seconds(2)
        cores = min(2.0, 2 * alone / together)
        total, checking = serial_split(folder)
        serial = total - checking
        one, two = run_seconds(folder, 1), run_seconds(folder, 2)
        predicted = (serial + checking) / (serial + checking / cores)
        print(f"free cores: {cores:.2f} (busy loop alone {alone:.2f} s, two at once {together:.2f} s)")
        print(f"serial part: {serial:.2f} s of {total:.2f} s ({serial / total:.0%}); checking files {checking:.2f} s")
        print(f"--jobs 1: {one:.2f} s, --jobs 2: {two:.2f} s: {one / two:.2f}x (predicted {predicted:.2f}x)")


if __name__ == "__main__":
    main()
