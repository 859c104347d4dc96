"""``aibeleid-check init --lang en``: English option names beside the Dutch ones, and a YAML policy whose
comments are the English template (its keys stay the format's canonical Dutch keys: docs/format.md)."""

from __future__ import annotations

import re

import pytest
import yaml

from aibeleid_check import template
from conftest import run_cli

ENGLISH_FLAGS = (
    "--organisation", "Acme: Widgets & Co",
    "--tool", "DeepL Pro:ja",
    "--tool", "Copilot:ja:ja",
    "--contact", "Mary Smith",
    "--email", "mary@example.com",
    "--phone", "+44 20 7946 0000",
    "--applies-to", "All staff and temps",
    "--start-date", "2026-03-01",
)  # fmt: skip
DUTCH_FLAGS = (
    "--organisatie", "Acme: Widgets & Co",
    "--tool", "DeepL Pro:ja",
    "--tool", "Copilot:ja:ja",
    "--aanspreekpunt", "Mary Smith",
    "--email", "mary@example.com",
    "--telefoon", "+44 20 7946 0000",
    "--geldt-voor", "All staff and temps",
    "--ingangsdatum", "2026-03-01",
)  # fmt: skip
PAIRS = (
    ("--organisation", "--organisatie"),
    ("--contact", "--aanspreekpunt"),
    ("--phone", "--telefoon"),
    ("--applies-to", "--geldt-voor"),
    ("--start-date", "--ingangsdatum"),
)


def _options_block(help_text: str) -> str:
    return help_text.split("\n\n", 2)[-1]


def test_english_help_names_the_english_options_first():
    out = run_cli("init", "--help", "--lang", "en").stdout
    options = _options_block(out)
    for english, dutch in PAIRS:
        assert re.search(rf"{english} \w+, {dutch} \w+", options), (english, out)
    usage = out.split("\n\n", 1)[0]
    assert "[--organisation NAME]" in usage and "[--start-date DATE]" in usage, usage
    assert "--organisatie" not in usage and "--ingangsdatum" not in usage, usage


def test_dutch_help_keeps_the_dutch_options_first():
    out = run_cli("init", "--help").stdout
    options = _options_block(out)
    for english, dutch in PAIRS:
        assert re.search(rf"{dutch} \w+, {english} \w+", options), (dutch, out)
    usage = out.split("\n\n", 1)[0]
    assert "[--organisatie NAAM]" in usage and "[--ingangsdatum DATUM]" in usage, usage
    assert "--organisation" not in usage, usage


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_english_and_dutch_option_names_write_the_same_file(tmp_path, lang):
    english, dutch = tmp_path / "english.yaml", tmp_path / "dutch.yaml"
    for path, flags in ((english, ENGLISH_FLAGS), (dutch, DUTCH_FLAGS)):
        proc = run_cli("init", str(path), *flags, "--no-input", "--lang", lang)
        assert proc.returncode == 0, proc.stderr
    strip = lambda text: text.replace("english.yaml", "X").replace("dutch.yaml", "X")  # noqa: E731
    assert strip(english.read_text(encoding="utf-8")) == strip(dutch.read_text(encoding="utf-8"))
    data = yaml.safe_load(english.read_text(encoding="utf-8"))
    assert data["aanspreekpunt"] == {"naam": "Mary Smith", "email": "mary@example.com", "telefoon": "+44 20 7946 0000"}
    assert data["geldt_voor"] == "All staff and temps" and str(data["ingangsdatum"]) == "2026-03-01"


def test_a_bad_start_date_names_the_english_option(tmp_path):
    proc = run_cli("init", str(tmp_path / "p.yaml"), *ENGLISH_FLAGS, "--start-date", "soon", "--lang", "en")
    assert proc.returncode == 2 and "--start-date: 'soon' is not a date" in proc.stderr, proc.stderr
    assert "--ingangsdatum" not in proc.stderr, proc.stderr
    dutch = run_cli("init", str(tmp_path / "p.yaml"), *DUTCH_FLAGS, "--ingangsdatum", "straks")
    assert dutch.returncode == 2 and "--ingangsdatum: 'straks' is" in dutch.stderr, dutch.stderr


def _english_policy(tmp_path, *flags: str):
    path = tmp_path / "policy.yaml"
    proc = run_cli("init", str(path), *(flags or ENGLISH_FLAGS), "--no-input", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    return path, path.read_text(encoding="utf-8")


def _comments(text: str) -> list[str]:
    return [line.split("#", 1)[1] for line in text.splitlines() if "#" in line and "schema=" not in line]


def test_english_yaml_has_the_english_template_as_comments(tmp_path):
    _, text = _english_policy(tmp_path)
    comments = "\n".join(_comments(text))
    for rule in template.ALLOWED + template.FORBIDDEN:
        assert rule.text.en in comments and rule.text.nl not in comments, rule.id
    for key in template.FIELD_LABELS:
        assert f"{template.FIELD_LABELS[key].en}: {template.FIELD_QUESTIONS[key].en}" in comments, key
        assert template.FIELD_LABELS[key].nl not in comments and template.FIELD_QUESTIONS[key].nl not in comments
    assert template.HEADING_ALLOWED.en in comments and template.HEADING_FORBIDDEN.en in comments
    for dutch in ("volgens het sjabloon", "Controleer met", "bekijk het beleid", "alleen voor een tool", "twijfel"):
        assert dutch not in comments, dutch


def test_english_yaml_keeps_the_canonical_keys_and_says_what_they_mean(tmp_path):
    _, text = _english_policy(tmp_path)
    data = yaml.safe_load(text)
    assert list(data) == [
        "organisatie", "regels", "goedgekeurde_tools", "aanspreekpunt", "geldt_voor", "ingangsdatum",
        "herzieningsdatum", "versie",
    ]  # fmt: skip
    for line in ("organisatie: 'Acme: Widgets & Co'  # organisation", "goedgekeurde_tools:  # approved tools"):
        assert line in text.splitlines(), text
    assert "processing agreement" in text and "personal data" in text
    # the exception for the tool that may take personal data, in English like the Markdown/Word drafts
    assert data["regels"]["mag_niet"][0]["tekst"].endswith("except in the tools below marked 'yes, allowed'.")


def test_english_yaml_checks_clean_in_english(tmp_path):
    path, _ = _english_policy(tmp_path)
    proc = run_cli("check", "--lang", "en", "--format", "concise", str(path))
    assert proc.returncode == 0 and proc.stdout == "", proc.stdout + proc.stderr


def test_english_yaml_converts_round_trip(tmp_path):
    path, text = _english_policy(tmp_path)
    for form in ("md", "docx"):
        document, back = tmp_path / f"policy.{form}", tmp_path / f"back-{form}.yaml"
        for source, target in ((path, document), (document, back)):
            proc = run_cli("convert", str(source), "-o", str(target), "--lang", "en")
            assert proc.returncode == 0, proc.stdout + proc.stderr
        as_text = lambda text: yaml.load(text, Loader=yaml.BaseLoader)  # noqa: E731  (scalars as written)
        assert as_text(back.read_text(encoding="utf-8")) == as_text(text), form
        proc = run_cli("check", "--lang", "en", "--format", "concise", str(back))
        assert proc.returncode == 0 and proc.stdout == "", proc.stdout + proc.stderr
