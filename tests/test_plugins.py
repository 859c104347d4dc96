"""Plugins: every way one is found, every way one can be broken, and what the user sees."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from conftest import POLICIES, run_cli, run_cli_process

VOORBEELD = str(POLICIES / "voorbeeld.yaml")
NO_EP = {"AIBELEID_CHECK_NO_ENTRY_POINTS": "1"}

RULE = '''
class OrganisationHasLegalForm(Rule):
    """De organisatienaam noemt geen rechtsvorm.

    Wat het controleert:
        Of `organisatie` eindigt op een rechtsvorm zoals B.V.
    Waarom:
        Zo is duidelijk welke rechtspersoon het beleid vaststelt.
    Voorbeeld:
        organisatie: Bakkerij De Vries
    Zo wel:
        organisatie: Bakkerij De Vries B.V.
    """

    code = "{code}"
    slug = "rechtsvorm"
    severity = Severity.WARNING

    def check(self, ctx):
        {body}
'''

HEADER = """
from aibeleid_check.findings import Severity
from aibeleid_check.hookspec import hookimpl
from aibeleid_check.rules.base import Rule

__version__ = "2.3.4"
"""


def plugin_source(prefix="ACME", code="ACME101", body=None, extra="", rules="[OrganisationHasLegalForm]"):
    body = body or 'yield ctx.at("organisatie", nl="Geen rechtsvorm: " + ctx.policy.organisatie, en="No legal form")'
    return (
        HEADER
        + RULE.replace("{code}", code).replace("{body}", body)
        + textwrap.dedent(
            f"""
            @hookimpl
            def aibeleid_code_prefix():
                return {prefix!r}

            @hookimpl
            def aibeleid_rules():
                return {rules}
            """
        )
        + textwrap.dedent(extra)
    )


def write_plugin(folder, name="acme_rules.py", **kwargs):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(plugin_source(**kwargs), encoding="utf-8")
    return path


def findings_of(proc):
    return [(f["rule"], f["message"]) for file in json.loads(proc.stdout)["files"] for f in file["findings"]]


def test_plugin_by_path_adds_its_finding(tmp_path):
    plugin = write_plugin(tmp_path)
    proc = run_cli("check", "--format", "json", "--plugin", str(plugin), VOORBEELD, env=NO_EP)
    assert proc.returncode == 0, proc.stderr
    assert findings_of(proc) == [("ACME101", "Geen rechtsvorm: Bakkerij De Vries B.V.")]


def test_plugin_by_module_name(tmp_path):
    write_plugin(tmp_path)
    env = {**NO_EP, "PYTHONPATH": str(tmp_path)}
    proc = run_cli_process("check", "--format", "json", "--plugin", "acme_rules", VOORBEELD, env=env)
    assert [rule for rule, _ in findings_of(proc)] == ["ACME101"], proc.stderr


def test_plugin_from_config_relative_to_the_config_file(tmp_path):
    write_plugin(tmp_path / "checks")
    (tmp_path / ".aibeleid-check.toml").write_text('plugins = ["checks/acme_rules.py"]\n', encoding="utf-8")
    (tmp_path / "beleid.yaml").write_text((POLICIES / "voorbeeld.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    proc = run_cli("check", "--format", "json", "beleid.yaml", cwd=tmp_path, env=NO_EP)
    assert [rule for rule, _ in findings_of(proc)] == ["ACME101"], proc.stderr
    rules = json.loads(run_cli("rules", "--format", "json", cwd=tmp_path, env=NO_EP).stdout)["rules"]
    assert {"code": "ACME101", "origin": "acme-rules"}.items() <= rules[-1].items()


def test_plugin_in_a_config_below_the_working_directory_is_not_run(tmp_path):
    client = tmp_path / "klanten" / "acme"
    marker = tmp_path / "ran"
    write_plugin(client, extra=f"\nopen({str(marker)!r}, 'w').close()\n")
    (client / ".aibeleid-check.toml").write_text('plugins = ["acme_rules.py"]\n', encoding="utf-8")
    (client / "beleid.yaml").write_text((POLICIES / "voorbeeld.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    proc = run_cli("check", "--format", "concise", "klanten", cwd=tmp_path, env=NO_EP)
    assert proc.returncode == 2
    assert "niet geladen" in proc.stderr and str(client / ".aibeleid-check.toml") in proc.stderr
    assert not marker.exists()


def fake_installed_plugin(site, name="acme-rules"):
    """A plugin module plus the dist-info an installer writes: enough for the entry-point lookup."""
    write_plugin(site)
    dist = site / "acme_rules-2.3.4.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-rules\nVersion: 2.3.4\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text(f"[aibeleid_check]\n{name} = acme_rules\n", encoding="utf-8")
    return {"PYTHONPATH": str(site)}


def test_entry_point_plugin_is_found_and_can_be_turned_off(tmp_path):
    env = fake_installed_plugin(tmp_path / "site")
    proc = run_cli_process("check", "--format", "json", VOORBEELD, env=env)
    assert [rule for rule, _ in findings_of(proc)] == ["ACME101"], proc.stderr
    proc = run_cli_process("check", "--format", "json", "--no-entry-points", VOORBEELD, env=env)
    assert findings_of(proc) == []
    proc = run_cli_process("check", "--format", "json", VOORBEELD, env={**env, **NO_EP})
    assert findings_of(proc) == []


def test_version_lists_loaded_plugins(tmp_path):
    env = fake_installed_plugin(tmp_path / "site")
    proc = run_cli_process("--version", env=env, cwd=tmp_path)
    assert proc.returncode == 0
    assert "plugin acme-rules 2.3.4 (entry point)" in proc.stdout


def test_a_rule_that_raises_is_an_error_finding_and_the_rest_goes_on(tmp_path):
    plugin = write_plugin(tmp_path, body='raise KeyError("naam")\n        yield')
    broken = tmp_path / "kapot.yaml"
    broken.write_text("organisatie: [\n", encoding="utf-8")
    proc = run_cli("check", "--format", "json", "--plugin", str(plugin), VOORBEELD, str(broken), env=NO_EP)
    assert proc.returncode == 1
    files = json.loads(proc.stdout)["files"]
    crash = files[0]["findings"]
    assert [f["rule"] for f in crash] == ["AIB900"]
    assert "ACME101" in crash[0]["message"] and "'acme-rules'" in crash[0]["message"]
    assert "KeyError: 'naam'" in crash[0]["message"]
    assert "AIB001" in [f["rule"] for f in files[1]["findings"]]


@pytest.mark.parametrize(
    "kwargs, reason",
    [
        (dict(extra="import does_not_exist\n"), "ModuleNotFoundError: No module named 'does_not_exist'"),
        (dict(extra="raise SystemExit(3)\n"), "SystemExit: 3"),
        (dict(prefix="AIB", code="AIB101"), "clashes with 'AIB' van / of 'aibeleid-check'"),
        (dict(prefix="AI", code="AI101"), "clashes with 'AIB'"),
        (dict(prefix="acme"), "'acme' is niet 2-8 hoofdletters"),
        (dict(code="OTHER101"), "OTHER101 valt buiten het voorvoegsel"),
        (dict(code="ACME1"), "code 'ACME1' is not like 'ABC123'"),
        (dict(rules="[object]"), "is geen subklasse"),
        (dict(rules="OrganisationHasLegalForm"), "gaf geen lijst"),
        (dict(rules="[OrganisationHasLegalForm, OrganisationHasLegalForm]"), "ACME101 bestaat al"),
        (dict(rules="1 / 0"), "aibeleid_rules() faalde / failed: ZeroDivisionError"),
        (dict(extra="@hookimpl\ndef aibeleid_rule():\n    return []\n"), "unknown hook 'aibeleid_rule'"),
        (dict(extra="@hookimpl\ndef aibeleid_config_defaults():\n    return {'catalogue': []}\n"), "'catalogue'"),
    ],
)
def test_a_broken_plugin_exits_2_with_one_line_naming_it(tmp_path, kwargs, reason):
    plugin = write_plugin(tmp_path, **kwargs)
    proc = run_cli("check", "--format", "concise", "--plugin", str(plugin), VOORBEELD, env=NO_EP)
    assert proc.returncode == 2
    assert proc.stderr.startswith("aibeleid-check: plugin 'acme-rules'"), proc.stderr
    assert reason in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stdout == ""


def test_a_rule_without_the_docstring_sections_is_refused(tmp_path):
    plugin = tmp_path / "bare.py"
    plugin.write_text(
        HEADER
        + textwrap.dedent(
            """
            class Bare(Rule):
                "No sections."
                code = "BARE101"
                slug = "bare"
                severity = Severity.INFO

            @hookimpl
            def aibeleid_code_prefix():
                return "BARE"

            @hookimpl
            def aibeleid_rules():
                return [Bare]
            """
        ),
        encoding="utf-8",
    )
    proc = run_cli("check", "--plugin", str(plugin), VOORBEELD, env=NO_EP)
    assert proc.returncode == 2 and "docstring lacks the sections" in proc.stderr


def test_two_plugins_may_not_claim_overlapping_prefixes(tmp_path):
    first = write_plugin(tmp_path, "acme_rules.py")
    second = write_plugin(tmp_path, "acme_extra.py", prefix="ACMEX", code="ACMEX101")
    proc = run_cli("check", "--plugin", str(first), "--plugin", str(second), VOORBEELD, env=NO_EP)
    assert proc.returncode == 2
    assert "plugin 'acme-extra'" in proc.stderr and "'ACME' van / of 'acme-rules'" in proc.stderr


def test_missing_plugin_file_and_bad_module_name(tmp_path):
    proc = run_cli("check", "--plugin", str(tmp_path / "nope.py"), VOORBEELD, env=NO_EP)
    assert proc.returncode == 2 and "plugin 'nope'" in proc.stderr and "no such file" in proc.stderr
    proc = run_cli("check", "--plugin", "not a module", VOORBEELD, env=NO_EP)
    assert proc.returncode == 2 and "not a module name" in proc.stderr


def test_plugin_options_from_config_with_type_check(tmp_path):
    options_hook = """
    @hookimpl
    def aibeleid_config_defaults():
        return {"acme-suffixes": ["B.V."]}
    """
    body = 'yield from () if ctx.policy.organisatie.endswith(tuple(ctx.options["acme-suffixes"])) else [ctx.at("organisatie", nl="x", en="x")]'
    plugin = write_plugin(tmp_path, body=body, extra=options_hook)
    config_file = tmp_path / ".aibeleid-check.toml"
    policy = tmp_path / "beleid.yaml"
    policy.write_text((POLICIES / "voorbeeld.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    args = ("check", "--format", "json", "--plugin", str(plugin), "beleid.yaml")
    assert findings_of(run_cli(*args, cwd=tmp_path, env=NO_EP)) == []
    config_file.write_text('[options]\nacme-suffixes = ["N.V."]\n', encoding="utf-8")
    assert [rule for rule, _ in findings_of(run_cli(*args, cwd=tmp_path, env=NO_EP))] == ["ACME101"]
    config_file.write_text('[options]\nacme-suffixes = "N.V."\n', encoding="utf-8")
    proc = run_cli(*args, cwd=tmp_path, env=NO_EP)
    assert proc.returncode == 2 and "'options.acme-suffixes': verwacht / expected een lijst" in proc.stderr


def test_check_without_plugins_imports_neither_pluggy_nor_rich():
    code = (
        "import sys, contextlib, io\n"
        "from aibeleid_check.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['check', '--format', 'concise', {VOORBEELD!r}])\n"
        "print(sorted(m for m in ('pluggy', 'rich', 'typst') if m in sys.modules))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "AIBELEID_CHECK_NO_ENTRY_POINTS"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert proc.stdout.strip() == "[]", proc.stderr
