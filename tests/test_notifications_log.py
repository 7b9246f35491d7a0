"""The development channel writes a message to the log with its recipient masked; its body
(a one-time code) only when asked for."""

import logging

import pytest

from adminduk.notifications import Notification, dispatch_due, enqueue
from adminduk.notifications.channels import channels_from_settings
from adminduk.notifications.recipients import mask_recipient
from adminduk.settings import load_settings
from tests.notification_helpers import EMAIL, PHONE, empty_outbox_on_this_machine

BODY = "Kode konfirmasi Anda: 305118"


@pytest.fixture(autouse=True)
async def network(database, monkeypatch):
    async with empty_outbox_on_this_machine(monkeypatch) as attempts:
        yield attempts


@pytest.mark.parametrize(
    ("recipient", "shown"),
    [
        ("siti.rahma@example.invalid", "s***@example.invalid"),
        ("+6281200005678", "+62812****5678"),
        ("+628120000567899", "+62812****7899"),
        ("+62812000567", "+62812****67"),
    ],
)
def test_a_recipient_is_masked_for_the_log(recipient, shown):
    assert mask_recipient(recipient) == shown


def _channels(monkeypatch, log_bodies: str):
    monkeypatch.setenv("NOTIFY_LOG_BODIES", log_bodies)
    monkeypatch.delenv("NOTIFY_EMAIL", raising=False)
    monkeypatch.delenv("NOTIFY_SMS", raising=False)
    return channels_from_settings(load_settings(env_file=None))


async def test_the_log_channel_masks_the_recipient_and_keeps_the_body_out(monkeypatch, caplog):
    email = await enqueue("email", EMAIL, "Kode konfirmasi", BODY, "confirm_email")
    sms = await enqueue("sms", PHONE, None, BODY, "confirm_phone")

    with caplog.at_level(logging.DEBUG, logger="adminduk.notifications"):
        assert await dispatch_due(channels=_channels(monkeypatch, "false")) == 2

    assert f"Notification {email.id} (confirm_email) for s***@example.invalid" in caplog.text
    assert f"Notification {sms.id} (confirm_phone) for +62812****5678" in caplog.text
    assert EMAIL not in caplog.text
    assert PHONE not in caplog.text
    assert "305118" not in caplog.text
    assert set(await Notification.all().values_list("status", flat=True)) == {"sent"}


async def test_the_log_channel_shows_the_body_on_a_developers_machine(monkeypatch, caplog):
    message = await enqueue("sms", PHONE, None, BODY, "confirm_phone")

    with caplog.at_level(logging.INFO, logger="adminduk.notifications"):
        await dispatch_due(channels=_channels(monkeypatch, "true"))

    assert f"Notification {message.id} says: {BODY}" in caplog.text
    assert PHONE not in caplog.text


async def test_without_configuration_email_and_sms_go_to_the_log(caplog):
    message = await enqueue("email", EMAIL, "Kode konfirmasi", BODY, "confirm_email")

    with caplog.at_level(logging.INFO, logger="adminduk.notifications"):
        assert await dispatch_due() == 1

    assert f"Notification {message.id} (confirm_email) for s***@example.invalid" in caplog.text
    # The tests' database is not the embedded default: no bodies in the log.
    assert "305118" not in caplog.text
