"""``convert``: between .yaml, .md and .docx without losing a field, a rule, a tool or a suppression."""

from __future__ import annotations

import functools
from datetime import date

import pytest

from aibeleid_check import model
from aibeleid_check.a4.data import build_data
from aibeleid_check.engine import RuleSet, Settings, check_document
from aibeleid_check.source import parse_bytes
from aibeleid_check.writers import draft_from, write
from conftest import POLICIES, run_cli

EXAMPLES = sorted(POLICIES.glob("*.yaml")) + sorted((POLICIES / "fouten").glob("AIB[1-5]*.yaml"))
YAML_QUIRKS = {"AIB404"}  # an unquoted ': ' is YAML's own problem: the text survives, the mapping does not
CHAINS = [("markdown", "docx", "yaml"), ("docx", "markdown", "yaml"), ("docx", "yaml"), ("markdown", "yaml")]
SUFFIX = {"markdown": ".md", "docx": ".docx", "yaml": ".yaml"}


def _policy(doc):
    built = model.build(doc)
    assert built is not None, doc.problems
    return built.policy.model_dump()


def _through(doc, chain):
    for form in chain:
        doc = parse_bytes(write(draft_from(doc), form), path=f"omgezet{SUFFIX[form]}")
    return doc


# Each example is read, and converted through each chain, once for the two tests below that both need it
# (writing a Word file is the slow part). Checking, building and drafting never change a document.
@functools.cache
def _example(path):
    return parse_bytes(path.read_bytes(), path=str(path))


@functools.cache
def _converted(path, chain):
    return _through(_example(path), chain)


@pytest.mark.parametrize("chain", CHAINS, ids="→".join)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_round_trip_keeps_every_field_rule_and_tool(path, chain):
    if path.name[:6] in YAML_QUIRKS:
        pytest.skip("YAML-only mistake")
    before, after = _policy(_example(path)), _policy(_converted(path, chain))
    assert after == before


@pytest.mark.parametrize("chain", CHAINS, ids="→".join)
def test_findings_survive_conversion(chain):
    ruleset = RuleSet(settings=Settings(today=date(2026, 6, 1)))
    for path in EXAMPLES:
        if path.name[:6] in YAML_QUIRKS:
            continue
        codes = sorted(f.rule for f in check_document(_example(path), ruleset).findings)
        converted = sorted(f.rule for f in check_document(_converted(path, chain), ruleset).findings)
        expected = [c.replace("AIB101", "AIB104") for c in codes]
        if len(chain) > 1:  # from a document, what is under an unknown label is not read (convert says so)
            expected = [c for c in expected if c != "AIB104"]
        assert converted == expected, path.name


SUPPRESSED = """\
organisatie: Bakkerij De Vries B.V.
regels:
  mag:
    - id: concepten
  mag_niet:
    - id: geen-persoonsgegevens
    - id: geen-bedrijfsgeheimen
    - id: geen-eindbesluit
    - id: altijd-controleren
goedgekeurde_tools:
  - naam: Interne zoekhulp  # aibeleid-check: ignore[AIB302] reden: draait op eigen server
  - naam: DeepL Pro
    verwerkersovereenkomst: ja
aanspreekpunt:
  naam: Marieke de Vries
  email: marieke@example.nl
geldt_voor: Alle medewerkers
# aibeleid-check: ignore[AIB203] reden: gaat pas volgend jaar in
ingangsdatum: 2099-01-01
"""


@pytest.mark.parametrize("chain", CHAINS, ids="→".join)
def test_suppression_comments_survive_and_still_cover_their_value(chain):
    ruleset = RuleSet()
    original = parse_bytes(SUPPRESSED.encode(), path="b.yaml")
    assert [f.rule for f in check_document(original, ruleset).findings] == []
    converted = original
    for form in chain:
        converted = _through(converted, [form])
        findings = [f.rule for f in check_document(converted, ruleset).findings]
        assert findings == [], (form, findings)
        assert len(converted.comments) == 2, (form, converted.comments)
    unsuppressed = parse_bytes(SUPPRESSED.replace("# aibeleid-check", "# x").encode(), path="b.yaml")
    assert {"AIB302", "AIB203"} <= {f.rule for f in check_document(_through(unsuppressed, chain), ruleset).findings}


def test_the_a4_of_a_word_policy_equals_the_a4_of_its_yaml_twin():
    ruleset = RuleSet(settings=Settings(today=date(2026, 6, 1)))
    yaml_doc = parse_bytes((POLICIES / "voorbeeld.yaml").read_bytes(), path="voorbeeld.yaml")
    word_doc = _through(yaml_doc, ["docx"])
    markdown_doc = _through(yaml_doc, ["markdown"])
    pages = [
        build_data(check_document(doc, ruleset), today=date(2026, 6, 1)) for doc in (yaml_doc, word_doc, markdown_doc)
    ]
    assert [page.pop("source") for page in pages] == ["voorbeeld.yaml", "omgezet.docx", "omgezet.md"]
    assert pages[0]["organisation"] == "Bakkerij De Vries B.V." and len(pages[0]["tools"]) == 3
    assert pages[1] == pages[0] and pages[2] == pages[0]


def test_command_converts_and_never_writes_over_its_input(tmp_path):
    docx_path, md_path, yaml_path = tmp_path / "b.docx", tmp_path / "b.md", tmp_path / "b.yaml"
    assert run_cli("convert", str(POLICIES / "voorbeeld.yaml"), "-o", str(docx_path)).returncode == 0
    assert run_cli("convert", str(docx_path), "-o", str(md_path)).returncode == 0
    proc = run_cli("convert", str(md_path), "-o", str(yaml_path))
    assert proc.returncode == 0 and "Omgezet" in proc.stdout, proc.stderr
    assert run_cli("check", "--format", "concise", "--today", "2026-06-01", str(yaml_path)).returncode == 0
    before = md_path.read_bytes()
    refused = run_cli("convert", str(md_path), "-o", str(md_path))
    assert refused.returncode == 2 and "invoerbestand" in refused.stderr and md_path.read_bytes() == before
    link = tmp_path / "link.md"  # another name of the input itself
    link.hardlink_to(docx_path)
    word = docx_path.read_bytes()
    assert run_cli("convert", str(docx_path), "-o", str(link)).returncode == 2 and docx_path.read_bytes() == word


def test_command_says_what_it_cannot_convert(tmp_path):
    broken = tmp_path / "b.docx"
    broken.write_bytes(b"geen zip")
    proc = run_cli("convert", str(broken), "-o", str(tmp_path / "b.yaml"))
    assert proc.returncode == 1 and "check" in proc.stderr and not (tmp_path / "b.yaml").exists()
    odd = tmp_path / "o.md"
    odd.write_text("# AI-beleid van X\n\n## DIT MAG\n\n- Iets.\n\n## Onzin\n\n- weg\n", encoding="utf-8")
    proc = run_cli("convert", str(odd), "-o", str(tmp_path / "o.yaml"), "--lang", "en")
    assert proc.returncode == 0 and "not converted: heading 'Onzin' (line 7)" in proc.stderr
    assert run_cli("convert", str(odd), "-o", str(tmp_path / "o.txt")).returncode == 2
    import docx

    word = docx.Document()
    word.add_heading("AI-beleid van X", level=0)
    word.add_heading("DIT MAG", level=2)
    word.add_paragraph("Iets.", style="List Bullet")
    word.add_paragraph().add_run("Onzin:").bold = True
    word.save(str(tmp_path / "w.docx"))
    proc = run_cli("convert", str(tmp_path / "w.docx"), "-o", str(tmp_path / "w.md"))
    assert proc.returncode == 0 and "niet omgezet: kop 'Onzin' (¶4)" in proc.stderr, proc.stderr  # a paragraph


OWN_WORDS = """\
organisatie: X
regels:
  opmerking: zie intranet
  mag_niet:
    - id: geen-persoonsgegevens
      tekst: "Klant- of persoonsgegevens invoeren, behalve in Copilot."
    - id: geen-bedrijfsgeheimen
      tekst: "Plak nooit vertrouwelijke offertes of contracten in een AI-tool."
    - id: geen-eindbesluit
      tekst: "Sollicitanten worden door een collega gekozen."
      toelichting: ook bij stages
    - id: altijd-controleren
"""


@pytest.mark.parametrize("suffix", [".md", ".docx"])
def test_command_names_what_a_document_cannot_hold_of_a_rule(tmp_path, suffix):
    source = tmp_path / "b.yaml"
    source.write_text(OWN_WORDS, encoding="utf-8")
    proc = run_cli("convert", str(source), "-o", str(tmp_path / f"b{suffix}"))
    lines = [line.strip() for line in proc.stderr.splitlines()]
    assert proc.returncode == 0
    assert lines == [  # the first two texts read back as their ids (template words, meaning); the third does not
        f"niet omgezet: sleutel 'toelichting' van regels.mag_niet[2]; in {suffix} is een regel alleen zijn tekst",
        f"niet omgezet: id 'geen-eindbesluit' van regels.mag_niet[2]; in {suffix} telt alleen de tekst, en die "
        "zegt niet wat 'geen-eindbesluit' zegt. Begin de tekst met de woorden van de regel of schrijf hem zo dat "
        "hij het zegt",
    ], proc.stderr
    english = run_cli("convert", str(source), "-o", str(tmp_path / f"e{suffix}"), "--lang", "en")
    assert "not converted: id 'geen-eindbesluit' of regels.mag_niet[2]; in " + suffix in english.stderr
    findings = run_cli("check", "--format", "concise", str(tmp_path / f"b{suffix}")).stdout
    assert "AIB104" in findings and "opmerking" in findings  # the unknown key under regels is kept, as a label
    assert "geen-eindbesluit" in findings and "geen-persoonsgegevens" not in findings


def test_yaml_to_yaml_keeps_a_rule_items_own_keys_without_a_word(tmp_path):
    source = tmp_path / "b.yaml"
    source.write_text(OWN_WORDS, encoding="utf-8")
    proc = run_cli("convert", str(source), "-o", str(tmp_path / "c.yaml"))
    assert proc.returncode == 0 and proc.stderr == ""
    converted = (tmp_path / "c.yaml").read_text(encoding="utf-8")
    assert "toelichting: ook bij stages" in converted and "opmerking: zie intranet" in converted


def test_the_rendered_a4_of_a_word_policy_has_the_text_of_its_yaml_twin(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    from aibeleid_check.a4 import render

    ruleset = RuleSet(settings=Settings(today=date(2026, 6, 1)))
    yaml_doc = parse_bytes((POLICIES / "voorbeeld.yaml").read_bytes(), path="voorbeeld.yaml")
    texts = []
    for name, doc in (("yaml", yaml_doc), ("docx", _through(yaml_doc, ["docx"]))):
        result = check_document(doc, ruleset)
        result.path = "beleid"  # the footer names the file: the same name for both
        out = tmp_path / f"{name}.pdf"
        assert render(result, out, today=date(2026, 6, 1)) == 1
        texts.append("".join(page.extract_text() for page in pypdf.PdfReader(out).pages))
    assert "Bakkerij De Vries B.V." in texts[0] and "DeepL Pro" in texts[0]
    assert texts[1] == texts[0]


def test_command_names_a_prohibition_it_cannot_carry_from_outside_the_sections(tmp_path):
    """A rule stated in text under the title counts in the document (AIB406) but no form keeps such text."""
    source = POLICIES / "fouten" / "AIB406-verbod-buiten-lijst.md"
    proc = run_cli("convert", str(source), "-o", str(tmp_path / "b.yaml"))
    assert proc.returncode == 0
    assert proc.stderr.strip() == (
        "niet omgezet: tekst buiten de onderdelen (regel 4), die telt als 'geen-persoonsgegevens'; zet hem "
        "onder DIT NIET of ALTIJD, anders ontbreekt de regel in het nieuwe bestand"
    )
    english = run_cli("convert", str(source), "-o", str(tmp_path / "e.yaml"), "--lang", "en")
    assert (
        "not converted: text outside the sections (line 4), which counts as 'geen-persoonsgegevens'" in english.stderr
    )
