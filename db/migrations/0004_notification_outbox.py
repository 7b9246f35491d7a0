from uuid import uuid4

from tortoise import fields, migrations
from tortoise.indexes import Index
from tortoise.migrations import operations as ops

from adminduk.notifications.models import NotificationChannel, NotificationStatus


class Migration(migrations.Migration):
    dependencies = [("adminduk", "0003_codes_and_throttle")]

    initial = False

    operations = [
        ops.CreateModel(
            name="Notification",
            fields=[
                (
                    "id",
                    fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True),
                ),
                (
                    "channel",
                    fields.CharEnumField(
                        description="EMAIL: email\nSMS: sms\nLOG: log",
                        enum_type=NotificationChannel,
                        max_length=8,
                    ),
                ),
                ("recipient", fields.CharField(max_length=254)),
                ("subject", fields.CharField(null=True, max_length=200)),
                ("body", fields.TextField(unique=False)),
                ("purpose", fields.CharField(max_length=40)),
                (
                    "status",
                    fields.CharEnumField(
                        default=NotificationStatus.QUEUED,
                        description="QUEUED: queued\nSENDING: sending\nSENT: sent\nFAILED: failed",
                        enum_type=NotificationStatus,
                        max_length=8,
                    ),
                ),
                ("attempts", fields.SmallIntField(default=0)),
                ("next_attempt_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ("last_error", fields.CharField(null=True, max_length=200)),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("sent_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={
                "table": "notification",
                "app": "adminduk",
                "indexes": [Index(fields=["status", "next_attempt_at"])],
                "pk_attr": "id",
                "table_description": "One message to one recipient, with its delivery state.",
            },
            bases=["Model"],
        ),
    ]
