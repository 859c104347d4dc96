"""Each document budget of AIB007 has its own words: what was counted and the limit, in Dutch and English."""

from __future__ import annotations

import pytest

from aibeleid_check import source
from aibeleid_check.engine import RuleSet, check_document
from aibeleid_check.source import Document, markdown, structure
from aibeleid_check.source.docx_package import MAX_ELEMENTS
from aibeleid_check.source.reading import Block
from test_document_limits import _docx_with_body
from test_docx import _bytes, filled_template

TEMPLATE_MD = "# AI-gebruiksbeleid\n\n**Organisatie:** Bakkerij\n\n"


def _docx_body(body: str) -> bytes:
    """The filled-in template with its body replaced."""
    return _docx_with_body(_bytes(filled_template()), body)


def _aib007(raw: bytes, name: str) -> tuple[str, str, int]:
    result = check_document(source.parse_bytes(raw, path=name), RuleSet())
    (finding,) = [f for f in result.findings if f.rule == "AIB007"]
    return finding.message.nl, finding.message.en, finding.line


CASES = {
    "markdown lines": (
        lambda: (TEMPLATE_MD + "x\n" * markdown.MAX_LINES).encode(),
        "beleid.md",
        f"meer dan {markdown.MAX_LINES} regels",
        f"more than {markdown.MAX_LINES} lines",
    ),
    "markdown markup": (
        lambda: (TEMPLATE_MD + "*a* " * (markdown.MAX_MARKUP // 2)).encode(),
        "beleid.md",
        f"meer dan {markdown.MAX_MARKUP} opmaaktekens",
        f"more than {markdown.MAX_MARKUP} markup characters",
    ),
    "markdown cells": (
        lambda: (TEMPLATE_MD + "| a " * (markdown.MAX_CELLS + 1) + "|\n").encode(),
        "beleid.md",
        f"meer dan {markdown.MAX_CELLS} tabelcellen",
        f"more than {markdown.MAX_CELLS} table cells",
    ),
    "word paragraphs": (
        lambda: _docx_body("<w:p><w:r><w:t>x</w:t></w:r></w:p>" * (structure.MAX_BLOCKS + 1)),
        "beleid.docx",
        f"meer dan {structure.MAX_BLOCKS} alinea's en tabelrijen",
        f"more than {structure.MAX_BLOCKS} paragraphs and table rows",
    ),
    "word elements": (
        lambda: _docx_body("<w:p>" + "<w:r/>" * MAX_ELEMENTS + "</w:p>"),
        "beleid.docx",
        f"meer dan {MAX_ELEMENTS} XML-elementen",
        f"more than {MAX_ELEMENTS} XML elements",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_document_limit_names_what_was_counted(case):
    make, name, dutch, english = CASES[case]
    nl, en, _ = _aib007(make(), name)
    assert dutch in nl and "waarden" not in nl, nl
    assert english in en and "values" not in en, en


def test_the_xml_elements_message_names_the_part():
    nl, en, _ = _aib007(CASES["word elements"][0](), "beleid.docx")
    assert "word/document.xml" in nl and "word/document.xml" in en


def test_the_cells_message_is_on_the_wide_line():
    nl, _, line = _aib007(CASES["markdown cells"][0](), "beleid.md")
    assert line == TEMPLATE_MD.count("\n") + 1, (line, nl)


def test_blocks_past_the_budget_name_paragraphs_list_items_and_rows():
    doc = Document(path="x.md")
    blocks = [Block("para", "x", n) for n in range(1, structure.MAX_BLOCKS + 2)]
    structure.interpret(blocks, doc)
    (problem,) = doc.problems
    from aibeleid_check.rules.limits import Limits

    message = Limits().message(problem)
    assert f"meer dan {structure.MAX_BLOCKS} alinea's, lijstitems en tabelrijen" in message.nl, message.nl
    assert f"more than {structure.MAX_BLOCKS} paragraphs, list items and table rows" in message.en, message.en


def test_yaml_values_keep_their_words():
    raw = "".join(f"k{i}: v\n" for i in range(25_000)).encode()
    nl, en, _ = _aib007(raw, "beleid.yaml")
    assert "meer dan 20000 waarden" in nl and "more than 20000 values" in en
