"""The A4 pages of a ``check`` run: ``--a4 FILE`` (the one checked policy) and ``--a4-dir DIR`` (one page
per client policy, named by :mod:`aibeleid_check.a4.many`).

Pages are made before the report, so that the measured page count (AIB801, does it fit on one A4?) is in
it. ``--a4-dir`` renders in parallel processes with ``--jobs``; one page that fails is reported and the
others are still written. Every page is written atomically and never over a checked file. Messages go to
stderr; problems with the target are usage errors (exit 2).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from aibeleid_check.a4.fit import record_page_count
from aibeleid_check.a4.many import plan
from aibeleid_check.a4.renderer import RenderError, render
from aibeleid_check.config import Resolver
from aibeleid_check.errors import UsageError
from aibeleid_check.findings import CheckResult, FileResult
from aibeleid_check.outputs import Inputs, display_path
from aibeleid_check.progress import progress_bar
from aibeleid_check.texts import Catalogue, Message
from aibeleid_check.workers import effective_jobs, process_pool

RenderTask = tuple[FileResult, str, str, date | None, Inputs]
"""One page to make: the checked file, the output path, the language, "today", the run's inputs."""
PARALLEL_FROM = 4
"""Rendering a page takes long enough that two workers pay off from a few pages on."""

TEXTS = Catalogue(
    {
        "skipped": Message(
            nl="aibeleid-check: geen A4 voor '{path}': het bestand is onleesbaar",
            en="aibeleid-check: no A4 for '{path}': the file cannot be read",
        ),
        "refused_many": Message(
            nl="aibeleid-check: geen A4 voor '{path}': {count} open fouten (--strict)",
            en="aibeleid-check: no A4 for '{path}': {count} open errors (--strict)",
        ),
        "failed": Message(
            nl="aibeleid-check: A4 voor '{path}' mislukt: {error}",
            en="aibeleid-check: A4 for '{path}' failed: {error}",
        ),
        "written_many": Message(
            nl="aibeleid-check: {count} A4's geschreven in {folder}",
            en="aibeleid-check: wrote {count} A4 pages to {folder}",
        ),
        "not_a_folder": Message(
            nl="aibeleid-check: --a4-dir '{folder}' is een bestand, geen map",
            en="aibeleid-check: --a4-dir '{folder}' is a file, not a folder",
        ),
        "unwritable": Message(
            nl="aibeleid-check: --a4-dir '{folder}': kan er niet in schrijven: {error}",
            en="aibeleid-check: --a4-dir '{folder}': cannot write to it: {error}",
        ),
        "one_file": Message(
            nl="aibeleid-check: --a4 maakt het A4 van één beleid, maar er zijn {count} bestanden gecontroleerd; "
            "gebruik --a4-dir MAP voor één A4 per beleid",
            en="aibeleid-check: --a4 makes the A4 of one policy, but {count} files were checked; "
            "use --a4-dir DIR for one A4 per policy",
        ),
        "refused_one": Message(
            nl="aibeleid-check: geen A4 gemaakt: '{path}' heeft {errors} open fout(en) en --strict is gezet",
            en="aibeleid-check: no A4 made: '{path}' has {errors} open error(s) and --strict is set",
        ),
        "written_one": Message(
            nl="aibeleid-check: A4 geschreven: {output} ({pages} {unit})",
            en="aibeleid-check: A4 written: {output} ({pages} {unit})",
        ),
        "png_first_page": Message(
            nl="aibeleid-check: de PNG toont alleen pagina 1 van {pages}; schrijf een .pdf voor het hele beleid",
            en="aibeleid-check: the PNG shows page 1 of {pages} only; write a .pdf for the whole policy",
        ),
        "english_policy": Message(
            nl="aibeleid-check: het beleid is in het Engels geschreven en het A4 in het Nederlands; met --lang en "
            "krijgt het A4 Engelse koppen, datums en AVG-alinea",
            en="aibeleid-check: the policy is written in English and the A4 in Dutch; --lang en gives the A4 "
            "English headings, dates and GDPR paragraph",
        ),
        "page": Message(nl="pagina", en="page"),
        "pages": Message(nl="pagina's", en="pages"),
    }
)


def write_check_a4(
    result: CheckResult, output: str, resolver: Resolver, *, strict: bool, inputs: Inputs | None = None
) -> str:
    """Render the page and add AIB801 to the file's findings; problems are usage errors.

    Returns the line for stderr, which the caller prints after the report so that it comes last.
    """
    lang = resolver.lang
    if len(result.files) != 1:
        raise UsageError(*_both(TEXTS.message("one_file", count=len(result.files))))
    file = result.files[0]
    if strict and file.errors:
        return TEXTS.text("refused_one", lang, path=display_path(file.path), errors=file.errors)
    try:
        pages = render(file, output, lang=resolver.lang, today=resolver.settings.today, inputs=inputs)
    except RenderError as exc:
        raise UsageError(f"aibeleid-check: {exc}") from None
    record_page_count(file, pages, resolver.ruleset_for(file.path))
    return written_message(output, pages, resolver.lang, file)


_ENGLISH = frozenset("the and of to you your with not for our must never are this that".split())
_DUTCH = frozenset("de het een en van je jouw niet met voor onze ons moet nooit zijn dit dat".split())


def written_in_english(lines: tuple[str, ...]) -> bool:
    """The policy's words are mostly English ones (function words counted, in its first 300 lines): a Dutch A4 of an
    English policy is what the template asks for, but the user may not know --lang en exists."""
    words = [word.strip(".,:;!?()\"'*#-").lower() for line in lines[:300] for word in line.split()]
    english = sum(word in _ENGLISH for word in words)
    dutch = sum(word in _DUTCH for word in words)
    return english >= 8 and english > 3 * dutch


def written_message(output: str, pages: int, lang: str, file: FileResult | None = None) -> str:
    unit = TEXTS.text("page" if pages == 1 else "pages", lang)
    written = TEXTS.text("written_one", lang, output=display_path(output), pages=pages, unit=unit)
    if lang == "nl" and file is not None and written_in_english(file.source_lines):
        written = f"{written}\n{TEXTS.text('english_policy', lang)}"
    if pages > 1 and output.lower().endswith(".png"):
        return f"{written}\n{TEXTS.text('png_first_page', lang, pages=pages)}"
    return written


def _both(message: Message) -> tuple[str, str]:
    """A message as the (Dutch, English) pair an error takes; ``cli.main`` prints the run's language."""
    return message.nl, message.en


def prepare_folder(folder: str, lang: str) -> None:
    """Make the ``--a4-dir`` folder before any work; a folder we cannot write to is a usage error (exit 2),
    as an unwritable ``--a4`` or ``--output`` is."""
    shown = display_path(folder)
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise UsageError(*_both(TEXTS.message("not_a_folder", folder=shown)))
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise UsageError(*_both(TEXTS.message("unwritable", folder=shown, error=exc.strerror or exc))) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(*_both(TEXTS.message("unwritable", folder=shown, error=os.strerror(13))))


def write_all(
    result: CheckResult,
    folder: str,
    resolver: Resolver,
    *,
    jobs: int | None,
    progress: bool = False,
    inputs: Inputs | None = None,
) -> bool:
    """Render every page before the report, so that a page that does not fit (AIB801) is in it.

    Messages go to stderr. True when every readable file got its A4. No page replaces one of ``inputs``.
    """
    lang = resolver.lang
    prepare_folder(folder, lang)
    out = Path(folder)
    inputs = inputs if inputs is not None else Inputs.of(file.path for file in result.files)
    printable = []
    for file in result.files:
        if file.policy is None:
            print(TEXTS.text("skipped", lang, path=display_path(file.path)), file=sys.stderr)
        elif resolver.options.strict and file.errors:  # as `--a4`: no page for a policy with open errors
            print(TEXTS.text("refused_many", lang, path=display_path(file.path), count=file.errors), file=sys.stderr)
        else:
            printable.append(file)
    planned = plan(printable)
    today = resolver.settings.today
    tasks = [(file, str(out / name), resolver.lang, today, inputs) for file, name in planned]
    written, failures = 0, []
    with _rendered(tasks, jobs) as outcomes, progress_bar(progress, len(tasks), resolver.lang, "a4") as advance:
        for (file, _name), (pages, error) in zip(planned, outcomes, strict=True):
            advance(1 if error else 0)
            if error:
                failures.append(TEXTS.text("failed", lang, path=display_path(file.path), error=error))
                continue
            written += 1
            record_page_count(file, pages, resolver.ruleset_for(file.path))
    for failure in failures:  # after the progress bar has gone
        print(failure, file=sys.stderr)
    print(TEXTS.text("written_many", lang, count=written, folder=display_path(out)), file=sys.stderr)
    return written == len(planned)


@contextmanager
def _rendered(tasks: list[RenderTask], jobs: int | None) -> Iterator[Iterable[tuple[int, str]]]:
    """(page count, error) per task, in order; workers are started before any progress bar thread."""
    workers = effective_jobs(jobs if jobs is not None else (os.cpu_count() or 1), len(tasks))
    if workers == 1 or len(tasks) < PARALLEL_FROM:
        yield (_render_one(task) for task in tasks)
        return
    with process_pool(workers) as pool:
        yield pool.map(_render_one, tasks, chunksize=max(1, min(8, len(tasks) // (workers * 4))))


def _render_one(task: RenderTask) -> tuple[int, str]:
    """Render one page: (page count, "") when it worked, (0, the error) when it did not."""
    file, output, lang, today, inputs = task
    from aibeleid_check import a4

    try:
        return a4.render(file, output, lang=lang, today=today, inputs=inputs), ""
    except Exception as exc:  # a4.RenderError, or a bug on one page: the other clients still get theirs
        return 0, str(exc) if isinstance(exc, a4.RenderError) else f"{type(exc).__name__}: {exc}"
