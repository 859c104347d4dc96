"""docs/bronnen.md lists every article the rules cite, per law, with the date it was checked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aibeleid_check.rules import BUILTIN_RULES

BRONNEN = Path(__file__).resolve().parents[1] / "docs" / "bronnen.md"

LAWS = {  # a mention in a rule's text -> the heading of its section in bronnen.md
    "UAVG": "UAVG",
    "AVG": "AVG",
    "GDPR": "AVG",
    "AI-verordening": "AI-verordening",
    "AI Act": "AI-verordening",
}
_MENTION = re.compile(
    r"\b(UAVG|AVG|GDPR|AI-verordening|AI Act)\b|\b(?:art(?:ikel|icle)?\.?|Art\.)\s*(\d+)|\b(?:bijlage|Annex) (III|I)\b",
    re.IGNORECASE,
)


def cited(text: str) -> set[tuple[str, str]]:
    """(law, article) pairs: each article counts for the last law named before it in the same text."""
    found: set[tuple[str, str]] = set()
    for half in text.split("--- en ---"):  # the English half names its laws anew
        found |= _cited_in(half)
    return found


def _cited_in(text: str) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    law = None
    for match in _MENTION.finditer(text):
        if match.group(1):
            law = LAWS[next(key for key in LAWS if key.lower() == match.group(1).lower())]
        elif law and match.group(2):
            found.add((law, f"art. {match.group(2)}"))
        elif law and match.group(3):
            found.add((law, f"bijlage {match.group(3)}"))
    return found


def sections() -> dict[str, str]:
    parts = re.split(r"^## ", BRONNEN.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return {part.split("\n", 1)[0].split(" ")[0]: part for part in parts[1:]}


def listed(section: str, article: str) -> bool:
    return re.search(rf"^\| {re.escape(article)} \|", section, re.MULTILINE) is not None


def test_citation_reader_attributes_articles_to_the_last_law_named():
    assert cited("AVG artikel 33 lid 1: … Artikel 34 lid 1 … GDPR art. 9") == {
        ("AVG", "art. 33"),
        ("AVG", "art. 34"),
        ("AVG", "art. 9"),
    }
    assert cited("AI-verordening bijlage III punt 4 en art. 26; UAVG artikel 46") == {
        ("AI-verordening", "bijlage III"),
        ("AI-verordening", "art. 26"),
        ("UAVG", "art. 46"),
    }


def test_a_missing_article_is_noticed():
    assert not listed(sections()["AVG"], "art. 99")


@pytest.mark.parametrize("rule", BUILTIN_RULES, ids=lambda rule: rule.code)
def test_every_article_a_rule_cites_is_listed_in_bronnen(rule):
    by_law = sections()
    citations = sorted(cited(rule.__doc__ or ""))
    missing = [f"{law} {article}" for law, article in citations if not listed(by_law[law], article)]
    assert missing == [], f"{rule.code} cites articles docs/bronnen.md does not list"


def test_every_listed_source_has_a_check_date_or_says_it_was_not_read():
    for name, section in sections().items():
        for row in re.findall(r"^\| (?:art\.|bijlage) .*$", section, re.MULTILINE):
            assert re.search(r"\d{4}-\d{2}-\d{2}|niet (?:opnieuw )?gelezen", row), (name, row)
