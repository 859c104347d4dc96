"""AIB602: the policy says what to do when data went into a tool by mistake (GDPR art. 33)."""

from __future__ import annotations

from aibeleid_check.findings import Severity
from aibeleid_check.meaning_streng import says_breach_route
from aibeleid_check.rules.streng.common import ClauseRule


class BreachRoute(ClauseRule):
    """Het beleid zegt niet wat je doet als er per ongeluk gegevens in een tool zijn gezet.

    Wat het controleert:
        Of één afspraak of regel zowel de vergissing noemt (per ongeluk, datalek, incident) als wat je dan
        doet (melden, het aanspreekpunt laten weten). Bijvoorbeeld: "Heb je per ongeluk persoonsgegevens
        ingevoerd? Meld het direct bij het aanspreekpunt; die beoordeelt of het een datalek is."
    Waarom:
        AVG artikel 33: een datalek wordt zonder onnodige vertraging en zo mogelijk binnen 72 uur gemeld
        bij de Autoriteit Persoonsgegevens, en elk datalek wordt vastgelegd. Dat lukt alleen als
        medewerkers een vergissing meteen intern melden. De Autoriteit Persoonsgegevens kreeg in 2024
        meldingen van datalekken doordat medewerkers patiënt- en klantgegevens in AI-chatbots invoerden,
        en in 2025 tientallen meer. De meldplicht is wet; hoe je de interne route opschrijft is een
        afweging. Daarom een waarschuwing.
    Voorbeeld:
        afspraken:
          - Gebruik alleen de goedgekeurde tools.
    Zo wel:
        afspraken:
          - Per ongeluk persoonsgegevens ingevoerd? Meld het binnen een uur bij het aanspreekpunt; die
            beoordeelt of het een datalek is en meldt het zo nodig binnen 72 uur bij de AP.

    --- en ---
    The policy does not say what to do when data went into a tool by mistake.

    What it checks:
        Whether one agreement or rule names both the mistake (by accident, data breach, incident) and what
        to do then (report it, tell the contact person). For example: "Entered personal data by mistake?
        Report it to the contact person at once; they judge whether it is a data breach."
    Why:
        GDPR article 33: a personal data breach is notified to the supervisory authority without undue
        delay and where feasible within 72 hours, and every breach is documented. That only works when
        staff report a mistake internally at once. The Dutch DPA received breach reports in 2024 of staff
        entering patient and customer data into AI chatbots, and dozens more in 2025. The duty is law; how
        you write the internal route down is a judgement. Hence a warning.
    Example:
        afspraken:
          - Only use the approved tools.
    Instead:
        afspraken:
          - Entered personal data by mistake? Report it to the contact person within an hour; they judge
            whether it is a data breach and notify the DPA within 72 hours if needed.
    """

    code = "AIB602"
    slug = "datalek-route"
    severity = Severity.WARNING

    recognises = staticmethod(says_breach_route)
    missing = (
        "Het beleid zegt niet wat je doet als er per ongeluk gegevens in een tool zijn gezet "
        "(melden bij het aanspreekpunt, dat beoordeelt of het een datalek is; AVG art. 33).",
        "The policy does not say what to do when data went into a tool by mistake "
        "(report it to the contact person, who judges whether it is a data breach; GDPR art. 33).",
    )
