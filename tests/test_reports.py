"""The concise, JSON and Rich reporters: exact shapes, languages, and they only write what they are given."""

from __future__ import annotations

import io
import json
import re

from rich.cells import cell_len

from aibeleid_check import __version__
from aibeleid_check.findings import CheckResult, FileResult, Finding, Message, Severity
from aibeleid_check.report import get_reporter
from conftest import POLICIES, run_cli

FOUTEN = POLICIES / "fouten"


def finding(
    rule="AIB302", severity=Severity.ERROR, line=3, column=5, nl="Fout [invullen].", en="Error [fill in].", field="x"
):
    return Finding(rule=rule, severity=severity, message=Message(nl=nl, en=en), field=field, line=line, column=column)


def result(*files: FileResult, fail_level=Severity.ERROR) -> CheckResult:
    return CheckResult(files=list(files), fail_level=fail_level)


SOURCE = ("organisatie: A", "goedgekeurde_tools:", "  - naam: [bold]DeepL[/bold]")
MIXED = result(
    FileResult(
        path="a.yaml",
        findings=[
            finding(),
            finding("AIB501", Severity.WARNING, 2, 1, "Let op.", "Mind.", "aanspreekpunt"),
            finding("AIB203", Severity.INFO, 1, 14, "Ter info.", "FYI.", "ingangsdatum"),
        ],
        source_lines=SOURCE,
    ),
    FileResult(path="b.yaml", findings=[], source_lines=("organisatie: B",)),
)


def write(name: str, check: CheckResult, **options) -> str:
    stream = io.StringIO()
    get_reporter(name, **options).write(check, stream)
    return stream.getvalue()


# --- concise ---------------------------------------------------------------------------------------------


def test_concise_one_line_per_finding():
    assert write("concise", MIXED).splitlines() == [
        "a.yaml:3:5: AIB302 [error] Fout [invullen].",
        "a.yaml:2:1: AIB501 [warning] Let op.",
        "a.yaml:1:14: AIB203 [info] Ter info.",
    ]


def test_concise_english():
    assert write("concise", MIXED, lang="en").splitlines()[0] == "a.yaml:3:5: AIB302 [error] Error [fill in]."


def test_concise_is_quiet_when_clean():
    assert write("concise", result(FileResult(path="b.yaml"))) == ""


# --- JSON --------------------------------------------------------------------------------------------------


def test_json_shape_is_exactly_the_contract():
    doc = json.loads(write("json", MIXED))
    for file in doc["files"]:  # which rule items counted as which template rule (RECOG's part of the document)
        assert isinstance(file.pop("recognised", []), list)
    assert doc == {
        "version": __version__,
        "files": [
            {
                "path": "a.yaml",
                "ok": False,
                "location_kind": "line",
                "findings": [
                    {
                        "rule": "AIB302",
                        "severity": "error",
                        "message": "Fout [invullen].",
                        "field": "x",
                        "line": 3,
                        "column": 5,
                    },
                    {
                        "rule": "AIB501",
                        "severity": "warning",
                        "message": "Let op.",
                        "field": "aanspreekpunt",
                        "line": 2,
                        "column": 1,
                    },
                    {
                        "rule": "AIB203",
                        "severity": "info",
                        "message": "Ter info.",
                        "field": "ingangsdatum",
                        "line": 1,
                        "column": 14,
                    },
                ],
            },
            {"path": "b.yaml", "ok": True, "location_kind": "line", "findings": []},
        ],
        "summary": {"files": 2, "errors": 1, "warnings": 1, "infos": 1},
    }


def test_json_ok_follows_the_fail_level():
    warning_only = FileResult(path="w.yaml", findings=[finding("AIB501", Severity.WARNING)])
    assert json.loads(write("json", result(warning_only)))["files"][0]["ok"] is True
    assert json.loads(write("json", result(warning_only, fail_level=Severity.WARNING)))["files"][0]["ok"] is False


def test_json_keeps_unicode_and_is_one_document():
    text = write("json", result(FileResult(path="café.yaml", findings=[finding(nl="Geen ë → é")])))
    assert "café.yaml" in text and "Geen ë → é" in text
    assert json.loads(text)["summary"]["errors"] == 1
    assert text.endswith("}\n") and text.count("\n}\n") == 1


def test_json_through_the_cli_has_only_the_document_on_stdout():
    proc = run_cli("check", "--format", "json", "--today", "2026-06-01", str(FOUTEN / "AIB004-geen-utf8.yaml"))
    assert proc.stderr == ""
    doc = json.loads(proc.stdout)
    assert set(doc) == {"version", "files", "summary"}
    assert set(doc["files"][0]) == {"path", "ok", "location_kind", "findings", "recognised"}
    assert set(doc["files"][0]["findings"][0]) == {"rule", "severity", "message", "field", "line", "column"}
    assert doc["summary"] == {"files": 1, "errors": 1, "warnings": 0, "infos": 0}


# --- Rich ----------------------------------------------------------------------------------------------


def test_rich_shows_the_source_line_a_caret_and_a_summary():
    text = write("rich", MIXED, color=False)
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if "AIB302" in line)
    assert "3:5" in lines[index] and "[fout]" in lines[index]
    assert lines[index + 1] == "     3 │   - naam: [bold]DeepL[/bold]"  # markup in the file is shown, not obeyed
    assert lines[index + 2] == " " * 13 + "^"
    assert "✓ b.yaml: in orde" in text
    assert lines[-1] == "2 bestanden gecontroleerd, 1 met fouten. Meldingen: 1 fout, 1 waarschuwing, 1 info."
    assert "\x1b[" not in text


def test_rich_english():
    text = write("rich", MIXED, lang="en", color=False)
    assert "[error]" in text and "Error [fill in]." in text
    assert text.splitlines()[-1] == "2 files checked, 1 with errors. Findings: 1 error, 1 warning, 1 info."


def test_rich_all_clean():
    text = write("rich", result(FileResult(path="b.yaml")), color=False)
    assert text.splitlines()[-1] == (
        "1 bestand gecontroleerd, 0 met fouten. Meldingen: 0 fouten, 0 waarschuwingen, 0 info. Alles in orde."
    )


def test_rich_without_a_source_line_still_reports():
    unreadable = FileResult(path="weg.yaml", findings=[finding("AIB008", line=1, column=1)], readable=False)
    text = write("rich", result(unreadable), color=False)
    assert "AIB008" in text and "│" not in text


def test_rich_colours_when_asked():
    assert "\x1b[" in write("rich", MIXED, color=True)


def test_rich_through_the_cli():
    path = FOUTEN / "AIB301-tool-zonder-naam.yaml"
    proc = run_cli("check", "--format", "rich", "--color", "never", "--today", "2026-06-01", str(path))
    assert proc.returncode == 1
    assert "    17 │   - verwerkersovereenkomst: ja" in proc.stdout
    assert re.search(
        r"1 bestand gecontroleerd, 1 met fouten\. Meldingen: 1 fout, 0 waarschuwingen, \d+ info\.", proc.stdout
    )


def test_rich_caret_lines_up_after_wide_characters_and_tabs():
    lines = ('geldt_voor: ["日本", [b]]', "aanspreekpunt:\t[x]")
    check = result(
        FileResult(
            path="w.yaml",
            findings=[finding(line=1, column=20), finding(line=2, column=16)],
            source_lines=lines,
        )
    )
    out = write("rich", check, color=False).splitlines()
    first, second = (i for i, line in enumerate(out) if "AIB302" in line)
    assert out[first + 1] == '     1 │ geldt_voor: ["日本", [b]]'
    source_line = out[first + 1]
    assert out[first + 2].index("^") == cell_len(source_line[: source_line.index("[b]")])  # 日本 is 4 cells wide
    assert out[second + 1] == "     2 │ aanspreekpunt: [x]"
    assert out[second + 2].index("^") == out[second + 1].index("[x]")


def test_concise_keeps_one_finding_on_one_line():
    check = result(FileResult(path="n.yaml", findings=[finding(nl="'ja\nnee' is\tgeen ja of nee.")]))
    assert write("concise", check) == "n.yaml:3:5: AIB302 [error] 'ja nee' is geen ja of nee.\n"


# --- what a hostile or unusual file holds --------------------------------------------------------------

HOSTILE = result(
    FileResult(
        path="beleid\x1b]0;titel\x07.yaml",
        findings=[finding(nl="Onbekende sleutel 'x\x1b[2K\x1b[8mverborgen'.", line=1, column=1)],
        source_lines=("x\x1b[2K\x1b[8mverborgen: 1",),
    )
)


def test_escape_sequences_from_a_policy_are_shown_visibly_in_every_human_format():
    for name in ("concise", "rich"):
        text = write(name, HOSTILE, color=False)
        assert "\x1b" not in text and "\x07" not in text, name
        assert "\\x1b[2K\\x1b[8mverborgen" in text, name
        assert "beleid\\x1b]0;titel\\x07.yaml" in text, name
    coloured = write("concise", HOSTILE, color=True)
    assert "\\x1b[2K" in coloured and "\x1b[2K" not in coloured, "our own colour codes only"


def test_rich_caret_counts_a_visible_escape_as_its_width():
    check = result(FileResult(path="c.yaml", findings=[finding(line=1, column=4)], source_lines=("a\x1bb: x",)))
    out = write("rich", check, color=False).splitlines()
    index = next(i for i, line in enumerate(out) if "AIB302" in line)
    assert out[index + 1] == "     1 │ a\\x1bb: x"
    assert out[index + 2].index("^") == out[index + 1].index(":"), "column 4 is the ':' after a, ESC, b"


WORD = FileResult(
    path="beleid.docx",
    findings=[finding("AIB401", line=14, column=1, nl="Het verbod op persoonsgegevens ontbreekt.")],
    source_lines=tuple(f"alinea {n}" for n in range(1, 14)) + ("Klantgegevens mogen in ChatGPT.",),
    location_kind="paragraph",
)


def test_word_documents_are_located_by_paragraph():
    assert (
        write("concise", result(WORD)) == "beleid.docx:¶14: AIB401 [error] Het verbod op persoonsgegevens ontbreekt.\n"
    )
    rich = write("rich", result(WORD), color=False)
    assert "¶14  AIB401 [fout]" in rich
    assert "   ¶14 │ “Klantgegevens mogen in ChatGPT.”" in rich, "the paragraph is quoted"
    assert "^" not in rich
    doc = json.loads(write("json", result(WORD)))
    assert doc["files"][0]["location_kind"] == "paragraph" and doc["files"][0]["findings"][0]["line"] == 14


def test_a_huge_message_is_cut_for_the_terminal_only():
    huge = result(FileResult(path="h.yaml", findings=[finding(nl="x" * 1_000_000)], source_lines=("y" * 1_000_000,)))
    assert len(write("rich", huge, color=False)) < 10_000
    assert len(json.loads(write("json", huge))["files"][0]["findings"][0]["message"]) == 1_000_000


def test_json_survives_a_file_name_that_is_not_utf8():
    name = "caf\udce9.yaml"  # os.fsdecode(b"caf\xe9.yaml")
    stream = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")  # strict, as a real stdout
    get_reporter("json").write(result(FileResult(path=name, findings=[finding()])), stream)
    stream.flush()
    doc = json.loads(stream.buffer.getvalue().decode("utf-8"))
    assert doc["files"][0]["path"] == "caf\ufffd.yaml"


def test_rich_caret_past_the_terminal_width_points_at_the_text():
    text = "Tools are fine for drafts. " * 9 + "Personal data never goes into them."
    column = text.index("Personal") + 1
    check = result(FileResult(path="l.md", findings=[finding(line=1, column=column)], source_lines=(text,)))
    out = write("rich", check, color=False).splitlines()
    index = next(i for i, line in enumerate(out) if "AIB302" in line)
    quoted, caret = out[index + 1], out[index + 2]
    assert "…" in quoted and caret.strip() == "^", out[index : index + 3]
    assert quoted[caret.index("^") :].startswith("Personal"), (quoted, caret)
