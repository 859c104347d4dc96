"""A document type declaration in a Word file's styles part is reported like one in any other part it reads."""

from __future__ import annotations

import io
import zipfile

import pytest

from test_docx import BILLION_LAUGHS, _bytes, _check, _with_part, filled_template

STYLES_WITH_DOCTYPE = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE w:styles [<!ENTITY x "x">]>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:styleId="Eigen">
<w:name w:val="heading 1"/></w:style></w:styles>"""


def _unsafe(result) -> list[tuple[str, str]]:
    return [(f.message.nl, f.message.en) for f in result.findings if f.rule == "AIB003"]


def _with_custom_style() -> bytes:
    """The filled-in template with one paragraph in a style whose id says nothing (so styles.xml is needed)."""
    source = zipfile.ZipFile(io.BytesIO(_bytes(filled_template())))
    entries = {info.filename: source.read(info.filename) for info in source.infolist()}
    entries["word/document.xml"] = entries["word/document.xml"].replace(
        b"<w:body>", b'<w:body><w:p><w:pPr><w:pStyle w:val="Eigen"/></w:pPr><w:r><w:t>Kop</w:t></w:r></w:p>', 1
    )
    entries["word/styles.xml"] = STYLES_WITH_DOCTYPE
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("styles", [STYLES_WITH_DOCTYPE, BILLION_LAUGHS], ids=["small", "billion-laughs"])
def test_a_doctype_in_styles_xml_is_reported_when_no_style_is_looked_up(styles):
    result = _check(_with_part("word/styles.xml", styles))
    assert _unsafe(result) == [
        (
            "Onveilige inhoud in het document (word/styles.xml: <!DOCTYPE>/<!ENTITY>); die is genegeerd.",
            "Unsafe content in the document (word/styles.xml: <!DOCTYPE>/<!ENTITY>); it was ignored.",
        )
    ]
    assert result.fails


def test_the_same_words_as_a_doctype_in_document_xml():
    body = _unsafe(_check(_with_part("word/document.xml", BILLION_LAUGHS)))
    styles = _unsafe(_check(_with_part("word/styles.xml", BILLION_LAUGHS)))
    assert [nl.replace("document.xml", "styles.xml") for nl, _ in body] == [nl for nl, _ in styles]


def test_reported_once_when_a_style_is_looked_up_too():
    assert len(_unsafe(_check(_with_custom_style()))) == 1


def test_a_clean_styles_part_with_a_comment_before_the_root_is_not_a_finding():
    clean = _bytes(filled_template())
    styles = zipfile.ZipFile(io.BytesIO(clean)).read("word/styles.xml")
    commented = styles.replace(b"?>", b"?>\n<!-- opgeslagen door een ander programma -->", 1)
    assert _unsafe(_check(_with_part("word/styles.xml", commented))) == []
    assert _unsafe(_check(clean)) == []


def test_a_utf16_styles_part_is_refused_like_other_parts():
    styles = zipfile.ZipFile(io.BytesIO(_bytes(filled_template()))).read("word/styles.xml")
    utf16 = styles.decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    assert len(_unsafe(_check(_with_part("word/styles.xml", utf16)))) == 1
