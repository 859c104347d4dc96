"""Typeset the A4 with Typst: the layout file plus the policy as JSON data, to PDF or PNG.

Typst is imported inside :func:`render`, so nothing that ``check`` loads pays for it. The compile runs with
the layout's own folder as Typst's root, so neither the layout nor the data can make it read files
elsewhere, and with package imports refused, so it never reaches the network.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from aibeleid_check.a4.data import build_data
from aibeleid_check.errors import OutputError
from aibeleid_check.findings import FileResult
from aibeleid_check.outputs import Inputs, display_path, write_atomic

BUILTIN_TEMPLATE = Path(__file__).with_name("beleid.typ")
FORMATS = {".pdf": "pdf", ".png": "png"}
PNG_PPI = 144
_PACKAGE_IMPORT = re.compile(r"""["']@[\w-]+/[\w-]+:""")
_PDF_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
_DIAGNOSTIC_LOCATION = re.compile(r"┌─ (\S+:\d+:\d+)")


class RenderError(Exception):
    """The A4 could not be made (bad output path, broken house template); the message is one line."""


def render(
    result: FileResult,
    output: str | Path,
    *,
    lang: str = "nl",
    template: str | Path | None = None,
    today: date | None = None,
    inputs: Inputs | None = None,
) -> int:
    """Write the A4 of a checked policy to ``output`` (.pdf, or .png: the first page) and return the page count.

    The page is written atomically and never over the policy or another of ``inputs`` (compared by
    device and inode, so also not through a hard link).
    """
    output = Path(output)
    inputs = inputs if inputs is not None else Inputs.of([result.path] if result.path else [])
    fmt = _output_format(output, inputs)
    layout = _layout(template)
    data = json.dumps(build_data(result, lang=lang, today=today), ensure_ascii=False)
    pages = _compile(layout, data, fmt)
    _write(output, pages[0], inputs)
    return len(pages) if fmt == "png" else count_pdf_pages(pages[0])


def _output_format(output: Path, inputs: Inputs) -> str:
    fmt = FORMATS.get(output.suffix.lower())
    if fmt is None:
        raise RenderError(f"'{display_path(output)}': kies .pdf of .png / choose .pdf or .png")
    if inputs.holds(output):
        raise RenderError(
            f"'{display_path(output)}' is het beleid zelf / is the policy itself; it is never overwritten"
        )
    return fmt


def _layout(template: str | Path | None) -> Path:
    """The layout file to compile; a house template is checked for package imports first."""
    if template is None:
        return BUILTIN_TEMPLATE
    path = Path(template)
    if not path.is_file():
        raise RenderError(f"template '{display_path(template)}' bestaat niet / does not exist")
    for typ_file in sorted(path.resolve().parent.rglob("*.typ")):
        if _PACKAGE_IMPORT.search(_read_text(typ_file)):
            raise RenderError(
                f"template '{display_path(typ_file)}' importeert een Typst-pakket; dat kan niet zonder netwerk / "
                "imports a Typst package, which needs the network"
            )
    return path


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise RenderError(f"template '{display_path(path)}': {exc.strerror or exc}") from None


def _compile(layout: Path, data: str, fmt: str) -> list[bytes]:
    compiler = _compiler(layout.resolve(), layout.resolve() != BUILTIN_TEMPLATE)
    try:
        output = compiler.compile(format=fmt, ppi=PNG_PPI if fmt == "png" else None, sys_inputs={"data": data})
    except RuntimeError as exc:  # typst.TypstError for compile errors, plain RuntimeError for the rest
        raise RenderError(f"Typst: {_one_line(exc)}") from None
    return output if isinstance(output, list) else [output]


@lru_cache(maxsize=8)
def _compiler(layout: Path, house_template: bool) -> Any:
    """One compiler per layout, kept for the process: fonts load once when many pages are rendered.

    The built-in layout uses only the fonts Typst embeds, so it looks the same everywhere; a house
    template may also use system fonts and font files in its own folder.
    """
    import typst

    folder = layout.parent
    return typst.Compiler(
        layout,
        root=folder,
        font_paths=[folder] if house_template else [],
        ignore_system_fonts=not house_template,
    )


def _one_line(exc: Exception) -> str:
    """Typst's message, led by the ``file:line:column`` its diagnostic points at when there is one."""
    message = " ".join((getattr(exc, "message", None) or str(exc)).split())
    where = _DIAGNOSTIC_LOCATION.search(getattr(exc, "diagnostic", None) or "")
    return f"{where[1]}: {message}" if where else message


def _write(output: Path, content: bytes, inputs: Inputs) -> None:
    try:
        write_atomic(output, content, inputs=inputs)
    except OutputError as exc:
        raise RenderError(exc.text().removeprefix("aibeleid-check: ")) from None


def count_pdf_pages(pdf: bytes) -> int:
    """Pages in a PDF Typst wrote: its page objects (``/Type /Page``, not the ``/Pages`` tree)."""
    return len(_PDF_PAGE.findall(pdf))
