"""The rules about `goedgekeurde_tools`: each tool named, its processing agreement known, no duplicates."""

from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.model import Tool
from aibeleid_check.rules._claims import is_agreement_field
from aibeleid_check.rules._keys import english_name
from aibeleid_check.rules._values import value_hits
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.values import AGREEMENT_VALUES, AGREEMENT_VALUES_EN, agreement_word, is_placeholder, shown


def tool_label(tool: Tool, index: int) -> str:
    return shown(tool.naam) if tool.naam is not None and not is_placeholder(tool.naam) else f"tool {index + 1}"


def self_run(tool: Tool) -> bool:
    """`niet-nodig` with personal data and a `toelichting` saying why: a tool nobody else runs for you."""
    return (
        tool.verwerkersovereenkomst == "niet-nodig"
        and tool.allows_personal_data
        and not is_placeholder(tool.toelichting)
    )


class ToolName(Rule):
    """Een goedgekeurde tool zonder naam.

    Wat het controleert:
        Of elke tool in `goedgekeurde_tools` een `naam` heeft.
    Waarom:
        Het team moet kunnen zien welke tool bedoeld is. Noem ook het abonnement als dat uitmaakt:
        "ChatGPT" kan de gratis versie zijn (OpenAI gebruikt invoer standaard voor training, tenzij je dat
        uitzet) of ChatGPT Business (met verwerkersovereenkomst, geen training op invoer). Een regel van het
        sjabloon, geen wettelijke eis.
    Voorbeeld:
        goedgekeurde_tools:
          - verwerkersovereenkomst: ja
    Zo wel:
        goedgekeurde_tools:
          - naam: Microsoft 365 Copilot (werkaccount)
            verwerkersovereenkomst: ja

    --- en ---
    An approved tool without a name.

    What it checks:
        Whether each tool in `approved_tools` (Dutch `goedgekeurde_tools`) has a `name` (Dutch `naam`).
    Why:
        The team must be able to tell which tool is meant. Name the plan too when it matters: "ChatGPT"
        may be the free version (OpenAI uses inputs for training by default unless you switch it off) or
        ChatGPT Business (with a processing agreement, no training on inputs). A rule of the template, not
        a legal requirement.
    Example:
        approved_tools:
          - processing_agreement: yes
    Instead:
        approved_tools:
          - name: Microsoft 365 Copilot (work account)
            processing_agreement: yes
    """

    code = "AIB301"
    slug = "tool-zonder-naam"
    severity = Severity.ERROR

    def check(self, ctx: Context) -> Iterator[Hit]:
        for index, tool in enumerate(ctx.policy.goedgekeurde_tools or ()):
            path = f"goedgekeurde_tools[{index}]"
            if is_placeholder(tool.naam) and not ctx.invalid(path) and not ctx.invalid(f"{path}.naam"):
                yield ctx.at(
                    path,
                    nl=f"Tool {index + 1} heeft geen naam (naam).",
                    en=f"Tool {index + 1} has no name ({english_name('goedgekeurde_tools[].naam')}).",
                )


class ProcessingAgreement(Rule):
    """Van een goedgekeurde tool is niet vastgelegd of er een verwerkersovereenkomst is.

    Wat het controleert:
        Of elke tool `verwerkersovereenkomst` heeft met een van de waarden `ja`, `nee`, `aangevraagd`
        of `niet-nodig` (ook gelezen: yes/no, true/false, getekend, in aanvraag; `n.v.t.` is dubbelzinnig,
        AIB105).
    Waarom:
        Het sjabloon: "Gebruik voor gevoelige of persoonsgegevens alleen tools met een
        verwerkersovereenkomst." Een leverancier die persoonsgegevens namens jou verwerkt is verwerker;
        AVG artikel 28 lid 3 eist dan een overeenkomst of andere rechtshandeling (een plicht, in dat geval).
        Het invulveld van het sjabloon vraagt alleen welke tools het team mag gebruiken, dus een beleid
        zonder deze status is niet onvolledig, maar het team weet dan niet welke tool gevoelige gegevens
        mag krijgen. Zolang de status onbekend is, geldt de regel van het sjabloon "bij twijfel: geen
        persoonsgegevens" (en staat `persoonsgegevens` op `nee`): daarom een waarschuwing (met `--strict`
        een fout). Mag een tool toch persoonsgegevens krijgen, dan is het AIB303, een fout.
    Voorbeeld:
        goedgekeurde_tools:
          - naam: DeepL Pro
    Zo wel:
        goedgekeurde_tools:
          - naam: DeepL Pro
            verwerkersovereenkomst: ja

    --- en ---
    An approved tool does not say whether there is a processing agreement.

    What it checks:
        Whether each tool has `processing_agreement` (Dutch `verwerkersovereenkomst`) with one of `yes`, `no`,
        `requested` or `not-needed` (Dutch `ja`, `nee`, `aangevraagd`, `niet-nodig`; also read: true/false,
        signed, pending; `n/a` is ambiguous, AIB105).
    Why:
        The template: use only tools with a processing agreement for sensitive or personal data. A
        supplier that processes personal data on your behalf is a processor; GDPR article 28(3) then
        requires a contract or other legal act (a duty, in that case). The template's field only asks
        which tools the team may use, so a policy without the status is not incomplete, but the team cannot
        tell which tool may receive sensitive data. While the status is unknown, the template's "when in
        doubt: no personal data" holds (and `personal_data` stays `no`): hence a warning (an error with
        `--strict`). A tool that may receive personal data without an agreement is AIB303, an error.
    Example:
        approved_tools:
          - name: DeepL Pro
    Instead:
        approved_tools:
          - name: DeepL Pro
            processing_agreement: yes
    """

    code = "AIB302"
    slug = "verwerkersovereenkomst"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterator[Hit]:
        yield from value_hits(ctx, is_agreement_field)
        allowed, allowed_en = " | ".join(AGREEMENT_VALUES), " | ".join(AGREEMENT_VALUES_EN)
        for index, tool in enumerate(ctx.policy.goedgekeurde_tools or ()):
            path = f"goedgekeurde_tools[{index}]"
            if (
                tool.verwerkersovereenkomst is None
                and not ctx.invalid(path)
                and not ctx.invalid(f"{path}.verwerkersovereenkomst")
            ):
                name = tool_label(tool, index)
                yield ctx.at(
                    path,
                    nl=f"Bij '{name}' staat niet of er een verwerkersovereenkomst is ({allowed}).",
                    en=f"'{name}' does not say whether there is a processing agreement ({allowed_en}).",
                )


class PersonalDataWithoutAgreement(Rule):
    """Persoonsgegevens toegestaan in een tool zonder afgesloten verwerkersovereenkomst.

    Wat het controleert:
        Of een tool met `persoonsgegevens: ja` ook `verwerkersovereenkomst: ja` heeft. `niet-nodig` telt
        alleen met een `toelichting` die uitlegt waarom: dat past alleen bij een tool die niemand anders
        voor je draait (een model op je eigen server); zo'n tool telt in het adviseursoverzicht niet als
        gedekt.
    Waarom:
        De AVG-regel van het sjabloon: "Gebruik voor gevoelige of persoonsgegevens alleen tools met een
        verwerkersovereenkomst." Is de leverancier verwerker, dan eist AVG artikel 28 lid 3 een
        overeenkomst, en lid 9 zegt dat die schriftelijk is, ook in elektronische vorm (zoals voorwaarden
        die je online aanvaardt): een plicht. "Aangevraagd" is nog niet van kracht. Draait een hosting- of
        IT-partij de tool, dan is die verwerker en is een overeenkomst nodig. Bij een
        consumentenabonnement is de leverancier zelf verantwoordelijke en is er geen overeenkomst; de
        Autoriteit Persoonsgegevens (augustus 2024): zulk gebruik volgens beleid is geen datalek, "maar
        vaak niet wettelijk toegestaan". De AP kreeg in 2024 en 2025 meldingen van datalekken doordat
        medewerkers klant- en patiëntgegevens in chatbots invoerden. Een fout, omdat het sjabloon het zo
        zegt.
    Voorbeeld:
        - naam: ChatGPT Plus
          verwerkersovereenkomst: nee
          persoonsgegevens: ja
    Zo wel:
        - naam: ChatGPT Plus
          verwerkersovereenkomst: nee
          persoonsgegevens: nee

    --- en ---
    Personal data allowed in a tool without a processing agreement in force.

    What it checks:
        Whether a tool with `personal_data: yes` also has `processing_agreement: yes` (Dutch `persoonsgegevens`,
        `verwerkersovereenkomst`). `not-needed` counts only with a `note` (Dutch `toelichting`) that says why:
        it fits only a tool nobody else runs for you (a model on your own server); such a tool is not counted as
        covered in the advisor overview.
    Why:
        The template's GDPR rule: use only tools with a processing agreement for sensitive or personal data.
        When the vendor is a processor, GDPR article 28(3) requires a contract, and 28(9) says it is in writing,
        including in electronic form (such as terms you accept online): a duty. `requested` is not in force yet.
        When a hosting or IT provider runs the tool, that provider is a processor and an agreement is needed. On
        a consumer plan the vendor is a controller itself and there is no agreement; the Dutch DPA (August
        2024): such use under company policy is not a data breach, "but often not lawful". The DPA received
        breach reports in 2024 and 2025 of staff entering customer and patient data into chatbots. An error,
        because the template says so.
    Example:
        - name: ChatGPT Plus
          processing_agreement: no
          personal_data: yes
    Instead:
        - name: ChatGPT Plus
          processing_agreement: no
          personal_data: no
    """

    code = "AIB303"
    slug = "persoonsgegevens-zonder-overeenkomst"
    severity = Severity.ERROR

    def check(self, ctx: Context) -> Iterator[Hit]:
        for index, tool in enumerate(ctx.policy.goedgekeurde_tools or ()):
            if not tool.allows_personal_data or tool.verwerkersovereenkomst == "ja" or self_run(tool):
                continue
            name = tool_label(tool, index)
            path = f"goedgekeurde_tools[{index}].persoonsgegevens"
            if tool.verwerkersovereenkomst == "niet-nodig":
                yield ctx.at(
                    path,
                    nl=f"'{name}' mag persoonsgegevens verwerken zonder verwerkersovereenkomst ('niet-nodig'): dat past "
                    "alleen bij een tool die niemand anders voor je draait. Leg in `toelichting` uit waarom, of sluit "
                    "een overeenkomst af (AVG art. 28 lid 3, als een leverancier of hostingpartij de gegevens verwerkt).",
                    en=f"'{name}' may process personal data without a processing agreement "
                    f"('{agreement_word('niet-nodig', 'en')}'): that fits only a tool nobody else runs for you. Say "
                    f"why in `{english_name('goedgekeurde_tools[].toelichting')}`, or conclude an agreement (GDPR "
                    "art. 28(3), when a vendor or hosting provider processes the data).",
                )
                continue
            state = tool.verwerkersovereenkomst or "onbekend"
            state_en = agreement_word(state, "en") if state in ("nee", "aangevraagd") else "unknown"
            yield ctx.at(
                path,
                nl=f"'{name}' mag persoonsgegevens verwerken, maar de verwerkersovereenkomst is '{state}' "
                "(sjabloon; AVG art. 28 als de leverancier verwerker is).",
                en=f"'{name}' may process personal data, but the processing agreement is '{state_en}' "
                "(template; GDPR art. 28 when the vendor is a processor).",
            )


class DuplicateTool(Rule):
    """Dezelfde tool staat twee keer in de lijst.

    Wat het controleert:
        Of twee tools in `goedgekeurde_tools` dezelfde naam hebben (hoofdletters en spaties tellen niet).
    Waarom:
        Twee regels voor dezelfde tool kunnen elkaar tegenspreken (de ene met, de andere zonder
        verwerkersovereenkomst). Zet elke tool één keer in de lijst; noem verschillende abonnementen
        apart ("ChatGPT Free" en "ChatGPT Business").
    Voorbeeld:
        - naam: DeepL Pro
        - naam: deepl pro
    Zo wel:
        - naam: DeepL Pro

    --- en ---
    The same tool is listed twice.

    What it checks:
        Whether two tools in `approved_tools` (Dutch `goedgekeurde_tools`) have the same name (ignoring case and
        spaces).
    Why:
        Two entries for one tool can contradict each other (one with, one without a processing
        agreement). List each tool once; name different plans apart ("ChatGPT Free" and "ChatGPT
        Business").
    Example:
        - name: DeepL Pro
        - name: deepl pro
    Instead:
        - name: DeepL Pro
    """

    code = "AIB304"
    slug = "dubbele-tool"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterator[Hit]:
        seen: dict[str, int] = {}
        for index, tool in enumerate(ctx.policy.goedgekeurde_tools or ()):
            if tool.naam is None or is_placeholder(tool.naam):
                continue
            key = " ".join(tool.naam.lower().split())
            if key in seen:
                first_line = ctx.model.position(f"goedgekeurde_tools[{seen[key]}]")[0] if ctx.model else 1
                yield ctx.at(
                    f"goedgekeurde_tools[{index}].naam",
                    nl=f"'{shown(tool.naam)}' staat al in de lijst (regel {first_line}).",
                    en=f"'{shown(tool.naam)}' is already in the list (line {first_line}).",
                )
            else:
                seen[key] = index
