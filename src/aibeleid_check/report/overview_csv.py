"""``--report overzicht.csv``: the overview for spreadsheets.

Written for Dutch Excel, which reads a plain CSV with the list separator of the Dutch locale: fields are
separated by ``;`` and the file starts with a UTF-8 byte order mark, so that Excel opens it in columns and
shows é, ë and ’ correctly. LibreOffice and the Python ``csv`` module read it as well (``delimiter=";"``,
``encoding="utf-8-sig"``). A cell that starts with ``=``, ``+``, ``-`` or ``@`` gets a leading ``'`` so a
spreadsheet shows it as text instead of running it as a formula.
"""

from __future__ import annotations

import csv
from pathlib import Path

from aibeleid_check.report.overview import Row, Totals, texts

DELIMITER = ";"
ENCODING = "utf-8-sig"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write(rows: list[Row], summary: Totals, path: Path, lang: str) -> None:
    t = texts(lang)
    with open(path, "w", encoding=ENCODING, newline="") as handle:
        writer = csv.writer(handle, delimiter=DELIMITER)
        writer.writerow(t["columns"])
        for row in rows:
            writer.writerow([_cell(value) for value in _values(row, t)])


def _values(row: Row, t: dict) -> tuple:
    return (
        row.path,
        row.organisation,
        t["status"][row.status],
        row.errors,
        row.warnings,
        row.start_date,
        "" if row.tools is None else row.tools,
        ", ".join(row.tools_without_agreement),
    )


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
