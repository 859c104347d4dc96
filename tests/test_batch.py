"""Checking many files: parallel results identical to sequential, broken files never stop the batch,
and the progress bar only for a person watching a terminal."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from aibeleid_check import batch
from aibeleid_check.cli import build_parser
from aibeleid_check.config import Resolver
from aibeleid_check.options import RunOptions
from conftest import ROOT, cli_executable, run_cli

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402  (the benchmark's generator of client policies)

TODAY = ("--today", "2026-06-01")


@pytest.fixture(scope="module")
def clients(tmp_path_factory) -> Path:
    """60 generated client policies (enough to go parallel by default), some of them broken."""
    folder = tmp_path_factory.mktemp("klanten")
    generate(folder, 60, broken_share=0.2, seed=7)
    (folder / "weg.yaml").symlink_to(folder / "bestaat-niet.yaml")  # a dangling link: unreadable
    return folder


def json_of(*args: str) -> dict:
    proc = run_cli("check", "--format", "json", *TODAY, *args)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def test_jobs_2_gives_exactly_the_json_of_jobs_1(clients):
    sequential = json_of("--jobs", "1", str(clients))
    parallel = json_of("--jobs", "2", str(clients))
    assert parallel == sequential
    assert [f["path"] for f in parallel["files"]] == sorted(f["path"] for f in parallel["files"])
    assert len(parallel["files"]) == 61


def test_broken_and_unreadable_files_do_not_stop_the_batch(clients):
    document = json_of("--jobs", "2", str(clients))
    by_name = {Path(f["path"]).name: f for f in document["files"]}
    assert by_name["weg.yaml"]["findings"][0]["rule"] == "AIB008"
    broken_rules = {f["findings"][0]["rule"] for f in document["files"] if f["findings"]}
    assert len(broken_rules) > 3  # syntax, encoding, empty, not a mapping … all reported, none fatal
    assert any(f["ok"] for f in document["files"])


def test_plugin_rule_from_a_path_runs_in_every_worker(clients, tmp_path):
    plugin = tmp_path / "acme_plugin.py"
    plugin.write_text(
        textwrap.dedent(
            '''
            from aibeleid_check.hookspec import hookimpl
            from aibeleid_check.rules.base import Rule
            from aibeleid_check.findings import Severity


            class EveryFile(Rule):
                """Elk bestand krijgt een melding.

                Wat het controleert:
                    Niets; test.
                Waarom:
                    Test.
                Voorbeeld:
                    Elk bestand.
                Zo wel:
                    Niets.

                --- en ---
                Every file gets a finding.

                What it checks:
                    Nothing; test.
                Why:
                    Test.
                Example:
                    Every file.
                Instead:
                    Nothing.
                """

                code = "ACME101"
                slug = "elk-bestand"
                severity = Severity.INFO

                def check(self, ctx):
                    yield ctx.at("organisatie", "gezien", "seen")


            @hookimpl
            def aibeleid_code_prefix():
                return "ACME"


            @hookimpl
            def aibeleid_rules():
                return [EveryFile]
            '''
        ),
        encoding="utf-8",
    )
    sequential = json_of("--jobs", "1", "--plugin", str(plugin), str(clients))
    parallel = json_of("--jobs", "2", "--plugin", str(plugin), str(clients))
    assert parallel == sequential
    seen = {Path(f["path"]).name for f in parallel["files"] if any(x["rule"] == "ACME101" for x in f["findings"])}
    assert "AIB900" not in json.dumps(parallel)
    assert len(seen) > 40 and {"klant-00000.yaml", "klant-00059.yaml"} <= seen


def test_an_internal_error_on_one_file_becomes_its_finding(clients, monkeypatch):
    argv = ["check", str(clients), *TODAY]
    args = RunOptions.from_namespace(build_parser(argv).parse_args(argv))
    real_check = batch.check_path

    def crash_on_third(path, ruleset):
        if path.endswith("klant-00003.yaml"):
            raise RuntimeError("kapot")
        return real_check(path, ruleset)

    monkeypatch.setattr(batch, "check_path", crash_on_third)
    files = sorted(str(p) for p in clients.glob("klant-*.yaml"))
    result = batch.check_files(files, Resolver(args), jobs=1)
    assert [f.path for f in result.files] == files
    crashed = result.files[3]
    assert [f.rule for f in crashed.findings] == ["AIB900"]
    assert "RuntimeError: kapot" in crashed.findings[0].message.text("en")
    assert not crashed.readable


@pytest.mark.parametrize(
    ("requested", "count", "expected"),
    [(None, 3, 1), (None, 49, 1), (None, 50, os.cpu_count() or 1), (4, 2, 2), (0, 10, 1), (2, 100, 2)],
)
def test_effective_jobs(requested, count, expected):
    assert batch.effective_jobs(requested, count) == expected


# --- the progress bar: stderr on a pseudo-terminal, stdout a pipe ----------------------------------------


def run_with_terminal_stderr(*args: str) -> tuple[int, str, str]:
    """Run the CLI in this process with stderr on a pseudo-terminal (as in an interactive shell)."""
    proc = run_cli(*args, env={"TERM": "xterm-256color", "COLUMNS": "100"}, terminal_stderr=True)
    return proc.returncode, proc.stdout, proc.stderr


def run_process_with_terminal_stderr(*args: str) -> tuple[int, str, str]:
    """Run the real console script with stderr on a pseudo-terminal (as in an interactive shell); stdout a pipe."""
    primary, replica = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    env.pop("GITHUB_ACTIONS", None)
    try:
        proc = subprocess.run(
            [*cli_executable(), *args], stdout=subprocess.PIPE, stderr=replica, env=env, timeout=120, text=True
        )
    finally:
        os.close(replica)
    return proc.returncode, proc.stdout, _drain(primary)


def _drain(fd: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO once the terminal's other end is closed and everything has been read
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode("utf-8", errors="replace")


def test_progress_bar_on_a_terminal_for_a_rich_report(clients):
    """The smoke test in a real process; the ones below run the same command line in this one."""
    code, stdout, terminal = run_process_with_terminal_stderr(
        "check", "--format", "rich", "--jobs", "2", *TODAY, str(clients)
    )
    assert code == 1
    assert "Controleren" in terminal
    assert "/61" in terminal
    assert "Controleren" not in stdout


def test_progress_bar_speaks_english_with_lang_en(clients):
    _code, _stdout, terminal = run_with_terminal_stderr(
        "check", "--format", "rich", "--lang", "en", *TODAY, str(clients)
    )
    assert "Checking" in terminal


@pytest.mark.parametrize("format_name", ["json", "sarif", "junit", "github"])
def test_no_progress_bar_in_machine_formats_even_on_a_terminal(clients, format_name):
    _code, stdout, terminal = run_with_terminal_stderr("check", "--format", format_name, *TODAY, str(clients))
    assert "Controleren" not in terminal
    assert "\x1b[" not in terminal
    assert stdout


def test_no_progress_bar_when_stderr_is_not_a_terminal(clients):
    proc = run_cli("check", "--format", "rich", *TODAY, str(clients))
    assert proc.returncode == 1
    assert proc.stderr == ""


def test_no_progress_bar_for_a_handful_of_files(clients):
    few = sorted(str(p) for p in clients.glob("klant-0000*.yaml"))[:3]
    _code, _stdout, terminal = run_with_terminal_stderr("check", "--format", "rich", *TODAY, *few)
    assert "Controleren" not in terminal


@pytest.mark.slow
def test_ctrl_c_stops_a_parallel_batch_quickly_without_tracebacks(tmp_path):
    import signal
    import time

    generate(tmp_path / "klanten", 200, broken_share=0.0, seed=3)
    pages = tmp_path / "a4"
    proc = subprocess.Popen(
        [
            *cli_executable(),
            "check",
            "--format",
            "concise",
            "--jobs",
            "2",
            "--a4-dir",
            str(pages),
            str(tmp_path / "klanten"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not (pages.exists() and any(pages.iterdir())) and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C in a terminal reaches the whole foreground process group
    stderr = proc.communicate(timeout=30)[1]
    assert proc.returncode == 130, stderr[-500:]
    assert "Traceback" not in stderr
    assert len(list(pages.iterdir())) < 200
