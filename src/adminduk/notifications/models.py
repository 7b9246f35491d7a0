"""The outbox table: every email and SMS the service sends, queued first and sent by the worker."""

from enum import StrEnum

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

# What a body becomes once it is sent or has finally failed: bodies may carry one-time codes.
BODY_REMOVED = "[isi dihapus setelah dikirim]"


class NotificationChannel(StrEnum):
    EMAIL = "email"
    SMS = "sms"
    # Only ever written to the service's log: for messages meant for the operator.
    LOG = "log"


class NotificationStatus(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class Notification(Model):
    """One message to one recipient, with its delivery state."""

    id = fields.UUIDField(primary_key=True)
    channel = fields.CharEnumField(NotificationChannel, max_length=8)
    # An email address, or a phone number as +628...
    recipient = fields.CharField(max_length=254)
    subject = fields.CharField(max_length=200, null=True)
    body = fields.TextField()
    # What the message is for, e.g. "confirm_email", "reset_password", "application_status".
    purpose = fields.CharField(max_length=40)
    status = fields.CharEnumField(
        NotificationStatus, max_length=8, default=NotificationStatus.QUEUED
    )
    attempts = fields.SmallIntField(default=0)
    # While queued: when the message is due. While sending: when the sender's claim lapses
    # and another process may take the message over (the sender is presumed dead).
    next_attempt_at = fields.DatetimeField()
    # A short reason without personal data, e.g. "SMTP recipient refused (550)".
    last_error = fields.CharField(max_length=200, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    sent_at = fields.DatetimeField(null=True)

    class Meta:
        table = "notification"
        indexes = [Index(fields=["status", "next_attempt_at"])]
