"""Which rule items of a policy count as which template prohibition (for AIB401 and the JSON output).

An item counts by its ``id`` (one of the four, under ``mag_niet`` or ``moet``) or by what its text
states, read in the list it stands in: under ``mag_niet`` a bare text is a prohibition, under ``moet``
an obligation, under ``mag`` a permission unless the text itself forbids or demands something.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aibeleid_check.meaning import RULE_IDS, Recognition, recognise

LISTS = ("mag_niet", "moet", "mag")


@dataclass(frozen=True, slots=True)
class CountedItem:
    path: str
    """Canonical path of the item, e.g. ``regels.mag_niet[2]``."""
    rule: str
    by_id: bool
    recognition: Recognition | None

    def as_dict(self) -> dict[str, object]:
        found: dict[str, object] = {"field": self.path, "rule": self.rule}
        if self.by_id:
            found["by"] = "id"
        elif self.recognition is not None:
            found["by"] = "text"
            found.update({k: v for k, v in self.recognition.as_dict().items() if k != "rule"})
        return found


def counted_items(policy: Any) -> list[CountedItem]:
    """Every item that counts as one of the four, in list order (mag_niet, moet, mag)."""
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


def covered_rules(policy: Any) -> set[str]:
    return {found.rule for found in counted_items(policy)}


def counted_items_json(policy: Any) -> list[dict[str, object]]:
    """:func:`counted_items` as plain data, for ``FileResult.recognised`` and the JSON output."""
    return [item.as_dict() for item in counted_items(policy)]
