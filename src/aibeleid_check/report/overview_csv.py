"""``--report overzicht.csv``: the overview for spreadsheets, worst first, with a column of finding codes.

Written for Dutch Excel, which reads a plain CSV with the list separator of the Dutch locale: fields are
separated by ``;`` and the file starts with a UTF-8 byte order mark, so that Excel opens it in columns and
shows é, ë and ’ correctly. LibreOffice and the Python ``csv`` module read it as well (``delimiter=";"``,
``encoding="utf-8-sig"``). Control characters from a policy (ESC, BEL, CR, C1 such as CSI) are shown as
visible escapes (``\\x1b``), as in the human formats. A cell that starts with ``=``, ``+``, ``-`` or ``@``
gets a leading ``'`` so a spreadsheet shows it as text instead of running it as a formula. The ``Meldingen`` column lists the codes
of the file's findings (``AIB202, AIB302``), so an advisor can filter by rule. A cell is cut at Excel's
limit of 32,767 characters.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from aibeleid_check.report.overview import Overview, Row, texts
from aibeleid_check.report.text import clip, visible

DELIMITER = ";"
BOM = "\ufeff"
EXCEL_CELL = 32_767
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render(overview: Overview, lang: str) -> str:
    t = texts(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER)
    writer.writerow(t["columns"])
    for row in overview.rows:
        writer.writerow([_cell(value) for value in _values(row, t)])
    return BOM + buffer.getvalue()


def _values(row: Row, t: dict[str, Any]) -> tuple[Any, ...]:
    return (
        row.shown_path,
        row.organisation,
        t["status"][row.status],
        row.errors,
        row.warnings,
        row.start_date,
        "" if row.tools is None else row.tools,
        ", ".join(row.tools_without_agreement),
        ", ".join(row.codes),
    )


def _cell(value: object) -> object:
    if isinstance(value, str):
        value = clip(visible(value), EXCEL_CELL)  # ESC, BEL, CSI (0x9b), CR shown as \x1b …, as on a terminal
        if value.startswith(_FORMULA_START):
            return "'" + value
    return value
