from conftest import POLICIES, run_cli


def test_example_policy_is_clean():
    proc = run_cli("check", "--format", "concise", str(POLICIES / "voorbeeld.yaml"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout == ""
