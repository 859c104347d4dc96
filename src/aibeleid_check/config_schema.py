"""Moved to :mod:`aibeleid_check.config.schema`; this name is kept until the lead removes it."""

from aibeleid_check.config.schema import ConfigValues, selector

__all__ = ["ConfigValues", "selector"]
