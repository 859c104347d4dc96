"""The schema in a real editor: yaml-language-server (from the npm registry) driven over LSP.

What a user sees while typing a policy: the completion lists, the hover texts, and no diagnostics on a
valid policy (the project's example, and what ``init`` writes). The server is installed with ``npm install``
into a cache folder once (``AIBELEID_NPM_CACHE`` or ``~/.cache/aibeleid-check-tests``); without npm, or
when the registry cannot be reached, the tests are skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from lsp import LanguageServer

from conftest import POLICIES, ROOT, run_cli

pytestmark = pytest.mark.slow
VERSION = "1"  # the major version the schema is written for (yaml-language-server 1.x)
CACHE = Path(os.environ.get("AIBELEID_NPM_CACHE", Path.home() / ".cache" / "aibeleid-check-tests"))


@pytest.fixture(scope="module")
def server_command() -> list[str]:
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is not installed: cannot install yaml-language-server")
    folder = CACHE / f"yaml-language-server-{VERSION}"
    exe = folder / "node_modules" / ".bin" / "yaml-language-server"
    if not exe.exists():
        folder.mkdir(parents=True, exist_ok=True)
        proc = subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--silent", "--prefix", str(folder), f"yaml-language-server@{VERSION}"],
            capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        if proc.returncode != 0 or not exe.exists():
            pytest.skip(f"npm install yaml-language-server failed: {(proc.stderr or proc.stdout).strip()[-300:]}")
    return [str(exe), "--stdio"]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("editor")


@pytest.fixture(scope="module")
def server(server_command, workspace):
    """The server with the schema mapped to *.yaml, as docs/integrations.md tells users to set it up."""
    schema = ROOT / "schema" / "aibeleid.schema.json"
    settings = {"yaml": {"schemas": {schema.as_uri(): ["*.yaml"]}, "validate": True, "completion": True,
                         "hover": True, "schemaStore": {"enable": False}}}  # fmt: skip
    language_server = LanguageServer(server_command, settings, workspace)
    warm = (workspace / "warm.yaml").as_uri()  # the first document waits for the configuration to arrive
    language_server.open(warm, "organisatie: A\n")
    language_server.wait_for_diagnostics(warm)
    yield language_server
    language_server.close()


def _open(server, workspace: Path, name: str, text: str) -> str:
    uri = (workspace / name).as_uri()
    server.open(uri, text)
    return uri


def _labels(server, workspace, name: str, text: str) -> list[str]:
    lines = text.split("\n")
    uri = _open(server, workspace, name, text)
    return [item["label"] for item in server.completion(uri, len(lines) - 2, len(lines[-2]))]


def test_agreement_completes_the_four_canonical_values(server, workspace):
    text = "goedgekeurde_tools:\n  - naam: DeepL Pro\n    verwerkersovereenkomst: \n"
    assert _labels(server, workspace, "overeenkomst.yaml", text) == ["ja", "nee", "aangevraagd", "niet-nodig"]


def test_personal_data_completes_ja_and_nee(server, workspace):
    text = "goedgekeurde_tools:\n  - naam: DeepL Pro\n    persoonsgegevens: \n"
    assert _labels(server, workspace, "persoonsgegevens.yaml", text) == ["ja", "nee"]


def test_keys_are_the_dutch_ones_without_aliases(server, workspace):
    labels = _labels(server, workspace, "sleutels.yaml", "organisatie: A\n\n")
    assert "goedgekeurde_tools" in labels and "ingangsdatum" in labels
    assert not {"approved_tools", "organisation", "organization", "rules", "contact"} & set(labels), labels
    tool = _labels(server, workspace, "tool.yaml", "goedgekeurde_tools:\n  - naam: A\n    \n")
    assert "verwerkersovereenkomst" in tool and not {"vendor", "supplier", "plan", "note", "notes"} & set(tool), tool


def test_rule_ids_follow_their_list_and_explain_themselves(server, workspace):
    uri = _open(server, workspace, "mag.yaml", "regels:\n  mag:\n    - id: \n")
    items = server.completion(uri, 2, 10)
    assert [item["label"] for item in items] == ["concepten", "brainstormen", "openbare-informatie", "uitleg"]
    documentation = items[0]["documentation"]["value"]
    assert "Concepten laten schrijven" in documentation and "Having drafts written" in documentation
    forbidden = _labels(server, workspace, "mag_niet.yaml", "regels:\n  mag_niet:\n    - id: \n")
    assert forbidden == ["geen-persoonsgegevens", "geen-bedrijfsgeheimen", "geen-eindbesluit", "altijd-controleren"]


def test_hover_shows_the_template_question_in_dutch_and_english(server, workspace):
    uri = _open(server, workspace, "hover.yaml", "organisatie: A\ngeldt_voor: Iedereen\n")
    text = server.hover(uri, 1, 3)
    assert "DIT BELEID GELDT VOOR: Wie valt eronder?" in text
    assert "THIS POLICY APPLIES TO: Who does it cover?" in text
    assert "||" not in text and "####" not in text, text


def test_a_wrong_yes_no_value_is_explained_in_words(server, workspace):
    text = (
        (POLICIES / "voorbeeld.yaml")
        .read_text(encoding="utf-8")
        .replace("persoonsgegevens: ja", "persoonsgegevens: misschien", 1)
    )
    uri = _open(server, workspace, "misschien.yaml", text.split("\n", 1)[1])  # without the modeline
    messages = [diagnostic["message"] for diagnostic in server.wait_for_diagnostics(uri)]
    assert messages == ["Kies ja of nee. (Choose ja (yes) or nee (no).)"], messages


def test_a_missing_required_field_is_marked(server, workspace):
    text = (POLICIES / "voorbeeld.yaml").read_text(encoding="utf-8").split("\n", 1)[1]
    text = "\n".join(line for line in text.splitlines() if not line.startswith("ingangsdatum:")) + "\n"
    uri = _open(server, workspace, "zonder-datum.yaml", text)
    messages = [diagnostic["message"] for diagnostic in server.wait_for_diagnostics(uri)]
    assert any("ingangsdatum" in message for message in messages), messages


@pytest.mark.parametrize("name", ["voorbeeld.yaml", "voorbeeld-streng.yaml", "sjabloon.yaml"])
def test_the_project_policies_open_clean(server, name):
    path = POLICIES / name
    uri = path.as_uri()  # its own modeline points at ../schema/aibeleid.schema.json
    server.open(uri, path.read_text(encoding="utf-8"))
    assert server.wait_for_diagnostics(uri) == []


def test_what_init_writes_opens_clean(server, tmp_path):
    proc = run_cli("init", "--no-input", "--organisatie", "Kapsalon Ayse", "--tool", "Microsoft 365 Copilot:ja:ja",
                   "--aanspreekpunt", "Ayse", "--email", "ayse@example.nl", "--geldt-voor", "Iedereen",
                   "--ingangsdatum", "2026-01-01", "ai-beleid.yaml", cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    policy = tmp_path / "ai-beleid.yaml"
    assert policy.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")
    server.open(policy.as_uri(), policy.read_text(encoding="utf-8"))
    assert server.wait_for_diagnostics(policy.as_uri()) == []
