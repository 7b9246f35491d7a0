"""A message is checked and queued in the outbox; nothing that could never be sent gets in."""

import pytest
from tortoise import Tortoise, timezone

from adminduk.notifications import Notification, NotificationStatus, enqueue
from adminduk.settings import get_settings
from tests.notification_helpers import EMAIL, PHONE, empty_outbox_on_this_machine


@pytest.fixture(autouse=True)
async def network(database, monkeypatch):
    async with empty_outbox_on_this_machine(monkeypatch) as attempts:
        yield attempts


async def test_an_enqueued_email_waits_in_the_outbox_due_now():
    before = timezone.now()

    message = await enqueue("email", EMAIL, "Kode konfirmasi", "Kode Anda: 482913", "confirm_email")

    stored = await Notification.get(id=message.id)
    assert stored.status == NotificationStatus.QUEUED
    assert (stored.channel, stored.recipient) == ("email", EMAIL)
    assert (stored.subject, stored.body) == ("Kode konfirmasi", "Kode Anda: 482913")
    assert stored.purpose == "confirm_email"
    assert stored.attempts == 0
    assert before <= stored.next_attempt_at <= timezone.now()
    assert stored.sent_at is None
    assert stored.last_error is None


async def test_an_enqueued_sms_has_no_subject():
    message = await enqueue("sms", PHONE, None, "Kode Anda: 482913", "confirm_phone")

    assert (await Notification.get(id=message.id)).subject is None


@pytest.mark.parametrize(
    ("channel", "recipient", "subject", "body", "purpose"),
    [
        ("fax", EMAIL, "Subjek", "Isi", "confirm_email"),
        ("email", "bukan-alamat", "Subjek", "Isi", "confirm_email"),
        ("email", f"{EMAIL}\r\nBcc: x@example.invalid", "Subjek", "Isi", "confirm_email"),
        ("email", EMAIL, None, "Isi", "confirm_email"),
        ("email", EMAIL, "Subjek\r\nBcc: x@example.invalid", "Isi", "confirm_email"),
        ("email", EMAIL, "Subjek", "  ", "confirm_email"),
        ("email", EMAIL, "Subjek", "Isi", "Confirm Email"),
        ("sms", "081200005678", None, "Isi", "confirm_phone"),
        ("sms", "+6591234567", None, "Isi", "confirm_phone"),
        ("sms", PHONE, "Subjek", "Isi", "confirm_phone"),
        ("sms", PHONE, None, "x" * 1601, "confirm_phone"),
    ],
    ids=[
        "unknown channel",
        "not an address",
        "header injection in the address",
        "email without subject",
        "header injection in the subject",
        "blank body",
        "purpose not a tag",
        "phone not in +62 form",
        "foreign phone",
        "sms with subject",
        "sms too long",
    ],
)
async def test_enqueue_refuses_a_message_that_could_never_be_sent(
    channel, recipient, subject, body, purpose
):
    with pytest.raises(ValueError):
        await enqueue(channel, recipient, subject, body, purpose)

    assert await Notification.all().count() == 0


async def test_the_outbox_is_indexed_on_what_the_sender_looks_for():
    connection = Tortoise.get_connection("default")
    if get_settings().database_kind == "postgres":
        rows = await connection.execute_query_dict(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'notification'"
        )
        assert any("(status, next_attempt_at)" in row["indexdef"] for row in rows)
        return

    columns = []
    for index in await connection.execute_query_dict("PRAGMA index_list('notification')"):
        info = await connection.execute_query_dict(f"PRAGMA index_info('{index['name']}')")
        columns.append([row["name"] for row in info])
    assert ["status", "next_attempt_at"] in columns
