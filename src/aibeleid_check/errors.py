"""The errors that end a run with one line on stderr and exit 2, caught in one place: ``cli.main``.

Like flake8's ``exceptions.py``: one base class, :class:`AibeleidError`, and one subclass per kind of
problem. A broken *policy* is never one of these (it is a result with findings, exit 1); these are for
how the command was called (:class:`UsageError`), a broken configuration (:class:`ConfigError`), a plugin
that cannot be loaded (:class:`PluginError`) and an output that cannot be written (:class:`OutputError`).

Each error holds its message in Dutch and, when given, in English; ``cli.main`` prints the one of the
run's language (``str(error)`` is the Dutch one). Messages that are still written as one bilingual line
("… / …") are printed as they are.
"""

from __future__ import annotations

from aibeleid_check.exitcodes import ExitStatus


class AibeleidError(Exception):
    """Base of every error that ``cli.main`` turns into one line on stderr and :attr:`exit_status`."""

    exit_status: ExitStatus = ExitStatus.ERROR

    def __init__(self, nl: str, en: str | None = None) -> None:
        super().__init__(nl)
        self.nl = nl
        self.en = en if en is not None else nl

    def text(self, lang: str = "nl") -> str:
        """The message in ``lang`` (``"nl"`` or ``"en"``)."""
        return self.en if lang == "en" else self.nl


class UsageError(AibeleidError):
    """The command was called wrongly: an unknown option, a path that does not exist, a bad value."""


class ConfigError(AibeleidError):
    """A configuration file that cannot be read, parsed or validated, or that names something unknown."""


class PluginError(AibeleidError):
    """A plugin that cannot be imported, registered or validated; the message names the plugin."""


class Terminated(BaseException):
    """SIGTERM arrived while worker processes ran: they are stopped, and ``cli.main`` returns 143.

    A ``BaseException``, like ``KeyboardInterrupt``, so that no ``except Exception`` on the way (a rule's
    crash isolation) turns it into a finding."""


class OutputError(UsageError):
    """An output (report, overview, A4, converted document) that cannot be written, or that would replace
    one of the run's input files. A usage error: the user named the output."""
