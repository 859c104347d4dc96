"""Moved to :mod:`aibeleid_check.commands.check_a4`; this name is kept until the lead removes it."""

from aibeleid_check.commands.check_a4 import write_check_a4, written_message

__all__ = ["write_check_a4", "written_message"]
