"""A document's contact line split into its parts; a dash between digits belongs to the phone number."""

from __future__ import annotations

import pytest

from aibeleid_check.source.tool_spec import parse_contact


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("ICT-servicedesk, 024 – 361 11 11", {"naam": "ICT-servicedesk", "telefoon": "024 – 361 11 11"}),
        ("Servicedesk, 024 - 361 11 11", {"naam": "Servicedesk", "telefoon": "024 - 361 11 11"}),
        (
            "Jan Bakker – privacy officer – 06 12 34 56 78",
            {"naam": "Jan Bakker", "rol": "privacy officer", "telefoon": "06 12 34 56 78"},
        ),
        (
            "Marieke de Vries - directeur - marieke@example.nl",
            {"naam": "Marieke de Vries", "rol": "directeur", "email": "marieke@example.nl"},
        ),
    ],
)
def test_a_contact_line_keeps_a_phone_number_with_a_dash_whole(line: str, parts: dict[str, str]):
    assert parse_contact(line)[0] == parts
