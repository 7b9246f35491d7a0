"""SMS goes to an HTTP gateway speaking Twilio's Messages API (a local fake here): accepted
messages are sent, gateway errors retried, refusals failed at once, and no number is logged."""

import asyncio
import logging

import pytest
from tortoise import timezone

from adminduk.notifications import Notification, NotificationStatus, dispatch_due, enqueue
from adminduk.notifications.channels import ChannelError, LogChannel, SmsGatewayChannel
from adminduk.notifications.models import BODY_REMOVED, NotificationChannel
from tests.fake_sms_gateway import ACCOUNT_SID, AUTH_TOKEN, SENDER, running_fake_gateway
from tests.notification_helpers import (
    PHONE,
    LeftThisMachine,
    empty_outbox_on_this_machine,
    free_port,
)

BODY = "Kode konfirmasi nomor ponsel Anda: 590317. Berlaku 15 menit. -Disdukcapil"


@pytest.fixture(autouse=True)
async def network(database, monkeypatch):
    async with empty_outbox_on_this_machine(monkeypatch) as attempts:
        yield attempts


@pytest.fixture(scope="module")
def gateway_server():
    with running_fake_gateway() as gateway:
        yield gateway


@pytest.fixture
def gateway(gateway_server):
    gateway_server.received.clear()
    gateway_server.answers.clear()
    gateway_server.delay = 0.0
    return gateway_server


def _channels(url: str, *, auth_token: str = AUTH_TOKEN, timeout: float = 10.0):
    logged = LogChannel()
    sms = SmsGatewayChannel(
        url, account_sid=ACCOUNT_SID, auth_token=auth_token, sender=SENDER, timeout=timeout
    )
    return {
        NotificationChannel.EMAIL: logged,
        NotificationChannel.SMS: sms,
        NotificationChannel.LOG: logged,
    }


async def _confirm_phone() -> Notification:
    return await enqueue("sms", PHONE, None, BODY, "confirm_phone")


async def test_an_sms_reaches_the_gateway_with_its_number_sender_and_body(gateway):
    message = await _confirm_phone()

    assert await dispatch_due(channels=_channels(gateway.url)) == 1

    assert gateway.received == [{"To": PHONE, "From": SENDER, "Body": BODY}]
    stored = await Notification.get(id=message.id)
    assert stored.status == NotificationStatus.SENT
    assert stored.body == BODY_REMOVED


async def test_a_gateway_error_500_is_retried_and_the_message_then_sent(gateway):
    gateway.answers = [500]
    message = await _confirm_phone()

    assert await dispatch_due(channels=_channels(gateway.url)) == 0
    retried = await Notification.get(id=message.id)
    assert (retried.status, retried.attempts) == (NotificationStatus.QUEUED, 1)
    assert retried.last_error == "SMS gateway unavailable (HTTP 500, code 20500)"
    assert retried.body == BODY

    assert await dispatch_due(retried.next_attempt_at, channels=_channels(gateway.url)) == 1

    assert len(gateway.received) == 2
    assert (await Notification.get(id=message.id)).status == NotificationStatus.SENT


async def test_a_gateway_refusal_400_fails_at_once_without_logging_the_number(gateway, caplog):
    gateway.answers = [400]
    message = await _confirm_phone()

    with caplog.at_level(logging.DEBUG, logger="adminduk.notifications"):
        assert await dispatch_due(channels=_channels(gateway.url)) == 0

    stored = await Notification.get(id=message.id)
    assert (stored.status, stored.attempts) == (NotificationStatus.FAILED, 1)
    assert stored.last_error == "SMS gateway refused (HTTP 400, code 21211)"
    assert stored.body == BODY_REMOVED
    assert str(message.id) in caplog.text
    assert PHONE not in caplog.text
    assert PHONE[3:] not in caplog.text
    assert "590317" not in caplog.text


async def test_wrong_gateway_credentials_are_refused_and_not_retried(gateway):
    message = await _confirm_phone()

    await dispatch_due(channels=_channels(gateway.url, auth_token="token-yang-salah"))

    stored = await Notification.get(id=message.id)
    assert (stored.status, stored.last_error) == (
        NotificationStatus.FAILED,
        "SMS gateway refused (HTTP 401, code 20003)",
    )
    assert gateway.received == []


async def test_a_gateway_that_does_not_answer_in_time_is_retried(gateway):
    gateway.delay = 0.6
    message = await _confirm_phone()

    await dispatch_due(channels=_channels(gateway.url, timeout=0.2))

    stored = await Notification.get(id=message.id)
    assert (stored.status, stored.last_error) == (
        NotificationStatus.QUEUED,
        "SMS gateway did not answer in time",
    )
    # The slow answer still arrives; wait for it so the next test starts clean.
    async with asyncio.timeout(5):
        while not gateway.received:
            await asyncio.sleep(0.05)


async def test_a_gateway_that_is_not_listening_is_retried():
    message = await _confirm_phone()

    await dispatch_due(timezone.now(), channels=_channels(f"http://127.0.0.1:{free_port()}"))

    stored = await Notification.get(id=message.id)
    assert (stored.status, stored.last_error) == (
        NotificationStatus.QUEUED,
        "SMS gateway unreachable (ConnectionRefusedError)",
    )


async def test_the_real_gateway_is_never_reached_from_a_test(network):
    message = await _confirm_phone()
    channel = SmsGatewayChannel(
        "https://api.twilio.com", account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN, sender=SENDER
    )

    with pytest.raises(LeftThisMachine):
        await channel.send(message)

    assert network == ["api.twilio.com"]
    network.clear()


def test_a_gateway_address_over_plain_http_is_refused_unless_on_this_machine():
    with pytest.raises(ValueError, match="https"):
        SmsGatewayChannel(
            "http://sms.example.invalid", account_sid="AC1", auth_token="t", sender=SENDER
        )

    SmsGatewayChannel("http://127.0.0.1:9", account_sid="AC1", auth_token="t", sender=SENDER)


async def test_an_sms_body_beyond_the_gateway_limit_is_a_permanent_failure(gateway):
    message = Notification(channel="sms", recipient=PHONE, body="x" * 1601, purpose="test")

    with pytest.raises(ChannelError) as failure:
        await _channels(gateway.url)[NotificationChannel.SMS].send(message)

    assert failure.value.permanent
    assert gateway.received == []
