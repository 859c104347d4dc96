"""Choosing tools or actions is not deciding about people, for geen-eindbesluit.

'De directie besluit welke tools …', 'you decide whether to use AI', 'we decided to roll out Copilot',
'decide on new AI use cases', 'human decision making must lead the selection and use of AI tools': what is
decided is an action, a tool or its use. Approving a tool or what AI made ('approve the tool', 'keur de
AI-samenvatting goed', 'reviewed and approved by a human') is tool governance or a check, not a decision
about the person it reaches. Unless someone is decided about ('besluiten om een aanvraag af te wijzen',
'determine whether someone receives services'). :mod:`.decision_words` asks these readings of each
decision word.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_objects import ai_made_word, made_by_ai
from aibeleid_check.meaning.decision_kinds import BASING
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.morph import Word

_TO = ("te", "om", "to")
_DELEGATE = ("aan", "to", "door", "by", "nooit", "never", "niet", "not")
_ACCESS = (
    "access",
    "toegang",
    "licentie",
    "licenties",
    "licence",
    "licences",
    "license",
    "licenses",
    "account",
    "accounts",
)
_NARRATIVE = ("decided", "besloot", "besloten")


def _passive_with_agent(words: Words, position: int) -> bool:
    """'Whether we give a discount is decided by me or Yara, not by AI': the participle after a form of 'to be'
    with its agent after it says who decides, as a standing rule, no decision told."""
    before = words[position - 1].text if position else ""
    after = words[position + 1].text if position + 1 < len(words) else ""
    return before in ("is", "are", "wordt", "worden") and after in ("by", "door")


def governance(words: Words, position: int) -> bool:
    """'De directie besluit welke tools…', 'you decide whether to use AI', 'besluit samen te vatten',
    'we decided to roll out Copilot': choosing an action or a tool, not a decision about people."""
    word = words[position]
    ahead = words[position + 1 : position + 7]
    verb = not word.text.startswith(("decision", "beslissing")) and not (
        position and words[position - 1].text in ("het", "een", "de", "the", "a", "their", "its")
    )
    if (
        verb
        and words[position + 1 : position + 2]
        and words[position + 1].text in ("om", "to")
        and not _decides_about(words, position)
    ):
        return True  # "De directie besluit om medewerkers te trainen": choosing an action, not deciding about them
    object_before = words[max(0, position - 3) : position]  # "om sollicitanten te selecteren": Dutch verb last
    if not c.DOMAIN_STRICT.matches_forms(f for w in (*object_before, *ahead) for f in w.forms):
        if word.text in _NARRATIVE and not _passive_with_agent(words, position):
            return True  # "het college heeft besloten", "we decided": a decision that was taken, told
        noun = word.text.startswith(("decision", "beslissing")) or (
            position and words[position - 1].text in ("het", "een", "dit", "dat", "elk", "ieder", "the", "a", "each")
        )
        if not noun and any(w.text in _TO for w in ahead[:5]) and not _decides_about(words, position):
            return True
        if noun and any(w.text in _TO for w in ahead[:4]) and _adopting(words[position + 1 : position + 11]):
            return True  # "before decisions are made to pilot or introduce new technology": adopting tools
    if _tools_led(words[position + 1 : position + 12]):
        return True  # "human decision making must lead the selection and use of AI tools": tool governance
    after = words[position + 1 : position + 4]
    for offset, word in enumerate(after):
        if word.text in ("on", "over", "about", "omtrent", "inzake"):
            if offset and after[offset - 1].text in ("based", "gebaseerd"):
                break  # "rejected based on the output of a chatbot": the basis, not what is decided on
            if any(w.text in BASING for w in words[max(0, position - 3) : position]):
                break  # "do not base hiring decisions on AI alone": the basis again
            chosen = words[position + offset + 1 : position + offset + 7]  # "decide on new AI use cases"
            stop = next((p for p, w in enumerate(chosen) if w.text in _DELEGATE), len(chosen))
            chosen = chosen[:stop]  # "het besluit over een indicatie nooit aan AI laten": AI is who, not what
            if any(c.DOMAIN_STRICT.matches(w) for w in chosen):
                return False
            return any(c.GOVERNANCE.matches(w) or c.AI.matches(w) for w in chosen)
        if word.text == "of" and not _dutch(words):
            owned = words[position + offset + 2 : position + offset + 5]
            if offset and any(c.AI.matches(w) or w.text in _TOOLS for w in owned):
                return True  # "evaluate the performance of the chatbot": the tool is what is judged
            continue  # "a decision of the system", "accuse a student of plagiarism": English 'of'
        if c.WHICH.matches(word):
            chosen = _before_contrast(words[position + offset + 1 : position + offset + 8])
            if any(w.text in _ACCESS for w in chosen):
                return True  # "decide which staff members get access to Copilot"
            if any(c.DOMAIN_STRICT.matches(w) for w in chosen[:3]):
                return False  # "determine whether someone receives services": about a person
            return any(c.GOVERNANCE.matches(w) or c.AI.matches(w) for w in chosen)
    return False


_CONTRASTING = frozenset("not niet never nooit".split())


def _before_contrast(chosen: Words) -> Words:
    """'Yara decides which quotes we send, not AI', 'beslissen ik of Yara, niet AI': what is chosen ends where a
    negation sets AI against who decides (round 26); AI after it is no tool chosen."""
    stop = next((p for p, w in enumerate(chosen) if w.text in _CONTRASTING), len(chosen))
    return chosen[:stop]


def which_tools(words: Words, position: int) -> bool:
    """'AI determines which tools …': a choice of tools; not 'bepaalt zelfstandig wat er wordt gepubliceerd'."""
    for offset, word in enumerate(words[position + 1 : position + 3], start=position + 1):
        if c.WHICH.matches(word):
            chosen = words[offset + 1 : offset + 8]
            return any(c.GOVERNANCE.matches(w) or c.AI.matches(w) for w in chosen)
    return False


_DUTCH = frozenset("de het een niet geen en van voor wordt worden je jij wij mag moet mogen moeten dat die".split())


def _dutch(words: Words) -> bool:
    """A Dutch sentence, where 'of' is 'whether' ('besluit of AI gebruikt mag worden'); in English 'of' is 'of'
    ('a decision of the system', 'accuse a student of plagiarism')."""
    return any(w.text in _DUTCH for w in words)


def output_approved(words: Words, position: int) -> bool:
    """'approved any AI-written reply', 'keur de AI-samenvatting goed': approving what AI made is checking it."""
    if not words[position].text.startswith(("approv", "goedkeur", "keur")):
        return False
    if made_by_ai(words) and any(w.text in ("everything", "alles", "all") for w in words[position + 1 : position + 3]):
        return True  # "approving everything the assistant writes"
    return any(ai_made_word(w) or c.STRONG_OUTPUT.matches(w) for w in words[position + 1 : position + 4])


def checked_and(words: Words, position: int) -> bool:
    """'reviewed and approved by a human', 'gecontroleerd en goedgekeurd': approval paired with a check is the
    check of what goes out, not a decision about the person it reaches; so is a list of acts whose check comes
    right before it ('responsible for reviewing, approving, and taking ownership of all work')."""
    if not words[position].text.startswith(("approv", "goedgekeurd", "goedkeur")):
        return False
    before = words[max(0, position - 3) : position]
    listed = bool(before) and c.CHECK.matches(before[-1])
    return (listed or any(w.text in ("and", "en") for w in before)) and any(c.CHECK.matches(w) for w in before)


def tool_object(words: Words, position: int) -> bool:
    """'approve the tool', 'we chose Copilot', 'kiezen voor een chatbot': a tool as what is chosen or approved."""
    following = [
        w for w in words[position + 1 : position + 6] if w.text not in ("the", "de", "het", "a", "een", "this", "voor")
    ]
    for offset, word in enumerate(following[:3]):  # "select the appropriate tool", "kies zelf de juiste AI-tool"
        if word.text in _TOOLS or _named_tool(word, following[offset + 1 : offset + 2]) or _ai_tools(word):
            return True
        if word.text not in _CHOICE_ADJECTIVES:
            break
    if words[position].text in ("approved", "goedgekeurd", "authorised", "authorized"):
        before = words[max(0, position - 8) : position]
        return any(w.text in _TOOLS for w in before) or _ai_approved(words, position)  # "accounts … are not approved"
    return False


_BE = frozenset("is are zijn not niet never nooit".split())


def _ai_approved(words: Words, position: int) -> bool:
    """'ChatGPT is not approved for client files': an AI named as the subject of 'is approved' is a tool approved."""
    between = words[max(0, position - 4) : position]
    return bool(between) and between[-1].text in _BE and any(c.names_ai(w) for w in between)


_APPS = frozenset("toepassing toepassingen applications application apps tools tool systemen systems".split())


def _ai_tools(word: Word) -> bool:
    """'AI-toepassingen', 'AI applications' as one word: tools, not what they made."""
    return c.AI.matches_part(word) and any(p in _APPS for p in word.parts)


_CHOICE_ADJECTIVES = frozenset(
    """appropriate right best suitable correct proper juiste beste geschikte passende zelf own eigen new nieuwe
    existing bestaande""".split()
)


def _named_tool(word: Word, after: list[Word]) -> bool:
    """A product or tool named as the object, not what it made ('approve AI-generated replies', 'approve AI
    recommendations', 'evaluate chatbot advice on treatment': the tool word qualifies its output)."""
    if after and c.any_of(after[0], c.OUTPUT, c.STRONG_OUTPUT, c.VERDICT, c.DOMAIN):
        return False
    return c.AI.matches(word) and not ai_made_word(word) and word.text not in ("automated", "automatic", "automatisch")


_TOOLS = ("tool", "tools", "app", "apps", "software", "platform", "system", "systems", "account", "accounts", "product",
          "products", "services", "service", "licence", "license", "licenties")  # fmt: skip


_ADOPT = (
    "pilot",
    "introduce",
    "adopt",
    "deploy",
    "implement",
    "purchase",
    "buy",
    "invoeren",
    "aanschaffen",
    "inzetten",
)


def _adopting(words: Words) -> bool:
    """Taking a tool or a technology into use (the object of 'decisions to …')."""
    return any(w.text in _ADOPT for w in words) and any(
        c.GOVERNANCE.matches(w) or c.AI.matches(w) or w.text.startswith(("technolog", "capabilit")) for w in words
    )


_ABOUT_PEOPLE = ("hire", "fire", "dismiss", "ontslaan", "aannemen", "promote", "expel", "schorsen", "sanction")


def _decides_about(words: Words, position: int) -> bool:
    """'besluiten om een aanvraag af te wijzen', 'decide to reject an applicant': the chosen act is itself a
    decision about someone (not 'besluit om medewerkers te trainen')."""
    chosen = words[position + 2 : position + 9]
    joined = [a.text + b.text for a, b in zip(chosen, chosen[2:], strict=False) if a.text in ("af", "toe", "goed")]
    return any(c.DECIDE_WEAK.matches(w) or w.text in _ABOUT_PEOPLE for w in chosen) or c.DECIDE_WEAK.matches_forms(
        joined
    )  # ("een aanvraag af te wijzen")


_TOOL_ACTS = frozenset(
    """selection selectie use gebruik adoption adopting procurement aanschaf inkoop inzet introduction invoering
    deployment rollout review evaluation""".split()
)


def _tools_led(ahead: Words) -> bool:
    """'… must lead the selection, use, and review of AI tools', 'leidend bij de selectie van AI-tools': what is
    decided is which tools are taken into use, with no person decided about."""
    if any(c.DOMAIN_STRICT.matches(w) for w in ahead):
        return False
    for offset, word in enumerate(ahead):
        if word.text in _TOOL_ACTS:
            of = [w for w in ahead[offset + 1 : offset + 6] if w.text in ("of", "van")]
            if of and any(_tool_word(w) for w in ahead[ahead.index(of[0]) + 1 : ahead.index(of[0]) + 4]):
                return True
    return False


def _tool_word(word: Word) -> bool:
    return word.text in _TOOLS or any(p in _TOOLS for p in word.parts) or c.AI.matches(word) and not ai_made_word(word)


_REQUESTS = frozenset("aanvraag aanvragen verzoek verzoeken request requests application applications".split())
_FOR = frozenset("voor for om to tot".split())


def tool_requests(words: Words, position: int) -> bool:
    """'De privacy officer beoordeelt aanvragen voor nieuwe AI-tools', 'approves requests for AI licences': the
    requests judged are for tools or their use, tool governance, not a person's application."""
    ahead = words[position + 1 : position + 5]
    for offset, word in enumerate(ahead):
        if word.text not in _REQUESTS:
            continue
        after = ahead[offset + 1 :] + words[position + 5 : position + 8]
        if not after or after[0].text not in _FOR:
            return False
        rest = after[1:5]
        return any(_tool_word(w) or c.AI.matches(w) for w in rest) and not any(
            c.DOMAIN_STRICT.matches(w) and w.text not in _REQUESTS for w in rest
        )
    return False
