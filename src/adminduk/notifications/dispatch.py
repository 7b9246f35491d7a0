"""Sending what is due: each message is claimed with a conditional update, so that several app
processes (or two rounds of one) never send a message twice, on SQLite and PostgreSQL alike."""

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import cache
from uuid import UUID

from tortoise import timezone
from tortoise.expressions import F

from adminduk.notifications.channels import ChannelError, Channels, channels_from_settings
from adminduk.notifications.models import BODY_REMOVED, Notification, NotificationStatus
from adminduk.settings import get_settings

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
# Retries after 30 s, 2 min, 8 min, 32 min and about 2 h: the last attempt is about 2 h 50 min
# after the first.
FIRST_RETRY = timedelta(seconds=30)
BACKOFF_FACTOR = 4
# A sender that holds a message longer than this is presumed dead (its process stopped), and
# the message is taken over. Far longer than any channel's timeout.
CLAIM_LEASE = timedelta(minutes=5)
BATCH = 50

QUEUED = NotificationStatus.QUEUED
SENDING = NotificationStatus.SENDING


@cache
def configured_channels() -> Channels:
    return channels_from_settings(get_settings())


def retry_delay(attempts: int) -> timedelta:
    """The wait after the given number of failed attempts."""
    return FIRST_RETRY * BACKOFF_FACTOR ** (attempts - 1)


async def _reclaim_abandoned(at: datetime) -> None:
    abandoned = await Notification.filter(status=SENDING, next_attempt_at__lte=at).values_list(
        "id", "attempts"
    )
    for message_id, attempts in abandoned:
        held = Notification.filter(id=message_id, status=SENDING, next_attempt_at__lte=at)
        if attempts >= MAX_ATTEMPTS:
            changed = await held.update(
                status=NotificationStatus.FAILED, body=BODY_REMOVED, last_error="sender stopped"
            )
        else:
            changed = await held.update(status=QUEUED)
        if changed:
            log.warning("Notification %s was left unsent by a stopped sender", message_id)


async def _claim(message_id: UUID, at: datetime) -> Notification | None:
    """The message, if this caller is the one that moved it from queued to sending."""
    claimed = await Notification.filter(
        id=message_id, status=QUEUED, next_attempt_at__lte=at
    ).update(status=SENDING, attempts=F("attempts") + 1, next_attempt_at=at + CLAIM_LEASE)
    if not claimed:
        return None
    return await Notification.get(id=message_id)


async def _record_failure(message: Notification, error: ChannelError, at: datetime) -> None:
    held = Notification.filter(id=message.id, status=SENDING)
    reason = error.reason[:200]

    if error.permanent or message.attempts >= MAX_ATTEMPTS:
        await held.update(status=NotificationStatus.FAILED, body=BODY_REMOVED, last_error=reason)
        log.warning(
            "Notification %s failed after %d attempt(s), not retried: %s",
            message.id,
            message.attempts,
            reason,
        )
        return

    retry_at = at + retry_delay(message.attempts)
    await held.update(status=QUEUED, next_attempt_at=retry_at, last_error=reason)
    log.warning(
        "Notification %s not sent (attempt %d of %d), retrying at %s: %s",
        message.id,
        message.attempts,
        MAX_ATTEMPTS,
        retry_at.isoformat(timespec="seconds"),
        reason,
    )


async def _send(message: Notification, channels: Channels, clock: Callable[[], datetime]) -> bool:
    channel = channels.get(message.channel)
    try:
        if channel is None:
            raise ChannelError(f"no channel configured for {message.channel.value}")
        await channel.send(message)
    except ChannelError as error:
        await _record_failure(message, error, clock())
        return False
    except Exception:
        # A fault in a channel itself: retried like a passing failure, with its traceback.
        log.exception("Notification %s: unexpected error in %s", message.id, type(channel).__name__)
        await _record_failure(message, ChannelError("unexpected error"), clock())
        return False

    await Notification.filter(id=message.id, status=SENDING).update(
        status=NotificationStatus.SENT, sent_at=clock(), body=BODY_REMOVED, last_error=None
    )
    return True


def _fixed(now: datetime) -> Callable[[], datetime]:
    return lambda: now


async def dispatch_due(now: datetime | None = None, *, channels: Channels | None = None) -> int:
    """Send every queued message that is due; returns how many were sent.

    `now` fixes the clock (for tests); `channels` replaces the configured ones."""
    channels = configured_channels() if channels is None else channels
    clock = timezone.now if now is None else _fixed(now)
    sent = 0

    await _reclaim_abandoned(clock())
    while True:
        due = (
            await Notification.filter(status=QUEUED, next_attempt_at__lte=clock())
            .order_by("next_attempt_at")
            .limit(BATCH)
            .values_list("id", flat=True)
        )
        claimed = 0
        for message_id in due:
            message = await _claim(message_id, clock())
            if message is None:
                continue
            claimed += 1
            if await _send(message, channels, clock):
                sent += 1

        # Another sender took the rest, or there is no more: either way this round is done.
        if len(due) < BATCH or not claimed:
            return sent
