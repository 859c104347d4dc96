"""Inline suppressions: both forms, reasons, unused and unknown codes, and that AIB901/AIB902 stay visible."""

from __future__ import annotations

import json

from aibeleid_check import suppressions
from conftest import POLICIES, run_cli

BASE = (POLICIES / "voorbeeld.yaml").read_text(encoding="utf-8")
NO_CONTACT = BASE.replace("  email: marieke@bakkerijdevries.example\n", "").replace("  telefoon: 010 123 45 67\n", "")
"""One finding, AIB501 (warning), on the line of `aanspreekpunt:`."""


def check(write_policy, text, *extra):
    proc = run_cli("check", "--format", "json", "--today", "2026-06-01", *extra, str(write_policy(text)))
    assert proc.returncode in (0, 1), proc.stderr
    return [(f["rule"], f["line"], f["message"]) for f in json.loads(proc.stdout)["files"][0]["findings"]]


def rules_of(findings):
    return [rule for rule, _, _ in findings]


def test_without_suppression_the_finding_is_there(write_policy):
    assert rules_of(check(write_policy, NO_CONTACT)) == ["AIB501"]


def test_trailing_comment_suppresses_the_finding_on_its_line(write_policy):
    text = NO_CONTACT.replace(
        "aanspreekpunt:\n", "aanspreekpunt:  # aibeleid-check: ignore[AIB501] reden: via receptie\n"
    )
    assert check(write_policy, text) == []


def test_comment_on_the_line_above_suppresses_the_next_line(write_policy):
    text = NO_CONTACT.replace(
        "aanspreekpunt:\n",
        "# aibeleid-check: ignore[AIB501] reden: via receptie\n# (nog een gewone opmerking)\n\naanspreekpunt:\n",
    )
    assert check(write_policy, text) == []


def test_comment_two_content_lines_above_does_not_reach(write_policy):
    text = NO_CONTACT.replace("geldt_voor:\n", "# aibeleid-check: ignore[AIB501] reden: x\ngeldt_voor:\n")
    assert rules_of(check(write_policy, text)) == ["AIB501", "AIB902"]


def test_file_level_form_and_several_codes(write_policy):
    text = "# aibeleid-check: ignore-file[AIB501, AIB204] reden: kleine organisatie\n" + NO_CONTACT
    text = text.replace("herzieningsdatum: 2027-03-01\n", "")
    assert check(write_policy, text, "--today", "2028-01-01") == []


def test_english_reason_keyword_and_case(write_policy):
    text = NO_CONTACT.replace(
        "aanspreekpunt:\n", "aanspreekpunt:  # AIBELEID-CHECK: Ignore[aib501] Reason: front desk\n"
    )
    assert check(write_policy, text) == []


def test_missing_reason_still_suppresses_but_is_reported(write_policy):
    text = NO_CONTACT.replace("aanspreekpunt:\n", "aanspreekpunt:  # aibeleid-check: ignore[AIB501]\n")
    findings = check(write_policy, text)
    at = text.splitlines().index("aanspreekpunt:  # aibeleid-check: ignore[AIB501]") + 1
    assert [(rule, line) for rule, line, _ in findings] == [("AIB901", at)]
    text = NO_CONTACT.replace("aanspreekpunt:\n", "aanspreekpunt:  # aibeleid-check: ignore[AIB501] reden:\n")
    assert rules_of(check(write_policy, text)) == ["AIB901"]


def test_suppression_that_suppresses_nothing_is_reported_per_code(write_policy):
    text = BASE.replace(
        "aanspreekpunt:\n", "aanspreekpunt:  # aibeleid-check: ignore[AIB501, AIB777, AIB302] reden: x\n"
    )
    findings = check(write_policy, text)
    assert rules_of(findings) == ["AIB902", "AIB902", "AIB902"]
    messages = " ".join(message for _, _, message in findings)
    assert "AIB501 onderdrukt niets" in messages and "onbekende code AIB777" in messages
    assert "AIB302 onderdrukt niets" in messages


def test_suppression_of_a_rule_that_is_switched_off_is_not_reported(write_policy):
    text = BASE.replace("aanspreekpunt:\n", "aanspreekpunt:  # aibeleid-check: ignore[AIB501] reden: x\n")
    assert check(write_policy, text, "--ignore", "AIB501") == []


def test_unreadable_directive_is_reported(write_policy):
    text = BASE.replace("aanspreekpunt:\n", "aanspreekpunt:  # aibeleid-check: negeer AIB501\n")
    findings = check(write_policy, text)
    assert rules_of(findings) == ["AIB902"] and "niet begrepen" in findings[0][2]


def test_suppressions_about_suppressions_cannot_be_suppressed(write_policy):
    text = NO_CONTACT.replace(
        "aanspreekpunt:\n",
        "aanspreekpunt:  # aibeleid-check: ignore[AIB501, AIB901]\n",
    )
    text = "# aibeleid-check: ignore-file[AIB902] reden: probeer alles stil te krijgen\n" + text
    findings = check(write_policy, text)
    assert sorted(rules_of(findings)) == ["AIB901", "AIB902", "AIB902"]


def test_switching_the_suppression_rules_off_in_config(write_policy):
    text = BASE.replace("aanspreekpunt:\n", "aanspreekpunt:  # aibeleid-check: ignore[AIB501]\n")
    assert check(write_policy, text, "--ignore", "AIB90") == []


def test_hash_inside_a_value_is_not_a_comment():
    parsed = suppressions.parse(("organisatie: C#aibeleid-check: ignore[AIB103] reden: x",))
    assert parsed == []


def test_english_messages(write_policy):
    text = NO_CONTACT.replace("aanspreekpunt:\n", "aanspreekpunt:  # aibeleid-check: ignore[AIB501]\n")
    proc = run_cli("check", "--format", "concise", "--lang", "en", str(write_policy(text)))
    assert "Suppression of AIB501 without a reason" in proc.stdout


def test_thousands_of_suppression_comment_lines_are_linear():
    """12.3: each comment line looked ahead for the next content line (155 KB of comments: 7 s)."""
    import time

    from aibeleid_check import source

    lines = ["# aibeleid-check: ignore[AIB501] reden: x"] * 8000 + ["organisatie: A"]
    started = time.process_time()
    doc = source.parse_bytes("\n".join(lines).encode())
    parsed = suppressions.from_comments(doc.comments, doc.lines)
    assert time.process_time() - started < 1.0
    assert len(parsed) == 8000 and parsed[0].covers == frozenset({1, 8001})


def test_markdown_and_word_comments_suppress_through_the_document():
    from aibeleid_check import source

    doc = source.Document(
        path="x.md", lines=("<!-- aibeleid-check: ignore[AIB501] reden: balie -->", "", "Aanspreekpunt: de balie")
    )
    doc.comments = {1: "<!-- aibeleid-check: ignore[AIB501] reden: balie -->"}
    (item,) = suppressions.from_comments(doc.comments, doc.lines)
    assert (item.codes, item.reason, item.covers) == (("AIB501",), "balie", frozenset({1, 3}))
    word = suppressions.from_comments(
        {4: "aibeleid-check: ignore[AIB302] reden: eigen server"}, ("a", "b", "c", "Tool X")
    )
    assert (word[0].codes, word[0].reason, word[0].covers) == (("AIB302",), "eigen server", frozenset({4}))
