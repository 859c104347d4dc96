"""A YAML text with a very long run of blanks is read by PyYAML's pure-Python scanner (libyaml reads a scalar of
spaces then words in quadratic time); it must give the same values and findings as libyaml does."""

from __future__ import annotations

from aibeleid_check.source import SourceKind, loader, parse_bytes
from aibeleid_check.source import yaml as yaml_reader

RUN = " " * (loader.LONG_BLANK_RUN + 1)
PADDING = "# " + "x" * loader.COUNT_FROM + "\n"  # over COUNT_FROM: the size where the choice is made


def test_a_long_blank_run_chooses_the_pure_python_scanner_and_a_policy_does_not():
    assert yaml_reader._loader_for(PADDING + f"organisatie: 'A{RUN}B'\n") is loader.BlankRunLoader
    assert yaml_reader._loader_for(PADDING + "organisatie: A\n" + " " * loader.LONG_BLANK_RUN + "\n") is loader.Loader
    assert yaml_reader._loader_for(f"organisatie: 'A{RUN}B'\n") is loader.FastLoader  # small: libyaml is quick


def test_the_pure_python_scanner_gives_the_same_values_and_positions():
    text = PADDING + f"organisatie: 'A{RUN}B'\ningangsdatum: 1 maart 2026\nversie: ~\n"
    doc = parse_bytes(text.encode(), path="beleid.yaml")
    assert doc.data == {"organisatie": f"A{RUN}B", "ingangsdatum": "1 maart 2026", "versie": None}
    assert doc.problems == []
    assert doc.value_marks[("ingangsdatum",)] == (3, 15)


def test_the_pure_python_scanner_still_reports_syntax_errors_and_depth():
    broken = parse_bytes((PADDING + f"organisatie: 'A{RUN}B\nversie: [1\n").encode(), path="b.yaml")
    assert [problem.kind for problem in broken.problems] == [SourceKind.SYNTAX]
    deep = parse_bytes((PADDING + RUN + "\na: " + "[" * 5000 + "]" * 5000 + "\n").encode(), path="d.yaml")
    assert [problem.kind for problem in deep.problems] == [SourceKind.TOO_DEEP]
