"""Reading the fields the fifth round of testers wrote in their own sentences (QA round 5, English and Dutch):
the scope, the tools, the start date and the contact as people state them, the organisation after a title's
dash, and "not signed" as an agreement's state; each as a class, with near misses that must not change.

Each test names the testers' policy that showed the class; the sentences here are written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from aibeleid_check.source.prose_fields import fields_in
from aibeleid_check.source.reading import organisation_in_title
from aibeleid_check.source.tool_spec import parse_contact
from aibeleid_check.values import ValueProblem, parse_agreement
from documents import markdown as _md
from documents import word as _word


def _fields(sentence: str) -> dict[str, str]:
    return {field: value for field, value, _ in fields_in(sentence)}


# --- the scope in a sentence whose subject is the page's own rules or answers (EN 01, EN 03, EN 06, NL 02) ---


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        (
            "These agreements apply to all therapists, the secretary and interns of the practice, and take effect on"
            " 1 February 2026.",
            "all therapists, the secretary and interns of the practice",
        ),
        (
            "These answers apply to all employees of Salarisbureau Van Dam & Partners, including temporary staff,"
            " and take effect on 15 February 2026.",
            "all employees of Salarisbureau Van Dam & Partners, including temporary staff",
        ),
        (
            "This regulation applies to all employees, volunteers, interns and seasonal workers of the park.",
            "all employees, volunteers, interns and seasonal workers of the park",
        ),
        ("These arrangements apply to all teachers and teaching assistants.", "all teachers and teaching assistants"),
        (
            "Deze afspraken gelden voor alle trainers en baliemedewerkers, en ze gaan in op 1 maart 2026.",
            "alle trainers en baliemedewerkers",
        ),
        ("This policy applies to all staff, and it takes effect on 1 May 2026.", "all staff"),
        ("Deze antwoorden gelden voor alle medewerkers van het bureau.", "alle medewerkers van het bureau"),
    ],
)
def test_a_scope_sentence_about_the_pages_own_rules_gives_the_people(sentence: str, scope: str) -> None:
    assert _fields(sentence)["geldt_voor"] == scope


def test_the_start_date_in_the_same_sentence_is_still_read() -> None:
    found = _fields("Deze afspraken gelden voor alle trainers, en ze gaan in op 1 maart 2026.")
    assert found == {"geldt_voor": "alle trainers", "ingangsdatum": "1 maart 2026"}


# --- "is valid for", and a clause before the verb (EN 09, NL 05) ---


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        (
            "This policy is valid for all employees in permanent service, freelancers and volunteers of the"
            " production office, starting per 01-04-2026.",
            "all employees in permanent service, freelancers and volunteers of the production office",
        ),
        ("Dit beleid is geldig voor alle medewerkers en vrijwilligers.", "alle medewerkers en vrijwilligers"),
        ("These rules are valid for every member of staff.", "every member of staff"),
        (
            "Deze richtlijn is vastgesteld door het college van bestuur en geldt voor alle medewerkers van onze"
            " veertien basisscholen.",
            "alle medewerkers van onze veertien basisscholen",
        ),
        ("This policy was adopted by the board and applies to all staff and volunteers.", "all staff and volunteers"),
    ],
)
def test_a_scope_sentence_with_valid_for_or_a_clause_before_its_verb(sentence: str, scope: str) -> None:
    assert _fields(sentence)["geldt_voor"] == scope


def test_valid_for_keeps_its_start_date() -> None:
    found = _fields("This policy is valid for all staff, starting per 01-04-2026.")
    assert found == {"geldt_voor": "all staff", "ingangsdatum": "01-04-2026"}


# --- the people named by their role ("the minister", "predikant") and a sentence without a verb (EN 07, NL 03,
# NL 07) ---


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        (
            "This applies to the minister, the church council, the editors of the church magazine and all volunteers.",
            "the minister, the church council, the editors of the church magazine and all volunteers",
        ),
        ("This policy applies to our payroll administrators.", "our payroll administrators"),
        (
            "Veelgestelde vragen voor alle medewerkers van Loonwijzer, inclusief uitzendkrachten en stagiairs.",
            "alle medewerkers van Loonwijzer, inclusief uitzendkrachten en stagiairs",
        ),
        (
            "Daarom deze afspraken voor predikant, kerkelijk werker, kerkenraadsleden en alle vrijwilligers.",
            "predikant, kerkelijk werker, kerkenraadsleden en alle vrijwilligers",
        ),
        ("Frequently asked questions for all our drivers.", "all our drivers"),
        ("These rules for our coaches and physiotherapists.", "our coaches and physiotherapists"),
    ],
)
def test_a_scope_naming_people_by_their_role_or_without_a_verb(sentence: str, scope: str) -> None:
    assert _fields(sentence)["geldt_voor"] == scope


@pytest.mark.parametrize(
    "sentence",
    [
        "These agreements apply to the use of AI tools at work.",  # what, not whom
        "This applies to letters, newsletters and reports.",
        "Deze afspraken gelden voor documenten, cijfers en dossiers.",
        "This applies to other matters as well.",
        "Frequently asked questions for our payroll administrators",  # a subtitle, no sentence
        "Veelgestelde vragen over AI.",
        "This policy is valid until 1 January 2027.",
        "Tips for all staff.",  # not the page's rules
        "Deze richtlijn is vastgesteld door het college van bestuur en treedt in werking op 1 april 2026.",
        "The board has approved and applies these rules.",
    ],
)
def test_near_misses_a_sentence_that_names_no_people_gives_no_scope(sentence: str) -> None:
    assert "geldt_voor" not in _fields(sentence)


def test_the_scope_under_a_question_heading_is_the_people_not_the_sentence() -> None:
    doc = _md(
        "# AI policy of Ontmoetingskerk Zeist\n\n## Who does this apply to?\n\n"
        "This applies to the minister, the church council and all volunteers who write texts.\n"
    )
    assert doc.data["geldt_voor"] == "the minister, the church council and all volunteers who write texts"


def test_a_faq_word_document_gives_the_scope_from_its_intro_sentence() -> None:
    def build(document: Any) -> None:
        document.add_heading("AI op kantoor – Salarisbureau Loonwijzer", 0)
        document.add_paragraph(
            "Veelgestelde vragen voor alle medewerkers van Loonwijzer, inclusief uitzendkrachten. Deze afspraken"
            " gaan in op 1 maart 2026."
        )
        document.add_heading("Mag ik AI gebruiken voor een mail?", 2)
        document.add_paragraph("Ja, als concept.")

    doc = _word(build)
    assert doc.data["geldt_voor"] == "alle medewerkers van Loonwijzer, inclusief uitzendkrachten"
    assert doc.data["ingangsdatum"] == "1 maart 2026"


# --- the start date after "enters into force" (EN 06: "Article 8 – Entry into force") ---


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("This regulation enters into force on 1 May 2026 and will be reviewed one year later.", "1 May 2026"),
        ("This policy comes into force on 2 March 2026.", "2 March 2026"),
        ("These rules come into effect on 1 June 2026.", "1 June 2026"),
        ("Dit reglement treedt in werking op 1 mei 2026.", "1 mei 2026"),
    ],
)
def test_into_force_and_into_effect_lead_the_start_date(sentence: str, date: str) -> None:
    assert _fields(sentence)["ingangsdatum"] == date


@pytest.mark.parametrize(
    "sentence",
    [
        "Adopted by the management team on 14 April 2026.",
        "This policy was written in January 2026 by the board.",
        "This policy is valid until 1 January 2027.",  # its end
        "Dit beleid geldt tot en met 31 december 2026.",
    ],
)
def test_near_misses_a_date_no_word_leads_in_is_no_start_date(sentence: str) -> None:
    assert "ingangsdatum" not in _fields(sentence)


def test_a_regulation_in_word_gives_its_date_of_entry_into_force() -> None:
    def build(document: Any) -> None:
        document.add_heading("Regulation on the use of AI at DierenPark Amersfoort", 0)
        document.add_heading("Article 3 – Use of data", 2)
        document.add_paragraph("Employees shall not enter personal data of visitors into an AI tool.")
        document.add_heading("Article 8 – Entry into force", 2)
        document.add_paragraph("This regulation enters into force on 1 May 2026 and will be reviewed after a year.")
        document.add_paragraph("Adopted by the management team on 14 April 2026.")

    assert _word(build).data["ingangsdatum"] == "1 May 2026"


# --- the tools a sentence approves in other words (EN 02, EN 06, NL 06) ---


def _tools(doc: Any) -> list[dict[str, Any]]:
    return list(doc.data.get("goedgekeurde_tools") or [])


def test_the_only_tool_we_have_approved_with_its_details_in_a_clause() -> None:
    doc = _md(
        "# AI policy – FitLab Gyms\n\nThis policy applies to all employees of FitLab Gyms.\n\n"
        "The only tool we have approved is ChatGPT Team, for which we have a processing agreement, and you may not"
        " enter personal data into it. If you are not sure, ask Daan Verhoeven, operations manager, at"
        " daan@fitlab.example.\n"
    )
    assert _tools(doc) == [{"naam": "ChatGPT Team", "verwerkersovereenkomst": "ja", "persoonsgegevens": "nee"}]
    assert doc.data["aanspreekpunt"]["naam"] == "Daan Verhoeven"


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The tools we have approved are Copilot (DPA: yes) and DeepL Pro (DPA: yes).", ["Copilot", "DeepL Pro"]),
        ("De enige tool die we hebben goedgekeurd is ChatGPT Team (verwerkersovereenkomst: ja).", ["ChatGPT Team"]),
        (
            "The following tools are approved: Microsoft 365 Copilot (processing agreement: yes; personal data: no)"
            " and DeepL Pro (processing agreement: yes; personal data: no).",
            ["Microsoft 365 Copilot", "DeepL Pro"],
        ),
        ("De volgende tools zijn toegestaan: Copilot (verwerkersovereenkomst: ja) en DeepL.", ["Copilot", "DeepL"]),
        (
            "Toegestaan zijn uitsluitend Microsoft 365 Copilot (zakelijk account, verwerkersovereenkomst afgesloten)"
            " en Adobe Firefly (geen persoonsgegevens).",
            ["Microsoft 365 Copilot (zakelijk account)", "Adobe Firefly"],
        ),
    ],
)
def test_a_sentence_approving_tools_in_other_words_gives_them(sentence: str, names: list[str]) -> None:
    outside = _md(f"# AI policy of Example Ltd\n\nThis policy applies to all staff.\n\n{sentence}\n")
    under = _md(f"# AI policy of Example Ltd\n\n## Approved tools\n\n{sentence}\n")
    for doc in (outside, under):
        assert [tool["naam"] for tool in _tools(doc)] == names


def test_the_details_of_the_following_approved_tools_are_read() -> None:
    doc = _md(
        "# AI policy of Example Ltd\n\n## Approved tools\n\nThe following tools are approved: Microsoft 365 Copilot"
        " (processing agreement: yes; personal data: no) and DeepL Pro (processing agreement: requested).\n"
    )
    copilot, deepl = _tools(doc)
    assert (copilot["verwerkersovereenkomst"], copilot["persoonsgegevens"]) == ("yes", "no")
    assert deepl["verwerkersovereenkomst"] == "requested"


@pytest.mark.parametrize(
    "sentence",
    [
        "The following tools are not approved: ChatGPT Free and Gemini.",  # the opposite
        "Niet toegestaan zijn ChatGPT Free en Gemini.",
        "The only thing we have approved is a pilot with ChatGPT Team.",
    ],
)
def test_near_misses_a_sentence_that_approves_no_tools_gives_none(sentence: str) -> None:
    doc = _md(f"# AI policy of Example Ltd\n\nThis policy applies to all staff.\n\n{sentence}\n")
    assert _tools(doc) == []


def test_a_clause_that_allows_personal_data_in_a_tool_says_yes() -> None:
    doc = _md(
        "# AI policy of Example Ltd\n\nThis policy applies to all staff.\n\nThe only tool we have approved is"
        " Copilot, for which we have a signed processing agreement, and you may enter client data into it.\n"
    )
    assert _tools(doc) == [{"naam": "Copilot", "verwerkersovereenkomst": "signed", "persoonsgegevens": "ja"}]


# --- the agreement for a tool stated in the sentence after the tools (NL 02) ---


def _gym(after: str) -> Any:
    return _md(
        "# AI-afspraken Sportclub Vitaal\n\nDeze afspraken gelden voor alle trainers, en ze gaan in op 1 maart"
        f" 2026.\n\nWe gebruiken alleen ChatGPT Team en Microsoft 365 Copilot. {after}\n"
    )


def test_an_agreement_stated_in_the_next_sentence_belongs_to_the_tool_it_names() -> None:
    doc = _gym(
        "Voor ChatGPT Team hebben we een verwerkersovereenkomst met OpenAI afgesloten, maar ook daar gaan geen"
        " ledengegevens in."
    )
    chatgpt, copilot = _tools(doc)
    assert chatgpt == {"naam": "ChatGPT Team", "verwerkersovereenkomst": "ja"}
    assert copilot == {"naam": "Microsoft 365 Copilot"}


@pytest.mark.parametrize(
    ("after", "agreement"),
    [
        ("We have a processing agreement for Microsoft 365 Copilot.", "ja"),
        ("Voor Microsoft 365 Copilot hebben we nog geen verwerkersovereenkomst.", "nee"),
        ("Voor Microsoft 365 Copilot is een verwerkersovereenkomst aangevraagd.", "aangevraagd"),
    ],
)
def test_an_agreement_in_a_later_sentence_says_what_it_says(after: str, agreement: str) -> None:
    _, copilot = _tools(_gym(after))
    assert copilot["verwerkersovereenkomst"] == agreement


@pytest.mark.parametrize(
    "after",
    [
        "Voor ChatGPT Team geldt: geen ledengegevens.",  # no agreement named
        "Voor Gemini hebben we een verwerkersovereenkomst.",  # a tool not in the list
        "We zijn bezig met een verwerkersovereenkomst voor onze website.",
    ],
)
def test_near_misses_a_later_sentence_about_no_listed_tools_agreement_changes_nothing(after: str) -> None:
    assert [tool.get("verwerkersovereenkomst") for tool in _tools(_gym(after))] == [None, None]


# --- the account a tool is used with is a detail of its name, in brackets (NL 02, EN 07) ---


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "We gebruiken alleen ChatGPT Team en Microsoft 365 Copilot met het werkaccount van de club.",
            ["ChatGPT Team", "Microsoft 365 Copilot (werkaccount van de club)"],
        ),
        (
            "We use ChatGPT (free version, without personal data) and Microsoft Copilot in the church's Microsoft 365"
            " account.",
            ["ChatGPT (free version)", "Microsoft Copilot (church's Microsoft 365 account)"],
        ),
        ("We only use Microsoft 365 Copilot with our work account.", ["Microsoft 365 Copilot (work account)"]),
        # near misses: an aside of details only, and a name with no account
        ("We use only Copilot (DPA signed) and DeepL Pro (signed DPA, no client data).", ["Copilot", "DeepL Pro"]),
        ("We only use Copilot in Word and DeepL.", ["Copilot in Word", "DeepL"]),
    ],
)
def test_the_account_and_the_plan_of_a_tool_stay_with_its_name(line: str, names: list[str]) -> None:
    doc = _md(f"# AI policy of Example Ltd\n\n## Tools\n\n{line}\n")
    assert [tool["naam"] for tool in _tools(doc)] == names


def test_a_free_version_in_brackets_keeps_its_details() -> None:
    doc = _md("# AI policy of Example Ltd\n\n## Tools\n\n- ChatGPT (free version, without personal data)\n")
    assert _tools(doc) == [{"naam": "ChatGPT (free version)", "persoonsgegevens": "nee"}]


# --- the contact after what leads up to them (EN 06, EN 09, NL 02, NL 05, NL 06) ---


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        (
            "With questions you can turn to Sanne de Groot (head of production), sanne@x.example, 06 12 34 56 78.",
            "Sanne de Groot",
            "head of production",
        ),
        (
            "Questions about this regulation can be addressed to the data protection officer, Mrs. A. Jansen, via"
            " privacy@x.example.",
            "Mrs. A. Jansen",
            "data protection officer",
        ),
        (
            "Vragen over dit reglement worden gesteld aan de functionaris gegevensbescherming, mevrouw L. Hofman, via"
            " privacy@x.example.",
            "mevrouw L. Hofman",
            "functionaris gegevensbescherming",
        ),
        (
            "Vragen over deze richtlijn stel je aan de functionaris gegevensbescherming, Jeroen Bakker, via"
            " fg@x.example.",
            "Jeroen Bakker",
            "functionaris gegevensbescherming",
        ),
        (
            "Twijfel je of iets mag? Vraag het dan aan onze clubmanager Kevin de Boer, kevin@x.example of 0318 55 66 77.",
            "Kevin de Boer",
            "clubmanager",
        ),
        (
            "Met vragen kun je terecht bij onze office manager, Anna Smit, via anna@x.example.",
            "Anna Smit",
            "office manager",
        ),
        ("Questions can be sent to our privacy officer Tom Baker at tom@x.example.", "Tom Baker", "privacy officer"),
        ("Stel je vraag gerust aan onze privacy officer, Lisa Kok, via lisa@x.example.", "Lisa Kok", "privacy officer"),
        ("Direct your questions to the office manager, Ben Hall, at ben@x.example.", "Ben Hall", "office manager"),
        ("Send any queries to our DPO Sam Lee, sam@x.example.", "Sam Lee", "DPO"),
        # near misses: what was read before stays so
        (
            "Ask our privacy officer, Marco van Dam, at privacy@x.example or 072 511 22 33.",
            "Marco van Dam",
            "privacy officer",
        ),
        (
            "Neem dan contact op met de privacyfunctionaris, mevrouw R. Hoekstra, via privacy@x.example.",
            "mevrouw R. Hoekstra",
            "privacyfunctionaris",
        ),
    ],
)
def test_a_contact_sentence_gives_the_person_after_its_lead_in(line: str, name: str, role: str) -> None:
    contact, _ = parse_contact(line)
    assert (contact["naam"], contact["rol"]) == (name, role)


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        (
            "mr. K. (Karin) Smits, candidate bailiff and privacy contact, k.smits@x.example",
            "mr. K. (Karin) Smits",
            "candidate bailiff and privacy contact",
        ),
        ("J. (Jan) de Vries, kandidaat-notaris, jan@x.example", "J. (Jan) de Vries", "kandidaat-notaris"),
        ("Mw. A.M. (Annemarie) Kok (praktijkmanager) · a.kok@x.example", "Mw. A.M. (Annemarie) Kok", "praktijkmanager"),
        # near miss: a role in brackets after the name stays the role
        ("Karin Smits (privacy contact), k.smits@x.example", "Karin Smits", "privacy contact"),
    ],
)
def test_a_first_name_in_brackets_between_initials_and_surname_is_part_of_the_name(
    line: str, name: str, role: str
) -> None:
    contact, offsets = parse_contact(line)
    assert (contact["naam"], contact["rol"]) == (name, role)
    assert line[offsets["naam"] :].startswith(name)


def test_the_contact_of_a_word_document_keeps_its_name_and_role() -> None:
    def build(document: Any) -> None:
        document.add_heading("AI policy of Hoogstraat bailiffs", 0)
        document.add_heading("Contact", 1)
        document.add_paragraph("mr. K. (Karin) Smits, candidate bailiff and privacy contact, k.smits@x.example")

    contact = _word(build).data["aanspreekpunt"]
    assert contact == {
        "naam": "mr. K. (Karin) Smits",
        "rol": "candidate bailiff and privacy contact",
        "email": "k.smits@x.example",
    }


# --- the organisation after a title's dash (EN 05, EN 06) ---


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        ("AI guidelines for staff – Stichting Primair Onderwijs De Linge", "Stichting Primair Onderwijs De Linge"),
        ("Regulation on the use of artificial intelligence – DierenPark Amersfoort", "DierenPark Amersfoort"),
        ("Policy on the use of AI – Bakkerij De Vries", "Bakkerij De Vries"),
        ("Richtlijnen voor medewerkers – Gemeente Oss", "Gemeente Oss"),
        ("Reglement over kunstmatige intelligentie — Zorggroep Rivierenland", "Zorggroep Rivierenland"),
        # what was read before stays so
        ("AI policy – FitLab Gyms", "FitLab Gyms"),
        ("Riverbend Primary School – Staff AI Guidelines", "Riverbend Primary School"),
        ("Richtlijn AI-gebruik Stichting Primair Onderwijs De Linge", "Stichting Primair Onderwijs De Linge"),
        # near misses: what follows the dash is no organisation
        ("AI Policy for Staff – 2026 edition", ""),
        ("AI Policy – Staff Edition", ""),
        ("AI guidelines for staff – Summary", ""),
        ("Regulation on AI – Draft", ""),
        ("Stichting De Linge – AI-beleid", "Stichting De Linge"),  # the name before it, as before
        ("AI guidelines for staff – what you need to know", ""),
        ("Beleid voor het gebruik van AI", ""),
    ],
)
def test_the_organisation_after_the_dash_of_a_title(title: str, organisation: str) -> None:
    assert organisation_in_title(title) == organisation


def test_a_regulation_title_in_word_gives_the_organisation() -> None:
    def build(document: Any) -> None:
        document.add_heading("Regulation on the use of artificial intelligence – DierenPark Amersfoort", 0)
        document.add_heading("Article 2 – Scope", 2)
        document.add_paragraph("This regulation applies to all employees and volunteers of the park.")

    doc = _word(build)
    assert doc.data["organisatie"] == "DierenPark Amersfoort"
    assert doc.data["geldt_voor"] == "all employees and volunteers of the park"


# --- "not signed": there is no agreement (EN 09) ---


@pytest.mark.parametrize(
    "text",
    [
        "not signed", "Not signed", "niet getekend", "nog niet getekend", "not yet signed", "unsigned",
        "niet ondertekend", "niet afgesloten", "not in place", "not concluded", "no DPA", "geen DPA",
        "geen verwerkersovereenkomst", "not requested", "niet aangevraagd",
    ],
)  # fmt: skip
def test_a_negated_agreement_state_is_no(text: str) -> None:
    assert parse_agreement(text) == "nee"


@pytest.mark.parametrize(
    ("text", "state"), [("signed", "ja"), ("not needed", "niet-nodig"), ("requested", "aangevraagd")]
)
def test_near_misses_the_states_without_not_stay(text: str, state: str) -> None:
    assert parse_agreement(text) == state


@pytest.mark.parametrize("text", ["not sure", "not signed yet, maybe", "niet van toepassing"])
def test_near_misses_a_not_that_says_no_state_is_still_refused(text: str) -> None:
    with pytest.raises(ValueProblem):
        parse_agreement(text)


def test_not_signed_in_a_tools_table_is_no() -> None:
    doc = _md(
        "# AI policy of Example Ltd\n\n## Tools\n\n| Tool | DPA | Personal data |\n|---|---|---|\n"
        "| Canva Magic Write | not signed | no |\n"
    )
    assert parse_agreement(_tools(doc)[0]["verwerkersovereenkomst"]) == "nee"
