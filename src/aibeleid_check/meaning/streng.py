"""Recognising the clauses the `streng` profile asks for, in free Dutch or English text.

Same reading as :mod:`aibeleid_check.meaning`: normalise (lower case, accents off, at most MAX_CHARS
characters before and after NFKD), then specific patterns. A clause counts when one text says it;
patterns that need two ideas ("a mistake" *and* "report it") look for both in the same text, so that two
unrelated sentences elsewhere never add up to a clause.
Patterns compile on first use: the basis profile imports this module with the rules but never runs them.
"""

from __future__ import annotations

import re

from aibeleid_check.meaning.text import normalise


class _Lazy:
    """A regular expression compiled the first time it is used."""

    __slots__ = ("_source", "_compiled")

    def __init__(self, source: str) -> None:
        self._source = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source)
        return self._compiled

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)

    def sub(self, replacement: str, text: str) -> str:
        return self.pattern.sub(replacement, text)


def _compile(*patterns: str) -> _Lazy:
    return _Lazy("|".join(f"(?:{p})" for p in patterns))


_LEARNING = (
    r"(?:training|trainingen|cursus|scholing|bijscholing|instructie|workshop|opleiding|e-?learning|kennissessie|"
    r"voorlichting|awareness|webinar|masterclass|course|instruction|onboarding|briefing)"
)
_STAFF = (
    r"(?:medewerkers?|iedereen|nieuwe collega'?s|collega'?s|personeel|stagiairs?|staff|employees|everyone|"
    r"new (?:staff|hires|colleagues))"
)

# "Model training" is about the vendor, not about staff learning: removed before looking for literacy.
_MODEL_TRAINING = _compile(
    r"\b(?:model|modellen|models|ai-modellen)\w*\b.{0,20}\btrain\w*"
    r"|\btrain\w*\b.{0,30}\b(?:model|modellen|models|ai-modellen)\w*"
    r"|\b(?:gebruikt|gebruiken|used|use)\b.{0,15}\b(?:voor|for) (?:de )?training\w*"
    r"|\btraining[\s-]?(?:optie|instelling|setting|data)\w*"
)

LITERACY = _compile(
    r"\bai[\s-]?geletterd|\bgeletterdheid|\bai literacy|\bai[\s-]?vaardig",
    rf"\b{_STAFF}\b.{{0,60}}\b{_LEARNING}\b",
    rf"\b{_LEARNING}\b.{{0,60}}\b(?:{_STAFF}|verantwoord\w*|responsib\w*|gebruik van ai|ai-gebruik|using ai|use of ai)",
    rf"\b(?:volg|volgen|volgt|krijg|krijgen|krijgt|geven|geeft|attend|complete|receive)\w*\b.{{0,40}}\b{_LEARNING}\b",
    r"\b(?:leren|leert|learn)\b.{0,40}\b(?:verantwoord|veilig|responsibl|safely|omgaan met|werken met|use)",
)

_MISTAKE = _compile(
    r"\bdatalek|\bdata ?breach|\bbreach\b|\bper ongeluk|\bper abuis|\bby (?:mistake|accident)|\baccidental",
    r"\bonbedoeld|\bvergissing|\bvergist|\bincident|\bmistake|\btoch (?:\w+ ){0,4}(?:ingevoerd|gedeeld|geplakt|geupload)",  # noqa: E501
    r"\bverkeerde (?:gegevens|bestand)|\bwat niet mocht|\bniet de bedoeling|\b(?:gaat|ging) (?:er )?(?:iets )?(?:mis|fout)",  # noqa: E501
    r"\bfout gegaan|\bif you (?:\w+ ){0,2}(?:pasted|entered|uploaded|shared)|\bsomething goes wrong",
)
_REPORT = _compile(
    r"\bmeld|\bgemeld|\breport|\bnotify|\binform\b|\binformeer|\binformeren|\btell\b|\bwaarschuw|\bwarn\b",
    r"\blaat (?:\w+ ){0,3}weten|\bneem (?:\w+ )?contact|\bcontact opnemen|\bcontact\b",
    r"\baanspreekpunt|\bprivacy ?officer|\bfunctionaris gegevensbescherming|\bfg\b|\bdpo\b",
)

_PUBLISHING = _compile(
    r"\bpubliceer|\bpubliceren|\bgepubliceerd|\bpublish|\bpersbericht|\bpress release|\bnieuwsbrie[fv]|\bnewsletter",
    r"\bblogs?\b|\bsocial media|\bsociale media|\blinkedin|\binstagram|\bfacebook|\btiktok|\bop (?:de|onze) website|\bon (?:the|our) website|\bwebwinkel|\bwebshop",  # noqa: E501
    r"\bvacaturetekst|\badvertentie|\badvertis",
)
_CUSTOMER_CHATBOT = _compile(
    r"\b(?:chatbot|chat-bot|bot|assistent|assistant)\b.{0,60}\b(?:klant|bezoeker|website|webshop|webwinkel|customer|visitor)",
    r"\b(?:klant|customer|bezoeker|visitor|website)\w*\b.{0,40}\b(?:chatbot|chat-bot)",
    r"\b(?:ai|chatbot|bot)\b.{0,40}\b(?:klantvragen|klanten te woord|customer questions|answers? customers)",
)
DISCLOSURE = _compile(
    r"\bvermeld|\bmelden dat|\bmeldt dat|\blaten weten dat|\bgeven aan dat|\bgeeft aan dat|\baangeven dat",
    r"\b(?:staat|zeggen|zegt|vertellen|vertelt) (?:erbij |er ?bij )?dat (?:\w+ ){0,4}(?:ai|kunstmatige intelligentie)\b",  # noqa: E501
    r"\btransparant|\bdisclos|\blabel|\bkenbaar|\bduidelijk (?:maken|is|zijn) dat|\bmaken (?:\w+ )?duidelijk dat",
    r"\bmet (?:behulp van )?ai (?:gemaakt|geschreven|gegenereerd)|\bai-gegenereerd|\bgegenereerd (?:door|met) ai",
    r"\bai-generated|\bgenerated (?:by|with) ai|\bmade with ai|\bwritten (?:by|with) ai",
    r"\b(?:praat|praten|spreekt|spreken) met een (?:ai|computer|bot|chatbot)|\btalking to (?:an? )?(?:ai|bot|machine)",
)

_NEW_TOOL = _compile(
    r"\b(?:nieuwe|andere) (?:ai-)?(?:tool|toepassing|dienst|app)s?\b|\bniet (?:op|in) (?:de|deze) lijst|\bnog niet goedgekeurd",  # noqa: E501
    r"\bnew (?:ai )?(?:tool|app|service)s?\b|\bother (?:ai )?tools?\b|\bnot (?:on|in) (?:the|this) list|\bnot (?:yet )?approved",  # noqa: E501
    r"\bongoedgekeurde|\bunapproved",
)
_APPROVAL = _compile(
    r"\bgoedkeur|\bgoedgekeurd|\btoestemming|\bakkoord|\bbeslist|\bbeslis|\baanvra|\bvraag (?:\w+ )?(?:eerst|vooraf)",
    r"\bvoorleggen|\bvoorgelegd|\boverleg (?:\w+ )?(?:eerst|vooraf)|\beerst overleggen",
    r"\bapprov|\bpermission|\bdecides|\brequest|\bask (?:\w+ )?(?:first|before)|\bcheck with (?:\w+ ){0,2}first",
)

SPECIAL_CATEGORIES = _compile(
    r"\bbijzondere (?:categorie|persoonsgegevens)|\bgezondheid|\bmedisch|\bmedische|\bpatient|\bziekte|\bziekmeld",
    r"\bverzuim|\bdiagnose|\bras\b|\betnisch|\breligie|\bgeloof|\bpolitieke|\bvakbond|\bseksuele|\bbiometrisch",
    r"\bgenetisch|\bstrafrechtelijk|\bspecial categor|\bhealth|\bmedical|\bethnic|\breligio|\bpolitical opinion",
    r"\btrade union|\bsexual|\bbiometric|\bgenetic|\bcriminal",
)
NATIONAL_ID = _compile(
    r"\bbsn\b|\bburgerservicenummer|\bcitizen service number|\bsocial security number",
    r"\bnational (?:id|identification) number|\bsofinummer",
)

PEOPLE = _compile(
    r"\bmensen|\bpersonen|\bpersoon\b|\bmedewerker|\bwerknemer|\bpersoneel|\bsollicit|\bkandida|\bklant|\bclient",
    r"\bpatient|\bleerling|\bstudent|\bhuurder|\bburger|\bcollega|\bontslag|\baanname|\bpeople|\bpersons?\b",
    r"\bemployee|\bstaff|\bapplicant|\bcandidate|\bcustomer|\bhiring|\bfiring|\btenant",
)
HUMAN_DECIDES = _compile(
    r"\b(?:een mens|mensen|medewerker|collega|wijzelf|wij|zelf|human|a person|staff|employee|colleague|manager|"
    r"recruiter|we)\b.{0,30}"
    r"\b(?:beslist|besluit|beslissen|neemt (?:de |het )?(?:beslissing|besluit)|decides?|makes? the decision)",
    r"\b(?:beslissing|besluit) (?:ligt|blijft) (?:altijd )?bij|\bdecision (?:stays|rests|remains) with",
    r"\bmenselijke (?:beoordeling|controle|tussenkomst)|\bhuman (?:review|oversight|in the loop|decision)",
)


def says_literacy(text: str) -> bool:
    return bool(LITERACY.search(_MODEL_TRAINING.sub(" ", normalise(text))))


def says_breach_route(text: str) -> bool:
    plain = normalise(text)
    return bool(_MISTAKE.search(plain) and _REPORT.search(plain))


def publishes_ai_output(text: str) -> bool:
    """The text allows AI-written text to be published, or a chatbot to talk to customers."""
    plain = normalise(text)
    return bool(_PUBLISHING.search(plain) or _CUSTOMER_CHATBOT.search(plain))


def says_disclosure(text: str) -> bool:
    return bool(DISCLOSURE.search(normalise(text)))


def says_approval_route(text: str) -> bool:
    plain = normalise(text)
    return bool(_NEW_TOOL.search(plain) and _APPROVAL.search(plain))


def names_special_categories(text: str) -> bool:
    return bool(SPECIAL_CATEGORIES.search(normalise(text)))


def names_national_id(text: str) -> bool:
    return bool(NATIONAL_ID.search(normalise(text)))


def about_people(text: str) -> bool:
    return bool(PEOPLE.search(normalise(text)))


def human_decides(text: str) -> bool:
    return bool(HUMAN_DECIDES.search(normalise(text)))


# --- where data goes ----------------------------------------------------------------------------------

_INSIDE_EEA = _compile(
    r"\b(?:eu|eer|eea|europa|europe|europese unie|european union|eu data boundary|nederland|netherlands|nl|"
    r"duitsland|germany|frankrijk|france|ierland|ireland|belgie|belgium|zweden|sweden|finland|denemarken|denmark|"
    r"spanje|spain|italie|italy|polen|poland|oostenrijk|austria|luxemburg|luxembourg|noorwegen|norway|ijsland|"
    r"iceland|liechtenstein|portugal)\b"
)
_OUTSIDE_EEA = _compile(
    r"\b(?:vs|usa|us|verenigde staten|united states|amerika|america|wereldwijd|worldwide|global|globaal|"
    r"buiten (?:de )?(?:eu|eer|europa)|outside (?:the )?(?:eu|eea|europe)|india|china|uk|verenigd koninkrijk|"
    r"united kingdom|zwitserland|switzerland|canada|japan|australie|australia)\b"
)


_PLAN_IN_NAME = _compile(
    r"\b(?:free|gratis|plus|pro|max|go|team|business|enterprise|edu|education|student|api|werkaccount|"
    r"persoonlijk|personal|prive|work account|starter|standard|premium)\b"
)


def names_a_plan(name: str | None) -> bool:
    """The tool's name itself says which plan it is ("DeepL Pro", "ChatGPT Business")."""
    return bool(_PLAN_IN_NAME.search(normalise(name or "")))


def data_location(text: str | None) -> str:
    """``"outside"`` when the text names any place outside the EU/EEA, ``"inside"`` when it names only
    places inside, ``"unknown"`` otherwise (a location we cannot place is never guessed)."""
    plain = normalise(text or "")
    if _OUTSIDE_EEA.search(plain):
        return "outside"
    if _INSIDE_EEA.search(plain):
        return "inside"
    return "unknown"
