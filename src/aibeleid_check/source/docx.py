"""Reader for Word policies (``.docx``, ``.docm``): the template's structure, located by paragraph number.

The package is opened by :mod:`~aibeleid_check.source.docx_package` within fixed limits; this module walks
``word/document.xml`` in document order and turns it into
:class:`~aibeleid_check.source.structure.Block` values. A position's ``line`` is the paragraph number
(1-based, empty paragraphs included, each table row counting as one, like Word's own ¶ marks), its column
is always 1. Headings are paragraphs with a heading or title style (``Heading 1``/``Kop 1``/``Title``, or an
outline level); list items have numbering, a list style, or start with a bullet or ✓/✗. A Word comment whose
text is ``aibeleid-check: ignore[AIB302] reden: …`` is a suppression for the paragraph (or row) it is on.

The XML is read with the standard library's parser after ``docx_package`` has refused any document type
declaration: importing python-docx (and lxml) for every Word file would cost more than the check itself.
python-docx writes the documents (``init``, ``convert``); it never reads an untrusted file here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from xml.etree.ElementTree import Element

from aibeleid_check.source import Document, SourceKind, labels
from aibeleid_check.source.docx_package import Package, open_package
from aibeleid_check.source.label_lines import plain_label
from aibeleid_check.source.reading import Block, split_label
from aibeleid_check.source.structure import MAX_BLOCKS, interpret

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|kop|berschrift|titre)\s*(\d)$")
_TITLE_STYLES = frozenset({"title", "titel"})
_LIST_STYLE = re.compile(r"list|lijst")
_BULLET_START = re.compile(r"^\s*[✓✗✔✘☐☑•·▪\-–*]\s*")
_OFF = frozenset({"0", "false", "off", "none"})
_STYLE = re.compile(r'<w:style\b[^>]*?w:styleId="([^"]*)"[^>]*>(.*?)</w:style>', re.S)
_STYLE_NAME = re.compile(r'<w:name w:val="([^"]*)"')
_OUTLINE = re.compile(r'<w:outlineLvl w:val="(\d)"')
_BLOCK_TAG = re.compile(rb"<w:(?:p|tr)[\s>/]")
_TEXT_TAGS = frozenset({f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen"})
_BOX = f"{W}txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def parse(raw: bytes, path: str) -> Document:
    """Read a Word policy. Never raises for bad input; never writes the file."""
    doc = Document(path=path, location_kind="paragraph", form="docx")
    package = open_package(raw, doc)
    if package is None:
        return doc
    body_root = _body(package)
    if body_root is None:
        return doc
    package.report_external_targets()
    styles = _styles(package, {element.get(f"{W}val", "") for element in body_root.iter(f"{W}pStyle")})
    body = body_root.find(f"{W}body")
    walker = _Walker(styles, _comment_texts(package))
    if body is not None:
        walker.walk(body)
    if not any(line.strip() for line in walker.lines):
        doc.lines = tuple(walker.lines)
        doc.problem(SourceKind.EMPTY)
        return doc
    margins = _margin_fields(package, walker)
    doc.lines = tuple(walker.lines)
    doc.comments.update(walker.comments)
    return interpret(walker.blocks, doc, exact_columns=False, margins=margins)


_MARGIN_PART = re.compile(r"^word/(?:header|footer)\d*\.xml$")
_MARGIN_FIELDS = frozenset({"organisatie", "versie", "ingangsdatum", "herzieningsdatum", "aanspreekpunt", "geldt_voor"})


def _margin_fields(package: Package, walker: _Walker) -> list[tuple[str, Block]]:
    """The header and footer paragraphs that give a field ("Versie: 1.2", "Ingangsdatum: 1 maart 2026" in the
    footer), with the field, numbered after the body's paragraphs: ``interpret`` reads those the body does not
    give. Everything else in the margins (page numbers, a logo's text, a title repeated on every page) is left
    alone."""
    body = len(walker.blocks)
    for name in sorted(name for name in package.names if _MARGIN_PART.match(name)):
        root = package.xml(name)
        if root is not None:
            walker.walk(root)
    candidates: list[tuple[str, Block]] = []
    for block in walker.blocks[body:]:
        field = _field_of(block)
        if field in _MARGIN_FIELDS:
            candidates.append((field, block))
    del walker.blocks[body:]
    return candidates


def _field_of(block: Block) -> str | None:
    """The field a paragraph gives with its value on the same line (bold label or ``Label: value``)."""
    if block.kind != "para":
        return None
    if block.label:
        return labels.classify(block.label) if block.rest else None
    head = plain_label(block.text)
    return labels.classify_plain(head) if head and block.text.partition(":")[2].strip() else None


def _body(package: Package) -> Element | None:
    """``word/document.xml`` as a tree, unless it has more paragraphs and rows than a document may (counted on
    the bytes first: building the tree of 400,000 paragraphs would take seconds and hundreds of MB)."""
    data = package.read("word/document.xml")
    if data is None:
        return None
    count = 0
    for count, _ in enumerate(_BLOCK_TAG.finditer(data), 1):
        if count > MAX_BLOCKS:
            package.doc.problem(SourceKind.TOO_MANY_VALUES, limit=MAX_BLOCKS, found="paragraphs")
            return None
    return package.parse("word/document.xml", data)


def _styles(package: Package, used: set[str]) -> dict[str, tuple[str, int]]:
    """styleId -> ("heading" | "title" | "list" | "", level) for the styles the document uses.

    Most ids say it themselves (``Heading1``, ``Kop1``, ``Title``, ``ListBullet``); only the others are looked
    up in ``word/styles.xml``, by a scan of its text: parsing the whole part (350 kB of latent styles in
    python-docx's default template) cost more than the rest of the check."""
    found = {style_id: _style_kind(style_id, style_id, None) for style_id in used}
    unknown = [style_id for style_id, kind in found.items() if not kind[0]]
    data = package.read("word/styles.xml") if unknown else None
    if data is None:
        return found
    wanted = set(unknown)
    for match in _STYLE.finditer(data.decode("utf-8", errors="replace")):  # one pass, however many styles
        style_id, body = match.group(1), match.group(2)
        if style_id in wanted:
            name = _STYLE_NAME.search(body)
            outline = _OUTLINE.search(body)
            found[style_id] = _style_kind(
                name.group(1) if name else style_id, style_id, outline.group(1) if outline else None
            )
    return found


def _style_kind(name: str, style_id: str, outline: str | None) -> tuple[str, int]:
    for candidate in (name.lower(), style_id.lower()):
        squeezed = candidate.replace(" ", "")
        if squeezed in _TITLE_STYLES:
            return ("title", 1)
        match = _HEADING_STYLE.match(candidate) or _HEADING_STYLE.match(squeezed.replace("heading", "heading "))
        if match:
            return ("heading", int(match.group(1)))
    if outline is not None and outline.isdigit() and int(outline) < 9:
        return ("heading", int(outline) + 1)
    if _LIST_STYLE.search(name.lower()):
        return ("list", 1)
    return ("", 0)


def _comment_texts(package: Package) -> dict[str, str]:
    root = package.xml("word/comments.xml")
    if root is None:
        return {}
    return {
        comment.get(f"{W}id", ""): " ".join("".join(t.text or "" for t in comment.iter(f"{W}t")).split())
        for comment in root.iter(f"{W}comment")
    }


class _Walker:
    def __init__(self, styles: dict[str, tuple[str, int]], comment_texts: dict[str, str]) -> None:
        self.styles = styles
        self.comment_texts = comment_texts
        self.blocks: list[Block] = []
        self.lines: list[str] = []
        self.comments: dict[int, str] = {}
        self.first = True  # no text read yet: a first paragraph in bold or large type is the title

    def walk(self, body: Element) -> None:
        """The body's paragraphs and tables in order; content controls (``w:sdt``) are opened, iteratively,
        so a document nested ten thousand controls deep cannot exhaust the stack."""
        pending: list[Iterator[Element]] = [iter(body)]
        while pending:
            child = next(pending[-1], None)
            if child is None:
                pending.pop()
            elif child.tag == f"{W}p":
                self._paragraph(child)
            elif child.tag == f"{W}tbl":
                self._table(child)
            elif child.tag in (f"{W}sdt", f"{W}customXml"):  # content controls: their content is text too
                content = child.find(f"{W}sdtContent")
                pending.append(iter(content if content is not None else child))

    def _number(self, element: Element, text: str) -> int:
        self.lines.append(text)
        number = len(self.lines)
        for tag in (f"{W}commentRangeStart", f"{W}commentReference"):
            for mark in element.iter(tag):
                comment = self.comment_texts.get(mark.get(f"{W}id", ""), "")
                if "aibeleid-check" in comment.lower():
                    self.comments.setdefault(number, comment)
        return number

    def _paragraph(self, paragraph: Element) -> None:
        runs = _runs(paragraph)
        text = "".join(part for part, _, _ in runs)
        number = self._number(paragraph, text)
        if text.strip():
            self._text_paragraph(paragraph, text, runs, number)
        for box in _boxes(paragraph):  # a text box anchored here: its paragraphs, each of its own, after it
            self.walk(box)

    def _text_paragraph(self, paragraph: Element, text: str, runs: list[tuple[str, bool, bool]], number: int) -> None:
        kind, level = self._kind(paragraph, text)
        if self.first and kind == "para" and _made_a_title(paragraph, text, runs):
            kind, level = "heading", 1  # "Studio Veld Architects – AI policy" in bold 18 pt, no Title style
        self.first = False
        label, rest, prompt = split_label(runs)
        whole_label = kind == "heading"
        self.blocks.append(
            Block(
                kind,  # type: ignore[arg-type]
                " ".join(text.split()),
                number,
                1,
                level,
                label="" if whole_label else " ".join(label.split()),
                rest="" if whole_label or not label else " ".join(rest.split()),
                prompt=prompt,
            )
        )

    def _kind(self, paragraph: Element, text: str) -> tuple[str, int]:
        properties = paragraph.find(f"{W}pPr")
        style_id, outline, numbered, list_level = "", None, False, 0
        if properties is not None:
            style = properties.find(f"{W}pStyle")
            style_id = style.get(f"{W}val", "") if style is not None else ""
            outline_element = properties.find(f"{W}outlineLvl")
            outline = outline_element.get(f"{W}val") if outline_element is not None else None
            numbering = properties.find(f"{W}numPr")
            numbered = numbering is not None
            level_element = numbering.find(f"{W}ilvl") if numbering is not None else None
            list_level = int(level_element.get(f"{W}val", "0")) if level_element is not None else 0
        style_kind, style_level = self.styles.get(style_id) or _style_kind(style_id, style_id, None)
        if outline is not None and outline.isdigit() and int(outline) < 9:
            return "heading", int(outline) + 1
        if style_kind in ("heading", "title"):
            return "heading", style_level
        if numbered or style_kind == "list" or _BULLET_START.match(text):
            return "item", list_level + 1
        return "para", 0

    def _table(self, table: Element) -> None:
        self.first = False
        rows = table.findall(f"{W}tr")
        only = rows[0].findall(f"{W}tc") if len(rows) == 1 else []
        if len(only) == 1:  # a one-cell table is a frame around paragraphs ("Samengevat", the permitted uses)
            self.walk(only[0])
            return
        for index, row in enumerate(rows):
            cells = []
            for cell in row.findall(f"{W}tc"):
                parts = ["".join(part for part, _, _ in _runs(paragraph)) for paragraph in cell.iter(f"{W}p")]
                # a line per paragraph: a rule column's cell may hold several rules; any other use joins them
                cells.append(("\n".join(" ".join(part.split()) for part in parts if part.strip()), 1))
            shown = " | ".join(" ".join(text.split()) for text, _ in cells)
            number = self._number(row, shown)
            self.blocks.append(Block("row", shown, number, 1, cells=tuple(cells), header=index == 0))


_TITLE_HALF_POINTS = 28
"""Type from 14 pt up is a title's, not body text (10-12 pt)."""
_MAX_TITLE_WORDS = 12


def _made_a_title(paragraph: Element, text: str, runs: list[tuple[str, bool, bool]]) -> bool:
    """A first paragraph made to look like a title without Word's Title or Heading style: short, no sentence or
    label ("Organisatie:"), and all its text bold or all of it in large type."""
    words = text.split()
    if not 0 < len(words) <= _MAX_TITLE_WORDS or text.rstrip().endswith((".", ":", ";", ",")):
        return False
    if labels.glued(" ".join(words), bold=True) is not None:
        return False  # "INGANGSDATUM 1 maart 2026" typed in the label's bold: a field
    shown = [bold for piece, bold, _ in runs if piece.strip()]
    return all(shown) or all(size >= _TITLE_HALF_POINTS for size in _run_sizes(paragraph))


def _run_sizes(paragraph: Element) -> list[int]:
    """The type size (half-points) of each run with text; 0 where the run sets none (the style's body size)."""
    sizes = []
    for run in _own(paragraph, f"{W}r"):
        if not "".join(t.text or "" for t in run.iter(f"{W}t")).strip():
            continue
        size = run.find(f"{W}rPr/{W}sz")
        value = size.get(f"{W}val", "") if size is not None else ""
        sizes.append(int(value) if value.isdigit() else 0)
    return sizes or [0]


def _own(element: Element, wanted: str) -> Iterator[Element]:
    """The ``wanted`` elements inside ``element`` that are its own: not inside a run (a text box is drawn
    inside one), a text box, or the fallback copy of a drawing; iteratively, however deep the nesting."""
    pending: list[Iterator[Element]] = [iter(element)]
    while pending:
        child = next(pending[-1], None)
        if child is None:
            pending.pop()
        elif child.tag == wanted:
            yield child
        elif child.tag not in (_BOX, _FALLBACK) and (child.tag != f"{W}r" or wanted == _BOX):
            pending.append(iter(child))


def _boxes(paragraph: Element) -> list[Element]:
    """The text boxes a paragraph anchors (``w:txbxContent``), once each: of a drawing with a VML fallback
    (``mc:AlternateContent``) only the drawing's copy."""
    return list(_own(paragraph, _BOX))


def _runs(paragraph: Element) -> list[tuple[str, bool, bool]]:
    """The paragraph's text as (text, bold, italic) pieces, in order; deleted text and field codes left out,
    and so is the text of a text box it anchors (:func:`_boxes`), which is paragraphs of its own."""
    pieces: list[tuple[str, bool, bool]] = []
    for run in _own(paragraph, f"{W}r"):
        properties = run.find(f"{W}rPr")
        bold, italic = _flag(properties, "b"), _flag(properties, "i")
        if properties is not None:
            style = properties.find(f"{W}rStyle")
            name = (style.get(f"{W}val", "") if style is not None else "").lower()
            bold = bold or "strong" in name or "zwaar" in name
            italic = italic or "emphasis" in name or "nadruk" in name
        text = ""
        for element in run:
            if element.tag == f"{W}t":
                text += element.text or ""
            elif element.tag in _TEXT_TAGS:
                text += " "
        if text:
            pieces.append((text, bold, italic))
    return pieces


def _flag(properties: Element | None, name: str) -> bool:
    if properties is None:
        return False
    element = properties.find(f"{W}{name}")
    return element is not None and element.get(f"{W}val", "true").lower() not in _OFF
