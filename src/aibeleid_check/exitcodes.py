"""The one exit-code enum: 0, 1 and 2 as ruff has them, plus the two a shell knows for signals."""

from enum import IntEnum


class ExitStatus(IntEnum):
    """Process exit status of every ``aibeleid-check`` command."""

    SUCCESS = 0
    """No finding at or above the fail level."""
    FAILURE = 1
    """Findings at or above the fail level, including files that cannot be read or parsed."""
    ERROR = 2
    """Usage, configuration or plugin loading error, or an internal bug."""
    INTERRUPTED = 130
    """Stopped by Ctrl-C (SIGINT): 128 + the signal number, as a shell reports it."""
    TERMINATED = 143
    """Stopped by SIGTERM: 128 + 15, the shell convention (not 130); worker processes are stopped too."""
    BROKEN_PIPE = 141
    """The reader of stdout went away (``| head -1``): 128 + SIGPIPE, what a program killed by the broken
    pipe reports. Files asked for with ``--output``/``--report`` are still written; it is never a success."""
