"""A contact written as a sentence, as people write it under "Vragen?" or "Who to ask":

- "If you are unsure, speak to our Practice Manager, Angela Morris, on 0161 496 0770 or at a.morris@….";
- "Heeft u vragen? Neem dan contact op met de privacyfunctionaris, mevrouw R. Hoekstra, via privacy@…";
- "Contact Mark Lowe, Managing Partner, at mlowe@… or (614) 555-0147.".

The e-mail address and the phone number are taken from anywhere in the text; what leads up to the person
("If you are unsure, speak to", "Neem dan contact op met") and what follows as a condition ("before you use a
tool") are left out; of the rest, a capitalised name is the name and the other words the role.
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w@])(?:\+\d{1,3}[\s-]?)?(?:\(\d{1,4}\)[\s-]?)?\d[\d\s.-]{6,}\d(?![\w@])")
EXTENSION = re.compile(r"\b(?:ext|extension|x|toestel|tst|intern)\.?:?\s*\d{1,6}\b", re.IGNORECASE)
"""A phone extension ("ext. 4417", "x4417", "toestel 212"): in a contact line the phone; as the whole of a contact's
role ("rol: ext. 4400") the A4 prints it with the phone."""
LEAD = re.compile(
    r"\b(?:neem\s+(?:je\s+|u\s+)?(?:dan\s+)?(?:gerust\s+)?contact\s+op\s+met|contact\s+opnemen\s+met|contact\s*person\s+is|contactpersoon\s+is|aanspreekpunt\s+is|contacteer|contact"
    r"|speak\s+to"
    r"|talk\s+to|ask|reach\s+out\s+to|questions\s+go\s+to|vragen\s+gaan\s+naar|loop\s+(?:dan\s+)?(?:even\s+)?binnen\s+bij"
    r"|wend\s+je\s+(?:dan\s+)?tot|wend\s+u\s+(?:dan\s+)?tot|go\s+to|ga\s+naar"
    r"|vraag\s+(?:je\s+|u\s+)?(?:het\s+)?(?:(?:dan|even|gerust|maar)\s+)*aan|vraag"
    r"|(?:you\s+)?(?:can|may|should)\s+turn\s+to|turn\s+to"
    r"|(?:can|may|should|are\s+to)\s+be\s+(?:addressed|sent|directed|put|raised)\s+(?:to|with)"
    r"|(?:worden|kunnen\s+worden|moeten\s+worden)\s+(?:gesteld|gericht|gestuurd)\s+(?:aan|tot|naar)"
    r"|stel\s+(?:je|u|jouw|uw|ze|die)\s+(?:vraag\s+|vragen\s+)?(?:(?:dan|gerust|maar|even)\s+)?aan"
    r"|richt\s+(?:je|u)\s+(?:(?:dan|gerust)\s+)?(?:tot|aan)"
    r"|(?:direct|send|put|address|raise|bring|take)\s+(?:your\s+|any\s+|all\s+)?(?:questions?|queries|concerns)\s+(?:to|with)"
    r"|(?:kun|kan|kunt)\s+(?:je|u)\s+(?:(?:dan|gerust|altijd)\s+)?terecht\s+bij|terecht\s+bij"
    r"|stuur\s+(?:dan\s+)?(?:even\s+)?(?:een\s+)?(?:bericht(?:je)?|mail(?:tje)?|e-?mail|appje)\s+(?:aan|naar)"
    r"|send\s+(?:a\s+)?(?:message|an?\s+e-?mail|note)\s+to|message"
    r"|(?:bel|call|mail|e-?mail)(?:\s+(?:of|or|en|and)\s+(?:bel|call|mail|e-?mail|app|whatsapp|text))?"  # "Bel of app"
    r"|ping|drop\s+(?:a\s+)?(?:line|note|message)\s+to"
    r"|meld\s+(?:je\s+|u\s+)?(?:(?:twijfels?|vragen|zorgen|incidenten|problemen|fouten|het)\s+)?"
    r"(?:(?:altijd|direct|meteen|dan|even)\s+)*(?:bij|aan)"
    r"|overleg\s+(?:(?:dan|eerst|even|altijd)\s+)*met|check\s+with"
    r"|tell|inform|report\s+(?:(?:it|this|doubts|concerns|problems|incidents|mistakes)\s+)?to)"
    r"\s+(?:(?:dan|gerust|even|maar|naar|to)\s+){0,3}(?:met\s+)?(?:(?:our|the|your|onze|ons|de|het|je|jouw|uw)\s+)?",
    re.IGNORECASE,
)
_CONDITION = re.compile(
    r",?\s+(?:before|voordat|voor\s+je|als|if|when|wanneer|zodra|whenever)\b.*$|\s+(?:on|op|in|via)\s+(?:slack|teams)\b.*$",
    re.IGNORECASE,
)
_PARTS = re.compile(
    r"\s*[,;()·|]\s*|\s+[—–-]\s+|\s+(?:or|of|en|and|at|on|op|via|bij|met)\s+(?=\W|$)|\s+(?:or|of|and|en|at|on|op|via)$"
)
_CHANNEL_ONLY = re.compile(r"^(?:or|of|and|en|at|on|op|via|bij|met|#\S+)$", re.IGNORECASE)
_NAME_WORD = re.compile(
    r"^(?:[A-Z][\w'’.-]*|\ue000[A-Z][\w'’-]*\ue001|van|de|der|den|ter|ten|el|al|la|le|du|da|von|mr\.|mw\.|dr\.)$"
)
_FIRST_NAME_ASIDE = re.compile(r"(?<=[A-Z]\.)\s\(([A-Z][\w'’-]+)\)(?=\s+(?:[a-z]{1,3}\s+)*[A-Z])")
"""A first name in brackets between the initials and the surname: "mr. K. (Karin) Smits"."""


def keep_first_name(text: str) -> str:
    """ "mr. K. (Karin) Smits" with the brackets of its first name hidden (as private-use characters of the same
    length), so that the name is one part, not a name and a role in brackets; :func:`shown_first_name` undoes it."""
    return _FIRST_NAME_ASIDE.sub(lambda m: f" \ue000{m.group(1)}\ue001", text)


def shown_first_name(text: str) -> str:
    return text.replace("\ue000", "(").replace("\ue001", ")")


_HONORIFICS = frozenset("mevrouw meneer mw. mw dhr. dhr mr. mr mrs. mrs ms. ms dr. dr drs. ir. prof.".split())
_SENTENCE_WORDS = re.compile(
    r"\b(?:neem|contact|speak|ask|questions|vragen|vraag|twijfel|unsure|doubt|loop|wend|bel|call|mail|heb|heeft|if|als"
    r"|send|message|stuur|bericht|meld|twijfels|tell|inform|report)\b",
    re.IGNORECASE,
)


_FIRST_PERSON = frozenset({"me", "mij", "ik", "i", "myself", "mijzelf"})


def looks_like_sentence(text: str) -> bool:
    """A contact that is a sentence rather than a list of parts ("Marieke de Vries (directeur) · m@…")."""
    return bool(_SENTENCE_WORDS.search(text)) or text.rstrip().endswith("?")


def contact_in_sentence(text: str) -> dict[str, str] | None:
    """The contact's name, role, e-mail and phone; ``None`` when the sentence names no one."""
    found: dict[str, str] = {}
    email = EMAIL.search(text)
    if email:
        found["email"] = email.group()
    rest = EMAIL.sub(" , ", text)
    phone = PHONE.search(rest) or EXTENSION.search(rest)  # "(ext. 4400)": an extension is the phone too
    if phone:
        found["telefoon"] = phone.group().strip()
        rest = rest[: phone.start()] + " , " + rest[phone.end() :]
    rest = _after_question(_LABEL_LEAD.sub("", rest))
    first = LEAD.search(rest)
    if first is not None:
        rest = rest[first.end() :]  # what leads up to the first "contact …" or "speak to" is no part of it
    rest = LEAD.sub(" , ", rest)  # ", of mail naar …": a second way to reach them
    rest = _CONDITION.sub("", rest.strip().rstrip("."))
    parts = [
        p.strip(" .,:") for p in _PARTS.split(rest) if p and p.strip(" .,:") and not _CHANNEL_ONLY.match(p.strip())
    ]
    for part in parts:
        opening, _, named = part.partition(" ")
        if opening.lower().rstrip(":") in _FIRST_PERSON and opening.endswith(":") and named:
            part = named  # "ask me: Marco Bianchi, …": the writer, named after the colon
        elif opening.lower() in _FIRST_PERSON:
            continue  # "ask me directly": the writer, whom the sentence does not name
        role, name = role_and_name(part)
        if name and "naam" not in found:
            found["naam"] = name
            if role and "rol" not in found:
                found["rol"] = role
        elif part and "rol" not in found:
            found["rol"] = role or part
    if "naam" not in found and "rol" in found:
        found["naam"] = found.pop("rol")  # "Contact our IT Service Desk at …": the team is who to ask
    return found if "naam" in found and len(found) > 1 else None


_DOUBT = re.compile(
    r"^\s*(?:(?:any\s+)?questions|vragen|twijfel\s+je|twijfelt\s+u|not\s+sure|unsure|in\s+doubt|doubts?)\s*\?"
    r"|^\s*(?:if|when|als|bij)\s+(?:you\s+are\s+|you're\s+|je\s+|u\s+)?(?:in\s+doubt|unsure|not\s+sure|twijfel"
    r"|twijfelt|vragen\s+hebt|vragen\s+heeft|questions)\b[^,:.]{0,40}[,:]",
    re.IGNORECASE,
)
"""A sentence that opens with the doubt it answers ("Questions?", "Twijfel je?", "If in doubt,", "Bij twijfel:")."""
_ROLE_NOUNS = frozenset(
    """supervisor supervisors leidinggevende leidinggevenden manager teamleider teamleiders mentor docent teacher
    praktijkopleider werkbegeleider begeleider coach boss baas""".split()
)
_YOUR = frozenset("your je jouw uw".split())
_MAX_ROLE_PHRASE = 3


def role_in_sentence(text: str, *, asked: bool = False) -> str:
    """ "Questions? Talk to your supervisor.", "Vragen? Stel ze aan je leidinggevende.", "If in doubt, ask your
    line manager before you use a tool.": the role the doubt goes to, with its "your" ("your supervisor"),
    when the sentence names no person and no way to reach one; ``""`` otherwise. Under the contact's heading
    (``asked``) the sentence need not name the doubt itself ("Talk to your supervisor.")."""
    if not (asked or _DOUBT.match(text)) or EMAIL.search(text) or PHONE.search(text):
        return ""
    lead = LEAD.search(text)
    if lead is None:
        return ""
    rest = _CONDITION.sub("", text[lead.end() :].strip()).strip().rstrip(".!")
    words = rest.split()
    if not 0 < len(words) <= _MAX_ROLE_PHRASE or not all(word.islower() for word in words):
        return ""
    if words[-1] not in _ROLE_NOUNS and not _is_title(words[-1:]):
        return ""
    owned = lead.group().split()[-1].lower()
    return f"{owned} {rest}" if owned in _YOUR else rest


_LABEL_LEAD = re.compile(
    r"^\s*(?:vragen|questions|contact|bij\s+twijfel|twijfel|in\s+doubt|when\s+in\s+doubt|aanspreekpunt|contactpersoon"
    r"|contact\s+person)\s*:\s*",
    re.IGNORECASE,
)
"""A contact's own label inside the answer ("Bij twijfel: Karin Hofstede (directeur), …")."""


def _after_question(text: str) -> str:
    """ "Heeft u vragen of twijfelt u? Neem dan contact op met …": what follows the question."""
    head, mark, tail = text.partition("?")
    return tail if mark and tail.strip() else text


def role_and_name(part: str) -> tuple[str, str]:
    """ "praktijkmanager Anja Smit" -> ("praktijkmanager", "Anja Smit"); "Angela Morris" -> ("", "Angela
    Morris"); "Practice Manager" -> ("Practice Manager", "") when it is a title rather than a person."""
    words = part.split()
    start = next((n for n, w in enumerate(words) if w[:1].isupper()), len(words))
    while start and words[start - 1].lower() in _HONORIFICS:
        start -= 1  # "mevrouw R. Hoekstra": the form of address goes with the name
    name = words[start:]
    if len(name) < 2 or len(name) > 6 or not all(_NAME_WORD.match(w) or w.lower() in _HONORIFICS for w in name[:1]):
        return _title_then_name(part)
    if not all(_NAME_WORD.match(w) for w in name[1:]):
        return _title_then_name(part)
    while name and _is_title(name[:1]):
        name = name[1:]  # "ICT-coördinator Fatima El Amrani": the role written with a capital
        start += 1
    if len(name) < 2 or _is_title(name):
        return _title_then_name(part)
    return " ".join(words[:start]), " ".join(name)


_MAX_ROLE_WORDS_BEFORE_A_NAME = 3


def _title_then_name(part: str) -> tuple[str, str]:
    """ "Practice manager Helen Strachan", "Practice Manager Helen Strachan" -> the role up to its title word,
    then the name of two or more capitalised words; ``(part, "")`` when no name follows a title."""
    words = part.split()
    ends = [n + 1 for n, word in enumerate(words[:_MAX_ROLE_WORDS_BEFORE_A_NAME]) if _is_title([word])]
    if not ends:
        return part, ""
    name = words[ends[-1] :]
    if len(name) < 2 or len(name) > 4 or _is_title(name) or not all(_NAME_WORD.match(w) for w in name):
        return part, ""
    return " ".join(words[: ends[-1]]), " ".join(name)


_TITLE_WORDS = frozenset(
    """manager officer leader lead partner director directeur secretary secretaris desk team service servicedesk
    coordinator coördinator functionaris officer cto ceo cfo head hoofd assistant advisor adviseur
    administrator beheerder president chair voorzitter dpo fg ciso cio coo champion""".split()
)


_POSSESSIVES = frozenset("our my onze ons mijn".split())
_MAX_ROLE_WORDS = 3


def possessive_role(part: str) -> str:
    """ "Our CTO", "Onze directeur", "My office manager", "The team's privacy champion": a role the writer or a
    group owns, without the possessive ("CTO"); ``""`` for anything else ("Sanne Bakker", "Our IT Service Desk"
    is a role too: the caller decides by what follows it)."""
    words = part.split()
    owned_by = 2 if len(words) > 2 and words[0].lower() in ("the", "de") and _OWNER.search(words[1]) else 1
    role = words[owned_by:]  # ("The team's privacy champion": the role of the team's)
    if owned_by == 1 and (not words or words[0].lower() not in _POSSESSIVES) or not 0 < len(role) <= _MAX_ROLE_WORDS:
        return ""
    return " ".join(role) if _is_title(role) else ""


_OWNER = re.compile(r"\w['’]s$")


def title_only(part: str) -> bool:
    """ "Deputy head", "Office manager", "Depute Head Teacher": a role written with a capital that names no
    person ("Practice Manager Helen Strachan" does)."""
    return bool(part) and role_and_name(part) == (part, "") and _is_title(part.split())


def _is_title(words: list[str]) -> bool:
    """ "Practice Manager", "Managing Partner", "IT Service Desk", "ICT-coördinator": a role written in
    capitals, not a person."""
    return any(w.lower().strip(".,").rsplit("-", 1)[-1] in _TITLE_WORDS for w in words)
