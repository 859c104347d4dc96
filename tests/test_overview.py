"""The advisor's overview: terminal table after a Rich report, and the --report HTML and CSV files."""

from __future__ import annotations

import csv
import html.parser
import re
from pathlib import Path

import pytest
from conftest import POLICIES, run_cli

TODAY = ("--today", "2026-06-01")
EXAMPLE = (POLICIES / "voorbeeld.yaml").read_text(encoding="utf-8")
SCRIPT_NAME = "Hack <script>document.title='gehackt'</script> & Zn."


@pytest.fixture
def clients(tmp_path) -> Path:
    """Four clients: clean, with a warning, with an error (and a hostile name), and unreadable."""
    folder = tmp_path / "klanten"
    folder.mkdir()
    (folder / "a-schoon.yaml").write_text(EXAMPLE, encoding="utf-8")
    (folder / "b-waarschuwing.yaml").write_text(EXAMPLE.replace("herzieningsdatum: 2027-03-01\n", "")
                                                .replace("ingangsdatum: 1 maart 2026", "ingangsdatum: 1 maart 2024"),
                                                encoding="utf-8")
    hostile = EXAMPLE.replace("organisatie: Bakkerij De Vries B.V.", f'organisatie: "{SCRIPT_NAME}"')
    hostile = hostile.replace("verwerkersovereenkomst: ja\n    persoonsgegevens: ja",
                              "verwerkersovereenkomst: nee\n    persoonsgegevens: ja")
    (folder / "c-fout.yaml").write_text(hostile, encoding="utf-8")
    (folder / "d-kapot.yaml").write_text("organisatie: [open\n", encoding="utf-8")
    return folder


def test_terminal_overview_follows_a_rich_report_of_several_files(clients):
    proc = run_cli("check", "--format", "rich", "--color", "never", *TODAY, str(clients), env={"COLUMNS": "160"})
    assert proc.returncode == 1
    report, overview = proc.stdout.split("Overzicht", 1)
    assert "c-fout.yaml" in report
    for word in ("in orde", "waarschuwingen", "fouten", "onleesbaar", "Bakkerij De Vries B.V."):
        assert word in overview
    assert "4 bestanden: 1 in orde, 1 met waarschuwingen, 1 met fouten, 1 onleesbaar" in overview


def test_terminal_overview_in_english(clients):
    proc = run_cli("check", "--format", "rich", "--lang", "en", "--color", "never", *TODAY, str(clients))
    assert "4 files: 1 ok, 1 with warnings, 1 with errors, 1 unreadable" in proc.stdout


@pytest.mark.parametrize("format_name", ["concise", "json"])
def test_no_terminal_overview_in_other_formats(clients, format_name):
    proc = run_cli("check", "--format", format_name, *TODAY, str(clients))
    assert "Overzicht" not in proc.stdout


def test_no_terminal_overview_for_a_single_file(clients):
    proc = run_cli("check", "--format", "rich", "--color", "never", *TODAY, str(clients / "a-schoon.yaml"))
    assert "Overzicht" not in proc.stdout


def test_csv_has_bom_semicolons_and_reads_back(clients, tmp_path):
    target = tmp_path / "uit" / "overzicht.csv"
    proc = run_cli("check", "--format", "concise", *TODAY, "--report", str(target), str(clients))
    assert proc.returncode == 1, proc.stderr
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [Path(r["Bestand"]).name for r in rows] == ["a-schoon.yaml", "b-waarschuwing.yaml", "c-fout.yaml", "d-kapot.yaml"]
    assert [r["Status"] for r in rows] == ["in orde", "waarschuwingen", "fouten", "onleesbaar"]
    clean, warned, failed, broken = rows
    assert clean["Organisatie"] == "Bakkerij De Vries B.V."
    assert clean["Ingangsdatum"] == "2026-03-01" and clean["Tools"] == "3"
    assert clean["Tools zonder verwerkersovereenkomst"] == "ChatGPT Business"  # 'aangevraagd'
    assert failed["Organisatie"] == SCRIPT_NAME
    assert failed["Tools zonder verwerkersovereenkomst"] == "Microsoft 365 Copilot (werkaccount), ChatGPT Business"
    assert int(failed["Fouten"]) >= 1 and int(warned["Waarschuwingen"]) >= 1
    assert broken["Fouten"] == "1" and broken["Tools"] == "" and broken["Organisatie"] == ""


def test_csv_in_english_and_formula_cells_defused(clients, tmp_path):
    (clients / "e-formule.yaml").write_text(EXAMPLE.replace("Bakkerij De Vries B.V.", '"=HYPERLINK(1)"'), "utf-8")
    target = tmp_path / "overview.csv"
    run_cli("check", "--format", "json", "--lang", "en", *TODAY, "--report", str(target), str(clients))
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert rows[0]["Status"] == "ok" and rows[3]["Status"] == "unreadable"
    assert rows[4]["Organisation"] == "'=HYPERLINK(1)"


class _Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts = 0
        self.rows_in_body = 0
        self.details = 0
        self._in_body = False
        self.external = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.scripts += tag == "script"
        self.details += tag == "details"
        if tag == "tbody":
            self._in_body = True
        if tag == "tr" and self._in_body:
            self.rows_in_body += 1
        for name in ("src", "href"):
            if attrs.get(name):
                self.external.append(attrs[name])

    def handle_endtag(self, tag):
        if tag == "tbody":
            self._in_body = False


def test_html_is_self_contained_escaped_and_expands_to_findings(clients, tmp_path):
    target = tmp_path / "overzicht.html"
    proc = run_cli("check", "--format", "json", *TODAY, "--report", str(target), str(clients))
    assert proc.returncode == 1 and proc.stdout.startswith("{")
    page = target.read_text(encoding="utf-8")
    parsed = _Collector()
    parsed.feed(page)
    assert parsed.scripts == 1  # only our own sorting script
    assert parsed.external == []
    assert parsed.rows_in_body == 4 and parsed.details == 4
    assert "<script>document.title" not in page
    assert "Hack &lt;script&gt;document.title=&#x27;gehackt&#x27;&lt;/script&gt; &amp; Zn." in page
    assert "@media print" in page
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+'", page)
    assert "AIB303" in page  # the error of c-fout.yaml, inside its <details>
    assert "AIB001" in page  # the syntax error of the unreadable file


def test_report_is_repeatable_and_unknown_extension_is_a_usage_error(clients, tmp_path):
    proc = run_cli("check", *TODAY, "--report", str(tmp_path / "a.html"), "--report", str(tmp_path / "b.pdf"), str(clients))
    assert proc.returncode == 2
    assert "b.pdf" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "a.html").exists()  # refused before any work was done
    proc = run_cli("check", "--format", "concise", *TODAY, "--report", str(tmp_path / "a.html"),
                   "--report", str(tmp_path / "b.csv"), str(clients))
    assert proc.returncode == 1
    assert (tmp_path / "a.html").exists() and (tmp_path / "b.csv").exists()


def test_report_never_overwrites_a_checked_file(tmp_path):
    policy = tmp_path / "beleid.csv"
    policy.write_text(EXAMPLE, encoding="utf-8")
    proc = run_cli("check", *TODAY, "--report", str(policy), str(policy))
    assert proc.returncode == 2
    assert policy.read_text(encoding="utf-8") == EXAMPLE
