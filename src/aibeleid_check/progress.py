"""The progress bar of a long run (checking many files, making many pages): Rich, on stderr, only when asked."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from aibeleid_check.texts import Catalogue, Message

TEXTS = Catalogue(
    {
        "check": Message(nl="Controleren", en="Checking"),
        "a4": Message(nl="A4's maken", en="Making A4s"),
        "errors": Message(nl="fouten", en="errors"),
    }
)


@contextmanager
def progress_bar(enabled: bool, total: int, lang: str, task: str = "check") -> Iterator[Callable[[int], None]]:
    """Yield a function to call per item done, with its number of errors: a Rich bar on stderr (items done,
    errors so far, time left) when enabled, nothing otherwise. ``task`` is ``check`` or ``a4``."""
    if not enabled:
        yield _ignore
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("[red]{task.fields[errors]} " + TEXTS.text("errors", lang)),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task_id = bar.add_task(TEXTS.text(task, lang), total=total, errors=0)
        errors = 0

        def advance(new_errors: int) -> None:
            nonlocal errors
            errors += new_errors
            bar.update(task_id, advance=1, errors=errors)

        yield advance


def _ignore(_errors: int) -> None:
    return None
