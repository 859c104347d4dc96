"""The names of the AI tools in the built-in catalogue (``data/tools.yaml``), for a reader that must tell a tool
from anything else by its name alone ("Goedgekeurd: ChatGPT Team, Copilot" names tools; "Goedgekeurd: 3 maart
2026 door het MT" says when the policy was approved).

Only the names are needed, so the file's ``product:`` and ``namen:`` lines are scanned, not the catalogue
built: the catalogue (:mod:`aibeleid_check.catalogue`) sits above the readers and costs pydantic to load.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_PRODUCT = re.compile(r"^\s*product:\s*(?P<names>.+?)\s*$", re.MULTILINE)
_NAMES = re.compile(r"^\s*namen:\s*\[(?P<names>[^\]]*)\]", re.MULTILINE)
_MIN_WORD = 4
"""The shortest first word that names a product or its maker on its own ("DeepL", "M365"; not "Le" of "Le Chat")."""


@lru_cache(maxsize=1)
def catalogue_names() -> tuple[str, ...]:
    """Each product and name the catalogue knows, in lower case ("chatgpt team", "le chat", "microsoft 365
    copilot / copilot chat" as two), and the first word of each ("chatgpt", "copilot", "deepl", "microsoft"):
    the product or its maker, named without the plan."""
    text = resources.files("aibeleid_check").joinpath("data/tools.yaml").read_text(encoding="utf-8")
    names: set[str] = set()
    for found in _NAMES.finditer(text):
        names.update(name.strip().lower() for name in found.group("names").split(",") if name.strip())
    for found in _PRODUCT.finditer(text):
        names.update(product.strip().lower() for product in found.group("names").split(" / "))
    firsts = {name.split()[0] for name in names if len(name.split()[0]) >= _MIN_WORD}
    return tuple(sorted(names | firsts, key=len, reverse=True))


@lru_cache(maxsize=1)
def _any_name() -> re.Pattern[str]:
    """One pattern for every name, as a whole word: compiled once, not a search per name per text."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, catalogue_names())) + r")(?![\w-])")


def names_catalogue_tool(text: str) -> bool:
    """True when ``text`` names a tool of the catalogue, as a whole word ("ChatGPT Team (…), Copilot")."""
    return _any_name().search(text.lower()) is not None
