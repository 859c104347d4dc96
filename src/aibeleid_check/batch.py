"""Checking many files: in order, one result per file, optionally in parallel processes.

Workers rebuild the resolver from the run's typed options (``resolver.options``) instead of receiving
live objects, so plugin rules loaded from a path work the same in every worker. Results come back in the
order of ``files``, so ``--jobs 2`` gives exactly the output of ``--jobs 1``.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager

from aibeleid_check import source
from aibeleid_check.config import Resolver
from aibeleid_check.engine import check_document, check_path
from aibeleid_check.findings import CheckResult, FileResult, Finding, Severity
from aibeleid_check.options import RunOptions
from aibeleid_check.progress import progress_bar
from aibeleid_check.texts import Message
from aibeleid_check.workers import PARALLEL_FROM, effective_jobs, process_pool

__all__ = [
    "PARALLEL_FROM",
    "check_files",
    "check_one",
    "effective_jobs",
    "process_pool",
    "progress_bar",
    "wants_progress",
]

PROGRESS_FROM = 10
"""A progress bar for a handful of files would only flicker."""

_worker_resolver: Resolver | None = None
_worker_keeps_policies = True
_worker_unreadable: dict[str, str] = {}


def check_files(
    files: list[str],
    resolver: Resolver,
    *,
    jobs: int | None = None,
    progress: bool = False,
    keep_policies: bool = True,
    unreadable: Mapping[str, str] | None = None,
) -> CheckResult:
    """Check ``files`` and return their results in the same order. One broken file never stops the batch.

    ``keep_policies=False`` drops each read policy from its result (``FileResult.policy`` is None, while
    ``readable`` stays true) when no later stage needs it: passing a policy back from a worker process
    costs more than checking it. ``unreadable`` (path -> reason) are folders discovery could not read:
    each gets its finding in its place.
    """
    result = CheckResult(fail_level=resolver.fail_level)
    workers = effective_jobs(jobs, len(files))
    show_bar = progress and len(files) >= PROGRESS_FROM
    # Workers are forked before the progress bar starts its refresh thread.
    with (
        _without_cyclic_gc(),
        _results(files, resolver, workers, (keep_policies, dict(unreadable or {}))) as results,
        progress_bar(show_bar, len(files), resolver.lang) as advance,
    ):
        for file_result in results:
            result.files.append(file_result)
            advance(file_result.errors)
    result.rules = resolver.rules
    return result


@contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """Checking makes no reference cycles worth collecting (a file's values die with its result), but the
    cyclic collector would still scan every young object: about a tenth of a big batch's time."""
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def wants_progress(format_name: str) -> bool:
    """A progress bar only for a person watching: stderr is a terminal and the output is not a document.
    Never under pre-commit (``PRE_COMMIT=1``), which gives hooks a terminal but replays what they wrote."""
    if os.environ.get("PRE_COMMIT"):
        return False
    return not _is_machine_format(format_name) and _stderr_is_terminal()


def _is_machine_format(format_name: str) -> bool:
    from aibeleid_check.report import REPORTERS

    if format_name not in REPORTERS:
        return True  # unknown here: the reporter lookup reports it; never draw over it
    return bool(getattr(importlib.import_module(REPORTERS[format_name]).Reporter, "machine", True))


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def check_one(path: str, resolver: Resolver, keep_policy: bool = True, unreadable: str | None = None) -> FileResult:
    """Check one file; an internal error becomes a finding on that file, so the batch goes on.
    ``unreadable``: the reason a folder could not be read, which is then this path's finding."""
    try:
        if unreadable is not None:
            document = source.Document(path=path)
            document.problem(source.SourceKind.UNREADABLE, reason=unreadable)
            return check_document(document, resolver.ruleset_for(path))
        file_result = check_path(path, resolver.ruleset_for(path))
    except Exception as exc:
        if os.environ.get("AIBELEID_CHECK_DEBUG") == "1":
            raise
        return _crashed(path, exc)
    if not keep_policy:
        file_result.policy = None
    return file_result


def _crashed(path: str, exc: Exception) -> FileResult:
    from aibeleid_check.rules.rule_crash import RuleCrashed

    detail = f"{type(exc).__name__}: {exc}"
    message = Message(
        nl=f"Interne fout bij het controleren van dit bestand ({detail}). Meld dit met het bestand.",
        en=f"Internal error while checking this file ({detail}). Please report it with the file.",
    )
    finding = Finding(RuleCrashed.code, Severity.ERROR, message, "", 1, 1, RuleCrashed.slug)
    return FileResult(path=path, findings=[finding], readable=False)


@contextmanager
def _results(
    files: list[str], resolver: Resolver, workers: int, setup: tuple[bool, dict[str, str]]
) -> Iterator[Iterable[FileResult]]:
    keep, unreadable = setup
    if workers == 1:
        yield (check_one(path, resolver, keep, unreadable.get(path)) for path in files)
        return
    chunk = max(1, min(64, len(files) // (workers * 8)))
    with process_pool(workers, _start_worker, (resolver.options, keep, unreadable)) as pool:
        yield pool.map(_check_in_worker, files, chunksize=chunk)  # submits every chunk now, in order


def _start_worker(options: RunOptions, keep_policies: bool, unreadable: dict[str, str]) -> None:
    global _worker_resolver, _worker_keeps_policies, _worker_unreadable
    _worker_resolver = Resolver(options)
    _worker_keeps_policies = keep_policies
    _worker_unreadable = unreadable


def _check_in_worker(path: str) -> FileResult:
    assert _worker_resolver is not None, "worker started without _start_worker"
    return check_one(path, _worker_resolver, _worker_keeps_policies, _worker_unreadable.get(path))
