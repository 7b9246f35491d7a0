"""Due messages are sent once, retried after growing waits, given up after the last attempt, and
their bodies blanked; two senders at once never send a message twice."""

import asyncio
import logging
from datetime import timedelta

import pytest
from tortoise import timezone

from adminduk.notifications import Notification, NotificationStatus, dispatch_due, enqueue
from adminduk.notifications.channels import ChannelError
from adminduk.notifications.dispatch import CLAIM_LEASE, MAX_ATTEMPTS
from adminduk.notifications.models import BODY_REMOVED
from tests.notification_helpers import (
    EMAIL,
    PHONE,
    RecordingChannel,
    empty_outbox_on_this_machine,
    every_channel,
)

BODY = "Kode reset kata sandi Anda: 771204. Jangan berikan kepada siapa pun."


@pytest.fixture(autouse=True)
async def network(database, monkeypatch):
    async with empty_outbox_on_this_machine(monkeypatch) as attempts:
        yield attempts


async def _reset_email() -> Notification:
    return await enqueue("email", EMAIL, "Atur ulang kata sandi", BODY, "reset_password")


async def test_a_sent_message_is_marked_sent_and_its_body_blanked():
    message = await _reset_email()
    channel = RecordingChannel()
    now = timezone.now()

    assert await dispatch_due(now, channels=every_channel(channel)) == 1

    assert [(sent.id, sent.body) for sent in channel.sent] == [(message.id, BODY)]
    stored = await Notification.get(id=message.id)
    assert stored.status == NotificationStatus.SENT
    assert stored.sent_at == now
    assert stored.attempts == 1
    assert stored.body == BODY_REMOVED
    assert (stored.subject, stored.purpose) == ("Atur ulang kata sandi", "reset_password")


async def test_a_sent_message_is_not_sent_again():
    await _reset_email()
    channel = RecordingChannel()
    await dispatch_due(channels=every_channel(channel))

    assert (
        await dispatch_due(timezone.now() + timedelta(days=1), channels=every_channel(channel)) == 0
    )
    assert len(channel.sent) == 1


async def test_a_message_that_is_not_due_yet_is_left_alone():
    message = await _reset_email()
    channel = RecordingChannel()

    assert (
        await dispatch_due(
            message.next_attempt_at - timedelta(seconds=1), channels=every_channel(channel)
        )
        == 0
    )

    assert channel.sent == []
    assert (await Notification.get(id=message.id)).status == NotificationStatus.QUEUED


async def test_passing_failures_are_retried_after_growing_waits_then_given_up():
    message = await _reset_email()
    channel = RecordingChannel(*[ChannelError("server busy")] * MAX_ATTEMPTS)
    now = timezone.now()
    waits = []

    for attempt in range(1, MAX_ATTEMPTS):
        assert await dispatch_due(now, channels=every_channel(channel)) == 0
        stored = await Notification.get(id=message.id)
        assert (stored.status, stored.attempts) == (NotificationStatus.QUEUED, attempt)
        assert stored.body == BODY
        waits.append(stored.next_attempt_at - now)

        # Not a moment early.
        early = stored.next_attempt_at - timedelta(seconds=1)
        assert await dispatch_due(early, channels=every_channel(channel)) == 0
        assert (await Notification.get(id=message.id)).attempts == attempt
        now = stored.next_attempt_at

    assert await dispatch_due(now, channels=every_channel(channel)) == 0

    assert waits == [timedelta(seconds=s) for s in (30, 120, 480, 1920, 7680)]
    stored = await Notification.get(id=message.id)
    assert (stored.status, stored.attempts) == (NotificationStatus.FAILED, MAX_ATTEMPTS)
    assert stored.last_error == "server busy"
    assert stored.body == BODY_REMOVED
    assert stored.sent_at is None
    assert channel.sent == []


async def test_a_retried_message_is_sent_when_the_channel_recovers():
    message = await _reset_email()
    channel = RecordingChannel(ChannelError("server busy"))
    await dispatch_due(timezone.now(), channels=every_channel(channel))
    retry_at = (await Notification.get(id=message.id)).next_attempt_at

    assert await dispatch_due(retry_at, channels=every_channel(channel)) == 1

    stored = await Notification.get(id=message.id)
    assert (stored.status, stored.attempts, stored.last_error) == ("sent", 2, None)
    assert [sent.body for sent in channel.sent] == [BODY]


async def test_a_permanent_failure_is_not_retried():
    message = await _reset_email()
    channel = RecordingChannel(ChannelError("recipient refused (550)", permanent=True))

    await dispatch_due(channels=every_channel(channel))

    stored = await Notification.get(id=message.id)
    assert (stored.status, stored.attempts) == (NotificationStatus.FAILED, 1)
    assert stored.last_error == "recipient refused (550)"
    assert stored.body == BODY_REMOVED


async def test_a_failure_is_logged_with_the_id_and_reason_never_the_recipient_or_body(caplog):
    message = await enqueue("sms", PHONE, None, BODY, "confirm_phone")
    channel = RecordingChannel(ChannelError("gateway unavailable (HTTP 503)"))

    with caplog.at_level(logging.WARNING, logger="adminduk.notifications"):
        await dispatch_due(channels=every_channel(channel))

    [record] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert str(message.id) in record.getMessage()
    assert "gateway unavailable (HTTP 503)" in record.getMessage()
    assert PHONE not in caplog.text
    assert PHONE[-4:] not in caplog.text
    assert "771204" not in caplog.text


async def test_an_unexpected_error_in_a_channel_is_logged_and_retried(caplog):
    message = await _reset_email()
    channel = RecordingChannel(KeyError("bug"))

    with caplog.at_level(logging.WARNING, logger="adminduk.notifications"):
        assert await dispatch_due(channels=every_channel(channel)) == 0

    stored = await Notification.get(id=message.id)
    assert (stored.status, stored.last_error) == (NotificationStatus.QUEUED, "unexpected error")
    assert any(r.levelno == logging.ERROR and r.exc_info for r in caplog.records)


async def test_two_senders_at_once_send_each_message_exactly_once():
    messages = [
        await enqueue("sms", f"+62812000{n:05d}", None, f"Kode: {n:06d}", "confirm_phone")
        for n in range(40)
    ]
    channel = RecordingChannel()
    now = timezone.now()

    counts = await asyncio.gather(
        dispatch_due(now, channels=every_channel(channel)),
        dispatch_due(now, channels=every_channel(channel)),
    )

    assert sum(counts) == len(messages)
    assert sorted(str(sent.id) for sent in channel.sent) == sorted(str(m.id) for m in messages)
    statuses = await Notification.all().values_list("status", "attempts")
    assert set(statuses) == {(NotificationStatus.SENT, 1)}


async def test_a_message_left_sending_by_a_stopped_process_is_taken_over_after_the_lease(caplog):
    message = await _reset_email()
    now = timezone.now()
    # A process claimed it, then died before it could record anything.
    await Notification.filter(id=message.id).update(
        status=NotificationStatus.SENDING, attempts=1, next_attempt_at=now + CLAIM_LEASE
    )
    channel = RecordingChannel()

    assert (
        await dispatch_due(
            now + CLAIM_LEASE - timedelta(seconds=1), channels=every_channel(channel)
        )
        == 0
    )
    with caplog.at_level(logging.WARNING, logger="adminduk.notifications"):
        assert await dispatch_due(now + CLAIM_LEASE, channels=every_channel(channel)) == 1

    stored = await Notification.get(id=message.id)
    assert (stored.status, stored.attempts) == (NotificationStatus.SENT, 2)
    assert str(message.id) in caplog.text


async def test_a_message_left_sending_after_its_last_attempt_is_failed():
    message = await _reset_email()
    now = timezone.now()
    await Notification.filter(id=message.id).update(
        status=NotificationStatus.SENDING, attempts=MAX_ATTEMPTS, next_attempt_at=now
    )
    channel = RecordingChannel()

    assert await dispatch_due(now, channels=every_channel(channel)) == 0

    stored = await Notification.get(id=message.id)
    assert (stored.status, stored.body) == (NotificationStatus.FAILED, BODY_REMOVED)
    assert channel.sent == []
