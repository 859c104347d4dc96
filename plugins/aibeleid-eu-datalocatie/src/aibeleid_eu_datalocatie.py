"""aibeleid-check plugin: every approved tool states its `datalocatie`, and that place is in the EU/EEA.

Rules: EU101 (datalocatie missing), EU102 (datalocatie outside the EU/EEA). Option
``eu-datalocatie-ook-toegestaan``: extra places an organisation accepts (for example countries with an
adequacy decision such as "Zwitserland" or "Verenigd Koninkrijk").
"""

from __future__ import annotations

import re
import unicodedata

from aibeleid_check.api import Rule, Severity, hookimpl, is_placeholder

__version__ = "1.0.0"

EXTRA_OPTION = "eu-datalocatie-ook-toegestaan"

EU_EEA_PLACES = frozenset(
    """
    eu eer eea europa europe europese unie european union europese economische ruimte
    european economic area eu/eer eu/eea
    nederland netherlands the netherlands belgie belgium duitsland germany frankrijk france luxemburg
    luxembourg ierland ireland italie italy spanje spain portugal oostenrijk austria denemarken denmark
    zweden sweden finland polen poland tsjechie czechia czech republic slowakije slovakia hongarije hungary
    slovenie slovenia kroatie croatia roemenie romania bulgarije bulgaria griekenland greece cyprus malta
    estland estonia letland latvia litouwen lithuania noorwegen norway ijsland iceland liechtenstein
    amsterdam frankfurt dublin parijs paris stockholm helsinki
    """.split()
)
_MULTI_WORD = (
    "europese unie",
    "european union",
    "europese economische ruimte",
    "european economic area",
    "the netherlands",
    "czech republic",
)


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _words(text: str) -> set[str]:
    plain = _plain(text)
    found = set(re.findall(r"[a-z/]+", plain))
    found.update(phrase for phrase in _MULTI_WORD if phrase in plain)
    return found


def is_in_eu_eea(place: str, extra: list[str]) -> bool:
    accepted = EU_EEA_PLACES | {_plain(item) for item in extra}
    plain = _plain(place).strip()
    return plain in accepted or bool(_words(place) & accepted)


class DataLocationMissing(Rule):
    """Van een goedgekeurde tool staat niet waar de gegevens worden opgeslagen.

    Wat het controleert:
        Of elke tool in `goedgekeurde_tools` een `datalocatie` heeft.
    Waarom:
        Het sjabloon zegt: "Weet waar een tool je gegevens naartoe stuurt." Buiten de EU/EER gelden
        extra eisen voor doorgifte (AVG hoofdstuk V). Wie de plek niet opschrijft, weet het niet.
    Voorbeeld:
        goedgekeurde_tools:
          - naam: DeepL Pro
            verwerkersovereenkomst: ja
    Zo wel:
        goedgekeurde_tools:
          - naam: DeepL Pro
            verwerkersovereenkomst: ja
            datalocatie: EU (Duitsland)

    --- en ---
    An approved tool does not say where its data is stored.

    What it checks:
        Whether each tool in `goedgekeurde_tools` has a `datalocatie`.
    Why:
        The template says: know where a tool sends your data. Outside the EU/EEA transfers need extra
        safeguards (GDPR chapter V). Not writing the place down means not knowing it.
    Example:
        goedgekeurde_tools:
          - naam: DeepL Pro
            verwerkersovereenkomst: ja
    Instead:
        goedgekeurde_tools:
          - naam: DeepL Pro
            verwerkersovereenkomst: ja
            datalocatie: EU (Germany)
    """

    code = "EU101"
    slug = "datalocatie-ontbreekt"
    severity = Severity.WARNING

    def check(self, ctx):
        for index, tool in enumerate(ctx.policy.goedgekeurde_tools or ()):
            if is_placeholder(tool.datalocatie):
                label = tool.naam or f"tool {index + 1}"
                yield ctx.at(
                    f"goedgekeurde_tools[{index}]",
                    nl=f"Bij '{label}' staat geen datalocatie: schrijf op waar de gegevens blijven (bijv. EU).",
                    en=f"'{label}' has no datalocatie: write down where the data is kept (e.g. EU).",
                )


class DataLocationOutsideEU(Rule):
    """Een goedgekeurde tool bewaart gegevens buiten de EU/EER.

    Wat het controleert:
        Of de `datalocatie` van elke tool in de EU of de EER ligt (EU, EER, Europa, of een lidstaat,
        Noorwegen, IJsland of Liechtenstein). Met de optie `eu-datalocatie-ook-toegestaan` voegt een
        organisatie plaatsen toe die zij ook accepteert.
    Waarom:
        Deze organisatie wil dat gegevens in de EU/EER blijven, zodat er geen doorgifte buiten de EU
        (AVG hoofdstuk V) nodig is.
    Voorbeeld:
        goedgekeurde_tools:
          - naam: Voorbeeldtool
            datalocatie: VS
    Zo wel:
        goedgekeurde_tools:
          - naam: Voorbeeldtool (EU-regio)
            datalocatie: EU

    --- en ---
    An approved tool keeps data outside the EU/EEA.

    What it checks:
        Whether each tool's `datalocatie` is in the EU or the EEA (EU, EEA, Europe, or a member state,
        Norway, Iceland or Liechtenstein). With the option `eu-datalocatie-ook-toegestaan` an
        organisation adds places it accepts as well.
    Why:
        This organisation wants data to stay in the EU/EEA, so that no transfer outside the EU (GDPR
        chapter V) is needed.
    Example:
        goedgekeurde_tools:
          - naam: Example tool
            datalocatie: USA
    Instead:
        goedgekeurde_tools:
          - naam: Example tool (EU region)
            datalocatie: EU
    """

    code = "EU102"
    slug = "datalocatie-buiten-eu"
    severity = Severity.ERROR

    def check(self, ctx):
        extra = ctx.options.get(EXTRA_OPTION, [])
        for index, tool in enumerate(ctx.policy.goedgekeurde_tools or ()):
            place = tool.datalocatie
            if not is_placeholder(place) and not is_in_eu_eea(place, extra):
                label = tool.naam or f"tool {index + 1}"
                yield ctx.at(
                    f"goedgekeurde_tools[{index}].datalocatie",
                    nl=f"'{label}' bewaart gegevens in '{place}', buiten de EU/EER.",
                    en=f"'{label}' keeps data in '{place}', outside the EU/EEA.",
                )


@hookimpl
def aibeleid_code_prefix():
    return "EU"


@hookimpl
def aibeleid_rules():
    return [DataLocationMissing, DataLocationOutsideEU]


@hookimpl
def aibeleid_config_defaults():
    return {EXTRA_OPTION: []}
