"""Putting a message in the outbox: checked, stored as queued, and the worker woken."""

import re

from tortoise import timezone

from adminduk.notifications import worker
from adminduk.notifications.channels.sms_gateway import MAX_BODY as MAX_SMS_BODY
from adminduk.notifications.models import Notification, NotificationChannel
from adminduk.notifications.recipients import check_recipient

_PURPOSE = re.compile(r"[a-z][a-z0-9_]{0,39}")


def _check(channel: NotificationChannel, subject: str | None, body: str, purpose: str) -> None:
    if not _PURPOSE.fullmatch(purpose):
        raise ValueError(f"purpose is a short tag such as confirm_email, not {purpose!r}")
    if not body.strip():
        raise ValueError("a notification needs a body")
    if channel is NotificationChannel.EMAIL and not (subject and subject.strip()):
        raise ValueError("an email needs a subject")
    if channel is NotificationChannel.SMS and subject is not None:
        raise ValueError("an SMS has no subject")
    if subject is not None and (len(subject) > 200 or "\r" in subject or "\n" in subject):
        raise ValueError("a subject is one line of at most 200 characters")
    if channel is NotificationChannel.SMS and len(body) > MAX_SMS_BODY:
        raise ValueError(f"an SMS body is at most {MAX_SMS_BODY} characters")


async def enqueue(
    channel: NotificationChannel | str,
    recipient: str,
    subject: str | None,
    body: str,
    purpose: str,
) -> Notification:
    """Queue one message for sending now; raises ValueError when it could never be sent.

    Inside a transaction the message is stored with it and leaves after the commit, at the
    latest on the worker's next round."""
    channel = NotificationChannel(channel)
    check_recipient(channel, recipient)
    _check(channel, subject, body, purpose)

    message = await Notification.create(
        channel=channel,
        recipient=recipient,
        subject=subject,
        body=body,
        purpose=purpose,
        next_attempt_at=timezone.now(),
    )
    worker.wake()
    return message
