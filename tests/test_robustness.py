"""No input of any kind produces a traceback: a matrix of bad files through the real command, property
tests in-process and through the CLI, every input of the YAML test suite, and no network during a check."""

from __future__ import annotations

import json
import os
import socket
import string
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aibeleid_check import cli, engine, source
from aibeleid_check.rules import BUILTIN_RULES
from conftest import POLICIES, YAML_SUITE, run_cli

KNOWN_CODES = {rule.code for rule in BUILTIN_RULES}


def alias_bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def deep_block(levels: int) -> str:
    return "".join("  " * level + f"k{level}:\n" for level in range(levels)) + "  " * levels + "v\n"


MARKER = "PWNED-marker"

# name -> (bytes, expected rule, expected line)
BAD_INPUTS: dict[str, tuple[bytes, str, int]] = {
    "syntax": (b"organisatie: A\nregels: [a, b\n", "AIB001", 3),
    "duplicate": (b"organisatie: A\nversie: '1'\norganisatie: B\n", "AIB002", 3),
    "alias-bomb": (alias_bomb().encode(), "AIB007", 5),  # the key whose value expands past the budget
    "recursive-alias": (b"organisatie: A\nregels: &r\n  mag: *r\n", "AIB007", 3),
    "deep-block": (deep_block(200).encode(), "AIB007", 66),
    "deep-flow": (b"organisatie: " + b"[" * 5000 + b"]" * 5000 + b"\n", "AIB007", 1),
    "deep-flow-mapping": (b"a: " + b"{b: " * 100 + b"1" + b"}" * 100 + b"\n", "AIB007", 1),
    "python-tag": (
        f'organisatie: A\nversie: !!python/object/apply:os.system ["touch {MARKER}"]\n'.encode(),
        "AIB003",
        2,
    ),
    "python-name": (b"organisatie: !!python/name:os.system\n", "AIB003", 1),
    "custom-tag": (b"organisatie: A\ngeldt_voor: !medewerkers iedereen\n", "AIB003", 2),
    "binary-tag": (b"organisatie: !!binary aGVsbG8=\n", "AIB003", 1),
    "date-feb-30": (b"organisatie: A\ningangsdatum: 2026-02-30\n", "AIB202", 2),
    "date-apr-31": (b"organisatie: A\ningangsdatum: 31-04-2026\n", "AIB202", 2),
    "date-feb-29-2027": (b"organisatie: A\ningangsdatum: 29-02-2027\n", "AIB202", 2),
    "latin-1": ("organisatie: A\ngeldt_voor: Caf\u00e9\n".encode("latin-1"), "AIB004", 2),
    "utf-16": ("organisatie: A\n".encode("utf-16"), "AIB004", 1),
    "nul-byte": (b"organisatie: A\x00B\n", "AIB004", 1),
    "binary": (bytes(range(256)) * 4, "AIB004", 1),
    "empty": (b"", "AIB005", 1),
    "only-comments": (b"# AI-beleid\n# later invullen\n", "AIB005", 1),
    "only-document-marker": (b"---\n", "AIB005", 1),
    "top-level-list": (b"- organisatie: A\n", "AIB006", 1),
    "top-level-scalar": (b"AI-beleid van Bakkerij De Vries\n", "AIB006", 1),
    "top-level-null": (b"~\n", "AIB006", 1),
    "multiple-documents": (b"organisatie: A\n---\norganisatie: B\n", "AIB001", 2),
    "huge": (b"organisatie: A\n# " + b"x" * (1024 * 1024 + 10) + b"\n", "AIB007", 1),
    "tab-indent": (b"organisatie: A\nregels:\n\tmag: []\n", "AIB001", 3),
    "control-character": (b"organisatie: A\x07B\n", "AIB001", 1),
    "non-string-keys": (b"organisatie: A\n1: een\ntrue: twee\n", "AIB101", 2),
    "complex-key": (b"organisatie: A\n? [a]\n: b\n", "AIB009", 2),
    "merge-of-scalar": (b"organisatie: A\naanspreekpunt:\n  <<: tekst\n", "AIB009", 3),
}


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    paths = {}
    for name, (raw, _, _) in BAD_INPUTS.items():
        path = folder / f"{name}.yaml"
        path.write_bytes(raw)
        paths[name] = path
    broken = folder / "broken-link.yaml"
    broken.symlink_to(folder / "does-not-exist.yaml")
    paths["broken-link"] = broken
    before = {name: (p.read_bytes(), p.stat().st_mtime_ns) for name, p in paths.items() if p.exists()}
    proc = run_cli("check", "--format", "json", *map(str, paths.values()), cwd=folder)
    return folder, paths, before, proc


def test_bad_inputs_exit_1_with_valid_json_and_no_traceback(bad_files):
    _, paths, _, proc = bad_files
    assert proc.returncode == 1
    assert proc.stderr == ""
    doc = json.loads(proc.stdout)
    assert [Path(f["path"]).name for f in doc["files"]] == [p.name for p in paths.values()]
    assert all(not f["ok"] for f in doc["files"])


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_input_finding_and_line(bad_files, name):
    _, paths, _, proc = bad_files
    doc = json.loads(proc.stdout)
    (result,) = [f for f in doc["files"] if f["path"] == str(paths[name])]
    _, rule, line = BAD_INPUTS[name]
    assert (rule, line) in [(f["rule"], f["line"]) for f in result["findings"]], result["findings"]
    for finding in result["findings"]:
        assert finding["line"] >= 1 and finding["column"] >= 1
        assert finding["rule"] in KNOWN_CODES


def test_broken_link_is_unreadable(bad_files):
    _, paths, _, proc = bad_files
    (result,) = [f for f in json.loads(proc.stdout)["files"] if f["path"] == str(paths["broken-link"])]
    assert [(f["rule"], f["line"]) for f in result["findings"]] == [("AIB008", 1)]


def test_python_tag_ran_nothing(bad_files):
    folder, _, _, _ = bad_files
    assert not (folder / MARKER).exists()
    assert not (Path.cwd() / MARKER).exists()


def test_input_files_are_never_written(bad_files):
    _, paths, before, _ = bad_files
    for name, (raw, mtime) in before.items():
        assert paths[name].read_bytes() == raw, name
        assert paths[name].stat().st_mtime_ns == mtime, name


def test_utf8_bom_is_fine(write_policy):
    path = write_policy(b"\xef\xbb\xbf" + (POLICIES / "voorbeeld.yaml").read_bytes())
    proc = run_cli("check", "--format", "json", str(path))
    assert (proc.returncode, proc.stderr) == (0, "")
    assert json.loads(proc.stdout)["files"][0]["findings"] == []


def test_merge_keys_are_read(write_policy):
    text = (
        (POLICIES / "voorbeeld.yaml")
        .read_text(encoding="utf-8")
        .replace("  - naam: DeepL Pro\n", "  - <<: {naam: DeepL Pro}\n")
    )
    proc = run_cli("check", "--format", "json", str(write_policy(text)))
    assert (proc.returncode, proc.stderr) == (0, "")


def test_max_bytes_option(write_policy):
    path = write_policy((POLICIES / "voorbeeld.yaml").read_bytes())
    proc = run_cli("check", "--format", "json", "--max-bytes", "100", str(path))
    assert proc.returncode == 1
    (finding,) = json.loads(proc.stdout)["files"][0]["findings"]
    assert (finding["rule"], finding["line"]) == ("AIB007", 1)
    assert "100" in finding["message"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file with mode 000, so there is nothing to test")
def test_file_without_read_permission(write_policy):
    path = write_policy("organisatie: A\n")
    path.chmod(0)
    try:
        proc = run_cli("check", "--format", "json", str(path))
    finally:
        path.chmod(0o644)
    assert (proc.returncode, proc.stderr) == (1, "")
    assert json.loads(proc.stdout)["files"][0]["findings"][0]["rule"] == "AIB008"


def test_alias_bomb_is_answered_quickly():
    started = time.process_time()
    doc = source.parse_bytes(alias_bomb().encode())
    assert time.process_time() - started < 2
    assert [p.kind for p in doc.problems] == ["alias-limit"]


# --- property tests -------------------------------------------------------------------------------------

POLICY_KEYS = [
    "organisatie",
    "organisation",
    "regels",
    "rules",
    "mag",
    "mag_niet",
    "allowed",
    "forbidden",
    "id",
    "tekst",
    "text",
    "goedgekeurde_tools",
    "naam",
    "name",
    "verwerkersovereenkomst",
    "persoonsgegevens",
    "aanspreekpunt",
    "email",
    "telefoon",
    "geldt_voor",
    "ingangsdatum",
    "herzieningsdatum",
    "versie",
    "<<",
]
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.sampled_from(
        [
            "ja",
            "nee",
            "n.v.t.",
            "aangevraagd",
            "2026-02-30",
            "31-12-2026",
            "03/31/2026",
            "1 mrt. 2026",
            "n.t.b.",
            "[invullen]",
            "geen-persoonsgegevens",
            "concepten",
            "…",
            "a: b",
            "Voer geen klantgegevens in",
            "",
        ]
    ),
    st.text(max_size=30),
)
KEYS = st.one_of(st.sampled_from(POLICY_KEYS), st.text(max_size=12))
DOCUMENTS = st.recursive(
    SCALARS,
    lambda children: st.one_of(st.lists(children, max_size=5), st.dictionaries(KEYS, children, max_size=6)),
    max_leaves=40,
)
POLICY_LIKE = st.dictionaries(st.sampled_from(POLICY_KEYS), DOCUMENTS, max_size=8)


def dump(value) -> str:
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False)


@st.composite
def mutated_yaml(draw) -> bytes:
    text = dump(draw(st.one_of(POLICY_LIKE, DOCUMENTS)))
    for _ in range(draw(st.integers(0, 4))):
        position = draw(st.integers(0, len(text)))
        insert = draw(
            st.sampled_from(
                [
                    ":",
                    "- ",
                    "\t",
                    "&a ",
                    "*a",
                    "!tag ",
                    "!!python/name:x ",
                    "\n  ",
                    "'",
                    '"',
                    "[",
                    "{",
                    "? ",
                    "<<: ",
                    "---\n",
                    "%YAML 1.1\n",
                    "#",
                    "\x00",
                    "\x85",
                    "\ufeff",
                ]
            )
        )
        text = text[:position] + insert + text[position:]
    return text.encode("utf-8")


def assert_sane(result) -> None:
    for finding in result.findings:
        assert finding.line >= 1 and finding.column >= 1
        assert finding.rule in KNOWN_CODES
        assert finding.rule != "AIB900", finding.message.en  # no built-in rule may crash
        assert finding.message.nl and finding.message.en


RULESET = engine.RuleSet()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400) | st.text(alphabet=string.printable + "éë€\u2028\x00", max_size=400).map(str.encode))
def test_arbitrary_bytes_never_raise(raw):
    assert_sane(engine.check_document(source.parse_bytes(raw), RULESET))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_yaml())
def test_arbitrary_yaml_like_documents_never_raise(raw):
    assert_sane(engine.check_document(source.parse_bytes(raw), RULESET))


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(mutated_yaml())
def test_arbitrary_documents_through_the_cli(tmp_path, raw):
    path = tmp_path / "beleid.yaml"
    path.write_bytes(raw)
    proc = run_cli("check", "--format", "json", str(path))
    assert proc.returncode in (0, 1), proc.stderr
    assert proc.stderr == ""
    assert len(json.loads(proc.stdout)["files"]) == 1


# --- the YAML test suite ----------------------------------------------------------------------------

LIBYAML_ACCEPTS = {
    # Invalid YAML 1.2 that libyaml (and so PyYAML and yamllint) reads anyway: flow or quoted continuation lines
    # not indented, a tab in a quoted continuation, a comment glued to a value. The values are still read safely.
    "9C9N",
    "DK95-01",
    "QB6E",
    "S98Z",
    "SU5Z",
    "X4QW",
}


@pytest.fixture(scope="module")
def suite_results():
    assert YAML_SUITE.is_dir(), f"the vendored YAML test suite is missing at {YAML_SUITE}"
    inputs = sorted(YAML_SUITE.glob("*.yaml"))
    invalid = set((YAML_SUITE / "ERRORS.txt").read_text().split())
    results = {}
    for start in range(0, len(inputs), 150):
        batch = inputs[start : start + 150]
        proc = run_cli("check", "--format", "json", *map(str, batch))
        assert proc.returncode in (0, 1)
        assert proc.stderr == ""
        files = json.loads(proc.stdout)["files"]
        assert [f["path"] for f in files] == [str(p) for p in batch]
        results.update({Path(f["path"]).stem: f for f in files})
    return inputs, invalid, results


def test_every_yaml_suite_input_is_checked(suite_results):
    inputs, _, results = suite_results
    assert len(results) == len(inputs) >= 400
    for result in results.values():
        for finding in result["findings"]:
            assert finding["rule"] in KNOWN_CODES and finding["rule"] != "AIB900"
            assert finding["line"] >= 1 and finding["column"] >= 1


def test_invalid_yaml_suite_inputs_have_a_source_finding(suite_results):
    _, invalid, results = suite_results
    assert len(invalid) >= 90
    undetected = {name for name in invalid if not any(f["rule"].startswith("AIB0") for f in results[name]["findings"])}
    assert undetected == LIBYAML_ACCEPTS


# --- no network --------------------------------------------------------------------------------------


def test_a_check_opens_no_network_socket(monkeypatch, capsys):
    def refuse(*args, **kwargs):
        raise AssertionError("a check must not open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    paths = [str(POLICIES / "voorbeeld.yaml"), str(POLICIES / "fouten")]
    status = cli.main(["check", "--format", "json", "--isolated", *paths])
    out = capsys.readouterr()
    assert status == 1, out.err
    assert "AssertionError" not in out.err
    assert len(json.loads(out.out)["files"]) > 20


# --- no input makes a check slow ------------------------------------------------------------------------


def test_long_repetitive_values_are_checked_quickly():
    """Regexes that backtrack over the whole text from every repeated word took minutes on texts like these."""
    near_limit = 900 * 1024 // 9
    text = (
        "regels:\n  mag_niet:\n"
        f'    - "{"controle " * (near_limit // 3)}"\n'
        f'    - "{"besluit " * (near_limit // 3)}"\n'
        f'aanspreekpunt: "{"a." * (near_limit // 3)}b@{"c-" * 1000}"\n'
    )
    started = time.process_time()
    result = engine.check_document(source.parse_bytes(text.encode()), RULESET)
    assert time.process_time() - started < 5
    assert_sane(result)
