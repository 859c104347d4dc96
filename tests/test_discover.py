"""Which files a check run looks at: directories walked, hidden folders skipped, link loops safe."""

from __future__ import annotations

import os

import pytest

from aibeleid_check.cli import UsageError
from aibeleid_check.discover import collect
from conftest import POLICIES, run_cli

POLICY = (POLICIES / "voorbeeld.yaml").read_text(encoding="utf-8")


def make(root, *names):
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(POLICY, encoding="utf-8")


def rel(root, paths):
    return [os.path.relpath(path, root) for path in paths]


def test_walks_yaml_and_yml_in_sorted_order_files_before_subfolders(tmp_path):
    make(tmp_path, "b.yaml", "a.yml", "sub/z.yaml", "sub/deeper/y.yaml", "aa/x.yaml", "notes.txt", "c.YAML.bak")
    assert rel(tmp_path, collect([str(tmp_path)])) == [
        "a.yml",
        "b.yaml",
        os.path.join("aa", "x.yaml"),
        os.path.join("sub", "z.yaml"),
        os.path.join("sub", "deeper", "y.yaml"),
    ]


def test_hidden_folders_and_files_are_skipped(tmp_path):
    make(tmp_path, ".git/beleid.yaml", ".venv/lib/x.yaml", ".pre-commit-config.yaml", "klant/beleid.yaml")
    assert rel(tmp_path, collect([str(tmp_path)])) == [os.path.join("klant", "beleid.yaml")]


def test_explicit_files_are_kept_as_given_even_with_another_suffix(tmp_path):
    make(tmp_path, "beleid.txt", "b.yaml")
    given = [str(tmp_path / "beleid.txt"), str(tmp_path / "b.yaml")]
    assert collect(given) == given


def test_a_file_named_twice_is_checked_once(tmp_path):
    make(tmp_path, "a.yaml")
    assert rel(tmp_path, collect([str(tmp_path / "a.yaml"), str(tmp_path), str(tmp_path / "a.yaml")])) == ["a.yaml"]


def test_symlink_loop_ends_and_each_real_folder_is_walked_once(tmp_path):
    make(tmp_path, "klanten/a.yaml", "klanten/sub/b.yaml")
    (tmp_path / "klanten" / "sub" / "terug").symlink_to(tmp_path / "klanten", target_is_directory=True)
    (tmp_path / "klanten" / "zelf").symlink_to(".", target_is_directory=True)
    found = rel(tmp_path, collect([str(tmp_path / "klanten")]))
    assert found == [os.path.join("klanten", "a.yaml"), os.path.join("klanten", "sub", "b.yaml")]


def test_symlinked_folder_outside_the_tree_is_not_followed(tmp_path):
    """Issue 12: a client folder's link out of it (``up -> /usr``) pulled in foreign files."""
    make(tmp_path, "elders/c.yaml")
    (tmp_path / "klanten").mkdir()
    (tmp_path / "klanten" / "gedeeld").symlink_to(tmp_path / "elders", target_is_directory=True)
    assert rel(tmp_path, collect([str(tmp_path / "klanten")])) == []
    assert rel(tmp_path, collect([str(tmp_path / "klanten" / "gedeeld")])) == [
        os.path.join("klanten", "gedeeld", "c.yaml")
    ]


def test_broken_symlink_named_yaml_is_kept_so_it_is_reported(tmp_path):
    (tmp_path / "weg.yaml").symlink_to(tmp_path / "bestaat-niet.yaml")
    assert rel(tmp_path, collect([str(tmp_path)])) == ["weg.yaml"]


def test_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError):
        collect([str(tmp_path / "nergens")])


def test_deep_tree_does_not_overflow(tmp_path, monkeypatch):
    folder = tmp_path
    for _ in range(1100):  # deeper than Python's recursion limit
        folder = folder / "d"
        folder.mkdir()  # one at a time: makedirs itself recurses
    (folder / "diep.yaml").write_text(POLICY, encoding="utf-8")
    resolved = []
    realpath = os.path.realpath
    monkeypatch.setattr(os.path, "realpath", lambda path, **kw: resolved.append(path) or realpath(path, **kw))
    try:
        assert len(collect([str(tmp_path)])) == 1
        assert len(resolved) <= 1  # not one per folder: that is O(depth²) system calls (15 s here)
    finally:  # bottom up: pytest's own clean-up of old temporary folders recurses and would overflow
        (folder / "diep.yaml").unlink()
        while folder != tmp_path:
            folder.rmdir()
            folder = folder.parent


def test_cli_checks_a_directory_and_reports_the_broken_symlink(tmp_path):
    make(tmp_path, "klanten/a.yaml")
    (tmp_path / "klanten" / "b.yaml").symlink_to(tmp_path / "bestaat-niet.yaml")
    (tmp_path / "klanten" / "lus").symlink_to(tmp_path / "klanten", target_is_directory=True)
    proc = run_cli("check", "--format", "concise", "--today", "2026-06-01", "klanten", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.startswith(os.path.join("klanten", "b.yaml") + ":1:1: AIB008")
    assert "a.yaml" not in proc.stdout
