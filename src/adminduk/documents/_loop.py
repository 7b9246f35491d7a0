"""Run pyHanko's coroutines from plain functions."""

import asyncio
from collections.abc import Coroutine
from typing import TypeVar

T = TypeVar("T")


def run(coroutine: Coroutine[object, object, T]) -> T:
    """Run `coroutine` on a private event loop.

    Unlike `asyncio.run` (what pyHanko's own plain functions use) this leaves the thread's
    current loop alone, such as a test runner's. Call it from a worker thread in async code.
    """
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(coroutine)
    finally:
        loop.close()
