from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.rules._keys import english_path
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.template import FIELD_LABELS
from aibeleid_check.values import is_placeholder


class RequiredFields(Rule):
    """Een van de vier invulvelden van het sjabloon is leeg.

    Wat het controleert:
        Of de vier velden uit "Vul in voor jullie" zijn ingevuld: GOEDGEKEURDE TOOLS
        (`goedgekeurde_tools`), AANSPREEKPUNT BIJ TWIJFEL (`aanspreekpunt`), DIT BELEID GELDT VOOR
        (`geldt_voor`) en INGANGSDATUM (`ingangsdatum`). Invulmarkeringen als "n.t.b.", "…",
        "[invullen]" of "nog invullen" tellen als leeg.
    Waarom:
        Het sjabloon zegt het zelf: "Vier velden, en je beleid staat." Zonder goedgekeurde tools weet
        niemand welke tool wel mag; zonder aanspreekpunt weet niemand wie beslist bij twijfel.
    Voorbeeld:
        aanspreekpunt: n.t.b.
        geldt_voor: "[invullen]"
    Zo wel:
        aanspreekpunt:
          naam: Marieke de Vries
          email: marieke@example.nl
        geldt_voor: Alle medewerkers en stagiairs

    --- en ---
    One of the template's four fill-in fields is empty.

    What it checks:
        Whether the template's four fill-in fields are filled in: APPROVED TOOLS (`approved_tools`, Dutch
        `goedgekeurde_tools`), CONTACT WHEN IN DOUBT (`contact`, Dutch `aanspreekpunt`), THIS POLICY APPLIES TO
        (`applies_to`, Dutch `geldt_voor`) and EFFECTIVE DATE (`effective_date`, Dutch `ingangsdatum`).
        Placeholders such as "tbd", "…", "[fill in]" or the Dutch "n.t.b." and "nog invullen" count as empty.
    Why:
        The template says it itself: four fields, and your policy stands. Without approved tools nobody
        knows which tool is allowed; without a contact nobody knows who decides when in doubt.
    Example:
        contact: tbd
        applies_to: "[fill in]"
    Instead:
        contact:
          name: Marieke de Vries
          email: marieke@example.nl
        applies_to: All employees and interns
    """

    code = "AIB201"
    slug = "veld-leeg"
    severity = Severity.ERROR

    def check(self, ctx: Context) -> Iterator[Hit]:
        policy = ctx.policy
        filled = {
            "goedgekeurde_tools": bool(policy.goedgekeurde_tools),
            "aanspreekpunt": policy.aanspreekpunt is not None
            and not all(
                is_placeholder(getattr(policy.aanspreekpunt, name)) for name in ("naam", "rol", "email", "telefoon")
            ),
            "geldt_voor": any(not is_placeholder(item) for item in policy.geldt_voor or ()),
            "ingangsdatum": policy.ingangsdatum is not None,
        }
        for name, ok in filled.items():
            if ok or ctx.invalid(name):
                continue
            label = FIELD_LABELS[name]
            if ctx.present(name):
                yield ctx.at(
                    name,
                    nl=f"{label.nl} ({name}) is niet ingevuld.",
                    en=f"{label.en} ({english_path(name)}) is not filled in.",
                )
            elif ctx.document is not None and ctx.document.form in ("docx", "markdown"):
                yield ctx.at(  # a document has headings, not keys
                    name,
                    nl=f"{label.nl} ontbreekt: voeg de kop {label.nl} toe, met het antwoord eronder.",
                    en=f"{label.en} is missing: add the heading {label.en} with the answer under it.",
                )
            else:
                yield ctx.at(
                    name,
                    nl=f"{label.nl} ontbreekt: voeg '{name}:' toe.",
                    en=f"{label.en} is missing: add '{english_path(name)}:'.",
                )
