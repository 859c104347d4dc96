"""Moved to rules/streng/literacy.py; this re-export stays until the lead removes it."""

from aibeleid_check.rules.streng.literacy import AiLiteracy

__all__ = ["AiLiteracy"]
