"""AIB619: the policy allows generating images of people but does not exclude sexual or intimate images."""

from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.rules.streng.common import clause_texts, permissive_texts
from aibeleid_check.rules.streng.concepts import says


def allows_images_of_people(text: str) -> bool:
    return says("images", text) and says("of_people", text) and says("generating", text) and not says("negation", text)


class IntimateImagery(Rule):
    """Het beleid laat beelden van mensen maken, maar sluit seksuele of intieme beelden niet uit.

    Wat het controleert:
        Of een regel onder `mag`, een afspraak of de toelichting bij een tool AI beelden van mensen laat
        maken of bewerken ("Foto's van medewerkers laten bewerken voor de website", "Generate images of
        people for campaigns"), en zo ja, of een tekst seksuele, naakte of intieme beelden uitsluit.
    Waarom:
        De AI-verordening (EU) 2024/1689 kreeg met Verordening (EU) 2026/1744 een nieuw verbod in artikel 5:
        AI-praktijken die seksuele of intieme beelden van echte personen maken zonder hun toestemming (zoals
        "uitkleed"-apps), en beelden van seksueel misbruik van kinderen. Het verbod geldt vanaf 2 december
        2026 (artikel 113). Het verbod is wet; het in het beleid uitsluiten is een afweging: wie "beelden
        van mensen maken mag" leest, moet weten waar de grens ligt. Daarom een waarschuwing. (De tekst van
        het nieuwe verbod is gecontroleerd via secundaire bronnen; zie docs/bronnen.md.)
    Voorbeeld:
        regels:
          mag:
            - Foto's van medewerkers laten bewerken voor de website.
    Zo wel:
        regels:
          mag:
            - Foto's van medewerkers laten bewerken voor de website, met hun toestemming.
          mag_niet:
            - Maak nooit naakte, seksuele of intieme beelden van echte mensen.

    --- en ---
    The policy allows images of people to be made, but does not exclude sexual or intimate images.

    What it checks:
        Whether an allowed rule, an agreement or a tool's note lets AI make or edit images of people ("Have
        staff photos edited for the website", "Generate images of people for campaigns"), and if so, whether
        a text excludes sexual, nude or intimate images.
    Why:
        Regulation (EU) 2026/1744 added a new prohibition to article 5 of the AI Act (EU) 2024/1689: AI
        practices that make sexual or intimate images of real people without their consent (such as
        "nudify" apps), and child sexual abuse material. It applies from 2 December 2026 (article 113). The
        prohibition is law; excluding it in the policy is a judgement: whoever reads "making images of
        people is allowed" must know where the line is. Hence a warning. (The text of the new prohibition
        was checked through secondary sources; see docs/bronnen.md.)
    Example:
        rules:
          allowed:
            - Have staff photos edited for the website.
    Instead:
        rules:
          allowed:
            - Have staff photos edited for the website, with their consent.
          forbidden:
            - Never make nude, sexual or intimate images of real people.
    """

    code = "AIB619"
    slug = "intieme-beelden"
    severity = Severity.WARNING
    profile = "streng"

    def check(self, ctx: Context) -> Iterator[Hit]:
        paths = [path for path, text in permissive_texts(ctx.policy) if allows_images_of_people(text)]
        if not paths or any(says("intimate", text) for text in clause_texts(ctx.policy)):
            return
        yield ctx.at(
            paths[0],
            nl="Deze tekst laat AI beelden van mensen maken; sluit seksuele of intieme beelden van echte mensen uit. "
            "Zulke beelden zonder toestemming maken is verboden vanaf 2 december 2026 (wet: AI-verordening art. 5, "
            "gewijzigd door Verordening (EU) 2026/1744; het in het beleid zetten is een afweging).",
            en="This text lets AI make images of people; exclude sexual or intimate images of real people. Making such "
            "images without consent is prohibited from 2 December 2026 (law: AI Act art. 5, amended by Regulation "
            "(EU) 2026/1744; writing it into the policy is a judgement).",
        )
