"""The human report: grouped by file, severity colours, the source line under each finding, a summary."""

from __future__ import annotations

from typing import TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from aibeleid_check.findings import SEVERITY_LABELS, CheckResult, FileResult, Finding, Severity

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
ICONS = {Severity.ERROR: "✗", Severity.WARNING: "!", Severity.INFO: "i"}

TEXTS = {
    "nl": {
        "clean": "in orde",
        "summary": "{files} {files_word} gecontroleerd: {errors} {e_word}, {warnings} {w_word}, {infos} info",
        "file": ("bestand", "bestanden"),
        "error": ("fout", "fouten"),
        "warning": ("waarschuwing", "waarschuwingen"),
        "all_clean": "Alles in orde.",
    },
    "en": {
        "clean": "ok",
        "summary": "{files} {files_word} checked: {errors} {e_word}, {warnings} {w_word}, {infos} info",
        "file": ("file", "files"),
        "error": ("error", "errors"),
        "warning": ("warning", "warnings"),
        "all_clean": "All clean.",
    },
}


def _plural(count: int, words: tuple[str, str]) -> str:
    return words[0] if count == 1 else words[1]


class Reporter:
    name = "rich"
    machine = False

    def __init__(self, *, lang: str = "nl", color: bool | None = None) -> None:
        self.lang = lang
        self.color = color
        self.texts = TEXTS["en" if lang == "en" else "nl"]

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
        console.print(self._summary(result))

    def _file(self, console: Console, file: FileResult) -> None:
        if not file.findings:
            console.print(Text.assemble(("✓ ", "green"), (file.path, "bold"), f": {self.texts['clean']}"))
            return
        console.print(Text(file.path, style="bold underline"))
        for finding in file.findings:
            self._finding(console, file, finding)
        console.print()

    def _finding(self, console: Console, file: FileResult, finding: Finding) -> None:
        style = STYLES[finding.severity]
        label = SEVERITY_LABELS[self.lang if self.lang == "en" else "nl"][finding.severity]
        head = Text.assemble(
            ("  ", ""),
            (f"{ICONS[finding.severity]} ", style),
            (f"{finding.line}:{finding.column}", "dim"),
            "  ",
            (finding.rule, style),
            " ",
            (f"[{label}]", style),
            " ",
            finding.message.text(self.lang),
        )
        console.print(head)
        line = file.source_line(finding.line)
        if line is not None and line.strip():
            gutter = f"{finding.line:>6} │ "
            shown = line.rstrip().replace("\t", " ")  # the column counts a tab as one character
            console.print(Text.assemble((gutter, "dim"), shown), overflow="ellipsis", no_wrap=True)
            caret = " " * (len(gutter) + cell_len(shown[: max(finding.column - 1, 0)])) + "^"
            console.print(Text(caret, style=style))

    def _summary(self, result: CheckResult) -> Text:
        errors = result.total(Severity.ERROR)
        warnings = result.total(Severity.WARNING)
        infos = result.total(Severity.INFO)
        t = self.texts
        text = t["summary"].format(
            files=len(result.files),
            files_word=_plural(len(result.files), t["file"]),
            errors=errors,
            e_word=_plural(errors, t["error"]),
            warnings=warnings,
            w_word=_plural(warnings, t["warning"]),
            infos=infos,
        )
        style = "bold red" if errors else "yellow" if warnings else "bold green"
        if not (errors or warnings or infos):
            text += " " + t["all_clean"]
        return Text(text, style=style)
