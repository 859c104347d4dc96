"""The source stage in-process: plain values, positions, and every file problem as a SourceProblem."""

from __future__ import annotations

import codecs
import os

import pytest

from aibeleid_check import source
from conftest import POLICIES


def parse(text: str | bytes, **options) -> source.Document:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return source.parse_bytes(raw, **options)


def kinds(doc: source.Document) -> list[str]:
    return [problem.kind for problem in doc.problems]


def test_values_stay_the_text_the_author_wrote():
    doc = parse("telefoon: 0612345670\ningangsdatum: 2026-01-01\nja: yes\nleeg:\nnul: ~\ncitaat: 'null'\n")
    assert doc.data == {
        "telefoon": "0612345670",  # YAML 1.1 would make this an octal number
        "ingangsdatum": "2026-01-01",
        "ja": "yes",
        "leeg": None,
        "nul": None,
        "citaat": "null",  # quoted: the author meant the word
    }
    assert doc.problems == []


def test_every_key_and_value_keeps_its_position():
    doc = parse("organisatie: A\ngoedgekeurde_tools:\n  - naam: DeepL\n    verwerkersovereenkomst: ja\n")
    assert doc.key_marks[("organisatie",)] == (1, 1)
    assert doc.value_marks[("organisatie",)] == (1, 14)
    assert doc.value_marks[("goedgekeurde_tools", 0)] == (3, 5)
    assert doc.key_marks[("goedgekeurde_tools", 0, "verwerkersovereenkomst")] == (4, 5)
    assert doc.value_marks[("goedgekeurde_tools", 0, "verwerkersovereenkomst")] == (4, 29)


def test_lines_are_kept_for_reporters():
    doc = parse("organisatie: A\nversie: '1'\n")
    assert doc.lines == ("organisatie: A", "versie: '1'")


@pytest.mark.parametrize(
    ("text", "kind", "line", "column"),
    [
        ("a: [1, 2\n", "syntax", 2, 1),
        ("a: b\n  c: d\n", "syntax", 2, 4),
        ("organisatie: A\norganisatie: B\n", "duplicate-key", 2, 1),
        ("a: &a [*a]\n", "alias-cycle", 1, 1),
        ("a:\n  b: &b\n    c: *b\n", "alias-cycle", 3, 5),
        ("organisatie: !!python/object/apply:os.system ['true']\n", "tag", 1, 14),
        ("organisatie: !eigen x\n", "tag", 1, 14),
        ("organisatie: !!binary aGVsbG8=\n", "tag", 1, 14),
        ("? [a]\n: b\n", "bad-key", 1, 3),
        ("- a\n", "not-mapping", 1, 1),
        ("tekst\n", "not-mapping", 1, 1),
        ("null\n", "not-mapping", 1, 1),
        ("", "empty", 1, 1),
        ("# alleen commentaar\n\n", "empty", 1, 1),
        ("---\n", "empty", 1, 1),
        ("---\n...\n", "empty", 1, 1),
        ("a: 1\n---\nb: 2\n", "syntax", 2, 1),
        ("a:\tb\n\tc: d\n", "syntax", 2, 1),
        ("a: b\x07c\n", "syntax", 1, 5),
    ],
)
def test_source_problems_and_where(text, kind, line, column):
    doc = parse(text)
    problem = next(p for p in doc.problems if p.kind == kind)
    assert (problem.line, problem.column) == (line, column)


def test_duplicate_key_remembers_the_first_line_and_keeps_the_last_value():
    doc = parse("organisatie: A\nversie: '1'\norganisatie: B\n")
    assert doc.data["organisatie"] == "B"
    (problem,) = doc.problems
    assert (problem.key, problem.first_line) == ("organisatie", 1)
    assert problem.path == ("organisatie",)


def test_alias_bomb_stops_at_the_budget():
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    doc = parse("\n".join(lines) + "\n")
    assert kinds(doc) == ["alias-limit"]
    assert doc.data is None


def test_a_few_aliases_are_fine():
    doc = parse("basis: &b {naam: DeepL}\ngoedgekeurde_tools:\n  - *b\n  - *b\n")
    assert doc.problems == []
    assert doc.data["goedgekeurde_tools"] == [{"naam": "DeepL"}, {"naam": "DeepL"}]


def test_merge_keys_explicit_keys_win():
    doc = parse("b: &b {naam: DeepL, verwerkersovereenkomst: nee}\nt:\n  <<: *b\n  verwerkersovereenkomst: ja\n")
    assert doc.data["t"] == {"naam": "DeepL", "verwerkersovereenkomst": "ja"}
    assert doc.problems == []


def test_merge_of_a_scalar_is_a_bad_merge():
    doc = parse("t:\n  <<: tekst\n  naam: A\n")
    assert kinds(doc) == ["bad-merge"]
    assert doc.data["t"] == {"naam": "A"}


@pytest.mark.parametrize("depth", [100, 900])
def test_deep_flow_nesting(depth):
    doc = parse("a: " + "[" * depth + "]" * depth + "\n")
    assert kinds(doc) == ["too-deep"]


def test_deep_block_nesting():
    text = "".join("  " * level + f"k{level}:\n" for level in range(200)) + "  " * 200 + "v\n"
    doc = parse(text)
    assert kinds(doc) == ["too-deep"]
    assert doc.problems[0].line == 66


def test_libyaml_nesting_limit_is_a_depth_problem_not_a_syntax_error():
    doc = parse("a: " + "[" * 5000 + "]" * 5000 + "\n")
    assert kinds(doc) == ["too-deep"]


def test_tagged_value_is_dropped_but_the_rest_is_read():
    doc = parse("organisatie: !!python/name:os.system\nversie: '2'\n")
    assert doc.data == {"organisatie": None, "versie": "2"}


def test_explicit_core_tags_are_plain_values():
    doc = parse("versie: !!str 1.0\nnul: !!null ''\nlijst: !!seq [a]\n")
    assert doc.data == {"versie": "1.0", "nul": None, "lijst": ["a"]}
    assert doc.problems == []


def test_non_string_scalar_keys_are_read_as_text():
    doc = parse("1: a\ntrue: b\n")
    assert doc.data == {"1": "a", "true": "b"}


@pytest.mark.parametrize(
    ("raw", "kind", "line", "column"),
    [
        ("organisatie: Café\n".encode("latin-1"), "encoding", 1, 17),
        (b"a: b\nc: d\x00\n", "binary", 2, 5),
        ("organisatie: A\n".encode("utf-16"), "other-unicode", 1, 1),
        ("organisatie: A\n".encode("utf-32"), "other-unicode", 1, 1),
        ("organisatie: A\n".encode("utf-16-le"), "binary", 1, 2),
    ],
)
def test_encodings(raw, kind, line, column):
    doc = parse(raw)
    assert [(p.kind, p.line, p.column) for p in doc.problems] == [(kind, line, column)]


def test_utf16_is_named_in_the_problem():
    assert parse("a: b\n".encode("utf-16")).problems[0].encoding == "UTF-16"


def test_utf8_bom_is_fine():
    doc = parse(codecs.BOM_UTF8 + "organisatie: Café\n".encode())
    assert doc.problems == []
    assert doc.data == {"organisatie": "Café"}


def test_size_limit():
    doc = parse("a: " + "x" * 100 + "\n", max_bytes=50)
    assert [(p.kind, p.size, p.limit) for p in doc.problems] == [("too-large", 104, 50)]


def test_read_reports_a_missing_file_as_unreadable(tmp_path):
    doc = source.read(str(tmp_path / "weg.yaml"))
    assert kinds(doc) == ["unreadable"]


def test_read_reports_a_directory_as_unreadable(tmp_path):
    doc = source.read(str(tmp_path))
    assert kinds(doc) == ["unreadable"]


def test_read_checks_the_size_before_reading(tmp_path):
    path = tmp_path / "groot.yaml"
    path.write_bytes(b"# " + b"x" * 2000 + b"\n")
    assert [p.kind for p in source.read(str(path), max_bytes=1000).problems] == ["too-large"]


def test_too_many_plain_values_is_not_called_an_alias_bomb():
    doc = source.parse_bytes(b"".join(b"k%d: v\n" % i for i in range(source.MAX_NODES + 10)))
    assert kinds(doc) == ["too-many-values"]
    assert doc.data is None


# --- issue 12: hostile and odd inputs (each test was seen failing before its fix) --------------------------


def test_merge_of_many_aliases_counts_against_the_value_budget():
    """12.2: `<<: [*b, *b, …]` to one big mapping visited every merged key for every alias (86 KB: 12 s)."""
    big = "".join(f"  k{i}: v\n" for i in range(1000))
    text = f"b: &b\n{big}x:\n  <<: [{', '.join(['*b'] * 4000)}]\n"
    doc = parse(text)
    assert kinds(doc) == ["alias-limit"]


def test_a_merged_key_counts_once_per_merge():
    text = "b: &b {a: 1, c: 2}\n" + "".join(f"m{i}: {{<<: *b}}\n" for i in range(3))
    doc = parse(text)
    assert doc.problems == []
    assert doc.data["m2"] == {"a": "1", "c": "2"}


def test_huge_flow_mapping_of_repeated_keys_stops_while_composing():
    """12.7: all nodes were composed before the budget was looked at (1 MiB: 2.5 s, 365 MB)."""
    text = "{" + "a: 1, " * 170_000 + "}\n"
    doc = parse(text.encode(), max_bytes=2 * 1024 * 1024)
    assert kinds(doc) == ["too-many-values"]
    assert len(doc.problems) == 1


def test_cr_only_line_endings_with_a_leading_comment_are_not_empty():
    """12.9: a classic-Mac file starting with a comment was called empty and its errors never shown."""
    doc = parse(b"# AI-gebruiksbeleid\rorganisatie: A\rorganisatie: B\r")
    assert kinds(doc) == ["duplicate-key"]
    assert (doc.problems[0].line, doc.problems[0].column) == (3, 1)
    assert doc.lines == ("# AI-gebruiksbeleid", "organisatie: A", "organisatie: B")


def test_a_control_character_is_reported_on_its_own_line():
    """12.10: a control character on line 41 was reported at 1:1."""
    text = "".join(f"k{i}: v\n" for i in range(40)) + "organisatie: A\x07B\n"
    (problem,) = parse(text).problems
    assert (problem.kind, problem.line, problem.column) == ("syntax", 41, 15)


@pytest.mark.parametrize("newline", [b"\r", b"\r\n", b"\n"])
def test_bad_bytes_are_placed_on_their_line_with_any_line_ending(newline):
    """12.10: in CR-only files bad bytes were put on line 1."""
    raw = newline.join([b"a: 1", b"b: 2", b"c: caf\xe9"]) + newline
    (problem,) = parse(raw).problems
    assert (problem.kind, problem.line, problem.column) == ("encoding", 3, 7)
    raw = newline.join([b"a: 1", b"b: \x00"])
    (problem,) = parse(raw).problems
    assert (problem.kind, problem.line, problem.column) == ("binary", 2, 4)


def test_a_valid_nested_merge_gives_no_errors():
    """12.11: `<<: *a` where a itself merges *b gave two false errors."""
    doc = parse("b: &b {x: 1}\na: &a\n  <<: *b\n  y: 2\nc:\n  <<: *a\n  z: 3\n")
    assert doc.problems == []
    assert doc.data["c"] == {"z": "3", "y": "2", "x": "1"}


def test_a_nested_merge_keeps_the_precedence_of_yaml():
    doc = parse("b: &b {x: from-b, w: b}\na: &a\n  <<: *b\n  x: from-a\nc:\n  <<: *a\n")
    assert doc.data["c"] == {"x": "from-a", "w": "b"}


def test_a_merge_cycle_is_a_finding_not_a_hang():
    doc = parse("a: &a\n  <<: *a\n  x: 1\n")
    assert kinds(doc) in (["alias-cycle"], [])


@pytest.mark.parametrize(
    "text",
    [
        "x:\n  <<: !!python/object:os.system {a: 1}\n",
        "b: &b !!python/object:os.system {a: 1}\nx:\n  <<: *b\n",
        "x:\n  <<: [!!python/object/apply:os.system {a: 1}]\n",
        'x:\n  <<: !!python/name:os.system ""\n  naam: x\n',  # a tag on a scalar merge value
        "x:\n  <<: [!!python/name:os.system a]\n",
        "x:\n  <<: [[!!python/name:os.system a]]\n",  # inside a skipped list
        "x:\n  <<: !!python/tuple [a]\n",
    ],
)
def test_an_object_tag_on_a_merge_source_is_reported(text):
    """12.23: a `!!python/object` tag on a merge source gave no AIB003."""
    assert "tag" in kinds(parse(text))


def test_a_fifo_is_never_opened(tmp_path):
    """12.1: a FIFO named *.yaml blocked the batch for ever; only regular files are opened."""
    fifo = tmp_path / "beleid.yaml"
    os.mkfifo(fifo)
    doc = source.read(str(fifo))
    assert [(p.kind, p.found) for p in doc.problems] == [("not-regular", "fifo")]


def test_a_device_is_never_read():
    doc = source.read("/dev/zero")
    assert [(p.kind, p.found) for p in doc.problems] == [("not-regular", "character-device")]


def test_a_reader_that_cannot_be_imported_is_a_finding_not_a_crash(monkeypatch):
    monkeypatch.setitem(source.READERS, ".xyz", "aibeleid_check.source.does_not_exist")
    doc = source.parse_bytes(b"organisatie: A\n", path="beleid.xyz")
    assert [p.kind for p in doc.problems] == ["no-reader"]
    assert doc.unchecked


def test_an_unregistered_extension_is_read_as_yaml():
    assert source.parse_bytes(b"organisatie: A\n", path="beleid.txt").data == {"organisatie": "A"}


def test_compose_bounded_for_config_and_catalogue_files_keeps_yaml_typing_and_stops_early():
    """12.4/12.7 for the other YAML files a run reads: the node limit holds while composing."""
    import time

    from aibeleid_check.source import yaml as reader

    node = reader.compose_bounded("select: [AIB3]\nstrict: true\njobs: 2\n")
    assert reader.construct(node) == {"select": ["AIB3"], "strict": True, "jobs": 2}
    started = time.process_time()
    with pytest.raises(reader.ComposeLimit) as raised:
        reader.compose_bounded("{" + "a: 1, " * 170_000 + "}\n")
    assert time.process_time() - started < 1.0
    assert raised.value.line == 1


def test_libyaml_and_the_counting_composer_read_every_example_alike(monkeypatch):
    """Short texts are composed by libyaml, long ones with the node count: the two give the same document."""
    from aibeleid_check.source import loader

    paths = sorted((POLICIES).glob("**/*.yaml"))
    assert len(paths) > 20
    fast = [parse(path.read_bytes()) for path in paths]
    monkeypatch.setattr(loader, "COUNT_FROM", 0)
    counted = [parse(path.read_bytes()) for path in paths]
    for path, one, other in zip(paths, fast, counted, strict=True):
        assert (one.data, one.value_marks, one.key_marks, one.problems) == (
            other.data,
            other.value_marks,
            other.key_marks,
            other.problems,
        ), path.name


@pytest.mark.parametrize("text", ["a: 1\rb: 2\r", "a: 1\r\nb: 2\r\n", "a: 1\nb: 2\n", "a: 1\x85b: 2", "a\u2028b\n"])
def test_lines_follow_yaml_line_breaks(text):
    from aibeleid_check.source.text import split_lines

    assert len(split_lines(text)) == 2
