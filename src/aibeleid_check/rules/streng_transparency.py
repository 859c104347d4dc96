"""Moved to rules/streng/transparency.py; this re-export stays until the lead removes it."""

from aibeleid_check.rules.streng.transparency import (
    ARTICLE_50_APPLIES,
    Transparency,
    TransparencyNotice,
    undisclosed_publication,
)

__all__ = ["ARTICLE_50_APPLIES", "Transparency", "TransparencyNotice", "undisclosed_publication"]
