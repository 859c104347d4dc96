"""Round 21b (geen-eindbesluit and altijd-controleren): fresh-wording probes and the classes added for them.

The probes (``tests/data/recognition/probes_round21_judging.yaml``) were written and labelled by the corpus
labelling guide before the engine was read; the floors are the numbers after the round minus one sentence.
"""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from probes import assert_floors, assert_labelled_by_the_guide, load_probes

GE = "geen-eindbesluit"
AC = "altijd-controleren"
FAMILY = frozenset((GE, AC))
PROBES = "probes_round21_judging.yaml"

FLOORS = {  # (language, rule): at least this many of the probes stating it found
    ("nl", GE): 27,
    ("nl", AC): 30,
    ("en", GE): 15,
    ("en", AC): 20,
}
MOST_OTHERS_COUNTED = {"nl": 1, "en": 1}


def test_probe_file_is_labelled_by_the_guide() -> None:
    assert_labelled_by_the_guide(load_probes(PROBES))


def test_probe_floors() -> None:
    assert_floors(load_probes(PROBES), FAMILY, FLOORS, MOST_OTHERS_COUNTED)


CASES = [
    # Dutch participles of making and their -e forms name what AI made
    ("Gebruik nooit een door AI opgestelde brief zonder hem na te lezen.", AC, True),
    ("Zorg dat een mens de gegenereerde tekst heeft gelezen voordat die wordt verstuurd.", AC, True),
    ("Bij twijfel corrigeert de medewerker het concept.", AC, False),
    # 'bij gebruik van AI': the work made with AI
    ("Bij gebruik van AI voor een brief corrigeert de medewerker het concept.", AC, True),
    # the positive limit: only checked output
    ("Alleen gecontroleerde AI-teksten mogen naar een klant.", AC, True),
    ("Only reviewed AI output may be shared with clients.", AC, True),
    ("Alleen gecontroleerde bronnen gebruiken we in onze artikelen.", AC, False),
    # taking over as it is
    ("Neem een antwoord van ChatGPT nooit zonder meer over.", AC, True),
    ("Lees AI-output nooit onkritisch.", AC, True),
    ("Dit is zonder meer een goede ontwikkeling voor onze organisatie.", AC, False),
    # an AI-made word keeps a check beside personal data a check of output
    ("Clinicians verify the AI-drafted letter before it is added to the patient's record.", AC, True),
    ("Verify the patient's record before the appointment.", AC, False),
    # approval after 'until' gating what AI made
    ("Nothing produced by AI is published on our website until an editor has approved it.", AC, True),
    ("No new tool is used until the IT manager has approved it.", AC, False),
    # the form of one's own text, and whether a use complies, are no check of AI's output
    ("Check de spelling van teksten die ChatGPT schrijft.", AC, True),
    ("Check de spelling van je tekst met de ingebouwde spellingscontrole.", AC, False),
    ("Toets vooraf of de inzet van AI voldoet aan de AVG.", AC, False),
    # eind- compounds of judging and the award of a contract are decisions
    ("De eindbeoordeling van een stage wordt door de begeleider gegeven en niet door een AI-tool.", GE, True),
    ("De eindbeoordeling van de stage vindt plaats in juni.", GE, False),
    ("Bij het beoordelen van offertes mag AI helpen, maar de gunning doet altijd een inkoper.", GE, True),
    ("De gunning van de aanbesteding wordt in maart bekendgemaakt.", GE, False),
    # professionals named by their field decide
    ("Over een indicatie beslist altijd de zorgprofessional, niet de AI.", GE, True),
    # requests judged for tools are tool governance; a person's application is not
    ("De privacy officer beoordeelt aanvragen voor nieuwe AI-tools.", GE, False),
    ("AI mag nooit aanvragen voor een uitkering beoordelen.", GE, True),
]


@pytest.mark.parametrize(("text", "rule", "counts"), CASES)
def test_class_case(text: str, rule: str, counts: bool) -> None:
    assert (rule in recognised_ids(text)) is counts
