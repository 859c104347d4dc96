"""The rules about `regels`: the template's forbidden rules present, allowed rules given, ids known."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from aibeleid_check.findings import Message, Severity
from aibeleid_check.model import Policy
from aibeleid_check.rules._keys import english_path
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.source import SourceKind
from aibeleid_check.source.negation import NEGATED
from aibeleid_check.template import FORBIDDEN, RULE_GLOSSES_EN, RULES_BY_ID
from aibeleid_check.texts import place
from aibeleid_check.values import is_placeholder, shown

if TYPE_CHECKING:
    from aibeleid_check.meaning.items import CountedItem  # (recognition loads only when a rule asks for it)

KINDS = ("mag", "mag_niet")
_PROHIBITION = Message(nl="Het verbod", en="The prohibition")
_RULE = Message(nl="De regel", en="The rule")


def rule_noun(rule_id: str) -> Message:
    """What a message calls a template rule: 'the prohibition', but 'the rule' for `altijd-controleren`.

    The template lists the check rule under DIT NIET ("Antwoorden overnemen zonder ze zelf te controleren"),
    but a policy states it as a duty as often (ALTIJD, "Always check"), and a reader who wrote "Check AI output"
    does not recognise a prohibition in it. Both languages use the same word for the same rule.
    """
    return _RULE if rule_id == "altijd-controleren" else _PROHIBITION


PAGE_SENTENCE_CHARS = 300
"""A sentence from running text longer than this stays off the A4 (it would crowd out the page)."""
_PAGE_LISTS = {"prohibition": "forbidden", "condition": "allowed"}
"""Where a sentence from running text goes on the A4, by its force; any other force (a duty, "only
anonymised data", a statement of practice) goes under ALWAYS ("must"), unless its words say *not* or *out*
(:func:`_page_list`)."""
_KEPT_OUT = re.compile(r"\b(?:out\s+of|buiten)\b", re.IGNORECASE)
"""What a sentence keeps away from AI without a negation: "those stay out of AI tools", "blijven buiten AI"."""
_LIST_HEADINGS = {
    "forbidden": Message(nl="DIT NIET", en="NOT ALLOWED"),
    "allowed": Message(nl="DIT MAG", en="ALLOWED"),
    "must": Message(nl="ALTIJD", en="ALWAYS"),
}


def page_sentences(
    stated_in_lists: Iterable[str], loose: Iterable[tuple[str, str, str | None]]
) -> dict[str, tuple[str, str]]:
    """Per template rule that no list item states, the A4 list and the sentence of running text that stand for
    it on the page: a policy written as paragraphs, or one whose lists miss a rule it states under a heading of
    its own ("Decisions stay human"). ``loose`` holds (rule, force, sentence) of each counted text outside the
    lists, in document order; the first sentence short enough for the page stands for its rule, one that states
    it as a rule before one that only makes it the condition of a permission ("…, provided you check it", then
    "you must never pass on an AI answer without verifying it": the page shows the second)."""
    in_lists = set(stated_in_lists)
    readings = list(loose)
    found: dict[str, tuple[str, str]] = {}
    for conditions in (False, True):
        for rule, force, sentence in readings:
            if sentence is None or len(sentence) > PAGE_SENTENCE_CHARS:
                continue
            if rule not in found and rule not in in_lists and (force == "condition") == conditions:
                found[rule] = (_page_list(force, sentence), sentence)
    return dict(sorted(found.items(), key=lambda entry: _first_place(readings, entry)))


def _first_place(readings: list[tuple[str, str, str | None]], entry: tuple[str, tuple[str, str]]) -> int:
    """Document order of a chosen sentence, so the page lists them as the policy does."""
    rule, (_key, sentence) = entry
    return next(n for n, (found, _force, text) in enumerate(readings) if found == rule and text == sentence)


def _page_list(force: str, sentence: str) -> str:
    """A limit or a statement that says *not* reads as a prohibition on the wall ("Voer nooit patiëntgegevens in
    …, ook niet zonder naam" is a limit by its tail; "Client contracts stay out of AI tools" states a practice):
    under ALWAYS, testers read them as odd; "Deel alleen openbare informatie" stays under ALWAYS."""
    if force in _PAGE_LISTS:
        return _PAGE_LISTS[force]
    return "forbidden" if NEGATED.search(sentence) or _KEPT_OUT.search(sentence) else "must"


def _rules_unreadable(ctx: Context, kind: str) -> bool:
    """`regels` or this list was there but of the wrong kind (a text instead of a list, say)."""
    return ctx.invalid("regels") or ctx.invalid(f"regels.{kind}")


def _any_invalid(ctx: Context, *paths: str) -> bool:
    """A value that was reported as the wrong kind is not also reported as missing."""
    return any(ctx.invalid(path) for path in paths)


class ForbiddenRulesPresent(Rule):
    """Een van de vier verboden van het sjabloon ontbreekt.

    Wat het controleert:
        Of het beleid de vier verboden van het sjabloon bevat: geen klant- of persoonsgegevens
        invoeren (`geen-persoonsgegevens`), geen bedrijfsgeheimen, contracten of financiële details delen
        (`geen-bedrijfsgeheimen`), geen eindbesluit over mensen, geld of risico laten nemen
        (`geen-eindbesluit`) en geen antwoorden overnemen zonder ze zelf te controleren
        (`altijd-controleren`). Een regel telt mee met zijn `id` of als zijn tekst hetzelfde zegt, in het
        Nederlands of Engels ("Voer nooit klantgegevens in", "Never paste customer data"), onder
        `mag_niet` of als plicht onder `moet` ("Controleer altijd wat AI schrijft"); ook onder `mag` als de
        tekst zelf iets verbiedt of eist. Een toestemming ("Je mag klantgegevens in Copilot invoeren")
        telt nergens als verbod. `aibeleid-check herken "TEKST"` laat zien hoe een zin gelezen wordt; ontbreekt
        een verbod, dan noemt de melding de tekst die er het dichtst bij kwam en wat die mist.
    Waarom:
        Dit zijn de basisregels die voor bijna elk bedrijf gelden; ze eisen is een regel van het sjabloon.
        Persoonsgegevens in een chatbot invoeren tegen de afspraken met de werkgever in is volgens de
        Autoriteit Persoonsgegevens een datalek; gebeurt het volgens beleid, dan is het geen datalek, "maar
        vaak niet wettelijk toegestaan" (AP, augustus 2024). AVG artikel 22 geeft mensen het recht niet
        onderworpen te worden aan een besluit dat uitsluitend op geautomatiseerde verwerking berust en
        rechtsgevolgen heeft of hen op vergelijkbare wijze aanmerkelijk treft (met de uitzonderingen van
        lid 2); AI-antwoorden kunnen overtuigend fout zijn.
    Voorbeeld:
        regels:
          mag_niet:
            - id: geen-persoonsgegevens
            - id: geen-bedrijfsgeheimen
    Zo wel:
        regels:
          mag_niet:
            - id: geen-persoonsgegevens
            - id: geen-bedrijfsgeheimen
            - id: geen-eindbesluit
            - "Neem nooit een antwoord over zonder het zelf na te kijken."

    --- en ---
    One of the template's four prohibitions is missing.

    What it checks:
        Whether the policy holds the template's four prohibitions: no customer or personal data
        (`geen-persoonsgegevens`), no business secrets, contracts or financial details
        (`geen-bedrijfsgeheimen`), no final decision about people, money or risk (`geen-eindbesluit`) and no
        copying answers without checking them (`altijd-controleren`). A rule counts by its `id` or when its text
        says the same, in Dutch or English ("Never paste customer data"), under `rules.forbidden` (Dutch
        `regels.mag_niet`) or as a duty under `rules.must` (Dutch `regels.moet`; "Always check what AI writes");
        under `rules.allowed` (Dutch `regels.mag`) too when the text itself forbids or demands it. A permission
        ("You may enter customer data in Copilot") never counts as a prohibition.
        `aibeleid-check recognise "TEXT"` shows how a sentence is read; when a prohibition is missing, the
        message names the text that came nearest and what it lacks.
    Why:
        These basic rules hold for almost every business; requiring them is a rule of the template. Entering
        personal data into a chatbot against the employer's rules is a data breach, according to the Dutch
        DPA; when it happens under company policy it is not a breach, "but often not lawful" (Dutch DPA,
        August 2024). GDPR article 22 gives people the right not to be subject to a decision based solely on
        automated processing which produces legal effects concerning them or similarly significantly
        affects them (with the exceptions of 22(2)); AI answers can be convincingly wrong.
    Example:
        rules:
          forbidden:
            - id: geen-persoonsgegevens
            - id: geen-bedrijfsgeheimen
    Instead:
        rules:
          forbidden:
            - id: geen-persoonsgegevens
            - id: geen-bedrijfsgeheimen
            - id: geen-eindbesluit
            - "Never copy an answer without checking it yourself."
    """

    code = "AIB401"
    slug = "verbod-ontbreekt"
    severity = Severity.ERROR

    def check(self, ctx: Context) -> Iterator[Hit]:
        if _rules_unreadable(ctx, "mag_niet"):
            return  # AIB102 already says the list could not be read
        covered = {item.rule for item in ctx.counted_items()}  # shared with the engine's JSON items
        path = "regels.mag_niet" if ctx.present("regels.mag_niet") else "regels"
        for rule in FORBIDDEN:
            if rule.id not in covered:
                noun = rule_noun(rule.id)
                message = Message(
                    nl=f"{noun.nl} '{rule.id}' ontbreekt: \"{rule.text.nl}\"",
                    en=f"{noun.en} '{rule.id}' is missing: \"{rule.text.en}\"",
                ) + _nearest_text(ctx, rule.id)
                yield ctx.at_key(path, nl=message.nl, en=message.en)


def _nearest_text(ctx: Context, rule_id: str) -> Message:
    """Where the policy came nearest to a missing rule, and what that text lacks ("Wees voorzichtig met
    bedrijfsinformatie." names a secret but forbids nothing): the writer sees which sentence to sharpen."""
    from aibeleid_check.meaning import near_misses
    from aibeleid_check.meaning.near import near_message

    for text, line, kind in _policy_texts(ctx):
        for miss in near_misses(text, kind):
            if miss.rule == rule_id:
                found = near_message(miss)
                location_kind = ctx.document.location_kind if ctx.document else "line"
                where = place(location_kind, line)
                on = "in" if location_kind == "paragraph" else "op"  # "regel 11" alone reads as rule 11
                return Message(
                    nl=f" Het dichtst erbij kwam de tekst {on} {where.nl}; {found.nl}.",
                    en=f" Nearest: {where.en}, {found.en}.",
                )
    return Message(nl="", en="")


def _policy_texts(ctx: Context) -> Iterator[tuple[str, int, str | None]]:
    """(text, line, list kind) of every rule item with a text of its own, then of the texts outside the lists."""
    for kind in ("mag_niet", "moet", "mag"):
        for index, item in enumerate(ctx.policy.rule_items(kind)):
            if item.tekst and not is_placeholder(item.tekst):
                yield item.tekst, ctx.at(f"regels.{kind}[{index}]", nl="", en="").line, kind
    for text, line, _column in ctx.document.loose if ctx.document else ():
        yield text, line, None


class NoAllowedRules(Rule):
    """Er staat niets onder DIT MAG.

    Wat het controleert:
        Of `regels.mag` minstens één regel heeft, of het A4 een toestemming uit de lopende tekst onder DIT
        MAG zet ("Je kunt AI gebruiken voor concepten, mits je ze zelf nakijkt").
    Waarom:
        "AI verbieden werkt niet, want het gebeurt toch" (het sjabloon). Een beleid met alleen verboden
        zegt niet wat wél mag, en dan bepaalt iedereen dat zelf. Begin met de vier regels van het
        sjabloon (`concepten`, `brainstormen`, `openbare-informatie`, `uitleg`).
    Voorbeeld:
        regels:
          mag_niet:
            - id: geen-persoonsgegevens
    Zo wel:
        regels:
          mag:
            - id: concepten
          mag_niet:
            - id: geen-persoonsgegevens

    --- en ---
    Nothing is listed under ALLOWED.

    What it checks:
        Whether `rules.allowed` (Dutch `regels.mag`) has at least one rule, or the A4 puts a permission from
        the running text under ALLOWED ("You can use AI for drafts, provided you check them yourself").
    Why:
        Banning AI does not work, it happens anyway (the template). A policy of prohibitions only does not
        say what is allowed, so everyone decides for themselves. Start from the template's four rules
        (`concepten`, `brainstormen`, `openbare-informatie`, `uitleg`).
    Example:
        rules:
          forbidden:
            - id: geen-persoonsgegevens
    Instead:
        rules:
          allowed:
            - id: concepten
          forbidden:
            - id: geen-persoonsgegevens
    """

    code = "AIB402"
    slug = "niets-toegestaan"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterator[Hit]:
        if _rules_unreadable(ctx, "mag"):
            return  # AIB102 already says the list could not be read
        if not any(item.id or not is_placeholder(item.tekst) for item in ctx.policy.rule_items("mag")):
            if _allowed_from_running_text(ctx):
                return
            path = "regels.mag" if ctx.present("regels.mag") else "regels"
            yield ctx.at_key(
                path,
                nl="Er staat niets onder DIT MAG (regels.mag); zeg ook wat wél mag.",
                en=f"Nothing is listed under ALLOWED ({english_path('regels.mag')}); say what is allowed too.",
            )


class UnknownRuleId(Rule):
    """Een regel-id dat niet in het sjabloon staat, of in de verkeerde lijst.

    Wat het controleert:
        Of elk `id` onder `regels` een regel uit het sjabloon is, en in de goede lijst staat: de
        toegestane regels onder `mag`, de verboden onder `mag_niet`.
    Waarom:
        Een onbekend id heeft geen tekst, dus er komt niets op het A4. Meestal is het een tikfout; de
        melding noemt het dichtstbijzijnde geldige id. Wie een eigen regel wil, schrijft `tekst:`.
    Voorbeeld:
        mag_niet:
          - id: geen-persoongegevens
    Zo wel:
        mag_niet:
          - id: geen-persoonsgegevens
          - tekst: Deel geen wachtwoorden.

    --- en ---
    A rule id that is not in the template, or in the wrong list.

    What it checks:
        Whether each `id` under `rules` (Dutch `regels`) is a rule of the template, in the right list: allowed
        rules under `allowed`, prohibitions under `forbidden` (Dutch `mag`, `mag_niet`).
    Why:
        An unknown id has no text, so nothing reaches the A4 page. It is usually a typo; the message names the
        nearest valid id. For a rule of your own, write `text:` (Dutch `tekst:`).
    Example:
        forbidden:
          - id: geen-persoongegevens
    Instead:
        forbidden:
          - id: geen-persoonsgegevens
          - text: Do not share passwords.
    """

    code = "AIB403"
    slug = "onbekende-regel"
    severity = Severity.ERROR

    def check(self, ctx: Context) -> Iterator[Hit]:
        for kind in KINDS:
            valid = [rule.id for rule in RULES_BY_ID.values() if rule.kind == kind]
            for index, item in enumerate(ctx.policy.rule_items(kind)):
                if not item.id:
                    continue
                rule_id = item.id.strip().lower()
                path = f"regels.{kind}[{index}].id"
                if rule_id in valid:
                    continue
                if rule_id in RULES_BY_ID:
                    other = RULES_BY_ID[rule_id].kind
                    yield ctx.at(
                        path,
                        nl=f"'{shown(item.id)}' is een regel voor {other}, niet voor {kind}.",
                        en=f"'{shown(item.id)}' is a rule for {english_path(f'regels.{other}')}, "
                        f"not for {english_path(f'regels.{kind}')}.",
                    )
                    continue
                guess = difflib.get_close_matches(rule_id, valid, n=1, cutoff=0.5)
                hint = guess[0] if guess else " | ".join(valid)
                yield ctx.at(
                    path,
                    nl=f"Onbekende regel-id '{shown(item.id)}'; bedoel je '{hint}'?",
                    en=f"Unknown rule id '{shown(item.id)}'; did you mean '{hint}'?",
                )


class UnquotedRule(Rule):
    """Een regel met een dubbele punt die YAML als `sleutel: waarde` las.

    Wat het controleert:
        Of een regel in `mag` of `mag_niet` die als tekst bedoeld is, door een dubbele punt met spatie
        (`: `) een mapping is geworden. De eerste regel van het sjabloon heeft er zelf een ("Concepten
        laten schrijven: mails, …"). aibeleid-check leest de tekst toch, maar andere YAML-programma's niet.
    Waarom:
        YAML leest `- Concepten laten schrijven: mails, teksten` als een mapping met sleutel "Concepten
        laten schrijven". Met aanhalingstekens eromheen is het gewoon tekst, voor elk programma.
    Voorbeeld:
        mag:
          - Concepten laten schrijven: mails, teksten, samenvattingen, die je daarna zelf nakijkt.
    Zo wel:
        mag:
          - "Concepten laten schrijven: mails, teksten, samenvattingen, die je daarna zelf nakijkt."

    --- en ---
    A rule with a colon that YAML read as `key: value`.

    What it checks:
        Whether a rule in `allowed` or `forbidden` (Dutch `mag`, `mag_niet`) meant as text became a mapping
        because of a colon followed by a space (`: `). The template's own first rule has one. aibeleid-check
        still reads the text, but other YAML programs do not.
    Why:
        YAML reads `- Having drafts written: e-mails, texts` as a mapping with the key "Having drafts written".
        With quotes around it, it is plain text for every program.
    Example:
        allowed:
          - Having drafts written: e-mails, texts, summaries, which you then check yourself.
    Instead:
        allowed:
          - "Having drafts written: e-mails, texts, summaries, which you then check yourself."
    """

    code = "AIB404"
    slug = "regel-zonder-aanhalingstekens"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterator[Hit]:
        for kind in KINDS:
            for index, item in enumerate(ctx.policy.rule_items(kind)):
                if item.from_mapping:
                    yield ctx.at(
                        f"regels.{kind}[{index}]",
                        nl="Deze regel heeft een ': ' en werd een mapping; zet de hele regel tussen aanhalingstekens.",
                        en="This rule contains ': ' and became a mapping; put the whole rule in quotes.",
                    )


class EmptyRule(Rule):
    """Een regel zonder id en zonder tekst.

    Wat het controleert:
        Of elke regel in `mag` en `mag_niet` een `id` uit het sjabloon of een `tekst` heeft, en of die
        tekst niet alleen een invulmarkering is ("…", "[invullen]").
    Waarom:
        Een lege regel is een opsommingsteken zonder tekst op het A4: een gat waar een afspraak had
        moeten staan.
    Voorbeeld:
        mag:
          - id: concepten
          -
    Zo wel:
        mag:
          - id: concepten

    --- en ---
    A rule with neither an id nor a text.

    What it checks:
        Whether each rule in `allowed` and `forbidden` (Dutch `mag`, `mag_niet`) has a template `id` or a `text`
        (Dutch `tekst`), and whether that text is more than a placeholder ("…", "[fill in]").
    Why:
        An empty rule is a bullet without text on the A4 page: a gap where an agreement should be.
    Example:
        allowed:
          - id: concepten
          -
    Instead:
        allowed:
          - id: concepten
    """

    code = "AIB405"
    slug = "lege-regel"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterator[Hit]:
        for kind in KINDS:
            for index, item in enumerate(ctx.policy.rule_items(kind)):
                path = f"regels.{kind}[{index}]"
                if (
                    not item.id
                    and is_placeholder(item.tekst)
                    and not _any_invalid(ctx, path, f"{path}.id", f"{path}.tekst")
                ):
                    yield ctx.at(
                        path,
                        nl="Deze regel is leeg: geef een id uit het sjabloon of een tekst.",
                        en="This rule is empty: give a template id or a text.",
                    )


class RuleOutsideLists(Rule):
    """Een verbod van het sjabloon staat buiten DIT NIET en ALTIJD (eigen kop, voorwaarde onder DIT MAG).

    Wat het controleert:
        Of een van de vier verboden alleen te lezen is op een plek die niet als regel op het A4 komt. Deze
        melding zegt waar het staat:
        - in tekst die onder geen onderdeel van het sjabloon staat (in een Word- of Markdown-beleid), zoals
          een alinea onder een eigen kop ("Omgaan met gegevens", "Richtlijnen") of direct onder de titel.
          Die tekst wordt gelezen als losse zinnen: een zin die het verbod zelf zegt ("Voer nooit
          persoonsgegevens in een AI-tool in") telt, zodat AIB401 niet meldt dat het ontbreekt;
        - of als voorwaarde bij een toegestaan gebruik onder DIT MAG ("Concepten laten schrijven, mits je ze
          daarna zelf nakijkt"). Wie die regel volgt, hoort de voorwaarde in dezelfde zin: ze telt.
    Waarom:
        Het verbod is gegeven, maar een losse zin onder een eigen kop wordt makkelijk overgeslagen, en een
        voorwaarde bij één toegestaan gebruik geldt voor dat gebruik, niet voor elk antwoord van AI. Zegt geen
        regel onder DIT NIET of ALTIJD het verbod, dan zet het A4 de zin die het zegt onder DIT NIET of ALTIJD
        (naar wat de zin doet: verbieden of iets buiten AI houden, of iets eisen), zodat het aan de muur niet
        ontbreekt; de melding zegt
        waar. Een zin van meer dan 300 tekens past niet op de pagina en blijft eraf. Dit is een afweging, geen
        wettelijke plicht.
    Voorbeeld:
        ## Omgaan met gegevens
        Voer nooit persoonsgegevens in een AI-tool in.
    Zo wel:
        ## DIT NIET
        - Voer nooit persoonsgegevens in een AI-tool in.

    --- en ---
    A template prohibition stands outside NOT ALLOWED and ALWAYS (own heading, condition under ALLOWED).

    What it checks:
        Whether one of the four prohibitions can only be read where it does not reach the A4 as a rule. This
        finding says where it stands:
        - in text that stands under no part of the template (in a Word or Markdown policy), such as a
          paragraph under a heading of its own ("Handling data", "Guidelines") or right under the title.
          That text is read as sentences on their own: a sentence that states the prohibition itself
          ("Never enter personal data into an AI tool") counts, so AIB401 does not report it missing;
        - or as the condition of an allowed use under ALLOWED ("Have drafts written, provided you check them
          yourself afterwards"). Whoever follows that rule reads the condition in the same sentence: it
          counts.
    Why:
        The prohibition has been given, but a sentence under a heading of its own is easily skipped, and a
        condition of one allowed use holds for that use, not for every answer AI gives. When no rule under NOT
        ALLOWED or ALWAYS states the prohibition, the A4 puts the sentence that states it under NOT ALLOWED or
        ALWAYS (by what the sentence does: forbid or keep something out of AI, or require), so that it is not
        missing from the wall; the
        finding says where. A sentence of more than 300 characters does not fit the page and stays off it.
        This is a judgement, not a legal duty.
    Example:
        ## Handling data
        Never enter personal data into an AI tool.
    Instead:
        ## NOT ALLOWED
        - Never enter personal data into an AI tool.
    """

    code = "AIB406"
    slug = "verbod-buiten-lijst"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterator[Hit]:
        items = ctx.counted_items()
        recognised = [item.as_dict() for item in items]
        as_rules = stated_in_lists(recognised)
        on_page = page_sentences(as_rules, loose_readings(recognised))
        reported: set[str] = set()
        for item in _page_items_first(items, on_page):
            if item.rule in as_rules or item.rule in reported:
                continue
            reported.add(item.rule)
            if item.at is not None:
                yield Hit(item.path, *item.at, rule_noun(item.rule) + _where_outside(ctx, item.rule, item.at, on_page))
            else:
                message = rule_noun(item.rule) + _AS_CONDITION.format(rule=item.rule, gloss=RULE_GLOSSES_EN[item.rule])
                yield ctx.at(item.path, nl=message.nl, en=message.en)


def _where_outside(ctx: Context, rule: str, at: tuple[int, int], on_page: dict[str, tuple[str, str]]) -> Message:
    """Where a rule outside the lists stands, and where the A4 puts it. Under a heading of the file's own, the
    message names that heading: its author took "Niet" or "Red" for the list, and "the running text" does not
    tell them which words to change."""
    heading = _heading_above(ctx, at[0])
    if heading:
        where = Message(
            nl=f"staat onder de kop '{heading}', die geen lijst van het sjabloon is",
            en=f"stands under the heading '{heading}', which is no list of the template",
        )
        fix = Message(
            nl=f"Noem de kop '{heading}' DIT NIET of ALTIJD", en=f"Name the heading '{heading}' NOT ALLOWED or ALWAYS"
        )
    else:
        where = Message(
            nl="staat in de lopende tekst, niet onder DIT NIET of ALTIJD",
            en="stands in the running text, not under NOT ALLOWED or ALWAYS",
        )
        fix = Message(
            nl="Zet de regel zelf onder DIT NIET of ALTIJD", en="Put the rule under NOT ALLOWED or ALWAYS yourself"
        )
    words = {"rule": rule, "gloss": RULE_GLOSSES_EN[rule], "where_nl": where.nl, "where_en": where.en}
    words |= {"fix_nl": fix.nl, "fix_en": fix.en}
    if rule not in on_page:
        return _OUTSIDE.format(**words)
    page = _LIST_HEADINGS[on_page[rule][0]]
    return _ON_PAGE.format(**words, nl_list=page.nl, en_list=page.en)


def _heading_above(ctx: Context, line: int) -> str:
    """The heading a text outside the lists stands under, or "" right under the title (the first heading, when it
    is no unknown section of its own)."""
    document = ctx.document
    if document is None:
        return ""
    above = [heading for heading in document.headings if heading[0] <= line]
    if not above:
        return ""
    at_line, _column, text = above[-1]
    unknown = any(p.kind is SourceKind.UNKNOWN_HEADING and p.line == at_line for p in document.problems)
    return shown(text) if unknown or len(above) > 1 else ""


def _page_items_first(items: list[CountedItem], on_page: dict[str, tuple[str, str]]) -> list[CountedItem]:
    """The items whose sentence the A4 prints come first, so AIB406 points at the sentence on the page."""
    printed = [item for item in items if item.rule in on_page and item.text == on_page[item.rule][1]]
    return printed + [item for item in items if item not in printed]


def stated_in_lists(recognised: Iterable[Mapping[str, object]]) -> set[str]:
    """The template rules a list item states as a rule, not only as the condition of an allowed use; from a file's
    recognised items as the JSON lists them (``CountedItem.as_dict``, ``FileResult.recognised``)."""
    return {
        str(found["rule"])
        for found in recognised
        if not found.get("outside_lists") and found.get("force") != "condition"
    }


def loose_readings(recognised: Iterable[Mapping[str, object]]) -> list[tuple[str, str, str | None]]:
    """(rule, force, sentence) of each counted text outside the lists, from the same recognised items."""
    return [
        (str(found["rule"]), str(found.get("force")), text if isinstance(text := found.get("text"), str) else None)
        for found in recognised
        if found.get("outside_lists")
    ]


def running_text_page(recognised: Iterable[Mapping[str, object]]) -> dict[str, tuple[str, str]]:
    """:func:`page_sentences` of a file's recognised items: what the A4 prints from the running text."""
    found = list(recognised)
    return page_sentences(stated_in_lists(found), loose_readings(found))


_LIST_KINDS = {"mag": "allowed", "mag_niet": "forbidden", "moet": "must"}
_ITEM_FIELD = re.compile(r"^regels\.(mag|mag_niet|moet)\[(\d+)\]$")


def items_on_other_list(recognised: Iterable[Mapping[str, object]], policy: Policy) -> dict[tuple[str, int], str]:
    """(A4 list, index) of each list item whose words state its rule with another list's force, and the A4 list
    they read as: a duty under DIT NIET ("Controleer altijd wat AI schrijft" under "Wat niet mag") goes under
    ALTIJD, a prohibition under DIT MAG under DIT NIET, a duty that opens an item under DIT MAG under ALTIJD. On
    the wall a cross before "Always check" reads as "do not check". The file keeps the item where its author put it;
    an item read with two forces stays."""
    forces: dict[tuple[str, int], set[str]] = {}
    markers: dict[tuple[str, int], set[str]] = {}
    for found in recognised:
        place = _ITEM_FIELD.match(str(found.get("field", "")))
        if place is not None and found.get("by") == "text" and place[1] != "moet":
            forces.setdefault((place[1], int(place[2])), set()).add(str(found.get("force")))
            words = found.get("markers")
            markers.setdefault((place[1], int(place[2])), set()).update(
                str(word) for word in (words if isinstance(words, (list, tuple)) else ())
            )
    moved: dict[tuple[str, int], str] = {}
    for (kind, index), found_forces in forces.items():
        force = found_forces.pop() if len(found_forces) == 1 else ""
        items = policy.rule_items(kind)
        text = (items[index].tekst or "") if index < len(items) else ""
        duty_first = (kind, force) == ("mag", "obligation") and _opens_with(text, markers[(kind, index)])
        if (kind, force) not in (("mag_niet", "obligation"), ("mag", "prohibition")) and not duty_first:
            continue
        target = _page_list(force, text) if index < len(items) else _LIST_KINDS[kind]
        if target != _LIST_KINDS[kind]:
            moved[(_LIST_KINDS[kind], index)] = target
    return moved


def _opens_with(text: str, markers: set[str]) -> bool:
    """The item opens with the word that makes it a duty ("Read and correct …", "Controleer altijd …"): a duty
    under DIT MAG, not a permission whose check comes after it ("Teksten laten herschrijven: daarna altijd zelf
    nalezen"), which stays under DIT MAG."""
    return bool(markers) and any(word.strip(".,:;!?").lower() in markers for word in text.split()[:2])


def _allowed_from_running_text(ctx: Context) -> bool:
    """The A4 prints a permission of the running text under DIT MAG ("You can, for drafting emails, …, provided
    you check the result yourself"): the policy does say what is allowed."""
    on_page = running_text_page(item.as_dict() for item in ctx.counted_items())
    return any(key == "allowed" for key, _sentence in on_page.values())


# After rule_noun(): "Het verbod" / "De regel", so the Dutch says "de tekst" where a pronoun would take a gender.
_OUTSIDE = Message(
    nl=" '{rule}' {where_nl}; de tekst telt, maar komt zo niet op het A4. {fix_nl}.",
    en=" '{rule}' ({gloss}) {where_en}; it counts, but does not reach the A4 page this way. {fix_en}.",
)
_ON_PAGE = Message(
    nl=" '{rule}' {where_nl}; de zin telt, en het A4 zet hem onder {nl_list}. "
    "{fix_nl}, dan leest het team hem als regel.",
    en=" '{rule}' ({gloss}) {where_en}; the sentence counts, and the A4 puts it "
    "under {en_list}. {fix_en}, so the team reads it as a rule.",
)
_AS_CONDITION = Message(
    nl=" '{rule}' staat alleen als voorwaarde bij een regel onder DIT MAG; de tekst telt, maar geldt zo alleen "
    "voor dat gebruik. Zet hem ook als regel onder DIT NIET of ALTIJD.",
    en=" '{rule}' ({gloss}) stands only as the condition of a rule under ALLOWED; it counts, but holds for "
    "that use only. Also put it as a rule under NOT ALLOWED or ALWAYS.",
)
