"""AIB608: the policy says how a new tool gets approved and who decides (good practice; GDPR art. 28(1))."""

from __future__ import annotations

from aibeleid_check.findings import Severity
from aibeleid_check.meaning.streng import says_approval_route
from aibeleid_check.rules.streng.common import ClauseRule


class ApprovalRoute(ClauseRule):
    """Het beleid zegt niet hoe een nieuwe tool wordt goedgekeurd.

    Wat het controleert:
        Of een afspraak of regel zowel een nieuwe (of andere, nog niet goedgekeurde) tool noemt als hoe die
        wordt goedgekeurd of wie dat beslist: "Wil je een nieuwe tool gebruiken? Vraag het eerst aan
        Marieke; zij beslist na het nakijken van de voorwaarden."
    Waarom:
        De wet schrijft geen goedkeuringsprocedure voor; wel mag je alleen verwerkers inschakelen die
        voldoende garanties bieden (AVG artikel 28 lid 1, een plicht zodra een tool persoonsgegevens voor je
        verwerkt), en dat moet iemand nagaan. Goede praktijk: ISO/IEC 42001 vraagt rollen en
        verantwoordelijkheden voor AI toe te wijzen, en de Autoriteit Persoonsgegevens (augustus 2024) raadt
        aan met de aanbieder van een chatbot te regelen dat die ingevoerde gegevens niet opslaat. Zonder
        route kiest iedereen zelf een tool, vaak een gratis versie. Een afweging; daarom alleen een
        mededeling.
    Voorbeeld:
        goedgekeurde_tools:
          - naam: DeepL Pro
    Zo wel:
        afspraken:
          - Een nieuwe tool gebruik je pas na akkoord van het aanspreekpunt; die kijkt de voorwaarden en
            de verwerkersovereenkomst na en zet de tool op de lijst.

    --- en ---
    The policy does not say how a new tool gets approved.

    What it checks:
        Whether an agreement or rule names both a new (or other, not yet approved) tool and how it gets
        approved or who decides: "Want to use a new tool? Ask Marieke first; she decides after checking
        the terms."
    Why:
        The law prescribes no approval procedure; but you may only use processors that provide sufficient
        guarantees (GDPR article 28(1), a duty once a tool processes personal data for you), and someone
        has to check that. Good practice: ISO/IEC 42001 asks for roles and responsibilities for AI to be
        assigned, and the Dutch DPA (August 2024) advises arranging with a chatbot's provider that it does
        not store the data entered. Without a route everyone picks a tool, often a free version. A
        judgement; hence only a notice.
    Example:
        approved_tools:
          - name: DeepL Pro
    Instead:
        agreements:
          - Use a new tool only after the contact person approves it; they check the terms and the
            processing agreement and add the tool to the list.
    """

    code = "AIB608"
    slug = "goedkeuringsroute"
    severity = Severity.INFO

    recognises = staticmethod(says_approval_route)
    missing = (
        "Het beleid zegt niet hoe een nieuwe tool wordt goedgekeurd en wie dat beslist (afweging).",
        "The policy does not say how a new tool gets approved and who decides (judgement).",
    )
