"""What AI made, as the words name it, for altijd-controleren: one word ("AI-generated", "ChatGPT-written"),
a clause ("alles wat AI maakt", "anything produced by AI"), or a kind of text from AI ("een AI-tekst").
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.morph import Word

Words = tuple[Word, ...]


def ai_made_word(word: Word) -> bool:
    """'AI-generated', 'AI-drafted', 'ChatGPT-written': one word for what AI made."""
    return c.names_ai(word) and word.text.endswith(_MADE_ENDS)


_MADE_ENDS = (  # the made thing's participle after the AI part: what AI made, in one word
    "generated", "drafted", "written", "produced", "created", "suggested", "proposed", "recommended", "translated",
    "summarised", "summarized", "transcribed", "screened", "gegenereerd", "gegenereerde", "gemaakt", "gemaakte",
    "geschreven", "opgesteld", "opgestelde",
)  # fmt: skip
_PRONOUNS = frozenset("it het ze they this dit that dat wat what alles everything all iets anything je you".split())


MAKES = ("produces", "produced", "generates", "generated", "creates", "writes", "drafts", "genereert", "produceert", "maakt",
           "gemaakt", "made", "geschreven", "written", "created", "opgesteld", "drafted",
           "schrijft", "levert", "oplevert", "suggests", "voorstelt", "returns", "gives", "geeft", "provided", "supplied",
    "geleverd", "aangeleverd", "given", "gegeven", "offered", "noemt", "mentions", "cites", "citeert",
           "teruggeeft", "antwoordt", "answers", "replies", "says", "zegt", "tells", "vertelt", "outputs",
           # Dutch participles of making, and their attributive -e forms ("de door AI opgestelde brief")
           "gegenereerd", "gegenereerde", "gemaakte", "opgestelde", "geproduceerd", "geproduceerde", "gecreeerd",
           "gecreeerde", "geleverde", "aangeleverde", "voorgesteld", "voorgestelde", "samengesteld", "samengestelde",
           "samengevat", "samengevatte", "vertaald", "vertaalde", "suggested", "proposed", "translated",
           "summarised", "summarized", "transcribed")  # fmt: skip


def made_by_ai(words: Words) -> bool:
    """'everything the tool produces', 'wat AI genereert', 'what it writes': what AI made."""
    for position, word in enumerate(words):
        if word.text not in MAKES:
            continue
        if any(
            c.AI.matches(w) or w.text in ("it", "het", "ze", "they") for w in words[max(0, position - 3) : position]
        ):
            return True
        after = words[position + 1 : position + 4]
        if after and after[0].text in ("by", "door", "with", "met") and any(c.AI.matches(w) for w in after):
            return True  # "a recommendation made by AI", "tekst gemaakt met AI"
        before = words[max(0, position - 8) : position]
        if any(
            w.text in _RELATIVE and p + 1 < len(before) and c.AI.matches(before[p + 1]) for p, w in enumerate(before)
        ):
            return True  # "de samenvatting die Copilot van een contract maakt": the Dutch verb closes the clause
    return False


_RELATIVE = ("die", "dat", "wat", "welke")
TEXT_KINDS = frozenset(
    """artikel artikelen article articles post posts bericht berichten stuk stukken tekst teksten text texts
    content page pages pagina paginas publication publicatie""".split()
)


def ai_text(words: Words) -> list[Word]:
    """'AI text', 'ChatGPT-teksten', 'AI tekst': a text named by the AI that wrote it, in two words or one."""
    for position, word in enumerate(words):
        if word.text in TEXT_KINDS and position and c.names_ai(words[position - 1]):
            return [word]
        if c.names_ai(word) and any(part in TEXT_KINDS for part in (*word.forms, *word.text.split("-")[1:])):
            return [word]
    return []
