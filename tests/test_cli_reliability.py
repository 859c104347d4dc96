"""Issue 12, the command line's part: bad numbers, outputs that would replace a policy, broken pipes,
signals, special files, links out of a folder, unreadable folders, non-UTF-8 names and hostile configs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import POLICIES, cli_executable, run_cli

CLEAN = (POLICIES / "voorbeeld.yaml").read_text(encoding="utf-8")
BROKEN = "organisatie: [\n"
TODAY = ("--today", "2026-06-01")


def check(*args: str, cwd: Path | None = None):
    return run_cli("check", "--format", "concise", *TODAY, *map(str, args), cwd=cwd)


def clients(folder: Path, count: int, text: str = CLEAN) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        (folder / f"klant-{index:04d}.yaml").write_text(text, encoding="utf-8")
    return folder


# --- numbers --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["0", "-1", "100000", "twee"])
def test_bad_jobs_is_a_usage_error(tmp_path, value):
    proc = check("--jobs", value, clients(tmp_path, 1))
    assert proc.returncode == 2 and "--jobs" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("value", ["0", "-1"])
def test_bad_max_bytes_is_a_usage_error(tmp_path, value):
    proc = check("--max-bytes", value, clients(tmp_path, 1))
    assert proc.returncode == 2 and "--max-bytes" in proc.stderr


# --- outputs never replace a policy, also not through a hard link ----------------------------------------


def linked_policy(tmp_path: Path, link_name: str) -> tuple[Path, Path]:
    policy = tmp_path / "beleid.yaml"
    policy.write_text(CLEAN, encoding="utf-8")
    link = tmp_path / link_name
    link.parent.mkdir(parents=True, exist_ok=True)
    os.link(policy, link)
    return policy, link


def test_render_never_overwrites_the_policy_through_a_hard_link(tmp_path):
    policy, link = linked_policy(tmp_path, "beleid.pdf")
    proc = run_cli("render", str(policy), "-o", str(link), *TODAY)
    assert proc.returncode == 2, proc.stderr
    assert policy.read_text(encoding="utf-8") == CLEAN


def test_check_a4_never_overwrites_the_policy_through_a_hard_link(tmp_path):
    policy, link = linked_policy(tmp_path, "a4.pdf")
    proc = check("--a4", link, policy)
    assert proc.returncode == 2, proc.stderr
    assert policy.read_text(encoding="utf-8") == CLEAN


def test_a4_dir_never_overwrites_a_policy_through_a_hard_link(tmp_path):
    policy, _ = linked_policy(tmp_path, "a4/bakkerij-de-vries-bv.pdf")
    proc = check("--a4-dir", tmp_path / "a4", policy)
    assert proc.returncode != 0
    assert policy.read_text(encoding="utf-8") == CLEAN


def test_output_never_overwrites_the_policy_through_a_hard_link(tmp_path):
    policy, link = linked_policy(tmp_path, "rapport.json")
    proc = check("--output", link, policy)
    assert proc.returncode == 2
    assert policy.read_text(encoding="utf-8") == CLEAN


def test_unwritable_a4_dir_is_a_usage_error_like_a4_and_output(tmp_path):
    policy = clients(tmp_path / "in", 1) / "klant-0000.yaml"
    (tmp_path / "bestand").write_text("x", encoding="utf-8")
    for option in ("--a4-dir", "--a4", "--output"):
        target = tmp_path / "bestand" / ("sub" if option == "--a4-dir" else "x.pdf" if option == "--a4" else "x.json")
        proc = check(option, target, policy)
        assert proc.returncode == 2, (option, proc.stderr)


def test_a_failed_report_write_keeps_yesterdays_report(tmp_path, monkeypatch):
    from aibeleid_check.report import json_report

    report = tmp_path / "rapport.json"
    report.write_text('{"gisteren": true}', encoding="utf-8")

    def crash(self, result, stream):
        stream.write('{"half')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(json_report.Reporter, "write", crash)
    proc = check("--output", report, clients(tmp_path / "in", 1))
    assert proc.returncode == 2 and "rapport.json" in proc.stderr
    assert report.read_text(encoding="utf-8") == '{"gisteren": true}'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "rapport.json"]


# --- discovery --------------------------------------------------------------------------------------------


def test_a_fifo_in_a_folder_is_a_finding_and_the_batch_goes_on(tmp_path):
    folder = clients(tmp_path / "klanten", 2)
    os.mkfifo(folder / "pijp.yaml")
    proc = subprocess.run(
        [*cli_executable(), "check", "--format", "json", *TODAY, str(folder)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    files = {Path(f["path"]).name: [x["rule"] for x in f["findings"]] for f in json.loads(proc.stdout)["files"]}
    assert proc.returncode == 1
    assert files["klant-0000.yaml"] == [] and files["klant-0001.yaml"] == []
    assert files["pijp.yaml"] == ["AIB008"]


def test_a_link_out_of_the_named_folder_is_not_followed(tmp_path):
    outside = clients(tmp_path / "elders", 3)
    folder = clients(tmp_path / "klant", 1)
    (folder / "up").symlink_to(outside, target_is_directory=True)
    (folder / "los.yaml").symlink_to(outside / "klant-0001.yaml")
    (folder / "binnen").symlink_to(folder / "sub", target_is_directory=True)
    clients(folder / "sub", 1)
    proc = run_cli("check", "--format", "json", *TODAY, str(folder))
    real = sorted(os.path.relpath(os.path.realpath(f["path"]), folder) for f in json.loads(proc.stdout)["files"])
    assert real == ["klant-0000.yaml", "sub/klant-0000.yaml"]  # the link inside is followed, once


def test_a_link_named_on_the_command_line_is_followed(tmp_path):
    outside = clients(tmp_path / "elders", 1)
    (tmp_path / "link").symlink_to(outside, target_is_directory=True)
    proc = run_cli("check", "--format", "json", *TODAY, str(tmp_path / "link"))
    assert len(json.loads(proc.stdout)["files"]) == 1


def test_an_unreadable_sub_folder_is_a_finding(tmp_path, monkeypatch):
    folder = clients(tmp_path / "klant", 1)
    (folder / "geheim").mkdir()
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("geheim"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    proc = run_cli("check", "--format", "json", *TODAY, str(folder))
    files = {os.path.relpath(f["path"], folder): f["findings"] for f in json.loads(proc.stdout)["files"]}
    assert proc.returncode == 1
    assert [f["rule"] for f in files["geheim"]] == ["AIB008"] and "Permission denied" in files["geheim"][0]["message"]


def test_non_utf8_file_names_never_crash_the_outputs(tmp_path):
    folder = tmp_path / "klanten"
    folder.mkdir()
    (folder / os.fsdecode(b"klant-\xff.yaml")).write_text(BROKEN, encoding="utf-8")
    (folder / os.fsdecode(b"goed-\xfe.yaml")).write_text(CLEAN, encoding="utf-8")
    proc = check(folder, "--output", tmp_path / "r.json", "--output", tmp_path / "r.sarif", "--a4-dir", tmp_path / "a4")
    assert proc.returncode == 1, proc.stderr
    assert "klant-" in proc.stdout and "Traceback" not in proc.stderr and "interne fout" not in proc.stderr
    assert len(json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["files"]) == 2
    json.loads((tmp_path / "r.sarif").read_text(encoding="utf-8"))


# --- hostile configuration ---------------------------------------------------------------------------------

ALIAS_BOMB = (
    "anker:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    + "".join(f"  {chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8))
    + "fail-level: *i\n"
)
"""A billion leaves under a key whose validator turns the value into text: 20 s and 1.5 GB before."""


@pytest.mark.parametrize(
    "name, content",
    [
        (".aibeleid-check.yaml", ALIAS_BOMB),
        (".aibeleid-check.yaml", "options:\n  x: " + "[" * 5000 + "]" * 5000 + "\n"),
        (".aibeleid-check.toml", 'exclude = ["*a*a*a*a*a*a*b"]\n'),
    ],
)
def test_a_hostile_config_is_a_quick_config_error(tmp_path, name, content):
    (tmp_path / name).write_text(content, encoding="utf-8")
    clients(tmp_path, 1)
    started = time.process_time()  # in this process: CPU time, which a busy machine does not stretch
    proc = check(tmp_path, cwd=tmp_path)
    assert proc.returncode == 2 and name in proc.stderr, proc.stderr
    assert time.process_time() - started < 5


def test_config_dev_zero_and_a_fifo_are_refused_without_reading(tmp_path):
    os.mkfifo(tmp_path / ".aibeleid-check.toml")
    clients(tmp_path / "in", 1)
    for args in (["--config", "/dev/zero", str(tmp_path / "in")], [str(tmp_path / "in")]):
        proc = subprocess.run(
            [*cli_executable(), "check", *args], capture_output=True, text=True, timeout=30, cwd=tmp_path
        )
        assert proc.returncode == 2 and "gewoon bestand" in proc.stderr, proc.stderr


# --- pipes and signals ---------------------------------------------------------------------------------------


def test_a_broken_stdout_pipe_still_writes_the_files_and_does_not_claim_success(tmp_path):
    # More output than a pipe holds (64 KiB): otherwise a child that is quicker than this test writes it
    # all before the reader leaves, never meets the broken pipe and rightly exits 1.
    folder = tmp_path / "klanten"
    folder.mkdir()
    for index in range(300):
        (folder / f"klant-{index:04d}-{'n' * 200}.yaml").write_text(BROKEN + "x" * 200 + "\n", encoding="utf-8")
    report = tmp_path / "rapport.json"
    child = subprocess.Popen(
        [*cli_executable(), "check", "--format", "concise", "--jobs", "1", str(folder), "--output", str(report)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.readline()
    child.stdout.close()  # what `| head -1` does
    code = child.wait(timeout=60)
    stderr = child.stderr.read().decode()
    assert code == 141, stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr
    assert len(json.loads(report.read_text(encoding="utf-8"))["files"]) == 300


@pytest.mark.parametrize("format_name", ["json", "sarif"])
def test_a_machine_document_larger_than_the_pipe_exits_141_when_the_reader_leaves(tmp_path, format_name):
    folder = clients(tmp_path / "klanten", 150)  # a document of some 200 KB: more than a pipe holds
    report = tmp_path / "rapport.json"
    child = subprocess.Popen(
        [
            *cli_executable(),
            "check",
            "--isolated",
            "--format",
            format_name,
            "--jobs",
            "1",
            *TODAY,
            str(folder),
            "--output",
            str(report),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.read(10)
    child.stdout.close()  # what `| head -c 10` does
    code = child.wait(timeout=60)
    stderr = child.stderr.read().decode()
    assert code == 141, stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr
    assert len(json.loads(report.read_text(encoding="utf-8"))["files"]) == 150


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the worker processes")
def test_sigterm_to_the_parent_leaves_no_workers_behind(tmp_path):
    folder = clients(tmp_path / "klanten", 3000)
    child = subprocess.Popen(
        [*cli_executable(), "check", "--format", "concise", "--jobs", "2", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    workers: list[int] = []
    deadline = time.monotonic() + 30
    while len(workers) < 2 and time.monotonic() < deadline and child.poll() is None:
        workers = _children(child.pid)
        time.sleep(0.05)
    assert len(workers) >= 2, "the workers never started"
    child.send_signal(signal.SIGTERM)
    code = child.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)
    assert code == 143 and b"Traceback" not in child.stderr.read()  # type: ignore[union-attr]


def test_main_can_be_called_again_in_process_with_another_language():
    first = run_cli("check", "--jobs", "0", "x", "--lang", "en")
    second = run_cli("check", "--jobs", "0", "x")
    assert "must be at least 1" in first.stderr and "moet minstens 1 zijn" in second.stderr
    assert sys.modules["argparse"]._("usage: ") == "usage: "  # type: ignore[attr-defined]


def test_render_of_an_unreadable_policy_exits_1_and_makes_no_page(tmp_path):
    policy = tmp_path / "kapot.yaml"
    policy.write_text(BROKEN, encoding="utf-8")
    proc = run_cli("render", str(policy), "-o", str(tmp_path / "kapot.pdf"), *TODAY)
    assert proc.returncode == 1 and "niet te lezen" in proc.stderr and "AIB001" in proc.stderr
    assert not (tmp_path / "kapot.pdf").exists()


def test_a_huge_flow_mapping_config_stops_while_composing(tmp_path):
    (tmp_path / ".aibeleid-check.yaml").write_text("options: {" + "a: 1, " * 170_000 + "}\n", encoding="utf-8")
    clients(tmp_path, 1)
    started = time.process_time()
    proc = check(tmp_path, cwd=tmp_path)
    assert proc.returncode == 2 and "YAML" in proc.stderr, proc.stderr
    assert time.process_time() - started < 2


@pytest.mark.parametrize("kind", ["alias bomb", "fifo"])
def test_a_hostile_catalogue_named_by_a_client_config_is_a_quick_config_error(tmp_path, kind):
    client = tmp_path / "klant"
    clients(client, 1)
    (client / ".aibeleid-check.yaml").write_text("catalogus: [tools.yaml]\n", encoding="utf-8")
    if kind == "fifo":
        os.mkfifo(client / "tools.yaml")
    else:
        (client / "tools.yaml").write_text(ALIAS_BOMB.replace("fail-level", "bijgewerkt"), encoding="utf-8")
    started = time.monotonic()
    proc = subprocess.run(
        [*cli_executable(), "check", "--format", "concise", str(client)],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 2 and "tools.yaml" in proc.stderr, proc.stderr
    assert time.monotonic() - started < 10


@pytest.mark.parametrize(("stop", "status"), [("Terminated()", 143), ("KeyboardInterrupt()", 130)])
def test_after_sigterm_or_ctrl_c_the_process_ends_even_when_a_thread_would_keep_it_alive(stop, status):
    """Interpreter exit waits for threads (and concurrent.futures joins its manager thread without a timeout);
    a stopped check ends at once with 143 or 130 instead. In-process callers get the status returned."""
    code = (
        "import sys, threading, time\n"
        "from aibeleid_check import cli\n"
        "from aibeleid_check.errors import Terminated\n"
        "def stuck(*_a, **_k):\n"
        "    threading.Thread(target=time.sleep, args=(3600,)).start()\n"
        f"    raise {stop}\n"
        "cli._run = stuck\n"
        "sys.argv = ['aibeleid-check', 'check', 'x']\n"
        "sys.exit(cli.main())\n"
    )
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=20)
    assert proc.returncode == status and time.monotonic() - started < 15


def test_in_process_main_returns_143_on_terminated(monkeypatch):
    from aibeleid_check import cli
    from aibeleid_check.errors import Terminated

    def terminated(*_args, **_kwargs):
        raise Terminated()

    monkeypatch.setattr(cli, "_run", terminated)
    assert cli.main(["check", "x"]) == 143
