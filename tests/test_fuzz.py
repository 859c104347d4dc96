"""Fuzz harness (issue 12): generated policies, config-like YAML, mutated bytes and file names go through the
reader, the engine, every reporter, the overview and the A4 data. Nothing may raise; the machine formats must
stay valid JSON and XML; a file that could not be checked must fail.

Time-boxed: a fixed number of examples per test, no deadline per example (the machine is shared), derandomised
so that a failure reproduces. The whole file runs in a few seconds.
"""

from __future__ import annotations

import io
import json
import os
import xml.etree.ElementTree as ET
from datetime import date

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aibeleid_check import engine, source
from aibeleid_check.findings import CheckResult, FileResult, Severity
from aibeleid_check.model import CONTACT_KEYS, POLICY_KEYS, RULE_ITEM_KEYS, RULES_KEYS, TOOL_KEYS
from aibeleid_check.report import REPORTERS, get_reporter

FUZZ = settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
RULESETS = {
    profile: engine.RuleSet(settings=engine.Settings(profile=profile, today=date(2026, 6, 1)))
    for profile in ("basis", "streng")
}

# --- strategies ---------------------------------------------------------------------------------------------

_KEYS = sorted({k for table in (POLICY_KEYS, RULES_KEYS, TOOL_KEYS, CONTACT_KEYS, RULE_ITEM_KEYS) for k in table})
_WORDS = st.sampled_from(
    ["ja", "nee", "n.v.t.", "niet-nodig", "aangevraagd", "2026-01-01", "31-04-2026", "April 15, 2026", "04/15/2026",
     "geen-persoonsgegevens", "concepten", "n.t.b.", "…", "0612345670", "a@b.nl", "~", "null", "yes", "<<", "",
     "Deel geen klantgegevens", "\x1b[2K", "\u202e", "é", "9999-12-31"]
)  # fmt: skip
_TEXT = st.one_of(_WORDS, st.text(max_size=30))
_KEY = st.one_of(st.sampled_from(_KEYS), st.text(min_size=1, max_size=12))
_VALUE = st.recursive(
    st.one_of(_TEXT, st.none(), st.booleans(), st.integers(-10, 10**12)),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(_KEY, children, max_size=5)),
    max_leaves=25,
)
_POLICY = st.fixed_dictionaries(
    {},
    optional={
        "organisatie": _TEXT,
        "regels": st.dictionaries(st.sampled_from(["mag", "mag_niet", "moet", "allowed", "x"]), _VALUE, max_size=3),
        "goedgekeurde_tools": st.lists(
            st.dictionaries(st.sampled_from(sorted(TOOL_KEYS)), _VALUE, max_size=4), max_size=3
        ),
        "aanspreekpunt": _VALUE,
        "geldt_voor": _VALUE,
        "ingangsdatum": _VALUE,
        "herzieningsdatum": _TEXT,
        "afspraken": _VALUE,
        "onbekend": _VALUE,
    },
)
_SPLICE = st.sampled_from(
    [b": ", b"\n  - ", b"&a ", b"*a", b"<<: *a\n", b"!!python/object:x ", b"\t", b"\r", b"\x00", b"\xff", b"{", b"]",
     b"'", b'"', b"\n---\n", b"# aibeleid-check: ignore-file[AIB001] reden: x\n", b"\x1b[8m", b"? ", b"|\n", b"\xef\xbb\xbf"]
)  # fmt: skip


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    """A generated policy as YAML text, with a few hostile bytes spliced in at random places."""
    raw = yaml.safe_dump(draw(_POLICY), allow_unicode=True, sort_keys=False).encode("utf-8", "surrogatepass")
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(raw)))
        raw = raw[:at] + draw(_SPLICE) + raw[at:]
    return raw


_NAME = st.one_of(
    st.text(min_size=1, max_size=20),
    st.binary(min_size=1, max_size=20).map(os.fsdecode),  # not UTF-8: lone surrogates after decoding
    st.sampled_from(["beleid.yaml", "a\nb.yaml", "\x1b[2K.yaml", "<script>.yaml", 'a&b".md', "x.docx", "x.md"]),
)

# --- the properties -----------------------------------------------------------------------------------------


def _every_output(result: FileResult) -> None:
    """Every reporter, the overview and the A4 data on one result: no exception, valid documents."""
    check = CheckResult(files=[result], fail_level=Severity.ERROR)
    lang = "en" if len(result.path) % 2 else "nl"  # both languages over the run, one per example
    for name in REPORTERS:
        stream = io.StringIO()
        get_reporter(name, lang=lang, color=False).write(check, stream)
        text = stream.getvalue()
        if name in ("json", "sarif"):
            json.loads(text)
        elif name == "junit":
            ET.fromstring(text)
    from aibeleid_check.report import overview, overview_csv, overview_html

    built = overview.build(check)
    overview_csv.render(built, "nl")
    overview_html.render(built, "en")
    from aibeleid_check.a4.data import build_data

    build_data(result, lang="nl", today=date(2026, 6, 1))


def _checked(raw: bytes, path: str = "beleid.yaml", profile: str = "basis") -> FileResult:
    document = source.parse_bytes(raw, path=path)
    result = engine.check_document(document, RULESETS[profile])
    if document.unchecked:
        assert result.fails(Severity.ERROR) and result.errors >= 1  # never a pass for a broken file
    return result


@FUZZ
@given(policy=_POLICY, profile=st.sampled_from(["basis", "streng"]))
def test_generated_policies(policy, profile):
    raw = yaml.safe_dump(policy, allow_unicode=True).encode("utf-8", "surrogatepass")
    _every_output(_checked(raw, profile=profile))


@FUZZ
@given(raw=_mutated())
def test_mutated_policies(raw):
    _every_output(_checked(raw))


@FUZZ
@given(raw=st.binary(max_size=300))
def test_random_bytes(raw):
    _every_output(_checked(raw))


@FUZZ
@given(config=st.dictionaries(st.text(max_size=12), _VALUE, max_size=6), splice=st.lists(_SPLICE, max_size=2))
def test_config_like_yaml_through_the_reader(config, splice):
    """Config and catalogue files are YAML read with the same limits: the reader must hold for any shape."""
    raw = yaml.safe_dump(config, allow_unicode=True).encode("utf-8", "surrogatepass") + b"".join(splice)
    document = source.parse_bytes(raw, path=".aibeleid-check.yaml")
    assert document.readable or document.problems


@FUZZ
@given(name=_NAME, raw=_mutated())
def test_file_names(name, raw):
    """Any name, also one that is not UTF-8 or holds control characters or markup, through every output."""
    _every_output(_checked(raw, path=name))


# --- command-line arguments ------------------------------------------------------------------------------

_OPTION = st.one_of(
    st.sampled_from(
        [["--strict"], ["--isolated"], ["--no-entry-points"], ["--format", "json"], ["--format", "sarif"],
         ["--format", "junit"], ["--format", "github"], ["--format", "concise"], ["--format", "rich"],
         ["--format", "xml"], ["--profile", "streng"], ["--profile", "x"], ["--lang", "en"], ["--lang", "fr"],
         ["--jobs", "0"], ["--jobs", "-1"], ["--jobs", "65"], ["--jobs", "x"], ["--max-bytes", "-1"],
         ["--max-bytes", "10"], ["--color", "always"], ["--select"], ["--ignore", "AIB"], ["--plugin", "nergens"],
         ["--config", "/dev/zero"], ["--config", "weg.toml"], ["--output", "uit.json"], ["--output", "x:uit"],
         ["--report", "overzicht.csv"], ["--report", "overzicht.pdf"], ["--bestaat-niet"], ["-h"]]
    ),
    st.tuples(st.sampled_from(["--select", "--ignore", "--format", "--jobs", "--lang"]), st.text(max_size=8)).map(list),
)  # fmt: skip


@FUZZ
@given(options=st.lists(_OPTION, max_size=4), which=st.sampled_from(["clean", "broken", "missing", "folder"]))
def test_cli_arguments(options, which):
    """Any mix of options in-process: exit 0, 1 or 2 as specified, never a traceback; a broken file never 0."""
    import contextlib
    import tempfile
    from pathlib import Path

    from aibeleid_check import cli
    from conftest import POLICIES

    with tempfile.TemporaryDirectory() as folder:
        paths = {
            "clean": str(POLICIES / "voorbeeld.yaml"),
            "broken": str(POLICIES / "fouten" / "AIB001-yaml-syntax.yaml"),
            "missing": str(Path(folder) / "weg.yaml"),
            "folder": str(POLICIES / "fouten"),
        }
        args = ["check", *[part for option in options for part in option], paths[which]]
        out, err = io.StringIO(), io.StringIO()
        cwd = os.getcwd()
        os.chdir(folder)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    status = cli.main(args)
                except SystemExit as exit_:  # argparse's --help and usage errors
                    status = exit_.code if isinstance(exit_.code, int) else 2
        finally:
            os.chdir(cwd)
    assert status in (0, 1, 2), (args, status, err.getvalue()[-500:])
    assert "Traceback" not in err.getvalue(), (args, err.getvalue()[-2000:])
    if which in ("broken", "folder") and "-h" not in args:
        assert status != 0, args
