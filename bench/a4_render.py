"""How much our A4 render costs on top of Typst itself.

    python bench/a4_render.py [POLICY] [--rounds 10]

Typst memoises within a process, so compiling the same data twice is nearly free. Every timed compile
here therefore gets data nobody compiled before: the policy under a new organisation name.

Compared, on the same layout (``a4/beleid.typ``) and the same kind of data:
- ``aibeleid_check.a4.render`` (data building, JSON, compile, page count, write) — median of the rounds;
- a bare ``typst.compile`` of that .typ with the JSON in ``sys_inputs`` and the same settings — median;
  the target is our render within 1.5x of this;
- a bare warm ``typst.Compiler.compile`` (the compiler kept between pages, as ``render`` does) — median,
  which isolates our own Python around Typst.
Then it times 10 renders in a row to separate files, for the per-page cost of an advisor's ``--a4-dir``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from itertools import count
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import typst  # noqa: E402

from aibeleid_check.a4 import BUILTIN_TEMPLATE, build_data, render  # noqa: E402
from aibeleid_check.engine import RuleSet, check_path  # noqa: E402
from aibeleid_check.findings import FileResult  # noqa: E402

SETTINGS = {"root": BUILTIN_TEMPLATE.parent, "ignore_system_fonts": True}


class FreshClients:
    """The checked policy under organisation names never used before in this process."""

    def __init__(self, result: FileResult) -> None:
        self.result = result
        self.numbers = count()

    def result_for_next(self) -> FileResult:
        name = f"Klant {next(self.numbers)} B.V."
        return replace(self.result, policy=self.result.policy.model_copy(update={"organisatie": name}))

    def data_for_next(self) -> str:
        return json.dumps(build_data(self.result_for_next()), ensure_ascii=False)


def median_seconds(prepare: Callable[[], object], action: Callable[[object], object], rounds: int) -> float:
    """Median time of ``action(prepare())``; preparing the input is not timed. One untimed warm-up."""
    action(prepare())
    times = []
    for _ in range(rounds):
        argument = prepare()
        start = time.perf_counter()
        action(argument)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("policy", nargs="?", default=str(ROOT / "policies" / "voorbeeld.yaml"))
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()

    clients = FreshClients(check_path(args.policy, RuleSet()))
    warm = typst.Compiler(BUILTIN_TEMPLATE, **SETTINGS)

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "a4.pdf"
        ours = median_seconds(clients.result_for_next, lambda result: render(result, out), args.rounds)
        bare = median_seconds(
            clients.data_for_next,
            lambda data: typst.compile(BUILTIN_TEMPLATE, format="pdf", sys_inputs={"data": data}, **SETTINGS),
            args.rounds,
        )
        bare_warm = median_seconds(
            clients.data_for_next, lambda data: warm.compile(format="pdf", sys_inputs={"data": data}), args.rounds
        )
        batch = [clients.result_for_next() for _ in range(10)]
        start = time.perf_counter()
        for index, result in enumerate(batch):
            render(result, Path(folder) / f"page-{index}.pdf")
        ten = time.perf_counter() - start

    print(f"policy                      {args.policy}")
    print(f"our render (median)         {ours * 1000:7.1f} ms")
    print(f"bare typst.compile          {bare * 1000:7.1f} ms   ours/bare      {ours / bare:5.2f}x (target <= 1.5x)")
    print(f"bare warm Compiler.compile  {bare_warm * 1000:7.1f} ms   ours/warm bare {ours / bare_warm:5.2f}x")
    print(f"10 renders in a row         {ten * 1000:7.1f} ms   = {ten * 100:.1f} ms per page")
    return 0 if ours / bare <= 1.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
