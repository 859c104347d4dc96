"""A two-column table of the fields ("Approved tools | Microsoft 365 Copilot (…)", "Contact person | Anouk Jansen,
…", "Ingangsdatum | 1 maart 2026"), read as the fields: each row becomes the labelled paragraph it stands for,
before :mod:`aibeleid_check.source.structure` reads the blocks."""

from __future__ import annotations

from aibeleid_check.source import labels
from aibeleid_check.source.filling import State
from aibeleid_check.source.reading import Block

_FIELD_ROWS_FOR_A_TABLE = 2


def field_tables(blocks: list[Block], state: State) -> list[Block]:
    """The blocks with each two-column "field | value" table ("Approved tools | Microsoft 365 Copilot (…)",
    "Contact person | Anouk Jansen, …", "Ingangsdatum | 1 maart 2026") as one labelled paragraph per row, so
    each row is its field, read as "**Label** value" is. Such a table needs two or more rows whose first cell
    names a field; it may have an empty header row or none (its first row is a field, not the columns of a
    tools table). The heading right above it heads the fields (no unknown-heading warning). A tools table
    ("Tool | Verwerkersovereenkomst") and a Do | Don't table stay tables. Each table is judged on its own: a
    fields table right under a tools table (only an empty paragraph between) is a fields table."""
    out: list[Block] = []
    start = 0
    while start < len(blocks):
        if blocks[start].kind != "row":
            out.append(blocks[start])
            start += 1
            continue
        end = start + 1
        while end < len(blocks) and blocks[end].kind == "row" and not blocks[end].header:
            end += 1  # a header row starts the next table (one right under a tools table, an empty line between)
        table = blocks[start:end]
        if _is_field_table(table):
            if out and out[-1].kind == "heading":
                state.field_headings.add(out[-1].line)
            out.extend(_field_row(row) for row in table if _field_row(row) is not None)  # type: ignore[misc]
        else:
            out.extend(table)
        start = end
    return out


def _is_field_table(table: list[Block]) -> bool:
    rows = [row for row in table if any(text.strip() for text, _ in row.cells)]
    if not rows or any(len(row.cells) != 2 for row in rows):
        return False
    fields = sum(1 for row in rows if labels.classify(row.cells[0][0], heading=True) in labels.FIELD_TARGETS)
    return fields >= _FIELD_ROWS_FOR_A_TABLE and 2 * fields >= len(rows)


def _field_row(row: Block) -> Block | None:
    """A row of a field table as the paragraph "**label** value"; ``None`` for an empty row or a header row
    that names no field ("Onderwerp | Afspraak")."""
    (label, label_column), (value, value_column) = row.cells
    label, value = " ".join(label.split()), " ".join(value.split())
    if not label or row.header and labels.classify(label, heading=True) is None:
        return None
    return Block("para", f"{label} {value}".strip(), row.line, label_column, 0, label, value, value_column)
