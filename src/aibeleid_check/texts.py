"""One way to translate: the run's language, a text in both languages, and per-area catalogues.

Every user-facing text is a :class:`Message` (Dutch and English side by side). An area that has many
texts keeps them in a :class:`Catalogue` (a mapping of keys to messages) and looks them up one way::

    TEXTS = Catalogue({"saved": Message(nl="{path} opgeslagen.", en="{path} saved.")})
    TEXTS.text("saved", lang, path="beleid.pdf")       # -> str in the run's language
    TEXTS.message("saved", path="beleid.pdf")          # -> Message, formatted, for a finding

The language is decided once per run with :meth:`Lang.parse`; code below that passes a :class:`Lang`
(or the plain strings ``"nl"``/``"en"``, which compare equal to it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import Enum


class Lang(str, Enum):
    """The language of a run's user-facing output. Dutch is the default."""

    NL = "nl"
    EN = "en"

    @classmethod
    def parse(cls, value: object) -> Lang:
        """``"en"``, ``"EN"``, ``"en_GB.UTF-8"``, ``"english"`` -> EN; anything else, ``None`` included -> NL."""
        if isinstance(value, Lang):
            return value
        text = str(value or "").strip().lower()
        return cls.EN if text[:2] == "en" else cls.NL

    @classmethod
    def known(cls, value: str) -> bool:
        """True for a value a user may write for ``--lang`` or ``lang =`` (``nl`` or ``en``)."""
        return value.strip().lower() in (cls.NL.value, cls.EN.value)


@dataclass(frozen=True, slots=True)
class Message:
    """A user-facing text in both languages; whoever shows it picks one."""

    nl: str
    en: str

    def text(self, lang: Lang | str = Lang.NL) -> str:
        return self.en if lang == Lang.EN or lang == "en" else self.nl

    def format(self, **values: object) -> Message:
        """Both texts with ``{name}`` fields filled in."""
        return Message(nl=self.nl.format(**values), en=self.en.format(**values))

    def bilingual(self, separator: str = "\n") -> str:
        """Both languages at once, for the few places that speak before the language is known."""
        return self.nl if self.nl == self.en else f"{self.nl}{separator}{self.en}"

    def __add__(self, other: Message) -> Message:
        return Message(nl=self.nl + other.nl, en=self.en + other.en)


class Catalogue(Mapping[str, Message]):
    """The texts of one area (a command, a reporter, a rule family), looked up by key."""

    __slots__ = ("_messages",)

    def __init__(self, messages: Mapping[str, Message]) -> None:
        self._messages = dict(messages)

    def __getitem__(self, key: str) -> Message:
        return self._messages[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._messages)

    def __len__(self) -> int:
        return len(self._messages)

    def message(self, key: str, **values: object) -> Message:
        """The message for ``key`` with its fields filled in (a ``KeyError`` for an unknown key is a bug)."""
        message = self._messages[key]
        return message.format(**values) if values else message

    def text(self, key: str, lang: Lang | str = Lang.NL, **values: object) -> str:
        """The text for ``key`` in ``lang`` with its fields filled in."""
        return self.message(key, **values).text(lang)


def text(catalogue: Mapping[str, Message], key: str, lang: Lang | str = Lang.NL, **values: object) -> str:
    """The one lookup for a catalogue kept as a plain mapping: ``text(TEXTS, "saved", lang, path=p)``."""
    message = catalogue[key]
    return (message.format(**values) if values else message).text(lang)


__all__ = ["Catalogue", "Lang", "Message", "text"]


# C0 controls except tab, DEL, C1 controls, and the bidirectional overrides that reorder what a reader sees.
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def escape_char(match: re.Match[str]) -> str:
    """The matched character as a visible escape: ``\\x1b``, ``\\u202e``; a surrogate-escaped byte as ``\\xe9``."""
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape: show the byte
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with every control character, bidi override and lone surrogate shown as an escape."""
    if text.isprintable():
        return text
    return _CONTROL.sub(escape_char, text)


def place(location_kind: str, line: int) -> Message:
    """Where ``line`` is, for a message: "regel 12" / "line 12" in a text file, "¶12" in a Word document (whose
    location is its paragraph)."""
    if location_kind == "paragraph":
        return Message(nl=f"¶{line}", en=f"¶{line}")
    return Message(nl=f"regel {line}", en=f"line {line}")
