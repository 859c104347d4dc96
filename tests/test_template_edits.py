"""The template's four prohibitions with their examples changed, as a user filling the template in writes them.

The most natural edit of the template is to keep its construction and put the organisation's own people,
documents and decisions in ("Een eindbesluit laten nemen over deelnemers, bijvoorbeeld over een plaatsing."):
a sixth-round tester's Word policy had exactly that under DIT NIET and got AIB401, while `herken` (read
without a list) counted it. Each edit here must count under DIT NIET; the near misses must not.
"""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from rule_ids import AC, EB, NOT, PG, SG

EDITS = [
    (PG, "Gegevens van deelnemers invoeren: namen, diagnoses, zorgplannen, medicatie of foto's."),
    (PG, "Persoonsgegevens van leden invoeren."),
    (PG, "Gegevens van huurders invoeren: namen, adressen, huurachterstanden."),
    (PG, "Leerling- of oudergegevens invoeren: namen, cijfers, dossiers."),
    (PG, "Entering member data: names, addresses, health information."),
    (SG, "Recepten, offertes of omzetcijfers delen."),
    (SG, "Contracten met de gemeente of financiële details delen."),
    (SG, "Sharing recipes, quotes or sales figures."),
    (EB, "Een eindbesluit laten nemen over deelnemers, bijvoorbeeld over een indicatie of een plaatsing."),
    (EB, "Een eindbesluit laten nemen over leden of vrijwilligers."),
    (EB, "Een eindbesluit laten nemen over bewoners, huurders of kinderen."),
    (EB, "Een eindbesluit laten nemen over roosters of salarissen."),
    (EB, "Een besluit laten nemen over een aanvraag."),
    (EB, "Letting AI take a final decision about members or volunteers."),
    (AC, "AI-teksten overnemen zonder ze na te lezen."),
    (AC, "Vertalingen versturen zonder ze na te kijken."),
]


@pytest.mark.parametrize(("rule", "text"), EDITS)
def test_an_edited_template_prohibition_counts_under_dit_niet(rule: str, text: str):
    assert rule in recognised_ids(text, NOT)


@pytest.mark.parametrize(
    "text",
    [
        "Een samenvatting laten maken van het besluit van de ledenvergadering.",
        "Brainstormen over activiteiten voor de leden.",
        "Teksten voor de vrijwilligers laten vertalen.",
    ],
)
def test_an_item_that_names_people_but_no_decision_is_no_final_decision(text: str):
    assert EB not in recognised_ids(text, NOT)
