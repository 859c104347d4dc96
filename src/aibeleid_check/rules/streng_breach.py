"""Moved to rules/streng/breach.py; this re-export stays until the lead removes it."""

from aibeleid_check.rules.streng.breach import BreachRoute

__all__ = ["BreachRoute"]
