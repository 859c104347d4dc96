"""AIB602: the policy says what to do when data went into a tool by mistake (GDPR art. 33 and 34)."""

from __future__ import annotations

from aibeleid_check.findings import Severity
from aibeleid_check.meaning.streng import says_breach_route
from aibeleid_check.rules.streng.common import ClauseRule


class BreachRoute(ClauseRule):
    """Het beleid zegt niet wat je doet als er per ongeluk gegevens in een tool zijn gezet.

    Wat het controleert:
        Of één afspraak of regel zowel de vergissing noemt (per ongeluk, datalek, incident) als wat je dan
        doet (melden, het aanspreekpunt laten weten). Bijvoorbeeld: "Heb je per ongeluk persoonsgegevens
        ingevoerd? Meld het direct bij het aanspreekpunt; die beoordeelt of het een datalek is."
    Waarom:
        AVG artikel 33 lid 1: de verwerkingsverantwoordelijke (de organisatie) meldt een datalek zonder
        onnodige vertraging en zo mogelijk binnen 72 uur bij de Autoriteit Persoonsgegevens, tenzij het
        waarschijnlijk geen risico oplevert voor de rechten en vrijheden van mensen; lid 5: elk datalek
        wordt vastgelegd. Artikel 34 lid 1: is het risico waarschijnlijk hoog, dan worden ook de betrokkenen
        (de mensen om wie het gaat) zonder onnodige vertraging ingelicht. Dat lukt alleen als medewerkers
        een vergissing meteen intern melden, zodat het aanspreekpunt beide kan beoordelen. De Autoriteit
        Persoonsgegevens kreeg in 2024 meldingen van datalekken doordat medewerkers patiënt- en
        klantgegevens in AI-chatbots invoerden, en in 2025 tientallen, vooral via gratis versies. De meld-
        en informatieplicht zijn wet; hoe je de interne route opschrijft is een afweging. Daarom een
        waarschuwing.
    Voorbeeld:
        afspraken:
          - Gebruik alleen de goedgekeurde tools.
    Zo wel:
        afspraken:
          - Per ongeluk persoonsgegevens ingevoerd? Meld het binnen een uur bij het aanspreekpunt; die
            beoordeelt of het een datalek is, meldt het zo nodig binnen 72 uur bij de AP en licht bij een
            hoog risico de betrokkenen in.

    --- en ---
    The policy does not say what to do when data went into a tool by mistake.

    What it checks:
        Whether one agreement or rule names both the mistake (by accident, data breach, incident) and what
        to do then (report it, tell the contact person). For example: "Entered personal data by mistake?
        Report it to the contact person at once; they judge whether it is a data breach."
    Why:
        GDPR article 33(1): the controller (the organisation) notifies a personal data breach to the
        supervisory authority without undue delay and where feasible within 72 hours, unless it is unlikely
        to result in a risk to people's rights and freedoms; 33(5): every breach is documented. Article
        34(1): when the risk is likely to be high, the data subjects (the people concerned) are told
        without undue delay too. That only works when staff report a mistake internally at once, so that
        the contact person can judge both. The Dutch DPA received breach reports in 2024 of staff entering
        patient and customer data into AI chatbots, and dozens in 2025, mostly through free versions. The
        duties to notify and inform are law; how you write the internal route down is a judgement. Hence a
        warning.
    Example:
        agreements:
          - Only use the approved tools.
    Instead:
        agreements:
          - Entered personal data by mistake? Report it to the contact person within an hour; they judge
            whether it is a data breach, notify the DPA within 72 hours if needed and, when the risk is
            high, tell the people concerned.
    """

    code = "AIB602"
    slug = "datalek-route"
    severity = Severity.WARNING

    recognises = staticmethod(says_breach_route)
    missing = (
        (
            "Het beleid zegt niet wat je doet als er per ongeluk gegevens in een tool zijn gezet (melden bij "
            "het aanspreekpunt, dat beoordeelt of het een datalek is en wie ingelicht moet worden; AVG art. 33 "
            "en 34; de route opschrijven is een afweging)."
        ),
        (
            "The policy does not say what to do when data went into a tool by mistake (report it to the "
            "contact person, who judges whether it is a data breach and who must be told; GDPR art. 33 and "
            "34; writing the route down is a judgement)."
        ),
    )
