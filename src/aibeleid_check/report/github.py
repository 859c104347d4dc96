"""GitHub Actions: a workflow command a finding (``::error file=…,line=…,col=…,title=…::message``), a
notice when GitHub will not show them all, and a job summary.

- Values are escaped as the runner expects: in the message ``%``, CR and LF; in properties also ``:`` and
  ``,``. Other control characters from a policy are shown visibly (``\\x1b``), never sent raw.
- Paths are relative to the repository root (``GITHUB_WORKSPACE`` under Actions), so a step with
  ``working-directory:`` still annotates the right file.
- GitHub shows at most 10 error, 10 warning and 10 notice annotations per step. When there are more, a
  notice that says how many are hidden comes first (so it is never itself one of the hidden ones).
- With ``GITHUB_STEP_SUMMARY`` set, a Markdown summary is appended to that file: a table of the files with
  problems (counts and the top findings). GitHub renders HTML in it, so every text is escaped.
"""

from __future__ import annotations

import html
import os
from typing import TextIO

from aibeleid_check.findings import CheckResult, FileResult, Finding, Severity
from aibeleid_check.report.paths import printable_path, report_path, repository_root
from aibeleid_check.report.text import location_kind, visible
from aibeleid_check.texts import Catalogue, Message

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
SHOWN_PER_KIND = 10  # GitHub: at most 10 annotations of each kind per step
TOP_FINDINGS = 3
SUMMARY_FILES = 200  # rows of the summary table; the rest is counted (GitHub allows 1 MiB per step)
MESSAGE_CHARACTERS = 300

TEXTS = Catalogue(
    {
        "hidden": Message(
            nl="{hidden} van de {total} meldingen worden niet als annotatie getoond (GitHub toont er per stap "
            "10 per soort); alle meldingen staan in het log en in de samenvatting van de job.",
            en="{hidden} of the {total} findings are not shown as annotations (GitHub shows 10 of each kind "
            "per step); all findings are in the log and in the job summary.",
        ),
        "title": Message(nl="aibeleid-check", en="aibeleid-check"),
        "totals": Message(
            nl="{files} bestanden gecontroleerd: {bad} met meldingen; {errors} fouten, {warnings} waarschuwingen, "
            "{infos} info.",
            en="{files} files checked: {bad} with findings; {errors} errors, {warnings} warnings, {infos} info.",
        ),
        "clean": Message(nl="Alle bestanden in orde.", en="All files are clean."),
        "header": Message(
            nl="| Bestand | Fouten | Waarschuwingen | Info | Belangrijkste meldingen |",
            en="| File | Errors | Warnings | Info | Top findings |",
        ),
        "more_files": Message(
            nl="… en nog {count} bestanden met meldingen.", en="… and {count} more files with findings."
        ),
        "more_findings": Message(nl="en nog {count}", en="and {count} more"),
    }
)


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _visible_lines(text: str) -> str:
    """Control characters made visible, except the line breaks the runner itself encodes."""
    return "\n".join(visible(part) for part in text.replace("\r\n", "\n").split("\n"))


def annotation(finding: Finding, path: str, lang: str = "nl", kind: str = "line") -> str:
    title = f"{finding.rule} {finding.slug}".strip()
    properties = {"file": path, "line": str(max(finding.line, 1))}
    if kind != "paragraph":  # a Word document's location is its paragraph: no column
        properties["col"] = str(max(finding.column, 1))
    properties["title"] = title
    rendered = ",".join(f"{key}={escape_property(_visible_lines(value))}" for key, value in properties.items())
    return f"::{COMMANDS[finding.severity]} {rendered}::{escape_data(_visible_lines(finding.message.text(lang)))}"


def workspace_path(path: str) -> str:
    """The path relative to the repository root (``GITHUB_WORKSPACE``), with forward slashes."""
    return printable_path(report_path(path, repository_root()))


def hidden_count(result: CheckResult) -> tuple[int, int]:
    """(findings GitHub will not show as annotations, all findings)."""
    counts = [result.total(severity) for severity in COMMANDS]
    return sum(max(0, count - SHOWN_PER_KIND) for count in counts), sum(counts)


class Reporter:
    name = "github"
    machine = True

    def __init__(self, *, lang: str = "nl", color: bool | None = None) -> None:
        self.lang = lang

    def write(self, result: CheckResult, stream: TextIO) -> None:
        hidden, total = hidden_count(result)
        if hidden:
            stream.write(
                f"::notice title=aibeleid-check::{escape_data(TEXTS.text('hidden', self.lang, hidden=hidden, total=total))}\n"
            )
        paths = {file.path: workspace_path(file.path) for file in result.files}
        for file in result.files:
            kind = location_kind(file)
            stream.writelines(annotation(f, paths[file.path], self.lang, kind) + "\n" for f in file.findings)
        summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary_file:
            write_summary(result, paths, summary_file, self.lang)


# --- the job summary ----------------------------------------------------------------------------------


def write_summary(result: CheckResult, paths: dict[str, str], target: str, lang: str) -> None:
    """Append the summary to the runner's file; a summary that cannot be written never fails the check."""
    try:
        with open(target, "a", encoding="utf-8", errors="replace") as handle:
            handle.write(summary_markdown(result, paths, lang))
    except OSError:
        pass


def summary_markdown(result: CheckResult, paths: dict[str, str], lang: str) -> str:
    with_findings = [file for file in result.files if file.findings]
    with_findings.sort(key=lambda file: (-file.errors, -file.warnings, -file.infos, paths.get(file.path, file.path)))
    lines = [
        f"## {TEXTS.text('title', lang)}",
        "",
        TEXTS.text(
            "totals", lang, files=len(result.files), bad=len(with_findings), errors=result.total(Severity.ERROR),
            warnings=result.total(Severity.WARNING), infos=result.total(Severity.INFO),
        ),
        "",
    ]  # fmt: skip
    if not with_findings:
        return "\n".join([*lines, TEXTS.text("clean", lang), "", ""])
    lines += [TEXTS.text("header", lang), "|---|---:|---:|---:|---|"]
    for file in with_findings[:SUMMARY_FILES]:
        lines.append(_summary_row(file, paths.get(file.path, file.path), lang))
    if len(with_findings) > SUMMARY_FILES:
        lines += ["", TEXTS.text("more_files", lang, count=len(with_findings) - SUMMARY_FILES)]
    return "\n".join([*lines, "", ""])


def _summary_row(file: FileResult, path: str, lang: str) -> str:
    ranked = sorted(file.findings, key=lambda f: (-f.severity.rank, f.line, f.column, f.rule))
    top = [f"**{f.rule}** {_cell(f.message.text(lang))}" for f in ranked[:TOP_FINDINGS]]
    if len(ranked) > TOP_FINDINGS:
        top.append(_cell(TEXTS.text("more_findings", lang, count=len(ranked) - TOP_FINDINGS)))
    return f"| {_cell(path, code=True)} | {file.errors} | {file.warnings} | {file.infos} | {'<br>'.join(top)} |"


def _cell(text: str, code: bool = False) -> str:
    """A table cell's text: one line, HTML and Markdown characters escaped, no control characters."""
    text = " ".join(visible(text).split())
    if len(text) > MESSAGE_CHARACTERS:
        text = text[: MESSAGE_CHARACTERS - 1] + "…"
    text = html.escape(text, quote=False)
    for char in "\\`*_[]|#~":
        text = text.replace(char, "\\" + char)
    return f"<code>{text}</code>" if code else text
