"""What a Word policy costs next to its YAML twin (issue 11.7).

    python bench/docx_batch.py [--files 500] [--repeats 5]

(a) one policy, whole process: ``aibeleid-check check --format concise`` on ``policies/voorbeeld.yaml`` and on
    its Word twin (made with ``convert``'s writer); the target is the Word check within 1.5x of the YAML one.
(b) a batch: FILES Word policies (the example under FILES organisation names, as ``convert`` writes them) and
    as many YAML twins, ``check --jobs 2 --format json``; also the Markdown twins.
(c) the reader alone, in process: milliseconds per parse of each form.

Every figure is the median of REPEATS runs after one warm-up, wall clock (``time.perf_counter``) and CPU time
(user + system of the child, from ``getrusage``): on a shared machine the CPU time is the steadier one.
The generated files go to bench/out/docx/ (ignored by git).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from aibeleid_check.source import parse_bytes  # noqa: E402
from aibeleid_check.writers import draft_from, write  # noqa: E402

EXAMPLE = ROOT / "policies" / "voorbeeld.yaml"
OUT = ROOT / "bench" / "out" / "docx"
CLI = [sys.executable, "-m", "aibeleid_check"]
FORMS = {"yaml": ".yaml", "docx": ".docx", "markdown": ".md"}


def timed(args: list[str], repeats: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of ``args`` as a subprocess, after one warm-up run."""
    subprocess.run(args, capture_output=True, check=False)
    walls, cpus = [], []
    for _ in range(repeats):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(args, capture_output=True, check=False)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def make_twins(files: int) -> dict[str, Path]:
    """FILES policies per form, each under its own organisation name; the folder of each form."""
    source = parse_bytes(EXAMPLE.read_bytes(), path=str(EXAMPLE))
    folders = {}
    for form, suffix in FORMS.items():
        folder = OUT / form
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
        for index in range(files):
            draft = draft_from(source)
            draft.data["organisatie"] = f"Klant {index:04d} B.V."
            (folder / f"klant-{index:04d}{suffix}").write_bytes(write(draft, form))
        folders[form] = folder
    return folders


def parse_cost(folder: Path, rounds: int = 200) -> float:
    """Milliseconds per parse of one file of the folder, in process."""
    path = next(iter(sorted(folder.iterdir())))
    raw = path.read_bytes()
    parse_bytes(raw, path=str(path))
    started = time.perf_counter()
    for _ in range(rounds):
        parse_bytes(raw, path=str(path))
    return (time.perf_counter() - started) / rounds * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    folders = make_twins(args.files)
    one = {form: next(iter(sorted(folder.iterdir()))) for form, folder in folders.items()}
    print(f"(a) one policy, whole process (median of {args.repeats}): wall / CPU")
    single = {
        form: timed([*CLI, "check", "--format", "concise", str(path)], args.repeats) for form, path in one.items()
    }
    for form, (wall, cpu) in single.items():
        ratio = f"  = {wall / single['yaml'][0]:.2f}x / {cpu / single['yaml'][1]:.2f}x YAML" if form != "yaml" else ""
        print(f"    {form:8} {wall * 1000:6.0f} ms / {cpu * 1000:6.0f} ms{ratio}")
    print(f"(b) {args.files} policies, check --jobs 2 --format json: wall / CPU")
    for form, folder in folders.items():
        wall, cpu = timed([*CLI, "check", "--jobs", "2", "--format", "json", str(folder)], max(1, args.repeats // 2))
        print(f"    {form:8} {wall:6.2f} s / {cpu:6.2f} s  ({wall / args.files * 1000:.1f} ms per file, wall)")
    print("(c) reader alone, in process")
    for form, folder in folders.items():
        print(f"    {form:8} {parse_cost(folder):6.2f} ms per parse")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
