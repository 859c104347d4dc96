"""A field's key path as a message names it: the canonical Dutch path in Dutch, the English aliases in English.

The English names come from the format's own key tables (:data:`aibeleid_check.model.KEY_TABLES`, the
aliases the reader accepts), so a message never names a key the format would not read.
"""

from __future__ import annotations

import re

from aibeleid_check.model import KEY_TABLES
from aibeleid_check.texts import Lang, Message

_PART = re.compile(r"([^.\[\]]+)|\[(\d*)\]")


def english_path(path: str) -> str:
    """The English spelling of a canonical path: ``goedgekeurde_tools[0].naam`` -> ``approved_tools[0].name``.

    A key without an English alias (``id``, an unknown key) stays as it is.
    """
    shape, out = "", ""
    for name, index in _PART.findall(path):
        if not name:
            shape += "[]"
            out += f"[{index}]"
            continue
        english = english_key(name, KEY_TABLES.get(shape, {}))
        shape = f"{shape}.{name}" if shape else name
        out += f".{english}" if out else english
    return out


def english_name(path: str) -> str:
    """The English name of the last key of a canonical path: ``goedgekeurde_tools[].persoonsgegevens`` ->
    ``personal_data``."""
    return english_path(path).rsplit(".", 1)[-1]


def english_key(name: str, table: dict[str, tuple[str, ...]]) -> str:
    """The first English alias of ``name`` in ``table``; ``name`` itself when it has none, or when an alias is
    only another spelling of it (``email`` beside ``e-mail``: the canonical key is already English)."""
    aliases = table.get(name, ())
    if not aliases or any(alias.replace("-", "") == name for alias in aliases):
        return name
    return aliases[0]


def key_path(path: str, lang: Lang | str = Lang.NL) -> str:
    """``path`` as a message in ``lang`` names it."""
    return english_path(path) if lang == Lang.EN or lang == "en" else path


def key_message(path: str) -> Message:
    """``path`` in both languages, for a message built from parts."""
    return Message(nl=path, en=english_path(path))


__all__ = ["english_key", "english_name", "english_path", "key_message", "key_path"]
