"""What the readers' shared parts must keep doing: the header and footer fields read in the same pass as the
body (and within its block limit), a memo's contact and tools read once as they were read twice."""

from __future__ import annotations

import importlib
import io
import pkgutil
from types import ModuleType

import docx
import pytest

from aibeleid_check import source
from aibeleid_check.source import SourceKind, parse_bytes, structure
from aibeleid_check.source.structure import MAX_BLOCKS


def _word(paragraphs: list[str], footer: list[str]) -> bytes:
    document = docx.Document()
    document.add_heading("AI-beleid van Bakkerij De Vries", level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    for text in footer:
        document.sections[0].footer.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_margin_fields_past_the_block_limit_leave_only_the_limit():
    body = ["DIT MAG", *["Teksten herschrijven."] * (MAX_BLOCKS - 4), "INGANGSDATUM"]
    doc = parse_bytes(_word(body, ["Versie: 1.2", "Aanspreekpunt: Jan, jan@example.nl"]), path="beleid.docx")
    assert [p.kind for p in doc.problems] == [SourceKind.TOO_MANY_VALUES]
    assert doc.lines[doc.problems[0].line - 1] == "Aanspreekpunt: Jan, jan@example.nl"  # the block past the limit
    assert doc.data is None and not doc.value_marks and not doc.key_marks and not doc.loose


def test_margin_fields_within_the_limit_are_read():
    body = ["DIT MAG", *["Teksten herschrijven."] * (MAX_BLOCKS - 5), "INGANGSDATUM"]
    doc = parse_bytes(_word(body, ["Versie: 1.2", "Aanspreekpunt: Jan, jan@example.nl"]), path="beleid.docx")
    assert SourceKind.TOO_MANY_VALUES not in [p.kind for p in doc.problems]
    assert doc.data["versie"] == "1.2" and doc.data["aanspreekpunt"]["email"] == "jan@example.nl"


def test_a_body_sentence_giving_the_scope_keeps_the_footers_scope_out():
    body = ["Dit beleid geldt voor alle medewerkers.", "DIT MAG", "Teksten herschrijven."]
    doc = parse_bytes(_word(body, ["Geldt voor: iedereen", "Versie: 2"]), path="beleid.docx")
    assert doc.data["geldt_voor"] == "alle medewerkers" and doc.data["versie"] == "2"
    assert SourceKind.DUPLICATE_KEY not in [p.kind for p in doc.problems]


_MEMO = (
    "# Memo\n\nThe only approved tools are Microsoft 365 Copilot (signed DPA) and DeepL Pro (signed DPA).\n\n"
    "If unsure, contact: Angela Morris, e-mail: a.morris@example.org\n"
)


def test_a_memo_gives_its_tools_and_its_contact_in_sentences():
    doc = parse_bytes(_MEMO.encode(), path="memo.md")
    assert [tool["naam"] for tool in doc.data["goedgekeurde_tools"]] == ["Microsoft 365 Copilot", "DeepL Pro"]
    assert doc.data["aanspreekpunt"] == {"email": "a.morris@example.org", "rol": "If unsure", "naam": "Angela Morris"}


def test_the_body_is_read_once_when_the_margins_give_a_field(monkeypatch):
    body = ["DIT MAG", "Teksten herschrijven.", "INGANGSDATUM", "1 maart 2026"]
    read = []
    block = structure._block
    monkeypatch.setattr(structure, "_block", lambda state, b: (read.append(b.text), block(state, b)))
    doc = parse_bytes(_word(body, ["Versie: 1.2"]), path="beleid.docx")
    assert doc.data["versie"] == "1.2"
    assert read.count("Teksten herschrijven.") == 1


_DEFINED_IN = {"contact_in_sentence": "contact_text", "tool_parts": "tool_spec"}
_CALLED_FROM = {"contact_in_sentence": ("tool_spec",), "tool_parts": ("tool_spec", "field_values")}
"""Each counted function and the source modules that call it by that name, where a patch must go."""


def _source_module(name: str) -> ModuleType:
    return importlib.import_module(f"aibeleid_check.source.{name}")


@pytest.mark.parametrize("name", sorted(_DEFINED_IN))
def test_the_count_patches_every_module_that_calls_the_function(name):
    real = getattr(_source_module(_DEFINED_IN[name]), name)
    holders = {
        info.name
        for info in pkgutil.iter_modules(source.__path__)
        if getattr(_source_module(info.name), name, None) is real
    }
    assert holders - {_DEFINED_IN[name]} == set(_CALLED_FROM[name]) - {_DEFINED_IN[name]}


def test_a_memos_contact_and_tools_are_read_once(monkeypatch):
    calls = []
    for name, modules in _CALLED_FROM.items():
        for module in map(_source_module, modules):
            real = getattr(module, name)  # (an AttributeError when the name has moved: patch it where it is now)
            monkeypatch.setattr(module, name, lambda text, real=real, name=name: (calls.append(name), real(text))[1])
    doc = parse_bytes(_MEMO.encode(), path="memo.md")
    assert doc.data["aanspreekpunt"]["naam"] == "Angela Morris" and len(doc.data["goedgekeurde_tools"]) == 2
    assert calls.count("contact_in_sentence") == 1 and calls.count("tool_parts") == 1
