"""Resource test for documents: each hostile Markdown and Word input of the December attack, checked in a
child process with 300 MB of address space, whole and at a quarter of its size: its CPU time must grow at
most linearly (the runner and the growth measure of ``test_limits``).

Before the pre-parse budgets of the readers, markdown-it and the Word reader built everything first:
250,000 list lines took 8.6 s and 600 MB, 500,000 ``[`` passed with exit 0 in 3.9 s, a table of 10,000
columns took 4.8 s and 487 MB, a Word file of 400,000 paragraphs 2.3 s and 256 MB; a damaged deflate
stream or an unknown zip version was an internal error (AIB900). Each must now be a finding that fails.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from aibeleid_check.writers import draft_from, write
from test_limits import CPU_SECONDS, assert_within_the_limits, measure, run_cases

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "policies" / "voorbeeld.yaml"


def _example(form: str, folder: Path | None = None) -> bytes:
    """The example policy as a Word (``.docx``) or Markdown (``.md``) document, written by convert's writer."""
    from aibeleid_check import source

    return write(draft_from(source.read(str(EXAMPLE))), "docx" if form == ".docx" else "markdown")


def _docx_with_body(template: bytes, body_xml: str) -> bytes:
    """``template`` with its document.xml body replaced by ``body_xml``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(template)) as original, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                head, _, rest = data.decode("utf-8").partition("<w:body>")
                _, _, tail = rest.partition("</w:body>")
                data = f"{head}<w:body>{body_xml}</w:body>{tail}".encode()
            new.writestr(item, data)
    return out.getvalue()


def _damaged_deflate(template: bytes) -> bytes:
    """The document.xml's compressed bytes overwritten in the middle: the zip opens, inflating fails."""
    raw = bytearray(template)
    with zipfile.ZipFile(io.BytesIO(template)) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    raw[middle : middle + 8] = b"\xff" * 8
    return bytes(raw)


def _unknown_zip_version(template: bytes) -> bytes:
    """Every 'version needed to extract' set to 9.9, which zipfile refuses with NotImplementedError."""
    raw = bytearray(template)
    for signature, offset in ((b"PK\x03\x04", 4), (b"PK\x01\x02", 6)):
        at = raw.find(signature)
        while at != -1:
            raw[at + offset : at + offset + 2] = (99).to_bytes(2, "little")
            at = raw.find(signature, at + 4)
    return bytes(raw)


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("documents")
    markdown = _example(".md", folder).decode("utf-8")
    docx = _example(".docx", folder)

    def runs(text: str, times: int) -> Callable[[float], bytes]:
        return lambda scale: (markdown + text * int(times * scale)).encode()

    cases: dict[str, Callable[[float], bytes]] = {
        "list-lines.md": runs("- x\n", 250_000),
        "brackets.md": runs("[", 500_000),
        "links.md": runs("[a](", 200_000),
        "emphasis.md": lambda scale: (
            markdown + "*" * int(300_000 * scale) + "a" + "_" * int(300_000 * scale)
        ).encode(),
        "wide-table.md": lambda scale: (
            markdown + "\n" + "| a " * int(10_000 * scale) + "|\n" + "|---" * int(10_000 * scale) + "|\n"
        ).encode(),
        "many-paragraphs.docx": lambda scale: _docx_with_body(
            docx, "<w:p><w:r><w:t>x</w:t></w:r></w:p>" * int(400_000 * scale)
        ),
        "damaged-deflate.docx": lambda scale: _damaged_deflate(docx),  # a fixed shape: nothing to grow
        "zip-version.docx": lambda scale: _unknown_zip_version(docx),
    }
    return measure(folder, cases)


EXPECTED = {
    "list-lines.md": "AIB007",
    "brackets.md": "AIB007",
    "links.md": "AIB007",
    "emphasis.md": "AIB007",
    "wide-table.md": "AIB007",
    "many-paragraphs.docx": "AIB007",
    "damaged-deflate.docx": "AIB008",
    "zip-version.docx": "AIB008",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_document_is_a_failing_finding_within_the_limits(results, name):
    record = assert_within_the_limits(results, name)
    assert EXPECTED[name] in record["rules"], record
    assert "AIB900" not in record["rules"], record
    assert record["fails"], record
    assert record["cpu"] < CPU_SECONDS


def test_the_clean_example_documents_stay_clean(tmp_path):
    for form in (".md", ".docx"):
        path = tmp_path / f"voorbeeld{form}"
        path.write_bytes(_example(form, tmp_path))
        record = run_cases([str(path)])[path.name]
        assert "AIB007" not in record["rules"] and "AIB008" not in record["rules"], record
