"""The worker sends a new message at once, keeps polling for retries, and survives errors."""

import asyncio
import logging

import pytest

from adminduk.notifications import Notification, enqueue, running_worker, start_worker, stop_worker
from adminduk.notifications import worker as worker_module
from adminduk.notifications.worker import POLL_SECONDS
from tests.notification_helpers import (
    EMAIL,
    RecordingChannel,
    empty_outbox_on_this_machine,
    every_channel,
)


@pytest.fixture(autouse=True)
async def network(database, monkeypatch):
    async with empty_outbox_on_this_machine(monkeypatch) as attempts:
        yield attempts


async def _until(condition, seconds: float) -> None:
    async with asyncio.timeout(seconds):
        while not await condition():
            await asyncio.sleep(0.01)


async def test_the_worker_sends_a_new_message_without_waiting_for_its_next_round():
    channel = RecordingChannel()

    async with running_worker(every_channel(channel)):
        # Let the first round find the outbox empty and go to sleep.
        await asyncio.sleep(0.1)
        message = await enqueue("email", EMAIL, "Kode konfirmasi", "Kode: 100200", "confirm_email")

        async def sent() -> bool:
            return bool(channel.sent)

        await _until(sent, POLL_SECONDS / 5)

    assert [sent.id for sent in channel.sent] == [message.id]
    assert (await Notification.get(id=message.id)).status == "sent"


async def test_the_worker_keeps_running_after_an_error_in_a_round(monkeypatch, caplog):
    channel = RecordingChannel()
    real_dispatch = worker_module.dispatch_due
    rounds = []

    async def failing_once(**kwargs):
        rounds.append(kwargs)
        if len(rounds) == 1:
            raise ConnectionError("database went away")
        return await real_dispatch(**kwargs)

    monkeypatch.setattr(worker_module, "dispatch_due", failing_once)

    with caplog.at_level(logging.ERROR, logger="adminduk.notifications"):
        async with running_worker(every_channel(channel)):
            await asyncio.sleep(0.1)
            await enqueue("email", EMAIL, "Kode konfirmasi", "Kode: 100200", "confirm_email")

            async def sent() -> bool:
                return bool(channel.sent)

            await _until(sent, POLL_SECONDS / 5)

    assert "Sending notifications failed" in caplog.text
    assert len(rounds) >= 2


async def test_the_worker_can_be_started_and_stopped_again():
    channel = RecordingChannel()

    start_worker(every_channel(channel))
    with pytest.raises(RuntimeError):
        start_worker(every_channel(channel))
    await stop_worker()
    await stop_worker()
    start_worker(every_channel(channel))
    await stop_worker()

    assert worker_module._task is None
