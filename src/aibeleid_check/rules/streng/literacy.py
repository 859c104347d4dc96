"""AIB601: the policy says how staff learn to use AI responsibly (AI Act art. 4)."""

from __future__ import annotations

from aibeleid_check.findings import Severity
from aibeleid_check.meaning.streng import says_literacy
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
        (artikel 113, onder a), in de tekst van Verordening (EU) 2026/1744 (in werking sinds 27 juli 2026):
        aanbieders en gebruiksverantwoordelijken van AI-systemen nemen maatregelen die de ontwikkeling van
        de AI-geletterdheid ondersteunen van hun personeel en van anderen die namens hen AI-systemen
        gebruiken; een bepaald niveau hoeft niet gegarandeerd te worden. Maatregelen nemen is een plicht
        voor elke organisatie die AI-systemen inzet; welke maatregelen, en of je ze in dit beleid opschrijft
        of elders vastlegt, is een afweging. Daarom een waarschuwing en geen fout. De Autoriteit
        Persoonsgegevens (23 oktober 2025): houd de aanpak en de voortgang intern bij.
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
        Whether an agreement or rule says how staff learn to work with AI: a training, course, instruction or
        briefing ("New staff get a short briefing on this policy", "Everyone completes the AI literacy
        e-learning every year"). Searched in `agreements` and in the texts under `rules` (Dutch `afspraken`,
        `regels`), Dutch or English.
    Why:
        AI Act (EU) 2024/1689, article 4 (AI literacy), applicable since 2 February 2025 (article 113(a)),
        as worded by Regulation (EU) 2026/1744 (in force since 27 July 2026): providers and deployers of AI
        systems take measures to support the development of AI literacy of their staff and of other
        persons using AI systems on their behalf; no specific level has to be guaranteed. Taking measures
        is a duty for every organisation that deploys AI systems; which measures, and whether you record
        them in this policy or elsewhere, is a judgement. Hence a warning, not an error. The Dutch DPA
        (23 October 2025): keep an internal record of the approach and progress.
    Example:
        agreements:
          - When in doubt, ask the contact person.
    Instead:
        agreements:
          - New staff get a briefing on this policy in their first week; everyone completes the short AI
            literacy training every year.
    """

    code = "AIB601"
    slug = "ai-geletterdheid"
    severity = Severity.WARNING

    recognises = staticmethod(says_literacy)
    missing = (
        "Het beleid zegt niet hoe medewerkers leren verantwoord met AI te werken (AI-verordening art. 4: "
        "maatregelen nemen is een plicht; ze hier opschrijven een afweging).",
        "The policy does not say how staff learn to use AI responsibly (AI Act art. 4: taking measures is a "
        "duty; writing them down here is a judgement).",
    )
