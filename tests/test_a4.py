"""The A4 page: ``render``, ``check --a4``, house templates, the CONCEPT stamp, injection and AIB801."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import POLICIES, run_cli

pypdf = pytest.importorskip("pypdf")

EXAMPLE = POLICIES / "voorbeeld.yaml"
TODAY = "2026-02-01"

BROKEN_POLICY = """\
organisatie: Kapsalon Knip & Co
regels:
  mag:
    - id: concepten
  mag_niet:
    - id: geen-persoonsgegevens
goedgekeurde_tools:
  - naam: Gemini
"""


def pdf_text(path: Path) -> tuple[int, str]:
    reader = pypdf.PdfReader(str(path))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Extracted text with line breaks and runs of spaces folded, for phrases that wrap."""
    return " ".join(text.split())


def render(policy: Path, output: Path, *extra: str):
    return run_cli("render", str(policy), "-o", str(output), "--today", TODAY, *extra)


def error_count(policy: Path) -> int:
    proc = run_cli("check", "--format", "json", "--today", TODAY, str(policy))
    return json.loads(proc.stdout)["summary"]["errors"]


def overflowing_policy() -> str:
    long_rule = "Alleen na overleg met de teamleider en met een korte notitie in het dossier over wat je deed ({})."
    allowed = "\n".join(f'    - "{long_rule.format(i)}"' for i in range(14))
    forbidden = "\n".join(
        f'    - "Niet zonder toestemming gebruiken voor taak {i}: {long_rule.format(i)}"' for i in range(12)
    )
    tools = "\n".join(
        f"  - naam: Tool {i}\n    verwerkersovereenkomst: ja\n    toelichting: {long_rule.format(i)}" for i in range(15)
    )
    return (
        f"organisatie: Lange Lijsten B.V.\nregels:\n  mag:\n{allowed}\n  mag_niet:\n    - id: geen-persoonsgegevens\n"
        f"    - id: geen-bedrijfsgeheimen\n    - id: geen-eindbesluit\n    - id: altijd-controleren\n{forbidden}\n"
        f"goedgekeurde_tools:\n{tools}\naanspreekpunt:\n  naam: Jan\n  email: jan@example.nl\n"
        "geldt_voor: Iedereen\ningangsdatum: 2026-01-01\n"
    )


# --- the example policy -----------------------------------------------------------------------------


def test_render_example_is_one_page_with_organisation_tools_and_contact(tmp_path):
    out = tmp_path / "a4.pdf"
    proc = render(EXAMPLE, out)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert "1 pagina)" in proc.stderr
    pages, text = pdf_text(out)
    assert pages == 1
    policy = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    assert policy["organisatie"] in text
    for tool in policy["goedgekeurde_tools"]:
        assert tool["naam"] in text
    assert policy["aanspreekpunt"]["naam"] in text
    assert "DIT MAG" in text and "DIT NIET" in text and "✓" in text and "✗" in text
    assert "AVG, kort." in text
    assert "1 maart 2026" in text, "the start date in Dutch words"
    assert "Gemaakt op 1 februari 2026" in flat(text)
    assert "CONCEPT" not in text


def test_streng_example_prints_its_agreements_and_still_fits_one_page(tmp_path):
    out = tmp_path / "streng.pdf"
    proc = render(POLICIES / "voorbeeld-streng.yaml", out)
    assert proc.returncode == 0, proc.stderr
    assert "AIB801" not in proc.stdout + proc.stderr
    pages, text = pdf_text(out)
    assert pages == 1
    assert "VERDER AFGESPROKEN" in text
    for agreement in yaml.safe_load((POLICIES / "voorbeeld-streng.yaml").read_text(encoding="utf-8"))["afspraken"]:
        assert flat(agreement)[:60] in flat(text)


def test_render_in_english(tmp_path):
    out = tmp_path / "policy.pdf"
    proc = render(EXAMPLE, out, "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert "1 page)" in proc.stderr
    _, text = pdf_text(out)
    for phrase in ("AI usage policy", "ALLOWED", "NOT ALLOWED", "GDPR, in short.", "1 March 2026", "Made on"):
        assert phrase in text
    assert "Having drafts written" in flat(text), "template rules by id get the English template text"
    assert "Deel geen recepturen of inkoopprijzen van leveranciers." in flat(text), "free text as written"


def test_png_is_the_first_page_at_a4_proportions(tmp_path):
    out = tmp_path / "preview.png"
    proc = render(EXAMPLE, out)
    assert proc.returncode == 0, proc.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert abs(height / width - 297 / 210) < 0.01
    assert width >= 1000, "sharp enough to read on screen"


def test_output_folder_is_created_and_policy_is_left_alone(tmp_path):
    policy = tmp_path / "beleid.yaml"
    policy.write_bytes(EXAMPLE.read_bytes())
    out = tmp_path / "build" / "deep" / "voorbeeld.pdf"
    proc = render(policy, out)
    assert proc.returncode == 0, proc.stderr
    assert out.is_file()
    assert policy.read_bytes() == EXAMPLE.read_bytes()


# --- policies with errors ---------------------------------------------------------------------------


def test_policy_with_errors_is_stamped_concept_with_the_error_count(write_policy, tmp_path):
    policy = write_policy(BROKEN_POLICY)
    errors = error_count(policy)
    assert errors > 0
    out = tmp_path / "concept.pdf"
    proc = render(policy, out)
    assert proc.returncode == 0, proc.stderr
    assert "AIB201" in proc.stderr, "the open errors are listed"
    _, text = pdf_text(out)
    assert "CONCEPT" in text
    assert f"{errors} open fouten" in text
    assert "Wie beslist als iemand twijfelt?" in text, "an empty field shows the template's question"


def test_english_concept_stamp_says_draft(write_policy, tmp_path):
    policy = write_policy(BROKEN_POLICY)
    out = tmp_path / "draft.pdf"
    assert render(policy, out, "--lang", "en").returncode == 0
    _, text = pdf_text(out)
    assert "DRAFT" in text and f"{error_count(policy)} open errors" in text


def test_strict_refuses_a_policy_with_errors(write_policy, tmp_path):
    policy = write_policy(BROKEN_POLICY)
    out = tmp_path / "refused.pdf"
    proc = render(policy, out, "--strict")
    assert proc.returncode == 1
    assert "--strict" in proc.stderr
    assert not out.exists()


def test_strict_renders_a_clean_policy(tmp_path):
    out = tmp_path / "clean.pdf"
    assert render(EXAMPLE, out, "--strict").returncode == 0
    assert out.is_file()


# --- data, never markup ------------------------------------------------------------------------------

INJECTIONS = [
    '#read("/etc/passwd")',
    "[link] #emph[x]",
    "$x^2$",
    "C:\\map\\bestand",
    "<label> @ref",
    "*vet* _schuin_",
    '#import "@preview/cetz:0.3.0"',
]


def test_policy_text_prints_literally_and_reads_no_file(write_policy, tmp_path):
    rules = "\n".join(f"    - {json.dumps(text)}" for text in INJECTIONS)
    contact = json.dumps('#read("beleid.typ")')
    policy = write_policy(
        f"organisatie: {json.dumps(INJECTIONS[0])}\nregels:\n  mag:\n{rules}\naanspreekpunt: {contact}\n"
    )
    out = tmp_path / "injection.pdf"
    proc = render(policy, out)
    assert proc.returncode == 0, proc.stderr
    _, text = pdf_text(out)
    text = flat(text)
    for injection in INJECTIONS:
        assert injection in text
    assert '#read("beleid.typ")' in text
    assert "root:" not in text, "/etc/passwd was not read"
    assert "sys.inputs" not in text, "the layout file was not read into the page"


def test_house_template_cannot_read_outside_its_folder_through_policy_data(write_policy, tmp_path):
    house = tmp_path / "huisstijl"
    house.mkdir()
    (house / "lezer.typ").write_text("#let data = json(bytes(sys.inputs.data))\n#read(data.organisation)\n")
    for target in ("/etc/passwd", "../../../../../etc/passwd"):
        policy = write_policy(f"organisatie: {json.dumps(target)}\n")
        out = tmp_path / "read.pdf"
        proc = render(policy, out, "--template", str(house / "lezer.typ"))
        assert proc.returncode == 2, proc.stderr
        assert "lezer.typ" in proc.stderr and "Traceback" not in proc.stderr
        assert not out.exists()


# --- house templates ---------------------------------------------------------------------------------


def test_custom_template_receives_the_data(tmp_path):
    house = tmp_path / "huisstijl.typ"
    house.write_text(
        '#let data = json(bytes(sys.inputs.data))\n#set page(paper: "a5")\n'
        'Huisstijl van #data.organisation, tools: #data.tools.map(tool => tool.name).join(", ").\n'
    )
    out = tmp_path / "huis.pdf"
    proc = render(EXAMPLE, out, "--template", str(house))
    assert proc.returncode == 0, proc.stderr
    _, text = pdf_text(out)
    assert "Huisstijl van Bakkerij De Vries B.V., tools: Microsoft 365 Copilot (werkaccount), DeepL Pro" in flat(text)


def test_broken_custom_template_is_a_clear_one_line_error(tmp_path):
    house = tmp_path / "kapot.typ"
    house.write_text("#let data = json(bytes(sys.inputs.data))\n#let x = \n")
    out = tmp_path / "kapot.pdf"
    proc = render(EXAMPLE, out, "--template", str(house))
    assert proc.returncode == 2
    assert "kapot.typ:2:" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()


def test_template_importing_a_package_is_refused_without_network(tmp_path):
    house = tmp_path / "pakket.typ"
    house.write_text('#import "@preview/cetz:0.3.0": canvas\nHallo\n')
    proc = render(EXAMPLE, tmp_path / "p.pdf", "--template", str(house))
    assert proc.returncode == 2
    assert "pakket" in proc.stderr and "netwerk" in proc.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["-o", "{tmp}/beleid.docx"], ".pdf"),
        (["-o", "{tmp}/x.pdf", "--template", "{tmp}/bestaat-niet.typ"], "bestaat-niet.typ"),
    ],
)
def test_bad_output_or_template_path_is_a_usage_error(tmp_path, args, expected):
    proc = run_cli("render", str(EXAMPLE), *(arg.format(tmp=tmp_path) for arg in args))
    assert proc.returncode == 2
    assert expected in proc.stderr and "Traceback" not in proc.stderr


def test_missing_policy_is_a_usage_error(tmp_path):
    proc = run_cli("render", str(tmp_path / "geen.yaml"), "-o", str(tmp_path / "x.pdf"))
    assert proc.returncode == 2
    assert "geen.yaml" in proc.stderr


def test_unwritable_output_is_a_usage_error(tmp_path):
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map")
    proc = render(EXAMPLE, blocker / "a4.pdf")
    assert proc.returncode == 2
    assert "a4.pdf" in proc.stderr and "Traceback" not in proc.stderr


# --- AIB801: fits on one A4 -------------------------------------------------------------------------


def test_overflowing_policy_gets_aib801_with_the_measured_page_count(write_policy, tmp_path):
    policy = write_policy(overflowing_policy())
    out = tmp_path / "lang.pdf"
    proc = render(policy, out)
    assert proc.returncode == 0, proc.stderr
    pages, text = pdf_text(out)
    assert pages >= 2
    assert "AIB801" in proc.stderr
    assert f"Het A4 telt {pages} pagina's" in proc.stderr
    assert f"Pagina 2 van {pages}" in text


def test_check_a4_puts_aib801_in_the_report_and_strict_fails(write_policy, tmp_path):
    policy = write_policy(overflowing_policy())
    out = tmp_path / "lang.pdf"
    proc = run_cli("check", "--format", "json", "--today", TODAY, str(policy), "--a4", str(out))
    assert proc.returncode == 0, proc.stderr
    findings = json.loads(proc.stdout)["files"][0]["findings"]
    overflow = [finding for finding in findings if finding["rule"] == "AIB801"]
    assert len(overflow) == 1 and overflow[0]["severity"] == "warning"
    assert f"{pdf_text(out)[0]} pagina's" in overflow[0]["message"]
    strict = run_cli("check", "--format", "concise", "--strict", str(policy), "--a4", str(out))
    assert strict.returncode == 1 and "AIB801" in strict.stdout
    ignored = run_cli("check", "--format", "concise", "--ignore", "AIB801", str(policy), "--a4", str(out))
    assert ignored.returncode == 0 and "AIB801" not in ignored.stdout


def test_plain_check_does_not_typeset(write_policy):
    policy = write_policy(overflowing_policy())
    code = (
        "import sys\nfrom aibeleid_check.cli import main\n"
        f"status = main(['check', '--format', 'concise', {str(policy)!r}])\n"
        "print(status, 'typst' in sys.modules, 'aibeleid_check.a4' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.splitlines()[-1].split() == ["0", "False", "False"], proc.stderr  # AIB802 lines before it


# --- check --a4 --------------------------------------------------------------------------------------


def test_check_a4_writes_the_page_and_keeps_stdout_clean(tmp_path):
    out = tmp_path / "build" / "voorbeeld.pdf"
    proc = run_cli("check", "--format", "concise", str(EXAMPLE), "--a4", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert "A4 geschreven" in proc.stderr
    assert pdf_text(out)[0] == 1


def test_check_a4_with_json_prints_only_the_document(tmp_path):
    out = tmp_path / "v.png"
    proc = run_cli("check", "--format", "json", str(EXAMPLE), "--a4", str(out), "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["summary"]["errors"] == 0
    assert "A4 written" in proc.stderr
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_check_a4_with_more_files_points_to_a4_dir(write_policy, tmp_path):
    other = write_policy(EXAMPLE.read_text(encoding="utf-8"), name="ander.yaml")
    out = tmp_path / "x.pdf"
    proc = run_cli("check", "--format", "concise", str(EXAMPLE), str(other), "--a4", str(out))
    assert proc.returncode == 2
    assert "--a4-dir" in proc.stderr
    assert proc.stdout == "" and not out.exists()


def test_check_a4_strict_with_errors_does_not_render(write_policy, tmp_path):
    policy = write_policy(BROKEN_POLICY)
    out = tmp_path / "x.pdf"
    proc = run_cli("check", "--format", "concise", "--strict", str(policy), "--a4", str(out))
    assert proc.returncode == 1
    assert "geen A4 gemaakt" in proc.stderr
    assert not out.exists()


def test_check_a4_without_strict_renders_the_concept(write_policy, tmp_path):
    policy = write_policy(BROKEN_POLICY)
    out = tmp_path / "x.pdf"
    proc = run_cli("check", "--format", "concise", str(policy), "--a4", str(out))
    assert proc.returncode == 1, "the check still fails on the errors"
    assert "CONCEPT" in pdf_text(out)[1]


def test_render_module_counts_pages_like_pypdf_for_pdf_and_png(write_policy, tmp_path):
    from aibeleid_check.a4 import render as render_page
    from aibeleid_check.engine import RuleSet, check_path

    for policy in (EXAMPLE, write_policy(overflowing_policy())):
        result = check_path(str(policy), RuleSet())
        pages = render_page(result, tmp_path / "count.pdf")
        assert pages == len(pypdf.PdfReader(str(tmp_path / "count.pdf")).pages)
        assert render_page(result, tmp_path / "count.png") == pages


@pytest.mark.parametrize("content", [b"organisatie: [niet dicht\n", b"", b"- een lijst\n", b"\x00\x01binair"])
def test_unreadable_policy_gets_no_page_and_no_crash(write_policy, tmp_path, content):
    """render of a file that cannot be read exits 1 with its finding and writes no page (ARCH, issue 12)."""
    out = tmp_path / "kapot.pdf"
    proc = render(write_policy(content), out)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "geen A4 gemaakt" in proc.stderr
    assert not out.exists()


def test_render_counts_errors_with_the_configuration_check_would_use(tmp_path):
    policy = tmp_path / "beleid.yaml"
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "  - naam: DeepL Pro\n    verwerkersovereenkomst: ja\n", "  - naam: DeepL Pro\n"
    )
    policy.write_text(text, encoding="utf-8")
    assert "AIB302 [warning]" in render(policy, tmp_path / "zonder.pdf").stderr
    assert "CONCEPT" not in pdf_text(tmp_path / "zonder.pdf")[1]

    (tmp_path / ".aibeleid-check.toml").write_text('severity = { AIB302 = "error" }\n', encoding="utf-8")
    proc = render(policy, tmp_path / "met.pdf")
    assert "AIB302 [error]" in proc.stderr
    assert "CONCEPT" in pdf_text(tmp_path / "met.pdf")[1]
    assert "AIB302 [warning]" in render(policy, tmp_path / "los.pdf", "--isolated").stderr


# --- the personal-data contradiction, regels.moet, nothing dropped silently -------------------------------

CONTRADICTION = """\
organisatie: Bakkerij
regels:
  mag: [concepten]
  mag_niet: [{id: geen-persoonsgegevens}, {id: geen-bedrijfsgeheimen}, {id: geen-eindbesluit}, {id: altijd-controleren}]
  moet: ["Lees elke AI-tekst na voordat je hem verstuurt."]
goedgekeurde_tools:
  - {naam: Microsoft 365 Copilot, verwerkersovereenkomst: ja, persoonsgegevens: ja}
aanspreekpunt: {naam: Jan, email: jan@example.nl}
geldt_voor: Iedereen
ingangsdatum: 2026-01-01
"""


def test_a4_prints_the_personal_data_prohibition_qualified_when_a_tool_allows_it(write_policy, tmp_path):
    out = tmp_path / "a4.pdf"
    proc = render(write_policy(CONTRADICTION), out)
    assert proc.returncode == 0, proc.stderr
    pages, text = pdf_text(out)
    assert pages == 1
    assert "behalve in de tools hieronder met 'ja, mag'" in flat(text)
    assert "ALTIJD" in text and "Lees elke AI-tekst na" in flat(text)


def test_a4_leaves_the_prohibition_alone_when_no_tool_allows_personal_data(write_policy, tmp_path):
    out = tmp_path / "a4.pdf"
    render(write_policy(CONTRADICTION.replace("persoonsgegevens: ja", "persoonsgegevens: nee")), out)
    assert "behalve in de tools" not in flat(pdf_text(out)[1])


def test_a4_says_what_it_leaves_out_on_the_page_and_in_the_finding(write_policy, tmp_path):
    tools = "".join(f"  - {{naam: Tool {i}, verwerkersovereenkomst: ja}}\n" for i in range(4500))
    policy = write_policy(
        CONTRADICTION.replace(
            "  - {naam: Microsoft 365 Copilot, verwerkersovereenkomst: ja, persoonsgegevens: ja}\n", tools
        )
    )
    out = tmp_path / "a4.pdf"
    proc = render(policy, out)
    assert "en nog 4.492 tools, zie het beleid" in flat(pdf_text(out)[1])
    assert "AIB802" in proc.stderr and "en nog 4.492 tools" in proc.stderr


def test_a_missing_template_with_control_characters_is_named_visibly(tmp_path):
    proc = render(EXAMPLE, tmp_path / "x.pdf", "--template", str(tmp_path / "a\x1b[2K\nb.typ"))
    assert proc.returncode == 2
    assert "a\\x1b[2K\\x0ab.typ" in proc.stderr and "\x1b" not in proc.stderr


def test_a_png_of_a_policy_longer_than_a_page_says_it_shows_the_first_page_only():
    from aibeleid_check.commands.check_a4 import written_message

    assert "pagina 1 van 2" in written_message("beleid.png", 2, "nl")
    assert "page 1 of 2" in written_message("beleid.png", 2, "en")
    assert "\n" not in written_message("beleid.pdf", 2, "nl") and "\n" not in written_message("beleid.png", 1, "nl")


ENGLISH_POLICY = """\
# AI at work — Harbour Café

## Do
- Let AI draft the menu texts and the posts for our page, and read them before they go out.

## Don't
- Never put the names or details of our guests or staff into an AI tool.
- Never share our supplier prices, our contracts or the figures of the café.
- Never let AI decide who gets a shift, a raise or a refund: the owner decides.

## Approved tools
- ChatGPT Team (DPA signed, no personal data)

## Contact
Mia Visser, mia@harbourcafe.example

## Applies to
All staff and volunteers of the café.

## Effective date
1 March 2026
"""


def test_an_english_policy_on_a_dutch_page_says_that_lang_en_exists(tmp_path):
    policy = tmp_path / "ai-policy.md"
    policy.write_text(ENGLISH_POLICY, encoding="utf-8")
    dutch_page = render(policy, tmp_path / "a4.png")
    assert "het beleid is in het Engels geschreven" in dutch_page.stderr and "--lang en" in dutch_page.stderr
    english_page = render(policy, tmp_path / "a4-en.png", "--lang", "en")
    assert "written in English" not in english_page.stderr and "Engels" not in english_page.stderr
    assert "Engels" not in render(EXAMPLE, tmp_path / "voorbeeld.png").stderr
