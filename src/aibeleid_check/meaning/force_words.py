"""The marker words that give a clause its force (see :mod:`force`)."""

from __future__ import annotations

from aibeleid_check.meaning.concept import words, words_raw

# fmt: off
ONLY = words_raw("only", "alleen uitsluitend enkel slechts hooguit hoogstens only solely exclusively merely")
NEGATION = words_raw(
    "negation",
    """
    niet geen nooit niets niemand nergens never not no none nothing nobody don't dont doesn't isn't aren't
    mustn't shouldn't can't cannot won't wouldn't verboden verbod prohibited prohibit forbidden banned avoid
    vermijd vermijd* refrain* onthoud nor noch niemals hoeft afgeraden afraden ontraden ontraad discouraged
    discourage onacceptabel unacceptable taboe taboo off-limits avoided avoiding avoids prohibits prohibiting
    forbids forbid forbidding ban bans barred verbiedt verbied verbieden uitgesloten ongewenst undesirable boze
    onverstandig onverstandige unwise inadvisable ill-advised
    """,
)
OBLIGATION = words_raw(
    "obligation",
    """
    moet moeten must always altijd verplicht* required requires dient dienen zorg ensure essential should shall
    need needs sure certain expected verwacht noodzakelijk nodig mandatory steeds hoort horen important
    belangrijk responsible verantwoordelijk responsibility verantwoordelijkheid accountable eindverantwoordelijk
    encouraged aangemoedigd recommend recommended recommends bevelen aanbevelen aanbeveling advise advised
    advisable aanbevolen aangeraden raadzaam verstandig wise adviseren adviseert raden please graag expects
    expect ought duty plicht verplichting crucial cruciaal vital imperative requirement vereist vereiste obliged
    obligated behoren behoort genoodzaakt
    """,
)
PERMISSION = words_raw(
    "permission",
    """
    mag mogen mocht may can kan kun kunt kunnen allowed permitted permissible toegestaan welcome prima free vrij
    fine could might denkbaar mogelijk possible encourages stimuleren stimuleert
    """,
)
IMPERATIVE = words(
    "imperative",
    """
    controleer check kijk lees verifieer gebruik voer deel plak upload zet anonimiseer verwijder vervang houd
    hou neem wees beperk treat review verify use keep remove de-identify make cross-check carefully double-check
    read validate proofread fact-check anonymise anonymize swap replace pseudonimiseer behandel beschouw zie
    toets dubbelcheck laat let protect blijf stay implement publiceer stuur zorg vraag bewaar typ vul kopieer
    beoordeel vermeld ga pas bescherm raadpleeg overleg wis herlees verbeter corrigeer valideer ensure confirm
    cross-reference cite label ask consult double limit minimise minimize strip redact mask delete exclude think
    remember fact evaluate assess examine inspect edit correct hold put enter paste share
    redigeer corrigeer hanteer doe maak haal laat volg escalate escaleer take refer verwijs leave
    """,
)
SUBORDINATE = words_raw(
    "subordinate",
    """
    die dat welke waarbij mits als indien wanneer zolang zodra that which who provided if when unless where
    whereby tenzij wat what waarin waarmee waarvan waarop wie whom whose whatever wherein
    """,
)
CONJUNCTION = words_raw(
    "conjunction",
    """
    so dus daarom and en but maar then dan therefore also ook please graag hence thus or of vervolgens daarna
    tot slot
    """,
)
MODAL = words_raw(  # verbs that make a negated clause a rule rather than a fact
    "modal",
    """
    moet moeten mag mogen must may should shall dient dienen mustn't shouldn't cannot can't toegestaan allowed
    permitted verboden prohibited hoort horen will zal zullen kan kunnen can mogelijk
    """,
)
PAST = words_raw(  # past auxiliaries: what happened, not what is asked
    "past",
    """
    was were werd werden had hadden did didn't
    """,
)
CONTRAST = words_raw("contrast", "maar but however echter doch whereas terwijl")
ADVERBIAL = words_raw(  # a clause opened by these is subordinate: its force does not carry into the main clause
    "adverbial",
    """
    while although though because since whilst terwijl hoewel omdat aangezien ofschoon zodat
    """,
)
CONDITIONAL = words_raw("conditional", "wie als wanneer indien zodra if when whoever anyone once")
VIOLATION = words_raw(  # a breach as the consequence of an act: the act is forbidden
    "violation",
    """
    schendt schend doorbreekt doorbreek overtreedt overtreed breach breaches breaching violate violates
    violating datalek strijd breekt infringe infringes contravene contravenes
    """,
)
# fmt: on
