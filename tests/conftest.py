"""Shared fixtures: paths to the project's policies and to the vendored test data, and two ways to run the CLI.

``run_cli`` calls ``aibeleid_check.cli.main`` in this process (fast: most CLI tests use it), with its own
stdin, stdout, stderr, working directory and environment, and gives back what a subprocess would.
``run_cli_process`` runs the installed console script for the few smoke tests that need a real process.
"""

from __future__ import annotations

import contextlib
import io
import os
import pty
import select
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
POLICIES = ROOT / "policies"
DATA = ROOT / "tests" / "data"
YAML_SUITE = DATA / "yaml-test-suite"
SARIF_SCHEMA = DATA / "sarif-schema-2.1.0.json"

# Variables of the machine that change what the CLI does; a test sets them explicitly when it wants them.
_AMBIENT = ("GITHUB_ACTIONS", "GITHUB_WORKSPACE", "GITHUB_STEP_SUMMARY", "PRE_COMMIT", "FORCE_COLOR", "NO_COLOR")


def cli_executable() -> list[str]:
    """The installed console script, as a user runs it."""
    exe = shutil.which("aibeleid-check", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "aibeleid_check"]


def _environment(env: dict | None) -> dict[str, str]:
    merged = {k: v for k, v in os.environ.items() if k not in _AMBIENT}
    merged.update(env or {})
    return merged


def run_cli_process(*args: str, cwd: Path | None = None, env: dict | None = None, input: str | None = None):
    """Run the real console script in a subprocess (smoke tests only: it costs a whole start-up)."""
    return subprocess.run(
        [*cli_executable(), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=_environment(env),
        input=input,
        timeout=120,
    )


@dataclass
class CliResult:
    """What ``subprocess.run(..., capture_output=True, text=True)`` gives, for an in-process run."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str


class _Stream(io.TextIOWrapper):
    """A text stream over bytes, like a redirected sys.stdout: ``.buffer`` works and ``isatty()`` is False."""

    def __init__(self, data: bytes = b"") -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8", errors="surrogateescape", newline=None)

    def value(self) -> str:
        self.flush()
        raw = self.buffer.getvalue()  # type: ignore[attr-defined]
        return raw.decode("utf-8", "surrogateescape").replace("\r\n", "\n")

    def close(self) -> None:  # the CLI may close stdout; keep the bytes readable
        self.flush()


class _Terminal(io.TextIOWrapper):
    """A text stream on the replica side of a pseudo-terminal (``isatty()`` is True, as for a person at a shell);
    a thread drains the primary side, so a long progress bar never fills the terminal's buffer."""

    QUIET = 0.2
    """After the run, the terminal is read until it has been quiet this long. Not until end of file: worker
    processes forked during the run hold the replica open, maybe after the run has ended."""

    def __init__(self) -> None:
        self._primary, replica = pty.openpty()
        super().__init__(open(replica, "wb", closefd=True), encoding="utf-8", line_buffering=True)
        self._chunks: list[bytes] = []
        self._finished = threading.Event()
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self) -> None:
        while True:
            ready, _, _ = select.select([self._primary], [], [], self.QUIET)
            if not ready:
                if self._finished.is_set():
                    return
                continue
            try:
                chunk = os.read(self._primary, 65536)
            except OSError:  # EIO: every holder of the replica has closed it
                return
            if not chunk:
                return
            self._chunks.append(chunk)

    def close(self) -> None:  # the CLI may close its streams; the terminal stays open until value()
        self.flush()

    def value(self) -> str:
        self.flush()
        self._finished.set()
        self._reader.join(timeout=30)
        super().close()
        os.close(self._primary)
        return b"".join(self._chunks).decode("utf-8", errors="replace")


@contextlib.contextmanager
def _process_state(cwd: Path | None, env: dict | None) -> Iterator[None]:
    saved_env = dict(os.environ)
    saved_cwd = os.getcwd()
    saved_streams = sys.stdin, sys.stdout, sys.stderr
    try:
        os.environ.clear()
        os.environ.update(_environment(env))
        if cwd is not None:
            os.chdir(cwd)
        yield
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


def run_cli(
    *args: str,
    cwd: Path | None = None,
    env: dict | None = None,
    input: str | None = None,
    terminal_stderr: bool = False,
) -> CliResult:
    """Run ``aibeleid-check ARGS`` in this process and capture what it prints and returns. ``terminal_stderr``:
    stderr is a pseudo-terminal (what it shows, ``\r\n`` line ends and all, comes back as ``stderr``)."""
    from aibeleid_check import cli

    stdout, stderr = _Stream(), (_Terminal() if terminal_stderr else _Stream())
    with _process_state(cwd, env):
        sys.stdin = _Stream((input or "").encode("utf-8"))
        sys.stdout, sys.stderr = stdout, stderr
        try:
            code = cli.main(list(args))
        except SystemExit as exc:  # argparse's own exits (--help, usage errors)
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    return CliResult(list(args), int(code), stdout.value(), stderr.value())


@pytest.fixture
def write_policy(tmp_path):
    """Write a policy text to a file and return its path."""

    def write(text: str | bytes, name: str = "beleid.yaml") -> Path:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """pytest rewrites the asserts of every module of a distribution that ships a pytest plugin, so hypothesis
    (70 modules) was parsed and compiled anew in each process that imported it, about 0.6 s each and once
    more at the very end of an ``-n 2`` run, where the controller imports it for its summary. Its own asserts
    need no introspection; ours (tests and conftest) are still rewritten."""
    hook = getattr(config.pluginmanager, "rewrite_hook", None)
    marked = getattr(hook, "_must_rewrite", None)
    if isinstance(marked, set):
        marked.discard("hypothesis")


# Test files whose few tests take seconds each (a corpus evaluated, hostile inputs in child processes,
# hypothesis, real subprocesses), heaviest first. They run before all others, so that under
# ``pytest -n 2`` the last tests to be handed out are short ones and both workers finish together; the
# order of the tests inside a file does not change. A file missing from this list only runs later.
HEAVY_FIRST = (
    "test_recognition_corpus.py",
    "test_policy_set.py",
    "test_limits.py",
    "test_robustness.py",
    "test_fuzz.py",
    "test_max_bytes.py",
    "test_document_limits.py",
    "test_cli_reliability.py",
    "test_convert.py",
    "test_recognition_agreement.py",
    "test_plugins.py",
    "test_init.py",
    "test_source_fold.py",
    "test_a4.py",
)


@pytest.hookimpl(trylast=True)  # after pytest has grouped the tests by their fixtures
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: index for index, name in enumerate(HEAVY_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: each file keeps its order


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """``-n 2`` hands tests out by work stealing instead of xdist's default ``load``, which gives each worker a
    quarter of its share up front: with the heavy files first, one worker got them all and the other sat idle
    for half a minute at the end. A worker that runs dry takes half of the other's queue. Any ``--dist`` other
    than the default is left alone."""
    if config.getvalue("dist") != "load":
        return None
    from xdist.scheduler import WorkStealingScheduling

    return WorkStealingScheduling(config, log)
