"""Moved to rules/streng/approval.py; this re-export stays until the lead removes it."""

from aibeleid_check.rules.streng.approval import ApprovalRoute

__all__ = ["ApprovalRoute"]
