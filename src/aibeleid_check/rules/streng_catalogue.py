"""Moved to rules/streng/catalogue.py; this re-export stays until the lead removes it."""

from aibeleid_check.rules.streng.catalogue import (
    CatalogueNoAgreement,
    ConsumerPlanPersonalData,
    catalogued_tools,
)

__all__ = ["CatalogueNoAgreement", "ConsumerPlanPersonalData", "catalogued_tools"]
