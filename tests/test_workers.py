"""The worker pool's stop: every worker goes, also one the pool was still starting when the signal came."""

from __future__ import annotations

import multiprocessing
import time

import pytest

from aibeleid_check import workers


def _wait_forever() -> None:
    while True:
        time.sleep(0.1)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_stop_also_ends_a_worker_not_yet_in_the_pools_table():
    """A SIGTERM between forking a worker and entering it in the pool's table left that worker waiting for
    work, and the parent would wait for it at exit (the likely cause of a hang seen once in CI, where
    ``test_sigterm_to_the_parent_leaves_no_workers_behind`` timed out)."""
    context = multiprocessing.get_context("fork")
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
    stray = context.Process(target=_wait_forever)  # forked, as _spawn_process does, but never entered
    stray.start()
    try:
        workers._stop(pool)
        stray.join(timeout=5)
        assert not stray.is_alive()
    finally:
        if stray.is_alive():
            stray.kill()
            stray.join()
