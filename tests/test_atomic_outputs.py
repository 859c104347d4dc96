"""outputs.py: atomic writes that never replace an input, also not through a hard link."""

from __future__ import annotations

import os

import pytest

from aibeleid_check.errors import OutputError, UsageError
from aibeleid_check.outputs import Inputs, display_path, write_atomic, write_via_path


def test_text_bytes_and_callback_are_written(tmp_path):
    write_atomic(tmp_path / "a.txt", "tekst é\n")
    write_atomic(tmp_path / "b.bin", b"\x00\x01")
    write_atomic(tmp_path / "sub" / "c.txt", lambda stream: stream.write("via callback"))
    write_atomic(tmp_path / "d.bin", lambda stream: stream.write(b"%PDF"), binary=True)
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "tekst é\n"
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "sub" / "c.txt").read_text() == "via callback"
    assert (tmp_path / "d.bin").read_bytes() == b"%PDF"
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "b.bin", "d.bin", "sub"]  # no temporary left


def test_a_failing_writer_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "rapport.json"
    target.write_text("gisteren", encoding="utf-8")

    def half_then_crash(stream):
        stream.write("{half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomic(target, half_then_crash)
    assert target.read_text(encoding="utf-8") == "gisteren"
    assert os.listdir(tmp_path) == ["rapport.json"]


def test_a_hard_link_to_an_input_is_refused(tmp_path):
    policy = tmp_path / "beleid.yaml"
    policy.write_text("organisatie: X\n", encoding="utf-8")
    os.link(policy, tmp_path / "beleid.pdf")
    with pytest.raises(OutputError) as caught:
        write_atomic(tmp_path / "beleid.pdf", b"%PDF", inputs=[str(policy)])
    assert isinstance(caught.value, UsageError) and "invoerbestand" in str(caught.value)
    assert policy.read_text(encoding="utf-8") == "organisatie: X\n"


def test_a_symbolic_link_to_an_input_is_refused(tmp_path):
    policy = tmp_path / "beleid.yaml"
    policy.write_text("organisatie: X\n", encoding="utf-8")
    (tmp_path / "link.pdf").symlink_to(policy)
    with pytest.raises(OutputError):
        write_via_path(tmp_path / "link.pdf", lambda tmp: open(tmp, "wb").close(), inputs=Inputs.of([policy]))
    assert policy.read_text(encoding="utf-8") == "organisatie: X\n"


def test_an_existing_file_keeps_its_mode(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("oud")
    target.chmod(0o640)
    write_atomic(target, "nieuw")
    assert target.stat().st_mode & 0o777 == 0o640


def test_unwritable_folder_is_an_output_error(tmp_path):
    (tmp_path / "bestand").write_text("x")
    with pytest.raises(OutputError, match="bestand"):
        write_atomic(tmp_path / "bestand" / "out.json", "{}")


def test_a_non_utf8_file_name_is_written_and_shown(tmp_path):
    name = os.fsdecode(b"rapport-\xff.txt")
    write_atomic(tmp_path / name, f"over {name}\n")
    assert (tmp_path / name).read_bytes() == b"over rapport-\\udcff.txt\n"
    assert display_path(name) == "rapport-\\xff.txt"
