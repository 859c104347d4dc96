"""The human report: grouped by file, severity colours, the source line under each finding, a summary.

Text from the policy (paths, messages, source lines) is shown with its control characters made visible,
never sent raw; Rich markup is never parsed from it (every text is a :class:`rich.text.Text`). A Word
document's findings are located by paragraph (``¶14``), and the paragraph's text is quoted under them.
"""

from __future__ import annotations

from typing import TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from aibeleid_check.findings import SEVERITY_LABELS, CheckResult, FileResult, Finding, Severity
from aibeleid_check.report.text import clip, display_path, location, visible
from aibeleid_check.texts import Catalogue, Message

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
ICONS = {Severity.ERROR: "✗", Severity.WARNING: "!", Severity.INFO: "i"}
MESSAGE_CHARACTERS = 2000  # a message quoting a huge value is cut for the terminal (JSON keeps it whole)
QUOTE_CHARACTERS = 160

TEXTS = Catalogue(
    {
        "clean": Message(nl="in orde", en="ok"),
        "summary": Message(
            nl="{files} {files_word} gecontroleerd, {failing} met fouten. Meldingen: {errors} {e_word}, "
            "{warnings} {w_word}, {infos} info.",
            en="{files} {files_word} checked, {failing} with errors. Findings: {errors} {e_word}, "
            "{warnings} {w_word}, {infos} info.",
        ),
        "all_clean": Message(nl="Alles in orde.", en="All clean."),
    }
)
WORDS = {
    "nl": {
        "file": ("bestand", "bestanden"),
        "error": ("fout", "fouten"),
        "warning": ("waarschuwing", "waarschuwingen"),
    },
    "en": {"file": ("file", "files"), "error": ("error", "errors"), "warning": ("warning", "warnings")},
}


def _plural(count: int, words: tuple[str, str]) -> str:
    return words[0] if count == 1 else words[1]


def _left_of_caret(before: str, width: int) -> str:
    """The part of the line before the caret's column, cut from the left with "…" when the column lies past the
    terminal's width: the caret then points at the finding's text, two thirds across, not at an empty row."""
    if cell_len(before) < width - 1:
        return before
    keep = max(width * 2 // 3 - 1, 1)
    while cell_len(before[-keep:]) > keep and keep > 1:  # wide characters take two cells
        keep -= 1
    return "…" + before[-keep:]


class Reporter:
    name = "rich"
    machine = False

    def __init__(self, *, lang: str = "nl", color: bool | None = None) -> None:
        self.lang = "en" if lang == "en" else "nl"
        self.color = color

    def write(self, result: CheckResult, stream: TextIO) -> None:
        console = Console(
            file=stream,
            force_terminal=self.color,
            no_color=self.color is False,
            highlight=False,
            soft_wrap=False,
        )
        for file in result.files:
            self._file(console, file)
        console.print(self._summary(result), soft_wrap=True)  # one line; the terminal wraps it if it must

    def _file(self, console: Console, file: FileResult) -> None:
        path = display_path(file.path)
        if not file.findings:
            clean = Text.assemble(("✓ ", "green"), (path, "bold"), f": {TEXTS.text('clean', self.lang)}")
            console.print(clean, soft_wrap=True)  # a path is never cut into pieces
            return
        console.print(Text(path, style="bold underline"), soft_wrap=True)
        for finding in file.findings:
            self._finding(console, file, finding)
        console.print()

    def _finding(self, console: Console, file: FileResult, finding: Finding) -> None:
        style = STYLES[finding.severity]
        label = SEVERITY_LABELS[self.lang][finding.severity]
        head = Text.assemble(
            ("  ", ""),
            (f"{ICONS[finding.severity]} ", style),
            (location(finding.line, finding.column, file.location_kind), "dim"),
            "  ",
            (finding.rule, style),
            " ",
            (f"[{label}]", style),
            " ",
            clip(visible(finding.message.text(self.lang)), MESSAGE_CHARACTERS),
        )
        console.print(head)
        line = file.source_line(finding.line)
        if line is None or not line.strip():
            return
        if file.location_kind == "paragraph":  # quote the paragraph; there is no column to point at
            quoted = clip(" ".join(visible(line).split()), QUOTE_CHARACTERS)
            console.print(
                Text.assemble((f"{'¶' + str(finding.line):>6} │ ", "dim"), f"“{quoted}”"),
                overflow="ellipsis",
                no_wrap=True,
            )
            return
        gutter = f"{finding.line:>6} │ "
        raw = line.rstrip().replace("\t", " ")  # the column counts a tab as one character
        before = _left_of_caret(visible(raw[: max(finding.column - 1, 0)]), console.width - len(gutter))
        shown = before + visible(raw[max(finding.column - 1, 0) :])
        console.print(Text.assemble((gutter, "dim"), shown), overflow="ellipsis", no_wrap=True)
        console.print(Text(" " * (len(gutter) + cell_len(before)) + "^", style=style))

    def _summary(self, result: CheckResult) -> Text:
        errors = result.total(Severity.ERROR)
        warnings = result.total(Severity.WARNING)
        infos = result.total(Severity.INFO)
        words = WORDS[self.lang]
        text = TEXTS.text(
            "summary",
            self.lang,
            files=len(result.files),
            files_word=_plural(len(result.files), words["file"]),
            failing=sum(1 for file in result.files if file.errors),
            errors=errors,
            e_word=_plural(errors, words["error"]),
            warnings=warnings,
            w_word=_plural(warnings, words["warning"]),
            infos=infos,
        )
        style = "bold red" if errors else "yellow" if warnings else "bold green"
        if not (errors or warnings or infos):
            text += " " + TEXTS.text("all_clean", self.lang)
        return Text(text, style=style)
