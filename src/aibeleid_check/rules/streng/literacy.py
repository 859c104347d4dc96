"""AIB601: the policy says how staff learn to use AI responsibly (AI Act art. 4)."""

from __future__ import annotations

from aibeleid_check.findings import Severity
from aibeleid_check.meaning_streng import says_literacy
from aibeleid_check.rules.streng.common import ClauseRule


class AiLiteracy(ClauseRule):
    """Het beleid zegt niet hoe medewerkers leren verantwoord met AI te werken.

    Wat het controleert:
        Of een afspraak of regel zegt hoe medewerkers leren met AI om te gaan: een training, cursus,
        instructie of werkafspraak ("Nieuwe medewerkers krijgen een korte instructie over dit beleid",
        "Iedereen volgt jaarlijks de e-learning AI-geletterdheid"). Gezocht wordt in `afspraken` en in de
        teksten onder `regels`, in het Nederlands en Engels.
    Waarom:
        AI-verordening (EU) 2024/1689, artikel 4 (AI-geletterdheid), van toepassing sinds 2 februari 2025
        (artikel 113): wie AI-systemen inzet, neemt maatregelen om te zorgen dat personeel voldoende
        AI-geletterd is. Die plicht is wet; wat "voldoende" is, is een afweging, en of je het in dit beleid
        opschrijft of elders vastlegt ook. Daarom een waarschuwing en geen fout. De Autoriteit
        Persoonsgegevens (handreiking, 23 oktober 2025): houd de aanpak en de voortgang bij.
    Voorbeeld:
        afspraken:
          - Twijfel je, vraag het aanspreekpunt.
    Zo wel:
        afspraken:
          - Nieuwe medewerkers krijgen in hun eerste week een instructie over dit beleid; iedereen volgt
            jaarlijks de korte training AI-geletterdheid.

    --- en ---
    The policy does not say how staff learn to use AI responsibly.

    What it checks:
        Whether an agreement or rule says how staff learn to work with AI: a training, course, instruction
        or briefing ("New staff get a short briefing on this policy", "Everyone completes the AI literacy
        e-learning every year"). Searched in `afspraken` and in the texts under `regels`, Dutch or English.
    Why:
        AI Act (EU) 2024/1689, article 4 (AI literacy), applicable since 2 February 2025 (article 113):
        deployers of AI systems take measures to ensure a sufficient level of AI literacy of their staff.
        The duty is law; what is "sufficient" is a judgement, and so is whether you record it in this
        policy or elsewhere. Hence a warning, not an error. The Dutch DPA (guide, 23 October 2025): keep a record of
        the approach and progress.
    Example:
        afspraken:
          - When in doubt, ask the contact person.
    Instead:
        afspraken:
          - New staff get a briefing on this policy in their first week; everyone completes the short AI
            literacy training every year.
    """

    code = "AIB601"
    slug = "ai-geletterdheid"
    severity = Severity.WARNING

    recognises = staticmethod(says_literacy)
    missing = (
        "Het beleid zegt niet hoe medewerkers leren verantwoord met AI te werken (AI-verordening art. 4).",
        "The policy does not say how staff learn to use AI responsibly (AI Act art. 4).",
    )
