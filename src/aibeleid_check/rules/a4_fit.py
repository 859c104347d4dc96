from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.rules.base import Context, Hit, Rule

A4_PAGES_OPTION = "a4_pages"
"""Former ``Context.options`` key of the page count; the count is now ``Context.a4_pages`` (a plugin option of
this name no longer fakes AIB801)."""


class A4Fit(Rule):
    """Het beleid past niet op één A4.

    Wat het controleert:
        Hoeveel pagina's het gezette A4 echt telt. Dit wordt gemeten op de pagina zelf, dus alleen als
        het A4 gemaakt wordt: met `aibeleid-check render`, `check --a4 FILE` of `check --a4-dir DIR`.
        Een gewone `check` (zoals in de pre-commit hook) zet geen pagina en meldt dit dus niet; zo blijft
        die snel.
    Waarom:
        Het sjabloon belooft één A4 die het team leest en ophangt: "Houd het kort, dan leest je team het
        ook echt." Een tweede pagina wordt niet gelezen en valt van het prikbord.
    Voorbeeld:
        Twaalf regels onder `mag`, tien onder `mag_niet` en vijftien tools met lange toelichtingen:
        het A4 telt 2 pagina's.
    Zo wel:
        Houd het bij de regels van het sjabloon plus een paar eigen regels, schrijf elke regel in één
        zin, en zet lange toelichtingen bij tools in een apart document.

    --- en ---
    The policy does not fit on one A4 page.

    What it checks:
        How many pages the typeset A4 really has. It is measured on the page itself, so only when the A4
        is made: with `aibeleid-check render`, `check --a4 FILE` or `check --a4-dir DIR`. A plain `check`
        (as in the pre-commit hook) typesets nothing and so never reports this; that keeps it fast.
    Why:
        The template promises one A4 the team reads and pins up: "Keep it short, then your team really
        reads it." A second page goes unread and falls off the notice board.
    Example:
        Twelve rules under `allowed`, ten under `forbidden` and fifteen tools with long notes: the A4 has
        2 pages.
    Instead:
        Keep to the template's rules plus a few of your own, write each rule as one sentence, and move
        long tool notes to a separate document.
    """

    code = "AIB801"
    slug = "past-op-een-a4"
    severity = Severity.WARNING
    needs_policy = False

    def check(self, ctx: Context) -> Iterator[Hit]:
        pages = ctx.a4_pages
        if isinstance(pages, int) and pages > 1:
            yield ctx.at(
                "",
                nl=f"Het A4 telt {pages} pagina's; het beleid hoort op één A4 te passen. Kort regels of tools in.",
                en=f"The A4 has {pages} pages; the policy should fit on one A4. Shorten rules or tools.",
            )
