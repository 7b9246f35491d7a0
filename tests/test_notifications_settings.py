"""Which channel carries email and SMS is configuration, checked when the app starts; the
channels' secrets never show in a repr."""

import logging

import pytest

from adminduk.notifications.channels import (
    LogChannel,
    SmsGatewayChannel,
    SmtpChannel,
    channels_from_settings,
)
from adminduk.notifications.models import NotificationChannel
from adminduk.settings import DEFAULT_DATABASE_URL, load_settings

SMTP = {
    "NOTIFY_EMAIL": "smtp",
    "SMTP_HOST": "127.0.0.1",
    "SMTP_PORT": "2525",
    "SMTP_USERNAME": "layanan",
    "SMTP_PASSWORD": "sandi-smtp-rahasia",
    "MAIL_FROM": "Disdukcapil <layanan@disdukcapil.example.invalid>",
}
GATEWAY = {
    "NOTIFY_SMS": "gateway",
    "SMS_GATEWAY_URL": "http://127.0.0.1:8099/",
    "SMS_ACCOUNT_SID": "AC00000000000000000000000000000001",
    "SMS_AUTH_TOKEN": "token-sms-rahasia",
    "SMS_FROM": "+15005550006",
}


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    for name in [*SMTP, *GATEWAY, "NOTIFY_LOG_BODIES"]:
        monkeypatch.delenv(name, raising=False)

    def set_env(values: dict[str, str]):
        for name, value in values.items():
            monkeypatch.setenv(name, value)
        return load_settings(env_file=None)

    return set_env


def test_notification_secrets_are_hidden_from_repr(env):
    settings = env(SMTP | GATEWAY)
    channels = channels_from_settings(settings)

    shown = repr(settings) + repr(channels)

    assert "sandi-smtp-rahasia" not in shown
    assert "token-sms-rahasia" not in shown
    assert "smtp_host='127.0.0.1'" in repr(settings)
    assert str(settings.smtp_password) == "sandi-smtp-rahasia"
    assert str(settings.sms_auth_token) == "token-sms-rahasia"


def test_email_and_sms_go_to_the_log_unless_configured(env):
    channels = channels_from_settings(env({}))

    assert all(isinstance(channel, LogChannel) for channel in channels.values())


def test_configured_smtp_and_gateway_carry_email_and_sms(env):
    settings = env(SMTP | GATEWAY)
    channels = channels_from_settings(settings)

    smtp = channels[NotificationChannel.EMAIL]
    assert isinstance(smtp, SmtpChannel)
    assert (smtp.host, smtp.port, smtp.starttls) == ("127.0.0.1", 2525, True)
    gateway = channels[NotificationChannel.SMS]
    assert isinstance(gateway, SmsGatewayChannel)
    assert gateway.url == (
        "http://127.0.0.1:8099/2010-04-01/Accounts/AC00000000000000000000000000000001/Messages.json"
    )
    assert isinstance(channels[NotificationChannel.LOG], LogChannel)


def test_bodies_are_logged_by_default_only_on_the_embedded_database(env, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", DEFAULT_DATABASE_URL)
    assert env({}).notify_log_bodies is True

    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/adminduk")
    assert env({}).notify_log_bodies is False
    assert env({"NOTIFY_LOG_BODIES": "true"}).notify_log_bodies is True


@pytest.mark.parametrize(
    ("values", "named"),
    [
        ({"NOTIFY_EMAIL": "smtpp"}, "NOTIFY_EMAIL"),
        ({"NOTIFY_SMS": "twilio"}, "NOTIFY_SMS"),
        ({**SMTP, "MAIL_FROM": ""}, "MAIL_FROM"),
        ({**GATEWAY, "SMS_AUTH_TOKEN": ""}, "SMS_AUTH_TOKEN"),
        ({**GATEWAY, "SMS_GATEWAY_URL": "http://sms.example.invalid"}, "SMS_GATEWAY_URL"),
    ],
    ids=["unknown email channel", "unknown sms channel", "no sender", "no token", "plain http"],
)
def test_a_wrong_channel_setting_is_refused_by_name(env, values, named):
    with pytest.raises(ValueError, match=named):
        channels_from_settings(env(values))


def test_the_log_channel_outside_a_developers_machine_is_warned_about(env, monkeypatch, caplog):
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/adminduk")

    with caplog.at_level(logging.WARNING, logger="adminduk.notifications"):
        channels_from_settings(env({"NOTIFY_SMS": "log"}))

    assert "NOTIFY_EMAIL=log" in caplog.text
    assert "NOTIFY_SMS=log" in caplog.text

    caplog.clear()
    monkeypatch.setenv("DATABASE_URL", DEFAULT_DATABASE_URL)
    with caplog.at_level(logging.WARNING, logger="adminduk.notifications"):
        channels_from_settings(env({}))
    assert caplog.text == ""
