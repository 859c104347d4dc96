"""The HTML overview in a real browser: headless Chromium from the OS packages.

The session fixture installs the Debian package ``chromium`` when it is missing and we are root; where it
cannot be installed the tests are skipped with the reason.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import POLICIES, run_cli

EXAMPLE = (POLICIES / "voorbeeld.yaml").read_text(encoding="utf-8")
HOSTILE = "Schurk <script>document.title='gehackt'</script> B.V."
CLIENTS = 12

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def chromium() -> str:
    exe = shutil.which("chromium")
    if exe:
        return exe
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip("chromium is not installed and cannot be installed here (needs root and apt-get)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    proc = subprocess.run(["apt-get", "install", "-y", "-q", "chromium"], capture_output=True, text=True, env=env, timeout=900)
    if proc.returncode != 0:  # a new machine has no package lists yet
        subprocess.run(["apt-get", "update", "-q"], capture_output=True, text=True, env=env, timeout=900)
        proc = subprocess.run(["apt-get", "install", "-y", "-q", "chromium"], capture_output=True, text=True, env=env, timeout=900)
    exe = shutil.which("chromium")
    if not exe:
        pytest.skip(f"apt-get install chromium failed: {(proc.stderr or proc.stdout).strip()[-300:]}")
    return exe


@pytest.fixture(scope="module")
def overview_page(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    clients = folder / "klanten"
    clients.mkdir()
    for index in range(CLIENTS - 2):
        name = f"Klant {index:02d} B.V."
        (clients / f"klant-{index:02d}.yaml").write_text(EXAMPLE.replace("Bakkerij De Vries B.V.", name), "utf-8")
    (clients / "schurk.yaml").write_text(EXAMPLE.replace("Bakkerij De Vries B.V.", f'"{HOSTILE}"'), "utf-8")
    (clients / "stuk.yaml").write_text("organisatie: [open\n", encoding="utf-8")
    page = folder / "overzicht.html"
    proc = run_cli("check", "--format", "concise", "--today", "2026-06-01", "--report", str(page), str(clients))
    assert proc.returncode == 1, proc.stderr
    return page


def headless(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
    ]
    return subprocess.run([chromium, *flags, *args], capture_output=True, text=True, timeout=120)


def test_every_row_is_shown_and_script_in_a_policy_is_only_text(chromium, overview_page, tmp_path):
    proc = headless(chromium, tmp_path / "profiel", "--dump-dom", overview_page.as_uri())
    dom = proc.stdout
    assert "<tbody>" in dom, proc.stderr[-500:]
    body = dom.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    assert body.count("<tr>") == CLIENTS
    for index in range(CLIENTS - 2):
        assert f"Klant {index:02d} B.V." in body
    assert "onleesbaar" in body
    # The hostile name is text in the page, and its script never ran: the title is still ours.
    assert "Schurk &lt;script&gt;document.title='gehackt'&lt;/script&gt; B.V." in body
    assert re.search(r"<title>Overzicht · aibeleid-check</title>", dom)
    assert "gehackt</title>" not in dom
    # Our own inline script did run (the Content-Security-Policy hash matches it): it marks the page.
    assert re.search(r'<body class="js">', dom)


def test_screenshot_of_the_overview(chromium, overview_page, tmp_path):
    shot = Path(os.environ.get("AIBELEID_SCREENSHOT", tmp_path / "overzicht.png"))
    headless(chromium, tmp_path / "profiel", f"--screenshot={shot}", "--window-size=1200,900", overview_page.as_uri())
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000
