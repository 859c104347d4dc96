"""Every placeholder word in ``--help`` (a metavar) is in the run's language: PAD in Dutch, PATH in English."""

from __future__ import annotations

import argparse

import pytest

from aibeleid_check import cli
from conftest import run_cli

# Words that read the same in both languages (codes, a count, a date pattern, the Dutch/English "in").
SHARED = {"CODE", "CODES", "N", "YYYY-MM-DD", "IN"}


def _subparser(name: str, lang: str) -> argparse.ArgumentParser:
    parser = cli.build_parser([name], lang)
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return subparsers.choices[name]


def _metavars(parser: argparse.ArgumentParser) -> dict[str, str]:
    """The placeholder argparse shows for each option or argument that takes a free value."""
    shown = {}
    for action in parser._actions:
        if action.help == argparse.SUPPRESS or action.nargs == 0:
            continue
        if action.metavar is None and action.choices is not None:
            continue  # shown as {a,b,c}: the values themselves
        positional = not action.option_strings
        shown[action.dest] = str(action.metavar or (action.dest if positional else action.dest.upper()))
    return shown


@pytest.mark.parametrize("name", [c.name for c in cli.COMMANDS])
def test_metavars_differ_between_dutch_and_english(name):
    dutch, english = _metavars(_subparser(name, "nl")), _metavars(_subparser(name, "en"))
    same = {
        dest: shown
        for dest, shown in dutch.items()
        if shown == english[dest] and not set(shown.replace("|", " ").split()) <= SHARED
    }
    assert same == {}, f"{name}: the same placeholder in Dutch and English help: {same}"


def test_init_help_says_pad_like_check():
    for command in ("init", "check"):
        out = run_cli(command, "--help").stdout
        assert "\n  PAD " in out and "PATH" not in out, out


def test_init_help_in_english_has_english_placeholders():
    out = run_cli("init", "--help", "--lang", "en").stdout
    assert "[PATH]" in out and "--tool NAME[:AGREEMENT[:PERSONAL_DATA]]" in out
    for dutch in ("NAAM", "OVEREENKOMST", "PERSOONSGEGEVENS", "ADRES", "NUMMER", "WIE", "DATUM"):
        assert dutch not in out, dutch


def test_init_help_in_dutch_keeps_dutch_placeholders():
    out = run_cli("init", "--help").stdout
    assert "--tool NAAM[:OVEREENKOMST[:PERSOONSGEGEVENS]]" in out and "--ingangsdatum DATUM" in out


def test_init_names_the_missing_flags_in_english(tmp_path):
    proc = run_cli("init", str(tmp_path / "beleid.yaml"), "--tool", "Copilot", "--no-input", "--lang", "en")
    assert proc.returncode == 2
    assert "--tool 'Copilot:AGREEMENT'" in proc.stderr and "OVEREENKOMST" not in proc.stderr, proc.stderr


def test_top_level_help_in_english():
    proc = run_cli("--help", "--lang", "en")
    assert proc.returncode == 0 and proc.stdout.startswith("usage: aibeleid-check"), proc.stderr
    assert "commands:" in proc.stdout and "opdrachten" not in proc.stdout


def test_lang_before_the_command_is_the_commands_language():
    english = run_cli("--lang", "en", "herken", "Plak geen klantgegevens in ChatGPT").stdout
    assert english.startswith("counts as geen-persoonsgegevens"), english
    dutch = run_cli("--lang", "en", "herken", "--lang", "nl", "Plak geen klantgegevens in ChatGPT").stdout
    assert dutch.startswith("telt als geen-persoonsgegevens"), dutch
