"""Data said to be about people, for :func:`.objects.personal_data`: 'gegevens over cliënten', 'wat je over
een leerling weet', a relative clause, a system of record it comes from, a privacy law it falls under.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.objects_words import Words, _near, _next_text

_ABOUT = ("van", "over", "about", "of", "on", "from", "relating", "related", "concerning", "regarding", "pertaining",
          "betreffende", "omtrent", "inzake")  # fmt: skip
_RECORD_SYSTEMS = ("zaaksysteem", "leerlingvolgsysteem", "epd", "ecd", "vakapplicatie", "salesforce", "epic", "ehr",
                   "emr", "personeelssysteem", "leerlingadministratie", "studentadministratie",
                   "studentenadministratie", "clientvolgsysteem", "patientendossier", "hris")  # fmt: skip
_SYSTEM_HEADS = ("system", "systems", "systeem", "systemen", "applicatie", "applicaties", "application")
_RECORD_OWNERS = ("customer", "client", "patient", "student", "pupil", "case", "hr", "personnel", "crm", "klant",
                  "leerling", "member", "personeels", "care", "clinical", "klinische", "health", "medical")  # fmt: skip
_FROM_SYSTEM = ("uit", "from", "in", "out", "held", "stored", "opgeslagen", "staat", "staan", "van")


def _record_system(words: Words, position: int) -> bool:
    """A system of record that holds data about people, named as where the data comes from: 'uit het
    zaaksysteem', 'from the case management system', 'in een vakapplicatie', 'held in the student
    information system' (not the system as the place of another act: 'log in to the system')."""
    word = words[position]
    named = word.text.rstrip("s") in _RECORD_SYSTEMS or word.text in _RECORD_SYSTEMS
    if not named and word.text in _SYSTEM_HEADS:
        named = any(w.text in _RECORD_OWNERS for w in words[max(0, position - 3) : position])
    if not named:
        return False
    start = position - 1
    while start >= 0 and (words[start].text in _RECORD_OWNERS or words[start].text in _ARTICLES):
        start -= 1  # back over "the case management", "het"
    before = words[max(0, start - 1) : start + 1]
    return any(w.text in _FROM_SYSTEM for w in before) and any(c.INPUT.matches(w) for w in words)


_ARTICLES = frozenset("the a an het de een our onze ons your je uw other andere management information record".split())
_RELATES = ("betrekking", "relates", "relate", "refers", "refer", "herleidbaar", "herleidbare", "traceable", "zeggen",
            "zegt", "says", "say", "reveal", "reveals", "onthult", "onthullen", "gaan", "gaat", "betreffen", "betreft",
            "concern", "concerns", "describe", "describes", "beschrijft", "beschrijven")  # fmt: skip


def _relates_to_people(words: Words, position: int) -> bool:
    """A relative clause says the data is about people: 'gegevens die betrekking hebben op burgers'."""
    ahead = words[position + 1 : position + 6]
    pronoun = next((p for p, w in enumerate(ahead[:2]) if w.text in ("die", "dat", "that", "which")), None)
    if pronoun is None:
        return False  # ("gegevens in die …": the particle of "voer in" may stand between)
    relates = [w for w in ahead[pronoun + 1 : pronoun + 4] if w.text in _RELATES]
    return bool(relates) and _near(words, words.index(relates[0]), c.PEOPLE, 0, 4) is not None


_PRIVACY_LAWS = frozenset("avg uavg gdpr uk-gdpr hipaa ferpa coppa wgbo privacywet privacywetgeving".split())
_LAW_SCOPE = frozenset(
    "vallen valt vallende covered subject protected beschermd beschermde governed regulated gereguleerd".split()
)


def _under_privacy_law(words: Words, position: int) -> bool:
    """'gegevens die vallen onder de AVG', 'information covered by HIPAA', 'data subject to the GDPR': data named by
    the privacy law that covers it is personal data; 'a GDPR-compliant tool', 'processed under the GDPR' are none."""
    ahead = words[position + 1 : position + 8]  # (the Dutch verb may follow the law: "die onder de AVG vallen")
    return any(w.text in _LAW_SCOPE for w in ahead) and any(w.text in _PRIVACY_LAWS for w in ahead)


def _about_next(words: Words, position: int) -> bool:
    """'gegevens over cliënten', and past the particle of a separable verb: 'informatie in over inwoners'."""
    following = _next_text(words, position)
    if following in ("in", "op"):
        following = _next_text(words, position + 1)
    return following in _ABOUT


def _about_follows(words: Words, position: int) -> bool:
    """'wat over een cliënt gaat', 'wat je over een leerling weet', 'what you know about a customer'."""
    after = [w.text for w in words[position + 1 : position + 4]]
    about = [p for p, t in enumerate(after) if t in ("over", "about", "concerning", "betreffende")]
    return bool(about) and all(
        t in _KNOWER or t in _PRIVATE or t in ("in", "op", "confidential") for t in after[: about[0]]
    )


def _decided(words: Words, position: int) -> bool:
    """'AI beslist niets over mensen', 'AI decides nothing about people': what is said about the people is what is
    decided about them, no data about them put into AI."""
    return any(c.DECIDE.matches(w) or c.DECIDE_WEAK.matches(w) for w in words[max(0, position - 2) : position])


_PRIVATE = frozenset("private personal persoonlijks prives".split())  # "anything private" ("anything confidential"
# alone is the organisation's, the secrets rule; "anything confidential about a client" is the client's)
_KNOWER = frozenset("je jij u we wij you they ze know knows weet weten hear hoort learn leert".split())
