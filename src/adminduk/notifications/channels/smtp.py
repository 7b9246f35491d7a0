"""Email over SMTP: plain-text UTF-8 messages, sent with the standard library in a thread."""

import asyncio
import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, parseaddr

from adminduk.notifications.channels.base import ChannelError
from adminduk.notifications.models import Notification

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 10.0


def compose(message: Notification, mail_from: str) -> EmailMessage:
    email = EmailMessage()
    email["From"] = mail_from
    email["To"] = message.recipient
    email["Subject"] = message.subject or ""
    email["Date"] = formatdate(usegmt=True)
    # The same id on every attempt lets a receiving server drop a copy sent twice.
    domain = parseaddr(mail_from)[1].rpartition("@")[2]
    email["Message-ID"] = f"<{message.id}@{domain}>"
    # RFC 3834: no out-of-office replies to an automatic message.
    email["Auto-Submitted"] = "auto-generated"
    email.set_content(message.body, charset="utf-8", cte="quoted-printable")
    return email


def _failure(error: Exception) -> ChannelError:
    """A short reason from an SMTP or network error. Server replies are left out on purpose:
    they often quote the recipient's address."""
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return ChannelError(f"SMTP authentication failed ({error.smtp_code})")
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = sorted({code for code, _ in error.recipients.values()})
        permanent = all(500 <= code < 600 for code in codes)
        return ChannelError(f"SMTP recipient refused ({codes[0]})", permanent=permanent)
    if isinstance(error, smtplib.SMTPSenderRefused):
        # Usually the server's configuration, not this message: worth retrying after a fix.
        return ChannelError(f"SMTP sender refused ({error.smtp_code})")
    if isinstance(error, smtplib.SMTPResponseException):
        permanent = 500 <= error.smtp_code < 600
        return ChannelError(f"SMTP server refused ({error.smtp_code})", permanent=permanent)
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return ChannelError("SMTP server does not offer STARTTLS")
    if isinstance(error, smtplib.SMTPException):
        return ChannelError(f"SMTP error ({type(error).__name__})")
    if isinstance(error, ssl.SSLError):
        return ChannelError(f"SMTP TLS failed ({error.reason or type(error).__name__})")
    if isinstance(error, TimeoutError):
        return ChannelError("SMTP server did not answer in time")
    return ChannelError(f"SMTP server unreachable ({type(error).__name__})")


class SmtpChannel:
    def __init__(
        self,
        host: str,
        port: int,
        *,
        mail_from: str,
        username: str = "",
        password: str = "",
        starttls: bool = True,
        timeout: float = TIMEOUT_SECONDS,
    ) -> None:
        if "@" not in parseaddr(mail_from)[1]:
            raise ValueError("MAIL_FROM must hold an address, e.g. Disdukcapil <noreply@...>")
        self.host = host
        self.port = port
        self.mail_from = mail_from
        self.username = username
        self._password = password
        self.starttls = starttls
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"SmtpChannel({self.host}:{self.port}, starttls={self.starttls})"

    async def send(self, message: Notification) -> None:
        email = compose(message, self.mail_from)
        try:
            await asyncio.to_thread(self._deliver, email)
        except (smtplib.SMTPException, OSError) as error:
            raise _failure(error) from None
        log.debug("Notification %s handed to the SMTP server", message.id)

    def _deliver(self, email: EmailMessage) -> None:
        smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        try:
            if self.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if self.username:
                smtp.login(self.username, self._password)
            smtp.send_message(email)
        finally:
            # The message is accepted once send_message returns: a failing goodbye changes
            # nothing, and must not make the message look unsent.
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()
