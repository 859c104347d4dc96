"""The words that say a clause is negated, in Dutch and English: one vocabulary for every reader that asks
whether a sentence says *not* ("No. You may not …", "we cannot use X", "nog geen verwerkersovereenkomst").

- :data:`NEGATED`: a negation anywhere in a clause ("not", "never", "nooit", "geen", "can't", …);
- :data:`SAYS_ABSENT`: that, or a word for what is left out ("without", "zonder"). Only a tool's detail reads it
  ("zonder persoonsgegevens", "without a DPA": the value is *nee*). Elsewhere "without" does not negate the
  clause, only the thing after it: "Staff without a licence may use ChatGPT Team" still permits the tool, "No.
  Use it without names" answers by its "No"; so the rule readers ask :data:`NEGATED`.

``labels.says_not`` (a rule whose *first* words forbid) takes these words and a few that forbid without being a
negation ("avoid", "vermijd", "nothing").
"""

from __future__ import annotations

import re

NEGATION_WORDS = (
    *("not", "never", "no", "cannot", "can't", "don't", "mustn't", "shouldn't"),
    *("niet", "nooit", "geen", "nimmer"),
)
"""Whole words; "may not", "mag niet" are negated by their "not"/"niet"."""
ABSENCE_WORDS = ("without", "zonder")


def _whole_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word, its apostrophe typed straight or as Word writes it ("can’t")."""
    spelled = (re.escape(word).replace("'", "['’]") for word in words)
    return re.compile(r"\b(?:" + "|".join(spelled) + r")\b", re.IGNORECASE)


NEGATED = _whole_words(NEGATION_WORDS)
SAYS_ABSENT = _whole_words((*NEGATION_WORDS, *ABSENCE_WORDS))
