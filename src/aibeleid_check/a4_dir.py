"""``check --a4-dir DIR``: one A4 PDF per checked client policy, named after the organisation.

File names are ASCII slugs of the organisation (``Bakkerij Één & Zn.`` → ``bakkerij-een-zn.pdf``), or of
the file's name when the policy names no organisation; the same name twice gets ``-2``, ``-3`` …. Files
that could not be read have no policy to print and are skipped. Pages are rendered in parallel processes
with ``--jobs``; one page that fails to render is reported and the others are still written. The measured
page count of each goes into its result as AIB801 (does the policy fit on one A4?), before the report.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from aibeleid_check.batch import effective_jobs, process_pool, progress_bar
from aibeleid_check.config import Resolver
from aibeleid_check.errors import UsageError
from aibeleid_check.findings import CheckResult, FileResult
from aibeleid_check.outputs import Inputs, display_path

MAX_SLUG = 60
PARALLEL_FROM = 4
"""Rendering a page takes long enough that two workers pay off from a few pages on."""

TEXTS = {
    "nl": {
        "skipped": "aibeleid-check: geen A4 voor '{path}': het bestand is onleesbaar",
        "refused": "aibeleid-check: geen A4 voor '{path}': {count} open fouten (--strict)",
        "failed": "aibeleid-check: A4 voor '{path}' mislukt: {error}",
        "written": "aibeleid-check: {count} A4's geschreven in {folder}",
        "not_a_folder": "aibeleid-check: --a4-dir '{folder}' is een bestand, geen map",
        "unwritable": "aibeleid-check: --a4-dir '{folder}': kan er niet in schrijven: {error}",
    },
    "en": {
        "skipped": "aibeleid-check: no A4 for '{path}': the file cannot be read",
        "refused": "aibeleid-check: no A4 for '{path}': {count} open errors (--strict)",
        "failed": "aibeleid-check: A4 for '{path}' failed: {error}",
        "written": "aibeleid-check: wrote {count} A4 pages to {folder}",
        "not_a_folder": "aibeleid-check: --a4-dir '{folder}' is a file, not a folder",
        "unwritable": "aibeleid-check: --a4-dir '{folder}': cannot write to it: {error}",
    },
}


def slug(text: str) -> str:
    """A safe ASCII file name part: letters and digits joined by single hyphens, never a path separator."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = re.sub(r"[.']", "", ascii_text)  # "B.V." → "bv", "D'Amico" → "damico"
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words)[:MAX_SLUG].strip("-")


def plan(files: list[FileResult]) -> list[tuple[FileResult, str]]:
    """The readable files, each with a unique PDF file name, in the order of the check."""
    taken: set[str] = set()
    planned = []
    for file in files:
        if file.policy is None:
            continue
        organisation = getattr(file.policy, "organisatie", None) or ""
        base = slug(organisation) or slug(Path(file.path).stem) or "beleid"
        name, number = base, 1
        while name in taken:
            number += 1
            name = f"{base}-{number}"
        taken.add(name)
        planned.append((file, f"{name}.pdf"))
    return planned


def prepare_folder(folder: str, lang: str) -> None:
    """Make the ``--a4-dir`` folder before any work; a folder we cannot write to is a usage error (exit 2),
    as an unwritable ``--a4`` or ``--output`` is."""
    texts = TEXTS["en" if lang == "en" else "nl"]
    shown = display_path(folder)
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise UsageError(texts["not_a_folder"].format(folder=shown))
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise UsageError(texts["unwritable"].format(folder=shown, error=exc.strerror or exc)) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(texts["unwritable"].format(folder=shown, error=os.strerror(13)))


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
    from aibeleid_check.a4.fit import record_page_count

    texts = TEXTS["en" if resolver.lang == "en" else "nl"]
    prepare_folder(folder, resolver.lang)
    out = Path(folder)
    inputs = inputs if inputs is not None else Inputs.of(file.path for file in result.files)
    printable = []
    for file in result.files:
        if file.policy is None:
            print(texts["skipped"].format(path=display_path(file.path)), file=sys.stderr)
        elif resolver.options.strict and file.errors:  # as `--a4`: no page for a policy with open errors
            print(texts["refused"].format(path=display_path(file.path), count=file.errors), file=sys.stderr)
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
                failures.append(texts["failed"].format(path=display_path(file.path), error=error))
                continue
            written += 1
            record_page_count(file, pages, resolver.ruleset_for(file.path))
    for failure in failures:  # after the progress bar has gone
        print(failure, file=sys.stderr)
    print(texts["written"].format(count=written, folder=display_path(out)), file=sys.stderr)
    return written == len(planned)


@contextmanager
def _rendered(tasks: list[tuple], jobs: int | None) -> Iterator[Iterable[tuple[int, str]]]:
    """(page count, error) per task, in order; workers are started before any progress bar thread."""
    workers = effective_jobs(jobs if jobs is not None else (os.cpu_count() or 1), len(tasks))
    if workers == 1 or len(tasks) < PARALLEL_FROM:
        yield (_render_one(task) for task in tasks)
        return
    with process_pool(workers) as pool:
        yield pool.map(_render_one, tasks, chunksize=max(1, min(8, len(tasks) // (workers * 4))))


def _render_one(task: tuple) -> tuple[int, str]:
    """Render one page: (page count, "") when it worked, (0, the error) when it did not."""
    file, output, lang, today, inputs = task
    from aibeleid_check import a4

    try:
        return a4.render(file, output, lang=lang, today=today, inputs=inputs), ""
    except Exception as exc:  # a4.RenderError, or a bug on one page: the other clients still get theirs
        return 0, str(exc) if isinstance(exc, a4.RenderError) else f"{type(exc).__name__}: {exc}"
