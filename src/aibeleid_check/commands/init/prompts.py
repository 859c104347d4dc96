"""``init``'s questions on a terminal (Rich prompts; the flags are the defaults).

Yes/no questions take ``ja``/``nee`` (and ``j``/``n``, ``yes``/``no``); the agreement question takes the
four values and their synonyms. Every error is in the run's language; Rich's own English messages
("Please enter Y or N", "Please select one of the available options") are never shown.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from aibeleid_check import template, values
from aibeleid_check.commands.init.answers import Answers, ToolAnswer, clean, default_applies_to
from aibeleid_check.texts import Catalogue, Message

TEXTS = Catalogue(
    {
        "organisation": Message(nl="Naam van de organisatie", en="Name of the organisation"),
        "tool": Message(nl="Naam van een AI-tool (leeg = klaar)", en="Name of an AI tool (empty = done)"),
        "need_tool": Message(nl="Noem minstens één tool.", en="Name at least one tool."),
        "agreement": Message(
            nl="  Is er een verwerkersovereenkomst met de leverancier? (ja/nee/aangevraagd/niet-nodig)",
            en="  Is there a processing agreement with the supplier? (ja/nee/aangevraagd/niet-nodig)",
        ),
        "bad_agreement": Message(
            nl="Antwoord ja, nee, aangevraagd of niet-nodig.", en="Answer ja, nee, aangevraagd or niet-nodig."
        ),
        "personal_data": Message(
            nl="  Mogen er persoonsgegevens in? (ja/nee)", en="  May personal data go in? (yes/no)"
        ),
        "bad_yes_no": Message(nl="Antwoord ja of nee.", en="Answer yes or no."),
        "contact": Message(nl="Naam (of functie) van het aanspreekpunt", en="Name (or role) of the contact"),
        "email": Message(nl="E-mailadres (leeg = geen)", en="E-mail address (empty = none)"),
        "phone": Message(nl="Telefoonnummer (leeg = geen)", en="Phone number (empty = none)"),
        "need_reach": Message(
            nl="Geef een e-mailadres of een telefoonnummer, zodat men het aanspreekpunt kan bereiken.",
            en="Give an e-mail address or a phone number, so that people can reach the contact.",
        ),
        "applies_to": Message(nl="Voor wie geldt het beleid?", en="Who does the policy apply to?"),
        "start": Message(nl="Ingangsdatum", en="Effective date"),
        "required": Message(nl="Dit veld is verplicht.", en="This field is required."),
    }
)


class Asker:
    """Asks the questions of one run in its language, on one console."""

    def __init__(self, lang: str, console: Any = None) -> None:
        from rich.console import Console

        self.lang = lang
        self.console = console or Console(highlight=False)

    def say(self, key: str) -> str:
        return TEXTS.text(key, self.lang)

    def _ask(self, question: str, default: str = "", show_default: bool = True) -> str:
        from rich.prompt import Prompt

        return Prompt.ask(question, default=default, show_default=show_default and bool(default), console=self.console)

    def _complain(self, key: str) -> None:
        self.console.print(f"[red]{self.say(key)}[/]")

    def all(self, answers: Answers) -> Answers:
        answers.organisation = self.text("organisation", answers.organisation)
        self.heading("goedgekeurde_tools")
        answers.tools = self.tools(answers.tools)
        self.heading("aanspreekpunt")
        answers.contact = self.text("contact", answers.contact)
        answers.email, answers.phone = self.reachable(answers)
        self.heading("geldt_voor")
        answers.applies_to = self.text("applies_to", answers.applies_to or default_applies_to(self.lang))
        self.heading("ingangsdatum")
        answers.start = self.date(answers.start or date.today())
        return answers

    def heading(self, key: str) -> None:
        label, question = template.FIELD_LABELS[key].text(self.lang), template.FIELD_QUESTIONS[key].text(self.lang)
        self.console.print(f"\n[bold]{label}[/] — {question}")

    def text(self, key: str, default: str | None) -> str:
        while True:
            answer = clean(self._ask(self.say(key), default or ""))
            if answer:
                return answer
            self._complain("required")

    def tools(self, given: list[ToolAnswer]) -> list[ToolAnswer]:
        tools = []
        for tool in given:
            if tool.agreement is None:
                tool.agreement = self.agreement()
            tools.append(tool)
        while True:
            name = clean(self._ask(self.say("tool"), show_default=False))
            if not name:
                if tools:
                    return tools
                self._complain("need_tool")
                continue
            tool = ToolAnswer(name, self.agreement())
            if tool.agreement == "ja":
                tool.personal_data = self.yes_no("personal_data", default=False)
            tools.append(tool)

    def agreement(self) -> str:
        while True:
            try:
                parsed = values.parse_agreement(self._ask(self.say("agreement"), "nee"))
            except values.ValueProblem:
                parsed = None
            if parsed is not None:
                return parsed
            self._complain("bad_agreement")

    def yes_no(self, key: str, default: bool) -> bool:
        shown = ("ja" if default else "nee") if self.lang != "en" else ("yes" if default else "no")
        while True:
            try:
                parsed = values.parse_yes_no(self._ask(self.say(key), shown))
            except values.ValueProblem:
                parsed = None
            if parsed is not None:
                return parsed
            self._complain("bad_yes_no")

    def reachable(self, answers: Answers) -> tuple[str | None, str | None]:
        while True:
            email = clean(self._ask(self.say("email"), answers.email or ""))
            phone = clean(self._ask(self.say("phone"), answers.phone or ""))
            if email or phone:
                return email, phone
            self._complain("need_reach")

    def date(self, default: date) -> date:
        while True:
            answer = self._ask(self.say("start"), default.isoformat())
            try:
                parsed = values.parse_date(answer)
            except values.ValueProblem as problem:
                self.console.print(f"[red]{problem.message.text(self.lang)}[/]")
                continue
            if parsed is not None:
                return parsed
