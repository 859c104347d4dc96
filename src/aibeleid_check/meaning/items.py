"""Which rule items of a policy count as which template prohibition (for AIB401 and the JSON output).

An item counts by its ``id`` (one of the four, under ``mag_niet`` or ``moet``) or by what its text
states, read in the list it stands in: under ``mag_niet`` a bare text is a prohibition, under ``moet``
an obligation, under ``mag`` a permission unless the text itself forbids or demands something, or makes
one of the four the condition of what it allows (AIB406 says so). Text a
document has outside every list (``Document.loose``) is read as sentences on their own (AIB406).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from aibeleid_check.meaning import RULE_IDS, Force, Recognition, recognise, recognised_ids
from aibeleid_check.meaning.antecedents import same_goes_for
from aibeleid_check.meaning.text import sentences

LISTS = ("mag_niet", "moet", "mag")


LOOSE_PATH = "tekst"
"""The path of a text outside every list (a document's paragraph under a heading of its own)."""


@dataclass(frozen=True, slots=True)
class CountedItem:
    path: str
    """Canonical path of the item, e.g. ``regels.mag_niet[2]``; :data:`LOOSE_PATH` outside the lists."""
    rule: str
    by_id: bool
    recognition: Recognition | None
    at: tuple[int, int] | None = None
    """Line and column of a text outside the lists (the lists' items are found by their path)."""
    text: str | None = None
    """Of a text outside the lists, the sentence that states the rule (the A4 prints it when the policy has no
    DIT NIET or ALTIJD list): the first that states it on its own, else the whole text."""

    @property
    def outside_lists(self) -> bool:
        return self.at is not None

    @property
    def as_condition(self) -> bool:
        """Counted only as the condition of an allowed rule ("…, mits je ze daarna zelf nakijkt")."""
        return self.recognition is not None and self.recognition.force is Force.CONDITION

    def as_dict(self) -> dict[str, object]:
        found: dict[str, object] = {"field": self.path, "rule": self.rule}
        if self.at is not None:
            found.update({"line": self.at[0], "column": self.at[1], "outside_lists": True, "text": self.text})
        if self.by_id:
            found["by"] = "id"
        elif self.recognition is not None:
            found["by"] = "text"
            found.update({k: v for k, v in self.recognition.as_dict().items() if k != "rule"})
        return found


def counted_items(policy: Any | None, loose: Sequence[tuple[str, int, int]] = ()) -> list[CountedItem]:
    """Every item that counts as one of the four, in list order (mag_niet, moet, mag), then the texts
    outside the lists (``loose``: text, line, column), each read as a sentence on its own. ``policy`` is
    ``None`` for a document without the template's structure: only its texts are read."""
    counted = _in_lists(policy) if policy is not None else []
    for text, line, column in loose:
        counted.extend(
            CountedItem(LOOSE_PATH, found.rule, False, found, (line, column), _stating(text, found.rule))
            for found in recognise(text)
        )
    return counted


def _stating(text: str, rule: str) -> str:
    """The sentence of ``text`` that states ``rule`` on its own; else the two sentences that state it together (a
    sentence read with the one before it: "… must never go into Copilot. The same goes for …"); the whole text when
    none do or when it is one sentence."""
    parts = sentences(text)
    if len(parts) > 1:
        for index, sentence in enumerate(parts):
            if index and same_goes_for(sentence) is not None:
                continue  # "The same goes for …" states the rule of the sentence before, not its own
            if rule in recognised_ids(sentence):
                return _standing_alone(sentence)
        for first, second in zip(parts, parts[1:], strict=False):
            pair = f"{first.strip()} {second.strip()}"
            if rule in recognised_ids(pair):
                return " ".join(_standing_alone(pair).split())
        return " ".join(text.split())
    return _standing_alone(" ".join(text.split()))


_JOINING_WORD = re.compile(r"^(?:en|maar|dus|ook|and|but|so|also)\s+(?=\w)", re.IGNORECASE)


def _standing_alone(sentence: str) -> str:
    """A sentence as it reads on its own: without the word that joined it to the one before ("En lees alles na
    voordat …" → "Lees alles na voordat …")."""
    rest = _JOINING_WORD.sub("", sentence, count=1)
    return rest[:1].upper() + rest[1:] if rest != sentence else sentence


def _in_lists(policy: Any) -> list[CountedItem]:
    counted: list[CountedItem] = []
    for kind in LISTS:
        for index, item in enumerate(policy.rule_items(kind)):
            path = f"regels.{kind}[{index}]"
            rule_id = item.id.strip().lower() if isinstance(item.id, str) else ""
            if rule_id in RULE_IDS and kind != "mag":
                counted.append(CountedItem(path, rule_id, True, None))
            if isinstance(item.tekst, str) and item.tekst.strip():
                counted.extend(CountedItem(path, found.rule, False, found) for found in recognise(item.tekst, kind))
    return counted
