"""Reading what the thirteenth testers found (readers' round 14): a memo's numbered list of rules, a title
"<Name> AI memo" without a dash, "(signed)" after a tool, a pointer ("see the list below") in place of a value,
and one pattern for a contact's extension. Each with the near miss that must not change."""

from __future__ import annotations

from typing import Any

import pytest

from aibeleid_check.a4.data import _contact
from aibeleid_check.model import Contact, build
from aibeleid_check.source import Document
from aibeleid_check.source.contact_text import EXTENSION
from aibeleid_check.values import points_below, signing_state
from documents import markdown as _md
from documents import rules_of, unknown_headings
from documents import word as _word

_RULES = "\n## DIT NIET\n\n- Klantgegevens in ChatGPT zetten.\n"
_LIST = [
    "Never put customer details (names, phone numbers, allergies, guest lists) into an AI tool.",
    "Keep our recipes, supplier prices and contracts out of it too: they are confidential.",
    "Whether we take on an event or give a discount is decided by me or Yara, not by AI.",
    "Read and check every menu text or quote that AI writes before it goes to a customer.",
]


def _data(doc: Document) -> dict[str, Any]:
    return doc.data or {}


def _listed(doc: Document) -> list[str]:
    return [str(item) for items in rules_of(doc).values() for item in items or []]


def _loose(doc: Document) -> list[str]:
    return [text for text, _, _ in doc.loose]


# --- 1. a memo's numbered list is its rules ---


def _memo(
    items: list[str], *, header: bool = True, greeting: str = "Hi all, a few clear agreements.", typed: bool = False
) -> Document:
    def build_document(document: Any) -> None:
        document.add_paragraph("How we use AI at Smaakmakers Catering", style="Title")
        if header:
            for line in ("From: Daan Willems", "To: all kitchen and office staff", "Subject: AI rules"):
                document.add_paragraph(line)
        document.add_paragraph(greeting)
        for number, item in enumerate(items, 1):
            if typed:
                document.add_paragraph(f"{number}. {item}")
            else:
                document.add_paragraph(item, style="List Number")
        document.add_paragraph("This applies to all kitchen and office staff, effective from 1 February 2027.")
        document.add_paragraph("Cheers,")
        document.add_paragraph("Daan Willems")

    return _word(build_document)


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(_memo(_LIST), id="word-numbering-after-header"),
        pytest.param(_memo(_LIST, typed=True), id="typed-numbers"),
        pytest.param(_memo(_LIST, header=False, greeting="Hi team,"), id="greeting-only"),
        pytest.param(_memo(_LIST, greeting="Dear all,"), id="dear-all"),
    ],
)
def test_a_memos_numbered_list_is_its_rules(doc: Document) -> None:
    rules = rules_of(doc)
    assert rules["mag_niet"] == _LIST[:2]
    assert rules["moet"] == _LIST[2:]
    assert not set(_LIST) & set(_loose(doc))  # no AIB406 "staat in de lopende tekst"
    assert _data(doc)["geldt_voor"] == "all kitchen and office staff"


def test_a_memo_in_markdown_reads_its_numbered_list_as_rules() -> None:
    page = "Van: Daan Willems\nOnderwerp: AI\n\nHoi allemaal,\n\n1. Zet nooit klantgegevens in ChatGPT.\n" + (
        "2. Onze recepten en inkoopprijzen houd je erbuiten.\n3. Of we een feest aannemen, beslis ik, niet AI.\n"
    )
    assert _listed(_md(page)) == [
        "Zet nooit klantgegevens in ChatGPT.",
        "Onze recepten en inkoopprijzen houd je erbuiten.",
        "Of we een feest aannemen, beslis ik, niet AI.",
    ]


def test_a_memos_list_of_news_stays_text() -> None:
    news = ["The office is closed on Friday.", "The new coffee machine arrives on Monday."]
    doc = _memo(news)
    assert rules_of(doc) == {}
    assert set(news) <= set(_loose(doc))


def test_a_memos_list_of_rules_ends_at_an_item_about_something_else() -> None:
    doc = _memo([_LIST[0], "The office is closed on Friday."])
    assert _listed(doc) == [_LIST[0]]
    assert "The office is closed on Friday." in _loose(doc)


def test_a_list_under_a_title_without_a_memo_keeps_its_first_words_rule() -> None:
    """Outside a memo an item without a rule's first words stays text, as before (only a memo's list is its
    rules)."""
    doc = _md("# AI at Smaakmakers\n\n- " + "\n- ".join(_LIST) + "\n")
    assert _LIST[1] not in _listed(doc)
    assert _LIST[1] in _loose(doc)


def test_a_typed_number_in_a_memo_before_a_sentence_that_is_no_rule_stays_the_sentence() -> None:
    doc = _memo(["This policy applies to all kitchen staff."], typed=True)
    assert rules_of(doc) == {}
    assert "1. This policy applies to all kitchen staff." in _loose(doc)


# --- 2. "<Name> AI memo" without a dash ---


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        ("Harbour Café AI memo", "Harbour Café"),
        ("Bakkerij Jansen AI-notitie", "Bakkerij Jansen"),
        ("BetaNYC AI memo", "BetaNYC"),
        ("Bakkerij Jansen AI-beleid", "Bakkerij Jansen"),
    ],
)
def test_a_name_before_ai_memo_is_the_organisation(title: str, organisation: str) -> None:
    doc = _md(f"# {title}\n{_RULES}")
    assert _data(doc).get("organisatie") == organisation
    assert unknown_headings(doc) == []


@pytest.mark.parametrize(
    "title",
    ["Ons AI-beleid", "Onze AI-memo", "Team AI memo", "Kitchen AI memo", "Internal AI memo", "Internal AI policy"],
)
def test_a_title_before_ai_memo_that_names_no_one_gives_no_organisation(title: str) -> None:
    assert "organisatie" not in _data(_md(f"# {title}\n{_RULES}"))


# --- 3. "(signed)" after a tool is its agreement ---


def _agreements(page: str) -> list[tuple[str, str | None]]:
    model = build(_md(page))
    assert model is not None
    return [(tool.naam, tool.verwerkersovereenkomst) for tool in model.policy.goedgekeurde_tools]


_TOOLS = "# Bakkerij Jansen – AI-beleid\n" + _RULES + "\n## Goedgekeurde tools\n\n"


def test_signed_in_brackets_after_a_tool_is_its_agreement() -> None:
    page = (
        _TOOLS
        + "- ChatGPT Team (signed)\n- Copilot (getekend, geen persoonsgegevens)\n- DeepL Pro (nog niet getekend)\n"
    )
    assert _agreements(page) == [("ChatGPT Team", "ja"), ("Copilot", "ja"), ("DeepL Pro", "nee")]


def test_a_signing_word_that_is_no_agreement_stays_the_tools_aside() -> None:
    page = _TOOLS + "- Copilot (signed in with your work account)\n- Canva (signed off by the board)\n"
    assert _agreements(page) == [
        ("Copilot (signed in with your work account)", None),
        ("Canva (signed off by the board)", None),
    ]


def test_signing_state() -> None:
    assert [signing_state(text) for text in ("signed", "Getekend", "signed by the board", "not signed")] == [
        "ja",
        "ja",
        "ja",
        "nee",
    ]
    assert [signing_state(text) for text in ("yes", "werkaccount", "signed up")] == [None, None, None]


# --- 4. a pointer is no value: the list after it is ---


@pytest.mark.parametrize(
    "label",
    ["Tools – zie de lijst hieronder", "Tools: see the list below", "**Goedgekeurde tools:** zie onderstaande lijst"],
)
def test_a_pointer_after_the_tools_label_leaves_the_list_below_as_the_tools(label: str) -> None:
    doc = _md(f"# Bakkerij Jansen – AI-beleid\n{_RULES}\n{label}\n\n- ChatGPT Team\n- DeepL Pro\n")
    assert _data(doc)["goedgekeurde_tools"] == [{"naam": "ChatGPT Team"}, {"naam": "DeepL Pro"}]


def test_a_pointer_in_word_under_the_tools_heading() -> None:
    def build_document(document: Any) -> None:
        document.add_heading("DIT NIET", level=2)
        document.add_paragraph("Klantgegevens in ChatGPT zetten.", style="List Bullet")
        document.add_heading("Goedgekeurde tools", level=2)
        document.add_paragraph("Zie de lijst hieronder:")
        document.add_paragraph("Microsoft 365 Copilot", style="List Bullet")

    assert _data(_word(build_document))["goedgekeurde_tools"] == [{"naam": "Microsoft 365 Copilot"}]


def test_a_pointer_to_the_contact_below() -> None:
    page = f"# Bakkerij Jansen – AI policy\n{_RULES}\nContact: see below\n\nSanne de Vries, sanne@jansen.example\n"
    assert _data(_md(page))["aanspreekpunt"] == {"naam": "Sanne de Vries", "email": "sanne@jansen.example"}


def test_a_reference_elsewhere_stays_the_value() -> None:
    doc = _md(f"# Bakkerij Jansen – AI policy\n{_RULES}\nTools: see appendix B\n")
    assert _data(doc)["goedgekeurde_tools"] == [{"naam": "see appendix B"}]
    assert not points_below("ChatGPT Team (see below)")
    assert not points_below("onder voorwaarden")


# --- 5. one pattern for a contact's extension ---


@pytest.mark.parametrize("role", ["ext. 4400", "toestel 212", "x4417", "ext: 12"])
def test_an_extension_as_the_role_is_the_phone_on_the_a4(role: str) -> None:
    assert EXTENSION.fullmatch(role)
    printed = _contact(Contact(naam="Desk", rol=role))
    assert printed is not None
    assert (printed["role"], printed["phone"]) == (None, role)


def test_a_role_that_starts_like_an_extension_stays_the_role() -> None:
    printed = _contact(Contact(naam="Jan", rol="Extern adviseur"))
    assert printed is not None
    assert printed["role"] == "Extern adviseur"


def test_the_reader_reads_an_x_extension_as_the_phone() -> None:
    page = f"# Bakkerij Jansen – AI policy\n{_RULES}\n**Contact:** Priya Shah, x4417\n"
    assert _data(_md(page))["aanspreekpunt"] == {"naam": "Priya Shah", "telefoon": "x4417"}
