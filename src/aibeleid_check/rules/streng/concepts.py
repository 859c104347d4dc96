"""Word patterns for the advisor checks (AIB305, AIB407, AIB408, AIB609, AIB613, AIB614, AIB616, AIB618, AIB619).

Kept beside the rules that use them, as the brief for these checks asked; RECOG may fold them into the
``meaning`` package. Same method as ``meaning.streng``: normalise (lower case, accents off), then specific
patterns, compiled on first use so the basis profile pays nothing until a rule runs.
"""

from __future__ import annotations

import re
from functools import cache

from aibeleid_check.meaning import normalise

_PEOPLE_PHOTO = r"\b(?:personeels|team|pas|klant|leerling)foto"  # a photo of people and an image at once

_SOURCES = {
    "negation": r"\b(?:geen|niet|nooit|nimmer|verboden|never|not|no|don'?t|do not|forbidden|prohibited)\b",
    "private_account": (
        r"\b(?:eigen|prive|persoonlijke?|thuis)[ -]?(?:account|abonnement|login|chatgpt|versie)s?\b"
        r"|\bgratis (?:versie|account|abonnement)s?\b|\bpriveaccounts?\b"
        r"|\b(?:own|private|personal|home) (?:(?!work\b|company\b|business\b|organi[sz]ation\b)[\w-]+ )?"
        r"(?:account|subscription|login)s?\b|\bfree (?:version|account|tier|plan)s?\b"
    ),
    "work_account": (
        r"\bwerk[ -]?accounts?\b|\bzakelijke? (?:account|login)s?\b|\baccount van (?:het |de )?(?:werk|bedrijf|organisatie|zaak)\b"
        r"|\b(?:work|company|business|organisation|organization) (?:account|login)s?\b"
    ),
    "training_off": (
        r"\btraining (?:staat |is )?(?:uit|uitgezet|uitgeschakeld)\b|\b(?:zet|zetten) (?:de )?training uit\b"
        r"|\bniet (?:gebruikt )?(?:voor|om) (?:\w+ )?(?:te )?train|\bgeen training op\b|\bopt[ -]?out\b"
        r"|\btraining (?:is )?(?:off|disabled|switched off|turned off)\b|\bnot used (?:for|to) train"
        r"|\bopted out\b|\bai data retention (?:uit|off)\b|\bimprove the model for everyone\b.{0,30}\b(?:uit|off)\b"
    ),
    "hr_people": (
        r"\bsollicit|\bkandida|\bwerving|\bvacature|\bpersoneel|\bmedewerkers?\b|\bwerknemers?\b|\bstagiair"
        r"|\bapplicant|\bcandidate|\brecruit|\bhiring\b|\bemployees?\b|\bstaff\b|\bjob applications?\b"
    ),
    "hr_assessing": (
        r"\bselecte|\bbeoordel|\bscreen|\bfilter|\brangschik|\branking|\bevalue|\bshortlist|\bprestaties\b"
        r"|\bfunctionering|\bpromotie|\bontslag|\bselect|\bassess|\brank\b|\bperformance\b|\bappraisal"
    ),
    "emotion": (
        r"\bemoties?\b|\bemotieherkenning|\bgemoedstoestand|\bstemming (?:van|meten|peilen|analyseren)"
        r"|\bemotions?\b|\bemotion (?:recognition|detection|analysis)|\bmood\b|\bsentiment (?:of|van) (?:staff|medewerkers)"
    ),
    "emotion_reading": (
        r"\bherken|\bdetect|\banalys|\bmeten\b|\bmeet\b|\blezen\b|\bpeil|\bscore|\bafleid|\binschat"
        r"|\brecogni|\bdetect|\banalys|\bmeasur|\bread|\binfer|\bscor"
    ),
    "work_or_school": (
        r"\bmedewerkers?\b|\bwerknemers?\b|\bpersoneel|\bcollega|\bsollicit|\bkandida|\bleerling|\bstudent"
        r"|\bop het werk\b|\bop kantoor\b|\bin de klas\b|\bvergadering|\bgesprekken\b|\bteams?\b"
        r"|\bemployees?\b|\bstaff\b|\bworkers?\b|\bapplicant|\bcandidate|\bpupils?\b|\bat work\b|\bin class\b"
        r"|\bmeetings?\b|\binterviews?\b"
    ),
    "images": (
        r"\b(?:afbeelding|beeld|foto|plaatje|portret|video|avatar|profielfoto)\w*"
        r"|\b(?:images?|pictures?|photos?|portraits?|videos?|avatars?|headshots?)\b"
        rf"|{_PEOPLE_PHOTO}"
    ),
    "of_people": (
        r"\b(?:van|met) (?:\w+ )?(?:mensen|personen|medewerkers|klanten|collega|deelnemers|kinderen|leerlingen|gezichten)"
        r"|\b(?:of|with) (?:\w+ )?(?:people|persons|staff|employees|customers|colleagues|faces|children)\b|\bdeepfake"
        r"|\b(?:staff|employee|team|customer|client|pupil|student|people'?s|children'?s) (?:photos?|pictures?|images?|"
        rf"portraits?|headshots?|videos?)\b|{_PEOPLE_PHOTO}"
    ),
    "generating": r"\bgenere|\bmaken\b|\bmaak\b|\bcreeer|\bcreer|\bbewerk|\bgenerat|\bcreat|\bmake\b|\bedit",
    "intimate": r"\bnaakt|\bintiem|\bseksue|\bexplicie|\bnude|\bintimate|\bsexual|\bexplicit|\bporn",
    "dpia": (
        r"\bdpia\b|\bgegevensbeschermingseffectbeoordeling|\bdata protection impact assessment"
        r"|\bprivacy impact assessment|\bpia\b"
    ),
    "sensitive_subjects": (
        r"\bsollicit|\bcv'?s?\b|\bpersoneelsdossier|\bbeoordelingsgesprek|\bfunctioneringsgesprek|\bverzuim"
        r"|\bziekmeld|\bgezondheid|\bmedisch|\bpatient|\bhr\b|\bapplicant|\bresumes?\b|\bpersonnel file"
        r"|\bperformance review|\bsick leave|\bhealth|\bmedical"
    ),
    "employees_only": r"\bmedewerkers?\b|\bwerknemers?\b|\bpersoneel|\bcollega|\bin dienst\b|\bemployees?\b|\bstaff\b",
    "others_on_behalf": (
        r"\bstagiair|\buitzend|\bfreelance|\bzzp|\binhuur|\bingehuurd|\bvrijwillig|\bexterne?n?\b|\bflex"
        r"|\bleveranciers?\b|\bnamens\b|\bderden\b|\biedereen\b|\balle(?:n| personen)\b|\bcontractors?\b"
        r"|\btemps?\b|\binterns?\b|\bvolunteers?\b|\beveryone\b|\banyone\b|\bon (?:our|its) behalf\b|\bthird parties\b"
    ),
}


@cache
def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(_SOURCES[name])


def says(name: str, text: str | None) -> bool:
    """Whether ``text`` contains the concept ``name`` (a key of ``_SOURCES``)."""
    return bool(text) and _pattern(name).search(normalise(text or "")) is not None
