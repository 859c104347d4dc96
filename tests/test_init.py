"""``aibeleid-check init``: a filled-in template that passes the check, from flags or from questions."""

from __future__ import annotations

import json
import os
import re
import select
import shutil
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
    assert [item["id"] for item in data["regels"]["mag"]] == [
        "concepten",
        "brainstormen",
        "openbare-informatie",
        "uitleg",
    ]
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
        (("--ingangsdatum", "02/31/2026"), "maand-dag-jaar"),
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


# --- documents, the schema beside the policy, safe answers (issues 11, 12.22, 15.2, 15.7) -------------


@pytest.mark.parametrize("form", ["docx", "md"])
def test_format_docx_and_md_write_the_template_to_fill_in(tmp_path, form):
    proc = run_cli("init", "--format", form, "--no-input", cwd=tmp_path)
    path = tmp_path / f"ai-beleid.{form}"
    assert proc.returncode == 0 and "om in te vullen" in proc.stdout, proc.stderr
    check = run_cli("check", "--format", "json", str(path))
    findings = json.loads(check.stdout)["files"][0]["findings"]
    empty = sorted(f["field"] for f in findings if f["rule"] == "AIB201")
    assert empty == ["aanspreekpunt", "geldt_voor", "goedgekeurde_tools", "ingangsdatum"]  # the four questions
    assert {f["rule"] for f in findings} <= {"AIB201", "AIB103"}  # nothing else: the rules are the template's
    organisation = next(f for f in findings if f["rule"] == "AIB103")
    assert organisation["line"] == (2 if form == "docx" else 3)  # on the question "Naam van de organisatie?"


@pytest.mark.parametrize("form", ["docx", "md"])
def test_a_document_from_flags_passes_the_check(tmp_path, form):
    path = tmp_path / f"beleid.{form}"
    proc = run_cli("init", str(path), *FLAGS, "--ingangsdatum", "1 maart 2026", "--no-input")
    assert proc.returncode == 0, proc.stderr
    _check_is_clean(path, "--today", "2026-06-01")


def test_the_word_template_looks_like_the_template(tmp_path):
    import docx

    assert run_cli("init", "--format", "docx", "--no-input", cwd=tmp_path).returncode == 0
    document = docx.Document(str(tmp_path / "ai-beleid.docx"))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "AI-gebruiksbeleid" and document.paragraphs[0].style.name == "Title"
    for heading in ("DIT MAG", "DIT NIET"):
        assert document.paragraphs[texts.index(heading)].style.name.startswith("Heading")
    assert "✗ Antwoorden overnemen zonder ze zelf te controleren." in texts
    assert any(t.startswith("AVG, kort.") for t in texts)
    questions = [p for p in document.paragraphs if p.runs and p.runs[0].bold and p.runs[-1].italic]
    assert [p.runs[0].text for p in questions] == [
        "GOEDGEKEURDE TOOLS",
        "AANSPREEKPUNT BIJ TWIJFEL",
        "DIT BELEID GELDT VOOR",
        "INGANGSDATUM",
    ]
    for paragraph in questions:  # the space is not part of the italic question: typing over it keeps it
        assert [run.text for run in paragraph.runs[1:]] == [" ", paragraph.runs[2].text]
        assert not paragraph.runs[1].italic and not paragraph.runs[2].text.startswith(" ")
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # A4, not US Letter
    assert 15 <= section.left_margin.mm <= 25 and 15 <= section.top_margin.mm <= 25
    header = [cell.text for cell in document.tables[0].rows[0].cells]
    assert header == ["Tool", "Verwerkersovereenkomst", "Persoonsgegevens"] and len(document.tables[0].rows) == 4


def test_yaml_policy_gets_its_schema_beside_it(tmp_path):
    path = tmp_path / "ai-beleid.yaml"
    assert run_cli("init", str(path), *FLAGS, "--no-input").returncode == 0
    modeline = path.read_text(encoding="utf-8").splitlines()[0]
    schema = tmp_path / modeline.split("$schema=")[1]
    assert schema.is_file() and json.loads(schema.read_text(encoding="utf-8"))["properties"]["organisatie"]
    schema.write_text("{}", encoding="utf-8")
    assert run_cli("init", str(tmp_path / "tweede.yaml"), *FLAGS, "--no-input").returncode == 0
    assert schema.read_text(encoding="utf-8") == "{}"  # an existing schema file is left alone


def test_control_characters_and_newlines_in_answers_never_break_the_file(tmp_path):
    path = tmp_path / "ai-beleid.yaml"
    flags = [
        "--organisatie",
        "Bakkerij\x07 De\nVries\x1b[31m",
        "--tool",
        "Deep\rL:ja",
        "--aanspreekpunt",
        "Marieke\u2028de Vries",
        "--email",
        "m@example.nl",
        "--geldt-voor",
        "iedereen\n# geinjecteerd: ja",
    ]
    assert run_cli("init", str(path), *flags, "--no-input").returncode == 0
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["organisatie"] == "Bakkerij De Vries [31m" and data["geldt_voor"] == "iedereen # geinjecteerd: ja"
    assert "geinjecteerd" not in data
    _check_is_clean(path)
    for form in ("md", "docx"):
        document = tmp_path / f"b.{form}"
        assert run_cli("init", str(document), *flags, "--no-input").returncode == 0
        _check_is_clean(document)


def test_a_newline_in_the_file_name_does_not_inject_a_line(tmp_path):
    path = tmp_path / "beleid\nversie: kwaad.yaml"
    assert run_cli("init", str(path), *FLAGS, "--no-input").returncode == 0
    text = path.read_text(encoding="utf-8")
    assert "\nversie: kwaad" not in text and "beleid\\x0aversie: kwaad.yaml" in text
    _check_is_clean(path)


@pytest.mark.parametrize(("lang", "error"), [("nl", "Antwoord ja of nee."), ("en", "Answer yes or no.")])
def test_yes_no_question_takes_ja_nee_and_complains_in_the_language(tmp_path, lang, error):
    flags = [
        "--lang",
        lang,
        "--organisatie",
        "Acme",
        "--aanspreekpunt",
        "Jan",
        "--email",
        "jan@acme.example",
        "--geldt-voor",
        "Iedereen",
        "--ingangsdatum",
        "2026-01-01",
    ]
    first = "Name of an AI tool" if lang == "en" else "Naam van een AI-tool"
    code, output = converse(
        ["init", "b.yaml", *flags],
        tmp_path,
        [
            ("Acme", ""),
            (first, "DeepL Pro"),
            ("agreement" if lang == "en" else "verwerkersovereenkomst", "ja"),
            ("personal data" if lang == "en" else "persoonsgegevens", "misschien"),
            (error, "ja"),
            (first, ""),
            ("Jan", ""),
            ("jan@acme.example", ""),
            ("Phone" if lang == "en" else "Telefoon", ""),
            ("Iedereen", ""),
            ("2026-01-01", ""),
        ],
    )
    assert code == 0, output
    assert "Please enter" not in output and "Please select" not in output
    tools = yaml.safe_load((tmp_path / "b.yaml").read_text(encoding="utf-8"))["goedgekeurde_tools"]
    assert tools == [{"naam": "DeepL Pro", "verwerkersovereenkomst": "ja", "persoonsgegevens": "ja"}]


def test_usage_errors_are_dutch_or_english(tmp_path):
    dutch = run_cli("init", str(tmp_path / "b.yaml"), "--no-input")
    english = run_cli("init", str(tmp_path / "b.yaml"), "--no-input", "--lang", "en")
    assert "mist" in dutch.stderr and "/" not in dutch.stderr.split(":", 2)[1][:30]
    assert "lacks" in english.stderr and "mist" not in english.stderr
    assert "--email of --telefoon" in dutch.stderr and "--email or --phone" in english.stderr  # not "of/or"
    assert "--organisatie" in dutch.stderr and "--aanspreekpunt" in dutch.stderr
    assert (
        "--organisation" in english.stderr and "--contact" in english.stderr and "--organisatie" not in english.stderr
    )


def test_format_and_extension_must_agree(tmp_path):
    proc = run_cli("init", str(tmp_path / "beleid.yaml"), "--format", "docx", "--no-input")
    assert proc.returncode == 2 and "--format docx" in proc.stderr and not (tmp_path / "beleid.yaml").exists()
    assert run_cli("init", str(tmp_path / "beleid.docx"), "--no-input").returncode == 0  # the extension decides
    assert (tmp_path / "beleid.docx").read_bytes()[:2] == b"PK"


def test_the_small_business_path_init_docx_fill_in_in_word_check_render(tmp_path):
    """init --format docx → fill it in (as Word would, with python-docx) → check → render."""
    import docx

    assert run_cli("init", "--format", "docx", "--no-input", cwd=tmp_path).returncode == 0
    path = tmp_path / "ai-beleid.docx"
    document = docx.Document(str(path))

    def answer(label: str, text: str) -> None:
        paragraph = next(p for p in document.paragraphs if p.runs and p.runs[0].text == label)
        paragraph.runs[-1].text = text  # typed over the italic question, which keeps its italics
        assert paragraph.text == f"{label} {text}"  # the label keeps its space: "INGANGSDATUM 1 maart 2026"

    document.paragraphs[1].runs[0].text = "Bakkerij De Vries B.V."
    answer("AANSPREEKPUNT BIJ TWIJFEL", "Marieke de Vries · marieke@example.nl")
    answer("DIT BELEID GELDT VOOR", "Alle medewerkers")
    answer("INGANGSDATUM", "1 maart 2026")
    table = document.tables[0]
    for row, cells in enumerate([("DeepL Pro", "ja", "nee"), ("ChatGPT Team", "", "nee")], start=1):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.save(str(path))
    check = run_cli("check", "--format", "concise", "--today", "2026-06-01", str(path))
    assert check.returncode == 0 and check.stdout.startswith(f"{path}:¶18: AIB302 [warning]"), check.stdout
    table.cell(2, 1).text = "aangevraagd"
    document.save(str(path))
    _check_is_clean(path, "--today", "2026-06-01")
    page = tmp_path / "a4.pdf"
    rendered = run_cli("render", str(path), "-o", str(page))
    assert rendered.returncode == 0 and page.read_bytes().startswith(b"%PDF"), rendered.stderr


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdfinfo")), reason="needs LibreOffice and poppler")
def test_the_word_template_prints_on_one_a4_page(tmp_path):
    flags = [
        *FLAGS,
        "--tool",
        "Microsoft 365 Copilot:ja:ja",
        "--telefoon",
        "010 123 45 67",
        "--ingangsdatum",
        "2026-03-01",
    ]
    assert run_cli("init", "empty.docx", "--no-input", cwd=tmp_path).returncode == 0
    assert run_cli("init", "full.docx", *flags, "--no-input", cwd=tmp_path).returncode == 0
    for name in ("empty", "full"):
        subprocess.run(
            [
                "soffice",
                "--headless",
                f"-env:UserInstallation=file://{tmp_path}/lo",
                "--convert-to",
                "pdf",
                "--outdir",
                str(tmp_path),
                str(tmp_path / f"{name}.docx"),
            ],
            capture_output=True,
            timeout=120,
        )
        info = subprocess.run(["pdfinfo", str(tmp_path / f"{name}.pdf")], capture_output=True, text=True).stdout
        assert re.search(r"Pages:\s+1\n", info) and "(A4)" in info, info


@pytest.mark.parametrize("form", ["md", "docx"])
def test_lang_en_writes_the_english_template_which_reads_back(tmp_path, form):
    import docx

    assert run_cli("init", f"empty.{form}", "--no-input", "--lang", "en", cwd=tmp_path).returncode == 0
    path = tmp_path / f"empty.{form}"
    text = (
        path.read_text(encoding="utf-8")
        if form == "md"
        else "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    )
    for words in (
        "AI usage policy",
        "Name of the organisation?",
        "ALLOWED",
        "NOT ALLOWED",
        "GDPR, in short.",
        "APPROVED TOOLS",
        "Which AI tools may the team use?",
        "CONTACT WHEN IN DOUBT",
        "EFFECTIVE DATE",
        "Copying answers without checking them yourself.",
    ):
        assert words in text, words
    for dutch in ("DIT MAG", "INGANGSDATUM", "Naam van de organisatie", "Wie valt eronder", "controleren"):
        assert dutch not in text, dutch
    check = run_cli("check", "--format", "json", "--lang", "en", str(path))
    findings = json.loads(check.stdout)["files"][0]["findings"]
    assert sorted(f["field"] for f in findings if f["rule"] == "AIB201") == [
        "aanspreekpunt",
        "geldt_voor",
        "goedgekeurde_tools",
        "ingangsdatum",
    ]
    assert {f["rule"] for f in findings} <= {"AIB201", "AIB103"}
    full = tmp_path / f"full.{form}"
    flags = [*FLAGS, "--ingangsdatum", "1 March 2026"]
    assert run_cli("init", str(full), *flags, "--no-input", "--lang", "en").returncode == 0
    _check_is_clean(full, "--today", "2026-06-01")
    written = (
        full.read_text(encoding="utf-8")
        if form == "md"
        else "\n".join(p.text for p in docx.Document(str(full)).paragraphs)
    )
    assert "All staff" in written and "except in the tools below" in written
    if form == "md":
        assert "| Copilot: werkaccount | yes | yes |" in written and "| ChatGPT Business | requested | no |" in written


@pytest.mark.parametrize("form", ["yaml", "md", "docx"])
def test_a_start_in_the_last_year_saturates_the_review_date(tmp_path, form):
    """B10: a start date in 9999 gave 'interne fout (ValueError: year 10000 is out of range)'."""
    from aibeleid_check import source

    path = tmp_path / f"beleid.{form}"
    proc = run_cli("init", str(path), *FLAGS, "--ingangsdatum", "9999-01-01", "--no-input")
    assert proc.returncode == 0, proc.stderr
    review = source.read(str(path)).data["herzieningsdatum"]
    assert str(review) in ("9999-12-31", "31-12-9999", "31 december 9999"), review
