"""Worker processes for a big batch: a pool that leaves Ctrl-C and SIGTERM to the parent, how many to start.

Used by ``batch`` (checking) and ``commands/check_a4`` (rendering pages). On Ctrl-C or SIGTERM the workers
are stopped at once and the queued work is cancelled, so no worker is left waiting for a parent that is
gone. Workers are forked (they inherit the imports) unless the parent already runs other threads or has
Typst loaded; then they start from a fork server, so they cannot inherit a lock held by another thread.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

PARALLEL_FROM = 50
"""Below this many files, starting worker processes costs more than it saves."""


@contextmanager
def process_pool(
    workers: int, initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = ()
) -> Iterator[ProcessPoolExecutor]:
    """A pool of worker processes that leave Ctrl-C and SIGTERM to this process. On any exception here
    (Ctrl-C, or SIGTERM, which becomes :class:`~aibeleid_check.errors.Terminated`) the workers are
    stopped and the queued work is cancelled at once: no worker is left waiting for a parent that is gone."""
    from concurrent.futures import ProcessPoolExecutor  # only a big batch pays for this import

    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=_start_method(), initializer=_worker_setup, initargs=(initializer, initargs)
    )
    previous = _raise_on_sigterm()
    try:
        yield pool
    except BaseException:
        _stop(pool)
        raise
    finally:
        _restore_sigterm(previous)
    pool.shutdown()


def _start_method() -> Any:
    """``fork`` (fast: the workers inherit the imports) unless this process already runs other threads or
    has Typst loaded, whose locks a forked child would inherit held: then ``forkserver``, which starts
    workers from a clean process. (The command line forks before it starts any; a long-lived caller such
    as an in-process test may not.)"""
    import multiprocessing
    import threading

    if "fork" not in multiprocessing.get_all_start_methods():
        return None  # the platform's default (spawn)
    unsafe = threading.active_count() > 1 or "typst" in sys.modules
    return multiprocessing.get_context("forkserver" if unsafe else "fork")


def _raise_on_sigterm() -> Any:
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None  # signal handlers can only be set from the main thread

    def terminated(_signum: int, _frame: object) -> None:
        from aibeleid_check.errors import Terminated

        raise Terminated()

    return signal.signal(signal.SIGTERM, terminated)


def _restore_sigterm(previous: Any) -> None:
    if previous is not None:
        import signal

        signal.signal(signal.SIGTERM, previous)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now (they may be in the middle of a chunk), then cancel what is queued. A worker the
    pool was still starting when the signal came (forked, not yet in its table) is a child of this process
    too: left running it would wait for work forever, and the interpreter would wait for it at exit."""
    import multiprocessing

    pooled = list((getattr(pool, "_processes", None) or {}).values())
    processes = list({id(process): process for process in [*pooled, *multiprocessing.active_children()]}.values())
    for process in processes:
        process.terminate()
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=2)
    if manager is not None:  # let it see the dead workers and end now, not write to closed pipes at exit
        manager.join(timeout=2)


def _worker_setup(initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # no traceback from every worker on Ctrl-C
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a worker forked while the parent's handler was set
    import gc

    gc.disable()  # as in check_files: a worker lives for one batch and makes no cycles worth collecting
    if initializer is not None:
        initializer(*initargs)


def effective_jobs(requested: int | None, file_count: int) -> int:
    """``--jobs N`` as asked (at least 1, at most one per file); by default all cores for a big batch."""
    if requested is None:
        requested = _usable_cores() if file_count >= PARALLEL_FROM else 1
    return max(1, min(requested, file_count))


def _usable_cores() -> int:
    """The cores this process may run on (a container's CPU set), not all the machine has."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1
