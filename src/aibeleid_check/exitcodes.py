"""The one exit-code enum (DESIGN §4)."""

from enum import IntEnum


class ExitStatus(IntEnum):
    """Process exit status of every ``aibeleid-check`` command."""

    SUCCESS = 0
    """No finding at or above the fail level."""
    FAILURE = 1
    """Findings at or above the fail level, including files that cannot be read or parsed."""
    ERROR = 2
    """Usage, configuration or plugin loading error, or an internal bug."""
