"""A policy sent as an e-mail or memo: its header lines, its sign-off and signature, and what its writer gives.

- "From: Ingrid Vermeulen <…>" / "Van: …" names the writer; "To: Team Apotheek De Linde" is a mailing list,
  which gives way to the memo's own scope sentence;
- "Kind regards," / "Hartelijke groet," ends the text: the lines under it are the signature, never rules;
- "ask me directly: …" / "Twijfel je? Mail me." makes the writer the contact, and the signature's "Director,
  LinguaLink Vertalingen" names the organisation when nothing else does.
"""

from __future__ import annotations

import re
from typing import Any

from aibeleid_check.source.contact_text import EMAIL, PHONE, role_and_name
from aibeleid_check.source.filling import State, set_value
from aibeleid_check.source.reading import Block, looks_like_name

FIRST_PERSON = re.compile(
    r"\b(?:ask|contact|call|phone|ring|mail|e-?mail|text|message|tell|vraag|bel|mail|app|spreek)\s+(?:het\s+)?(?:me|mij)\b"
    r"|\b(?:talk|speak|come|go)\s+to\s+me\b|\b(?:loop|kom)\s+(?:dan\s+)?(?:gerust\s+)?(?:even\s+)?(?:bij\s+mij\s+)?binnen\b",
    re.IGNORECASE,
)
"""A sentence that names its writer as the contact ("ask me directly: …", "Loop even binnen of mail me.", "Vraag
het mij gewoon: …")."""

SENDER_LABELS = frozenset({"from", "van"})


def sender_name(line: str) -> str:
    """The writer's name on a From:/Van: line, without the address ("Ingrid Vermeulen <ingrid@…>")."""
    return " ".join(EMAIL.sub(" ", line).replace("<", " ").replace(">", " ").split())


def mailing_list(addressee: str) -> bool:
    """A memo's To: line that names a mailing list by the organisation ("All staff LinguaLink Vertalingen",
    "Team Apotheek De Linde"): whom the mail went to; the memo's own sentence ("… applies to all in-house
    translators and the freelancers who work for us") says whom the rules are for. "To: All staff and
    volunteers" names the people themselves."""
    return any(word[:1].isupper() for word in addressee.split()[1:])


ADDRESSEE_LABELS = frozenset({"to", "aan"})
HEADER_LABELS = frozenset(
    {"from", "van", "subject", "onderwerp", "date", "datum", "sent", "verzonden", "verstuurd", "cc", "bcc", "kenmerk"}
)
"""A memo's header lines besides its To:/Aan: line ("Subject: AI rules"): the memo's text follows them."""
GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|beste|hoi|hallo|lieve|goedemorgen|goedemiddag|good\s+(?:morning|afternoon))\b[^.!?:;]{0,40}[,!]",
    re.IGNORECASE,
)
"""The greeting that opens a mail or memo ("Hi all, a few clear agreements …", "Dear all,", "Beste collega's,")."""
SIGN_OFF = re.compile(
    r"^(?:(?:kind|best|warm|many|with\s+kind)\s+regards|regards|yours\s+(?:sincerely|faithfully)|best\s+wishes|thanks"
    r"|(?:many\s+)?thanks|cheers|(?:met\s+)?(?:vriendelijke|hartelijke|collegiale|warme|sportieve)\s+groet(?:en)?|groet(?:en|jes)?"
    r"|hartelijke\s+groet(?:en)?|groeten|dank\s+je(?:\s+wel)?|bedankt|proost|tot\s+(?:snel|ziens|zo))\s*[,.!]?$",
    re.IGNORECASE,
)
_ROLE_AT = re.compile(r"^(?P<role>[^,()]{2,40}),\s+(?P<org>[A-Z][^,]{1,60})$")
SIGNATURE_LINES = 5


def signature_line(state: State, block: Block) -> None:
    """A sign-off ("Kind regards,", "Hartelijke groet,") and the few lines under it: the writer's name, role and
    organisation, and how to reach them. Never rules; read by :func:`writer_fields`."""
    if state.section != "~signature":
        state.section = "~signature"
        state.lead = ""
        state.signature.clear()  # (a sign-off inside the mail, and the mail's own at the end: the last one)
        return
    state.signature.append(block)


def _writer(state: State) -> dict[str, Any]:
    """Who wrote a memo, from its signature ("Ingrid Vermeulen", "Director, LinguaLink Vertalingen", an e-mail
    address and a phone number) or its From: line: naam, rol, organisatie, email, telefoon, as far as given."""
    found: dict[str, Any] = {}
    signed = bool(state.sender)  # a name has signed the mail: its From: line, or a name in the signature
    for block in state.signature:
        text = block.text.strip()
        channels = _channels(text)
        for key, value in channels.items():
            found.setdefault(key, value)
        if channels:
            continue
        role_at = _ROLE_AT.match(text)
        if role_at and signed and "organisatie" not in found and looks_like_name(role_at.group("org")):
            found["rol"], found["organisatie"] = role_at.group("role").strip(), role_at.group("org").strip(" .")
        elif "naam" not in found and _person(text):
            found["naam"] = text
        signed = signed or "naam" in found or _FIRST_NAME.match(text) is not None  # ("Mark", then "Chair, X")
    name, _, role = state.sender.partition(",")  # "From: Maarten Dekker, director"
    name, role = name.strip(), role.strip()
    if body := _BODY_OF.match(state.sender):
        found.setdefault("sender_organisatie", body.group("org"))  # "Van: Bestuur TC De Smash": no person
    elif name and _person(name) and ("naam" not in found or name.split()[0] == found["naam"]):
        found["naam"] = name  # (a signature of the first name only, "Maarten": the From: line says who)
        role, organisation = _role_and_organisation(role)  # "Mark Visser, chair, Amstel Hockey Club"
        if role and len(role.split()) <= _ROLE_WORDS and "rol" not in found:
            found["rol"] = role
        if organisation:
            found.setdefault("sender_organisatie", organisation)
    return found


def _role_and_organisation(text: str) -> tuple[str, str]:
    """ "chair, Amstel Hockey Club" -> ("chair", "Amstel Hockey Club"); a role alone -> (role, "")."""
    role_at = _ROLE_AT.match(text)
    if role_at is None or not looks_like_name(role_at.group("org")):
        return text, ""
    return role_at.group("role").strip(), role_at.group("org").strip(" .")


_BODY_OF = re.compile(
    r"^(?:het\s+|the\s+)?(?:bestuur|board|directie|management|management\s+team|mt|kerkenraad|college)"
    r"(?:\s+(?:van|of))?\s+(?P<org>(?:[A-Z0-9][\w'’&.-]*|van|de|der|den|het)(?:\s+(?:[A-Z0-9][\w'’&.-]*|van|de|der|den|het|&))*)$",
    re.IGNORECASE,
)
"""A From:/Van: line that names the organisation's body ("Bestuur TC De Smash", "The board of Amstel HC")."""


_ROLE_WORDS = 4
_FIRST_NAME = re.compile(r"^[A-Z][\w'’-]+$")
"""A signature of the first name alone ("Mark", "Gerard"), over the writer's role and organisation."""


def _channels(text: str) -> dict[str, str]:
    """The e-mail address and the phone number in ``text`` (the phone looked for beside the address, not in it)."""
    email, phone = EMAIL.search(text), PHONE.search(EMAIL.sub(" ", text))
    found = {"email": email.group()} if email else {}
    if phone:
        found["telefoon"] = phone.group().strip()
    return found


def _person(text: str) -> bool:
    return bool(text) and len(text.split()) <= 5 and role_and_name(text) == ("", text)


def writer_fields(state: State) -> None:
    """The fields a memo's writer gives: the contact when a sentence names the writer ("ask me directly: …",
    "Twijfel je? Mail me."), and the organisation the signature names ("Director, LinguaLink Vertalingen")."""
    writer = _writer(state)
    if state.me_contact is not None and state.data.get("aanspreekpunt") is None and "naam" in writer:
        sentence, block, offset = state.me_contact
        told = _channels(sentence)  # ("Twijfel je? Vraag het mij gewoon: maarten@… of 06 …": after its question)
        contact = {"naam": writer["naam"]}
        contact.update({key: writer[key] for key in ("rol",) if key in writer})
        for key in ("email", "telefoon"):
            if key in told or key in writer:
                contact[key] = told.get(key, writer.get(key))
        at = Block(block.kind, block.text, *state.at(block, offset))
        set_value(state, "aanspreekpunt", contact, at, at)
    if state.data.get("organisatie") is None and "organisatie" in writer and state.signature:
        at = state.signature[0]
        set_value(state, "organisatie", writer["organisatie"], at, at)
    elif state.data.get("organisatie") is None and "sender_organisatie" in writer and state.sender_at is not None:
        at = state.sender_at  # "From: Mark Visser, chair, Amstel Hockey Club", "Van: Bestuur TC De Smash"
        set_value(state, "organisatie", writer["sender_organisatie"], at, at)
