"""Moved to rules/streng/common.py; this re-export stays until the lead removes it."""

from aibeleid_check.rules.streng.common import (
    CLAUSE_HINT_EN,
    CLAUSE_HINT_NL,
    ClauseRule,
    agreement_texts,
    clause_texts,
    forbidden_list_path,
    missing_clause,
    personal_data_tools,
    rule_texts,
)

__all__ = ["CLAUSE_HINT_EN", "CLAUSE_HINT_NL", "ClauseRule", "agreement_texts", "clause_texts", "forbidden_list_path", "missing_clause", "personal_data_tools", "rule_texts"]
