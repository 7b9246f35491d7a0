"""Messages to people by email and SMS: queued in an outbox table, sent by a background worker
through configurable channels, retried with growing waits, and their bodies blanked once done.

    await enqueue("sms", "+6281234567890", None, "Kode Anda: 123456", "confirm_phone")
"""

from adminduk.notifications.dispatch import dispatch_due
from adminduk.notifications.models import Notification, NotificationChannel, NotificationStatus
from adminduk.notifications.outbox import enqueue
from adminduk.notifications.worker import running_worker, start_worker, stop_worker

__all__ = [
    "Notification",
    "NotificationChannel",
    "NotificationStatus",
    "dispatch_due",
    "enqueue",
    "running_worker",
    "start_worker",
    "stop_worker",
]
