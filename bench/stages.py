"""Where a batch's time goes, per file: reading, the model, each rule, the engine's own work.

Checks the benchmark's 2,000 generated policies (``bench/out/policies-2000``, made by ``run.py`` or here)
in this process, after one warm-up pass, and gives the best of ``--repeats`` passes: the total per file
and each stage's share. Start-up is not included (``run.py`` measures whole processes). Each stage is timed
by wrapping it, which adds about 0.2 µs per call: ~8 µs a file over the ~40 rules, booked to "rules".

    .venv/bin/python bench/stages.py                  # basis profile
    .venv/bin/python bench/stages.py --profile streng
    .venv/bin/python bench/stages.py --cprofile 30    # cProfile of one pass instead: the 30 costliest functions

On a shared machine take the best of several runs, or count instructions instead of time:
``valgrind --tool=callgrind .venv/bin/python -m aibeleid_check check --format concise --jobs 1 DIR``.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import Counter
from pathlib import Path

from generate import generate

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "bench" / "out" / "policies-2000"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", choices=("basis", "streng"), default="basis")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--folder", type=Path, default=FOLDER)
    parser.add_argument("--cprofile", type=int, metavar="N", help="print cProfile's N costliest functions")
    options = parser.parse_args()
    if options.folder == FOLDER and len(list(FOLDER.glob("*.yaml"))) != 2000:
        generate(FOLDER, 2000, broken_share=0.05, seed=2026, utf8_only=True)

    from aibeleid_check import batch, config, engine, model, source, suppressions
    from aibeleid_check.options import RunOptions

    files = sorted(str(path) for path in options.folder.glob("*.yaml"))
    run_options = RunOptions(paths=(str(options.folder),), isolated=True, profile=options.profile)

    def one_pass() -> None:
        batch.check_files(files, config.Resolver(run_options), jobs=1, keep_policies=False)

    one_pass()  # warm: lazy imports, compiled patterns, the catalogue
    if options.cprofile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        one_pass()
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(options.cprofile)
        return

    totals = [_timed(one_pass) for _ in range(options.repeats)]
    spent: Counter[str] = Counter()
    clock = time.perf_counter

    def wrap(name: str, function):
        def timed(*args, **kwargs):
            start = clock()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += clock() - start

        return timed

    resolver = config.Resolver(run_options)
    ruleset = resolver.ruleset_for(files[0])
    for rule in ruleset.rules:
        check = rule.check

        def listed(ctx, check=check, code=rule.code):
            start = clock()
            hits = list(check(ctx))
            spent[code] += clock() - start
            return hits

        rule.check = listed
    engine.source.read = wrap("read", source.read)
    engine.model_stage.build = wrap("model", model.build)
    engine.suppressions.apply = wrap("suppressions", suppressions.apply)
    best: tuple[float, Counter[str]] | None = None
    for _ in range(options.repeats):
        spent.clear()
        total = _timed(lambda: [batch.check_one(path, resolver, False) for path in files])
        if best is None or total < best[0]:
            best = (total, Counter(spent))
    assert best is not None
    wrapped_total, stages = best
    per_file = 1e6 / len(files)
    rules = sum(value for name, value in stages.items() if name not in ("read", "model", "suppressions"))
    print(f"{len(files)} files, profile {options.profile}, best of {options.repeats}", file=sys.stderr)
    print(f"  check_files, unwrapped   {min(totals) * per_file:7.1f} µs a file  ({min(totals):.3f} s)")
    print(f"  with the stage clocks    {wrapped_total * per_file:7.1f} µs a file")
    for name in ("read", "model", "suppressions"):
        print(f"    {name:<22} {stages[name] * per_file:7.1f} µs")
    print(f"    {'rules':<22} {rules * per_file:7.1f} µs")
    engine_rest = wrapped_total - rules - stages["read"] - stages["model"] - stages["suppressions"]
    print(f"    {'engine and batch':<22} {engine_rest * per_file:7.1f} µs")
    costly = sorted(((value, name) for name, value in stages.items() if name.startswith("AIB")), reverse=True)
    print("  costliest rules: " + ", ".join(f"{name} {value * per_file:.1f}" for value, name in costly[:8]))


def _timed(function) -> float:
    gc.disable()
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
