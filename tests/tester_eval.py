"""Score a testers' round against its blind verdicts (expected.json).

Usage:
    SRC=/path/to/tree/src .venv/bin/python tests/tester_eval.py tests/data/testers/round14

The tree scored is the one on ``SRC`` (default: this checkout's ``src``), so the same verdicts can score
a frozen worktree and main. Every file named in ``expected.json`` is checked with
``aibeleid-check check --format json --isolated`` in one subprocess, as a user would run it.

A file's verdict is ``"pass"`` when the check reports no error-level finding; otherwise it is the sorted
list of the template rule ids reported missing (AIB401's message names its id; for AIB011 the ids the
file's ``recognised`` list does not cover), followed by the sorted codes of the other error-level findings.
An entry may carry ``"relabelled"`` (a corrected verdict, added after the first run, with a reason); both
scores are then printed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from recognition_eval import RULES

_QUOTED_ID = re.compile(r"'(" + "|".join(RULES) + r")'")

Verdict = str | list[str]


def run_check(src: Path, files: list[Path]) -> dict[str, dict]:
    """Run the checker of the tree at ``src`` on ``files``; its JSON report per file name."""
    env = dict(os.environ, PYTHONPATH=str(src))
    cmd = [sys.executable, "-m", "aibeleid_check", "check", "--format", "json", "--isolated"]
    cmd += ["--jobs", "1", *map(str, files)]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 1):
        sys.exit(f"aibeleid-check exited {proc.returncode}:\n{proc.stderr}")
    report = json.loads(proc.stdout)
    return {Path(entry["path"]).name: entry for entry in report["files"]}


def verdict_of(entry: dict) -> Verdict:
    """The verdict a user reads from one file's JSON report."""
    errors = [f for f in entry["findings"] if f["severity"] == "error"]
    if not errors:
        return "pass"
    missing: set[str] = set()
    others: set[str] = set()
    for finding in errors:
        code = finding["rule"]
        if code == "AIB401":
            missing.update(_QUOTED_ID.findall(finding["message"]))
        elif code == "AIB011":
            stated = {r["rule"] for r in entry.get("recognised", [])}
            absent = set(RULES) - stated
            if absent:
                missing.update(absent)
            else:
                others.add(code)
        else:
            others.add(code)
    return sorted(missing) + sorted(others)


def is_pass(verdict: Verdict) -> bool:
    return verdict == "pass"


def show(verdict: Verdict) -> str:
    return verdict if isinstance(verdict, str) else ",".join(verdict)


def score(expected: dict[str, dict], got: dict[str, Verdict], key: str) -> tuple[int, int]:
    exact = sum(1 for name, e in expected.items() if e.get(key, e["expected"]) == got[name])
    right = sum(1 for name, e in expected.items() if is_pass(e.get(key, e["expected"])) == is_pass(got[name]))
    return exact, right


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path, help="a folder with expected.json and its policies")
    args = parser.parse_args(argv)

    src = Path(os.environ.get("SRC", Path(__file__).resolve().parent.parent / "src")).resolve()
    data = json.loads((args.directory / "expected.json").read_text(encoding="utf-8"))
    expected = {name: entry for name, entry in data.items() if not name.startswith("_")}
    reports = run_check(src, [args.directory / name for name in expected])
    got = {name: verdict_of(reports[name]) for name in expected}

    print(f"tree: {src}")
    print("ok = exact verdict, ~ = pass/fail right but other rules or codes, XX = pass/fail wrong")
    width = max(map(len, expected))
    for name, entry in expected.items():
        want = entry["expected"]
        mark = "ok " if want == got[name] else ("~  " if is_pass(want) == is_pass(got[name]) else "XX ")
        warnings = sorted({f["rule"] for f in reports[name]["findings"] if f["severity"] != "error"})
        line = f"{mark}{name:<{width}}  expected {show(want):<40} got {show(got[name])}"
        if "relabelled" in entry:
            line += f"  (relabelled: {show(entry['relabelled'])})"
        if warnings:
            line += f"  [other: {','.join(warnings)}]"
        print(line)

    total = len(expected)
    exact, right = score(expected, got, "expected")
    print(f"\nblind verdicts: exact {exact}/{total}, pass/fail right {right}/{total}")
    if any("relabelled" in e for e in expected.values()):
        exact, right = score(expected, got, "relabelled")
        print(f"with relabels:  exact {exact}/{total}, pass/fail right {right}/{total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
