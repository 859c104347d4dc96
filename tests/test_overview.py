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
    (folder / "b-waarschuwing.yaml").write_text(
        EXAMPLE.replace("herzieningsdatum: 2027-03-01\n", "").replace(
            "ingangsdatum: 1 maart 2026", "ingangsdatum: 1 maart 2024"
        ),
        encoding="utf-8",
    )
    hostile = EXAMPLE.replace("organisatie: Bakkerij De Vries B.V.", f'organisatie: "{SCRIPT_NAME}"')
    hostile = hostile.replace(
        "verwerkersovereenkomst: ja\n    persoonsgegevens: ja", "verwerkersovereenkomst: nee\n    persoonsgegevens: ja"
    )
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
    assert "Bestanden: 4; 1 in orde, 1 met waarschuwingen, 1 met fouten, 1 onleesbaar" in overview


def test_terminal_overview_in_english(clients):
    proc = run_cli("check", "--format", "rich", "--lang", "en", "--color", "never", *TODAY, str(clients))
    assert "Files: 4; 1 ok, 1 with warnings, 1 with errors, 1 unreadable" in proc.stdout


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
    # Worst first, and paths relative to the folder checked (never the advisor's absolute paths).
    assert [r["Bestand"] for r in rows] == ["d-kapot.yaml", "c-fout.yaml", "b-waarschuwing.yaml", "a-schoon.yaml"]
    assert [r["Status"] for r in rows] == ["onleesbaar", "fouten", "waarschuwingen", "in orde"]
    broken, failed, warned, clean = rows
    assert broken["Meldingen"] == "AIB001" and "AIB303" in failed["Meldingen"].split(", ")
    assert clean["Meldingen"] == "" and warned["Meldingen"]
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
    assert rows[0]["Status"] == "unreadable" and rows[-1]["Status"] == "ok"
    assert "Findings" in rows[0]
    formula = next(row for row in rows if row["File"] == "e-formule.yaml")
    assert formula["Organisation"] == "'=HYPERLINK(1)"


def test_csv_shows_control_characters_escaped_and_defuses_formulas_after_them(clients, tmp_path):
    hostile = EXAMPLE.replace("Bakkerij De Vries B.V.", '"Bakkerij\\e[2K\\a\\r\\x9b31m Zn"')
    (clients / "e-stuur.yaml").write_text(hostile, "utf-8")
    (clients / "f-formule.yaml").write_text(EXAMPLE.replace("Bakkerij De Vries B.V.", '"@SUM(A1)"'), "utf-8")
    target = tmp_path / "overzicht.csv"
    run_cli("check", "--format", "json", *TODAY, "--report", str(target), str(clients))
    raw = target.read_text(encoding="utf-8-sig")
    assert not any(char in raw for char in "\x1b\x07\x9b") and "\r" not in raw.replace("\r\n", "")
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = {row["Bestand"]: row for row in csv.DictReader(handle, delimiter=";")}
    assert rows["e-stuur.yaml"]["Organisatie"] == "Bakkerij\\x1b[2K\\x07\\x0d\\x9b31m Zn"
    assert rows["f-formule.yaml"]["Organisatie"] == "'@SUM(A1)"


class _Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts = 0
        self.rows_in_body = 0
        self.details = 0
        self._in_body = False
        self.external = []
        self.fragments = []
        self.ids = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.scripts += tag == "script"
        self.details += tag == "details"
        if tag == "tbody":
            self._in_body = True
        if tag == "tr" and self._in_body:
            self.rows_in_body += 1
        if attrs.get("src"):
            self.external.append(attrs["src"])
        if attrs.get("href") and not attrs["href"].startswith("#"):
            self.external.append(attrs["href"])
        if attrs.get("href", "").startswith("#"):
            self.fragments.append(attrs["href"][1:])
        if attrs.get("id"):
            self.ids.append(attrs["id"])

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
    assert parsed.rows_in_body == 8 and parsed.details == 3  # a row and a findings row per client
    assert set(parsed.fragments) <= set(parsed.ids), "every rule link has its explanation on the page"
    assert "regel-AIB303" in parsed.ids
    assert str(tmp_path) not in page, "no absolute local paths"
    assert "<script>document.title" not in page
    assert re.search(r"Hack &lt;script&gt;document.title=&#(x27|39);gehackt&#(x27|39);&lt;/script&gt; &amp; Zn.", page)
    assert "@media print" in page
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+'", page)
    assert "AIB303" in page  # the error of c-fout.yaml, inside its <details>
    assert "AIB001" in page  # the syntax error of the unreadable file


def test_report_is_repeatable_and_unknown_extension_is_a_usage_error(clients, tmp_path):
    proc = run_cli(
        "check", *TODAY, "--report", str(tmp_path / "a.html"), "--report", str(tmp_path / "b.pdf"), str(clients)
    )
    assert proc.returncode == 2
    assert "b.pdf" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "a.html").exists()  # refused before any work was done
    proc = run_cli(
        "check",
        "--format",
        "concise",
        *TODAY,
        "--report",
        str(tmp_path / "a.html"),
        "--report",
        str(tmp_path / "b.csv"),
        str(clients),
    )
    assert proc.returncode == 1
    assert (tmp_path / "a.html").exists() and (tmp_path / "b.csv").exists()


def test_report_never_overwrites_a_checked_file(tmp_path):
    policy = tmp_path / "beleid.csv"
    policy.write_text(EXAMPLE, encoding="utf-8")
    proc = run_cli("check", *TODAY, "--report", str(policy), str(policy))
    assert proc.returncode == 2
    assert policy.read_text(encoding="utf-8") == EXAMPLE


def _page(clients, tmp_path, *args: str) -> str:
    target = tmp_path / "overzicht.html"
    proc = run_cli("check", "--format", "concise", *TODAY, "--report", str(target), *args, str(clients))
    assert proc.returncode == 1, proc.stderr
    return target.read_text(encoding="utf-8")


def test_html_rows_worst_first_with_keyboard_sortable_headers(clients, tmp_path):
    page = _page(clients, tmp_path)
    order = [page.index(name) for name in ("d-kapot.yaml", "c-fout.yaml", "b-waarschuwing.yaml", "a-schoon.yaml")]
    assert order == sorted(order), "unreadable, errors, warnings, in order"
    head = page.split("<thead>", 1)[1].split("</thead>", 1)[0]
    assert head.count('<button type="button"') == head.count("<th ") == 7
    assert re.search(
        r'<th scope="col" data-numeric aria-sort="descending" data-label="Status"><button type="button" data-key="status">',
        head,
    )
    assert page.count('<tbody class="client"') == 4
    assert page.count('<tr class="details"><td colspan="7">') == 4, "findings are a full-width row"


def test_html_portfolio_picture_and_rules_that_fail_most(clients, tmp_path):
    page = _page(clients, tmp_path)
    portfolio = page.split('<section class="portfolio"', 1)[1].split("</section>", 1)[0]
    rects = re.findall(r'<rect class="f-([a-z-]+)" x="(\d+)" y="0" width="(\d+)"', portfolio)
    assert [status for status, _, _ in rects[:4]] == ["in-orde", "waarschuwingen", "fouten", "onleesbaar"]
    assert [int(width) for _, _, width in rects[:4]] == [250, 250, 250, 250]
    assert "in orde: <b>1</b> (25%)" in portfolio
    assert "Regels die het vaakst falen" in portfolio and 'href="#regel-AIB303"' in portfolio
    assert "1 klant" in portfolio


def test_html_prints_page_numbers_and_one_total(clients, tmp_path):
    page = _page(clients, tmp_path)
    assert '@bottom-right { content: "Pagina " counter(page) " van " counter(pages)' in page
    assert "tfoot { display: table-row-group; }" in page, "the total once, at the end, not on every page"
    assert "tbody.client { break-inside: avoid; }" in page
    assert page.count("Totaal: 4") == 1


def test_html_links_each_client_to_its_a4_page(tmp_path):
    from types import SimpleNamespace

    from aibeleid_check.a4.many import plan
    from aibeleid_check.findings import CheckResult, FileResult
    from aibeleid_check.report.overview import build
    from aibeleid_check.report.overview_html import render

    def policy(name):
        return SimpleNamespace(organisatie=name, goedgekeurde_tools=[], ingangsdatum=None)

    files = [
        FileResult(path=str(tmp_path / "klanten" / "a.yaml"), policy=policy("Bakkerij De Vries B.V.")),
        FileResult(path=str(tmp_path / "klanten" / "b.yaml"), policy=policy("Kapsalon Ayse")),
        FileResult(path=str(tmp_path / "klanten" / "c.yaml"), readable=False),
    ]
    a4 = tmp_path / "rapport" / "a4"
    a4.mkdir(parents=True)
    names = {file.path: name for file, name in plan([f for f in files if f.policy is not None])}
    (a4 / names[files[0].path]).write_bytes(b"%PDF-1.7\n")  # b's page was not written (e.g. it failed)
    overview = build(CheckResult(files=files), a4_dir=str(a4), report_dir=str(tmp_path / "rapport"))
    links = {row.shown_path: row.a4 for row in overview.rows}
    assert links == {"a.yaml": f"a4/{names[files[0].path]}", "b.yaml": None, "c.yaml": None}
    page = render(overview, "nl")
    assert f'<a href="a4/{names[files[0].path]}">A4</a>' in page
    assert page.count('<td colspan="8">') == 3, "the A4 column widens the findings row too"


def test_terminal_overview_is_readable_at_80_columns(clients):
    long_name = "Stichting Kinderopvang De Vrolijke Olifantjes en Partners B.V."
    (clients / "e-lang.yaml").write_text(EXAMPLE.replace("Bakkerij De Vries B.V.", long_name), "utf-8")
    proc = run_cli("check", "--format", "rich", "--color", "never", *TODAY, str(clients), env={"COLUMNS": "80"})
    overview = proc.stdout.split("Overzicht", 1)[1]
    assert all(len(line) <= 80 for line in overview.splitlines())
    header = next(line for line in overview.splitlines() if "Organisatie" in line)
    for word in ("Status", "Fouten", "Waarschuwingen"):
        assert word in header
    assert "Wrsch" not in overview and "Organisati\n" not in overview
    (line,) = [line for line in overview.splitlines() if "Stichting" in line]
    assert re.search(r"Stichting Kinder\w*…", line), "a long name is cut once, with …"
    assert "Partners" not in overview, "and not continued on a second line"


def test_a_one_megabyte_organisation_name_does_not_slow_the_overviews(clients, tmp_path):
    import time

    (clients / "e-groot.yaml").write_text(
        EXAMPLE.replace("Bakkerij De Vries B.V.", "Groot " + "x" * 1_000_000), "utf-8"
    )
    started = time.process_time()  # one process (five files: no workers), so its CPU time is the whole cost
    proc = run_cli("check", "--format", "rich", "--color", "never", *TODAY, "--max-bytes", "5000000",
                   "--report", str(tmp_path / "o.html"), str(clients), env={"COLUMNS": "120"})  # fmt: skip
    elapsed = time.process_time() - started
    assert "Overzicht" in proc.stdout, proc.stderr
    assert elapsed < 5, f"{elapsed:.1f} s"
    assert len(proc.stdout) < 200_000
    assert (tmp_path / "o.html").stat().st_size < 100_000


def test_a_file_name_that_is_not_utf8_never_breaks_a_report(tmp_path):
    import json
    import os

    folder = tmp_path / "klanten"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.yaml")
    (folder / name).write_text("organisatie: [open\n", encoding="utf-8")
    (folder / "goed.yaml").write_text(EXAMPLE, encoding="utf-8")
    html_file, csv_file = tmp_path / "o.html", tmp_path / "o.csv"
    for format_name in ("json", "sarif", "junit", "github", "concise", "rich"):
        proc = run_cli("check", "--format", format_name, *TODAY, "--report", str(html_file), "--report", str(csv_file),
                       str(folder), cwd=tmp_path)  # fmt: skip
        assert proc.returncode == 1, (format_name, proc.stderr)
        if format_name in ("json", "sarif"):
            json.loads(proc.stdout)
    page = html_file.read_text(encoding="utf-8")
    assert "caf\ufffd.yaml" in page or "caf\\xe9.yaml" in page
    with open(csv_file, encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle, delimiter=";"))) == 2
