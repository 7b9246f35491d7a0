"""The channels that carry messages, and which one carries email and SMS here (configuration)."""

import logging

from adminduk.notifications.channels.base import Channel, ChannelError
from adminduk.notifications.channels.logged import LogChannel
from adminduk.notifications.channels.sms_gateway import SmsGatewayChannel
from adminduk.notifications.channels.smtp import SmtpChannel
from adminduk.notifications.models import NotificationChannel
from adminduk.settings import Settings

log = logging.getLogger(__name__)

Channels = dict[NotificationChannel, Channel]

__all__ = [
    "Channel",
    "ChannelError",
    "Channels",
    "LogChannel",
    "SmsGatewayChannel",
    "SmtpChannel",
    "channels_from_settings",
]


def _email_channel(settings: Settings, logged: LogChannel) -> Channel:
    if settings.notify_email == "log":
        return logged
    if settings.notify_email == "smtp":
        return SmtpChannel(
            settings.smtp_host,
            settings.smtp_port,
            mail_from=settings.mail_from,
            username=settings.smtp_username,
            password=str(settings.smtp_password),
            starttls=settings.smtp_starttls,
        )
    raise ValueError(f"NOTIFY_EMAIL must be smtp or log, not {settings.notify_email!r}")


def _sms_channel(settings: Settings, logged: LogChannel) -> Channel:
    if settings.notify_sms == "log":
        return logged
    if settings.notify_sms == "gateway":
        return SmsGatewayChannel(
            settings.sms_gateway_url,
            account_sid=settings.sms_account_sid,
            auth_token=str(settings.sms_auth_token),
            sender=settings.sms_from,
        )
    raise ValueError(f"NOTIFY_SMS must be gateway or log, not {settings.notify_sms!r}")


def channels_from_settings(settings: Settings) -> Channels:
    """The configured channels; raises ValueError naming the setting that is wrong."""
    logged = LogChannel(log_bodies=settings.notify_log_bodies)
    if not settings.uses_embedded_database:
        # A forgotten setting in production would leave residents waiting for codes.
        for name, value in (
            ("NOTIFY_EMAIL", settings.notify_email),
            ("NOTIFY_SMS", settings.notify_sms),
        ):
            if value == "log":
                log.warning("%s=log: such messages go to this log only, nobody receives them", name)
    return {
        NotificationChannel.EMAIL: _email_channel(settings, logged),
        NotificationChannel.SMS: _sms_channel(settings, logged),
        NotificationChannel.LOG: logged,
    }
