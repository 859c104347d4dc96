"""The pre-commit hook, run by the real ``pre-commit try-repo`` against this checkout's committed HEAD.

pre-commit installs the package into its own virtualenv (pip may fetch the dependencies), so this is slow.
``--ref HEAD`` makes it use the committed tree: try-repo's shadow copy of uncommitted changes leaves out
untracked files, which would make a half-committed working tree fail for the wrong reason. The terminal
tests run pre-commit on a pty (util-linux ``script``), as a person typing ``git commit`` does.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import POLICIES, ROOT

pytestmark = pytest.mark.slow
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"
NETWORK_TROUBLE = ("NewConnectionError", "Temporary failure in name resolution", "No matching distribution")
BROKEN = "organisatie: Bakkerij De Vries\ningangsdatum: 2026-02-30\n"


def _git(*args: str, cwd: Path) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.nl",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.nl"}  # fmt: skip
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def user_repo(tmp_path) -> Path:
    if not PRE_COMMIT.exists() or shutil.which("git") is None:
        pytest.skip("pre-commit (dev extra) or git is not installed")
    if not (ROOT / ".git").exists():
        pytest.skip("this checkout is not a git repository; try-repo needs one")
    repo = tmp_path / "klant"
    repo.mkdir()
    _git("init", "-q", ".", cwd=repo)
    shutil.copy(POLICIES / "voorbeeld.yaml", repo / "ai-beleid.yaml")
    (repo / "beleid").mkdir()
    (repo / "beleid" / "ai_beleid_kapot.yml").write_text(BROKEN, encoding="utf-8")
    (repo / "andere.yaml").write_text(BROKEN, encoding="utf-8")  # not a policy by name: the hook skips it
    _git("add", ".", cwd=repo)
    _git("commit", "-qm", "beleid", cwd=repo)
    return repo


def _try_repo(repo: Path, *files: str) -> subprocess.CompletedProcess:
    head = _git("rev-parse", "HEAD", cwd=ROOT).strip()
    env = {**os.environ, "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home"), "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    proc = subprocess.run(
        [str(PRE_COMMIT), "try-repo", str(ROOT), "aibeleid-check", "--ref", head, "--files", *files],
        check=False, cwd=repo, env=env, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    if proc.returncode != 0 and any(sign in proc.stdout + proc.stderr for sign in NETWORK_TROUBLE):
        pytest.skip("pre-commit could not install the hook's dependencies (no package index reachable)")
    return proc


def test_hook_fails_on_a_broken_policy_and_passes_on_a_good_one(user_repo):
    broken = _try_repo(user_repo, "beleid/ai_beleid_kapot.yml", "andere.yaml")
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert "- exit code: 1" in broken.stdout, "the hook itself failed with findings, not with an error"
    assert re.search(r"beleid/ai_beleid_kapot\.yml:2:\d+: AIB202 \[error\]", broken.stdout), broken.stdout
    assert "andere.yaml:" not in broken.stdout, "files that are not named like a policy are not passed"

    good = _try_repo(user_repo, "ai-beleid.yaml")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout


def _try_repo_on_a_terminal(repo: Path, *files: str) -> str:
    """pre-commit as a person runs it: on a pty (``script``), where pre-commit runs hooks with colour."""
    if shutil.which("script") is None:
        pytest.skip("util-linux 'script' is not installed: no pty to run pre-commit on")
    head = _git("rev-parse", "HEAD", cwd=ROOT).strip()
    env = {**os.environ, "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home"), "TERM": "xterm", "COLUMNS": "120"}
    for name in ("GITHUB_ACTIONS", "NO_COLOR", "PRE_COMMIT", "CI"):
        env.pop(name, None)
    command = " ".join(
        shlex.quote(part)
        for part in (str(PRE_COMMIT), "try-repo", str(ROOT), "aibeleid-check", "--ref", head, "--color", "always",
                     "--verbose", "--files", *files)
    )  # fmt: skip
    proc = subprocess.run(["script", "-qec", command, "/dev/null"], check=False, cwd=repo, env=env, capture_output=True,
                          text=True, timeout=900)  # fmt: skip
    if proc.returncode != 0 and any(sign in proc.stdout for sign in NETWORK_TROUBLE):
        pytest.skip("pre-commit could not install the hook's dependencies (no package index reachable)")
    return proc.stdout.replace("\r\n", "\n")


ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def test_on_a_terminal_the_hook_prints_one_line_per_finding(user_repo):
    (user_repo / "AI-Beleid.yaml").write_text(BROKEN + "goedgekeurde_tools:\n  - naam: DeepL Pro\n", encoding="utf-8")
    _git("add", ".", cwd=user_repo)
    _git("commit", "-qm", "hoofdletters", cwd=user_repo)
    raw = _try_repo_on_a_terminal(user_repo, "AI-Beleid.yaml", "ai-beleid.yaml")
    assert "\x1b[1mAI-Beleid.yaml\x1b[0m:" in raw, "our own colour on a terminal (pre-commit's is not enough)"
    text = ANSI.sub("", raw)
    hook_output = text.split("- duration:", 1)[-1]
    findings = [line for line in hook_output.splitlines() if re.match(r"AI-Beleid\.yaml:\d+:\d+: AIB\d{3} \[", line)]
    assert len(findings) >= 2, text  # the impossible date and the tool without an agreement, each on its line
    assert any("AIB202 [error]" in line for line in findings), text
    for sign in ("│", "✗", "gecontroleerd", "Overzicht", "━", "in orde"):
        assert sign not in hook_output, f"{sign!r} belongs to the Rich report, not to a hook's output:\n{text}"
    assert "ai-beleid.yaml:" not in hook_output, "the clean policy prints nothing"


def test_on_a_terminal_a_clean_policy_passes_quietly(user_repo):
    text = ANSI.sub("", _try_repo_on_a_terminal(user_repo, "ai-beleid.yaml"))
    assert re.search(r"aibeleid-check \(AI-gebruiksbeleid\)\.+Passed", text), text
    after = text.split("- duration:", 1)[-1].strip()
    assert after == "" or "ai-beleid.yaml" not in after, text
