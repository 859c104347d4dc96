"""AIB607 / AIB617: published AI text or a customer chatbot is disclosed (AI Act art. 50, from 2 August 2026)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from aibeleid_check.findings import Severity
from aibeleid_check.meaning.streng import publishes_ai_output, says_disclosure
from aibeleid_check.model import Policy
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.rules.streng.common import CLAUSE_HINT_EN, CLAUSE_HINT_NL, permissive_texts, rule_texts
from aibeleid_check.values import format_date, is_placeholder

ARTICLE_50_APPLIES = date(2026, 8, 2)


def _all_texts(policy: Policy) -> Iterator[str]:
    yield from (text for _, text in permissive_texts(policy))
    yield from rule_texts(policy, "mag_niet")


def undisclosed_publication(policy: Policy) -> str | None:
    """The path of the first text that publishes AI output, when no text says it is disclosed."""
    publishing = [
        path for path, text in permissive_texts(policy) if not is_placeholder(text) and publishes_ai_output(text)
    ]
    if not publishing or any(says_disclosure(text) for text in _all_texts(policy) if not is_placeholder(text)):
        return None
    return publishing[0]


class Transparency(Rule):
    """Het beleid laat AI-teksten publiceren of een chatbot met klanten praten, maar zegt niet dat dat vermeld wordt.

    Wat het controleert:
        Vanaf 2 augustus 2026: als een regel onder `mag`, een afspraak of de toelichting bij een tool
        AI-tekst laat publiceren (website, nieuwsbrief, social media, persbericht, …) of een chatbot met
        klanten laat praten, of een tekst in het beleid zegt dat dit kenbaar wordt gemaakt ("vermeld dat
        het met AI is gemaakt", "de chatbot zegt dat je met een AI praat"). Vóór die datum meldt AIB617
        hetzelfde als mededeling.
    Waarom:
        AI-verordening (EU) 2024/1689, artikel 50, van toepassing vanaf 2 augustus 2026 (artikel 113):
        mensen moeten weten dat ze met een AI-systeem praten (lid 1, een plicht van de aanbieder; wie een
        chatbot laat bouwen en onder eigen naam op de eigen site zet, kan zelf aanbieder zijn, artikel 3
        punt 3), en wie AI-tekst publiceert om het publiek te informeren over zaken van algemeen belang,
        maakt bekend dat die kunstmatig is gemaakt, tenzij een mens de tekst redactioneel controleert en
        er verantwoordelijk voor is (lid 4); deepfakes worden altijd als zodanig bekendgemaakt, behalve
        bij wetshandhaving, en bij kennelijk artistieke of satirische werken volstaat een beperkte
        vermelding (lid 4). De plicht geldt dus alleen in die gevallen; productteksten voor een webwinkel
        vallen er meestal buiten. Deze controle vraagt het breder, voor elke publicatie of klantchatbot, en
        is daarbuiten een afweging. Daarom een waarschuwing.
    Voorbeeld:
        regels:
          mag:
            - Teksten voor onze website en nieuwsbrief laten schrijven.
    Zo wel:
        afspraken:
          - Teksten die grotendeels door AI zijn geschreven en die we publiceren, vermelden dat; onze
            websitechatbot zegt aan het begin dat je met een AI praat.

    --- en ---
    The policy lets AI text be published or a chatbot talk to customers, but does not say it is disclosed.

    What it checks:
        From 2 August 2026: when an allowed rule, an agreement or a tool's note lets AI text be published
        (website, newsletter, social media, press release, …) or a chatbot talk to customers, whether a
        text in the policy says this is disclosed ("state that it was made with AI", "the chatbot says you
        are talking to an AI"). Before that date AIB617 reports the same as a notice.
    Why:
        AI Act (EU) 2024/1689, article 50, applicable from 2 August 2026 (article 113): people must know
        they are talking to an AI system (paragraph 1, a duty of the provider; whoever has a chatbot built
        and puts it on their own site under their own name may be the provider, article 3(3)), and
        whoever publishes AI text to inform the public on matters of public interest discloses that it was
        artificially made, unless a human reviews it and holds editorial responsibility (paragraph 4);
        deepfakes are always disclosed as such, except in law enforcement, and for evidently artistic or
        satirical works a limited disclosure suffices (paragraph 4). The duty thus applies only in those
        cases; product texts for a web shop usually fall outside it. This check asks for it more widely,
        for any publication or customer chatbot, and is a judgement beyond them. Hence a warning.
    Example:
        rules:
          allowed:
            - Having texts for our website and newsletter written.
    Instead:
        agreements:
          - Texts mostly written by AI that we publish say so; our website chatbot says at the start that
            you are talking to an AI.
    """

    code = "AIB607"
    slug = "transparantie"
    severity = Severity.WARNING
    profile = "streng"

    def check(self, ctx: Context) -> Iterator[Hit]:
        if ctx.today < ARTICLE_50_APPLIES:
            return
        path = undisclosed_publication(ctx.policy)
        if path:
            yield ctx.at(
                path,
                nl="AI-tekst wordt gepubliceerd of een chatbot praat met klanten, maar het beleid zegt niet dat dit "
                "vermeld wordt. AI-verordening art. 50 eist dat alleen voor een klantchatbot (aanbieder), AI-tekst "
                "over zaken van algemeen belang zonder redactionele verantwoordelijkheid en deepfakes; daarbuiten "
                f"is vermelden een afweging. {CLAUSE_HINT_NL}",
                en="AI text is published or a chatbot talks to customers, but the policy does not say this is "
                "disclosed. AI Act art. 50 requires it only for a customer chatbot (provider), AI text on matters "
                "of public interest without editorial responsibility, and deepfakes; beyond those, disclosing is "
                f"a judgement. {CLAUSE_HINT_EN}",
            )


class TransparencyNotice(Rule):
    """Vóór 2 augustus 2026: AI-teksten of een klantchatbot zonder afspraak over vermelden (AIB607 daarna).

    Wat het controleert:
        Hetzelfde als AIB607, maar alleen vóór 2 augustus 2026, de dag waarop artikel 50 van de
        AI-verordening van toepassing wordt. Vanaf die dag meldt AIB607 het als waarschuwing.
    Waarom:
        Een aankondiging: artikel 50 geldt nog niet, maar de afspraak maken kan nu al. De codes zijn
        gescheiden zodat een configuratie die AIB607 strenger zet, de aankondiging niet meeneemt.
    Voorbeeld:
        regels:
          mag:
            - Teksten voor onze website en nieuwsbrief laten schrijven.
    Zo wel:
        afspraken:
          - Teksten die grotendeels door AI zijn geschreven en die we publiceren, vermelden dat.

    --- en ---
    Before 2 August 2026: AI text or a customer chatbot without an agreement to disclose it (AIB607 after).

    What it checks:
        The same as AIB607, but only before 2 August 2026, the day article 50 of the AI Act starts to
        apply. From that day AIB607 reports it as a warning.
    Why:
        An announcement: article 50 does not apply yet, but the agreement can be made now. The codes are
        separate so that a configuration that makes AIB607 stricter does not take the announcement along.
    Example:
        rules:
          allowed:
            - Having texts for our website and newsletter written.
    Instead:
        agreements:
          - Texts mostly written by AI that we publish say so.
    """

    code = "AIB617"
    slug = "transparantie-vooraankondiging"
    severity = Severity.INFO
    profile = "streng"

    def check(self, ctx: Context) -> Iterator[Hit]:
        if ctx.today >= ARTICLE_50_APPLIES:
            return
        path = undisclosed_publication(ctx.policy)
        if path:
            yield ctx.at(
                path,
                nl="AI-tekst wordt gepubliceerd of een chatbot praat met klanten; vanaf "
                f"{format_date(ARTICLE_50_APPLIES)} moet dat in bepaalde gevallen vermeld worden (AI-verordening art. 50 lid 1 en 4). "
                f"{CLAUSE_HINT_NL}",
                en="AI text is published or a chatbot talks to customers; from "
                f"{format_date(ARTICLE_50_APPLIES, 'en')} this must be disclosed in certain cases (AI Act art. 50(1) and (4)). "
                f"{CLAUSE_HINT_EN}",
            )
