"""Moved to rules/streng/tools.py; this re-export stays until the lead removes it."""

from aibeleid_check.rules.streng.tools import ToolDetails, names_plan

__all__ = ["ToolDetails", "names_plan"]
