"""The example plugins in plugins/: their rules, their options, and loading them by path and installed."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from datetime import date

import pytest

from conftest import POLICIES, ROOT, run_cli, run_cli_process

PLUGINS = ROOT / "plugins"
EXAMPLES = {
    "aibeleid-eu-datalocatie": PLUGINS / "aibeleid-eu-datalocatie" / "src" / "aibeleid_eu_datalocatie.py",
    "aibeleid-denylist": PLUGINS / "aibeleid-denylist" / "src" / "aibeleid_denylist.py",
    "aibeleid-max-leeftijd": PLUGINS / "aibeleid-max-leeftijd" / "src" / "aibeleid_max_leeftijd.py",
}
PREFIXES = {"aibeleid-eu-datalocatie": "EU", "aibeleid-denylist": "DENY", "aibeleid-max-leeftijd": "AGE"}
NO_EP = {"AIBELEID_CHECK_NO_ENTRY_POINTS": "1"}
BASE = (POLICIES / "voorbeeld.yaml").read_text(encoding="utf-8")
EXTRA_TOOL = """  - naam: {naam}
    verwerkersovereenkomst: nee
    persoonsgegevens: nee
    leverancier: {leverancier}
    datalocatie: {datalocatie}
"""


def with_tool(naam="Voorbeeldtool", leverancier="Voorbeeld B.V.", datalocatie="EU"):
    tool = EXTRA_TOOL.format(naam=naam, leverancier=leverancier, datalocatie=datalocatie)
    return BASE.replace("\naanspreekpunt:", tool + "\naanspreekpunt:")


def load(name):
    spec = importlib.util.spec_from_file_location(f"example_{name.replace('-', '_')}", EXAMPLES[name])
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check(tmp_path, text, plugin, config="", *extra):
    (tmp_path / "beleid.yaml").write_text(text, encoding="utf-8")
    (tmp_path / ".aibeleid-check.toml").write_text(config, encoding="utf-8")
    args = ("check", "--format", "json", "--plugin", str(EXAMPLES[plugin]), "--select", PREFIXES[plugin], *extra)
    proc = run_cli(*args, "beleid.yaml", cwd=tmp_path, env=NO_EP)
    assert proc.returncode in (0, 1), proc.stderr
    return [(f["rule"], f["field"]) for f in json.loads(proc.stdout)["files"][0]["findings"]]


# aibeleid-eu-datalocatie


def test_eu_missing_and_outside_locations(tmp_path):
    text = with_tool(datalocatie="VS (Virginia)")
    assert check(tmp_path, text, "aibeleid-eu-datalocatie") == [
        ("EU101", "goedgekeurde_tools[2]"),
        ("EU102", "goedgekeurde_tools[3].datalocatie"),
    ]


def test_eu_extra_accepted_places_from_the_config(tmp_path):
    config = '[options]\neu-datalocatie-ook-toegestaan = ["VS (Virginia)"]\n'
    assert check(tmp_path, with_tool(datalocatie="VS (Virginia)"), "aibeleid-eu-datalocatie", config) == [
        ("EU101", "goedgekeurde_tools[2]")
    ]


@pytest.mark.parametrize(
    "place, inside",
    [
        ("EU", True),
        ("EER", True),
        ("Europese Unie", True),
        ("Duitsland (Frankfurt)", True),
        ("België", True),
        ("IJsland", True),
        ("eu-west-1 (Ierland)", True),
        ("VS", False),
        ("Verenigde Staten", False),
        ("wereldwijd", False),
        ("Zwitserland", False),
    ],
)
def test_eu_place_recognition(place, inside):
    assert load("aibeleid-eu-datalocatie").is_in_eu_eea(place, []) is inside


# aibeleid-denylist


def test_denylist_tools_and_vendors_from_the_config(tmp_path):
    config = '[options]\ndenylist-tools = ["deepseek"]\ndenylist-leveranciers = ["OpenAI"]\n'
    text = with_tool(naam="DeepSeek Chat", leverancier="DeepSeek")
    assert check(tmp_path, text, "aibeleid-denylist", config) == [
        ("DENY101", "goedgekeurde_tools[2]"),
        ("DENY101", "goedgekeurde_tools[3]"),
    ]


def test_denylist_free_plans_on_by_default_and_can_be_turned_off(tmp_path):
    text = with_tool(naam="Gemini (gratis)").replace(
        "  abonnement: Microsoft 365 Business Standard", "  abonnement: Personal"
    )
    findings = check(tmp_path, text, "aibeleid-denylist")
    assert findings == [("DENY102", "goedgekeurde_tools[0].abonnement"), ("DENY102", "goedgekeurde_tools[3].naam")]
    assert check(tmp_path, text, "aibeleid-denylist", "[options]\ndenylist-gratis = false\n") == []


def test_denylist_is_quiet_on_the_example_policy(tmp_path):
    assert check(tmp_path, BASE, "aibeleid-denylist") == []


# aibeleid-max-leeftijd


def test_max_age_and_overdue_review(tmp_path):
    assert check(tmp_path, BASE, "aibeleid-max-leeftijd", "", "--today", "2026-12-01") == []
    assert check(tmp_path, BASE, "aibeleid-max-leeftijd", "", "--today", "2027-03-02") == [
        ("AGE101", "ingangsdatum"),
        ("AGE102", "herzieningsdatum"),
    ]


def test_max_age_months_from_the_config(tmp_path):
    config = "[options]\nmax-leeftijd-maanden = 36\n"
    assert check(tmp_path, BASE, "aibeleid-max-leeftijd", config, "--today", "2027-03-02") == [
        ("AGE102", "herzieningsdatum")
    ]
    proc = run_cli("check", "--plugin", str(EXAMPLES["aibeleid-max-leeftijd"]), "beleid.yaml", cwd=tmp_path, env=NO_EP)
    assert proc.returncode == 0
    (tmp_path / ".aibeleid-check.toml").write_text('[options]\nmax-leeftijd-maanden = "drie jaar"\n', encoding="utf-8")
    proc = run_cli("check", "--plugin", str(EXAMPLES["aibeleid-max-leeftijd"]), "beleid.yaml", cwd=tmp_path, env=NO_EP)
    assert proc.returncode == 2 and "max-leeftijd-maanden" in proc.stderr


@pytest.mark.parametrize(
    "start, months, end",
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2027, 11, 30), 3, date(2028, 2, 29)),
        (date(2026, 3, 1), 12, date(2027, 3, 1)),
    ],
)
def test_add_months(start, months, end):
    assert load("aibeleid-max-leeftijd").add_months(start, months) == end


# All three together: by path and installed as packages (entry points)


def test_all_examples_load_together_by_path():
    args = [arg for path in EXAMPLES.values() for arg in ("--plugin", str(path))]
    proc = run_cli("rules", "--format", "json", *args, env=NO_EP)
    origins = {rule["code"]: rule["origin"] for rule in json.loads(proc.stdout)["rules"]}
    assert origins["EU102"] == "aibeleid-eu-datalocatie" and origins["DENY101"] == "aibeleid-denylist"
    assert origins["AGE101"] == "aibeleid-max-leeftijd"


def test_each_example_declares_its_module_as_its_entry_point():
    """What the installed test below relies on, read without building: the project, its entry point in the
    group ``aibeleid_check`` and the module it names are one name, and that module is the file in src/."""
    import tomllib

    for name, module_file in EXAMPLES.items():
        project = tomllib.loads((PLUGINS / name / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        assert project["name"] == name and project["version"] == "1.0.0"
        assert project["entry-points"]["aibeleid_check"] == {name: module_file.stem}
        assert importlib.util.spec_from_file_location(module_file.stem, module_file) is not None


@pytest.mark.slow  # pip builds and installs three packages (2-7 s); .ci/run runs it in make test-slow
def test_installed_packages_are_found_by_entry_point(tmp_path):
    sources = [shutil.copytree(PLUGINS / name, tmp_path / "src" / name) for name in EXAMPLES]  # builds write in-tree
    site = tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--no-index"]
    built = subprocess.run(
        [*pip, "--target", str(site), *map(str, sources)], capture_output=True, text=True, timeout=300
    )
    assert built.returncode == 0, built.stderr
    env = {"PYTHONPATH": str(site)}
    version = run_cli_process("--version", env=env, cwd=tmp_path)
    for name in EXAMPLES:
        assert f"plugin {name} 1.0.0 (entry point)" in version.stdout
    (tmp_path / "beleid.yaml").write_text(with_tool(datalocatie="VS"), encoding="utf-8")
    proc = run_cli_process("check", "--format", "json", "--today", "2026-06-01", "beleid.yaml", env=env, cwd=tmp_path)
    rules = [f["rule"] for f in json.loads(proc.stdout)["files"][0]["findings"]]
    assert {"EU101", "EU102"} <= set(rules), proc.stderr
    proc = run_cli_process(
        "check",
        "--format",
        "json",
        "--plugin",
        str(EXAMPLES["aibeleid-denylist"]),
        "beleid.yaml",
        env=env,
        cwd=tmp_path,
    )
    assert proc.returncode == 2 and "plugin 'aibeleid-denylist'" in proc.stderr
