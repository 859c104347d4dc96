"""Moved to :mod:`aibeleid_check.meaning.streng`; this re-export stays until the lead removes it."""

from aibeleid_check.meaning.streng import (
    about_people,
    data_location,
    human_decides,
    names_a_plan,
    names_national_id,
    names_special_categories,
    publishes_ai_output,
    says_approval_route,
    says_breach_route,
    says_disclosure,
    says_literacy,
)

__all__ = [
    "about_people",
    "data_location",
    "human_decides",
    "names_a_plan",
    "names_national_id",
    "names_special_categories",
    "publishes_ai_output",
    "says_approval_route",
    "says_breach_route",
    "says_disclosure",
    "says_literacy",
]
