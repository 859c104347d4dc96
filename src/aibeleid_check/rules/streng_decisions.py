"""Moved to rules/streng/decisions.py; this re-export stays until the lead removes it."""

from aibeleid_check.rules.streng.decisions import DECISION_RULE, HumanDecides

__all__ = ["DECISION_RULE", "HumanDecides"]
