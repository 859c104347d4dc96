"""Rules about Word and Markdown documents as documents: their kind, their structure, their headings."""

from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Message, Severity
from aibeleid_check.rules._source import SourceRule
from aibeleid_check.rules.base import Context, Hit
from aibeleid_check.source import SourceKind, SourceProblem
from aibeleid_check.template import FORBIDDEN
from aibeleid_check.values import shown

_FORMS = {
    "encrypted": Message(
        nl="Het Word-document is versleuteld (met een wachtwoord beveiligd) en kan niet gelezen worden. Sla het "
        "op zonder wachtwoord (Bestand → Info → Document beveiligen) en controleer het opnieuw.",
        en="The Word document is encrypted (password-protected) and cannot be read. Save it without a password "
        "(File → Info → Protect Document) and check it again.",
    ),
    "doc": Message(
        nl="Dit is een oud Word-bestand (.doc, Word 97–2003). Open het in Word en sla het op als .docx.",
        en="This is an old Word file (.doc, Word 97–2003). Open it in Word and save it as .docx.",
    ),
    "odt": Message(
        nl="Dit is een OpenDocument-tekst (.odt). Sla het in LibreOffice op als Word (.docx) of Markdown.",
        en="This is an OpenDocument text (.odt). In LibreOffice, save it as Word (.docx) or Markdown.",
    ),
    "pdf": Message(
        nl="Een PDF kan niet gecontroleerd worden: lever het beleid aan als .docx, .md of .yaml (het bronbestand "
        "waaruit de PDF is gemaakt).",
        en="A PDF cannot be checked: provide the policy as .docx, .md or .yaml (the file the PDF was made from).",
    ),
    "rtf": Message(
        nl="Dit is een RTF-bestand. Open het in Word en sla het op als .docx.",
        en="This is an RTF file. Open it in Word and save it as .docx.",
    ),
}


_PACKAGE = {
    "no-zip": Message(nl="het is geen Word-bestand (geen zip-archief)", en="it is not a Word file (not a zip archive)"),
    "zip": Message(nl="het zip-archief is beschadigd", en="the zip archive is damaged"),
    "no-body": Message(nl="{reason} ontbreekt", en="{reason} is missing"),
    "part": Message(nl="onderdeel {reason} is beschadigd", en="part {reason} is damaged"),
    "entries": Message(nl="{reason} bestanden in het zip-archief", en="{reason} files in the zip archive"),
    "inflated": Message(nl="{reason} bytes uitgepakt", en="{reason} bytes unpacked"),
    "part-size": Message(nl="onderdeel {reason}", en="part {reason}"),
}


def package_reason(problem: SourceProblem) -> Message:
    """What was wrong with a Word package (``problem.found`` says which, ``reason`` holds the part or the
    number), in Dutch and English, for AIB008 (damaged) and AIB007 (too large)."""
    message = _PACKAGE.get(problem.found)
    if message is None:
        return Message(nl=problem.reason, en=problem.reason)
    return message.format(reason=problem.reason)


class DocumentForm(SourceRule):
    """Een document in een vorm die niet gelezen kan worden: versleuteld, .doc, .odt, .pdf of .rtf.

    Wat het controleert:
        Of een beleidsdocument een leesbaar Word-bestand (.docx) of Markdown is. Een versleuteld
        Word-bestand, een oud .doc, een OpenDocument-tekst, een PDF of een RTF wordt herkend en niet
        geopend; de melding zegt wat je in plaats daarvan doet.
    Waarom:
        Zulke bestanden kunnen niet betrouwbaar en veilig gelezen worden. Zonder deze melding zou het
        bestand als kapotte YAML gemeld worden, of ongemerkt overgeslagen.
    Voorbeeld:
        beleid.doc (opgeslagen als "Word 97-2003-document")
    Zo wel:
        beleid.docx (Bestand → Opslaan als → Word-document)

    --- en ---
    A document in a form that cannot be read: encrypted, .doc, .odt, .pdf or .rtf.

    What it checks:
        Whether a policy document is a readable Word file (.docx) or Markdown. An encrypted Word file, an
        old .doc, an OpenDocument text, a PDF or an RTF is recognised and not opened; the message says
        what to do instead.
    Why:
        Such files cannot be read reliably and safely. Without this rule the file would be reported as
        broken YAML, or skipped unnoticed.
    Example:
        policy.doc (saved as "Word 97-2003 Document")
    Instead:
        policy.docx (File → Save As → Word Document)
    """

    code = "AIB010"
    slug = "documentvorm"
    severity = Severity.ERROR
    file_unchecked = True
    kinds = frozenset({SourceKind.WRONG_FORM})

    def message(self, problem: SourceProblem) -> Message:
        return _FORMS.get(problem.found, _FORMS["doc"])


class NoPolicyStructure(SourceRule):
    """Een document zonder de opbouw van een beleid.

    Wat het controleert:
        Of een Word- of Markdown-document de onderdelen van het sjabloon heeft: koppen of vetgedrukte
        labels als DIT MAG, DIT NIET, GOEDGEKEURDE TOOLS, AANSPREEKPUNT BIJ TWIJFEL, DIT BELEID GELDT
        VOOR en INGANGSDATUM (of hun Engelse namen), of een titel met de organisatie.
        Staan er in de tekst wel zinnen die verboden van het sjabloon zeggen, dan noemt de melding welke
        wel en welke niet gevonden zijn, zodat een adviseur ziet wat een beleid in eigen opzet mist.
    Waarom:
        Zonder die onderdelen is er niets te controleren; een ander document (een offerte, een README)
        mag niet stilzwijgend als goed beleid doorgaan.
    Voorbeeld:
        Een document met alleen lopende tekst, zonder koppen.
    Zo wel:
        ## DIT MAG
        - Concepten laten schrijven …
        ## DIT NIET
        - Klant- of persoonsgegevens invoeren …

    --- en ---
    A document without the structure of a policy.

    What it checks:
        Whether a Word or Markdown document has the template's parts: headings or bold labels such as ALLOWED
        (DIT MAG), NOT ALLOWED (DIT NIET), APPROVED TOOLS, CONTACT, APPLIES TO and EFFECTIVE DATE, or a title
        with the organisation. When sentences in the text do state template prohibitions, the message names the
        ones found and the ones not found, so an advisor sees what a policy in a layout of its own lacks.
    Why:
        Without those parts there is nothing to check; another document (a quote, a README) must not pass
        silently as a good policy.
    Example:
        A document of running text, without headings.
    Instead:
        ## ALLOWED
        - Having drafts written …
        ## NOT ALLOWED
        - Entering customer or personal data …
    """

    code = "AIB011"
    slug = "geen-beleidsopbouw"
    severity = Severity.ERROR
    file_unchecked = True
    kinds = frozenset({SourceKind.NO_STRUCTURE})

    def check(self, ctx: Context) -> Iterator[Hit]:
        stated = {item.rule for item in ctx.counted_items()} if ctx.document and ctx.document.loose else set()
        for hit in super().check(ctx):
            yield Hit(hit.field, hit.line, hit.column, _with_rules_found(hit.message, stated))

    def message(self, problem: SourceProblem) -> Message:
        return Message(
            nl="Geen beleid gevonden: verwacht werden koppen of vetgedrukte labels als DIT MAG, DIT NIET, "
            "GOEDGEKEURDE TOOLS, AANSPREEKPUNT BIJ TWIJFEL, DIT BELEID GELDT VOOR en INGANGSDATUM.",
            en="No policy found: expected headings or bold labels such as ALLOWED, NOT ALLOWED, APPROVED TOOLS, "
            "CONTACT, APPLIES TO and EFFECTIVE DATE (or their Dutch labels: DIT MAG, DIT NIET, …).",
        )


def _with_rules_found(message: Message, stated: set[str]) -> Message:
    """The message with the template prohibitions the text states, and those it does not, when it states any."""
    if not stated:
        return message
    found = ", ".join(rule.id for rule in FORBIDDEN if rule.id in stated)
    missing = ", ".join(rule.id for rule in FORBIDDEN if rule.id not in stated)
    if not missing:
        return Message(
            nl=f"{message.nl} In de tekst staan wel alle vier de regels van het sjabloon: {found}.",
            en=f"{message.en} The text does state all four rules of the template: {found}.",
        )
    return Message(
        nl=f"{message.nl} In de tekst staan wel de regels {found}; niet gevonden: {missing}.",
        en=f"{message.en} The text does state the rules {found}; not found: {missing}.",
    )


def _joined(names: list[str], word: str) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {word} {names[-1]}"


_EXCEPT_RULES = Message(
    nl=", behalve een van de vier regels die erin staat (AIB406)",
    en=", except one of the four rules stated in it (AIB406)",
)


class UnknownHeading(SourceRule):
    """Een kop of label in een document dat geen bekend onderdeel van het beleid is.

    Wat het controleert:
        Of elke kop en elk vetgedrukt label in een Word- of Markdown-beleid een onderdeel van het sjabloon
        is (in het Nederlands of Engels). Bij een tikfout noemt de melding het bedoelde onderdeel.
    Waarom:
        Wat onder een onbekende kop staat, komt niet op het A4 en wordt niet gecontroleerd; het wordt
        alleen gelezen op de vier verboden van het sjabloon, en een zin die er een zegt komt op het A4 als
        geen lijst hem al zegt (AIB406). Geeft een zin of een label eronder een veld ("Dit beleid geldt
        voor … en gaat in op …", "**Voor wie:** …"), dan staat dat veld wel op het A4 en noemt de melding het.
        Meestal is het een tikfout of een eigen naam voor een bekend onderdeel.
    Voorbeeld:
        **Ingangsdatun:** 1 maart 2026
    Zo wel:
        **Ingangsdatum:** 1 maart 2026

    --- en ---
    A heading or label in a document that is not a known part of the policy.

    What it checks:
        Whether each heading and bold label in a Word or Markdown policy is a part of the template (in
        Dutch or English). For a typo the message names the intended part.
    Why:
        What is under an unknown heading does not reach the A4 page and is not checked; it is read only for
        the template's four prohibitions, and a sentence that states one reaches the A4 when no list states
        it already (AIB406). When a sentence or a label under it gives a field ("This policy applies to … and
        takes effect on …", "**Who:** …"), that field does reach the A4 and the message names it. It is
        usually a typo or an own name for a known part.
    Example:
        **Effective dat:** 1 March 2026
    Instead:
        **Effective date:** 1 March 2026
    """

    code = "AIB104"
    slug = "onbekende-kop"
    severity = Severity.WARNING
    kinds = frozenset({SourceKind.UNKNOWN_HEADING})

    def message(self, problem: SourceProblem) -> Message:
        from aibeleid_check.source.labels import SHOWN, SHOWN_EN

        found = shown(problem.found)
        if problem.reason:  # a sentence under it gave fields: those reach the A4
            fields = [field for field in problem.reason.split(",") if field in SHOWN]
            hint_nl = f" Bedoel je '{SHOWN[problem.key]}'?" if problem.key in SHOWN else ""
            hint_en = f" Did you mean '{SHOWN_EN[problem.key]}'?" if problem.key in SHOWN else ""
            many = len(fields) > 1
            return Message(  # the fields came from labels or sentences under it: "running text" fits only the latter
                nl=f"Onbekende kop '{found}'; van wat eronder staat {'staan' if many else 'staat'} "
                f"{_joined([SHOWN[f] for f in fields], 'en')} op het A4, de rest niet{_EXCEPT_RULES.nl}.{hint_nl}",
                en=f"Unknown heading '{found}'; of what is under it, {_joined([SHOWN_EN[f] for f in fields], 'and')} "
                f"{'reach' if many else 'reaches'} the A4, the rest does not{_EXCEPT_RULES.en}.{hint_en}",
            )
        if problem.key in SHOWN:  # the nearest section, named in the run's language
            return Message(
                nl=f"Onbekende kop '{found}'; wat eronder staat komt niet op het A4{_EXCEPT_RULES.nl}. Bedoel je "
                f"'{SHOWN[problem.key]}'?",
                en=f"Unknown heading '{found}'; what is under it does not reach the A4{_EXCEPT_RULES.en}. Did you mean "
                f"'{SHOWN_EN[problem.key]}'?",
            )
        return Message(
            nl=f"Onbekende kop '{found}'; wat eronder staat komt niet op het A4{_EXCEPT_RULES.nl} (bekend: DIT MAG, "
            "DIT NIET, ALTIJD, "
            "GOEDGEKEURDE TOOLS, AANSPREEKPUNT BIJ TWIJFEL, DIT BELEID GELDT VOOR, INGANGSDATUM).",
            en=f"Unknown heading '{found}'; what is under it does not reach the A4{_EXCEPT_RULES.en} (known: ALLOWED, "
            "NOT ALLOWED, ALWAYS, "
            "APPROVED TOOLS, CONTACT, APPLIES TO, EFFECTIVE DATE).",
        )
