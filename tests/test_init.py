"""``aibeleid-check init``: a filled-in template that passes the check, from flags or from questions."""

from __future__ import annotations

import os
import re
import select
import subprocess
import time
from datetime import date

import pytest
import yaml
from conftest import cli_executable, run_cli

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
FLAGS = (
    "--organisatie", "Bakkerij: De Vries & Zn",
    "--tool", "DeepL Pro:ja",
    "--tool", "Copilot: werkaccount:ja:ja",
    "--tool", "ChatGPT Business:aangevraagd",
    "--aanspreekpunt", "Marieke de Vries",
    "--email", "marieke@example.nl",
)  # fmt: skip


def _check_is_clean(path, *extra: str) -> None:
    proc = run_cli("check", "--format", "concise", *extra, str(path))
    assert proc.returncode == 0 and proc.stdout == "", proc.stdout + proc.stderr


def test_flags_write_a_policy_that_passes_the_check(tmp_path):
    path = tmp_path / "ai-beleid.yaml"
    proc = run_cli("init", str(path), *FLAGS, "--no-input")
    assert proc.returncode == 0, proc.stderr
    _check_is_clean(path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    assert "# GOEDGEKEURDE TOOLS: Welke AI-tools mag het team gebruiken?" in text
    data = yaml.safe_load(text)
    assert data["organisatie"] == "Bakkerij: De Vries & Zn"
    assert [item["id"] for item in data["regels"]["mag"]] == ["concepten", "brainstormen", "openbare-informatie", "uitleg"]
    assert len(data["regels"]["mag_niet"]) == 4
    assert data["goedgekeurde_tools"][1] == {
        "naam": "Copilot: werkaccount", "verwerkersovereenkomst": "ja", "persoonsgegevens": "ja"
    }  # fmt: skip
    assert data["goedgekeurde_tools"][2]["verwerkersovereenkomst"] == "aangevraagd"
    assert data["aanspreekpunt"] == {"naam": "Marieke de Vries", "email": "marieke@example.nl"}
    assert data["geldt_voor"] == "Alle medewerkers"
    assert data["ingangsdatum"] == date.today()


def test_stdin_that_is_not_a_terminal_means_flags_only(tmp_path):
    path = tmp_path / "beleid.yaml"
    proc = run_cli("init", str(path), "--tool", "Copilot", input="Bakkerij\n")
    assert proc.returncode == 2
    for flag in ("--organisatie", "--tool 'Copilot:OVEREENKOMST'", "--aanspreekpunt", "--email"):
        assert flag in proc.stderr
    assert not path.exists()


def test_never_overwrites_an_existing_file(tmp_path):
    path = tmp_path / "beleid.yaml"
    path.write_text("organisatie: Eigen tekst\n", encoding="utf-8")
    proc = run_cli("init", str(path), *FLAGS, "--no-input")
    assert proc.returncode == 2 and "bestaat al" in proc.stderr
    assert path.read_text(encoding="utf-8") == "organisatie: Eigen tekst\n"


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (("--tool", "Gratis tool:nee:ja"), "persoonsgegevens"),
        (("--tool", ":ja"), "naam"),
        (("--ingangsdatum", "2026-02-30"), "februari"),
        (("--ingangsdatum", "02/31/2026"), "bestaat niet"),
    ],
)
def test_bad_flag_values_are_usage_errors(tmp_path, flags, message):
    proc = run_cli("init", str(tmp_path / "b.yaml"), *FLAGS, *flags, "--no-input")
    assert proc.returncode == 2 and message in proc.stderr, proc.stderr
    assert not (tmp_path / "b.yaml").exists()


def test_dutch_date_and_list_of_people_from_flags(tmp_path):
    path = tmp_path / "b.yaml"
    proc = run_cli("init", str(path), *FLAGS, "--geldt-voor", "Iedereen, ook stagiairs", "--ingangsdatum", "1 maart 2026",
                   "--telefoon", "010 123 45 67", "--no-input")  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["ingangsdatum"] == date(2026, 3, 1) and data["herzieningsdatum"] == date(2027, 3, 1)
    assert data["geldt_voor"] == "Iedereen, ook stagiairs"
    _check_is_clean(path, "--today", "2026-06-01")


class Terminal:
    """The command on a pseudo-terminal, answered prompt by prompt as a person would."""

    def __init__(self, args: list[str], cwd) -> None:
        self.master, slave = os.openpty()
        env = {**os.environ, "COLUMNS": "200", "TERM": "xterm"}
        self.proc = subprocess.Popen(
            [*cli_executable(), *args], stdin=slave, stdout=slave, stderr=slave, cwd=cwd, env=env, close_fds=True
        )
        os.close(slave)
        self.output = ""
        self.cursor = 0

    def _read(self, deadline: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            return False
        try:
            chunk = os.read(self.master, 4096)
        except OSError:  # EIO: the program closed the terminal
            return False
        self.output += ANSI.sub("", chunk.decode("utf-8", "replace"))
        return bool(chunk)

    def expect(self, text: str, timeout: float = 30) -> None:
        """Wait for ``text`` after what was matched before (a chunk may hold several prompts)."""
        deadline = time.monotonic() + timeout
        while (found := self.output.find(text, self.cursor)) < 0:
            if not self._read(deadline):
                raise AssertionError(f"did not see {text!r}; output so far:\n{self.output}")
        self.cursor = found + len(text)

    def answer(self, expected_prompt: str, reply: str) -> None:
        self.expect(expected_prompt)
        os.write(self.master, reply.encode("utf-8") + b"\r")

    def finish(self, timeout: float = 30) -> int:
        deadline = time.monotonic() + timeout
        while self._read(deadline):
            pass
        code = self.proc.wait(timeout=timeout)
        os.close(self.master)
        return code


def converse(args: list[str], cwd, exchange: list[tuple[str, str]]) -> tuple[int, str]:
    """Run ``args`` on a terminal, giving each reply once its prompt has appeared; the exit code and output."""
    term = Terminal(args, cwd=cwd)
    try:
        for prompt, reply in exchange:
            term.answer(prompt, reply)
        return term.finish(), term.output
    finally:
        if term.proc.poll() is None:
            term.proc.kill()


def test_interactive_questions_on_a_terminal(tmp_path):
    code, output = converse(
        ["init", "beleid.yaml"],
        tmp_path,
        [
            ("Naam van de organisatie", "Bakkerij De Vries"),
            ("Naam van een AI-tool", ""),
            ("Noem minstens één tool", "DeepL Pro"),
            ("verwerkersovereenkomst", "misschien"),
            ("verwerkersovereenkomst", "Ja"),
            ("persoonsgegevens", "j"),
            ("Naam van een AI-tool", "ChatGPT"),
            ("verwerkersovereenkomst", ""),  # the default: nee
            ("Naam van een AI-tool", ""),
            ("aanspreekpunt", "Marieke"),
            ("E-mailadres", ""),
            ("Telefoonnummer", ""),
            ("e-mailadres of een telefoonnummer", "marieke@example.nl"),
            ("Telefoonnummer", ""),
            ("Voor wie geldt het beleid?", ""),  # the default: Alle medewerkers
            ("Ingangsdatum", "30-02-2026"),
            ("heeft geen dag 30", "1 maart 2026"),
        ],
    )
    assert code == 0, output
    path = tmp_path / "beleid.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["goedgekeurde_tools"] == [
        {"naam": "DeepL Pro", "verwerkersovereenkomst": "ja", "persoonsgegevens": "ja"},
        {"naam": "ChatGPT", "verwerkersovereenkomst": "nee", "persoonsgegevens": "nee"},
    ]
    assert data["aanspreekpunt"] == {"naam": "Marieke", "email": "marieke@example.nl"}
    assert data["geldt_voor"] == "Alle medewerkers" and data["ingangsdatum"] == date(2026, 3, 1)
    _check_is_clean(path, "--today", "2026-06-01")


def test_interactive_uses_flags_as_defaults_in_english(tmp_path):
    flags = ["--lang", "en", "--organisatie", "Acme", "--tool", "DeepL Pro:ja", "--aanspreekpunt", "Jan",
             "--email", "jan@acme.example"]  # fmt: skip
    code, output = converse(
        ["init", "b.yaml", *flags],
        tmp_path,
        [
            ("Name of the organisation", ""),
            ("Name of an AI tool", ""),
            ("Name (or role) of the contact", ""),
            ("E-mail address", ""),
            ("Phone number", ""),
            ("Who does the policy apply to?", "Everyone"),
            ("Effective date", ""),
        ],
    )
    assert code == 0, output
    data = yaml.safe_load((tmp_path / "b.yaml").read_text(encoding="utf-8"))
    assert data["organisatie"] == "Acme" and data["geldt_voor"] == "Everyone"
    assert data["aanspreekpunt"]["email"] == "jan@acme.example"
    _check_is_clean(tmp_path / "b.yaml")


def test_ending_the_input_writes_nothing(tmp_path):
    term = Terminal(["init", "b.yaml"], cwd=tmp_path)
    term.expect("Naam van de organisatie")
    os.write(term.master, b"\x04")  # Ctrl-D at the prompt
    assert term.finish() == 2
    assert "niets geschreven" in term.output
    assert not (tmp_path / "b.yaml").exists()
