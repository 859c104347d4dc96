"""Whether installed packages offer plugins, answered without importing the plugin machinery.

Every ``check`` asks this, so it lives apart from :mod:`aibeleid_check.plugins` (which a run imports only
when there is a plugin to load).
"""

from __future__ import annotations

import os

ENTRY_POINT_GROUP = "aibeleid_check"
"""The entry-point group plugins are found in (also pluggy's project name)."""
NO_ENTRY_POINTS_ENV = "AIBELEID_CHECK_NO_ENTRY_POINTS"


def entry_points_enabled(flag_off: bool = False) -> bool:
    """Off with ``--no-entry-points`` or ``AIBELEID_CHECK_NO_ENTRY_POINTS=1``."""
    return not flag_off and os.environ.get(NO_ENTRY_POINTS_ENV, "") not in ("1", "true", "yes")


def has_entry_points() -> bool:
    """Whether any installed package declares a plugin: 2-8 ms for ~100 installed distributions."""
    from importlib.metadata import entry_points

    return bool(entry_points(group=ENTRY_POINT_GROUP))
