"""Word and Markdown twins of the YAML mistakes in ``policies/fouten/``, made with the document writers.

Each YAML file names its mistake (``# verwacht: AIB302 regel 17``). Its twin is the same policy written as
a document; the twin must give the same code (AIB104 for an unknown key, which a document shows as an
unknown label) on the paragraph or line that holds the value the YAML line holds.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aibeleid_check.engine import RuleSet, check_document
from aibeleid_check.source import parse_bytes
from aibeleid_check.writers import draft_from, write
from conftest import POLICIES

YAML_ONLY = {
    "AIB001": "YAML syntax: a document has no YAML to break",
    "AIB002": "a key given twice: the writers write each value once (a document's own duplicate is tested apart)",
    "AIB003": "a YAML tag: documents have none",
    "AIB004": "not UTF-8: a document's encoding is the library's",
    "AIB005": "an empty file: the empty document is tested apart",
    "AIB006": "a top level that is not a mapping: a document always is one",
    "AIB007": "an alias bomb: documents have no aliases (zip bombs are tested apart)",
    "AIB009": "a key that is not text: documents have only text",
    "AIB404": "an unquoted ': ' in a rule: YAML quoting, documents need none",
}
TWIN_CODES = {"AIB101": "AIB104"}
_EXPECTED = re.compile(rb"verwacht: (AIB\d+) regel (\d+)")
_RULESET = RuleSet()


def assert_twin(path: Path, form: str) -> None:
    """The twin of ``path`` in ``form`` gives the expected code where the value of the YAML line stands."""
    if path.name[:6] in YAML_ONLY:
        pytest.skip(YAML_ONLY[path.name[:6]])
    code, hits, yaml_value = twin_findings(path, form)
    assert hits, f"{TWIN_CODES.get(code, code)} missing in the {form} twin"
    assert any(yaml_value in text.replace("\\", "") for _, text in hits), (yaml_value, hits)


def fouten() -> list[Path]:
    return sorted((POLICIES / "fouten").glob("*.yaml"))


def twin_findings(path: Path, form: str) -> tuple[str, list[tuple[int, str]], str]:
    """The expected code, the twin's hits of it as (line, that line's text), and the value on the YAML line."""
    raw = path.read_bytes()
    match = _EXPECTED.search(raw)
    assert match, f"{path.name} does not say what it expects"
    code, line = match.group(1).decode(), int(match.group(2))
    doc = parse_bytes(raw, path=str(path))
    assert code in {f.rule for f in check_document(doc, _RULESET).findings}
    suffix = ".docx" if form == "docx" else ".md"
    twin = parse_bytes(write(draft_from(doc), form), path=f"twin{suffix}")
    wanted = TWIN_CODES.get(code, code)
    hits = [
        (finding.line, twin.lines[finding.line - 1])
        for finding in check_document(twin, _RULESET).findings
        if finding.rule == wanted
    ]
    return code, hits, _value_on(doc.lines[line - 1])


def _value_on(yaml_line: str) -> str:
    """``  - naam: DeepL Pro`` -> ``DeepL Pro``; ``mag_niet:`` -> the heading the document writes for it."""
    text = yaml_line.split(" #")[0].strip().lstrip("- ").strip()
    key, colon, value = text.partition(":")
    value = value.strip().strip("\"'")
    if colon and value:
        return value
    shown = {"mag_niet": "DIT NIET", "regels": "DIT", "mag": "DIT MAG", "": "✓"}
    return shown.get(key.strip(), key.strip())
