"""Email goes out over SMTP to a real local server; a server that is down is retried, then given
up; a refused recipient fails at once; nothing personal reaches the log."""

import email
import email.policy
import logging
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from tortoise import timezone

from adminduk.notifications import Notification, NotificationStatus, dispatch_due, enqueue
from adminduk.notifications.channels import LogChannel, SmtpChannel
from adminduk.notifications.dispatch import MAX_ATTEMPTS
from adminduk.notifications.models import BODY_REMOVED, NotificationChannel
from tests.notification_helpers import EMAIL, empty_outbox_on_this_machine, free_port

MAIL_FROM = "Disdukcapil Kabupaten Bekasi <layanan@disdukcapil.example.invalid>"
SUBJECT = "Kode konfirmasi email — Layanan Adminduk"
BODY = (
    "Yth. Siti Rahma,\n\n"
    "Kode konfirmasi Anda: 482913.\n"
    "Berlaku 15 menit. Terima kasih — Disdukcapil.\n"
)


@pytest.fixture(autouse=True)
async def network(database, monkeypatch):
    async with empty_outbox_on_this_machine(monkeypatch) as attempts:
        yield attempts


class Mailbox:
    def __init__(self, refuse: str | None = None) -> None:
        self.envelopes = []
        self.logins = []
        self.refuse = refuse

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse:
            return self.refuse
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        self.logins.append((auth_data.login.decode(), auth_data.password.decode()))
        return AuthResult(success=True)


def _serve(mailbox: Mailbox, **options):
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port(), **options)
    controller.start()
    return controller


@pytest.fixture
def mailbox():
    mailbox = Mailbox()
    controller = _serve(mailbox)
    mailbox.port = controller.port
    yield mailbox
    controller.stop()


def _channels(port: int, **options):
    logged = LogChannel()
    smtp = SmtpChannel("127.0.0.1", port, mail_from=MAIL_FROM, starttls=False, **options)
    return {
        NotificationChannel.EMAIL: smtp,
        NotificationChannel.SMS: logged,
        NotificationChannel.LOG: logged,
    }


async def _confirm_email() -> Notification:
    return await enqueue("email", EMAIL, SUBJECT, BODY, "confirm_email")


async def test_an_email_arrives_with_its_recipient_subject_utf8_body_and_sender(mailbox):
    message = await _confirm_email()

    assert await dispatch_due(channels=_channels(mailbox.port)) == 1

    [envelope] = mailbox.envelopes
    assert envelope.rcpt_tos == [EMAIL]
    assert envelope.mail_from == "layanan@disdukcapil.example.invalid"
    received = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
    assert received["To"] == EMAIL
    assert received["From"] == MAIL_FROM
    assert received["Subject"] == SUBJECT
    assert received.get_content_type() == "text/plain"
    assert received.get_content_charset() == "utf-8"
    # SMTP carries lines ending in CRLF.
    assert received.get_content().replace("\r\n", "\n") == BODY
    assert received["Message-ID"] == f"<{message.id}@disdukcapil.example.invalid>"
    assert received["Date"].datetime.tzinfo is not None
    assert received["Auto-Submitted"] == "auto-generated"

    stored = await Notification.get(id=message.id)
    assert stored.status == NotificationStatus.SENT
    assert stored.body == BODY_REMOVED
    assert stored.subject == SUBJECT


async def test_the_smtp_login_uses_the_configured_user_name_and_password():
    mailbox = Mailbox()
    controller = _serve(mailbox, authenticator=mailbox.authenticate, auth_require_tls=False)
    await _confirm_email()

    try:
        sent = await dispatch_due(
            channels=_channels(controller.port, username="layanan", password="sandi-smtp-uji")
        )
    finally:
        controller.stop()

    assert sent == 1
    assert mailbox.logins == [("layanan", "sandi-smtp-uji")]


async def test_an_smtp_server_that_is_down_is_retried_then_given_up(caplog):
    message = await _confirm_email()
    channels = _channels(free_port())
    now = start = timezone.now()

    with caplog.at_level(logging.WARNING, logger="adminduk.notifications"):
        assert await dispatch_due(now, channels=channels) == 0
        first = await Notification.get(id=message.id)
        for _ in range(MAX_ATTEMPTS - 1):
            now = (await Notification.get(id=message.id)).next_attempt_at
            await dispatch_due(now, channels=channels)

    assert (first.status, first.attempts) == (NotificationStatus.QUEUED, 1)
    assert first.next_attempt_at == start + timedelta(seconds=30)
    assert first.last_error == "SMTP server unreachable (ConnectionRefusedError)"

    stored = await Notification.get(id=message.id)
    assert (stored.status, stored.attempts) == (NotificationStatus.FAILED, MAX_ATTEMPTS)
    assert stored.body == BODY_REMOVED

    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == MAX_ATTEMPTS
    assert all(str(message.id) in line for line in warnings)
    assert "ConnectionRefusedError" in warnings[0]
    assert "retrying at" in warnings[0]
    assert "not retried" in warnings[-1]
    assert EMAIL not in caplog.text
    assert "siti" not in caplog.text.lower()
    assert "482913" not in caplog.text


async def test_a_recipient_refused_by_the_server_fails_at_once_without_logging_the_address(caplog):
    mailbox = Mailbox(refuse=f"550 5.1.1 <{EMAIL}>: Recipient address rejected")
    controller = _serve(mailbox)
    message = await _confirm_email()

    try:
        with caplog.at_level(logging.WARNING, logger="adminduk.notifications"):
            assert await dispatch_due(channels=_channels(controller.port)) == 0
    finally:
        controller.stop()

    stored = await Notification.get(id=message.id)
    assert (stored.status, stored.attempts) == (NotificationStatus.FAILED, 1)
    assert stored.last_error == "SMTP recipient refused (550)"
    assert str(message.id) in caplog.text
    assert EMAIL not in caplog.text


async def test_starttls_that_the_server_does_not_offer_is_retried_not_skipped(mailbox):
    message = await _confirm_email()
    smtp = SmtpChannel("127.0.0.1", mailbox.port, mail_from=MAIL_FROM, starttls=True)

    await dispatch_due(channels={NotificationChannel.EMAIL: smtp})

    stored = await Notification.get(id=message.id)
    assert (stored.status, stored.last_error) == (
        NotificationStatus.QUEUED,
        "SMTP server does not offer STARTTLS",
    )
    assert mailbox.envelopes == []
