"""Moved: the page names to :mod:`aibeleid_check.a4.many`, the rendering to
:mod:`aibeleid_check.commands.check_a4`. This name is kept until the lead removes it."""

from aibeleid_check.a4.many import MAX_SLUG, plan, slug
from aibeleid_check.commands.check_a4 import PARALLEL_FROM, TEXTS, prepare_folder, write_all

__all__ = ["MAX_SLUG", "PARALLEL_FROM", "TEXTS", "plan", "prepare_folder", "slug", "write_all"]
