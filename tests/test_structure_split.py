"""source/structure.py was split into modules of one job each (seventh round): the names other modules and tests
import from it still import, and each new module imports on its own (no import cycle hides behind an order)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from aibeleid_check.source import Document, structure
from aibeleid_check.source.reading import Block

_PARTS = ("titles", "sections", "field_values", "prose_reading", "section_content", "tool_reading", "structure")


def test_the_names_other_modules_and_tests_use_still_import_from_structure() -> None:
    from aibeleid_check.source.structure import MAX_BLOCKS, _answered_sentences, _block, interpret

    assert MAX_BLOCKS == 5000 and callable(_block)
    assert _answered_sentences("Vragen? Mail Sanne. Dank je.") == ["Vragen? Mail Sanne.", "Dank je."]
    doc = interpret(
        [Block("heading", "DIT MAG", 1, level=2), Block("item", "Teksten herschrijven.", 2)], Document("x.md")
    )
    assert doc.data == {"regels": {"mag": ["Teksten herschrijven."]}}


@pytest.mark.parametrize("part", _PARTS)
def test_each_part_imports_first_in_a_fresh_interpreter(part: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import aibeleid_check.source.{part}"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def test_interpret_reads_its_blocks_through_the_module_dispatch(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real = structure._block
    monkeypatch.setattr(structure, "_block", lambda state, block: (seen.append(block.text), real(state, block)))
    structure.interpret([Block("para", "Ingangsdatum: 1 maart 2026 · Versie: 1.0", 1)], Document("x.md"))
    assert seen == ["Ingangsdatum: 1 maart 2026 · Versie: 1.0", "Ingangsdatum: 1 maart 2026", "Versie: 1.0"]
