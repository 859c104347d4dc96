"""What a batch remembers from one file for the next (catalogue matches, rule sets) must never change a
file's findings: each file of a batch gets exactly the findings it gets when checked on its own."""

from __future__ import annotations

from datetime import date

from aibeleid_check import batch, catalogue
from aibeleid_check.config import Resolver
from aibeleid_check.options import RunOptions

POLICY = """\
organisatie: Bakkerij {n}
regels:
  mag: ["{allowed}"]
  mag_niet:
    - "{forbidden}"
goedgekeurde_tools:
  - naam: {tool}
    abonnement: {plan}
    verwerkersovereenkomst: ja
    persoonsgegevens: ja
aanspreekpunt: {{naam: Marieke, email: marieke@example.nl}}
geldt_voor: Iedereen
ingangsdatum: 2026-03-01
"""

FILES = (
    # same tool name, different plans: a catalogue answer remembered by name alone would leak
    dict(tool="ChatGPT", plan="Plus", allowed="Teksten laten herschrijven.", forbidden="Deel geen klantgegevens."),
    dict(tool="ChatGPT", plan="Business", allowed="Teksten laten herschrijven.", forbidden="Deel geen klantgegevens."),
    # same tool and plan, different rule texts: a file's own recognition, not its neighbour's
    dict(tool="Claude", plan="Pro", allowed="Klantgegevens invoeren.", forbidden="Laat AI nooit zelf beslissen."),
    dict(tool="Claude", plan="Pro", allowed="Samenvattingen maken.", forbidden="Neem nooit blind iets over."),
    # the same text in another list: a permission there, a prohibition here
    dict(tool="Claude", plan="Team", allowed="Samenvattingen maken.", forbidden="Klantgegevens invoeren."),
)


def _findings(result) -> list[list[tuple]]:
    return [
        [(f.rule, f.severity.value, f.field, f.line, f.column, f.message.nl) for f in file.findings]
        + [("recognised", str(file.recognised))]
        for file in result.files
    ]


def test_each_file_of_a_batch_gets_its_own_findings(tmp_path):
    paths = []
    for n, values in enumerate(FILES):
        path = tmp_path / f"beleid-{n}.yaml"
        path.write_text(POLICY.format(n=n, **values), encoding="utf-8")
        paths.append(str(path))
    options = RunOptions(paths=(str(tmp_path),), isolated=True, profile="streng", today=date(2026, 6, 1))

    alone = [_findings(batch.check_files([path], Resolver(options), jobs=1))[0] for path in paths]
    together = _findings(batch.check_files(paths, Resolver(options), jobs=1))
    backwards = _findings(batch.check_files(paths[::-1], Resolver(options), jobs=1))[::-1]
    parallel = _findings(batch.check_files(paths * 3, Resolver(options), jobs=2))

    assert together == alone
    assert backwards == alone
    assert parallel == alone * 3
    assert alone[0] != alone[1]  # the plans differ in the catalogue: AIB611/AIB612 on Plus only
    assert alone[2] != alone[3]
    assert "geen-persoonsgegevens" in alone[4][-1][1] and "geen-persoonsgegevens" not in alone[2][-1][1]


def test_a_catalogue_remembers_each_name_and_plan_on_its_own(tmp_path):
    loaded = catalogue.load()
    first = [getattr(loaded.match("ChatGPT", plan), "id", None) for plan in ("Plus", "Business", None, "Plus")]
    again = [getattr(loaded.match("ChatGPT", plan), "id", None) for plan in ("Plus", "Business", None, "Plus")]
    assert first == again
    assert first[0] != first[1] and first[0] == first[3]
    assert first[2] is None  # "ChatGPT" alone: free and Enterprise differ too much


def test_an_organisation_catalogue_does_not_see_the_builtin_answers(tmp_path):
    own = tmp_path / "tools.yaml"
    own.write_text(
        """\
bijgewerkt: 2026-11-01
tools:
  - id: bakkerij-gpt
    product: BakkerijGPT
    leverancier: Bakkerij BV
    abonnement: intern
    namen: [bakkerijgpt]
    consument: nee
    verwerkersovereenkomst: ja
    training_standaard: nee
    bronnen: [https://example.org/bakkerij]
    gecontroleerd: 2026-10-01
""",
        encoding="utf-8",
    )
    assert catalogue.load().match("BakkerijGPT") is None
    assert catalogue.load((str(own),)).match("BakkerijGPT").id == "bakkerij-gpt"
    assert catalogue.load().match("BakkerijGPT") is None


def test_a_full_match_memo_starts_afresh(monkeypatch):
    monkeypatch.setattr(catalogue, "_MATCHES_KEPT", 3)
    loaded = catalogue.load()
    expected = {name: getattr(loaded._match((name,)), "id", None) for name in ("ChatGPT Plus", "Claude Pro", "x", "y")}
    for _ in range(3):
        assert {name: getattr(loaded.match(name), "id", None) for name in expected} == expected
        assert len(loaded._matched) <= 3


def test_a_remembered_reading_is_the_reading_of_that_text_in_that_list():
    from aibeleid_check import meaning

    read_again = meaning.explain.__wrapped__
    cases = [(text, kind) for text in ("Klantgegevens invoeren.", "Laat AI nooit zelf beslissen.") for kind in LISTS]
    for text, kind in cases + cases[::-1]:
        assert meaning.explain(text, kind) == read_again(text, kind), (text, kind)
    assert meaning.explain(cases[0][0], "mag_niet") != meaning.explain(cases[0][0], "mag")
    long_text = "Deel geen klantgegevens. " * 200  # longer than is ever read: read again, not kept
    assert meaning.explain(long_text) == read_again(long_text)


LISTS = (None, "mag", "mag_niet", "moet")


def test_the_remembered_readings_can_be_forgotten():
    from aibeleid_check import meaning

    first = meaning.explain("Deel geen klantgegevens.", "mag_niet")
    meaning.explain.cache_clear()
    assert meaning.explain("Deel geen klantgegevens.", "mag_niet") == first
