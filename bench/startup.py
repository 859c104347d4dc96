"""Start-up of a one-file check beside yamllint on the same file, interleaved so that load drift cancels.

    python bench/startup.py [ROUNDS] [--old-src DIR]

Each round runs every command once; medians and the ratio to yamllint are printed. ``--old-src`` adds the
same check run from another checkout's ``src`` (for a before/after).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLICY = ROOT / "policies" / "voorbeeld.yaml"
BIN = Path(sys.executable).parent


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 20
    check = [sys.executable, "-m", "aibeleid_check", "check", "--format", "concise", str(POLICY)]
    commands: dict[str, tuple[list[str], dict[str, str]]] = {
        "yamllint": ([str(BIN / "yamllint"), str(POLICY)], {}),
        "python -c 'import pydantic'": ([sys.executable, "-c", "import pydantic"], {}),
        "python -c pass": ([sys.executable, "-c", "pass"], {}),
        "aibeleid-check check": (check, {}),
    }
    if "--old-src" in sys.argv:
        commands["aibeleid-check check (old src)"] = (check, {"PYTHONPATH": sys.argv[sys.argv.index("--old-src") + 1]})
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, (command, env) in commands.items():
            started = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **env})
            times[name].append((time.perf_counter() - started) * 1000)
    base = statistics.median(times["yamllint"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:32s} median {median:5.0f} ms  min {min(values):5.0f} ms  {median / base:4.2f}x yamllint")


if __name__ == "__main__":
    main()
