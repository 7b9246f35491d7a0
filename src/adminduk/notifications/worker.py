"""The background worker of one app process: sends due messages when woken by a new one, and
every few seconds anyway (retries fall due, and other processes queue messages too)."""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from adminduk.notifications.channels import Channels
from adminduk.notifications.dispatch import configured_channels, dispatch_due

log = logging.getLogger(__name__)

POLL_SECONDS = 5.0
# On shutdown a send under way may finish; channels give up after 10 s.
STOP_GRACE_SECONDS = 15.0

_task: asyncio.Task | None = None
_wakeup: asyncio.Event | None = None
_stopping: asyncio.Event | None = None


def wake() -> None:
    """Ask the worker, if one runs in this process, to look at the outbox now."""
    if _wakeup is not None:
        _wakeup.set()


async def _run(channels: Channels, wakeup: asyncio.Event, stopping: asyncio.Event) -> None:
    while not stopping.is_set():
        try:
            await dispatch_due(channels=channels)
        except Exception:
            log.exception("Sending notifications failed; trying again in %s s", POLL_SECONDS)

        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(wakeup.wait(), POLL_SECONDS)
        wakeup.clear()


def start_worker(channels: Channels | None = None) -> None:
    """Start the worker in the running event loop; `channels` replaces the configured ones.

    A wrong channel setting raises ValueError here, when the app starts."""
    global _task, _wakeup, _stopping
    if _task is not None:
        raise RuntimeError("the notification worker is already running")

    channels = configured_channels() if channels is None else channels
    _wakeup, _stopping = asyncio.Event(), asyncio.Event()
    _task = asyncio.create_task(_run(channels, _wakeup, _stopping), name="notification-worker")
    log.info("Notification worker started")


async def stop_worker() -> None:
    """Stop the worker, letting a send under way finish for a few seconds."""
    global _task, _wakeup, _stopping
    if _task is None:
        return

    task, wakeup, stopping = _task, _wakeup, _stopping
    _task = _wakeup = _stopping = None
    stopping.set()
    wakeup.set()
    try:
        await asyncio.wait_for(task, STOP_GRACE_SECONDS)
    except TimeoutError:
        # Cancelled mid-send: the message is taken over when its claim lapses.
        log.warning("Notification worker did not stop in %s s; cancelled", STOP_GRACE_SECONDS)
    log.info("Notification worker stopped")


@contextlib.asynccontextmanager
async def running_worker(channels: Channels | None = None) -> AsyncIterator[None]:
    start_worker(channels)
    try:
        yield
    finally:
        await stop_worker()
