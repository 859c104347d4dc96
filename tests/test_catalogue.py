"""The dated tool catalogue: its data, conservative matching, organisation catalogues, AIB611/AIB612, `tools`."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import date

import pytest

from aibeleid_check import catalogue
from aibeleid_check.commands import tools as tools_command
from aibeleid_check.engine import RuleSet, Settings, check_path
from conftest import POLICIES, run_cli

TODAY = date(2026, 11, 28)

ORG_CATALOGUE = """\
bijgewerkt: 2026-10-01
tools:
  - id: bakkerij-gpt
    product: BakkerijGPT
    leverancier: Voorbeeld B.V.
    abonnement: gratis proefversie
    namen: [BakkerijGPT]
    consument: ja
    verwerkersovereenkomst: nee
    training_standaard: onbekend
    bronnen: [https://example.org/voorwaarden]
    gecontroleerd: 2026-10-01
  - id: deepl-pro
    product: DeepL Translator
    leverancier: DeepL SE
    abonnement: Pro (onze eigen controle)
    namen: [DeepL Pro]
    consument: nee
    verwerkersovereenkomst: ja
    datalocatie: EU
    training_standaard: nee
    bronnen: [https://example.org/deepl-contract]
    gecontroleerd: 2026-10-01
"""

POLICY = """\
organisatie: Bakkerij De Vries
regels:
  mag: [concepten laten schrijven]
  mag_niet:
    - id: geen-persoonsgegevens
    - id: geen-bedrijfsgeheimen
    - id: geen-eindbesluit
    - id: altijd-controleren
goedgekeurde_tools:
  - naam: {tool}
    verwerkersovereenkomst: {agreement}
    persoonsgegevens: {personal}
aanspreekpunt: {{naam: Marieke, email: marieke@example.nl}}
geldt_voor: Iedereen
ingangsdatum: 2026-03-01
"""


def catalogue_findings(write_policy, tool: str, agreement: str = "nee", personal: str = "nee", extra=()) -> list[str]:
    path = write_policy(POLICY.format(tool=tool, agreement=agreement, personal=personal))
    settings = Settings(profile="streng", today=TODAY, select=("AIB611", "AIB612"), options={"catalogue": list(extra)})
    return [finding.rule for finding in check_path(str(path), RuleSet(settings=settings)).findings]


# --- the built-in data ------------------------------------------------------------------------------------


def test_builtin_catalogue_is_dated_and_every_fact_is_sourced():
    loaded = catalogue.load()
    assert loaded.updated == date(2026, 12, 1)
    ids = [entry.id for entry in loaded.entries]
    assert len(ids) == len(set(ids)) >= 14
    for entry in loaded.entries:
        assert entry.bronnen and all(url.startswith("https://") for url in entry.bronnen), entry.id
        assert entry.gecontroleerd <= loaded.updated


def test_builtin_catalogue_covers_the_common_plans():
    loaded = catalogue.load()
    expected = {
        ("ChatGPT Plus", None): "chatgpt-consument",
        ("ChatGPT Business", None): "chatgpt-business",
        ("ChatGPT Enterprise", None): "chatgpt-enterprise",
        ("OpenAI API", None): "openai-api",
        ("Microsoft 365 Copilot (werkaccount)", "Microsoft 365 Business Standard"): "microsoft-365-copilot",
        ("Microsoft 365 Copilot", "Microsoft 365 Personal"): "copilot-persoonlijk",
        ("Gemini", "Google Workspace Business Starter"): "gemini-workspace",
        ("Claude Pro", None): "claude-consument",
        ("Claude", "Team"): "claude-zakelijk",
        ("Mistral Le Chat", "Free"): "mistral-le-chat-free",
        ("DeepL", "gratis"): "deepl-free",
        ("DeepL Pro", None): "deepl-pro",
    }
    assert {key: getattr(loaded.match(*key), "id", None) for key in expected} == expected


@pytest.mark.parametrize(
    ("name", "plan"),
    [
        ("ChatGPT", None),
        ("Copilot", None),
        ("Claude", None),
        ("ChatGPT Business (API)", None),
        ("Perplexity", None),
        ("Gemini", None),
        ("GitHub Copilot", None),
    ],
)
def test_matching_is_conservative(name, plan):
    assert catalogue.load().match(name, plan) is None


# Per entry: names that must match it, and names that must not (another plan, or another vendor's product).
MATCHES = {
    "chatgpt-consument": (["ChatGPT Plus", "ChatGPT Free", "ChatGPT Pro"], ["ChatGPT Business", "ChatGPT Enterprise"]),
    "chatgpt-business": (["ChatGPT Business", "ChatGPT Team"], ["ChatGPT Plus", "ChatGPT Enterprise"]),
    "chatgpt-enterprise": (["ChatGPT Enterprise", "ChatGPT Edu"], ["ChatGPT Business", "Claude Enterprise"]),
    "openai-api": (["OpenAI API", "OpenAI Platform"], ["Claude API", "ChatGPT Plus"]),
    "microsoft-365-copilot": (
        ["Microsoft 365 Copilot", "Copilot Chat", "M365 Copilot"],
        ["GitHub Copilot Business", "GitHub Copilot Chat", "Microsoft 365 Copilot persoonlijk"],
    ),
    "copilot-persoonlijk": (["Copilot Pro", "Copilot persoonlijk"], ["GitHub Copilot Pro", "GitHub Copilot Pro+"]),
    "gemini-workspace": (
        ["Gemini Workspace", "Gemini Google Workspace"],
        ["Gemini Advanced", "Gemini Workspace persoonlijk"],
    ),
    "gemini-consument": (
        ["Gemini Advanced", "Gemini gratis", "Google AI Pro"],
        ["Gemini Workspace", "Gemini", "Gemini Enterprise"],
    ),
    "claude-consument": (["Claude Pro", "Claude Max"], ["Claude Team", "Claude in Microsoft 365 Copilot"]),
    "claude-zakelijk": (["Claude Team", "Claude Enterprise", "Anthropic API"], ["Claude Pro", "OpenAI API"]),
    "mistral-le-chat-free": (["Le Chat Free", "Mistral gratis"], ["Le Chat Pro", "Le Chat Team"]),
    "mistral-le-chat-pro": (["Le Chat Pro", "Mistral Pro"], ["Le Chat Free", "Perplexity Pro"]),
    "mistral-le-chat-zakelijk": (["Le Chat Team", "Mistral Enterprise"], ["Le Chat Free", "Perplexity Enterprise"]),
    "deepl-free": (["DeepL Free", "DeepL gratis"], ["DeepL Pro", "ChatGPT Free"]),
    "deepl-pro": (["DeepL Pro", "DeepL API Pro"], ["DeepL gratis", "Le Chat Pro"]),
    "github-copilot-individueel": (
        ["GitHub Copilot Pro", "GitHub Copilot Pro+", "GitHub Copilot Free"],
        ["GitHub Copilot Business", "Copilot Pro", "GitHub Copilot"],
    ),
    "github-copilot-zakelijk": (
        ["GitHub Copilot Business", "GitHub Copilot Enterprise"],
        ["GitHub Copilot Pro", "Microsoft 365 Copilot"],
    ),
    "perplexity-consument": (
        ["Perplexity Pro", "Perplexity Free", "Perplexity Max"],
        ["Perplexity Enterprise Pro", "Perplexity"],
    ),
    "perplexity-enterprise": (
        ["Perplexity Enterprise", "Perplexity Enterprise Pro"],
        ["Perplexity Pro", "Mistral Enterprise"],
    ),
}


def test_every_builtin_entry_has_a_match_table():
    assert {entry.id for entry in catalogue.load().entries} == set(MATCHES)


@pytest.mark.parametrize("entry_id", sorted(MATCHES))
def test_entry_matches_its_names_and_not_others(entry_id):
    loaded = catalogue.load()
    must, must_not = MATCHES[entry_id]
    assert [getattr(loaded.match(name), "id", None) for name in must] == [entry_id] * len(must)
    assert [name for name in must_not if getattr(loaded.match(name), "id", None) == entry_id] == []


def test_matching_never_crosses_vendors():
    loaded = catalogue.load()
    for name in ("GitHub Copilot Pro", "GitHub Copilot Chat", "GitHub Copilot persoonlijk"):
        entry = loaded.match(name)
        assert entry is None or entry.leverancier == "GitHub", (name, entry and entry.id)


def test_updated_vendor_facts():
    entries = {entry.id: entry for entry in catalogue.load().entries}
    assert entries["mistral-le-chat-zakelijk"].verwerkersovereenkomst == "ja"
    assert "Inferentieresidentie" in entries["chatgpt-enterprise"].toelichting
    assert (
        "Bing" in entries["microsoft-365-copilot"].toelichting
        and "flex routing" in entries["microsoft-365-copilot"].toelichting
    )
    assert entries["github-copilot-individueel"].training_standaard == "ja"
    assert entries["github-copilot-zakelijk"].training_standaard == "nee"
    assert entries["perplexity-consument"].training_standaard == "ja"
    assert entries["gemini-consument"].consument is True


def test_unknown_facts_are_recorded_as_unknown_not_guessed():
    entry = next(entry for entry in catalogue.load().entries if entry.id == "mistral-le-chat-pro")
    assert entry.training_standaard == "onbekend"


# --- organisation catalogues -------------------------------------------------------------------------------


def test_organisation_catalogue_adds_and_overrides_by_id(tmp_path):
    extra = tmp_path / "tools.yaml"
    extra.write_text(ORG_CATALOGUE, encoding="utf-8")
    loaded = catalogue.load((str(extra),))
    assert loaded.match("BakkerijGPT").id == "bakkerij-gpt"
    assert loaded.match("DeepL Pro").verwerkersovereenkomst == "ja"
    assert loaded.updated == date(2026, 10, 1)  # as fresh as its stalest part
    assert [source.updated for source in loaded.sources] == [date(2026, 12, 1), date(2026, 10, 1)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("tools: [", "geen geldige YAML"),
        ("tools: []\n", "bijgewerkt"),
        (ORG_CATALOGUE.replace("consument: ja", "consument: misschien"), "tools.0.consument"),
        (
            ORG_CATALOGUE.replace("verwerkersovereenkomst: nee", "verwerkersovereenkomst: soms"),
            "tools.0.verwerkersovereenkomst",
        ),
        (ORG_CATALOGUE.replace("    bronnen: [https://example.org/voorwaarden]\n", ""), "tools.0.bronnen"),
        (ORG_CATALOGUE.replace("id: bakkerij-gpt", "id: Bakkerij GPT"), "tools.0.id"),
        (ORG_CATALOGUE + "onbekend_veld: 1\n", "onbekend_veld"),
        # read like a config file (it may come with a client's folder; it was Path.read_text + yaml.load):
        (
            "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
            + "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 8)),
            "aliassen",
        ),
        ("x: " + "[" * 200 + "]" * 200 + "\n", "dieper dan"),
        ("# " + "x" * (1024 * 1024) + "\n", "groter dan"),
        ("tools: !!python/object/apply:os.system [echo]\n", "geen geldige YAML"),
    ],
)
def test_broken_organisation_catalogue_is_a_clear_error(tmp_path, text, message):
    extra = tmp_path / "kapot.yaml"
    extra.write_text(text, encoding="utf-8")
    with pytest.raises(catalogue.CatalogueError) as caught:
        catalogue.load((str(extra),))
    assert str(extra) in caught.value.message.nl
    assert message in caught.value.message.nl
    assert str(extra) in caught.value.message.en


def test_a_fifo_catalogue_is_not_a_regular_file_and_never_opened(tmp_path):
    fifo = tmp_path / "tools.yaml"
    os.mkfifo(fifo)
    with pytest.raises(catalogue.CatalogueError, match="geen gewoon bestand"):
        catalogue.load((str(fifo),))
    (tmp_path / ".aibeleid-check.toml").write_text('catalogus = ["tools.yaml"]\n', encoding="utf-8")
    (tmp_path / "beleid.yaml").write_text((POLICIES / "voorbeeld.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    proc = run_cli("check", str(tmp_path / "beleid.yaml"), cwd=tmp_path)
    assert proc.returncode == 2
    assert "geen gewoon bestand" in proc.stderr and "bestaat niet" not in proc.stderr


def test_matching_many_tools_reads_each_entry_once(monkeypatch):
    """B19: every entry's names were normalised again for each tool matched (4,503 tools: 968k calls, 2.5 s)."""
    loaded = catalogue.load()
    calls = []
    real = catalogue._words
    monkeypatch.setattr(catalogue, "_words", lambda text: calls.append(text) or real(text))
    for index in range(200):
        loaded.match(f"Hulpje {index}", "Pro")
    assert len(calls) <= 2 * 200  # one per text matched, none per entry


def test_missing_organisation_catalogue_is_a_clear_error(tmp_path):
    with pytest.raises(catalogue.CatalogueError, match="niet te lezen"):
        catalogue.load((str(tmp_path / "weg.yaml"),))


# --- AIB611 / AIB612 through the engine --------------------------------------------------------------------


def test_agreement_claimed_for_a_plan_that_offers_none(write_policy):
    assert catalogue_findings(write_policy, "ChatGPT Plus", agreement="ja") == ["AIB611"]
    assert catalogue_findings(write_policy, "ChatGPT Business", agreement="ja") == []
    assert catalogue_findings(write_policy, "ChatGPT", agreement="ja") == []  # not sure which plan: silent


def test_unknown_agreement_in_the_catalogue_is_not_a_finding(write_policy):
    assert catalogue_findings(write_policy, "DeepL Pro", agreement="ja") == []


def test_personal_data_in_a_consumer_plan(write_policy):
    assert catalogue_findings(write_policy, "Claude Pro", personal="ja") == ["AIB612"]
    assert catalogue_findings(write_policy, "Claude Team", agreement="ja", personal="ja") == []
    assert catalogue_findings(write_policy, "Claude Pro", personal="nee") == []


def test_rules_use_the_organisation_catalogue(write_policy, tmp_path):
    extra = tmp_path / "tools.yaml"
    extra.write_text(ORG_CATALOGUE, encoding="utf-8")
    found = catalogue_findings(write_policy, "BakkerijGPT", agreement="ja", personal="ja", extra=[str(extra)])
    assert sorted(found) == ["AIB611", "AIB612"]


def test_organisation_catalogue_from_the_config_reaches_the_cli(tmp_path):
    (tmp_path / "tools.yaml").write_text(ORG_CATALOGUE, encoding="utf-8")
    (tmp_path / ".aibeleid-check.toml").write_text('profile = "streng"\ncatalogus = ["tools.yaml"]\n', encoding="utf-8")
    policy = tmp_path / "beleid.yaml"
    policy.write_text(POLICY.format(tool="BakkerijGPT", agreement="ja", personal="nee"), encoding="utf-8")
    proc = run_cli("check", "--format", "concise", "--select", "AIB611", "--today", "2026-11-28", str(policy))
    assert proc.returncode == 0, proc.stderr
    assert "AIB611 [warning] 'BakkerijGPT'" in proc.stdout
    assert "https://example.org/voorwaarden" in proc.stdout


def test_catalogue_loads_only_for_the_rules_that_read_it():
    """AIB305 (basis) reads it when a policy lists tools (about 9 ms once per process, measured with the C
    YAML loader); without that rule, basis never loads it."""
    code = (
        "import sys\n"
        "from aibeleid_check.engine import RuleSet, Settings, check_path\n"
        f"check_path({str(POLICIES / 'voorbeeld.yaml')!r}, RuleSet(settings=Settings(ignore=('AIB305',))))\n"
        "assert 'aibeleid_check.catalogue' not in sys.modules\n"
        f"check_path({str(POLICIES / 'voorbeeld.yaml')!r}, RuleSet(settings=Settings(profile='streng')))\n"
        "assert 'aibeleid_check.catalogue' in sys.modules\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


# --- aibeleid-check tools ----------------------------------------------------------------------------------


def test_tools_json_lists_the_dated_catalogue(tmp_path):
    proc = run_cli("tools", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout)
    assert document["bijgewerkt"] == "2026-12-01"
    assert {"chatgpt-consument", "microsoft-365-copilot", "deepl-pro"} <= {tool["id"] for tool in document["tools"]}
    assert all(tool["bronnen"] and tool["gecontroleerd"] for tool in document["tools"])


def test_tools_table_in_dutch_and_english(tmp_path):
    dutch = run_cli("tools", cwd=tmp_path)
    english = run_cli("tools", "--lang", "en", cwd=tmp_path)
    assert dutch.returncode == english.returncode == 0
    assert "Catalogus van AI-tools (bijgewerkt 1 december 2026)" in dutch.stdout
    assert "verwerkersovereenkomst" in dutch.stdout
    assert "Catalogue of AI tools (updated 1 December 2026)" in english.stdout
    assert "processing agreement" in english.stdout


def test_tools_with_an_old_organisation_catalogue_warns_on_stderr(tmp_path):
    (tmp_path / "oud.yaml").write_text(
        ORG_CATALOGUE.replace("bijgewerkt: 2026-10-01", "bijgewerkt: 2024-06-01"), encoding="utf-8"
    )
    (tmp_path / ".aibeleid-check.toml").write_text('catalogus = ["oud.yaml"]\n', encoding="utf-8")
    proc = run_cli("tools", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "meer dan 12 maanden geleden" in proc.stderr
    document = json.loads(proc.stdout)  # stdout stays one JSON document
    assert document["verouderd"] is True
    assert "bakkerij-gpt" in {tool["id"] for tool in document["tools"]}


def test_tools_warns_when_the_builtin_catalogue_itself_gets_old():
    out, err = io.StringIO(), io.StringIO()
    tools_command.write(catalogue.load(), date(2027, 12, 2), "json", "en", out, err)
    assert "over 12 months ago" in err.getvalue()
    assert json.loads(out.getvalue())["verouderd"] is True
    out, err = io.StringIO(), io.StringIO()
    tools_command.write(catalogue.load(), date(2027, 12, 1), "json", "en", out, err)
    assert err.getvalue() == ""


def test_tools_with_a_broken_organisation_catalogue_exits_2(tmp_path):
    (tmp_path / "kapot.yaml").write_text("tools: [\n", encoding="utf-8")
    (tmp_path / ".aibeleid-check.toml").write_text('catalogus = ["kapot.yaml"]\n', encoding="utf-8")
    proc = run_cli("tools", cwd=tmp_path)
    assert proc.returncode == 2
    assert "kapot.yaml" in proc.stderr and "geen geldige YAML" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_check_with_a_broken_organisation_catalogue_is_a_config_error(tmp_path):
    (tmp_path / "kapot.yaml").write_text("tools: [\n", encoding="utf-8")
    (tmp_path / ".aibeleid-check.toml").write_text('profile = "streng"\ncatalogus = ["kapot.yaml"]\n', encoding="utf-8")
    (tmp_path / "beleid.yaml").write_text(
        (POLICIES / "voorbeeld-streng.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    proc = run_cli("check", "--format", "concise", "--today", "2026-11-28", str(tmp_path / "beleid.yaml"))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "kapot.yaml' is geen geldige YAML" in proc.stderr
    assert "Traceback" not in proc.stderr
