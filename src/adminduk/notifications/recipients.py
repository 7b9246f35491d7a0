"""What a recipient looks like on each channel, and how one is shown in the log (masked)."""

import re

from adminduk.notifications.models import NotificationChannel

# Deliberately loose: one @, no spaces, a dot in the domain. The mail server has the last word.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# Indonesian mobile numbers as stored: +62, then 8 and 8 to 11 more digits.
_PHONE = re.compile(r"\+628\d{8,11}")


def check_recipient(channel: NotificationChannel, recipient: str) -> None:
    """Raise ValueError unless the recipient fits the channel."""
    if channel is NotificationChannel.SMS and not _PHONE.fullmatch(recipient):
        raise ValueError("an SMS recipient is a phone number written as +628...")
    if channel is NotificationChannel.EMAIL and not _EMAIL.fullmatch(recipient):
        raise ValueError("an email recipient is one address such as nama@contoh.id")
    if channel is NotificationChannel.LOG and not (
        _PHONE.fullmatch(recipient) or _EMAIL.fullmatch(recipient)
    ):
        raise ValueError("a logged message's recipient is an email address or +628... number")


def mask_recipient(recipient: str) -> str:
    """Enough to tell messages apart in the log, too little to contact anyone:
    "s***@example.invalid", "+62812****5678"."""
    if "@" in recipient:
        local, _, domain = recipient.rpartition("@")
        return f"{local[:1]}***@{domain}"

    # At least four digits stay hidden, and the stars do not tell the number's length.
    tail = max(1, min(4, len(recipient) - 10))
    return f"{recipient[:6]}****{recipient[-tail:]}"
