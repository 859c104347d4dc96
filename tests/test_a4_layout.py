"""How the A4 lays out what a policy gives: lists, long addresses, the tool details, the contact, empty rule
columns and the space between rules (from two testers' pages of real-looking policies)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aibeleid_check.a4.data import build_data
from aibeleid_check.findings import FileResult
from aibeleid_check.model import Policy
from conftest import run_cli

pypdf = pytest.importorskip("pypdf")

TODAY = "2026-02-01"
RULES = """\
regels:
  mag:
{allowed}
  mag_niet:
    - id: geen-persoonsgegevens
    - id: geen-bedrijfsgeheimen
    - id: geen-eindbesluit
    - id: altijd-controleren
"""
ONE_LINE_RULES = "    - Kort.\n    - Ook kort.\n"


def policy(tmp_path: Path, rest: str, *, allowed: str = ONE_LINE_RULES) -> Path:
    path = tmp_path / "beleid.yaml"
    path.write_text("organisatie: Proef B.V.\n" + RULES.format(allowed=allowed) + rest, encoding="utf-8")
    return path


def page(path: Path, *extra: str) -> pypdf.PageObject:
    out = path.with_suffix(".pdf")
    proc = run_cli("render", str(path), "-o", str(out), "--today", TODAY, *extra)
    assert proc.returncode == 0, proc.stderr
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == 1
    return reader.pages[0]


def section(text: str, start: str, end: str) -> str:
    """The extracted text from the label ``start`` to the label ``end``."""
    return text[text.index(start) + len(start) : text.index(end)]


def runs(pdf_page: pypdf.PageObject) -> list[tuple[float, float, str]]:
    """Each text run on the page with its x and y position (points from the bottom left)."""
    found: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3], text.strip()))

    pdf_page.extract_text(visitor_text=visit)
    return found


def data_of(fields: dict) -> dict:
    return build_data(FileResult(path="beleid.yaml", policy=Policy.model_validate(fields)), lang="nl")


# --- DIT BELEID GELDT VOOR as a list ---------------------------------------------------------------------


def test_a_few_groups_print_as_a_list_one_a_line(tmp_path):
    text = page(policy(tmp_path, "geldt_voor:\n  - Alle medewerkers\n  - Stagiairs\n")).extract_text()
    groups = section(text, "DIT BELEID GELDT VOOR", "INGANGSDATUM").split("\n")
    assert [line.split()[0] for line in groups if line.strip()] == ["•", "•"], groups
    assert "Alle medewerkers" in groups[1] and "Stagiairs" in groups[2]


def test_one_group_prints_without_a_bullet(tmp_path):
    text = page(policy(tmp_path, "geldt_voor: Alle medewerkers\n")).extract_text()
    assert section(text, "DIT BELEID GELDT VOOR", "INGANGSDATUM").strip() == "Alle medewerkers"


def test_many_groups_print_one_after_another_with_a_dot_and_fit_the_page(tmp_path):
    groups = [f"groep {number}" for number in range(1, 21)]
    text = page(policy(tmp_path, "geldt_voor:\n" + "".join(f"  - {group}\n" for group in groups))).extract_text()
    printed = " ".join(section(text, "DIT BELEID GELDT VOOR", "INGANGSDATUM").split())
    assert printed == " · ".join(groups)


def test_empty_and_placeholder_groups_are_left_out():
    assert data_of({"geldt_voor": ["  Alle medewerkers ", "n.t.b.", None]})["applies_to"] == ["Alle medewerkers"]


# --- a long address stays in its column ------------------------------------------------------------------

LONG_EMAIL = "functionaris.gegevensbescherming@gemeente-voorbeeldstad-aan-zee.example.nl"


def test_a_long_email_address_breaks_inside_its_column_without_an_added_character(tmp_path):
    pdf_page = page(policy(tmp_path, f"aanspreekpunt:\n  naam: Jan\n  email: {LONG_EMAIL}\ngeldt_voor: Iedereen\n"))
    contact = section(pdf_page.extract_text(), "AANSPREEKPUNT BIJ TWIJFEL", "DIT BELEID GELDT VOOR")
    lines = [line.strip() for line in contact.strip().split("\n")]
    assert lines[0] == "Jan"
    assert len(lines) > 2, "the address is broken over lines"
    assert "".join(lines[1:]) == LONG_EMAIL, "no character added or lost"
    assert_left_of(pdf_page, LONG_EMAIL, "DIT BELEID GELDT VOOR")


def assert_left_of(pdf_page: pypdf.PageObject, value: str, next_column: str) -> None:
    """Every run of ``value`` on the page ends before the label of the next column starts. A run's right edge
    is estimated generously: no character of 11 pt Libertinus Serif is wider than 0.62 em."""
    placed = runs(pdf_page)
    column_x = min(x for x, _, text in placed if text.startswith(next_column))
    edges = {text: x + len(text) * 11 * 0.62 for x, _, text in placed if len(text) > 3 and text in value}
    assert edges and all(right < column_x for right in edges.values()), (column_x, edges)


def test_a_long_word_that_fits_on_a_line_of_its_own_is_never_cut(tmp_path):
    scope = "alle huisartsen, praktijkondersteuners, assistentes en waarnemers van Huisartsenpraktijk De Linde"
    rule = "Verwerkersovereenkomstenadministratie bijhouden met huisartsenpraktijkondersteuning."
    text = page(policy(tmp_path, f"geldt_voor: {scope}\n", allowed=f'    - "{rule}"\n')).extract_text()
    scope_lines = section(text, "DIT BELEID GELDT VOOR", "INGANGSDATUM").split()
    assert "praktijkondersteuners," in scope_lines and "Huisartsenpraktijk" in scope_lines, scope_lines
    rule_words = section(text, "DIT MAG", "DIT NIET").split()
    assert "Verwerkersovereenkomstenadministratie" in rule_words and "huisartsenpraktijkondersteuning." in rule_words


def test_a_long_web_address_in_a_rule_breaks_inside_its_column(tmp_path):
    url = "https://www.voorbeeldstad.example.nl/beleid/kunstmatige-intelligentie/richtlijnen"
    pdf_page = page(policy(tmp_path, "", allowed=f'    - "{url}"\n'))
    allowed = section(pdf_page.extract_text(), "DIT MAG", "DIT NIET")
    assert "".join(allowed.split()) == "✓" + url
    assert_left_of(pdf_page, url, "DIT NIET")


# --- the tool details --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "label"), [("nl", "Datalocatie: EU"), ("en", "Data location: EU")])
def test_the_data_location_under_a_tool_is_labelled(tmp_path, lang, label):
    tools = "goedgekeurde_tools:\n  - naam: DeepL Pro\n    verwerkersovereenkomst: ja\n    leverancier: DeepL SE\n"
    text = page(policy(tmp_path, tools + "    datalocatie: EU\n"), "--lang", lang).extract_text()
    assert f"DeepL SE · {label}" in text


# --- the contact -------------------------------------------------------------------------------------------


def test_a_role_without_a_name_leads_the_contact_without_a_comma(tmp_path):
    contact = "aanspreekpunt:\n  rol: Functionaris gegevensbescherming\n  email: fg@proef.example\n"
    text = page(policy(tmp_path, contact)).extract_text()
    lines = section(text, "AANSPREEKPUNT BIJ TWIJFEL", "DIT BELEID GELDT VOOR").strip().split("\n")
    assert [line.strip() for line in lines] == ["Functionaris gegevensbescherming", "fg@proef.example"]


def test_a_role_that_is_only_an_extension_prints_with_the_phone(tmp_path):
    contact = "aanspreekpunt:\n  naam: IT Service Desk\n  rol: ext. 4400\n  email: it@proef.example\n"
    text = page(policy(tmp_path, contact)).extract_text()
    lines = section(text, "AANSPREEKPUNT BIJ TWIJFEL", "DIT BELEID GELDT VOOR").strip().split("\n")
    assert [line.strip() for line in lines] == ["IT Service Desk", "it@proef.example", "ext. 4400"]


@pytest.mark.parametrize(
    ("contact", "role", "phone"),
    [
        ({"naam": "Desk", "rol": "ext. 4400", "telefoon": "020 555 0000"}, None, "020 555 0000, ext. 4400"),
        ({"naam": "Desk", "rol": "toestel 212"}, None, "toestel 212"),
        ({"naam": "Jan", "rol": "directeur", "telefoon": "010 123"}, "directeur", "010 123"),
        ({"naam": "Jan", "rol": "Extern adviseur"}, "Extern adviseur", None),
    ],
)
def test_only_an_extension_moves_from_the_role_to_the_phone(contact, role, phone):
    printed = data_of({"aanspreekpunt": contact})["contact"]
    assert (printed["role"], printed["phone"]) == (role, phone)


# --- the rule columns ----------------------------------------------------------------------------------------


def test_an_empty_rule_column_shows_its_question(tmp_path):
    path = tmp_path / "beleid.yaml"
    path.write_text(
        "organisatie: Proef B.V.\nregels:\n  mag_niet:\n    - id: geen-persoonsgegevens\n", encoding="utf-8"
    )
    text = page(path).extract_text()
    assert "Waarvoor mag het team AI gebruiken?" in section(text, "DIT MAG", "DIT NIET")
    english = page(path, "--lang", "en").extract_text()
    assert "What may the team use AI for?" in section(english, "ALLOWED", "NOT ALLOWED")


def test_the_space_between_rules_is_the_same_whether_a_rule_wraps_or_not(tmp_path):
    long_rule = "Een regel die zo lang is dat hij over twee regels van de kolom loopt, zeker weten en nog wat."
    allowed = f'    - Kort.\n    - Ook kort.\n    - "{long_rule}"\n    - Weer kort.\n'
    placed = runs(page(policy(tmp_path, "", allowed=allowed)))
    y = {text: y for _, y, text in placed}
    after_one_line = y["Kort."] - y["Ook kort."]
    after_two_lines = y["nog wat."] - y["Weer kort."]
    assert abs(after_one_line - after_two_lines) < 2, (after_one_line, after_two_lines)


def fonts_of(pdf_page: pypdf.PageObject) -> list[tuple[str, str]]:
    """Each text run on the page with the name of its font."""
    found: list[tuple[str, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip() and font:
            found.append((text.strip(), str(font.get("/BaseFont"))))

    pdf_page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_exception_the_page_adds_to_a_prohibition_is_set_apart_in_italics(tmp_path, lang):
    own = "Gegevens van huurders invoeren" if lang == "nl" else "Entering the data of tenants"
    tools = "goedgekeurde_tools:\n  - naam: Copilot\n    verwerkersovereenkomst: ja\n    persoonsgegevens: ja\n"
    path = tmp_path / "beleid.yaml"
    path.write_text(f"organisatie: Proef B.V.\nregels:\n  mag_niet:\n    - {own}.\n{tools}", encoding="utf-8")
    runs_and_fonts = fonts_of(page(path, "--lang", lang))
    added = "in de tools hieronder" if lang == "nl" else "marked 'yes, allowed'"
    assert [font for text, font in runs_and_fonts if added in text and "Italic" in font], runs_and_fonts
    assert [font for text, font in runs_and_fonts if own in text and "Italic" not in font], (
        "the author's words stay upright"
    )


def test_the_exception_the_page_adds_to_a_rule_is_in_the_rules_language():
    def forbidden(text: str, lang: str) -> str:
        fields = {
            "regels": {"mag_niet": [{"id": "geen-persoonsgegevens", "tekst": text}]},
            "goedgekeurde_tools": [{"naam": "Copilot", "verwerkersovereenkomst": "ja", "persoonsgegevens": "ja"}],
        }
        page = build_data(FileResult(path="beleid.yaml", policy=Policy.model_validate(fields)), lang=lang)
        return page["rules"]["forbidden"][0]["text"]

    english = "Upload CVs or any personal data of candidates to an AI tool."
    assert forbidden(english, "nl").endswith("to an AI tool, except in the tools below marked 'yes, allowed'.")
    dutch = "Zet geen namen van klanten in een AI-tool."
    assert forbidden(dutch, "nl").endswith("in een AI-tool, behalve in de tools hieronder met 'ja, mag'.")
    assert forbidden(dutch, "en").endswith("behalve in de tools hieronder met 'ja, mag'.")
    assert forbidden("Persoonsgegevens.", "en").endswith("except in the tools below marked 'yes, allowed'.")
