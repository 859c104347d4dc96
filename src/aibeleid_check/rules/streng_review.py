"""Moved to rules/streng/review.py; this re-export stays until the lead removes it."""

from aibeleid_check.rules.streng.review import REVIEW_MONTHS, ReviewDate

__all__ = ["REVIEW_MONTHS", "ReviewDate"]
