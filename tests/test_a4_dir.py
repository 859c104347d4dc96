"""``check --a4-dir DIR``: one A4 PDF per client, safely and uniquely named, rendered in parallel."""

from __future__ import annotations

import os

import pytest

from aibeleid_check.a4.many import plan, slug
from aibeleid_check.findings import FileResult
from aibeleid_check.model import Policy
from conftest import POLICIES, run_cli

EXAMPLE = (POLICIES / "voorbeeld.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("organisation", "expected"),
    [
        ("Bakkerij De Vries B.V.", "bakkerij-de-vries-bv"),
        ("Café Één & Zn.", "cafe-een-zn"),
        ("D'Amico Holding", "damico-holding"),
        ("../../etc/passwd", "etc-passwd"),
        ("a\\b/c:d", "a-b-c-d"),
        ("日本語", ""),
        ("x" * 200, "x" * 60),
    ],
)
def test_slug_is_ascii_without_separators(organisation, expected):
    assert slug(organisation) == expected


def result(path: str, organisation: str | None, readable: bool = True) -> FileResult:
    policy = Policy(organisatie=organisation) if readable else None
    return FileResult(path=path, policy=policy, readable=readable)


def test_plan_names_are_unique_and_fall_back_to_the_file_name():
    files = [
        result("a/beleid.yaml", "Bakkerij De Vries B.V."),
        result("b/beleid.yaml", "Bakkerij de Vries BV"),
        result("c/beleid.yaml", "BAKKERIJ DE VRIES B.V."),
        result("d/jansen.yaml", None),
        result("e/stuk.yaml", None, readable=False),
        result("f/日本.yaml", "日本語"),
    ]
    assert [(file.path, name) for file, name in plan(files)] == [
        ("a/beleid.yaml", "bakkerij-de-vries-bv.pdf"),
        ("b/beleid.yaml", "bakkerij-de-vries-bv-2.pdf"),
        ("c/beleid.yaml", "bakkerij-de-vries-bv-3.pdf"),
        ("d/jansen.yaml", "jansen.pdf"),
        ("f/日本.yaml", "beleid.pdf"),
    ]


@pytest.mark.slow
def test_one_pdf_per_client_in_parallel(tmp_path):
    pypdf = pytest.importorskip("pypdf", reason="pypdf (dev extra) reads the page count back")
    clients = tmp_path / "klanten"
    clients.mkdir()
    names = ["Bakkerij De Vries B.V.", "Bakkerij De Vries B.V.", "Café Één", "Garage Smit", "Kapsalon Koç"]
    for index, name in enumerate(names):
        (clients / f"k{index}.yaml").write_text(EXAMPLE.replace("Bakkerij De Vries B.V.", name), encoding="utf-8")
    (clients / "stuk.yaml").write_text("organisatie: [open\n", encoding="utf-8")
    out = tmp_path / "a4"
    proc = run_cli(
        "check", "--format", "concise", "--today", "2026-06-01", "--jobs", "2", "--a4-dir", str(out), str(clients)
    )
    assert proc.returncode == 1  # the unreadable file
    assert sorted(p.name for p in out.iterdir()) == [
        "bakkerij-de-vries-bv-2.pdf",
        "bakkerij-de-vries-bv.pdf",
        "cafe-een.pdf",
        "garage-smit.pdf",
        "kapsalon-koc.pdf",
    ]
    for pdf in out.iterdir():
        assert len(pypdf.PdfReader(pdf).pages) == 1
    assert "stuk.yaml" in proc.stderr and "5 A4's" in proc.stderr
    assert "stuk.yaml:2:1: AIB001" in proc.stdout


@pytest.mark.slow
def test_a4_dir_of_clean_clients_exits_0_and_speaks_english(tmp_path):
    policy = tmp_path / "beleid.yaml"
    policy.write_text(EXAMPLE, encoding="utf-8")
    proc = run_cli(
        "check",
        "--format",
        "concise",
        "--lang",
        "en",
        "--today",
        "2026-06-01",
        "--a4-dir",
        str(tmp_path / "uit"),
        str(policy),
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "uit" / "bakkerij-de-vries-bv.pdf").read_bytes().startswith(b"%PDF")
    assert "wrote 1 A4 pages" in proc.stderr


@pytest.mark.slow
def test_progress_bar_while_making_the_pages_on_a_terminal(tmp_path):
    from test_batch import run_with_terminal_stderr

    clients = tmp_path / "klanten"
    clients.mkdir()
    for index in range(12):
        (clients / f"k{index:02d}.yaml").write_text(EXAMPLE.replace("De Vries", f"Nummer {index}"), encoding="utf-8")
    code, _stdout, terminal = run_with_terminal_stderr(
        "check",
        "--format",
        "rich",
        "--jobs",
        "2",
        "--today",
        "2026-06-01",
        "--a4-dir",
        str(tmp_path / "a4"),
        str(clients),
    )
    assert code == 0
    assert "A4's maken" in terminal and "12/12" in terminal
    assert len(list((tmp_path / "a4").glob("*.pdf"))) == 12


def test_a4_dir_that_is_a_file_is_a_usage_error(tmp_path):
    policy = tmp_path / "beleid.yaml"
    policy.write_text(EXAMPLE, encoding="utf-8")
    (tmp_path / "uit").write_text("geen map", encoding="utf-8")
    proc = run_cli("check", "--format", "concise", "--a4-dir", str(tmp_path / "uit"), str(policy))
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith("is een bestand, geen map")
    assert (tmp_path / "uit").read_text(encoding="utf-8") == "geen map"


def test_strict_a4_dir_gives_no_page_to_a_policy_with_open_errors(tmp_path):
    clients = tmp_path / "klanten"
    clients.mkdir()
    (clients / "goed.yaml").write_text(EXAMPLE, encoding="utf-8")
    (clients / "fout.yaml").write_text(
        EXAMPLE.replace("Bakkerij De Vries B.V.", "Garage Smit").replace(
            "ingangsdatum: 1 maart 2026", "ingangsdatum: 2026-02-30"
        ),
        encoding="utf-8",
    )
    out = tmp_path / "a4"
    proc = run_cli(
        "check", "--format", "concise", "--strict", "--today", "2026-06-01", "--a4-dir", str(out), str(clients)
    )
    assert proc.returncode == 1
    assert [p.name for p in out.iterdir()] == ["bakkerij-de-vries-bv.pdf"]
    assert "fout.yaml': 1 open fouten (--strict)" in proc.stderr


def test_a_file_name_that_is_not_utf8_still_gets_its_page_and_shows_escaped(tmp_path):
    clients = tmp_path / "klanten"
    clients.mkdir()
    name = os.fsdecode(b"caf\xe9.yaml")
    (clients / name).write_text(EXAMPLE, encoding="utf-8")
    out = tmp_path / "a4"
    proc = run_cli("check", "--format", "concise", "--today", "2026-06-01", "--a4-dir", str(out), str(clients))
    assert proc.returncode == 0, proc.stderr
    assert [p.name for p in out.iterdir()] == ["bakkerij-de-vries-bv.pdf"]
    assert "1 A4's geschreven" in proc.stderr
    single = run_cli(
        "check", "--format", "concise", "--today", "2026-06-01", "--a4", str(tmp_path / "a.pdf"), str(clients / name)
    )
    assert single.returncode == 0, single.stderr
    assert (tmp_path / "a.pdf").stat().st_size > 0


def test_build_data_shows_a_non_utf8_file_name_escaped():
    from aibeleid_check.a4 import build_data
    from aibeleid_check.model import Policy

    result = FileResult(path=os.fsdecode(b"klanten/caf\xe9.yaml"), policy=Policy(organisatie="Café"))
    source = build_data(result)["source"]
    assert source == "klanten/caf\\xe9.yaml"
    source.encode("utf-8")  # no lone surrogate left for Typst's UTF-8 data


def test_failed_page_message_shows_control_characters_in_the_file_name(tmp_path, monkeypatch):
    from aibeleid_check import a4

    def broken(*args, **kwargs):
        raise a4.RenderError("kapot")

    monkeypatch.setattr(a4, "render", broken)
    clients = tmp_path / "klanten"
    clients.mkdir()
    (clients / "a\x1b[2K\nb.yaml").write_text(EXAMPLE, encoding="utf-8")
    proc = run_cli("check", "--format", "concise", "--jobs", "1", "--a4-dir", str(tmp_path / "a4"), str(clients))
    failed = [line for line in proc.stderr.splitlines() if "mislukt" in line]
    assert len(failed) == 1 and "a\\x1b[2K\\x0ab.yaml" in failed[0], proc.stderr
    assert "\x1b" not in proc.stderr
