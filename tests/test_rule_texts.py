"""The English ``explain`` texts speak the English policy's language: its keys and its values.

An English policy writes ``approved_tools``, ``processing_agreement: yes``; the English messages name those
(``rules._keys.english_path``, ``values.agreement_word``). The English docstrings of the rules must too. A
Dutch spelling may stand beside the English one, as ``(Dutch `goedgekeurde_tools`)``, for the author whose
file has the canonical Dutch keys. Template rule ids (``geen-persoonsgegevens``) and rule codes are ids in
both languages and stay.
"""

from __future__ import annotations

import re

import pytest

from aibeleid_check.model import KEY_TABLES
from aibeleid_check.rules import BUILTIN_RULES
from aibeleid_check.rules._keys import english_key
from aibeleid_check.values import AGREEMENT_VALUES, AGREEMENT_VALUES_EN, yes_no_word
from conftest import run_cli

DUTCH_KEYS = frozenset(name for table in KEY_TABLES.values() for name in table if english_key(name, table) != name)
"""Canonical keys whose English alias is another word (``naam`` -> ``name``; not ``email``, not ``id``)."""
DUTCH_VALUES = frozenset(
    {dutch for dutch, english in zip(AGREEMENT_VALUES, AGREEMENT_VALUES_EN, strict=True) if dutch != english}
    | {yes_no_word(value, "nl") for value in (True, False)}
)
"""The values an English policy writes in English: ``ja``/``nee``, ``aangevraagd``, ``niet-nodig``."""
DUTCH_WORDS = DUTCH_KEYS | DUTCH_VALUES

# "(Dutch `regels.mag_niet`)", "Dutch `ja`, `nee`": a Dutch spelling given beside the English one.
_DUTCH_ASIDE = re.compile(r"\(Dutch\b[^)]*\)|\bDutch\s+(?:`[^`]*`(?:,\s*|\s+or\s+|\s+and\s+)?)+")
_WORD = re.compile(r"[\w-]+")


def dutch_words(text: str) -> list[str]:
    """The Dutch key names and values ``text`` uses outside a Dutch aside, in the order they stand."""
    return [word for word in _WORD.findall(_DUTCH_ASIDE.sub(" ", text)) if word in DUTCH_WORDS]


def english_text(rule) -> str:
    doc = rule.doc("en")
    return "\n".join([doc.summary, *(f"{title}\n{body}" for title, body in doc.sections)])


def test_the_dutch_words_come_from_the_key_and_value_tables():
    assert {"goedgekeurde_tools", "mag_niet", "moet", "mag", "verwerkersovereenkomst", "naam", "tekst"} <= DUTCH_KEYS
    assert {"ja", "nee", "aangevraagd", "niet-nodig"} <= DUTCH_VALUES
    assert not DUTCH_WORDS & {"email", "id", "rules", "approved_tools", "yes", "not-needed"}


def test_the_check_sees_dutch_keys_and_values_but_not_asides_or_rule_ids():
    assert dutch_words("under `mag_niet` or as a duty under `moet`") == ["mag_niet", "moet"]
    assert dutch_words("- naam: DeepL Pro\n  verwerkersovereenkomst: ja") == ["naam", "verwerkersovereenkomst", "ja"]
    assert dutch_words("`rules.forbidden` (Dutch `regels.mag_niet`)") == []
    assert dutch_words("one of `yes` or `no` (Dutch `ja`, `nee`) and `mag`") == ["mag"]
    assert dutch_words("Dutch `ja` or `nee`; no customer data (`geen-persoonsgegevens`)") == []


@pytest.mark.parametrize("rule", BUILTIN_RULES, ids=lambda rule: rule.code)
def test_english_explain_names_english_keys_and_values(rule):
    assert dutch_words(english_text(rule)) == [], f"{rule.code}: Dutch key or value in the English explain text"


# --- the English examples do what the Dutch ones do ---------------------------------------------------------

EXAMPLE_TITLES = {"Voorbeeld": "example", "Example": "example", "Zo wel": "instead", "Instead": "instead"}
ENGLISH_WORDING_NOT_RECOGNISED = {
    # The English example sentence is the Dutch one translated, but the meaning engine does not read it as the
    # rule's case yet (src/aibeleid_check/meaning/); the key names are not the cause: with Dutch keys it is
    # the same. Strict, so that the entry goes when the engine learns the wording.
}


def _example_cases():
    for rule in BUILTIN_RULES:
        for kind in ("example", "instead"):
            mark = ()
            if (rule.code, kind) in ENGLISH_WORDING_NOT_RECOGNISED:
                mark = (pytest.mark.xfail(reason=ENGLISH_WORDING_NOT_RECOGNISED[rule.code, kind], strict=True),)
            yield pytest.param(rule, kind, id=f"{rule.code}-{kind}", marks=mark)


@pytest.fixture(scope="module")
def example_findings(tmp_path_factory):
    """The codes each rule's Dutch and English examples give, checked once in one run (streng, a fixed day)."""
    import json

    folder = tmp_path_factory.mktemp("examples")
    files = {}
    for rule in BUILTIN_RULES:
        for lang in ("nl", "en"):
            for title, body in rule.doc(lang).sections:
                if title in EXAMPLE_TITLES:
                    path = folder / f"{rule.code}-{EXAMPLE_TITLES[title]}-{lang}.yaml"
                    path.write_text(body + "\n", encoding="utf-8")
                    files[str(path)] = (rule.code, EXAMPLE_TITLES[title], lang)
    proc = run_cli("check", "--format", "json", "--profile", "streng", "--today", "2026-12-01", "--isolated", *files)
    found = {}
    for file in json.loads(proc.stdout)["files"]:
        found[files[file["path"]]] = sorted({finding["rule"] for finding in file["findings"]})
    return found


@pytest.mark.parametrize(("rule", "kind"), list(_example_cases()))
def test_english_example_gives_the_findings_of_the_dutch_one(rule, kind, example_findings):
    """Translating keys and values (``ja`` -> ``yes``, ``naam`` -> ``name``) must not change what an example shows."""
    dutch, english = example_findings.get((rule.code, kind, "nl")), example_findings.get((rule.code, kind, "en"))
    if dutch is None or english is None:
        pytest.skip("no example in one of the languages")
    assert english == dutch
