"""What recognising rules by meaning adds to a one-file check (issue 10: at most 20 ms, loading included).

    python bench/recognition.py [--repeats 15]

(a) import: a fresh interpreter that imports ``aibeleid_check.meaning`` against one that imports only what a
    check imports before it (source, model, findings); the difference is what the package costs to load.
(b) first use: the same fresh interpreter recognising the template's eight rule texts once (cold caches).
(c) in process, warm: milliseconds to recognise the whole example policy's rule items again: read again
    (past ``explain``'s memo, the work a text new to the process costs) and remembered (a batch's repeats).

Every figure is the minimum of REPEATS fresh processes (the minimum is the least disturbed by other load on
a shared machine), wall clock from inside the process.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

BASE = "import aibeleid_check.source, aibeleid_check.model, aibeleid_check.findings"
FIRST_USE = (
    "from aibeleid_check import meaning, template\n"
    "for rule in template.ALLOWED + template.FORBIDDEN: meaning.recognise(rule.text.nl, rule.kind)"
)


def _seconds_in_process(setup: str, body: str) -> float:
    """One fresh interpreter: run ``setup``, then time ``body`` from inside it."""
    code = f"import time\n{setup}\nt=time.perf_counter()\n{body}\nprint(time.perf_counter()-t)"
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}  # as run.py
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return float(out.stdout.strip().splitlines()[-1])


def fresh(body: str, repeats: int) -> float:
    return min(_seconds_in_process(BASE, body) for _ in range(repeats))


def warm_policy_ms(repeats: int, remembered: bool = False) -> float:
    from aibeleid_check import meaning, model, source

    document = source.read("policies/voorbeeld.yaml")
    policy = model.build(document)
    assert policy is not None and policy.policy is not None
    texts = [
        item.tekst for kind in ("mag", "mag_niet", "moet") for item in policy.policy.rule_items(kind) if item.tekst
    ]
    recognise = meaning.explain if remembered else getattr(meaning.explain, "__wrapped__", meaning.explain)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        for text in texts:
            recognise(text, None)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    load = fresh("import aibeleid_check.meaning", args.repeats)
    first = fresh(FIRST_USE, args.repeats)
    print(f"import aibeleid_check.meaning (after source+model): {load * 1000:6.1f} ms")
    print(f"import + the template's 8 rule texts, cold:       {first * 1000:6.1f} ms")
    print(f"example policy's rule items again, warm:          {warm_policy_ms(args.repeats):6.2f} ms")
    print(f"the same, remembered (explain's memo):            {warm_policy_ms(args.repeats, True):6.2f} ms")


if __name__ == "__main__":
    main()
