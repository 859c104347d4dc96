"""Links from a report to the documentation: the project page and each rule's section of the reference.

The project's address comes from the installed package's metadata (``[project.urls]`` in pyproject.toml:
``Documentation``, ``Repository`` or ``Homepage``), so a fork that publishes elsewhere links to itself.
When the metadata names no address, reports leave the links out rather than invent one.
The rule reference is ``docs/regels.md`` (Dutch) or ``docs/rules.md`` (English); each rule is a heading
``## AIB302 `slug```, whose anchor on GitHub is ``aib302-slug``.
"""

from __future__ import annotations

import re
from functools import lru_cache

URL_LABELS = ("repository", "source", "homepage", "documentation")


@lru_cache(maxsize=1)
def project_url() -> str | None:
    from importlib import metadata

    try:
        urls = metadata.metadata("aibeleid-check").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    found: dict[str, str] = {}
    for entry in urls:
        label, _, url = str(entry).partition(",")
        found[label.strip().lower()] = url.strip()
    for label in URL_LABELS:
        if found.get(label, "").startswith("https://"):
            return found[label].rstrip("/")
    return None


def rule_anchor(code: str, slug: str = "") -> str:
    """GitHub's anchor for the heading ``AIB302 `slug```: lower case, spaces to ``-``, punctuation dropped."""
    heading = f"{code} {slug}".strip().lower()
    return re.sub(r"[^\w\- ]", "", heading).replace(" ", "-")


def rule_doc_path(lang: str) -> str:
    return "docs/rules.md" if lang == "en" else "docs/regels.md"


def rule_help_uri(code: str, slug: str, lang: str, base: str | None = None) -> str | None:
    """The rule's section of the reference on the project's site, or None when the address is unknown."""
    base = base or project_url()
    if not base:
        return None
    if "github.com/" in base and "/blob/" not in base:
        base = f"{base}/blob/main"
    return f"{base}/{rule_doc_path(lang)}#{rule_anchor(code, slug)}"
