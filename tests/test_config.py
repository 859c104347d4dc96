"""Configuration files: discovery, precedence, validation, excludes, per-run settings."""

from __future__ import annotations

import json

import pytest

from aibeleid_check import config
from aibeleid_check.config import files as config_files
from aibeleid_check.errors import ConfigError
from aibeleid_check.findings import Severity
from aibeleid_check.options import RunOptions
from conftest import POLICIES, run_cli

TODAY = "2026-06-01"
WARNING_POLICY = (
    (POLICIES / "voorbeeld.yaml")
    .read_text(encoding="utf-8")
    .replace("  email: marieke@bakkerijdevries.example\n", "")
    .replace("  telefoon: 010 123 45 67\n", "")
)
"""The example policy without contact details: exactly one finding, AIB501 (warning), on line 37."""


def policy_in(folder, name="beleid.yaml", text=WARNING_POLICY):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def check_json(*args, cwd):
    proc = run_cli("check", "--format", "json", "--today", TODAY, *map(str, args), cwd=cwd)
    assert proc.returncode in (0, 1), proc.stderr
    return proc, [(f["rule"], f["severity"]) for file in json.loads(proc.stdout)["files"] for f in file["findings"]]


def test_no_config_reports_the_warning(tmp_path):
    policy = policy_in(tmp_path)
    proc, findings = check_json(policy, cwd=tmp_path)
    assert findings == [("AIB501", "warning")]
    assert proc.returncode == 0


@pytest.mark.parametrize(
    "name, text",
    [
        (".aibeleid-check.toml", 'ignore = ["AIB501"]\n'),
        (".aibeleid-check.yaml", "ignore: [AIB501]\n"),
        ("pyproject.toml", '[project]\nname = "x"\n\n[tool.aibeleid-check]\nignore = ["AIB5"]\n'),
    ],
)
def test_config_found_by_walking_up_from_the_file(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    policy = policy_in(tmp_path / "beleid" / "2026")
    _, findings = check_json(policy, cwd=tmp_path)
    assert findings == []


def test_pyproject_without_our_table_is_passed_over(tmp_path):
    (tmp_path / ".aibeleid-check.toml").write_text('ignore = ["AIB501"]\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    _, findings = check_json(policy_in(tmp_path / "sub"), cwd=tmp_path)
    assert findings == []


def test_nearest_config_wins_and_files_are_not_merged(tmp_path):
    (tmp_path / ".aibeleid-check.toml").write_text('ignore = ["AIB501"]\n', encoding="utf-8")
    (tmp_path / "strict").mkdir()
    (tmp_path / "strict" / ".aibeleid-check.toml").write_text('severity = { AIB501 = "error" }\n', encoding="utf-8")
    top = policy_in(tmp_path, "top.yaml")
    deep = policy_in(tmp_path / "strict", "deep.yaml")
    proc = run_cli("check", "--format", "json", "--today", TODAY, str(top), str(deep), cwd=tmp_path)
    files = {
        f["path"].rsplit("/", 1)[-1]: [x["severity"] for x in f["findings"]] for f in json.loads(proc.stdout)["files"]
    }
    assert files == {"top.yaml": [], "deep.yaml": ["error"]}
    assert proc.returncode == 1


def test_toml_file_wins_over_pyproject_in_the_same_folder(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.aibeleid-check]\nignore = ["AIB501"]\n', encoding="utf-8")
    (tmp_path / ".aibeleid-check.toml").write_text('severity = { AIB501 = "info" }\n', encoding="utf-8")
    _, findings = check_json(policy_in(tmp_path), cwd=tmp_path)
    assert findings == [("AIB501", "info")]


def test_config_option_wins_over_discovered_and_isolated_ignores_all(tmp_path):
    (tmp_path / ".aibeleid-check.toml").write_text('ignore = ["AIB501"]\n', encoding="utf-8")
    explicit = tmp_path / "elders.toml"
    explicit.write_text('severity = { AIB501 = "error" }\n', encoding="utf-8")
    policy = policy_in(tmp_path)
    assert check_json(policy, "--config", explicit, cwd=tmp_path)[1] == [("AIB501", "error")]
    assert check_json(policy, "--isolated", cwd=tmp_path)[1] == [("AIB501", "warning")]
    proc = run_cli("check", "--isolated", "--config", str(explicit), str(policy), cwd=tmp_path)
    assert proc.returncode == 2 and "--isolated" in proc.stderr


def test_command_line_select_and_ignore_override_the_file(tmp_path):
    (tmp_path / ".aibeleid-check.toml").write_text('ignore = ["AIB501"]\nselect = ["AIB1"]\n', encoding="utf-8")
    policy = policy_in(tmp_path)
    assert check_json(policy, cwd=tmp_path)[1] == []
    assert check_json(policy, "--select", "AIB5", "--ignore", "AIB001", cwd=tmp_path)[1] == [("AIB501", "warning")]


def test_fail_level_and_lang_from_the_file_and_strict_overrides(tmp_path):
    (tmp_path / ".aibeleid-check.toml").write_text('fail-level = "warning"\nlang = "en"\n', encoding="utf-8")
    policy = policy_in(tmp_path)
    proc = run_cli("check", "--format", "concise", "--today", TODAY, str(policy), cwd=tmp_path)
    assert proc.returncode == 1
    assert "The contact" in proc.stdout
    proc = run_cli("check", "--format", "concise", "--lang", "nl", str(policy), cwd=tmp_path)
    assert "Het aanspreekpunt" in proc.stdout


@pytest.mark.parametrize(
    "text, expected",
    [
        ('selct = ["AIB1"]\n', "unknown key 'selct' (bedoel je / did you mean 'select'?)"),
        ('profile = "extreem"\n', "'profile': ongeldige waarde"),
        ('severity = { AIB501 = "luid" }\n', "'severity.AIB501'"),
        ('select = ["AIB!"]\n', "'AIB!' is geen regelcode"),
        ('select = ["XYZ"]\n', "'XYZ' past bij geen regel"),
        ('severity = { AIB999 = "error" }\n', "'AIB999' past bij geen regel"),
        ('fail-level = "soms"\n', "'fail-level'"),
        ("ignore = [\n", "geen geldige TOML"),
        ("x = " + "[" * 50_000 + "]" * 50_000 + "\n", "dieper dan / deeper than 64"),  # was: interne fout
        ('x = "' + "[" * 50_000 + '"\n', "unknown key 'x'"),  # brackets in a string do not nest
        ('catalogus = ["ontbreekt.yaml"]\n', "'catalogus': 'ontbreekt.yaml' bestaat niet"),
        ("[options]\nonbekend = 1\n", "'options.onbekend': geen geladen plugin"),
    ],
)
def test_a_broken_config_exits_2_naming_key_and_file(tmp_path, text, expected):
    config_file = tmp_path / ".aibeleid-check.toml"
    config_file.write_text(text, encoding="utf-8")
    proc = run_cli("check", "--format", "concise", str(policy_in(tmp_path)), cwd=tmp_path)
    assert proc.returncode == 2
    assert expected in proc.stderr
    assert str(config_file) in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stdout == ""


def test_a_broken_yaml_config_exits_2(tmp_path):
    (tmp_path / ".aibeleid-check.yaml").write_text("ignore: [AIB501\n", encoding="utf-8")
    proc = run_cli("check", str(policy_in(tmp_path)), cwd=tmp_path)
    assert proc.returncode == 2 and "geen geldige YAML" in proc.stderr


def test_dutch_severity_words_and_comma_text_are_read(tmp_path):
    (tmp_path / ".aibeleid-check.yaml").write_text("severity: {AIB501: fout}\nselect: AIB5, AIB1\n", encoding="utf-8")
    _, findings = check_json(policy_in(tmp_path), cwd=tmp_path)
    assert findings == [("AIB501", "error")]


def test_exclude_applies_to_explicit_files_and_walked_folders(tmp_path):
    (tmp_path / ".aibeleid-check.toml").write_text('exclude = ["archief/**", "concept-*.yaml"]\n', encoding="utf-8")
    kept = policy_in(tmp_path / "actueel")
    policy_in(tmp_path / "archief" / "2020")
    draft = policy_in(tmp_path / "actueel", "concept-nieuw.yaml")
    proc = run_cli(
        "check", "--format", "json", str(draft), str(tmp_path / "archief" / "2020" / "beleid.yaml"), cwd=tmp_path
    )
    assert json.loads(proc.stdout)["files"] == [] and proc.returncode == 0
    proc = run_cli("check", "--format", "json", str(tmp_path), cwd=tmp_path)
    assert [f["path"] for f in json.loads(proc.stdout)["files"]] == [str(kept)]


@pytest.mark.parametrize(
    "path, pattern, excluded",
    [
        ("archief/2020/a.yaml", "archief/**", True),
        ("archief/a.yaml", "archief/", True),
        ("x/archief/a.yaml", "archief/**", False),
        ("x/archief/a.yaml", "archief", True),
        ("klant/concept-a.yaml", "concept-*.yaml", True),
        ("klant/concept-a.yaml", "klant/*.yaml", True),
        ("klant/sub/a.yaml", "klant/*.yaml", False),
        ("klant/sub/a.yaml", "klant/**/a.yaml", True),
        ("klant/a.yaml", "klant/**/a.yaml", True),
        ("klant/a.yaml", "./klant/a.yaml", True),
        ("klant/b.yaml", "klant/?.yaml", True),
        ("klant/bb.yaml", "klant/?.yaml", False),
    ],
)
def test_exclude_globs(tmp_path, path, pattern, excluded):
    assert config.is_excluded(str(tmp_path / path), [pattern], str(tmp_path)) is excluded


def args_for(**overrides):
    if "paths" in overrides:
        overrides["paths"] = tuple(overrides["paths"])
    return RunOptions(entry_points=False, **overrides)


def test_each_folder_is_read_once_for_many_files(tmp_path, monkeypatch):
    (tmp_path / ".aibeleid-check.toml").write_text('ignore = ["AIB501"]\n', encoding="utf-8")
    files = [str(policy_in(tmp_path / f"klant{i % 5}", f"b{i}.yaml")) for i in range(40)]
    reads = []
    real = config_files.load_config
    monkeypatch.setattr(config_files, "load_config", lambda path: reads.append(path) or real(path))
    resolver = config.Resolver(args_for(paths=[str(tmp_path)]))
    kept = resolver.filter(files)
    assert kept == files
    assert reads == [str(tmp_path / ".aibeleid-check.toml")]
    assert resolver.ruleset_for(files[0]) is resolver.ruleset_for(files[-1])
    assert not resolver.ruleset_for(files[0]).is_active("AIB501")


def test_catalogue_paths_reach_the_rules_resolved_from_the_config_folder(tmp_path):
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / "extra-tools.yaml").write_text("bijgewerkt: 2026-11-28\ntools: []\n", encoding="utf-8")
    config_file = tmp_path / "cfg" / "team.toml"
    config_file.write_text('catalogue = ["extra-tools.yaml"]\n', encoding="utf-8")
    resolver = config.Resolver(args_for(config=str(config_file)))
    settings = resolver.ruleset_for(str(policy_in(tmp_path))).settings
    assert settings.catalogues == (str(tmp_path / "cfg" / "extra-tools.yaml"),)
    assert "catalogue" not in settings.options  # core data is not a plugin option (issue 14: no side channels)
    assert config.Resolver(args_for(isolated=True)).settings.catalogues == ()


def test_run_settings_come_from_the_config_nearest_the_first_file(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / ".aibeleid-check.toml").write_text('lang = "en"\nfail-level = "info"\n', encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / ".aibeleid-check.toml").write_text('lang = "nl"\n', encoding="utf-8")
    first, second = policy_in(tmp_path / "a"), policy_in(tmp_path / "b")
    resolver = config.Resolver(args_for(paths=[str(tmp_path)]))
    resolver.filter([str(first), str(second)])
    assert (resolver.lang, resolver.fail_level) == ("en", Severity.INFO)
    resolver = config.Resolver(args_for(paths=[str(tmp_path)], strict=True, lang="nl"))
    resolver.filter([str(first)])
    assert (resolver.lang, resolver.fail_level) == ("nl", Severity.WARNING)


def test_config_without_our_table_given_explicitly_is_an_error(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="tool.aibeleid-check"):
        config.Resolver(args_for(config=str(tmp_path / "pyproject.toml")))
