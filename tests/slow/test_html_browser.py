"""The HTML overview in a real browser: headless Chromium from the OS packages.

The tests skip, with the reason, when ``/usr/bin/chromium`` is absent; they never install it (the lead's
``.ci/run`` installs it for the slow target). They look at the page as a browser draws it: the DOM after the
script ran, a screenshot at screen size, and the printed PDF (page count, page numbers, one total).
"""

from __future__ import annotations

import os
import re
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
    """Chromium from the OS packages. Tests never install system packages: without it they are skipped."""
    exe = "/usr/bin/chromium"
    if not os.path.exists(exe):
        pytest.skip("Chromium is not installed (/usr/bin/chromium); `apt-get install chromium` to run these")
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
    assert dom.count('<tbody class="client"') == CLIENTS, proc.stderr[-500:]
    for index in range(CLIENTS - 2):
        assert f"Klant {index:02d} B.V." in dom
    assert dom.index("stuk.yaml") < dom.index("Klant 00 B.V."), "the unreadable file comes first"
    # The hostile name is text in the page, and its script never ran: the title is still ours.
    assert "Schurk &lt;script&gt;document.title='gehackt'&lt;/script&gt; B.V." in dom
    assert re.search(r"<title>Overzicht · aibeleid-check</title>", dom)
    assert "gehackt</title>" not in dom
    # Our own inline script did run (the Content-Security-Policy hash matches it): it marks the page.
    assert re.search(r'<body class="js">', dom)


def test_screenshot_of_the_overview(chromium, overview_page, tmp_path):
    shot = Path(os.environ.get("AIBELEID_SCREENSHOT", tmp_path / "overzicht.png"))
    headless(chromium, tmp_path / "profiel", f"--screenshot={shot}", "--window-size=1200,900", overview_page.as_uri())
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000


def test_print_gives_a_block_per_client_page_numbers_and_one_total(chromium, overview_page, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    pdf = tmp_path / "overzicht.pdf"
    headless(chromium, tmp_path / "profiel", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", overview_page.as_uri())
    pages = [page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages]
    assert 1 <= len(pages) <= 6, len(pages)
    for number, text in enumerate(pages, 1):
        assert f"Pagina {number} van {len(pages)}" in text, text[-200:]
    assert sum(text.count("Totaal:") for text in pages) == 1, "the total is printed once, at the end"
    everything = "\n".join(pages)
    assert everything.count("Organisatie") == len([t for t in pages if "Klant" in t or "stuk.yaml" in t]), (
        "the table header is repeated on every page that continues the table"
    )
    # beforeprint opened every client's findings: the broken file's syntax error is on paper.
    assert "AIB001 [fout]" in everything
    assert "Uitleg van de regels" in everything


def test_headers_sort_with_the_keyboard(chromium, overview_page, tmp_path):
    """Tab to the 'Fouten' header and press Enter, then Space: trusted key presses through DevTools."""
    from cdp import Browser

    browser = Browser(chromium, tmp_path / "toetsenbord")
    try:
        browser.open(overview_page.as_uri())
        sorts = "[...document.querySelectorAll('thead th')].map(th => th.getAttribute('aria-sort'))"
        errors = "[...document.querySelectorAll('tbody.client')].map(body => Number(body.dataset.errors))"
        assert browser.evaluate(sorts)[1] == "descending", "worst first: sorted by status"
        for _ in range(30):
            browser.press("Tab")
            if browser.evaluate("document.activeElement.dataset.key") == "errors":
                break
        else:
            pytest.fail("the 'Fouten' header button is not reachable with Tab")
        browser.press("Enter")
        assert browser.evaluate(sorts)[2] == "ascending" and browser.evaluate(sorts)[1] is None
        ascending = browser.evaluate(errors)
        assert ascending == sorted(ascending)
        browser.press("Space")
        assert browser.evaluate(sorts)[2] == "descending"
        descending = browser.evaluate(errors)
        assert descending == sorted(descending, reverse=True) and descending[0] > descending[-1]
    finally:
        browser.close()
