"""GitHub Actions annotations: one workflow command a finding, escaped as the runner reads them."""

from __future__ import annotations

import io
import re

from aibeleid_check.findings import Finding, Message, Severity
from aibeleid_check.report.github import annotation, escape_data, escape_property
from conftest import POLICIES, run_cli

COMMAND = re.compile(r"^::(error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def _unescape(text: str) -> str:
    for encoded, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(encoded, char)
    return text


def _parse(line: str) -> tuple[str, dict[str, str], str]:
    """Read a workflow command the way the runner does: split properties on ',' and '='."""
    match = COMMAND.match(line)
    assert match, line
    props = dict(part.split("=", 1) for part in match["props"].split(","))
    return match[1], {key: _unescape(value) for key, value in props.items()}, _unescape(match["message"])


def test_escaping_follows_the_runner_rules():
    assert escape_data("50% klaar\r\nen: verder, ok") == "50%25 klaar%0D%0Aen: verder, ok"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_annotation_round_trips_through_the_runner_parsing():
    finding = Finding("AIB101", Severity.WARNING, Message(nl="Sleutel 'a,b: c' 100%\nweg", en="x"), "f", 3, 7, "slug")
    command, props, message = _parse(annotation(finding, "map, met: dubbelepunt/beleid.yaml"))
    assert command == "warning"
    assert props == {"file": "map, met: dubbelepunt/beleid.yaml", "line": "3", "col": "7", "title": "AIB101 slug"}
    assert message == "Sleutel 'a,b: c' 100%\nweg"


def test_cli_prints_annotations_with_levels(write_policy, tmp_path):
    write_policy("organisatie: Bakkerij\nonbekend: 1\ningangsdatum: 2026-02-30\n", name="beleid.yaml")
    proc = run_cli("check", "--format", "github", "beleid.yaml", cwd=tmp_path)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert lines and all(COMMAND.match(line) for line in lines), proc.stdout
    parsed = [_parse(line) for line in lines]
    assert ("error", "AIB202") in {(command, props["title"].split()[0]) for command, props, _ in parsed}
    assert ("warning", "AIB101") in {(command, props["title"].split()[0]) for command, props, _ in parsed}
    date = next(props for _, props, _ in parsed if props["title"].startswith("AIB202"))
    assert date == {"file": "beleid.yaml", "line": "3", "col": "15", "title": "AIB202 datum-ongeldig"}


def test_auto_format_chooses_github_under_actions(write_policy, tmp_path):
    write_policy("organisatie: Bakkerij\n", name="beleid.yaml")
    proc = run_cli("check", "beleid.yaml", cwd=tmp_path, env={"GITHUB_ACTIONS": "true"})
    assert proc.stdout.startswith("::error file=beleid.yaml,"), proc.stdout


def test_info_findings_become_notices():
    finding = Finding("AIB204", Severity.INFO, Message(nl="oud", en="old"), "", 1, 1, "beleid-verouderd")
    assert annotation(finding, "a.yaml", "en") == "::notice file=a.yaml,line=1,col=1,title=AIB204 beleid-verouderd::old"


def test_clean_policy_prints_nothing():
    proc = run_cli("check", "--format", "github", str(POLICIES / "voorbeeld.yaml"))
    assert proc.returncode == 0 and proc.stdout == ""


BROKEN = "organisatie: Bakkerij\nonbekend: 1\ningangsdatum: 2026-02-30\n"


def test_paths_are_relative_to_github_workspace_from_a_working_directory(tmp_path):
    (tmp_path / "beleid").mkdir()
    (tmp_path / "beleid" / "ai-beleid.yaml").write_text(BROKEN, encoding="utf-8")
    proc = run_cli("check", "--format", "github", "ai-beleid.yaml", cwd=tmp_path / "beleid",
                   env={"GITHUB_WORKSPACE": str(tmp_path)})  # fmt: skip
    files = {_parse(line)[1]["file"] for line in proc.stdout.splitlines()}
    assert files == {"beleid/ai-beleid.yaml"}, proc.stdout


def test_a_notice_first_counts_the_annotations_github_will_hide(tmp_path):
    for index in range(12):
        (tmp_path / f"ai-beleid-{index:02d}.yaml").write_text(BROKEN, encoding="utf-8")
    proc = run_cli("check", "--format", "github", ".", cwd=tmp_path)
    lines = proc.stdout.splitlines()
    kinds = [line.split(" ", 1)[0] for line in lines[1:]]
    errors, warnings = kinds.count("::error"), kinds.count("::warning")
    assert errors > 10 and warnings > 10
    assert lines[0].startswith("::notice title=aibeleid-check::"), lines[0]
    hidden = (errors - 10) + (warnings - 10) + max(0, kinds.count("::notice") - 10)
    assert f"{hidden} van de {len(lines) - 1} meldingen" in lines[0]


def test_no_hidden_notice_when_github_shows_everything(tmp_path):
    (tmp_path / "ai-beleid.yaml").write_text(BROKEN, encoding="utf-8")
    proc = run_cli("check", "--format", "github", "ai-beleid.yaml", cwd=tmp_path)
    assert "title=aibeleid-check::" not in proc.stdout


def test_job_summary_is_a_markdown_table_of_the_files_with_findings(tmp_path):
    summary = tmp_path / "summary.md"
    summary.write_text("# eerdere stap\n", encoding="utf-8")
    (tmp_path / "ai-beleid.yaml").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "x|<b>y.yaml").write_text(BROKEN.replace("Bakkerij", '"<img src=x>"'), encoding="utf-8")
    (tmp_path / "goed.yaml").write_text((POLICIES / "voorbeeld.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    run_cli("check", "--format", "github", ".", cwd=tmp_path, env={"GITHUB_STEP_SUMMARY": str(summary)})
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# eerdere stap\n"), "the summary is appended, never replaces the file"
    assert "| Bestand | Fouten | Waarschuwingen | Info | Belangrijkste meldingen |" in text
    assert "3 bestanden gecontroleerd: 2 met meldingen" in text
    rows = [line for line in text.splitlines() if line.startswith("| <code>")]
    assert len(rows) == 2 and not any("goed.yaml" in row for row in rows)
    errors = [int(row.split(" | ")[1]) for row in rows]
    assert errors == sorted(errors, reverse=True), "worst file first"
    mine = next(row for row in rows if "ai-beleid.yaml" in row)
    assert mine.count("**AIB") == 3 and "en nog" in mine, "the top three findings, errors first, then a count"
    assert "**AIB101**" not in mine, "a warning is not among the top three when there are more errors"
    assert "<b>" not in text and "&lt;b&gt;" in text and "x\\|" in text, "names are text, not markup or columns"
    for row in rows:
        assert row.count(" | ") == 4, row


def test_control_characters_from_a_policy_are_shown_visibly():
    finding = Finding("AIB101", Severity.WARNING, Message(nl="sleutel 'a\x1b[2Kb'\nregel twee", en="x"), "f", 3, 7, "s")
    line = annotation(finding, "beleid\x1b[8m.yaml")
    assert "\x1b" not in line
    assert "a\\x1b[2Kb" in line and "beleid\\x1b[8m.yaml" in line
    assert _parse(line)[2] == "sleutel 'a\\x1b[2Kb'\nregel twee"


def test_word_paragraph_locations_have_no_column():
    finding = Finding("AIB401", Severity.ERROR, Message(nl="mist", en="missing"), "regels", 14, 1, "s")
    _, props, _ = _parse(annotation(finding, "beleid.docx", kind="paragraph"))
    assert props == {"file": "beleid.docx", "line": "14", "title": "AIB401 s"}


def test_lines_written_with_writelines_keep_their_order_behind_what_is_pending():
    from aibeleid_check.commands.check import _Chunked

    out = io.StringIO()
    chunked = _Chunked(out)
    chunked.write("eerst\n")
    chunked.writelines(["dan\n", "daarna\n"])
    chunked.flush()
    assert out.getvalue() == "eerst\ndan\ndaarna\n"
