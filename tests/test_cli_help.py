"""The command line speaks Dutch by default and English with --lang en: help, argparse's words, errors."""

from __future__ import annotations

import argparse
import io

import pytest

from aibeleid_check import catalogue, cli
from aibeleid_check.cli_help import sayer
from conftest import run_cli

ENGLISH_ARGPARSE = (
    "usage:",
    "options:",
    "show this help message",
    "positional arguments",
    "the following",
    "invalid choice",
)


@pytest.mark.parametrize("argv", [["--help"], *([c.name, "--help"] for c in cli.COMMANDS)])
def test_help_is_dutch_top_to_bottom(argv):
    proc = run_cli(*argv)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("gebruik: aibeleid-check")
    assert "opties:" in proc.stdout and "toon deze hulp en stop" in proc.stdout
    assert not any(word in proc.stdout for word in ENGLISH_ARGPARSE), proc.stdout


def test_help_in_english_with_lang_en():
    proc = run_cli("check", "--help", "--lang", "en")
    assert proc.stdout.startswith("usage: aibeleid-check check") and "files or folders" in proc.stdout


def test_help_shows_the_exit_codes_and_examples():
    out = run_cli("--help").stdout
    assert "afsluitcodes:" in out and "  2  gebruiksfout" in out
    assert out.count("  aibeleid-check ") >= 2 and "voorbeelden:" in out


@pytest.mark.parametrize(
    "argv, dutch",
    [
        (["check"], "deze argumenten zijn verplicht: PAD"),
        (["check", "--format", "jsn", "x"], "ongeldige keuze: 'jsn' (kies uit"),
        (["check", "--onbekend", "x"], "onbekende argumenten: --onbekend"),
        (["check", "--jobs"], "verwacht één waarde"),
        (["chek", "x"], "onbekende opdracht 'chek'. Bedoel je check?"),
        (["rulse"], "Bedoel je rules?"),
    ],
)
def test_usage_errors_are_dutch_and_exit_2(argv, dutch):
    proc = run_cli(*argv)
    assert proc.returncode == 2 and dutch in proc.stderr, proc.stderr
    assert proc.stderr.count("\n") == 1  # one line, no usage dump


def test_a_mistyped_command_in_english():
    proc = run_cli("explian", "AIB201", "--lang", "en")
    assert "unknown command 'explian'. Did you mean explain?" in proc.stderr


@pytest.mark.parametrize("command", cli.COMMANDS, ids=lambda c: c.name)
def test_every_option_and_argument_has_help(command):
    for lang in ("nl", "en"):
        parser = cli.build_parser([command.name], lang)
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[command.name]
        missing = [a.dest for a in sub._actions if a.help is None and a.dest != "today"]
        assert missing == [], f"{command.name} ({lang}): no help for {missing}"


def test_argparse_is_english_again_after_a_dutch_run():
    run_cli("check", "--help")
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]


def test_sayer_picks_the_language():
    assert sayer("nl")("ja", "yes") == "ja" and sayer("en")("ja", "yes") == "yes"


def test_tools_never_cuts_an_id_at_80_columns():
    from aibeleid_check.commands import tools

    loaded = catalogue.load(())
    out = io.StringIO()
    tools._print_table(loaded, "nl", out, width=80)
    text = out.getvalue()
    for entry in loaded.entries:
        assert entry.id in text, entry.id
    assert "…" not in "".join(line.split("│")[1] if "│" in line else "" for line in text.splitlines())


def test_herken_help_gives_its_own_exit_codes():
    """A tester read `check`'s exit codes ("bevindingen op of boven het faalniveau") under `herken --help`."""
    out = run_cli("herken", "--help").stdout
    assert "0  de tekst telt als minstens een van de vier regels" in out
    assert "faalniveau" not in out
    english = run_cli("recognise", "--help", "--lang", "en").stdout
    assert "1  the text counts as none of them" in english and "fail level" not in english
    assert "faalniveau" in run_cli("check", "--help").stdout
