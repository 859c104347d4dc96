"""Word writer (python-docx): the template's page as a ``.docx`` that the Word reader reads back unchanged.

Title, the organisation under it, DIT MAG / DIT NIET / ALTIJD as headings with ✓/✗ bullet lists, "AVG,
kort." as in the template, the fields as bold labels (an empty field keeps the template's italic question)
and the tools as a table. Suppressions become Word comments on the paragraph or table row they cover.
"""

from __future__ import annotations

import io
from typing import Any

from aibeleid_check import template
from aibeleid_check.source import Path
from aibeleid_check.writers import Draft
from aibeleid_check.writers.layout import ORGANISATION_QUESTION, RULE_MARKS, Part, one_line, sections

AUTHOR = "aibeleid-check"
_EMPTY_TOOL_ROWS = 3


def render(draft: Draft) -> bytes:
    from docx import Document
    from docx.shared import Cm, Mm, Pt, RGBColor

    document = Document()
    for section in document.sections:  # A4, not python-docx's US Letter; narrow margins: one page holds it all
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Cm(2)
        section.top_margin = section.bottom_margin = Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(3)
    for name, size in (("Title", 24), ("Heading 1", 14), ("Heading 2", 12)):
        style = document.styles[name]
        style.font.color.rgb = RGBColor(0x1F, 0x2A, 0x44)
        style.font.size = Pt(size)
        style.paragraph_format.space_before = Pt(8 if name != "Title" else 0)
    writer = _Writer(document, draft)
    writer.top()
    for part in sections(draft):
        writer.part(part)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


class _Writer:
    def __init__(self, document: Any, draft: Draft) -> None:
        import docx.shared

        self.document = document
        self.draft = draft
        self.units = docx.shared

    def note(self, runs: list[Any], path: Path) -> None:
        for text in self.draft.notes_at(path):
            if runs:
                self.document.add_comment(runs, text=text, author=AUTHOR, initials="AC")

    def top(self) -> None:
        lang = self.draft.lang
        title = self.document.add_heading(template.TITLE.text(lang), level=0)
        self.note(title.runs, ())
        if "organisatie" in self.draft.data:
            name = self.draft.data["organisatie"]
            paragraph = self.document.add_paragraph()
            run = paragraph.add_run(one_line(name) if name else ORGANISATION_QUESTION.text(lang))
            run.italic = not name
            self.note([run], ("organisatie",))
        self.document.add_heading(template.HEADING_RULES.text(lang), level=1)

    def part(self, part: Part) -> None:
        if part.kind == "avg":
            self.labelled(part.label, part.text or "", None, ())
        elif part.kind == "items":
            self.items(part)
        elif part.kind == "table":
            self.table(part)
        else:
            label = part.label + (":" if part.kind == "extra" else "")
            self.labelled(label, part.text, part.question, part.path)

    def labelled(self, label: str, text: str | None, question: str | None, path: Path) -> None:
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.space_before = self.units.Pt(6)
        runs = [paragraph.add_run(label)]
        runs[0].bold = True
        if text or question:
            # the space is a run of its own: typing over the italic question must not delete it and glue the
            # answer to the label ("INGANGSDATUM15 januari 2027")
            runs.append(paragraph.add_run(" "))
            runs.append(paragraph.add_run(text or question))
            runs[-1].italic = not text
        self.note(runs, path)

    def items(self, part: Part) -> None:
        rules = part.path[0] == "regels"
        if rules:
            heading = self.document.add_heading(part.label, level=2)
            self.note(heading.runs, part.path)
        else:
            self.labelled(part.label, None, None, part.path)
        mark = RULE_MARKS.get(str(part.path[-1]), "") if rules else ""
        for path, text in part.items:
            if mark:  # the template's ✓/✗ are the bullets: a plain indented paragraph, not a bullet list
                paragraph = self.document.add_paragraph()
                paragraph.paragraph_format.left_indent = self.units.Cm(0.4)
                paragraph.paragraph_format.space_after = self.units.Pt(2)
                runs = [paragraph.add_run(mark + " ")]
                runs[0].bold = True
                runs.append(paragraph.add_run(text or ""))
            else:
                paragraph = self.document.add_paragraph(style="List Bullet")
                runs = [paragraph.add_run(text or "")]
            self.note(runs, path)

    def table(self, part: Part) -> None:
        self.labelled(part.label, None, part.question, part.path)
        rows = part.rows or [((), [""] * len(part.columns))] * _EMPTY_TOOL_ROWS
        table = self.document.add_table(rows=1 + len(rows), cols=len(part.columns))
        table.style = "Table Grid"
        size = self.units.Pt(10 if len(part.columns) <= 3 else 8)  # the extra columns fit the page width
        for column, header in enumerate(part.columns):
            cell = table.cell(0, column)
            cell.text = ""
            run = cell.paragraphs[0].add_run(header)
            run.bold, run.font.size = True, size
        for index, (path, cells) in enumerate(rows, start=1):
            for column, text in enumerate(cells):
                run = table.cell(index, column).paragraphs[0].add_run(text)
                run.font.size = size
                if column == 0:
                    self.note([run], path)
        self.document.add_paragraph().paragraph_format.space_after = self.units.Pt(0)  # room under the table
