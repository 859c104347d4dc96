"""Moved to rules/streng/special_data.py; this re-export stays until the lead removes it."""

from aibeleid_check.rules.streng.special_data import SpecialCategories

__all__ = ["SpecialCategories"]
