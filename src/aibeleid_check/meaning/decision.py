"""geen-eindbesluit: a decision (or deciding about people, money, permits, grades…) that is forbidden to
AI, or that a person is said to take ("AI ondersteunt, de mens beslist")."""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_exclusions import procedures_in_place
from aibeleid_check.meaning.check_objects import ai_made_word, made_by_ai, publication
from aibeleid_check.meaning.deciders import _addressed, _agent, _ai_limited, _checker, _deciders
from aibeleid_check.meaning.decision_kinds import (
    MACHINES,
    ORG_MATTERS,
    accountable,
    affects_people,
    by_machine,
    decided_by_use,
    decision_verb,
    harmed,
    names_people,
    other_basis,
    replacing,
    requests,
    unmediated,
    within_right,
)
from aibeleid_check.meaning.finding import DECISION, Finding, ForceOf, Words, defines, headline, strongest, texts
from aibeleid_check.meaning.force import Force, negations
from aibeleid_check.meaning.morph import Word


def _decision_words(words: Words) -> list[Word]:
    found: list[Word] = []
    for position, word in enumerate(words):
        window = words[max(0, position - 7) : position + 6]
        if publication(words, position) or c.FINAL.matches(word) and publication(words, position + 1):
            continue  # "AI bepaalt niet wat er wordt gepubliceerd": the check before publishing (guide decision 9)
        if decision_verb(words, position):
            found.append(word)
        elif _own_judgement(words, position):
            found.append(word)  # "reports must reflect the examiner's own judgement": the person judges the work
        elif c.DECIDE.matches(word) or word.text in ("hiring", "firing", "grading"):
            if word.text.endswith("ing") and names_people(words, position):
                continue  # "hiring managers", "grading staff": who they are, no decision
            if c.DOCUMENT_KIND.matches_part(word) or _record_of(words, position):
                continue  # conceptbesluiten, raadsbesluiten, "credit decision details": documents, not deciding
            if harmed(words, position):
                continue  # "AI must not have a detrimental effect on decisions": their quality, not who decides
            if _options(words, position):
                continue  # "the choices people have": their options, not a decision about them
            if _delegated_other(words, position):
                continue  # "we never delegate the thinking itself": what is handed over is no decision
            if _decision_maker(words, position) and not (
                _in_role(words, position)
                and (
                    any(c.HUMAN_CORE.matches(w) for w in words)
                    or negations(words)
                    and (any(c.AI.matches(w) for w in words) or words[0].text in ("it", "het"))
                )  # ("It is not the decision-maker": the pronoun stands for the AI of the sentence before)
            ):
                continue  # "decision-makers should be trained", "the AI decision maker is not generalised": who
                # they are, not who decides ("humans remain the decision-makers", "AI als enige beslisser")
            if not _governance(words, position):
                found.append(word)
        elif affects_people(words, position) and unmediated(words, position):
            found.append(word)  # "where the public may be impacted by it without a human intermediary"
        elif word.text in _OUTCOMES and _controlled_outcome(words, position):
            found.append(word)  # "humans stay in control of outcomes that affect people"
        elif decided_by_use(words, position):
            found.append(word)  # "do not use AI for admissions", "gebruik AI niet bij werving en selectie"
        elif word.text in _ROLES and any(c.AI.matches(w) for w in words) and negations(words):
            found.append(word)  # "don't let AI be the judge"
        elif c.JUDGMENT.matches(word) and any(
            w.text.startswith(_HAND_OVER) for w in words[max(0, position - 3) : position]
        ):
            found.append(word)  # "we don't outsource judgement to machines"
        elif c.LEADING.matches(word) and any(
            c.VERDICT.matches(w) or c.JUDGMENT.matches(w) or c.STRONG_OUTPUT.matches(w) or c.AI.matches(w)
            for w in words[max(0, position - 7) : position]
        ):
            found.append(word)  # "het oordeel van de professional is leidend", "de uitkomst van AI is nooit bepalend"
        elif c.VERDICT.matches(word) and any(
            c.LIGHT_VERB.matches(w) for w in words[max(0, position - 4) : position + 5]
        ):
            if (
                word.text.startswith("indicatie")
                and words[position + 1 : position + 2]
                and words[position + 1].text
                in (
                    "van",
                    "over",
                    "of",
                    "omtrent",
                )
            ):
                continue  # "geeft geen indicatie van de wachttijd": an estimate, not a care indication
            if word.text not in ("advies", "score", "scores") or any(c.DOMAIN_STRICT.matches(w) for w in window):
                found.append(word)  # "een diagnose stellen", "cijfers geven", "het oordeel velt de docent"
        elif c.DECIDE_WEAK.matches(word):
            domain = [w for w in window if w is not word and c.DOMAIN.matches(w) and not w.text.startswith("risk")]
            domain = [w for w in domain if not _relative(words, w) and not _by_whom(words, w)]
            domain += requests(words, position)
            if c.READ.matches(word) and any(c.STRONG_OUTPUT.matches(w) for w in words):
                continue  # "de output beoordelen" is checking what AI produced
            if _output_approved(words, position) or _tool_object(words, position) or _checked_and(words, position):
                continue  # "unless legal has approved the tool": tool governance
            if _approval_gate(words, position):
                continue  # "do not enter employee records without prior approval": a gate on the act
            if domain and not _governance(words, position):
                found.extend((word, domain[0]))
            elif by_machine(words, position) and not _which_tools(words, position):
                found.append(word)  # "automated profiling", "never determined by AI alone"
            elif any(c.DECIDER.matches(w) for w in words[max(0, position - 2) : position + 3] if w is not word):
                if any(c.AI.matches(w) for w in words) and word.text.startswith(
                    ("beoordeel", "beoordel", "assess", "evaluat", "grade", "grading")
                ):
                    found.append(word)  # "maar de docent beoordeelt": a person assesses, not AI
        elif c.JUDGMENT.matches(word) and position and c.DOMAIN.matches(words[position - 1]):
            if any(w.text in ("by", "door") for w in words[position + 1 : position + 6]):
                found.append(word)  # "all clinical judgement is performed by me": a judgement about patients, by
                # someone named ("they do not replace clinical judgment" names no one)
        elif c.JUDGMENT.matches(word) and position and c.HUMAN.matches(words[position - 1]):
            if any(c.EVALUATION.matches(w) for w in words if w is not word):
                found.append(word)  # "all evaluations must reflect human judgment", "menselijk oordeel"
        elif c.FINAL.matches(word) and position + 1 < len(words) and c.FINAL_NOUN.matches(words[position + 1]):
            if words[position + 1].text in _DUTY:
                continue  # "final responsibility (for decisions) rests with staff": answering, not deciding
            if any(w.text in ORG_MATTERS for w in words[position + 2 : position + 6]):
                continue  # "the final say on the budget": an organisational matter
            if any(c.AI.matches(w) or c.DECIDER.matches(w) or w.text in MACHINES for w in words) and not any(
                c.DRAFT.matches(w) for w in words
            ):
                found.extend((word, words[position + 1]))
    return found


def _delegated_other(words: Words, position: int) -> bool:
    """Delegating or leaving to AI counts only with a decision, a judgement or someone decided about near it
    ('never delegate decisions about clients', not 'never delegate the thinking itself')."""
    if not words[position].text.startswith(("delegat", "delegeer", "overlat", "overlaat", "overgelaten")):
        return False
    near = [w for w in words[max(0, position - 6) : position + 7] if w is not words[position]]
    return not any(c.any_of(w, c.DECIDE, c.DECIDE_WEAK, c.JUDGMENT, c.VERDICT, c.DOMAIN_STRICT) for w in near)


_HAVE = frozenset("have has hebben heeft hebt".split())
_HOLDERS = frozenset("people they you we residents clients customers mensen ze zij je jij u wij we".split())


def _options(words: Words, position: int) -> bool:
    """'the choices people have', 'de keuzes die mensen hebben': the options someone holds."""
    if not words[position].text.startswith(("choice", "keuze")):
        return False
    ahead = words[position + 1 : position + 5]
    return any(
        w.text in _HAVE and any(h.text in _HOLDERS or c.DOMAIN_STRICT.matches(h) for h in ahead[:i])
        for i, w in enumerate(ahead)
    )


def _decision_maker(words: Words, position: int) -> bool:
    """'decision-maker', 'beslisser', 'decision makers' in two words: who decides, named."""
    word = words[position]
    if word.text.startswith(("decision-maker", "beslisser")):
        return True
    return word.text == "decision" and position + 1 < len(words) and words[position + 1].text.startswith("maker")


_ROLE_LEADS = frozenset(
    """be is are am remain remains stay stays zijn blijft blijven as als not niet geen no with bij final sole
    only enige laatste human menselijke""".split()
)


def _in_role(words: Words, position: int) -> bool:
    """The decision-maker as a role someone is, stays or is not ('remain the decision-makers', 'not a
    decision-maker', 'met een menselijke beslisser'), not the subject the sentence tells about."""
    return any(w.text in _ROLE_LEADS for w in words[max(0, position - 3) : position])


_OUTCOMES = ("outcome", "outcomes", "uitkomst", "uitkomsten", "results", "resultaten")
_CONTROL = ("control", "controle", "regie", "charge", "oversight", "toezicht", "zeggenschap", "command")
_AFFECT = ("affect", "affects", "affecting", "impact", "impacts", "impacting", "raken", "raakt", "treffen", "treft")


def _controlled_outcome(words: Words, position: int) -> bool:
    """Control of outcomes that affect people is control of the decisions about them."""
    before = words[max(0, position - 4) : position]
    after = words[position + 1 : position + 6]
    affect = [w for w in after if w.text in _AFFECT]
    return (
        any(w.text in _CONTROL for w in before)
        and bool(affect)
        and any(c.PEOPLE.matches(w) or c.DECIDER.matches(w) for w in words if 0 < abs(w.index - affect[0].index) <= 3)
    )


_TO = ("te", "om", "to")
_DELEGATE = ("aan", "to", "door", "by", "nooit", "never", "niet", "not")
_ALWAYS = ("altijd", "always", "steeds", "only", "alleen", "uitsluitend", "solely", "must", "moet", "moeten", "shall")
_ROLES = ("judge", "arbiter", "rechter", "scheidsrechter", "beslisser", "decider")
_HAND_OVER = ("outsourc", "uitbested", "delegat", "delegeer", "overlat", "overdra", "hand")
_DUTY = ("responsibility", "verantwoordelijkheid", "accountability", "authority")
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


def _which_tools(words: Words, position: int) -> bool:
    """'AI determines which tools …': a choice of tools; not 'bepaalt zelfstandig wat er wordt gepubliceerd'."""
    for offset, word in enumerate(words[position + 1 : position + 3], start=position + 1):
        if c.WHICH.matches(word):
            chosen = words[offset + 1 : offset + 8]
            return any(c.GOVERNANCE.matches(w) or c.AI.matches(w) for w in chosen)
    return False


_RECORDS = frozenset(
    """details detail data records record documents document letters letter files file notes logs information
    gegevens documenten stukken brieven dossiers informatie""".split()
)


def _record_of(words: Words, position: int) -> bool:
    """'Do not paste … credit decision details': the decision word names the kind of a record."""
    nxt = words[position + 1].text if position + 1 < len(words) else ""
    return nxt in _RECORDS


_DUTCH = frozenset("de het een niet geen en van voor wordt worden je jij wij mag moet mogen moeten dat die".split())


def _dutch(words: Words) -> bool:
    """A Dutch sentence, where 'of' is 'whether' ('besluit of AI gebruikt mag worden'); in English 'of' is 'of'
    ('a decision of the system', 'accuse a student of plagiarism')."""
    return any(w.text in _DUTCH for w in words)


_GATE_NOUNS = frozenset("approval approvals authorisation authorization permission goedkeuring toestemming".split())
_GATE_LEADS = frozenset("without prior explicit written zonder voorafgaande expliciete schriftelijke after na".split())


def _approval_gate(words: Words, position: int) -> bool:
    """'without (prior) approval', 'zonder toestemming', 'after approval': permission for an act, not a
    decision about the person the act concerns."""
    return words[position].text in _GATE_NOUNS and any(
        w.text in _GATE_LEADS for w in words[max(0, position - 3) : position]
    )


def _output_approved(words: Words, position: int) -> bool:
    """'approved any AI-written reply', 'keur de AI-samenvatting goed': approving what AI made is checking it."""
    if not words[position].text.startswith(("approv", "goedkeur", "keur")):
        return False
    if made_by_ai(words) and any(w.text in ("everything", "alles", "all") for w in words[position + 1 : position + 3]):
        return True  # "approving everything the assistant writes"
    return any(ai_made_word(w) or c.STRONG_OUTPUT.matches(w) for w in words[position + 1 : position + 4])


def _by_whom(words: Words, word: Word) -> bool:
    """'approved by a person', 'door een mens': the agent of the act, not who it is about."""
    position = words.index(word)
    return any(w.text in ("by", "door") for w in words[max(0, position - 2) : position])


def _checked_and(words: Words, position: int) -> bool:
    """'reviewed and approved by a human', 'gecontroleerd en goedgekeurd': approval paired with a check is the
    check of what goes out, not a decision about the person it reaches."""
    if not words[position].text.startswith(("approv", "goedgekeurd", "goedkeur")):
        return False
    before = words[max(0, position - 3) : position]
    return any(w.text in ("and", "en") for w in before) and any(c.CHECK.matches(w) for w in before)


def _tool_object(words: Words, position: int) -> bool:
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
        return any(w.text in _TOOLS for w in words[max(0, position - 8) : position])  # "accounts … are not approved"
    return False


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


def _relative(words: Words, word: Word) -> bool:
    """'Staff who are unsure…', 'leaders who prioritize ethics': 'who' after a noun opens a relative clause
    about people, it names no one decided about ('decide who gets a loan', 'about who', 'bepalen wie')."""
    position = words.index(word)
    if word.text not in ("who", "wie") or position == 0:
        return False
    if words[position - 1].text in _ASKING:
        return False
    return not any(c.any_of(w, c.DECIDE, c.DECIDE_WEAK) for w in words[max(0, position - 3) : position])


_ASKING = frozenset("about over on of van op to aan for voor and or en whether welke wat".split())


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


def _governance(words: Words, position: int) -> bool:
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
        if word.text in _NARRATIVE:
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
            chosen = words[position + offset + 1 : position + offset + 8]
            if any(w.text in _ACCESS for w in chosen):
                return True  # "decide which staff members get access to Copilot"
            if any(c.DOMAIN_STRICT.matches(w) for w in chosen[:3]):
                return False  # "determine whether someone receives services": about a person
            return any(c.GOVERNANCE.matches(w) or c.AI.matches(w) for w in chosen)
    return False


def vetoed(words: Words, force_of: ForceOf) -> bool:
    """Whether the whole sentence keeps its members from being read alone for this rule: a forbidden basis ('Using AI
    to identify or categorise pupils … based on their ethnicity is prohibited': 'categorise pupils' without it
    would be AI's say)."""
    found = _decision_words(words)
    return bool(found) and force_of(strongest(found, force_of))[0] is Force.PROHIBITION and other_basis(words, found)


def decision(words: Words, force_of: ForceOf) -> Finding | None:
    advisory = _advisory_only(words)
    if advisory:
        return Finding(DECISION, texts(advisory), advisory[0], Force.LIMIT)
    found = _decision_words(words)
    if not found or _answerable_for(words, found) or within_right(words, found) or _informed_of_use(words, found):
        return None
    if all(procedures_in_place(words, w) for w in found):
        return None  # "Schools must have procedures in place to ensure that teachers decide": a duty to make the rule
    anchor = strongest(found, force_of)
    force = force_of(anchor)[0]
    if force is Force.LIMIT and _supported(words, found, limited=True):
        return Finding(DECISION, texts(found), anchor)  # "AI may be used for decision support only"
    negated = negations(words)
    if force is Force.PROHIBITION and negated and all(_harm_negated(words, n) for n in negated):
        return None  # "… when screening applicants, to ensure it does not adversely impact anyone": the harm
    if (
        force is Force.PROHIBITION
        and len({w.text for w in negated if w.text not in _PARALLEL}) < 2  # parallel "geen X, geen Y",
        # "not X, nor Y"; not "not to say … cannot"
        and _about_someone(words)
        and not other_basis(words, found)
    ):
        return Finding(DECISION, texts([*negations(words)[:1], *found]), anchor)
    if force is Force.PROHIBITION and other_basis(words, found):
        return None  # "… ranking people based on their religion is prohibited": the basis is forbidden, not AI's say
    if force is not Force.OBLIGATION and _supported(words, found) and not accountable(words):
        return None  # (an obligation beside AI's help names who decides: "a human is accountable for…")
    addressed = _addressed(words, found, force)
    ours = _first_person_agents(words)
    humans = (
        [
            w
            for w in _deciders(words)
            if (any(abs(w.index - d.index) <= 10 for d in found) or _agent(words, w)) and not _checker(words, w)
        ]
        or addressed
        or ours
        or _judges(words)
        or _holders(words)
    )
    final_say = any(
        c.FINAL.matches(w) and p + 1 < len(words) and c.FINAL_NOUN.matches(words[p + 1]) for p, w in enumerate(words)
    )
    named = (
        final_say
        or _stays_with(words, found, humans)
        or any(c.AI.matches(w) or c.HUMAN_CORE.matches(w) or w.text in MACHINES for w in words)
        or bool(ours)  # "every treatment decision is made by us": the policy's own voice names who decides
        or any(_own_judgement(words, p) for p in range(len(words)))
    )
    firm = any(w.text in _ALWAYS for w in words) or any(_agent(words, h) for h in humans)
    firm = firm or any(c.DOMAIN_STRICT.matches(w) and w not in humans for w in words) or bool(addressed)
    contrast = force is not Force.STATEMENT and firm or named  # "staff are encouraged to decide quickly": no
    # a plain statement is the rule when it contrasts with AI, names "de mens", or the final say
    mention = force is Force.STATEMENT and (_improved(words) or _potential(words, found) or _scope(words, found))
    mention = mention or defines(words) or _is_where(words)
    if humans and contrast and force.counts and not mention and not _conditional(words, found, humans):
        return Finding(DECISION, texts([*found, *humans[:1]]), anchor, Force.OBLIGATION)
    bare = headline(words, found)
    if force is Force.STATEMENT and (bare or replacing(words) or _ai_let(words, found)):
        return Finding(DECISION, texts(found), anchor)
    if not force.counts:
        return Finding(DECISION, texts(found), anchor)
    return None


_INFORM = frozenset(
    """inform informs tell tells notify notifies disclose discloses informeer informeert informeren vertel vertelt
    vertellen meld meldt melden transparent transparant""".split()
)  # (not "informed decisions", "informatie")
_TRANSPARENT = frozenset("transparent transparant".split())
_OPENS = frozenset("if when whenever whether that where how als wanneer dat of hoe waar zodra".split())


def _informed_of_use(words: Words, found: list[Word]) -> bool:
    """'Teachers must tell students if AI is used for grading': telling people that AI is used for a decision is
    transparency about the use, not who decides (the use named after the telling and its 'if' / 'dat')."""
    tell = next((w for w in words if w.text in _INFORM), None)
    if tell is None:
        return False
    opens = [w for w in words if w.text in _OPENS and w.index > tell.index]
    if not opens:
        return False
    if any(opens[0].index < n.index < max(w.index for w in found) for n in negations(words)):
        return False  # "Inform the patient if AI was used, and never let it decide on treatment": a rule follows
    used = [w for w in words if c.USE.matches(w) and w.index > opens[0].index]
    open_about = tell.text in _TRANSPARENT  # "be transparent … when decisions are rendered by an AI system"
    return (bool(used) or open_about) and all(w.index > opens[0].index for w in found)


_POTENTIAL = frozenset("potential potentie potentieel".split())


def _potential(words: Words, found: list[Word]) -> bool:
    """'AI has the potential to speed up the assessment of essays': what AI could do is a capability, not who
    decides (not when a contrast follows: 'AI has the potential to help, but teachers decide')."""
    start = next((w.index for w in words if w.text in _POTENTIAL), None)
    if start is None or any(w.text in _CONTRAST and w.index > start for w in words):
        return False
    if negations(words) or any(w.text in _DUTIES for w in words):
        return False  # "AI has the potential to harm, so it must never decide on admissions"
    return all(w.index > start for w in found)


_DUTIES = frozenset("must moet moeten should shall always altijd".split())
_CONTRAST = frozenset("but maar however echter whereas terwijl yet".split())
_COVERS = frozenset("covers cover applies omvat omvatten betreft geldt".split())


def _scope(words: Words, found: list[Word]) -> bool:
    """'It covers AI applications affecting residents, …, including automated decision-making': what a policy
    is about, named as its scope."""
    verb = next((w for w in words[:4] if w.text in _COVERS), None)
    if verb is None or not any(w.text in _POLICY_SUBJECTS for w in words if w.index < verb.index):
        return False  # ("Human oversight applies to all decisions that affect residents" is the rule)
    return all(w.index > verb.index for w in found)


_POLICY_SUBJECTS = frozenset(
    "it this het dit deze policy beleid guidance guideline richtlijn document framework statement scope".split()
)


def _is_where(words: Words) -> bool:
    """'Automated decision-making is where a tool is used to …', 'Profiling is when …', '… is wanneer …': a
    definition of a term."""
    return any(
        w.text in ("is", "are", "zijn") and p + 1 < len(words) and words[p + 1].text in _WHERE
        for p, w in enumerate(words[:5])
    )


_WHERE = frozenset("where when wanneer waarbij als".split())


_REFLECT = ("reflect", "represent", "weerspiegel", "weergeven", "weergeeft")


def _own_judgement(words: Words, position: int) -> bool:
    """'Marking reports must reflect the examiner's own judgement', 'moet het eigen oordeel van de docent
    weerspiegelen': what is written about someone's work must be a person's own judgement (not 'use your own
    judgement when you choose a tool': no report reflects it)."""
    if not c.JUDGMENT.matches(words[position]):
        return False
    own = any(w.text in ("own", "eigen") for w in words[max(0, position - 3) : position])
    return own and any(w.text.startswith(_REFLECT) for w in words if w is not words[position])


def _judges(words: Words) -> list[Word]:
    """Whose own judgement it is: 'het eigen oordeel van de docent' (the person after 'van' / 'of')."""
    for position in range(len(words)):
        if _own_judgement(words, position):
            return [w for w in words[position + 1 : position + 5] if c.DECIDER.matches(w)][:1]
    return []


_HARMS = ("advers", "negativ", "unfair", "discrimin", "bias", "harm", "disadvantag", "nadelig", "schade", "schaad")


def _harm_negated(words: Words, negation: Word) -> bool:
    """'to ensure it does not adversely impact …', 'so that it does not introduce bias': the negation forbids a
    harm, not AI's part in the decision."""
    position = words.index(negation)
    return any(w.text.startswith(_HARMS) for w in words[position + 1 : position + 4])


_OURS = frozenset("me us mij ons".split())


def _first_person_agents(words: Words) -> list[Word]:
    """'performed by me', 'made by us', 'door mij gevormd': the writer of the policy as who decides."""
    return [w for p, w in enumerate(words) if w.text in _OURS and p and words[p - 1].text in ("by", "door")]


_PARALLEL = frozenset("nor noch neither".split())  # a negation that only continues the one before


def _ai_let(words: Words, found: list[Word]) -> bool:
    """'AI laten beslissen over een uitkering', 'Een chatbot laten bepalen welke huurder …': AI as the object of
    *laten* right before the deciding verb is the bare headline a Don't list reads (the verb after *laten* is
    the decision itself, which a headline needs after its object)."""
    return any(
        w.text == "laten" and 0 < p < len(words) - 1 and c.AI.matches(words[p - 1]) and words[p + 1] in found
        for p, w in enumerate(words)
    )


_IF = frozenset("if when whenever once als wanneer indien zodra".split())


def _conditional(words: Words, found: list[Word], humans: list[Word]) -> bool:
    """'If we decide there is news value in sharing clips, we …', 'Als je besluit een tekst te delen, …': a
    person deciding in a condition says when the main clause applies, not who decides."""
    for word in found:
        position = words.index(word)
        before = words[max(0, position - 4) : position]
        if not any(w.text in _IF for w in before) or not any(h in before for h in humans):
            return False
    return True


_ANSWERABLE = ("responsib", "accountab", "verantwoordelijk", "eindverantwoordelijk", "aansprakelijk", "answerable")


def _answerable_for(words: Words, found: list[Word]) -> bool:
    """'Staff remain accountable for decisions they make with AI', 'de eindverantwoordelijkheid voor
    beslissingen ligt bij de professional': answering for decisions is not deciding them (guide decision 6);
    it is the rule beside a contrast with AI ('…, niet de AI', 'not a machine') or the decision-maker."""
    first = min(w.index for w in found)
    duty = [
        w
        for w in words
        if w.text.startswith(_ANSWERABLE)
        and 0 < first - w.index <= 3
        and any(f.text in ("for", "voor") and w.index < f.index < first for f in words)
    ]
    if not duty or accountable(words) or len(found) > 1 and any(w.index > first + 2 for w in found):
        return False
    if _assigned_beside_ai(words):
        return False  # "AI can provide recommendations, but the responsibility for decision-making is our staff's"
    return not (negations(words) and any(c.AI.matches(w) or w.text in MACHINES for w in words))


_LIMITS = frozenset("only alleen slechts uitsluitend enkel".split())


def _assigned_beside_ai(words: Words) -> bool:
    """AI limited to suggesting, against it the responsibility for deciding given to people: 'AI can provide
    recommendations, but the responsibility for decision-making is … staff's', 'AI may only suggest; …'."""
    return _ai_limited(words) and any(w.text in _CONTRAST or w.text in _LIMITS for w in words)


def _holders(words: Words) -> list[Word]:
    """Whose the responsibility for deciding is, beside a limited AI: 'is still the responsibility of our
    staff', 'ligt bij de medewerker'."""
    if not _assigned_beside_ai(words):
        return []
    duty = [w for w in words if w.text.startswith(_ANSWERABLE)]
    return [w for w in words if duty and 0 < w.index - duty[-1].index <= 6 and c.DECIDER.matches(w)][:1]


_REMAIN = ("remains", "remain", "stays", "stay", "rests", "lies", "blijft", "blijven", "ligt", "liggen", "berust")


def _stays_with(words: Words, found: list[Word], humans: list[Word]) -> bool:
    """'Decision-making remains with staff', 'het oordeel blijft bij de behandelaar', 'de besluitvorming blijft
    in handen van onze medewerkers': the deciding itself stays with people, a standing assignment (not the
    responsibility for it, nor an organisational matter: 'remains with the board for all procurement')."""
    if any(w.text.startswith(_ANSWERABLE) or w.text in ORG_MATTERS for w in words):
        return False
    first = min(w.index for w in found)
    return any(w.text in _REMAIN and first < w.index < h.index and _agent(words, h) for w in words for h in humans)


def _about_someone(words: Words) -> bool:
    """A forbidden decision names AI, a person, who it is about or its finality ('geen besluiten zonder
    overleg met de ondernemingsraad' is about procedure)."""
    return any(
        c.AI.matches(w) or c.DECIDER.matches(w) or c.DOMAIN_STRICT.matches(w) or c.SOLE.matches(w) or c.FINAL.matches(w)
        for w in words
    )


_BETTER = (
    "beter", "betere", "sneller", "efficienter", "better", "faster", "informed", "onderbouwde", "goede", "inform",
    "informeren", "smarter", "slimmere", "quicker",
)  # fmt: skip


_SUPPORT = ("helpt", "helpen", "help", "helps", "ondersteunt", "ondersteunen", "support", "supports", "assist",
            "assists", "voorbereiden", "prepare", "preparing", "bijdragen", "contribute", "inform", "informs")  # fmt: skip
_OBJECT_OF = ("bij", "van", "in", "with", "for", "voor", "to", "aan", "on")


def _supported(words: Words, found: list[Word], limited: bool = False) -> bool:
    """'AI helpt ambtenaren bij het voorbereiden van besluiten': AI helps with decisions (nouns after a
    preposition), a mention; not 'AI ondersteunt, de mens beslist' (a verb) nor a negated sentence.
    ``limited``: the sentence limits AI to that support ("for decision support only"), which is the rule."""
    if not limited and negations(words):
        return False
    if not any(w.text in _SUPPORT or w.text.startswith(("support", "ondersteun")) for w in words):
        return False
    return all(any(o.text in _OBJECT_OF for o in words[max(0, words.index(d) - 3) : words.index(d)]) for d in found)


_ADVISORY = ("advisory", "adviserend", "adviserende", "advies", "advice", "suggestion", "suggestions", "suggestie",
             "suggesties", "input", "ondersteunend", "ondersteunende", "hulpmiddel")  # fmt: skip


def _advisory_only(words: Words) -> list[Word]:
    """'AI-generated recommendations are advisory only', 'AI adviseert alleen': what AI gives is advice."""
    advice = [w for w in words if w.text in _ADVISORY or w.text in ("adviseert", "advises", "suggests")]
    only = [w for w in words if w.text in ("only", "alleen", "slechts", "uitsluitend", "purely", "puur", "enkel")]
    if not (advice and only) or abs(advice[0].index - only[0].index) > 3:
        return []
    if any(w.text in ("niet", "not") and w.index == only[0].index - 1 for w in words):
        return []  # "AI is niet alleen een hulpmiddel, het speelt ook …": not only
    position = words.index(advice[0])
    before = words[max(0, position - 5) : position]
    if any(c.AI.matches(w) or c.STRONG_OUTPUT.matches(w) for w in before) and not (
        position and words[position - 1].text in ("het", "de", "the", "this", "dit", "our", "ons")
    ):
        return [advice[0], only[0]]  # AI (or what it gives) is the subject: it advises, it does not decide
    return []


def _improved(words: Words) -> bool:
    """'AI helpt medewerkers betere besluiten te nemen': helping people decide, a mention, not a rule
    (unless the sentence also says what AI must not do: "AI must only inform, never make, decisions")."""
    return any(w.text in _BETTER for w in words) and not negations(words)
