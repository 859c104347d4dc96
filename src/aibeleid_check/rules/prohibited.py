"""AIB408: a rule allows emotion recognition at work or in education, a practice the AI Act forbids."""

from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.rules.streng.common import permissive_texts
from aibeleid_check.rules.streng.concepts import says


def allows_emotion_recognition(text: str) -> bool:
    """The text lets AI read the emotions of staff, applicants or pupils (and does not forbid it)."""
    return (
        says("emotion", text)
        and says("emotion_reading", text)
        and says("work_or_school", text)
        and not says("negation", text)
    )


class EmotionRecognition(Rule):
    """Een regel laat AI emoties herkennen van medewerkers, sollicitanten of leerlingen.

    Wat het controleert:
        Of een regel onder `mag`, een afspraak of de toelichting bij een tool AI de emoties laat herkennen,
        meten of afleiden van mensen op het werk of in het onderwijs ("Emoties van medewerkers in
        Teams-vergaderingen laten analyseren", "Let AI score candidates' mood in interviews"). Een tekst
        die het verbiedt telt niet.
    Waarom:
        AI-verordening (EU) 2024/1689, artikel 5 lid 1 onder f, van toepassing sinds 2 februari 2025
        (artikel 113, onder a): het in de handel brengen, in gebruik stellen of gebruiken van AI-systemen
        om emoties van een persoon af te leiden op de werkplek en in onderwijsinstellingen is verboden,
        behalve om medische of veiligheidsredenen. Dat verbod is wet en geldt ook voor wie zo'n systeem
        alleen gebruikt. Of een bepaalde toepassing eronder valt (het verbod gaat over afleiden uit
        biometrische gegevens, zoals gezicht of stem) is een afweging; daarom een waarschuwing, ook in het
        profiel basis.
    Voorbeeld:
        regels:
          mag:
            - Emoties van medewerkers in Teams-vergaderingen laten analyseren.
    Zo wel:
        regels:
          mag:
            - Notulen van Teams-vergaderingen laten samenvatten.

    --- en ---
    A rule lets AI recognise the emotions of staff, applicants or pupils.

    What it checks:
        Whether an allowed rule, an agreement or a tool's note lets AI recognise, measure or infer the
        emotions of people at work or in education ("Have staff emotions in Teams meetings analysed", "Let AI
        score candidates' mood in interviews"). A text that forbids it does not count.
    Why:
        AI Act (EU) 2024/1689, article 5(1)(f), applicable since 2 February 2025 (article 113(a)): placing on
        the market, putting into service or using AI systems to infer the emotions of a person in the
        workplace and in education institutions is prohibited, except for medical or safety reasons. That
        prohibition is law and binds whoever merely uses such a system. Whether a given use falls under it
        (the prohibition is about inferring from biometric data, such as face or voice) is a judgement;
        hence a warning, in the basis profile too.
    Example:
        rules:
          allowed:
            - Have staff emotions in Teams meetings analysed.
    Instead:
        rules:
          allowed:
            - Have minutes of Teams meetings summarised.
    """

    code = "AIB408"
    slug = "emotieherkenning"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterator[Hit]:
        for path, text in permissive_texts(ctx.policy):
            if allows_emotion_recognition(text):
                yield ctx.at(
                    path,
                    nl="Deze tekst laat AI emoties van mensen op het werk of in het onderwijs herkennen: dat is "
                    "verboden sinds 2 februari 2025, behalve om medische of veiligheidsredenen (wet: AI-verordening "
                    "art. 5 lid 1 onder f; of deze toepassing eronder valt is een afweging).",
                    en="This text lets AI recognise the emotions of people at work or in education: prohibited since "
                    "2 February 2025, except for medical or safety reasons (law: AI Act art. 5(1)(f); whether this use "
                    "falls under it is a judgement).",
                )
