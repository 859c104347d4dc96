"""The value parsers: what people really write for dates, ja/nee, agreements and placeholders."""

from __future__ import annotations

from datetime import date

import pytest

from aibeleid_check import values

MARCH_1 = date(2026, 3, 1)


@pytest.mark.parametrize(
    "text",
    [
        "2026-03-01",
        "2026-3-1",
        "01-03-2026",
        "1-3-2026",
        "01/03/2026",
        "1.3.2026",
        "1-3-'26",
        "1 maart 2026",
        "1 Maart 2026",
        "1 mrt. 2026",
        "1 mrt 2026",
        "1e maart 2026",
        "zondag 1 maart 2026",
        "zo. 1 maart 2026",
        "m.i.v. 1 maart 2026",
        "met ingang van 1 maart 2026",
        "vanaf 01-03-2026",
        "per 1 maart 2026",
        "1 March 2026",
        "2026-03-01T09:00:00Z",
    ],
)
def test_dates_people_write(text):
    assert values.parse_date(text) == MARCH_1


def test_day_first_is_never_read_month_first():
    assert values.parse_date("03/04/2026") == date(2026, 4, 3)


@pytest.mark.parametrize("text", ["03/31/2026", "04-15-2026", "12.25.2026", "2/29/2028"])
def test_all_numeric_month_first_is_refused_as_ambiguous_with_how_to_write_it(text):
    with pytest.raises(values.ValueProblem) as raised:
        values.parse_date(text)
    assert "dubbelzinnig" in raised.value.message.nl and "ambiguous" in raised.value.message.en
    assert "maand-dag-jaar" in raised.value.message.nl and "month-day-year" in raised.value.message.en
    assert "2026-" in raised.value.message.nl or "2028-" in raised.value.message.nl  # how to write it instead


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # issue 10.3, as real policies write them
        ("April 15, 2026", date(2026, 4, 15)),
        ("Sep 30, 2025", date(2025, 9, 30)),
        ("30 June, 2023", date(2023, 6, 30)),
        ("25 augustus 2025 13:04", date(2025, 8, 25)),
        ("15 april 2026 13:04", date(2026, 4, 15)),
        # month names in either order, English and Dutch, abbreviated or not
        ("15 April 2026", date(2026, 4, 15)),
        ("april 15 2026", date(2026, 4, 15)),
        ("maart 1, 2026", MARCH_1),
        ("Sept. 30, 2025", date(2025, 9, 30)),
        ("1 mrt. 2026", MARCH_1),
        ("1 Mar 2026", MARCH_1),
        ("March 1st, 2026", MARCH_1),
        ("1st March 2026", MARCH_1),
        ("2nd of March 2026", date(2026, 3, 2)),
        ("1e maart 2026", MARCH_1),
        ("1-mrt-2026", MARCH_1),
        ("01-Mar-2026", MARCH_1),
        # with a weekday, a comma or a time
        ("Wednesday, April 15, 2026", date(2026, 4, 15)),
        ("Wed 15 April 2026", date(2026, 4, 15)),
        ("woensdag 15 april 2026", date(2026, 4, 15)),
        ("wo. 15 april 2026", date(2026, 4, 15)),
        ("maandag, 2 maart 2026", date(2026, 3, 2)),
        ("15 april 2026, 13:04", date(2026, 4, 15)),
        ("15 april 2026 om 13.04 uur", date(2026, 4, 15)),
        ("April 15, 2026 at 1:04 pm", date(2026, 4, 15)),
        ("April 15, 2026 13:04:59", date(2026, 4, 15)),
        ("01-03-2026 13:04", MARCH_1),
        ("2026-03-01 13:04", MARCH_1),
        ("2026/03/01", MARCH_1),
        ("2026.3.1", MARCH_1),
        ("2026-03-01T13:04:00+01:00", MARCH_1),
    ],
)
def test_dates_with_month_names_as_real_policies_write_them(text, expected):
    assert values.parse_date(text) == expected


@pytest.mark.parametrize("text", ["April 31, 2026", "31 juni 2026"])
def test_impossible_dates_with_month_names_say_why(text):
    with pytest.raises(values.ValueProblem, match="heeft geen dag 31"):
        values.parse_date(text)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("2026-02-30", "februari 2026 heeft geen dag 30"),
        ("31-04-2026", "april 2026 heeft geen dag 31"),
        ("29-02-2027", "februari 2027 heeft geen dag 29"),
        ("2026-13-01", "geen maand 13"),
        ("31 juni 2026", "juni 2026 heeft geen dag 31"),
    ],
)
def test_impossible_dates_say_why(text, problem):
    with pytest.raises(values.ValueProblem) as raised:
        values.parse_date(text)
    assert problem in raised.value.message.nl
    assert raised.value.message.en


def test_leap_day_in_a_leap_year_exists():
    assert values.parse_date("29-02-2028") == date(2028, 2, 29)


@pytest.mark.parametrize("text", ["1 maart", "maart 2026", "12345", "volgende week", "1 foo 2026", "2026"])
def test_unreadable_dates(text):
    with pytest.raises(values.ValueProblem, match="geen datum die ik kan lezen"):
        values.parse_date(text)


@pytest.mark.parametrize("text", [None, "", "  ", "n.t.b.", "…", "...", "[invullen]", "<datum>", "nog invullen", "TBD"])
def test_placeholder_dates_are_empty_not_wrong(text):
    assert values.parse_date(text) is None


@pytest.mark.parametrize(
    ("parser", "value"),
    [
        (values.parse_date, ["2026-03-01"]),
        (values.parse_date, {"dag": "1"}),
        (values.parse_yes_no, ["ja"]),
        (values.parse_agreement, ["ja"]),
        (values.parse_agreement, {"status": "ja"}),
    ],
)
def test_a_list_or_mapping_is_not_mistaken_for_a_placeholder(parser, value):
    # "['a']" looks like the placeholder "[invullen]"; a structure must be reported, not read as empty
    with pytest.raises(values.ValueProblem, match="Hier hoort"):
        parser(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ja", True),
        ("Ja", True),
        ("yes", True),
        ("true", True),
        ("JA ", True),
        ("nee", False),
        ("no", False),
        ("false", False),
        ("n.v.t.", False),
        ("nvt", False),
        (True, True),
        (False, False),
        (None, None),
        ("n.t.b.", None),
    ],
)
def test_yes_no(text, expected):
    assert values.parse_yes_no(text) is expected


def test_yes_no_rejects_maybe():
    with pytest.raises(values.ValueProblem) as raised:
        values.parse_yes_no("misschien")
    assert raised.value.message.nl == "'misschien' is geen ja of nee."
    assert raised.value.message.en == "'misschien' is not yes or no."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ja", "ja"),
        ("yes", "ja"),
        (True, "ja"),
        ("getekend", "ja"),
        ("nee", "nee"),
        ("no", "nee"),
        (False, "nee"),
        ("aangevraagd", "aangevraagd"),
        ("Requested", "aangevraagd"),
        ("niet-nodig", "niet-nodig"),
        ("niet nodig", "niet-nodig"),
        ("not needed", "niet-nodig"),
        (None, None),
        ("[invullen]", None),
        # issue 10.3: the clear words real policies use
        ("afgesloten", "ja"),
        ("aanwezig", "ja"),
        ("signed DPA", "ja"),
        ("in place", "ja"),
        ("Signed", "ja"),
        ("Getekend.", "ja"),
        ("ondertekend", "ja"),
        ("DPA signed", "ja"),
        ("DPA in place", "ja"),
        ("ja, getekend", "ja"),
        ("Yes, signed", "ja"),
    ],
)
def test_agreement_values(text, expected):
    assert values.parse_agreement(text) == expected


@pytest.mark.parametrize("text", ["enterprise contract", "misschien", "zie contract", "DPA"])
def test_unclear_agreement_statuses_stay_a_finding_that_names_the_accepted_values(text):
    with pytest.raises(values.ValueProblem, match="ja, nee, aangevraagd, niet-nodig") as raised:
        values.parse_agreement(text)
    assert not raised.value.ambiguous


@pytest.mark.parametrize("text", ["n.v.t.", "N.V.T", "nvt", "n/a", "N/A"])
def test_nvt_as_agreement_status_is_no_longer_read_as_not_needed(text):
    """Issue 13.4: n.v.t. can mean 'no agreement is needed' or 'there is none'; the author has to say which."""
    with pytest.raises(values.ValueProblem) as raised:
        values.parse_agreement(text)
    assert raised.value.ambiguous and raised.value.value == text


def test_agreement_rejects_unknown_state_and_lists_the_choices():
    with pytest.raises(values.ValueProblem, match="ja, nee, aangevraagd, niet-nodig"):
        values.parse_agreement("misschien")


@pytest.mark.parametrize(
    "text",
    [None, "", "n.t.b.", "N.T.B.", "…", "...", "[invullen]", "[naam]", "<naam>", "{naam}", "nog invullen", "?", "xxx"]
    + ["unknown", "Unknown", "TBC", "to be determined", "to be confirmed", "fill in", "[name]"],  # English fill-ins
)
def test_placeholders(text):
    assert values.is_placeholder(text)


@pytest.mark.parametrize(
    "text", ["Marieke", "Alle medewerkers", "ChatGPT Team", "X-ray Tools B.V.", "[Bakkerij] De Vries"]
)
def test_real_values_are_not_placeholders(text):
    assert not values.is_placeholder(text)


def test_format_date_in_both_languages():
    assert values.format_date(MARCH_1) == "1 maart 2026"
    assert values.format_date(MARCH_1, "en") == "1 March 2026"


def test_values_in_messages_are_shown_on_one_line_and_cut_short():
    assert values.shown("ja\n  nee") == "ja nee"
    long = values.shown("x" * 200)
    assert len(long) == 60 and long.endswith("…")
    with pytest.raises(values.ValueProblem) as raised:
        values.parse_date("1\nfoo\n" + "y" * 100)
    assert "\n" not in raised.value.message.nl and len(raised.value.message.nl) < 150


# --- month arithmetic, one place (issue 12.20, 14.9) -------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 12, 15), 12, date(2027, 12, 15)),
        (date(2026, 1, 15), -13, date(2024, 12, 15)),
        (date(9999, 12, 31), 12, date.max),  # past the calendar: saturates, never an AssertionError
        (date(9999, 6, 30), 7, date.max),
        (date(1, 1, 1), -1, date.min),
    ],
)
def test_add_months(day, months, expected):
    assert values.add_months(day, months) == expected


def test_year_9999_dates_give_no_internal_error_in_any_rule():
    from aibeleid_check import engine, source

    text = VALID_9999.encode()
    ruleset = engine.RuleSet(settings=engine.Settings(profile="streng", today=date(2026, 6, 1)))
    result = engine.check_document(source.parse_bytes(text), ruleset)
    assert "AIB900" not in [f.rule for f in result.findings], [f.message.en for f in result.findings]


VALID_9999 = """\
organisatie: A
regels:
  mag_niet: [geen-persoonsgegevens, geen-bedrijfsgeheimen, geen-eindbesluit, altijd-controleren]
goedgekeurde_tools:
  - naam: Microsoft 365 Copilot
    verwerkersovereenkomst: ja
aanspreekpunt: a@example.nl
geldt_voor: iedereen
ingangsdatum: 9999-12-31
herzieningsdatum: 9999-12-31
"""


def test_a_long_text_is_no_date_and_is_refused_at_once():
    import time

    started = time.process_time()
    for text in ("1" + " " * 50_000 + "x", "April" + " " * 90 + "15, 2026", "maandag " * 10_000):
        with pytest.raises(values.ValueProblem, match="geen datum die ik kan lezen"):
            values.parse_date(text)
    assert time.process_time() - started < 0.5
