"""The command line as a user runs it: exit codes, languages, rule selection, usage errors."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import POLICIES, run_cli

FOUTEN = POLICIES / "fouten"
WARNING_ONLY = FOUTEN / "AIB501-aanspreekpunt-onbereikbaar.yaml"
ONE_ERROR = FOUTEN / "AIB301-tool-zonder-naam.yaml"
CLEAN = POLICIES / "voorbeeld.yaml"
TODAY = ("--today", "2026-06-01")


def concise(*args: str):
    return run_cli("check", "--format", "concise", *TODAY, *args)


def test_clean_file_exits_0_and_is_quiet():
    proc = concise(str(CLEAN))
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "")


def test_error_exits_1():
    assert concise(str(ONE_ERROR)).returncode == 1


def test_warning_only_exits_0_normally_and_1_with_strict():
    assert concise(str(WARNING_ONLY)).returncode == 0
    assert concise("--strict", str(WARNING_ONLY)).returncode == 1


def test_a_tool_without_agreement_status_warns_and_fails_only_strict():
    """The template's field asks only which tools; unknown status means "bij twijfel: geen persoonsgegevens"."""
    unknown = str(FOUTEN / "AIB302-verwerkersovereenkomst.yaml")
    proc = concise(unknown)
    assert (proc.returncode, proc.stdout.split()[1:3]) == (0, ["AIB302", "[warning]"])
    assert concise("--strict", unknown).returncode == 1
    assert concise(str(FOUTEN / "AIB303-persoonsgegevens-zonder-overeenkomst.yaml")).returncode == 1


def test_info_does_not_fail_even_strict(write_policy):
    text = CLEAN.read_text(encoding="utf-8").replace("ingangsdatum: 1 maart 2026", "ingangsdatum: 1 maart 2099")
    proc = concise("--strict", str(write_policy(text)))
    assert proc.returncode == 0
    assert " AIB203 [info] " in proc.stdout


def test_concise_line_format_exactly():
    proc = concise(str(ONE_ERROR))
    assert proc.stdout == (f"{ONE_ERROR}:17:5: AIB301 [error] Tool 2 heeft geen naam (naam).\n")


def test_lang_en_messages():
    proc = concise("--lang", "en", str(ONE_ERROR))
    assert proc.stdout == (f"{ONE_ERROR}:17:5: AIB301 [error] Tool 2 has no name (name).\n")


def test_lang_en_in_json():
    proc = run_cli("check", "--format", "json", "--lang", "en", *TODAY, str(WARNING_ONLY))
    (finding,) = json.loads(proc.stdout)["files"][0]["findings"]
    assert finding["message"] == "The contact has no e-mail address or phone number (email, phone)."


def test_select_and_ignore_by_code_and_prefix():
    files = [str(ONE_ERROR), str(WARNING_ONLY)]
    assert {line.split()[1] for line in concise("--select", "AIB3", *files).stdout.splitlines()} == {"AIB301"}
    assert {line.split()[1] for line in concise("--select", "aib501", *files).stdout.splitlines()} == {"AIB501"}
    proc = concise("--ignore", "AIB301", *files)
    assert {line.split()[1] for line in proc.stdout.splitlines()} == {"AIB501"}
    assert proc.returncode == 0
    assert concise("--select", "AIB301,AIB501", "--ignore", "AIB5", *files).stdout.count("\n") == 1


def test_missing_path_exits_2_with_one_line():
    proc = run_cli("check", "--format", "concise", "bestaat-niet.yaml")
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1
    assert "bestaat-niet.yaml" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_path_among_good_ones_is_still_a_usage_error():
    proc = run_cli("check", "--format", "json", str(CLEAN), "bestaat-niet.yaml")
    assert proc.returncode == 2
    assert proc.stdout == ""


def test_unknown_option_exits_2_with_one_line():
    proc = run_cli("check", "--bestaat-niet", str(CLEAN))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1
    assert "--bestaat-niet" in proc.stderr


def test_bad_choice_exits_2():
    proc = run_cli("check", "--format", "xml", str(CLEAN))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1


def test_no_paths_exits_2():
    assert run_cli("check").returncode == 2


def test_no_command_exits_2():
    assert run_cli().returncode == 2


def test_version():
    proc = run_cli("--version")
    assert proc.returncode == 0
    assert proc.stdout.startswith("aibeleid-check ")


def test_module_entry_point():
    proc = subprocess.run(
        [sys.executable, "-m", "aibeleid_check", "check", "--format", "concise", str(CLEAN)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (proc.returncode, proc.stdout) == (0, "")


def test_directory_is_walked_for_yaml_files():
    proc = run_cli("check", "--format", "json", *TODAY, str(FOUTEN))
    paths = [f["path"] for f in json.loads(proc.stdout)["files"]]
    assert len(paths) == len([p for p in FOUTEN.iterdir() if p.suffix in (".yaml", ".md")])  # .md: policies too
    assert paths == sorted(paths)


def test_concise_check_does_not_import_rich_or_typst():
    code = (
        "import sys; from aibeleid_check import cli; "
        f"status = cli.main(['check', '--format', 'concise', {str(CLEAN)!r}]); "
        "print(status, 'rich' in sys.modules, 'typst' in sys.modules)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.split() == ["0", "False", "False"]


def test_auto_format_is_concise_when_not_on_a_terminal():
    proc = run_cli("check", *TODAY, str(ONE_ERROR))
    assert proc.stdout.startswith(f"{ONE_ERROR}:17:5: AIB301 [error] ")
    assert proc.stdout.count("\n") == 1


def test_select_never_hides_a_file_that_could_not_be_checked():
    broken = str(FOUTEN / "AIB004-geen-utf8.yaml")
    proc = concise("--select", "AIB3", broken)
    assert proc.returncode == 1
    assert " AIB004 [error] " in proc.stdout
    # Not even by --ignore: a file that could not be read is never a pass (DESIGN §4, issue 12 item 12).
    assert concise("--select", "AIB3", "--ignore", "AIB004", broken).returncode == 1


def test_sigterm_is_documented_as_143_and_ctrl_c_as_130():
    from pathlib import Path

    from aibeleid_check.exitcodes import ExitStatus

    assert (ExitStatus.INTERRUPTED, ExitStatus.TERMINATED) == (130, 143)
    from aibeleid_check import cli_help

    assert "143 gestopt (SIGTERM)" in run_cli("--help").stdout
    assert "143 terminated (SIGTERM)" in cli_help.epilog("en")
    reliability = (Path(__file__).parents[1] / "docs" / "reliability.md").read_text(encoding="utf-8")
    assert "| 143 | stopped by SIGTERM" in reliability and "Ctrl-C or SIGTERM" not in reliability
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert "`143` after\nSIGTERM" in readme or "`143` after SIGTERM" in readme


def test_help_placeholders_are_dutch_by_default_and_english_with_lang_en():
    dutch = run_cli("check", "--help").stdout
    for word in ("[FORMAAT:]BESTAND", "--config BESTAND", "--a4-dir MAP", "PAD [PAD ...]", "--select CODES"):
        assert word in dutch
    assert not any(word in dutch for word in (" FILE", " DIR", " PATH"))
    english = run_cli("check", "--help", "--lang", "en").stdout
    for word in ("[FORMAT:]FILE", "--config FILE", "--a4-dir DIR", "PATH [PATH ...]"):
        assert word in english
    assert "OPDRACHT" in run_cli("--help").stdout
    assert "BELEID" in run_cli("render", "--help").stdout
